"""A store storyline did not create is never written to, and a newer schema is named: both
refused with one line (exit 2), for SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import psycopg
import pytest

from storyline.cli import main
from storyline.errors import StoreError
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign_sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER, name TEXT)")
        conn.execute("INSERT INTO customers VALUES (1, 'Ada')")
    return path


@pytest.mark.parametrize("command", [["events"], ["event", "ev-1", "--json"], ["search", "x"]])
def test_read_commands_leave_a_foreign_sqlite_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    db = _foreign_sqlite(tmp_path / "crm.db")
    before = _digest(db)
    with pytest.raises(SystemExit) as done:
        main(["--db", str(db), *command])
    assert done.value.code == 2
    [line] = capsys.readouterr().err.splitlines()
    assert str(db) in line and "did not create (tables: customers)" in line
    assert _digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.db"]  # no -wal, no -shm


def test_a_newer_sqlite_schema_is_named(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    SQLiteStore(str(db)).close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', 'now')")
    with pytest.raises(StoreError, match="newer storyline \\(schema 9999_from_the_future\\)"):
        SQLiteStore(str(db))


def test_a_new_and_an_empty_file_are_created(tmp_path: Path) -> None:
    (tmp_path / "empty.db").touch()
    for name in ("empty.db", "new.db"):
        store = SQLiteStore(str(tmp_path / name))
        assert store.article_count() == 0
        store.close()


@pytest.mark.postgres
def test_a_foreign_postgres_database_is_refused(pg_fresh_url: str) -> None:
    with psycopg.connect(pg_fresh_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    with pytest.raises(StoreError, match="did not create \\(tables: invoices\\)"):
        PostgresStore(pg_fresh_url)
    with psycopg.connect(pg_fresh_url, autocommit=True) as conn:
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
    assert tables == [("invoices",)]


@pytest.mark.postgres
def test_a_newer_postgres_schema_is_named(pg_fresh_url: str) -> None:
    PostgresStore(pg_fresh_url).close()
    with psycopg.connect(pg_fresh_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_migrations (name) VALUES ('9999_from_the_future')")
    with pytest.raises(StoreError, match="newer storyline"):
        PostgresStore(pg_fresh_url)
