"""Run a probe set: texts written for this project in styles unlike the dev data, each with its
expected reading, scored like the phenomenon suite and reported per style.

A probe is written *before* the rules it measures are read or changed, so its first run is an
out-of-sample figure for wording the extractor has never seen (docs/quality.md, "Probe sets").
Once rules are fixed from its failures it is no longer out of sample; it stays as a regression
check, and the first-look figure stays in the docs.

    .venv/bin/python benchmarks/run_probe.py benchmarks/probes/claims.jsonl --area claims
    .venv/bin/python benchmarks/run_probe.py PROBE.jsonl --area counts --failures

Each line is a phenomenon case (src/storyline/evaluate/phenomena/*.jsonl) with one more key,
"style" (wire, sitrep, translated, ...), which takes the place of the phenomenon in the table,
and optionally "half": "work" or "sealed". A probe written in two halves measures whether a
round's fixes carry: rules are fixed from the work half's failures only, and the sealed half is
run for its rate at the first look and again after the last fix (`--half sealed`), so its
before/after is out of sample for that round (docs/history/quality.md, "Probe sets, sixth round").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from storyline.evaluate.phenomena.cases import Case, PhenomenonError, parse_case
from storyline.evaluate.phenomena.runner import run_cases


def read_probe(path: Path, area: str, half: str | None = None) -> list[Case]:
    """The probe's cases, each filed under its style; with `half`, only that half's."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        style = raw.pop("style", None)
        if half is not None and raw.pop("half", None) != half:
            continue
        raw.pop("half", None)
        if style:
            raw["phenomenon"] = style
        cases.append(parse_case(json.dumps(raw), area, f"{path}:{number}"))
    return cases


def sealed_ids(path: Path) -> frozenset[str]:
    """The ids of the probe's sealed half."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(raw["id"] for raw in map(json.loads, filter(str.strip, lines))
                     if raw.get("half") == "sealed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", type=Path)
    parser.add_argument("--area", required=True,
                        choices=("counts", "claims", "dates", "places", "types"))
    parser.add_argument("--failures", action="store_true", help="print why each case fails")
    parser.add_argument("--half", choices=("work", "sealed"),
                        help="only the cases of this half of a two-half probe")
    args = parser.parse_args(argv)
    try:
        cases = read_probe(args.probe, args.area, args.half)
    except (OSError, json.JSONDecodeError, PhenomenonError) as error:
        print(f"error: {args.probe}: {error} (fix the probe file and run again)", file=sys.stderr)
        return 2
    # A sealed half is read for its rates only: which of its cases fail is shown with
    # --failures, after the round's last rule (docs/history/quality.md, "Probe sets, ninth round").
    sealed = () if args.failures else sealed_ids(args.probe)
    print(run_cases(cases).table(reasons=args.failures, unnamed=sealed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
