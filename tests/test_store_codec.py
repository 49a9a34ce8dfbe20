"""Record <-> JSON: exact round trips, and tolerance of older and newer data."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.codec import (
    DecodeError,
    article_from_dict,
    dumps,
    extraction_from_dict,
    from_json_dict,
    loads,
    to_json_dict,
    verdict_from_dict,
)
from storyline.records import (
    COUNT_CATEGORIES,
    QUALIFIERS,
    Article,
    Assignment,
    Claim,
    CountMention,
    CountTotal,
    DedupVerdict,
    EventDate,
    Extraction,
    Place,
)

texts = st.text(max_size=30)
maybe_text = st.none() | texts
ints = st.integers(min_value=-(2**40), max_value=2**40)
maybe_int = st.none() | ints
floats = st.floats(allow_nan=False, allow_infinity=False)
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
aware = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=offsets
)
qualifiers = st.sampled_from(QUALIFIERS)
trends = st.none() | st.sampled_from(["rising", "falling"])

event_dates = st.builds(
    EventDate,
    value=st.dates(),
    precision=st.sampled_from(["day", "week", "month", "year"]),
    text=texts,
    start=ints,
    end=ints,
)
places = st.builds(
    Place,
    name=texts,
    kind=st.sampled_from(["venue", "city", "region", "country"]),
    country=maybe_text,
    lat=st.none() | floats,
    lon=st.none() | floats,
    start=ints,
    end=ints,
)
claims = st.builds(
    Claim,
    actor=texts,
    actor_normalized=texts,
    kind=st.sampled_from(["claimed", "denied", "blamed", "suspected"]),
    evidence=texts,
    start=ints,
    end=ints,
    source=maybe_text,
)
mentions = st.builds(
    CountMention,
    category=st.sampled_from(COUNT_CATEGORIES),
    value=ints,
    qualifier=qualifiers,
    low=maybe_int,
    high=maybe_int,
    evidence=texts,
    start=ints,
    end=ints,
    trend=trends,
    attribution=maybe_text,
    detail=maybe_text,
    part_of=maybe_int,
    revision=st.booleans(),
    other_event=st.booleans(),
)
totals = st.builds(
    CountTotal,
    value=ints,
    qualifier=qualifiers,
    low=maybe_int,
    high=maybe_int,
    trend=trends,
    mentions=st.lists(ints, max_size=3).map(tuple),
)
extractions = st.builds(
    Extraction,
    article_id=texts,
    event_type=texts,
    event_date=st.none() | event_dates,
    places=st.lists(places, max_size=3).map(tuple),
    claims=st.lists(claims, max_size=2).map(tuple),
    counts=st.lists(mentions, max_size=3).map(tuple),
    totals=st.dictionaries(st.sampled_from(COUNT_CATEGORIES), totals, max_size=3),
    actors=st.lists(texts, max_size=2).map(tuple),
    officials=st.lists(texts, max_size=2).map(tuple),
    extractor=texts,
)
articles = st.builds(
    Article,
    id=texts,
    text=texts,
    title=maybe_text,
    published=st.none() | aware,
    modified=st.none() | aware,
    fetched=st.none() | aware,
    source=maybe_text,
    url=maybe_text,
    authors=st.lists(texts, max_size=3).map(tuple),
    origin=texts,
    notes=st.lists(texts, max_size=2).map(tuple),
)
verdicts = st.builds(
    DedupVerdict,
    kind=st.sampled_from(["new", "exact_duplicate", "near_duplicate", "revision"]),
    original_id=maybe_text,
    similarity=st.none() | floats,
)


@settings(max_examples=150, deadline=None)
@given(extractions)
def test_extraction_round_trips_exactly(extraction: Extraction) -> None:
    data = to_json_dict(extraction)
    assert json.loads(json.dumps(data)) == data  # plain JSON values only
    assert extraction_from_dict(data) == extraction
    assert loads(Extraction, dumps(extraction)) == extraction


@settings(max_examples=150, deadline=None)
@given(articles, verdicts)
def test_article_and_verdict_round_trip_exactly(article: Article, verdict: DedupVerdict) -> None:
    back = article_from_dict(json.loads(json.dumps(to_json_dict(article))))
    assert back == article
    for before, after in [(article.published, back.published), (article.fetched, back.fetched)]:
        assert (before is None and after is None) or (
            before is not None and after is not None and before.utcoffset() == after.utcoffset()
        )
    assert verdict_from_dict(json.loads(json.dumps(to_json_dict(verdict)))) == verdict


def test_the_json_shapes() -> None:
    published = datetime(2024, 3, 1, 14, 30, tzinfo=timezone(timedelta(hours=2)))
    data = to_json_dict(Article("a", "t", published=published, authors=("x", "y")))
    assert data["published"] == "2024-03-01T14:30:00+02:00"
    assert data["authors"] == ["x", "y"] and data["modified"] is None
    event_date = to_json_dict(EventDate(date(2024, 2, 29), "day", "Thursday", 1, 9))
    assert event_date["value"] == "2024-02-29"
    totals = to_json_dict(Extraction("a", "x", totals={"killed": CountTotal(3, "exact", 3, 3)}))
    assert totals["totals"]["killed"]["mentions"] == []


def test_unknown_keys_are_ignored_and_missing_defaults_filled() -> None:
    data = {"id": "a", "text": "t", "a_field_from_the_future": {"x": 1}}
    assert article_from_dict(data) == Article("a", "t")
    extraction = extraction_from_dict(
        {
            "article_id": "a",
            "event_type": "shooting",
            "counts": [
                {
                    "category": "killed",
                    "value": 2,
                    "qualifier": "exact",
                    "low": 2,
                    "high": 2,
                    "evidence": "2 dead",
                    "start": 0,
                    "end": 6,
                    "new_flag": True,
                }
            ],
        }
    )
    assert extraction.counts[0].trend is None and extraction.counts[0].revision is False
    assert extraction.totals == {} and extraction.extractor == ""


def test_words_beyond_the_current_vocabulary_are_kept() -> None:
    verdict = verdict_from_dict({"kind": "translation", "original_id": "a"})
    assert str(verdict.kind) == "translation"


def test_other_records_round_trip_too() -> None:
    assignment = Assignment("a", "e", True, 0.5, "new event", (("e2", 0.4),), "s1")
    assert from_json_dict(Assignment, to_json_dict(assignment)) == assignment


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "t"}, "missing required field 'id'"),
        ({"id": "a", "text": 3}, r"Article.text: expected str"),
        ({"id": "a", "text": "t", "published": "yesterday"}, "Article.published"),
        ({"id": "a", "text": "t", "authors": "x"}, "Article.authors: expected a list"),
        ([1, 2], "expected an object"),
    ],
)
def test_malformed_data_names_the_field(data: object, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        from_json_dict(Article, data)


def test_integral_floats_read_as_ints_but_not_fractions() -> None:
    assert (
        from_json_dict(
            CountTotal, {"value": 3.0, "qualifier": "exact", "low": None, "high": None}
        ).value
        == 3
    )
    with pytest.raises(DecodeError, match=r"CountTotal\.value"):
        from_json_dict(CountTotal, {"value": 3.5, "qualifier": "exact", "low": 1, "high": 2})
    assert loads(DedupVerdict, '{"kind": "new", "similarity": 1}').similarity == 1.0


def test_utc_round_trip_keeps_utc() -> None:
    moment = datetime(2024, 1, 1, tzinfo=UTC)
    assert article_from_dict(to_json_dict(Article("a", "t", fetched=moment))).fetched == moment
