"""The extraction digest for exact A/B tests of extraction rules.

One JSON line per development record (the records `storyline eval extraction` scores, keyed
"<source>#<n>"): killed and injured totals, the event date with its precision and text, the gold
day, the places, the gold city and the first claims, and the arrested total (a digest made before
session 33 lacks it; `diff` compares the fields of the before file only). Two digests of the same
data made by two trees (a clean `git archive` of HEAD and the same tree with a change, each run with
`PYTHONPATH=<tree>/src` and its own `XDG_CACHE_HOME`, since the gazetteer cache is keyed by its
version only) show exactly which records a change moves:

    .venv/bin/python benchmarks/extraction_digest.py dump before.jsonl [--limit N] [--ids FILE]
    .venv/bin/python benchmarks/extraction_digest.py diff before.jsonl after.jsonl

`diff` prints each changed field of each record and the count of changes per source and field;
it exits 1 when the digests differ, 0 when they are identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.evaluate.extraction import SOURCES, _rows
from storyline.extract import extract_facts


def record_digest(extraction: Any, gold: Any) -> dict[str, Any]:
    totals = extraction.totals
    event_date = extraction.event_date
    return {
        "k": totals["killed"].value if "killed" in totals else None,
        "i": totals["injured"].value if "injured" in totals else None,
        # arrests have no gold here, but a counts rule's A/B needs to see them move (GVA's
        # event-level arrest gold is read by `storyline eval counts --level event`)
        "a": totals["arrested"].value if "arrested" in totals else None,
        "date": (str(event_date.value), event_date.precision, event_date.text)
        if event_date else None,
        "gold": str(gold.day),
        "places": [place.name for place in extraction.places],
        "city": gold.city,
        "claims": [str(claim)[:80] for claim in extraction.claims][:4],
    }


def dump(out: Path, data: Path, limit: int | None, ids: set[str] | None) -> int:
    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for source in SOURCES:
            for index, (article, gold) in enumerate(_rows(data, source, limit)):
                key = f"{source.name}#{index}"
                if ids is not None and key not in ids:
                    continue
                digest = record_digest(extract_facts(article), gold)
                handle.write(json.dumps({"key": key, "d": digest}, default=str) + "\n")
                written += 1
    return written


def _read(path: Path) -> dict[str, dict[str, Any]]:
    lines = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {line["key"]: line["d"] for line in lines}


def diff(before: Path, after: Path) -> int:
    old, new = _read(before), _read(after)
    changes: Counter[tuple[str, str]] = Counter()
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        source = key.rsplit("#", 1)[0]
        if a is None or b is None:
            print(f"{key}: only in {'after' if a is None else 'before'}")
            changes[(source, "record")] += 1
            continue
        for field in a:
            if a[field] != b.get(field):
                print(f"{key} {field}: {a[field]} -> {b.get(field)} (gold {a['gold']})")
                changes[(source, field)] += 1
    for (source, field), count in sorted(changes.items()):
        print(f"{source} {field}: {count} changed")
    if not changes:
        print(f"identical: {len(old)} records")
    return 1 if changes else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("dump", help="write the digest of every dev record")
    make.add_argument("out", type=Path)
    make.add_argument("--data", type=Path, default=Path("../shared/data"))
    make.add_argument("--limit", type=int, default=None, help="first N records per source")
    make.add_argument("--ids", type=Path, default=None, help="JSON list of keys to digest")
    compare = commands.add_parser("diff", help="compare two digests")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "diff":
        return diff(args.before, args.after)
    if not args.data.is_dir():
        print(f"error: {args.data}: no data folder (pass --data DIR)", file=sys.stderr)
        return 2
    ids = set(json.loads(args.ids.read_text(encoding="utf-8"))) if args.ids else None
    written = dump(args.out, args.data, args.limit, ids)
    print(f"{written} records -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
