"""Every step kept: `changes --since T` lists each transition of developing stories (a rise then
a revision are two changes, a claim then a denial are two, a split then a merge are two), with
time, source, reports, old and new value and why; in the library, the CLI (table, --wide,
--json, --csv), the API, the page and the Atom feed. Real pipeline, real SQLite."""

from __future__ import annotations

import csv
import io
import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from helpers_stories import CLAIM_STORIES, TOLL_STORIES, TollStory, event_of, stories_db
from storyline.cli import cli
from storyline.reconcile.changes import compute_changes
from storyline.service import Storyline
from storyline.web import create_app

INTERFACE_KEYS = {"event_id", "kind", "category", "old", "new", "article_ids", "reported"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory)


@pytest.fixture(scope="module")
def storyline(db: Path) -> Iterator[Storyline]:
    with Storyline.open(str(db)) as opened:
        yield opened


def _after_first(story: TollStory) -> datetime:
    first = story.articles[0].published
    assert first is not None
    return first + timedelta(hours=1)


def _killed_steps(changes: list[dict[str, object]], event_id: str) -> list[dict[str, object]]:
    return [c for c in changes if c["event_id"] == event_id and c["category"] == "killed"
            and c["kind"] == "fact_changed"]


@pytest.mark.parametrize("story", TOLL_STORIES, ids=lambda s: s.articles[0].id)
def test_a_rise_then_a_revision_since_t_are_two_changes(
    storyline: Storyline, story: TollStory
) -> None:
    event_id = event_of(storyline, story.articles[0].id)
    steps = _killed_steps(storyline.changes(_after_first(story)), event_id)
    assert [(c["step"], c["old"]["value"], c["new"]["value"]) for c in steps] == [  # type: ignore[index]
        ("rise", story.first, story.risen), ("correction", story.risen, story.revised)]
    rise, revision = steps
    assert rise["article_ids"] == [story.rise_id] and revision["article_ids"] == [story.revision_id]
    sources = {a.id: a.source for a in story.articles}
    assert rise["source"] == sources[story.rise_id]
    assert revision["source"] == sources[story.revision_id]
    assert revision["rule"] == "explicit_revision" and story.revision_id in str(revision["why"])
    assert revision["new"]["rule"] == revision["rule"]  # type: ignore[index]
    assert str(rise["reported"]) < str(revision["reported"])
    assert all(set(c) >= INTERFACE_KEYS for c in steps)


def test_until_ends_the_window_between_two_steps(storyline: Storyline) -> None:
    story = TOLL_STORIES[0]
    rise_time = next(a.published for a in story.articles if a.id == story.rise_id)
    assert rise_time is not None
    event_id = event_of(storyline, story.articles[0].id)
    early = _killed_steps(storyline.changes(_after_first(story), until=rise_time), event_id)
    assert [c["step"] for c in early] == ["rise"]
    late = _killed_steps(storyline.changes(rise_time), event_id)
    assert [(c["step"], c["old"]["value"]) for c in late] == [  # type: ignore[index]
        ("correction", story.risen)]


@pytest.mark.parametrize(("actor", "articles"), CLAIM_STORIES, ids=["blast", "dam"])
def test_a_claim_then_a_denial_are_two_changes(
    storyline: Storyline, actor: str, articles: tuple[object, ...]
) -> None:
    first_id = articles[0].id  # type: ignore[attr-defined]
    event_id = event_of(storyline, first_id)
    since = datetime(2026, 5, 1, tzinfo=UTC)
    claims = [c for c in storyline.changes(since, event_id=event_id) if c["kind"] == "new_claim"]
    assert [(c["step"], c["new"]["actor"], c["article_ids"]) for c in claims] == [
        ("new_claim", actor, [first_id]),
        ("new_denial", actor, [articles[1].id]),  # type: ignore[attr-defined]
    ]
    assert claims[0]["new"]["kind"] == "claimed" and claims[1]["new"]["kind"] == "denied"


def test_a_new_event_then_its_own_steps(storyline: Storyline) -> None:
    """Since before the story: the event as first reported, then each step after it."""
    story = TOLL_STORIES[1]
    event_id = event_of(storyline, story.articles[0].id)
    before = datetime(2026, 6, 1, tzinfo=UTC)
    listed = compute_changes(storyline.store, before, event_id=event_id)
    assert listed[0].kind == "new_event"
    first = listed[0].to_json()["new"]["facts"]["killed"]
    assert first["value"] == story.first  # as first reported, not the current value
    assert [c.step for c in listed if c.category == "killed"] == ["rise", "correction"]


def test_cli_table_wide_json_and_csv(db: Path, storyline: Storyline) -> None:
    story = TOLL_STORIES[0]
    event_id = event_of(storyline, story.articles[0].id)
    base = ["--db", str(db), "changes", "--since", _after_first(story).isoformat(),
            "--event", event_id]
    runner = CliRunner()
    table = runner.invoke(cli, base)
    assert table.exit_code == 0, table.output
    words = " ".join(table.output.split())
    assert f"killed rose: {story.first} → {story.risen}" in words
    assert f"killed corrected: {story.risen} → {story.revised}" in words
    assert "{'" not in table.output
    wide = runner.invoke(cli, [*base, "--wide"]).output
    assert any(story.revision_id in line and "corrected" in line for line in wide.splitlines())
    listed = json.loads(runner.invoke(cli, [*base, "--json"]).output)
    assert all(c["event_id"] == event_id for c in listed)
    assert table.output.count(listed[0]["title"][:30]) == 1  # once for a run of one event
    assert {"rise", "correction"} <= {c["step"] for c in listed}
    rows = list(csv.DictReader(io.StringIO(runner.invoke(cli, [*base, "--csv"]).output)))
    assert [(r["kind"], r["step"]) for r in rows] == [(c["kind"], c["step"]) for c in listed]


def test_split_then_merge_are_changes_and_the_steps_stay(db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    story = TOLL_STORIES[1]
    with Storyline.open(str(copy)) as storyline:
        event_id = event_of(storyline, story.articles[0].id)
        before = datetime.now(UTC) - timedelta(seconds=1)
        created = storyline.split(event_id, [story.revision_id], reason="a different flood")
        storyline.merge(event_id, created["id"], reason="the same flood after all")
        corrections = [c for c in storyline.changes(before) if c["kind"] in ("split", "merge")]
        assert [(c["kind"], c["event_id"]) for c in corrections] == [
            ("split", event_id), ("merge", event_id)]
        assert corrections[1]["new"]["event_ids"] == [event_id, created["id"]]
        assert corrections[1]["why"] == "merge by user: the same flood after all"
        steps = _killed_steps(storyline.changes(_after_first(story)), event_id)
    assert [c["step"] for c in steps] == ["rise", "correction"]


def test_api_page_and_feed_list_each_step(db: Path, storyline: Storyline) -> None:
    story = TOLL_STORIES[0]
    event_id = event_of(storyline, story.articles[0].id)
    since = _after_first(story).isoformat()
    expected = storyline.changes(_after_first(story))
    with TestClient(create_app(str(db))) as client:
        api = client.get("/api/changes", params={"since": since, "event": event_id}).json()
        assert api == storyline.changes(_after_first(story), event_id=event_id)
        page = client.get("/changes", params={"since": since}).text
        feed = ET.fromstring(client.get("/changes.atom", params={"since": since}).content)
    assert page.count('class="event-changes"') == len({c["event_id"] for c in expected})
    assert f"{len(expected)} change" in page
    for label in ("Rise", "Correction", "New\u00a0denial"):  # the kind of each row, unbroken
        assert f'<span class="tag">{label}</span>' in page
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    assert len(entries) == len(expected)
    ids = [entry.findtext("a:id", namespaces=ns) for entry in entries]
    assert len(set(ids)) == len(ids), "each transition is an entry of its own"
    summaries = " ".join(entry.findtext("a:summary", namespaces=ns) or "" for entry in entries)
    assert f"killed corrected: {story.risen} → {story.revised}" in " ".join(
        entry.findtext("a:title", namespaces=ns) or "" for entry in entries)
    assert "explicit_revision" in summaries


def test_a_correction_before_many_later_audit_entries_is_still_listed(
    db: Path, tmp_path: Path
) -> None:
    """An ingest adds an audit entry per new event: a user's split made before a large ingest
    stays a change of the window."""
    copy = tmp_path / "busy.db"
    shutil.copy(db, copy)
    story = TOLL_STORIES[0]
    with Storyline.open(str(copy)) as storyline:
        event_id = event_of(storyline, story.articles[0].id)
        before = datetime.now(UTC) - timedelta(seconds=1)
        storyline.split(event_id, [story.revision_id], reason="another blast")
        later = datetime.now(UTC) + timedelta(seconds=1)
        with storyline.store.transaction():
            for number in range(1_100):
                storyline.store.add_audit("auto_new", "new incident", event_ids=[f"ev-{number}"],
                                          at=later + timedelta(seconds=number))
        kinds = [c["kind"] for c in storyline.changes(before)]
    assert "split" in kinds
