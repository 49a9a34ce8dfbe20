"""The team store: PostgreSQL through psycopg 3 and a small connection pool.

Reads take any pooled connection (autocommit); `transaction()` pins one connection to the calling
thread until it ends, at READ COMMITTED. Writers take a per-store advisory lock, so that (as in
SQLite) one writes at a time and concurrent batches never deadlock, while readers never wait.
Assignments also lock the events they touch (SELECT ... FOR NO KEY UPDATE) before recounting them
from the memberships, so no interleaving can lose an article from an event's count. Full-text
search uses a generated, GIN-indexed tsvector column, `websearch_to_tsquery` and `ts_headline`.

A write transaction runs its connection in pipeline mode: writes whose outcome nobody reads go
out without waiting (see store._sql_writes and `_Pipelined`), so that ingesting an article waits
for about four answers instead of thirteen, and the server works meanwhile.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from functools import cache
from typing import Any, ClassVar

import psycopg
from psycopg import Pipeline
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from storyline.errors import StoreError
from storyline.records import Article, DedupVerdict
from storyline.store._sql import (
    SNIPPET_ELLIPSIS,
    SNIPPET_END,
    SNIPPET_START,
    IntegrityViolation,
    Row,
    SQLStore,
)
from storyline.store._sql_writes import FORGET_RECORD, PendingWrite, audit_values
from storyline.store.base import SearchHit
from storyline.store.migrations import Migration, check_schema, migrations_for

__all__ = ["PostgresStore"]

# Advisory-lock keys (arbitrary, fixed): migrations of concurrent openers; writers of a store.
_MIGRATION_LOCK = 0x5709_11E0
_WRITER_LOCK = 0x5709_11E1
_HEADLINE_OPTIONS = (
    f"StartSel={SNIPPET_START}, StopSel={SNIPPET_END}, MaxWords=35, MinWords=15, "
    f'MaxFragments=2, FragmentDelimiter="{SNIPPET_ELLIPSIS}"'
)
_HEADLINE_CHARS = 20_000  # ts_headline re-parses the text: bound its work per hit
_PASSWORD = re.compile(r"(://[^:/@]+:)[^@/]*@")


def redact(url: str) -> str:
    """`url` without its password, for messages."""
    return _PASSWORD.sub(r"\1***@", url)


class PostgresStore(SQLStore):
    """A storyline store in a PostgreSQL database (migrated on open)."""

    _NO_LIMIT: ClassVar[int | None] = None
    _CONTAINS: ClassVar[str] = "strpos({haystack}, ?) > 0"
    _LOCK_EVENTS: ClassVar[str] = " ORDER BY id FOR NO KEY UPDATE"

    def __init__(self, url: str, *, pool_size: int = 4, connect_timeout: int = 10) -> None:
        self.url = url
        self._shown = redact(url)
        self._local = threading.local()
        options: dict[str, Any] = {"connect_timeout": connect_timeout}
        try:
            with psycopg.connect(url, autocommit=True, **options) as conn:
                _migrate(conn, self._shown)
        except psycopg.Error as error:
            raise StoreError(
                f"cannot open PostgreSQL store {self._shown}: {_first_line(error)}; "
                "check that the server is running and the URL (user, password, database) is right"
            ) from None
        self._pool: ConnectionPool[psycopg.Connection[Row]] = ConnectionPool(
            url,
            kwargs={**options, "autocommit": True, "row_factory": dict_row},
            min_size=1,
            max_size=pool_size,
            num_workers=1,
            name="storyline",
            open=True,
            # After the server went away and came back: a connection is tested before it is
            # handed out (no request fails on a dead one), and the pool stops retrying in the
            # background after 10 s, so the next request connects at once instead of waiting for
            # an exponential backoff that grows to minutes during a long outage.
            check=ConnectionPool.check_connection,
            reconnect_timeout=10.0,
            timeout=10.0,  # a request waits at most this long for a connection (then 503)
        )

    def close(self) -> None:
        self._pool.close()

    # ------------------------------------------------------------------ connections

    def _in_transaction(self) -> bool:
        return getattr(self._local, "pipelined", None) is not None

    def transaction(self) -> AbstractContextManager[None]:
        return self._transaction()

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        if self._in_transaction():
            raise StoreError(f"{self._shown}: transactions do not nest; finish the open one first")
        try:
            conn = self._pool.getconn()
        except psycopg.Error as error:  # PoolTimeout, PoolClosed
            raise StoreError(f"{self._shown}: no database connection ({error})") from None
        try:
            with conn.transaction():
                # One writer at a time per store, as in SQLite: concurrent batches touching the
                # same events in different orders would otherwise deadlock on the row locks.
                conn.execute(
                    "SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (_WRITER_LOCK,)
                )
                with conn.pipeline() as pipeline:
                    self._local.pipelined = _Pipelined(conn, pipeline, self._shown)
                    yield
                    self._local.pipelined.finish()  # before COMMIT: the writes' errors
        except psycopg.Error as error:  # COMMIT itself failed
            raise StoreError(f"{self._shown}: {_first_line(error)}") from None
        finally:
            self._local.pipelined = None
            self._pool.putconn(conn)

    def _run(self, sql: str, params: Sequence[object] = ()) -> tuple[int, list[Row]]:
        pipelined: _Pipelined | None = getattr(self._local, "pipelined", None)
        if pipelined is not None:
            return pipelined.ask(sql, params)
        try:
            with self._pool.connection() as conn:
                return self._execute(conn, sql, params)
        except psycopg.Error as error:  # the pool's own errors: _execute wraps the others
            raise StoreError(f"{self._shown}: no database connection ({error})") from None

    def _execute(
        self, conn: psycopg.Connection[Row], sql: str, params: Sequence[object]
    ) -> tuple[int, list[Row]]:
        try:
            cursor = conn.execute(_to_pyformat(sql), list(params))
            rows = cursor.fetchall() if cursor.description else []
        except psycopg.Error as error:
            raise _store_error(error, self._shown) from None
        return cursor.rowcount, rows

    def _send_later(self, write: PendingWrite) -> None:
        self._local.pipelined.send(write)  # only called inside a transaction

    # ------------------------------------------------------------------ fewer answers

    def add_article(
        self, article: Article, verdict: DedupVerdict, text_hash: str, signature: bytes | None
    ) -> None:
        super().add_article(article, verdict, text_hash, signature)
        self._local.pipelined.unassigned.add(article.id)

    def _lock_assignment(self, article_id: str, event_id: str) -> str | None:
        self._require_transaction()
        pipelined: _Pipelined = self._local.pipelined
        if article_id not in pipelined.unassigned:
            return super()._lock_assignment(article_id, event_id)
        # Stored by this transaction and not assigned yet (as every article of an ingest): it
        # leaves no event, so only the one it joins is locked, without waiting for the answer;
        # the membership's foreign key refuses a missing event.
        pipelined.unassigned.discard(article_id)
        self._write_later("SELECT id FROM events WHERE id = ? FOR NO KEY UPDATE", (event_id,))
        return None

    # ------------------------------------------------------------------ statements merged

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
        # One statement: the DELETE runs whatever `sql` does, and the row count is `sql`'s.
        self._write_later(
            f"WITH forgotten AS ({FORGET_RECORD}{event_of}) {sql}",
            (*event_params, *params),
            missing_reference=missing_reference,
            no_row=no_row,
        )

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
        # The entry and its per-event rows in one statement, so that it too can be queued.
        self._write_later(
            "WITH entry AS (INSERT INTO audit (at, action, reason, event_ids, article_ids, actor) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id) "
            "INSERT INTO audit_events (audit_id, event_id) "
            "SELECT entry.id, linked.event_id FROM entry, unnest(?::text[]) AS linked (event_id)",
            (
                *audit_values(action, reason, event_ids, article_ids, actor, at),
                list(dict.fromkeys(event_ids)),
            ),
        )

    # ------------------------------------------------------------------ search

    def _text_match(self, text: str) -> tuple[str, Sequence[object]] | None:
        if not text.strip():
            return None
        return "SELECT id FROM articles WHERE search @@ websearch_to_tsquery('english', ?)", (text,)

    def search_articles(self, query: str, limit: int = 50) -> list[SearchHit]:
        if not query.strip():
            return []
        # Rank and cut first, then build snippets for the hits kept only (ts_headline re-parses).
        rows = self._fetch(
            "SELECT hit.id, hit.title, hit.rank, "
            f"ts_headline('english', left(hit.text, {_HEADLINE_CHARS}), hit.q, ?) AS snippet "
            "FROM (SELECT id, title, text, seq, q, ts_rank(search, q) AS rank "
            "      FROM articles, websearch_to_tsquery('english', ?) AS q "
            "      WHERE search @@ q ORDER BY rank DESC, seq LIMIT ?) AS hit "
            "ORDER BY hit.rank DESC, hit.seq",
            (_HEADLINE_OPTIONS, query, limit),
        )
        return [
            SearchHit(row["id"], row["title"], row["snippet"] or "", float(row["rank"]))
            for row in rows
        ]


# --------------------------------------------------------------------------- helpers


class _Pipelined:
    """A write transaction's connection in pipeline mode.

    A write whose outcome nobody reads goes out at once, and the server runs it while this
    process carries on; a statement whose answer is needed waits for everything sent before it
    (one round trip). The writes' results are checked then: an error is raised as the exception
    of the write that caused it, at that statement or at commit.
    """

    def __init__(self, conn: psycopg.Connection[Row], pipeline: Pipeline, shown: str) -> None:
        self._conn, self._pipeline, self._shown = conn, pipeline, shown
        self._sent: list[tuple[PendingWrite, psycopg.Cursor[Row]]] = []
        # Articles this transaction stored and has not assigned to an event: no membership.
        self.unassigned: set[str] = set()

    def send(self, write: PendingWrite) -> None:
        try:
            cursor = self._conn.execute(_to_pyformat(write.sql), list(write.params))
        except psycopg.Error as error:  # an earlier write's error, arriving now
            raise self._refusal(error) from None
        self._sent.append((write, cursor))

    def ask(self, sql: str, params: Sequence[object]) -> tuple[int, list[Row]]:
        try:
            cursor = self._conn.execute(_to_pyformat(sql), list(params))
            self._pipeline.sync()
            rows = cursor.fetchall() if cursor.description else []
        except psycopg.Error as error:
            raise self._refusal(error) from None
        self._settle()
        return cursor.rowcount, rows

    def finish(self) -> None:
        try:
            self._pipeline.sync()
        except psycopg.Error as error:
            raise self._refusal(error) from None
        self._settle()

    def _settle(self) -> None:
        sent, self._sent = self._sent, []
        for write, cursor in sent:
            write.check_count(cursor.rowcount)

    def _refusal(self, error: psycopg.Error) -> Exception:
        mapped = _store_error(error, self._shown)
        if isinstance(mapped, IntegrityViolation):  # from the server: earlier results are in
            for write, cursor in self._sent:
                if cursor.pgresult is None:  # the first without a result is the one that failed
                    return write.refusal(mapped)
        return mapped


def _store_error(error: psycopg.Error, shown: str) -> StoreError:
    if isinstance(error, psycopg.errors.IntegrityError):
        return IntegrityViolation(
            f"{shown}: {_first_line(error)}",
            duplicate=isinstance(error, psycopg.errors.UniqueViolation),
            missing_reference=isinstance(error, psycopg.errors.ForeignKeyViolation),
        )
    if isinstance(error, psycopg.errors.DeadlockDetected | psycopg.errors.SerializationFailure):
        return StoreError(
            f"{shown}: a concurrent write conflicted ({_first_line(error)}); "
            "run the same command again"
        )
    return StoreError(f"{shown}: {_first_line(error)}")


@cache
def _to_pyformat(sql: str) -> str:
    # The shared SQL uses qmark placeholders and contains no literal "?" or "%".
    return sql.replace("?", "%s")


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _migrate(conn: psycopg.Connection[Any], shown: str) -> None:
    _check_ours(conn, shown)
    wanted = migrations_for("postgres")
    if not _missing(conn, wanted):  # the common case takes no lock
        return
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        for migration in _missing(conn, wanted):  # again, now that we hold the lock
            conn.execute(migration.sql.encode())  # several statements: no parameters
            conn.execute("INSERT INTO schema_migrations (name) VALUES (%s)", (migration.name,))


def _check_ours(conn: psycopg.Connection[Any], shown: str) -> None:
    """Refuse a database holding someone else's tables, or a newer storyline schema."""
    tables = {
        str(name)
        for (name,) in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema()"
        )
    }
    applied = None
    if "schema_migrations" in tables:
        applied = {str(name) for (name,) in conn.execute("SELECT name FROM schema_migrations")}
    check_schema(f"PostgreSQL store {shown}", tables, applied, "postgres")


def _missing(conn: psycopg.Connection[Any], wanted: list[Migration]) -> list[Migration]:
    row = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
    if row is None or not row[0]:
        return wanted
    applied = {name for (name,) in conn.execute("SELECT name FROM schema_migrations")}
    return [migration for migration in wanted if migration.name not in applied]
