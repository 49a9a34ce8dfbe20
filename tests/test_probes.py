"""Probe sets (benchmarks/probes/*.jsonl, docs/quality.md "Probe sets"): texts written for this
project in styles unlike the dev data, scored per style. Each probe's overall pass rate stays at
or above its floor in tests/probe_floors.json; a floor only moves up (raise it after a change
that passes more, never lower it to make a change pass).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import run_probe

ROOT = Path(__file__).resolve().parent.parent

PROBES = ROOT / "benchmarks" / "probes"
FLOORS = json.loads(Path(__file__).with_name("probe_floors.json").read_text(encoding="utf-8"))



def test_every_probe_has_a_floor_and_every_floor_a_probe() -> None:
    assert {p.stem for p in PROBES.glob("*.jsonl")} == set(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_pass_rate_holds_its_floor(name: str) -> None:
    from storyline.evaluate.phenomena.runner import run_cases

    floor = FLOORS[name]
    cases = run_probe.read_probe(PROBES / f"{name}.jsonl", floor["area"])
    result = run_cases(cases)
    assert len(cases) >= 100
    assert len({case.phenomenon for case in cases}) >= 5  # styles
    assert result.passed / result.total >= floor["rate"], result.table(reasons=True)


def test_a_probe_case_with_a_wrong_expectation_fails(tmp_path: Path) -> None:
    from storyline.evaluate.phenomena.runner import run_cases

    probe = tmp_path / "probe.jsonl"
    probe.write_text(json.dumps({
        "id": "probe.claims.001", "phenomenon": "wire", "style": "wire",
        "text": "The Copper Hill Front claimed the bombing of the bridge on Monday.",
        "published": "2025-03-11", "title": None,
        "expect": {"claims": [{"actor_contains": "Salt Marsh Army", "kind": "claimed"}]},
    }) + "\n", encoding="utf-8")
    result = run_cases(run_probe.read_probe(probe, "claims"))
    assert result.passed == 0 and result.total == 1


def test_a_malformed_probe_gives_a_one_line_error(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    probe = tmp_path / "broken.jsonl"
    probe.write_text('{"id": "x", "style": "wire"\n', encoding="utf-8")
    assert run_probe.main([str(probe), "--area", "claims"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and str(probe) in err and "\n" not in err


def test_an_event_type_expectation_is_checked_and_validated() -> None:
    from storyline.evaluate.phenomena import PhenomenonError, check_case, parse_case

    line = {"id": "types.x.01", "phenomenon": "x", "text": "A bus plunged into a gorge.",
            "published": "2025-01-01", "title": None,
            "expect": {"event_type": "transport_accident"}}
    case = parse_case(json.dumps(line), "types", "inline")
    assert check_case(case, {"event_type": "transport_accident"}) == []
    assert check_case(case, {"event_type": "riot", "event_type_evidence": "mob"}) == [
        "event_type: expected transport_accident, got riot (from 'mob')"]
    with pytest.raises(PhenomenonError, match="must be one of"):
        parse_case(json.dumps({**line, "expect": {"event_type": "car_crash"}}), "types", "inline")


def _probe_line(number: int, half: str, group: str) -> str:
    """One line of a two-half claims probe: a claim by the Copper Hill Front, expected of
    `group` (a case that fails when `group` is another)."""
    return json.dumps({
        "id": f"probe.claims.{number:03d}", "phenomenon": "wire", "style": "wire",
        "half": half, "published": "2025-03-11", "title": None,
        "text": "The Copper Hill Front claimed the bombing of the bridge on Monday.",
        "expect": {"claims": [{"actor_contains": group, "kind": "claimed"}]},
    })


def test_a_two_half_probe_runs_each_half_alone(tmp_path: Path) -> None:
    from storyline.evaluate.phenomena.runner import run_cases

    probe = tmp_path / "probe.jsonl"
    probe.write_text("\n".join([_probe_line(1, "work", "Copper Hill Front"),
                                _probe_line(2, "work", "Copper Hill Front"),
                                _probe_line(3, "sealed", "Salt Marsh Army")]) + "\n",
                     encoding="utf-8")
    work = run_cases(run_probe.read_probe(probe, "claims", "work"))
    sealed = run_cases(run_probe.read_probe(probe, "claims", "sealed"))
    both = run_cases(run_probe.read_probe(probe, "claims"))
    assert (work.passed, work.total) == (2, 2)
    assert (sealed.passed, sealed.total) == (0, 1)
    assert (both.passed, both.total) == (2, 3)


def test_the_sealed_half_shows_its_rates_and_names_no_failing_case(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    probe = tmp_path / "probe.jsonl"
    probe.write_text("\n".join([_probe_line(1, "work", "Salt Marsh Army"),
                                _probe_line(7, "sealed", "Salt Marsh Army")]) + "\n",
                     encoding="utf-8")
    assert run_probe.main([str(probe), "--area", "claims", "--half", "sealed"]) == 0
    sealed = capsys.readouterr().out
    assert "0/1" in sealed and "007" not in sealed
    assert run_probe.main([str(probe), "--area", "claims", "--half", "work"]) == 0
    assert "001" in capsys.readouterr().out
    assert run_probe.main([str(probe), "--area", "claims"]) == 0
    both = capsys.readouterr().out
    assert "0/2" in both and "001" in both and "007" not in both
    assert run_probe.main([str(probe), "--area", "claims", "--half", "sealed", "--failures"]) == 0
    assert "probe.claims.007" in capsys.readouterr().out
