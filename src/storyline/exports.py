"""Exports of events for analysts: JSON Lines, ACLED- and GTD-style CSV, GeoJSON, the fact
history as CSV and the timeline in the Timeline17 (tilse) text format.

Every format is a function from an iterable of `event ID --json` objects (as
`Storyline.iter_events` yields them) to an iterator of text chunks, so an export of any size is
written event by event with one event in memory (the timeline, which must be sorted by date,
keeps only its dated sentences). The CLI (`storyline export`) and the API (`/api/export`) both
call `export_chunks`; the column mappings and what stays empty are documented in docs/exports.md.

CSV cells are safe to open in a spreadsheet: a text cell that starts with `=`, `+`, `-`, `@`, a
tab or a carriage return is prefixed with `'` (titles and evidence are untrusted text and would
otherwise run as formulas); numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from storyline.errors import ConfigError
from storyline.extract.event_type import acled_types
from storyline.geo import country_names
from storyline.present import hedged_value

JSON = dict[str, Any]
Row = Mapping[str, Any]

# ACLED's export columns, in ACLED's order, then ours (ACLED's codebook, 2023 edition).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
    "injuries", "storyline_event_type", "article_count", "first_reported", "last_reported",
)
# The GTD columns we can fill (GTD codebook names), then ours.
GTD_COLUMNS: tuple[str, ...] = (
    "eventid", "iyear", "imonth", "iday", "approxdate", "extended", "country_txt", "provstate",
    "city", "latitude", "longitude", "specificity", "summary", "attacktype1_txt", "gname",
    "gname2", "claimed", "nkill", "nwound", "nhostkid", "scite1", "dbsource",
    "storyline_event_type", "article_count",
)
FACT_COLUMNS: tuple[str, ...] = (
    "event_id", "category", "value", "qualifier", "low", "high", "trend", "label", "status",
    "reported", "article_id", "source", "source_type", "attribution", "evidence", "note",
    "event_title",
)
TIMELINE17_SEPARATOR = "-" * 32

# ACLED's time_precision: 1 the day is known, 2 the week (or a few days), 3 the month or more.
ACLED_TIME_PRECISION: Mapping[str, int] = {"day": 1, "week": 2, "month": 3, "year": 3}
# GTD's attacktype1_txt for the types that are attacks; other types get "Unknown".
GTD_ATTACK_TYPES: Mapping[str, str] = {
    "bombing": "Bombing/Explosion",
    "shooting": "Armed Assault",
    "mass_casualty_attack": "Armed Assault",
    "attack_on_civilians": "Armed Assault",
    "armed_clash": "Armed Assault",
    "abduction": "Hostage Taking (Kidnapping)",
}
# Claim kinds by how firmly they name the perpetrator: a claim of responsibility first.
CLAIM_STRENGTH: Mapping[str, int] = {"claimed": 0, "blamed": 1, "suspected": 2}
UNSAFE_CELL_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: its name, the HTTP media type and file suffix, and its writer."""

    name: str
    media_type: str
    suffix: str
    description: str
    write: Callable[[Iterable[JSON]], Iterator[str]]
    # Whether the writer reads why each report is in its event (members, mentions, story):
    # only the JSON objects do, and those explanations cost queries per report.
    explained: bool = False


class ExportFormatError(ConfigError):
    """An unknown export format; the message lists the valid ones."""


# --------------------------------------------------------------------------- cells


def safe_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: numbers as numbers, formula-like text quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(UNSAFE_CELL_STARTS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def csv_chunks(columns: Sequence[str], rows: Iterable[Row]) -> Iterator[str]:
    """The header, then one chunk per row (a row's missing columns are empty)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    yield _drain(buffer)
    for row in rows:
        writer.writerow([safe_cell(row.get(column)) for column in columns])
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


# --------------------------------------------------------------------------- event parts


def current_value(event: Mapping[str, Any], category: str) -> Mapping[str, Any] | None:
    """The current value object of one count, in a full record or a summary; None if absent."""
    fact = (event.get("facts") or {}).get(category)
    if not isinstance(fact, Mapping):
        return None
    current = fact.get("current", fact)
    if not isinstance(current, Mapping) or current.get("value") is None:
        return None
    return current


def count_of(event: Mapping[str, Any], category: str) -> int | float | None:
    current = current_value(event, category)
    value = current.get("value") if current else None
    return value if isinstance(value, int | float) else None


def hedged_counts(event: Mapping[str, Any]) -> list[str]:
    """"killed: at least 18", ... for every count with a current value, in category order."""
    phrases = []
    for category in sorted(event.get("facts") or {}):
        current = current_value(event, category)
        if current is not None:
            trend = f", {current['trend']}" if current.get("trend") else ""
            phrases.append(f"{category}: {hedged_value(current)}{trend}")
    return phrases


def event_day(event: Mapping[str, Any]) -> tuple[date | None, str | None]:
    """The event's date and its precision (day, week, month, year), or (None, None)."""
    resolved = event.get("event_date")
    text = resolved.get("value") if isinstance(resolved, Mapping) else resolved
    try:
        day = date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None, None
    precision = resolved.get("precision") if isinstance(resolved, Mapping) else "day"
    return day, (str(precision) if day and precision else ("day" if day else None))


def first_report_day(event: Mapping[str, Any]) -> date | None:
    moment = parse_time(event.get("first_reported"))
    return moment.date() if moment else None


def parse_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def located_place(event: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The place the event is mapped at: the first (best supported) with coordinates that is not
    a venue without them; the country's own entry only when nothing finer is located."""
    places = [p for p in event.get("places") or [] if p.get("lat") is not None
              and p.get("lon") is not None]
    finer = [p for p in places if p.get("kind") != "country"]
    chosen: Mapping[str, Any] | None = (finer or places or [None])[0]
    return chosen


def _place_of_kind(event: Mapping[str, Any], *kinds: str) -> Mapping[str, Any] | None:
    return next((p for p in event.get("places") or [] if p.get("kind") in kinds), None)


def country_code(event: Mapping[str, Any]) -> str | None:
    located = located_place(event)
    if located and located.get("country"):
        return str(located["country"])
    return next((str(p["country"]) for p in event.get("places") or [] if p.get("country")), None)


def claims_by_strength(event: Mapping[str, Any]) -> list[str]:
    """Actors said to be responsible, most firmly first (claimed, blamed, suspected); denials
    are not attributions."""
    claims = [c for c in event.get("claims") or [] if c.get("kind") in CLAIM_STRENGTH]
    claims.sort(key=lambda c: (CLAIM_STRENGTH[str(c["kind"])], str(c.get("first_reported"))))
    return list(dict.fromkeys(str(c["actor"]) for c in claims if c.get("actor")))


def source_names(event: Mapping[str, Any]) -> list[str]:
    names = []
    for item in event.get("sources") or []:
        name = item.get("source") if isinstance(item, Mapping) else item
        if name and name != "unknown":
            names.append(str(name))
    return names


def event_notes(event: Mapping[str, Any]) -> str:
    return "; ".join([str(event.get("title") or ""), *hedged_counts(event)])


def _date_words(event: Mapping[str, Any]) -> str:
    """The words the reports date the event with ("last week"), for an approximate date."""
    resolved = event.get("event_date")
    return str(resolved.get("text") or "") if isinstance(resolved, Mapping) else ""


def _geo_precision(place: Mapping[str, Any] | None) -> int | str:
    """ACLED's geo_precision: 1 the town itself, 2 a region, 3 a wider area (the country)."""
    if place is None:
        return ""
    return {"city": 1, "venue": 1, "region": 2}.get(str(place.get("kind")), 3)


def _gtd_specificity(place: Mapping[str, Any] | None) -> int:
    """GTD's specificity: 1 town coordinates, 3 a province's, 4 the country's, 5 none."""
    if place is None:
        return 5
    return {"city": 1, "venue": 1, "region": 3}.get(str(place.get("kind")), 4)


# --------------------------------------------------------------------------- rows


def acled_row(event: Mapping[str, Any]) -> JSON:
    """One event in ACLED's columns (see docs/exports.md for what each holds or leaves empty)."""
    day, precision = event_day(event)
    when = day or first_report_day(event)
    disorder, acled_type, sub_type = acled_types(str(event.get("event_type") or ""),
                                                 event.get("target"))
    actors = claims_by_strength(event)
    place = located_place(event)
    code = country_code(event)
    name, numeric = country_names(code) if code else ("", "")
    last = parse_time(event.get("last_reported"))
    admin1 = _place_of_kind(event, "region")
    return {
        "event_id_cnty": event.get("id"),
        "event_date": when.isoformat() if when else "",
        "year": when.year if when else "",
        # An undated event is placed on its first report's day: the month at best.
        "time_precision": ACLED_TIME_PRECISION.get(precision or "", 3),
        "disorder_type": disorder,
        "event_type": acled_type,
        "sub_event_type": sub_type,
        "actor1": actors[0] if actors else "",
        "assoc_actor_1": "; ".join(actors[1:]),
        "civilian_targeting": "Civilian targeting" if acled_type.startswith("Violence") else "",
        "iso": int(numeric) if numeric else "",
        "country": name,
        "admin1": admin1.get("name") if admin1 else "",
        "location": place.get("name") if place else "",
        "latitude": place.get("lat") if place else "",
        "longitude": place.get("lon") if place else "",
        "geo_precision": _geo_precision(place),
        "source": "; ".join(source_names(event)),
        "notes": event_notes(event),
        "fatalities": count_of(event, "killed") or 0,
        "tags": "; ".join(hedged_counts(event)),
        "timestamp": int(last.timestamp()) if last else "",
        "injuries": count_of(event, "injured"),
        "storyline_event_type": event.get("event_type"),
        "article_count": len(event.get("article_ids") or []),
        "first_reported": event.get("first_reported"),
        "last_reported": event.get("last_reported"),
    }


def gtd_row(event: Mapping[str, Any]) -> JSON:
    """One event in the Global Terrorism Database's columns (unknown parts of a date are 0)."""
    day, precision = event_day(event)
    when = day or first_report_day(event)
    place = located_place(event)
    code = country_code(event)
    city = _place_of_kind(event, "city")
    region = _place_of_kind(event, "region")
    claimed = [c for c in event.get("claims") or [] if c.get("kind") == "claimed"]
    actors = claims_by_strength(event)
    sources = source_names(event)
    exact_day = day is not None and precision == "day"
    return {
        "eventid": event.get("id"),
        "iyear": when.year if when else 0,
        "imonth": when.month if when and day and precision in ("day", "week", "month") else 0,
        "iday": when.day if when and exact_day else 0,
        "approxdate": "" if exact_day else _date_words(event),
        "extended": 0,
        "country_txt": country_names(code)[0] if code else "",
        "provstate": region.get("name") if region else "",
        "city": city.get("name") if city else "",
        "latitude": place.get("lat") if place else "",
        "longitude": place.get("lon") if place else "",
        "specificity": _gtd_specificity(place),
        "summary": event_notes(event),
        "attacktype1_txt": GTD_ATTACK_TYPES.get(str(event.get("event_type")), "Unknown"),
        "gname": actors[0] if actors else "Unknown",
        "gname2": actors[1] if len(actors) > 1 else "",
        "claimed": 1 if claimed else 0,
        "nkill": count_of(event, "killed"),
        "nwound": count_of(event, "injured"),
        "nhostkid": count_of(event, "hostages"),
        "scite1": sources[0] if sources else "",
        "dbsource": "storyline",
        "storyline_event_type": event.get("event_type"),
        "article_count": len(event.get("article_ids") or []),
    }


def fact_rows(event: Mapping[str, Any]) -> Iterator[JSON]:
    """Every reported version of every count of one event, oldest first per category."""
    for category, fact in sorted((event.get("facts") or {}).items()):
        history = fact.get("history") if isinstance(fact, Mapping) else None
        for item in history or []:
            row = {column: item.get(column) for column in FACT_COLUMNS}
            row.update(event_id=event.get("id"), category=category,
                       event_title=event.get("title"))
            yield row


def geojson_feature(event: Mapping[str, Any]) -> JSON | None:
    """A GeoJSON Point feature at the event's located place; None when nothing is located."""
    place = located_place(event)
    if place is None:
        return None
    day, _ = event_day(event)
    killed, injured = current_value(event, "killed"), current_value(event, "injured")
    return {
        "type": "Feature",
        "id": event.get("id"),
        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
        "properties": {
            "id": event.get("id"),
            "title": event.get("title"),
            "event_type": event.get("event_type"),
            "event_date": day.isoformat() if day else None,
            "killed": count_of(event, "killed"),
            "injured": count_of(event, "injured"),
            "killed_label": hedged_value(killed) if killed else None,
            "injured_label": hedged_value(injured) if injured else None,
            "place": place.get("name"),
            "place_kind": place.get("kind"),
            "country": place.get("country"),
            "article_count": len(event.get("article_ids") or []),
            "first_reported": event.get("first_reported"),
            "last_reported": event.get("last_reported"),
        },
    }


# --------------------------------------------------------------------------- writers


def write_jsonl(events: Iterable[JSON]) -> Iterator[str]:
    for event in events:
        yield json.dumps(event, ensure_ascii=False, sort_keys=True) + "\n"


def write_acled_csv(events: Iterable[JSON]) -> Iterator[str]:
    return csv_chunks(ACLED_COLUMNS, (acled_row(event) for event in events))


def write_gtd_csv(events: Iterable[JSON]) -> Iterator[str]:
    return csv_chunks(GTD_COLUMNS, (gtd_row(event) for event in events))


def write_facts_csv(events: Iterable[JSON]) -> Iterator[str]:
    return csv_chunks(FACT_COLUMNS, (row for event in events for row in fact_rows(event)))


def write_geojson(events: Iterable[JSON]) -> Iterator[str]:
    """A FeatureCollection written feature by feature (events without coordinates left out)."""
    yield '{"type": "FeatureCollection", "features": ['
    separator = "\n"
    for event in events:
        feature = geojson_feature(event)
        if feature is not None:
            yield separator + json.dumps(feature, ensure_ascii=False)
            separator = ",\n"
    yield "\n]}\n"


def write_timeline17(events: Iterable[JSON]) -> Iterator[str]:
    """The dated developments of the events in the Timeline17 format that tilse reads: a date
    line, its sentences one per line, a line of 32 dashes; dates in order."""
    by_date: dict[str, list[str]] = {}
    for event in events:
        for entry in event.get("timeline") or []:
            text = " ".join(str(entry.get("text") or "").split())
            if entry.get("date") and text:
                by_date.setdefault(str(entry["date"])[:10], []).append(text)
    for day in sorted(by_date):
        yield "\n".join([day, *dict.fromkeys(by_date[day]), TIMELINE17_SEPARATOR]) + "\n"


FORMATS: Mapping[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("jsonl", "application/x-ndjson", "jsonl",
                     "one `event ID --json` object per line", write_jsonl, explained=True),
        ExportFormat("acled-csv", "text/csv; charset=utf-8", "csv",
                     "one row per event in ACLED's columns", write_acled_csv),
        ExportFormat("gtd-csv", "text/csv; charset=utf-8", "csv",
                     "one row per event in the GTD's columns", write_gtd_csv),
        ExportFormat("geojson", "application/geo+json", "geojson",
                     "a FeatureCollection, one Point per located event", write_geojson),
        ExportFormat("facts-csv", "text/csv; charset=utf-8", "csv",
                     "every reported version of every count, one row each", write_facts_csv),
        ExportFormat("timeline", "text/plain; charset=utf-8", "txt",
                     "the dated developments in the Timeline17 (tilse) format", write_timeline17),
    )
}


def export_format(name: str) -> ExportFormat:
    """The format called `name`, or ExportFormatError naming the valid ones."""
    found = FORMATS.get(name.strip().lower())
    if found is None:
        raise ExportFormatError(
            f"unknown export format {name!r}; use one of {', '.join(FORMATS)}"
        )
    return found


def export_chunks(events: Iterable[JSON], name: str) -> Iterator[str]:
    """The export of `events` in format `name`, as text chunks to write one after another."""
    return export_format(name).write(events)
