"""Benchmark of "what changed" (issues 16 and 18): how many steps the net view since T hid, and
how long the one change detector takes, on the development sources' articles.

For each source the articles are ingested (publication order) into a fresh SQLite store; T is
the median report time. Then:
- steps: the count transitions `changes --since T` lists (rise, fall, correction, disputed...);
- net: the (event, count category) pairs whose value at the end differs from the value at T,
  what the former detector listed (one line each); `hidden` = steps beyond the first of each
  (event, category) pair with more than one step since T, that the net view collapsed;
- seconds (wall and CPU) for `compute_changes(store, T)` over the whole store (median of 3),
  and wall seconds for the alert path `changes_from_reports` over the last 50 reports ingested.

    .venv/bin/python benchmarks/bench_changes.py [--source gva ...] [--limit N] [--keep DIR]

Prints one JSON object per source. A source without publication times (ecbplus) has every
report at its ingest time, so it has no "since T" to measure and says so.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from storyline.reconcile.changes import Change, changes_from_reports, compute_changes
from storyline.reconcile.facts import report_time
from storyline.service import Storyline

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
SOURCES = {
    "gva": ["gva/articles.jsonl"],
    "t17-egypt": ["t17/egypt/articles.jsonl"],
    "t17-finan": ["t17/finan/articles.jsonl"],
    "t17-h1n1": ["t17/h1n1/articles.jsonl"],
    "t17-haiti": ["t17/haiti/articles.jsonl"],
    "ecbplus": ["ecbplus/articles.jsonl"],
    "acled": ["acled/articles.jsonl"],
    "acled_africa": ["acled_africa/articles.jsonl"],
    "gtd": ["gtd/articles.jsonl"],
}
FACT_KINDS = ("fact_changed", "fact_status")


def limited_copy(paths: list[Path], limit: int | None, folder: Path) -> list[str]:
    if limit is None:
        return [str(p) for p in paths]
    out = folder / "limited.jsonl"
    with out.open("w", encoding="utf-8") as sink:
        for path in paths:
            with path.open(encoding="utf-8") as lines:
                for number, line in enumerate(lines):
                    if number >= limit:
                        break
                    sink.write(line)
    return [str(out)]


def net_view(changes: list[Change]) -> dict[str, int]:
    """Per (event, category): the steps since T, and whether the net value changed."""
    groups: dict[tuple[str, str], list[Change]] = {}
    for change in changes:
        if change.kind in FACT_KINDS and change.category:
            groups.setdefault((change.event_id, change.category), []).append(change)
    net = hidden = 0
    for steps in groups.values():
        moved = [c for c in steps if c.kind == "fact_changed"]
        if moved and _value(moved[0].old) != _value(moved[-1].new):
            net += 1
        hidden += max(0, len(steps) - 1)
    return {"pairs": len(groups), "net": net, "hidden": hidden}


def _value(fact: Any) -> tuple[Any, ...] | None:
    return None if fact is None else (fact.value, fact.qualifier, fact.low, fact.high)


def measure(name: str, inputs: list[str], folder: Path) -> dict[str, Any]:
    db = folder / f"{name}.db"
    started = time.perf_counter()
    with Storyline.open(str(db)) as app:
        report = app.ingest(inputs)
        ingest_seconds = time.perf_counter() - started
        store = app.store
        rows = store.list_events()
        ids = [m.article_id for row in rows for m in store.event_memberships(row.id)]
        stored = store.get_articles(ids)
        dated = sum(1 for s in stored if s.article.published is not None)
        result: dict[str, Any] = {"source": name, "articles": len(stored), "events": len(rows),
                                  "dated": dated, "ingest_s": round(ingest_seconds, 1)}
        if dated < len(stored) / 2:
            result["note"] = "most reports have no publication time: no 'since T' to measure"
            return result
        times = sorted(report_time(s) for s in stored)
        since: datetime = times[len(times) // 2]
        seconds, cpu, changes = [], [], []
        for _ in range(3):
            began, began_cpu = time.perf_counter(), time.process_time()
            changes = compute_changes(store, since)
            seconds.append(time.perf_counter() - began)
            cpu.append(time.process_time() - began_cpu)
        kinds = Counter(c.kind for c in changes)
        steps = Counter(c.step for c in changes if c.kind in FACT_KINDS)
        latest = [s.article.id for s in sorted(stored, key=lambda s: s.ingested_at)[-50:]]
        began = time.perf_counter()
        caused = changes_from_reports(store, latest)
        alert_seconds = time.perf_counter() - began
        result.update({
            "since": since.isoformat(), "changes": len(changes), "kinds": dict(kinds),
            "fact_steps": dict(steps), **net_view(changes),
            "changes_s": round(statistics.median(seconds), 3),
            "changes_cpu_s": round(statistics.median(cpu), 3),
            "alert_path_s_50_reports": round(alert_seconds, 3), "alert_changes": len(caused),
            "failed_inputs": len(report.failed),
        })
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", action="append", choices=sorted(SOURCES))
    parser.add_argument("--limit", type=int, help="At most this many articles per source.")
    parser.add_argument("--keep", type=Path, help="Keep the stores in this folder.")
    args = parser.parse_args()
    for name in args.source or list(SOURCES):
        paths = [DATA / p for p in SOURCES[name]]
        if not all(p.exists() for p in paths):
            print(json.dumps({"source": name, "note": f"missing {paths}"}))
            continue
        with tempfile.TemporaryDirectory() as temp:
            folder = args.keep or Path(temp)
            folder.mkdir(parents=True, exist_ok=True)
            inputs = limited_copy(paths, args.limit, folder)
            print(json.dumps({**measure(name, inputs, folder), "load": os.getloadavg()[0]}),
                  flush=True)


if __name__ == "__main__":
    main()
