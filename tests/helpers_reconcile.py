"""Builders of hand-made stored articles and extractions for the reconcile tests."""

from __future__ import annotations

from datetime import UTC, datetime

from storyline.records import (
    Article,
    Claim,
    CountMention,
    CountTotal,
    DedupVerdict,
    Extraction,
    Place,
    Qualifier,
)
from storyline.store.base import EventRow, StoredArticle


def at(text: str) -> datetime:
    """'2026-03-01 08:00' -> an aware UTC datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def stored(
    article_id: str,
    published: str,
    text: str,
    *,
    source: str = "Daily Courier",
    kind: str = "new",
    original: str | None = None,
) -> StoredArticle:
    article = Article(
        id=article_id, text=text, title=text.split(".")[0], published=at(published), source=source
    )
    verdict = DedupVerdict(kind, original)  # type: ignore[arg-type]
    return StoredArticle(article, verdict, f"hash-{article_id}", at(published), "ev-1")


def mention(
    text: str,
    phrase: str,
    value: int,
    qualifier: Qualifier = "exact",
    *,
    category: str = "killed",
    low: int | None = None,
    high: int | None = None,
    attribution: str | None = None,
    revision: bool = False,
    part_of: int | None = None,
    detail: str | None = None,
    trend: str | None = None,
) -> CountMention:
    start = text.index(phrase)
    if low is None and high is None and qualifier == "exact":
        low = high = value
    if low is None and qualifier in ("at_least", "more_than"):
        low = value if qualifier == "at_least" else value + 1
    return CountMention(
        category,
        value,
        qualifier,
        low,
        high,
        phrase,
        start,
        start + len(phrase),
        trend=trend,  # type: ignore[arg-type]
        attribution=attribution,
        detail=detail,
        part_of=part_of,
        revision=revision,
    )


def extraction(
    article_id: str,
    *mentions: CountMention,
    claims: tuple[Claim, ...] = (),
    event_type: str = "attack",
    places: tuple[Place, ...] = (),
) -> Extraction:
    totals: dict[str, CountTotal] = {}
    for index, m in enumerate(mentions):
        if m.part_of is not None or m.category in totals:
            continue
        totals[m.category] = CountTotal(m.value, m.qualifier, m.low, m.high, m.trend, (index,))
    return Extraction(
        article_id, event_type, counts=tuple(mentions), totals=totals, claims=claims,
        places=places,
    )


def claim(text: str, phrase: str, actor: str, kind: str, source: str | None = None) -> Claim:
    start = text.index(phrase)
    return Claim(
        actor,
        actor.lower(),
        kind,
        phrase,
        start,
        start + len(phrase),  # type: ignore[arg-type]
        source,
    )


def event_row() -> EventRow:
    return EventRow("ev-1", "Test event", at("2026-03-01 00:00"), None, None, None, None, 0)
