"""Surface counts checked against the sentence's structure (structure.py).

Per candidate sentence and category (killed, injured):
- the structure fills a gap: the surface rules found nothing, the parse counts the victims
  ("unknown gunmen shot and killed <Name>, a trader", "killing all five", "a family of six",
  "the toll from Tuesday's bombing rose to 20");
- the structure corrects a misreading: where both read the sentence and disagree, the reading
  from the victim slot wins, because the surface rules read words next to a number ("six gunmen
  killed a trader" is 1, not 6; "40 people, 6 soldiers and 34 civilians, were killed" is 40,
  not 80);
- the structure gives roles: an attacker shot dead or a suicide bomber is a perpetrator, kept in
  `role` so that totals add their deaths to the victims' instead of choosing between them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from storyline.extract.cues import SentenceCues, about_other_event, alternative_estimate
from storyline.extract.document import Document
from storyline.extract.numbers import KIN_NOUNS, parse_number
from storyline.extract.sentences import Sentence
from storyline.extract.structure import (
    BREAKDOWN_RULE,
    SURVIVORS_DETAIL,
    Reading,
    animal_spans,
    earlier_counts,
    misread_spans,
    mourner_spans,
    read_casualties,
    relative_clause_spans,
    subset_spans,
    suicide_attackers,
)
from storyline.extract.subjects import SELF_DETAIL, SINGULAR_DETAIL
from storyline.records import CountMention

__all__ = ["STRUCTURE_DETAIL", "SUICIDE_DETAIL", "merge_structure", "needs_structure",
           "suicide_mention"]

STRUCTURE_DETAIL = "structure"
SUICIDE_DETAIL = "suicide attacker"
_CATEGORIES = ("killed", "injured")
# The words of the predicates the structural reader counts (structure.py); a sentence without
# one is not parsed.
_CASUALTY_WORD = re.compile(
    r"\b(?=[A-Za-z])(?:kill|dead|death|died|die|dies|dying|murder|assassinat|execut|behead|massacr|slain|slay"
    r"|slew|slaughter|lynch|perish|succumb|pass(?:ed|es|ing)?\s+away|injur|wound|hurt|maim|toll"
    r"|fatal|lives|life\b|martyr"
    r"|decapitat|gunned|guns?\s+down|neutrali[sz]|liquidat|eliminat|annihilat|exterminat|bod(?:y|ies)|corpses?|remains|hanged|strangled|drown"
    r"|gunfire|bullets?\b|grazed|grazing|shrapnel|hitting|striking|(?:shot|shooting)\s+(?:him|her)self"
    r"|summarily|throats?\b"
    r"|sen[dt]\w*\s+(?:\w+\s+){0,4}?to\s+(?:\w+\s+){0,2}?hospitals?)",
    re.IGNORECASE)


# Words that make a reading add to a figure stated before ("a couple were also killed", "two
# other soldiers died", "another three"); "more than" is a hedge, not an addition.
# An ordinal person is one more besides the people before ("two brothers were shot and killed;
# a third teen was hit in the arm").
_ADDED = re.compile(r"\b(?=[A-Za-z])"
                    r"(?:also|another|further|additional|extra|other|others|more(?!\s+than)"
                    r"|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))"
                    r"\b", re.IGNORECASE)


def _in_text(spans: Iterable[tuple[int, int]], sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of the sentence's parse as offsets in the article's text."""
    return [(sentence.start + a, sentence.start + b) for a, b in spans]


def merge_structure(found: list[CountMention], document: Document, sentence: Sentence,
                    base: int, cues: SentenceCues, reference_year: int | None
                    ) -> list[CountMention]:
    """`found` (the surface mentions of one sentence, `part_of` indexes counted from `base`)
    with the structure's gaps filled and misreadings replaced."""
    if not needs_structure(sentence):
        return found
    parse = document.parse(sentence)
    if parse is None:
        return found
    readings = [r for r in read_casualties(parse, _earlier(document, sentence))
                if not _names_the_dateline(r, document, sentence)]
    misread = _in_text(misread_spans(parse), sentence)
    subsets = _in_text(subset_spans(parse), sentence)
    animals = _in_text(animal_spans(parse), sentence)
    # "Thousands of people mourned his death": a mention starting in the mourners, whatever
    # its number (a vague word too), counts no dead
    mourners = _in_text(mourner_spans(parse), sentence)
    # "The gunman who opened fire on two officers is dead": a mention from a number in the
    # subject's relative clause to the predicate after it
    clauses = _in_text(relative_clause_spans(parse), sentence)
    if not (readings or misread or subsets or animals or mourners or clauses):
        return found
    result = list(found)
    for category in _CATEGORIES:
        structural = [r for r in readings if r.category == category]
        new = [_mention(r, sentence, cues, reference_year) for r in structural]
        surface = _surface(result, category)
        others = [r for r in readings if r.category != category]
        elsewhere = [(sentence.start + r.start, sentence.start + r.end) for r in others]
        wrong = [i for i in surface if _inside(result[i], misread)
                 or _ends_in(result[i], subsets)
                 or any(a < result[i].end and result[i].start < b for a, b in animals)
                 or any(a <= result[i].start < b for a, b in mourners)
                 or _runs_out_of(result[i], clauses)
                 or _number_inside(result[i], elsewhere)
                 or _same_figure_elsewhere(result[i], others, sentence)
                 or _agent_of(result[i], structural, sentence)]
        if (wrong and len(wrong) < len(surface)) or (wrong and not new):
            result = _replace(result, wrong, [], base)
            surface = _surface(result, category)
        elif wrong:
            result = _replace(result, wrong, new, base)
            continue
        if not structural:
            continue
        if not surface:
            result.extend(new)
        elif not _disagree(result, surface, structural):
            result = _with_roles(result, surface, structural, sentence)
        elif _covers(structural, [result[i] for i in surface]):
            result = _replace(result, surface, new, base)
    # "killing herself and a guard": the reading of the whole object counts the attacker, so
    # the surface's own "killing herself" would count her twice.
    with_attacker = [(sentence.start + r.start, sentence.start + r.end) for r in readings
                     if r.includes_perpetrator]
    counted_twice = [i for i, m in enumerate(result) if m.detail == SELF_DETAIL
                     and any(a < m.end and m.start < b for a, b in with_attacker)
                     and any(o.detail != SELF_DETAIL and o.category == m.category
                             and o.start < m.end and m.start < o.end for o in result)]
    return _replace(result, counted_twice, [], base) if counted_twice else result


def _names_the_dateline(reading: Reading, document: Document, sentence: Sentence) -> bool:
    """A reading of the text's dateline ("Ramallah, WAFA - A young man was killed", "Kabul
    (Tolonews): Eight soldiers ..."): the place the report was filed from, which the parse
    may take for the verb's subject. `places.opens_as_dateline` is the one test; a person's
    name of the same shape ("Hassan, a major, was killed") is not a place of the gazetteer,
    or not at the text's first line."""
    if reading.value != 1 or reading.start > 0 or sentence.start > _DATELINE_REACH:
        return False
    from storyline.extract.gazetteer import fold, load_gazetteer
    from storyline.extract.places import opens_as_dateline
    from storyline.extract.places_context import Mention

    start, end = sentence.start + reading.start, sentence.start + reading.end
    entries = load_gazetteer().lookup(fold(document.text[start:end]))
    return bool(entries) and opens_as_dateline(document.text, Mention(start, end, entries, None))


# How far into the text a dateline's place may start (a headline line may come before it).
_DATELINE_REACH = 200


# How far back a definite plural ("the assailants") finds the number it refers to.
_ANTECEDENT_SENTENCES = 3
_DEFINITE_PLURAL = re.compile(r"\b(?=[A-Za-z])"
                              r"(?:the|these|those)\s+(?:[\w-]+\s+)?[\w-]*(?:s|men|people)\b"
                              r"|\bthey\b", re.IGNORECASE)


def _earlier(document: Document, sentence: Sentence) -> dict[str, int] | None:
    """The nouns counted in the few sentences before `sentence`, when it has a definite plural
    that may refer to one of them."""
    if not _DEFINITE_PLURAL.search(sentence.text):
        return None
    sentences = document.sentences
    index = _index_of(sentence, sentences)
    return earlier_counts(s.text for s in sentences[max(0, index - _ANTECEDENT_SENTENCES):index])


def _index_of(sentence: Sentence, sentences: list[Sentence]) -> int:
    """Where `sentence` stands in its document's split (sorted by start)."""
    return bisect_left(sentences, sentence.start, key=lambda s: s.start)


def _surface(mentions: list[CountMention], category: str) -> list[int]:
    """The surface mentions that state the category's figure in this sentence. The attacker's
    own death ("then killed himself") is not a reading of the victims."""
    return [i for i, m in enumerate(mentions)
            if m.category == category and m.part_of is None and m.detail != SELF_DETAIL]


def _inside(mention: CountMention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start and mention.end <= end for start, end in spans) or any(
        start <= mention.start < end and mention.end > end and (
            _number_first(mention) or _KIN_FIRST.match(mention.evidence) is not None)
        for start, end in spans)


def _runs_out_of(mention: CountMention, spans: list[tuple[int, int]]) -> bool:
    """The mention opens with a number inside one of `spans` and ends after it."""
    return _number_first(mention) and any(start <= mention.start < end < mention.end
                                          for start, end in spans)


# "Two men, a father and his son, were shot dead": kin told inside a breakdown are the same
# people as the count, however the surface linked them.
_KIN_FIRST = re.compile(rf"(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{KIN_NOUNS})\b", re.IGNORECASE)


def _ends_in(mention: CountMention, spans: list[tuple[int, int]]) -> bool:
    """The mention's last word is a number that starts one of `spans` ("killing 21 people,
    17" read up to the subset "17 instantly")."""
    return _number_last(mention) and any(mention.start < start < mention.end <= end
                                         for start, end in spans)


def _number_last(mention: CountMention) -> bool:
    """A mention whose evidence ends with its number ("killing 21 people, 17")."""
    last = mention.evidence.rstrip().rsplit(" ", 1)[-1].lower()
    return last.isdigit() or last in _NUMBER_WORDS


def _number_first(mention: CountMention) -> bool:
    """A mention whose evidence starts with its number, hedged or not ("6 soldiers ... were
    killed", "some 40 fighters were killed")."""
    evidence = _HEDGE.sub("", mention.evidence)
    first = evidence.split(" ", 1)[0].lower()
    return bool(evidence[:1].isdigit() or first in _NUMBER_WORDS or (
        first.isalpha() and parse_number(first) is not None))


_HEDGE = re.compile(r"^(?:some|about|around|roughly|approximately|nearly|almost|over|at\s+least"
                    r"|more\s+than|up\s+to|as\s+many\s+as)\s+", re.IGNORECASE)


_NUMBER_WORDS = frozenset({"a", "an", "one", "two", "three", "four", "five", "six", "seven",
                           "eight", "nine", "ten", "eleven", "twelve"})


def _number_inside(mention: CountMention, spans: list[tuple[int, int]]) -> bool:
    """The mention's number is the victim of another predicate: in "killed 12 people and
    wounded 30" the 12 are the dead, whatever the next verb is."""
    return _number_first(mention) and any(a <= mention.start < b for a, b in spans)


def _same_figure_elsewhere(mention: CountMention, others: list[Reading],
                           sentence: Sentence) -> bool:
    """The structure read the mention's very figure, at the same place, as the other category:
    in "shot 12 men and wounded another three" the 12 were shot dead, not wounded."""
    return any(r.value == mention.value and sentence.start + r.start < mention.end
               and mention.start < sentence.start + r.end for r in others)


def _agent_of(mention: CountMention, readings: list[Reading], sentence: Sentence) -> bool:
    """The surface read the number before an active verb ("Twenty <group> attackers killed
    16 workers" as 20 dead) where the structure counted the verb's object right after it:
    the number before is the agent, even when the parser could not attach it."""
    if not _number_first(mention) or not _ENDS_WITH_VERB.search(mention.evidence):
        return False
    return any(r.rule == "active object" and 0 <= sentence.start + r.start - mention.end <= 2
               for r in readings)


_ENDS_WITH_VERB = re.compile(r"\b(?=[A-Za-z])"
                             r"(?:killed|kill|kills|killing|murdered|massacred|slew|shot"
                             r"|wounded|injured)$", re.IGNORECASE)


def _covers(readings: list[Reading], surface: list[CountMention]) -> bool:
    """The structure explains the sentence better: it counted more people from the victim
    slots ("<Name> died along with his driver and two guards" is 4 where the surface
    saw 1), or it read a stated total over a breakdown the surface added to it ("40 people,
    6 soldiers and 34 civilians, were killed" is 40)."""
    structure = sum(r.value for r in readings)
    surface_total = sum(m.value for m in surface)
    return structure > surface_total or any(r.rule == BREAKDOWN_RULE for r in readings)


def needs_structure(sentence: Sentence) -> bool:
    """Deaths and injuries are read from structure; arrests, hostages and displacement by the
    surface rules alone."""
    return _names_a_casualty(sentence.text)


# Asked of each count sentence three times (the parse requests before the parse and again in
# the scan, then the merge): the answers for the last few hundred sentences are kept.
@lru_cache(maxsize=512)
def _names_a_casualty(text: str) -> bool:
    return bool(_CASUALTY_WORD.search(text)) and \
        len(_TABLE_FIELD.findall(text)) + len(_TELEGRAPHIC_ITEM.findall(text)) < 2


# A field of a table flattened to text: a category's word, a colon or a dash set off by spaces,
# a number ("Deaths: 7 | Missing: 2", "confirmed fatalities - 12 (including 5 children); injured
# - 9"). A sentence of two or more fields is a table, not a clause: its parse pairs the numbers
# with the wrong labels, and the surface rules read each field by its own label.
_TABLE_FIELD = re.compile(
    r"\b(?:killed|dead|deaths|fatalities|casualties|injured|injuries|wounded|hurt|missing"
    r"|unaccounted\s+for|displaced|evacuated|arrested|detained|abducted|hostages)"
    r"(?:\s+[a-z]+){0,2}?\s*(?::|\s[-\u2013\u2014]\s|[\u2013\u2014])\s*"
    r"(?:approximately\s+|about\s+|some\s+|at\s+least\s+|over\s+)?\d", re.IGNORECASE)


# An item of a telegraphic list: a figure, at most two words of its noun, its state word, and
# the item's end ("2 soldiers dead, 8 wounded; casualties unknown"). Two such items are a
# table in words: the parse takes one item's figure for the next one's subject or apposition.
_TELEGRAPHIC_ITEM = re.compile(
    r"(?<![\w,.])\d[\d,]*(?:\s+(?!(?:were|was|are|is|have|has|had|been)\b)[a-z]+){0,2}?\s+"
    r"(?:killed|dead|injured|wounded|hurt|missing|arrested|detained|displaced)\s*(?:[,;|]|\.?$)")


def suicide_mention(document: Document, sentence: Sentence) -> CountMention | None:
    """The attackers who died by their own device, as a perpetrators' death count."""
    parse = document.parse(sentence)
    if parse is None:
        return None
    count = suicide_attackers(parse)
    if not count or _device_failed(document, sentence):
        return None
    return CountMention(category="killed", value=count, qualifier="exact", low=count,
                        high=count, evidence=sentence.text, start=sentence.start,
                        end=sentence.end, detail=SUICIDE_DETAIL, role="perpetrators")


# A suicide attack whose device did not go off kills no attacker: "A suicide bomber drove a
# vehicle into the headquarters. There were no injuries as the device failed to detonate."
_DEVICE_FAILED = re.compile(
    r"\b(?=[A-Za-z])(?:failed\s+to\s+(?:detonate|explode|go\s+off)|did\s+not\s+(?:detonate|explode|go\s+off)"
    r"|(?:was|were)\s+(?:defused|disarmed)|malfunctioned)\b", re.IGNORECASE)
_ATTACKER_DIED = re.compile(r"\b(?=[A-Za-z])"
                            r"(?:blew|detonat\w*|explod\w*|killed|killing|died|dead)\b",
                            re.IGNORECASE)


def _device_failed(document: Document, sentence: Sentence) -> bool:
    """Whether this sentence or the next says the device failed, and this one tells of no
    blast or death of its own ("detonated his vest at the gate. A second device failed to
    explode" keeps the bomber)."""
    if _ATTACKER_DIED.search(sentence.text):
        return False
    sentences = document.sentences
    index = _index_of(sentence, sentences)
    return any(_DEVICE_FAILED.search(s.text) for s in sentences[index:index + 2])


def _disagree(mentions: list[CountMention], surface: list[int],
              structural: list[Reading]) -> bool:
    surface_total = sum(mentions[i].value for i in surface)
    return surface_total != sum(r.value for r in structural)


def _replace(mentions: list[CountMention], surface: list[int], new: list[CountMention],
             base: int) -> list[CountMention]:
    """Drop the surface mentions the structure contradicts; subsets nested in them nest in the
    structure's first mention instead."""
    dropped = set(surface)
    kept = [m for i, m in enumerate(mentions) if i not in dropped]
    old_to_new = {}
    position = 0
    for index in range(len(mentions)):
        if index not in dropped:
            old_to_new[base + index] = base + position
            position += 1
    first_new = base + len(kept)
    # A subset nested in a dropped mention nests in the structure's first mention, or goes
    # with its parent when the structure adds none (an index past the list would dangle).
    remapped = []
    for mention in kept:
        if mention.part_of is None:
            remapped.append(mention)
        elif mention.part_of in old_to_new:
            remapped.append(replace(mention, part_of=old_to_new[mention.part_of]))
        elif new:
            remapped.append(replace(mention, part_of=first_new))
    return remapped + new


def _with_roles(mentions: list[CountMention], surface: list[int], structural: list[Reading],
                sentence: Sentence) -> list[CountMention]:
    """Both readings agree on the figure: keep the surface evidence, take the roles."""
    result = list(mentions)
    for index in surface:
        mention = result[index]
        for reading in structural:
            start, end = sentence.start + reading.start, sentence.start + reading.end
            if reading.role != "victims" and start < mention.end and mention.start < end:
                result[index] = replace(mention, role=reading.role)
            if reading.includes_perpetrator and start < mention.end and mention.start < end:
                result[index] = replace(result[index], detail=(
                    f"{result[index].detail or ''}; includes a perpetrator").lstrip("; "))
    return result


_NUMBERED = re.compile(r"^(?:a|an|one|another|\d+|[a-z]+-year-old)\b", re.IGNORECASE)


def _one_unnumbered(reading: Reading, text: str) -> bool:
    """One person read without a number or an article: a name, a pronoun, "the victim", a
    relative pronoun. Like the surface rules' singular subjects, a stated number elsewhere in
    the article ranks above it (a report names its victim again and again)."""
    return reading.value == 1 and not _NUMBERED.match(text[reading.start:reading.end])


def _mention(reading: Reading, sentence: Sentence, cues: SentenceCues,
             reference_year: int | None) -> CountMention:
    text = sentence.text
    return CountMention(
        category=reading.category,
        value=reading.value,
        qualifier=reading.qualifier,
        low=reading.low,
        high=reading.high,
        evidence=text[reading.start:reading.end],
        start=sentence.start + reading.start,
        end=sentence.start + reading.end,
        trend=cues.trend,
        attribution=cues.attribution,
        detail=SURVIVORS_DETAIL if reading.rule == SURVIVORS_DETAIL else
        (f"{SINGULAR_DETAIL} ({STRUCTURE_DETAIL}: {reading.rule})"
                if _one_unnumbered(reading, text) else f"{STRUCTURE_DETAIL}: {reading.rule}")
        + ("; includes a perpetrator" if reading.includes_perpetrator else ""),
        revision=cues.revision,
        additional=bool(_ADDED.search(text, reading.start, min(len(text), reading.end + 25))),
        other_event=about_other_event(text, reading.start, reference_year, reading.end),
        alternative=alternative_estimate(text, reading.start),
        role=reading.role,
    )
