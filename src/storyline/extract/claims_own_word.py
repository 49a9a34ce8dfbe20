"""Claims and denials in a group's own words: "<X> claimed responsibility (the attack)", "took
credit", "admitted kidnapping", "<X> said its fighters carried out the attack", "<X> distanced
itself from the bombing"; a claim of another occasion ("a similar bombing last year") is none."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from storyline.extract.claims_actors import (
    agents_of,
    is_anaphoric,
    name_of,
    organization_like,
    told_by_another_state,
)
from storyline.extract.claims_lexicon import (
    ACCUSE_VERBS,
    ADMITTED_ACT_STEMS,
    ANAPHORS,
    ANNOUNCE_VERBS,
    ATTACK_NOUNS,
    ATTACKER_NOUNS,
    ATTRIBUTE_VERBS,
    ATTRIBUTED_ACTS,
    BLAME_VERBS,
    CARRIED_OUT_VERBS,
    CLAIM_VERBS,
    COVERT_AGENTS,
    DISMISS_VERBS,
    HEDGES,
    INQUIRY_VERBS,
    MEDIA_NOUNS,
    MEMBER_NOUNS,
    OFFICIAL_WORDS,
    OTHER_OCCASION_WORDS,
    OWN_ACT_VERBS,
    PLACING_VERBS,
    RESPONSIBILITY_NOUNS,
    SAY_VERBS,
    STATE_FORCES,
    SUSPECT_VERBS,
    TAKE_VERBS,
    WEAPON_NOUNS,
)
from storyline.extract.claims_tree import (
    PRONOUN_OBJECTS,
    answers_an_accusation,
    attack_noun_above,
    by_agent,
    cleft_denied,
    is_act_verb,
    is_attack_noun,
    negated,
    object_words,
    objects_of,
    own_clause_subject,
    reporter_of,
    saying_governor,
    speaker_of,
    subject_of,
    told_own_act,
)
from storyline.extract.claims_voices import (
    ISSUE_VERBS,
    claiming_group,
    group_telling,
    is_messenger,
    media_owner,
    of_itself,
    of_itself_or_the_group,
    on_behalf_of,
    speaks_for_the_attackers,
    spoken_for,
    teller_of,
)
from storyline.records import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Token


# Admitting an act is claiming it: "<X> admitted (to) kidnapping the engineers", "acknowledged
# carrying out the raid". The act is a gerund after the verb.
_ADMIT_VERBS = frozenset({"admit", "admitted", "admits", "admitting", "acknowledge",
                          "acknowledged", "acknowledges", "acknowledging"})
_ADMITTED_ACTS = re.compile(rf"^(?:{ADMITTED_ACT_STEMS})\w*ing$")


# Distancing oneself from an act denies it: "<X> distanced itself from the bombing".
DISTANCE_VERBS = frozenset({"distanced", "distances", "distance", "distancing"})


# What is said of someone, as a noun: denying (rejecting, dismissing) one of these denies what it
# says ("rejected suggestions that its fighters set off the bomb", "dismissed reports that it
# had shot down the plane"), the whole class of nouns of report and conjecture.
CONTENT_NOUNS = frozenset({"suggestion", "suggestions", "report", "reports", "rumour", "rumours",
                           "rumor", "rumors", "speculation", "speculations", "assertion",
                           "assertions", "insinuation", "insinuations", "notion", "idea",
                           "story", "stories", "account", "accounts", "version", "narrative",
                           "theory", "theories", "contention", "claim", "claims", "allegation",
                           "allegations", "accusation", "accusations", "charge", "charges",
                           "imputation", "imputations"})
DENIED_THINGS = frozenset({"role", "involvement", "involvment", "link",
                           "links", "part", "connection", "participation", "blame",
                           # (and the same part in other words: "disclaimed any relation to the
                           # attack", "denied ties to the bombers", "denied complicity")
                           "connections", "relation", "relations", "relationship", "ties",
                           "complicity"}) | \
    RESPONSIBILITY_NOUNS - {"credit"} | CONTENT_NOUNS


def read_distanced(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> distanced itself from the bombing": a denial of the act."""
    reflexive = any(c.lower_ in ("itself", "themselves", "ourselves") for c in verb.children
                    if c.dep_ in ("dobj", "obj"))
    from_act = any(g.lower_ in ATTRIBUTED_ACTS for c in verb.children
                   if c.dep_ == "prep" and c.lower_ == "from" for g in c.children)
    if not (reflexive and from_act) or negated(verb):
        return []
    if verb.dep_ == "xcomp":  # "<X> sought (tried) to distance itself from"
        return [("denied", s, None) for s in (subject_of(verb.head),) if s is not None]
    return [("denied", a, None) for a in agents_of(verb)]


def read_claimed(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> claimed responsibility", "responsibility was claimed by <X>", "<X> took credit"."""
    if cleft_denied(verb):
        return []  # "it was not <X> that claimed the attack"
    objects = object_words(verb) | {c.lower_ for c in verb.children if c.dep_ == "nsubjpass"}
    # what is taken or admitted is its direct object ("took responsibility for the attack"), not
    # a phrase's ("had taken part in the attack" is no claim)
    direct = {o.lower_ for o in objects_of(verb)} | {
        c.lower_ for c in verb.children if c.dep_ == "nsubjpass"}
    if verb.dep_ in ("amod", "compound") and verb.head.lower_ in RESPONSIBILITY_NOUNS:
        # "released a video claiming (acknowledging) responsibility", parsed as a modifier of
        # "responsibility"
        objects.add(verb.head.lower_)
        direct.add(verb.head.lower_)
    if (verb.lower_ in _ADMIT_VERBS and _admitted_act(verb)) or _owned_up_to_an_act(verb) or \
            confessed_to_an_act(verb):
        objects.add("attack")  # "admitted (to) kidnapping the engineers", "owned up to the raid"
        direct.add("attack")
    if verb.lower_ in CLAIM_VERBS and verb.tag_ == "VBN" and \
            (verb.dep_ == "ROOT" or verb.i == verb.sent.start) and \
            subject_of(verb) is None and not any(c.dep_ == "auxpass" for c in verb.children):
        # a note's telegraphic "Claimed by <X> via Amaq.": the act's claim (also when the
        # parse hangs it on the next clause: "Claimed by <X> via Amaq; <Y> denied.")
        objects.add("attack")
    if _claimed_in_a_note(verb) or _toll_claimed(verb):
        # "<X> claimed on Telegram.", "<X> claimed in pamphlet.", "<X> claimed 9 soldiers
        # killed"
        objects.add("attack")
    if verb.lower_ in CLAIM_VERBS and _own_act_claimed(verb):
        objects.add("attack")  # "a spokesman claimed the group had planted the explosives"
    if verb.lower_ in CLAIM_VERBS and _act_claimed_as_done(verb):
        objects.add("attack")  # "<X> claimed to have fired the rockets"
    if any(is_attack_noun(o) for o in objects_of(verb)):
        objects.add("attack")  # "claimed one of the blasts"
        direct.add("attack")
    if verb.dep_ == "relcl" and attack_noun_above(verb.head):
        objects.add("attack")  # "the attack on a plant in Jizan, which <X> claimed"
    if verb.lower_ in TAKE_VERBS and not direct & (RESPONSIBILITY_NOUNS | {"attack"}):
        return []
    if verb.lower_ in _RECOGNIZE_VERBS and not direct & RESPONSIBILITY_NOUNS:
        return []  # (an act recognized is named, not owned: "recognized the massacre as genocide")
    if verb.lower_ in ANNOUNCE_VERBS and not objects & RESPONSIBILITY_NOUNS:
        return []
    if verb.lower_ in CLAIM_VERBS and ((verb.dep_ == "relcl" and is_attack_noun(verb.head)) or (
            # "the attack on the camp, claimed by <X>, cost the lives of 16 soldiers"
            verb.dep_ == "acl" and is_attack_noun(verb.head) and by_agent(verb) is not None) or any(
            t.lower_ == "which" for c in verb.children if c.dep_ == "nsubjpass"
            for t in c.subtree)):
        objects.add("attack")  # "two attacks, both of which were claimed by <X>"
    if verb.lower_ in CLAIM_VERBS and not objects & (RESPONSIBILITY_NOUNS | ATTACK_NOUNS
                                                     | _CLAIMED_INCIDENTS):
        return []
    if _another_occasion(verb) or _called_fake(verb) or any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        return []  # (nor a claim asked about: "did not say whether the group claimed it")
    speaker = speaker_of(verb)
    behalf = on_behalf_of(verb)  # "a caller claimed responsibility on behalf of <X>"
    agents = [behalf] if behalf is not None else agents_of(verb)
    if not agents and verb.dep_ in ("acl", "amod", "compound") and \
            verb.head.lower_ in MEDIA_NOUNS | RESPONSIBILITY_NOUNS:
        # "a video claiming responsibility": whose video; none named, no claimant (the
        # phrase itself is no name, "a recording claiming ... by <X>" may be <X>'s act)
        owner = media_owner(verb.head)
        agents = [owner] if owner is not None else []
    if not agents and verb.dep_ == "advcl" and verb.tag_ == "VBG" and any(
            o.lower_ in MEDIA_NOUNS for o in objects_of(verb.head)):
        # "<X> released a video on Monday claiming the abduction" (the participle parsed on
        # the verb): who released it
        agents = [a for a in (subject_of(verb.head),) if a is not None]
    if verb.dep_ == "ccomp" and verb.head.lower_ in SAY_VERBS:
        # ""We assume full responsibility for the execution," read the communique signed by
        # <X>": the first person is the group whose statement tells it
        agents = [(group_telling(verb.head) or a) if a.lower_ in ("we", "us") and
                  name_of(a) is None else a for a in agents]
    return [("claimed", claiming_group(a), speaker) for a in agents]


_RECOGNIZE_VERBS = frozenset({"recognize", "recognized", "recognizes", "recognizing",
                              "recognise", "recognised", "recognises", "recognising"})


# Where a note's bare claim was made: "claimed on Telegram", "in pamphlet", "via Amaq".
_NOTE_MEDIUM_PREPOSITIONS = frozenset({"in", "on", "via", "through", "by"})
# What a bare "claimed" may have beside its subject and its medium.
_BARE_CLAIM_PARTS = frozenset({"nsubj", "prep", "punct", "advmod", "npadvmod", "aux", "cc"})


def _claimed_in_a_note(verb: Token) -> bool:
    """A note's bare claim: an organization "claimed", with nothing claimed after it but where
    it said so ("Hizbul Mujahideen claimed on Telegram.", "CPI (Maoist) claimed in pamphlet.")
    and the clause ended: the act the note reports is what it claims. (A person's "claimed in a
    speech that ..." asserts what its clause says.)"""
    if verb.lower_ not in CLAIM_VERBS or verb.dep_ not in ("ROOT", "conj") or negated(verb) or \
            any(c.dep_ not in _BARE_CLAIM_PARTS for c in verb.children):
        return False
    subject = subject_of(verb)
    media = [g for c in verb.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj"]
    return subject is not None and organization_like(subject) and all(
        c.lower_ in _NOTE_MEDIUM_PREPOSITIONS for c in verb.children if c.dep_ == "prep") and \
        all(g.lower_ in MEDIA_NOUNS or g.pos_ == "PROPN" for g in media)


# Whom a group's claimed toll counts: its enemies under arms ("claimed 9 soldiers killed"),
# not civilians or "people", whose toll an agency or a paper reports ("OCHA claims three
# civilians killed", "a later report claimed three people died").
_ARMED_COUNTED = STATE_FORCES | frozenset({
    "gendarmes", "gendarme", "policemen", "officers", "guards", "personnel", "servicemen",
    "troopers", "peacekeepers", "militiamen", "fighters", "militants", "commandos", "marines"})
# What a claimed toll's people suffered: "claimed 9 soldiers killed", "that 12 died".
_TOLL_VERBS = frozenset({"killed", "dead", "died", "wounded", "injured", "slain", "captured",
                         "kidnapped", "abducted", "eliminated", "neutralised", "neutralized"})


def _toll_claimed(verb: Token) -> bool:
    """An armed group claiming its act's toll of armed enemies claims the act: "ISWAP claimed
    9 soldiers killed", "<X> claimed 12 troops were killed", "claimed that 30 police died".
    (Not a state's forces: "the army claimed 30 militants killed" tells its own operation.)"""
    if verb.lower_ not in CLAIM_VERBS or negated(verb):
        return False
    subject = subject_of(verb)
    if subject is None or (subject.lower_ in STATE_FORCES and subject.pos_ != "PROPN") or \
            not organization_like(subject):
        return False
    for part in verb.children:
        counted = part if part.dep_ in ("dobj", "obj") else next(
            (c for c in part.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
            if part.dep_ == "ccomp" else None
        if counted is None or not (counted.lower_ in _ARMED_COUNTED or _an_acronym(counted)) or \
                not any(c.dep_ == "nummod" for c in counted.children):
            continue
        suffered = [c for c in counted.children if c.dep_ in ("acl", "amod")]
        if part.dep_ == "ccomp":
            suffered.append(part)
        if any(w.lower_ in _TOLL_VERBS for w in suffered):
            return True
    return False


def _an_acronym(token: Token) -> bool:
    """"9 SNA", "12 FARDC": a note counts an armed force's men by its acronym (an agency's
    name is no count of its people: "OCHA claims 14 civilians killed" counts civilians)."""
    # (by its letters, not its tag: the parse takes "FAMa" for a plural noun)
    text = token.text
    return 2 <= len(text) <= 8 and text.isalpha() and text[:2].isupper() and \
        sum(letter.isupper() for letter in text) * 2 > len(text)


# What a claim is called when it is not the group's: "was a forgery", "is fake".
_FAKE_WORDS = frozenset({"forgery", "forgeries", "fake", "fakes", "fabrication", "fabrications",
                         "hoax", "hoaxes", "lie", "lies", "falsehood", "falsification", "false",
                         "bogus", "forged", "fabricated", "counterfeit", "phony", "phoney",
                         "spurious", "inauthentic", "fraudulent", "fraud", "invention",
                         "concoction", "concocted", "doctored", "fictitious"})


def _called_fake(verb: Token) -> bool:
    """"A statement purportedly from <X> claiming the bombing was a forgery": a claim its medium
    is said to be fake of is no claim (the group's denial is read from its own words)."""
    medium = verb.head if verb.dep_ in ("acl", "relcl") else None
    if medium is None or medium.dep_ not in ("nsubj", "nsubjpass"):
        return False
    copula = medium.head
    return any(c.dep_ in ("attr", "acomp", "oprd") and (c.lower_ in _FAKE_WORDS or any(
        a.lower_ in _FAKE_WORDS for a in c.children if a.dep_ == "amod"))
        for c in copula.children)


# What a summary says was claimed besides an attack: "The incident was claimed by <X>".
_CLAIMED_INCIDENTS = frozenset({"incident", "incidents"})


def _another_occasion(verb: Token) -> bool:
    """The claim is of another act than the report's: the claimed attack ("claimed a similar
    bombing", "responsibility for an earlier attack") is marked as another occasion."""
    acts = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if verb.dep_ in ("acl", "relcl"):
        acts.append(verb.head)  # "a similar bombing claimed by <X>", "..., which <X> claimed"
    acts += [g for head in (verb, *acts) for c in head.children
             if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    marked = any(m.lower_ in OTHER_OCCASION_WORDS for a in acts if is_attack_noun(a)
                 for m in a.children if m.dep_ in ("amod", "det"))
    spans = [g for head in (verb, *acts) for c in head.children if c.dep_ == "prep"
             and c.lower_ in ("in", "over", "during") for g in c.children if g.dep_ == "pobj"]
    return marked or any(_dated_long_before(c) for head in (verb, *acts)
                         for c in (*head.children, *spans))  # (and "in past years")


_LONG_UNITS = frozenset({"year", "years", "month", "months", "decade", "decades"})
_BEFORE_WORDS = frozenset({"last", "previous", "preceding", "prior", "ago", "earlier",
                           # a span reaching back: "in past years", "in recent months"
                           "past", "recent"})


def _dated_long_before(word: Token) -> bool:
    """"claimed a bombing in the same bazaar last year", "which had claimed a hijacking the
    previous year", "last month's bombings", "two years ago": the claimed act is dated months
    or years back, another occasion than the report's (a week back may be the same)."""
    if word.lower_ == "ago":  # "two years ago"
        return any(c.lower_ in _LONG_UNITS for c in word.children)
    if word.lower_ not in _LONG_UNITS or word.dep_ not in ("npadvmod", "poss", "pobj"):
        return False
    return any(c.lower_ in _BEFORE_WORDS for c in word.children) or (
        word.dep_ == "npadvmod" and word.head.lower_ == "ago")


def _admitted_act(verb: Token) -> bool:
    """"admitted kidnapping" (xcomp), "admitted to kidnapping" (pcomp of "to")."""
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp")]
    acts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ in ("pcomp", "pobj")]
    return any(_ADMITTED_ACTS.match(a.lower_) or _done_to_something(a) for a in acts)


_OWN_VERBS = frozenset({"own", "owned", "owns", "owning"})


# Owning one's own part in an act claims it: "<X> announced its involvement in the ambush",
# "admitted their guilt for the bombing", "recognised its role in the kidnapping", "confessed
# its participation". The verbs of making known or owning up to (not of having: "played"):
OWNING_VERBS = ANNOUNCE_VERBS | _ADMIT_VERBS | frozenset({
    "recognise", "recognised", "recognises", "recognising", "recognize", "recognized",
    "recognizes", "recognizing", "confess", "confessed", "confesses", "confessing"})
# the part owned, a noun that the owner's own possessive ("its", "their", "our") governs:
OWNED_PART_NOUNS = frozenset({"involvement", "guilt", "role", "part", "participation",
                              "complicity", "culpability", "hand"})
# (a group's, not a person's: "admitted his guilt" is a defendant's plea in a court report)
_OWN_POSSESSIVES = frozenset({"its", "their", "our"})
# Where it was made known, the parse hanging it on the part: "... its involvement in a video".
_TOLD_IN = MEDIA_NOUNS | frozenset({"interview", "interviews", "broadcast", "speech",
                                    "conference", "briefing"})


def read_own_part_owned(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> announced its involvement in Saturday's ambush", "men from <X> admitted their guilt
    for the bombing", "we recognise our role": the subject owns its own part, which claims the
    act. The part is in an act or in nothing named ("announced its involvement in a radio
    interview" names where it said so); not in anything else ("announced its participation in
    the elections", "recognised the army's role in the rescue")."""
    parts = [o for o in objects_of(verb) if o.lower_ in OWNED_PART_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in o.children)]
    if not parts or negated(verb):
        return []
    places = [g for head in (verb, *parts) for c in head.children
              if c.dep_ == "prep" and c.lower_ in ("in", "for", "of") for g in c.children
              if g.dep_ in ("pobj", "pcomp")]
    if any(not (is_attack_noun(g) or g.lower_ in ATTRIBUTED_ACTS or g.lower_ in _TOLD_IN
                or _ADMITTED_ACTS.match(g.lower_)) for g in places):
        return []
    return [("claimed", claiming_group(a), speaker_of(verb)) for a in agents_of(verb)]


def confessed_to_an_act(verb: Token) -> bool:
    """"<X> confessed to the abduction of two tourists", "confessed to torching the trucks":
    the act after the verb's "to" (not "confessed to its supporters that ...")."""
    if verb.lower_ not in OWNING_VERBS - ANNOUNCE_VERBS:
        return False
    acts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ in ("pcomp", "pobj")]
    return any(is_attack_noun(a) or a.lower_ in ATTRIBUTED_ACTS or _ADMITTED_ACTS.match(a.lower_)
               or _done_to_something(a) for a in acts)


def _owned_up_to_an_act(verb: Token) -> bool:
    """"owned up to the ambush", "owns up to torching the trucks": the phrasal verb of
    admitting, with the act after its "to" (not "owned up to its mistakes")."""
    particle = next((c for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"), None)
    if verb.lower_ not in _OWN_VERBS or particle is None:
        return False
    # (the parse may hang the "to" on the particle: "owns up to torching the trucks")
    acts = [g for c in (*verb.children, *particle.children) if c.dep_ == "prep" and
            c.lower_ == "to" for g in c.children if g.dep_ in ("pcomp", "pobj")]
    return any(is_attack_noun(a) or _ADMITTED_ACTS.match(a.lower_) or _done_to_something(a)
               for a in acts)


# Gerunds that tell no act: "admitted having links", "acknowledged making mistakes".
_NOT_ACT_GERUNDS = frozenset({"having", "being", "making", "receiving", "getting", "knowing",
                              "using", "paying", "taking", "giving", "sending", "holding",
                              "meeting", "talking", "negotiating", "supporting", "funding",
                              "owning", "running", "failing", "losing"})


def _done_to_something(gerund: Token) -> bool:
    """"admitted sabotaging the vehicles", "acknowledged torpedoing the barge": any gerund done
    to an object tells the admitted act, whatever the verb (not one of `_NOT_ACT_GERUNDS`)."""
    return gerund.lower_.endswith("ing") and gerund.lower_ not in _NOT_ACT_GERUNDS and \
        bool(objects_of(gerund))


def _own_act_claimed(verb: Token) -> bool:
    """"claimed the group (it, its fighters) had planted the explosives": the claimed clause
    tells the claimant's own act."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or not is_act_verb(clause):
            continue
        subject = subject_of(clause)
        if subject is not None and (of_itself(subject) or (
                subject.lower_ in ANAPHORS and any(c.lower_ == "the" for c in subject.children))):
            return True
    return False


def _act_claimed_as_done(verb: Token) -> bool:
    """"<X> claimed to have fired the rockets (killed two soldiers, captured the post)": the
    named claimant's own act, told by an infinitive of the claiming verb. Not an act suffered
    ("claimed to have been attacked") or a state ("claimed to have evidence"); nor a toll
    ("<X> claimed 12 civilians killed" may count another's victims)."""
    subject = subject_of(verb)
    if subject is None or (is_anaphoric(subject) and name_of(subject) is None):
        return False  # ("They claimed to have killed": whose, the clause alone does not say)
    return any(child.dep_ == "xcomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and not any(
        c.dep_ == "auxpass" for c in child.children) and (
        is_act_verb(child) or told_own_act(child)) for child in verb.children)


def read_told_own_act(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> said its fighters sabotaged two wellheads", ""We executed the traitor," <X> said",
    ""Our men struck the checkpoint," read a statement from <X>": a group telling, in its own
    voice ("it", "we", "its fighters", "the group's men"), what it did in the past, whatever
    the verb (`told_own_act`), claims it."""
    if not told_own_act(verb):
        return []
    subject = own_clause_subject(verb)
    governor = saying_governor(verb)
    if subject is None or governor is None or negated(governor) or \
            governor.lower_ not in SAY_VERBS | CLAIM_VERBS or \
            not of_itself_or_the_group(subject):
        return []
    group = _self_named(subject) or group_telling(governor)
    if group is None or is_messenger(group):
        return []
    if subject.lower_ in _PERSONAL_SUBJECTS or any(
            c.dep_ == "poss" and c.lower_ in _PERSONAL_SUBJECTS for c in subject.children):
        # "we", "they", "our men" are any speaker's ("We heard a noise," said a resident): the
        # group's only when an organization tells it, or its statement or spokesperson does
        teller = teller_of(governor)
        if teller is not None and group.i == teller.i and not organization_like(group):
            return []
    if not is_act_verb(verb) and not organization_like(group):
        # a verb outside the violent acts ("reached out to", "hit everything") is an armed
        # group's act only: not a school board's or a witness's
        return []
    return [("claimed", group, None)]


# Subjects a person uses of himself and his people as much as a group does of itself.
_PERSONAL_SUBJECTS = frozenset({"we", "they", "our", "their", "us", "ours", "his", "her"})


def _self_named(subject: Token) -> Token | None:
    """"We, the Sons of the Valley, carried out ...": the group names itself beside its "we"."""
    if subject.lower_ in ("we", "us") and name_of(subject) is not None:
        return subject
    return None


def read_own_claim(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> said it (its fighters) carried out the attack": a group speaking of itself is a
    claim; "police believed <X> carried out the attack" a suspicion, "police said <X> carried
    it out" a blame."""
    if cleft_denied(verb):
        return _cleft_denial(verb)
    subject = own_clause_subject(verb)
    # ("said its members had blocked the highway and torched two lorries": a second act of the
    # same subject is told by the same saying; one with its own subject, "... and it struck
    # the floor", may be anything's)
    governor = saying_governor(verb)
    if subject is None or governor is None:
        return []
    if governor.lower_ in SAY_VERBS | CLAIM_VERBS and of_itself_or_the_group(subject):
        # "<X> said it (its fighters) carried out the attack", "a man claiming to represent <X>
        # phoned to say the group had planted the device"
        group = _self_named(subject) or group_telling(governor)
        if group is not None and not is_messenger(group):  # (a caller's: read below)
            return [("claimed", group, None)]
        if of_itself(subject):
            return []  # "Investigators say they shot seven people": the suspects
    elif of_itself(subject):
        return []
    if governor.lower_ in SUSPECT_VERBS and verb.lower_ in CARRIED_OUT_VERBS:
        return [("suspected", subject, reporter_of(governor))]
    if governor.lower_ in INQUIRY_VERBS and organization_like(subject) and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children) and \
            not negated(governor):
        # "officers were investigating whether the <X> gang had set fire to the stalls"
        return [("suspected", subject, reporter_of(governor))]
    if governor.lower_ not in SAY_VERBS:
        return []
    reporter = reporter_of(governor) or teller_of(governor)
    if is_messenger(reporter) or speaks_for_the_attackers(reporter):
        # "a caller to the daily said the <X> group had carried out the bombing", "a spokesman
        # for the kidnappers said <X> had seized them": an anonymous call, a communique or the
        # attackers' own voice naming the doers is the group's claim
        if reporter is not None and is_anaphoric(subject):
            subject = spoken_for(reporter) or subject  # "the group" the caller speaks for
        return [("claimed", subject, None)]
    if subject.lower_ in MEMBER_NOUNS - COVERT_AGENTS:
        return []  # "police said FARC guerrillas carried it out": `read_members_did_it`
    if subject.lower_ in ATTRIBUTED_ACTS | WEAPON_NOUNS:
        return []  # "saying the IED detonation destroyed a vehicle": an act or a weapon, no one
    if verb.lower_ in CARRIED_OUT_VERBS or (organization_like(subject) and not (
            subject.lower_ in STATE_FORCES - COVERT_AGENTS and subject.pos_ != "PROPN"
            and not told_by_another_state(subject, reporter))):
        # "police said <X> carried it out", "the army said the <X> Army fired the mortar rounds"
        # (an army's or a police's own act is its operation, no accusation: "Nigerian troops"
        # are a state's, the "<X> Army" is a name); "a suspected <X> drone" is a suspicion
        hedged = any(c.dep_ == "amod" and c.lower_ in HEDGES for c in subject.children)
        return [("suspected" if hedged else "blamed", subject, reporter)]
    return []


_ACCUSATIONS = CONTENT_NOUNS
# Of the content nouns, those that may say anything ("denied rumours of a split"): denying one
# denies an act only when it tells one (`_report_of_an_act`); an accusation is of an act.
_REPORTS = CONTENT_NOUNS - frozenset({"claim", "claims", "allegation", "allegations",
                                      "accusation", "accusations", "charge", "charges",
                                      "imputation", "imputations"})


def _report_of_an_act(noun: Token) -> bool:
    """"suggestions that its fighters had set off the bomb", "reports that it had shot down the
    plane", "rumours of an attack": a report whose clause or "of" phrase tells an act."""
    if noun.lower_ not in _REPORTS:
        return False
    clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")]
    if any(is_act_verb(c) or told_own_act(c) for c in clauses):
        return True
    return any(is_attack_noun(g) for c in noun.children if c.dep_ == "prep"
               and c.lower_ in ("of", "about") for g in c.children if g.dep_ == "pobj")


def read_denied(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> denied any role (involvement, the accusations)", "<X> denied that its fighters
    fired", "blamed <X>, which denied it": the subject's denial; a bare "<X> denied it" may
    deny anything, unless it answers an accusation."""
    if any(anothers_own_claim(o) for o in (*objects_of(verb), *(
            g for c in verb.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj"))):
        return []  # "the army dismissed a claim by <X> that its fighters overran the base"
    if verb.dep_ == "relcl" and verb.head.lower_ in _ACCUSATIONS and not objects_of(verb):
        # "India accused Pakistan of it, a charge Islamabad denied (dismissed as baseless)";
        # "police blamed <X> for it, a charge the group rejected": the group the accusation
        # names
        accused = _accused_by(verb.head)
        return [("denied", accused if accused is not None and is_anaphoric(a)
                 else claiming_group(a), None) for a in agents_of(verb)]
    accusation = subject_of(verb)
    if accusation is not None and accusation.lower_ in _ACCUSATIONS - _REPORTS:
        # the same, parsed with the denier in apposition to "a charge": "..., a charge New
        # Delhi dismissed as baseless"
        return [("denied", c, None) for c in accusation.children
                if c.dep_ == "appos" and c.pos_ == "PROPN"]
    shifted = _judged_before_its_object(verb)
    words = object_words(verb) | {o.lower_ for o in shifted}
    objects = [*objects_of(verb), *shifted]
    if verb.lower_ in DISMISS_VERBS:  # only an accusation: a judge dismisses charges
        return [("denied", claiming_group(a), None) for a in agents_of(verb)
                ] if words & _ACCUSATIONS - _REPORTS - {"charge", "charges"} or any(
            _report_of_an_act(o) for o in objects) else []
    if _denies_what_the_act_did(verb, objects):
        return []  # "admitted the raid but denied that it had killed civilians"
    if words & DENIED_THINGS - _REPORTS or any(_report_of_an_act(o) for o in objects) or \
            any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) or \
            (object_words(verb) & PRONOUN_OBJECTS and answers_an_accusation(verb)):
        # "a spokesman for <X> denied any role": the group the spokesperson speaks for
        return [("denied", claiming_group(a), None) for a in agents_of(verb)]
    return []


def _denies_what_the_act_did(verb: Token, objects: list[Token]) -> bool:
    """A denial of a consequence or a detail of the act, not of the act: the denied clause's
    subject is the act or what it fired ("denied that the attack had killed any civilians",
    "rejected reports that its shells had hit the hospital"), the denial is narrowed ("denied
    only that it had known"), or it follows the same subject's own claim of the act ("said its
    members carried out the bombing, but denied that it had targeted the school", "admitted
    setting off the blast but denied that anyone had been hurt")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
    clauses += [c for o in objects if o.lower_ in CONTENT_NOUNS for c in o.children
                if c.dep_ in ("acl", "ccomp")]
    if not clauses:
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in _NARROWING:
        return True  # ("denied only that ...", however the parse hangs the "only")
    for clause in clauses:
        subject = subject_of(clause)
        if _OCCURRED.match(" ".join(t.lower_ for t in clause.doc[clause.i:clause.i + 2])):
            continue  # "denies the attack took place": the act itself denied
        if subject is not None and clause.pos_ == "VERB" and subject.pos_ == "NOUN" and (
                is_attack_noun(subject) or subject.lower_ in WEAPON_NOUNS | _FIRED) and \
                not any(c.dep_ == "auxpass" for c in clause.children):
            return True
    return _owned_before(verb)


# Verbs of an act's taking place, which deny the act itself: "denied the attack took place".
_OCCURRED = re.compile(r"(?:took|take|taken|takes|taking)\s+place|happen|occur")
# What narrows a denial to one point, conceding the rest: "denied only that ...".
_NARROWING = frozenset({"only", "merely", "simply", "just"})
# What an act fires or drops, as a clause's subject: "its shells had hit the hospital".
_FIRED = frozenset({"shell", "shells", "missile", "missiles", "drone", "drones", "strike",
                    "strikes", "airstrike", "airstrikes", "bullet", "bullets", "round",
                    "rounds", "mortar", "mortars", "fire", "shelling", "protest"})


def _owned_before(verb: Token) -> bool:
    """"<X> said its fighters had fired on the checkpoint, but denied ...": the denial is the
    second of two verbs of one subject, and the first owns the act (`read_claimed`, an own part
    owned, or a clause of the group's own act)."""
    first = verb.head if verb.dep_ == "conj" else None
    if first is None:
        return False
    if first.lower_ in CLAIM_VERBS | TAKE_VERBS | OWNING_VERBS and (
            read_claimed(first) or read_own_part_owned(first)):
        return True
    for clause in (c for c in first.children if c.dep_ == "ccomp"):
        subject = subject_of(clause)
        agent = by_agent(clause)
        if (agent is not None and of_itself(agent)) or (
                subject is not None and of_itself_or_the_group(subject) and
                (told_own_act(clause) or is_act_verb(clause))):
            return True
    return False


def _cleft_denial(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"It was not the <X> Front that carried out the raid, a spokesman for the front said":
    <X> denies it in its own voice; said by anyone else, <X> is neither blamed nor claimed."""
    focus = verb.head if verb.head.dep_ == "attr" else verb.head.head
    governor = saying_governor(verb)
    teller = group_telling(governor) if governor is not None and \
        governor.lower_ in SAY_VERBS else None
    speaker = subject_of(governor) if governor is not None else None
    own_voice = speaker is not None and any(c.dep_ == "poss" and c.lower_ in ("its", "their")
                                            for c in speaker.children)  # "its commander said"
    if not own_voice and (teller is None or not (
            teller.i == focus.i or teller.lower_ in (t.lower_ for t in focus.subtree))):
        return []
    return [("denied", focus, None)]


def _judged_before_its_object(verb: Token) -> list[Token]:
    """"rejects as false and baseless the allegations", "rejected as lies the government's
    charge that it had shelled the hospital": the judgment put before the thing denied, which
    the parse hangs inside the "as" phrase. The nouns of accusation or report in it."""
    # (or in a clause of "as" on the judgment: "dismissed as fabricated the reports that")
    judged = [(c, c.i + 1) for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"] + [
        (c, c.i) for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in c.children)]
    return [t for c, after in judged for t in c.subtree if t.i > after and t.pos_ == "NOUN" and (
        t.lower_ in _ACCUSATIONS - _REPORTS or _report_of_an_act(t))]


# Acts a group says it did not do, in the forms a negation takes ("did not carry out", "had not
# attacked"): a group's own act, negated in its own words, is its denial.
_DID_NOT_ACTS = OWN_ACT_VERBS | PLACING_VERBS | frozenset({
    "carry", "conduct", "stage", "launch", "attack", "kill", "plant", "fire", "target", "kidnap",
    "abduct", "bomb", "shoot"})


_NO_ONE_IN_PARTICULAR = frozenset({"anyone", "anybody", "anything", "one"})


def _accused_by(accusation: Token) -> Token | None:
    """Who the accusation a noun takes up names: "blamed <X> for the raid, a charge ..." is
    <X> (the noun hangs on the accusing verb, in apposition or as its modifier)."""
    verb = accusation.head
    if accusation.dep_ not in ("appos", "npadvmod", "dobj", "advcl", "conj") or \
            verb.lower_ not in BLAME_VERBS | ACCUSE_VERBS | ATTRIBUTE_VERBS:
        return None
    accused = [o for o in objects_of(verb) if o.i != accusation.i and not is_attack_noun(o)]
    accused += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "to")
                for g in c.children if g.dep_ == "pobj" and not is_attack_noun(g)]
    return accused[0] if accused else None


def read_own_denial(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"A spokesman for <X> said its men had not attacked the convoy", "<X> said it did not
    carry out the raid": a group telling that it did not do the act denies it. "It had not
    killed anyone" names no act to deny."""
    if verb.lower_ not in _DID_NOT_ACTS or (verb.lower_ == "carry" and not any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)) or any(
            o.lower_ in _NO_ONE_IN_PARTICULAR for o in objects_of(verb)):
        return []
    return _told_by_the_group(verb, "denied")


# What one has (or plays) no part of in an act: "had nothing (no connection) to do with",
# "played no part (role) in", "had no link to".
NO_PART_NOUNS = frozenset({"nothing", "anything", "connection", "connections", "link", "links",
                           "role", "part", "involvement", "hand", "ties", "tie", "relation",
                           "share"})


def read_no_part_in(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> insisted it had nothing to do with the bombing", "said they played no part in the
    attack", "said it had no connection to Tuesday's attack", "said none of its men had anything
    to do with the shooting": a group telling that it had no part in the act denies it (said
    of someone else, it is no one's denial here)."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj"):
        return []
    if noun.lower_ != "nothing" and not any(c.dep_ == "det" and c.lower_ == "no"
                                             for c in noun.children) and not negated(verb):
        return []
    in_act = any(t.dep_ == "prep" and t.lower_ in ("with", "in", "to", "for") and any(
        g.dep_ in ("pobj", "pcomp") and (is_attack_noun(g) or g.lower_ in ATTRIBUTED_ACTS)
        for g in t.children) for t in islice(noun.subtree, 12)) or any(
        g.dep_ == "pobj" and (is_attack_noun(g) or g.lower_ in ATTRIBUTED_ACTS)
        for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with", "to")
        for g in c.children)
    return _told_by_the_group(verb, "denied") if in_act else []


# A part one may deny in an act, as a noun: "its participation", "any involvement".
DENIED_PART_NOUNS = frozenset({"participation", "involvement", "implication", "complicity",
                               "role"})
_REFUSE_VERBS = frozenset({"refuse", "refused", "refuses", "refusing"})
# What an act is called in translation besides the attack nouns: "the incident", "the action".
_ACT_WORDS = frozenset({"incident", "incidents", "act", "acts", "action", "actions", "event",
                        "events", "crime", "crimes", "operation"})


def read_denial_noun(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """A denial as a noun, in translation: "<X> declared its non-participation in the
    incident", "announced their non-involvement"; a part refused: "a frente of the dissidents
    refused its participation" (Spanish "rechazó su participación"). Not a part in another
    matter: "refused any participation in the talks"."""
    doc = noun.doc
    non = (noun.i >= 2 and doc[noun.i - 2].lower_ == "non" and doc[noun.i - 1].text == "-") or \
        noun.lower_.startswith("non")
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj", "conj") or negated(verb) or any(
            g.dep_ == "pobj" and not (is_attack_noun(g) or g.lower_ in ATTRIBUTED_ACTS
                                      or g.lower_ in _ACT_WORDS)
            for c in noun.children if c.dep_ == "prep" for g in c.children):
        return []
    if (non and verb.lower_ in SAY_VERBS | ANNOUNCE_VERBS) or \
            (noun.dep_ == "dobj" and verb.lower_ in _REFUSE_VERBS and not non):
        return [("denied", claiming_group(a), None) for a in agents_of(verb)]
    return []


def _told_by_the_group(verb: Token, kind: ClaimKind) -> list[tuple[ClaimKind, Token, Token | None]]:
    """The reading of a clause in which a group tells of itself ("it", "its men", "the group"):
    `kind` by the teller's group, when a verb of saying governs it."""
    subject = subject_of(verb)
    governor = verb.head if verb.dep_ == "ccomp" else None
    if subject is None or governor is None or not of_itself_or_the_group(subject) or \
            governor.lower_ not in SAY_VERBS or negated(governor):
        return []
    group = group_telling(governor)
    return [] if group is None else [(kind, group, None)]


# Who a group's own people are: "the gunman was one of its soldiers (fighters, men)".
_OWN_PEOPLE = MEMBER_NOUNS | frozenset({"soldiers", "men", "mujahideen", "martyrs", "sons"})


def read_one_of_its_own(word: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X>'s agency said the gunman was one of its soldiers", "the attacker was one of the
    group's fighters": a group (or its voice) naming the attacker as one of its own claims the
    attack."""
    copula = word.head
    if word.dep_ != "attr" or negated(copula):
        return []
    own = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of"
           for g in c.children if g.dep_ == "pobj" and g.lower_ in _OWN_PEOPLE and of_itself(g)]
    attacker = subject_of(copula)
    if not own or attacker is None or attacker.lower_ not in ATTACKER_NOUNS:
        return []
    governor = copula.head if copula.dep_ == "ccomp" else None
    if governor is None or governor.lower_ not in SAY_VERBS | CLAIM_VERBS or \
            negated(governor):
        return []
    group = group_telling(governor)  # ("a statement claiming the gunman was one of its soldiers")
    return [] if group is None else [("claimed", group, None)]


# Taking back one's claim: "<X> withdrew (retracted, disowned) its claim".
WITHDRAW_VERBS = frozenset({"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
                            "retract", "retracts", "retracted", "retracting", "disown",
                            "disowns", "disowned", "disowning", "recant", "recants", "recanted",
                            "rescind", "rescinds", "rescinded", "repudiate", "repudiates",
                            "repudiated", "repudiating", "disavow", "disavows", "disavowed",
                            "disavowing"})
_CLAIM_NOUNS = frozenset({"claim", "claims"})


def read_disowned(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> disowned (repudiated, disavowed) the massacre": taking back an act, as one takes
    back a claim, denies it."""
    if not any(is_attack_noun(o) or o.lower_ in ATTRIBUTED_ACTS for o in objects_of(verb)):
        return read_withdrawn(verb)
    return [("denied", claiming_group(a), None) for a in agents_of(verb)]


def read_withdrawn(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> withdrew its claim for the bombing", "<X>, which had claimed the ambush, later
    retracted the statement", "the claim of responsibility by <X> was withdrawn": a claim taken
    back is the group's denial. A statement is a claim only beside the group's claim in the
    same sentence ("the senator retracted his statement" is none)."""
    things = [*objects_of(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
    taken_back = [t for t in things if t.lower_ in _CLAIM_NOUNS]
    if not taken_back and any(t.pos_ == "VERB" and t.lower_ in CLAIM_VERBS for t in verb.sent):
        taken_back = [t for t in things if t.lower_ in MEDIA_NOUNS]
    if not taken_back:
        return []
    agents = agents_of(verb)
    if verb.dep_ == "ccomp" and verb.head.lower_ in SAY_VERBS and agents and \
            of_itself_or_the_group(agents[0]):
        # "a statement signed by <X> said the group had withdrawn its claim": the teller's
        group = group_telling(verb.head)
        if group is not None:
            return [("denied", group, None)]
    if taken_back[0].dep_ == "nsubjpass":  # whose claim: "the claim ... by <X>", "<X>'s claim"
        owners = [g for t in islice(taken_back[0].subtree, 12) if t.dep_ == "prep"
                  and t.lower_ in ("by", "from") for g in t.children if g.dep_ == "pobj"]
        owners += [c for c in taken_back[0].children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        return [("denied", owner, None) for owner in owners[:1]]
    return [("denied", a, None) for a in agents_of(verb)]


# A group's claim as a noun it issues: "<Y> issued a rival claim", "put out its own claim of
# responsibility"; a rival or own claim alone must answer a claim told in the same sentence
# ("made a competing claim to the farm" is none).
_RIVAL_WORDS = frozenset({"rival", "competing", "own", "separate", "second", "counter"})


def read_claim_issued(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> claimed the shooting; the next day <Y> issued a rival claim", "<Y> made a claim of
    responsibility for the raid": the issuer claims the act."""
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "appos") and _of_responsibility(noun):
        # "The claim of responsibility, issued by <X> in a document mailed to newspapers,
        # described the attack as ...": a claim's issuer named in its participle
        issuer = next((by_agent(c) for c in noun.children if c.dep_ == "acl"
                       and c.lower_ in ISSUE_VERBS | _SIGN_VERBS and by_agent(c) is not None),
                      None)
        return [] if issuer is None else [("claimed", issuer, None)]
    claimant = _the_claim_by(noun)
    if claimant is not None:
        return [("claimed", claimant, None)]
    if noun.dep_ not in ("dobj", "obj") or verb.lower_ not in ISSUE_VERBS or negated(verb) or \
            any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return []  # "<X> made no claim of responsibility"
    of_act = any(g.lower_ in RESPONSIBILITY_NOUNS or is_attack_noun(g)
                 for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                 for g in c.children if g.dep_ == "pobj")
    rival = any(c.dep_ == "amod" and c.lower_ in _RIVAL_WORDS for c in noun.children) and \
        not any(c.dep_ == "prep" and c.lower_ in ("to", "on", "against", "for")
                for c in noun.children) and \
        any(t.i != noun.i and t.pos_ == "VERB" and t.lower_ in CLAIM_VERBS for t in noun.sent)
    # "<X> made the claim in a statement": the claim the report has just told, made by <X>
    told = noun.lower_ == "claim" and any(c.dep_ == "det" and c.lower_ == "the"
                                          for c in noun.children) and not any(
        c.dep_ in ("acl", "ccomp", "relcl") or (c.dep_ == "prep" and c.lower_ not in (
            "in", "on", "through", "via")) for c in noun.children)
    if not (of_act or rival or told):
        return []
    return [("claimed", a, None) for a in agents_of(verb)]


def _the_claim_by(noun: Token) -> Token | None:
    """"The claim by <X>, al Qaeda's Sahel affiliate, could not be verified", "analysts
    doubted the claim of responsibility by <X>": the claim the report has told, by its
    maker (not a claim with its own content, "the claim by <X> that it downed a drone", nor
    one of something else, "a claim by the family for compensation"; nor a person's, "the
    claim by Smith was dismissed")."""
    if noun.lower_ != "claim" or not any(c.dep_ == "det" and c.lower_ == "the"
                                         for c in noun.children):
        return None
    makers = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
              for g in c.children if g.dep_ == "pobj"]
    other = [c for c in noun.children if c.dep_ == "ccomp" or (c.dep_ in ("acl", "relcl") and any(
        m.dep_ == "mark" for m in c.children)) or (
        c.dep_ == "prep" and c.lower_ not in ("by", "in", "on", "through", "via", "of", "for"))]
    of_or_for = any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in noun.children)
    if len(makers) != 1 or other or (of_or_for and not _of_responsibility(noun)):
        return None
    # (an armed organization's: "the claim by Smith was dismissed" is a court's word)
    return makers[0] if organization_like(makers[0]) else None


_SIGN_VERBS = frozenset({"signed", "made", "put", "sent", "mailed", "emailed", "faxed",
                        "delivered", "lodged", "filed"})


def _of_responsibility(noun: Token) -> bool:
    """"a claim of (for) responsibility", "the claim for the bombing"."""
    return any(g.lower_ in RESPONSIBILITY_NOUNS | ATTRIBUTED_ACTS or is_attack_noun(g)
               for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
               for g in c.children if g.dep_ == "pobj")


# A report of someone's act as a noun with its clause: "a claim by <X> that its fighters overran
# the base", "Moscow's accusation that Ukrainian saboteurs blew up the bridge", "the army's
# allegation that <X> planted the mines".
REPORT_NOUNS = frozenset({"claim", "claims", "accusation", "accusations", "allegation",
                          "allegations", "charge", "charges", "assertion", "assertions"})
_OWN_WORD_NOUNS = frozenset({"claim", "claims", "assertion", "assertions"})


def read_reported_act(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """The act a report noun's clause tells, read by who makes the report: its author's own act
    ("a claim by <X> that its fighters overran the base") is the author's claim, whoever
    dismisses it; another's act ("Moscow's accusation that Ukrainian saboteurs blew up the
    bridge") is the author's blame of the doer."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return []
    clause = _act_clause(noun)
    author = _author_of(noun)
    doer = own_clause_subject(clause) if clause is not None else None
    if doer is None or author is None:
        return []
    if of_itself(doer):
        return [("claimed", author, None)] if noun.lower_ in _OWN_WORD_NOUNS and \
            not _an_officials_charge(author, doer) else []
    return [("blamed", doer, author)]


def _act_clause(noun: Token) -> Token | None:
    """The clause of a report noun that tells an act: "that its fighters overran the base" (a
    relative clause only with "that" as its conjunction, not as its subject or object)."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp", "relcl") or not (
                is_act_verb(clause) or told_own_act(clause)):
            continue
        subject = subject_of(clause)
        if clause.dep_ != "relcl" or (subject is not None and subject.lower_ != "that" and any(
                c.lower_ == "that" and c.dep_ == "mark" for c in clause.children)):
            return clause
    return None


def _author_of(noun: Token) -> Token | None:
    """Who makes a report: "a claim by (from) <X>", "<X>'s claim"."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 for g in c.children if g.dep_ == "pobj"), None) or next(
        (c for c in noun.children if c.dep_ == "poss"), None)


def anothers_own_claim(noun: Token) -> bool:
    """"a claim by <X> that its fighters overran the base": dismissing it denies nothing of the
    one who dismisses it (an accusation's "its" or "their" is the accused's own: "rejected the
    government's accusation that their fighters attacked the school" denies it)."""
    clause = _act_clause(noun) if noun.lower_ in _OWN_WORD_NOUNS else None
    doer = own_clause_subject(clause) if clause is not None else None
    author = _author_of(noun)
    return doer is not None and author is not None and of_itself(doer) and \
        not _an_officials_charge(author, doer)


def _an_officials_charge(author: Token, doer: Token) -> bool:
    """"dismissed as lies the army's assertion that its fighters had shelled the camp",
    "rejected the government's claim that their members attacked the convoy": an army, a
    government or the police do not call their own men fighters or members, so the "its" of
    an official's claim is the one who rejects it, and the claim an accusation."""
    return author.pos_ != "PROPN" and author.lower_ in OFFICIAL_WORDS and \
        doer.lower_ in MEMBER_NOUNS - COVERT_AGENTS
