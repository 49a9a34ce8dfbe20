"""The HTML pages: events list, event, article, changes (and its Atom feed).

Everything is rendered on the server from the same facade objects the API returns; forms are
plain GET forms, so the pages work without JavaScript.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from storyline.service import Storyline
from storyline.web import charts, feeds, geomap, views
from storyline.web.app import WebState, state_of
from storyline.web.cache import event_key
from storyline.web.count_view import decode_counts
from storyline.web.errors import WebError
from storyline.web.highlight import evidence_spans, segments
from storyline.web.params import (
    event_filter,
    parse_as_of,
    parse_page,
    parse_time,
    to_local_input,
)

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 25
CHANGES_WINDOW = timedelta(days=30)
FEED_ENTRIES = 200
CORRECTION_KINDS = ("merge", "split", "move")  # their title is the store's, not the record's
MAX_AS_OF_LINKS = 60
TIMELINE_REFS = 12  # report links per timeline entry on the page (the full page has them all)
JSON = dict[str, Any]


def _render(request: Request, template: str, context: JSON) -> HTMLResponse:
    templates = state_of(request).templates
    response: HTMLResponse = templates.TemplateResponse(request, template, context)
    return response


@router.get("/", response_class=HTMLResponse)
def events_page(
    request: Request,
    q: str | None = None,
    type: str | None = None,
    place: str | None = None,
    from_: Annotated[str | None, Query(alias="from")] = None,
    to: str | None = None,
    page: str | None = None,
    as_of: str | None = None,
) -> HTMLResponse:
    state = state_of(request)
    filters = event_filter(q, type, place, from_, to)
    when = parse_as_of(as_of)
    page_number = parse_page(page)
    listed = state.events_page(filters, when, PAGE_SIZE, (page_number - 1) * PAGE_SIZE)
    shown, total = [summary.to_json() for summary in listed.items], listed.total
    rows = [_event_row(state, summary) for summary in shown]
    hits = state.storyline.search(filters.q, limit=10) if filters.q else []
    form = {"q": q or "", "type": type or "", "place": place or "", "from": from_ or "",
            "to": to or "", "as_of": to_local_input(when)}
    query = {k: v for k, v in form.items() if v}
    return _render(request, "events.html", {
        "rows": rows, "total": total, "page": page_number,
        "pages": max(1, -(-total // PAGE_SIZE)), "form": form, "hits": hits,
        "query_without_page": query, "as_of": when,
        "map": _events_map(state, shown, when), "export_query": urlencode(query),
    })


def _events_map(state: WebState, shown: list[JSON], when: datetime | None) -> geomap.MapView:
    """The map of the events on this page (as of `when`), each marker linking to its event."""
    places = [place for summary in shown for place in geomap.event_places(summary)]
    unlocated = len(shown) - len({place.event_id for place in places})
    return geomap.build_map(places, unlocated=unlocated, link_query=_as_of_query(when),
                            layers=state.map_layers)


def _as_of_query(when: datetime | None) -> str:
    return f"?as_of={views.path_segment(views.iso_time(when))}" if when else ""


def _event_row(state: WebState, summary: JSON) -> JSON:
    activity = state.activity(summary)
    return {"event": summary, "activity": activity, "sparkline": charts.sparkline(activity.per_day)}


@router.get("/events/{event_id:path}", response_class=HTMLResponse)
def event_page(
    request: Request,
    event_id: str,
    as_of: str | None = None,
    since: str | None = None,
    full: str | None = None,
    by_source: str | None = None,
) -> HTMLResponse:
    state = state_of(request)
    when = parse_as_of(as_of)
    changed_since = parse_time(since, "since")
    every_row, per_source = _flag(full), _flag(by_source)
    if changed_since is not None:  # "what changed since" asks the whole store: not cached
        return HTMLResponse(
            _event_html(state, event_id, when, changed_since, every_row, per_source)
        )
    # The page is a function of the event's view: kept as long as the event does not change.
    variant = "page" + ("-full" if every_row else "") + ("-by-source" if per_source else "")
    key = event_key(state.storyline, variant, event_id, when)
    return HTMLResponse(state.cache.get_or_build(
        key, lambda: _event_html(state, event_id, when, None, every_row, per_source)
    ))


def _flag(value: str | None) -> bool:
    return bool(value and value.strip() not in ("0", "false", "no"))


def _event_html(
    state: WebState,
    event_id: str,
    when: datetime | None,
    changed_since: datetime | None,
    every_row: bool = False,
    by_source: bool = False,
) -> str:
    """The event page; long tables show their first and last rows unless `every_row`; with
    `by_source` the charts join each source's reports with a line."""
    event = state.event(event_id, when)
    # Every report, also those after `as_of`, so the as-of links can move forward again.
    all_reports = state.reports(event["id"])
    known = set(event["article_ids"])
    times = _report_times(all_reports)
    links, by_day = _as_of_links(times)
    counts = decode_counts(event.get("facts"))
    reports = [r for r in all_reports if r.article_id in known]
    places = geomap.event_places(event, with_other_places=True)
    return state.templates.env.get_template("event.html").render(
        event=event,
        map=geomap.build_map(places, link_query=_as_of_query(when), layers=state.map_layers),
        as_of=when,
        as_of_input=to_local_input(when),
        since_input=to_local_input(changed_since),
        counts=[(count, charts.count_chart(count, by_source=by_source)) for count in counts],
        disagreements=_disagreements(event),
        reports=reports,
        member_titles={r.article_id: r.title for r in all_reports},
        report_times=times,
        as_of_links=links,
        links_by_day=by_day,
        sources=len(event.get("sources") or []) or views.source_count(reports),
        changes=_event_changes(state.storyline, event["id"], changed_since, when),
        full=every_row,
        refs_shown=TIMELINE_REFS,
        full_url=_full_page_url(event["id"], when),
        by_source=by_source,
        by_source_url=_by_source_url(event["id"], when, not by_source),
    )


def _by_source_url(event_id: str, when: datetime | None, on: bool) -> str:
    """The page with (or without) one line per source in the charts."""
    query = [f"as_of={views.path_segment(views.iso_time(when))}"] if when else []
    if on:
        query.append("by_source=1")
    suffix = "?" + "&".join(query) if query else ""
    return f"/events/{views.path_segment(event_id)}{suffix}#facts-title"


def _full_page_url(event_id: str, when: datetime | None) -> str:
    """The page with every table row (the collapsed tables link to it)."""
    as_of = f"as_of={views.path_segment(views.iso_time(when))}&" if when else ""
    return f"/events/{views.path_segment(event_id)}?{as_of}full=1"


def _disagreements(event: JSON) -> list[JSON]:
    """The event's disagreement ledger: the event-level list, else the per-count lists."""
    ledger = event.get("disagreements")
    if isinstance(ledger, list):
        return ledger
    facts = event.get("facts") or {}
    return [
        {"category": category, **item}
        for category, fact in sorted(facts.items())
        for item in fact.get("disagreements") or []
    ]


def _report_times(reports: list[views.ReportRow]) -> list[datetime]:
    """Distinct report times, oldest first."""
    return sorted({r.published for r in reports if r.published})


def _as_of_links(times: list[datetime]) -> tuple[list[datetime], bool]:
    """The as-of quick links: every report time, or for a story with more than MAX_AS_OF_LINKS
    of them, the last report time of each day (the slider still steps through every report).
    """
    if len(times) <= MAX_AS_OF_LINKS:
        return times, False
    last_of_day: dict[object, datetime] = {}
    for moment in times:
        last_of_day[moment.date()] = moment
    return list(last_of_day.values()), True


def _event_changes(
    storyline: Storyline, event_id: str, since: datetime | None, until: datetime | None
) -> list[JSON] | None:
    if since is None:
        return None
    return storyline.changes(since, until=until, event_id=event_id)


# Swagger UI's files as the fastapi-offline package ships them; only these names are served.
API_DOCS_ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css"}


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """Interactive API documentation (Swagger UI) from vendored files: no CDN, CSP kept."""
    return _render(request, "api_docs.html", {})


@router.get("/docs/assets/{name}")
def api_docs_asset(name: str) -> Response:
    if name not in API_DOCS_ASSETS:
        raise WebError(404, "not_found", f"no documentation asset {name!r}; open /docs")
    return FileResponse(_api_docs_dir() / name, media_type=API_DOCS_ASSETS[name],
                        headers={"Cache-Control": "public, max-age=86400"})


def _api_docs_dir() -> Path:
    import fastapi_offline

    return Path(fastapi_offline.__file__).resolve().parent / "static"


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    storyline = state_of(request).storyline
    article = storyline.get_article(article_id)
    text = str(article.get("text") or "")
    spans = evidence_spans(article.get("extraction"), len(text))
    event = storyline.store.get_event(article["event_id"]) if article.get("event_id") else None
    return _render(request, "article.html", {
        "article": article,
        "event_title": event.title if event else None,
        "segments": segments(text, spans),
        "spans": spans,
        "url": views.safe_url(article.get("url")),
    })


@router.get("/changes", response_class=HTMLResponse)
def changes_page(
    request: Request, since: str | None = None, until: str | None = None,
    event: str | None = None,
) -> HTMLResponse:
    """Every step since a time: across events, one section per event (or of one event with
    `?event=ID`), each event's steps in the order they happened."""
    storyline = state_of(request).storyline
    start = parse_time(since, "since") or _default_since(storyline)
    end = parse_time(until, "until", end_of_day=True)
    event_id = storyline.get_event(event.strip())["id"] if event and event.strip() else None
    changes = storyline.changes(start, until=end, event_id=event_id) if start else []
    return _render(request, "changes.html", {
        "changes": changes,
        "groups": _by_event(changes),
        "since": start,
        "until": end,
        "since_input": to_local_input(start),
        "until_input": to_local_input(end),
        "titles": _titles(storyline, changes),
        "event_id": event_id,
        "feed_query": urlencode({k: v for k, v in (
            ("since", views.iso_time(start) if start else ""), ("event", event_id or ""),
        ) if v}),
    })


@router.get("/changes.atom")
def changes_feed(
    request: Request, since: str | None = None, event: str | None = None
) -> Response:
    """The same changes as an Atom feed, newest first (at most FEED_ENTRIES)."""
    storyline = state_of(request).storyline
    start = parse_time(since, "since") or _default_since(storyline)
    event_id = storyline.get_event(event.strip())["id"] if event and event.strip() else None
    changes = storyline.changes(start, event_id=event_id) if start else []
    latest = _latest_first(changes)[:FEED_ENTRIES]
    base = state_of(request).absolute_base(request)
    body = feeds.changes_atom(latest, _titles(storyline, latest), base)
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def _default_since(storyline: Storyline) -> datetime | None:
    """Without `since`: the last 30 days before the latest report in the store."""
    latest = storyline.store.list_events(limit=1)
    if not latest or latest[0].last_reported is None:
        return None
    return latest[0].last_reported - CHANGES_WINDOW


def _latest_first(changes: list[JSON]) -> list[JSON]:
    return sorted(changes, key=lambda c: str(c.get("reported") or ""), reverse=True)


def _by_event(changes: list[JSON]) -> list[tuple[str, list[JSON]]]:
    """The changes per event, in the order they happened; the event changed last comes first."""
    groups: dict[str, list[JSON]] = {}
    for change in changes:
        groups.setdefault(str(change.get("event_id") or ""), []).append(change)
    latest = {key: max(str(c.get("reported") or "") for c in group)
              for key, group in groups.items()}
    return sorted(groups.items(), key=lambda item: (latest[item[0]], item[0]), reverse=True)


def _titles(storyline: Storyline, changes: list[JSON]) -> dict[str, str]:
    """Each event's title as its changes give it (generated from its record), else the
    store's."""
    titles: dict[str, str] = {}
    for change in changes:
        if change.get("kind") not in CORRECTION_KINDS and change.get("title"):
            titles.setdefault(str(change.get("event_id")), str(change["title"]))
    for change in changes:
        event_id = str(change.get("event_id") or "")
        if event_id and event_id not in titles:
            row = storyline.store.get_event(event_id)
            titles[event_id] = row.title if row else event_id
    return titles
