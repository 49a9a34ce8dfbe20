"""benchmarks/data_overlap.py, the check that texts written for this project share no 8-word run
with the dev data: it finds a run taken from the data at test time, and passes fresh text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests.helpers_data import require_data

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import data_overlap

ROOT = Path(__file__).resolve().parent.parent


def test_a_run_from_the_data_is_found_and_fresh_text_passes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = require_data()
    first = json.loads((data / "gva" / "articles.jsonl").open(encoding="utf-8").readline())
    borrowed = " ".join(first["text"].split()[:12])  # read at test time, never stored
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps({"text": "Quillon Vask reported that the orchard fence near Brellick was "
                            "painted teal on a windless Thursday afternoon."}) + "\n"
        + json.dumps({"text": f"Someone wrote: {borrowed}"}) + "\n", encoding="utf-8")
    assert data_overlap.main([str(cases), "--data", str(data)]) == 1
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1] != "hits 0" and out.startswith("HIT ")
    fresh = tmp_path / "fresh.jsonl"
    fresh.write_text(cases.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert data_overlap.main([str(fresh), "--data", str(data)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "hits 0"


def test_no_text_written_for_this_project_shares_a_run_with_the_data() -> None:
    """The phenomenon cases, the probe sets and the strings of the code, the tests and the
    benchmarks (test sentences, examples quoted in docstrings): never a text taken from
    ../shared/data."""
    files = sorted((ROOT / "src" / "storyline" / "evaluate" / "phenomena").glob("*.jsonl"))
    files += sorted((ROOT / "benchmarks" / "probes").glob("*.jsonl"))
    files += sorted(path for folder in ("src", "tests", "benchmarks")
                    for path in (ROOT / folder).rglob("*.py"))

    found = [(path, run) for path, run, _ in
             data_overlap.overlaps(data_overlap.written_texts(files), require_data())
             if run not in NAMES_AND_NUMBERS and not run.replace(" ", "").isdigit()]
    assert found == [], [f"{path.name}: {run}" for path, run in found]


# Runs of 8 words that are a name, not prose: a group's and a city's official names (a test of
# how the readers take the name needs the name as it is written).
NAMES_AND_NUMBERS = frozenset({
    "the islamic state of iraq and the levant",
    "in buenos aires ciudad autonoma de buenos aires",
})
