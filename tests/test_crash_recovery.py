"""Killing an ingest with SIGKILL leaves nothing half-written; a rerun completes the job."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storyline.store import Store, open_store

CITIES = ["Arden", "Belmont", "Corvale", "Dunmore", "Eastwick", "Fairhaven", "Glenrock"]
KINDS = [
    ("shooting", "{n} people were shot outside a bar in {city} on {day}, police said."),
    ("fire", "A fire tore through an apartment block in {city} on {day}, injuring {n} residents."),
    ("flood", "Flooding in {city} forced {n} families from their homes on {day}, officials said."),
]


def synthetic_articles(count: int, seed: int = 7) -> list[dict[str, object]]:
    """Invented, varied short reports: several per incident, incidents spread over weeks."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    articles = []
    for i in range(count):
        incident = i // 3
        kind, template = KINDS[incident % len(KINDS)]
        city = CITIES[incident % len(CITIES)]
        day = start + timedelta(days=incident // 2)
        lead = template.format(n=2 + incident % 9, city=city, day=day.strftime("%A"))
        filler = " ".join(
            rng.choice(["Witnesses", "Neighbours", "Officials", "Residents"])
            + f" described scene {rng.randint(1, 10**6)} to reporters."
            for _ in range(4)
        )
        articles.append(
            {
                "id": f"crash-{i:05d}",
                "published": (day + timedelta(hours=2 + i % 3)).isoformat(),
                "title": f"{kind.title()} in {city} (incident {incident})",
                "text": f"{lead} {filler}",
                "source": f"outlet{i % 4}.example",
            }
        )
    return articles


def start_ingest(db: Path, source: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--quiet", str(source)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_for_some_commits(db: Path, process: subprocess.Popen[bytes], minimum: int) -> int:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                with open_store(str(db)) as store:
                    stored = store.article_count()
            except Exception:  # the schema may not exist yet in the first instants
                stored = 0
            if stored >= minimum:
                return stored
        time.sleep(0.05)
    raise AssertionError("the ingest finished or stalled before it could be killed")


def assert_consistent(store: Store) -> None:
    """Every stored article has its facts and an event; every event's counts are right."""
    events = store.list_events()
    member_ids = set()
    for event in events:
        memberships = store.event_memberships(event.id)
        assert event.article_count == len(memberships) > 0
        member_ids.update(m.article_id for m in memberships)
        assert event.summary is not None, f"event {event.id} has no summary"
    assert len(member_ids) == store.article_count()
    for article_id in member_ids:
        assert store.get_extraction(article_id) is not None


def partition(store: Store) -> set[frozenset[str]]:
    return {
        frozenset(m.article_id for m in store.event_memberships(event.id))
        for event in store.list_events()
    }


def test_kill_9_mid_ingest_then_rerun_completes(tmp_path: Path) -> None:
    articles = synthetic_articles(900)
    source = tmp_path / "stream.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles))
    db = tmp_path / "crash.db"

    process = start_ingest(db, source)
    stored_before_kill = wait_for_some_commits(db, process, minimum=64)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    with open_store(str(db)) as store:
        assert 0 < store.article_count() < len(articles), stored_before_kill
        assert_consistent(store)

    rerun = subprocess.run(
        [sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--json", str(source)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    report = json.loads(rerun.stdout)
    with open_store(str(db)) as store:
        assert store.article_count() == len(articles)
        assert report["ingested"] + report["duplicates"] == len(articles)
        assert_consistent(store)
        resumed = partition(store)

    clean_db = tmp_path / "clean.db"
    clean = subprocess.run(
        [
            sys.executable,
            "-m",
            "storyline",
            "--db",
            str(clean_db),
            "ingest",
            "--quiet",
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert clean.returncode == 0, clean.stderr
    with open_store(str(clean_db)) as store:
        assert partition(store) == resumed
