"""The JSON API: the same objects as the CLI's `--json` output, one error shape for errors.

Reads are plain (sync) endpoints, run in the server's thread pool over the shared store; writes
need the configured token and run one at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from storyline.exports import FORMATS, ExportFormat, export_format
from storyline.ingest.jsonl import TooDeep, load_bounded
from storyline.service import Storyline
from storyline.web import schemas
from storyline.web.app import state_of
from storyline.web.articles_in import parse_articles
from storyline.web.errors import WebError
from storyline.web.params import event_filter, parse_as_of, parse_time

router = APIRouter(prefix="/api", tags=["api"])

JSON = dict[str, Any]
AsOf = Annotated[
    str | None, Query(description="ISO 8601 time: only reports published until then count.")
]
_ERROR_BODY = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "A bad parameter", "content": _ERROR_BODY},
    404: {"description": "An unknown id", "content": _ERROR_BODY},
    # FastAPI would document its own validation shape here; ours answers with the one shape.
    422: {"description": "A parameter or body field of the wrong type", "content": _ERROR_BODY},
}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    401: {"description": "No token sent", "content": _ERROR_BODY},
    403: {"description": "A wrong token, or a read-only server", "content": _ERROR_BODY},
    409: {"description": "A correction that cannot be done", "content": _ERROR_BODY},
    413: {"description": "The body is too large", "content": _ERROR_BODY},
}


def reads(model: Any) -> dict[int | str, dict[str, Any]]:
    """The documented answers of a read: `model` (for /openapi.json only), or the error shape."""
    return {**ERROR_RESPONSES, 200: schemas.answer(model)}


def _storyline(request: Request) -> Storyline:
    return state_of(request).storyline


def require_token(request: Request) -> None:
    """Runs before the body is read or validated: a read-only server refuses writes first."""
    state_of(request).check_token(request)


WRITE = [Depends(require_token)]
WRITE_EVENT = {**WRITE_RESPONSES, 200: schemas.answer(schemas.Event, "The event after the change")}


@router.get(
    "/events", responses=reads(list[schemas.EventSummary]),
    response_model=None,
)
def list_events(
    request: Request,
    q: str | None = None,
    type: str | None = None,
    place: str | None = None,
    from_: Annotated[str | None, Query(alias="from")] = None,
    to: str | None = None,
    since: str | None = None,
    as_of: AsOf = None,
    limit: Annotated[int | None, Query(ge=1, le=10_000)] = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> Response:
    """Events, latest report first, as `storyline events --json` (total in X-Total-Count; with
    `limit`, the next and previous pages in a `Link` header, RFC 8288)."""
    filters = event_filter(q, type, place, from_, to, since)
    page = state_of(request).events_page(filters, parse_as_of(as_of), limit, offset)
    headers = {"X-Total-Count": str(page.total)}
    links = page_links(request, limit, offset, page.total)
    if links:
        headers["Link"] = links
    # The summaries as the store keeps them (JSON text): 10,000 of them are joined, not parsed
    # and serialized again.
    return Response(page.json_text(), media_type="application/json", headers=headers)


def page_links(request: Request, limit: int | None, offset: int, total: int) -> str:
    """`<url>; rel="next"`, ... for a paged list: the same query with another offset."""
    if limit is None:
        return ""
    pages = {"first": 0, "last": max(0, (total - 1) // limit * limit)}
    if offset + limit < total:
        pages["next"] = offset + limit
    if offset > 0:
        pages["prev"] = max(0, offset - limit)
    return ", ".join(
        f'<{request.url.include_query_params(offset=start, limit=limit)}>; rel="{rel}"'
        for rel, start in pages.items()
    )


@router.get(
    "/events/{event_id:path}/timeline", responses=reads(list[schemas.TimelineEntry]),
    response_model=None,
)
def event_timeline(
    request: Request,
    event_id: str,
    as_of: AsOf = None,
    max_dates: Annotated[int | None, Query(ge=1)] = None,
    per_date: Annotated[int | None, Query(ge=1)] = None,
) -> list[JSON]:
    return _storyline(request).timeline(
        event_id, as_of=parse_as_of(as_of), max_dates=max_dates, per_date=per_date
    )


@router.get(
    "/timeline", responses=reads(list[schemas.TimelineEntry]),
    response_model=None,
)
def digest_timeline(
    request: Request,
    as_of: AsOf = None,
    max_dates: Annotated[int | None, Query(ge=1)] = None,
    per_date: Annotated[int | None, Query(ge=1)] = None,
) -> list[JSON]:
    """The digest timeline across all events (as `storyline timeline --json`)."""
    return _storyline(request).timeline(
        None, as_of=parse_as_of(as_of), max_dates=max_dates, per_date=per_date
    )


@router.get(
    "/events/{event_id:path}/brief", responses=reads(schemas.Brief),
    response_model=None,
)
def event_brief(
    request: Request, event_id: str, as_of: AsOf = None,
    since: Annotated[str | None, Query(description="Only what is new after this time.")] = None,
) -> JSON:
    """The event's brief (as `storyline brief ID --json`), or with `since` what is new in it."""
    return _storyline(request).brief(
        event_id, as_of=parse_as_of(as_of), since=parse_time(since, "since")
    )


@router.get("/updates", responses=reads(schemas.Brief), response_model=None)
def updates(
    request: Request, since: str | None = None, until: str | None = None,
    story: Annotated[str | None, Query(description="Only this story (or an event's).")] = None,
) -> JSON:
    """What is new since a time in the store (or one story): new facts first, then new
    sentences, as `storyline brief --since T [ID --story] --json`."""
    start = parse_time(since, "since")
    if start is None:
        raise WebError(400, "bad_request", "since is required, e.g. ?since=2024-05-01T00:00:00Z")
    return _storyline(request).update(
        start, until=parse_time(until, "until", end_of_day=True), story_id=story
    )


# Before /stories/{id}, whose `:path` id would otherwise swallow ".../timeline".
@router.get(
    "/stories/{story_id:path}/timeline", responses=reads(list[schemas.TimelineEntry]),
    response_model=None,
)
def story_timeline(
    request: Request,
    story_id: str,
    as_of: AsOf = None,
    max_dates: Annotated[int | None, Query(ge=1)] = None,
    per_date: Annotated[int | None, Query(ge=1)] = None,
) -> list[JSON]:
    """The timeline across the events of a story (its id or an event's), as `storyline
    timeline ID --story --json`."""
    return _storyline(request).story_timeline(
        story_id, as_of=parse_as_of(as_of), max_dates=max_dates, per_date=per_date
    )


@router.get(
    "/events/{event_id:path}/audit", responses=reads(list[schemas.AuditEntry]),
    response_model=None,
)
def event_audit(request: Request, event_id: str) -> list[JSON]:
    storyline = _storyline(request)
    storyline.get_event(event_id)  # 404 for an unknown id rather than an empty trail
    return storyline.audit(event_id)


@router.get(
    "/events/{event_id:path}/possible-same", responses=reads(list[schemas.PossibleSame]),
    response_model=None,
)
def event_possible_same(request: Request, event_id: str) -> list[JSON]:
    return _storyline(request).possible_same(event_id)


# Ids are opaque and may hold "/" (URLs are common ids), hence `:path`; this route comes after
# the /events/{id}/... ones, which would otherwise be read as ids ending in "/timeline".
@router.get(
    "/events/{event_id:path}", responses=reads(schemas.Event),
    response_model=None,
)
def get_event(request: Request, event_id: str, as_of: AsOf = None) -> Response:
    """One event as `storyline event ID --json [--as-of]`."""
    return json_response(state_of(request).event(event_id, parse_as_of(as_of)))


def json_response(data: Any) -> Response:
    """JSON that is JSON already (the facade's objects), written as FastAPI writes it but
    without its per-value encoder, which took 77 of the 120 ms CPU of a 1,000-report event."""
    body = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Response(body, media_type="application/json")


@router.get("/stories", responses=reads(list[schemas.Story]), response_model=None)
def stories(request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 50) -> list[JSON]:
    """The stories of the most recently reported events, each with its events (the incident
    first, then its follow-ups)."""
    return _storyline(request).stories(limit=limit)


@router.get("/stories/{story_id:path}", responses=reads(schemas.Story), response_model=None)
def story(request: Request, story_id: str) -> JSON:
    """One story: its events, first reported first."""
    return _storyline(request).story(story_id)


@router.get(
    "/changes", responses=reads(list[schemas.Change]),
    response_model=None,
)
def changes(
    request: Request, since: str | None = None, until: str | None = None,
    event: Annotated[str | None, Query(description="Only this event's changes.")] = None,
) -> list[JSON]:
    """Changes since a time, as `storyline changes --since T --json` (of one event with
    `event=ID`)."""
    start = parse_time(since, "since")
    if start is None:
        raise WebError(400, "bad_request", "since is required, e.g. ?since=2024-05-01T00:00:00Z")
    event_id = event.strip() if event and event.strip() else None  # 404 for an unknown id
    end = parse_time(until, "until", end_of_day=True)
    return _storyline(request).changes(start, until=end, event_id=event_id)


@router.get(
    "/articles/{article_id:path}", responses=reads(schemas.StoredArticle),
    response_model=None,
)
def get_article(request: Request, article_id: str) -> JSON:
    return _storyline(request).get_article(article_id)


@router.get(
    "/search", responses=reads(list[schemas.SearchHit]),
    response_model=None,
)
def search(
    request: Request, q: str = "", limit: Annotated[int, Query(ge=1, le=500)] = 50
) -> list[JSON]:
    """Full-text search over article titles and texts."""
    if not q.strip():
        raise WebError(400, "bad_request", "q is required, e.g. /api/search?q=earthquake")
    return _storyline(request).search(q.strip(), limit=limit)


ExportName = Annotated[
    str | None,
    Query(alias="format", description="jsonl, acled-csv, gtd-csv, geojson, facts-csv or timeline."),
]


_EXPORT_BODY = {
    fmt.media_type.split(";")[0]: {"schema": {"type": "string"}} for fmt in FORMATS.values()
}


@router.get(
    "/export", response_class=StreamingResponse,
    responses={**ERROR_RESPONSES, 200: {"description": "The export", "content": _EXPORT_BODY}},
)
def export(
    request: Request,
    format_: ExportName = None,
    event: Annotated[list[str] | None, Query(description="Only these events (repeat).")] = None,
    q: str | None = None,
    type: str | None = None,
    place: str | None = None,
    from_: Annotated[str | None, Query(alias="from")] = None,
    to: str | None = None,
    since: str | None = None,
    as_of: AsOf = None,
) -> StreamingResponse:
    """The selected events (all by default) as `storyline export --format FORMAT`, streamed
    event by event; the formats and their columns are described in docs/exports.md."""
    if not format_:
        raise WebError(400, "bad_request", f"format is required: one of {', '.join(FORMATS)}")
    chosen = export_format(format_)  # an unknown name: 400 naming the valid ones
    filters = event_filter(q, type, place, from_, to, since)
    events = _storyline(request).iter_events(
        filters, as_of=parse_as_of(as_of), event_ids=[e for e in event or [] if e] or None,
        explained=chosen.explained,
    )
    return _export_response(chosen, events)


def _export_response(chosen: ExportFormat, events: Iterator[JSON]) -> StreamingResponse:
    filename = f"storyline-events-{chosen.name}.{chosen.suffix}"
    return StreamingResponse(
        chosen.write(events), media_type=chosen.media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get(
    "/export.jsonl", response_class=StreamingResponse, deprecated=True,
    responses=ERROR_RESPONSES,
)
def export_jsonl(
    request: Request, q: str | None = None, type: str | None = None, place: str | None = None,
    from_: Annotated[str | None, Query(alias="from")] = None, to: str | None = None,
) -> StreamingResponse:
    """Kept for old links: /api/export?format=jsonl."""
    events = _storyline(request).iter_events(event_filter(q, type, place, from_, to))
    return _export_response(FORMATS["jsonl"], events)


@router.get(
    "/export.csv", response_class=StreamingResponse, deprecated=True,
    responses=ERROR_RESPONSES,
)
def export_csv(
    request: Request, q: str | None = None, type: str | None = None, place: str | None = None,
    from_: Annotated[str | None, Query(alias="from")] = None, to: str | None = None,
) -> StreamingResponse:
    """Kept for old links: /api/export?format=acled-csv."""
    events = _storyline(request).iter_events(event_filter(q, type, place, from_, to),
                                             explained=False)
    return _export_response(FORMATS["acled-csv"], events)


# --------------------------------------------------------------------------- writes

_ARTICLES_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/ArticleIn"},
                        {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}},
                    ]
                }
            }
        },
    }
}


@router.post(
    "/articles", responses={**WRITE_RESPONSES, 200: schemas.answer(schemas.IngestResult)},
    openapi_extra=_ARTICLES_BODY, dependencies=WRITE, response_model=None,
)
async def post_articles(request: Request) -> JSON:
    """Ingest one article or a list (needs the token). Answers as `ingest --json`."""
    state = state_of(request)
    articles = parse_articles(await _json_body(request))

    def ingest() -> JSON:
        with state.write_lock:
            report = state.storyline.ingest_articles(articles)
        return {**report.to_json(), "article_ids": list(report.article_ids)}

    return await run_in_threadpool(ingest)


class MergeIn(BaseModel):
    other: str = Field(description="The event merged into this one.")
    reason: str = ""


class SplitIn(BaseModel):
    article_ids: list[str] = Field(min_length=1, description="Reports that form the new event.")
    reason: str = ""


class MoveIn(BaseModel):
    to: str = Field(description="The event the article moves to.")
    reason: str = ""


@router.post(
    "/events/{event_id:path}/merge", responses=WRITE_EVENT, dependencies=WRITE,
    response_model=None,
)
def merge(request: Request, event_id: str, body: MergeIn) -> JSON:
    state = state_of(request)
    with state.write_lock:
        return state.storyline.merge(event_id, body.other, actor="api", reason=body.reason)


@router.post(
    "/events/{event_id:path}/split", responses=WRITE_EVENT, dependencies=WRITE,
    response_model=None,
)
def split(request: Request, event_id: str, body: SplitIn) -> JSON:
    state = state_of(request)
    with state.write_lock:
        return state.storyline.split(event_id, body.article_ids, actor="api", reason=body.reason)


@router.post(
    "/articles/{article_id:path}/move", responses=WRITE_EVENT, dependencies=WRITE,
    response_model=None,
)
def move(request: Request, article_id: str, body: MoveIn) -> JSON:
    state = state_of(request)
    with state.write_lock:
        return state.storyline.move(article_id, body.to, actor="api", reason=body.reason)


async def _json_body(request: Request) -> Any:
    body = await request.body()
    try:
        return load_bounded(body.decode())
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        message = f"the body is not valid JSON ({exc}); send JSON"
        raise WebError(400, "bad_request", message) from None
    except TooDeep as exc:
        raise WebError(400, "bad_request", f"{exc}; send flat article objects") from None

