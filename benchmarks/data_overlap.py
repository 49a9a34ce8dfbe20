"""Check texts written for this project (phenomenon cases, probes, the strings of the code and
the tests) against the dev data: no run of 8 words of them may appear in ../shared/data (its
text must never enter the repository).

    .venv/bin/python benchmarks/data_overlap.py src/storyline/evaluate/phenomena/claims.jsonl
    .venv/bin/python benchmarks/data_overlap.py benchmarks/probes/*.jsonl --data ../shared/data
    .venv/bin/python benchmarks/data_overlap.py tests/test_extract_counts.py

Each input line is a JSON object with "text" (or "sentence"), or plain text; a Python file gives
its string literals (test sentences, docstrings and comments' examples in strings). Prints every
shared 8-word run with the data file and the text it came from, then "hits N"; exits 1 when N > 0.
The data files are read line by line (a JSON line by its string values), a window of 8 words
carried across lines.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

RUN = 8
_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def runs(text: str) -> Iterator[str]:
    tokens = words(text)
    for start in range(len(tokens) - RUN + 1):
        yield " ".join(tokens[start:start + RUN])


def written_texts(paths: list[Path]) -> list[str]:
    texts = []
    for path in paths:
        if path.suffix == ".py":
            texts.extend(python_strings(path))
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                texts.append(line)
                continue
            if not isinstance(record, dict):
                continue
            text = record.get("text") or record.get("sentence")
            if text:
                texts.append(str(text))
    return texts


def python_strings(path: Path) -> list[str]:
    """The string literals of a Python file long enough to hold a run (f-strings by their
    literal parts)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and len(words(node.value)) >= RUN]


def _line_text(line: str) -> str:
    """A JSON line's string values (so that escapes such as "\\n" do not split words), else the
    line as it is."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return line
    return " ".join(_strings(record))


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def overlaps(texts: list[str], data: Path) -> Iterator[tuple[Path, str, str]]:
    """(data file, shared run, written text) for each run of `texts` found in `data`."""
    wanted: dict[str, str] = {}
    for text in texts:
        for run in runs(text):
            wanted.setdefault(run, text)
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        window: list[str] = []
        with path.open(encoding="utf-8", errors="ignore") as handle:
            for line in handle:
                tokens = words(_line_text(line))
                window = (window + tokens)[-(len(tokens) + RUN):]
                for start in range(len(window) - RUN + 1):
                    run = " ".join(window[start:start + RUN])
                    if run in wanted:
                        yield path, run, wanted.pop(run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"error: {args.data}: no data folder (pass --data DIR)", file=sys.stderr)
        return 2
    hits = 0
    for path, run, text in overlaps(written_texts(args.files), args.data):
        hits += 1
        print(f"HIT {path} | {run} | {text[:100]}")
    print(f"hits {hits}")
    return 1 if hits else 0


if __name__ == "__main__":
    raise SystemExit(main())
