"""Slots of a claim sentence's dependency parse: a verb's subject, objects, by-agent and
prepositional phrases, whether it is negated or hedged, who reports it, and whether a noun names
an attack. The readers of claims_structure.py ask these; none of them reads a name (that is
claims_actors.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING, TypeGuard

from storyline.extract.claims_lexicon import (
    ACCUSE_VERBS,
    ADMITTED_ACT_STEMS,
    ARMS_NOUNS,
    ATTACK_NOUNS,
    ATTRIBUTE_VERBS,
    ATTRIBUTED_ACTS,
    BLAME_VERBS,
    CAPTIVE_NOUNS,
    DENY_VERBS,
    FINDING_VERBS,
    HABIT_ADVERBS,
    HABIT_PERIODS,
    HEDGE_ADVERBS,
    MODALS,
    NOT_ACT_VERBS,
    OWN_ACT_VERBS,
    PLACING_VERBS,
    QUESTION_VERBS,
    SAY_VERBS,
    SUSPECT_VERBS,
    WEAPON_NOUNS,
)
from storyline.extract.places import opens_as_dateline
from storyline.extract.places_context import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
PRONOUN_OBJECTS = frozenset({"it", "this", "that", "them"})


def acronym_closing(last: Token) -> int | None:
    """Where the bracketed acronym right after `last` closes ("... Liberty (ETA)"), if any."""
    doc = last.doc
    end = max(t.i for t in last.subtree if t.text != ")")
    at = end if last.is_upper and doc[last.i - 1].text == "(" else end + 2
    if at < len(doc) and doc[at - 1].text == "(" and doc[at].is_upper and \
            at + 1 < len(doc) and doc[at + 1].text == ")":
        return at + 1
    return None


def is_span(actor: Token | Span) -> TypeGuard[Span]:
    """A name read as a span of words rather than a phrase's head (spaCy is imported for
    typing only, so no isinstance)."""
    return not hasattr(actor, "dep_")


def conjuncts_of(actor: Token) -> list[Token]:
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


def relative_antecedent(clause: Token) -> Token:
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


def answers_an_accusation(deny: Token) -> bool:
    """"blamed <X>, which denied it", "<X> was blamed, but the group denied it": a denial of
    "it" in a relative clause on the accused, or coordinated with the accusation, denies the
    act it was accused of (a bare "<X> denied it" may deny anything)."""
    accusing = BLAME_VERBS | ACCUSE_VERBS | ATTRIBUTE_VERBS | SUSPECT_VERBS
    if deny.dep_ == "conj":
        return deny.head.lower_ in accusing
    if deny.dep_ != "relcl":
        return False
    # the accused; up through appositions and phrases to the verb
    for word in islice(up_the_clause(deny.head, _TO_THE_ACCUSATION, 5), 1, None):
        if word.pos_ in ("VERB", "AUX"):
            return word.lower_ in accusing
    return False


_TO_THE_ACCUSATION = frozenset({"dobj", "obj", "pobj", "nsubjpass", "appos", "conj", "prep"})


def up_the_clause(word: Token, through: frozenset[str], steps: int) -> Iterator[Token]:
    """`word`, then its heads while the word reached hangs on its head by one of the relations
    `through`, `steps` words at most: the chain the readers climb from a predicate to the verb
    or noun that frames it (a finding, a belief, an accusation)."""
    for _ in range(steps):
        yield word
        if word.dep_ not in through or word.head.i == word.i:
            return
        word = word.head


def bare_attribution(verb: Token) -> bool:
    """A suspicion or blame with nothing after it, as an incident summary ends ("<X> was
    suspected.", "Police suspected <X>."): the report's own statement, not asked, doubted or
    denied by a clause that governs it."""
    if negated(verb):
        return False
    if verb.dep_ in ("ROOT", "conj"):
        return True
    return verb.dep_ == "ccomp" and not negated(verb.head) and \
        verb.head.lower_ not in DENY_VERBS | QUESTION_VERBS


def headline_patient(verb: Token) -> Token | None:
    """The subject of a headline's participle without its auxiliary ("<X> blamed for attack on
    mosque", "<X> accused of bombing hotel", "<X> suspected in shrine blast"), which the parse
    takes for an active past with no object: a verb of blaming needs the one it blames as its
    object, so without one, and with no auxiliary, its subject is the one blamed (also before
    its teller: "<X> suspected in blast, police say"). None when the verb has an object or an
    auxiliary, or is not its sentence's main verb."""
    told = verb.dep_ == "ccomp" and verb.head.lower_ in SAY_VERBS and verb.head.i > verb.i
    # (a one-liner's label: "Nigeria: <X> blamed for ...", the clause hung on the label)
    labelled = verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and any(
        t.text == ":" for t in verb.doc[verb.head.i + 1:verb.i])
    if (verb.dep_ != "ROOT" and not told and not labelled) or \
            verb.tag_ not in ("VBD", "VBN") or negated(verb) or any(
            c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def attack_noun_above(word: Token) -> bool:
    """The word or a noun it hangs on through "on"/"in"/"at" phrases is an attack: the parse
    may hang a relative clause on the place named last ("the attack on a plant in Jizan,
    which ...")."""
    for _ in range(6):
        if is_attack_noun(word):
            return True
        if word.dep_ not in ("pobj", "prep"):
            return False
        word = word.head
    return False


def is_attack_noun(noun: Token) -> bool:
    """"attacks", or "one of two attacks" / "both of the bombings"."""
    if noun.lower_ in ATTACK_NOUNS:
        return True
    return any(g.lower_ in ATTACK_NOUNS for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")


def is_hedged(copula: Token, word: Token) -> bool:
    """"<X> was likely (probably, possibly) responsible", "<X> may have been behind it"."""
    return any(c.dep_ in ("advmod", "acomp") and c.lower_ in HEDGE_ADVERBS
               for c in (*copula.children, *word.children)) or any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in copula.children)


def is_main_clause(verb: Token) -> bool:
    """The sentence's own assertion: its root, or a clause coordinated with the root."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def for_an_attack(word: Token) -> bool:
    """"responsible for the bombing", "behind the car bomb", "responsible for leaving a pipe
    bomb" (an attack is what it is about)."""
    if word.lower_ == "behind":
        objects = [c for c in word.children if c.dep_ == "pobj"]
    else:
        objects = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
                   for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return any(o.lower_ in ATTRIBUTED_ACTS or (o.dep_ == "pcomp" and is_act_gerund(o))
               for o in objects)


_ACT_GERUND = re.compile(rf"^(?:{ADMITTED_ACT_STEMS})\w*ing$")
_PLACING_GERUNDS = frozenset({"leaving", "placing", "planting", "laying", "throwing", "hurling",
                              "lobbing", "rigging", "setting"})


def is_act_gerund(word: Token) -> bool:
    """"killing the judge", "carrying out the raid", "leaving a pipe bomb", "setting fire to":
    a gerund that tells an act (one of placing only with a weapon or fire for its object)."""
    if word.lower_ in _PLACING_GERUNDS:
        placed = {c.lower_ for c in word.children if c.dep_ in ("dobj", "obj")}
        return bool(placed & (WEAPON_NOUNS | {"fire"}))
    return _ACT_GERUND.match(word.lower_) is not None


def passive_belief(copula: Token) -> Token | None:
    """"<X> is believed (thought, suspected) to be behind it": the copula is the xcomp of a
    passive verb of belief whose subject is <X>."""
    head = copula.head if copula.dep_ == "xcomp" else None
    if head is not None and head.lower_ in SUSPECT_VERBS:
        return head
    return None


def negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    # Every subject the parse gives, not only the first: in "X (FARC)was suspected ...,
    # however no one claimed responsibility" a glued word leaves "claimed" two subjects.
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [
        s for s in (subject_of(verb),) if s is not None]
    return any(subject.lower_ in ("no", "nobody", "none", "neither")
               or any(c.lower_ in ("no", "neither") for c in subject.children if c.dep_ == "det")
               for subject in subjects)


def said_not(verb: Token) -> bool:
    """Negated in its own words ("X was not responsible", "neither group was behind it"), not
    by a conjunct's ("No group claimed it, but X was thought responsible")."""
    return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and any(
        d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children))
        for c in verb.children)


def entry_label_end(doc: Doc) -> int:
    """Where a live page's entry label ends ("UPDATE 6:20 p.m.:", "Latest 14:30 -", "12:40
    GMT -", "- 09:00:"), the index of the first word after it; 0 without one. The parse hangs
    the label on the entry's verb as its subject or takes it into the name after it."""
    label = _ENTRY_LABEL.match(doc.text)
    if label is None:
        return 0
    return next((t.i for t in doc if t.idx >= label.end()), len(doc))


# An update's word, a clock time (its zone), or both, then the colon, dash or bar that closes
# the label; a bullet may open it. (A word alone needs a colon: "Breaking Dawn Front claimed".)
_ENTRY_TIME = r"(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+(?:GMT|UTC|[A-Z]{2,4}T))?"
_ENTRY_LABEL = re.compile(
    r"\s*(?:[-•*]\s+)?(?:(?:UPDATED?|Updated?|LATEST|Latest|BREAKING|Breaking|LIVE|Live"
    rf"|DEVELOPING|Developing)(?:\s+{_ENTRY_TIME})?|{_ENTRY_TIME})\s*(?::|-|–|—|\|)\s")


def _dateline(word: Token) -> bool:
    """"TEHRAN, Sept 9 (Reuters) -": a capitalized place opening a wire story, before a comma;
    or a place in any case heading the sentence before its agency (in brackets or after a
    comma) and the dash or colon that closes a dateline ("Kabul, 14 September (Pajhwok):",
    "Port Sudan (SUNA) -", "Rabat (MAP) -", "Tehran, IRNA --": agency English), which the
    parse takes for a subject too; or a word of a live page's entry label ("UPDATE 6:20 p.m.:
    A faction ... said")."""
    if word.i < entry_label_end(word.doc):
        return True
    if word.i == 0 and word.text.isupper() and len(word.text) > 2 and \
            word.i + 1 < len(word.doc) and word.doc[word.i + 1].text in (",", "-", "—"):
        return True
    text = word.doc.text
    opening = _NAME_OPENING.match(text) if word.i <= 3 else None
    if opening is None:
        return False
    closed = _AGENCY_CLOSED.match(text, opening.end())
    # the place or the agency after it ("Nairobi, Xinhua --": the parse may take either)
    return closed is not None and word.idx < closed.end() and \
        opens_as_dateline(text, Mention(0, opening.end(), (), None))


# A place's name opening the sentence ("Kabul", "Port Sudan"), and what closes an agency's
# dateline after it: the agency in brackets, then a dash or a colon; or the agency's name after
# a comma without brackets ("Tehran, IRNA --", "Kabul, Bakhtar:", "Ankara, AA -"). (A name and
# its bracketed acronym with no dash after it, "Hamas (HMS) claimed", is no dateline.)
_NAME_OPENING = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
# (the day may come between the place and the agency, and a full stop after the bracket:
# "Moscow, 9 July, Interfax —", "Kinshasa, 9 December (ACP).-")
_AGENCY_CLOSED = re.compile(
    r"(?:,[^()]{2,30})?\s*\([^()]{2,30}\)\.?\s*(?::|-|–|—)"
    r"|(?:,[^,()]{2,20})?,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*(?::|--?|–|—)")


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; of two, not a dateline the parse takes for one ("TEHRAN, Sept 9
    (Reuters) - The Revolutionary Guards said"); a dateline that is the only subject, the name
    the parse hangs on it in apposition ("PESHAWAR, Sept 6 - A faction of <Y>, <X>, said")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and _dateline(subjects[0]):
        subjects = subjects[1:]
    subject = next(iter(subjects), None)
    if subject is not None and _dateline(subject):
        subject = next((c for c in reversed(list(subject.subtree))
                        if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject


def passive_subjects(verb: Token) -> list[Token]:
    """The passive verb's subjects, without the dateline's place and agency the parse takes for
    subjects too ("Moscow, 9 July, Interfax - Militants of <X> are suspected"): then the phrase
    the parse hangs on the dateline in apposition."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    named = [c for c in subjects if not _dateline(c)]
    if named or not subjects:
        return named
    return [c for c in reversed(list(subjects[-1].subtree)) if c.dep_ == "appos"][:1]


def reporter_of(verb: Token) -> Token | None:
    """Who says or believes: "officials said they believed X was responsible" is the
    officials' belief, not "they"."""
    subject = subject_of(verb)
    if subject is not None and subject.pos_ == "PRON" and verb.dep_ == "ccomp" and \
            verb.head.lower_ in SAY_VERBS | SUSPECT_VERBS:
        return subject_of(verb.head) or subject
    return subject


def by_agent(verb: Token) -> Token | None:
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"), None)


def by_agents(verb: Token) -> list[Token]:
    """Every by-agent of a passive: "claimed by <X> and, hours later, by <Y>", "first by <X> and
    then by <Y>" (an adverb between the two gives the second "by" its own phrase, or the
    parse coordinates it with the verb or hangs it on the verb as a plain phrase)."""
    phrases = [c for c in verb.children if c.dep_ == "agent"]
    if phrases:
        phrases += [c for c in verb.children if c.dep_ in ("conj", "prep") and c.lower_ == "by"]
    return [g for c in phrases for g in c.children if g.dep_ == "pobj"]


def phrases_of(verb: Token, preposition: str) -> list[Token]:
    """`verb`'s phrases of `preposition`, and those the small parser hangs on the noun of its
    by-agent instead ("blamed by police for the shooting", "accused by residents of looting",
    "identified by investigators as the culprits")."""
    agent = by_agent(verb)
    heads = (verb,) if agent is None else (verb, agent)
    return [c for head in heads for c in head.children
            if c.dep_ == "prep" and c.lower_ == preposition]


def is_act_verb(verb: Token) -> bool:
    """The verb tells a violent act that a group can own or be blamed for: one of
    `OWN_ACT_VERBS` ("blew" and "blown" only with "up": not "the wind blew"), a verb of placing
    or throwing with a weapon for its object or passive subject ("placed the bomb", "a grenade
    was hurled"), or "set fire to"."""
    lower = verb.lower_
    if lower in ("blew", "blown"):
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    if lower in OWN_ACT_VERBS:
        return True
    if lower in PLACING_VERBS:
        placed = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")}
        if verb.dep_ == "acl":
            placed.add(verb.head.lower_)  # "a bomb planted at the courthouse by <X>"
        return bool(placed & ARMS_NOUNS)
    # (and "opened fire on": the shooting's own verb phrase)
    return lower in ("set", "sets", "opened", "opens", "open") and "fire" in object_words(verb)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A decade: "in the 1980s", "during the '90s".
_DECADE = re.compile(r"^(?:(?:19|20)\d0|'\d0)s$")


def dated_to_a_year(predicate: Token) -> bool:
    """"in 2019 <X> claimed an assault on the same post", "<X>, which claimed a bombing at a
    church in 2017", "massacres since 2014 that the army has blamed on <X>": an act dated by a
    bare year is background, another occasion than the one reported (news dates its own event
    by day or month, not by a bare year)."""
    heads = [predicate, *objects_of(predicate)]
    if predicate.dep_ in ("relcl", "ccomp"):
        heads.append(predicate.head)  # the act a relative clause is about, the clause's frame
    heads += [g for h in list(heads) for c in h.children if c.dep_ == "prep"
              and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ in ("in", "since", "during") and any(
            g.dep_ == "pobj" and (_YEAR.match(g.text) or _DECADE.match(g.text))
            for g in c.children) for h in heads for c in h.children):
        return True
    if any(c.dep_ in ("nummod", "compound", "amod", "nmod") and _YEAR.match(c.text)
           for h in heads[1:] for c in h.children):
        return True  # "claimed the 2014 school massacre": the act named by its year
    # "During 2021 officials attributed ...": a year opening the clause, however it is parsed
    for word in reversed(predicate.doc[max(0, predicate.i - 12):predicate.i]):
        if word.text in (";", ":"):
            return False
        if word.lower_ in ("in", "since", "during") and word.i + 2 < len(word.doc) and (
                _YEAR.match(word.doc[word.i + 1].text) or _DECADE.match(word.doc[word.i + 1].text)
                or _DECADE.match(word.doc[word.i + 2].text)):
            return True  # ("In the 1980s, <X> blew up pylons")
    return False


# Verbs by which a court, a tribunal or an inquiry finds who did an act.
_FINDING_VERBS = FINDING_VERBS | frozenset({"held", "holds", "adjudged", "judged", "convicted",
                                            "deemed"})


def found_by_a_finding(predicate: Token) -> bool:
    """The attribution is the main finding of a court or an inquiry ("the court found that <X>
    was responsible for the 2010 bombing", "an inquiry concluded that the 1998 blast had been
    carried out by <X>"): a follow-up report's own news, about an act of an earlier year, is no
    background (`dated_to_a_year`)."""
    return any(word.lower_ in _FINDING_VERBS and word.pos_ in ("VERB", "AUX") and
               word.dep_ in ("ROOT", "conj", "ccomp")
               for word in up_the_clause(predicate, _TO_THE_FINDING, 4))


_TO_THE_FINDING = frozenset({"ccomp", "acomp", "oprd", "xcomp", "conj", "attr", "auxpass"})


def habitual(predicate: Token) -> bool:
    """"<X>, which frequently claims attacks", "routinely blew up pylons": a habit of the
    group, told with an adverb of frequency or, in the simple present, of a bare plural ("claims
    attacks in Somalia"), not the act the report tells."""
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in predicate.children):
        return True
    # ... or with a period of a habit ("has in the past claimed its attacks", "has claimed
    # such raids over the years", "in recent years")
    if any(c.dep_ == "prep" and c.lower_ in ("in", "over") and any(
            p.dep_ == "pobj" and p.lower_ in HABIT_PERIODS for p in c.children)
            for c in predicate.children):
        return True
    return predicate.tag_ in ("VBZ", "VBP") and any(
        o.tag_ == "NNS" and o.lower_ in ATTACK_NOUNS and not any(
            c.dep_ in ("det", "poss", "nummod") for c in o.children)
        for o in objects_of(predicate))


_PAST_TAGS = frozenset({"VBD", "VBN"})


def told_own_act(verb: Token) -> bool:
    """A verb that can tell a group's own act in its statement, whatever the verb: in the past
    ("struck", "had punished"), done to something (an object or a particle: "sabotaged two
    wellheads", "blew up", "set off the bomb"), and of none of the classes that tell no act
    (`NOT_ACT_VERBS`: saying, judging, wanting, organizing, defending, helping); or holding
    captives ("said it was holding the hostages")."""
    lower = verb.lower_
    if verb.pos_ != "VERB" or lower in NOT_ACT_VERBS:
        return False
    if lower in PLACING_VERBS:
        return is_act_verb(verb)  # "planted trees", "had thrown flowers": only with a weapon
    objects = objects_of(verb)
    if lower in ("holding", "held", "holds"):
        return any(o.lower_ in CAPTIVE_NOUNS for o in objects)
    if verb.tag_ not in _PAST_TAGS or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(o.lower_ in ("nothing", "nobody", "none") or any(
            d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in objects):
        return False  # "killed no one", "played no part": no act done
    return bool(objects) or any(c.dep_ == "prt" for c in verb.children)


def objects_of(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("dobj", "obj")]


def object_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("dobj", "obj", "attr")} | {
        g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children
        if g.dep_ == "pobj"}


def saying_governor(verb: Token) -> Token | None:
    """The verb whose content the clause `verb` heads ("<X> said [its men struck]"), if any:
    the head of a complement clause; for a second act of the same subject ("said its men
    blocked the road and torched two lorries"), the first's; for a complement clause the
    parse hangs on the last noun as a relative one or as the noun's own ("wrote in an email to
    the paper [that it had slashed the tyres]", "said in a statement [that cells of <X> were
    behind it]": "that" is no relative pronoun there, the clause has its own subject), the
    verb above the noun's phrase; for a cleft ("[it was us] who downed the helicopter"), the
    governor of the copula."""
    if verb.dep_ == "ccomp":
        if verb.head.lower_ in FINDING_VERBS and not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return None  # "police found a boy shot": a thing found, no finding of who did it
        return verb.head
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and (not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)):
        # (or a second "that" clause of the same saying: "concluded that the blaze was set and
        # that <X> was most likely responsible")
        return verb.head.head
    if verb.dep_ not in ("relcl", "acl"):
        return None
    subject = subject_of(verb)
    if verb.dep_ == "relcl" and subject is not None and subject.lower_ in RELATIVE_PRONOUNS:
        antecedent = _cleft_focus(verb.head)  # "it was us who ...", "ours was the hand that"
        copula = antecedent.head
        if antecedent.dep_ == "attr" and copula.dep_ == "ccomp":
            return copula.head
        return None
    if subject is None or not any(c.lower_ == "that" and c.dep_ == "mark" for c in verb.children):
        return None
    word = verb.head
    for _ in range(8):  # up the noun's phrases: "in [a pamphlet [left [at the scene]]]"
        if word.pos_ in ("VERB", "AUX") and word.dep_ != "acl":
            return word
        word = word.head
    return None


def own_clause_subject(verb: Token) -> Token | None:
    """The subject of `verb`, a relative pronoun taken back to what it stands for in a cleft
    ("it was [us] who downed", "[ours] was the hand that struck", "it was [our fighters] who")."""
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return subject
    antecedent = _cleft_focus(verb.head)
    if antecedent.dep_ != "attr":
        return subject
    corrected = _corrected_focus(antecedent)
    if corrected is not None:
        return corrected  # "it was not the army but <Y> that shelled": <Y>
    copula_subject = subject_of(antecedent.head)
    if copula_subject is not None and copula_subject.lower_ in ("ours", "theirs"):
        return copula_subject  # "ours was the hand that"
    return antecedent  # "it was us (our men, a child) who": the doer, not the expletive "it"


def _cleft_focus(antecedent: Token) -> Token:
    """The copula's complement a cleft's relative clause hangs on: the word itself, or for a
    corrected focus ("it was not the army but a group called <Y> that shelled"), the first
    conjunct, which the copula governs."""
    if antecedent.dep_ == "conj" and antecedent.head.dep_ == "attr" and any(
            c.dep_ == "cc" and c.lower_ == "but" for c in antecedent.head.children):
        return antecedent.head
    return antecedent


def _corrected_focus(focus: Token) -> Token | None:
    """<Y> of a negated cleft's "not <X> but <Y>": the doer the copula's complement corrects."""
    if not negated(focus.head) or not any(c.dep_ == "cc" and c.lower_ == "but"
                                          for c in focus.children):
        return None
    return next((c for c in focus.children if c.dep_ == "conj"), None)


def cleft_denied(verb: Token) -> bool:
    """"It was not <X> that carried out the raid": a negated cleft, whose focus <X> is said not
    to be the doer (not "it was not <X> but <Y> that ...", whose <Y> is)."""
    subject = subject_of(verb)
    if verb.dep_ != "relcl" or subject is None or subject.lower_ not in RELATIVE_PRONOUNS:
        return False
    focus = _cleft_focus(verb.head)
    return focus.dep_ == "attr" and focus.head.pos_ == "AUX" and negated(focus.head) and \
        _corrected_focus(focus) is None


def speaker_of(verb: Token) -> Token | None:
    """The subject of the reporting verb that governs the clause, if any."""
    head = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and head.lower_ in SAY_VERBS | SUSPECT_VERBS:
        return subject_of(head)
    return None
