"""The bundled examples through the real pipeline and a real SQLite store, rule by rule.

examples/ holds two developing stories (an earthquake and a bombing, several outlets over three
or more days) and an unrelated warehouse fire. Each assertion below names the rule it protects;
docs/living-record.md explains the rules with these same reports.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storyline.pipeline import ingest_paths
from storyline.reconcile import EventRecord, build_event_record, compute_changes
from storyline.reconcile.digest import build_digest_timeline
from storyline.store import Store, StoredArticle, open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
QUAKE_TEXT_START = "Rescuers in northern Peru ended"
ATTACK_TEXT_START = "A second armed group"


def t(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    db = open_store(str(tmp_path_factory.mktemp("examples") / "s.db"))
    report = ingest_paths(db, [str(EXAMPLES / "articles.jsonl"), str(EXAMPLES / "text")])
    assert report.failed == ()
    yield db
    db.close()


def _all_articles(store: Store) -> list[StoredArticle]:
    ids = [m.article_id for row in store.list_events() for m in store.event_memberships(row.id)]
    return store.get_articles(ids)


def _id_of_text(store: Store, start: str) -> str:
    return next(s.article.id for s in _all_articles(store) if s.article.text.startswith(start))


def _record(store: Store, article_id: str, as_of: datetime | None = None) -> EventRecord:
    membership = store.get_membership(article_id)
    assert membership is not None, f"{article_id} is in no event"
    row = store.get_event(membership.event_id)
    assert row is not None
    members = store.event_memberships(row.id)
    articles = store.get_articles([m.article_id for m in members])
    extractions = store.get_extractions([s.article.id for s in articles])
    return build_event_record(row, articles, extractions, as_of=as_of)


def _statuses(record: EventRecord, category: str) -> dict[str, str]:
    return {h.fact.article_id: h.status for h in record.categories[category].history}


def test_stories_stay_apart_and_each_story_is_one_event(store: Store) -> None:
    quake_text, attack_text = (
        _id_of_text(store, QUAKE_TEXT_START),
        _id_of_text(store, ATTACK_TEXT_START),
    )
    stories = {
        "quake": [f"ex-quake-0{i}" for i in range(1, 9)] + [quake_text],
        "attack": [f"ex-attack-0{i}" for i in (1, 2, 3, 4, 5, 7)] + [attack_text],
        "fire": ["ex-fire-01", "ex-fire-02"],
    }
    events = {}
    for name, ids in stories.items():
        found = {store.get_membership(i).event_id for i in ids}  # type: ignore[union-attr]
        assert len(found) == 1, f"{name} split over {found}"
        events[name] = found.pop()
    assert len(set(events.values())) == 3


def test_quake_toll_rises_then_is_revised_down(store: Store) -> None:
    record = _record(store, "ex-quake-01")
    current = record.current("killed")
    assert current is not None and current.fact.value == 131
    assert current.rule == "explicit_revision" and "ex-quake-08" in current.why
    statuses = _statuses(record, "killed")
    assert statuses["ex-quake-01"] == "superseded"  # "over 60" on day one
    assert statuses["ex-quake-04"] == "superseded"  # "at least 143" until the correction
    assert statuses["ex-quake-07"] == "lagged"  # repeats "more than 60" on day two
    assert statuses["ex-quake-08"] == "current"


def test_as_of_before_and_after_each_quake_report(store: Store) -> None:
    expected = {
        "ex-quake-01": 60,
        "ex-quake-02": 70,
        "ex-quake-03": 96,
        "ex-quake-04": 143,
        "ex-quake-05": 143,
        "ex-quake-06": 143,
        "ex-quake-07": 143,
        "ex-quake-08": 131,
    }
    for article_id, value in expected.items():
        published = store.get_article(article_id).article.published  # type: ignore[union-attr]
        assert published is not None
        before = _record(store, article_id, as_of=published - timedelta(seconds=1))
        after = _record(store, article_id, as_of=published)
        assert article_id not in before.article_ids and article_id in after.article_ids
        killed = after.current("killed")
        assert killed is not None and killed.fact.value == value, article_id
    day_two = _record(store, "ex-quake-04", as_of=t("2026-03-03T09:00:00Z")).current("killed")
    assert day_two is not None and day_two.fact.qualifier == "at_least"
    assert day_two.fact.trend == "rising"
    assert "later report supersedes" in day_two.why


def test_near_duplicate_wire_copy_counts_once(store: Store) -> None:
    copy = store.get_article("ex-quake-05")
    assert copy is not None and copy.verdict.kind == "near_duplicate"
    assert copy.verdict.original_id == "ex-quake-04"
    current = _record(store, "ex-quake-04", as_of=t("2026-03-03T12:00:00Z")).current("killed")
    assert current is not None
    assert {"ex-quake-04", "ex-quake-05", "ex-quake-06"} <= set(current.article_ids)
    assert current.independent_reports == 2  # 04 and 06; the copy 05 is not a confirmation


def test_same_time_disagreement_is_conflicting_and_ledgered(store: Store) -> None:
    quake = _record(store, "ex-quake-01")
    assert quake.current("injured").fact.value == 620  # type: ignore[union-attr]
    assert _statuses(quake, "injured")["ex-quake-06"] == "conflicting"
    attack = _record(store, "ex-attack-01")
    assert _statuses(attack, "killed")["ex-attack-03"] == "conflicting"
    conflicts = [d for d in attack.categories["killed"].disagreements if d.kind == "conflict"]
    assert conflicts and "ex-attack-03" in conflicts[0].article_ids


def test_attack_toll_and_lagged_repeat(store: Store) -> None:
    record = _record(store, "ex-attack-01")
    assert record.current("killed").fact.value == 18  # type: ignore[union-attr]
    assert _statuses(record, "killed")["ex-attack-07"] == "lagged"
    as_of_day_one = _record(store, "ex-attack-01", as_of=t("2026-04-10T23:00:00Z"))
    assert as_of_day_one.current("killed").fact.value == 12  # type: ignore[union-attr]


def test_nested_arrest_count_is_scope_not_conflict(store: Store) -> None:
    record = _record(store, "ex-attack-05")
    assert record.current("arrested").fact.value == 11  # type: ignore[union-attr]
    kinds = {d.kind for d in record.categories["arrested"].disagreements}
    assert "scope" in kinds and "conflict" not in kinds


def test_claim_appears_on_day_two_and_competes_on_day_three(store: Store) -> None:
    day_one = _record(store, "ex-attack-01", as_of=t("2026-04-10T23:00:00Z"))
    assert not [c for c in day_one.claims if c.kind == "claimed"]
    assert [c for c in day_one.claims if c.kind == "blamed"], "the minister blamed on day one"
    record = _record(store, "ex-attack-01")
    claimed = [c for c in record.claims if c.kind == "claimed"]
    assert claimed[0].article_ids[0] == "ex-attack-04"
    assert claimed[0].first_reported == t("2026-04-11T08:30:00Z")
    assert len({c.actor_normalized for c in claimed}) >= 2
    assert claimed[0].competing_with


def test_timeline_lists_each_development_once(store: Store) -> None:
    record = _record(store, "ex-quake-01")
    texts = [entry.text for entry in record.timeline]
    assert len(texts) == len(set(texts))
    dates = [entry.date for entry in record.timeline]
    assert dates == sorted(dates) and dates[0].isoformat() == "2026-03-02"
    cited = {i for entry in record.timeline for i in entry.article_ids}
    assert cited <= set(record.article_ids)
    assert any("revised down to 131" in text for text in texts)


def test_brief_cites_reports_of_the_event(store: Store) -> None:
    record = _record(store, "ex-attack-01")
    brief = record.brief()
    assert 1 <= len(brief.sentences) <= 5
    assert all(s.article_id in record.article_ids for s in brief.sentences)
    early = _record(store, "ex-attack-01", as_of=t("2026-04-10T11:00:00Z")).brief()
    assert {s.article_id for s in early.sentences} == {"ex-attack-01"}


def test_changes_since_day_one_show_the_new_toll(store: Store) -> None:
    changes = compute_changes(store, t("2026-03-02T23:00:00Z"), until=t("2026-03-03T23:59:00Z"))
    killed = [c for c in changes if c.kind == "fact_changed" and c.category == "killed"]
    assert len(killed) == 1
    assert killed[0].old_value == 96 and killed[0].new_value == 143
    assert "ex-quake-04" in killed[0].article_ids
    fresh = compute_changes(store, t("2026-04-01T00:00:00Z"), until=t("2026-04-10T23:00:00Z"))
    # Events first reported in the window: each a new event, then each later step of its own.
    starts = {c.event_id: c.reported for c in fresh if c.kind == "new_event"}
    assert starts and all(c.event_id in starts for c in fresh)
    assert all(c.reported and c.reported >= starts[c.event_id] for c in fresh)


def test_digest_covers_every_story(store: Store) -> None:
    entries = build_digest_timeline(store, max_dates=6, per_date=2)
    assert 1 <= len({e.date for e in entries}) <= 6
    assert all(len([e for e in entries if e.date == d]) <= 2 for d in {e.date for e in entries})
    assert len({e.event_id for e in entries}) >= 2


def test_example_files_are_well_formed() -> None:
    import json

    records = [json.loads(line) for line in (EXAMPLES / "articles.jsonl").open()]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) and all(i.startswith("ex-") for i in ids)
    for record in records:
        assert set(record) == {"id", "published", "title", "text", "source", "url"}
        assert record["published"].endswith("Z")
        assert 150 <= len(record["text"].split()) <= 400, record["id"]
    texts = sorted((EXAMPLES / "text").glob("*.txt"))
    assert len(texts) >= 2
    for path in texts:
        assert path.read_text().startswith("date 20")
