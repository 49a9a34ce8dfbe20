"""`real500`: CPU milliseconds per real 500-word article, in total and per extraction stage.

    .venv/bin/python benchmarks/bench_real500.py [--data ../shared/data] [--sources gva,ecbplus]
                                                 [--articles 200] [--rounds 3] [--stages]
    .venv/bin/python benchmarks/bench_real500.py --compare BASE/src NEW/src [--rounds 3] ...

The articles are the first `--articles` development articles of each source (in the order
`storyline ingest` reads them) with 400-600 words: dense crime news (GVA) and general news
(ECB+), which cost more than bench_extract's generated articles. Each round extracts them all
through `extract_many` (16 articles' sentences parsed in one batch, as ingest does) and reports
CPU time of this process (`time.process_time`), not wall time: on a machine shared with other
work CPU time moves far less. The parser and tables are loaded before timing. The figure is the
median of the rounds' CPU ms per article.

`--stages` also times each step `storyline.extract` takes (places, date candidates, count
candidates, parse requests, the parse, the count scan, claims, event date, totals, event type,
...) by wrapping the functions `_plan` and `_read` call, and prints each step's median ms per
article; the steps add up to about the total (the wrapping costs a few microseconds a call).

`--compare BASE_SRC NEW_SRC` runs the same measurement in child processes, alternating the two
trees' `src` directories on PYTHONPATH round after round (base, new, base, new, ...), so that a
load that changes during the run weighs on both alike; it prints both medians per source and
their difference. Give each tree its own XDG_CACHE_HOME when their gazetteers differ (the cache
is keyed by its version only).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
MIN_WORDS, MAX_WORDS = 400, 600

# The steps of `storyline.extract` timed by --stages: (module, function name) as `_plan` and
# `_read` call them (two are imported inside those functions, so patched at their modules).
_STAGES = (
    ("storyline.extract.places", "read_places"),
    ("storyline.extract", "date_candidates"),
    ("storyline.extract", "count_candidates"),
    ("storyline.extract", "_request_together"),
    ("storyline.extract", "parse_requested"),
    ("storyline.extract", "scan_counts"),
    ("storyline.extract", "_with_title_counts"),
    ("storyline.extract.claims", "find_claims"),
    ("storyline.extract", "resolve_event_date"),
    ("storyline.extract", "mark_earlier_incidents"),
    ("storyline.extract", "find_furniture"),
    ("storyline.extract", "compute_totals"),
    ("storyline.extract", "attack_target"),
    ("storyline.extract", "classify_event_type"),
    ("storyline.extract", "event_places_first"),
)


def real_articles(data: Path, source: str, count: int) -> list[Any]:
    from storyline.evaluate.datasets import load_articles

    articles = load_articles(data / source / "articles.jsonl")
    chosen = [a for a in articles if MIN_WORDS <= len(a.text.split()) <= MAX_WORDS]
    return chosen[:count]


def _timed(function: Callable[..., Any], spent: dict[str, float], name: str
           ) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
    return wrapper


def install_stage_timers(spent: dict[str, float]) -> None:
    import importlib

    for module_name, name in _STAGES:
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), spent, name))


def measure(data: Path, sources: list[str], count: int, rounds: int, stages: bool
            ) -> dict[str, Any]:
    """{source: {"articles", "words", "ms": [per round], "stages": {name: [per round]}}}."""
    from storyline.extract import extract_facts, extract_many

    spent: dict[str, float] = defaultdict(float)
    if stages:
        install_stage_timers(spent)
    result: dict[str, Any] = {}
    for source in sources:
        articles = real_articles(data, source, count)
        extract_facts(articles[0])  # load the parser, gazetteer and tables before timing
        rows: dict[str, Any] = {
            "articles": len(articles),
            "words": sum(len(a.text.split()) for a in articles) / len(articles),
            "ms": [], "stages": defaultdict(list)}
        for _ in range(rounds):
            spent.clear()
            started = time.process_time()
            for _ in extract_many(articles):
                pass
            rows["ms"].append((time.process_time() - started) * 1000 / len(articles))
            for name, seconds in spent.items():
                rows["stages"][name].append(seconds * 1000 / len(articles))
        result[source] = rows
    return result


def report(label: str, result: dict[str, Any]) -> None:
    for source, rows in result.items():
        runs = " ".join(f"{ms:.1f}" for ms in rows["ms"])
        print(f"{label}{source}: {rows['articles']} articles, {rows['words']:.0f} words on "
              f"average: {statistics.median(rows['ms']):.2f} ms CPU per article (median; "
              f"rounds {runs})")
        ranked = sorted(rows["stages"].items(), key=lambda item: -statistics.median(item[1]))
        for name, values in ranked:
            print(f"    {name:24s} {statistics.median(values):6.2f} ms")


def compare(base: str, new: str, args: argparse.Namespace) -> int:
    """Alternate the two trees round by round in child processes; print both medians."""
    figures: dict[str, dict[str, list[float]]] = {"base": defaultdict(list),
                                                   "new": defaultdict(list)}
    command = [sys.executable, __file__, "--data", str(args.data), "--sources",
               ",".join(args.sources), "--articles", str(args.articles), "--rounds", "1",
               "--json"]
    for round_number in range(args.rounds):
        for label, src in (("base", base), ("new", new)):
            environment = dict(os.environ, PYTHONPATH=src)
            done = subprocess.run(command, env=environment, capture_output=True, text=True,
                                  check=True)
            result = json.loads(done.stdout.splitlines()[-1])
            for source, rows in result.items():
                figures[label][source].extend(rows["ms"])
            shown = ", ".join(f"{s} {r['ms'][0]:.2f}" for s, r in result.items())
            print(f"round {round_number + 1} {label}: {shown} ms; load "
                  f"{os.getloadavg()[0]:.1f}", flush=True)
    for source in args.sources:
        old, now = (statistics.median(figures[label][source]) for label in ("base", "new"))
        print(f"{source}: base {old:.2f} ms, new {now:.2f} ms CPU per article (medians of "
              f"{args.rounds}): {now - old:+.2f} ms ({(now - old) / old:+.1%})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sources", type=lambda text: text.split(","),
                        default=["gva", "ecbplus"])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--stages", action="store_true", help="time each extraction step")
    parser.add_argument("--compare", nargs=2, metavar=("BASE_SRC", "NEW_SRC"))
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare, args)
    result = measure(args.data, args.sources, args.articles, args.rounds, args.stages)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    report("", result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
