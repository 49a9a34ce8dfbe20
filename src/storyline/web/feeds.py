"""The Atom feed of changes (the exports of events are storyline.exports)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from storyline.present import change_text
from storyline.web.views import parse_iso

ATOM_NS = "http://www.w3.org/2005/Atom"


# --------------------------------------------------------------------------- Atom


def describe_change(change: Mapping[str, Any], event_title: str) -> str:
    """The entry title: the event and the change in the words of the CLI and the pages."""
    if change.get("kind") == "new_event":
        return f"New event: {event_title}"
    return f"{event_title}: {change_text(change)}"


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
