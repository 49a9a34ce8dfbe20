"""The web layer's view cache: least recently used out, size 0 off, keys from the event row."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_web import example_db
from storyline.service import Storyline
from storyline.web.cache import ViewCache, event_key


def test_least_recently_used_view_goes_first() -> None:
    cache = ViewCache(2)
    builds: list[str] = []

    def build(name: str) -> str:
        builds.append(name)
        return name.upper()

    assert cache.get_or_build("a", lambda: build("a")) == "A"
    assert cache.get_or_build("b", lambda: build("b")) == "B"
    assert cache.get_or_build("a", lambda: build("a")) == "A"  # hit: a is now the newest
    assert cache.get_or_build("c", lambda: build("c")) == "C"  # evicts b
    assert cache.get_or_build("a", lambda: build("a")) == "A"
    assert cache.get_or_build("b", lambda: build("b")) == "B"
    assert builds == ["a", "b", "c", "b"]
    assert (cache.hits, cache.misses) == (2, 4)


def test_size_zero_and_no_key_always_build() -> None:
    builds = []
    off = ViewCache(0)
    on = ViewCache(4)
    for cache, key in ((off, "k"), (off, "k"), (on, None), (on, None)):
        cache.get_or_build(key, lambda: builds.append(1))
    assert len(builds) == 4


def test_event_key_follows_the_event_row(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    with Storyline.open(str(example_db(tmp_path_factory))) as storyline:
        event_id = storyline.list_events()[0]["id"]
        key = event_key(storyline, "event", event_id)
        assert key is not None and key == event_key(storyline, "event", event_id)
        assert key != event_key(storyline, "page", event_id)
        assert event_key(storyline, "event", "no-such-event") is None
        row = storyline.store.get_event(event_id)
        assert row is not None and row.summary in key  # type: ignore[operator]
