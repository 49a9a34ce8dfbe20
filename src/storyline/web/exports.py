"""Exports of the store's events (JSON Lines, ACLED-like CSV) and the Atom feed of changes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from storyline.service import Storyline
from storyline.web.views import (
    current_of,
    event_date_text,
    hedged_count,
    parse_iso,
    value_text,
)

CSV_COLUMNS: tuple[str, ...] = (
    "event_id", "event_date", "event_type", "place", "country", "latitude", "longitude",
    "actors", "fatalities", "injuries", "sources", "source_count", "article_count", "notes",
)
ATOM_NS = "http://www.w3.org/2005/Atom"


def events_jsonl(summaries: Sequence[Mapping[str, Any]]) -> Iterator[str]:
    for summary in summaries:
        yield json.dumps(summary, ensure_ascii=False, sort_keys=True) + "\n"


def events_csv(storyline: Storyline, summaries: Sequence[Mapping[str, Any]]) -> Iterator[str]:
    """One row per event, in ACLED's spirit: date, type, place, coordinates, actors, counts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    yield _drain(buffer)
    for summary in summaries:
        writer.writerow([_cell(value) for value in csv_row(storyline, summary)])
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _cell(value: Any) -> str:
    """Text that a spreadsheet will not run as a formula (titles are untrusted)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text


def csv_row(storyline: Storyline, summary: Mapping[str, Any]) -> list[Any]:
    places = list(summary.get("places") or [])
    located = next((p for p in places if p.get("lat") is not None), None)
    facts = summary.get("facts") or {}
    killed = current_of(facts["killed"]) if "killed" in facts else None
    injured = current_of(facts["injured"]) if "injured" in facts else None
    article_ids = list(summary.get("article_ids") or [])
    sources = _sources(storyline, summary, article_ids)
    notes = "; ".join(
        [str(summary.get("title") or "")]
        + [hedged_count(cat, current_of(fact)) for cat, fact in sorted(facts.items())]
    )
    return [
        summary.get("id"),
        event_date_text(summary.get("event_date")),
        summary.get("event_type"),
        places[0].get("name") if places else "",
        next((p.get("country") for p in places if p.get("country")), ""),
        located.get("lat") if located else "",
        located.get("lon") if located else "",
        "; ".join(_actors(summary)),
        killed.get("value") if killed else "",
        injured.get("value") if injured else "",
        "; ".join(sources),
        len(sources),
        len(article_ids),
        notes,
    ]


def _actors(summary: Mapping[str, Any]) -> list[str]:
    names = [str(a) for a in summary.get("actors") or []]
    names += [str(c.get("actor")) for c in summary.get("claims") or [] if c.get("actor")]
    return list(dict.fromkeys(names))


def _sources(
    storyline: Storyline, summary: Mapping[str, Any], article_ids: list[str]
) -> list[str]:
    if isinstance(summary.get("sources"), list):
        return [str(s) for s in summary["sources"]]
    stored = storyline.store.get_articles(article_ids)
    return sorted({s.article.source for s in stored if s.article.source})


# --------------------------------------------------------------------------- Atom


def describe_change(change: Mapping[str, Any], event_title: str) -> str:
    kind = str(change.get("kind") or "change")
    category = change.get("category")
    old, new = change.get("old"), change.get("new")
    if kind == "fact_changed" and category:
        return f"{event_title}: {category} {value_text(old)} → {value_text(new)}"
    if kind == "new_event":
        return f"New event: {event_title}"
    detail = f" {category}" if category else ""
    value = f": {value_text(new)}" if new is not None else ""
    return f"{event_title}: {kind.replace('_', ' ')}{detail}{value}"


def changes_atom(
    changes: Sequence[Mapping[str, Any]], titles: Mapping[str, str], base_url: str
) -> bytes:
    """An Atom 1.0 feed of changes, newest first; built with ElementTree so all text is escaped."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "title", "storyline: latest changes")
    _sub(feed, "id", f"{base_url}/changes")
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", rel="self", href=f"{base_url}/changes.atom")
    times = [parse_iso(c.get("reported")) for c in changes]
    latest = max((t for t in times if t), default=datetime.now(UTC))
    _sub(feed, "updated", latest.isoformat())
    author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
    _sub(author, "name", "storyline")
    for change, moment in zip(changes, times, strict=True):
        _entry(feed, change, moment or latest, titles, base_url)
    document: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return document


def _entry(
    feed: ET.Element, change: Mapping[str, Any], moment: datetime,
    titles: Mapping[str, str], base_url: str,
) -> None:
    event_id = str(change.get("event_id") or "")
    title = describe_change(change, titles.get(event_id, event_id))
    entry = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
    _sub(entry, "title", title)
    key = ":".join(str(change.get(k) or "") for k in ("event_id", "kind", "category", "reported"))
    _sub(entry, "id", f"urn:storyline:change:{key}")
    _sub(entry, "updated", moment.isoformat())
    ET.SubElement(entry, f"{{{ATOM_NS}}}link", href=f"{base_url}/events/{event_id}")
    ids = ", ".join(str(a) for a in change.get("article_ids") or [])
    _sub(entry, "summary", f"{title}. Reports: {ids or 'none'}.")


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}")
    element.text = text
    return element
