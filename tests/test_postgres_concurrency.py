"""Two `storyline ingest` processes write to one PostgreSQL store at the same time.

Both add reports of the same (invented) incidents, whose events a first ingest created, in small
batches so that their transactions interleave; a third process reads meanwhile. Afterwards
nothing may be lost: every article is stored once with its extraction and its event, each
event's article count equals its memberships, the clusterer's persisted state counts every
member (a writer that saved a stale state would drop the other's articles from it), and every
event's summary lists all its articles.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from storyline.cluster.state import decode_state
from storyline.store.postgres import PostgresStore

pytestmark = pytest.mark.postgres

STORYLINE = [sys.executable, "-m", "storyline"]
# Invented places and people: distinctive names keep each incident's reports together.
INCIDENTS = [
    ("Quillbrook", "Harrow Street market", "Odalys Fenwright", "shooting"),
    ("Marrowfield", "Tessel Road bus depot", "Ignatius Pellow", "explosion"),
    ("Brackenmoor", "Velloway shopping arcade", "Cosima Drayle", "stabbing attack"),
    ("Thistlecombe", "Ardent Lane school", "Barnaby Quorrell", "shooting"),
    ("Wexhollow", "Grimsby Quay ferry terminal", "Philippa Strand", "bombing"),
    ("Fennimore Cross", "Lantern Hill stadium", "Octavian Merriwether", "arson attack"),
]
REPORTS_PER_WRITER = 5


def report(incident: int, number: int) -> dict[str, str]:
    town, venue, official, kind = INCIDENTS[incident]
    day = date(2024, 3, 1) + timedelta(days=3 * incident)
    killed, injured = 2 + number, 5 + 2 * number
    text = (
        f"{town}: A {kind} at the {venue} in {town} on {day:%B} {day.day} killed {killed} "
        f"people and injured {injured} others, said {official}, a spokesperson for the {town} "
        f"police. Update {number}: investigators at the {venue} questioned witnesses and "
        f"{official} said the toll could rise. Residents of {town} gathered near the {venue}."
    )
    published = day + timedelta(days=min(number, 2))
    return {
        "id": f"inc{incident}-r{number:02d}",
        "published": f"{published.isoformat()}T{8 + number % 12:02d}:00:00Z",
        "title": f"{kind.capitalize()} at {venue} in {town}: {killed} dead",
        "text": text,
        "source": f"paper{number % 3}.example",
    }


def write_jsonl(path: Path, numbers: list[int]) -> list[str]:
    rows = [report(i, n) for n in numbers for i in range(len(INCIDENTS))]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    return [row["id"] for row in rows]


def run_cli(url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*STORYLINE, "--db", url, *args], capture_output=True, text=True, timeout=600, check=False
    )


def start_writer(url: str, path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "STORYLINE_BATCH_SIZE": "2"}  # many small, interleaving transactions
    return subprocess.Popen(
        [*STORYLINE, "--db", url, "ingest", "--json", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def read_while_running(url: str, writers: list[subprocess.Popen[str]]) -> list[int]:
    """`events --json` in a third process until the writers end: the event counts it saw."""
    seen: list[int] = []
    while any(w.poll() is None for w in writers) or not seen:
        done = run_cli(url, "events", "--json")
        assert done.returncode == 0, done.stderr
        seen.append(len(json.loads(done.stdout)))
        time.sleep(0.2)
    return seen


def test_two_writers_and_a_reader_lose_nothing(pg_fresh_url: str, tmp_path: Path) -> None:
    url = pg_fresh_url
    seed_ids = write_jsonl(tmp_path / "seed.jsonl", [0])
    seeded = run_cli(url, "ingest", "--json", str(tmp_path / "seed.jsonl"))
    assert seeded.returncode == 0, seeded.stderr
    first = write_jsonl(tmp_path / "a.jsonl", list(range(1, 2 * REPORTS_PER_WRITER, 2)))
    second = write_jsonl(tmp_path / "b.jsonl", list(range(2, 2 * REPORTS_PER_WRITER + 1, 2)))
    writers = [start_writer(url, tmp_path / name) for name in ("a.jsonl", "b.jsonl")]
    seen = read_while_running(url, writers)
    for writer in writers:
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
        assert json.loads(out)["ingested"] == len(first)
    assert seen[0] >= len(INCIDENTS) and seen == sorted(seen)
    check_nothing_lost(url, seed_ids + first + second)


def check_nothing_lost(url: str, article_ids: list[str]) -> None:
    store = PostgresStore(url)
    try:
        assert store.article_count() == len(article_ids)
        stored = store.get_articles(article_ids)
        assert sorted(a.article.id for a in stored) == sorted(article_ids)
        assert set(store.get_extractions(article_ids)) == set(article_ids)
        members: Counter[str] = Counter()
        for article in stored:
            assert article.event_id is not None, article.article.id
            members[article.event_id] += 1
        states = {eid: decode_state(data) for eid, data in store.iter_cluster_states()}
        for event_id, count in members.items():
            event = store.get_event(event_id)
            assert event is not None and event.article_count == count, event_id
            assert states[event_id].articles == count, f"stale cluster state of {event_id}"
            assert event.summary is not None
            summary = json.loads(event.summary)
            assert sorted(summary["article_ids"]) == sorted(
                m.article_id for m in store.event_memberships(event_id)
            )
        # The writers joined the seeded events rather than founding copies of them.
        incidents = {article.article.id.split("-")[0] for article in stored}
        assert len(members) == len(incidents) == len(INCIDENTS)
    finally:
        store.close()
