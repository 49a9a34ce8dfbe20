"""`extract_facts`, `extract_many` and the `storyline extract` JSON shape."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from storyline.extract import EXTRACTOR_NAME, extract_facts, extract_many, extraction_to_json
from storyline.records import QUALIFIERS, Article

TEXT = (
    "At least 12 people were killed and dozens injured when gunmen opened fire on a market "
    "in Riverton on Monday, according to the health ministry. The toll is expected to rise. "
    "It was the deadliest attack since the 2004 siege that killed 334. "
    "Police said eleven suspects were detained, including four directly involved."
)


def article(
    text: str = TEXT,
    title: str | None = "Gunmen kill 12 at Riverton market",
    identifier: str = "a1",
) -> Article:
    return Article(
        id=identifier, text=text, title=title, published=datetime(2024, 5, 7, 9, 30, tzinfo=UTC)
    )


def test_extract_facts_counts_and_totals() -> None:
    extraction = extract_facts(article())
    assert extraction.article_id == "a1"
    assert extraction.extractor == EXTRACTOR_NAME
    assert extraction.event_type in ("shooting", "mass_casualty_attack")
    totals = extraction.totals
    assert (totals["killed"].value, totals["killed"].qualifier) == (12, "at_least")
    assert totals["killed"].trend == "rising"
    assert (totals["injured"].value, totals["injured"].qualifier) == (12, "vague")
    assert totals["arrested"].value == 11
    other = [m for m in extraction.counts if m.other_event]
    assert [m.value for m in other] == [334]


def test_json_shape_matches_the_interface() -> None:
    item = article()
    payload = extraction_to_json(item, extract_facts(item))
    json.dumps(payload)  # serialisable as it is
    for key in (
        "id",
        "published",
        "event_type",
        "event_date",
        "places",
        "claims",
        "counts",
        "totals",
    ):
        assert key in payload
    assert payload["id"] == "a1"
    for count in payload["counts"]:
        assert {
            "category",
            "value",
            "qualifier",
            "low",
            "high",
            "trend",
            "evidence",
            "start",
            "end",
        } <= set(count)
        assert count["qualifier"] in QUALIFIERS
        if count["start"] >= 0:
            assert TEXT[count["start"] : count["end"]] == count["evidence"]
    for total in payload["totals"].values():
        assert set(total) >= {"value", "qualifier", "low", "high"}
    for place in payload["places"]:
        assert {"name", "kind", "country"} <= set(place)
    for claim in payload["claims"]:
        assert {"actor", "kind", "evidence"} <= set(claim)
    if payload["event_date"] is not None:
        assert {"value", "text", "precision"} <= set(payload["event_date"])


def test_category_not_reported_is_absent() -> None:
    item = article("The council met on Tuesday to discuss the new park.", title=None)
    assert extraction_to_json(item, extract_facts(item))["totals"] == {}


def test_title_counts_have_no_text_offsets() -> None:
    item = article(
        "Police are investigating the incident on Elm Street.",
        title="3 shot, 1 killed on Elm Street",
    )
    extraction = extract_facts(item)
    assert extraction.totals["killed"].value == 1
    assert all((m.start, m.end) == (-1, -1) for m in extraction.counts)


def test_extract_many_is_lazy_and_ordered() -> None:
    items = (article(identifier=f"a{i}") for i in range(3))
    results = extract_many(items)
    assert next(results).article_id == "a0"
    assert [r.article_id for r in results] == ["a1", "a2"]


def test_event_type_evidence_is_the_kept_types_cue() -> None:
    """The JSON's evidence is the cue the extraction's own type was read from, kept on the
    record (not a second reading of the text), and absent when no cue gave the type."""
    raid = Article(id="raid", text="Soldiers raided a farmhouse outside Dunmere at dawn, killing "
                   "four gunmen who were hiding there.", published=datetime(2025, 3, 2, tzinfo=UTC))
    found = extract_facts(raid)
    payload = extraction_to_json(raid, found)
    assert payload["event_type"] == found.event_type != "arrest_raid"
    evidence = found.event_type_evidence
    assert evidence is not None and evidence.lower().startswith("raid")
    assert payload["event_type_evidence"] == evidence
    quiet = Article(id="quiet", text="The council met on Tuesday to discuss the library budget.",
                    published=datetime(2025, 3, 2, tzinfo=UTC))
    plain = extract_facts(quiet)
    assert plain.event_type == "other"
    assert extraction_to_json(quiet, plain)["event_type_evidence"] is None
