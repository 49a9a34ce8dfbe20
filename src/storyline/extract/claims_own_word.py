"""Claims and denials in a group's own words: "<X> claimed responsibility (the attack)", "took
credit", "admitted kidnapping", "<X> said its fighters carried out the attack", "<X> distanced
itself from the bombing"; a claim of another occasion ("a similar bombing last year") is none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.extract.claims_actors import agents_of, is_anaphoric
from storyline.extract.claims_lexicon import (
    ADMITTED_ACT_STEMS,
    ANAPHORS,
    ANNOUNCE_VERBS,
    ATTACK_NOUNS,
    ATTRIBUTED_ACTS,
    CARRIED_OUT_VERBS,
    CLAIM_VERBS,
    MEDIA_NOUNS,
    OTHER_OCCASION_WORDS,
    OWN_ACT_TELLERS,
    OWN_ACT_VERBS,
    RESPONSIBILITY_NOUNS,
    SAY_VERBS,
    SUSPECT_VERBS,
    TAKE_VERBS,
)
from storyline.extract.claims_tree import (
    PRONOUN_OBJECTS,
    answers_an_accusation,
    attack_noun_above,
    is_attack_noun,
    negated,
    object_words,
    objects_of,
    reporter_of,
    speaker_of,
    subject_of,
)
from storyline.extract.claims_voices import (
    claiming_group,
    is_messenger,
    is_official,
    media_owner,
    of_itself,
    spoken_for,
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


DENIED_THINGS = frozenset({"role", "involvement", "involvment", "responsibility", "link",
                           "links", "part", "connection", "accusation", "accusations",
                           "charges", "allegations", "claims", "claim", "participation",
                           "charge", "allegation", "blame"})


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
    objects = object_words(verb) | {c.lower_ for c in verb.children if c.dep_ == "nsubjpass"}
    if verb.dep_ in ("amod", "compound") and verb.head.lower_ in RESPONSIBILITY_NOUNS:
        # "released a video claiming (acknowledging) responsibility", parsed as a modifier of
        # "responsibility"
        objects.add(verb.head.lower_)
    if verb.lower_ in _ADMIT_VERBS and _admitted_act(verb):
        objects.add("attack")  # "admitted (to) kidnapping the engineers"
    if verb.lower_ in CLAIM_VERBS and _own_act_claimed(verb):
        objects.add("attack")  # "a spokesman claimed the group had planted the explosives"
    if any(is_attack_noun(o) for o in objects_of(verb)):
        objects.add("attack")  # "claimed one of the blasts"
    if verb.dep_ == "relcl" and attack_noun_above(verb.head):
        objects.add("attack")  # "the attack on a plant in Jizan, which <X> claimed"
    if verb.lower_ in TAKE_VERBS and not objects & (RESPONSIBILITY_NOUNS | {"attack"}):
        return []
    if verb.lower_ in ANNOUNCE_VERBS and not objects & RESPONSIBILITY_NOUNS:
        return []
    if verb.lower_ in CLAIM_VERBS and ((verb.dep_ == "relcl" and is_attack_noun(verb.head)) or any(
            t.lower_ == "which" for c in verb.children if c.dep_ == "nsubjpass"
            for t in c.subtree)):
        objects.add("attack")  # "two attacks, both of which were claimed by <X>"
    if verb.lower_ in CLAIM_VERBS and not objects & (RESPONSIBILITY_NOUNS | ATTACK_NOUNS):
        return []
    if _another_occasion(verb):
        return []
    speaker = speaker_of(verb)
    agents = agents_of(verb)
    if not agents and verb.dep_ in ("acl", "amod", "compound") and \
            verb.head.lower_ in MEDIA_NOUNS | RESPONSIBILITY_NOUNS:
        # "a video claiming responsibility": whose video; none named, no claimant (the
        # phrase itself is no name, "a recording claiming ... by <X>" may be <X>'s act)
        owner = media_owner(verb.head)
        agents = [owner] if owner is not None else []
    return [("claimed", claiming_group(a), speaker) for a in agents]


def _another_occasion(verb: Token) -> bool:
    """The claim is of another act than the report's: the claimed attack ("claimed a similar
    bombing", "responsibility for an earlier attack") is marked as another occasion."""
    acts = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    acts += [g for head in (verb, *acts) for c in head.children
             if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    marked = any(m.lower_ in OTHER_OCCASION_WORDS for a in acts if is_attack_noun(a)
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
        if clause.dep_ != "ccomp" or clause.lower_ not in OWN_ACT_VERBS:
            continue
        subject = subject_of(clause)
        if subject is not None and (of_itself(subject) or (
                subject.lower_ in ANAPHORS and any(c.lower_ == "the" for c in subject.children))):
            return True
    return False


def read_own_claim(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> said it (its fighters) carried out the attack": a group speaking of itself is a
    claim; "police believed <X> carried out the attack" a suspicion, "police said <X> carried
    it out" a blame."""
    subject = subject_of(verb)
    governor = verb.head if verb.dep_ in ("ccomp",) else None
    if subject is None or governor is None:
        return []
    if verb.lower_ == "blew" and not any(c.dep_ == "prt" and c.lower_ == "up"
                                         for c in verb.children):
        return []  # "blew up the pipeline", not "the wind blew"
    own = of_itself(subject)
    if own and governor.lower_ in SAY_VERBS | OWN_ACT_TELLERS:
        speaker = subject_of(governor)
        if speaker is None:
            return []
        group = claiming_group(speaker)
        # "Investigators say they shot seven people": an official's "they" is the suspects.
        return [] if is_official(speaker) else [("claimed", group, None)]
    if own or verb.lower_ not in CARRIED_OUT_VERBS:
        return []
    if governor.lower_ in SUSPECT_VERBS:
        return [("suspected", subject, reporter_of(governor))]
    if governor.lower_ in SAY_VERBS:
        reporter = reporter_of(governor)
        # "a caller to the daily said the <X> group had carried out the bombing": an anonymous
        # call or a communique naming the doers is the group's claim
        kind: ClaimKind = "claimed" if is_messenger(reporter) else "blamed"
        if reporter is not None and kind == "claimed" and is_anaphoric(subject):
            subject = spoken_for(reporter) or subject  # "the group" the caller speaks for
        return [(kind, subject, None if kind == "claimed" else reporter)]
    return []


def read_denied(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> denied any role (involvement, the accusations)", "<X> denied that its fighters
    fired", "blamed <X>, which denied it": the subject's denial; a bare "<X> denied it" may
    deny anything, unless it answers an accusation."""
    if object_words(verb) & DENIED_THINGS or \
            any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) or \
            (object_words(verb) & PRONOUN_OBJECTS and answers_an_accusation(verb)):
        return [("denied", a, None) for a in agents_of(verb)]
    return []
