"""Strict parsing of query parameters and JSON fields: times, dates, filters.

Every bad value becomes a WebError (400, `bad_request`) whose message names the parameter and
shows the expected form, so the API's one error shape tells the caller what to fix.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from storyline.service import EventFilter
from storyline.web.errors import WebError

MAX_PAGE = 1_000_000  # far past any store's last page; larger numbers only overflow SQL
TIME_FORM = "an ISO 8601 time such as 2024-05-01T14:30:00Z or a date such as 2024-05-01"


def parse_time(value: str | None, name: str, *, end_of_day: bool = False) -> datetime | None:
    """An ISO 8601 date or date-time; naive times (a datetime-local input) are taken as UTC.

    As in the CLI, a bare date means its start, or its end with `end_of_day` (for `as_of`, so
    that the reports of that day count as known)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("z", "Z")):
        text = text[:-1] + "+00:00"
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime.combine(day, time.max if end_of_day else time.min, tzinfo=UTC)
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise WebError(400, "bad_request", f"{name}={value!r} is not {TIME_FORM}") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59-05:00 is past the last representable time
        message = f"{name}={value!r} is outside the years 1 to 9999 once converted to UTC"
        raise WebError(400, "bad_request", message) from None


def parse_date(value: str | None, name: str) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        message = f"{name}={value!r} is not a date like 2024-05-01"
        raise WebError(400, "bad_request", message) from None


def parse_page(value: str | None) -> int:
    if value is None or not value.strip():
        return 1
    try:
        page = int(value) if len(value) <= len(str(MAX_PAGE)) else 0
    except ValueError:
        page = 0
    if not 1 <= page <= MAX_PAGE:
        raise WebError(400, "bad_request", f"page={value!r} is not a page number (1, 2, ...)")
    return page


def clean_text(value: str | None) -> str | None:
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def event_filter(
    q: str | None,
    event_type: str | None,
    place: str | None,
    date_from: str | None,
    date_to: str | None,
    since: str | None = None,
) -> EventFilter:
    """The events list's filters from the query string (the same names in pages and API)."""
    return EventFilter(
        q=clean_text(q),
        event_type=clean_text(event_type),
        place=clean_text(place),
        date_from=parse_date(date_from, "from"),
        date_to=parse_date(date_to, "to"),
        since=parse_time(since, "since"),
    )


def parse_as_of(value: str | None) -> datetime | None:
    return parse_time(value, "as_of", end_of_day=True)


def to_local_input(value: datetime | None) -> str:
    """The value of a datetime-local input (UTC, to the second)."""
    if value is None:
        return ""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
