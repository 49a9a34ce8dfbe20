"""The Atom feed of changes (the exports of events are storyline.exports)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from storyline.present import change_text, step_label
from storyline.web.views import parse_iso

ATOM_NS = "http://www.w3.org/2005/Atom"


# --------------------------------------------------------------------------- Atom


def describe_change(change: Mapping[str, Any], event_title: str) -> str:
    """The entry title: the event and the change in the words of the CLI and the pages."""
    if change.get("kind") == "new_event":
        return f"New event: {event_title}"
    return f"{event_title}: {change_text(change)}"


def describe_details(change: Mapping[str, Any], title: str) -> str:
    """The entry summary: what changed, from whom, by which rule and why, and the reports."""
    parts = [f"{step_label(change)}. {title}."]
    if change.get("source"):
        parts.append(f"Source: {change['source']}.")
    if change.get("why"):
        rule = f" ({change['rule']})" if change.get("rule") else ""
        parts.append(f"Why{rule}: {change['why']}.")
    ids = ", ".join(str(a) for a in change.get("article_ids") or [])
    parts.append(f"Reports: {ids or 'none'}.")
    return " ".join(parts)


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
    # One id per transition: a rise and a later revision of the same count are two entries.
    key = ":".join(str(change.get(k) or "") for k in
                   ("event_id", "kind", "step", "category", "reported"))
    ids = "+".join(str(a) for a in change.get("article_ids") or [])
    _sub(entry, "id", f"urn:storyline:change:{key}:{ids}")
    _sub(entry, "updated", moment.isoformat())
    ET.SubElement(entry, f"{{{ATOM_NS}}}link", href=f"{base_url}/events/{event_id}")
    _sub(entry, "summary", describe_details(change, title))


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}")
    element.text = text
    return element
