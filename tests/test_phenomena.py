"""The phenomenon suite (docs/phenomena.md): every phenomenon's pass rate stays at or above its
floor in tests/phenomena_floors.json, and the checker really fails wrong output.

Floors only move up: after an extractor change, run `storyline eval phenomena --json` and raise
the floors of the phenomena that improved; never lower one to make a change pass.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.evaluate.phenomena import (
    Case,
    PhenomenonError,
    SuiteResult,
    check_case,
    load_cases,
    parse_case,
    run_cases,
    run_suite,
)
from storyline.evaluate.phenomena.checker import normalize_name

FLOORS_FILE = Path(__file__).with_name("phenomena_floors.json")
MIN_PHENOMENA = 40
MIN_CASES = 8


@pytest.fixture(scope="module")
def suite() -> SuiteResult:
    return run_suite()


def floors() -> dict[str, float]:
    data: dict[str, float] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return data


def test_suite_has_enough_phenomena_and_cases() -> None:
    cases = load_cases()
    per_phenomenon: dict[str, int] = {}
    for case in cases:
        per_phenomenon[case.phenomenon] = per_phenomenon.get(case.phenomenon, 0) + 1
    assert len(per_phenomenon) >= MIN_PHENOMENA
    small = {name: n for name, n in per_phenomenon.items() if n < MIN_CASES}
    assert not small, f"phenomena with fewer than {MIN_CASES} cases: {small}"
    assert {case.area for case in cases} == {"counts", "claims", "dates", "places", "types"}


def test_every_phenomenon_has_a_floor_and_no_floor_is_stale() -> None:
    names = {case.phenomenon for case in load_cases()}
    known = set(floors())
    assert names - known == set(), "add a floor (the measured rate) for each new phenomenon"
    assert known - names == set(), "a floor names a phenomenon the suite no longer has"


def test_pass_rates_stay_at_or_above_their_floors(suite: SuiteResult) -> None:
    limits = floors()
    below = [
        f"{p.phenomenon}: {p.passed}/{p.total} = {p.rate:.3f} < floor {limits[p.phenomenon]} "
        f"(failing: {', '.join(p.failing)})"
        for p in suite.phenomena
        if p.rate + 1e-9 < limits[p.phenomenon]
    ]
    assert not below, "\n".join(below)


def test_a_wrong_expectation_fails_through_the_real_extractor() -> None:
    case = next(c for c in load_cases(["counts"]) if c.expect.get("killed"))
    wrong = replace(case, id="wrong-1", expect={**case.expect, "killed": 9999})
    result = run_cases([case, wrong])
    outcome = {c.case_id: c for c in result.cases}
    assert not outcome["wrong-1"].passed
    assert any("killed: expected 9999" in r for r in outcome["wrong-1"].reasons)
    assert result.phenomena[0].failing[-1] == "wrong-1"


def make_case(expect: dict[str, Any]) -> Case:
    line = json.dumps(
        {
            "id": "t.1",
            "phenomenon": "probe",
            "text": "Text.",
            "published": "2024-05-01",
            "title": None,
            "expect": expect,
        }
    )
    return parse_case(line, "counts", "test:1")


OUTPUT: dict[str, Any] = {
    "totals": {
        "killed": {"value": 3, "qualifier": "at_least"},
        "injured": {"value": 0, "qualifier": "exact"},
    },
    "claims": [{"actor": "al-Shabaab", "kind": "claimed"}],
    "event_date": {"value": "2024-04-30", "text": "Tuesday"},
    "places": [{"name": "Diyarbakır"}, {"name": "Turkey"}],
}


@pytest.mark.parametrize(
    ("expect", "fails"),
    [
        ({"killed": 3, "killed_qualifier": "at_least"}, False),
        ({"killed": 4}, True),
        ({"killed": None}, True),
        ({"injured": None, "arrested": None}, False),  # 0 and absent both read as none
        ({"injured": 0}, False),
        ({"arrested": 2}, True),
        ({"killed_qualifier": "exact"}, True),
        ({"claims": [{"actor_contains": "Shabaab", "kind": "claimed"}]}, False),
        ({"claims": [{"actor_contains": "Shabaab", "kind": "denied"}]}, True),
        ({"claims_absent": [{"actor_contains": "shabaab", "kind": "any"}]}, True),
        ({"no_claims": True}, True),
        ({"event_date": "2024-04-30"}, False),
        ({"event_date": "2024-05-01"}, True),
        ({"event_date": None}, True),
        ({"places_include": ["diyarbakir"], "places_first": "Diyarbakir"}, False),
        ({"places_first": "Turkey"}, True),
        ({"places_exclude": ["Turkey"]}, True),
        ({"places_include": ["Ankara"]}, True),
    ],
)
def test_checker_holds_every_expectation(expect: dict[str, Any], fails: bool) -> None:
    assert bool(check_case(make_case(expect), OUTPUT)) is fails


def test_names_compare_without_accents_apostrophes_or_transliteration_marks() -> None:
    assert normalize_name("N'Djamena") == normalize_name("Ndjamena") == "ndjamena"
    assert normalize_name("S\u0101marr\u0101\u2019") == normalize_name("Samarra")
    assert normalize_name("Ma\u02bbrib") == normalize_name("Marib")
    assert normalize_name("The  Hague") == "hague"
    assert normalize_name("\u0141\u00f3d\u017a") == "lodz"
    assert normalize_name("Dnipro") != normalize_name("Dnipropetrovsk")


def test_checker_needs_every_expectation_to_hold() -> None:
    case = make_case({"killed": 3, "places_exclude": ["Turkey"]})
    assert check_case(case, OUTPUT) == [
        "places: Turkey is not where it happened, got Diyarbakır, Turkey"
    ]


def test_no_event_date_is_an_expectation() -> None:
    case = make_case({"event_date": None})
    assert check_case(case, {"event_date": None}) == []
    assert check_case(case, OUTPUT) == ["event_date: expected none, got 2024-04-30 from 'Tuesday'"]


def test_a_claim_matches_the_actor_as_written_or_its_canonical_name() -> None:
    case = make_case({"claims": [{"actor_contains": "Islamic State", "kind": "claimed"}]})
    as_written = {"claims": [{"actor": "ISIS", "kind": "claimed"}]}
    with_canonical = {
        "claims": [{"actor": "ISIS", "actor_normalized": "Islamic State", "kind": "claimed"}]
    }
    assert check_case(case, as_written)
    assert check_case(case, with_canonical) == []


@pytest.mark.parametrize(
    "expect",
    [
        {},
        {"kiled": 3},
        {"killed": "3"},
        {"killed": True},
        {"event_date": "May 3"},
        {"claims": [{"actor_contains": "X", "kind": "owned"}]},
        {"places_include": []},
        {"no_claims": False},
    ],
)
def test_malformed_expectations_are_refused(expect: dict[str, Any]) -> None:
    with pytest.raises(PhenomenonError):
        make_case(expect)


def test_unknown_area_is_refused() -> None:
    with pytest.raises(PhenomenonError, match="unknown area"):
        load_cases(["weather"])


def test_cli_prints_the_table_as_json_and_markdown() -> None:
    runner = CliRunner()
    as_json = runner.invoke(cli, ["eval", "phenomena", "--area", "places", "--json"])
    assert as_json.exit_code == 0, as_json.output
    payload = json.loads(as_json.output)
    assert payload["total"] == sum(p["total"] for p in payload["phenomena"])
    assert all(p["area"] == "places" for p in payload["phenomena"])
    markdown = runner.invoke(cli, ["eval", "phenomena", "--area", "places", "--markdown"])
    assert markdown.exit_code == 0
    assert markdown.output.startswith("| phenomenon | passed | cases | pass rate |")
    both = runner.invoke(cli, ["eval", "phenomena", "--json", "--markdown"])
    assert both.exit_code == 2


def test_cli_runs_one_phenomenon_and_refuses_unknown_ones() -> None:
    runner = CliRunner()
    one = runner.invoke(cli, ["eval", "phenomena", "--phenomenon", "dateline_city", "--failures"])
    assert one.exit_code == 0, one.output
    assert one.output.splitlines()[1].startswith("places.dateline_city ")
    unknown = runner.invoke(cli, ["eval", "phenomena", "--phenomenon", "sarcasm"])
    assert unknown.exit_code == 2
    assert "unknown phenomenon 'sarcasm'" in unknown.output
