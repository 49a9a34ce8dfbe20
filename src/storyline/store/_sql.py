"""The SQL shared by the SQLite and PostgreSQL stores.

Both schemas have the same tables and columns (see migrations/), and the statements below are
written in the common subset of the two dialects with `?` placeholders. A back end supplies how
to run one statement (`_run`), its transactions, and full-text search; this class supplies the
meaning of every `Store` method, so that the two cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import ClassVar

from storyline import codec
from storyline.errors import NotFoundError, StoreError
from storyline.records import Article, DedupVerdict, Extraction
from storyline.store._rows import (
    IntegrityViolation,
    Row,
    event_row,
    required_time,
    stored_article,
    utc,
    utc_or_none,
)
from storyline.store._sql_living import LivingSQL
from storyline.store.base import (
    EventRow,
    StoredArticle,
)
from storyline.store.summary_keys import summary_keys

__all__ = [
    "SNIPPET_ELLIPSIS",
    "SNIPPET_END",
    "SNIPPET_START",
    "IntegrityViolation",
    "Row",
    "SQLStore",
]

# Matches in search snippets are wrapped in these; plain text, so escape it before adding markup.
SNIPPET_START = "«"
SNIPPET_END = "»"
SNIPPET_ELLIPSIS = " … "

_PAGE = 1000  # rows per round trip when streaming a whole table
_IN_CHUNK = 500  # ids per IN (...) list, well under SQLite's variable limit

ARTICLE_COLUMNS = (
    "a.id, a.title, a.text, a.published, a.modified, a.fetched, a.source, a.url, a.authors, "
    "a.origin, a.notes, a.verdict_kind, a.original_id, a.similarity, a.text_hash, a.ingested_at"
)
_ARTICLE_SELECT = (
    f"SELECT {ARTICLE_COLUMNS}, m.event_id FROM articles a "
    "LEFT JOIN memberships m ON m.article_id = a.id"
)
_EVENT_COLUMNS = (
    "e.id, e.title, e.created_at, e.story_id, e.merged_into, e.first_reported, "
    "e.last_reported, e.article_count, e.summary"
)
_LIVE_EVENT = "e.merged_into IS NULL AND e.article_count > 0"
_NO_EVENT = "event {} not found; check the id with `events`"


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), _IN_CHUNK):
        yield ids[start : start + _IN_CHUNK]


def _placeholders(count: int) -> str:
    return ", ".join("?" * count)


class SQLStore(LivingSQL):
    """Every `Store` method, over `_run`, in SQL both dialects understand."""

    # LIMIT value meaning "no limit": SQLite takes -1, PostgreSQL NULL.
    _NO_LIMIT: ClassVar[int | None] = None

    # ------------------------------------------------------------------ migrations

    def applied_migrations(self) -> list[tuple[str, datetime]]:
        """(name, applied_at) of every schema migration applied to this store, oldest first."""
        rows = self._fetch("SELECT name, applied_at FROM schema_migrations ORDER BY name")
        return [(row["name"], required_time(row["applied_at"])) for row in rows]

    # ------------------------------------------------------------------ articles

    def add_article(
        self, article: Article, verdict: DedupVerdict, text_hash: str, signature: bytes | None
    ) -> None:
        where = f"article {article.id}"
        params = (
            article.id,
            article.title,
            article.text,
            utc_or_none(article.published, where),
            utc_or_none(article.modified, where),
            utc_or_none(article.fetched, where),
            article.source,
            article.url,
            json.dumps(list(article.authors)),
            article.origin,
            json.dumps(list(article.notes)),
            verdict.kind,
            verdict.original_id,
            verdict.similarity,
            text_hash,
            signature,
            datetime.now(UTC),
        )
        self._write_later(
            "INSERT INTO articles (id, title, text, published, modified, fetched, source, "
            "url, authors, origin, notes, verdict_kind, original_id, similarity, text_hash, "
            f"signature, ingested_at) VALUES ({_placeholders(len(params))})",
            params,
            duplicate=f"{where} is already stored; give it a new id",
        )

    def get_article(self, article_id: str) -> StoredArticle | None:
        row = self._fetch_one(f"{_ARTICLE_SELECT} WHERE a.id = ?", (article_id,))
        return None if row is None else stored_article(row)

    def get_articles(self, article_ids: Sequence[str]) -> list[StoredArticle]:
        found: dict[str, StoredArticle] = {}
        for chunk in _chunks(list(dict.fromkeys(article_ids))):
            sql = f"{_ARTICLE_SELECT} WHERE a.id IN ({_placeholders(len(chunk))})"
            for row in self._fetch(sql, chunk):
                found[row["id"]] = stored_article(row)
        return [found[article_id] for article_id in article_ids if article_id in found]

    def has_article(self, article_id: str) -> bool:
        row = self._fetch_one("SELECT 1 AS x FROM articles WHERE id = ?", (article_id,))
        return row is not None

    def stored_article_ids(self, article_ids: Sequence[str]) -> set[str]:
        stored: set[str] = set()
        for chunk in _chunks(list(dict.fromkeys(article_ids))):
            sql = f"SELECT id FROM articles WHERE id IN ({_placeholders(len(chunk))})"
            stored.update(str(row["id"]) for row in self._fetch(sql, chunk))
        return stored

    def find_by_text_hash(self, text_hash: str) -> str | None:
        row = self._fetch_one(
            "SELECT id FROM articles WHERE text_hash = ? ORDER BY seq LIMIT 1", (text_hash,)
        )
        return None if row is None else str(row["id"])

    def find_by_url(self, url: str) -> list[str]:
        rows = self._fetch("SELECT id FROM articles WHERE url = ? ORDER BY seq", (url,))
        return [str(row["id"]) for row in rows]

    def iter_signatures(self) -> Iterator[tuple[str, bytes]]:
        # Keyset pages: no cursor stays open between pages, so a consumer may write meanwhile.
        last = 0
        while True:
            rows = self._fetch(
                "SELECT seq, id, signature FROM articles WHERE signature IS NOT NULL "
                "AND seq > ? ORDER BY seq LIMIT ?",
                (last, _PAGE),
            )
            for row in rows:
                yield str(row["id"]), bytes(row["signature"])
            if len(rows) < _PAGE:
                return
            last = int(rows[-1]["seq"])

    def article_count(self) -> int:
        row = self._fetch_one("SELECT count(*) AS n FROM articles")
        return int(row["n"]) if row else 0

    # ------------------------------------------------------------------ extractions

    def put_extraction(self, extraction: Extraction) -> None:
        # A re-extraction changes the facts of the article's event: its cached record is stale.
        self._write_forgetting(
            "(SELECT m.event_id FROM memberships m WHERE m.article_id = ?)",
            (extraction.article_id,),
            "INSERT INTO extractions (article_id, event_type, extractor, data) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET "
            "event_type = excluded.event_type, extractor = excluded.extractor, "
            "data = excluded.data",
            (
                extraction.article_id,
                extraction.event_type,
                extraction.extractor,
                codec.dumps(extraction),
            ),
            missing_reference=f"article {extraction.article_id} not found; store the article first",
        )

    def get_extraction(self, article_id: str) -> Extraction | None:
        return self.get_extractions([article_id]).get(article_id)

    def get_extractions(self, article_ids: Sequence[str]) -> dict[str, Extraction]:
        found: dict[str, Extraction] = {}
        for chunk in _chunks(list(dict.fromkeys(article_ids))):
            sql = (
                "SELECT article_id, data FROM extractions "
                f"WHERE article_id IN ({_placeholders(len(chunk))})"
            )
            for row in self._fetch(sql, chunk):
                found[row["article_id"]] = self._decode_extraction(row["article_id"], row["data"])
        return found

    def _decode_extraction(self, article_id: str, data: str) -> Extraction:
        try:
            return codec.loads(Extraction, data)
        except codec.DecodeError as error:
            raise StoreError(
                f"{self.url}: stored extraction of article {article_id} is unreadable ({error}); "
                "re-extract the article"
            ) from None

    # ------------------------------------------------------------------ events

    def create_event(
        self, event_id: str, title: str, created_at: datetime, story_id: str | None = None
    ) -> None:
        self._write_later(
            "INSERT INTO events (id, title, created_at, story_id) VALUES (?, ?, ?, ?)",
            (event_id, title, utc(created_at, f"event {event_id}"), story_id),
            duplicate=f"event {event_id} already exists; give it a new id",
        )

    def update_event(
        self,
        event_id: str,
        *,
        title: str | None = None,
        story_id: str | None = None,
        merged_into: str | None = None,
    ) -> None:
        changes = {"title": title, "story_id": story_id, "merged_into": merged_into}
        given = {column: value for column, value in changes.items() if value is not None}
        if not given:
            self._require_transaction()
            self._require_event(event_id)
            return
        assignments = ", ".join(f"{column} = ?" for column in given)
        # The cached record shows the title and story: forget it.
        self._write_forgetting(
            "?",
            (event_id,),
            f"UPDATE events SET {assignments} WHERE id = ?",
            (*given.values(), event_id),
            no_row=_NO_EVENT.format(event_id),
        )

    def _require_event(self, event_id: str) -> None:
        if self._fetch_one("SELECT id FROM events WHERE id = ?", (event_id,)) is None:
            raise NotFoundError(_NO_EVENT.format(event_id))

    def get_event(self, event_id: str) -> EventRow | None:
        row = self._fetch_one(f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.id = ?", (event_id,))
        return None if row is None else event_row(row)

    def story_events(self, story_id: str, limit: int = 200) -> list[EventRow]:
        # The events_story index serves it; first reported first, as a story unfolds.
        rows = self._fetch(
            f"SELECT {_EVENT_COLUMNS} FROM events e WHERE e.story_id = ? AND {_LIVE_EVENT} "
            "ORDER BY e.first_reported, e.id LIMIT ?",
            (story_id, limit),
        )
        return [event_row(row) for row in rows]

    def list_events(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        reported_since: datetime | None = None,
        reported_until: datetime | None = None,
    ) -> list[EventRow]:
        sql = f"SELECT {_EVENT_COLUMNS} FROM events e WHERE {_LIVE_EVENT}"
        params: list[object] = []
        if reported_since is not None or reported_until is not None:
            sql += (
                " AND EXISTS (SELECT 1 FROM memberships m JOIN articles a ON a.id = m.article_id"
                " WHERE m.event_id = e.id"
            )
            if reported_since is not None:
                sql += " AND a.published >= ?"
                params.append(utc(reported_since, "reported_since"))
            if reported_until is not None:
                sql += " AND a.published <= ?"
                params.append(utc(reported_until, "reported_until"))
            sql += ")"
        sql += " ORDER BY e.last_reported DESC NULLS LAST, e.created_at DESC, e.id LIMIT ? OFFSET ?"
        params += [self._NO_LIMIT if limit is None else limit, offset]
        return [event_row(row) for row in self._fetch(sql, params)]

    def list_event_ids(self, *, reported_since: datetime | None = None) -> list[tuple[str, bool]]:
        rows = self._fetch(
            "SELECT e.id, CASE WHEN e.summary IS NULL THEN 0 ELSE 1 END AS summarized "
            f"FROM events e WHERE {_LIVE_EVENT}"
            + (" AND EXISTS (SELECT 1 FROM memberships m JOIN articles a ON a.id = m.article_id"
               " WHERE m.event_id = e.id AND a.published >= ?)" if reported_since else "")
            + " ORDER BY e.last_reported DESC NULLS LAST, e.created_at DESC, e.id",
            [utc(reported_since, "reported_since")] if reported_since else [],
        )
        return [(str(row["id"]), bool(row["summarized"])) for row in rows]

    def event_count(self) -> int:
        row = self._fetch_one(f"SELECT count(*) AS n FROM events e WHERE {_LIVE_EVENT}")
        return int(row["n"]) if row else 0

    def put_event_summary(self, event_id: str, summary_json: str) -> None:
        keys = summary_keys(summary_json)
        # The cached record was derived with the old summary: it is stale now.
        self._write_forgetting(
            "?",
            (event_id,),
            "UPDATE events SET summary = ?, event_type = ?, event_day = ?, place_keys = ? "
            "WHERE id = ?",
            (summary_json, keys.event_type, keys.event_day, keys.place_keys, event_id),
            no_row=_NO_EVENT.format(event_id),
        )

    def put_event_record(self, event_id: str, record_json: str) -> None:
        # The foreign key refuses a record of a missing event: no separate check needed.
        self._write_later(
            "INSERT INTO event_records (event_id, record) VALUES (?, ?) "
            "ON CONFLICT (event_id) DO UPDATE SET record = excluded.record",
            (event_id, record_json),
            missing_reference=_NO_EVENT.format(event_id),
        )

    def get_event_record(self, event_id: str) -> str | None:
        row = self._fetch_one("SELECT record FROM event_records WHERE event_id = ?", (event_id,))
        return None if row is None else str(row["record"])

    # ------------------------------------------------------------------ clusterer state, meta

    def put_cluster_state(self, event_id: str, state: bytes) -> None:
        self._write_later(
            "INSERT INTO cluster_state (event_id, state) VALUES (?, ?) "
            "ON CONFLICT (event_id) DO UPDATE SET state = excluded.state",
            (event_id, state),
            missing_reference=f"event {event_id} not found; create it first",
        )

    def iter_cluster_states(self) -> Iterator[tuple[str, bytes]]:
        rows = self._fetch(
            "SELECT event_id, state FROM cluster_state ORDER BY event_id LIMIT ?", (_PAGE,)
        )
        while rows:
            for row in rows:
                yield str(row["event_id"]), bytes(row["state"])
            if len(rows) < _PAGE:
                return
            rows = self._fetch(
                "SELECT event_id, state FROM cluster_state WHERE event_id > ? "
                "ORDER BY event_id LIMIT ?",
                (rows[-1]["event_id"], _PAGE),
            )

    def get_cluster_state(self, event_id: str) -> bytes | None:
        row = self._fetch_one("SELECT state FROM cluster_state WHERE event_id = ?", (event_id,))
        return None if row is None else bytes(row["state"])

    def delete_cluster_state(self, event_id: str) -> None:
        self._write_later("DELETE FROM cluster_state WHERE event_id = ?", (event_id,))

    def get_meta(self, key: str) -> str | None:
        row = self._fetch_one("SELECT value FROM meta WHERE key = ?", (key,))
        return None if row is None else str(row["value"])

    def get_metas(self, keys: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in _chunks(list(dict.fromkeys(keys))):
            sql = f"SELECT key, value FROM meta WHERE key IN ({_placeholders(len(chunk))})"
            found.update((str(row["key"]), str(row["value"])) for row in self._fetch(sql, chunk))
        return found

    def put_meta(self, key: str, value: str) -> None:
        self._write_later(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
