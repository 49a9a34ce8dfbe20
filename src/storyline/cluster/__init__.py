"""Clustering: which event each article reports, and which events form a story.

Public entry points:
- `Clusterer(settings)`: online, deterministic assignment of articles to events
  (`assign`, `load_states`, `take_dirty_states`, `rebuild_event`, `forget_event`,
  `add_cannot_link`).
- `choose_title(articles)`: an event title chosen from its reports.
- `merge_events`, `split_event`, `move_article`: user corrections on a Store, audited.
- `state_for_event(...)`: the persisted clusterer state of an event with given members.
See docs/clustering.md.

The names are imported on first use (PEP 562): the record reads `cluster.compat` and
`cluster.titles` on every CLI call, and importing the clusterer (numpy, word frequencies) for
them would make every read command pay for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "Clusterer": "clusterer", "event_id_for": "clusterer", "story_id_for": "clusterer",
    "merge_events": "corrections", "move_article": "corrections", "split_event": "corrections",
    "state_for_event": "corrections", "ClusterSettings": "settings",
    "ClusterStateError": "state", "choose_title": "titles",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'storyline.cluster' has no attribute {name!r}")
    return getattr(importlib.import_module(f"storyline.cluster.{module}"), name)
