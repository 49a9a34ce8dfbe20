"""The scenario suite: developing stories written for this project (`stories/<name>/`: the
articles as JSON Lines and `checks.json`, what an editor expects the record to say at several
"as of" times), run through the real pipeline. See docs/living-record.md, "Scenario suite"."""

from storyline.evaluate.scenarios.checks import CHECK_KEYS, Check, ScenarioError, Story, load_story
from storyline.evaluate.scenarios.runner import (
    CheckResult,
    StoryResult,
    SuiteResult,
    load_stories,
    run_scenarios,
    run_story,
    stories_folder,
)

__all__ = [
    "CHECK_KEYS",
    "Check",
    "CheckResult",
    "ScenarioError",
    "Story",
    "StoryResult",
    "SuiteResult",
    "load_stories",
    "load_story",
    "run_scenarios",
    "run_story",
    "stories_folder",
]
