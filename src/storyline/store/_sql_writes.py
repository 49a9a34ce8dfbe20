"""How the shared SQL reaches a back end, and the memberships, audit and review-link SQL.

Most writes of an ingest return nothing their caller reads. They go through `_write_later`:
SQLite runs them at once (in process, a statement is cheap), while PostgreSQL sends them in
pipeline mode without waiting for their results, which are checked with the next statement that
needs an answer, or at commit: a round trip per answer instead of one per statement, and the
server works while the caller computes. Such a write's error then surfaces at that later
statement (or at commit) as the exception the write itself would have raised; an error ends a
PostgreSQL transaction anyway, so no caller could have carried on after it. PostgreSQL also
merges a write and the forgetting of the cached record it makes stale into one statement.
"""

from __future__ import annotations

import json
from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from storyline.errors import NotFoundError, StoreError, StorylineError
from storyline.store._rows import (
    IntegrityViolation,
    Row,
    audit_entry,
    membership,
    report_listing,
    required_time,
    utc,
)
from storyline.store.base import (
    LEAD_CHARS,
    AuditEntry,
    Membership,
    PossibleSame,
    ReportListing,
    Store,
)

# Followed by an SQL expression naming the event whose cached record is stale.
FORGET_RECORD = "DELETE FROM event_records WHERE event_id = "


@dataclass(frozen=True, slots=True)
class PendingWrite:
    """A write whose outcome its caller does not read, with the errors it stands for."""

    sql: str
    params: Sequence[object]
    duplicate: str | None = None  # StoreError message when a key is already taken
    missing_reference: str | None = None  # NotFoundError message when a referenced row is gone
    no_row: str | None = None  # NotFoundError message when the write changes no row

    def refusal(self, violation: IntegrityViolation) -> StorylineError:
        """The exception the caller's method raises for this constraint violation."""
        if violation.duplicate and self.duplicate is not None:
            return StoreError(self.duplicate)
        if violation.missing_reference and self.missing_reference is not None:
            return NotFoundError(self.missing_reference)
        return violation

    def check_count(self, count: int) -> None:
        if self.no_row is not None and count == 0:
            raise NotFoundError(self.no_row)


class SQLWriter(Store):
    """The statement primitives over a back end's `_run`, and the SQL of memberships, the
    audit trail and "possibly the same" links."""

    # Appended to the SELECT that checks the events an assignment touches; PostgreSQL locks
    # them there so that concurrent writers recount one after another (SQLite has one writer).
    _LOCK_EVENTS: ClassVar[str] = ""

    # ------------------------------------------------------------------ back-end primitives

    @abstractmethod
    def _run(self, sql: str, params: Sequence[object] = ()) -> tuple[int, list[Row]]:
        """Run one statement on this thread's connection: (rows affected, rows returned)."""

    @abstractmethod
    def _in_transaction(self) -> bool:
        """Whether the calling thread is inside `transaction()`."""

    def _fetch(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        return self._run(sql, params)[1]

    def _fetch_one(self, sql: str, params: Sequence[object] = ()) -> Row | None:
        rows = self._fetch(sql, params)
        return rows[0] if rows else None

    def _write(self, sql: str, params: Sequence[object] = ()) -> tuple[int, list[Row]]:
        """A write whose outcome the caller reads: sent now."""
        self._require_transaction()
        return self._run(sql, params)

    def _write_later(
        self,
        sql: str,
        params: Sequence[object] = (),
        *,
        duplicate: str | None = None,
        missing_reference: str | None = None,
        no_row: str | None = None,
    ) -> None:
        """A write whose outcome the caller does not read (see the module's docstring)."""
        self._require_transaction()
        self._send_later(PendingWrite(sql, params, duplicate, missing_reference, no_row))

    def _send_later(self, write: PendingWrite) -> None:
        """Send `write` when convenient; this default sends it at once."""
        try:
            count, _ = self._run(write.sql, write.params)
        except IntegrityViolation as violation:
            raise write.refusal(violation) from None
        write.check_count(count)

    def _require_transaction(self) -> None:
        if not self._in_transaction():
            raise StoreError(
                f"{self.url}: a write outside a transaction; "
                "call store writes inside `with store.transaction():`"
            )

    def _write_forgetting(
        self,
        event_of: str,
        event_params: Sequence[object],
        sql: str,
        params: Sequence[object],
        *,
        missing_reference: str | None = None,
        no_row: str | None = None,
    ) -> None:
        """The write `sql`, after which the cached record of an event (the one the SQL
        expression `event_of` names) is stale: forget it. PostgreSQL makes the two one
        statement; the order of the two does not matter (one transaction)."""
        self._write_later(sql, params, missing_reference=missing_reference, no_row=no_row)
        self._write_later(f"{FORGET_RECORD}{event_of}", event_params)

    # ------------------------------------------------------------------ memberships

    def assign_article(
        self,
        article_id: str,
        event_id: str,
        *,
        score: float | None,
        reason: str,
        by_user: bool = False,
        at: datetime,
    ) -> None:
        assigned_at = utc(at, f"assignment of article {article_id}")
        previous = self._lock_assignment(article_id, event_id)
        self._write_later(
            "INSERT INTO memberships (article_id, event_id, score, reason, by_user, assigned_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
            "event_id = excluded.event_id, score = excluded.score, reason = excluded.reason, "
            "by_user = excluded.by_user, assigned_at = excluded.assigned_at",
            (article_id, event_id, score, reason, by_user, assigned_at),
            missing_reference=f"event {event_id} not found; create it first",
        )
        for touched_id in sorted({event_id} | ({previous} if previous else set())):
            self._recount_event(touched_id)

    def _lock_assignment(self, article_id: str, event_id: str) -> str | None:
        """Lock the event the article goes to and the one it leaves, in one statement (so in
        id order: two writers always lock in the same order, which avoids most deadlocks);
        return the one it leaves. Raises NotFoundError when the article or event is missing."""
        previous = "(SELECT m.event_id FROM memberships m WHERE m.article_id = ?)"
        rows = self._write(
            f"SELECT e.id, {previous} AS previous, "
            "(SELECT count(*) FROM articles a WHERE a.id = ?) AS known "
            f"FROM events e WHERE e.id IN (?, {previous}){self._LOCK_EVENTS}",
            (article_id, article_id, event_id, article_id),
        )[1]
        if not rows or not rows[0]["known"]:
            self._current_event_of(article_id)  # raises when the article is missing
        if event_id not in {row["id"] for row in rows}:
            raise NotFoundError(f"event {event_id} not found; create it first")
        found = rows[0]["previous"]
        return None if found is None else str(found)

    def _current_event_of(self, article_id: str) -> str | None:
        row = self._fetch_one(
            "SELECT a.id, m.event_id FROM articles a "
            "LEFT JOIN memberships m ON m.article_id = a.id WHERE a.id = ?",
            (article_id,),
        )
        if row is None:
            raise NotFoundError(f"article {article_id} not found; ingest it first")
        return None if row["event_id"] is None else str(row["event_id"])

    def _recount_event(self, event_id: str) -> None:
        # Derived from the memberships in one statement (no read-modify-write in Python), after
        # the event row is locked, so the count cannot lose a concurrent assignment. Every
        # membership has its article (foreign key), so counting the join counts the members.
        # The cached record lists the old reports: forget it.
        self._write_forgetting(
            "?",
            (event_id,),
            "UPDATE events SET (article_count, first_reported, last_reported) = "
            "(SELECT count(*), min(a.published), max(a.published) FROM memberships m "
            "JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?) WHERE id = ?",
            (event_id, event_id),
        )

    def event_reports(self, event_id: str) -> list[ReportListing]:
        rows = self._fetch(
            f"SELECT a.id, a.title, substr(a.text, 1, {LEAD_CHARS}) AS lead, a.source, a.url, "
            "a.published, a.ingested_at, a.verdict_kind "
            "FROM memberships m JOIN articles a ON a.id = m.article_id "
            "WHERE m.event_id = ? ORDER BY a.published ASC NULLS LAST, a.id",
            (event_id,),
        )
        return [report_listing(row) for row in rows]

    def get_membership(self, article_id: str) -> Membership | None:
        row = self._fetch_one("SELECT m.* FROM memberships m WHERE m.article_id = ?", (article_id,))
        return None if row is None else membership(row)

    def event_memberships(self, event_id: str) -> list[Membership]:
        rows = self._fetch(
            "SELECT m.* FROM memberships m JOIN articles a ON a.id = m.article_id "
            "WHERE m.event_id = ? ORDER BY a.published ASC NULLS LAST, m.article_id",
            (event_id,),
        )
        return [membership(row) for row in rows]

    # ------------------------------------------------------------------ audit, review links

    def add_audit(
        self,
        action: str,
        reason: str,
        *,
        event_ids: Sequence[str],
        article_ids: Sequence[str] = (),
        actor: str = "storyline",
        at: datetime,
    ) -> None:
        rows = self._write(
            "INSERT INTO audit (at, action, reason, event_ids, article_ids, actor) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            audit_values(action, reason, event_ids, article_ids, actor, at),
        )[1]
        audit_id = int(rows[0]["id"])
        for event_id in dict.fromkeys(event_ids):
            self._write_later(
                "INSERT INTO audit_events (audit_id, event_id) VALUES (?, ?)", (audit_id, event_id)
            )

    def audit_entries(self, event_id: str | None = None, limit: int = 1000) -> list[AuditEntry]:
        if event_id is None:
            rows = self._fetch("SELECT * FROM audit ORDER BY at DESC, id DESC LIMIT ?", (limit,))
        else:
            rows = self._fetch(
                "SELECT u.* FROM audit u JOIN audit_events x ON x.audit_id = u.id "
                "WHERE x.event_id = ? ORDER BY u.at DESC, u.id DESC LIMIT ?",
                (event_id, limit),
            )
        return [audit_entry(row) for row in rows]

    def add_possible_same(
        self,
        event_id: str,
        other_event_id: str,
        score: float,
        *,
        article_id: str | None,
        at: datetime,
    ) -> None:
        self._write_later(
            "INSERT INTO possible_same (event_id, other_event_id, score, article_id, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (event_id, other_event_id, score, article_id, utc(at, "possible_same")),
            missing_reference=(
                f"event {event_id} or {other_event_id} not found; create both events first"
            ),
        )

    def possible_same(self, event_id: str) -> list[PossibleSame]:
        rows = self._fetch(
            "SELECT * FROM possible_same WHERE event_id = ? OR other_event_id = ? "
            "ORDER BY score DESC, at DESC, id",
            (event_id, event_id),
        )
        # Seen from `event_id`: the link's other end is always `other_event_id`.
        return [
            PossibleSame(
                event_id=event_id,
                other_event_id=(
                    row["other_event_id"] if row["event_id"] == event_id else row["event_id"]
                ),
                score=float(row["score"]),
                article_id=row["article_id"],
                at=required_time(row["at"]),
            )
            for row in rows
        ]


def audit_values(
    action: str,
    reason: str,
    event_ids: Sequence[str],
    article_ids: Sequence[str],
    actor: str,
    at: datetime,
) -> tuple[object, ...]:
    """The values of an audit row, in the column order (at, action, reason, event_ids,
    article_ids, actor)."""
    return (
        utc(at, f"audit {action}"),
        action,
        reason,
        json.dumps(list(event_ids)),
        json.dumps(list(article_ids)),
        actor,
    )
