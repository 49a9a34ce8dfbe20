"""User corrections on a real store (SQLite and PostgreSQL): merge, split, move, audit, state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from tests.helpers_cluster import incident_stream

from storyline.cluster import Clusterer
from storyline.cluster.corrections import merge_events, move_article, split_event
from storyline.cluster.state import decode_state
from storyline.errors import CorrectionError
from storyline.records import Article, DedupVerdict
from storyline.store import Store

AT = datetime(2024, 7, 1, 12, tzinfo=UTC)
NEW = DedupVerdict(kind="new")


def _ingest(store: Store, incidents: int = 3, reports_each: int = 2) -> dict[int, str]:
    """Cluster a made-up stream into the store the way the pipeline does; incident -> event."""
    clusterer = Clusterer()
    events: dict[int, str] = {}
    with store.transaction():
        for article, extraction, incident in incident_stream(incidents, reports_each):
            store.add_article(article, NEW, f"hash-{article.id}", None)
            store.put_extraction(extraction)
            assignment = clusterer.assign(article, extraction, NEW)
            if assignment.created_event:
                store.create_event(assignment.event_id, article.title or "", AT)
            store.assign_article(
                article.id,
                assignment.event_id,
                score=assignment.score,
                reason=assignment.reason,
                at=AT,
            )
            events[incident] = assignment.event_id
        for event_id, state in clusterer.take_dirty_states().items():
            store.put_cluster_state(event_id, state)
    assert len(set(events.values())) == incidents
    return events


def _members(store: Store, event_id: str) -> list[str]:
    return [m.article_id for m in store.event_memberships(event_id)]


def _states(store: Store) -> dict[str, bytes]:
    return dict(store.iter_cluster_states())


def test_merge_moves_articles_retires_the_other_id_and_audits(store: Store) -> None:
    events = _ingest(store)
    target, other = events[0], events[1]
    moved = _members(store, other)
    merge_events(store, target, other, actor="editor", reason="same incident", at=AT)
    assert set(moved) <= set(_members(store, target))
    assert _members(store, other) == []
    retired = store.get_event(other)
    assert retired is not None and retired.merged_into == target
    assert all(store.get_membership(a).by_user for a in moved)  # type: ignore[union-attr]
    entry = store.audit_entries(target)[0]
    assert (entry.action, entry.actor, entry.reason) == ("merge", "editor", "same incident")
    assert set(entry.article_ids) == set(moved)
    states = _states(store)
    assert other not in states
    assert decode_state(states[target]).articles == 4
    with pytest.raises(CorrectionError, match="merged into"):
        move_article(store, moved[0], other, actor="editor", reason="x", at=AT)


def test_split_creates_a_deterministic_event_that_stays_apart(store: Store) -> None:
    events = _ingest(store, incidents=2, reports_each=3)
    source = events[0]
    taken = _members(store, source)[1:]
    new_id = split_event(store, source, taken, actor="editor", reason="two shootings", at=AT)
    assert new_id.startswith("ev-")
    assert _members(store, new_id) == taken
    assert len(_members(store, source)) == 1
    states = _states(store)
    assert new_id in decode_state(states[source]).cannot_link
    assert source in decode_state(states[new_id]).cannot_link
    assert decode_state(states[new_id]).articles == 2
    assert store.audit_entries(new_id)[0].action == "split"
    created = store.get_event(new_id)
    assert created is not None and created.title
    with pytest.raises(CorrectionError, match="every article"):
        split_event(store, new_id, taken, actor="editor", reason="x", at=AT)


def test_move_puts_one_article_in_another_event(store: Store) -> None:
    events = _ingest(store)
    article_id = _members(store, events[0])[0]
    move_article(store, article_id, events[2], actor="editor", reason="wrong town", at=AT)
    membership = store.get_membership(article_id)
    assert membership is not None and membership.event_id == events[2] and membership.by_user
    entry = store.audit_entries(events[2])[0]
    assert entry.action == "move" and entry.event_ids == (events[0], events[2])
    assert decode_state(_states(store)[events[2]]).articles == 3
    with pytest.raises(CorrectionError, match="already in"):
        move_article(store, article_id, events[2], actor="editor", reason="x", at=AT)


def test_corrections_name_unknown_ids(store: Store) -> None:
    events = _ingest(store, incidents=2)
    with pytest.raises(CorrectionError, match="ev-nope not found"):
        merge_events(store, events[0], "ev-nope", actor="e", reason="r", at=AT)
    with pytest.raises(CorrectionError, match="into itself"):
        merge_events(store, events[0], events[0], actor="e", reason="r", at=AT)
    with pytest.raises(CorrectionError, match="not in event"):
        split_event(store, events[0], ["a999-0"], actor="e", reason="r", at=AT)
    with pytest.raises(CorrectionError, match="names no article"):
        split_event(store, events[0], [], actor="e", reason="r", at=AT)
    with pytest.raises(CorrectionError, match="article nope not found"):
        move_article(store, "nope", events[0], actor="e", reason="r", at=AT)


def test_a_clusterer_resumed_after_a_split_keeps_the_users_decision(store: Store) -> None:
    events = _ingest(store, incidents=2, reports_each=3)
    source = events[0]
    taken = _members(store, source)[1:]
    new_id = split_event(store, source, taken, actor="editor", reason="two shootings", at=AT)
    clusterer = Clusterer()
    clusterer.load_states(store.iter_cluster_states())
    assert clusterer.states[new_id].cannot_link == {source}
    # The clusterer never reassigns stored articles: memberships stay as the user left them.
    assert _members(store, new_id) == taken


def test_an_ingest_running_during_a_correction_does_not_overwrite_it(store: Store) -> None:
    """An ingester keeps clusterer state in memory between batches; a correction committed in
    between (here through the library, no facade) must make it reload, or its next batch
    writes back the state from before the correction (a lost update)."""
    from storyline.pipeline import IngestOptions, ingest_stream

    reports = [article for article, _, _ in incident_stream(1, 4)]
    corrected: list[str] = []

    def stream() -> Iterator[Article]:
        yield from reports[:3]
        # The window of 3 is committed before the generator is asked for more.
        event_id = _event_of(store, reports[0].id)
        corrected.append(
            split_event(store, event_id, [reports[2].id], actor="editor", reason="other", at=AT)
        )
        yield reports[3]

    ingest_stream(store, stream(), IngestOptions(batch_size=3, order_window=3))
    assert corrected, "the correction ran between the batches"
    states = {eid: decode_state(data) for eid, data in _states(store).items()}
    for event_id, state in states.items():
        assert state.articles == len(_members(store, event_id)), event_id
    source = _event_of(store, reports[0].id)
    assert corrected[0] in states[source].cannot_link
    assert _event_of(store, reports[2].id) == corrected[0]


def _event_of(store: Store, article_id: str) -> str:
    membership = store.get_membership(article_id)
    assert membership is not None
    return membership.event_id


def test_rebuilding_states_recomputes_centroids_and_keeps_the_users_decisions(
    store: Store,
) -> None:
    from storyline.cluster.corrections import rebuild_states, state_for_event
    from storyline.records import Extraction

    events = _ingest(store, incidents=3, reports_each=3)
    source = events[0]
    moved = _members(store, source)[-1]
    split_id = split_event(store, source, [moved], actor="editor", reason="other", at=AT)
    before = {eid: decode_state(data) for eid, data in _states(store).items()}
    # An older weighting: the state of one event built from its first report only.
    target = events[1]
    first = store.get_articles(_members(store, target)[:1])[0].article
    stale = state_for_event(
        target,
        before[target].story_id,
        [(first, Extraction(article_id=first.id, event_type=""))],
        seq=before[target].seq,
    )
    with store.transaction():
        store.put_cluster_state(target, stale)
    assert decode_state(_states(store)[target]).articles == 1

    with store.transaction():
        written = rebuild_states(store, [*events.values(), split_id])
    after = {eid: decode_state(data) for eid, data in _states(store).items()}
    assert written == len(after) == 4
    for event_id, state in after.items():
        assert state.articles == len(_members(store, event_id)), event_id
        assert state.seq == before[event_id].seq
        assert state.story_id == before[event_id].story_id
        assert state.cannot_link == before[event_id].cannot_link
    assert split_id in after[source].cannot_link
    assert after[target].articles == 3
