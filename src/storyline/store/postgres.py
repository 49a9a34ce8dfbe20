"""The team store: PostgreSQL through psycopg 3 and a small connection pool.

Reads take any pooled connection (autocommit); `transaction()` pins one connection to the calling
thread until it ends, at READ COMMITTED. Writers take a per-store advisory lock, so that (as in
SQLite) one writes at a time and concurrent batches never deadlock, while readers never wait.
Assignments also lock the events they touch (SELECT ... FOR NO KEY UPDATE) before recounting them
from the memberships, so no interleaving can lose an article from an event's count. Full-text
search uses a generated, GIN-indexed tsvector column, `websearch_to_tsquery` and `ts_headline`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import cache
from typing import Any, ClassVar

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from storyline.errors import StoreError
from storyline.store._sql import (
    SNIPPET_ELLIPSIS,
    SNIPPET_END,
    SNIPPET_START,
    IntegrityViolation,
    Row,
    SQLStore,
)
from storyline.store.base import SearchHit
from storyline.store.migrations import Migration, migrations_for

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
                _migrate(conn)
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
        )

    def close(self) -> None:
        self._pool.close()

    # ------------------------------------------------------------------ connections

    def _in_transaction(self) -> bool:
        return getattr(self._local, "conn", None) is not None

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
        self._local.conn = conn
        try:
            with conn.transaction():
                # One writer at a time per store, as in SQLite: concurrent batches touching the
                # same events in different orders would otherwise deadlock on the row locks.
                conn.execute(
                    "SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (_WRITER_LOCK,)
                )
                yield
        except psycopg.Error as error:  # COMMIT itself failed
            raise StoreError(f"{self._shown}: {_first_line(error)}") from None
        finally:
            self._local.conn = None
            self._pool.putconn(conn)

    def _run(self, sql: str, params: Sequence[object] = ()) -> tuple[int, list[Row]]:
        pinned: psycopg.Connection[Row] | None = getattr(self._local, "conn", None)
        if pinned is not None:
            return self._execute(pinned, sql, params)
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
        except psycopg.errors.IntegrityError as error:
            raise IntegrityViolation(
                f"{self._shown}: {_first_line(error)}",
                duplicate=isinstance(error, psycopg.errors.UniqueViolation),
                missing_reference=isinstance(error, psycopg.errors.ForeignKeyViolation),
            ) from None
        except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure) as error:
            raise StoreError(
                f"{self._shown}: a concurrent write conflicted ({_first_line(error)}); "
                "run the same command again"
            ) from None
        except psycopg.Error as error:
            raise StoreError(f"{self._shown}: {_first_line(error)}") from None
        return cursor.rowcount, rows

    # ------------------------------------------------------------------ search

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


@cache
def _to_pyformat(sql: str) -> str:
    # The shared SQL uses qmark placeholders and contains no literal "?" or "%".
    return sql.replace("?", "%s")


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _migrate(conn: psycopg.Connection[Any]) -> None:
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


def _missing(conn: psycopg.Connection[Any], wanted: list[Migration]) -> list[Migration]:
    row = conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()
    if row is None or not row[0]:
        return wanted
    applied = {name for (name,) in conn.execute("SELECT name FROM schema_migrations")}
    return [migration for migration in wanted if migration.name not in applied]
