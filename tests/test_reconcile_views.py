"""Event attributes, claims, timeline, brief and as-of semantics on hand-built reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from helpers_reconcile import at, claim, event_row, extraction, mention, stored
from storyline.extract.sentences import sentence_at, sentences_of
from storyline.reconcile import build_brief, build_event_record, build_timeline, classify_source
from storyline.records import EventDate, Extraction, Place

T1 = "A gas explosion killed 4 people in a bakery on Monday, police said. Windows shattered."
T2 = "The bakery blast on Monday killed 6 people, the fire brigade said on Tuesday."
T3 = "Investigators said on Wednesday a leaking pipe caused the explosion that killed 6."


def _pairs():  # type: ignore[no-untyped-def]
    texts = [
        ("b1", "2026-03-02 12:00", T1, "4", 4),
        ("b2", "2026-03-03 12:00", T2, "6", 6),
        ("b3", "2026-03-04 12:00", T3, "killed 6", 6),
    ]
    return [
        (stored(i, when, text), extraction(i, mention(text, phrase, value)))
        for i, when, text, phrase, value in texts
    ]


def _build(pairs, as_of=None):  # type: ignore[no-untyped-def]
    return build_event_record(
        event_row(), [a for a, _ in pairs], {e.article_id: e for _, e in pairs}, as_of=as_of
    )


def _with(ext: Extraction, **changes: object) -> Extraction:
    return replace(ext, **changes)  # type: ignore[arg-type]


def test_event_type_is_the_majority_and_date_the_most_supported_credible_one() -> None:
    pairs = _pairs()
    monday = EventDate(date(2026, 3, 2), "day", "Monday", 0, 1)
    future = EventDate(date(2026, 3, 9), "day", "next Monday", 0, 1)
    types = ["explosion", "fire", "explosion"]
    dates = [monday, future, monday]
    pairs = [
        (a, _with(e, event_type=t, event_date=d))
        for (a, e), t, d in zip(pairs, types, dates, strict=True)
    ]
    record = _build(pairs)
    assert record.event_type == "explosion" and "2 of 3" in record.event_type_why
    assert record.event_date is not None and record.event_date.date.value == date(2026, 3, 2)
    # b2 gives a date after its own publication: not credible.
    assert record.event_date.supporting == ("b1", "b3")


def test_places_are_ranked_by_the_number_of_reports() -> None:
    lyon = Place("Lyon", "city", "FR")
    france = Place("France", "country", "FR")
    pairs = [
        (a, _with(e, places=(france, lyon) if i else (lyon,))) for i, (a, e) in enumerate(_pairs())
    ]
    names = [p.place.name for p in _build(pairs).places]
    assert names == ["Lyon", "France"]


def test_denial_after_claim_is_flagged_not_resolved() -> None:
    t2 = "The Red Hand group said it carried out the bombing."
    t3 = "The Red Hand group denied any role in the bombing on Wednesday."
    pairs = [
        _pairs()[0],
        (
            stored("c2", "2026-03-03 10:00", t2),
            extraction("c2", claims=(claim(t2, "said it carried out", "Red Hand", "claimed"),)),
        ),
        (
            stored("c3", "2026-03-04 10:00", t3),
            extraction("c3", claims=(claim(t3, "denied any role", "Red Hand", "denied"),)),
        ),
    ]
    claims = {c.kind: c for c in _build(pairs).claims}
    assert claims["claimed"].disputed_by == ("denied",)
    assert claims["denied"].disputed_by == ("claimed",)
    assert claims["denied"].to_json()["first_reported"] == "2026-03-04T10:00:00Z"


def test_timeline_has_each_development_once_with_citations() -> None:
    record = _build(_pairs())
    timeline = build_timeline(record)
    # The first toll is in the first report's lead, so it merges into the event entry.
    assert timeline[0].kind == "event" and timeline[0].article_ids == ("b1",)
    assert timeline[0].date == date(2026, 3, 2) and "killed 4" in timeline[0].text
    toll = [e for e in timeline if e.kind == "count"]
    assert [(e.date, e.article_ids) for e in toll] == [(date(2026, 3, 3), ("b2", "b3"))]
    assert len({e.text for e in timeline}) == len(timeline)
    assert all(e.event_id == "ev-1" for e in timeline)


def test_brief_is_extractive_and_follows_as_of() -> None:
    brief = build_brief(_build(_pairs()), max_sentences=3)
    assert len(brief.sentences) <= 3
    assert brief.sentences[0].text.startswith("A gas explosion killed 4")
    assert any("6 people" in s.text for s in brief.sentences)
    early = build_brief(_build(_pairs(), as_of=at("2026-03-02 13:00")))
    assert {s.article_id for s in early.sentences} == {"b1"}
    assert early.to_json()["as_of"] == "2026-03-02T13:00:00Z"


def test_report_without_publication_time_counts_from_its_ingest_time() -> None:
    undated = stored("u1", "2026-03-05 08:00", "Six people died in the blast, police said.")
    undated = replace(undated, article=replace(undated.article, published=None))
    pairs = [*_pairs(), (undated, extraction("u1", mention(undated.article.text, "Six", 6)))]
    assert "u1" not in _build(pairs, as_of=at("2026-03-05 07:59")).article_ids
    assert "u1" in _build(pairs, as_of=at("2026-03-05 08:00")).article_ids


def test_source_types() -> None:
    assert classify_source("Daily Courier", "the health ministry") == "official"
    assert classify_source("Meridian Wire", None) == "wire"
    assert classify_source("Meridian Wire", "a doctor at the hospital") == "wire"
    assert classify_source("Daily Courier", "witnesses") == "outlet"


def test_official_speaker_in_the_sentence_makes_a_figure_official() -> None:
    text = "At least 30 people died, the civil defence office said. Others blamed police."
    record = _build(
        [
            (
                stored("s1", "2026-03-02 12:00", text, source="Town Paper"),
                extraction("s1", mention(text, "At least 30", 30, "at_least")),
            )
        ]
    )
    assert record.current("killed").fact.source_type == "official"  # type: ignore[union-attr]
    bare = "Doctors said 30 died, more than the figure police gave."
    record = _build(
        [
            (
                stored("s2", "2026-03-02 12:00", bare, source="Town Paper"),
                extraction("s2", mention(bare, "30", 30)),
            )
        ]
    )
    assert record.current("killed").fact.source_type == "outlet"  # type: ignore[union-attr]


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "Gen. Diaz said 5 died in St. Paul on Monday.\nA second line. And a third!"
    sentences = sentences_of(text)
    assert [s.text for s in sentences] == [
        "Gen. Diaz said 5 died in St. Paul on Monday.",
        "A second line.",
        "And a third!",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    found = sentence_at(text, text.index("5"), text.index("5") + 1)
    assert found is not None and found.text.startswith("Gen. Diaz")
