"""Suspicion: "police suspect <X> of the bombing", "<X> was suspected by authorities", "suspect
the hand of <X> in the blast", "<X> may have played a role in the attack", "the attack bore the
hallmarks of <X>"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.extract.claims_accusations import described_party, headline_party, the_act
from storyline.extract.claims_actors import organization_like
from storyline.extract.claims_lexicon import (
    ATTACK_NOUNS,
    ATTRIBUTED_ACTS,
    BELIEF_NOUNS,
    HEDGE_ADVERBS,
    MODALS,
    PART_NOUNS,
    SAY_VERBS,
    SUSPECT_VERBS,
    WEAPON_NOUNS,
)
from storyline.extract.claims_tree import (
    bare_attribution,
    by_agent,
    conjuncts_of,
    is_hedged,
    negated,
    objects_of,
    passive_subjects,
    reporter_of,
    subject_of,
    up_the_clause,
)
from storyline.extract.claims_voices import is_official, of_itself
from storyline.records import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Token


SUSPECT_OF_VERBS = frozenset({"suspect", "suspects", "suspected", "suspecting"})
# Who a suspicion names through its members: "suspected members of <X> of the attack".
_MEMBERS_HEADS = frozenset({"members", "member", "elements", "fighters", "cadres", "supporters",
                            "militants"})


def read_suspect_of(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Police suspect <X> of the bombing", "they suspected members of <X> of carrying out the
    attack": an active suspicion of an act names its object (the group its members belong to)."""
    acts = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
            for g in c.children if g.dep_ in ("pobj", "pcomp")]
    # "of" parsed under the object or its apposition
    acts += [g for o in objects_of(verb) for c in o.subtree if c.dep_ == "prep" and c.lower_ ==
             "of" for g in c.children if g.dep_ in ("pcomp", "pobj")]
    if not any(a.dep_ == "pcomp" or a.lower_ in ATTRIBUTED_ACTS for a in acts):
        # "Local sources suspected the M23": a report's bare suspicion of an organization
        # ("police said they suspected <X>": the police's)
        suspecting = reporter_of(verb)
        if suspecting is None or not is_official(suspecting) or not bare_attribution(verb):
            return []
        named = [next((g for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"), o)
                 if o.lower_ in PART_NOUNS else o for o in objects_of(verb)]
        return [("suspected", o, suspecting) for o in named if organization_like(o)]
    suspects = []
    for suspect in objects_of(verb):
        if suspect.lower_ in _MEMBERS_HEADS:  # the group named beside them, or after "of"
            suspect = next((c for c in suspect.children if c.dep_ == "appos"
                            and c.pos_ == "PROPN"), None) or next(
                (g for c in suspect.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), suspect)
            suspect = next((c for c in suspect.children if c.dep_ == "appos"
                            and c.pos_ == "PROPN"), suspect)  # "a local gang, the <X>,"
        suspects.append(suspect)
    return [("suspected", s, reporter_of(verb)) for s in suspects]


_INQUIRY_VERBS = frozenset({
    "suspect", "suspects", "suspected", "suspecting", "probe", "probes", "probed", "probing",
    "investigate", "investigates", "investigated", "investigating", "examine", "examines",
    "examined", "examining", "see", "saw", "sees", "seeing", "detect", "detected"})
_RULE_OUT = frozenset({"rule", "ruled", "rules", "ruling", "exclude", "excluded", "excluding"})


def read_part_in_the_act(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Police suspect the hand of <X> in the bombing", "investigators are examining the role of
    <X> in the attack", "did not rule out the involvement of <X>": <X> is suspected. The part
    must be in an act (a role "in the peace talks" is none); ruling it out is no suspicion."""
    verb = noun.head
    if verb.lower_ in _RULE_OUT:
        if not negated(verb):
            return []  # "police ruled out the involvement of <X>"
    elif verb.lower_ not in _INQUIRY_VERBS or negated(verb):
        return []
    in_act = any(g.lower_ in ATTRIBUTED_ACTS for head in (verb, noun) for c in head.children
                 if c.dep_ == "prep" and c.lower_ in ("in", "behind") for g in c.children
                 if g.dep_ == "pobj")
    if not in_act:
        return []
    groups = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    return [("suspected", g, reporter_of(verb)) for g in groups]


PASSIVE_SUSPICION = frozenset({"suspected", "blamed"})


def read_suspected_by(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> was suspected by authorities", "<X>, suspected by police, ...": a passive
    suspicion names its suspect as the subject, the suspecting party as the by-agent; it
    needs the agent or the act ("in", "of", "for" an attack), else "<X> was suspected"
    may be of anything. ("<X> was blamed ..." is `read_blamed`'s.)"""
    if verb.lower_ != "suspected":
        return []
    suspects = passive_subjects(verb)
    agent = by_agent(verb)
    act = any(g.lower_ in ATTRIBUTED_ACTS or g.dep_ == "pcomp"
              for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for")
              for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if verb.dep_ == "acl" and agent is not None:
        suspects.append(verb.head)  # "<X>, suspected by the governor in the raid, ..."
    elif verb.dep_ == "acl" and not suspects and any(
            the_act(g) for c in verb.children if c.dep_ == "prep"
            and c.lower_ in ("in", "of", "for") for g in c.children if g.dep_ == "pobj"):
        # "<X>, the militia suspected in the massacre": the party the participle describes
        party = described_party(verb.head)
        suspects += [party] if party is not None else []
    party = headline_party(verb) if act and not suspects else None
    if party is not None:  # "<X> suspected in shrine bombing": a headline's passive
        suspects.append(party)
    if agent is None and not act:
        # "<X> was suspected.": a summary's bare suspicion, of an organization only (a person
        # "was suspected" of anything)
        suspects = [s for s in suspects if any(map(organization_like, conjuncts_of(s)))] \
            if bare_attribution(verb) else []
    return [("suspected", s, agent) for s in suspects]


PLAY_VERBS = frozenset({"play", "played", "plays", "playing"})
# A part taken in the act: "<X> had taken part in the attack".
_TOOK = frozenset({"took", "taken", "take", "takes", "taking"})
ROLE_NOUNS = frozenset({"role", "part", "hand"})
# The marks by which an act is known for its author's: "bore the hallmarks (the signature, the
# stamp, the trademarks) of <X>", "had <X>'s fingerprints on it", "bears all the marks of <X>".
HALLMARK_NOUNS = frozenset({"hallmarks", "hallmark", "signature", "signatures", "fingerprints",
                            "fingerprint", "stamp", "trademark", "trademarks", "marks",
                            "markings", "imprint", "footprint", "footprints"})


def read_played_a_role(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<S> suggested that X may have played a role in the bombing": a suspicion, when a verb
    of belief governs it or a modal hedges it; a bare "X played a role in the talks" is not."""
    subject = subject_of(verb)
    in_attack = any(g.lower_ in ATTACK_NOUNS for c in verb.children
                    if c.dep_ == "prep" and c.lower_ == "in" for g in c.children)
    if subject is None or not in_attack:
        return []  # "played a role in brokering the deal" tells no attack
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    if governor is not None and negated(governor):
        return []
    if governor is not None and governor.lower_ in SUSPECT_VERBS:
        return [("suspected", subject, reporter_of(governor))]
    hedged = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    if not hedged and governor is not None and governor.lower_ in SAY_VERBS and \
            verb.lower_ in _TOOK and not of_itself(subject):
        # "officials said <X> had taken part in the raid": blamed, by who says so
        return [("blamed", subject, reporter_of(governor))]
    if hedged:
        speaker = reporter_of(governor) if governor is not None and \
            governor.lower_ in SAY_VERBS else None
        return [("suspected", subject, speaker)]
    return []


def read_hallmarks(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"the attack bore the hallmarks of X", "had X's fingerprints on it": suspected X, by whoever
    says or suggests so."""
    verb = noun.head
    subject = subject_of(verb)
    if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "csubj"):
        # "Bearing the hallmarks of <X>, the kidnapping has prompted an alert": the participle's
        # subject is its main clause's
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.i != verb.i), None)
    # (the act or its weapon: "the device bore the signature of <X>"; or the act under
    # discussion taken up by a pronoun in speech, "'This bears all the marks of <X>,' the
    # commissioner said", when the marks are an organization's)
    deictic = subject is not None and subject.lower_ in _DEICTIC_ACTS
    if noun.dep_ not in ("dobj", "obj", "attr") or negated(verb) or subject is None or (
            subject.lower_ not in ATTRIBUTED_ACTS | WEAPON_NOUNS | {"blast", "blasts"} and
            not deictic):
        return []  # "the painting bore the hallmarks of Vermeer" tells no attack
    owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    owners += [c for c in noun.children if c.dep_ == "poss"]
    if deictic:
        owners = [o for o in owners if organization_like(o)]
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    speaker = reporter_of(governor) if governor is not None and \
        governor.lower_ in SAY_VERBS | SUSPECT_VERBS else None
    return [("suspected", owner, speaker) for owner in owners]


# The pronouns by which speech takes up the act it is about: "This has all the hallmarks of".
_DEICTIC_ACTS = frozenset({"this", "it", "that"})


# Who did it, as a noun of the predicate: "<X> were the prime suspects in the killing".
CULPRIT_NOUNS = frozenset({"suspect", "suspects", "culprit", "culprits", "perpetrator",
                          "perpetrators"})
_SUSPECT_NOUNS = frozenset({"suspect", "suspects"})


def read_culprit(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"members of a cell loyal to <X> were the prime suspects in the killing", "<X> is the
    likely culprit": the subject of the copula, suspected (blamed when named the perpetrator
    without a hedge), of an act named in the phrase or by the report."""
    copula = noun.head
    subject = subject_of(copula)
    if subject is None or negated(copula) or not organization_like(subject):
        return []  # (a person "was a suspect in a July incident" is no group's suspicion)
    of_act = any(g.lower_ in ATTACK_NOUNS or g.lower_ in ATTRIBUTED_ACTS
                 for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for",
                                                                           "behind")
                 for g in c.children if g.dep_ == "pobj")
    if not of_act:
        return []
    hedged = noun.lower_ in _SUSPECT_NOUNS or is_hedged(copula, noun) or any(
        c.dep_ == "amod" and c.lower_ in HEDGE_ADVERBS | {"likely", "probable", "possible"}
        for c in noun.children)
    governor = copula.head if copula.dep_ in ("ccomp", "xcomp") else None
    speaker = reporter_of(governor) if governor is not None and \
        governor.lower_ in SAY_VERBS | SUSPECT_VERBS else None
    return [("suspected" if hedged else "blamed", subject, speaker)]


# Investigators' attention on someone: "looking at <X> as the likely perpetrator", "are
# focusing on <X> in connection with the explosion".
LOOK_VERBS = frozenset({"looking", "look", "looked", "looks", "focusing", "focussing", "focused",
                        "focussed", "focus", "eyeing", "eyed", "eye"})


def read_looked_at(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"The military was looking at <X> as the likely perpetrator", "investigators are looking
    at <X> in connection with the explosion": a suspicion of <X> by the ones looking, when the
    look is for the act's author (not "looking at ways to", "eyeing the elections")."""
    looked = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "into")
              for g in c.children if g.dep_ == "pobj"] + objects_of(verb)
    if not looked or negated(verb):
        return []
    phrases = [t for x in (verb, *looked) for t in x.children if t.dep_ == "prep"]
    as_culprit = any(t.lower_ in CULPRIT_NOUNS | {"author", "mastermind", "authors"}
                     for p in phrases if p.lower_ == "as" for t in p.subtree)
    in_connection = any(g.lower_ == "connection" and any(
        a.lower_ in ATTACK_NOUNS or a.lower_ in ATTRIBUTED_ACTS for a in g.subtree)
        for p in phrases if p.lower_ == "in" for g in p.children)
    if not (as_culprit or in_connection):
        return []
    return [("suspected", x, subject_of(verb)) for x in looked[:1]]


# A suspicion that falls on someone: "suspicion fell on <X>", "with suspicion falling on <X>",
# "suspicions have fallen upon <X>" (the verb in any form; the noun as its subject).
FALL_VERBS = frozenset({"fall", "falls", "fell", "falling", "fallen", "rest", "rests", "rested",
                        "resting", "settle", "settles", "settled", "settling", "centre",
                        "centres", "centred", "centering", "center", "centers", "centered",
                        "focus", "focuses", "focused", "focussed"})
_SUSPICION_NOUNS = frozenset({"suspicion", "suspicions", "suspicion's"})


def read_suspicion_fell_on(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Suspicion fell on <X>", "with suspicion falling on the <X> group", "suspicions
    centred on <X>": the one suspicion falls on is suspected (by whoever says so)."""
    subject = subject_of(verb) or (verb.head if verb.dep_ == "acl" else None)  # "with
    # suspicion falling on <X>" (the participle parsed as the noun's modifier)
    if subject is None or subject.lower_ not in _SUSPICION_NOUNS or negated(verb):
        return []
    suspects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                for g in c.children if g.dep_ == "pobj"]
    governor = verb.head if verb.dep_ in ("ccomp", "conj") else None
    speaker = reporter_of(governor) if governor is not None and \
        governor.lower_ in SAY_VERBS else None
    return [("suspected", g, speaker) for g in suspects]


def told_in_a_belief(predicate: Token) -> bool:
    """The predicate is told inside a belief or an open question, not asserted: "the theory
    that members of <X> set the fire", "the assumption that <X> was behind it", "examining
    whether <X> was responsible": its blame is a suspicion."""
    return any(
        any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in word.children)
        or _with_partial_confidence(word)
        or (word.dep_ in ("acl", "ccomp", "relcl", "appos") and word.head.lower_ in BELIEF_NOUNS
            and word.head.pos_ == "NOUN")
        for word in up_the_clause(predicate, _TO_THE_BELIEF, 4))


_TO_THE_BELIEF = frozenset({"ccomp", "conj", "xcomp", "acomp", "attr", "acl", "relcl"})


# An assessment's own hedge: "concluded with moderate (low) confidence that <X> planned it".
_PARTIAL_CONFIDENCE = frozenset({"moderate", "low", "medium", "some", "limited", "reasonable",
                                 "partial", "little"})


def _with_partial_confidence(verb: Token) -> bool:
    return any(g.lower_ in ("confidence", "certainty") and any(
        a.lower_ in _PARTIAL_CONFIDENCE for a in g.children if a.dep_ == "amod")
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children if g.dep_ == "pobj")
