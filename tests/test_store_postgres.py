"""What only the PostgreSQL store promises: concurrent writers, pooled threads, clear errors."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime

import psycopg
import pytest

from conftest import PgServer
from storyline.errors import StoreError
from storyline.records import Article, DedupVerdict
from storyline.store.postgres import PostgresStore, redact

pytestmark = pytest.mark.postgres

T0 = datetime(2024, 3, 1, tzinfo=UTC)
ARTICLES_PER_WRITER = 50
PER_TRANSACTION = 1

# Opens the store, waits for "go" on stdin, then assigns its articles to the shared event, a few
# per transaction, so that the two writers' transactions overlap.
ASSIGNER = textwrap.dedent(
    """
    import sys
    import time
    from datetime import UTC, datetime
    from storyline.store.postgres import PostgresStore

    url, prefix, count, per = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    store = PostgresStore(url)
    print("ready", flush=True)
    sys.stdin.readline()
    for start in range(0, count, per):
        with store.transaction():
            for i in range(start, min(start + per, count)):
                store.assign_article(f"{prefix}{i}", "shared", score=0.5, reason="concurrent",
                                     at=datetime.now(UTC))
            time.sleep(0.003)  # a real batch keeps working (extracting) before it commits
    store.close()
    """
)

# One statement, one snapshot: the cached count against the memberships actually committed.
COUNT_CHECK = (
    "SELECT article_count, (SELECT count(*) FROM memberships WHERE event_id = 'shared') "
    "FROM events WHERE id = 'shared'"
)


def watch_counts(url: str, writers: list[subprocess.Popen[str]]) -> list[tuple[int, int]]:
    """Every committed state seen while the writers run in which the count was wrong."""
    wrong: list[tuple[int, int]] = []
    with psycopg.connect(url, autocommit=True) as conn:
        while any(writer.poll() is None for writer in writers):
            row = conn.execute(COUNT_CHECK).fetchone()
            assert row is not None
            if row[0] != row[1]:
                wrong.append((row[0], row[1]))
    return wrong


def test_two_processes_assigning_to_one_event_lose_no_update(pg_fresh_url: str) -> None:
    store = PostgresStore(pg_fresh_url)
    prefixes = ["p", "q"]
    with store.transaction():
        store.create_event("shared", "Shared event", T0)
        for prefix in prefixes:
            for i in range(ARTICLES_PER_WRITER):
                published = datetime(2024, 3, 1 + i % 20, tzinfo=UTC)
                store.add_article(
                    Article(f"{prefix}{i}", f"report {prefix}{i}", published=published),
                    DedupVerdict("new"),
                    f"{prefix}{i}",
                    None,
                )
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                ASSIGNER,
                pg_fresh_url,
                prefix,
                str(ARTICLES_PER_WRITER),
                str(PER_TRANSACTION),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for prefix in prefixes
    ]
    try:
        for writer in writers:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        for writer in writers:  # start both at once
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        wrong_counts = watch_counts(pg_fresh_url, writers)
        outcomes = [writer.communicate(timeout=120) for writer in writers]
        assert [writer.returncode for writer in writers] == [0, 0], outcomes
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
    assert wrong_counts == []  # no committed state ever lost an assignment
    event = store.get_event("shared")
    assert event is not None
    assert event.article_count == 2 * ARTICLES_PER_WRITER
    assert len(store.event_memberships("shared")) == 2 * ARTICLES_PER_WRITER
    assert event.first_reported == datetime(2024, 3, 1, tzinfo=UTC)
    assert event.last_reported == datetime(2024, 3, 20, tzinfo=UTC)
    store.close()


def wait_for_lock_wait(url: str) -> None:
    """Return once some session of the server waits for a lock (or fail after 30 s)."""
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(3000):
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            ).fetchone()
            if row and row[0]:
                return
            time.sleep(0.01)
    raise AssertionError("the second writer never waited for the first one's lock")


def test_an_assignment_waits_for_the_open_one_and_counts_it(pg_fresh_url: str) -> None:
    """The lost update, forced: B recounts while A's assignment is not yet committed."""
    first, second = PostgresStore(pg_fresh_url), PostgresStore(pg_fresh_url)
    with first.transaction():
        first.create_event("shared", "Shared", T0)
        for article_id, day in [("a", 1), ("b", 2)]:
            published = datetime(2024, 3, day, tzinfo=UTC)
            first.add_article(
                Article(article_id, "x", published=published), DedupVerdict("new"), article_id, None
            )

    def assign_b() -> None:
        with second.transaction():
            second.assign_article("b", "shared", score=None, reason="b", at=T0)

    with first.transaction():
        first.assign_article("a", "shared", score=None, reason="a", at=T0)
        writer_b = threading.Thread(target=assign_b)
        writer_b.start()
        wait_for_lock_wait(pg_fresh_url)  # B is blocked behind A's open transaction
    writer_b.join(timeout=30)
    event = first.get_event("shared")
    assert event is not None
    assert (event.article_count, event.last_reported) == (2, datetime(2024, 3, 2, tzinfo=UTC))
    first.close()
    second.close()


def test_batches_touching_events_in_opposite_orders_do_not_deadlock(pg_fresh_url: str) -> None:
    first, second = PostgresStore(pg_fresh_url), PostgresStore(pg_fresh_url)
    with first.transaction():
        for event_id in ["e1", "e2"]:
            first.create_event(event_id, event_id, T0)
        for article_id in "abcd":
            first.add_article(Article(article_id, "x"), DedupVerdict("new"), article_id, None)
    started = threading.Event()
    errors: list[BaseException] = []

    def batch_b() -> None:  # e2 then e1
        started.wait(timeout=30)
        try:
            with second.transaction():
                second.assign_article("c", "e2", score=None, reason="b", at=T0)
                second.assign_article("d", "e1", score=None, reason="b", at=T0)
        except BaseException as error:  # reported below
            errors.append(error)

    writer_b = threading.Thread(target=batch_b)
    writer_b.start()
    with first.transaction():  # e1 then e2
        first.assign_article("a", "e1", score=None, reason="a", at=T0)
        started.set()
        wait_for_lock_wait(pg_fresh_url)
        first.assign_article("b", "e2", score=None, reason="a", at=T0)
    writer_b.join(timeout=30)
    assert errors == []
    counts = [first.get_event(e).article_count for e in ["e1", "e2"]]  # type: ignore[union-attr]
    assert counts == [2, 2]
    first.close()
    second.close()


def test_pooled_reads_from_many_threads(pg_fresh_url: str) -> None:
    store = PostgresStore(pg_fresh_url, pool_size=2)  # fewer connections than threads
    with store.transaction():
        store.add_article(Article("a", "river flood"), DedupVerdict("new"), "h", None)
    errors: list[BaseException] = []

    def read_many() -> None:
        try:
            for _ in range(30):
                assert store.has_article("a")
                assert store.search_articles("flood")[0].article_id == "a"
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=read_many) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    store.close()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens once the socket is closed


def test_unreachable_server_is_a_one_line_store_error() -> None:
    url = f"postgresql://someone:secret@127.0.0.1:{_closed_port()}/storyline"
    with pytest.raises(StoreError, match="cannot open PostgreSQL store") as caught:
        PostgresStore(url, connect_timeout=2)
    message = str(caught.value)
    assert "\n" not in message
    assert "secret" not in message and "someone:***@127.0.0.1" in message
    assert "check that the server is running" in message


def test_missing_database_is_a_store_error(pg_server_url: str) -> None:
    url = pg_server_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(StoreError, match="no_such_database"):
        PostgresStore(url)


def test_concurrent_first_opens_migrate_once(pg_fresh_url: str) -> None:
    opener = (
        "import sys; from storyline.store.postgres import PostgresStore; "
        "PostgresStore(sys.argv[1]).close()"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", opener, pg_fresh_url], stderr=subprocess.PIPE)
        for _ in range(3)
    ]
    errors = [proc.communicate(timeout=60)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0], errors
    store = PostgresStore(pg_fresh_url)
    assert [name for name, _ in store.applied_migrations()] == [
        "0001_initial", "0002_event_views", "0003_fact_versions"]
    store.close()


def test_a_new_database_is_migrated_in_its_default_schema(pg_server: PgServer) -> None:
    """The per-test schemas aside: a plain new database, as a team would create it."""
    name = f"fresh_{os.getpid()}"
    with psycopg.connect(pg_server.admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        store = PostgresStore(pg_server.url(name))
        with store.transaction():
            store.add_article(Article("a", "river flood"), DedupVerdict("new"), "h", None)
        store.close()
        again = PostgresStore(pg_server.url(name))
        assert [n for n, _ in again.applied_migrations()] == [
            "0001_initial", "0002_event_views", "0003_fact_versions"]
        assert again.search_articles("flooding")[0].article_id == "a"
        again.close()
        with psycopg.connect(pg_server.url(name)) as conn:
            row = conn.execute("SELECT to_regclass('public.articles') IS NOT NULL").fetchone()
            assert row == (True,)
    finally:
        with psycopg.connect(pg_server.admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_closed_store_raises_store_errors(pg_fresh_url: str) -> None:
    store = PostgresStore(pg_fresh_url)
    store.close()
    with pytest.raises(StoreError, match="no database connection"):
        store.get_article("a")
    with pytest.raises(StoreError, match="no database connection"), store.transaction():
        pass  # pragma: no cover


def test_redact_hides_only_the_password() -> None:
    assert redact("postgresql://u:p%40ss@h:5432/db") == "postgresql://u:***@h:5432/db"
    assert redact("postgresql://u@h/db") == "postgresql://u@h/db"
