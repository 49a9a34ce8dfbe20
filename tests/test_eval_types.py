"""`storyline eval types`: event type against the coders' types, beside a keyword baseline.

The floors sit just under what was measured on the first 300 articles of each source when the
command was added (docs/quality.md, "Event type"); they only move up. The data lives in
../shared/data (tests/helpers_data.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers_data import require_data
from storyline.cli import cli
from storyline.evaluate.types import keyword_event_type

# Measured 2026-12-06 on the first 300 articles of each source (system / keyword baseline):
# ACLED 0.750 / 0.620, ACLED Africa 0.657 / 0.597, GTD 0.746 / 0.729, GVA 0.890 / 0.740
# (2026-12-05: ACLED 0.717, ACLED Africa 0.623, GTD 0.742).
FLOORS = {
    "acled.family_accuracy": 0.73,
    "acled_africa.family_accuracy": 0.64,
    "gtd.attack_type_accuracy": 0.72,
    "gva.shooting_family": 0.87,
}


@pytest.mark.slow
def test_types_on_slices_stay_at_their_floors_and_beat_the_keyword_baseline() -> None:
    data = require_data()
    result = CliRunner().invoke(cli, ["eval", "types", "--data", str(data), "--limit", "300",
                                       "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, (name, figures[name])
        assert figures[name] >= figures["baseline"][name], (name, figures[name])
    assert figures["acled.n"] == figures["gva.n"] == 300


def test_a_missing_data_folder_is_one_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", "types", "--data", str(tmp_path / "none")])
    assert result.exit_code == 2
    assert "none" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(("text", "expected"), [
    ("Hundreds marched through the capital to protest the new tax.", "protest"),
    ("A roadside bomb exploded near the convoy.", "bombing"),
    ("Gunmen shot two traders at the market.", "shooting"),
    ("Officials opened a new bridge on Monday.", "other"),
])
def test_the_keyword_baseline_takes_the_first_keyword_of_its_list(text: str,
                                                                  expected: str) -> None:
    assert keyword_event_type(text) == expected
