"""Who a phrase of the parse names: the claimant's name as written ("The National Liberation
Army (NLA)", "Boko Haram militants", "a group calling itself the Red Dawn Brigade", "members of
the M-19"), or nothing for "gunmen" and "unknown attackers"; the actors a claiming verb has
(its subject or by-agent, their conjuncts, a relative clause's antecedent)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from storyline.extract.claims_lexicon import (
    ANAPHORS,
    ATTRIBUTED_ACTS,
    CAPITAL_STATES,
    CLAIM_VERBS,
    GENERIC_ACTOR_WORDS,
    GENERIC_HEADS,
    GROUP_ALIASES,
    HEDGES,
    KIND_ANAPHORS,
    KNOWN_GROUP_NAMES,
    MEMBER_NOUNS,
    RESPONSIBLE_WORDS,
    SPOKESPEOPLE,
    STATE_FORCES,
    TAKE_VERBS,
    TIE_WORDS,
)
from storyline.extract.claims_names import normalize_actor
from storyline.extract.claims_tree import (
    RELATIVE_PRONOUNS,
    acronym_closing,
    answers_an_accusation,
    by_agents,
    conjuncts_of,
    entry_label_end,
    is_attack_noun,
    is_span,
    objects_of,
    relative_antecedent,
    subject_of,
)
from storyline.extract.gazetteer_tables import DEMONYMS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def with_conjuncts(actor: Token | Span) -> list[Token | Span]:
    """The actor and those coordinated with it: "<X> and <Y> both claimed the attack",
    "claimed by two groups, <X> and <Y>", "Both <X> and <Y> were suspected"."""
    if is_span(actor):
        return [actor]  # a name read off the words before a noun (`named_right_before`)
    head = cast("Token", actor)
    found = conjuncts_of(head)
    if len(found) > 1:
        whole = head.doc[min(t.i for t in _name_tokens(head)):found[-1].i + 1]
        if whole.text.lower().removeprefix("the ") in GROUP_ALIASES:
            return [whole]  # "the Islamic State in Iraq and the Levant": a known name, whole
    closing = acronym_closing(found[-1]) if len(found) > 1 else None
    if closing is not None:
        # "the Islamic State of Iraq and the Levant (ISIL)", "Basque Fatherland and Liberty
        # (ETA)": a bracketed acronym after the last conjunct covers the coordination, one name
        start = min(t.i for t in _name_tokens(head))
        return [head.doc[start:closing + 1]]
    return list(found)


def tied_groups(tie: Token) -> list[Token]:
    """What "linked to", "loyal to", "suspected to belong to" ties people to."""
    holders = [tie, *(c for c in tie.children if c.dep_ == "xcomp" and c.lower_ in _BELONG_WORDS)]
    return [g for h in holders for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for g in c.children if g.dep_ == "pobj"]


def named_right_before(noun: Token) -> Span | None:
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
        if prior.lower_ in HEDGES or not (capitalized or glued or joining or prior.text in (
                "'s", "’s")) or prior.like_num or prior.is_space:
            break
        start -= 1
    while doc[start].text in ("'s", "’s", "-", "("):
        start += 1
    return doc[start:noun.i] if doc[noun.i - 1].text == ")" else doc[start:before + 1]


# The Arabic and Urdu particles of a name transliterated without a hyphen: "Ansar ul Islam",
# "Hizb ut Tahrir", "Lashkar e Jhangvi", "Jaish al Adl".
_TRANSLITERATED_PARTICLES = frozenset({"ul", "ud", "ut", "ur", "e", "al", "el"})
_NAME_JOINERS = frozenset({"of", "and", "the", "for", "de", "del", "du", "des", "la", "ibn",
                           "bin"}) | _TRANSLITERATED_PARTICLES


def _acronym_of_a_description(word: Token) -> bool:
    """"non-state armed group (NSAG) fighters": an acronym in brackets after lower-case words
    abbreviates a description, not a group's name."""
    doc = word.doc
    return word.i >= 2 and doc[word.i - 1].text == "(" and doc[word.i - 2].text.islower()


# Head words of armed organizations' names ("the Irish National Liberation Army", "the
# Popular Front", "Los Extraditables" is none of them and is named only by a claim).
_ORGANIZATION_WORDS = frozenset({
    "army", "front", "movement", "brigade", "brigades", "organization", "organisation", "party",
    "forces", "liberation", "tigers", "mujahideen", "jihad", "cartel", "faction", "commando",
    "commandos", "underground", "resistance", "legion", "militia", "militias", "council",
    "emirate", "guard", "guards", "brotherhood", "alliance", "coalition", "command", "cells",
    "committee", "network", "battalion", "battalions", "revolutionary", "mafia", "gang",
    "clan", "syndicate", "insurgency", "jamaat", "lashkar", "jaish", "harakat", "ansar",
    "tehrik", "hizb", "kataib", "saraya", "group",
    # the rest of the words armed groups name themselves by: "the Iron Valley Collective", "the
    # Sons of the Delta", "Jund al-Haqq", "the Crimson Hand", "the Nile Delta Vanguard"
    "collective", "league", "vanguard", "hand", "sons", "jund", "family", "crew", "defenders",
    "warriors", "guardians", "lions", "wolves", "falcons", "hawks", "eagles", "patriots", "cell",
    "unit", "squad", "squadron", "corps", "katiba", "liwa", "fedayeen", "partisans", "guerrillas",
    "rebels", "militants", "insurgents", "fighters"})


# A known group's name of several words opening a longer name is that group's branch or
# province: "the Islamic State Sahel Province", "the Boko Haram Bakura faction".
_KNOWN_NAMES_OF_WORDS = tuple(sorted(f"{name} " for name in KNOWN_GROUP_NAMES
                                     if " " in name or "-" in name))


def organization_like(actor: Token) -> bool:
    """Whether the phrase headed by `actor` names an armed organization or a state's forces:
    an acronym, a known group, a name with an organization's head word, "South African agents"."""
    name = name_of(actor)
    if name is None:
        return False
    return names_an_organization(name) or any(is_national(c, actor) for c in actor.children)


def names_an_organization(name: str) -> bool:
    """Whether `name` (as written) is an armed organization's: an acronym, a known group, a
    name with an organization's head word."""
    words = re.findall(r"[\w'’]+", name)
    normalized = normalize_actor(name).lower()
    return normalized in KNOWN_GROUP_NAMES or normalized.startswith(_KNOWN_NAMES_OF_WORDS) or any(
        w.isupper() and len(w) > 1 for w in words) or any(
        w.lower() in _ORGANIZATION_WORDS for w in words)


def is_a_place(group: Token) -> bool:
    """"The suspect belongs to Khanewal": a town (or country) one is from names no group."""
    from storyline.extract.gazetteer import fold, load_gazetteer

    name = name_of(group)
    return name is not None and bool(load_gazetteer().lookup(fold(name)))


def state_of(word: Token) -> str | None:
    """The country (ISO code) a state's forces or body are said to belong to, as written:
    "Armenian forces", "Armenia's armed forces", "the Kenyan government", "Azerbaijan's
    foreign ministry", "Armenia", "Kyiv" (its capital). None when no state is named."""
    for token in (word, *(c for c in word.children if c.dep_ in ("poss", "amod", "compound"))):
        if token.lower_ in DEMONYMS:
            return DEMONYMS[token.lower_]
        if token.pos_ == "PROPN":
            code = _country_named(token)
            if code is not None:
                return code
    return None


def _country_named(token: Token) -> str | None:
    from storyline.extract.gazetteer import fold, load_gazetteer

    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    name = " ".join(t.text for t in words)
    name = CAPITAL_STATES.get(name.lower(), name)
    return next((e.country for e in load_gazetteer().lookup(fold(name)) if e.kind == "country"),
                None)


def told_by_another_state(forces: Token, voice: Token | None) -> bool:
    """"Azerbaijan's foreign ministry said Armenian forces shelled Ganja": a state's forces told
    doing the act by another state's voice are accused by it (told by their own state, it is
    their operation)."""
    if voice is None:
        return False
    theirs = state_of(forces)
    other = state_of(voice)
    return theirs is not None and other is not None and theirs != other


def agents_of(verb: Token) -> list[Token]:
    """Who did the claiming: the active subject, or the by-agents of a passive."""
    agents = by_agents(verb)
    if agents:
        return agents
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < verb.head.i:
        # a participle opening the sentence is its main clause's subject's act: "Owning up to
        # (claiming) the grenade attack, <X> said more strikes would follow"
        subject = subject_of(verb.head)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" \
            and (verb.lower_ in CLAIM_VERBS | TAKE_VERBS or answers_an_accusation(verb)):
        # "blamed <X>, which denied any role", "the <X>, which claimed the attack": <X>; not an
        # act that "claimed" lives, nor a witness who "denied that any fights happened"
        antecedent = relative_antecedent(verb)
        if not (is_attack_noun(antecedent) or antecedent.lower_ in ATTRIBUTED_ACTS):
            subject = antecedent
    elif subject is not None and is_anaphoric(subject) and verb.dep_ == "conj":
        # "<X> was blamed, but the group denied it": the group of the clause it answers
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        and name_of(c) is not None), subject)
    if subject is not None and subject.lower_ in GENERIC_HEADS:
        # "The separatist group Dawn Riders claimed": parsed as two subjects, the name second;
        # "Two groups, <X> and <Y>, claimed": the names in apposition to a kind
        named = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i
                      and c.pos_ in ("PROPN", "NOUN") and name_of(c) is not None), None) or \
            next((c for c in subject.children if c.dep_ == "appos" and name_of(c) is not None
                  and name_of(subject) is None), None)
        subject = named or subject
    return [subject] if subject is not None else []


def is_anaphoric(head: Token) -> bool:
    """"It claimed", "the group said it carried out": a claimant named before."""
    if head.lower_ in ("it", "they"):
        return True
    return head.lower_ in ANAPHORS and any(c.lower_ in ("the", "this", "that") for c in
                                           head.children if c.dep_ == "det")


def name_of(head: Token) -> str | None:
    """The claimant's name as written, when the phrase names someone: "The National Liberation
    Army (NLA)", "Boko Haram militants", "Iran". None for "gunmen", "unknown attackers"."""
    called = called_name(head)
    if called is not None:
        return name_of(called)
    if head.lower_ in ("we", "us"):  # "We, the Sons of the Valley, take responsibility"
        appos = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return name_of(appos) if appos is not None else None
    tokens = _name_tokens(head)
    # Not the head's own possessive ending: "Boko Haram's spokesman" names "Boko Haram".
    words = [t for t in tokens
             if t.dep_ != "det" and not (t.dep_ == "case" and t.head.i == head.i)]
    if not words:
        return None
    if head.lower_ in _PERSON_NOUNS and head.pos_ != "PROPN":
        return None  # "a Merritt Island man", "a 16-year-old Cleveland boy", "Bryson's son"
    named = [t for t in words if t.pos_ == "PROPN" or (t.is_upper and len(t.text) > 1)
             or t.lower_ in GROUP_ALIASES or is_national(t, head) or _name_as_a_modifier(t)
             or _a_peoples_adjective(t, head) or _a_units_number(t, head)]
    if not named or (head.lower_ in GENERIC_HEADS and head.pos_ != "PROPN" and not named):
        return None
    if head.pos_ == "PRON":
        return None
    text = head.doc[words[0].i:words[-1].i + 1].text.strip(" ,.;:\"'“”")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    if text.count("(") > text.count(")"):
        text += ")"  # "The National Liberation Army (NLA)"
    return text


# The nouns an armed group of a people is named by: "Chechen rebels", "Kurdish militants",
# "Baloch separatists", "Fulani herdsmen" (GTD names such groups by the people's word and a
# noun of its own choice: "Chechen Rebels", "Mapuche extremists", "Fulani extremists").
_PEOPLES_GROUP_NOUNS = frozenset({
    "rebels", "militants", "separatists", "extremists", "insurgents", "guerrillas",
    "guerillas", "fighters", "militia", "militias", "militiamen", "nationalists", "jihadists",
    "tribesmen", "herdsmen", "herders", "radicals"})


def _a_units_number(word: Token, head: Token) -> bool:
    """"Frente 33", "Brigade 313": a capitalized noun with its number after it is a unit's
    name, whatever the tagger makes of the noun (a sentence's first word is often a common
    noun to it)."""
    return word.dep_ == "nummod" and word.head.i == head.i and word.i == head.i + 1 and \
        word.text.isdigit() and head.text[:1].isupper()


def _a_peoples_adjective(word: Token, head: Token) -> bool:
    """A capitalized adjective of a people (or a region) before an armed group's noun names
    the group, whatever the tagger makes of it ("Kurdish" an adjective, "Chechen" a proper
    noun): "Kurdish militants" as much as "Chechen rebels". A state's demonym is not one
    ("Nigerian militants" are militants in Nigeria; its forces are `is_national`'s)."""
    return word.pos_ == "ADJ" and word.dep_ in ("amod", "compound") and \
        word.head.i == head.i and head.lower_ in _PEOPLES_GROUP_NOUNS and \
        word.text[:1].isupper() and word.text[1:].islower() and word.i > word.sent.start and \
        word.lower_ not in DEMONYMS and word.lower_ not in GENERIC_ACTOR_WORDS and \
        not _an_ideology(word.lower_)


# Creeds and ideologies are no people: "Islamist militia", "Jewish extremists", "Sunni
# militants" describe the attackers without naming a group.
_IDEOLOGIES = frozenset({"islamic", "jihadi", "salafi", "leftist", "rightist", "muslim",
                         "christian", "jewish", "hindu", "sikh", "buddhist", "sunni", "shia",
                         "shiite", "catholic", "protestant"})


def _an_ideology(word: str) -> bool:
    return word in _IDEOLOGIES or word.endswith("ist")


def _name_as_a_modifier(word: Token) -> bool:
    """"the Rhodan militia": a capitalized word compounded with the noun, inside the sentence,
    is its name even when the tagger takes an unknown name for an adjective."""
    return word.dep_ == "compound" and word.text[:1].isupper() and word.i > word.sent.start \
        and word.text[1:].islower() and word.head.lower_ in _ORGANIZATION_WORDS


# Who speaks for a group and is named beside it: their own name is not the group's.
_SPEAKING_FOR = SPOKESPEOPLE | frozenset({"agency", "arm", "outlet", "mouthpiece", "voice",
                                          "representative", "envoy", "negotiator"})


# Titles of those who lead armed men, written right before their name ("the Twa leader Kasongo
# Mutamba", "warlord <Name>"): a close apposition, without a comma.
_LEADER_TITLES = frozenset({
    "leader", "leaders", "commander", "chief", "warlord", "kingpin", "boss", "general",
    "colonel", "emir", "cleric", "preacher", "head", "founder", "chieftain", "strongman",
    "militant", "rebel", "insurgent", "jihadist", "bandit", "gangster", "capo", "don",
    "lieutenant", "captain", "major", "sheikh", "imam", "mullah", "ringleader", "mastermind"})


def appositive_name(head: Token) -> Token | None:
    """"a bandit kingpin, Dogo Halilu,", "the local commander, Ibrahim Sule,": the name a
    common noun is given in apposition, also where the parse hangs the name on the verb
    beside the noun (as its modifier) instead of on the noun."""
    if head.pos_ != "NOUN" or not head.text.islower() or head.lower_ in _SPEAKING_FOR:
        return None  # (a spokesman's name is not his group's: "an IPOB spokesman, <Name>,")
    doc = head.doc
    # (set off by a comma: "liberation du Quebec" is one name, parsed as an apposition)
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and (doc[c.left_edge.i - 1].text == "," or (
                      # (right after a leader's title or a kind of armed group: "the banned
                      # outfit Ansarullah Bangla Team", "the militia Red Lance")
                      head.lower_ in _LEADER_TITLES | GENERIC_HEADS and
                      c.left_edge.i == head.i + 1))), None)
    if named is not None:
        return named
    after = head.i + 2
    if after >= len(doc) or doc[head.i + 1].text != "," or doc[after].pos_ != "PROPN":
        return None
    word = doc[after]
    for _ in range(4):  # up the name's own words: "Dogo" -> "Halilu"
        if word.dep_ not in ("compound", "flat") or not head.i < word.head.i <= head.i + 6:
            break
        word = word.head
    if word.pos_ == "PROPN" and word.dep_ in ("appos", "npadvmod") and \
            word.head.i in (head.i, head.head.i):
        return word
    return None


# The nouns a description of an armed group ends in, whose name a wire gives after it between
# commas: "a separatist movement, the <X>, said", "a banned network, the <X>".
_DESCRIPTION_HEADS = GENERIC_HEADS | KIND_ANAPHORS | frozenset({
    "organisation", "organization", "movement", "affiliate", "umbrella", "formation",
    "grouping"})
# The small words inside a name ("Ansar al-Tawhid fi Bilad al-Sham", "Sons of the Plateau").
# (and the pieces of a name the tokenizer splits off: "al-", "People's", "Peoples'")
_APPOSED_NAME_JOINERS = _NAME_JOINERS | frozenset({"al", "el", "fi", "wal", "-", "'s", "’s",
                                                   "'", "’"})
_NAME_WORDS = 12  # (tokens: "Ansar al-Tawhid fi Bilad al-Sham" is nine)


def named_beside_its_description(head: Token) -> str | None:
    """"claimed by a little-known faction, the <X>, in a statement", "A jihadist group, <X>,
    said", "the grouping '<X>' denied": the organization's name a description is given between
    commas (or in a translation's quotes) right after it, read
    from the words where the parse hangs the name elsewhere (on the verb) or splits it (also
    from a piece of the name the parse made the description's apposition)."""
    if head.dep_ == "appos" and head.head.lower_ in _DESCRIPTION_HEADS:
        head = head.head
    if not head.text.islower() or head.lower_ not in _DESCRIPTION_HEADS:
        return None
    doc = head.doc
    start = head.i + 1
    if start < len(doc) and doc[start].text in _QUOTES:
        return _quoted_name(doc, start + 1)  # "the grouping 'Sword of Kaspia' took upon itself"
    if start >= len(doc) or doc[start].text != ",":
        return None
    start += 1 + (start + 1 < len(doc) and doc[start + 1].lower_ == "the")
    end = start
    while end < len(doc) and end - start <= _NAME_WORDS and \
            doc[end].text not in (",", ".", ";", "("):
        word = doc[end]
        if not (word.text[:1].isupper() or word.lower_ in _APPOSED_NAME_JOINERS or
                word.lower_.startswith(("al-", "el-"))):
            return None
        end += 1
    if end == start or end - start > _NAME_WORDS or end >= len(doc) or \
            doc[end].text not in (",", "("):
        return None  # (the name closes its apposition with a comma or its acronym's bracket)
    name = doc[start:end].text
    # (the description says what it is: two capitalized words are a name, one must be a
    # group's own: "a network, the Sahel Call," but not "a militia, Bambari,")
    capitalized = sum(1 for word in doc[start:end] if word.text[:1].isupper())
    if _a_speakers_group(head) and not names_an_organization(name):
        return None  # "a spokesman for the rebels, Suba Samuel, denied": the spokesman's name
    return name if capitalized >= 2 or names_an_organization(name) else None


def _a_speakers_group(head: Token) -> bool:
    """"a spokesman for the rebels": the group a speaker speaks for."""
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and \
        head.head.head.lower_ in _SPEAKING_FOR


_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "«", "»"})


def _quoted_name(doc: Doc, start: int) -> str | None:
    """The name a translation quotes after its kind's noun ("the movement 'Taliban'", "the
    organisation «Army of Free Turan»"): up to its closing quote, capitalized."""
    end = start
    while end < len(doc) and end - start <= _NAME_WORDS and doc[end].text not in _QUOTES:
        end += 1
    if end == start or end >= len(doc) or end - start > _NAME_WORDS or \
            not doc[start].text[:1].isupper() or \
            (doc[end].text == "'" and doc[end - 1].text[-1:] == "s" and end + 1 < len(doc)
             and doc[end + 1].text[:1].isupper()):
        return None  # (not the possessive of "the groups' Jund al-Aqsa")
    return doc[start:end].text


def names_a_group(head: Token) -> bool:
    """"the al-Shabaab judge", "the leader of the Caucasus Emirate", "Sandoval's lawyer": a
    description that names its group (or its person) itself, which the personal name in its
    apposition must not replace (not "the Twa leader <Name>", "the Chechen warlord <Name>")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and any(
                g.pos_ == "PROPN" or g.is_upper for g in child.children if g.dep_ == "pobj"):
            return True
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return True
        if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and (
                child.is_upper or organization_like(child)
                or normalize_actor(child.text).lower() in KNOWN_GROUP_NAMES):
            return True
    return False


def is_national(word: Token, head: Token) -> bool:
    """A capitalized adjective before a state's forces names the state ("Russian forces",
    "Ethiopian troops"); not the sentence's first word, capitalized anyway."""
    return word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.i == head.i and \
        head.lower_ in STATE_FORCES and word.text[:1].isupper() and \
        (word.i > word.sent.start or word.lower_ in DEMONYMS)  # ("Iranian agents were ...")


# People told by what they are, where they are from or whose kin they are: a capitalized word
# before them is a place or a name of someone else, not theirs ("a Merritt Island man", "a
# former Army soldier", "Bryson's son"). Members of a group ("Boko Haram fighters") are not here.
_PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "men", "women", "boys", "girls", "teen", "teenager",
    "teens", "teenagers", "youth", "resident", "residents", "native", "son", "daughter",
    "father", "mother", "husband", "wife", "brother", "sister", "uncle", "nephew", "cousin",
    "neighbor", "neighbour", "student", "driver", "veteran", "soldier", "officer", "deputy",
    "trooper", "guard", "worker", "employee", "teacher", "pastor", "priest",
    "couple", "mom", "dad", "grandfather", "grandmother", "boyfriend", "girlfriend",
    # "a caller to a radio station in Lisbon" names a place, not the caller
    "caller", "callers"})


_NAMING_VERBS = frozenset({"calling", "called", "known", "named", "dubbed", "styling",
                           "styled", "describing", "described", "calls", "call", "names",
                           "styles", "describes"})


def called_name(head: Token) -> Token | None:
    """"a group calling itself the Red Dawn Brigade", "an organization known as Black Flag":
    the name a generic noun gives itself or is given."""
    if head.lower_ not in GENERIC_HEADS and head.lower_ not in ANAPHORS:
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
                own_name and verb.lower_ == "known" and head.lower_ not in _SUBUNITS):
            # ("the Mara Salvatrucha faction known as <Y>": the faction's own name is <Y>)
            continue  # "the Maute group, also known as <Y>": named already, <Y> an alias
        itself = any(c.lower_ in ("itself", "themselves") for c in verb.children)
        for child in verb.children:
            if child.dep_ in ("oprd", "attr", "xcomp") and (child.pos_ == "PROPN" or (
                    itself and child.text[:1].isupper())):
                return child  # (a capitalized name the parse tags a noun: "the Soldiers of")
            if itself and child.dep_ == "dobj" and child.pos_ == "PROPN":
                return child  # "a cell that names itself the Hidden Hand" (parsed so)
            if child.dep_ == "prep" and child.lower_ == "as":
                return next((g for g in child.children if g.dep_ == "pobj"
                             and g.pos_ == "PROPN"), None)
    return group_of_members(head)


_BELONG_WORDS = frozenset({"belong", "belonging", "be"})


# Bodies whose members are no armed group's: "Members of Parliament attacked the bill".
_NOT_ARMED_BODIES = frozenset({"parliament", "congress", "senate", "assembly", "council",
                               "community", "public", "family", "board", "staff", "church",
                               "club", "team", "cabinet", "committee", "press", "clergy"})


# A group's parts that bear names of their own: "the Bakura faction of <X>", "the Olga cell".
_SUBUNITS = frozenset({"faction", "factions", "wing", "cell", "cells", "unit", "units",
                       "offshoot", "splinter", "branch"})


def group_of_members(head: Token) -> Token | None:
    """The group whose members (or a cell or fighters tied to it) the phrase names: "members
    of the M-19", "rebels of the Lord's Resistance Army", "a cell linked to <X>", "cadres
    suspected to belong to <X>". None when no named group is given."""
    if head.lower_ not in MEMBER_NOUNS or (head.lower_ in _SUBUNITS and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.children)):
        return None  # (nor a subunit named itself: "the Bakura faction of Boko Haram")
    groups = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ == "prep" and c.lower_ == "in" and g.right_edge.i + 1 == c.i
           for g in groups for c in head.children):
        return None  # "elements of the Islamic State in the Greater Sahara": one name, whole
    for tie in head.children:
        if tie.dep_ in ("acl", "amod", "relcl") and tie.lower_ in TIE_WORDS:
            groups += tied_groups(tie)
        elif tie.dep_ in ("acl", "relcl") and tie.lower_ in _ALLEGIANCE_VERBS:
            groups += _sworn_to(tie)
    # (a name, or a kind of group named by its compound: "cells of the Islamic State group",
    # "remnants of ISIS gangs", which the tagger may take for a common noun)
    return next((g for g in groups if g.lower_ not in _NOT_ARMED_BODIES and (
        g.pos_ == "PROPN" or ((g.text[:1].isupper() or any(
            t.pos_ == "PROPN" or t.lower_ in GROUP_ALIASES or (t.is_upper and len(t.text) > 1)
            for t in g.lefts if t.dep_ in ("compound", "nmod"))
            or any(t.pos_ == "PROPN" and t.dep_ == "compound" for c in g.lefts
                   for t in c.lefts)) and name_of(g) is not None))), None)


# A tie told as allegiance: "militants owing (pledging, having sworn) allegiance to <X>".
_ALLEGIANCE_VERBS = frozenset({"owing", "owe", "owed", "pledging", "pledged", "swearing",
                               "sworn", "swore", "professing", "professed", "having"})
_ALLEGIANCE_NOUNS = frozenset({"allegiance", "loyalty", "fealty", "bay'ah", "bayah"})


def _sworn_to(verb: Token) -> list[Token]:
    """To whom the allegiance is owed: the "to" phrase on the allegiance or on the verb."""
    pledges = [o for o in objects_of(verb) if o.lower_ in _ALLEGIANCE_NOUNS]
    return [g for h in ([verb, *pledges] if pledges else []) for c in h.children
            if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


_ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an"})
_NAME_PARTICLES = frozenset({"de", "du", "des", "del", "della", "di", "da", "do", "dos", "la",
                             "le", "los", "las"}) | _TRANSLITERATED_PARTICLES


def _without_clauses(token: Token) -> list[Token]:
    """`token`'s subtree without the clauses hung on it: "the Liberation Tigers of Tamil Eelam,
    which denied the charge" names the Tigers, not what they did."""
    clauses = {d.i for t in token.subtree if t.i != token.i and (
        t.dep_ in ("relcl", "acl") or (t.dep_ == "appos" and not t.is_upper))
        for d in t.subtree}
    return [t for t in token.subtree if t.i not in clauses]


_NAME_PREPOSITIONS = frozenset({"of", "in", "for", "al", "na"})


def _name_tokens(head: Token) -> list[Token]:
    """The head with its compounds, modifiers, "of"/"in" name parts and a bracketed acronym,
    without relative clauses, appositions of other kinds or trailing verbs."""
    keep = {head.i}
    for child in head.children:
        # ("Arm na Poblachta": the Irish "of the" the parse takes for a preposition)
        name_part = child.dep_ == "prep" and child.lower_ in _NAME_PREPOSITIONS and any(
            t.pos_ == "PROPN" for t in child.subtree) and (child.lower_ != "in" or all(
                g.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in g.children)
                for g in child.children if g.dep_ == "pobj"))
        # ("al-Qaeda in the Arabian Peninsula" is one name; "Boko Haram in Rann town",
        # "Hezbollah in Syria and Arsal" are a group and where it is)
        if (child.dep_ == "amod" and child.lower_ in RESPONSIBLE_WORDS) or \
                (child.dep_ == "poss" and child.pos_ == "PRON"):
            continue  # "held [the X] responsible for ...", "their Siara Group"
        if child.dep_ in ("compound", "amod", "det", "nmod", "poss", "case", "flat") or \
                name_part:
            keep.update(t.i for t in _without_clauses(child))
        elif child.dep_ == "appos" and child.is_upper:
            keep.add(child.i)  # "(NLA)"
        elif _a_units_number(child, head):
            keep.add(child.i)  # "Frente 33", "Brigade 313": a unit's number ends its name
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
    # "Front de Liberation du Macina", "Front de la Corse", "Ansar ul Islam": a French,
    # Spanish, Portuguese or transliterated particle and the capitalized word after it continue
    # the name (the parser hangs them apart, as an apposition or a place).
    while True:
        after = end + 1
        while after < len(doc) and after - end <= 2 and doc[after].lower_ in _NAME_PARTICLES:
            after += 1
        if after == end + 1 or after >= len(doc) or not doc[after].text[:1].isupper():
            break
        end = after
    end = _on_to_the_acronym(doc, start, end)
    # ("12:40 GMT - The Southern Front said": not the live entry's label the parse hangs on it)
    start = max(start, min(entry_label_end(doc), head.i))
    if 0 < start < len(doc) - 1 and doc[start].lower_ in _ARABIC_ARTICLES and \
            doc[start + 1].text == "-" and doc[start - 1].pos_ == "PROPN" and \
            doc[start - 1].text[:1].isupper():
        start -= 1
    return [head.doc[i] for i in range(start, end + 1)
            if head.doc[i].dep_ != "punct" or head.doc[i].text in ("-", "'", "’")]


def _on_to_the_acronym(doc: Doc, start: int, end: int) -> int:
    """"the Popular Movement [for the Liberation of Sahr (PMLS)]": a name the parse cut at its
    "for" or "of" runs on to the bracketed acronym whose letters are its capitals."""
    if end + 1 >= len(doc) or doc[end + 1].lower_ not in ("of", "for"):
        return end
    bracket = end + 1
    while bracket < len(doc) and bracket - end <= 8 and (
            doc[bracket].lower_ in _NAME_JOINERS or doc[bracket].text[:1].isupper()):
        bracket += 1
    if bracket + 2 >= len(doc) or doc[bracket].text != "(" or doc[bracket + 2].text != ")":
        return end
    capitals = "".join(t.text[0] for t in doc[start:bracket] if t.text[:1].isupper())
    return bracket + 2 if doc[bracket + 1].text == capitals else end


def phrase_text(token: Token) -> str:
    # Not an act the parse hung on the phrase: "suspected by police in the bombing" -> police.
    acts = {t.i for c in token.children if c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lower_ in ATTRIBUTED_ACTS for g in c.children)
        for t in c.subtree}
    tokens = [t for t in token.subtree if t.dep_ not in ("relcl", "acl") and t.i not in acts]
    left = min(t.i for t in tokens)
    right = max(t.i for t in tokens)
    text = token.doc[left:right + 1].text
    return re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE).strip(" ,.;")
