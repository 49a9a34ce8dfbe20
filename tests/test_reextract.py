"""`storyline reextract` (#16): new extractions after an upgrade, the events and every user
correction kept, the living-record rows rebuilt; killed with SIGKILL mid-run, the store stays
consistent and a second run finishes the work. Real SQLite and PostgreSQL stores, the real
pipeline, the bundled examples."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest

from storyline.extract import EXTRACTOR_NAME
from storyline.living import load_event_record, record_rows
from storyline.service import Storyline
from storyline.store import Store
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
INPUTS = [str(EXAMPLES / "articles.jsonl"), str(EXAMPLES / "text")]
OLD_EXTRACTOR = "storyline-extract/0-before-the-upgrade"


def _corrected(app: Storyline) -> dict[str, tuple[str, bool]]:
    """Ingest the examples, then correct the clustering as a user would: move one report of
    the largest event into the smallest one. Returns the memberships after the correction."""
    assert app.ingest(INPUTS).failed == ()
    events = sorted(app.list_events(), key=lambda e: e["article_count"])
    moved = events[-1]["article_ids"][-1]
    app.move(moved, events[0]["id"], reason="the user says it belongs here")
    return _memberships(app.store)


def _memberships(store: Store) -> dict[str, tuple[str, bool]]:
    found = {}
    for row in store.list_events():
        for member in store.event_memberships(row.id):
            found[member.article_id] = (member.event_id, member.by_user)
    return found


def _assert_consistent(store: Store) -> None:
    """Every event's rows and cached summary are what its articles and extractions give."""
    for row in store.list_events():
        record = load_event_record(store, row)
        extractions = store.get_extractions(record.article_ids)
        summary, facts = record_rows(record, extractions)
        assert store.fact_rows(row.id) == facts, row.id
        assert store.summary_row(row.id) == summary, row.id
        assert row.summary is not None
        assert Storyline(store)._summary(row, None) == record.to_summary_json()


def _outdated(store: Store) -> int:
    return len(store.extraction_ids(not_by=EXTRACTOR_NAME))


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres",
                                                            marks=pytest.mark.postgres)])
def test_reextract_rebuilds_the_rows_and_keeps_corrections(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    store: Store
    if backend == "sqlite":
        store = SQLiteStore(str(tmp_path / "s.db"))
    else:
        store = PostgresStore(request.getfixturevalue("pg_fresh_url"))
    with Storyline(store) as app:
        before = _corrected(app)
        audit = app.store.audit_entries()
        assert _outdated(app.store) == 0
        assert app.reextract().articles == 0  # nothing from another extractor: nothing to do
        _mark_outdated(app.store, backend, request)
        assert _outdated(app.store) == len(before)
        seen: list[int] = []
        report = app.reextract(batch=4, progress=seen.append)
        assert (report.articles, report.left, report.extractor) == (len(before), 0, EXTRACTOR_NAME)
        assert sum(seen) == len(before) and max(seen) <= 4
        assert _memberships(app.store) == before  # the user's move is still there, by_user
        assert app.store.audit_entries() == audit
        assert {f.extractor for e in app.store.list_events()
                for f in app.store.fact_rows(e.id)} == {EXTRACTOR_NAME}
        _assert_consistent(app.store)


def _mark_outdated(store: Store, backend: str, request: pytest.FixtureRequest) -> None:
    """As a store written by an older extractor: same data, another extractor name."""
    if backend == "sqlite":
        assert isinstance(store, SQLiteStore)
        with sqlite3.connect(store.path) as conn:
            conn.execute("UPDATE extractions SET extractor = ?", (OLD_EXTRACTOR,))
        return
    with psycopg.connect(request.getfixturevalue("pg_fresh_url")) as conn:
        conn.execute("UPDATE extractions SET extractor = %s", (OLD_EXTRACTOR,))


def test_a_killed_reextract_leaves_a_consistent_store(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Storyline(SQLiteStore(str(db))) as app:
        before = _corrected(app)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE extractions SET extractor = ?", (OLD_EXTRACTOR,))
    total = len(before)
    command = [sys.executable, "-m", "storyline", "--db", str(db), "reextract", "--batch", "1",
               "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            with sqlite3.connect(db) as conn:
                left = conn.execute("SELECT count(*) FROM extractions WHERE extractor = ?",
                                    (OLD_EXTRACTOR,)).fetchone()[0]
            if left <= total - 2:  # a couple of batches are in: kill it inside the next one
                break
            time.sleep(0.05)
        assert process.poll() is None, "reextract ended before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    with Storyline(SQLiteStore(str(db))) as app:
        left = _outdated(app.store)
        assert 0 < left < total  # interrupted half-way
        _assert_consistent(app.store)  # no batch half-written
        assert _memberships(app.store) == before
        report = app.reextract()
        assert (report.articles, report.left) == (left, 0)
        _assert_consistent(app.store)
        assert _memberships(app.store) == before
