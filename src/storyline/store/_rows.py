"""Stored rows <-> records, and the time rules both SQL back ends share.

Times go in as aware UTC datetimes (a naive one is refused); they come back from SQLite as fixed-
width ISO text and from PostgreSQL as timestamptz, and leave here as aware UTC datetimes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from storyline.errors import StoreError
from storyline.records import Article, DedupVerdict
from storyline.store.base import (
    AuditEntry,
    EventRow,
    Membership,
    ReportListing,
    StoredArticle,
)

Row = Mapping[str, Any]


class IntegrityViolation(StoreError):
    """A constraint of the schema refused a write.

    `duplicate`: a key is already taken; `missing_reference`: a row it refers to does not exist.
    """

    def __init__(self, message: str, *, duplicate: bool, missing_reference: bool) -> None:
        super().__init__(message)
        self.duplicate = duplicate
        self.missing_reference = missing_reference


def utc(value: datetime, what: str) -> datetime:
    """`value` in UTC; a naive datetime is a caller's bug, refused rather than guessed."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise StoreError(f"{what}: naive datetime {value.isoformat()}; pass a timezone-aware one")
    return value.astimezone(UTC)


def utc_or_none(value: datetime | None, what: str) -> datetime | None:
    return None if value is None else utc(value, what)


def read_time(value: object) -> datetime | None:
    """A stored time (ISO text from SQLite, datetime from PostgreSQL) as an aware UTC datetime."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    if isinstance(value, str):
        return datetime.fromisoformat(value).astimezone(UTC)
    raise StoreError(f"unexpected stored time {value!r}")


def required_time(value: object) -> datetime:
    time = read_time(value)
    if time is None:
        raise StoreError("a required time column is NULL; the store is damaged")
    return time


def stored_article(row: Row) -> StoredArticle:
    article = Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        published=read_time(row["published"]),
        modified=read_time(row["modified"]),
        fetched=read_time(row["fetched"]),
        source=row["source"],
        url=row["url"],
        authors=tuple(json.loads(row["authors"])),
        origin=row["origin"],
        notes=tuple(json.loads(row["notes"])),
    )
    similarity = row["similarity"]
    verdict = DedupVerdict(
        kind=row["verdict_kind"],
        original_id=row["original_id"],
        similarity=None if similarity is None else float(similarity),
    )
    return StoredArticle(
        article=article,
        verdict=verdict,
        text_hash=row["text_hash"],
        ingested_at=required_time(row["ingested_at"]),
        event_id=row["event_id"],
    )


def report_listing(row: Row) -> ReportListing:
    return ReportListing(
        article_id=row["id"],
        title=row["title"],
        lead=row["lead"] or "",
        source=row["source"],
        url=row["url"],
        published=read_time(row["published"]),
        ingested_at=required_time(row["ingested_at"]),
        dedup=row["verdict_kind"],
    )


def event_row(row: Row) -> EventRow:
    return EventRow(
        id=row["id"],
        title=row["title"],
        created_at=required_time(row["created_at"]),
        story_id=row["story_id"],
        merged_into=row["merged_into"],
        first_reported=read_time(row["first_reported"]),
        last_reported=read_time(row["last_reported"]),
        article_count=int(row["article_count"]),
        summary=row["summary"],
    )


def membership(row: Row) -> Membership:
    score = row["score"]
    return Membership(
        article_id=row["article_id"],
        event_id=row["event_id"],
        score=None if score is None else float(score),
        reason=row["reason"],
        by_user=bool(row["by_user"]),
        assigned_at=required_time(row["assigned_at"]),
    )


def audit_entry(row: Row) -> AuditEntry:
    return AuditEntry(
        id=int(row["id"]),
        at=required_time(row["at"]),
        action=row["action"],
        reason=row["reason"],
        event_ids=tuple(json.loads(row["event_ids"])),
        article_ids=tuple(json.loads(row["article_ids"])),
        actor=row["actor"],
    )
