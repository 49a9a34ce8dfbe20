"""Short texts need a closer text match unless they share a fact (#15, session 15):
scoring.join_text_floor. One-line items written for this test (no text from the data sets)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.features import article_features
from storyline.cluster.scoring import Match, join_text_floor
from storyline.pipeline import gate_and_extract, ingest_articles
from storyline.records import Article, DedupVerdict
from storyline.store import open_store

NEW = DedupVerdict(kind="new")
OFF = replace(ClusterSettings(), short_text_terms=0)
# Two items of two stories that share only "rescue teams" (text 0.132 in an empty store).
RUBBLE = "Rescue teams pulled two more survivors from the rubble on Tuesday."
STADIUM = "Crowds waited outside the stadium as rescue teams searched the stands."


def _item(article_id: str, text: str, hour: int) -> Article:
    return Article(id=article_id, text=text, published=datetime(2024, 3, 4, hour, tzinfo=UTC))


def test_two_one_line_items_sharing_one_phrase_stay_apart_through_the_store(
    tmp_path: Path,
) -> None:
    first, second = _item("i1", RUBBLE, 9), _item("i2", STADIUM, 15)
    # Control: without the short-text floor the one shared phrase joins them.
    clusterer = Clusterer(OFF)
    one = clusterer.assign(*gate_and_extract(first), NEW)
    two = clusterer.assign(*gate_and_extract(second), NEW)
    assert one.event_id == two.event_id and "text 0.13" in two.reason
    store = open_store(str(tmp_path / "store.db"))
    try:
        ingest_articles(store, [first, second])
        a, b = store.get_membership("i1"), store.get_membership("i2")
        assert a is not None and b is not None
        assert a.event_id != b.event_id, b.reason
    finally:
        store.close()


def test_the_reason_says_a_short_text_needs_more() -> None:
    clusterer = Clusterer()
    clusterer.assign(*gate_and_extract(_item("i1", RUBBLE, 9)), NEW)
    second = clusterer.assign(*gate_and_extract(_item("i2", STADIUM, 15)), NEW)
    assert second.created_event and second.evidence is not None
    (why,) = [note for _, _, note in second.evidence.not_chosen]
    assert why == "text 0.132 below 0.15 (a short text sharing no place or rare name)"


def test_the_floor_applies_to_short_texts_sharing_no_place_or_name() -> None:
    settings = ClusterSettings()
    short = article_features(*gate_and_extract(_item("i1", RUBBLE, 9)), settings)
    long_text = " ".join(
        [RUBBLE, "Engineers checked the cracked walls of the nearby school and the old mill."] * 3
        + ["Officials said the search would go on through the night at the harbour warehouses."]
    )
    long = article_features(*gate_and_extract(_item("i2", long_text, 9)), settings)
    assert len(short.terms) < settings.short_text_terms <= len(long.terms)
    unrelated = Match("ev-x", text=0.12, score=0.16, notes=())
    related = replace(unrelated, related=True)  # a shared place or rare name
    assert join_text_floor(short, unrelated, settings) == settings.short_min_text == 0.15
    assert join_text_floor(short, related, settings) == settings.min_join_text
    assert join_text_floor(long, unrelated, settings) == settings.min_join_text
    exempt_off = replace(settings, short_related_exempt=False)
    assert join_text_floor(short, related, exempt_off) == 0.15
    assert join_text_floor(short, unrelated, OFF) == settings.min_join_text
