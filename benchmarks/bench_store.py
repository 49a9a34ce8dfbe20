"""Store throughput and read latency on synthetic articles (no data set text).

    .venv/bin/python benchmarks/bench_store.py [--articles 10000] [--pg postgresql://...]

Writes ARTICLES articles in batches of 100 (article + extraction + assignment + event summary,
one event per 5 articles), then times the reads the web app and the pipeline make. SQLite runs
on a temporary file; PostgreSQL only when --pg names an (empty, throw-away) database.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from storyline.records import Article, DedupVerdict, Extraction
from storyline.store import Store
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore

WORDS = [f"w{i}" for i in range(5000)] + ["flood", "fire", "protest", "storm", "attack"]
BATCH = 100
PER_EVENT = 5
T0 = datetime(2024, 1, 1, tzinfo=UTC)


def synthetic_article(rng: random.Random, index: int) -> Article:
    words = rng.choices(WORDS, k=180)
    return Article(
        id=f"art-{index:07d}",
        text=" ".join(words),
        title=" ".join(words[:8]),
        published=T0 + timedelta(minutes=7 * index),
        url=f"https://news.example/{index}",
    )


def write_all(store: Store, count: int) -> float:
    rng = random.Random(7)
    started = time.perf_counter()
    for start in range(0, count, BATCH):
        with store.transaction():
            for index in range(start, min(start + BATCH, count)):
                article = synthetic_article(rng, index)
                signature = rng.randbytes(1024)
                store.add_article(article, DedupVerdict("new"), f"hash-{index}", signature)
                store.put_extraction(Extraction(article.id, "unknown", extractor="bench"))
                event_id = f"ev-{index // PER_EVENT:06d}"
                if index % PER_EVENT == 0:
                    store.create_event(event_id, article.title or "", T0)
                store.assign_article(article.id, event_id, score=0.8, reason="bench", at=T0)
                store.put_event_summary(event_id, '{"bench": true}')
    return time.perf_counter() - started


def per_call_ms(call: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def run(name: str, store: Store, count: int) -> None:
    seconds = write_all(store, count)
    print(f"[{name}] write {count} articles: {seconds:.1f} s ({count / seconds:.0f} articles/s)")
    middle = f"ev-{count // PER_EVENT // 2:06d}"
    reads: dict[str, Callable[[], object]] = {
        "list_events(limit=50)": lambda: store.list_events(limit=50),
        "list_events(offset=1000, limit=50)": lambda: store.list_events(offset=1000, limit=50),
        "list_events(all)": store.list_events,
        "list_events(reported_since, limit=50)": lambda: store.list_events(
            reported_since=T0 + timedelta(days=10), limit=50
        ),
        "event_count()": store.event_count,
        "event_memberships+get_articles": lambda: store.get_articles(
            [m.article_id for m in store.event_memberships(middle)]
        ),
        "search_articles('flood storm', 50)": lambda: store.search_articles("flood storm"),
        "find_by_url": lambda: store.find_by_url("https://news.example/17"),
    }
    for label, call in reads.items():
        print(f"[{name}] {label}: {per_call_ms(call, 20):.2f} ms (median of 20)")
    started = time.perf_counter()
    signatures = sum(1 for _ in store.iter_signatures())
    print(f"[{name}] iter_signatures ({signatures}): {time.perf_counter() - started:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--pg", help="URL of an empty PostgreSQL database to also measure")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sqlite = SQLiteStore(str(Path(tmp) / "bench.db"))
        run("sqlite", sqlite, args.articles)
        sqlite.close()
    if args.pg:
        postgres = PostgresStore(args.pg)
        run("postgres", postgres, args.articles)
        postgres.close()


if __name__ == "__main__":
    main()
