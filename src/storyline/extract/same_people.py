"""The same people mentioned twice: when a count statement is people already counted.

Across sentences, an additive word ("another", "others", "also") says "more people than the
group just mentioned", and which group that is decides whether the article's figure grows
(`read_addition`):
- "Three people were taken to hospital. Another man was found shot a few blocks away": the group
  just mentioned is the article's figure itself, so the man is a fourth (`ADDS`).
- "Four men were wounded. Two of them, both 30, were shot in the foot. Another man was shot in
  the hand": the group just mentioned is two of the four; "another" continues the walk through
  the four victims, and the figure stays four (`WITHIN`) as long as the people enumerated so
  far fit inside it. An enumeration that outgrows the stated figure gives its own sum.
- "A man died at the scene, and two other people were wounded": after a death, the wounded
  "others" are others than the dead, the survivors already stated, not more of them
  (`CONTRASTS`). So are a headline's "others" ("1 dead, 3 others hurt"): a headline sets its
  groups against each other and sums up the article; it never adds to the body's figure.

Within one sentence, the parts of a category add up ("11 soldiers and 2 civilians"), except
parts that restate people of another part (`new_people`):
- a breakdown: "13 people, 11 men and two women, were shot" (the later parts sum to the first);
- a condition told of some of them: "Four people were shot, and one is in critical condition".

Statements are ordered by where they start in the text; the headline (start -1) comes first,
since it summarizes the whole article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from storyline.extract.numbers import ORDINALS
from storyline.extract.subjects import SINGULAR_DETAIL
from storyline.records import CountMention

Reading = Literal["adds", "within", "contrasts"]
ADDS: Reading = "adds"
WITHIN: Reading = "within"
CONTRASTS: Reading = "contrasts"


@dataclass(frozen=True, slots=True)
class Addition:
    """How an additive statement relates to the figure stated before it."""

    reading: Reading
    enumerated: int  # people of the figure already enumerated just before it (0 for ADDS)


def statement_start(indexes: Sequence[int], mentions: Sequence[CountMention]) -> int:
    """Where a statement starts in the text (a headline statement: -1, before the body)."""
    return min(mentions[i].start for i in indexes)


def read_addition(addition: Sequence[int], figure: int,
                  earlier: Sequence[tuple[Sequence[int], int, bool]],
                  mentions: Sequence[CountMention]) -> Addition:
    """How the additive statement made of `addition` (mention indexes) relates to the article's
    `figure` so far. `earlier` are the category's positive statements that start before it, in
    text order, as (mention indexes, value, additive)."""
    if statement_start(addition, mentions) < 0 or _follows_a_death(addition, mentions):
        return Addition(CONTRASTS, 0)
    enumerated = 0
    for _, value, additive in reversed(earlier):
        if value >= figure:
            break  # the figure itself, or a restatement of it: the chain starts after it
        enumerated += value
        if not additive:
            break  # the subset "another" extends: "two of them ... another man"
    return Addition(ADDS if enumerated == 0 else WITHIN, enumerated)


_CASUALTIES = ("killed", "injured")


def _follows_a_death(addition: Sequence[int], mentions: Sequence[CountMention]) -> bool:
    """An injured statement whose nearest casualty mention before it is a death: "a woman died
    at the scene and two others were hurt" speaks of others than the dead."""
    first = mentions[addition[0]]
    if first.category != "injured" or first.start < 0:
        return False
    start = statement_start(addition, mentions)
    before = [m for i, m in enumerate(mentions)
              if i not in addition and m.category in _CASUALTIES and 0 <= m.start < start
              and m.part_of is None and not m.other_event and not m.alternative]
    if not before:
        return False
    nearest = max(before, key=lambda m: m.start)
    return nearest.category == "killed" and nearest.value > 0


def new_people(parts: Sequence[int], mentions: Sequence[CountMention]) -> list[int]:
    """The parts of one sentence's statement (mention indexes of one category, in text order)
    that count people not already counted by another part."""
    kept = _without_restatements(_without_breakdowns(list(parts), mentions), mentions)
    kept = _stated_over_vague(kept, mentions)
    kept = [i for at, i in enumerate(kept) if not _refers_back(i, kept[:at], mentions)]
    kept = [i for at, i in enumerate(kept)
            if not (at > 0 and _TAKES_UP_RE.match(mentions[i].evidence))
            and not _same_person_again(i, kept[:at], mentions)]
    described = [i for i in kept if _CONDITION_RE.search(mentions[i].evidence)]
    stated = [mentions[i].value for i in kept if i not in described]
    if not stated:
        return kept
    largest = max(stated)
    return [i for i in kept if i not in described or mentions[i].value >= largest]


def _without_breakdowns(parts: list[int], mentions: Sequence[CountMention]) -> list[int]:
    """"Five adults, three men and two women, were hurt": parts right after a figure that sum
    to it exactly, two or more of them, are its breakdown."""
    kept: list[int] = []
    at = 0
    while at < len(parts):
        figure = mentions[parts[at]].value
        kept.append(parts[at])
        total, end = 0, at + 1
        while end < len(parts) and total < figure:
            total += mentions[parts[end]].value
            end += 1
        broken_down = total == figure and end - at > 2 and _PEOPLE_IN_GENERAL.match(
            mentions[parts[at]].evidence)
        at = end if broken_down else at + 1
    return kept


# A figure of people in general, which a list of kinds of people can break down; a first
# item of its own kind ("3 policemen, 2 soldiers and 1 driver") is a list, and adds up.
_PEOPLE_IN_GENERAL = re.compile(
    r"\W*(?:\S+\s+){1,2}?(?:\w+\s+)?(?:people|persons|victims|individuals|casualties)\b",
    re.IGNORECASE)


# What happened to people already counted: their condition, or where they were taken.
_CONDITION_RE = re.compile(
    r"\b(?=[A-Za-z])(?:critical(?:ly)?|serious(?:ly)?|stable|fair|good|grave|non-life|life-threatening"
    r"|condition|hospitals?|hospitali[sz]ed|treated|transported|rushed|airlifted|flown"
    r"|taken|of\s+the\s+(?:victims|wounded|injured))\b", re.IGNORECASE)


def _without_restatements(parts: list[int], mentions: Sequence[CountMention]) -> list[int]:
    """"Four people wounded: four people were shot outside a bar": the same figure of the same
    people twice in one sentence (a headline run into its lead, a clause and its echo) is one
    group. Coordinated groups of their own kind ("two soldiers and two civilians") add up."""
    kept: list[int] = []
    for index in parts:
        mention = mentions[index]
        if mention.value >= 2 and any(
                mentions[k].value == mention.value and _apart(mentions[k], mention)
                and _same_kind(mentions[k].evidence, mention.evidence) for k in kept):
            continue
        kept.append(index)
    return kept


def _stated_over_vague(parts: list[int], mentions: Sequence[CountMention]) -> list[int]:
    """"Many people died in the fire; 9 deaths have been confirmed": a vague word and a
    stated number of the same people in one sentence are one group told twice, the number
    being what is known of it. Groups of their own kinds ("several civilians and two
    soldiers") still add up; a number told of some of them ("dozens were hurt, 9 of them
    seriously") is not the group's figure."""
    # "one is dead and several others were hurt": others than the people stated
    vague = [i for i in parts if mentions[i].qualifier == "vague" and not mentions[i].additional]
    stated = [i for i in parts if mentions[i].qualifier != "vague" and mentions[i].value > 0
              and not _CONDITION_RE.search(mentions[i].evidence)
              and not _SOME_OF_THEM_RE.search(mentions[i].evidence)]
    if not vague or not stated:
        return parts
    restated = {i for i in vague if any(
        _apart(mentions[i], mentions[k]) and _kinds_may_match(
            people_kind(mentions[i].evidence), people_kind(mentions[k].evidence))
        for k in stated)}
    return [i for i in parts if i not in restated]


_SOME_OF_THEM_RE = re.compile(
    r"\b(?=[A-Za-z])(?:of\s+(?:them|the|whom)|among\s+(?:them|whom|the)|including|includ\w+)\b",
    re.IGNORECASE)


def _kinds_may_match(first: str | None, second: str | None) -> bool:
    return first is None or second is None or first == second


# the counted noun after a number, a vague word or a determiner ("two militants", "several
# fighters", "one soldier", "a policeman"): None for people in general or no noun
_COUNTED_AFTER_RE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty"
    r"|an?|many|several|some|numerous|multiple|dozens|scores|hundreds|few)"
    r"(?:\s+of\b)?(?:\s+(?:[\w]+-year-old|young|local|other|more|unidentified|unknown))?"
    r"(?:\s+(?P<word>[a-z]+))?", re.IGNORECASE)


def people_kind(evidence: str) -> str | None:
    """Who a count phrase counts, as its noun in the singular ("militant", "soldier"), or None
    for people in general, deaths or casualties, or no noun."""
    found = _COUNTED_AFTER_RE.search(evidence)
    if found is None or not found.group("word"):
        return None
    word = found.group("word").lower()
    if word in _ANY_PEOPLE or word in _GENERAL_WORDS or word in _ORDINALS:
        return None
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_ORDINALS = frozenset({*ORDINALS, "last", "first"})
_GENERAL_WORDS = frozenset({
    "deaths", "death", "bodies", "body", "casualties", "fatalities", "lives", "life",
    "died", "dying", "fatally", "later", "people", "persons", "others", "other", "more",
    "confirmed", "reported", "them", "of", "the", "those", "were", "are", "being", "been",
    "killing", "killed", "left", "leaving"})


def _apart(first: CountMention, second: CountMention) -> bool:
    return first.end <= second.start or second.end <= first.start


_NUMBER_THEN_WORD = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
    r"(?:\s+(?P<word>[a-z]+))?", re.IGNORECASE)
_ANY_PEOPLE = frozenset({
    "people", "persons", "person", "victims", "individuals", "were", "was", "are", "is", "have",
    "had", "has", "injured", "wounded", "hurt", "shot", "killed", "dead", "died", "others",
    "hospitalized", "hospitalised", "in", "at", "on"})


def _same_kind(first: str, second: str) -> bool:
    """Whether two count phrases may name the same people: the same counted noun, or one
    of them people in general (or no noun)."""
    kinds = [_counted_word(first), _counted_word(second)]
    return None in kinds or kinds[0] == kinds[1]


def _counted_word(evidence: str) -> str | None:
    found = _NUMBER_THEN_WORD.search(evidence)
    if found is None or not found.group("word"):
        return None
    word = found.group("word").lower()
    return None if word in _ANY_PEOPLE else word.rstrip("s")


def _refers_back(index: int, before: Sequence[int], mentions: Sequence[CountMention]) -> bool:
    """"A pregnant teen was found shot, and she died at the scene": a singular subject pronoun
    (he, she, who) after one person counted in the sentence is that person. After a group
    ("four people were killed by a man before he was shot") it is someone else: the attacker.
    "Her" is left alone: "a mother and her son" are two."""
    if mentions[index].value == 1 and _named_after_one(mentions[index]):
        # after a description of one person, not after another name ("X, Y and Z died")
        return any(mentions[k].value == 1 and mentions[k].start < mentions[index].start
                   and _NAME_RE.match(mentions[k].evidence.strip()) is None
                   and not (mentions[k].detail or "").startswith(SINGULAR_DETAIL) for k in before)
    if mentions[index].value == 1 and _REFLEXIVE_RE.search(mentions[index].evidence):
        # the subject who did it, not someone he shot ("shot his son, then himself")
        return any(mentions[k].value == 1 and "subject" in (mentions[k].detail or "")
                   for k in before)
    return mentions[index].value == 1 and (
        _PRONOUN_RE.match(mentions[index].evidence) is not None
        or _DEFINITE_PERSON_RE.match(mentions[index].evidence) is not None) \
        and any(mentions[k].value == 1 for k in before)


_PRONOUN_RE = re.compile(r"\W*(?:he|she|who)\b", re.IGNORECASE)
_NAME_RE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'-]+){1,3}(?:,\s*\d{1,2},?)?$")


def names_one_told_before(evidence: str) -> bool:
    """A pronoun ("he was wounded") or a definite description ("the boy", "the injured girl"):
    a person the article has already told of."""
    return bool(re.match(r"\W*(?:he|she)\b", evidence, re.IGNORECASE)
                or _DEFINITE_PERSON_RE.match(evidence))


def _named_after_one(mention: CountMention) -> bool:
    """"A 7-year-old boy, Jon Doe, was killed": a person's name alone (no verb of its own)
    after one person counted in the sentence names that person."""
    return (mention.detail or "").startswith(SINGULAR_DETAIL) and not mention.additional and \
        _NAME_RE.match(mention.evidence.strip()) is not None


# "The boy found the gun and shot himself": the one who shot himself is the subject told.
_REFLEXIVE_RE = re.compile(r"^\W*\w+\s+(?:him|her)self\W*$", re.IGNORECASE)
# "A 17-year-old was found with gunshot wounds, and the boy was taken to hospital": a
# definite description of one person after one person counted in the sentence is that person
# ("the boy's father" is someone else).
_DEFINITE_PERSON_RE = re.compile(
    r"\W*the\s+(?:(?:young|teenage|injured|wounded|[\w-]+-year-old)\s+)?(?:man|woman|boy|girl"
    r"|teen|teenager|child|toddler|baby|infant|youth|victim|student)\b(?!['’]s|\s+of\b)",
    re.IGNORECASE)



# "an adult male and adult female, both deceased", "three men, all of them shot": a quantifier
# that takes up the people just listed, with no noun of its own ("both assailants" is a new
# group).
_TAKES_UP_RE = re.compile(
    r"\W*(?:both(?:\s+of\s+them)?|all\s+(?:of\s+them|two|three|four|five|six|seven|eight"
    r"|nine|ten))(?=\s*(?:[,.;)]|$|(?:were|are|was|had|have|with|deceased|dead|died|suffered"
    r"|shot|killed|injured|wounded)\b|in\s+(?:critical|serious|stable|good|fair)\b))",
    re.IGNORECASE)


def _same_person_again(index: int, before: Sequence[int],
                       mentions: Sequence[CountMention]) -> bool:
    """"An Indianapolis man is dead after a man died in a shooting": one person of a kind
    ("a man", "one teen") told again in the sentence with nothing more said of him, and not
    as another one, is the person told before; so is one person told after "one (person is)
    dead"."""
    mention = mentions[index]
    if mention.value != 1 or mention.additional:
        return False
    earlier = [k for k in before if mentions[k].value == 1 and _apart(mentions[k], mention)]
    if any(_ONE_DEAD_RE.match(mentions[k].evidence) for k in earlier):
        return True  # "One person is dead ... an adult male was found dead": that person
    bare = _BARE_PERSON_RE.search(mention.evidence)
    if bare is None:
        return False
    kind = bare.group("kind").lower()
    return any(_one_person_kind(mentions[k].evidence) == kind for k in earlier)


# "One dead", "one person is dead", "1 killed": one death told before who it was.
_ONE_DEAD_RE = re.compile(r"^\W*(?:one|1)(?:\s+(?:person|victim))?\s+(?:is\s+|was\s+)?"
                          r"(?:dead|killed)\b", re.IGNORECASE)
_KINDS = r"(?P<kind>man|woman|boy|girl|teen|teenager|child|person|officer|baby|toddler)"
# "a man", "one teen": no word between; "an Indianapolis man", "a 17-year-old boy": some
# words, but not a second one ("a second man", "another man" is someone else).
_BARE_PERSON_RE = re.compile(rf"^\W*(?:a|an|one)\s+{_KINDS}\b", re.IGNORECASE)
_ONE_PERSON_RE = re.compile(
    r"\b(?=[A-Za-z])(?:a|an|one)\s+(?:(?!second|third|fourth|fifth|other|different)[\w-]+\s+){0,2}?"
    rf"{_KINDS}\b", re.IGNORECASE)


def _one_person_kind(evidence: str) -> str | None:
    found = _ONE_PERSON_RE.search(evidence)
    return found.group("kind").lower() if found else None
