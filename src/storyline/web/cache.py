"""A small LRU cache of derived views (an event's record, its report rows, its activity).

Deriving an event with 1,000 reports takes the facade most of a second (decoding 1,000
extractions, resolving every count); a page is viewed far more often than its event changes. The
key holds everything a view is derived from that the store keeps on the event row: its article
count, last report time, and the cached summary JSON, which the pipeline rewrites after every
batch or correction that touches the event (and which lists its article ids). So a new, moved or
re-extracted report changes the key, and a stale view is never served.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import datetime
from typing import TypeVar

from storyline.service import Storyline

T = TypeVar("T")


class ViewCache:
    """Thread-safe LRU; `size` 0 disables it (every view is derived afresh)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, object] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get_or_build(self, key: Hashable | None, build: Callable[[], T]) -> T:
        if key is None or self.size <= 0:
            return build()
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]  # type: ignore[return-value]
        value = build()  # outside the lock: other requests go on meanwhile
        with self._lock:
            self.misses += 1
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


def event_key(
    storyline: Storyline, kind: str, event_id: str, as_of: datetime | None = None
) -> Hashable | None:
    """The cache key of a view of a live event; None (no caching) for merged or unknown ids,
    which the facade resolves or rejects itself."""
    row = storyline.store.get_event(event_id)
    if row is None or row.merged_into or row.summary is None:
        return None
    moment = as_of.isoformat() if as_of else None
    return (kind, row.id, moment, row.article_count, row.last_reported, row.title, row.summary)
