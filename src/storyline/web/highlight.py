"""Splits an article's text into plain and highlighted segments, one highlight per extracted
fact's evidence span (counts, claims, places, the event date), for the article page."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from storyline.web.views import hedged_count


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # "count", "claim", "place", "date"
    label: str


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    span: Span | None


def evidence_spans(extraction: Mapping[str, Any] | None, text_length: int) -> list[Span]:
    """Every evidence span inside the text, in order; overlapping ones keep the earlier/longer."""
    if not extraction:
        return []
    candidates = [*_count_spans(extraction), *_claim_spans(extraction), *_other_spans(extraction)]
    valid = [s for s in candidates if 0 <= s.start < s.end <= text_length]
    valid.sort(key=lambda s: (s.start, -(s.end - s.start)))
    chosen: list[Span] = []
    for span in valid:
        if chosen and span.start < chosen[-1].end:
            continue  # nested or overlapping: the enclosing highlight already covers it
        chosen.append(span)
    return chosen


def _count_spans(extraction: Mapping[str, Any]) -> list[Span]:
    spans = []
    for mention in extraction.get("counts") or []:
        label = hedged_count(str(mention.get("category")), mention)
        if mention.get("other_event"):
            label += " (another event)"
        spans.append(_span(mention, "count", label))
    return spans


def _claim_spans(extraction: Mapping[str, Any]) -> list[Span]:
    return [
        _span(claim, "claim", f"{claim.get('actor')}: {claim.get('kind')}")
        for claim in extraction.get("claims") or []
    ]


def _other_spans(extraction: Mapping[str, Any]) -> list[Span]:
    spans = [
        _span(place, "place", f"place: {place.get('name')} ({place.get('kind')})")
        for place in extraction.get("places") or []
    ]
    event_date = extraction.get("event_date")
    if isinstance(event_date, Mapping):
        spans.append(_span(event_date, "date", f"event date: {event_date.get('value')}"))
    return spans


def _span(item: Mapping[str, Any], kind: str, label: str) -> Span:
    start, end = item.get("start"), item.get("end")
    return Span(
        int(start) if isinstance(start, int) else -1,
        int(end) if isinstance(end, int) else -1,
        kind,
        label,
    )


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """The text cut at the span boundaries; concatenating the segments gives the text back."""
    result: list[Segment] = []
    position = 0
    for span in spans:
        if span.start > position:
            result.append(Segment(text[position : span.start], None))
        result.append(Segment(text[span.start : span.end], span))
        position = span.end
    if position < len(text):
        result.append(Segment(text[position:], None))
    return result
