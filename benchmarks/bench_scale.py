"""Scale-out benchmark: single-process ingest vs `--engine ray`, and the stateful stage alone.

    .venv/bin/python benchmarks/bench_scale.py [--n 1000|10000|100000] [--modes single,ray,stateful]
                                              [--stateful-n 3000] [--pg postgresql://...]

Generates N invented news articles (fixed seed; 300-500 words each, from templates, about N/5
distinct incidents in many invented towns and countries, 1-9 reports per incident) as JSON
Lines, then measures:

- single: `storyline ingest FILE` in a subprocess (wall time, peak RSS of the process tree);
- ray: `storyline ingest --engine ray FILE` (a local Ray on this machine, same measures; the
  tree includes the Ray daemons and workers);
- stateful: `ingest_stream` fed with already-prepared articles (the stateful stages alone:
  dedup, clustering, reconciliation, store writes) in articles/s, on the first STATEFUL_N
  articles, into SQLite (and into PostgreSQL with --pg, an empty throw-away database/schema).

The results go to benchmarks/out/bench_scale-N.json. No data set text is used.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyline.pipeline import IngestOptions, PreparedArticle, ingest_stream, prepare_article  # noqa: E402
from storyline.records import Article  # noqa: E402
from storyline.store import open_store  # noqa: E402

SEED = 20240601
OUT = REPO / "benchmarks" / "out"
SYLLABLES = ["bra", "ken", "mor", "quil", "wex", "hol", "fen", "tar", "vos", "lin", "dar", "mel",
             "orn", "sib", "cal", "rud", "gan", "pel", "tor", "vey"]
KINDS = ["shooting", "explosion", "flood", "earthquake", "stabbing attack", "bus crash",
         "building collapse", "wildfire", "protest clash", "train derailment"]
COUNTRIES = ["Nigeria", "India", "Brazil", "Mexico", "Pakistan", "Kenya", "Indonesia",
             "Philippines", "Colombia", "Turkey", "Egypt", "Peru"]
# Incident-specific vocabulary: each incident draws its own nouns and details from these, so
# that reports of different incidents share little beyond the genre's common words.
NOUNS = ["warehouse", "ferry", "pipeline", "cathedral", "orchard", "quarry", "tannery", "depot",
         "granary", "viaduct", "brewery", "monastery", "sawmill", "harbour", "lighthouse",
         "refinery", "barracks", "pavilion", "aqueduct", "foundry", "marina", "tramway",
         "vineyard", "colliery", "abattoir", "observatory", "dockyard", "creamery", "mill",
         "bazaar", "kiln", "reservoir", "checkpoint", "clinic", "seminary", "stockyard"]
CAUSES = ["a gas leak", "a faulty generator", "a dispute between rival gangs", "heavy rain",
          "an overloaded lorry", "an electrical fault", "a landslide", "a grudge over land",
          "a fuel tanker", "a collapsed scaffold", "a stampede", "a burst dam"]
GENERIC = [
    "Emergency crews worked through the night at the scene.",
    "Officials urged residents to avoid the area while the investigation continued.",
    "Hospitals in the region called in extra staff.",
    "Aid groups said they were sending supplies and medical teams.",
]


def invented_name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def incident(rng: random.Random, number: int) -> dict[str, Any]:
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
    return {
        "number": number,
        "town": invented_name(rng, 3),
        "venue": f"{invented_name(rng, 2)} {rng.choice(['Street', 'Market', 'Station', 'Road'])}",
        "official": f"{invented_name(rng, 2)} {invented_name(rng, 3)}",
        "witness": f"{invented_name(rng, 2)} {invented_name(rng, 2)}",
        "country": rng.choice(COUNTRIES),
        "kind": rng.choice(KINDS),
        "nouns": rng.sample(NOUNS, 5),
        "cause": rng.choice(CAUSES),
        "day": day,
        "killed": rng.randrange(0, 40),
        "injured": rng.randrange(1, 80),
        "reports": rng.randrange(1, 10),
    }


def _a(noun: str) -> str:
    return "An" if noun[0] in "aeiou" else "A"


def detail(rng: random.Random, inc: dict[str, Any]) -> str:
    """One sentence about this incident, from its own names and nouns."""
    town, venue, official, witness = inc["town"], inc["venue"], inc["official"], inc["witness"]
    noun, other = rng.sample(inc["nouns"], 2)
    templates = [
        f"{official} said the {noun} near {venue} had been evacuated and the {other} sealed off.",
        f"{witness}, who lives near the {noun} in {town}, said the first sign was a loud bang "
        f"from the direction of the {other}.",
        f"Investigators in {town} were examining whether {inc['cause']} near the {noun} was "
        f"to blame, {official} said.",
        f"{official} told reporters that the toll in {town} could rise and that "
        f"{rng.randrange(2, 9)} people were still unaccounted for near the {noun}.",
        f"Police said {rng.randrange(1, 5)} suspects were arrested near the {other} on "
        f"{inc['day']:%A}.",
        f"Footage shared by residents of {town} showed smoke rising over the {noun} and the "
        f"{other}.",
        f"{witness} said neighbours carried the injured from the {noun} to the {other} on "
        f"{venue} before ambulances arrived.",
        f"The {town} council said the {noun} would stay closed until engineers had inspected "
        f"the {other}.",
    ]
    return rng.choice(templates)


def report_text(rng: random.Random, inc: dict[str, Any], number: int) -> tuple[str, str]:
    killed = inc["killed"] + number * rng.randrange(0, 3)
    injured = inc["injured"] + number
    town, venue, official = inc["town"], inc["venue"], inc["official"]
    lead = (
        f"{town}, {inc['country']}: {_a(inc['kind'])} {inc['kind']} near {venue} in {town} on "
        f"{inc['day']:%B} {inc['day'].day} killed at least {killed} people and injured "
        f"{injured} others, {official}, a spokesperson for the {town} authorities, said."
    )
    body = [lead]
    target = rng.randrange(300, 500)
    while sum(len(p.split()) for p in body) < target:
        body.append(rng.choice(GENERIC) if rng.random() < 0.1 else detail(rng, inc))
    title = f"{inc['kind'].capitalize()} in {town} kills {killed}"
    return title, " ".join(body)


def generate(n: int, seed: int = SEED) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    produced, number = 0, 0
    while produced < n:
        inc = incident(rng, number)
        number += 1
        for report in range(inc["reports"]):
            if produced >= n:
                return
            title, text = report_text(rng, inc, report)
            published = datetime.combine(inc["day"], datetime.min.time(), tzinfo=UTC)
            published += timedelta(hours=6 + report * rng.randrange(2, 20))
            yield {"id": f"gen-{produced:07d}", "published": published.isoformat(),
                   "title": title, "text": text, "source": f"site{rng.randrange(40)}.example"}
            produced += 1


def write_corpus(n: int, path: Path) -> None:
    with path.open("w") as out:
        for row in generate(n):
            out.write(json.dumps(row) + "\n")


# --------------------------------------------------------------------------- measuring


def tree_rss_bytes(root: int) -> int:
    """Resident memory of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def run_measured(command: list[str]) -> dict[str, Any]:
    peak = [0]
    # CPU time of the children we wait for (Ray's daemons and workers are counted when their
    # parent reaps them): on a shared machine, a fairer figure than wall time.
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss_bytes(process.pid))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {err[-2000:]}")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return {"seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
            "load_average": round(os.getloadavg()[0], 1), "peak_rss_mb": round(peak[0] / 2**20),
            "report": json.loads(out)}


def ingest_command(db: Path, corpus: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "storyline", "--db", str(db), "ingest", "--json", "--quiet",
            *extra, str(corpus)]


def prepare_all(corpus: Path, limit: int) -> list[PreparedArticle]:
    articles = []
    with corpus.open() as lines:
        for line, _ in zip(lines, range(limit), strict=False):
            row = json.loads(line)
            articles.append(Article(id=row["id"], text=row["text"], title=row["title"],
                                    published=datetime.fromisoformat(row["published"]),
                                    source=row["source"]))
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return list(pool.map(prepare_article, articles, chunksize=32))


def stateful_rate(prepared: list[PreparedArticle], db: str) -> dict[str, Any]:
    store = open_store(db)
    try:
        started = time.perf_counter()
        report = ingest_stream(store, prepared, IngestOptions())
        seconds = time.perf_counter() - started
    finally:
        store.close()
    return {"articles": len(prepared), "seconds": round(seconds, 1),
            "articles_per_s": round(len(prepared) / seconds, 1),
            "events_created": report.events_created}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--modes", default="single,ray,stateful")
    parser.add_argument("--stateful-n", type=int, default=3000)
    parser.add_argument("--pg", help="an empty throw-away PostgreSQL store for the stateful run")
    args = parser.parse_args()
    modes = set(args.modes.split(","))
    results: dict[str, Any] = {"n": args.n, "cpus": os.cpu_count(), "seed": SEED,
                               "started": datetime.now(UTC).isoformat(timespec="seconds")}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        write_corpus(args.n, corpus)
        results["corpus_mb"] = round(corpus.stat().st_size / 2**20, 1)
        for mode, extra in (("single", ()), ("ray", ("--engine", "ray"))):
            if mode in modes:
                command = ingest_command(Path(tmp) / f"{mode}.db", corpus, *extra)
                results[mode] = run_measured(command)
                results[mode]["articles_per_s"] = round(args.n / results[mode]["seconds"], 1)
                print(mode, results[mode], flush=True)
        if "stateful" in modes:
            prepared = prepare_all(corpus, min(args.n, args.stateful_n))
            results["stateful_sqlite"] = stateful_rate(prepared, str(Path(tmp) / "stateful.db"))
            print("stateful sqlite", results["stateful_sqlite"], flush=True)
            if args.pg:
                results["stateful_postgres"] = stateful_rate(prepared, args.pg)
                print("stateful postgres", results["stateful_postgres"], flush=True)
    OUT.mkdir(exist_ok=True)
    (OUT / f"bench_scale-{args.n}.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
