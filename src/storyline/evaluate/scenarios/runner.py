"""Running the scenario suite: each story through the real pipeline into a fresh SQLite store,
then every check judged on `Storyline.get_event(id, as_of=T)` (what `storyline event ID --json
--as-of T` prints)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.evaluate.scenarios.checks import (
    Check,
    ScenarioError,
    Story,
    judge,
    judge_changes,
    load_story,
    parse_time,
)

if TYPE_CHECKING:
    from storyline.service import Storyline

__all__ = [
    "CheckResult",
    "StoryResult",
    "SuiteResult",
    "load_stories",
    "run_scenarios",
    "run_story",
    "stories_folder",
]

_REPO_PREFIX = "repo:"  # an input path relative to the repository root (the bundled examples)


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    reason: str | None  # None: the check holds

    @property
    def held(self) -> bool:
        return self.reason is None


@dataclass(frozen=True, slots=True)
class StoryResult:
    story: str
    title: str
    covers: tuple[str, ...]
    articles: int
    checks: tuple[CheckResult, ...]
    skipped: str | None = None  # why the story could not run (its inputs are not installed)

    @property
    def held(self) -> int:
        return sum(c.held for c in self.checks)

    @property
    def failing(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.checks if not c.held)

    def to_json(self) -> dict[str, Any]:
        return {
            "story": self.story,
            "title": self.title,
            "covers": list(self.covers),
            "articles": self.articles,
            "held": self.held,
            "checks": len(self.checks),
            "skipped": self.skipped,
            "failing": [{"check": c.name, "reason": c.reason} for c in self.failing],
        }


@dataclass(frozen=True, slots=True)
class SuiteResult:
    stories: tuple[StoryResult, ...]

    @property
    def held(self) -> int:
        return sum(s.held for s in self.stories)

    @property
    def total(self) -> int:
        return sum(len(s.checks) for s in self.stories)

    def to_json(self) -> dict[str, Any]:
        return {
            "held": self.held,
            "checks": self.total,
            "stories": [s.to_json() for s in self.stories],
        }

    def table(self) -> str:
        width = max([len(s.story) for s in self.stories] + [5])
        lines = [f"{'story'.ljust(width)}  held  checks"]
        for story in self.stories:
            state = f"  (skipped: {story.skipped})" if story.skipped else ""
            counts = f"{story.held:4d}  {len(story.checks):6d}"
            lines.append(f"{story.story.ljust(width)}  {counts}{state}")
        lines.append(f"{'total'.ljust(width)}  {self.held:4d}  {self.total:6d}")
        for story in self.stories:
            lines.extend(f"FAIL {story.story}: {c.name}: {c.reason}" for c in story.failing)
        return "\n".join(lines)

    def markdown(self) -> str:
        lines = [
            "| story | what it exercises | articles | checks held |",
            "|---|---|---:|---:|",
        ]
        for story in self.stories:
            covers = ", ".join(story.covers)
            held = "skipped" if story.skipped else f"{story.held} / {len(story.checks)}"
            lines.append(f"| {story.story} | {covers} | {story.articles} | {held} |")
        lines.append(f"| **total** | | | **{self.held} / {self.total}** |")
        return "\n".join(lines)


def stories_folder() -> Path:
    return Path(str(resources.files("storyline.evaluate.scenarios") / "stories"))


def load_stories(folder: Path | None = None, names: Sequence[str] | None = None) -> list[Story]:
    """Every story under `folder` (default: the bundled ones), by name; `names` picks some."""
    root = folder or stories_folder()
    stories = [load_story(d) for d in sorted(root.iterdir()) if (d / "checks.json").is_file()]
    if names:
        known = {s.name for s in stories}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise ScenarioError(f"unknown stories {unknown}; the suite has {sorted(known)}")
        stories = [s for s in stories if s.name in names]
    return stories


def run_scenarios(
    folder: Path | None = None, names: Sequence[str] | None = None
) -> SuiteResult:
    return SuiteResult(tuple(run_story(story) for story in load_stories(folder, names)))


def run_story(story: Story) -> StoryResult:
    inputs = [_input_path(story, raw) for raw in story.inputs]
    absent = [str(p) for p in inputs if not p.exists()]
    if absent:
        failed = tuple(CheckResult(c.name, "story not run") for c in story.checks)
        return StoryResult(
            story.name, story.title, story.covers, 0, failed, f"inputs not found: {absent}"
        )
    with _ingested(inputs) as app:
        story_judge = _StoryJudge(app, story)
        results = story_judge.run()
    return StoryResult(story.name, story.title, story.covers, len(story_judge.article_ids), results)


def _input_path(story: Story, raw: str) -> Path:
    if raw.startswith(_REPO_PREFIX):
        # The package lives in <repo>/src/storyline/evaluate/scenarios.
        return Path(__file__).resolve().parents[4] / raw[len(_REPO_PREFIX) :]
    return story.folder / raw


@contextmanager
def _ingested(inputs: Sequence[Path]) -> Iterator[Storyline]:
    from storyline.service import Storyline
    from storyline.store import open_store

    with tempfile.TemporaryDirectory(prefix="storyline-scenario-") as folder:
        app = Storyline(open_store(str(Path(folder) / "scenario.db")))
        try:
            report = app.ingest([str(p) for p in inputs])
            if report.failed:
                raise ScenarioError(
                    f"scenario inputs failed to ingest: {[f.input for f in report.failed]}"
                )
            yield app
        finally:
            app.close()


def _story_article_ids(app: Storyline) -> list[str]:
    store = app.store
    return [m.article_id for row in store.list_events() for m in store.event_memberships(row.id)]


class _StoryJudge:
    """Judges one story's checks on its store, reading each (event, as-of) record once."""

    def __init__(self, app: Storyline, story: Story) -> None:
        from storyline.evaluate.system import event_of

        self.app = app
        self.story = story
        self.article_ids = _story_article_ids(app)
        self.events = event_of(app.store, self.article_ids)
        times = (_published(app, i) for i in self.article_ids)
        self.report_times = sorted({t for t in times if t is not None})
        self._records: dict[tuple[str, datetime | None], dict[str, Any]] = {}

    def run(self) -> tuple[CheckResult, ...]:
        results = []
        for check in self.story.checks:
            anchor = check.event_of or self.story.anchor
            event_id = self.events.get(anchor)
            reason = (
                f"{anchor} is in no event" if event_id is None else self._judge(check, event_id)
            )
            results.append(CheckResult(check.name, reason))
        return tuple(results)

    def _judge(self, check: Check, event_id: str) -> str | None:
        if check.kind == "same_event":
            apart = [a for a in check.spec["articles"] if self.events.get(a) != event_id]
            return f"not in the anchor's event: {apart}" if apart else None
        if check.kind == "never_current":
            # Checked at every moment the record could change: each report of the story.
            for moment in [*self.report_times, None]:
                reason = judge(check, self._record(event_id, moment))
                if reason is not None:
                    return f"as of {moment:%Y-%m-%d %H:%MZ}: {reason}" if moment else reason
            return None
        if check.kind == "changes":
            return judge_changes(check, self._changes(event_id, check))
        return judge(check, self._record(event_id, check.as_of))

    def _record(self, event_id: str, as_of: datetime | None) -> dict[str, Any]:
        key = (event_id, as_of)
        if key not in self._records:
            self._records[key] = self.app.get_event(event_id, as_of=as_of)
        return self._records[key]

    def _changes(self, event_id: str, check: Check) -> list[dict[str, Any]]:
        since = parse_time(self.story.folder / "checks.json", check.spec["since"])
        found = self.app.changes(since, until=check.as_of)
        return [c for c in found if c.get("event_id") == event_id]


def _published(app: Storyline, article_id: str) -> datetime | None:
    stored = app.store.get_article(article_id)
    if stored is None:
        return None
    published: datetime | None = stored.article.published
    return published
