"""changes --since and the digest over a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

from helpers_reconcile import at, extraction, mention
from storyline.reconcile import build_digest_timeline, compute_changes
from storyline.records import Article, DedupVerdict, Place
from storyline.store import Store

DAY1 = "Over 60 people were killed when the bridge in Lorca collapsed on Monday, police said."
DAY2 = "At least 143 people were killed in Monday's bridge collapse in Lorca, police said."
OTHER = "A ferry ran aground near Vigo on Tuesday; 3 people were injured, the coastguard said."


def _add(
    store: Store,
    event_id: str,
    article_id: str,
    when: str,
    text: str,
    phrase: str,
    value: int,
    qualifier: str,
    category: str = "killed",
) -> None:
    article = Article(
        id=article_id, text=text, title=text[:40], published=at(when), source="Test Wire"
    )
    with store.transaction():
        if store.get_event(event_id) is None:
            store.create_event(event_id, text[:40], at(when))
        store.add_article(article, DedupVerdict("new"), f"hash-{article_id}", None)
        store.put_extraction(
            extraction(article_id, mention(text, phrase, value, qualifier, category=category))
        )  # type: ignore[arg-type]
        store.assign_article(article_id, event_id, score=None, reason="test", at=at(when))


def _fill(store: Store) -> None:
    _add(store, "ev-bridge", "b1", "2026-03-02 09:00", DAY1, "Over 60", 60, "more_than")
    _add(store, "ev-bridge", "b2", "2026-03-03 09:00", DAY2, "At least 143", 143, "at_least")
    _add(store, "ev-ferry", "f1", "2026-03-03 12:00", OTHER, "3", 3, "exact", "injured")


def test_changes_since_list_fact_changes_and_new_events(store: Store) -> None:
    _fill(store)
    changes = compute_changes(store, at("2026-03-02 12:00"))
    by_kind = {(c.event_id, c.kind, c.category): c for c in changes}
    killed = by_kind[("ev-bridge", "fact_changed", "killed")]
    assert killed.old_value == 60 and killed.new_value == 143 and killed.step == "rise"
    assert killed.article_ids == ("b2",) and killed.reported == at("2026-03-03 09:00")
    assert ("ev-ferry", "new_event", None) in by_kind
    assert ("ev-bridge", "new_event", None) not in by_kind
    assert by_kind[("ev-bridge", "new_report", None)].article_ids == ("b2",)
    json_kinds = {c.to_json()["kind"] for c in changes}
    assert json_kinds == {"fact_changed", "new_event", "new_report"}


def test_changes_until_stops_at_that_time(store: Store) -> None:
    _fill(store)
    changes = compute_changes(store, at("2026-03-01 00:00"), until=at("2026-03-02 23:00"))
    assert [(c.event_id, c.kind) for c in changes] == [("ev-bridge", "new_event")]
    assert changes[0].to_json()["new"]["facts"]["killed"]["value"] == 60
    assert compute_changes(store, at("2026-03-04 00:00")) == []


def test_digest_over_the_store_respects_as_of_and_limits(store: Store) -> None:
    _fill(store)
    entries = build_digest_timeline(store, max_dates=1, per_date=1)
    assert len(entries) == 1 and entries[0].date.isoformat() == "2026-03-02"
    assert entries[0].event_id == "ev-bridge"
    early = build_digest_timeline(store, as_of=at("2026-03-02 10:00"))
    assert {i for e in early for i in e.article_ids} == {"b1"}


DAY3 = "Police revised the toll from Monday's bridge collapse in Lorca down to 131."


def test_a_rise_then_a_revision_are_two_changes(store: Store) -> None:
    """On each back end: since T, the rise and the later correction are listed one by one."""
    _fill(store)
    _add(store, "ev-bridge", "b3", "2026-03-04 10:00", DAY3, "131", 131, "exact")
    with store.transaction():  # the extraction marks the figure as a correction
        store.put_extraction(extraction(
            "b3", mention(DAY3, "131", 131, "exact", revision=True)))  # type: ignore[arg-type]
    changes = [c for c in compute_changes(store, at("2026-03-02 12:00"))
               if c.category == "killed"]
    assert [(c.step, c.old_value, c.new_value, c.article_ids) for c in changes] == [
        ("rise", 60, 143, ("b2",)), ("correction", 143, 131, ("b3",))]
    assert changes[1].rule == "explicit_revision" and changes[1].source == "Test Wire"


def test_a_place_named_by_two_reports_at_once_is_one_change(store: Store) -> None:
    """Two reports at the same time, one without an outlet, name a new place: one change."""
    _fill(store)
    alhama = Place("Alhama", "city", "ES", 37.85, -1.42)
    when = "2026-03-03 15:00"
    for article_id, source in (("p1", None), ("p2", "Test Wire")):
        text = "Rescuers from Alhama joined the search at the Lorca bridge."
        article = Article(id=article_id, text=text, title=text[:40], published=at(when),
                          source=source)
        with store.transaction():
            store.add_article(article, DedupVerdict("new"), f"hash-{article_id}", None)
            store.put_extraction(extraction(article_id, places=(alhama,)))
            store.assign_article(article_id, "ev-bridge", score=None, reason="test", at=at(when))
    places = [c for c in compute_changes(store, at("2026-03-02 12:00")) if c.kind == "new_place"]
    assert [(c.article_ids, c.source, c.reported) for c in places] == [(("p1",), None, at(when))]
