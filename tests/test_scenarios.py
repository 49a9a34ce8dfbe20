"""The scenario suite (docs/living-record.md, "Scenario suite"): developing stories written for
this project, each through the real pipeline into a fresh SQLite store, judged against what an
editor expects the record to say at several as-of times.

Floors only move up: after a change to the record, run `storyline eval scenarios --json` and
raise the floors in tests/scenarios_floors.json of the stories that improved; never lower one to
make a change pass. The seed story (the bundled examples) must hold in full.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import cli
from storyline.evaluate.scenarios import (
    ScenarioError,
    SuiteResult,
    load_stories,
    load_story,
    run_scenarios,
    run_story,
)

FLOORS_FILE = Path(__file__).with_name("scenarios_floors.json")
MIN_STORIES = 10  # besides the seed
MIN_ARTICLES, MAX_ARTICLES = 5, 12


@pytest.fixture(scope="module")
def suite() -> SuiteResult:
    return run_scenarios()


def floors() -> dict[str, int]:
    data: dict[str, int] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return data


def test_suite_has_enough_stories_of_several_reports_each() -> None:
    stories = [s for s in load_stories() if s.name != "seed"]
    assert len(stories) >= MIN_STORIES
    for story in stories:
        lines = (story.folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        sources = {json.loads(line)["source"] for line in lines}
        assert MIN_ARTICLES <= len(lines) <= MAX_ARTICLES, story.name
        assert len(sources) >= 3, f"{story.name}: reports from several outlets and officials"
        assert len(story.checkpoints) >= 3, f"{story.name}: checks at several as-of times"


def test_every_story_has_a_floor_and_no_floor_is_stale() -> None:
    names = {s.name for s in load_stories()}
    assert names == set(floors())


def test_seed_story_holds_in_full(suite: SuiteResult) -> None:
    seed = next(s for s in suite.stories if s.story == "seed")
    assert seed.skipped is None
    assert seed.failing == (), "\n".join(f"{c.name}: {c.reason}" for c in seed.failing)


def test_checks_held_stay_at_or_above_their_floors(suite: SuiteResult) -> None:
    limits = floors()
    below = [
        f"{s.story}: {s.held}/{len(s.checks)} < floor {limits[s.story]}; failing: "
        + "; ".join(f"{c.name}: {c.reason}" for c in s.failing)
        for s in suite.stories
        if s.held < limits[s.story]
    ]
    assert not below, "\n".join(below)


def test_a_wrong_expectation_fails_through_the_real_pipeline() -> None:
    story = load_story(next(s.folder for s in load_stories() if s.name == "quake-injured"))
    point = story.checkpoints[0]
    right = next(c for c in point.checks if c.kind == "current")
    wrong = replace(right, name="wrong", spec={**right.spec, "value": 9999})
    never = replace(story.always[0], name="never", kind="never_current",
                    spec={"article": "qi-01"})
    steps = replace(right, name="steps", kind="changes",
                    spec={"since": "2026-04-21T00:00Z", "category": "injured", "values": [50]})
    no_steps = replace(steps, name="no steps", spec={**steps.spec, "values": [50, 30]})
    changed = replace(
        story,
        always=(never,),
        checkpoints=(replace(point, checks=(right, wrong, steps, no_steps)),),
    )
    outcome = {c.name: c for c in run_story(changed).checks}
    assert outcome[right.name].held and outcome["steps"].held
    assert not outcome["wrong"].held and "expected 9999" in str(outcome["wrong"].reason)
    assert not outcome["never"].held, "qi-01's toll is current on the first day"
    assert not outcome["no steps"].held


def test_a_malformed_check_is_an_error_naming_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "checks.json").write_text(
        json.dumps(
            {
                "story": "bad",
                "anchor": "a-1",
                "checkpoints": [
                    {"as_of": "2026-01-01T00:00Z", "checks": [{"check": "current", "valu": 3}]}
                ],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(ScenarioError, match=r"checks\.json.*misses \['category', 'value'\]"):
        load_story(folder)


def test_cli_prints_the_table_and_json() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "scenarios", "--story", "shooting-died-of-wounds"])
    assert result.exit_code == 0, result.output
    assert "shooting-died-of-wounds" in result.output and "total" in result.output
    result = runner.invoke(
        cli, ["eval", "scenarios", "--story", "shooting-died-of-wounds", "--json"]
    )
    data = json.loads(result.output)
    assert data["checks"] == data["stories"][0]["checks"] > 0
    bad = runner.invoke(cli, ["eval", "scenarios", "--story", "no-such-story"])
    assert bad.exit_code == 2 and "unknown stories" in bad.output
