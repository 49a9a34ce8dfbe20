"""Clustering: which event each article reports, and which events form a story.

Public entry points:
- `Clusterer(settings)`: online, deterministic assignment of articles to events
  (`assign`, `load_states`, `take_dirty_states`, `rebuild_event`, `forget_event`,
  `add_cannot_link`).
- `choose_title(articles)`: an event title chosen from its reports.
- `merge_events`, `split_event`, `move_article`: user corrections on a Store, audited.
- `state_for_event(...)`: the persisted clusterer state of an event with given members.
See docs/clustering.md.
"""

from __future__ import annotations

from storyline.cluster.clusterer import Clusterer, event_id_for, story_id_for
from storyline.cluster.corrections import (
    merge_events,
    move_article,
    split_event,
    state_for_event,
)
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import ClusterStateError
from storyline.cluster.titles import choose_title

__all__ = [
    "ClusterSettings",
    "ClusterStateError",
    "Clusterer",
    "choose_title",
    "event_id_for",
    "merge_events",
    "move_article",
    "split_event",
    "state_for_event",
    "story_id_for",
]
