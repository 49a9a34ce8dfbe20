"""CPU seconds to extract one adversarial article of each shape (issue 19: < 2 s at 1 MB).

    .venv/bin/python benchmarks/bench_adversarial.py [--size 1000000]

Each shape repeats what one extraction stage reads until the article is `--size` characters:
number phrases in one endless sentence (bench_extract's worst case), short count sentences,
date expressions, place names, quotations with speech verbs, bare numbers, one word without a
space, nested brackets, a role's phrase with an endless run of modifiers. CPU time of this
process (`time.process_time`), so a busy machine inflates it little; the parser and tables are
loaded before timing.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import hostile_text

from storyline.extract import extract_facts
from storyline.records import Article


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def shapes(size: int) -> dict[str, str]:
    return {
        "number phrases in one sentence": hostile_text(size),
        "count sentences": repeated(
            "In Kabul on Monday 12 people were killed and 30 wounded, police said. ", size),
        "date expressions": repeated(
            "on 3 March 2024, last Tuesday, 12/04/2023 and two weeks ago, ", size),
        "place names": repeated(
            "Paris, London, Kabul, Lagos, Lima, Texas, Ohio, Mosul and Delhi, ", size),
        "quotations": repeated(
            '"We will rebuild," the mayor said. "No," officials told reporters. ', size),
        "bare numbers": repeated("1 2 3 4 5 6 7 8 9 10 11 12 13 ", size),
        "one word": "x" * size,
        "nested brackets": repeated("((([[{", size),
        # a role's phrase with one endless run of modifiers before its verb (subjects.py reads
        # roles in a bounded window; this was a timed unit test)
        "a role's long modifier run": "The owner of the " + repeated("big old ", size - 40)
        + " shop was arrested.",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    extract_facts(Article(id="warm", text="Two people were killed in Paris on Monday."))
    worst = 0.0
    for name, text in shapes(args.size).items():
        article = Article(id="adversarial", text=text, published=datetime(2024, 3, 4, tzinfo=UTC))
        started = time.process_time()
        extract_facts(article)
        seconds = time.process_time() - started
        worst = max(worst, seconds)
        print(f"{name}, {args.size:,} characters: {seconds:.2f} CPU s", flush=True)
    print(f"worst: {worst:.2f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
