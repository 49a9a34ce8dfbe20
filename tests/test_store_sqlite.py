"""What only the SQLite store promises: WAL, readers beside a writer process, threads, paths."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyline.errors import StoreError
from storyline.records import Article, DedupVerdict
from storyline.store.sqlite import SQLiteStore, fts5_query, split_statements

NEW = DedupVerdict("new")
T0 = datetime(2024, 3, 1, tzinfo=UTC)

# A child process that opens the store, writes inside a transaction and holds it open until
# told to finish on stdin.
WRITER = textwrap.dedent(
    """
    import sys
    from storyline.records import Article, DedupVerdict
    from storyline.store.sqlite import SQLiteStore

    store = SQLiteStore(sys.argv[1])
    with store.transaction():
        store.add_article(Article("from-child", "written by the child process"),
                          DedupVerdict("new"), "child-hash", None)
        print("holding", flush=True)
        sys.stdin.readline()
    store.close()
    print("committed", flush=True)
    """
)


def seeded(path: Path) -> SQLiteStore:
    store = SQLiteStore(str(path))
    with store.transaction():
        store.add_article(
            Article("seed", "a river flooded the valley", title="Flood"), NEW, "h", None
        )
        store.create_event("e1", "Flood", T0)
        store.assign_article("seed", "e1", score=None, reason="new", at=T0)
    return store


def test_the_file_is_in_wal_mode_with_fts(sqlite_store: SQLiteStore) -> None:
    raw = sqlite3.connect(sqlite_store.path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        assert {"articles_fts", "schema_migrations", "articles"} <= tables
    finally:
        raw.close()


def test_the_fts_index_follows_updates_and_deletes(tmp_path: Path) -> None:
    store = seeded(tmp_path / "fts.db")
    raw = sqlite3.connect(store.path)
    try:
        with raw:  # e.g. a future migration or a repair rewriting a text
            raw.execute("UPDATE articles SET title = 'Wildfire', text = 'smoke over hills'")
        assert store.search_articles("flooded") == []
        assert [h.article_id for h in store.search_articles("wildfire smoke")] == ["seed"]
        with raw:
            raw.execute("DELETE FROM memberships")
            raw.execute("DELETE FROM articles")
        assert store.search_articles("smoke") == []
        # Raises "database disk image is malformed" if index and content disagree.
        raw.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    finally:
        raw.close()
        store.close()


def test_readers_keep_working_while_another_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    reader = seeded(path)
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "holding", child.stderr.read()  # type: ignore[union-attr]
        # The child holds the write lock: a second writer times out quickly...
        impatient = SQLiteStore(str(path), busy_timeout_ms=200)  # opening needs no lock
        with pytest.raises(StoreError, match="write lock"), impatient.transaction():
            pass  # pragma: no cover
        # ...while readers, old and new, read the last committed state.
        for store in (reader, impatient):
            assert store.has_article("seed")
            assert not store.has_article("from-child")
            assert [e.id for e in store.list_events()] == ["e1"]
            assert [h.article_id for h in store.search_articles("flooded")] == ["seed"]
        impatient.close()
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "committed"
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert reader.has_article("from-child")
    reader.close()


def test_threads_read_concurrently_with_their_own_connections(tmp_path: Path) -> None:
    store = seeded(tmp_path / "threads.db")
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []
    open_while_reading: list[int] = []

    def read_many() -> None:
        try:
            barrier.wait(timeout=30)
            assert store.has_article("seed")
            barrier.wait(timeout=30)  # every reader holds its connection now
            open_while_reading.append(len(store._connections))
            barrier.wait(timeout=30)
            for _ in range(50):
                assert store.get_article("seed") is not None
                assert store.event_count() == 1
                assert store.search_articles("river")[0].article_id == "seed"
        except BaseException as error:  # reported below, with the failing thread's error
            errors.append(error)

    threads = [threading.Thread(target=read_many) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert open_while_reading == [5] * 4  # the opening thread's and one per reader
    assert len(store._connections) == 1  # each reader's was closed when its thread ended
    assert store.get_article("seed") is not None
    store.close()


def test_closed_store_refuses_use(tmp_path: Path) -> None:
    store = seeded(tmp_path / "closed.db")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.get_article("seed")


@pytest.mark.parametrize(
    ("make_path", "message"),
    [
        (lambda tmp: tmp / "no" / "such" / "dir" / "x.db", "does not exist"),
        (lambda tmp: tmp, "is a directory"),
    ],
)
def test_bad_paths_say_what_to_do(tmp_path: Path, make_path: object, message: str) -> None:
    path = make_path(tmp_path)  # type: ignore[operator]
    with pytest.raises(StoreError, match=message) as caught:
        SQLiteStore(str(path))
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some text, not SQLite\n" * 100)
    with pytest.raises(StoreError, match=r"not a usable SQLite database|cannot open") as caught:
        SQLiteStore(str(path))
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_sqlite_url_prefix_is_accepted(tmp_path: Path) -> None:
    store = SQLiteStore(f"sqlite:///{tmp_path / 'prefixed.db'}")
    assert Path(store.path) == tmp_path / "prefixed.db"
    store.close()


def test_split_statements_keeps_triggers_whole() -> None:
    script = """
    -- a comment; with a semicolon
    CREATE TABLE t (x TEXT);
    CREATE TRIGGER tr AFTER INSERT ON t BEGIN
        INSERT INTO t (x) VALUES ('a;b');
        DELETE FROM t WHERE x = 'c';
    END;
    """
    statements = split_statements(script)
    assert len(statements) == 2
    assert statements[1].startswith("CREATE TRIGGER") and statements[1].endswith("END;")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("river flood", '"river" "flood"'),
        ('"old town" bridge', '"old town" "bridge"'),
        ("river -flood", '"river" NOT "flood"'),
        ("flood OR fire", '"flood" OR "fire"'),
        ('say "hi', '"say" "hi"'),
        ("OR river OR", '"river"'),
        ("-only", ""),
        ("* ( )", ""),
        ('a"b', '"a b"'),
    ],
)
def test_fts5_query_quotes_every_term(query: str, expected: str) -> None:
    assert fts5_query(query) == expected
