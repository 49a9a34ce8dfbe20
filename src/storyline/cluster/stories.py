"""Stories: the incident and the events that follow from it or relate to it.

The clusterer puts a new event in the story of the closest earlier event that shares a place or
a rare name with it (clusterer._story_for): an arrest, a funeral or a trial weeks later that does
not read as a report of the incident itself becomes its own event in the incident's story. These
functions show that hierarchy (story -> events) to readers: in `event ID --json`, on the event
page and at `/api/stories`.
"""

from __future__ import annotations

from typing import Any

from storyline.store import EventRow, Store

__all__ = ["list_stories", "story_json"]

_MAX_EVENTS = 200


def _event_json(row: EventRow, current: str | None) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "first_reported": row.first_reported.isoformat() if row.first_reported else None,
        "last_reported": row.last_reported.isoformat() if row.last_reported else None,
        "article_count": row.article_count,
        "this_event": row.id == current,
    }


def story_json(store: Store, story_id: str, current: str | None = None) -> dict[str, Any]:
    """The story's events, first reported first; the first is the one the story started with."""
    rows = store.story_events(story_id, limit=_MAX_EVENTS)
    return {
        "id": story_id,
        "events": [_event_json(row, current) for row in rows],
        "event_count": len(rows),
    }


def list_stories(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    """The stories of the most recently reported events, newest first, each with its events."""
    seen: dict[str, None] = {}
    offset = 0
    while len(seen) < limit:
        rows = store.list_events(limit=4 * limit, offset=offset)
        if not rows:
            break
        for row in rows:
            if row.story_id:
                seen.setdefault(row.story_id, None)
        offset += len(rows)
    return [story_json(store, story_id) for story_id in list(seen)[:limit]]
