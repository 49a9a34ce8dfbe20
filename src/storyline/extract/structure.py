"""Casualty counts read from a sentence's dependency parse: who was killed or hurt is the object
of an active verb, the subject of a passive one or of "die", never the agent; a number belongs to
the noun it modifies; coordination adds, apposition restates, "including" nests.

`read_casualties(parse)` returns one `Reading` per casualty predicate whose victims it can count.
The surface linker (counts.py) stays the first reader; counts.py takes these readings where the
surface rules found nothing in the sentence, or where the structure shows they misread it (see
`merge_readings` there). Each reading names the linguistic rule that produced it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from storyline.extract.fatal_share import SHARE_NUMBER_WORDS, dead_of_share
from storyline.extract.numbers import ORDINALS, Quantity, find_quantities, parse_number
from storyline.extract.triggers import (
    ANIMAL_NOUNS,
    BODY_PARTS,
    EUPHEMISM_PREFIXES,
    names_people,
)
from storyline.records import Qualifier

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["SURVIVORS_DETAIL", "Reading", "animal_spans", "earlier_counts", "misread_spans",
           "mourner_spans", "read_casualties", "relative_clause_spans", "subset_spans",
           "suicide_attackers"]

Role = str  # "victims" | "perpetrators" | "security_forces"


@dataclass(frozen=True, slots=True)
class Reading:
    """People counted for one casualty predicate; offsets are relative to the sentence."""

    category: str  # killed | injured
    value: int
    qualifier: Qualifier
    low: int | None
    high: int | None
    start: int
    end: int
    role: Role
    rule: str
    includes_perpetrator: bool = False  # "16 people, including the bomber, were killed"


# Word forms, not lemmas: the parser runs without a lemmatizer (it is the slowest part).
_KILL_PREFIXES = ("kill", "murder", "assassinat", "behead", "decapitat", "massacr", "slaughter",
                  "lynch", "execut", "neutralis", "neutraliz", "liquidat", "eliminat",
                  "annihilat", "exterminat")
# Military euphemisms that kill only people: "neutralised 12 insurgents", not "neutralised the
# bomb" or "a threat".
# "Liquidated" is the same euphemism in agency text translated from Russian ("four militants
# who offered armed resistance were liquidated"), never "liquidated the company".
# "Eliminated", "annihilated" and "exterminated" are the same euphemisms of military
# communiques ("four militants were eliminated"), never of players eliminated from a contest.
_EUPHEMISM_PREFIXES = EUPHEMISM_PREFIXES
# "hanged" is the execution sense of "hang" ("was hanged by a mob"); "hung" is not.
# "martyred" is the killing of South Asian and Arabic-language press ("two policemen were
# martyred"); the noun "Martyrs" names squares and brigades and is no verb.
_KILL_FORMS = frozenset({"slay", "slays", "slew", "slain", "slaying", "hanged", "martyred",
                         "martyring"})
_DIE_FORMS = frozenset({"die", "died", "dies", "dying", "perish", "perished", "perishes",
                        "succumbed", "succumb", "succumbs", "drowned", "drown", "drowns"})
_INJURE_PREFIXES = ("injur", "wound", "maim")
_INJURE_FORMS = frozenset({"hurt"})
# Participles that, as the state someone is found in, mean dead: "found hanged", "discovered
# strangled"; not "found stabbed" or "found beaten", which people survive.
_FOUND_DEAD_FORMS = frozenset({"hanged", "strangled", "decomposed", "lifeless", "drowned"})
_FOUND_VERBS = frozenset({"found", "discovered", "recovered", "located"})
# Verbs of finding a corpse: "his body was recovered" reports one death.
# Verbs that put their subject in the state of their complement: "is found dead", "lay dead".
_STATE_VERBS = _FOUND_VERBS | frozenset({"lay", "lies", "lying", "is", "was", "were", "are",
                                         "remained", "remains", "left"})
_BODY_VERBS = frozenset({"found", "find", "finds", "discovered", "discover", "recovered",
                         "recover", "retrieved", "retrieve", "pulled", "exhumed", "located",
                         "dumped", "identified", "washed"})
_BODY_NOUNS = frozenset({"body", "corpse", "remains", "bodies", "corpses"})
# Verbs of violence that kill only with "dead", "to death" or "fatally".
# Present and progressive forms too: incident notes are often written in the present ("a
# mob beats to death a man").
_SHOOT_FORMS = frozenset({"shot", "shoot", "shoots", "shooting", "stabbed", "stab", "stabs",
                          "stabbing", "beaten", "beat", "beats", "beating", "hacked", "hack",
                          "hacks", "hacking", "burned", "burnt", "burn", "burns", "burning",
                          "gunned", "clubbed", "stoned", "stone", "stones", "stoning",
                          "strangled", "battered", "bludgeoned", "trampled", "crushed",
                          "tortured", "tortures", "starved", "choked", "kicked", "whipped",
                          "flogged", "slashed", "slash", "slashes", "slashing"})
_HYPOTHETICAL_AUX = frozenset({"could", "would", "might", "may", "should"})
_INTENT_HEADS = frozenset({"threaten", "threatened", "threatens", "threatening", "plan",
                           "planned", "plans", "planning", "try", "tried", "tries", "trying",
                           "attempt", "attempted", "attempts", "attempting", "vow", "vowed",
                           "aim", "aimed", "intend", "intended", "want", "wanted", "seek",
                           "sought", "plot", "plotted", "fail", "failed", "fear", "feared",
                           # what an act or a thing is for or apt to do, not what it did:
                           # "designed to kill", "in a way likely to injure or kill"
                           "designed", "meant", "calculated", "likely", "unlikely", "liable",
                           "apt", "prone", "capable",
                           # the other forms of the same intents, fronted as a participle
                           # ("Hoping to seize and kill the witness, the mob marched ...")
                           "hope", "hoped", "hopes", "hoping", "intending", "intends",
                           "seeking", "seeks", "aiming", "aims", "wanting", "wants",
                           "plotting", "plots", "vowing", "vows"})
# Verbs that keep an event from happening: "prevented a mob from lynching a thief", "foiled a
# plot to kill the governor", "thwarted an attempt to assassinate a judge". Nobody died.
_PREVENTION_HEADS = frozenset({
    "prevent", "prevented", "prevents", "preventing", "stop", "stopped", "stops", "stopping",
    "keep", "kept", "keeps", "bar", "barred", "block", "blocked", "restrain", "restrained",
    "deter", "deterred", "dissuade", "dissuaded", "save", "saved", "spare", "spared",
    "foil", "foiled", "foils", "thwart", "thwarted", "thwarts", "avert", "averted",
    "frustrate", "frustrated", "prevention"})
# Nouns of an intended, not a done, act: "a plot to kill", "an attempt to assassinate".
_INTENT_NOUNS = frozenset({"plot", "plots", "attempt", "attempts", "bid", "plan", "plans",
                           "effort", "efforts", "threat", "threats", "conspiracy", "scheme"})
# Escaping or surviving a death: "escaped being killed", "cheated death", "survived".
_ESCAPE_PREFIXES = ("escap", "cheat", "surviv", "evad", "avoid", "defied", "defy", "dodg")
# An accusation that describes a person tells of another event's dead when the sentence has
# deaths of its own: "a man suspected of killing two officers was shot dead" reports one
# death. As the main clause ("the suspect is accused of killing his four children") or as the
# sentence's only deaths ("a man arrested for killing his neighbour was freed on bail") it is
# the report of those deaths.
_ACCUSATION_HEADS = frozenset({"suspected", "accused", "convicted", "charged", "blamed",
                               "jailed", "sentenced", "arrested", "wanted"})
_CAPTIVE_WORDS = frozenset({"hostages", "captives", "abductees", "kidnappees"})
_ORDINALS = frozenset(ORDINALS)
_GROUP_NOUNS = frozenset({"family", "group", "crew", "team", "party", "couple", "pair"})
# Words for a band of people counted in their "of" phrase: "a squad of two gunmen"
_BAND_NOUNS = frozenset({"group", "team", "crew", "party", "cell", "squad", "band", "unit",
                         "gang"})
_PERPETRATOR_NOUNS = frozenset({
    "bomber", "bombers", "attacker", "attackers", "assailant", "assailants", "gunman",
    "gunmen", "shooter", "shooters", "perpetrator", "perpetrators", "hijacker", "hijackers",
    "kidnapper", "kidnappers", "terrorist", "terrorists", "suspect", "suspects",
})
# Words for the attackers a definite plural may refer back with ("the attackers" after "three
# militants").
_ATTACKER_WORDS = _PERPETRATOR_NOUNS | frozenset({
    "militants", "insurgents", "raiders", "bandits", "robbers", "jihadists", "extremists"})
_SECURITY_NOUNS = frozenset({
    "soldier", "soldiers", "troops", "troop", "policeman", "policemen", "police", "officer",
    "officers", "trooper", "troopers", "guard", "guards", "servicemen", "serviceman",
    "marines", "marine", "gendarmes", "gendarme", "personnel", "commandos", "paratroopers",
})
# Person nouns a parsed noun may be but the surface lists cannot trust, since they are as often
# verbs or adjectives ("to judge", "the principal cause", "head to"). The rest are
# triggers.names_people's one list.
_NOUN_ONLY_PERSON_WORDS = frozenset({"head", "judge", "cook", "principal"})
_NOT_PEOPLE = frozenset({"attack", "attacks", "explosion", "blast", "fire", "incident",
                         "clash", "clashes", "violence", "bomb", "bombing", "shooting",
                         "others", "people", "persons", "number", "lives", "life", "toll"})
# Nouns of places, which the parser may coordinate with a victim named before an address.
_PLACE_KINDS = frozenset({"province", "provinces", "district", "districts", "municipality",
                          "region", "state", "county", "city", "town", "village", "department",
                          "governorate", "prefecture", "oblast", "neighborhood", "neighbourhood",
                          "area", "country", "island", "sector", "suburb", "township"})
_NONE_WORDS = frozenset({"no", "none", "nobody", "noone"})


def read_casualties(parse: Doc, earlier: Mapping[str, int] | None = None) -> list[Reading]:
    """Every countable casualty predicate of one parsed sentence. `earlier` maps plural nouns
    counted in the sentences before it to their number ("Three assailants attacked a patrol."
    gives {"assailants": 3}), for the definite plurals that refer back to them ("The
    assailants were killed")."""
    parse.user_data[_EARLIER] = earlier or {}
    readings: list[Reading] = []
    for token in parse:
        category = _predicate_category(token)
        if category is None or _hypothetical(token) or (
                category == "injured" and _wounded_who_died(token)):
            continue
        found = list(_victims_of(token, category, parse))
        readings.extend(_split_by_fatal_share(token, found) if category == "injured" else found)
    # One span two predicates read as both dead and hurt ("the six" killed, and hurt "in
    # addition to" them) is the dead: a person is counted once, by the graver state. (The
    # survivors of a partitive below share its span by design.)
    dead_spans = {(r.start, r.end) for r in readings if r.category == "killed"}
    readings = [r for r in readings
                if r.category != "injured" or (r.start, r.end) not in dead_spans]
    readings.extend(_toll_subjects(parse))
    readings.extend(_survivors_of_partitive(parse))
    readings.extend(_self_inflicted_wounds(parse))
    bodies = [r for r in readings if r.rule == BODY_RULE and r.value == 1]
    if bodies and any(r.category == "killed" and r.rule != BODY_RULE for r in readings):
        # "the president was killed and his body was found": the body is a victim counted
        readings = [r for r in readings if r not in bodies]
    elif len(bodies) > 1:
        # "the body of a hawker was found ..., his body was found on 8 May": one body, twice
        # (by identity: the two readings of one body are equal values)
        readings = [r for r in readings if not any(r is b for b in bodies[1:])]
    return readings


BODY_RULE = "body found"
# The rest of the people wounded when a share of them died ("six shot, two fatally"): they are
# the survivors, so totals do not take the dead from them again.
SURVIVORS_DETAIL = "shot and survived"


def _wounded_who_died(participle: Token) -> bool:
    """"A man wounded in a shooting last week has died", "a teenager who was shot at a party
    died of his wounds": the wounding describes the subject of a death, so the wounded are
    among the dead, not besides them."""
    if participle.dep_ not in ("acl", "relcl"):
        return False
    person = participle.head
    # "Two of five guards wounded in the ambush died": a share died, the rest are hurt
    # (_whole_of_partitive)
    return person.dep_ in ("nsubj", "nsubjpass") and \
        _predicate_category(person.head) == "killed" and _partitive(person) is None


def misread_spans(parse: Doc) -> list[tuple[int, int]]:
    """Character ranges (sentence-relative) where a number is not a count of the dead or hurt
    even though a casualty word is near: the agent of an active casualty verb ("six gunmen
    killed a trader") and the breakdown of a counted phrase ("40 people, 6 soldiers and 34
    civilians, were killed"; "11 people, including 7 officers, died")."""
    spans: list[tuple[int, int]] = _escape_subject_spans(parse)
    for token in parse:
        category = _predicate_category(token)
        if category is None:
            continue
        children = list(token.children)
        if token.dep_ in ("amod", "acl") and token.head.pos_ in ("NOUN", "PROPN") and \
                _kin_of_the_dead_act(token.head):
            spans.append(_subtree_span(token.head))  # "relatives of a murdered trader"
            continue
        intransitive = token.lower_ in _DIE_FORMS or token.lower_ in _DEAD_STATES or \
            _passed_away(token) or (token.lower_ in _MARTYRDOM_VERBS and _lost_life(token))
        if _hypothetical(token):  # "could have killed hundreds": nothing is counted there
            # a state's subject hangs on its copula: "whether their son was dead or alive"
            state = token.dep_ in ("acomp", "attr", "oprd") and token.head.pos_ == "AUX"
            spans.append(_subtree_span(token.head if state else token))
            continue
        if _combined_casualties(token):  # "40 were killed and injured": not 40 dead
            subjects = [c for c in children if c.dep_ == "nsubjpass"] or (
                [c for c in token.head.children if c.dep_ == "nsubjpass"]
                if token.dep_ == "conj" else [])
            spans.extend(_subtree_span(c) for c in subjects)
        if not intransitive and _telegraphic_dead(token) is None and any(
                c.dep_ in ("dobj", "obj") and not _parenthesized(c)
                and not _headline_second_clause(token, c) for c in children):
            subjects = [c for c in children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ == "conj":  # "three men shot and killed a trader"
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            spans.extend(_subtree_span(c) for c in subjects)
        for slot in _slots(token):
            if slot.dep_ in ("nsubjpass", "nsubj", "dobj"):
                # "the <Name> 5 police chief": the digit is part of a name
                spans.extend((t.idx, t.idx + len(t.text)) for t in slot.subtree
                             if t.tag_ == "CD" and _numbered_name(t, slot))
            if slot.dep_ in ("nsubjpass", "nsubj", "dobj") and _number_on(slot) is not None:
                spans.extend(_subtree_span(c) for c in slot.children if c.dep_ == "appos" or (
                    c.dep_ == "prep" and c.lower_ in ("including", "among")))
    return spans


# Nouns of a death or of its rites, as the object of a verb: "mourned his death", "are
# investigating the death of a man", "attended the burial of the two brothers".
_DEATH_OBJECT_NOUNS = frozenset({"death", "deaths", "killing", "killings", "murder", "murders",
                                 "execution", "lynching", "assassination", "burial", "burials",
                                 "funeral", "funerals"})
# Verbs whose subject does die by its death object: "five miners met their deaths", "found
# their death", "suffered the death of two men" (a side's loss), "faced death".
_DYING_WITH_DEATH_OBJECT = frozenset({"meet", "met", "meets", "meeting", "find", "found",
                                      "finds", "finding", "suffer", "suffered", "suffers",
                                      "suffering", "face", "faced", "faces", "facing"})


def mourner_spans(parse: Doc) -> list[tuple[int, int]]:
    """The subjects of a verb whose object is a death or its rites ("Thousands of people
    mourned his death", "Three detectives are investigating the death of a man", "Six
    relatives witnessed his death", "About 200 people attended the burial"): mourners,
    witnesses, investigators, not the dead. Not "Five miners met their deaths"."""
    spans: list[tuple[int, int]] = []
    for token in parse:
        if token.lower_ not in _DEATH_OBJECT_NOUNS or token.dep_ not in ("dobj", "obj") or \
                token.pos_ != "NOUN":
            continue
        verb = token.head
        if verb.lower_ in _DYING_WITH_DEATH_OBJECT or verb.pos_ not in ("VERB", "AUX") or \
                _predicate_category(verb) is not None:
            continue
        if not any(c.dep_ in ("det", "poss") for c in token.children) and all(
                parse[i].head.i == token.i for i in range(verb.i + 1, token.i)):
            continue  # "One reported death", "Six reported combatant deaths": a participle
            # the parser took for the verb of the number
        # not a subject holding a casualty word of its own ("A range of forty to sixty reported
        # dead in a clash ... - the source records the deaths", parsed as one clause)
        spans.extend(_subtree_span(c) for c in verb.children if c.dep_ == "nsubj" and not any(
            _predicate_category(t) is not None for t in c.subtree))
    return spans


def animal_spans(parse: Doc) -> list[tuple[int, int]]:
    """Character ranges (sentence-relative) of the animals a casualty predicate tells of ("the
    blast killed a donkey", "a dog that bit a deputy is dead"): no count of people touches
    them."""
    return [_subtree_span(slot) for token in parse if _predicate_category(token) is not None
            for slot in _slots(token)
            if slot.dep_ in ("nsubjpass", "nsubj", "dobj") and slot.lower_ in ANIMAL_NOUNS]


def relative_clause_spans(parse: Doc) -> list[tuple[int, int]]:
    """Character ranges (sentence-relative) of the relative clauses on a casualty predicate's
    subject ("The gunman who opened fire on two officers is dead", "the driver who hit two
    pedestrians has died"): a reading that starts with a number inside one and runs on to the
    predicate took the clause's object for the subject. What the clause itself tells ("the
    gunman who killed two officers") is read inside it."""
    return [_subtree_span(clause) for token in parse if _predicate_category(token) is not None
            for slot in _slots(token) if slot.dep_ in ("nsubj", "nsubjpass")
            for clause in slot.children if clause.dep_ == "relcl"]


def _slots(predicate: Token) -> list[Token]:
    """The words a casualty predicate's people may stand in: its children and, for a state
    ("Two officials, a mayor and a clerk, were found dead"), the subject of its verb."""
    slots = list(predicate.children)
    if predicate.lower_ in _DEAD_STATES and predicate.dep_ in ("oprd", "acomp", "xcomp"):
        slots += [c for c in predicate.head.children if c.dep_ in ("nsubjpass", "nsubj")]
    return slots


def subset_spans(parse: Doc) -> list[tuple[int, int]]:
    """Character ranges of bare numbers that tell how many of a counted object ("killing 21
    people, 17 instantly"; "killed twelve villagers, beheading three"): not more people."""
    return [_subtree_span(t) for t in parse if t.like_num and t.dep_ in ("dobj", "obj", "appos")
            and (_subset_object(t) or _manner_subset(t))]


def _manner_subset(number: Token) -> bool:
    """"killed twelve villagers, beheading three": a bare number, object of a participle clause
    of a killing verb with a counted object of its own, tells how some of them died."""
    clause = number.head
    if clause.tag_ != "VBG" or clause.dep_ != "advcl" or \
            _predicate_category(clause.head) != "killed" or \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children):
        return False
    value = parse_number(number.text)
    counted = next((c for c in clause.head.children if c.dep_ in ("dobj", "obj")), None)
    total = _number_on(counted) if counted is not None else None
    return value is not None and total is not None and value < total


def _parenthesized(token: Token) -> bool:
    """A phrase in brackets ("2 killed (the bombers)") says who, it is no verb's object."""
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text == "("


def _subtree_span(token: Token) -> tuple[int, int]:
    tokens = list(token.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def suicide_attackers(parse: Doc) -> int:
    """How many attackers died by their own device, as the sentence states: "a suicide bomber
    detonated" (1), "two suicide bombers" (2), "blew himself up" (1). 0 when none."""
    best = 0
    for token in parse:
        lower = token.lower_
        if lower == "suicide" and token.head.lower_.rstrip("s") in ("bomber", "attacker"):
            head = token.head
            acting = head if head.dep_ != "appos" else head.head
            verb = acting.head
            if head.dep_ == "appos" and head in _fronted_apposition(head.sent.root):
                acting, verb = head, head.sent.root  # "In <Town>, <Region>, a suicide bomber
                # detonated": the bomber hung on the place is the verb's subject
            elif acting.dep_ == "dep" and (acting.left_edge.i == 0
                                           or parse[acting.left_edge.i - 1].is_punct):
                # the parser left a clause-initial "A suicide bomber on a motorbike detonated
                # ..." unattached: the first set-off verb after it is what it did
                verb = next((t for t in parse[acting.i + 1:] if t.lower_ in _SET_OFF_VERBS
                             or t.lower_ == "blew"), acting)
                if verb is acting:
                    continue
            elif acting.dep_ == "compound" and acting.head.lower_ in _SET_OFF_VERBS:
                verb = acting.head  # "Two suicide bombers detonate at a mosque": the verb
                # tagged as a noun the bombers modify
            elif acting.dep_ == "pobj" and acting.head.dep_ == "agent" and \
                    _predicate_category(acting.head.head) is not None:
                # "were killed ... by two female suicide bombers": the agent of the casualties
                best = max(best, _number_on(head) or (2 if head.tag_ == "NNS" else 1))
                continue
            # Only an attacker who acted: the subject of an active verb ("a suicide bomber
            # detonated"), not one arrested, stopped or mentioned ("arrested a suicide bomber").
            elif acting.dep_ not in ("nsubj", "ROOT"):
                continue
            if acting.dep_ == "compound" and not any(c.dep_ == "nsubj" for c in verb.children):
                best = max(best, _number_on(head) or _number_before_compound(head)
                           or (2 if head.tag_ == "NNS" else 1))
                continue
            if _negated_or_failed(verb) or verb.lower_ in _STOPPED_VERBS or (
                    verb.i != acting.i and _passive(verb)):
                continue
            # "suicide bombers" with no number are at least two
            best = max(best, _number_on(head) or (2 if head.tag_ == "NNS" else 1))
        elif lower in ("himself", "herself", "themselves") and token.head.lower_ in (
                "blew", "blown", "detonated", "exploded"):
            best = max(best, 1 if lower != "themselves" else 2)
        elif lower == "suicide" and token.head.dep_ in ("dobj", "obj") and \
                token.head.head.lower_ in _SET_OFF_VERBS:
            best = max(best, _device_users(token.head.head))
    return best


def _number_before_compound(head: Token) -> int | None:
    """"Two Boko Haram suicide bombers": the number hung on a name before the noun."""
    first = head.left_edge
    return parse_number(first.text) if first.tag_ == "CD" else None


# Verbs whose subject sets off or drives a device: with a suicide device as the object ("four
# militants detonated a suicide truck bomb", "a man drove a suicide car bomb into the gate"),
# the subject died by it.
_SET_OFF_VERBS = frozenset({"detonated", "detonate", "detonates", "detonating", "drove",
                            "driving", "rammed", "ramming", "exploded", "triggered"})


def _device_users(verb: Token) -> int:
    """How many people the subject of an active verb is: its number ("four militants"), or one
    for a singular noun ("a militant"); 0 when unsaid ("militants", "they") or negated."""
    if _negated_or_failed(verb) or _passive(verb):
        return 0
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in _SECURITY_SUBJECTS:
        return 0
    number = _number_on(subject)
    if number is not None:
        return number
    if (subject.tag_ == "NN" and _has_det(subject, "a", "an", "the")) or \
            subject.lower_ in ("he", "she"):
        return 1
    return 0


# Subjects who detonate a device without dying by it ("soldiers detonated the suicide vest").
_SECURITY_SUBJECTS = frozenset({"police", "soldiers", "troops", "army", "forces", "experts",
                                "engineers", "officers", "authorities", "policemen"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


_STOPPED_VERBS = frozenset({"surrendered", "surrenders", "fled", "escaped", "was", "is"})


def _negated_or_failed(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or verb.lower_ in _INTENT_HEADS or (
        verb.dep_ in ("xcomp",) and verb.head.lower_ in _INTENT_HEADS)


# --------------------------------------------------------------------------- predicates


def _inside_a_name(token: Token) -> bool:
    """A capitalized word beside another capitalized word, inside a sentence in running text,
    belongs to a proper name ("Survivors of Slain Officers", "Mothers of Murdered Children",
    "the Dead Sea"). A headline in title case is not running text: there every word is
    capitalized, so nothing is read as a name there."""
    if not token.text[:1].isupper() or token.text.isupper():
        return False
    sentence = token.sent
    if token.i == sentence.start:
        return False
    words = [t for t in sentence if t.is_alpha]
    if 2 * sum(t.text[:1].isupper() for t in words) > len(words):
        return False
    before = token.nbor(-1)
    after = token.nbor(1) if token.i + 1 < sentence.end else None
    return (after is not None and after.is_alpha and after.text[:1].isupper()) or (
        before.is_alpha and before.text[:1].isupper() and before.i != sentence.start)


def _predicate_category(token: Token) -> str | None:
    """The casualty category the token predicates, if any. Cached on the parse: every reader
    of a sentence (casualties, misreadings, mourners, animals, relative clauses) asks it of
    each token, and the answer depends on the parse alone."""
    cache: dict[int, str | None] = token.doc.user_data.setdefault(_CATEGORIES, {})
    if token.i in cache:
        return cache[token.i]
    category = _word_category(token)
    if category is not None and _inside_a_name(token):
        category = None  # "Parents of Murdered Children", "the Dead Sea": a name, not an event
    cache[token.i] = category
    return category


_CATEGORIES = "storyline.predicate_categories"


def _word_category(token: Token) -> str | None:
    lower = token.lower_
    # A clause head with a subject or an object is a verb, whatever its tag ("members of the
    # military beat to death a worker" is tagged as a noun by the small model).
    clause_head = token.dep_ in ("ROOT", "conj", "advcl", "relcl", "ccomp") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in token.children)
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG", "VBZ", "VBP", "VB") \
            or clause_head:
        if (lower.startswith(_KILL_PREFIXES) and not lower.startswith("executive")) or \
                lower in _KILL_FORMS:
            return "killed"
        if lower in _DIE_FORMS and not any(c.dep_ == "prt" and c.lower_ in ("down", "out", "away")
                                           for c in token.children):
            return "killed"  # not "the fighting died down", "the fire died out"
        if lower in _SHOOT_FORMS and (_fatal_modifier(token) or _shot_against_wounded(token)
                                      or _adverb(token, "summarily")):
            return "killed"  # "shot dead", "summarily shot": an execution
        if lower in _FOUND_DEAD_FORMS and token.dep_ in ("xcomp", "oprd", "acomp") and \
                token.head.lower_ in _FOUND_VERBS:
            return "killed"  # "was found hanged": a state no one is found in alive
        if lower in ("gunned", "gun", "guns", "gunning") and any(
                c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
            return "killed"  # "was gunned down": the particle makes the shooting fatal
        if lower.startswith(_INJURE_PREFIXES) or lower in _INJURE_FORMS or _hit_by_fire(token) \
                or _wounds_brought(token) is not None or _sent_to_hospital(token):
            return "killed" if _adverb(token, "fatally", "mortally") else "injured"
        if _adverb(token, "fatally", "mortally"):
            return "killed"  # "fatally assaulted", "fatally struck": the manner is the death
        if _lost_life(token) or _passed_away(token):
            return "killed"
    if lower == "slain" and token.dep_ in ("amod", "compound") and \
            token.head.pos_ in ("NOUN", "PROPN"):
        return "killed"  # "the slain officer", "Slain student was ...": tagged as an adjective
    if lower in _DEAD_STATES and token.dep_ in ("acomp", "oprd", "ROOT", "conj", "advcl"):
        return "killed"
    if lower == "dead" and token.dep_ in ("ccomp", "xcomp") and (
            token.head.lower_ in _SHOOT_FORMS or token.head.lower_.startswith(_KILL_PREFIXES)):
        return "killed"  # "shoot the driver dead": a small clause, the driver its subject
    if lower in _DEAD_STATES and token.dep_ == "amod" and token.head.tag_ == "CD" and \
            token.head.i < token.i and all(_own_predicate(c) or _added_with_plus(c)
                                           for c in token.head.children if c.dep_ == "conj"):
        return "killed"  # "23 dead, 12 wounded": a number with its state, no verb
    if lower in _BODY_VERBS and _found_body(token) is not None:
        return "killed"  # "his body was recovered", "found the body of a farmer"
    if lower.startswith("claim") and any(c.dep_ == "dobj" and c.lower_ in _LIFE_WORDS
                                         for c in token.children):
        return "killed"  # "the blast claimed seven lives"
    if _cut_throat(token) is not None:
        return "killed"  # "slit her throat": a killing, told by the wound
    if _dead_after_death_noun(token) is not None:
        return "killed"  # "the deaths of a mother and her two children"
    if _death_it_caused(token) is not None:
        return "killed"  # "beat a suspect, leading to his death"
    return None


_CAUSE_VERBS = frozenset({"cause", "caused", "causes", "causing"})
_LEAD_VERBS = frozenset({"lead", "led", "leads", "leading"})
_RESULT_VERBS = frozenset({"result", "resulted", "results", "resulting"})


def _death_it_caused(token: Token) -> Token | None:
    """The owner of a death the clause brought about: "which resulted in his death",
    "leading to her death", "causing his death", "a dose of poison that led to his death".
    The pronoun is the one person the event killed; a death with its owner under any other
    word ("mourned his death", "after her death", "the cause of his death") is not told
    here."""
    if token.lower_ != "death" or token.tag_ != "NN":
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in ("his", "her")),
                 None)
    if owner is None:
        return None
    head = token.head
    if token.dep_ in ("dobj", "obj") and head.lower_ in _CAUSE_VERBS:
        verb = head
    elif token.dep_ == "pobj" and head.dep_ == "prep" and (
            (head.lower_ == "to" and head.head.lower_ in _LEAD_VERBS)
            or (head.lower_ == "in" and head.head.lower_ in _RESULT_VERBS)):
        verb = head.head
    else:
        return None
    act = verb.head
    if verb.dep_ in ("advcl", "conj") and _word_category(act) == "killed" and any(
            c.dep_ in ("dobj", "obj") for c in act.children):
        return None  # "shot the chief dead, causing his death": the chief, counted by "shot"
    return owner


def _dead_after_death_noun(token: Token) -> Token | None:
    """The first of several people coordinated after a death noun ("the deaths of a father
    and his three daughters", "the shooting deaths of a man, his son and a neighbour"), or one
    person named in full after it ("charged with the murder of <First> <Last>"); one person
    told by a common noun ("the death of a man") is the surface rules'."""
    if token.pos_ != "NOUN":
        return None
    whom = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    if token.tag_ == "NN" and token.lower_ in _DEATH_NOUNS:
        return whom if whom is not None and all(_full_name(c) for c in _conjuncts(whom)) \
            else None
    if not token.lower_.endswith("s") or token.lower_[:-1] not in _DEATH_NOUNS:
        return None  # plural: "the death of an activist and branch secretary" is one person
    if whom is None or not (_people(whom) or whom.lower_ in _GROUP_NOUNS):
        return None
    if len(_conjuncts(whom)) < 2 and not _more_dead_on_the_noun(token):
        return None
    return whom


def _name_after_title(title: Token) -> bool:
    """"the Secretary of the <Org> (<ORG>), Reverend <Name>": a name set off by a comma after a
    title's phrase is the titled person, read (and counted) as a name."""
    after = title.right_edge.i + 1
    comma = False
    while after < len(title.doc) and title.doc[after].is_punct:
        comma = comma or title.doc[after].text == ","
        after += 1
    return comma and after < len(title.doc) and title.doc[after].pos_ == "PROPN"


def _full_name(name: Token) -> bool:
    """A person's first and last name: "<First> <Last>", not a place or an organization with
    an "of" phrase."""
    return name.tag_ == "NNP" and _looks_like_person_name(name) and any(
        c.dep_ == "compound" and c.tag_ == "NNP" and c.i == name.i - 1
        for c in name.children) and name.ent_type_ in ("PERSON", "")


def _more_dead_on_the_noun(token: Token) -> list[Token]:
    """"the deaths of two hikers and their guide": the parser joins the guide to "deaths"."""
    return [c for c in token.children if c.dep_ == "conj" and _person_noun(c.lower_)
            and any(g.dep_ in ("poss", "det", "nummod") for g in c.children)]


_THROAT_CUTTING = frozenset({"slit", "slits", "slitting", "slashed", "slashing", "cut",
                             "cutting", "cuts"})


def _cut_throat(token: Token) -> Token | None:
    """The throat a cutting verb acts on ("slit her throat", "his throat was cut", "had his
    throat slit")."""
    if token.lower_ not in _THROAT_CUTTING:
        return None
    return next((c for c in token.children if c.dep_ in ("dobj", "obj", "nsubj", "nsubjpass")
                 and c.lower_ in ("throat", "throats")), None)


_SUBSET_ADVERBS = frozenset({"instantly", "immediately", "outright", "later", "there"})


def _subset_object(obj: Token) -> bool:
    """"killing 21 people, 17 instantly": a bare number after a counted object, with an adverb,
    tells how many of them, not how many more."""
    if obj.tag_ != "CD" or not any(
            c.lower_ in _SUBSET_ADVERBS or (c.dep_ == "prep" and any(
                g.lower_ in ("spot", "scene") for g in c.children)) for c in obj.children):
        return False  # "17 instantly", "five on the spot"
    if obj.dep_ == "appos":  # the parser may hang "17 instantly" on "people"
        return _number_on(obj.head) is not None
    return any(o.dep_ in ("dobj", "obj") and o.i < obj.i for o in obj.head.children)


def _object_after_comma(pred: Token) -> list[Token]:
    """"shot and killed, <Name>, a ministry employee", "killed with pistols, a district
    official": an object set off from its verb by a comma, which the parser hangs on the
    clause as an adverbial noun."""
    verbs = [pred, pred.head] if pred.dep_ == "conj" else [pred]
    if any(c.dep_ in ("nsubjpass", "auxpass") for verb in verbs for c in verb.children):
        return []  # "... are attacked and killed by gunmen in <Village>, <District>": passive
    hung = [c for verb in verbs for c in verb.children if c.dep_ in ("npadvmod", "dep", "dobj")]
    # "killed with rifles, a village chief": hung on the instrument as its apposition
    hung += [a for p in pred.children if p.dep_ == "prep" for o in p.children
             if o.dep_ == "pobj" and not _person_noun(o.lower_)
             for a in o.children if a.dep_ == "appos"]
    # a name counts when an apposition says who ("<Name>, a ministry employee"): a place may
    # follow a comma as well ("in <Village>, <District>")
    return [c for c in hung if c.i > pred.i and c.left_edge.i > 0
            and c.doc[c.left_edge.i - 1].text == "," and not _with_own_participle(c)
            and ((c.pos_ == "PROPN" and any(a.dep_ == "appos" and _person_noun(a.lower_)
                                            for a in c.children))
                 or (c.pos_ == "NOUN" and _people(c)))][:1]


def _with_own_participle(noun: Token) -> bool:
    """"Man fatally shot, four others injured": a noun after the comma with a casualty
    participle of its own is that participle's subject (a second headline clause), not the
    first verb's object."""
    return any(c.dep_ in ("acl", "amod", "relcl") and c.i > noun.i and (
        _predicate_category(c) is not None or c.lower_ in _STATE_WORDS) for c in noun.children)


def _headline_second_clause(pred: Token, obj: Token) -> bool:
    """"Woman shot dead, two others injured at party": an "object" set off by a comma after a
    verb that already has its state ("shot dead", "fatally shot") and a subject, with a
    casualty participle of its own, is the subject of a second clause."""
    doc = obj.doc
    return obj.left_edge.i > 0 and doc[obj.left_edge.i - 1].text == "," and \
        _with_own_participle(obj) and any(c.dep_ == "nsubj" for c in pred.children) and (
            _fatal_modifier(pred) or any(c.dep_ in ("oprd", "acomp") and c.lower_ == "dead"
                                         for c in pred.children))


def _share_of_them(obj: Token) -> bool:
    """"killing five villagers, two of them teachers": a second object counted as a share
    "of them" tells who some of the first were, not more people."""
    number = obj if obj.tag_ == "CD" else next(
        (c for c in obj.children if c.dep_ == "nummod"), None)
    return number is not None and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.lower_ in ("them", "whom", "those") for g in c.children)
        for c in number.children) and any(
            o.dep_ in ("dobj", "obj") and o.i < obj.i for o in obj.head.children)


def _shot_against_wounded(token: Token) -> bool:
    """"shot 12 men and wounded another three": "shot" set against a coordinated "wounded"
    with its own object means shot dead."""
    if token.lower_ not in ("shot", "shoots", "shoot") or not any(
            c.dep_ in ("dobj", "obj") for c in token.children):
        return False
    coordinated = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        coordinated.append(token.head)
    return any(v.lower_.startswith(_INJURE_PREFIXES) and any(
        g.dep_ in ("dobj", "obj") for g in v.children) for v in coordinated)


_LIFE_WORDS = frozenset({"life", "lives"})
# The state of the dead as a predicate: "was found dead", "was pronounced deceased".
_DEAD_STATES = frozenset({"dead", "deceased"})
_AGE_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})


def _found_body(verb: Token) -> Token | None:
    """The corpse a verb of finding is about ("his body was recovered"). Plural bodies are
    the parse's only with an "of" phrase ("the bodies of <Name> and his driver", "of the three
    fishermen"), counted by who they were; a bare number ("14 bodies") is the surface's."""
    # the subject of a past form whose auxiliary a coordination left out: "was abducted and
    # his body found two days later", "his body washed ashore"
    slots = ("dobj", "obj", "nsubjpass", "nsubj") if verb.tag_ in ("VBD", "VBN") else (
        "dobj", "obj", "nsubjpass")
    return next((c for c in verb.children if c.dep_ in slots and (
        (c.lower_ in ("body", "corpse") and _body_of_someone(c))
        or (c.lower_ in ("bodies", "corpses") and any(
            g.dep_ == "prep" and g.lower_ == "of" for g in c.children)))), None)


def _body_of_someone(body: Token) -> bool:
    """A corpse, not a governing body or a car body: somebody's ("his body", "<Name>'s
    body"), of someone ("the body of a farmer"), dead ("a dead body") or counted ("14
    bodies")."""
    return any(c.dep_ == "poss" or (c.dep_ == "amod" and c.lower_ in ("dead", "lifeless"))
               or c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of")
               for c in body.children)


def _lost_life(token: Token) -> bool:
    """"lost his life", "lost their lives": the subject died; so did one who "embraced
    martyrdom", "attained martyrdom" (a soldier's or a fighter's death in that press)."""
    if token.lower_ in _MARTYRDOM_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ == "martyrdom" for c in token.children)
    return token.lower_ in ("lost", "lose", "loses", "losing") and any(
        c.dep_ == "dobj" and c.lower_ in _LIFE_WORDS for c in token.children)


_MARTYRDOM_VERBS = frozenset({"embraced", "embrace", "embraces", "attained", "attain",
                              "attains", "achieved", "achieve", "achieves", "achieving",
                              "embracing", "attaining"})


def _subject_died(verb: Token) -> bool:
    """"died", "lost his life", "passed away": the verb says its subject died."""
    return verb.lower_ in _DIE_FORMS or _lost_life(verb) or _passed_away(verb)


def _passed_away(token: Token) -> bool:
    """"passed away", the polite "died" of obituaries and local news."""
    return token.lower_ in ("passed", "pass", "passes", "passing") and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in token.children)


def _fatal_modifier(token: Token) -> bool:
    """"shot dead", "beaten to death", "fatally stabbed"."""
    for child in token.children:
        if child.lower_ in ("dead",) or _adverb(token, "fatally", "mortally"):
            return True
        if child.dep_ == "dobj" and any(g.lower_ == "dead" and g.i == token.i + 1
                                        for g in child.subtree):
            return True  # "shot dead four guards", "shot dead police Colonel <Name>": "dead"
            # read as an adjective inside the object's phrase
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                g.lower_ == "death" for g in child.children):
            return True
    return False


def _adverb(token: Token, *words: str) -> bool:
    """An adverb among `words` modifies the verb, and is not negated by "non-" ("non-fatally
    wounded six" are injured)."""
    doc = token.doc
    return any(c.lower_ in words and not _negated_prefix(doc, c.i) and not _share_of(doc, c.i)
               for c in token.children if c.dep_ == "advmod")


def _split_by_fatal_share(verb: Token, found: list[Reading]) -> list[Reading]:
    """"Six were shot (two fatally)", "hit six people, two of them fatally": the share told
    with the manner adverb died, the rest of the people wounded survived."""
    adverb = _fatal_share_after(verb)
    if adverb is None or len(found) != 1:
        return found
    before = _share_index(adverb.doc, adverb.i)
    if before is None:
        return found
    number = adverb.doc[before]
    whole = found[0]
    dead = dead_of_share(number.text, whole.value)
    if dead is None or dead == whole.value:
        return found  # (a share of all of them would leave a reading of no survivors)
    return [Reading("injured", whole.value - dead, "exact", whole.value - dead,
                    whole.value - dead, whole.start, whole.end, whole.role, SURVIVORS_DETAIL),
            Reading("killed", dead, "exact", dead, dead, number.idx,
                    adverb.idx + len(adverb.text), whole.role, "fatal share")]


def _fatal_share_after(verb: Token) -> Token | None:
    """The adverb of a fatal share told after the verb's people ("stabbed four commuters, one
    of them fatally"; "were shot behind the centre; 1 fatally"), wherever the parser hangs it,
    before any other verb (whose share it would be)."""
    for token in verb.doc[verb.i + 1:verb.i + 16]:
        if token.lower_ in ("fatally", "mortally"):
            return token if _share_of(token.doc, token.i) else None
        if token.lower_ == "." or token.pos_ == "VERB":
            return None
    return None


def _share_of(doc: Doc, index: int) -> bool:
    return _share_index(doc, index) is not None


# A number right before the manner adverb is the share it applies to, not the manner of the
# whole verb: "Six people were shot (two fatally)", "shot 3, one of them fatally" (the rest
# survived; `fatal_share`).
def _share_index(doc: Doc, index: int) -> int | None:
    """Where the share stands before the adverb at `index` ("two fatally", "two of them
    fatally"), or None when no number does."""
    at = index - 1
    if at >= 2 and doc[at].lower_ in ("them", "whom") and doc[at - 1].lower_ == "of":
        at -= 2  # "two of them fatally"
    if at >= 0 and (doc[at].tag_ == "CD" or doc[at].lower_ in SHARE_NUMBER_WORDS):
        return at
    return None


def _negated_prefix(doc: Doc, index: int) -> bool:
    before = [doc[i].lower_ for i in range(max(0, index - 2), index)]
    return "non" in before or "non-" in before


def _hypothetical(token: Token) -> bool:
    """"could have killed hundreds", "could kill thousands", "threatened to kill", "tried to
    kill" report no deaths."""
    auxes = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _HYPOTHETICAL_AUX for a in auxes) and "have" in auxes:
        return True
    if any(a in _HYPOTHETICAL_AUX for a in auxes) and (token.tag_ == "VB" or "be" in auxes):
        return True  # "a quake could kill thousands", "dozens could be killed": what may happen
    if token.dep_ == "conj" and not auxes and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # "the bridge could collapse and kill hundreds", "could have exploded and killed
        # dozens": the modal of the first verb governs the coordinated one too
        first = [c.lower_ for c in token.head.children if c.dep_ in ("aux", "auxpass")]
        if any(a in _HYPOTHETICAL_AUX for a in first) and (
                "have" in first or token.head.tag_ == "VB"):
            return True
    if _adverb(token, "nearly", "almost"):
        return True  # "nearly died", "was almost killed": nobody died
    if token.dep_ == "xcomp" and token.head.lower_ in ("going", "about") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "thought she was going to die", "was about to be executed"
    if _prevented(token) or _escaped(token):
        return True
    if _asked_not_told(token):
        return True
    if _result_of_an_infinitive(token):
        return False
    head = token
    while head.dep_ == "conj" and head.head != head and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.head.children):
        head = head.head  # "likely to injure or kill": the first infinitive's governor
    for _ in range(2):
        if _asks_what_happened(head):
            break  # "hoping to learn how two men died": the question's deaths happened
        if (head.dep_ in ("xcomp", "ccomp") or _infinitive_clause(head)) and (
                head.head.lower_ in _INTENT_HEADS or any(
                c.dep_ == "advmod" and c.lower_ == "enough" for c in head.head.children)):
            return True  # "powerful enough to kill dozens": a capacity
        governor = head.head.head
        if head.dep_ == "pcomp" and head.head.lower_ in ("of", "for"):
            if governor.lower_ in _ACCUSATION_HEADS:  # "wanted for killing" accuses
                if governor.dep_ in ("acl", "relcl", "amod") and _deaths_besides(governor):
                    return True  # "men suspected of having killed two officers were shot dead"
            elif governor.lower_ in _INTENT_HEADS:
                return True  # "the plot of killing", "efforts for killing"
        head = head.head
    return False


def _result_of_an_infinitive(token: Token) -> bool:
    """"Police sought to disperse the crowd, killing four protesters": a participle set off by
    a comma after an intent's infinitive tells what the act did (the parser hangs it on the
    infinitive; the intent governs the infinitive only). Not a participle inside the
    infinitive's own words ("tried to kill" is the intent)."""
    participle = token
    while participle.dep_ == "conj" and participle.head.tag_ == "VBG" and \
            participle.head.i < participle.i:
        participle = participle.head  # "killing one and wounding the other"
    governor = participle.head
    return participle.tag_ == "VBG" and participle.dep_ == "advcl" and \
        governor.i < participle.i and participle.i > 0 and \
        participle.doc[participle.i - 1].text == "," and \
        governor.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in governor.children)


# Question words opening a clause about a fact: "find out why the girl was killed", "learn how
# two men died", "know who killed him". The clause's deaths happened, whoever wants to know.
_FACT_QUESTION_WORDS = frozenset({"why", "how", "who", "what", "when", "where"})


def _infinitive_clause(clause: Token) -> bool:
    """An infinitive the parser hung as an adverbial clause ("Plotting to kill the chief, ...")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in clause.children)


def _asks_what_happened(clause: Token) -> bool:
    return clause.dep_ == "ccomp" and any(
        c.lower_ in _FACT_QUESTION_WORDS and c.tag_ in ("WRB", "WP") for c in clause.children)


def _asked_not_told(token: Token) -> bool:
    """An embedded question or a condition asserts nothing: "did not say whether the man
    died", "unclear if anyone was hurt", "not sure if he was dead or alive"."""
    clause = token.head if token.dep_ in ("acomp", "attr", "oprd") else token
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return True
    return any(c.dep_ == "conj" and c.lower_ == "alive" for c in token.children)


def _deaths_besides(accusation: Token) -> bool:
    """Whether the sentence tells of deaths outside the accusation: then the accused's own
    fate is its event ("a man accused of killing his wife was lynched"). Alone, the accusation
    reports the deaths ("the five defendants accused of killing two teenagers returned to
    court")."""
    inside = range(accusation.left_edge.i, accusation.right_edge.i + 1)
    return any(t.i not in inside and (_predicate_category(t) == "killed" or (
        t.pos_ == "NOUN" and t.lower_ in _DEATH_NOUNS)) for t in accusation.doc)


# Nouns that tell of a death ("the mob murder of a man suspected of killing his mother").
_DEATH_NOUNS = frozenset({"murder", "killing", "death", "lynching", "execution",
                          "assassination", "slaying", "beheading"})


# What a person is hit by in a shooting or blast: "was hit by gunfire", "struck by a stray
# bullet", "grazed by a round". Not "hit by a car" (a crash) or "struck by lightning".
_PROJECTILES = frozenset({"bullet", "bullets", "gunfire", "gunshot", "gunshots", "shot", "shots",
                          "pellet", "pellets", "shrapnel", "round", "rounds", "fire", "shell",
                          "shells", "fragments", "debris", "glass", "ricochet",
                          "ricochets", "slug", "slugs"})
_HIT_VERBS = frozenset({"hit", "hits", "hitting", "struck", "strikes", "striking", "grazed",
                        "grazing"})
# What fires: "he fired a gun which struck a juvenile", "opened fire, hitting three people".
_FIREARMS = frozenset({"gun", "guns", "handgun", "pistol", "rifle", "shotgun", "weapon",
                       "firearm", "revolver"})
_FIRING_VERBS = frozenset({"fired", "fire", "fires", "firing", "discharged", "opened", "sprayed",
                           "shot", "shooting"})
# Coming to a hospital: "walked into a hospital with gunshot wounds", "was taken to hospital
# with injuries", "showed up at a clinic with a bullet wound".
_ARRIVAL_VERBS = frozenset({"walked", "arrived", "showed", "turned", "came", "went", "drove",
                            "taken", "rushed", "transported", "brought", "admitted", "flown",
                            "airlifted", "driven", "arrive", "arrives", "walks", "shows"})
_WOUND_NOUNS = frozenset({"wound", "wounds", "injuries", "injury"})


def _hit_by_fire(verb: Token) -> bool:
    """"two brothers were struck by gunfire", "a girl was grazed by a stray bullet": a person
    hit by what a weapon fires is injured (or, with "fatally", dead)."""
    if verb.lower_ not in _HIT_VERBS:
        return False
    if _fatal_share_after(verb) is not None:
        return True  # "hit six people, two of them fatally": a share of dead tells the wounds
    agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children
              if p.dep_ == "pobj"]
    wounds = [p for a in verb.children if a.dep_ == "prep" and a.lower_ == "in"
              for p in a.children if p.dep_ == "pobj" and p.lower_ in BODY_PARTS]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if any(p.lower_ in _PROJECTILES for p in agents) or (wounds and passive) or (
            verb.lower_ == "grazed" and passive):
        return True
    if passive or not any(c.dep_ in ("dobj", "obj") and _personal(c) for c in verb.children):
        return False  # "the bullet hit a wall"
    # Active: "a bullet struck an 11-year-old girl", "a gun which struck a juvenile", "fired
    # into the crowd, hitting three people"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is not None:
        return subject.lower_ in _PROJECTILES or subject.lower_ in _FIREARMS
    if verb.dep_ in ("advcl", "conj", "xcomp"):
        clause = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj", "pobj"):
        clause = verb.head.head  # "shattered the windshield, grazing the driver", misattached
        clause = clause.head if clause.dep_ == "prep" else clause
    else:
        return False
    # "a stray bullet went through the wall, grazing a child": the clause's subject is the
    # bullet's
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return clause.lower_ in _FIRING_VERBS or (subject is not None and (
        subject.lower_ in _PROJECTILES or subject.lower_ in _FIREARMS))


# What sends people to hospital: "the blast sent a dozen workers to the hospital".
_HARM_CAUSES = frozenset({
    "shooting", "shootings", "crash", "explosion", "explosions", "blast", "attack", "fight",
    "brawl", "fire", "gas", "storm", "collision", "accident", "violence", "gunfire", "stabbing",
    "bombing", "incident", "clash", "clashes", "riot", "melee", "altercation", "assault",
    "smoke", "fumes", "tornado", "quake", "earthquake", "wreck", "stampede", "fighting",
    # disasters and accidents of every kind send people to hospital too ("a chlorine leak
    # sent 46 residents to hospital", "the derailment sent 30 passengers to hospitals")
    "leak", "leaks", "spill", "collapse", "derailment", "flood", "floods", "flooding",
    "landslide", "mudslide", "avalanche", "eruption", "heat", "heatwave", "lightning",
    "hailstorm", "cyclone", "typhoon", "hurricane", "crush", "outbreak", "poisoning", "blaze",
    "inferno", "detonation", "rampage", "ambush", "raid", "strike", "airstrike", "shelling",
    "missile", "rocket", "grenade", "bomb", "device", "pileup", "rollover", "fireworks",
    "surge", "capsizing", "sinking"})


def _personal(noun: Token) -> bool:
    """A noun phrase that names people: a person noun, a name, a number or an age ("an
    11-year-old")."""
    # Not a pronoun: "a girl was hurt when a bullet grazed her" tells of the girl once.
    return noun.pos_ in ("PROPN", "NUM") or noun.lower_ in ("old", "people") or \
        _person_noun(noun.lower_) or _person_noun(noun.lower_.rstrip("s")) or \
        any(c.dep_ == "conj" and _personal(c) for c in noun.children)


def _sent_to_hospital(verb: Token) -> bool:
    """"a shooting at a bar sent four people to the hospital": those sent are hurt. Not "the
    charity sent 40 nurses to the hospital": the sender must be what hurts or who attacked."""
    if verb.lower_ not in ("sent", "send", "sends", "sending"):
        return False  # asked of every verb of every parsed sentence: the cheap test first
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    governor = verb
    for _ in range(3):  # a bounded climb
        if subject is not None or governor.dep_ not in ("conj", "advcl"):
            break
        # a verb conjoined to an earlier one shares its subject: "a gas leak left one worker
        # dead and sent 46 residents to hospital"; so does its participle ("lightning struck
        # the pitch, killing one player and sending 9 spectators to hospital")
        governor = governor.head
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in _HARM_CAUSES
                               or subject.lower_ in _PERPETRATOR_NOUNS):
        return False
    return any(c.dep_ in ("dobj", "obj") for c in verb.children) and (any(
        p.dep_ == "pobj" and p.lower_ in ("hospital", "hospitals")
        for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for p in c.children)
        # the parser may take "to hospital" for an infinitive ("sent 46 residents to hospital
        # with breathing difficulties": "hospital" a verb with "to" as its auxiliary)
        or any(c.lower_ in ("hospital", "hospitals") and c.dep_ in ("advcl", "xcomp")
               for c in verb.children))


def _wounds_brought(verb: Token) -> Token | None:
    """"three men walked into a hospital with gunshot wounds": the wounds the people came with
    (they are injured), else None. The "with" phrase may hang on the verb or on the place it
    names."""
    if verb.lower_ not in _ARRIVAL_VERBS:
        return None
    for prep in verb.subtree:
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.head.i >= verb.i and (
                prep.head == verb or prep.head.head.head == verb):
            wound = next((p for p in prep.children
                          if p.dep_ == "pobj" and p.lower_ in _WOUND_NOUNS), None)
            if wound is not None:
                return wound
    return None


def _prevented(token: Token) -> bool:
    """"prevented a mob from lynching a thief", "foiled a plot to kill the governor": the act
    was kept from happening. Not when the prevention itself failed or did not happen ("failed
    to prevent the mob from lynching two men")."""
    if token.dep_ in ("acl", "advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        if token.head.lower_ in _INTENT_NOUNS:
            return True  # "a plot to kill", "an attempt to assassinate": intended, not done
        head = token.head  # "foiled a plot | to kill" hung on the verb by the parser
    elif token.dep_ == "pcomp" and token.head.lower_ == "from":
        head = token.head.head  # "prevented a mob from | lynching"
    else:
        return False
    if head.lower_ not in _PREVENTION_HEADS:
        return False
    return not (any(c.dep_ == "neg" for c in head.children) or (
        head.dep_ == "xcomp" and head.head.lower_ in ("fail", "failed", "fails", "failing")))


def _escaped(token: Token) -> bool:
    """"narrowly escaped being killed", "survived being shot": the person lived."""
    return token.dep_ in ("xcomp", "pcomp") and any(
        c.dep_ == "auxpass" for c in token.children) and (
        token.head.lower_.startswith(_ESCAPE_PREFIXES) or (
            token.head.dep_ == "prep" and token.head.head.lower_.startswith(_ESCAPE_PREFIXES)))


_REPORTED_AS = frozenset({"said", "reported", "believed", "thought", "known", "alleged",
                          "suspected", "understood", "rumoured", "rumored", "claimed", "feared"})


def _reduced_report(verb: Token) -> bool:
    """"said to be", "reported to have been", "believed to be": a report verb with an infinitive
    complement and no object describes its subject (a reduced relative), it is not the clause's
    main verb."""
    return verb.lower_ in _REPORTED_AS and not any(
        c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


def _object_of_verb_before(subject: Token) -> bool:
    """A second subject of one passive that follows a verb with no object of its own is that
    verb's object, hung on the passive by the parser: "a man suspected of terrorising | the
    community | was burnt to death" reports one death."""
    left = subject.left_edge.i
    if left == 0:
        return False
    before = subject.doc[left - 1]
    return before.tag_ in ("VBG", "VB", "VBD", "VBZ", "VBP") and not any(
        c.dep_ in ("dobj", "obj") for c in before.children)


def _escape_subject_spans(parse: Doc) -> list[tuple[int, int]]:
    """"A village head escapes death", "two journalists narrowly escaped being killed": the
    people who escaped are counted by no casualty word in the sentence."""
    spans: list[tuple[int, int]] = []
    for token in parse:
        if not token.lower_.startswith(_ESCAPE_PREFIXES):
            continue
        escaped_death = any(c.dep_ in ("dobj", "obj") and c.lower_ in ("death", "deaths")
                            for c in token.children)
        if escaped_death or any(_escaped(c) for c in token.children):
            spans.extend(_subtree_span(c) for c in token.children
                         if c.dep_ in ("nsubj", "nsubjpass"))
            spans.extend(_subtree_span(c) for c in token.children
                         if c.dep_ in ("dobj", "obj") and c.lower_ in ("death", "deaths"))
    return spans


# --------------------------------------------------------------------------- victims


def _victims_of(pred: Token, category: str, parse: Doc) -> Iterator[Reading]:
    """The people the predicate is about, counted. Only the victim slot: an active verb's
    subject is its agent ("six gunmen killed a trader" reports one death)."""
    slots: list[tuple[Token, str]] = []
    children = list(pred.children)
    objects = [c for c in children if c.dep_ in ("dobj", "obj") and not _subset_object(c)
               and not _manner_subset(c) and not _parenthesized(c) and not _share_of_them(c)
               and not _headline_second_clause(pred, c)]
    # a second object the parser hangs on the verb must name people ("killed a 3-year-old ...
    # Monday — a rare case": the case is a comment)
    objects = objects[:1] + [o for o in objects[1:] if not _unjoined_clause(o) and _people(o)]
    caused = _death_it_caused(pred)
    if caused is not None:
        yield from _victims_from([(caused, "death caused")], pred, category, parse)
        return
    listed = _dead_after_death_noun(pred)
    if listed is not None:
        yield from _victims_from([(listed, "deaths of"), *(
            (c, "deaths of") for c in _more_dead_on_the_noun(pred))], pred, category, parse)
        return
    throat = _cut_throat(pred)
    if throat is not None:
        # "slit her throat", "had his throat slit", "slit the throats of two farmers": whose
        owner = next((c for c in throat.children if c.dep_ == "poss"), None) or next(
            (g for c in throat.children if c.dep_ == "prep" and c.lower_ == "of"
             for g in c.children if g.dep_ == "pobj"), None)
        if owner is not None:
            yield from _victims_from([(owner, "throat cut"), *(
                (g, "along with") for g in _companions(pred))], pred, category, parse)
        return
    listed_dead = _telegraphic_dead(pred)
    if listed_dead is not None:
        # "1 killed 3 injured", "one gendarme killed two wounded": a list of counts with their
        # states, the comma left out, not a killer and his victims
        yield from _victims_from([(listed_dead, "telegraphic")], pred, category, parse)
        return
    if _lost_life(pred):
        objects = []  # "lost his life": the life is not a victim, the subject is
    if not objects and not any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        objects = _shared_objects(pred)
    if objects:  # "killing the bomber and at least one policeman", the noun hung on the verb
        # ... but not the end of the object's own "including" list hung there ("killed eight
        # people including a candidate, his driver, and two police officers" is 8)
        listing = next((c.i for c in objects[0].children if c.dep_ == "prep"
                        and c.lower_ in ("including", "among")), len(pred.doc))
        objects += [c for c in children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                    and objects[0].i < c.i < listing]
    if not objects and _fatal_modifier(pred):  # "shot dead a couple": a misread object
        objects = [c for c in children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                   and not _with_own_participle(c)]  # not "..., four others injured"
    if not objects and not any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        objects = _object_after_comma(pred)
    # An elliptical passive ("30 people injured and three killed", "Two killed in crash"): a
    # participle with a subject, no object and no perfect auxiliary reads its subject as the
    # victims ("gunmen have killed" has the auxiliary and is active).
    elliptical = not objects and pred.tag_ == "VBN" and pred.dep_ == "conj" and not any(
        c.dep_ == "aux" for c in children)
    # A headline's passive without its auxiliary ("Farmer killed in raid", "Police captain
    # killed, four wounded"): a transitive casualty verb with a subject and no object cannot be
    # active, so its subject is the victim.
    elliptical = elliptical or (not objects and _transitive_without_object(pred))
    # a reduced relative ("the five men wounded") is passive, also when the small model tags
    # its participle as a past tense
    bare = not any(c.dep_ in ("nsubj", "dobj", "obj") for c in children)
    reduced = pred.lower_ == "slain" or (pred.dep_ in ("acl", "amod") and (
        pred.tag_ == "VBN" or (pred.tag_ == "VBD" and pred.dep_ == "acl" and bare))) or (
        # "the five people shot and killed": the participle's conjunct
        pred.dep_ == "conj" and pred.head.dep_ == "acl" and pred.tag_ in ("VBN", "VBD") and bare)
    passive = not objects and (any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
                               or reduced or elliptical)
    if passive and _combined_casualties(pred):
        return  # "40 fighters were killed and injured": how many died is not said
    if (pred.lower_ in _FOUND_DEAD_FORMS and pred.dep_ in ("xcomp", "oprd", "acomp")) or \
            _state_reported(pred):
        # "was found hanged", "police found a guard strangled", "was found killed", "one
        # person was reported as killed"
        found = [c for c in pred.head.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
        if not found and pred.head.dep_ == "conj":  # "were abducted and later found killed"
            found = [c for c in pred.head.head.children if c.dep_ == "nsubjpass"]
        slots.extend((c, "found dead") for c in found)
    elif pred.lower_ in _DEAD_STATES:
        shot_dead_objects = [c for c in children if c.dep_ in ("dobj", "obj")] if (
            pred.i > 0 and pred.doc[pred.i - 1].lower_ in _SHOOT_FORMS) else []
        subject = _subject_of_copula(pred)
        if shot_dead_objects:
            # "gunmen riding a motorcycle shot dead a trader", "shot" taken for a noun: the
            # object is the dead, the subject the killers
            slots.extend((c, "active object") for c in shot_dead_objects)
        elif subject is not None and not (
                pred.head.lower_ in _SHOOT_FORMS and pred.dep_ in ("acomp", "oprd", "xcomp")
                and any(c.dep_ in ("dobj", "obj") for c in pred.head.children)):
            # not the shooter of "a sniper shot dead three protesters" (the object is read
            # by the verb)
            slots.append((subject, "subject of 'dead'"))
    elif not passive and _wounds_brought(pred) is not None:
        # "three men walked into a hospital with gunshot wounds": who came is hurt
        slots.extend((c, "came with wounds") for c in children if c.dep_ == "nsubj")
    elif _subject_died(pred):
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if not subjects and pred.dep_ in ("xcomp", "conj"):
            # "ended up dying", "was shot and died": the subject of the verb it completes
            subjects = [c for c in pred.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            subjects = _fronted_apposition(_clause_verb(pred))
        slots.extend((c, "subject of 'die'") for c in subjects)
    elif passive:
        subjects = [c for c in children if c.dep_ == "nsubjpass" or (
            elliptical and c.dep_ == "nsubj")]
        if not subjects and pred.dep_ in ("conj", "xcomp") and not _own_subject(pred):
            # "was shot and killed"; "were said to have been burned to death"; a headline's
            # "Police officer shot and killed in ambush"
            subjects = [c for c in pred.head.children if c.dep_ == "nsubjpass" or (
                elliptical and c.dep_ == "nsubj")]
        if not subjects and pred.dep_ == "conj" and not _own_subject(pred):
            subjects = _subject_up_the_conjuncts(pred)
        if not subjects and pred.dep_ == "ccomp" and _reduced_report(pred.head):
            # "a woman said to be selling vegetables was shot dead": the parser takes "said"
            # for the main verb and its subject for the sayer
            subjects = [c for c in pred.head.children if c.dep_ == "nsubj" and c.i < pred.i]
        if not subjects and _passive(_clause_verb(pred)):
            subjects = _fronted_apposition(_clause_verb(pred))
        # "the five people shot and killed": the conjunct of a reduced relative shares its noun
        participle = pred.head if pred.dep_ == "conj" and pred.head.dep_ in ("acl", "amod") \
            and pred.head.tag_ in ("VBN", "VBD") else pred
        if not subjects and participle.dep_ == "acl":
            # "nine casualties (four killed and five injured)": a participle with a counted
            # subject of its own is a breakdown of the noun, not said of all of it
            subjects = [c for c in participle.children
                        if c.dep_ == "nsubj" and c.tag_ == "CD" and c.i > participle.head.i]
        if not subjects and participle.dep_ in ("acl", "amod", "compound") and \
                participle.head.pos_ in ("NOUN", "PROPN", "NUM") and \
                not _place_named_after_of(participle.head):
            if _partitive(participle.head) is not None:
                yield from _whole_of_partitive(participle.head, category, parse)
                return
            if _kin_of_the_dead_act(participle.head):
                return  # "relatives of a slain farmer stormed the camp": an earlier death
            subjects = [_own_number_conjunct(participle)]
        if len(subjects) > 1:
            subjects = [s for s in subjects if not _object_of_verb_before(s)]
        marks = [c.i for c in children if c.dep_ == "mark" and c.i < pred.i]
        if len(subjects) > 1 and marks:
            # "Since the escalation on 3 October, 214 civilians have been killed": the parser
            # takes the fronted phrase's noun, after the verb's own "since", for a first
            # subject; the subject is the last one
            subjects = [s for s in subjects if not (min(marks) < s.i < subjects[-1].i)]
        # "a pastor thought to be preaching | was killed", the report verb parsed as the subject
        subjects = [next((c for c in s.children if c.dep_ == "nsubj"), s)
                    if _reduced_report(s) else s for s in subjects]
        slots.extend((s, "passive subject") for s in subjects)
    else:
        slots.extend((c, "active object") for c in objects)
    if slots and pred.lower_ not in _DEAD_STATES:
        slots.extend((c, "as well as") for c in _as_well_as(pred))
        # "the governor died, as did his two guards": the clause shares the predicate
        slots.extend((g, "as were") for c in children if c.dep_ == "advcl"
                     and c.lower_ in ("was", "were", "did") and any(
                         m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                     for g in c.children if g.dep_ == "nsubj")
    body = _found_body(pred) if pred.lower_ in _BODY_VERBS else None
    if body is not None:
        slots = [(body, BODY_RULE)]  # "in <Town>, <State>, his body was found": not the town
    slots.extend((g, "along with") for g in _companions(pred))
    slots.extend((g, "in addition to") for g in _besides(pred))
    yield from _victims_from(slots, pred, category, parse)


def _out_of_a_contest(pred: Token) -> bool:
    """"eliminated from the tournament", "eliminated in the first round": a contest's loss;
    "was eliminated as a suspect": ruled out."""
    return any(child.dep_ == "prep" and (child.lower_ in ("from", "as") or any(
        word.lower_ in ("round", "heat", "heats", "stage", "contest", "competition", "race",
                        "qualifying", "vote", "show", "semifinal", "semifinals", "final")
        for word in child.subtree)) for child in pred.children)


def _victims_from(slots: list[tuple[Token, str]], pred: Token, category: str,
                  parse: Doc) -> Iterator[Reading]:
    negated = any(c.dep_ == "neg" for c in pred.children)
    # "four people were killed, including the bomber": the parser may hang it on the verb
    pred_includes = _includes_perpetrator(pred)
    for head, rule in slots:
        if (pred.lower_.startswith(_EUPHEMISM_PREFIXES) and not _people(head)) or (
                pred.lower_.startswith("execut") and not _named_people(head)) or (
                pred.lower_.startswith("liquidat") and not _person_noun(head.lower_)) or (
                pred.lower_.startswith("eliminat") and _out_of_a_contest(pred)):
            # "neutralized two car bombs", "executed a search warrant"; "liquidated" only of
            # people named by a person noun ("the liquidated Shipping Line" is a company)
            continue
        if len(slots) > 1 and _parenthesized(head):
            continue  # "Three guards (two of them brothers) died": a comment on the others
        counted = _count_phrase(head, parse)
        if counted is None:
            continue
        if negated and counted.value > 0:
            continue  # "were not killed": nothing is reported
        if head.lower_ in _BODY_NOUNS:
            rule = BODY_RULE
        span = _phrase_span(head)
        if category == "injured" and pred.lower_ in _HIT_VERBS | _ARRIVAL_VERBS:
            # "a bullet struck the teen", "walked into a hospital with gunshot wounds": the
            # evidence keeps the verb, which says the people were hit (the totals take the
            # dead out of those hit, as out of those shot)
            wound = _wounds_brought(pred)
            last = wound.i if wound is not None else pred.i
            span = parse[min(span.start, pred.i):max(span.end, last + 1)]
        yield _reading(category, counted.value, counted.quantity, span,
                       counted.role, BREAKDOWN_RULE if counted.breakdown else rule,
                       counted.with_perpetrator or pred_includes)
        excluded = (_excluded_perpetrators(head) or _excluded_perpetrators(pred)
                    if category == "killed" else None)
        if excluded is not None:
            # "seven people, not including the bomber, were killed": the attacker died too
            yield _reading(category, excluded, None, _phrase_span(head), "perpetrators",
                           "not including", False)


_REPORTED_VERBS = _FOUND_VERBS | frozenset({"reported", "listed", "confirmed", "identified",
                                            "counted", "recorded", "registered"})


_KIN_NOUNS = frozenset({
    "family", "families", "relatives", "relative", "kin", "kinsmen", "widow", "widows",
    "widower", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister",
    "sisters", "father", "mother", "parents", "wife", "husband", "friends", "colleagues",
    "clansmen"})
_ATTACK_PREFIXES = ("attack", "retaliat", "storm", "raid", "ambush", "aveng")


def _own_number_conjunct(participle: Token) -> Token:
    """The noun a reduced passive tells about, or the number joined to that noun right before
    the participle: "1 protester shot dead & 2 wounded by police" (the parser hangs "wounded"
    on "protester" or on "shot" taken for a noun, the "2" on it as a conjunct or as a number
    after its noun): the wounded are the 2."""
    noun = participle.head
    # the conjunct hangs on the noun or on the word the parser took "shot" for
    numbers = [t for t in noun.doc[noun.i + 1:participle.i] if t.dep_ in ("conj", "nummod")
               and t.tag_ == "CD" and noun.i in (t.head.i, t.head.head.i)]
    return numbers[-1] if numbers else noun


def _kin_of_the_dead_act(person: Token) -> bool:
    """"Kin of a slain herder take revenge and kill three traders", "relatives of a murdered trader
    stormed the village and killed four", "the widow of a slain officer was shot dead": a dead
    person named only as the one whose kin attack or are killed in the event died before it,
    in another event (the kin's reprisal or their own death is this one). Kin who only speak
    ("the family of the slain officer said") leave the death to be read."""
    if person.dep_ != "pobj" or person.head.lower_ != "of":
        return False
    kin = person.head.head
    if kin.lower_ not in _KIN_NOUNS or kin.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = kin.head
    return any(_predicate_category(v) == "killed" or v.lower_.startswith(_ATTACK_PREFIXES)
               for v in (verb, *(c for c in verb.children if c.dep_ == "conj")))


def _subject_up_the_conjuncts(pred: Token) -> list[Token]:
    """The victims of a passive conjunct with no subject of its own, from the first verb of its
    coordination: "two cousins were abducted ... and later shot and killed", "a militant
    attempted to drive a car bomb into the barrack but was shot and killed", "DRC soldier found
    on their soil was shot and killed" (a reduced relative the parser took for the main verb).
    An active verb's subject is taken only when the passive has its own auxiliary."""
    verb = pred
    own_auxiliary = False
    while verb.dep_ == "conj":
        own_auxiliary = own_auxiliary or any(c.dep_ == "auxpass" for c in verb.children)
        verb = verb.head
        passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passive_subjects:
            return passive_subjects
        active_subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if active_subjects:
            return active_subjects if own_auxiliary else []
    return []


def _state_reported(pred: Token) -> bool:
    """A participle that states what the people of a verb of finding or reporting are:
    "was found killed", "one person was reported as killed", "listed three as wounded"."""
    if (pred.tag_ != "VBN" and pred.lower_ not in _DEAD_STATES) or \
            pred.head.lower_ not in _REPORTED_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for c in pred.children):
        return False
    if pred.dep_ in ("xcomp", "oprd"):
        # "dead" and "deceased" are read by _subject_of_copula
        return pred.head.lower_ in _FOUND_VERBS and pred.lower_ not in _DEAD_STATES
    return pred.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                        for c in pred.children)


def _telegraphic_dead(pred: Token) -> Token | None:
    """The counted subject of a killing verb whose object is a bare number with an injury
    state of its own ("1 killed 3 injured"): the subject is the dead, the object the hurt."""
    if not pred.lower_.startswith(_KILL_PREFIXES) or pred.tag_ not in ("VBD", "VBN"):
        return None
    obj = next((c for c in pred.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.tag_ != "CD" or not any(
            c.dep_ in ("acl", "amod") and c.lower_.startswith(_INJURE_PREFIXES)
            for c in obj.children):
        return None
    # the counted subject, not a scene-setting noun the parser also hung there ("the village
    # also under attack, one gendarme killed two wounded")
    return next((c for c in pred.children if c.dep_ == "nsubj" and (
        c.tag_ == "CD" or _number_on(c) is not None)), None)


def _unjoined_clause(obj: Token) -> bool:
    """A second object of one verb that opens, after a comma, with a word that can be a verb:
    the parser's reading of an unjoined next clause ("kill 3 guards in a jail break, free 40
    inmates"), not a list ("killing his mother, step-father and grandmother")."""
    first = obj.left_edge
    return first.i > 0 and obj.doc[first.i - 1].text == "," and first.tag_ in (
        "JJ", "VB", "VBD", "VBN", "VBP", "VBZ")


def _stands_for_people(head: Token) -> bool:
    """A name, a number, a pronoun or a word for a group of people ("hundreds", "victims")."""
    lower = head.lower_
    return head.pos_ in ("NUM", "PROPN", "PRON") or lower in _VAGUE_HEADS or \
        lower in _COLLECTIVE or lower in _GENERAL_HEADS


def _people(head: Token) -> bool:
    """A noun phrase head that names people (or stands for them: a bare number, "hundreds")."""
    lower = head.lower_
    return _stands_for_people(head) or _person_noun(lower) or \
        _person_noun(lower.removesuffix("s")) or _person_noun(lower.removesuffix("es"))


def _named_people(head: Token) -> bool:
    """People by the narrow test: a listed person noun, not a word that merely ends like one
    ("a search warrant" is what "executed" acts on when it kills no one)."""
    return _stands_for_people(head) or names_people(head.lower_)


def _combined_casualties(pred: Token) -> bool:
    """A passive casualty verb coordinated with one of the other kind on the same subject:
    "were killed and injured", "were wounded or killed"."""
    category = _predicate_category(pred)
    # A partner with its own auxiliary is its own clause, whatever the parser did with its
    # subject: "nine were killed, including the driver, and 15 people were injured".
    partners = [c for c in pred.children if c.dep_ == "conj" and not _own_subject(c)
                and not any(g.dep_ in ("aux", "auxpass") for g in c.children)]
    if pred.dep_ == "conj" and not _own_subject(pred):
        partners.append(pred.head)
    return any(p.pos_ == "VERB" and _predicate_category(p) not in (None, category)
               for p in partners)


def _own_subject(verb: Token) -> bool:
    """A subject of its own, or "other(s)" the parser hung on it as a modifier ("4 people were
    killed and other injured": the others are the injured)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") or (
        c.lower_ in ("other", "others", "another") and c.i < verb.i) or (
        # "were confirmed dead and several wounded": a quantity hung on the verb before it
        c.i < verb.i and c.dep_ in ("amod", "nummod", "advmod", "npadvmod")
        and (c.lower_ in _VAGUE_HEADS or c.tag_ == "CD")) or (
        # "were killed and a third seriously wounded": an ordinal is one more person, the
        # verb's own subject with its "was" left out
        c.i < verb.i and c.lower_ in _ORDINALS) for c in verb.children) or any(
        # the parser may hang the ordinal on the adverb: "a third badly hurt"
        g.i < c.i < verb.i and g.lower_ in _ORDINALS for c in verb.children
        if c.dep_ == "advmod" for g in c.children)


def _as_well_as(pred: Token) -> list[Token]:
    """"six fighters were killed, as well as one soldier", "two guards died in the attack, as
    well as a cook": the people after "as well as" share the predicate. The parser hangs them
    on the verb or on "as", under several labels."""
    doc = pred.doc
    found: list[Token] = []
    for marker in (c for c in pred.children if c.lower_ == "as" and c.i >= 2
                   and doc[c.i - 1].lower_ == "well" and doc[c.i - 2].lower_ == "as"):
        person = next((t for t in doc[marker.i + 1:min(len(doc), marker.i + 6)]
                       if t.pos_ in ("NOUN", "PROPN") and t.head in (pred, marker)
                       and t.dep_ in ("conj", "npadvmod", "pobj", "dobj", "appos")), None)
        if person is not None and not _own_predicate(person) and any(
                g.dep_ in ("nummod", "det") for g in person.children):
            found.append(person)
    return found


def _transitive_without_object(pred: Token) -> bool:
    """A killing or injuring verb in the past with a subject and neither an object, an
    auxiliary, nor a coordinated verb whose object it shares ("gunmen killed and wounded 12")."""
    lower = pred.lower_
    transitive = lower.startswith(_KILL_PREFIXES) or lower.startswith(_INJURE_PREFIXES) or (
        lower in _KILL_FORMS and lower != "slay") or (
        lower in _SHOOT_FORMS and _fatal_modifier(pred))  # "Union leader shot dead"
    if not transitive or pred.tag_ not in ("VBD", "VBN") or \
            pred.dep_ not in ("ROOT", "conj", "ccomp"):
        return False
    children = [c for c in pred.children if not _parenthesized(c)
                and not _headline_second_clause(pred, c)]
    if any(c.dep_ in ("aux", "dobj", "obj", "ccomp", "xcomp") for c in children):
        return False
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ in ("dobj", "obj")
                                                            for g in c.children)
           for c in children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "NUM") for c in children)


def _shared_objects(pred: Token) -> list[Token]:
    """"lynched and burned three men", "beat and stabbed two guards": a verb without an object
    shares the object of the verb coordinated after it, unless that verb counts another kind of
    casualty ("killed and injured 12" does not say how many died)."""
    category = _predicate_category(pred)
    for conj in (c for c in pred.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        other = _predicate_category(conj)
        if other is not None and other != category:
            return []
        objects = [g for g in conj.children if g.dep_ in ("dobj", "obj")]
        if objects:
            return objects
    return []


def _companions(pred: Token) -> list[Token]:
    """"was killed along with two bodyguards", "together with his driver": the companions
    share the predicate."""
    found: list[Token] = []
    for child in pred.children:
        if child.dep_ == "prep" and child.lower_ == "with" and any(
                t.lower_ in ("along", "together") for t in pred.children):
            found.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.lower_ in ("along", "together"):
            found.extend(g for w in child.children if w.lower_ == "with"
                         for g in w.children if g.dep_ == "pobj")
        elif _added_with_plus(child) and child.pos_ in ("NOUN", "PROPN", "NUM"):
            found.append(child)  # "six soldiers were killed, plus two of the attackers"
    return found


def _added_with_plus(conjunct: Token) -> bool:
    """A conjunct joined by "plus": more people on top of those before ("four dead, plus the
    bomber")."""
    head = conjunct.head
    return conjunct.dep_ == "conj" and any(
        t.dep_ == "cc" and t.lower_ == "plus" and head.i < t.i < conjunct.i
        for t in head.children)


_BESIDES = ("besides", "beside")


def _besides(pred: Token) -> list[Token]:
    """"In addition to the two attackers, one person was killed", "besides the gunman, four
    died", "aside from the attacker": the people set apart share the predicate too."""
    found: list[Token] = []
    for child in pred.children:
        if child.dep_ not in ("prep", "advmod"):
            continue
        for token in child.subtree:
            marker = token.head  # "besides", or "to"/"from" of "in addition to", "aside from"
            before = marker.doc[marker.i - 1].lower_ if marker.i > 0 else ""
            set_apart = marker.lower_ in _BESIDES or (marker.lower_ in ("to", "from") and (
                marker.head.lower_ in _SET_APART or before in _SET_APART))
            if token.dep_ == "pobj" and set_apart and not _survived(token):
                found.append(token)
    return found


_SET_APART = frozenset({"addition", "apart", "aside"})
_SURVIVED = ("arrest", "captur", "detain", "fled", "escap", "surviv", "surrender", "held")


def _survived(person: Token) -> bool:
    """"besides the gunman, who was arrested": set apart because alive."""
    return any(c.dep_ in ("relcl", "acl") and any(t.lower_.startswith(_SURVIVED)
                                                  for t in c.subtree)
               for c in person.children)


def _clause_verb(pred: Token) -> Token:
    """The first verb of a coordination or a completed verb ("were shot and killed": "shot")."""
    return pred.head if pred.dep_ in ("conj", "xcomp") and pred.head.i < pred.i else pred


# What may stand between a subject and its verb: "a farmer, 52, was later shot".
_BETWEEN_SUBJECT_AND_VERB = frozenset({"aux", "auxpass", "neg", "punct", "advmod"})
# The links that hang a misattached subject inside a fronted place ("in <Town>, <Province>,").
_PLACE_PATH = frozenset({"pobj", "prep", "conj", "appos", "compound", "npadvmod"})


def _fronted_apposition(verb: Token) -> list[Token]:
    """The subject of a clause that opens with a place set off by commas ("On Monday, in
    <Town>, <Province>, a farmer and two sons were shot dead"): the small model hangs the
    noun phrase after the last comma on the place as an apposition, and the verb has no
    subject. Only a verb with no subject of its own qualifies, and only a phrase that ends
    right before it (commas, auxiliaries and adverbs apart) inside a preposition of that
    verb, so a real apposition of a place ("in Gao, a town in the north,") is not taken: it
    is followed by the subject the verb already has."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")
                                  or (c.dep_ == "aux" and c.lower_ == "to")
                                  for c in verb.children):
        return []  # only the main clause opens with the place ("to be killed" has no subject)
    doc = verb.doc
    last = verb.i - 1
    while last >= 0 and doc[last].dep_ in _BETWEEN_SUBJECT_AND_VERB and (
            doc[last].is_punct or doc[last].head.i >= last):
        last -= 1
    if last < 0:
        return []
    # The outermost noun phrase that ends there and that the parser hung on the place as an
    # apposition (or as one more item of its list): "eight people including four policemen
    # and <Name>" is the subject, not <Name>.
    phrase = None
    token = doc[last]
    while token.head.i != token.i and token.head.i < verb.i:
        if token.right_edge.i == last and (
                (token.dep_ == "appos" and token.pos_ in ("NOUN", "PROPN", "NUM", "PRON"))
                or (token.dep_ == "conj" and _counted_person(token))):
            phrase = token
        token = token.head
    if phrase is None:
        return _fronted_name(doc[last], verb)
    step = phrase.head
    while step.i != verb.i:
        if step.dep_ not in _PLACE_PATH or step.head.i == step.i:
            return []
        if step.dep_ == "prep" and step.head.i == verb.i:
            return [phrase]
        step = step.head
    return []


def _fronted_name(name: Token, verb: Token) -> list[Token]:
    """"..., in the village of <Town>, <Region>, former imam <First> <Last>, was shot": a
    person's name (two capitalized words or more, not a kind of place) set off by a comma
    right before a verb that has no subject, which the parser hung inside the place."""
    doc = name.doc
    first = name.i
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i == name.i:
        first -= 1
    if name.pos_ != "PROPN" or first == name.i or name.lower_ in _PLACE_KINDS or \
            verb.i < name.i:
        return []
    return [name] if all(doc[i].text[:1].isupper() for i in range(first, name.i + 1)) else []


def _counted_person(token: Token) -> bool:
    """A common noun of people with a number or a determiner ("a shopkeeper", "two nephews")."""
    return token.pos_ == "NOUN" and _person_noun(token.lower_.removesuffix("s")) and (
        _number_on(token) is not None or any(c.dep_ in ("det", "poss") for c in token.children))


def _subject_of_copula(dead: Token) -> Token | None:
    """"Three are dead" (acomp), "left five people dead" (the object of "left")."""
    head = dead.head
    if dead.dep_ == "amod" and head.tag_ == "CD":
        return head  # "23 dead"
    if dead.dep_ in ("ccomp", "xcomp") and head.lower_ not in ("be", "is", "are", "was",
                                                                "were"):
        subject = next((c for c in dead.children if c.dep_ == "nsubj"), None)
        return subject or next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
    if dead.dep_ == "acomp":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None and head.dep_ == "xcomp":  # "22 are believed to be dead"
            subject = next((c for c in head.head.children
                            if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject
    if dead.dep_ in ("oprd", "advcl", "conj") and head.lower_.startswith(("left", "leav")):
        return next((c for c in head.children if c.dep_ == "dobj"), None)
    if dead.dep_ in ("oprd", "acomp", "advcl", "xcomp") and head.lower_ in ("found", "lay",
                                                                            "lying", "left"):
        subject = next((c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subject is None and head.dep_ == "conj":  # "were kidnapped and later found dead"
            subject = next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
        return subject
    if dead.dep_ == "ROOT":
        return next((c for c in dead.children if c.dep_ in ("nsubj", "npadvmod")), None)
    return None


class _Counted(NamedTuple):
    value: int
    quantity: Quantity | None
    role: Role
    with_perpetrator: bool
    breakdown: bool = False


def _count_phrase(head: Token, parse: Doc) -> _Counted | None:
    """(people, the number phrase if one was stated, role, includes a perpetrator) for a noun
    phrase and its conjuncts; None when the phrase does not count people."""
    total = 0
    first_quantity: Quantity | None = None
    roles: set[str] = set()
    with_perpetrator = False
    conjuncts = _conjuncts(head)
    if _shared_number(conjuncts):
        # "at least 21 soldiers and volunteer fighters": one number before nouns joined with
        # no number of their own counts them together
        counted_first = _count_one(head, parse)
        if counted_first is not None:
            return _Counted(counted_first[0], counted_first[1], "victims" if len(
                {_role(c) for c in conjuncts}) > 1 else _role(head), False)
    breakdown = _breakdown_total(conjuncts, parse)
    if breakdown is not None:
        return _Counted(breakdown, _quantity_at(_count_token(head), parse), _role(head), False,
                        breakdown=True)
    for conjunct in conjuncts:
        if len(conjuncts) > 1 and (_of_animals(conjunct) or conjunct.lower_ in _ANIMALS):
            continue  # "killed three of the goats and a shepherd": the animals are no victims
        counted = _count_one(conjunct, parse)
        if counted is None:
            return None
        value, quantity = counted
        if quantity is not None and quantity is first_quantity:
            continue  # "between five and six": a range's two ends are one figure
        total += value
        first_quantity = first_quantity or quantity
        roles.add(_role(conjunct))
        # the attackers "killing themselves" are counted here, not again as perpetrators
        with_perpetrator = with_perpetrator or _includes_perpetrator(conjunct) or \
            conjunct.lower_ in ("themselves", "himself", "herself")
    role = roles.pop() if len(roles) == 1 else "victims"
    return _Counted(total, first_quantity, role, with_perpetrator)


_MAX_CONJUNCT_GAP = 10


BREAKDOWN_RULE = "total with its breakdown"
_COLLECTIVE = frozenset({"people", "persons", "victims", "individuals", "dead", "bodies",
                         "casualties", "others", "fatalities"})


def _count_token(head: Token) -> Token:
    return next((c for c in head.children if c.dep_ == "nummod"), head)


def _shared_number(conjuncts: list[Token]) -> bool:
    """A number on the first noun only, the others bare plurals of people ("12 soldiers and
    policemen", "five men and women"); not "12 soldiers and two policemen", "12 soldiers and
    their driver" or "three men and the women" (determined, counted apart)."""
    if len(conjuncts) < 2 or _number_on(conjuncts[0]) is None:
        return False
    return all(c.tag_ in ("NNS", "NNPS") and c.i > conjuncts[0].i and not any(
        g.dep_ in ("nummod", "det", "poss", "quantmod") for g in c.children)
        and not c.like_num for c in conjuncts[1:])


def _breakdown_total(conjuncts: list[Token], parse: Doc) -> int | None:
    """"40 people, 6 soldiers and 34 civilians": a number followed by parts that add up to it
    is a total with its breakdown (the parser reads it as a list). Returns the total. Parts
    set off by a closing comma are a breakdown after any noun ("Four villagers, two women and
    two boys, were found dead")."""
    if len(conjuncts) < 3 or not (conjuncts[0].lower_ in _COLLECTIVE
                                  or _set_off_by_commas(conjuncts)):
        return None  # "three women, two men and a child" is six, whatever the sums
    values = []
    for conjunct in conjuncts:
        if len(conjuncts) > 1 and (_of_animals(conjunct) or conjunct.lower_ in _ANIMALS):
            continue  # "killed three of the goats and a shepherd": the animals are no victims
        counted = _count_one(conjunct, parse)
        if counted is None:
            return None
        values.append(counted[0])
    return values[0] if values[0] == sum(values[1:]) else None


def _names_restating(head: Token, first: Token) -> bool:
    """"her two young children, <Name> and <Name>": as many names as the counted noun, after
    a comma, say who they are, whatever the parser joined them to."""
    number = _number_on(head)
    if number is None or first.pos_ != "PROPN" or first.i < head.i or \
            first.left_edge.i == 0 or head.doc[first.left_edge.i - 1].text != ",":
        return False
    names = [first, *(t for t in first.subtree
                      if t != first and t.dep_ == "conj" and t.pos_ == "PROPN")]
    return len(names) == number


def _set_off_by_commas(conjuncts: list[Token]) -> bool:
    """"Four villagers, two women and two boys, were ...": a comma after the head and another
    right after the last part close an apposition (a list runs on to its verb)."""
    head, last = conjuncts[0], conjuncts[-1]
    doc = head.doc
    after_head = head.right_edge.i + 1 if head.right_edge.i < conjuncts[1].i else head.i + 1
    after_last = last.right_edge.i + 1
    return after_head < len(doc) and doc[after_head].text == "," and \
        after_last < len(doc) and doc[after_last].text == ","


def _conjuncts(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ("his wife and two children"), but not a
    dateline ("CHICAGO -- A man ...") or a noun of another clause joined by a parse error."""
    found = [head]
    # "two men, <Name> and <Name>": names after a counted head restate it; after "a father"
    # the parser's apposition is just the next person of a list.
    counted = any(c.dep_ == "nummod" for c in head.children)
    appositions = [c.i for c in head.children if c.dep_ == "appos"
                   and not _across_clause_break(head, c)] if counted else []
    if appositions and not _restates(head):
        # "Two traffic wardens, one court clerk and one market porter": a list of kinds of
        # people, each counted, that the parser hangs as an apposition.
        for appos in (c for c in head.children if c.dep_ == "appos"
                      and not _across_clause_break(head, c)
                      and c.lower_ not in ("all", "both", "each")):  # "..., all from one town,"
            found.extend(_conjuncts(appos))
        appositions = []
    for child in head.children:
        if appositions and child.i > min(appositions):
            break  # "two men, <Name> and <Name>": the names restate the two
        if child.dep_ == "conj" and (child.pos_ in ("NOUN", "PROPN", "NUM") or child.lower_ in (
                "himself", "herself", "themselves")) and \
                child.lower_ not in _PLACE_KINDS and \
                _conjunct_gap(head, child) <= _MAX_CONJUNCT_GAP and not _dateline(child) and \
                not _own_predicate(child) and not _one_person_two_roles(head, child) and \
                not any(t.pos_ in ("VERB", "AUX") for t in head.doc[min(head.i, child.i):
                                                                      max(head.i, child.i)]) \
                and not _names_restating(head, child) and not _name_set_off(head, child):
            found.extend(_conjuncts(child))
    found.extend(_kin_after_of(head))
    if counted:
        found.extend(c for t in _conjuncts_hung_inside(head) for c in _conjuncts(t))
    if not counted and head.pos_ == "NOUN":
        # "a lawyer, <Name>, and a reporter, <Name>": the parser joins the next person to the
        # first one's name
        for name in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            found.extend(g for g in name.children if g.dep_ == "conj" and (
                (g.pos_ == "NOUN" and _person_noun(g.lower_)) or _share_of_people(g)))
    if not counted:
        listed = [c for c in head.children if c.dep_ == "appos" and (
                      _person_noun(c.lower_) or _number_on(c) is not None)
                  and any(g.dep_ == "conj" and not _one_person_two_roles(c, g)
                          for g in c.children) and _lists_people(head, c)]
        for appos in listed:  # "a father, his son and a neighbour"
            found.extend(_conjuncts(appos))
    return found


def _name_set_off(head: Token, conjunct: Token) -> bool:
    """"A German, <First> <Last>, and four others": a name set off by commas right after one
    person told by an article is that person's name (the parser joins it as a conjunct), not
    one more; "<Name>, <Name> and <Name>" (names only) are several."""
    doc = head.doc
    if conjunct.pos_ != "PROPN" or head.tag_ not in ("NN", "NNP") or \
            not _has_det(head, "a", "an", "the") or conjunct.i < head.i:
        return False
    before = conjunct.left_edge.i - 1
    after = conjunct.right_edge.i + 1
    return before == head.i + 1 and doc[before].text == "," and \
        after < len(doc) and doc[after].text == "," and \
        all(t.tag_ == "NNP" for t in doc[conjunct.left_edge.i:after])


def _share_of_people(token: Token) -> bool:
    """"two of his guards", "three of their children": a number taking a share of people."""
    return token.pos_ == "NUM" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and _person_noun(g.lower_) for g in c.children)
        for c in token.children)


# Nouns that name a different person when coordinated ("a man and woman" are two).
_DISTINCT_PERSONS = frozenset({"man", "woman", "boy", "girl", "child", "baby", "infant",
                               "toddler", "teen", "teenager", "wife", "husband", "son",
                               "daughter", "brother", "sister", "friend", "companion"})


def _one_person_two_roles(head: Token, conjunct: Token) -> bool:
    """"a teacher and activist was shot dead", "a party member and coordinator, <Name>": two
    roles under one article are one person when the verb is singular or one name follows
    them. Not "a man and woman", nor "the mayor and his driver"."""
    if head.tag_ != "NN" or conjunct.tag_ != "NN" or conjunct.lower_ in _DISTINCT_PERSONS or \
            not _has_det(head, "a", "an", "the") or any(
                c.dep_ in ("poss", "nummod") for c in conjunct.children):
        return False
    named_once = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.i > conjunct.i] or _full_name_after_comma(conjunct)
    anchor = head.head if head.dep_ == "appos" else head  # "<Name>, a member and candidate,"
    verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass") else None
    singular_verb = verb is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in verb.children)
    if any(c.dep_ == "det" for c in conjunct.children):
        # "a social leader and also the vice-president of the community was killed": with a
        # determiner of its own, only the singular verb makes it the same person
        return singular_verb
    return bool(named_once) or singular_verb


def _full_name_after_comma(token: Token) -> bool:
    """A name of two or more words set off by a comma right after the token, whatever the
    parser hung it on: "killed a party member and organizer, <First> <Last>."."""
    doc = token.doc
    start = token.i + 2
    if start >= len(doc) or doc[token.i + 1].text != ",":
        return False
    end = start
    while end < len(doc) and doc[end].tag_ == "NNP":
        end += 1
    return end - start >= 2 and (end == len(doc) or doc[end].text in (",", ".", ";"))


def _conjuncts_hung_inside(head: Token) -> list[Token]:
    """A counted group of people joined to the last noun of the head's own "of" phrase or
    participle by the parser: "Four fighters of the <Name> armed faction | and two army
    officers", "Seven employees of the <Name> company and their driver" (not "two of the five
    passengers and three crew", a list of people)."""
    if head.pos_ != "NOUN":
        return []  # "Two of those men, <Name> and <Name>": a partitive, its names restate it
    inside = [t for c in head.children if c.i > head.i and (
                  (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "acl")
              for t in c.subtree]
    return [t for t in inside if t.dep_ == "conj" and t.tag_ in ("NN", "NNS")
            and (_number_on(t) is not None or any(c.dep_ in ("det", "poss") for c in t.children))
            and (_person_noun(t.lower_) or _person_noun(t.lower_.rstrip("s")))
            and t.head.pos_ in ("NOUN", "PROPN") and not _people(t.head)
            and not any(a.dep_ == "prep" and a.lower_ in ("including", "among")
                        for a in t.head.ancestors)
            and t.i == max(u.i for u in t.head.subtree if u.dep_ == "conj")]


def _conjunct_gap(head: Token, conjunct: Token) -> int:
    """Words between a noun and its conjunct, not counting the noun's own "of" phrase: "Three
    fighters of the Popular Dawn (PD) armed movement and two ex-militia fighters" are near."""
    low, high = sorted((head.i, conjunct.i))
    # not a partitive's ("Two of those men, <Name> and <Name>": the names restate the two)
    own = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i
           for t in c.subtree} if head.pos_ == "NOUN" else set()
    return sum(1 for i in range(low + 1, high) if i not in own)


def _across_clause_break(head: Token, other: Token) -> bool:
    """A semicolon between them: "3 soldiers killed; 5 others wounded" is no apposition."""
    low, high = sorted((head.i, other.i))
    return any(t.text == ";" for t in head.doc[low:high])


def _lists_people(head: Token, appos: Token) -> bool:
    """Whether a coordinated apposition lists more people ("a father, his son and a neighbour")
    rather than describing one ("<Name>, a journalist and activist", "<Name>, a village elder
    and a founder of the council"): after a name, one of them is somebody's or counted
    ("<Name>, his wife and a neighbour", "<Name>, her two sons and a cousin")."""
    if head.pos_ != "PROPN":
        return True  # "a baby boy, his brother, mother and father": one possessive for all
    conjuncts = [c for c in appos.subtree if c.dep_ == "conj" and c.head.i >= appos.i]
    return any(g.dep_ in ("poss", "nummod") for c in [appos, *conjuncts] for g in c.children)


# Heads that an apposition breaks down rather than continues: "two men, a 20-year-old and his
# cousin", "three people, two of them children".
_GENERAL_HEADS = _COLLECTIVE | frozenset({"men", "women", "children", "boys", "girls", "adults",
                                          "teens", "teenagers", "youths", "civilians",
                                          "residents", "villagers", "members", "relatives"})


def _place_named_after_of(head: Token) -> bool:
    """"discovered in the area of <Name> (<District>), presumably killed in airstrikes": the
    participle the parser hangs on a place's name is not about the place."""
    return head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of" and \
        head.head.head.lower_ in _PLACE_KINDS


def _name_with_kin(head: Token) -> bool:
    """"Ruiz and his driver were killed": a capitalized word that begins the sentence, tagged
    as a common noun by the small model, is a person's name when "his" or "her" person is
    coordinated with it (the possessive refers back to it)."""
    return head.i == head.sent.start and head.tag_ == "NN" and head.text.istitle() and \
        head.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "conj" and _person_noun(c.lower_) and any(
                g.dep_ == "poss" and g.lower_ in ("his", "her") for g in c.children)
            for c in head.children)


def _parts_exceed(head: Token, appositions: list[Token]) -> bool:
    """Counted parts after a counted head that add up to more than it cannot break it down."""
    total = _number_on(head)
    if total is None or not appositions:
        return False
    values: list[int] = []
    for part in (t for a in appositions for t in a.subtree if t == a or t.dep_ == "conj"):
        if part.pos_ != "NOUN":
            continue
        number = _number_on(part)
        if number is None and not _has_det(part, "a", "an"):
            return False  # a part without a count: no sum to compare
        values.append(1 if number is None else number)
    return bool(values) and sum(values) > total


def _restates(head: Token) -> bool:
    """Whether the head's apposition restates it (names, or a general noun broken down) or,
    with a counted noun of its own kind, continues a list of kinds of people."""
    appositions = [c for c in head.children if c.dep_ == "appos"]
    if _parts_exceed(head, appositions):
        return False  # "Two women, two men and a child": three more than two, so a list
    if head.lower_ in _GENERAL_HEADS:
        return True
    if len(appositions) == 1 and appositions[0].tag_ == "NN" and \
            appositions[0].lower_ not in _GROUP_NOUNS and \
            _has_det(appositions[0], "a", "an") and (_number_on(head) or 0) > 1 and \
            not any(c.dep_ == "conj" for c in appositions[0].children) and \
            appositions[0].left_edge.lower_ in ("a", "an") and \
            head.doc[appositions[0].left_edge.i - 1].text == ",":
        return False  # "killing eight police personnel, a forest guard, and ...": one more
        # person, not the eight told again
    if appositions and any(
            t.dep_ == "conj" and t.lower_ in ("himself", "herself", "themselves")
            for t in (*head.children, *(u for a in appositions for u in a.subtree))):
        return False  # "killed seven students, a teacher, and himself, with a pistol": the
        # killer is no part of his victims, so the list goes on
    doc = head.doc
    for appos in appositions:
        after = max(t.i for t in appos.subtree) + 1
        if after < len(doc) and doc[after].text in (",", ")", "-", "–", "—"):
            return True  # closed like a parenthesis: "Three soldiers, two officers and a
            # private, died" breaks the three down
    return not all(
        a.pos_ == "NOUN" and a.lower_ != head.lower_ and any(
            c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an", "another"))
            for c in a.children)
        for a in appositions)


def _kin_after_of(head: Token) -> list[Token]:
    """"the chief of the party, his wife and child": the parser hangs the wife and the child on
    "party"; people with a possessive coordinated there belong to the head."""
    kin: list[Token] = []
    if head.lower_ in _BODY_NOUNS:
        return kin  # "the bodies of <Name> and his driver": whose bodies, counted by them
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            if _person_noun(pobj.lower_):
                continue
            for conj in pobj.subtree:
                if conj.dep_ == "conj" and _person_noun(conj.lower_) and (
                        any(c.dep_ == "poss" for c in conj.children)
                        or conj.head.dep_ == "conj"):
                    kin.append(conj)
    return kin


def _dateline(token: Token) -> bool:
    return token.is_upper and len(token.text) > 1


def _count_one(head: Token, parse: Doc) -> tuple[int, Quantity | None] | None:
    lower = head.lower_
    if lower in _PLACE_KINDS:
        return None  # "killed the mayor in Dalby municipality, Orne province": an address
    if lower in _BODY_NOUNS:
        return _count_body(head, parse)
    if lower in _NONE_WORDS or (lower == "one" and _has_det(head, "no")):
        return 0, None
    if head.pos_ == "NUM" or head.tag_ == "CD":
        return _stated(head, parse)  # "three were killed", "two of them", "one of the gunmen"
    if lower in _VAGUE_HEADS and head.dep_ in ("dobj", "obj", "nsubjpass", "nsubj"):
        return _stated(head, parse)  # "killing several", "dozens were killed"
    vague = next((c for c in head.children if c.dep_ in ("amod", "nummod")
                  and c.lower_ in _VAGUE_HEADS), None)
    if vague is not None and head.tag_ == "NNS" and _person_noun(head.lower_.rstrip("s")) and \
            not _of_animals(head):
        return _stated(vague, parse)  # "many fighters from the group were killed"
    number = next((c for c in head.children if c.dep_ == "nummod"), None)
    if number is not None and not _numbered_name(number, head):
        part = _partitive_share(number)
        return _stated(part if part is not None else number, parse)
    if lower in ("couple", "pair") and not _is_nested_of(head):
        return 2, None
    if (lower == "both" and head.dep_ in ("nsubj", "nsubjpass")) or (
            head.tag_ == "NNS" and _has_det(head, "both") and _person_noun(lower.rstrip("s"))):
        return 2, None  # "both victims were taken to hospital", "both were wounded"
    if any(c.lower_ in ("twin", "twins") for c in head.children) or lower == "twins":
        return 2, None  # "twin brothers were shot dead"
    if lower == "old" and any(c.lower_ in _AGE_UNITS for c in head.children):
        return 1, None  # "the two year old who shot himself has died": an age names a person
    if lower == "total" or lower in _LIFE_WORDS:
        # "a total of four people were killed", "claimed the life of <Name>": the people
        if any(c.dep_ == "amod" and c.lower_ in ("dead", "killed", "injured", "wounded", "hurt")
               for c in head.children):
            return None  # "A total of three dead, twenty injured", a list the parser mangled
        counted_whole = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                              for g in c.children if g.dep_ == "pobj"), None)
        whole = _count_phrase(counted_whole, parse) if counted_whole is not None else None
        if counted_whole is None and lower == "life" and _has_det(head, "a", "an", "another"):
            return 1, None  # "the crash claimed a life": one person, unnamed
        return (whole.value, whole.quantity) if whole is not None else None
    if lower in _GROUP_NOUNS:  # "a family of six"
        size = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.tag_ == "CD"), None)
        if size is not None:
            return _stated(size, parse)
    if lower in _BAND_NOUNS:
        # "a group of three bombers", "a squad of two gunmen": the members counted in the "of"
        # phrase
        members = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"), None)
        number = next((c for c in members.children if c.dep_ == "nummod"), None) \
            if members is not None and _person_noun(members.lower_.rstrip("s")) else None
        if number is not None and number.tag_ == "CD":
            return _stated(number, parse)
    if (lower == "another" or (lower == "other" and _has_det(head, "the"))) and \
            head.dep_ in ("dobj", "obj", "nsubjpass", "nsubj", "conj") and \
            not any(c.dep_ == "nummod" for c in head.children):
        return 1, None  # "killed one policeman and wounded another", "the other was injured"
    if head.pos_ == "PROPN" and _has_det(head, "the", "a", "an") and _person_noun(head.lower_) \
            and not _name_after_title(head):
        return 1, None  # "killed the former Chairman of the union": a title, capitalized
    if head.pos_ == "PROPN":
        counted = _number_before_name(head, parse)
        if counted is not None:
            return counted
        return (1, None) if _looks_like_person_name(head) else None
    if _name_with_kin(head):
        return 1, None
    if head.pos_ == "PRON" and lower in ("who", "that") and head.head.dep_ == "relcl" and \
            head.head.head.pos_ in ("NOUN", "PROPN"):
        if _dated_by_year(head.head):
            return None  # "a journalist who was assassinated in 1998": background
        return _count_one(head.head.head, parse)  # "a commander, who died": its antecedent
    if head.pos_ == "PRON" and lower in ("his", "her") and head.dep_ == "poss" and \
            head.head.lower_ in ("throat", "death"):
        return 1, None  # "slit her throat", "leading to his death": the one whose it was
    if head.pos_ == "PRON" and lower == "them" and head.dep_ in ("dobj", "obj") and any(
            c.lower_ == "both" for c in head.children):
        return 2, None  # "shot <Name> and his brother, killing them both"
    if head.pos_ == "PRON" and lower in ("them", "him", "her") and head.dep_ in ("dobj", "obj"):
        antecedent = _counted_object_before(head)  # "abducted two traders and killed them"
        if antecedent is not None:
            return _count_one(antecedent, parse)
    if head.pos_ == "PRON" and lower == "they" and head.dep_ in ("nsubj", "nsubjpass") and \
            _singular_they(head):
        return 1, None  # "the victim was taken to a hospital, where they later died"
    if head.pos_ == "PRON" and lower == "they" and head.dep_ in ("nsubj", "nsubjpass") and \
            not any(t.tag_ in ("NNS", "NNPS", "CD") for t in parse[:head.i]):
        # "Militants seized seven workers. They were later killed": the one group counted in
        # the sentences before (several groups of other sizes: no reading); a plural told
        # earlier in its own sentence ("Both teens were 16 when they were shot") is its own
        group = _one_size(parse.user_data.get(_EARLIER, {}).values())
        return (group, None) if group is not None else None
    if head.pos_ == "PRON" and lower == "themselves" and head.dep_ in ("dobj", "obj"):
        antecedent = _reflexive_antecedent(head)  # "bombers ..., killing only themselves"
        return _count_one(antecedent, parse) if antecedent is not None else None
    if head.pos_ == "PRON" and lower in ("himself", "herself") and (
            head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
            or _only(head)):
        return 1, None  # "killed six others and himself", "killing only himself": the
        # attacker among the dead
    if head.pos_ == "PRON":
        # "he was killed" is one person; an object pronoun ("killed her") is left to the
        # surface rules, which know whether a person was named before.
        if lower in ("he", "she") and head.dep_ == "nsubjpass":
            return 1, None
        if lower in ("he", "she") and head.dep_ == "nsubj" and head.head.dep_ == "advcl" and \
                _subject_died(head.head):
            return 1, None  # "killed one of his assailants before he died": the actor too
        coordinated = head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
        narrated = head.head.tag_ == "VBG" and head.head.dep_ == "advcl"  # "..., killing him"
        return (1, None) if lower in ("him", "her") and (
            coordinated or narrated or _by_security_forces(head)
            or _person_named_before(head)) else None
    if lower == "parents" and any(c.dep_ == "poss" for c in head.children):
        return 2, None  # "their parents were injured": a mother and a father
    if lower in _ORDINALS and _has_det(head, "a", "the") and head.dep_ in (
            "dobj", "obj", "nsubjpass", "nsubj", "conj") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return 1, None  # "killed three and wounded a fourth": one more person, not a fraction
    if head.tag_ == "NN" and not _has_det(head, "no", "any", "every") and (
            _person_noun(lower) or _someone_hurt(head)):
        return 1, None
    if head.tag_ == "NNS" and _has_det(head, "the", "these", "those") and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in ("other", "remaining")
            for c in head.children):
        counted_before: Mapping[str, int] = parse.user_data.get(_EARLIER, {})
        earlier = counted_before.get(lower)
        if earlier is None and lower in _ATTACKER_WORDS:
            # "Three gunmen opened fire ... The attackers were killed": the attackers are
            # named with any word for them
            earlier = _one_size(v for k, v in counted_before.items() if k in _ATTACKER_WORDS)
        if earlier is None and lower in _CAPTIVE_WORDS:
            # "Rebels kidnapped three engineers ... The hostages were found dead": the one
            # group counted before, named by what happened to it
            earlier = _one_size(counted_before.values())
        if earlier is not None:
            return earlier, None  # "Three assailants attacked ... The assailants were killed"
    return _appositive_count(head, parse)


def _one_size(sizes: Iterable[int]) -> int | None:
    """The size of the one group counted before; none when groups of several sizes were."""
    distinct = set(sizes)
    return distinct.pop() if len(distinct) == 1 else None


def _whole_of_partitive(noun: Token, category: str, parse: Doc) -> Iterator[Reading]:
    """"Two of five men wounded in the attack died": the participle is about all five. When
    the share died, the hurt are the others (three), said without the verb so that the
    totals do not take the dead out a second time."""
    partitive = _partitive(noun)
    assert partitive is not None
    whole, _, share_head = partitive
    counted = _partitive_counts(partitive, parse)
    if counted is None:
        return
    counted_whole, share = counted
    value = counted_whole[0]
    if category == "injured" and _share_died(share_head):
        value -= share
    if value > 0:
        yield _reading(category, value, counted_whole[1] if value == counted_whole[0] else None,
                       parse[whole.i:noun.i + 1], _role(noun),
                       "participle on the whole of a partitive", False)


def _survivors_of_partitive(parse: Doc) -> Iterator[Reading]:
    """"One of the three people shot on Sunday has died": a share of the people shot died, so
    the others (two) are the hurt. Only for a participle that is no casualty predicate of its
    own ("shot" without "dead"); the wounding ones are read by _whole_of_partitive."""
    for token in parse:
        if token.dep_ != "acl" or token.lower_ not in _SHOOT_FORMS or \
                _predicate_category(token) is not None or _hypothetical(token):
            continue
        partitive = _partitive(token.head)
        if partitive is None or not _share_died(partitive[2]):
            continue
        counted = _partitive_counts(partitive, parse)
        if counted is None:
            continue
        whole = partitive[0]
        survivors = counted[0][0] - counted[1]
        if survivors > 0:
            yield _reading("injured", survivors, None, parse[whole.i:token.head.i + 1],
                           _role(token.head), "survivors of a partitive", False)


_GUNSHOT_FORMS = frozenset({"shot", "shoot", "shoots", "shooting"})
_REFLEXIVES = frozenset({"himself", "herself"})


def _self_inflicted_wounds(parse: Doc) -> Iterator[Reading]:
    """"He accidentally shot himself in the foot", "discharged a gun, shooting himself and a
    woman": a shooter who hits himself where a bullet wounds (or by accident) is hurt, with the
    people hit beside him. Not "shot himself" alone, nor with "dead" or "fatally": a suicide
    is read as a death elsewhere."""
    for verb in parse:
        if verb.lower_ not in _GUNSHOT_FORMS or _predicate_category(verb) is not None or \
                _hypothetical(verb) or _negated_or_failed(verb):
            continue
        reflexive = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                          and c.lower_ in _REFLEXIVES), None)
        if reflexive is None:
            continue
        wound = any(p.lower_ in BODY_PARTS for a in verb.children
                    if a.dep_ == "prep" and a.lower_ == "in" for p in a.children)
        accident = ("accidentally", "unintentionally", "inadvertently")
        if not (wound or _adverb(verb, *accident) or (
                verb.dep_ in ("advcl", "conj") and _adverb(verb.head, *accident))):
            continue  # "accidentally discharged a gun, shooting himself": the clause's manner
        if any(c.dep_ == "conj" and _predicate_category(c) == "killed" for c in verb.children):
            continue  # "shot himself in the head and died": a death
        others = [c for c in reflexive.children if c.dep_ == "conj"]
        counted = [_count_one(c, parse) for c in others]
        if any(c is None for c in counted):
            continue
        value = 1 + sum(c[0] for c in counted if c is not None)
        span = parse[verb.i:max([reflexive.i, *(c.i for c in others)]) + 1]
        yield _reading("injured", value, None, span, "victims", "self-inflicted wound", False)


def _partitive_counts(partitive: tuple[Token, Token, Token], parse: Doc
                      ) -> tuple[tuple[int, Quantity], int] | None:
    """(the whole's figure, how many the share is) of a partitive: "two of", "one of", and
    "none of" (0) five."""
    whole, share, _ = partitive
    counted_whole = _stated(whole, parse)
    counted_share = (0, None) if share.lower_ == "none" else _stated(share, parse)
    if counted_whole is None or counted_share is None:
        return None
    return counted_whole, counted_share[0]


def _share_died(subject: Token) -> bool:
    """The share of a partitive is the subject of a death ("two of them died")."""
    return subject.dep_ in ("nsubj", "nsubjpass") and \
        _predicate_category(subject.head) == "killed" and not _negated_or_failed(subject.head)


def _partitive(noun: Token) -> tuple[Token, Token, Token] | None:
    """(the whole's number, the share's number, the token the share's predicate governs) for
    a counted noun that is the whole of a partitive: "One of the three people" (the share
    governs) or the parser's "One of | three | people" (the noun governs)."""
    whole = next((c for c in noun.children if c.dep_ == "nummod"), None)
    if whole is None:
        return None
    share = _partitive_share(whole)
    if share is not None:
        return whole, share, noun
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    if noun.head.head.tag_ == "CD":
        return whole, noun.head.head, noun.head.head
    # fronted: "Of the four people shot, two died", the share the subject of the verb after
    verb = noun.head.head
    fronted = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                    and (c.tag_ == "CD" or c.lower_ in ("one", "none")) and c.i > noun.i), None)
    return (whole, fronted, fronted) if fronted is not None and verb.i > noun.i else None


def _partitive_share(number: Token) -> Token | None:
    """"One of three people shot at the party died": the parser hangs "One of" on the
    whole's number as two modifiers; the predicate is about the share, not the whole."""
    share = next((c for c in number.children if c.dep_ == "quantmod" and c.tag_ == "CD"
                  and c.i < number.i), None)
    if share is None or not any(c.dep_ == "quantmod" and c.lower_ == "of"
                                and share.i < c.i < number.i for c in number.children):
        return None
    return share


def _numbered_name(number: Token, head: Token) -> bool:
    """A digit that ends a name inside the phrase ("the <Name> 2 village chief", "<Name> 3
    camp residents"): a numbered place or unit, not how many people."""
    if number.i == 0 or not number.text.isdigit():
        return False
    name = number.doc[number.i - 1]
    if name.tag_ != "NNP":
        return False
    # "<Name> 3 village head": both hang on the head; "<Name> 5 police chief": the digit on
    # the name.
    return (name.head == head and name.dep_ in ("nmod", "compound")) or (
        number.head == name and name.head.i > number.i)


def _singular_they(pronoun: Token) -> bool:
    """"they" standing for one person not named by sex: the nearest person noun before it in
    the sentence is singular ("the victim ... where they died"); a plural one, or none, makes
    it a group the surface rules count."""
    for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if token.pos_ == "PRON" and token.lower_ in ("they", "them", "we"):
            return False
        if token.pos_ == "NOUN" and _person_noun(token.lower_):
            return token.tag_ == "NN" and _has_det(token, "the", "a", "an")
    return False


def _person_named_before(pronoun: Token) -> bool:
    """"Robbers broke into the home of a pastor and shot him dead": an object pronoun whose
    antecedent, a singular person, was named earlier in the sentence and is no casualty
    predicate's victim there (then the pronoun would count the same person twice) nor the
    subject of the pronoun's own verb."""
    for token in reversed(pronoun.doc[:pronoun.i]):
        if token.tag_ == "NN" and _person_noun(token.lower_):
            if token.dep_ in ("nsubj", "nsubjpass") and token.head == pronoun.head:
                return False
            return _predicate_category(token.head) is None
    return False


def _count_body(body: Token, parse: Doc) -> tuple[int, Quantity | None] | None:
    """"the bodies of three men" are the three; "his body", "a dead body" one; "14 bodies"
    fourteen; "bodies" alone are not counted."""
    of_whom = next((g for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
    if of_whom is not None:
        counted = _count_phrase(of_whom, parse)
        return (counted.value, counted.quantity) if counted is not None else None
    number = next((c for c in body.children if c.dep_ == "nummod"), None)
    if number is not None:
        return _stated(number, parse)
    if body.tag_ == "NN" and _body_of_someone(body):
        return 1, None
    return None


_EARLIER = "storyline.earlier_counts"


def earlier_counts(sentences: Iterable[str]) -> dict[str, int]:
    """The plural nouns counted in `sentences` (in order) with their number: "Three assailants
    armed with knives" gives {"assailants": 3}. A noun counted twice with different numbers is
    ambiguous and left out."""
    found: dict[str, int | None] = {}
    for text in sentences:
        for quantity in find_quantities(text):
            if quantity.value < 2 or quantity.qualifier != "exact":
                continue
            following = _FOLLOWING_WORDS.match(text, quantity.end)
            if following is None:
                continue
            for word in following.group(0).lower().split():
                if word.endswith(("s", "men", "people", "police", "children")):
                    found[word] = quantity.value if found.get(word, quantity.value) == \
                        quantity.value else None
    return {word: value for word, value in found.items() if value is not None}


# The words after a number up to the noun it counts: "two suicide bombers", "three unknown
# gunmen" (up to four words, never across punctuation).
_FOLLOWING_WORDS = re.compile(r"(?:\s+[A-Za-z][\w-]*){1,4}")


def _stated(number: Token, parse: Doc) -> tuple[int, Quantity] | None:
    """The figure the number phrase at `number` states, with its quantity."""
    quantity = _quantity_at(number, parse)
    return (quantity.value, quantity) if quantity is not None else None


def _number_before_name(head: Token, parse: Doc) -> tuple[int, Quantity] | None:
    """"6 Mayi Mayi fighters", "12 Taliban were killed": a number before a run of proper nouns
    counts the members of the named group (the parser often misses the link)."""
    index = head.i - 1
    while index >= 0 and parse[index].pos_ == "PROPN" and head.i - index <= 3:
        index -= 1
    if index < 0 or parse[index].tag_ != "CD":
        return None
    return _stated(parse[index], parse)


_ANIMALS = frozenset({"cattle", "livestock", "goats", "sheep", "cows", "camels", "animals",
                      "poultry", "pigs", "donkeys", "horses"})


def _of_animals(head: Token) -> bool:
    """"several heads of cattle" are not people."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lower_ in _ANIMALS for g in c.children) for c in head.children)


def _dated_by_year(clause: Token) -> bool:
    """A clause dated by a year of its own ("who was killed in 1998") tells a person's past."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "since") and any(
        g.tag_ == "CD" and len(g.text) == 4 and g.text.isdigit() for g in c.children)
        for c in clause.children)


def _counted_object_before(pronoun: Token) -> Token | None:
    """The counted object of an earlier verb coordinated with the pronoun's verb: in
    "kidnapped two supporters and later killed them", "them" are the two."""
    plural = pronoun.lower_ == "them"
    verb = pronoun.head
    for _ in range(4):
        if verb.dep_ not in ("conj", "advcl"):
            break
        verb = verb.head
        # the verb's object, or the object of its preposition ("opened fire on two officers")
        candidates = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon")
            for g in c.children if g.dep_ == "pobj"] + [
            # "proceeded to shoot five patrons ..., injuring them all"
            g for c in verb.children if c.dep_ == "xcomp" for g in c.children
            if g.dep_ in ("dobj", "obj")]
        found = [c for c in candidates if c.i < pronoun.i and (
            (plural and c.tag_ == "NNS" and _number_on(c) is not None)
            or (not plural and c.tag_ == "NN" and _person_noun(c.lower_)
                and _has_det(c, "a", "an", "the")))]
        if found:
            return found[-1]
        if plural:
            leading = [n for n in map(_number_opening_a_named_group, candidates)
                       if n is not None and n.i < pronoun.i]
            if leading:
                return leading[-1]
    return None


def _number_opening_a_named_group(obj: Token) -> Token | None:
    """"abducted four Workers Party of Bengal (WPB) activists", "seized three
    National Union of Teachers members", "took two Bank of Kenya guards hostage": the parser
    hangs the number on the name inside the phrase, not on the people it counts. The number
    that opens the object's phrase, with one plural person noun after the name and no other
    number in it, counts those people."""
    first = obj.left_edge
    if first.tag_ != "CD" or first.dep_ != "nummod":
        return None
    value = parse_number(first.text)
    if value is None or value < 2:
        return None
    phrase = list(obj.subtree)
    if any((t.tag_ == "CD" and t.i != first.i) or t.dep_ == "conj" for t in phrase):
        return None  # another number, or more people joined on ("... and their driver")
    named = any(t.tag_ in ("NNP", "NNPS") for t in phrase)
    people = [t for t in phrase if t.tag_ == "NNS" and t.i > first.i and _people(t)
              and t.lower_ not in _VAGUE_HEADS]
    return first if named and len(people) == 1 else None


def _reflexive_antecedent(pronoun: Token) -> Token | None:
    """The subject a reflexive object refers to: of its own verb, or of the clause a
    participle ("..., killing themselves") hangs on."""
    clause = pronoun.head
    for _ in range(4):  # "fired on the crowd before killing themselves": up through "before"
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if subject.pos_ in ("NOUN", "PROPN", "NUM") else None
        if clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.dep_ == "pobj":
            # "detonated their car at a checkpoint killing only themselves": the participle
            # without its comma hangs on the place noun; the clause is the verb above it
            verb = next((t for t in clause.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is None:
                break
            clause = verb
            continue
        if clause.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep") or clause.head == clause:
            break
        clause = clause.head
    return None


# Vague quantities that stand for the people themselves ("killing several", "many died").
_VAGUE_HEADS = frozenset({"several", "many", "dozens", "scores", "hundreds", "numerous"})


_NOT_VICTIMS = frozenset({
    "leg", "legs", "arm", "arms", "hand", "hands", "head", "foot", "feet", "back", "eye",
    "chest", "neck", "shoulder", "knee", "face", "stomach", "abdomen", "side", "pride",
    "engine", "car", "vehicle", "truck", "bus", "building", "house", "home", "property",
    "crop", "crops",
    "plan", "deal", "bill", "motion", "idea", "project", "time", "chance", "hope", "fire",
    "gun", "rifle", "pistol", "handgun", "shotgun", "weapon", "firearm", "knife", "bullet",
    "round", "device", "bomb",
}) | ANIMAL_NOUNS


def _someone_hurt(head: Token) -> bool:
    """The object of a killing or injuring verb (or the subject of its passive) is a person
    unless it names a body part, an animal or a thing: "injured a cook", "the candidate was
    killed"."""
    verb = head.head
    while head.dep_ == "conj" and verb.dep_ == "conj":
        verb = verb.head  # "a couple and their grandson": coordinated with the first person
    if head.dep_ == "conj":
        return verb.pos_ in ("NOUN", "PROPN") and head.lower_ not in _NOT_VICTIMS and \
            head.lower_ not in _NOT_PEOPLE and any(c.dep_ in ("det", "poss")
                                                   for c in head.children)
    dies = head.dep_ == "nsubj" and _subject_died(verb)
    if verb.lower_.startswith(_EUPHEMISM_PREFIXES) and not _person_noun(head.lower_):
        return False
    # "a chieftain is found dead", "the guard lay dead": the state is the predicate
    found_dead = head.dep_ in ("nsubj", "nsubjpass") and verb.lower_ in _STATE_VERBS and any(
        c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "advcl")
        for c in verb.children)
    return (head.dep_ in ("dobj", "obj", "nsubjpass") or dies or found_dead) and \
        (_predicate_category(verb) is not None or found_dead) and \
        head.lower_ not in _NOT_VICTIMS and head.lower_ not in _NOT_PEOPLE and (
            any(c.dep_ in ("det", "poss") for c in head.children))


def _by_security_forces(head: Token) -> bool:
    """"Officers then shot him dead": security forces' target, named before."""
    if head.dep_ not in ("dobj", "obj"):
        return False
    subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in _SECURITY_NOUNS


def _appositive_count(head: Token, parse: Doc) -> tuple[int, Quantity | None] | None:
    """"The victims, two men and a woman, were ..." counts the apposition."""
    for child in head.children:
        if child.dep_ == "appos":
            counted = _count_phrase(child, parse)
            if counted is not None:
                return counted[0], counted[1]
    return None


def _is_nested_of(head: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _has_det(head: Token, *words: str) -> bool:
    return any(c.dep_ == "det" and c.lower_ in words for c in head.children)


def _person_noun(lower: str) -> bool:
    if lower in _NOT_PEOPLE:
        return False
    return lower in _NOUN_ONLY_PERSON_WORDS or names_people(lower)


def _looks_like_person_name(head: Token) -> bool:
    """A proper noun is a person when it is a name phrase, not a place or an organization:
    compounds of capitalized words, no 'of' phrase ("the Ministry of Health")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    return head.text[:1].isupper() and not _dateline(head)


def _excluded_perpetrators(head: Token) -> int | None:
    """The attackers a figure leaves out ("not including the bomber", "excluding the two
    gunmen"), or None."""
    for child in head.children:
        if child.dep_ != "prep":
            continue
        negated = child.lower_ in ("including", "counting") and _negated_marker(child)
        if not (negated or child.lower_ == "excluding"):
            continue
        for person in (g for g in child.children if g.dep_ == "pobj"):
            if person.lower_ in _PERPETRATOR_NOUNS:
                return _number_on(person) or 1
    return None


def _negated_marker(marker: Token) -> bool:
    """"not including", "not counting": the parser marks the negation as a child or leaves it
    as the word before."""
    doc = marker.doc
    return any(g.dep_ == "neg" for g in marker.children) or (
        marker.i > 0 and doc[marker.i - 1].lower_ == "not")


def _includes_perpetrator(head: Token) -> bool:
    doc = head.doc
    # "seven people, not including the bomber": the attacker is outside this figure
    return any(child.dep_ == "prep" and child.lower_ in ("including", "among")
               and not _negated_marker(child)
               and not (child.i > 0 and doc[child.i - 1].lower_ == "excluding")
               and any(t.lower_ in _PERPETRATOR_NOUNS for t in child.subtree)
               for child in head.children)


def _only(head: Token) -> bool:
    doc = head.doc
    return head.i > 0 and doc[head.i - 1].lower_ in ("only", "just", "merely")


def _role(head: Token) -> Role:
    if head.pos_ == "PRON" and _by_security_forces(head):
        return "perpetrators"  # "police shot him dead": the attacker
    if head.lower_ in ("himself", "herself") and _only(head):
        return "perpetrators"  # "detonated his vest early, killing only himself"
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("compound", "amod")}
    if head.tag_ == "CD":
        words |= {t.lower_ for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for t in c.subtree}
    if words & _PERPETRATOR_NOUNS or _of_the_attackers(head):
        return "perpetrators"
    if words & _SECURITY_NOUNS:
        return "security_forces"
    return "victims"


def _of_the_attackers(head: Token) -> bool:
    """A share of the attackers already told: "killed four of the raiders", "two of the
    militants died" (a definite "of" phrase takes up the group that attacked; the deaths are
    theirs, added to the victims')."""
    if head.tag_ != "CD":
        return False
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for whole in prep.children:
            if whole.dep_ == "pobj" and whole.lower_ in _ATTACKER_WORDS and any(
                    d.dep_ in ("det", "poss") and d.lower_ in ("the", "these", "those", "their")
                    for d in whole.children):
                return True
    return False


def _number_on(head: Token) -> int | None:
    number = next((c for c in head.children if c.dep_ == "nummod"), None)
    return parse_number(number.text) if number is not None else None


_QUANTITIES = "storyline.quantities"


def _quantity_at(token: Token, parse: Doc) -> Quantity | None:
    """The number phrase (with its hedge: "at least", "more than") that covers `token`."""
    quantities = parse.user_data.get(_QUANTITIES)
    if quantities is None:  # found once per sentence, looked up for every counted noun
        quantities = parse.user_data[_QUANTITIES] = find_quantities(parse.text)
    for quantity in quantities:
        if quantity.start <= token.idx < quantity.end:
            return quantity
    # Not a number phrase the surface filter accepts: an age ("8 yo"), a year, money, a time.
    return None


def _phrase_span(head: Token) -> Span:
    tokens = [head, *(t for c in head.children if c.dep_ in ("nummod", "det", "compound",
                                                             "amod", "conj", "cc", "poss",
                                                             "quantmod", "advmod")
                      and not _own_predicate(c) for t in c.subtree)]
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens) + 1
    return head.doc[start:end]


_STATE_WORDS = frozenset({"dead", "injured", "wounded", "hurt", "killed", "missing"})


def _own_predicate(conjunct: Token) -> bool:
    """A conjunct with its own casualty word: "130 injured and two dead", "30 people injured
    and three killed" are two counts, not one phrase."""
    if conjunct.dep_ != "conj":
        return False
    if _predicate_category(conjunct) is not None or conjunct.lower_ in _STATE_WORDS:
        return True
    if any(_predicate_category(child) is not None or child.lower_ in _STATE_WORDS
           for child in conjunct.children if child.dep_ in ("amod", "acl", "relcl")):
        return True
    # "killed 12 soldiers and a dozen badly wounded": an elliptical clause ("and a dozen
    # [were] wounded") whose participle the parser hangs elsewhere, right after the conjunct.
    after = conjunct.right_edge.i + 1
    doc = conjunct.doc
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    if after >= len(doc) or doc[after].lower_ not in _STATE_WORDS or \
            doc[after].tag_ not in ("VBN", "JJ") or doc[after].dep_ not in ("advcl", "conj", "acl"):
        return False
    state = doc[after]
    # Hung on the first conjunct, the participle is shared ("two men and a woman wounded in
    # the blast") unless the first has a state of its own ("One dead and three injured").
    if state.head == conjunct.head:
        return any(c.lower_ in _STATE_WORDS and c.i < conjunct.i and c.dep_ in ("amod", "acl")
                   for c in conjunct.head.children)
    # On the verb, it is its own clause only when it states another casualty than the verb:
    # "killed 12 soldiers and a dozen badly wounded", not "shot the chief and his son dead".
    verb = conjunct
    while verb.dep_ in ("conj", "appos") and verb.head != verb:
        verb = verb.head
    verb = verb.head
    return state.head != verb or _state_category(state) != _predicate_category(verb)


def _state_category(state: Token) -> str:
    lower = state.lower_
    if lower in ("dead", "killed"):
        return "killed"
    return "missing" if lower == "missing" else "injured"


def _reading(category: str, value: int, quantity: Quantity | None, span: Span, role: Role,
             rule: str, with_perpetrator: bool) -> Reading:
    start = span.start_char
    end = span.end_char
    if quantity is not None and quantity.value == value:
        return Reading(category, value, quantity.qualifier, quantity.low, quantity.high,
                       start, end, role, rule, with_perpetrator)
    return Reading(category, value, "exact", value, value, start, end, role, rule,
                   with_perpetrator)


# --------------------------------------------------------------------------- toll subjects

_TOLL_HEADS = frozenset({"toll", "number", "tally", "count", "total", "fatalities", "deaths",
                         "figure"})
_TOLL_VERBS = ("rose", "rise", "risen", "rises", "reached", "reach", "reaches", "climbed",
               "raised", "revised", "updated", "lowered", "adjusted",
               "climb", "climbs", "increased", "jumped", "stood", "stands", "hit", "hits",
               "was", "is", "are", "were", "has", "had", "went", "soared", "grew", "mounted",
               "numbered", "totalled", "totaled", "put", "placed", "estimated", "given")
# Verbs of report whose complement states the figure: "fatalities are believed to be about
# 30", "the toll was estimated to have reached 40".
_TOLL_REPORT_COMPLEMENTS = ("be", "stand", "reach", "have", "number", "total")


def _toll_subjects(parse: Doc) -> Iterator[Reading]:
    """"The death toll from Tuesday's bombing rose to 20", "the number of people killed in the
    attack reached 87": the number is the complement of the toll's verb, however far away."""
    for token in parse:
        if token.lower_ not in _TOLL_HEADS or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        category = _toll_category(token)
        verb = token.head
        complement = next((c for c in verb.children if c.dep_ == "xcomp"
                           and c.lower_ in _TOLL_REPORT_COMPLEMENTS), None)
        if complement is not None:
            verb = complement
        if category is None or not (verb.lower_.startswith(_TOLL_VERBS)
                                    or complement is not None):
            continue
        number = _verb_complement_number(verb)
        if number is None:
            continue
        quantity = _quantity_at(number, parse)
        if quantity is None:
            continue
        span = parse[min(token.i, number.i):max(token.i, number.i) + 1]
        yield _reading(category, quantity.value, quantity, span, "victims", "toll subject",
                       False)


_ANAPHORIC_TOLL_DETS = frozenset({"the", "this", "that", "a"})


def _toll_category(toll: Token) -> str | None:
    words = {t.lower_ for t in toll.subtree}
    if words <= {toll.lower_} | _ANAPHORIC_TOLL_DETS and toll.lower_ in ("number", "figure",
                                                                         "total", "tally"):
        # "Nine were first thought dead, though the number was later raised to 15": a bare
        # toll noun refers back to the figure stated before it in the sentence.
        words = {t.lower_ for t in toll.doc[:toll.i]}
        if words & {"dead", "killed", "deaths", "died", "fatalities"}:
            return "killed"
        return "injured" if words & {"injured", "wounded", "injuries"} else None
    if toll.lower_ == "figure":
        return None  # only read back as above: "the figure for arrests" is no toll
    if toll.lower_ == "toll":
        return "injured" if words & {"injury", "injured", "wounded"} else "killed"
    if words & {"dead", "killed", "deaths", "fatalities", "died", "victims"}:
        return "killed"
    if words & {"injured", "wounded", "injuries"}:
        return "injured"
    return None


def _verb_complement_number(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "at"):
            number = next((g for g in child.children if g.tag_ == "CD"), None)
            if number is not None:
                return number
        if child.dep_ in ("dobj", "attr") and child.tag_ == "CD":
            return child
        if child.dep_ in ("dobj", "attr") and any(g.dep_ == "nummod" for g in child.children):
            return next(g for g in child.children if g.dep_ == "nummod")
    return None
