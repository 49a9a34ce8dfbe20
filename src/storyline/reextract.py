"""Re-extraction after an upgrade: new facts for stored articles, the events kept as they are.

An extraction records the extractor that made it (`Extraction.extractor`, e.g.
"storyline-extract/2"). After an upgrade that changes the extractor, `reextract` runs the
current one over every article whose extraction is from another (or over all, with
`only_outdated=False`), in batches. Each batch is one transaction: the new extractions, the
clusterer states of the events they belong to (rebuilt from their reports, keeping their
cannot-links and stories) and the events' views and living-record rows (`fact_versions`,
`event_summaries`, rebuilt by `living.write_event_views`). Killed at any moment, the store is as
after the last finished batch, and running it again carries on from there.

Memberships are not touched, so every user correction (a merge, a split, a move: memberships
made `by_user`, cannot-links in the clusterer state, the audit trail) is kept; the events are not
re-clustered.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.progress import ProgressCallback
from storyline.store import Store


@dataclass(frozen=True, slots=True)
class ReextractReport:
    """What a re-extraction did."""

    extractor: str  # the extractor that made the new extractions
    articles: int  # articles re-extracted
    events: int  # events whose views and rows were rebuilt
    left: int  # articles still from another extractor (0 unless interrupted)

    def to_json(self) -> dict[str, object]:
        return {"extractor": self.extractor, "articles": self.articles, "events": self.events,
                "left": self.left}


def reextract(
    store: Store,
    *,
    only_outdated: bool = True,
    batch: int = 100,
    progress: ProgressCallback | None = None,
) -> ReextractReport:
    """Re-extract the stored articles (those from another extractor, or all) in batches of
    `batch` articles, one transaction each."""
    from storyline.extract import EXTRACTOR_NAME

    current = EXTRACTOR_NAME
    todo = store.extraction_ids(not_by=current if only_outdated else None)
    events: set[str] = set()
    done = 0
    for start in range(0, len(todo), max(1, batch)):
        chunk = todo[start : start + max(1, batch)]
        events |= _reextract_batch(store, chunk)
        done += len(chunk)
        if progress is not None:
            progress(len(chunk))
    left = len(store.extraction_ids(not_by=current))
    return ReextractReport(current, done, len(events), left)


def _reextract_batch(store: Store, article_ids: Sequence[str]) -> set[str]:
    from storyline.cluster.corrections import rebuild_states
    from storyline.living import write_event_views
    from storyline.pipeline import extract_article

    # Extract before the transaction: the write lock is held only while writing.
    extractions = [extract_article(stored.article) for stored in store.get_articles(article_ids)]
    with store.transaction():
        touched: set[str] = set()
        for extraction in extractions:
            store.put_extraction(extraction)
            membership = store.get_membership(extraction.article_id)
            if membership is not None:
                touched.add(membership.event_id)
        ordered = sorted(touched)
        rebuild_states(store, ordered)  # places, dates and type weigh in the centroids
        for event_id in ordered:
            write_event_views(store, event_id)
    return touched
