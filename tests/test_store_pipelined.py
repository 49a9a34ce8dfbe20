"""Writes whose outcome nobody reads may travel later (PostgreSQL pipelines them): on both back
ends they must still be read back inside the transaction, stay invisible outside it until the
commit, and fail with the exception of the write that failed, rolling the whole batch back."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from storyline.errors import NotFoundError, StoreError
from storyline.records import Article, DedupVerdict, Extraction
from storyline.store import Store

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
NEW = DedupVerdict("new")


def article(article_id: str, day: int = 1) -> Article:
    return Article(
        id=article_id,
        text=f"Report {article_id} about the flooding of the river.",
        title=f"Flood report {article_id}",
        published=datetime(2024, 5, day, 8, 0, tzinfo=UTC),
    )


def ingest_one(store: Store, item: Article, event_id: str, *, new_event: bool) -> None:
    """The writes (and the one read) an ingest makes for one article."""
    store.add_article(item, NEW, f"hash-{item.id}", b"sig")
    store.put_extraction(Extraction(item.id, "flood"))
    if new_event:
        store.create_event(event_id, item.title or item.id, T0)
        store.add_audit("auto_new", "new", event_ids=[event_id], article_ids=[item.id], at=T0)
    store.assign_article(item.id, event_id, score=0.9, reason="similar", at=T0)


def read_elsewhere(store: Store) -> tuple[bool, int]:
    """(article "a" stored, article count) as another thread sees them now."""
    seen: list[tuple[bool, int]] = []
    reader = threading.Thread(
        target=lambda: seen.append((store.has_article("a"), store.article_count()))
    )
    reader.start()
    reader.join()
    return seen[0]


def test_a_batch_reads_its_own_writes_and_others_see_them_only_after_commit(store: Store) -> None:
    with store.transaction():
        ingest_one(store, article("a", 1), "e1", new_event=True)
        ingest_one(store, article("b", 3), "e1", new_event=False)
        ingest_one(store, article("c", 2), "e2", new_event=True)
        assert store.find_by_text_hash("hash-b") == "b"
        event = store.get_event("e1")
        assert event is not None and event.article_count == 2
        assert event.first_reported == datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
        assert event.last_reported == datetime(2024, 5, 3, 8, 0, tzinfo=UTC)
        store.assign_article("b", "e2", score=None, reason="moved", by_user=True, at=T0)
        counts = {e: store.get_event(e).article_count for e in ("e1", "e2")}  # type: ignore[union-attr]
        assert counts == {"e1": 1, "e2": 2}
        assert read_elsewhere(store) == (False, 0)
        store.put_event_summary("e2", '{"id": "e2"}')
        store.put_event_record("e2", '{"v": 1}')
        store.put_cluster_state("e2", b"state")
        store.put_meta("mark", "1")
    assert read_elsewhere(store) == (True, 3)
    assert store.get_event_record("e2") == '{"v": 1}'
    assert store.get_meta("mark") == "1"
    assert [entry.action for entry in store.audit_entries("e2")] == ["auto_new"]
    assert [m.article_id for m in store.event_memberships("e2")] == ["c", "b"]


def test_a_refused_write_raises_its_own_error_after_later_statements(store: Store) -> None:
    with pytest.raises(StoreError, match="article a is already stored"), store.transaction():
        ingest_one(store, article("a"), "e1", new_event=True)
        store.add_article(article("a"), NEW, "other-hash", None)  # refused
        store.put_meta("mark", "after")  # more writes, then a read
        store.get_event("e1")
    assert store.article_count() == 0 and store.get_event("e1") is None
    assert store.get_meta("mark") is None


def test_an_error_found_at_commit_rolls_the_batch_back(store: Store) -> None:
    with pytest.raises(NotFoundError, match="ghost"), store.transaction():
        ingest_one(store, article("a"), "e1", new_event=True)
        store.put_event_summary("ghost", '{"id": "ghost"}')  # changes no row
        store.put_meta("mark", "after")
    assert store.article_count() == 0 and store.get_meta("mark") is None
    with pytest.raises(NotFoundError, match="ghost"), store.transaction():
        store.put_event_record("ghost", "{}")
        store.put_meta("mark", "after")
    with pytest.raises(StoreError, match="event e1 already exists"), store.transaction():
        store.create_event("e1", "One", T0)
        store.create_event("e1", "Again", T0)
        store.put_cluster_state("e1", b"state")
    assert store.get_event("e1") is None
    add_then_fail_assignment(store)


def add_then_fail_assignment(store: Store) -> None:
    """Assigning a missing article or to a missing event names the missing one."""
    with store.transaction():
        store.create_event("e1", "One", T0)
        store.add_article(article("a"), NEW, "h", None)
    with pytest.raises(NotFoundError, match="article ghost"), store.transaction():
        store.assign_article("ghost", "e1", score=None, reason="x", at=T0)
    with pytest.raises(NotFoundError, match="event nowhere"), store.transaction():
        store.assign_article("a", "nowhere", score=None, reason="x", at=T0)
    with pytest.raises(NotFoundError, match="article ghost"), store.transaction():
        store.assign_article("ghost", "nowhere", score=None, reason="x", at=T0)
    assert store.get_membership("a") is None
    with pytest.raises(NotFoundError, match="event nowhere"), store.transaction():
        store.add_article(article("fresh"), NEW, "h-fresh", None)  # stored and assigned at once
        store.assign_article("fresh", "nowhere", score=None, reason="x", at=T0)
    assert not store.has_article("fresh")
