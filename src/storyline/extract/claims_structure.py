"""Responsibility claims read from a sentence's dependency parse.

The claimant is the subject of a responsibility predicate, or the by-agent when it is passive;
the speaker is the subject of the reporting verb that governs it:
- claimed: "<X> claimed responsibility / credit / the attack", "<X> took (accepted, assumed)
  responsibility", "responsibility was claimed by <X>", "it was claimed by <X>", "<X> said it
  carried out the attack";
- denied: "<X> (again) denied any role / involvement / responsibility";
- blamed: "<S> blamed <X>", "<S> blamed the attack on <X>", "<S> accused <X> of ...", "<S>
  attributed the attack to <X>", "<S> said <X> was behind it / responsible";
- suspected: "<S> believed (suspected, thought, suggested) that <X> was responsible (behind
  it, involved)", "<X> is suspected of / believed to be behind".
Only a name is a claimant (a proper noun, an acronym, a known group): "gunmen", "attackers" and
"suspected militants" are not. A negated predicate ("no group has claimed", "did not claim") is
not a claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import islice
from typing import TYPE_CHECKING, TypeGuard, cast

from storyline.extract.claims_lexicon import (
    ANAPHORS,
    ATTACKER_NOUNS,
    GROUP_ALIASES,
    NON_ACTORS,
    OFFICIAL_WORDS,
    not_a_perpetrator,
)
from storyline.extract.claims_names import normalize_actor
from storyline.extract.document import Document
from storyline.extract.sentences import Sentence
from storyline.records import Claim, ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["CLAIM_SENTENCE_RE", "GENERIC_ACTOR_WORDS", "OTHER_OCCASION_WORDS",
           "claim_parse_requests", "claims_from_structure"]

# The acts one admits to ("admitted kidnapping", "acknowledged carrying out the raid"): stems of
# the gerund, for the sentence filter below and for `_admitted_act`.
_ADMITTED_ACT_STEMS = (r"kidnap|abduct|kill|murder|assassinat|attack|bomb|carr|plant|detonat"
                       r"|shoot|ambush|execut|stag|launch|torch|burn|hijack|fir")
CLAIM_SENTENCE_RE = re.compile(
    r"\b(?=[A-Za-z])(?:claim|responsib|credit|denie|deny|denying|blame|accuse|suspect|behind|attribut"
    r"|carried\s+out|involve|believed|hallmark|fingerprints"
    # an attack done by its perpetrator: "perpetrated by <X>", "was staged by <X>"
    r"|(?:perpetrated|committed|staged|masterminded|orchestrated)\s+by"
    r"|distanc(?:ed|es|ing|e)\s+(?:it|them|our)sel(?:f|ves)\s+from"
    # pointing at someone, or a suspected part in the act: "pointed the finger at <X>", "suspect
    # the hand of <X>", "examining the role of <X> in the blast"
    r"|point(?:ed|s|ing)?\s+(?:the\s+|a\s+)?fingers?\b"
    # the act's author: "was the work of <X>"; one who links <X> to the attack
    r"|(?:work|handiwork)\s+of\b|(?:linked|tied|connected)\b[^.]{0,80}?\bto\b"
    # a claim by an anonymous call or a communique: "a caller told the paper the <X> did it"
    r"|(?:callers?|communiqu[eé]s?|leaflets?|pamphlets?)\b[^.]{0,120}?\b(?:said|says|told"
    r"|stated)\b"
    r"|(?:hand|role|involvement|complicity)\s+of\b"
    # named as the one who did it: "designated as the perpetrator", "singled out as authors of"
    r"|as\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:perpetrator|author|culprit|mastermind)"
    # admitting an act; the attackers' group ("were suspected members of", "belonged to")
    rf"|(?:admit|acknowledg)\w*\s+(?:to\s+)?(?:\w+\s+)?(?:{_ADMITTED_ACT_STEMS})\w*ing"
    r"|(?:suspected|alleged|presumed|purported|be|were|was|are|is)\s+members?\s+of"
    # (whose membership: `_members` reads the subject, one of `ATTACKER_NOUNS`; a list of
    # nouns here cost a hostile megabyte 50 ms)
    r"|belong(?:ed|s)?\s+to"
    # the attackers' group named with them: "members of <X> seized", "FARC guerrillas overran"
    r"|(?:members?|fighters|guerrill?as|militants|rebels|insurgents|cadres|militiamen|elements"
    r"|jihadists|combatants|operatives|commandos|loyalists|gunmen|cell)\s+(?:of|from"
    r"|(?:loyal|linked|tied|affiliated|allied)\s+(?:to|with))\s+(?:the\s+)?(?-i:[A-Z])"
    r"|(?-i:[A-Z][\w'’-]*)\)?\s+(?:fighters|guerrill?as|militants|rebels|insurgents|cadres"
    r"|militiamen|elements|jihadists|combatants|operatives|commandos|loyalists|gunmen)\b"
    r"|play(?:ed|s|ing)?\s+(?:an?\s+|some\s+)?(?:\w+\s+)?(?:role|part)\b"
    # a group speaking of itself: "<X> said its fighters attacked the convoy"
    r"|(?:said|says|stated|announced|boasted|bragged|acknowledged|admitted)\b[^.]{0,80}?\b"
    r"(?:(?:it|they|its|their|we|our)\s|the\s+(?:"
    r"group|movement|organi[sz]ation|militants|rebels|insurgents|fighters|militia)'s\s)"
    r"[^.]{0,40}?\b(?:attack|launch|stag|conduct|bomb|carr|mount|execut|kill|fired|plant"
    r"|deton|ambush|shot|kidnap|abduct|assassinat|behead|target|downed|overr|captur|seiz"
    r"|struck|storm|raid|shell|torch|blew|destroy))",
    re.IGNORECASE)
MAX_CLAIM_SENTENCES = 6

_CLAIM_VERBS = frozenset({"claim", "claimed", "claims", "claiming"})
_TAKE_VERBS = frozenset({"take", "took", "taken", "takes", "taking", "accept", "accepted",
                         "accepts", "accepting", "assume", "assumed", "assumes", "assuming",
                         "bear", "bore", "bearing", "admit", "admitted", "admits", "admitting",
                         "acknowledge", "acknowledged", "acknowledges", "acknowledging"})
# Admitting an act is claiming it: "<X> admitted (to) kidnapping the engineers", "acknowledged
# carrying out the raid". The act is a gerund after the verb.
_ADMIT_VERBS = frozenset({"admit", "admitted", "admits", "admitting", "acknowledge",
                          "acknowledged", "acknowledges", "acknowledging"})
_ADMITTED_ACTS = re.compile(rf"^(?:{_ADMITTED_ACT_STEMS})\w*ing$")
# The violent acts one is accused of ("accused of looting the clinic"), not "of inciting youth".
_ACT_GERUNDS = re.compile(
    rf"^(?:{_ADMITTED_ACT_STEMS}|loot|shell|assault|massacr|tortur|rap|stab|raid|storm)\w*ing$")
# Who speaks for a group: "a spokesman for <X> claimed", "<X>'s spokesman said it carried out".
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen"})
# A group also speaks through its own media ("the group's news agency", "its media arm"); not
# "wing", which in "armed wing" is a party to the act in its own right.
_VOICES = _SPOKESPEOPLE | frozenset({"agency", "arm", "outlet", "mouthpiece",
                                     # "the NPA's regional command claimed the raid"
                                     "command", "leadership", "headquarters"})
_RESPONSIBILITY = frozenset({"responsibility", "credit"})
# Announcing one's responsibility claims it: "<X> announced (declared) its responsibility for".
_ANNOUNCE_VERBS = frozenset({"announced", "announces", "announce", "declared", "declares",
                             "proclaimed", "proclaims"})
# Distancing oneself from an act denies it: "<X> distanced itself from the bombing".
_DISTANCE_VERBS = frozenset({"distanced", "distances", "distance", "distancing"})
_ATTACK_NOUNS = frozenset({"attack", "attacks", "bombing", "bombings", "blast", "killing",
                           "killings", "assault", "ambush", "shooting", "explosion", "massacre",
                           "kidnapping", "raid", "strike", "strikes", "assassination", "it",
                           "arson",
                           # the act named by other nouns and plurals, as incident summaries
                           # give it: "claimed the siege", "one of the blasts", "claimed the
                           # takeover", "distanced itself from the torching of trucks"
                           "blasts", "explosions", "ambushes", "raids", "assaults", "siege",
                           "takeover", "seizure", "hijacking", "hijackings", "kidnappings",
                           "abduction", "abductions", "assassinations", "shootings",
                           "firebombing", "firebombings", "torching", "burning", "bombardment",
                           "massacres", "murders", "beheading", "beheadings", "sabotage"})
_DENY_VERBS = frozenset({"deny", "denied", "denies", "denying", "rejected", "rejects",
                         "reject"})
_DENIED_THINGS = frozenset({"role", "involvement", "involvment", "responsibility", "link",
                            "links", "part", "connection", "accusation", "accusations",
                            "charges", "allegations", "claims", "claim", "participation",
                            "charge", "allegation", "blame"})
_BLAME_VERBS = frozenset({"blame", "blamed", "blames", "blaming"})
_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
_PRONOUN_OBJECTS = frozenset({"it", "this", "that", "them"})
_ACCUSE_VERBS = frozenset({"accuse", "accused", "accuses", "accusing"})
_ATTRIBUTE_VERBS = frozenset({"attribute", "attributed", "attributes", "attributing"})
_SUSPECT_VERBS = frozenset({"suspect", "suspected", "suspects", "believe", "believed",
                            "believes", "think", "thought", "thinks", "suggest", "suggested",
                            "suggests", "fear", "feared", "allege", "alleged", "alleges",
                            "hinted", "hints", "implied", "implies", "indicated", "accused",
                            "speculated", "presume", "presumed"})
_SAY_VERBS = frozenset({"say", "said", "says", "stated", "state", "told", "announced",
                        "insisted", "confirmed", "added", "declared", "reported"})
_RESPONSIBLE_WORDS = frozenset({"responsible", "behind", "involved", "culpable"})
_CARRIED_OUT = frozenset({"carried", "conducted", "staged", "launched", "perpetrated",
                          "attacked", "bombed", "executed", "orchestrated", "mounted"})
# What a group says its own fighters did ("said its fighters fired the rockets"); said of
# someone else these name a shooter, not a claim.
_OWN_ACTS = _CARRIED_OUT | frozenset({"overran", "overrun", "captured", "seized", "struck",
                                       "stormed", "raided", "shelled", "torched", "blew",
                                       "destroyed",
                                       "fired", "planted", "detonated", "ambushed", "killed",
                                       "shot", "kidnapped", "abducted", "assassinated",
                                       "beheaded", "targeted", "downed"})
_OWN_SUBJECTS = frozenset({"it", "they", "its", "their", "we", "our"})
# The words in which a group tells its own act: saying, and boasting or owning up to it ("the
# group boasted that its fighters had torched the trucks").
_OWN_ACT_TELLERS = frozenset({"boasted", "bragged", "acknowledged", "admitted"})
GENERIC_ACTOR_WORDS = frozenset({"unknown", "unidentified", "armed", "suspected", "masked",
                                 "alleged", "some", "several", "two", "three", "heavily"})
_GENERIC_HEADS = frozenset({
    "gunman", "gunmen", "attacker", "attackers", "assailant", "assailants", "militant",
    "militants", "insurgent", "insurgents", "rebel", "rebels", "men", "man", "group", "groups",
    "terrorists", "terrorist", "bandits", "suspects", "suspect", "people", "person", "fighters",
    "perpetrators", "individuals", "elements", "youths", "members", "unknown", "someone",
    "kidnappers", "abductors", "hijackers", "bombers", "killers", "shooters", "raiders",
    "offshoot", "faction", "splinter", "branch", "wing", "cell", "outfit",
    "guerrillas", "guerillas", "cadres", "militiamen", "jihadists", "combatants", "operatives",
})
GENERIC_ACTOR_WORDS |= _GENERIC_HEADS


Antecedent = Callable[[int], str | None]


def claims_from_structure(document: Document, antecedent: Antecedent | None = None
                          ) -> list[Claim]:
    """The claims of the sentences that can hold one, read from their parse. `antecedent`
    names the group an anaphoric claimant ("it", "the group") points back to, given the
    claim sentence's start."""
    sentences = claim_parse_requests(document)
    document.prepare(sentences)
    claims: list[Claim] = []
    for sentence in sentences:
        parse = document.parse(sentence)
        if parse is not None:
            claims.extend(_claims_in(parse, sentence, antecedent))
    return claims


# The same search entered only where a word starts (every alternative opens with a word
# boundary and a letter): a long sentence is not tried at every character.
_CLAIM_SENTENCE_SCAN = re.compile(r"\b(?=[a-z])" + CLAIM_SENTENCE_RE.pattern, re.IGNORECASE)


# A word every match of CLAIM_SENTENCE_RE contains, searched in the lower-cased sentence:
# three sentences in four have none, and this search is several times cheaper. (Only for ASCII
# text, where lower() gives exactly the letters IGNORECASE equates.)
_CLAIM_SENTENCE_WORDS = re.compile(
    "claim|responsib|credit|deni|deny|blame|accuse|suspect|behind|attribut|carried|involve"
    "|believed|hallmark|fingerprints|admit|acknowledg|member|belong|play|said|says|stated"
    "|announced|boasted|bragged|perpetrat|committed|staged|mastermind|orchestrated"
    "|distanc|author|culprit|finger|hand|role|complicity|fighters|guerril|militants|rebels"
    "|insurgents|cadres|militiamen|elements|jihadists|combatants|operatives|commandos"
    "|loyalists|gunmen|cell|work|linked|tied|connected|caller|communiqu|leaflet|pamphlet")


# Every match of CLAIM_SENTENCE_RE holds one of those words at the start of a word (the
# alternation is entered where a word starts, and each alternative names one of them there or
# after a space): the first four letters of each word of the sentence, looked up in a set, rule
# out the same sentences several times cheaper than searching for the words anywhere.
_CLAIM_WORD_HEADS = frozenset(word[:4] for word in _CLAIM_SENTENCE_WORDS.pattern.split("|"))
_WORD_HEAD = re.compile(r"(?<![a-z])[a-z]{4}")


def _may_hold_claim(sentence: str) -> bool:
    if sentence.isascii() and _CLAIM_WORD_HEADS.isdisjoint(_WORD_HEAD.findall(sentence.lower())):
        return False
    return _CLAIM_SENTENCE_SCAN.search(sentence) is not None


def claim_parse_requests(document: Document) -> list[Sentence]:
    """The sentences that can hold a claim, at most `MAX_CLAIM_SENTENCES` (the search stops
    there: a long text's later sentences are not read). Asked before the parse and after it:
    scanned once per document."""
    return list(document.memo("claim sentences", _claim_sentences))


def _claim_sentences(document: Document) -> list[Sentence]:
    return list(islice((s for s in document.sentences if _may_hold_claim(s.text)),
                       MAX_CLAIM_SENTENCES))


def _claims_in(parse: Doc, sentence: Sentence, antecedent: Antecedent | None) -> list[Claim]:
    found: list[Claim] = []
    for token in parse:
        for kind, actor, speaker in _readings(token):
            for each in _with_conjuncts(actor):
                claim = _claim(kind, each, speaker, sentence, antecedent)
                if claim is not None:
                    found.append(claim)
    return found


def _with_conjuncts(actor: Token | Span) -> list[Token | Span]:
    """The actor and those coordinated with it: "<X> and <Y> both claimed the attack",
    "claimed by two groups, <X> and <Y>", "Both <X> and <Y> were suspected"."""
    if _is_span(actor):
        return [actor]  # a name read off the words before a noun (`_named_right_before`)
    head = cast("Token", actor)
    found = _conjuncts(head)
    if len(found) > 1:
        whole = head.doc[min(t.i for t in _name_tokens(head)):found[-1].i + 1]
        if whole.text.lower().removeprefix("the ") in GROUP_ALIASES:
            return [whole]  # "the Islamic State in Iraq and the Levant": a known name, whole
    closing = _acronym_closing(found[-1]) if len(found) > 1 else None
    if closing is not None:
        # "the Islamic State of Iraq and the Levant (ISIL)", "Basque Fatherland and Liberty
        # (ETA)": a bracketed acronym after the last conjunct covers the coordination, one name
        start = min(t.i for t in _name_tokens(head))
        return [head.doc[start:closing + 1]]
    return list(found)


def _acronym_closing(last: Token) -> int | None:
    """Where the bracketed acronym right after `last` closes ("... Liberty (ETA)"), if any."""
    doc = last.doc
    end = max(t.i for t in last.subtree if t.text != ")")
    at = end if last.is_upper and doc[last.i - 1].text == "(" else end + 2
    if at < len(doc) and doc[at - 1].text == "(" and doc[at].is_upper and \
            at + 1 < len(doc) and doc[at + 1].text == ")":
        return at + 1
    return None


def _is_span(actor: Token | Span) -> TypeGuard[Span]:
    """A name read as a span of words rather than a phrase's head (spaCy is imported for
    typing only, so no isinstance)."""
    return not hasattr(actor, "dep_")


def _conjuncts(actor: Token) -> list[Token]:
    """The actor and its conjuncts when a coordinating word joins them ("<X> and <Y>"); a bare
    list ("December, AM, Galgala: <X> claimed") is no coordination."""
    found = [actor]
    for word in found:  # grows as conjuncts are found; a parse has few
        found.extend(c for c in word.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN"))
        if word.dep_ == "pobj":  # "claimed by <X> and by <Y>"
            found.extend(g for c in word.head.children if c.dep_ == "conj"
                         for g in c.children if g.dep_ == "pobj")
    coordinated = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for word in found
                      for c in (*word.children, *word.head.children))
    return found if coordinated else [actor]


def _readings(token: Token) -> Sequence[tuple[ClaimKind, Token | Span, Token | None]]:
    lower = token.lower_
    if _negated(token):
        return []
    if lower in _CLAIM_VERBS or lower in _TAKE_VERBS or (
            lower in _ANNOUNCE_VERBS and _object_words(token) & _RESPONSIBILITY):
        return _claimed(token)
    if lower in _DISTANCE_VERBS:
        return _distanced(token)
    if lower in _DESIGNATE_VERBS:
        return _named_as_perpetrator(token)
    if lower in _POINT_VERBS:
        return _pointed_at(token)
    if lower in _PART_NOUNS and token.dep_ in ("dobj", "obj"):
        return _part_in_the_act(token)
    if lower in _DENY_VERBS:
        if (lower in _DENY_VERBS and _object_words(token) & _DENIED_THINGS) or \
                any(c.dep_ in ("xcomp", "ccomp") for c in token.children) or \
                (_object_words(token) & _PRONOUN_OBJECTS and _answers_an_accusation(token)):
            return [("denied", a, None) for a in _agents(token)]
        return []
    if lower in _BLAME_VERBS:
        return _blamed(token)
    if lower in _ACCUSE_VERBS:
        return [("blamed", o, _subject(token)) for o in _objects(token)
                if not _of_a_deed_not_violent(token)] or _accused_by(token)
    if lower in _ATTRIBUTE_VERBS:
        targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                   for g in c.children if g.dep_ == "pobj"]
        if not targets:  # "attributed the bombing at a station in Bursa to <X>" (parsed so)
            phrases = [c for c in token.children if c.dep_ in ("dobj", "obj", "prep")]
            targets = [g for o in phrases for c in o.subtree if c.dep_ == "prep" and
                       c.lower_ == "to" for g in c.children if g.dep_ == "pobj"][:1] if any(
                _attack_noun(o) for o in _objects(token)) else []
        return [("blamed", t, _subject(token) or _by_agent(token)) for t in targets]
    if lower in _RESPONSIBLE_WORDS:
        return _responsible(token)
    if lower in _PLAY_VERBS and _object_words(token) & _ROLE_NOUNS:
        return _played_a_role(token)
    if lower in _HALLMARKS:
        return _hallmarks(token)
    if lower in _WORK_NOUNS:
        return _work_of(token)
    if lower in _LINK_VERBS:
        return _linked_to(token)
    if lower in _OWN_ACTS:
        return _own_claim(token) or _done_by(token) or _members_did_it(token)
    if lower in _MEMBER_ACTS or (lower in ("set", "sets") and "fire" in _object_words(token)):
        return _members_did_it(token)  # ("set fire to a school")
    if lower in _DONE_BY_VERBS:
        return _done_by(token)
    if lower in _SUSPECT_OF_VERBS and _objects(token):
        return _suspect_of(token)
    if lower in _MEMBER_WORDS or lower in _BELONG_VERBS:
        return _members(token)
    if lower in _PASSIVE_SUSPICION:
        return _suspected_by(token)
    return []


# Verbs that make their object answerable: "<S> held (considers, found) <X> responsible".
_HOLD_VERBS = frozenset({"hold", "held", "holds", "holding", "consider", "considers",
                         "considered", "deem", "deems", "deemed", "find", "finds", "found"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})


def _held_responsible(word: Token) -> list[tuple[ClaimKind, Token, Token | None]] | None:
    """"<S> held <X> responsible for the blast", "<X> was held responsible by <S>": <S> blames
    <X>; the holder is the accuser, not the one responsible. None when `word` is no such
    complement; no claim for a threat ("will hold <X> responsible for any attack")."""
    if word.lower_ != "responsible":
        return None
    if word.dep_ == "amod" and word.head.dep_ in ("dobj", "obj"):
        verb, held = word.head.head, [word.head]  # parsed "held [the gang responsible]"
    elif word.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl"):
        verb = word.head
        # "holds [<X> responsible]" is parsed as a clause whose subject is <X>
        held = _objects(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"] or [
            c for c in word.children if c.dep_ == "nsubj"]
    else:
        return None
    if verb.lower_ not in _HOLD_VERBS:
        return None
    answerable_for = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if any(g.lower_ not in _ATTRIBUTED_ACTS and not _ACT_GERUNDS.match(g.lower_)
           for g in answerable_for):
        return []  # "held the party responsible for the fact that ...", "for his debts"
    if not held or _negated(verb) or any(c.dep_ == "aux" and c.lower_ in _FUTURE
                                         for c in verb.children):
        return []
    speaker = _subject(verb) or _by_agent(verb)
    return [("blamed", x, speaker) for x in held]


# Verbs of doing an attack whose by-agent is its perpetrator: "the bombing was carried out
# (perpetrated, committed, staged) by <X>".
_DONE_BY_VERBS = _CARRIED_OUT | frozenset({"committed", "masterminded"})
# Acts that officials carry out too: a raid or strike done by the police or an army is theirs,
# not an accusation ("the raid was carried out by FBI agents").
_OFFICIAL_ACTS = frozenset({"raid", "raids", "strike", "strikes", "operation", "operations"})


def _done_by(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"The attack was carried out by <X>", "the attack perpetrated by <X>", "is thought to have
    been carried out by <X>": the by-agent of an attack is blamed for it, or suspected when a
    belief, a hedge or a modal governs ("may have been staged by")."""
    if verb.lower_ == "carried" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                            for c in verb.children):
        return []
    agent = _by_agent(verb)
    if agent is None:
        return []
    belief = verb.head if verb.dep_ == "xcomp" and verb.head.lower_ in _SUSPECT_VERBS else None
    holder = belief or verb
    done = [c for c in holder.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        done.append(verb.head)  # "the attack perpetrated by <X>"
    elif verb.dep_ == "advcl" and _subject(verb) is None:
        done += _objects(verb.head)  # "condemned the killing, carried out by <X>" (parsed so)
    acts = [d for d in done if (_attack_noun(d) and d.lower_ != "it") or d.lower_ in
            _ATTRIBUTED_ACTS]
    if not acts:
        return []
    if all(a.lower_ in _OFFICIAL_ACTS for a in acts) and any(
            t.lower_ in OFFICIAL_WORDS for t in agent.subtree):
        return []
    governor = holder.head if holder.dep_ in ("ccomp", "xcomp") and holder.head is not holder \
        else None
    if _negated(verb) or _negated(holder) or (governor is not None and _negated(governor)):
        return []
    hedged = belief is not None or any(
        c.dep_ == "advmod" and c.lower_ in _HEDGE_ADVERBS for c in (*verb.children,
                                                                   *holder.children)) or any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in holder.children)
    speaker: Token | None = None
    if governor is not None and governor.lower_ in _SUSPECT_VERBS:
        hedged, speaker = True, _reporter(governor)
    elif governor is not None and governor.lower_ in _SAY_VERBS:
        speaker = _reporter(governor)
    return [("suspected" if hedged else "blamed", agent, speaker)]


_SUSPECT_OF_VERBS = frozenset({"suspect", "suspects", "suspected", "suspecting"})
# Who a suspicion names through its members: "suspected members of <X> of the attack".
_MEMBERS_HEADS = frozenset({"members", "member", "elements", "fighters", "cadres", "supporters",
                            "militants"})


def _suspect_of(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Police suspect <X> of the bombing", "they suspected members of <X> of carrying out the
    attack": an active suspicion of an act names its object (the group its members belong to)."""
    acts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
            for g in c.children if g.dep_ in ("pobj", "pcomp")]
    # "of" parsed under the object or its apposition
    acts += [g for o in _objects(verb) for c in o.subtree if c.dep_ == "prep" and c.lower_ ==
             "of" for g in c.children if g.dep_ in ("pcomp", "pobj")]
    if not any(a.dep_ == "pcomp" or a.lower_ in _ATTRIBUTED_ACTS for a in acts):
        # "Local sources suspected the M23": a report's bare suspicion of an organization
        suspecting = _subject(verb)
        if suspecting is None or not _official(suspecting) or not _bare_attribution(verb):
            return []
        named = [next((g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), o)
                 if o.lower_ in _PART_NOUNS else o for o in _objects(verb)]
        return [("suspected", o, suspecting) for o in named if _organization_like(o)]
    suspects = []
    for suspect in _objects(verb):
        if suspect.lower_ in _MEMBERS_HEADS:  # the group named beside them, or after "of"
            suspect = next((c for c in suspect.children if c.dep_ == "appos"
                            and c.pos_ == "PROPN"), None) or next(
                (g for c in suspect.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), suspect)
            suspect = next((c for c in suspect.children if c.dep_ == "appos"
                            and c.pos_ == "PROPN"), suspect)  # "a local gang, the <X>,"
        suspects.append(suspect)
    return [("suspected", s, _reporter(verb)) for s in suspects]


def _of_a_deed_not_violent(verb: Token) -> bool:
    """"accused the court of abusing its power": what one is accused of doing is no attack."""
    deeds = [g for head in (verb, *_objects(verb)) for c in head.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pcomp"]
    return bool(deeds) and not any(_ACT_GERUNDS.match(g.lower_) for g in deeds)


def _accused_by(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> were accused by residents of looting the clinic": the passive's subject is blamed,
    by its by-agent; without an agent, only of an act ("<X> was accused of the bombing")."""
    agent = _by_agent(verb)
    of_act = any(_ACT_GERUNDS.match(g.lower_) if g.dep_ == "pcomp" else g.lower_ in
                 _ATTRIBUTED_ACTS for c in _phrases(verb, "of") for g in c.children)
    if not of_act:
        return []  # "accused of inciting youth", "of being responsible for a disappearance"
    accused = [s for s in verb.children if s.dep_ == "nsubjpass"]
    if not accused and verb.dep_ in ("advcl", "acomp", "oprd") and \
            verb.head.lower_ in ("stand", "stands", "stood", "standing"):
        accused = [s for s in (_subject(verb.head),) if s is not None]  # "<X> stands accused of"
    return [("blamed", s, agent) for s in accused]



def _relative_antecedent(clause: Token) -> Token:
    """The name a relative clause is about: "the Liberation Tigers of Tamil Eelam, which ..."
    is the Tigers (the parse hangs the clause on the last word), "the Army of Islam, a
    Gaza-based group, which ..." the Army of Islam."""
    word = clause.head
    for _ in range(3):
        if word.dep_ == "appos" and word.pos_ != "PROPN":
            word = word.head
        elif word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "PROPN":
            word = word.head.head
        else:
            break
    return word


def _answers_an_accusation(deny: Token) -> bool:
    """"blamed <X>, which denied it", "<X> was blamed, but the group denied it": a denial of
    "it" in a relative clause on the accused, or coordinated with the accusation, denies the
    act it was accused of (a bare "<X> denied it" may deny anything)."""
    accusing = _BLAME_VERBS | _ACCUSE_VERBS | _ATTRIBUTE_VERBS | _SUSPECT_VERBS
    if deny.dep_ == "conj":
        return deny.head.lower_ in accusing
    if deny.dep_ != "relcl":
        return False
    word = deny.head  # the accused; up through appositions and phrases to the verb
    for _ in range(4):
        if word.dep_ not in ("dobj", "obj", "pobj", "nsubjpass", "appos", "conj", "prep"):
            return False
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return word.lower_ in accusing
    return False


def _distanced(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> distanced itself from the bombing": a denial of the act."""
    reflexive = any(c.lower_ in ("itself", "themselves", "ourselves") for c in verb.children
                    if c.dep_ in ("dobj", "obj"))
    from_act = any(g.lower_ in _ATTRIBUTED_ACTS for c in verb.children
                   if c.dep_ == "prep" and c.lower_ == "from" for g in c.children)
    if not (reflexive and from_act) or _negated(verb):
        return []
    if verb.dep_ == "xcomp":  # "<X> sought (tried) to distance itself from"
        return [("denied", s, None) for s in (_subject(verb.head),) if s is not None]
    return [("denied", a, None) for a in _agents(verb)]



# Verbs that name someone as the one who did it: "<X> was designated (named, identified,
# singled out, tagged, branded) as the perpetrator (the author, the mastermind) of the attack".
_DESIGNATE_VERBS = frozenset({"designated", "named", "identified", "singled", "tagged",
                              "branded", "labelled", "labeled", "described", "designates",
                              "names", "identifies", "tags", "brands", "describes"})
_PERPETRATOR_NOUNS = frozenset({"perpetrator", "perpetrators", "author", "authors", "culprit",
                                "culprits", "mastermind", "masterminds", "responsible"})


def _named_as_perpetrator(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> was singled out by the governor as the author of the car bomb", "the army named
    <X> as the perpetrators": <X> is blamed, by whoever names it; the role must be of an act
    ("the author of the book" is none)."""
    agent = _by_agent(verb)
    role = [t for c in _phrases(verb, "as") for t in c.subtree if t.lower_ in _PERPETRATOR_NOUNS]
    if not role or _negated(verb):
        return []
    of_act = any(g.lower_ in _ATTRIBUTED_ACTS for r in role for c in r.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "for", "behind")
                 for g in c.children if g.dep_ == "pobj")
    if role[0].lower_ in ("author", "authors") and not of_act:
        return []  # "named as the author of the report"
    named = _objects(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
    speaker = _subject(verb) if _objects(verb) else agent
    return [("blamed", x, speaker) for x in named]



_POINT_VERBS = frozenset({"point", "points", "pointed", "pointing"})


def _pointed_at(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Officials pointed the finger at <X>": blamed, by the one who points."""
    if not any(o.lower_ in ("finger", "fingers") for o in _objects(verb)) or _negated(verb):
        return []
    scope = [verb, *_objects(verb)]  # "at <X>" hangs on the verb or on "finger"
    targets = [g for head in scope for c in head.children if c.dep_ == "prep" and c.lower_ == "at"
               for g in c.children if g.dep_ == "pobj"]
    return [("blamed", t, _subject(verb)) for t in targets]


# A part in the act one is suspected or investigated for: "suspect the hand of <X> in the blast",
# "examining the role of <X>", "have not ruled out the involvement of <X>".
_PART_NOUNS = frozenset({"hand", "role", "involvement", "complicity"})
_INQUIRY_VERBS = frozenset({
    "suspect", "suspects", "suspected", "suspecting", "probe", "probes", "probed", "probing",
    "investigate", "investigates", "investigated", "investigating", "examine", "examines",
    "examined", "examining", "see", "saw", "sees", "seeing", "detect", "detected"})
_RULE_OUT = frozenset({"rule", "ruled", "rules", "ruling", "exclude", "excluded", "excluding"})


def _part_in_the_act(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Police suspect the hand of <X> in the bombing", "investigators are examining the role of
    <X> in the attack", "did not rule out the involvement of <X>": <X> is suspected. The part
    must be in an act (a role "in the peace talks" is none); ruling it out is no suspicion."""
    verb = noun.head
    if verb.lower_ in _RULE_OUT:
        if not _negated(verb):
            return []  # "police ruled out the involvement of <X>"
    elif verb.lower_ not in _INQUIRY_VERBS or _negated(verb):
        return []
    in_act = any(g.lower_ in _ATTRIBUTED_ACTS for head in (verb, noun) for c in head.children
                 if c.dep_ == "prep" and c.lower_ in ("in", "behind") for g in c.children
                 if g.dep_ == "pobj")
    if not in_act:
        return []
    groups = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return [("suspected", g, _reporter(verb)) for g in groups]


_PASSIVE_SUSPICION = frozenset({"suspected", "blamed"})


def _suspected_by(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> was suspected by authorities", "<X>, suspected by police, ...": a passive
    suspicion names its suspect as the subject, the suspecting party as the by-agent; it
    needs the agent or the act ("in", "of", "for" an attack), else "<X> was suspected"
    may be of anything. ("<X> was blamed ..." is `_blamed`'s.)"""
    if verb.lower_ != "suspected":
        return []
    suspects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    agent = _by_agent(verb)
    if verb.dep_ == "acl" and agent is not None:
        suspects.append(verb.head)  # "<X>, suspected by the governor in the raid, ..."
    act = any(g.lower_ in _ATTRIBUTED_ACTS or g.dep_ == "pcomp"
              for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for")
              for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if agent is None and not act:
        # "<X> was suspected.": a summary's bare suspicion, of an organization only (a person
        # "was suspected" of anything)
        suspects = [s for s in suspects if any(map(_organization_like, _conjuncts(s)))] \
            if _bare_attribution(verb) else []
    return [("suspected", s, agent) for s in suspects]


# What a group's members are said to have done, besides `_OWN_ACTS`.
_MEMBER_ACTS = frozenset({"hijacked", "looted", "burned", "burnt", "occupied", "bombed",
                          "executed", "massacred", "attack", "attacks", "kill", "kills",
                          "ambush", "ambushes", "abduct", "abducts", "kidnap", "kidnaps",
                          "raid", "raids", "loot", "loots", "seize", "seizes", "storm",
                          "storms", "hijack", "hijacks", "burn", "burns", "torch", "torches"})
_CONDITIONS = frozenset({"if", "unless", "whether", "should"})
# Verbs of doing that need an attack for an object to tell one ("staged an attack", not
# "staged a protest", "launched a campaign").
_PLANNED_ACTS = frozenset({"staged", "launched", "conducted", "carried", "mounted", "executed",
                           "orchestrated", "perpetrated"})


def _tied_groups(tie: Token) -> list[Token]:
    """What "linked to", "loyal to", "suspected to belong to" ties people to."""
    holders = [tie, *(c for c in tie.children if c.dep_ == "xcomp" and c.lower_ in _BELONG_WORDS)]
    return [g for h in holders for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children if g.dep_ == "pobj"]


def _members_did_it(verb: Token) -> Sequence[tuple[ClaimKind, Token | Span, Token | None]]:
    """"Members of the M-19 seized the embassy", "FARC guerrillas overran the town", "Boko
    Haram fighters killed 16", "suspected members of <X> fired on a convoy": the report (or
    the one it quotes) names the attackers' group. Blamed, or suspected when the members are
    only suspected; a state's forces are not a claimant here ("Nigerian troops killed ..." is
    an operation, not an attribution)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and verb.head.lower_ in _TIE_WORDS and \
                subject.lower_ in _MEMBER_NOUNS:
            # "Gunmen suspected to belong to <X> set fire to a school", parsed as two verbs
            tied = _tied_groups(verb.head)
            if tied:
                return [("suspected", tied[0], None)]
    if subject is not None and subject.lower_ not in _MEMBER_NOUNS and any(
            c.dep_ == "appos" and c.lower_ in _MEMBER_NOUNS and c.i > subject.i
            for c in subject.children) and _name_of(subject) is not None:
        # "Revolutionary Armed Forces of Colombia (FARC) guerrillas attacked", parsed with the
        # members' noun in apposition to the name
        return _members_act(verb, subject, subject)
    if subject is None or subject.lower_ not in _MEMBER_NOUNS:
        return []
    group = _group_of_members(subject)
    named: Token | Span | None = group if group is not None else _named_right_before(subject)
    if named is None:  # "FARC guerrillas", "JNIM fighters": the name, not the fighters
        return []
    return _members_act(verb, subject, named)


def _members_act(verb: Token, subject: Token, named: Token | Span
                 ) -> Sequence[tuple[ClaimKind, Token | Span, Token | None]]:
    """The claim of `_members_did_it` once the members (`subject`) and their group (`named`)
    are found: none for a state's forces, a hypothetical or a non-violent act."""
    if _negated(verb) or any(
            c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE for c in verb.children) or any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return []
    if not any(c.dep_ in ("dobj", "obj", "prep", "prt", "dative") for c in verb.children):
        return []  # "some fighters killed" with nothing after it: they were killed
    if verb.lower_ == "downed" and "tools" in _object_words(verb):
        return []  # "members of the union downed tools": a strike
    if verb.lower_ in _PLANNED_ACTS and not any(
            _attack_noun(o) or o.lower_ in _ATTRIBUTED_ACTS for o in _objects(verb)):
        return []  # "members of the union staged a protest"
    root = named.root if _is_span(named) else cast("Token", named)
    if (root.lower_ in _STATE_FORCES and root.pos_ != "PROPN") or any(
            _national(c, root) for c in root.children):
        return []  # "members of the army", "Nigerian troops"
    # "Suspected <X> insurgents" (the parse may take the capitalized word for a name part)
    hedged = any(t.lower_ in _HEDGES for t in subject.subtree if t.i < subject.i) or any(
        c.lower_ in _HEDGES for c in subject.children if c.dep_ == "acl")
    governor = verb.head if verb.dep_ == "ccomp" else None
    if governor is not None and (_negated(governor) or governor.lower_ in _QUESTION_VERBS):
        return []
    speaker = None
    if governor is not None and governor.lower_ in _SUSPECT_VERBS:
        hedged, speaker = True, _reporter(governor)
    elif governor is not None and governor.lower_ in _SAY_VERBS:
        speaker = _reporter(governor)
    return [("suspected" if hedged else "blamed", named, speaker)]


def _named_right_before(noun: Token) -> Span | None:
    """"Boko Haram fighters", "New People's Army (NPA) rebels": the name right before the
    members' noun; not a place label further back ("Nigeria, Borno: armed group fighters")
    nor the acronym of a description ("non-state armed group (NSAG) fighters")."""
    doc = noun.doc
    before = noun.i - 1
    if before >= 0 and doc[before].text == ")":
        before -= 1
    if before < 0:
        return None
    word = doc[before]
    hyphenated = before > 1 and doc[before - 1].text == "-" and not doc[before - 2].whitespace_ \
        and word.text[:1].isupper()  # "Anti-Balaka elements" (tagged an adjective)
    if (word.pos_ != "PROPN" and not hyphenated) or _acronym_of_a_description(word):
        return None
    # its head is the noun, or (a bracketed acronym) the name before it that modifies the noun
    if word.head.i != noun.i and not (word.dep_ == "appos" and word.head.head.i == noun.i):
        return None
    start = before  # back over the name's words ("New People's Army", "Lashkar-e-Islami (LEI)")
    while start > 0 and start > noun.i - 10:
        prior = doc[start - 1]
        glued = not prior.whitespace_ and prior.text not in (",", ":", ";", ".")  # "Lashkar-e-"
        # a capitalized word of the name ("Islamic State", "Shining Path"), or "of", "and" inside
        # it ("Armed Forces of Colombia (FARC)") with a capitalized word before
        capitalized = prior.text[:1].isupper() and prior.lower_ not in GENERIC_ACTOR_WORDS
        joining = prior.lower_ in _NAME_JOINERS and start >= 2 and \
            doc[start - 2].text[:1].isupper()
        if prior.lower_ in _HEDGES or not (capitalized or glued or joining or prior.text in (
                "'s", "’s")) or prior.like_num or prior.is_space:
            break
        start -= 1
    while doc[start].text in ("'s", "’s", "-", "("):
        start += 1
    return doc[start:noun.i] if doc[noun.i - 1].text == ")" else doc[start:before + 1]


_NAME_JOINERS = frozenset({"of", "and", "the", "for", "de", "del", "du", "des", "la", "al", "ibn",
                           "bin"})


def _acronym_of_a_description(word: Token) -> bool:
    """"non-state armed group (NSAG) fighters": an acronym in brackets after lower-case words
    abbreviates a description, not a group's name."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "(" and doc[word.i - 2].text.islower()


def _bare_attribution(verb: Token) -> bool:
    """A suspicion or blame with nothing after it, as an incident summary ends ("<X> was
    suspected.", "Police suspected <X>."): the report's own statement, not asked, doubted or
    denied by a clause that governs it."""
    if _negated(verb):
        return False
    if verb.dep_ in ("ROOT", "conj"):
        return True
    return verb.dep_ == "ccomp" and not _negated(verb.head) and \
        verb.head.lower_ not in _DENY_VERBS | _QUESTION_VERBS


_QUESTION_VERBS = frozenset({"asked", "ask", "asks", "wondered", "questioned", "doubted",
                             "investigating", "investigate", "probing", "unclear"})
# Head words of armed organizations' names ("the Irish National Liberation Army", "the
# Popular Front", "Los Extraditables" is none of them and is named only by a claim).
_ORGANIZATION_WORDS = frozenset({
    "army", "front", "movement", "brigade", "brigades", "organization", "organisation", "party",
    "forces", "liberation", "tigers", "mujahideen", "jihad", "cartel", "faction", "commando",
    "commandos", "underground", "resistance", "legion", "militia", "militias", "council",
    "emirate", "guard", "guards", "brotherhood", "alliance", "coalition", "command", "cells",
    "committee", "network", "battalion", "battalions", "revolutionary", "mafia", "gang",
    "clan", "syndicate", "insurgency", "jamaat", "lashkar", "jaish", "harakat", "ansar",
    "tehrik", "hizb", "kataib", "saraya", "group"})
_KNOWN_GROUP_NAMES = frozenset(name.lower() for name in GROUP_ALIASES.values())


def _organization_like(actor: Token) -> bool:
    """Whether the phrase headed by `actor` names an armed organization or a state's forces:
    an acronym, a known group, a name with an organization's head word, "South African agents"."""
    name = _name_of(actor)
    if name is None:
        return False
    words = re.findall(r"[\w'’]+", name)
    return normalize_actor(name).lower() in _KNOWN_GROUP_NAMES or any(
        w.isupper() and len(w) > 1 for w in words) or any(
        w.lower() in _ORGANIZATION_WORDS for w in words) or any(
        _national(c, actor) for c in actor.children)


def _claimed(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> claimed responsibility", "responsibility was claimed by <X>", "<X> took credit"."""
    objects = _object_words(verb) | {c.lower_ for c in verb.children if c.dep_ == "nsubjpass"}
    if verb.dep_ in ("amod", "compound") and verb.head.lower_ in _RESPONSIBILITY:
        # "released a video claiming (acknowledging) responsibility", parsed as a modifier of
        # "responsibility"
        objects.add(verb.head.lower_)
    if verb.lower_ in _ADMIT_VERBS and _admitted_act(verb):
        objects.add("attack")  # "admitted (to) kidnapping the engineers"
    if verb.lower_ in _CLAIM_VERBS and _own_act_claimed(verb):
        objects.add("attack")  # "a spokesman claimed the group had planted the explosives"
    if any(_attack_noun(o) for o in _objects(verb)):
        objects.add("attack")  # "claimed one of the blasts"
    if verb.dep_ == "relcl" and _attack_noun_above(verb.head):
        objects.add("attack")  # "the attack on a plant in Jizan, which <X> claimed"
    if verb.lower_ in _TAKE_VERBS and not objects & (_RESPONSIBILITY | {"attack"}):
        return []
    if verb.lower_ in _ANNOUNCE_VERBS and not objects & _RESPONSIBILITY:
        return []
    if verb.lower_ in _CLAIM_VERBS and ((verb.dep_ == "relcl" and _attack_noun(verb.head)) or any(
            t.lower_ == "which" for c in verb.children if c.dep_ == "nsubjpass"
            for t in c.subtree)):
        objects.add("attack")  # "two attacks, both of which were claimed by <X>"
    if verb.lower_ in _CLAIM_VERBS and not objects & (_RESPONSIBILITY | _ATTACK_NOUNS):
        return []
    if _another_occasion(verb):
        return []
    speaker = _speaker(verb)
    agents = _agents(verb)
    if not agents and verb.dep_ in ("acl", "amod", "compound") and verb.head.lower_ in _MEDIA | \
            _RESPONSIBILITY:
        # "a video claiming responsibility": whose video; none named, no claimant (the
        # phrase itself is no name, "a recording claiming ... by <X>" may be <X>'s act)
        owner = _media_owner(verb.head)
        agents = [owner] if owner is not None else []
    return [("claimed", _claiming_group(a), speaker) for a in agents]


# Words that set the claimed act apart from the report's own: "claimed a similar bombing in
# 2019", "had claimed an earlier attack on the shrine".
OTHER_OCCASION_WORDS = frozenset({"similar", "previous", "earlier", "past", "prior",
                                  "another"})


def _another_occasion(verb: Token) -> bool:
    """The claim is of another act than the report's: the claimed attack ("claimed a similar
    bombing", "responsibility for an earlier attack") is marked as another occasion."""
    acts = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    acts += [g for head in (verb, *acts) for c in head.children
             if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    marked = any(m.lower_ in OTHER_OCCASION_WORDS for a in acts if _attack_noun(a)
                 for m in a.children if m.dep_ in ("amod", "det"))
    return marked or any(_dated_long_before(c) for head in (verb, *acts) for c in head.children)


_LONG_UNITS = frozenset({"year", "years", "month", "months", "decade", "decades"})
_BEFORE_WORDS = frozenset({"last", "previous", "preceding", "prior", "ago", "earlier"})


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


def _claiming_group(head: Token) -> Token:
    """Who claims when `head` speaks: the group behind its statement or video ("a statement
    from <X>"), the group a spokesperson or media arm speaks for, else `head` itself."""
    owner = _media_owner(head)
    if owner is not None:
        return _represented(owner) or owner
    return _represented(head) or head


def _admitted_act(verb: Token) -> bool:
    """"admitted kidnapping" (xcomp), "admitted to kidnapping" (pcomp of "to")."""
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp")]
    acts += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
             for g in c.children if g.dep_ in ("pcomp", "pobj")]
    return any(_ADMITTED_ACTS.match(a.lower_) for a in acts)


def _own_act_claimed(verb: Token) -> bool:
    """"claimed the group (it, its fighters) had planted the explosives": the claimed clause
    tells the claimant's own act."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lower_ not in _OWN_ACTS:
            continue
        subject = _subject(clause)
        if subject is not None and (_of_itself(subject) or (
                subject.lower_ in ANAPHORS and any(c.lower_ == "the" for c in subject.children))):
            return True
    return False


def _represented(head: Token) -> Token | None:
    """The group a spokesperson or a media arm speaks for: "a spokesman for <X>", "<X>'s
    spokesman", "<Name>, a spokesman for <X>", "<Name>, the news agency of <X>"."""
    if head.lower_ not in _VOICES:
        head = next((c for c in head.children if c.dep_ == "appos" and c.lower_ in _VOICES),
                    head)
    if head.lower_ not in _VOICES:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            group = next((g for g in child.children if g.dep_ == "pobj"), None)
            if group is not None and _name_of(group) is not None:
                return group
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "compound" and child.pos_ == "PROPN" and head.lower_ in _SPOKESPEOPLE:
            return child  # "a Taliban spokesman"; not "the Amaq news agency", its own name
    return None


# What a group claims through: "a statement signed by <X>", "<X> posters", "a video <X>
# released claiming responsibility", "a leaflet from <X>".
_MEDIA = frozenset({"statement", "statements", "video", "videos", "letter", "letters",
                    "leaflet", "leaflets", "note", "notes", "poster", "posters", "literature",
                    "message", "messages", "communique", "communiqué", "website", "websites",
                    "post", "posting", "recording", "audio", "pamphlet", "pamphlets",
                    "banner", "banners", "flyer", "flyers", "call", "email", "e-mail",
                    "tweet", "announcement", "graffiti", "handbill", "handbills"})
_ISSUE_VERBS = frozenset({"released", "issued", "posted", "published", "sent", "circulated",
                          "distributed", "left", "put", "uploaded", "emailed", "faxed",
                          "release", "issue", "post", "publish", "send", "made"})


def _media_owner(head: Token) -> Token | None:
    """The group a claiming statement, video or leaflet is from; None if `head` is no such
    medium or names no owner."""
    if head.lower_ not in _MEDIA | _RESPONSIBILITY:
        return None
    for child in head.children:
        if child.dep_ == "acl":  # "signed by <X>", "issued by <X>"
            agent = _by_agent(child)
            if agent is not None:
                return agent
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "by"):
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and _name_of(owner) is not None:
                return owner
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
    if head.dep_ == "appos" and head.head.pos_ == "PROPN":
        return head.head  # "Communist Party of India (CPI) posters claiming ..." (parsed so)
    names = [c for c in head.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    if names:
        return names[-1]  # "Communist Party of India (CPI) posters"
    # "<X> released a video claiming responsibility": the issuer of the medium
    verb = head.head if head.dep_ in ("dobj", "obj", "npadvmod", "nsubjpass") else None
    if verb is not None and verb.lower_ in _ISSUE_VERBS:
        # "a video claiming responsibility was posted by <X>": the passive's by-agent
        return _by_agent(verb) if head.dep_ == "nsubjpass" else _subject(verb)
    return None


def _attack_noun_above(word: Token) -> bool:
    """The word or a noun it hangs on through "on"/"in"/"at" phrases is an attack: the parse
    may hang a relative clause on the place named last ("the attack on a plant in Jizan,
    which ...")."""
    for _ in range(6):
        if _attack_noun(word):
            return True
        if word.dep_ not in ("pobj", "prep"):
            return False
        word = word.head
    return False


def _attack_noun(noun: Token) -> bool:
    """"attacks", or "one of two attacks" / "both of the bombings"."""
    if noun.lower_ in _ATTACK_NOUNS:
        return True
    return any(g.lower_ in _ATTACK_NOUNS for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


def _blamed(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<S> blamed <X> for ...", "<S> blamed the attack on <X>", "it was blamed on <X>"."""
    # "blamed the attack on <X>": the "on" phrase may hang on the verb or on its object.
    scope = [verb, *_objects(verb)]
    on = [g for head in scope for c in head.children if c.dep_ == "prep" and c.lower_ == "on"
          for g in c.children if g.dep_ == "pobj"]
    speaker = _subject(verb) or _by_agent(verb)
    if on:
        return [("blamed", target, speaker) for target in on]
    blamed = [o for o in _objects(verb) if o.lower_ not in _ATTACK_NOUNS]
    if not _objects(verb) and not _phrases(verb, "for") and speaker is None and \
            _bare_attribution(verb):
        # "<X> was blamed.", "<X> was initially blamed, but ...": a summary's bare blame, of
        # an organization only
        return [("blamed", x, None) for x in verb.children if x.dep_ == "nsubjpass"
                and any(map(_organization_like, _conjuncts(x)))]
    if not blamed and any(g.lower_ in _ATTRIBUTED_ACTS or g.dep_ == "pcomp"
                          for c in _phrases(verb, "for") for g in c.children):
        # "<X> were blamed (by the army) for the attack": the passive's subject, or its
        # conjunct's ("<X> was singled out and blamed for the massacre")
        holder = verb.head if verb.dep_ == "conj" else verb
        blamed = [c for c in verb.children if c.dep_ == "nsubjpass"] or [
            c for c in holder.children if c.dep_ == "nsubjpass"]
    return [("blamed", x, speaker) for x in blamed]


def _responsible(word: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> was responsible / behind it / involved", as said or believed by someone."""
    held = _held_responsible(word)
    if held is not None:
        return held
    copula = word.head if word.dep_ in ("acomp", "prep", "advmod", "attr", "oprd") else word
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return []
    governor = copula.head if copula.dep_ in ("ccomp", "xcomp", "advcl") else None
    kind: ClaimKind = "blamed"
    speaker: Token | None = None
    if governor is not None and governor.lower_ in _SAY_VERBS | _OWN_ACT_TELLERS and \
            not _negated(governor) and not _said_not(copula) and \
            all(_of_itself(s) for s in subjects):
        # "<X> said it was responsible for the raid": a group speaking of itself claims it
        teller = _subject(governor)
        if teller is None or _official(teller) or not _for_an_attack(word):
            return []
        return [("claimed", _claiming_group(teller), None)]
    if governor is not None and governor.lower_ in _SUSPECT_VERBS:
        kind, speaker = "suspected", _reporter(governor)
    elif governor is not None and governor.lower_ in _SAY_VERBS:
        speaker = _reporter(governor)
        if _hedged(copula, word):
            kind = "suspected"  # "sources said <X> was likely (may have been) responsible"
        elif speaker is not None and _messenger(speaker) and _for_an_attack(word):
            # "a caller said the <X> was responsible for it", "... said the group was": the
            # group the caller speaks for
            kind, subjects = "claimed", [_spoken_for(speaker) or s if _anaphoric(s) else s
                                         for s in subjects]
            speaker = None
    elif copula.lower_ in _SUSPECT_VERBS or any(
            c.lower_ in _SUSPECT_VERBS for c in copula.children if c.dep_ in ("aux", "auxpass")):
        kind = "suspected"
    else:
        believed = _passive_belief(copula)
        if believed is None and not (_for_an_attack(word) and _main_clause(copula)):
            # A bare "X was behind the wall" is not a claim, nor "rejected suggestions that X
            # was behind the blast" (a clause of someone else's words).
            return []
        # "<X> was responsible for the bombing", "<X> was behind the car bomb": the report's
        # own attribution, with no one named who makes it.
        kind = "suspected" if believed is not None or _hedged(copula, word) else "blamed"
    if _said_not(copula) or (governor is not None and _negated(governor)):
        return []
    return [(kind, s, speaker) for s in subjects]


def _hedged(copula: Token, word: Token) -> bool:
    """"<X> was likely (probably, possibly) responsible", "<X> may have been behind it"."""
    return any(c.dep_ in ("advmod", "acomp") and c.lower_ in _HEDGE_ADVERBS
               for c in (*copula.children, *word.children)) or any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in copula.children)


# What a group is said to be responsible for or behind: an attack, not "security" or "a wall".
_ATTRIBUTED_ACTS = _ATTACK_NOUNS - {"it"} | frozenset({
    "incident", "incidents", "bomb", "bombs", "death", "deaths", "murder", "murders",
    "abduction", "abductions", "hijacking", "violence", "attempt", "plot", "firing", "shelling",
    "looting", "sabotage"})


def _main_clause(verb: Token) -> bool:
    """The sentence's own assertion: its root, or a clause coordinated with the root."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _for_an_attack(word: Token) -> bool:
    """"responsible for the bombing", "behind the car bomb" (an attack is what it is about)."""
    if word.lower_ == "behind":
        objects = [c for c in word.children if c.dep_ == "pobj"]
    else:
        objects = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
                   for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ in _ATTRIBUTED_ACTS for o in objects)


_MEMBER_WORDS = frozenset({"member", "members"})
# Whose membership says who attacked: the attackers (`ATTACKER_NOUNS`), not "the arrested
# people" or the victims.
_BELONG_VERBS = frozenset({"belonged", "belong", "belongs", "belonging"})
_HEDGES = frozenset({"suspected", "alleged", "presumed", "purported", "believed"})
_HEDGE_ADVERBS = frozenset({"allegedly", "reportedly", "possibly", "probably", "likely",
                            "apparently", "presumably", "purportedly", "suspected"})


def _members(word: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """The attackers' group: "the gunmen were suspected members of <X>", "the assailants were
    believed to be members of <X>", "police said the attackers belonged to <X>". Only of the
    attackers: "members of Parliament condemned the attack" names no perpetrator."""
    groups = [_called(g) or g for c in word.children if c.dep_ == "prep" and c.lower_ == (
              "to" if word.lower_ in _BELONG_VERBS else "of")
              for g in c.children if g.dep_ == "pobj"]
    if not groups:
        return []
    if word.lower_ in _BELONG_VERBS:
        verb, who = word, _subject(word)
    elif word.dep_ == "attr":  # "were (believed to be) members of <X>"
        verb, who = word.head, _subject(word.head)
        if who is None and word.head.dep_ == "xcomp":
            who = next((c for c in word.head.head.children if c.dep_ == "nsubjpass"), None)
    else:
        return []
    if who is None or who.lower_ not in ATTACKER_NOUNS or _said_not(verb):
        return []  # "Members of Parliament", "the victims were members of ..."
    groups = [g for g in groups if not _a_place(g)]
    believed = verb.head if verb.dep_ == "xcomp" and verb.head.lower_ in _SUSPECT_VERBS else None
    hedged = believed is not None or any(c.dep_ == "amod" and c.lower_ in _HEDGES
                                         for c in word.children)
    governor = verb.head if verb.dep_ in ("ccomp", "advcl") else None
    if governor is None:
        return [("suspected" if hedged else "blamed", g, None) for g in groups]
    if _negated(governor):
        return []
    if governor.lower_ in _SUSPECT_VERBS:
        return [("suspected", g, _reporter(governor)) for g in groups]
    if governor.lower_ in _SAY_VERBS | _CLAIM_VERBS:
        return [("suspected" if hedged else "blamed", g, _reporter(governor)) for g in groups]
    return []  # "did not speculate if the men were members of X", "asked whether ..."


def _a_place(group: Token) -> bool:
    """"The suspect belongs to Khanewal": a town (or country) one is from names no group."""
    from storyline.extract.gazetteer import fold, load_gazetteer

    name = _name_of(group)
    return name is not None and bool(load_gazetteer().lookup(fold(name)))


_PLAY_VERBS = frozenset({"play", "played", "plays", "playing"})
_ROLE_NOUNS = frozenset({"role", "part", "hand"})
_HALLMARKS = frozenset({"hallmarks", "hallmark", "signature", "fingerprints"})
_MODALS = frozenset({"may", "might", "could", "must"})


def _played_a_role(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<S> suggested that X may have played a role in the bombing": a suspicion, when a verb
    of belief governs it or a modal hedges it; a bare "X played a role in the talks" is not."""
    subject = _subject(verb)
    in_attack = any(g.lower_ in _ATTACK_NOUNS for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "in" for g in c.children)
    if subject is None or not in_attack:
        return []  # "played a role in brokering the deal" tells no attack
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    if governor is not None and _negated(governor):
        return []
    if governor is not None and governor.lower_ in _SUSPECT_VERBS:
        return [("suspected", subject, _reporter(governor))]
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        speaker = _reporter(governor) if governor is not None and \
            governor.lower_ in _SAY_VERBS else None
        return [("suspected", subject, speaker)]
    return []


def _hallmarks(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"the attack bore the hallmarks of X", "had X's fingerprints on it": suspected X, by whoever
    says or suggests so."""
    verb = noun.head
    subject = _subject(verb)
    if noun.dep_ not in ("dobj", "obj", "attr") or _negated(verb) or subject is None or \
            subject.lower_ not in _ATTACK_NOUNS | {"blast", "blasts", "bomb", "bombs"}:
        return []  # "the painting bore the hallmarks of Vermeer" tells no attack
    owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in noun.children if c.dep_ == "poss"]
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    speaker = _reporter(governor) if governor is not None and \
        governor.lower_ in _SAY_VERBS | _SUSPECT_VERBS else None
    return [("suspected", owner, speaker) for owner in owners]


def _passive_belief(copula: Token) -> Token | None:
    """"<X> is believed (thought, suspected) to be behind it": the copula is the xcomp of a
    passive verb of belief whose subject is <X>."""
    head = copula.head if copula.dep_ == "xcomp" else None
    if head is not None and head.lower_ in _SUSPECT_VERBS:
        return head
    return None


def _official(speaker: Token) -> bool:
    """Investigators, detectives, a ministry: an official whose "they" or "its men" is not
    a group speaking of itself ("investigators say they shot seven people" means the suspects).
    A name ("the Red Delta Army") or a spokesperson (whose group `_represented` finds) is not."""
    return speaker.pos_ != "PROPN" and speaker.lower_ not in _VOICES and (
        speaker.lower_ in OFFICIAL_WORDS or speaker.lower_.removesuffix("s") in OFFICIAL_WORDS)


def _of_itself(subject: Token) -> bool:
    """A group speaking of itself: "it", "they", "we", "its fighters", "their men", "the
    group's fighters"."""
    return subject.lower_ in _OWN_SUBJECTS or any(
        c.dep_ == "poss" and (c.lower_ in _OWN_SUBJECTS or (c.lower_ in ANAPHORS and any(
            d.lower_ == "the" for d in c.children if d.dep_ == "det")))
        for c in subject.children)


def _own_claim(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> said it (its fighters) carried out the attack": a group speaking of itself is a
    claim; "police believed <X> carried out the attack" a suspicion, "police said <X> carried
    it out" a blame."""
    subject = _subject(verb)
    governor = verb.head if verb.dep_ in ("ccomp",) else None
    if subject is None or governor is None:
        return []
    if verb.lower_ == "blew" and not any(c.dep_ == "prt" and c.lower_ == "up"
                                         for c in verb.children):
        return []  # "blew up the pipeline", not "the wind blew"
    own = _of_itself(subject)
    if own and governor.lower_ in _SAY_VERBS | _OWN_ACT_TELLERS:
        speaker = _subject(governor)
        if speaker is None:
            return []
        group = _claiming_group(speaker)
        # "Investigators say they shot seven people": an official's "they" is the suspects.
        return [] if _official(speaker) else [("claimed", group, None)]
    if own or verb.lower_ not in _CARRIED_OUT:
        return []
    if governor.lower_ in _SUSPECT_VERBS:
        return [("suspected", subject, _reporter(governor))]
    if governor.lower_ in _SAY_VERBS:
        reporter = _reporter(governor)
        # "a caller to the daily said the <X> group had carried out the bombing": an anonymous
        # call or a communique naming the doers is the group's claim
        kind: ClaimKind = "claimed" if _messenger(reporter) else "blamed"
        if reporter is not None and kind == "claimed" and _anaphoric(subject):
            subject = _spoken_for(reporter) or subject  # "the group" the caller speaks for
        return [(kind, subject, None if kind == "claimed" else reporter)]
    return []


# How a group claims anonymously: a call to a newspaper, a communique, a leaflet, a note.
_MESSENGERS = frozenset({"caller", "callers", "communique", "communiqué", "communiques",
                         "leaflet", "leaflets", "pamphlet", "pamphlets", "note", "notes"})


def _messenger(speaker: Token | None) -> bool:
    return speaker is not None and speaker.lower_ in _MESSENGERS


def _spoken_for(messenger: Token) -> Token | None:
    """"a caller claiming to speak for (represent) <X>": the group the messenger names."""
    return next((t for t in messenger.subtree if t.pos_ == "PROPN" and t.dep_ in ("pobj", "dobj")
                 and t.head.lower_ in ("for", "represent", "representing")), None)


# "<the attack> was the work (handiwork) of <X>".
_WORK_NOUNS = frozenset({"work", "handiwork"})


def _work_of(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"The shooting was the work of the <X> gang, the police chief said", "the bombing was
    likely the handiwork of <X>": the act's author is blamed, or suspected when hedged or
    believed."""
    copula = noun.head
    if noun.dep_ != "attr" or _negated(copula):
        return []
    act = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if act is None or not (_attack_noun(act) or act.lower_ in _ATTRIBUTED_ACTS):
        return []
    authors = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    hedged = _hedged(copula, noun)
    governor = copula.head if copula.dep_ in ("ccomp", "xcomp") else None
    if governor is None:  # "..., the police chief said" hangs the saying on the copula
        governor = next((c for c in copula.children if c.dep_ in ("parataxis", "ccomp")
                         and c.lower_ in _SAY_VERBS | _SUSPECT_VERBS), None)
    speaker = None
    if governor is not None and _negated(governor):
        return []
    if governor is not None and governor.lower_ in _SUSPECT_VERBS | _SAY_VERBS:
        hedged = hedged or governor.lower_ in _SUSPECT_VERBS
        speaker = _subject(governor)
    return [("suspected" if hedged else "blamed", a, speaker) for a in authors]


# "Police have linked <X> to the bombing", "<X> was tied to the blast by investigators".
_LINK_VERBS = frozenset({"linked", "link", "links", "tied", "tie", "ties", "connected",
                         "connect", "connects"})


def _linked_to(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """One who links <X> to an act blames <X> for it; a passive link with no one named as
    making it ("<X> has been linked to the attack") is a suspicion."""
    acts = [g for c in _phrases(verb, "to") for g in c.children if g.dep_ == "pobj"]
    if not any(_attack_noun(a) or a.lower_ in _ATTRIBUTED_ACTS for a in acts) or \
            _negated(verb):
        return []
    def a_party(word: Token) -> bool:  # not "the slaying was connected to another killing"
        return not (_attack_noun(word) or word.lower_ in _ATTRIBUTED_ACTS
                    or word.lower_.endswith("ing"))

    if _objects(verb):
        return [("blamed", x, _subject(verb)) for x in _objects(verb) if a_party(x)]
    agent = _by_agent(verb)
    linked = [c for c in verb.children if c.dep_ == "nsubjpass" and a_party(c)]
    return [("blamed" if agent is not None else "suspected", x, agent) for x in linked]


# --------------------------------------------------------------------------- slots


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    # Every subject the parse gives, not only the first: in "X (FARC)was suspected ...,
    # however no one claimed responsibility" a glued word leaves "claimed" two subjects.
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [
        s for s in (_subject(verb),) if s is not None]
    return any(subject.lower_ in ("no", "nobody", "none", "neither")
               or any(c.lower_ in ("no", "neither") for c in subject.children if c.dep_ == "det")
               for subject in subjects)


def _said_not(verb: Token) -> bool:
    """Negated in its own words ("X was not responsible", "neither group was behind it"), not
    by a conjunct's ("No group claimed it, but X was thought responsible")."""
    return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and any(
        d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children))
        for c in verb.children)


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def _reporter(verb: Token) -> Token | None:
    """Who says or believes: "officials said they believed X was responsible" is the
    officials' belief, not "they"."""
    subject = _subject(verb)
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp" and \
            verb.head.lower_ in _SAY_VERBS | _SUSPECT_VERBS:
        return _subject(verb.head) or subject
    return subject


def _by_agent(verb: Token) -> Token | None:
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"), None)


def _phrases(verb: Token, preposition: str) -> list[Token]:
    """`verb`'s phrases of `preposition`, and those the small parser hangs on the noun of its
    by-agent instead ("blamed by police for the shooting", "accused by residents of looting",
    "identified by investigators as the culprits")."""
    agent = _by_agent(verb)
    heads = (verb,) if agent is None else (verb, agent)
    return [c for head in heads for c in head.children
            if c.dep_ == "prep" and c.lower_ == preposition]


def _agents(verb: Token) -> list[Token]:
    """Who did the claiming: the active subject, or the by-agent of a passive."""
    agent = _by_agent(verb)
    if agent is not None:
        return [agent]
    subject = _subject(verb)
    if subject is not None and subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
            and (verb.lower_ in _CLAIM_VERBS | _TAKE_VERBS or _answers_an_accusation(verb)):
        # "blamed <X>, which denied any role", "the <X>, which claimed the attack": <X>; not an
        # act that "claimed" lives, nor a witness who "denied that any fights happened"
        antecedent = _relative_antecedent(verb)
        if not (_attack_noun(antecedent) or antecedent.lower_ in _ATTRIBUTED_ACTS):
            subject = antecedent
    elif subject is not None and _anaphoric(subject) and verb.dep_ == "conj":
        # "<X> was blamed, but the group denied it": the group of the clause it answers
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        and _name_of(c) is not None), subject)
    if subject is not None and subject.lower_ in _GENERIC_HEADS:
        # "The separatist group Dawn Riders claimed": parsed as two subjects, the name second
        named = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i
                      and c.pos_ in ("PROPN", "NOUN") and _name_of(c) is not None), None)
        subject = named or subject
    return [subject] if subject is not None else []


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def _object_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("dobj", "obj", "attr")} | {
        g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children
        if g.dep_ == "pobj"}


def _speaker(verb: Token) -> Token | None:
    """The subject of the reporting verb that governs the clause, if any."""
    head = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and head.lower_ in _SAY_VERBS | _SUSPECT_VERBS:
        return _subject(head)
    return None


# --------------------------------------------------------------------------- names


def _claim(kind: ClaimKind, actor: Token | Span, speaker: Token | None, sentence: Sentence,
           antecedent: Antecedent | None) -> Claim | None:
    if _is_span(actor):
        return _claim_named(kind, actor.text, speaker, sentence)
    head = cast("Token", actor)
    name = _name_of(head)
    if name is None and antecedent is not None and _anaphoric(head):
        name = antecedent(sentence.start)
    if name is None:
        return None
    return _claim_named(kind, name, speaker, sentence)


def _claim_named(kind: ClaimKind, name: str, speaker: Token | None, sentence: Sentence
                 ) -> Claim | None:
    normalized = normalize_actor(name)
    if not normalized or normalized.lower() in NON_ACTORS or \
            not_a_perpetrator(normalized):
        return None
    return Claim(actor=name, actor_normalized=normalized, kind=kind, evidence=sentence.text,
                 start=sentence.start, end=sentence.end,
                 source=_phrase(speaker) if speaker is not None else None)


def _anaphoric(head: Token) -> bool:
    """"It claimed", "the group said it carried out": a claimant named before."""
    if head.lower_ in ("it", "they"):
        return True
    return head.lower_ in ANAPHORS and any(c.lower_ in ("the", "this", "that") for c in
                                           head.children if c.dep_ == "det")


def _name_of(head: Token) -> str | None:
    """The claimant's name as written, when the phrase names someone: "The National Liberation
    Army (NLA)", "Boko Haram militants", "Iran". None for "gunmen", "unknown attackers"."""
    called = _called(head)
    if called is not None:
        return _name_of(called)
    if head.lower_ in ("we", "us"):  # "We, the Sons of the Valley, take responsibility"
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return _name_of(appos) if appos is not None else None
    tokens = _name_tokens(head)
    # Not the head's own possessive ending: "Boko Haram's spokesman" names "Boko Haram".
    words = [t for t in tokens
             if t.dep_ != "det" and not (t.dep_ == "case" and t.head.i == head.i)]
    if not words:
        return None
    if head.lower_ in _PERSON_NOUNS and head.pos_ != "PROPN":
        return None  # "a Merritt Island man", "a 16-year-old Cleveland boy", "Bryson's son"
    named = [t for t in words if t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1)
             or t.lower_ in GROUP_ALIASES or _national(t, head)]
    if not named or (head.lower_ in _GENERIC_HEADS and head.pos_ != "PROPN" and not named):
        return None
    if head.pos_ == "PRON":
        return None
    text = head.doc[words[0].i:words[-1].i + 1].text.strip(" ,.;:\"'“”")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    if text.count("(") > text.count(")"):
        text += ")"  # "The National Liberation Army (NLA)"
    return text


# A state's armed forces, named by the nation's adjective: "Russian forces", "the Congolese army".
_STATE_FORCES = frozenset({"forces", "troops", "army", "military", "soldiers", "navy", "police",
                           "warplanes", "jets", "aircraft", "drones", "artillery", "gunboats",
                           # a state's secret hands: "South African agents were suspected"
                           "agents", "operatives", "spies", "intelligence", "commandos"})


def _national(word: Token, head: Token) -> bool:
    """A capitalized adjective before a state's forces names the state ("Russian forces",
    "Ethiopian troops"); not the sentence's first word, capitalized anyway."""
    return word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.i == head.i and \
        head.lower_ in _STATE_FORCES and word.text[:1].isupper() and \
        word.i > word.sent.start


# People told by what they are, where they are from or whose kin they are: a capitalized word
# before them is a place or a name of someone else, not theirs ("a Merritt Island man", "a
# former Army soldier", "Bryson's son"). Members of a group ("Boko Haram fighters") are not here.
_PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "men", "women", "boys", "girls", "teen", "teenager",
    "teens", "teenagers", "youth", "resident", "residents", "native", "son", "daughter",
    "father", "mother", "husband", "wife", "brother", "sister", "uncle", "nephew", "cousin",
    "neighbor", "neighbour", "student", "driver", "veteran", "soldier", "officer", "deputy",
    "trooper", "guard", "worker", "employee", "teacher", "pastor", "priest",
    "couple", "mom", "dad", "grandfather", "grandmother", "boyfriend", "girlfriend"})


_NAMING_VERBS = frozenset({"calling", "called", "known", "named", "dubbed", "styling",
                           "styled", "describing", "described", "calls", "call", "names",
                           "styles", "describes"})


def _called(head: Token) -> Token | None:
    """"a group calling itself the Red Dawn Brigade", "an organization known as Black Flag":
    the name a generic noun gives itself or is given."""
    if head.lower_ not in _GENERIC_HEADS and head.lower_ not in ANAPHORS:
        return None
    # "the militant group Boko Haram", "the rebel movement, the Sons of the Valley,": a generic
    # noun with its name in apposition.
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and not c.is_upper and head.doc[c.left_edge.i - 1].text != "("), None)
    if named is not None and head.pos_ != "PROPN":  # not "Popular Resistance Movement (Egypt)"
        return named
    own_name = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)
    for verb in head.children:
        # "a group calling itself <X>", "an outfit that calls itself <X>"
        if verb.dep_ not in ("acl", "relcl") or verb.lower_ not in _NAMING_VERBS or (
                own_name and verb.lower_ == "known"):
            continue  # "the Maute group, also known as <Y>": named already, <Y> an alias
        itself = any(c.lower_ in ("itself", "themselves") for c in verb.children)
        for child in verb.children:
            if child.dep_ in ("oprd", "attr", "xcomp") and child.pos_ == "PROPN":
                return child
            if itself and child.dep_ == "dobj" and child.pos_ == "PROPN":
                return child  # "a cell that names itself the Hidden Hand" (parsed so)
            if child.dep_ == "prep" and child.lower_ == "as":
                return next((g for g in child.children if g.dep_ == "pobj"
                             and g.pos_ == "PROPN"), None)
    return _group_of_members(head)


# What ties people to their group: "a cell linked to <X>", "fighters loyal to <X>", "cadres
# suspected to belong to <X>", "gunmen affiliated with <X>".
_TIE_WORDS = frozenset({"linked", "tied", "connected", "affiliated", "allied", "loyal",
                        "belonging", "attached", "suspected", "believed", "thought"})
_BELONG_WORDS = frozenset({"belong", "belonging", "be"})
# Who a group's members are called: "members of <X>", "rebels of <X>", "<X> guerrillas".
_MEMBER_NOUNS = frozenset({"members", "member", "fighters", "guerrillas", "guerillas",
                           "militants", "rebels", "insurgents", "cadres", "militiamen",
                           "elements", "jihadists", "combatants", "operatives", "commandos",
                           "loyalists", "gunmen", "cell", "unit", "units"})
# Bodies whose members are no armed group's: "Members of Parliament attacked the bill".
_NOT_ARMED_BODIES = frozenset({"parliament", "congress", "senate", "assembly", "council",
                               "community", "public", "family", "board", "staff", "church",
                               "club", "team", "cabinet", "committee", "press", "clergy"})


def _group_of_members(head: Token) -> Token | None:
    """The group whose members (or a cell or fighters tied to it) the phrase names: "members
    of the M-19", "rebels of the Lord's Resistance Army", "a cell linked to <X>", "cadres
    suspected to belong to <X>". None when no named group is given."""
    if head.lower_ not in _MEMBER_NOUNS:
        return None
    groups = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ == "in" and g.right_edge.i + 1 == c.i
           for g in groups for c in head.children):
        return None  # "elements of the Islamic State in the Greater Sahara": one name, whole
    for tie in head.children:
        if tie.dep_ in ("acl", "amod", "relcl") and tie.lower_ in _TIE_WORDS:
            groups += _tied_groups(tie)
    return next((g for g in groups if g.lower_ not in _NOT_ARMED_BODIES and (
        g.pos_ == "PROPN" or (g.text[:1].isupper() and _name_of(g) is not None))), None)


_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an"})
_NAME_PARTICLES = frozenset({"de", "du", "des", "del", "della", "di", "da", "do", "dos", "la",
                             "le", "los", "las"})


def _without_clauses(token: Token) -> list[Token]:
    """`token`'s subtree without the clauses hung on it: "the Liberation Tigers of Tamil Eelam,
    which denied the charge" names the Tigers, not what they did."""
    clauses = {d.i for t in token.subtree if t.i != token.i and (
        t.dep_ in ("relcl", "acl") or (t.dep_ == "appos" and not t.is_upper))
        for d in t.subtree}
    return [t for t in token.subtree if t.i not in clauses]


def _name_tokens(head: Token) -> list[Token]:
    """The head with its compounds, modifiers, "of"/"in" name parts and a bracketed acronym,
    without relative clauses, appositions of other kinds or trailing verbs."""
    keep = {head.i}
    for child in head.children:
        name_part = child.dep_ == "prep" and child.lower_ in ("of", "in", "for", "al") and any(
            t.pos_ == "PROPN" for t in child.subtree) and (child.lower_ != "in" or all(
                g.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in g.children)
                for g in child.children if g.dep_ == "pobj"))
        # ("al-Qaeda in the Arabian Peninsula" is one name; "Boko Haram in Rann town",
        # "Hezbollah in Syria and Arsal" are a group and where it is)
        if (child.dep_ == "amod" and child.lower_ in _RESPONSIBLE_WORDS) or \
                (child.dep_ == "poss" and child.pos_ == "PRON"):
            continue  # "held [the X] responsible for ...", "their Siara Group"
        if child.dep_ in ("compound", "amod", "det", "nmod", "poss", "case", "flat") or \
                name_part:
            keep.update(t.i for t in _without_clauses(child))
        elif child.dep_ == "appos" and child.is_upper:
            keep.add(child.i)  # "(NLA)"
    start, end = min(keep), max(keep)
    doc = head.doc
    # Words written together are one name: "al-Shabaab" is three tokens.
    while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text != "(":
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text not in (
            ")", ",", ".", ";", ":", "'s", "’s"):
        end += 1
    # "Ansar al-Islam", "Jaish al-Adl": an Arabic article joined to the next name goes with it,
    # and a name opening with such an article has the capitalized word before it ("Jabhat
    # al-Sahel" when the parse heads the name at "Sahel").
    while end + 3 < len(doc) + 1 and end + 2 < len(doc) and \
            doc[end + 1].lower_ in _ARABIC_ARTICLES and \
            doc[end + 2].text == "-" and end + 3 < len(doc) and doc[end + 3].pos_ == "PROPN":
        end += 3
    # "Front de Liberation du Macina", "Front de la Corse": a French, Spanish or Portuguese
    # particle and the capitalized word after it continue the name (the parser hangs them
    # apart, as an apposition or a place).
    while True:
        after = end + 1
        while after < len(doc) and after - end <= 2 and doc[after].lower_ in _NAME_PARTICLES:
            after += 1
        if after == end + 1 or after >= len(doc) or not doc[after].text[:1].isupper():
            break
        end = after
    if 0 < start < len(doc) - 1 and doc[start].lower_ in _ARABIC_ARTICLES and \
            doc[start + 1].text == "-" and doc[start - 1].pos_ == "PROPN" and \
            doc[start - 1].text[:1].isupper():
        start -= 1
    return [head.doc[i] for i in range(start, end + 1)
            if head.doc[i].dep_ != "punct" or head.doc[i].text in ("-", "'", "’")]


def _phrase(token: Token) -> str:
    # Not an act the parse hung on the phrase: "suspected by police in the bombing" -> police.
    acts = {t.i for c in token.children if c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lower_ in _ATTRIBUTED_ACTS for g in c.children)
        for t in c.subtree}
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl", "acl") and t.i not in acts]
    left = min(t.i for t in tokens)
    right = max(t.i for t in tokens)
    text = token.doc[left:right + 1].text
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE).strip(" ,.;")
