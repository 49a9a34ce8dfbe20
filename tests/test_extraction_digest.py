"""benchmarks/extraction_digest.py, the digest the docs' exact A/B tests are made with: a digest
of the same tree is identical to itself, and a changed record is reported and makes `diff` fail."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests.helpers_data import require_data

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import extraction_digest

ROOT = Path(__file__).resolve().parent.parent


def test_a_digest_names_each_record_and_diff_finds_a_change(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    data = str(require_data())
    assert extraction_digest.main(["dump", str(before), "--data", data, "--limit", "2"]) == 0
    lines = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 14  # 2 records of each of the 7 sources
    assert {line["key"].rsplit("#", 1)[0] for line in lines} == {
        "acled 2016", "acled 2020", "acled_africa 1997-2014", "acled_africa 2017-18",
        "gtd south america", "gtd world", "gva articles"}
    assert all(set(line["d"]) == {"k", "i", "a", "date", "gold", "places", "city", "claims"}
               for line in lines)
    capsys.readouterr()
    assert extraction_digest.main(["diff", str(before), str(before)]) == 0
    assert "identical: 14 records" in capsys.readouterr().out
    lines[3]["d"]["k"] = 999
    after.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    assert extraction_digest.main(["diff", str(before), str(after)]) == 1
    out = capsys.readouterr().out
    assert f"{lines[3]['key']} k:" in out and "-> 999" in out


def test_a_missing_data_folder_is_a_one_line_error(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere"
    out = tmp_path / "out.jsonl"
    assert extraction_digest.main(["dump", str(out), "--data", str(missing)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and str(missing) in err and "\n" not in err
