"""Plain-text presentation of events for the terminal (the web app has its own templates)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

QUALIFIER_WORDS = {
    "exact": "",
    "at_least": "at least ",
    "more_than": "more than ",
    "about": "about ",
    "up_to": "up to ",
    "less_than": "fewer than ",
    "range": "",
}


def hedged_value(fact: Mapping[str, Any]) -> str:
    """"at least 143", "10–20", "about 40": a current value with its hedge, for the terminal and
    the web pages alike (one wording everywhere)."""
    qualifier = str(fact.get("qualifier") or "exact")
    value, low, high = fact.get("value"), fact.get("low"), fact.get("high")
    if qualifier == "range" and low is not None and high is not None:
        return f"{low}–{high}"
    if qualifier == "vague":
        # A vague quantity ("dozens") counted as its conventional minimum.
        return f"at least {value} (vague)"
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{value}"


def describe_value(fact: Mapping[str, Any], noun: str | None = None) -> str:
    """'at least 143 killed, rising' from a current-value object (the noun is optional)."""
    text = hedged_value(fact)
    if noun:
        text = f"{text} {noun}"
    trend = fact.get("trend")
    return f"{text}, {trend}" if trend else text


def describe_fact(category: str, fact: dict[str, Any]) -> str:
    """One fact of an events-list object: the value object may be nested under 'current'."""
    current = fact.get("current", fact) if isinstance(fact, dict) else {}
    if not isinstance(current, dict) or current.get("value") is None:
        return f"{category}: ?"
    return describe_value(current, category)


def format_event(record: dict[str, Any]) -> str:
    event_date = record.get("event_date") or {}
    day = event_date.get("value") if isinstance(event_date, dict) else event_date
    places = ", ".join(str(p.get("name")) for p in record.get("places") or [])
    lines = [
        f"{record.get('title', '')}",
        f"  id {record['id']}  type {record.get('event_type')}  date {day or '-'}  "
        f"places {places or '-'}",
        f"  reports {len(record.get('article_ids', []))}  first {record.get('first_reported')}  "
        f"last {record.get('last_reported')}",
        "",
        "Facts:",
    ]
    for category, fact in (record.get("facts") or {}).items():
        current = fact.get("current") or {}
        lines.append(f"  {category}: {describe_value(current)}")
        lines.append(f"      why: {current.get('why', '')}")
        for item in fact.get("history", []):
            lines.append(
                f"      {item.get('reported', '')}  {item.get('status', ''):<11} "
                f"{describe_value(item)}  [{item.get('article_id')}]"
            )
    if record.get("claims"):
        lines += ["", "Claims:"]
        for claim in record["claims"]:
            lines.append(
                f"  {claim.get('first_reported', '')}  {claim.get('kind')}: {claim.get('actor')}"
            )
    if record.get("timeline"):
        lines += ["", "Timeline:"]
        for entry in record["timeline"]:
            lines.append(f"  {entry.get('date')}  {entry.get('text')}")
    return "\n".join(lines)
