"""Throughput of the date, place and claim extractors on 500-word news articles.

Run: .venv/bin/python benchmarks/bench_when_where_who.py [N]
Reads GVA articles from ../shared/data (beside the repository) when present, cut to 500 words;
otherwise repeats a built-in article. Prints articles per second for each extractor and for
the three together, single process (the target is >= 100 articles/s for the whole extraction
on 2 cores, so these three must stay well above that).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from storyline.extract.claims import find_claims
from storyline.extract.dates import resolve_event_date
from storyline.extract.gazetteer import load_gazetteer
from storyline.extract.places import find_places

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gva" / "articles.jsonl"
FALLBACK = (
    "SPRINGFIELD, Ill. (AP) — Two people were killed and three wounded in a shooting early "
    "Saturday outside a nightclub on the 1200 block of Main Street, police said. "
) * 20


def articles(count: int) -> list[tuple[str, datetime]]:
    if not DATA.exists():
        text = " ".join(FALLBACK.split()[:500])
        return [(text, datetime(2024, 3, 23, tzinfo=UTC))] * count
    found: list[tuple[str, datetime]] = []
    with DATA.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            words = record["text"].split()
            if len(words) >= 400:
                published = datetime.fromisoformat(record["published"]).replace(tzinfo=UTC)
                found.append((" ".join(words[:500]), published))
            if len(found) >= count:
                break
    return found


def rate(name: str, work: Callable[[str, datetime], object], corpus: list[tuple[str, datetime]]
         ) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    for text, published in corpus:
        work(text, published)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # CPU time is the figure to compare: other work on the machine inflates wall time.
    print(f"{name:<28} {len(corpus) / cpu:8.0f} articles/s of CPU time "
          f"({1000 * cpu / len(corpus):.2f} ms each; wall {len(corpus) / wall:.0f}/s)")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    started = time.perf_counter()
    load_gazetteer()
    print(f"gazetteer load               {time.perf_counter() - started:8.3f} s")
    corpus = articles(count)
    print(f"articles                     {len(corpus):8d} (500 words each)")
    for text, published in corpus[:50]:  # warm up: compiled patterns are cached on first use
        resolve_event_date(text, published), find_places(text), find_claims(text)
    rate("resolve_event_date", resolve_event_date, corpus)
    rate("find_places", lambda text, _: find_places(text), corpus)
    rate("find_claims", lambda text, _: find_claims(text), corpus)
    rate("all three", lambda text, published: (
        resolve_event_date(text, published), find_places(text), find_claims(text)), corpus)


if __name__ == "__main__":
    main()
