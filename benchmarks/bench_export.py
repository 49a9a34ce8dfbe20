"""Benchmark of `storyline export`: wall time and peak memory of each format over the store of
bench_web.py (10,000 single-report events and one story of 1,000 reports, filled through the
real pipeline; target: 10k events in under 10 s, with memory that does not grow with the number
of events).

Each export runs in a fresh process through the CLI, as a user runs it; its peak resident
memory (ru_maxrss) is compared with the same export of a sixth of the events (`--type fire`):
when the export streams, the two peaks are about the same.

    .venv/bin/python benchmarks/bench_export.py [--events 10000] [--reports 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_web import OUT, fill, refresh_cached_views

from storyline.exports import FORMATS
from storyline.service import Storyline

# Runs the CLI and prints its peak memory (VmHWM of its own address space: ru_maxrss would
# start from this parent's size, which Linux carries over into a forked child).
CHILD = """
import sys
from storyline.cli import main
try:
    main(sys.argv[1:])
except SystemExit as done:
    if done.code:
        raise
import resource
status = open("/proc/self/status").read().split("VmHWM:")[1]
usage = resource.getrusage(resource.RUSAGE_SELF)
print(int(status.split()[0]) // 1024, usage.ru_utime + usage.ru_stime, file=sys.stderr)
"""


def run_export(db: Path, name: str, extra: list[str]) -> tuple[float, int, int, float]:
    """(seconds, peak MB, output bytes, CPU seconds) of one export in a fresh process. The CPU
    time (user + system) is what the export costs however busy the machine is."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "export"
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", CHILD, "--db", str(db), "export", "--format", name,
             *extra, "-o", str(out)],
            capture_output=True, text=True, check=False,
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"export {name} failed: {done.stderr}")
        peak, cpu = done.stderr.strip().splitlines()[-1].split()
        return seconds, int(peak), out.stat().st_size, float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--reports", type=int, default=1_000)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"bench_web_{args.events}_{args.reports}.db"
    if not db.exists():
        fill(db, args.events, args.reports)
    with Storyline.open(str(db)) as storyline:
        refresh_cached_views(storyline)
        total = storyline.store.event_count()
    print(f"store: {total} events; load average {os.getloadavg()[0]:.1f}")
    results = {}
    for name in FORMATS:
        seconds, peak, size, cpu = run_export(db, name, [])
        part_seconds, part_peak, _, part_cpu = run_export(db, name, ["--type", "fire"])
        results[name] = {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2),
                         "peak_mb": peak, "bytes": size, "sixth_seconds": round(part_seconds, 2),
                         "sixth_cpu_seconds": round(part_cpu, 2), "sixth_peak_mb": part_peak}
        print(f"{name:<10} all {total} events: {seconds:6.2f} s (CPU {cpu:5.2f} s), "
              f"peak {peak:4d} MB, {size / 1e6:6.1f} MB out | --type fire: {part_seconds:5.2f} s "
              f"(CPU {part_cpu:5.2f} s), peak {part_peak:4d} MB")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
