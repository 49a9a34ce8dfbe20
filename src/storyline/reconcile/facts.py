"""The bitemporal fact store, derived: every reported value as a fact version.

A fact version is one report's figure for one count category of one event. It carries the time it
is about (`event_time`, the event date the report gives, else its publication day) and the time it
was reported (`reported`, the publication time of its article), its source and source type, its
qualifier and bounds, attribution and evidence. Nothing here is overwritten: the current view is
derived from the whole list by `storyline.reconcile.rules`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from storyline.extract.sentences import sentence_at
from storyline.extract.subjects import SELF_DETAIL
from storyline.extract.totals import SURVIVED_RE
from storyline.reconcile.authority import (
    AUTHORITY_RANK,
    SOURCE_TYPE,
    AuthorityKind,
    SourceType,
    authority_kind,
    official_phrase_pattern,
)
from storyline.records import CountMention, CountTotal, Extraction, Qualifier, Trend
from storyline.store.base import StoredArticle

# An official named as the speaker of the sentence: "..., police said", "according to the
# ministry", "officials confirmed". A bare mention ("higher than the police figure") is not enough.
_OFFICIAL_WORDS = rf"\b(?:{official_phrase_pattern()})\b"
_OFFICIAL_SPEAKER = re.compile(
    rf"(?:according\s+to|said|told)\W+(?:[\w'-]+\W+){{0,4}}?{_OFFICIAL_WORDS}"
    rf"|{_OFFICIAL_WORDS}\W+(?:[\w'-]+\W+){{0,2}}?(?:said|says|confirmed|told|announced)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FactVersion:
    """One report's value for one category: what, about when, reported when, by whom."""

    category: str
    value: int
    qualifier: Qualifier
    low: int | None
    high: int | None
    trend: Trend | None
    event_time: date | None
    reported: datetime
    article_id: str
    source: str | None
    source_type: SourceType
    attribution: str | None
    evidence: str
    revision: bool  # an explicit correction ("revised down", a re-published revision)
    independent: bool  # False for a near-duplicate (wire copy) of another report
    duplicate_of: str | None = None
    revises: str | None = None  # article id this report is a re-published revision of
    start: int = -1  # offsets of the first evidence mention in the article text
    end: int = -1
    authority_kind: AuthorityKind = "outlet"  # what the source is (reconcile.authority)
    # The event signature of the report's own article, for the consistency guard: its event
    # type and its located settlements (name, lat, lon), event place first.
    article_type: str | None = None
    article_places: tuple[tuple[str, float | None, float | None], ...] = ()
    cue: str | None = None  # a falling-figure cue ("still missing", "down from", "found")
    rise: str | None = None  # the report says the figure rose ("rose to", "another died")
    grave: bool = False  # injured said to be in critical (grave, serious) condition
    survived: bool = False  # injured said to have survived ("shot in the leg", "non-fatal")
    # The figure is a sum extract.totals built from several count statements of the report
    # ("a boy was shot | a man was also shot"), not one the report states in one phrase.
    summed: bool = False

    @property
    def authority(self) -> int:
        return AUTHORITY_RANK[self.authority_kind]

    def interval(self) -> tuple[float, float]:
        """The values this phrase allows; open ends are infinite."""
        low = float(self.low) if self.low is not None else float("-inf")
        high = float(self.high) if self.high is not None else float("inf")
        if self.qualifier == "exact":
            return float(self.value), float(self.value)
        if self.qualifier in ("at_least", "more_than") and self.low is None:
            low = float(self.value + (1 if self.qualifier == "more_than" else 0))
        return max(low, 0.0), high

    def label(self) -> str:
        """Readable phrase: "at least 143"."""
        words = {
            "exact": "", "at_least": "at least ", "more_than": "more than ", "about": "about ",
            "up_to": "up to ", "less_than": "fewer than ", "range": "", "vague": "some ",
        }
        if self.qualifier == "range" and self.low is not None and self.high is not None:
            return f"{self.low}-{self.high}"
        return f"{words[self.qualifier]}{self.value}"


def report_time(stored: StoredArticle) -> datetime:
    """When a report became known: its publication time, else when we ingested it.

    An article with no publication date is treated as published when it reached the store: that
    is the earliest moment anyone using storyline could have known what it says.
    """
    return as_utc(stored.article.published or stored.ingested_at)


def as_utc(moment: datetime) -> datetime:
    """Aware UTC; a naive datetime (a date typed on a command line) is read as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def classify_source(outlet: str | None, attribution: str | None) -> SourceType:
    """official if the figure is attributed to an authority, else wire by outlet, else outlet."""
    return SOURCE_TYPE[authority_kind(outlet, attribution)]


def attribution_in_sentence(text: str, start: int, end: int) -> str | None:
    """An official speaker named in the sentence of a figure ("..., police said"), if any.

    Extractors attach an attribution only when it is syntactically bound to the number; a
    wire sentence often names its official source at the end of the clause instead.
    """
    sentence = sentence_at(text, start, end)
    match = _OFFICIAL_SPEAKER.search(sentence.text) if sentence else None
    return match.group(0) if match else None


def _attribution(text: str, mentions: Sequence[CountMention]) -> str | None:
    """The extractor's attribution of the figure, else an official speaking in its sentence."""
    stated = next((m.attribution for m in mentions if m.attribution), None)
    if stated is not None:
        return stated
    return next(
        (found for m in mentions if (found := attribution_in_sentence(text, m.start, m.end))),
        None,
    )


def _mentions_of(total: CountTotal, extraction: Extraction) -> list[CountMention]:
    return [extraction.counts[i] for i in total.mentions if 0 <= i < len(extraction.counts)]


def _fallback_totals(extraction: Extraction) -> dict[str, CountTotal]:
    """Per category, the largest own-event, non-nested mention, when totals were not given."""
    best: dict[str, tuple[int, CountMention]] = {}
    for index, mention in enumerate(extraction.counts):
        if mention.other_event or mention.part_of is not None:
            continue
        if mention.category not in best or mention.value > best[mention.category][1].value:
            best[mention.category] = (index, mention)
    return {
        category: CountTotal(m.value, m.qualifier, m.low, m.high, m.trend, (index,))
        for category, (index, m) in best.items()
    }


def facts_of_article(stored: StoredArticle, extraction: Extraction) -> list[FactVersion]:
    """The fact versions one article reports: one per category of its totals."""
    totals = dict(extraction.totals) or _fallback_totals(extraction)
    verdict = stored.verdict
    duplicate_of = verdict.original_id if verdict.kind == "near_duplicate" else None
    revises = verdict.original_id if verdict.kind == "revision" else None
    facts = []
    places = _settlements(extraction)
    for category, total in sorted(totals.items()):
        mentions = _mentions_of(total, extraction)
        attribution = _attribution(stored.article.text, mentions)
        evidence = " | ".join(dict.fromkeys(m.evidence for m in mentions)) or f"{total.value}"
        first = min(mentions, key=lambda m: m.start) if mentions else None
        facts.append(
            FactVersion(
                category=category,
                value=total.value,
                qualifier=total.qualifier,
                low=total.low,
                high=total.high,
                trend=total.trend or next((m.trend for m in mentions if m.trend), None),
                event_time=extraction.event_date.value if extraction.event_date else None,
                reported=report_time(stored),
                article_id=stored.article.id,
                source=stored.article.source,
                source_type=SOURCE_TYPE[kind := authority_kind(stored.article.source,
                                                               attribution)],
                attribution=attribution,
                evidence=evidence,
                revision=any(m.revision for m in mentions) or revises is not None,
                independent=duplicate_of is None,
                duplicate_of=duplicate_of,
                revises=revises,
                start=first.start if first else -1,
                end=first.end if first else -1,
                authority_kind=kind,
                article_type=extraction.event_type,
                article_places=places,
                cue=_falling_cue(stored.article.text, mentions)
                if category in FALLING_CATEGORIES else None,
                rise=_rise_cue(stored.article.text, mentions)
                if category not in FALLING_CATEGORIES else None,
                grave=category == "injured" and _grave(stored.article.text, mentions),
                survived=category == "injured" and _survived(stored.article.text, mentions),
                summed=_summed(mentions),
            )
        )
    return facts


def _summed(mentions: Sequence[CountMention]) -> bool:
    """Whether the figure adds up several statements of people. An attacker's own death
    ("... then killed himself") is a death besides the victims a report states, not the
    same people told twice, so it does not make a sum."""
    victims = {(m.start, m.end) for m in mentions
               if m.role != "perpetrators" and m.detail != SELF_DETAIL
               and not _SELF_RE.search(m.evidence) and not _ORDINAL_RE.match(m.evidence)}
    return len(victims) > 1


_SELF_RE = re.compile(r"\b(?:himself|herself|themselves)\b", re.IGNORECASE)
# "Three others died. A fourth victim ...": an ordinal person is one more by its own word.
_ORDINAL_RE = re.compile(r"\W*(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth"
                         r"|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)\b", re.IGNORECASE)


# Counts that fall as people are found, freed or go home (the falling_update rule's scope).
FALLING_CATEGORIES = frozenset({"missing", "hostages", "displaced"})

# Words that say a figure of people still missing, held or displaced is an update of a
# falling count: "28 remained missing, down from 40", "17 are still missing", "were found".
_FALLING_CUE = re.compile(
    r"\b(?:still|remain(?:s|ed|ing)?|down\s+from|fell\s+to|dropped\s+to|has\s+fallen"
    r"|(?:were|was|been|have\s+been)\s+(?:found|located|rescued|freed|released|accounted\s+for"
    r"|returned|traced)|no\s+longer)\b",
    re.IGNORECASE,
)


def _falling_cue(text: str, mentions: Sequence[CountMention]) -> str | None:
    for mention in mentions:
        sentence = sentence_at(text, mention.start, mention.end)
        found = _FALLING_CUE.search(sentence.text if sentence else mention.evidence)
        if found:
            return found.group(0)
    return None


# Words that say a figure is a rise of the count, not another reading of it: "the toll rose to
# 15", "has climbed to", "up from 12", "bringing the death toll to two", "a second victim died",
# "died of his wounds". Read in the figure's clause before it and in its own phrase.
_RISE_CUE = re.compile(
    r"\b(?:(?:rose|risen|climbed|jumped|increased|grew|went\s+up)\s+to|up\s+from"
    r"|bringing\s+(?:the\s+)?(?:death\s+)?toll\s+to|raising\s+(?:the\s+)?(?:death\s+)?toll\s+to"
    r"|(?:another|a\s+(?:second|third|fourth|fifth))\s+(?:\w+\s+)?(?:victim|person|man|woman"
    r"|child|boy|girl|patient)\s+(?:has\s+)?died|died\s+(?:later|overnight|in\s+hospital"
    r"|at\s+(?:the\s+)?hospital|of\s+(?:his|her|their)\s+(?:wounds|injuries)"
    r"|after\s+being\s+(?:taken|moved|rushed|transported|flown)\s+to\s+(?:a\s+|the\s+)?hospital)"
    r"|succumbed)\b",
    re.IGNORECASE,
)
_RISE_WINDOW = 80  # characters before the figure's phrase searched for a rise cue


def _rise_cue(text: str, mentions: Sequence[CountMention]) -> str | None:
    """A rise stated with the figure: in its phrase or in the same sentence just before it."""
    for mention in mentions:
        if mention.start < 0:  # a headline's phrase: its own words only
            found = _RISE_CUE.search(mention.evidence)
        else:
            sentence = sentence_at(text, mention.start, mention.end)
            first = max(mention.start - _RISE_WINDOW, sentence.start if sentence else 0)
            found = _RISE_CUE.search(text[first:mention.end + 40])
        if found:
            return found.group(0)
    return None


# The injured of a figure said to be between life and death: "two others were wounded and
# taken to the hospital in critical condition". Read in the rest of the figure's sentence.
_GRAVE = re.compile(r"\b(?:in\s+(?:critical|grave|serious|life-threatening)\s+condition"
                    r"|critically\s+(?:wounded|injured|hurt)|fighting\s+for\s+(?:his|her|their)"
                    r"\s+li(?:fe|ves)"
                    r"|(?<!non-)(?<!non )(?<!not )life-?\s?threatening\s+(?:injur|wound)\w*)\b",
                    re.IGNORECASE)


def _grave(text: str, mentions: Sequence[CountMention]) -> bool:
    for mention in mentions:
        if mention.start < 0:  # a headline's phrase ("Teen critically injured")
            if _GRAVE.search(mention.evidence):
                return True
            continue
        after = text[mention.start:mention.end + _GRAVE_WINDOW]
        cut = min((i for i in (after.find(". ", mention.end - mention.start),
                               after.find("\n", mention.end - mention.start)) if i >= 0),
                  default=len(after))
        if _GRAVE.search(after[:cut]):
            return True
    return False


_GRAVE_WINDOW = 120  # characters after the figure read for its condition (up to the full stop)


def _survived(text: str, mentions: Sequence[CountMention]) -> bool:
    for mention in mentions:
        sentence = sentence_at(text, mention.start, mention.end)
        if SURVIVED_RE.search(sentence.text if sentence else mention.evidence):
            return True
    return False


def _settlements(extraction: Extraction) -> tuple[tuple[str, float | None, float | None], ...]:
    """The article's cities and venues, the event place first (extraction's order)."""
    return tuple(
        (place.name, place.lat, place.lon)
        for place in extraction.places
        if place.kind in ("city", "venue")
    )[:_MAX_SETTLEMENTS]


_MAX_SETTLEMENTS = 8


def collect_facts(
    articles: Sequence[StoredArticle], extractions: Mapping[str, Extraction]
) -> dict[str, list[FactVersion]]:
    """Every fact version of the given articles, per category, in reporting order."""
    by_category: dict[str, list[FactVersion]] = {}
    for stored in articles:
        extraction = extractions.get(stored.article.id)
        if extraction is None:
            continue
        for fact in facts_of_article(stored, extraction):
            by_category.setdefault(fact.category, []).append(fact)
    for facts in by_category.values():
        facts.sort(key=lambda f: (f.reported, f.article_id))
    return by_category
