"""What the engine tests share: the inputs (the bundled examples and a GVA slice), the
single-process reference run, and a snapshot of a store that every engine must reproduce
(events, memberships and each event's JSON, ingest times masked)."""

from __future__ import annotations

import itertools
import re
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from helpers_data import require_data
from storyline.pipeline import IngestOptions, ingest_paths
from storyline.service import Storyline
from storyline.store.sqlite import SQLiteStore

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
GVA_ARTICLES = REPO.parent / "shared" / "data" / "gva" / "articles.jsonl"
GVA_SLICE = 300
STORYLINE = [sys.executable, "-m", "storyline"]
MODULE_STARTED = datetime.now(UTC) - timedelta(minutes=1)
TIME_PATTERN = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?"
)


def write_gva_slice(factory: pytest.TempPathFactory) -> Path:
    """The first `GVA_SLICE` GVA articles as a JSON Lines file (for a module-scoped fixture)."""
    require_data(GVA_ARTICLES)
    path = factory.mktemp("gva") / "slice.jsonl"
    with GVA_ARTICLES.open("rb") as source:
        path.write_bytes(b"".join(itertools.islice(source, GVA_SLICE)))
    return path


def snapshot(db: Path) -> dict[str, Any]:
    """Everything the comparison covers: events, memberships, and each event's full JSON."""
    store = SQLiteStore(str(db))
    try:
        app = Storyline(store)
        events = {}
        for row in store.list_events(limit=None):
            members = sorted(m.article_id for m in store.event_memberships(row.id))
            events[row.id] = {
                "title": row.title,
                "story": row.story_id,
                "members": members,
                "record": without_ingest_times(app.get_event(row.id)),
            }
        return {"articles": store.article_count(), "events": events}
    finally:
        store.close()


def without_ingest_times(value: Any) -> Any:
    """`value` with every time since this test module started replaced by a placeholder: an
    undated article is reported when it was ingested, the one volatile value (explanations
    quote it to the minute)."""
    if isinstance(value, dict):
        return {key: without_ingest_times(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_ingest_times(item) for item in value]
    if isinstance(value, str):
        return TIME_PATTERN.sub(_placeholder_if_recent, value)
    return value


def _placeholder_if_recent(match: re.Match[str]) -> str:
    text = match.group(0)
    moment = datetime.fromisoformat(text.replace(" ", "T").replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return "<ingest time>" if moment >= MODULE_STARTED else text


def single_process(db: Path, inputs: list[str]) -> dict[str, Any]:
    store = SQLiteStore(str(db))
    try:
        report = ingest_paths(store, inputs, IngestOptions(batch_size=16))
    finally:
        store.close()
    assert report.ingested > 0 and not report.failed
    return snapshot(db)


