"""The embedded store: one SQLite file in WAL mode, with an FTS5 index over articles.

Each thread gets its own connection (the web server reads from worker threads while the same
process may ingest), and `transaction()` belongs to the thread that opened it. WAL lets readers,
in this process or another, keep reading while one writer holds the write lock; writers queue on
`busy_timeout`.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import ClassVar

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
from storyline.store.migrations import Migration, check_schema, migrations_for

__all__ = ["SQLiteStore"]

_SQLITE_PREFIX = "sqlite:///"
_TITLE_WEIGHT = 4.0  # bm25 weight of a title match relative to a body match
_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')


class SQLiteStore(SQLStore):
    """A storyline store in one SQLite file (created and migrated on open)."""

    _NO_LIMIT: ClassVar[int | None] = -1

    def __init__(self, path: str, *, busy_timeout_ms: int = 30_000) -> None:
        self.path = path.removeprefix(_SQLITE_PREFIX)
        self.url = self.path
        self._busy_timeout_ms = busy_timeout_ms
        self._local = threading.local()
        # Open connections, keyed by id; a thread's own is closed when the thread ends.
        self._connections: dict[int, sqlite3.Connection] = {}
        self._lock = threading.Lock()
        self._closed = False
        _check_path(self.path)
        try:
            _check_ours(self.path)  # before any connection that would switch it to WAL
            self._migrate(self._connection())
        except sqlite3.DatabaseError as error:
            self.close()
            raise StoreError(
                f"{self.path}: not a usable SQLite database ({error}); "
                "give the path of a storyline database or of a new file"
            ) from None

    # ------------------------------------------------------------------ connections

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        if self._closed:
            raise StoreError(f"{self.path}: the store is closed; open it again")
        try:
            conn = _open_connection(self.path, self._busy_timeout_ms)
        except sqlite3.Error as error:
            raise StoreError(
                f"{self.path}: cannot open as a SQLite database ({error}); "
                "give the path of a storyline database or of a new file"
            ) from None
        with self._lock:
            self._connections[id(conn)] = conn
        self._local.conn = conn
        self._local.in_transaction = False
        # The thread-local slot dies with its thread: close the connection then, so that a
        # server that replaces worker threads does not pile up open connections.
        self._local.closer = _Closer(self, conn)
        return conn

    def _forget(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._connections.pop(id(conn), None)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections, self._connections = list(self._connections.values()), {}
        for conn in connections:
            conn.close()
        self._local = threading.local()

    def _in_transaction(self) -> bool:
        return bool(getattr(self._local, "in_transaction", False))

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        conn = self._connection()
        if self._in_transaction():
            raise StoreError(f"{self.path}: transactions do not nest; finish the open one first")
        try:
            # IMMEDIATE takes the write lock now, so a writer never fails half-way on BUSY.
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise StoreError(
                f"{self.path}: cannot start writing ({error}); another process holds the write "
                "lock, try again when it has finished"
            ) from None
        self._local.in_transaction = True
        try:
            yield
        except BaseException:
            _rollback(conn)
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error as error:
                _rollback(conn)
                raise StoreError(
                    f"{self.path}: the write could not be committed ({error})"
                ) from None
        finally:
            self._local.in_transaction = False

    def transaction(self) -> AbstractContextManager[None]:
        return self._transaction()

    def _run(self, sql: str, params: Sequence[object] = ()) -> tuple[int, list[Row]]:
        conn = self._connection()
        try:
            cursor = conn.execute(sql, [_to_sqlite(value) for value in params])
            rows = cursor.fetchall()
        except sqlite3.IntegrityError as error:
            name = getattr(error, "sqlite_errorname", "")
            raise IntegrityViolation(
                f"{self.path}: {error}",
                duplicate=name in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"),
                missing_reference=name == "SQLITE_CONSTRAINT_FOREIGNKEY",
            ) from None
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: {error}") from None
        return cursor.rowcount, rows

    # ------------------------------------------------------------------ migrations

    def _migrate(self, conn: sqlite3.Connection) -> None:
        wanted = migrations_for("sqlite")
        # Check without the write lock first: opening to read must not wait for a writer.
        if not _missing(conn, wanted):
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            for migration in _missing(conn, wanted):  # again: another process may have won
                _apply(conn, migration)
        except BaseException:
            _rollback(conn)
            raise
        conn.execute("COMMIT")

    # ------------------------------------------------------------------ search

    def _text_match(self, text: str) -> tuple[str, Sequence[object]] | None:
        match = fts5_query(text)
        if not match:
            return None
        return (
            "SELECT a.id FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH ?",
            (match,),
        )

    def search_articles(self, query: str, limit: int = 50) -> list[SearchHit]:
        match = fts5_query(query)
        if not match:
            return []
        rows = self._fetch(
            "SELECT a.id, a.title, "
            f"snippet(articles_fts, 1, ?, ?, ?, 24) AS snippet, "
            f"bm25(articles_fts, {_TITLE_WEIGHT}, 1.0) AS score "
            "FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY score, a.seq LIMIT ?",
            (SNIPPET_START, SNIPPET_END, SNIPPET_ELLIPSIS.strip(), match, limit),
        )
        # bm25 is lower-is-better; SearchHit.rank is higher-is-better in both back ends.
        return [
            SearchHit(row["id"], row["title"], row["snippet"] or "", -float(row["score"]))
            for row in rows
        ]


# --------------------------------------------------------------------------- helpers


class _Closer:
    """Closes one thread's connection when that thread's local storage is freed."""

    def __init__(self, store: SQLiteStore, conn: sqlite3.Connection) -> None:
        self._store = weakref.ref(store)
        self._conn = conn

    def __del__(self) -> None:
        store = self._store()
        if store is not None:
            store._forget(self._conn)
        self._conn.close()


def _check_path(path: str) -> None:
    if path in ("", ":memory:"):
        raise StoreError(f"{path!r}: not a file path; give the path of a SQLite file")
    if os.path.isdir(path):
        raise StoreError(f"{path}: is a directory; give the path of a SQLite file inside it")
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise StoreError(f"{path}: directory {parent} does not exist; create it first")


def _check_ours(path: str) -> None:
    """Refuse, without writing to it, a SQLite file that holds someone else's tables or a
    newer storyline schema (a read-only connection changes nothing, not even the journal)."""
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        tables = {
            str(name)
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        applied = None
        if "schema_migrations" in tables:
            applied = {str(name) for (name,) in conn.execute("SELECT name FROM schema_migrations")}
    finally:
        conn.close()
    check_schema(path, tables, applied, "sqlite")


# SQLite's page cache per connection, in KiB.
SQLITE_CACHE_KIB = 64 * 1024


def _open_connection(path: str, busy_timeout_ms: int) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, the module adds nothing.
    conn = sqlite3.connect(
        path,
        timeout=busy_timeout_ms / 1000,
        isolation_level=None,
        check_same_thread=False,  # each thread has its own; close() may run on another
    )
    conn.row_factory = _dict_row
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if mode is None or str(mode["journal_mode"]).lower() != "wal":
        raise sqlite3.OperationalError(f"cannot switch to WAL mode (got {mode})")
    conn.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; safe in WAL
    # A page cache of up to 64 MiB (the default is 2 MiB): a store takes about 23 KB per event,
    # and the clustering stage re-reads the recent events' rows; filled lazily, so a small store
    # costs nothing (docs/benchmarks.md, clustering speed: 136-172 -> 233-253 articles/s wall at
    # 11k events, the same CPU).
    conn.execute(f"PRAGMA cache_size = {-SQLITE_CACHE_KIB}")
    return conn


def _rollback(conn: sqlite3.Connection) -> None:
    # Some errors (disk full, I/O) end the transaction themselves: nothing is left to roll back.
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def _dict_row(cursor: sqlite3.Cursor, values: tuple[object, ...]) -> dict[str, object]:
    return {column[0]: value for column, value in zip(cursor.description, values, strict=True)}


def _to_sqlite(value: object) -> object:
    # Fixed-width UTC ISO text (microseconds always present) sorts as time sorts.
    if isinstance(value, datetime):
        return value.isoformat(timespec="microseconds")
    return value


def _missing(conn: sqlite3.Connection, wanted: list[Migration]) -> list[Migration]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if exists is None:
        return wanted
    applied = {row["name"] for row in conn.execute("SELECT name FROM schema_migrations")}
    return [migration for migration in wanted if migration.name not in applied]


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    for statement in split_statements(migration.sql):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO schema_migrations (name, applied_at) "
        "VALUES (?, strftime('%Y-%m-%dT%H:%M:%f000+00:00', 'now'))",
        (migration.name,),
    )


def split_statements(script: str) -> list[str]:
    """The complete statements of a script (triggers included), without running it.

    `executescript` would commit the migration's transaction first; this keeps it whole.
    """
    statements: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if _strip_comments(pending).strip(" \n\t;"):
                statements.append(pending.strip())
            pending = ""
    return statements


def _strip_comments(sql: str) -> str:
    return "\n".join(line.split("--", 1)[0] for line in sql.splitlines())


def fts5_query(query: str) -> str:
    """A web-search style query ("words", "a phrase", -excluded, OR) as FTS5 syntax.

    Every term is quoted, so user input can never be an FTS5 syntax error.
    """
    included: list[str] = []
    excluded: list[str] = []
    for match in _QUERY_TOKEN.finditer(query):
        negated, phrase, word = match.groups()
        if word == "OR":
            if included and included[-1] != "OR":
                included.append("OR")
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            negated, word = "-", word[1:]
        # A stray quote in a bare word is punctuation, as for websearch_to_tsquery.
        text = phrase if phrase is not None else word.replace('"', " ").strip()
        if not any(char.isalnum() for char in text):
            continue
        quoted = f'"{text}"'  # no '"' left inside: phrases and words were split on them
        (excluded if negated else included).append(quoted)
    while included and included[-1] == "OR":
        included.pop()
    if not included:
        return ""
    return " ".join(included) + "".join(f" NOT {term}" for term in excluded)
