"""The attackers' group named with them: "members of the M-19 seized the embassy", "FARC
guerrillas overran the town", "the gunmen were suspected members of <X>", "the attackers
belonged to <X>". Blamed, or suspected when hedged; a state's own forces are no claimant here."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import islice
from typing import TYPE_CHECKING, cast

from storyline.extract.claims_actors import (
    called_name,
    group_of_members,
    is_a_place,
    is_national,
    name_of,
    named_right_before,
    names_an_organization,
    tied_groups,
)
from storyline.extract.claims_lexicon import (
    ATTACKER_NOUNS,
    ATTRIBUTED_ACTS,
    CLAIM_VERBS,
    FUTURE_AUXILIARIES,
    HEDGES,
    MEMBER_NOUNS,
    MODALS,
    QUESTION_VERBS,
    SAY_VERBS,
    STATE_FORCES,
    SUSPECT_VERBS,
    TIE_WORDS,
)
from storyline.extract.claims_tree import (
    RELATIVE_PRONOUNS,
    is_act_gerund,
    is_act_verb,
    is_attack_noun,
    is_span,
    negated,
    object_words,
    objects_of,
    reporter_of,
    said_not,
    subject_of,
)
from storyline.records import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# What a group's members are said to have done, besides `OWN_ACT_VERBS`.
MEMBER_ACTS = frozenset({"hijacked", "looted", "burned", "burnt", "occupied", "bombed",
                         "executed", "massacred", "attack", "attacks", "kill", "kills",
                         "ambush", "ambushes", "abduct", "abducts", "kidnap", "kidnaps",
                         "raid", "raids", "loot", "loots", "seize", "seizes", "storm",
                         "storms", "hijack", "hijacks", "burn", "burns", "torch", "torches"})
_CONDITIONS = frozenset({"if", "unless", "whether", "should"})
# Verbs of doing that need an attack for an object to tell one ("staged an attack", not
# "staged a protest", "launched a campaign").
_PLANNED_ACTS = frozenset({"staged", "launched", "conducted", "carried", "mounted", "executed",
                           "orchestrated", "perpetrated"})


def read_members_did_it(verb: Token) -> Sequence[tuple[ClaimKind, Token | Span, Token | None]]:
    """"Members of the M-19 seized the embassy", "FARC guerrillas overran the town", "Boko
    Haram fighters killed 16", "suspected members of <X> fired on a convoy": the report (or
    the one it quotes) names the attackers' group. Blamed, or suspected when the members are
    only suspected; a state's forces are not a claimant here ("Nigerian troops killed ..." is
    an operation, not an attribution)."""
    if _a_campaign(verb):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and verb.head.lower_ in TIE_WORDS and \
                subject.lower_ in MEMBER_NOUNS:
            # "Gunmen suspected to belong to <X> set fire to a school", parsed as two verbs
            tied = tied_groups(verb.head)
            if tied:
                return [("suspected", tied[0], None)]
    if subject is not None and subject.lower_ not in MEMBER_NOUNS and any(
            c.dep_ == "appos" and c.lower_ in MEMBER_NOUNS and c.i > subject.i
            for c in subject.children) and name_of(subject) is not None:
        # "Revolutionary Armed Forces of Colombia (FARC) guerrillas attacked", parsed with the
        # members' noun in apposition to the name
        return _members_act(verb, subject, subject)
    if subject is None or subject.lower_ not in MEMBER_NOUNS:
        return []
    group = group_of_members(subject)
    named: Token | Span | None = group if group is not None else named_right_before(subject)
    if named is None:  # "FARC guerrillas", "JNIM fighters": the name, not the fighters
        return []
    return _members_act(verb, subject, named)


def _members_act(verb: Token, subject: Token, named: Token | Span
                 ) -> Sequence[tuple[ClaimKind, Token | Span, Token | None]]:
    """The claim of `read_members_did_it` once the members (`subject`) and their group (`named`)
    are found: none for a state's forces, a hypothetical or a non-violent act."""
    if negated(verb) or any(
            c.dep_ == "aux" and c.lower_ in MODALS | FUTURE_AUXILIARIES
            for c in verb.children) or any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return []
    if not any(c.dep_ in ("dobj", "obj", "prep", "prt", "dative") for c in verb.children):
        return []  # "some fighters killed" with nothing after it: they were killed
    if verb.lower_ == "downed" and "tools" in object_words(verb):
        return []  # "members of the union downed tools": a strike
    if verb.lower_ in _PLANNED_ACTS and not any(
            is_attack_noun(o) or o.lower_ in ATTRIBUTED_ACTS for o in objects_of(verb)):
        return []  # "members of the union staged a protest"
    root = named.root if is_span(named) else cast("Token", named)
    if (root.lower_ in STATE_FORCES and root.pos_ != "PROPN") or any(
            is_national(c, root) for c in root.children):
        return []  # "members of the army", "Nigerian troops"
    # "Suspected <X> insurgents" (the parse may take the capitalized word for a name part)
    hedged = any(t.lower_ in HEDGES for t in subject.subtree if t.i < subject.i) or any(
        c.lower_ in HEDGES for c in subject.children if c.dep_ == "acl")
    governor = verb.head if verb.dep_ == "ccomp" else None
    if governor is not None and (negated(governor) or governor.lower_ in QUESTION_VERBS):
        return []
    speaker = None
    if governor is not None and governor.lower_ in SUSPECT_VERBS:
        hedged, speaker = True, reporter_of(governor)
    elif governor is not None and governor.lower_ in SAY_VERBS:
        speaker = reporter_of(governor)
    return [("suspected" if hedged else "blamed", named, speaker)]


# Acts told over a region or a span of time, not the report's one: "jihadists linked to <X>
# have killed thousands across the region", "its fighters have carried out raids since 2019".
_OVER_TIME = frozenset({"across", "throughout", "since", "over"})


def _a_campaign(verb: Token) -> bool:
    """"have killed thousands across the region", "have bombed rail lines since the talks
    collapsed": a present perfect over a region or a span of time tells the group's campaign,
    no suspicion of this attack ("have killed dozens in the town this week" may be this one)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children):
        return False
    # ("dozens of attacks across the province": the phrase may hang in the object)
    phrases = [*verb.children, *(t for o in objects_of(verb) for t in islice(o.subtree, 12))]
    return any(c.dep_ == "prep" and c.lower_ in _OVER_TIME for c in phrases) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children)
        for c in verb.children)


MEMBER_WORDS = frozenset({"member", "members"})
_IDENTIFY_VERBS = frozenset({"identified", "identifies", "identify", "named", "described"})
# Whose membership says who attacked: the attackers (`ATTACKER_NOUNS`), not "the arrested
# people" or the victims.
BELONG_VERBS = frozenset({"belonged", "belong", "belongs", "belonging"})


def _the_attackers(who: Token) -> bool:
    """"the gunmen", or whoever a relative clause tells did the act: "a couple who blew
    themselves up outside the cathedral", "the men who planted the bomb"."""
    return who.lower_ in ATTACKER_NOUNS or any(
        c.dep_ == "relcl" and is_act_verb(c) for c in who.children)


# Verbs of taking or keeping someone in custody.
_CUSTODY_VERBS = frozenset({"arrested", "detained", "held", "apprehended", "picked", "rounded",
                            "seized", "captured", "nabbed", "questioned", "interrogated",
                            "jailed", "charged", "remanded", "taken", "booked", "arrest",
                            "detain", "hold", "holding", "arresting", "detaining"})
_SUSPICION_WORDS = frozenset({"suspicion", "suspicions", "charges", "charge"})


def held_on_suspicion(who: Token) -> bool:
    """"Police arrested four men on suspicion of involvement in the grenade attack, saying they
    were members of <X>", "detained six men on suspicion of the killing and identified them as
    members of <X>": the people held on suspicion of the act are its suspects (taken up as
    "they", "them" or as the held noun itself), so their group is suspected."""
    held = [v for v in who.sent if v.lower_ in _CUSTODY_VERBS and v.pos_ == "VERB" and any(
        g.lower_ in _SUSPICION_WORDS and _of_an_act(g) for c in v.children
        if c.dep_ == "prep" and c.lower_ in ("on", "over", "for") for g in c.children
        if g.dep_ == "pobj")]
    if not held:
        return False
    return who.lower_ in ("they", "them", "those", "these") or any(
        who.i == o.i for v in held for o in objects_of(v))


def _of_an_act(suspicion: Token) -> bool:
    """"suspicion of involvement in a grenade attack", "on charges of planting the bomb"."""
    return any(is_attack_noun(t) or t.lower_ in ATTRIBUTED_ACTS or (
        t.dep_ == "pcomp" and is_act_gerund(t)) for t in islice(suspicion.subtree, 14))


def believed_of(belief: Token) -> Token | None:
    """Whom a belief is of: "the attackers were believed to be ...", "Gunmen believed to be
    ... attacked" (the parse's subject of "believed"), "armed men suspected to be ..." (the
    noun the participle modifies)."""
    subject = next((c for c in belief.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None and belief.dep_ == "acl" and belief.lower_ in SUSPECT_VERBS:
        return belief.head
    return subject


def read_believed_group(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"armed men suspected to be Fulani militia", "the attackers were believed to be Red Delta
    fighters": attackers believed to be a named group's people make it the suspect (not
    members' words alone: "believed to be local youths" names no one)."""
    if noun.dep_ != "attr" or noun.head.dep_ != "xcomp" or \
            noun.head.head.lower_ not in SUSPECT_VERBS:
        return []
    belief = noun.head.head
    who = believed_of(belief)
    if who is None or not _the_attackers(who) or negated(belief) or said_not(noun.head):
        return []
    return [("suspected", noun, reporter_of(belief.head) if belief.dep_ == "ccomp" else None)]


def read_believed_from(word: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"militants believed to be from the <X> (BRN)", "gunmen thought to be from <X>": the
    attackers' origin in a belief, when it names a group and not a place ("believed to be from
    the next village", "from Borno")."""
    if word.dep_ != "prep" or word.head.lower_ != "be" or word.head.dep_ != "xcomp" or \
            word.head.head.lower_ not in SUSPECT_VERBS:
        return []
    belief = word.head.head
    who = believed_of(belief)
    if who is not None and who.lower_ in ("who", "that") and belief.dep_ == "relcl":
        who = belief.head  # "the kidnappers, who were thought to be from <X>,"
    if who is None or not _the_attackers(who) or negated(belief):
        return []
    speaker = reporter_of(belief.head) if belief.dep_ == "ccomp" else None
    return [("suspected", called_name(g) or g, speaker) for g in word.children
            if g.dep_ == "pobj" and not is_a_place(g) and names_an_organization(name_of(g) or "")]


def read_members(word: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """The attackers' group: "the gunmen were suspected members of <X>", "the assailants were
    believed to be members of <X>", "police said the attackers belonged to <X>". Only of the
    attackers: "members of Parliament condemned the attack" names no perpetrator."""
    groups = [called_name(g) or g for c in word.children if c.dep_ == "prep" and c.lower_ == (
              "to" if word.lower_ in BELONG_VERBS else "of")
              for g in c.children if g.dep_ == "pobj"]
    if not groups:
        return []
    if word.lower_ in BELONG_VERBS:
        verb, who = word, subject_of(word)
    elif word.dep_ == "pobj" and word.head.lower_ == "as" and \
            word.head.head.lower_ in _IDENTIFY_VERBS:
        # "armed men whom police identified as members of <X>", "police identified the
        # attackers as members of <X>": the one who identifies them blames <X>
        identified = word.head.head
        # (or in the passive: "the killers had been identified as members of <X>")
        who = next(iter(objects_of(identified)), None) or next(
            (c for c in identified.children if c.dep_ == "nsubjpass"), None)
        if who is None or who.lower_ in RELATIVE_PRONOUNS | {"whom"}:
            who = identified.head if identified.dep_ == "relcl" else None
        if who is not None and who.pos_ == "NUM":
            # "three of the kidnappers were identified as members of <X>": whose number
            who = next((g for c in who.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), who)
        held = who is not None and held_on_suspicion(who)
        if who is None or (who.lower_ not in ATTACKER_NOUNS and not held) or \
                negated(identified):
            return []
        return [("suspected" if held else "blamed", g, subject_of(identified)) for g in groups
                if not is_a_place(g)]
    elif word.dep_ == "attr":  # "were (believed to be) members of <X>"
        verb, who = word.head, subject_of(word.head)
        if who is None and word.head.dep_ == "xcomp":
            who = believed_of(word.head.head)
    else:
        return []
    held = who is not None and held_on_suspicion(who)
    if who is None or not (_the_attackers(who) or held) or said_not(verb):
        return []  # "Members of Parliament", "the victims were members of ..."
    groups = [g for g in groups if not is_a_place(g)]
    believed = verb.head if verb.dep_ == "xcomp" and verb.head.lower_ in SUSPECT_VERBS else None
    if believed is not None and negated(believed):
        return []  # "the attackers were not believed to be members of <X>"
    hedged = believed is not None or held or any(c.dep_ == "amod" and c.lower_ in HEDGES
                                                 for c in word.children)
    governor = verb.head if verb.dep_ in ("ccomp", "advcl") else None
    if governor is None:
        return [("suspected" if hedged else "blamed", g, None) for g in groups]
    if negated(governor):
        return []
    if governor.lower_ in SUSPECT_VERBS:
        return [("suspected", g, reporter_of(governor)) for g in groups]
    if governor.lower_ in SAY_VERBS | CLAIM_VERBS:
        return [("suspected" if hedged else "blamed", g, reporter_of(governor)) for g in groups]
    return []  # "did not speculate if the men were members of X", "asked whether ..."
