"""Plain-text presentation of events for the terminal (the web app has its own templates)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


def hedged_value(fact: Mapping[str, Any], *, grouped: bool = False) -> str:
    """"at least 143", "10–20", "about 40": a current value with its hedge, for the terminal and
    the web pages alike (one wording everywhere). `grouped` separates thousands ("1,234"), as
    the pages print numbers for reading; the terminal and the exports keep plain digits."""
    return hedged_phrase(str(fact.get("qualifier") or "exact"), fact.get("value"),
                         fact.get("low"), fact.get("high"), grouped=grouped)


def hedged_phrase(qualifier: str, value: Any, low: Any, high: Any, *,
                  grouped: bool = False) -> str:
    """`hedged_value` from the figure's fields (typed views call it without a dict)."""
    if qualifier == "range" and low is not None and high is not None:
        return f"{_number(low, grouped)}–{_number(high, grouped)}"
    value = _number(value, grouped)  # formatted once: charts call this per point
    if qualifier == "vague":
        # A vague quantity ("dozens") counted as its conventional minimum.
        return f"at least {value} (vague)"
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{value}"


def _number(value: Any, grouped: bool) -> str:
    if grouped and type(value) is int and value >= 1000:
        return f"{value:,}"
    if grouped and type(value) is float:
        return f"{value:,}"
    return str(value)


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


def ordered_categories(facts: Mapping[str, Any] | None) -> list[str]:
    """Killed first, then injured, missing, ... (the records' order), then others by name: the
    toll reads the same way in every view."""
    from storyline.records import COUNT_CATEGORIES

    def rank(category: str) -> tuple[int, str]:
        known = category in COUNT_CATEGORIES
        return (COUNT_CATEGORIES.index(category) if known else len(COUNT_CATEGORIES), category)

    return sorted(facts or {}, key=rank)


def format_events_table(
    listed: Sequence[Mapping[str, Any]], width: int = 100, *, wide: bool = False
) -> str:
    """Events as a table for the terminal: id, date, type, reports and the headline counts (in
    toll order), the title on the line below; wrapped to `width` columns, or with `wide` one
    line each however long."""
    type_width = max([4, *(len(str(e.get("event_type") or "")) for e in listed)])
    if not wide:  # a long type is cut (with "…") before the counts are squeezed
        type_width = min(type_width, 28, max(10, width - 62))
    head = f"{'EVENT':<16} {'DATE':<10} {'TYPE':<{type_width}} {'REPORTS':>7}  COUNTS"
    indent = 16 + 1 + 10 + 1 + type_width + 1 + 7 + 2
    lines = [head]
    for event in listed:
        event_date = event.get("event_date") or {}
        day = event_date.get("value", "") if isinstance(event_date, Mapping) else str(event_date)
        facts = event.get("facts") or {}
        counts = ", ".join(describe_fact(c, facts[c]) for c in ordered_categories(facts))
        kind = str(event.get("event_type") or "-")
        if len(kind) > type_width:
            kind = kind[: type_width - 1] + "…"
        row = (f"{event.get('id', ''):<16} {day or '-':<10} {kind:<{type_width}} "
               f"{len(event.get('article_ids') or []):>7}  ")
        title = str(event.get("title") or "")
        if wide:
            lines += [row + (counts or "-"), "  " + title]
        else:  # counts wrap in their column and the title below the row: nothing is cut
            lines += _wrapped(row, counts or "-", indent, max(width - indent, 16))
            lines += _wrapped("  ", title, 2, max(width - 2, 16))
    if not listed:
        lines.append("(no events)")
    return "\n".join(lines)


def _wrapped(first: str, text: str, indent: int, room: int) -> list[str]:
    import textwrap

    parts = textwrap.wrap(text, room, break_on_hyphens=False) or [""]
    return [first + parts[0], *(" " * indent + part for part in parts[1:])]


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
    facts = record.get("facts") or {}
    for category in ordered_categories(facts):
        fact = facts[category]
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


# --------------------------------------------------------------------------- changes and lists


# A fact step as the verb after the category: "killed rose: 96 → at least 143".
STEP_WORDS = {
    "first_report": "first reported", "rise": "rose", "fall": "fell", "correction": "corrected",
    "authority_override": "set by a more authoritative source", "refinement": "refined",
    "confirmed": "confirmed", "died_of_wounds": "moved (the injured who died)",
}
# Each step's short name, where a list shows what kind of change a line is.
STEP_LABELS = {
    "new_event": "New event", "first_report": "First figure", "rise": "Rise", "fall": "Fall",
    "correction": "Correction", "authority_override": "Official figure",
    "refinement": "Refined", "confirmed": "Confirmed", "died_of_wounds": "Died of wounds",
    "disputed": "Disputed", "unconfirmed": "Unconfirmed", "retracted": "Retracted",
    "new_claim": "New claim", "new_denial": "New denial", "new_blame": "Blame",
    "new_suspect": "Suspect named", "new_place": "New place", "new_report": "New reports",
    "merge": "Merge", "split": "Split", "move": "Report moved",
}


def step_label(change: Mapping[str, Any]) -> str:
    """"Rise", "New denial", "Merge": what kind of change a line is, in two words."""
    step = str(change.get("step") or change.get("kind") or "")
    return STEP_LABELS.get(step) or step.replace("_", " ").capitalize()


_CLAIM_WORDS = {"new_claim": "new claim", "new_denial": "new denial", "new_blame": "blamed",
                "new_suspect": "suspected"}


def change_text(change: Mapping[str, Any]) -> str:
    """One change as a phrase a person reads: "killed: 96 → at least 143, rose (Pacific Wire)"."""
    kind = str(change.get("kind") or "change")
    category, step = change.get("category"), str(change.get("step") or "")
    old, new = change.get("old"), change.get("new")
    source = change.get("source") or (new.get("source") if isinstance(new, Mapping) else None)
    via = f" ({source})" if source else ""
    if kind == "new_event":
        details = new if isinstance(new, Mapping) else {}
        facts = ", ".join(describe_fact(c, f) for c, f in (details.get("facts") or {}).items())
        # "natural_disaster:flood" reads "flood": the most specific part of the type.
        kind_text = f"new {str(details.get('event_type') or 'event').split(':')[-1]}"
        kind_text = kind_text.replace("_", " ")
        return f"{kind_text}: {facts}" if facts else kind_text
    if kind == "fact_changed" and category:
        verb = f" {STEP_WORDS[step]}" if step in STEP_WORDS else ""
        if old is None:
            return f"{category}{verb}: {_short_value(new)}{via}"
        return f"{category}{verb}: {hedged_value(old)} → {_short_value(new)}{via}"
    if kind == "fact_status" and category:
        return f"{category}: {_status_text(step, old, new)}{via}"
    if kind == "new_report" and isinstance(new, Mapping):
        count, sources = new.get("count"), [s for s in new.get("sources") or [] if s != "unknown"]
        more = " …" if len(sources) > 3 else ""
        names = f" from {', '.join(sources[:3])}{more}" if sources else ""
        return f"{count} new report{'s' if count != 1 else ''}{names}"
    if kind in ("merge", "split", "move") and isinstance(new, Mapping):
        return _correction_text(kind, new, change.get("article_ids") or [])
    if kind == "new_place" and isinstance(new, Mapping):
        country = f" ({new['country']})" if new.get("country") else ""
        return f"new place: {new.get('name')}{country}{via}"
    if isinstance(new, Mapping) and "actor" in new:
        label = _CLAIM_WORDS.get(step) or kind.replace("_", " ")
        return f"{label}: {new.get('actor')} {new.get('kind')}{via}"
    detail = f" {category}" if category else ""
    value = f": {_short_value(new)}" if new is not None else ""
    return f"{kind.replace('_', ' ')}{detail}{value}"


def _status_text(step: str, old: Any, new: Any) -> str:
    """A figure that did not become current: "12 disputes the current 9"."""
    if step == "disputed":
        return f"{_short_value(new)} disputes {_short_value(old)}"
    if step == "unconfirmed":
        return f"{_short_value(new)} held unconfirmed beside {_short_value(old)}"
    if step == "retracted":
        return f"{_short_value(new)} retracted"
    return f"{_short_value(new)} {step.replace('_', ' ')}".strip()


def _correction_text(kind: str, new: Mapping[str, Any], article_ids: Sequence[Any]) -> str:
    """"merge: ev-b merged into ev-a by alice (same attack)"."""
    ids = [str(i) for i in new.get("event_ids") or []] or ["?"]
    reports = f"{len(article_ids)} report{'s' if len(article_ids) != 1 else ''}"
    if kind == "merge":
        what = f"{', '.join(ids[1:])} merged into {ids[0]}"
    elif kind == "split":
        what = f"{reports} split out of {ids[0]} into {ids[-1]}"
    else:
        reports = ", ".join(str(a) for a in article_ids) or reports
        what = f"{reports} moved from {ids[0]} to {ids[-1]}" if len(ids) > 1 else (
            f"{reports} moved to {ids[-1]}")
    reason = f" ({new['reason']})" if new.get("reason") else ""
    return f"{kind}: {what} by {new.get('actor') or 'a user'}{reason}"


def _short_value(value: Any) -> str:
    if isinstance(value, Mapping) and value.get("value") is not None:
        return describe_value(value)
    if value is None:
        return "none"
    if isinstance(value, list | tuple):
        return ", ".join(_short_value(v) for v in value)
    return str(value)


def short_time(value: Any) -> str:
    """"2026-03-03 09:00" from an ISO time (UTC as stored)."""
    text = str(value or "")
    return text[:16].replace("T", " ") if len(text) >= 16 else text


def format_changes_table(
    changes: Sequence[Mapping[str, Any]], width: int = 100, *, wide: bool = False
) -> str:
    """Changes as a table that fits `width` columns: time, event, the change (wrapped), then
    the event's title below its first line of a run of the same event (cut to the width: it is
    only a reminder). With `wide`, one line each however long, with the title and the rule's
    reason."""
    head = f"{'REPORTED (UTC)':<16}  {'EVENT':<16}  CHANGE"
    lines = [head + ("  |  TITLE  |  WHY" if wide else "")]
    room = max(width - 36, 30)
    previous = None
    for change in changes:  # the change wraps in its column (nothing of it is cut)
        first = f"{short_time(change.get('reported')):<16}  {change.get('event_id', ''):<16}  "
        title = str(change.get("title") or "")
        if wide:
            lines.append(f"{first}{change_text(change)}  |  {title}  |  {change.get('why') or ''}")
            continue
        lines += _wrapped(first, change_text(change), 36, room)
        if title and change.get("event_id") != previous:
            lines.append(f"{'':<36}{_clip(title, room)}")
        previous = change.get("event_id")
    if not changes:
        lines.append("(no changes)")
    return "\n".join(lines)


def _clip(text: str, room: int) -> str:
    return text if len(text) <= room else text[: room - 1] + "…"


EVENT_LIST_COLUMNS: tuple[str, ...] = (
    "id", "title", "event_type", "event_date", "places", "countries", "killed", "injured",
    "missing", "arrested", "article_count", "first_reported", "last_reported",
)
CHANGE_LIST_COLUMNS: tuple[str, ...] = (
    "reported", "event_id", "kind", "category", "old", "new", "change", "article_ids", "title",
    "step", "source", "rule", "why",
)


def event_list_row(event: Mapping[str, Any]) -> dict[str, Any]:
    """One `events --json` object as a flat CSV row (counts as plain numbers)."""
    event_date = event.get("event_date")
    places = event.get("places") or []
    facts = event.get("facts") or {}

    def value(category: str) -> Any:
        fact = facts.get(category) or {}
        current = fact.get("current", fact) if isinstance(fact, Mapping) else {}
        return current.get("value") if isinstance(current, Mapping) else None

    return {
        "id": event.get("id"),
        "title": event.get("title"),
        "event_type": event.get("event_type"),
        "event_date": event_date.get("value") if isinstance(event_date, Mapping) else event_date,
        "places": "; ".join(str(p.get("name")) for p in places),
        "countries": "; ".join(dict.fromkeys(str(p["country"]) for p in places
                                             if p.get("country"))),
        **{category: value(category) for category in ("killed", "injured", "missing", "arrested")},
        "article_count": len(event.get("article_ids") or []),
        "first_reported": event.get("first_reported"),
        "last_reported": event.get("last_reported"),
    }


def change_list_row(change: Mapping[str, Any]) -> dict[str, Any]:
    """One change as a flat CSV row: old and new values as hedged phrases."""
    old, new = change.get("old"), change.get("new")
    return {
        "reported": change.get("reported"),
        "event_id": change.get("event_id"),
        "kind": change.get("kind"),
        "category": change.get("category"),
        "old": _short_value(old) if old is not None and change.get("category") else "",
        "new": _short_value(new) if new is not None and change.get("category") else "",
        "change": change_text(change),
        "article_ids": "; ".join(str(a) for a in change.get("article_ids") or []),
        "title": change.get("title"),
        **{key: change.get(key) for key in ("step", "source", "rule", "why")},
    }


def flat_row(item: Mapping[str, Any], columns: Sequence[str]) -> dict[str, Any]:
    """A JSON object's fields as CSV cells: lists joined with "; ", objects as JSON."""
    import json

    row: dict[str, Any] = {}
    for column in columns:
        value = item.get(column)
        if isinstance(value, list | tuple):
            value = "; ".join(str(v) for v in value)
        elif isinstance(value, Mapping):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row[column] = value
    return row


def format_text_table(
    rows: Sequence[Sequence[str]], width: int = 100, *, wide: bool = False, empty: str = ""
) -> str:
    """Rows of short columns and one free text last (timeline, search, audit) for the terminal:
    the short columns aligned, the text wrapped under itself to `width` columns (at least 24
    for the text, however narrow the terminal), or with `wide` one line each however long."""
    if not rows:
        return empty
    columns = len(rows[0]) - 1
    sizes = [max(len(row[i]) for row in rows) for i in range(columns)]
    indent = sum(sizes) + 2 * columns
    lines: list[str] = []
    for row in rows:
        first = "".join(f"{cell:<{size}}  " for cell, size in zip(row, sizes, strict=False))
        text = " ".join(str(row[-1]).split())
        if wide:
            lines.append(first + text)
        else:
            lines += _wrapped(first, text, indent, max(width - indent, 24))
    return "\n".join(line.rstrip() for line in lines)
