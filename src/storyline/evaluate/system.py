"""Running the real system for an evaluation: a fresh temporary SQLite store per run."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from storyline.progress import ProgressCallback
from storyline.records import Article
from storyline.store import Store

__all__ = ["event_of", "fresh_store"]


@contextmanager
def fresh_store(
    articles: Sequence[Article], progress: ProgressCallback | None = None
) -> Iterator[tuple[Store, int]]:
    """Ingest `articles`, in the order given, into a new SQLite store that is deleted after the
    `with` block; yields the store and the number of articles that failed."""
    from storyline.pipeline import ingest_articles
    from storyline.store import open_store

    with tempfile.TemporaryDirectory(prefix="storyline-eval-") as folder:
        store = open_store(str(Path(folder) / "eval.db"))
        try:
            report = ingest_articles(store, articles, progress=progress)
            yield store, len(report.failed)
        finally:
            store.close()


def event_of(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    """Article id -> the live event holding it (following merges); lost articles are absent."""
    events: dict[str, str] = {}
    live: dict[str, str] = {}
    for article_id in article_ids:
        membership = store.get_membership(article_id)
        if membership is None:
            continue
        event_id = membership.event_id
        if event_id not in live:
            live[event_id] = _follow_merges(store, event_id)
        events[article_id] = live[event_id]
    return events


def _follow_merges(store: Store, event_id: str) -> str:
    seen = {event_id}
    row = store.get_event(event_id)
    while row is not None and row.merged_into and row.merged_into not in seen:
        seen.add(row.merged_into)
        event_id = row.merged_into
        row = store.get_event(event_id)
    return event_id
