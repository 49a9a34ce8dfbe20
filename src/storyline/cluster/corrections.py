"""User corrections: merge two events, split articles out of one, move one article.

Each function opens its own transaction on the store, puts the articles where the user said
(memberships with by_user=True), records the correction with its reason and actor in the audit
trail, retitles the events from their reports and rewrites the clusterer state of every event it
changed (deleting the state of an event left empty or merged away). A split also records a
cannot-link between the two events, so they are never reported as "possibly the same" again.

Each correction stamps the store's writer mark in its transaction, so an ingest running in
another process reloads the states before its next batch instead of overwriting them.
A running Clusterer in this process holds its own copy of the states: after a correction call
`clusterer.load_states(store.iter_cluster_states())` on a fresh clusterer, or
`clusterer.rebuild_event` / `forget_event` for the events named in the audit entry. The views of
the events it changed (cached summary and record, summary row and fact rows) are rewritten in
the same transaction (`living.write_event_views`), so no reader ever sees the correction with
stale rows. The clusterer never moves an article it has placed, so a correction is never undone
by later automatic clustering.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from storyline.cluster.clusterer import event_id_for, publication_order
from storyline.cluster.features import article_features
from storyline.cluster.parts import repoint_parts
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventState, decode_state, encode_state, new_state
from storyline.cluster.titles import choose_title
from storyline.errors import CorrectionError
from storyline.records import Article, Extraction
from storyline.store.base import EventRow, Store

__all__ = ["merge_events", "move_article", "rebuild_states", "split_event", "state_for_event"]


def state_for_event(
    event_id: str,
    story_id: str,
    members: Sequence[tuple[Article, Extraction]],
    settings: ClusterSettings | None = None,
    *,
    seq: int = 0,
    cannot_link: frozenset[str] = frozenset(),
) -> bytes:
    """The clusterer state of an event with these members, as persisted bytes."""
    settings = settings or ClusterSettings()
    state = new_state(event_id, story_id)
    for article, extraction in publication_order(members):
        state.add(article_features(article, extraction, settings), settings.event_terms)
    state.seq = seq
    state.cannot_link = set(cannot_link)
    return encode_state(state)


def merge_events(
    store: Store, target_id: str, other_id: str, *, actor: str, reason: str, at: datetime
) -> None:
    """Move every article of `other_id` into `target_id`; `other_id` then points at the target."""
    if target_id == other_id:
        raise CorrectionError(f"cannot merge event {target_id} into itself; give two event ids")
    with store.transaction():
        target = _live_event(store, target_id)
        _live_event(store, other_id)
        moved = [m.article_id for m in store.event_memberships(other_id)]
        for article_id in moved:
            store.assign_article(
                article_id,
                target_id,
                score=None,
                reason=f"merged by {actor}: {reason}",
                by_user=True,
                at=at,
            )
        store.update_event(other_id, merged_into=target_id)
        store.delete_cluster_state(other_id)
        repoint_parts(store, other_id, target_id)
        _rewrite(store, target, forget={other_id})
        store.add_audit(
            "merge", reason, event_ids=[target_id, other_id], article_ids=moved, actor=actor, at=at
        )
        _write_views(store, [target_id, other_id])
        store.stamp_writer_mark()


def split_event(
    store: Store,
    event_id: str,
    article_ids: Sequence[str],
    *,
    actor: str,
    reason: str,
    at: datetime,
) -> str:
    """Move `article_ids` out of `event_id` into a new event; returns the new event's id."""
    wanted = list(dict.fromkeys(article_ids))
    if not wanted:
        raise CorrectionError(f"split of event {event_id} names no article; give --articles IDS")
    with store.transaction():
        source = _live_event(store, event_id)
        _check_split(store, event_id, wanted)
        new_id = _split_event_id(store, wanted)
        store.create_event(new_id, "", at, story_id=source.story_id)
        for article_id in wanted:
            store.assign_article(
                article_id,
                new_id,
                score=None,
                reason=f"split by {actor}: {reason}",
                by_user=True,
                at=at,
            )
        _rewrite(store, source, cannot_link=new_id)
        created = store.get_event(new_id)
        assert created is not None  # just created in this transaction
        _rewrite(store, created, cannot_link=event_id)
        store.add_audit(
            "split", reason, event_ids=[event_id, new_id], article_ids=wanted, actor=actor, at=at
        )
        _write_views(store, [event_id, new_id])
        store.stamp_writer_mark()
    return new_id


def _write_views(store: Store, event_ids: Sequence[str]) -> None:
    """Rewrite the views of the events a correction changed, inside its transaction."""
    from storyline.living import write_event_views  # reconcile reads the clusterer's modules

    for event_id in event_ids:
        write_event_views(store, event_id)


def _check_split(store: Store, event_id: str, wanted: Sequence[str]) -> None:
    members = {m.article_id for m in store.event_memberships(event_id)}
    strangers = [a for a in wanted if a not in members]
    if strangers:
        raise CorrectionError(
            f"article {strangers[0]} is not in event {event_id}; "
            "check the event's articles with `storyline event`"
        )
    if len(wanted) == len(members):
        raise CorrectionError(
            f"split would take every article out of event {event_id}; leave at least one"
        )


def move_article(
    store: Store, article_id: str, to_event_id: str, *, actor: str, reason: str, at: datetime
) -> None:
    """Put one article in another event, as a person decided."""
    with store.transaction():
        if not store.has_article(article_id):
            raise CorrectionError(f"article {article_id} not found; check the id")
        membership = store.get_membership(article_id)
        target = _live_event(store, to_event_id)
        if membership is not None and membership.event_id == to_event_id:
            raise CorrectionError(f"article {article_id} is already in event {to_event_id}")
        store.assign_article(
            article_id,
            to_event_id,
            score=None,
            reason=f"moved by {actor}: {reason}",
            by_user=True,
            at=at,
        )
        touched = [to_event_id]
        if membership is not None:
            source = store.get_event(membership.event_id)
            if source is not None:
                _rewrite(store, source)
                touched.insert(0, source.id)
        _rewrite(store, target)
        store.add_audit(
            "move", reason, event_ids=touched, article_ids=[article_id], actor=actor, at=at
        )
        _write_views(store, touched)
        store.stamp_writer_mark()


def _live_event(store: Store, event_id: str) -> EventRow:
    event = store.get_event(event_id)
    if event is None:
        raise CorrectionError(f"event {event_id} not found; check the id with `storyline events`")
    if event.merged_into is not None:
        raise CorrectionError(
            f"event {event_id} was merged into {event.merged_into}; use {event.merged_into}"
        )
    return event


def _split_event_id(store: Store, article_ids: Sequence[str]) -> str:
    """Deterministic from the split articles; a suffix only if that id was used before."""
    key = "split:" + ",".join(sorted(article_ids))
    event_id, attempt = event_id_for(key), 1
    while store.get_event(event_id) is not None:
        attempt += 1
        event_id = event_id_for(f"{key}#{attempt}")
    return event_id


def _previous_state(store: Store, event_id: str) -> EventState | None:
    data = store.get_cluster_state(event_id)
    return None if data is None else decode_state(data)


def rebuild_states(store: Store, event_ids: Sequence[str]) -> int:
    """Recompute the clusterer state of these events from their current reports (after an
    upgrade that changes how articles are weighted), keeping each event's story, cannot-links
    and touch order; titles and memberships stay as they are. Call inside a transaction.
    Returns how many states were written."""
    written = 0
    for event_id in event_ids:
        event = store.get_event(event_id)
        if event is not None and event.merged_into is None:
            written += bool(_rewrite_state(store, event))
    store.stamp_writer_mark()
    return written


def _rewrite(
    store: Store,
    event: EventRow,
    *,
    cannot_link: str | None = None,
    forget: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Retitle the event from its reports and rewrite (or delete, if empty) its state."""
    articles = _rewrite_state(store, event, cannot_link=cannot_link, forget=forget)
    if articles:
        store.update_event(event.id, title=choose_title(articles))


def _rewrite_state(
    store: Store,
    event: EventRow,
    *,
    cannot_link: str | None = None,
    forget: frozenset[str] | set[str] = frozenset(),
) -> list[Article]:
    """Rewrite the event's state from its reports (returned), or delete it if it has none."""
    article_ids = [m.article_id for m in store.event_memberships(event.id)]
    if not article_ids:
        store.delete_cluster_state(event.id)
        return []
    articles = [stored.article for stored in store.get_articles(article_ids)]
    extractions = store.get_extractions(article_ids)
    members = [
        (a, extractions.get(a.id) or Extraction(article_id=a.id, event_type="")) for a in articles
    ]
    previous = _previous_state(store, event.id)
    links = set(previous.cannot_link) if previous else set()
    links -= set(forget)
    if cannot_link is not None:
        links.add(cannot_link)
    story = event.story_id or (previous.story_id if previous else "st-" + event.id[3:])
    state = state_for_event(
        event.id,
        story,
        members,
        seq=previous.seq if previous else 0,
        cannot_link=frozenset(links),
    )
    store.put_cluster_state(event.id, state)
    return articles
