"""Blame laid by someone else: "<S> blamed <X> (the attack on <X>)", "accused <X> of ...",
"held <X> responsible", "<X> was behind it", "the attack was carried out by <X>", "was the work
of <X>", "linked <X> to the bombing", "named <X> as the perpetrator", "pointed the finger at
<X>". Hedged or believed, the same readings are suspicions."""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from storyline.extract.claims_actors import (
    group_of_members,
    is_anaphoric,
    is_national,
    name_of,
    organization_like,
)
from storyline.extract.claims_lexicon import (
    ADMITTED_ACT_STEMS,
    ARMS_NOUNS,
    ATTACK_NOUNS,
    ATTACKER_NOUNS,
    ATTRIBUTED_ACTS,
    CARRIED_OUT_VERBS,
    FUTURE_AUXILIARIES,
    HEDGE_ADVERBS,
    HEDGES,
    INQUIRY_VERBS,
    MEDIA_NOUNS,
    MODALS,
    OFFICIAL_WORDS,
    OTHER_OCCASION_WORDS,
    SAY_VERBS,
    SPOKESPEOPLE,
    STATE_FORCES,
    SUSPECT_VERBS,
    not_a_perpetrator,
)
from storyline.extract.claims_tree import (
    bare_attribution,
    by_agent,
    conjuncts_of,
    for_an_attack,
    headline_patient,
    is_act_verb,
    is_attack_noun,
    is_hedged,
    is_main_clause,
    negated,
    objects_of,
    passive_belief,
    phrases_of,
    reporter_of,
    said_not,
    saying_governor,
    subject_of,
)
from storyline.extract.claims_voices import (
    group_telling,
    is_messenger,
    of_itself,
    of_itself_or_the_group,
    spoken_for,
    teller_of,
)
from storyline.records import ClaimKind

if TYPE_CHECKING:
    from spacy.tokens import Token


# The violent acts one is accused of ("accused of looting the clinic"), not "of inciting youth".
_ACT_GERUNDS = re.compile(
    rf"^(?:{ADMITTED_ACT_STEMS}|loot|shell|assault|massacr|tortur|rap|stab|raid|storm"
    # the rest of the violent acts one is accused of: "of striking a grain terminal", "of
    # targeting civilians", "of blowing up the bridge", "of sabotaging the pipeline"
    r"|strik|hit|target|blow|sabotag|destroy|seiz|behead|slaughter|lynch|poison|bombard|sink"
    r"|rocket|mortar|strafe|raz|demolish|derail|torpedo|besieg|overrun)\w*ing$")


# Verbs that make their object answerable: "<S> held (considers, found) <X> responsible".
_HOLD_VERBS = frozenset({"hold", "held", "holds", "holding", "consider", "considers",
                         "considered", "deem", "deems", "deemed", "find", "finds", "found"})


# What one is held for an act: "held <X> responsible (accountable, liable, answerable)".
ANSWERABLE_WORDS = frozenset({"responsible", "accountable", "liable", "answerable", "culpable"})


def _held_responsible(word: Token) -> list[tuple[ClaimKind, Token, Token | None]] | None:
    """"<S> held <X> responsible for the blast", "<X> was held responsible by <S>": <S> blames
    <X>; the holder is the accuser, not the one responsible. None when `word` is no such
    complement; no claim for a threat ("will hold <X> responsible for any attack")."""
    if word.lower_ not in ANSWERABLE_WORDS:
        return None
    held_noun = word.head
    while word.dep_ == "amod" and held_noun.dep_ == "pobj" and held_noun.head.head.dep_ in (
            "dobj", "obj", "pobj"):
        # "held [dissidents of the former <X> group responsible]": the complement parsed on
        # the object's last noun, up to the object
        held_noun = held_noun.head.head
    if word.dep_ == "amod" and held_noun.dep_ in ("dobj", "obj"):
        verb, held = held_noun.head, [held_noun]  # parsed "held [the gang responsible]"
    elif word.dep_ in ("oprd", "acomp", "xcomp", "ccomp", "advcl"):
        verb = word.head
        # "holds [<X> responsible]" is parsed as a clause whose subject is <X>
        held = objects_of(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"] or [
            c for c in word.children if c.dep_ == "nsubj"]
    else:
        return None
    if verb.lower_ not in _HOLD_VERBS:
        return None
    answerable_for = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ in ("pobj", "pcomp")]
    # ("for this crime": what one is held responsible for, not accused of: "accused of a
    # crime" is any charge)
    if any(g.lower_ not in ATTRIBUTED_ACTS | {"crime", "crimes"} and
           not _ACT_GERUNDS.match(g.lower_) for g in answerable_for):
        return []  # "held the party responsible for the fact that ...", "for his debts"
    if not held or negated(verb) or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES
                                         for c in verb.children):
        return []
    speaker = subject_of(verb) or by_agent(verb)
    return [("blamed", x, speaker) for x in held]


# Verbs of doing an attack whose by-agent is its perpetrator: "the bombing was carried out
# (perpetrated, committed, staged) by <X>"; or who had it done: "the arson had been ordered
# (planned) by <X>".
DONE_BY_VERBS = CARRIED_OUT_VERBS | frozenset({
    "committed", "masterminded", "ordered", "planned",
    # the rest of the class of planning and paying for an act: "had been organised weeks in
    # advance by <X>"
    "plotted", "organized", "organised", "directed", "financed", "funded", "commissioned",
    "engineered", "instigated", "sponsored", "coordinated", "co-ordinated", "prepared"}) | \
    frozenset({"sent", "dispatched"})
# Who sends the attackers sent them to do the act: "the bombers were sent by <X>".
_SENDING_VERBS = frozenset({"sent", "dispatched"})
# Acts that officials carry out too: a raid or strike done by the police or an army is theirs,
# not an accusation ("the raid was carried out by FBI agents").
_OFFICIAL_ACTS = frozenset({"raid", "raids", "strike", "strikes", "operation", "operations"})


def read_done_by(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"The attack was carried out by <X>", "the attack perpetrated by <X>", "is thought to have
    been carried out by <X>": the by-agent of an attack is blamed for it, or suspected when a
    belief, a hedge or a modal governs ("may have been staged by")."""
    if verb.lower_ == "carried" and not any(c.dep_ == "prt" and c.lower_ == "out"
                                            for c in verb.children):
        return []
    agent = by_agent(verb)
    if agent is None:
        return []
    if of_itself(agent):
        return _done_by_its_own(verb)
    # "a bomb thrown by suspected members of <X>": their group, suspected when they are
    group = group_of_members(agent)
    # (or hedged themselves: "planted by suspected Taliban perpetrators")
    suspected_members = any(c.dep_ == "amod" and c.lower_ in HEDGES for c in agent.children)
    agent = group if group is not None else agent
    belief = verb.head if verb.dep_ == "xcomp" and verb.head.lower_ in SUSPECT_VERBS else None
    holder = belief or verb
    done = [c for c in holder.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acl":
        done.append(verb.head)  # "the attack perpetrated by <X>"
    elif verb.dep_ == "advcl" and subject_of(verb) is None:
        done += objects_of(verb.head)  # "condemned the killing, carried out by <X>" (parsed so)
    # (the act, or what it was done with: "the drones were launched by <X>")
    acts = [d for d in done if (is_attack_noun(d) and d.lower_ != "it") or d.lower_ in
            ATTRIBUTED_ACTS | ARMS_NOUNS or (
                verb.lower_ in _SENDING_VERBS and d.lower_ in ATTACKER_NOUNS)]
    if not acts or (verb.lower_ in ("captured", "caught") and all(
            a.lower_ in ("fire", "gunfire") for a in acts)):
        return []  # ("the gunfire was captured by <X> sensors": recorded, not done)
    if _a_building(agent):
        return []  # "the car bomb detonated by the Interior Ministry building": where, not who
    if all(a.lower_ in _OFFICIAL_ACTS for a in acts) and any(
            t.lower_ in OFFICIAL_WORDS for t in agent.subtree):
        return []
    governor = holder.head if holder.dep_ in ("ccomp", "xcomp") and holder.head != holder \
        else None
    if negated(verb) or negated(holder) or (governor is not None and negated(governor)):
        return []
    hedged = belief is not None or suspected_members or any(
        c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in (*verb.children,
                                                                   *holder.children)) or any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in holder.children)
    speaker: Token | None = None
    if governor is not None and governor.lower_ in SUSPECT_VERBS:
        hedged, speaker = True, reporter_of(governor)
    elif governor is not None and governor.lower_ in SAY_VERBS:
        speaker = reporter_of(governor)
    return [("suspected" if hedged else "blamed", agent, speaker)]


def _done_by_its_own(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> said the bombing was carried out by its members (by us, by one of its fighters)": a
    group telling in the passive that its own people did the act claims it, as in the active
    ("said its members carried out the bombing")."""
    governor = saying_governor(verb)
    acts = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if governor is None or governor.lower_ not in SAY_VERBS or negated(governor) or \
            negated(verb) or not any(is_attack_noun(a) or a.lower_ in ATTRIBUTED_ACTS
                                     for a in acts):
        return []
    group = group_telling(governor)
    return [] if group is None else [("claimed", group, None)]


# What "by" names when it tells where a weapon went off: "detonated by the Judiciary Institute".
_BUILDINGS = frozenset({"building", "buildings", "institute", "ministry", "headquarters",
                        "compound", "office", "offices", "station", "hospital", "school",
                        "embassy", "consulate", "mosque", "church", "temple", "market", "hotel",
                        "bank", "bridge", "checkpoint", "gate", "gates", "entrance", "road",
                        "roadside", "river", "house", "home", "shop", "store", "mall", "stadium",
                        "palace", "court", "courthouse", "university", "college", "square",
                        "park", "airport", "port", "base", "barracks", "wall", "door", "side"})


def _a_building(agent: Token) -> bool:
    return agent.lower_ in _BUILDINGS or any(
        t.lower_ in _BUILDINGS for t in agent.subtree if t.dep_ in ("compound", "pobj")
        and t.head.i == agent.i)


def read_act_by(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"troops repelled an attack by <X> fighters on the base", "the bombing of the market by
    <X>", "rocket fire by <X>": the nominalization of "<X> attacked the base" names its doer in
    a "by" phrase, blamed by whoever tells it (suspected when that one believes it). Only an
    organization is read so ("the shooting by a neighbour" names none), not a state's forces
    or officials doing their work ("a raid by police", "strikes by Russian jets")."""
    if noun.pos_ != "NOUN" or not the_act(noun) or (
            noun.head.lower_ in ("of", "about") and noun.head.head.lower_ in _NOT_DONE_NOUNS):
        return []  # ("warning of an attack by <X>": one not done)
    heads = [noun]
    if noun.dep_ in ("dobj", "obj") and not any(c.dep_ == "auxpass" for c in noun.head.children):
        heads.append(noun.head)  # "beat back an assault by <X>": an active verb has no agent
    agents = [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
              and c.i > noun.i for g in c.children if g.dep_ == "pobj"]
    # (hedged themselves: "an attack by suspected <X> fighters"; where they were is no part
    # of their name: "an ambush by <X> rebels in rural <Place>")
    hedged = any(c.dep_ == "amod" and c.lower_ in HEDGES for a in agents for c in a.children)
    doers = [group_of_members(a) or a for a in agents if not any(
        c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "near") for c in a.children)]
    doers = [d for d in doers if organization_like(d) and not (
        (d.lower_ in STATE_FORCES and d.pos_ != "PROPN") or any(
            is_national(c, d) for c in d.children)) and not (
        noun.lower_ in _OFFICIAL_ACTS and d.pos_ != "PROPN" and any(
            t.lower_ in OFFICIAL_WORDS for t in d.subtree))]  # ("a raid by FBI agents")
    if not doers:
        return []
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or negated(verb):
        return []
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i else None
    kind: ClaimKind = "suspected" if hedged else "blamed"
    speaker = reporter_of(verb) if verb.lower_ in SAY_VERBS else None
    if governor is not None and governor.lower_ in SUSPECT_VERBS:
        kind, speaker = "suspected", reporter_of(governor)
    elif governor is not None and governor.lower_ in SAY_VERBS:
        speaker = reporter_of(governor)
    return [(kind, d, speaker) for d in doers]


# Nouns of an act not done: "a warning of an attack by <X>", "the threat of attacks".
_NOT_DONE_NOUNS = frozenset({"warning", "warnings", "threat", "threats", "plan", "plans", "fear",
                             "fears", "risk", "risks", "danger", "prospect", "rumour", "rumours",
                             "rumor", "rumors"})


def read_ordered(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Officials said <X> had planned (ordered, masterminded) the truck bombing": an act's
    planner named as the subject is blamed by who says so, suspected by who believes it; a
    group's own "it had planned the attack" is its claim."""
    if not any(is_attack_noun(o) or o.lower_ in ATTRIBUTED_ACTS for o in objects_of(verb)) or \
            negated(verb):
        return []
    subject = subject_of(verb)
    governor = saying_governor(verb)
    if subject is None or governor is None or negated(governor):
        return []
    if governor.lower_ in SAY_VERBS and of_itself(subject):
        group = group_telling(governor)
        return [] if group is None else [("claimed", group, None)]
    if governor.lower_ in SUSPECT_VERBS:
        return [("suspected", subject, reporter_of(governor))]
    if governor.lower_ in SAY_VERBS and (organization_like(subject) or
                                         group_of_members(subject) is not None):
        # (or its people: "operatives of <X> planned the bombing")
        hedged = any(c.dep_ in ("advmod", "aux") and c.lower_ in HEDGE_ADVERBS | MODALS
                     for c in verb.children)
        return [("suspected" if hedged else "blamed", subject, reporter_of(governor))]
    return []


def of_a_deed_not_violent(verb: Token) -> bool:
    """"accused the court of abusing its power": what one is accused of doing is no attack."""
    deeds = [g for head in (verb, *objects_of(verb)) for c in head.children
             if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ in ("pcomp", "pobj")]
    # ("of war crimes", "of negligence": a noun deed is an attack only if it names one)
    # ("of an act of violence", "of supplying the drones used in the attack": the deed's own
    # words name it)
    return bool(deeds) and not any(
        (g.dep_ == "pcomp" and _ACT_GERUNDS.match(g.lower_)) or any(
            is_attack_noun(t) or (g.dep_ != "pcomp" and t.lower_ in ATTRIBUTED_ACTS)
            for t in islice(g.subtree, 10)) for g in deeds)


def read_accused_by(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> were accused by residents of looting the clinic": the passive's subject is blamed,
    by its by-agent; without an agent, only of an act ("<X> was accused of the bombing")."""
    agent = by_agent(verb)
    of_act = any(_ACT_GERUNDS.match(g.lower_) if g.dep_ == "pcomp" else g.lower_ in
                 ATTRIBUTED_ACTS for c in phrases_of(verb, "of") for g in c.children)
    if not of_act:
        return []  # "accused of inciting youth", "of being responsible for a disappearance"
    accused = [s for s in verb.children if s.dep_ == "nsubjpass"]
    headline = headline_patient(verb)
    if not accused and headline is not None:
        # "<X> accused of bombing hotel": a headline's passive
        accused = [s for s in (headline_party(verb),) if s is not None]
    if not accused and verb.dep_ == "acl" and headline is None and \
            verb.head.dep_ == "ROOT" and organization_like(verb.head):
        # a headline's "<X> accused of shelling market" parsed as the name heading the line
        # with its participle (not a person in a phrase: "after <Y>, accused of murder, was
        # granted bail"; "killed <Y>, accused of killing an activist")
        accused = [s for s in (described_party(verb.head),) if s is not None]
    if not accused and verb.dep_ in ("advcl", "acomp", "oprd") and \
            verb.head.lower_ in ("stand", "stands", "stood", "standing"):
        accused = [s for s in (subject_of(verb.head),) if s is not None]  # "<X> stands accused of"
    return [("blamed", s, agent) for s in accused]


# Verbs that name someone as the one who did it: "<X> was designated (named, identified,
# singled out, tagged, branded) as the perpetrator (the author, the mastermind) of the attack".
DESIGNATE_VERBS = frozenset({"designated", "named", "identified", "singled", "tagged",
                             "branded", "labelled", "labeled", "described", "designates",
                             "names", "identifies", "tags", "brands", "describes"})
_PERPETRATOR_NOUNS = frozenset({"perpetrator", "perpetrators", "author", "authors", "culprit",
                                "culprits", "mastermind", "masterminds", "responsible"})


def read_named_as_perpetrator(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> was singled out by the governor as the author of the car bomb", "the army named
    <X> as the perpetrators": <X> is blamed, by whoever names it; the role must be of an act
    ("the author of the book" is none)."""
    agent = by_agent(verb)
    role = [t for c in phrases_of(verb, "as") for t in c.subtree if t.lower_ in _PERPETRATOR_NOUNS
            or _party_behind_an_act(t)]
    if not role or negated(verb):
        return []
    of_act = any(g.lower_ in ATTRIBUTED_ACTS for r in role for c in r.children
                 if c.dep_ == "prep" and c.lower_ in ("of", "for", "behind")
                 for g in c.children if g.dep_ == "pobj")
    if role[0].lower_ in ("author", "authors", "responsible") and not of_act:
        return []  # "named as the author of the report", "responsible for the distribution"
    named = objects_of(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
    speaker = subject_of(verb) if objects_of(verb) else agent
    return [("blamed", x, speaker) for x in named]



def _party_behind_an_act(noun: Token) -> bool:
    """"named <X> as the group (the gang, the cell) behind the grenade attack": any party
    with "behind" or "responsible for" an act after it is the act's perpetrator."""
    return noun.pos_ == "NOUN" and any(
        is_attack_noun(g) or g.lower_ in ATTRIBUTED_ACTS
        for c in noun.children if c.lower_ in ("behind", "responsible")
        for g in (*c.children, *(g2 for p in c.children if p.dep_ == "prep" for g2 in p.children))
        if g.dep_ == "pobj")


POINT_VERBS = frozenset({"point", "points", "pointed", "pointing"})


# What points to a suspect without anyone accusing: "intelligence (the evidence, early
# indications, the clues) pointed to <X>".
_EVIDENCE_NOUNS = frozenset({"evidence", "intelligence", "clues", "clue", "indications",
                             "indication", "signs", "sign", "information", "findings",
                             "investigation", "investigations", "inquiry", "probe", "leads",
                             "lead", "traces", "suspicion", "suspicions", "everything", "all"})


def read_pointed_at(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Officials pointed the finger at <X>", "fingers were pointed at <X>" (the finger as the
    passive's subject): blamed, by the one who points; "intelligence (the evidence) pointed
    to <X>": suspected, by whoever says so."""
    if negated(verb):
        return []
    fingers = [o for o in (*objects_of(verb), *(c for c in verb.children
                                               if c.dep_ == "nsubjpass"))
               if o.lower_ in ("finger", "fingers")]
    pointer = subject_of(verb)
    if not fingers and pointer is not None and pointer.lower_ in _EVIDENCE_NOUNS:
        targets = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in (
            "to", "at", "toward", "towards") for g in c.children if g.dep_ == "pobj"]
        governor = verb.head if verb.dep_ == "ccomp" else None
        speaker = reporter_of(governor) if governor is not None else None
        return [("suspected", t, speaker) for t in targets]
    if not fingers:
        return []
    scope = [verb, *fingers]  # "at <X>" hangs on the verb or on "finger"
    targets = [g for head in scope for c in head.children if c.dep_ == "prep" and c.lower_ == "at"
               for g in c.children if g.dep_ == "pobj"]
    return [("blamed", t, pointer or by_agent(verb)) for t in targets]


# Where blame is laid: "at the feet of <X>", "at <X>'s door", "on <X>'s doorstep".
_PLACE_OF_BLAME = frozenset({"feet", "foot", "door", "doors", "doorstep", "doorsteps"})
# Taking or refusing blame is one's own word, not an accusation: "<X> accepted the blame".
_OWN_BLAME_VERBS = frozenset({"take", "took", "taken", "takes", "taking", "accept", "accepted",
                              "accepts", "accepting", "assume", "assumed", "assumes", "bear",
                              "bore", "admit", "admitted", "claimed", "claim", "claims",
                              "deny", "denied", "denies", "reject", "rejected", "rejects",
                              "shift", "shifted", "deflect", "deflected", "avoid", "avoided",
                              "escape", "escaped", "share", "shared", "shares"})


def read_blame_laid(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"laid the blame for the car bomb at the feet of <X>", "put the blame squarely on <X>",
    "laid responsibility for the beheadings on <X>": blame (or responsibility) as the object of
    any verb of placing, the accused where it is placed (on, at, upon, with), whatever the verb
    ("pinned", "heaped", "cast", "placed", "laid"); not taking it oneself ("accepted the blame")."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lower_ in _LIE_VERBS and not negated(verb):
        # "responsibility (the blame) for the massacre lies (rests) with <X>"
        return [("blamed", g, None) for c in verb.children if c.dep_ == "prep"
                and c.lower_ in ("with", "on", "upon") for g in c.children if g.dep_ == "pobj"]
    if noun.dep_ not in ("dobj", "obj") or verb.lower_ in _OWN_BLAME_VERBS or negated(verb):
        return []
    # (the phrase may hang anywhere in the clause: "heaped the blame for the bombing of the
    # terminal squarely on <X>"; the last one after the blame is where it is laid)
    placed = [g for c in islice(verb.subtree, 40) if c.dep_ == "prep" and c.i > noun.i
              and c.lower_ in ("on", "at", "upon", "with", "onto") for g in c.children
              if g.dep_ == "pobj" and (c.lower_ != "at" or g.lower_ in _PLACE_OF_BLAME)][-1:]
    accused = []  # ("at" only at someone's feet or door: "a bomb at a police academy" is a place)
    for place in placed:
        if place.lower_ in _PLACE_OF_BLAME:  # "at the feet of <X>", "at <X>'s door"
            place = next((g for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"), None) or next(
                (c for c in place.children if c.dep_ == "poss"), place)
        if place.lower_ not in _PLACE_OF_BLAME:
            accused.append(place)
    return [("blamed", x, subject_of(verb)) for x in accused]


# Where responsibility is said to lie: "lies (rests, falls) with <X>".
_LIE_VERBS = frozenset({"lies", "lie", "lay", "lying", "rests", "rest", "rested", "resting",
                        "falls", "fell", "fall"})
# Verbs that lay an act itself on someone: "pinned the torching on <X>", "hung the murders on
# <X>", "laid the massacre at the door of <X>" (as one lays the blame: `read_blame_laid`).
PIN_VERBS = frozenset({"pin", "pins", "pinned", "pinning", "hang", "hangs", "hung", "hanging",
                       "laid", "lay", "lays", "laying", "fasten", "fastened", "fastens"})


_LAY_VERBS = frozenset({"laid", "lay", "lays", "laying"})
# Acts one lays or sets as the act itself: "laid siege", "laid an ambush".
_LAID_ACTS = frozenset({"siege", "sieges", "ambush", "ambushes"})


def read_act_pinned(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Officials pinned the torching of the stalls on <X>": an act laid on someone, read as
    blame laid is (only an act: "pinned a medal on", "laid a wreath at" are none)."""
    acts = [o for o in objects_of(verb) if (is_attack_noun(o) or o.lower_ in ATTRIBUTED_ACTS)
            and o.lower_ not in _LAID_ACTS]
    if not acts:
        return []
    if verb.lower_ in _LAY_VERBS:
        # "laid" an act only at someone's door or feet ("laid siege on the town", "laid an
        # ambush on the road" are the acts themselves)
        return read_blame_laid(acts[0]) if any(
            t.lower_ in _PLACE_OF_BLAME for t in islice(verb.subtree, 40)) else []
    return read_blame_laid(acts[0])


def read_blamed(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<S> blamed <X> for ...", "<S> blamed the attack on <X>", "it was blamed on <X>"."""
    if verb.pos_ == "NOUN":
        return read_blame_laid(verb)
    # "blamed the attack on <X>": the "on" phrase may hang on the verb or on its object.
    scope = [verb, *objects_of(verb)]
    # (not a day: "blamed on Monday the banned <X> for the bombing" blames <X>)
    on = [g for head in scope for c in head.children if c.dep_ == "prep" and c.lower_ == "on"
          for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
          and not not_a_perpetrator(g.text)]
    speaker = subject_of(verb) or by_agent(verb)
    if on:
        return [("blamed", target, speaker) for target in on]
    if _each_other(verb):
        return _blamed_by_each_other(verb)
    if verb.dep_ == "acl" and not objects_of(verb) and headline_patient(verb) is None and any(
            the_act(g) for c in phrases_of(verb, "for") for g in c.children):
        # "al-Shabaab, the group blamed for the attack": the party the participle describes
        # (not "blamed for earlier bombings in the city", another occasion)
        party = described_party(verb.head)
        return [] if party is None else [("blamed", party, by_agent(verb))]
    blamed = [o for o in objects_of(verb) if o.lower_ not in ATTACK_NOUNS]
    if not objects_of(verb) and not phrases_of(verb, "for") and speaker is None and \
            bare_attribution(verb):
        # "<X> was blamed.", "<X> was initially blamed, but ...": a summary's bare blame, of
        # an organization only
        return [("blamed", x, None) for x in verb.children if x.dep_ == "nsubjpass"
                and any(map(organization_like, conjuncts_of(x)))]
    if not blamed and any(g.lower_ in ATTRIBUTED_ACTS or g.dep_ == "pcomp"
                          for c in phrases_of(verb, "for") for g in c.children):
        # "<X> were blamed (by the army) for the attack": the passive's subject, or its
        # conjunct's ("<X> was singled out and blamed for the massacre")
        holder = verb.head if verb.dep_ == "conj" else verb
        blamed = [c for c in verb.children if c.dep_ == "nsubjpass"] or [
            c for c in holder.children if c.dep_ == "nsubjpass"]
        party = None if blamed else headline_party(verb)
        if party is not None:  # "<X> blamed for attack on mosque": a headline's passive
            return [("blamed", party, by_agent(verb))]
    return [("blamed", x, speaker) for x in blamed]


def headline_party(verb: Token) -> Token | None:
    """The organization a headline's passive without its auxiliary names as blamed, accused
    or suspected (`headline_patient`): "<X> blamed for attack on mosque". A person so named
    ("Mayor accused of murder") is a suspect of crime news, not a claim's party."""
    patient = headline_patient(verb)
    if patient is None or not organization_like(patient):
        return None
    return described_party(patient)


def the_act(noun: Token) -> bool:
    """An act named as the report's own: "the attack", "Tuesday's bombings"; not another
    occasion ("earlier bombings", "a similar attack") nor a run of acts ("bombings in the
    city")."""
    if noun.lower_ not in ATTRIBUTED_ACTS or any(
            c.dep_ in ("amod", "det") and c.lower_ in OTHER_OCCASION_WORDS
            for c in noun.children):
        return False
    return noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss") and c.lower_ not in ("some", "many")
                                     for c in noun.children)


def described_party(noun: Token) -> Token | None:
    """The party a noun with a participle describes: the noun when it names one ("the <X>
    militia blamed for ..."), else the name it stands in apposition to ("<X>, the group blamed
    for ..."), found by the parse or, when the parse hangs the apposition elsewhere, as the
    name written right before its comma."""
    name = name_of(noun)
    if name is not None:  # (a name is written with a capital: not "house suspected in ...")
        return noun if name[:1].isupper() and (
            noun.pos_ == "PROPN" or organization_like(noun)) else None
    if noun.dep_ == "appos" and name_of(noun.head) is not None and \
            noun.head.lower_ not in OFFICIAL_WORDS and noun.head.pos_ == "PROPN":
        return noun.head
    before = noun.left_edge.i - 1
    if before >= 1 and noun.doc[before].text == ",":
        last = noun.doc[before - 1]
        if last.pos_ == "PROPN" and name_of(last) is not None:
            return last
    return None


def read_responsible(word: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> was responsible / behind it / involved", as said or believed by someone."""
    held = _held_responsible(word)
    if held is not None:
        return held
    copula = word.head if word.dep_ in ("acomp", "prep", "advmod", "attr", "oprd") else word
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    believed = passive_belief(copula)
    if not subjects and believed is not None:
        # "The <X> cartel was believed to be behind the killings": the subject of the belief,
        # an organization ("disputes between dealers are believed to be responsible" is none)
        subjects = [c for c in believed.children if c.dep_ == "nsubjpass" and
                    organization_like(c)]
    if not subjects:
        return []
    governor = copula.head if copula.dep_ in ("xcomp", "advcl") else saying_governor(copula)
    if word.lower_ == "involved" and any(c.dep_ == "prep" for c in word.children) and \
            not _in_an_attack(word) and not is_hedged(copula, word) and \
            not (governor is not None and governor.lower_ in SUSPECT_VERBS):
        # said plainly, involved in something that is no attack ("was involved in a prior
        # relationship", "in the inquiry"); a bare "<X> were involved" or a hedge or a belief
        # ("may have been involved") is of the act the report tells
        return []
    kind: ClaimKind = "blamed"
    speaker: Token | None = None
    if governor is not None and governor.lower_ in SAY_VERBS and \
            not negated(governor):
        voiced = _group_voiced(teller_of(governor))
        if not said_not(copula) and (all(of_itself(s) for s in subjects) or (
                voiced is not None and all(of_itself_or_the_group(s) for s in subjects))):
            # "<X> said it was responsible for the raid": a group speaking of itself claims it;
            # so does its spokesman's "the group" ("a spokesman for <X> phoned the radio
            # station to say the group was behind the blast")
            group = voiced if voiced is not None else group_telling(governor)
            return [] if group is None or not for_an_attack(word) else [("claimed", group, None)]
        if said_not(copula) and all(of_itself_or_the_group(s) for s in subjects) and \
                (_in_an_attack(word) or _of_nothing_named(word)):
            # "<X> said it was not behind the blast", "said its fighters had not been involved
            # in the massacre": a group saying it had no part denies it; so does one saying it
            # "was not involved" of nothing named, which answers the report's act
            group = group_telling(governor)
            return [] if group is None else [("denied", group, None)]
    if governor is not None and governor.lower_ in SUSPECT_VERBS:
        kind, speaker = "suspected", reporter_of(governor)
    elif governor is not None and governor.lower_ in INQUIRY_VERBS and any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in copula.children):
        # "detectives were examining whether <X> was responsible": a line of inquiry
        kind, speaker = "suspected", reporter_of(governor)
    elif governor is not None and governor.lower_ in SAY_VERBS:
        speaker = reporter_of(governor)
        if is_hedged(copula, word):
            kind = "suspected"  # "sources said <X> was likely (may have been) responsible"
        elif speaker is not None and is_messenger(speaker) and for_an_attack(word):
            # "a caller said the <X> was responsible for it", "... said the group was": the
            # group the caller speaks for
            kind, subjects = "claimed", [spoken_for(speaker) or s if is_anaphoric(s) else s
                                         for s in subjects]
            speaker = None
    elif copula.lower_ in SUSPECT_VERBS or any(
            c.lower_ in SUSPECT_VERBS for c in copula.children if c.dep_ in ("aux", "auxpass")):
        kind = "suspected"
    else:
        bare = word.lower_ == "responsible" and not any(c.dep_ == "prep" for c in word.children) \
            and all(organization_like(s) or group_of_members(s) is not None for s in subjects)
        if believed is None and not ((for_an_attack(word) or bare) and is_main_clause(copula)):
            # (a summary's closing "<X> were reportedly responsible." is of its incident)
            # A bare "X was behind the wall" is not a claim, nor "rejected suggestions that X
            # was behind the blast" (a clause of someone else's words).
            return []
        # "<X> was responsible for the bombing", "<X> was behind the car bomb": the report's
        # own attribution, with no one named who makes it.
        kind = "suspected" if believed is not None or is_hedged(copula, word) else "blamed"
    if said_not(copula) or (governor is not None and negated(governor)):
        return []
    return [(kind, s, speaker) for s in subjects]


def _group_voiced(teller: Token | None) -> Token | None:
    """The group a spokesman (a caller) speaks for when the sentence names it ("a spokesman
    for <X>", "<X>'s spokesman"): his "the group" is his own."""
    if teller is not None and teller.pos_ == "PROPN":
        # "<X> spokesman <Name> phoned reporters": the title before his name
        teller = next((c for c in teller.children if c.dep_ == "compound"
                       and c.lower_ in SPOKESPEOPLE), teller)
    if teller is None or teller.lower_ not in SPOKESPEOPLE | {"caller", "callers"}:
        return None
    return next((g for g in (
        *(c for c in teller.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"),
        *(g for c in teller.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
          for g in c.children if g.dep_ == "pobj"))
        if (name_of(g) or "").lower() not in OFFICIAL_WORDS | STATE_FORCES | {""}), None)


# "<the attack> was the work (handiwork) of <X>".
# (and its crime or deed: "the killing was a crime of the <X> gang")
WORK_NOUNS = frozenset({"work", "handiwork", "doing", "crime", "crimes", "deed", "deeds"})


def read_work_of(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"The shooting was the work of the <X> gang, the police chief said", "the bombing was
    likely the handiwork of <X>": the act's author is blamed, or suspected when hedged or
    believed."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "like" and \
            noun.head.head.lower_ in _APPEARANCE_VERBS:
        return _looked_like_the_work_of(noun, noun.head.head)
    copula = noun.head
    if noun.dep_ != "attr" or negated(copula):
        return []
    act = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    believed = passive_belief(copula)
    if act is None and believed is not None:
        # "the incident was suspected (believed, thought) to be the work of <X>": the act is
        # the subject of the belief
        act = next((c for c in believed.children if c.dep_ == "nsubjpass"), None)
    if act is None or not (is_attack_noun(act) or act.lower_ in ATTRIBUTED_ACTS):
        return []
    authors = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    if believed is not None:
        return [] if negated(believed) else [
            ("suspected", a, by_agent(believed)) for a in authors]
    hedged = is_hedged(copula, noun)
    governor = copula.head if copula.dep_ in ("ccomp", "xcomp") else None
    if governor is None:  # "..., the police chief said" hangs the saying on the copula
        governor = next((c for c in copula.children if c.dep_ in ("parataxis", "ccomp")
                         and c.lower_ in SAY_VERBS | SUSPECT_VERBS), None)
    speaker = None
    if governor is not None and negated(governor):
        return []
    if governor is not None and governor.lower_ in SAY_VERBS and authors and \
            all(of_itself(a) for a in authors):
        # "the attack was the work of our brigade, <X> said": a group's own work, its claim
        group = group_telling(governor)
        return [] if group is None else [("claimed", group, None)]
    if governor is not None and governor.lower_ in SUSPECT_VERBS | SAY_VERBS:
        hedged = hedged or governor.lower_ in SUSPECT_VERBS
        speaker = subject_of(governor)
    return [("suspected" if hedged else "blamed", a, speaker) for a in authors]


# Verbs of appearance: "the attack looked like (seemed like) the work of <X>".
_APPEARANCE_VERBS = frozenset({"look", "looks", "looked", "looking", "seem", "seems", "seemed",
                               "appear", "appears", "appeared", "sound", "sounds", "sounded"})


def _looked_like_the_work_of(noun: Token, verb: Token) -> list[tuple[ClaimKind, Token,
                                                                       Token | None]]:
    """"An official said the attack looked like the work of <X>": how the act appears is a
    suspicion of its author, by who says so (not "did not look like")."""
    act = subject_of(verb)
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    if act is None or negated(verb) or (governor is not None and negated(governor)) or not (
            is_attack_noun(act) or act.lower_ in ATTRIBUTED_ACTS):
        return []
    speaker = subject_of(governor) if governor is not None and \
        governor.lower_ in SAY_VERBS | SUSPECT_VERBS else None
    return [("suspected", g, speaker) for c in noun.children if c.dep_ == "prep"
            and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


# "Police have linked <X> to the bombing", "<X> was tied to the blast by investigators".
LINK_VERBS = frozenset({"linked", "link", "links", "tied", "tie", "ties", "connected",
                        "connect", "connects", "traced", "trace", "traces", "tracing"})


def read_linked_to(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """One who links <X> to an act blames <X> for it; a passive link with no one named as
    making it ("<X> has been linked to the attack") is a suspicion."""
    acts = [g for c in phrases_of(verb, "to") for g in c.children if g.dep_ == "pobj"]
    if not any(is_attack_noun(a) or a.lower_ in ATTRIBUTED_ACTS for a in acts) or \
            negated(verb):
        return []
    def a_party(word: Token) -> bool:  # not "the slaying was connected to another killing"
        return not (is_attack_noun(word) or word.lower_ in ATTRIBUTED_ACTS
                    or word.lower_.endswith("ing"))

    if objects_of(verb):
        return [("blamed", x, subject_of(verb)) for x in objects_of(verb) if a_party(x)]
    agent = by_agent(verb)
    linked = [c for c in verb.children if c.dep_ == "nsubjpass" and a_party(c)]
    return [("blamed" if agent is not None else "suspected", x, agent) for x in linked]


def read_act_linked(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Police have linked the murder to a gang known as <X>", "believe the arson attacks are
    linked to an extortion campaign by <X>": the act linked to a party, who is blamed by whoever
    links it (suspected when it is believed or no one links it)."""
    acts = [*objects_of(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
    if not any(is_attack_noun(a) or a.lower_ in ATTRIBUTED_ACTS for a in acts) or negated(verb):
        return []
    # (the last "to" phrase of the clause: "traced the parcel bomb sent to the court in Lecce
    # to a cell of <X>")
    parties = [party_behind(g) for c in islice(verb.subtree, 40) if c.dep_ == "prep"
               and c.lower_ == "to" and c.i > verb.i for g in c.children
               if g.dep_ == "pobj" and not (is_attack_noun(g) or g.lower_ in ATTRIBUTED_ACTS)][-1:]
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    speaker = subject_of(verb) or by_agent(verb)
    believed = governor is not None and governor.lower_ in SUSPECT_VERBS
    kind: ClaimKind = "blamed" if speaker is not None and not believed else "suspected"
    if believed and governor is not None:
        speaker = reporter_of(governor)
    # (a party, not a day: "connected to an Easter Sunday shooting")
    return [(kind, p, speaker) for p in parties if organization_like(p)]


def _each_other(verb: Token) -> bool:
    """The object is "each other" or "one another"."""
    return any((o.lower_ == "other" and any(d.lower_ == "each" for d in o.lefts)) or (
        o.lower_ == "one" and any(d.lower_ == "another" for d in o.children))
        for o in objects_of(verb))


def _blamed_by_each_other(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<X> and <Y> blamed (accused) each other for the shelling": each is blamed by the other
    (both parties, when the subject names two; "both sides" names no one)."""
    subject = subject_of(verb)
    return [("blamed", subject, None)] if subject is not None and len(
        conjuncts_of(subject)) > 1 else []


def read_accused(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<S> accused <X> of the bombing": <X> blamed by <S>, unless what it is accused of doing
    is no violence; else the passive "<X> was accused by residents of looting"."""
    if _each_other(verb):
        return [] if of_a_deed_not_violent(verb) else _blamed_by_each_other(verb)
    return [("blamed", o, subject_of(verb)) for o in objects_of(verb)
            if not of_a_deed_not_violent(verb)] or read_accused_by(verb)


def read_attributed(verb: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"<S> attributed the attack to <X>", "the bombing was attributed to <X> by <S>"; not a
    statement or a video attributed to <X>, which is <X>'s word (`media_owner`)."""
    if (verb.dep_ == "acl" and verb.head.lower_ in MEDIA_NOUNS) or any(
            o.lower_ in MEDIA_NOUNS for o in objects_of(verb)):
        return []
    # (the "to" phrase on the verb or on its particle: "put the raid down to <X>")
    targets = [g for h in (verb, *(c for c in verb.children if c.dep_ == "prt"))
               for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj"]
    if not targets:  # "attributed the bombing at a station in Bursa to <X>" (parsed so)
        phrases = [c for c in verb.children if c.dep_ in ("dobj", "obj", "prep")]
        targets = [g for o in phrases for c in o.subtree if c.dep_ == "prep" and
                   c.lower_ == "to" for g in c.children if g.dep_ == "pobj"][:1] if any(
            is_attack_noun(o) for o in objects_of(verb)) else []
    governor = verb.head if verb.dep_ in ("ccomp", "xcomp") else None
    kind: ClaimKind = "suspected" if governor is not None and \
        governor.lower_ in SUSPECT_VERBS else "blamed"
    return [(kind, party_behind(t), subject_of(verb) or by_agent(verb)) for t in targets]


# What people do together that has its doers in a phrase: "an extortion campaign by <X>", "a
# feud of <X>", "a plot by <X>".
_ACTIVITY_NOUNS = frozenset({"campaign", "campaigns", "feud", "feuds", "plot", "plots", "war",
                             "wars", "vendetta", "operation", "operations", "scheme", "racket",
                             "offensive", "insurgency", "conspiracy", "cell", "cells", "network",
                             "faction", "factions", "wing", "branch", "unit", "units"})


def party_behind(word: Token) -> Token:
    """Who is behind what an act is traced to: <X> in "a campaign by <X>", "a cell of <X>", "a
    dissident faction of <X>"; else the word itself."""
    if word.lower_ not in _ACTIVITY_NOUNS or (name_of(word) is not None and \
            word.pos_ == "PROPN"):
        return word
    return next((g for c in word.children if c.dep_ == "prep" and c.lower_ in ("by", "of")
                 for g in c.children if g.dep_ == "pobj" and name_of(g) is not None), word)


def _of_nothing_named(word: Token) -> bool:
    """"involved" or "responsible" alone, with no phrase saying in or for what."""
    return word.lower_ in ("involved", "responsible") and not any(
        c.dep_ in ("prep", "pobj", "dobj", "xcomp", "ccomp") for c in word.children)


def _in_an_attack(word: Token) -> bool:
    """"responsible for the killing", "behind the blast", "involved in the massacre"."""
    return for_an_attack(word) or any(
        g.lower_ in ATTRIBUTED_ACTS for c in word.children if c.dep_ == "prep" and
        c.lower_ == "in" for g in c.children if g.dep_ == "pobj")


# Whose word one acts on: "on behalf of <X>", "at the direction of <X>", "on the orders of
# <X>", "at the behest of <X>"; and as whose member: "acting as a member of <X>".
AGENCY_NOUNS = frozenset({"behalf", "direction", "directions", "orders", "order", "behest",
                          "instructions", "instruction", "command", "member", "members"})
_AGENCY_PREPOSITIONS = frozenset({"on", "at", "upon", "under", "by", "as"})
_ACTING_VERBS = frozenset({"acting", "working", "operating", "serving"})
_ACTED_VERBS = frozenset({"acted", "act", "acts"})
# Who leads a group: orders from them are the group's.
_GROUP_LEADERS = frozenset({"commander", "commanders", "leader", "leaders", "leadership",
                            "chief", "chiefs", "emir", "head", "command"})


def _led_by(leader: Token) -> Token | None:
    """<X> of "a commander (the leadership) of <X>"."""
    if leader.lower_ not in _GROUP_LEADERS:
        return None
    return next((g for c in leader.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj" and name_of(g) is not None), None)


def read_acted_for(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"The defendant, acting at the direction of <X>, set fire to the depot", "the bombing,
    which he carried out on behalf of <X>", "acting as a member of <X>, placed the device": an
    act done on a group's word or as its member is laid on the group (a charge, a finding, a
    plea). Not one done on a state's orders by its forces, nor one not done ("refused to act
    on the orders of")."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _AGENCY_PREPOSITIONS:
        return []
    if (noun.lower_ in ("member", "members")) != (preposition.lower_ == "as"):
        return []  # ("as a member of", never "on the members of"; nor "as the orders of")
    # (whose orders: "of <X>", "from <X>"; one of its cells' or its commander's are its own:
    # "on instructions from an online cell of <X>", "on the orders of a commander of <X>")
    group = next((g for c in noun.children if c.dep_ == "prep" and (c.lower_ == "of" or (
        c.lower_ == "from" and noun.lower_ not in ("behalf", "member", "members")))
                  for g in c.children if g.dep_ == "pobj"), None)
    if group is not None:
        group = group_of_members(group) or _led_by(group) or group
    name = name_of(group) if group is not None else None
    if group is None or name is None or (len(name.split()) < 2 and not organization_like(group)):
        return []  # (a people is no one's group: "carried out on behalf of Muslims")
    verb = preposition.head
    if verb.lower_ in _ACTED_VERBS and verb.dep_ not in ("acl", "advcl"):
        # "he had acted on the orders of <X>": acting so is doing the act the report tells
        # (not a state's forces acting on its orders: "the army acted on the orders of")
        doer = subject_of(verb)
        if negated(verb) or (doer is not None and doer.lower_ in STATE_FORCES | OFFICIAL_WORDS):
            return []
        return [("blamed", group, None)]
    if verb.lower_ in _ACTING_VERBS and verb.dep_ in ("acl", "advcl"):
        doer = verb.head if verb.dep_ == "acl" else subject_of(verb) or subject_of(verb.head)
        if doer is not None and doer.lower_ in STATE_FORCES | OFFICIAL_WORDS:
            return []  # "security forces, acting under the instructions of <command>": a state's
        # ("acting" on the doer: the doer's verb; on the act's clause: that clause's verb)
        verb = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass") \
            else verb.head
    elif preposition.lower_ == "as":
        return []
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    if not any(is_act_verb(a) or a.lower_ in DONE_BY_VERBS for a in acts) or \
            any(negated(a) for a in acts):
        return []
    return [("blamed", group, None)]


# Taking people in over an act: "arrested two members of <X> over the bombing".
_ARREST_VERBS = frozenset({
    "arrested", "arrest", "arrests", "arresting", "detained", "detain", "detains", "detaining",
    "apprehended", "apprehend", "held", "charged", "charge", "charges", "nabbed", "rounded",
    "picked", "indicted", "seized", "captured"})
_OVER_AN_ACT = frozenset({"over", "for", "after", "with"})  # ("charged with the murder")


def read_members_held_over_the_act(noun: Token) -> list[tuple[ClaimKind, Token, Token | None]]:
    """"Police arrested two (suspected) members of <X> over yesterday's bombing", "three members
    of <X> were detained in connection with the attack": the group whose members are held over
    the act is suspected of it (not members held for something else, nor killed in a raid)."""
    verb = noun.head
    held = (noun.dep_ in ("dobj", "obj") and verb.lower_ in _ARREST_VERBS) or (
        noun.dep_ == "nsubjpass" and verb.lower_ in _ARREST_VERBS)
    if not held or negated(verb):
        return []
    group = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    if group is None or name_of(group) is None:
        return []
    return [("suspected", group, subject_of(verb))] if _over_an_act(verb, noun) else []


def _over_an_act(verb: Token, noun: Token) -> bool:
    """The arrest's phrase names the act: "over the bombing", "for the attack", "in connection
    with the killing" (on the verb or, as the parse may hang it, on the members)."""
    for head in (verb, noun):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            objects = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.lower_ == "in":  # "in connection with the attack"
                objects = [g for o in objects if o.lower_ == "connection" for c in o.children
                           if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                           if g.dep_ == "pobj"]
            elif prep.lower_ not in _OVER_AN_ACT:
                continue
            if any(is_attack_noun(o) or o.lower_ in ATTRIBUTED_ACTS for o in objects):
                return True
    return False
