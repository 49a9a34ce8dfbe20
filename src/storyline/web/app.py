"""Builds the FastAPI application: one shared `Storyline` facade, pages, API, errors, headers."""

from __future__ import annotations

import gc
import hmac
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from storyline.service import EventFilter, EventPage, Storyline
from storyline.textsafety import for_page
from storyline.web import geomap, views
from storyline.web.cache import ViewCache, event_key
from storyline.web.errors import BodyLimit, SecurityHeaders, WebError, install_error_handlers
from storyline.web.server import BODY_TIMEOUT, BodyDeadline, ServerLimits, run

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_BODY = 10_000_000


@dataclass
class WebState:
    """What every request shares: the facade over one store, the write token, the templates."""

    storyline: Storyline
    templates: Jinja2Templates
    token: str | None
    max_body_bytes: int
    cache: ViewCache
    # Reads run concurrently; writes (ingest, corrections) go one at a time.
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    # Absolute links (Atom) start with this; never with the client's Host header.
    base_url: str | None = None
    # The map's optional layers (region outlines, tiles) from the settings; none by default.
    map_layers: geomap.MapLayers = geomap.NO_LAYERS

    def absolute_base(self, request: Request) -> str:
        """The configured base URL, else this server's own address (not the Host header,
        which any client can set to send feed readers elsewhere)."""
        if self.base_url:
            return self.base_url.rstrip("/")
        host, port = request.scope.get("server") or ("127.0.0.1", 8000)
        host = f"[{host}]" if ":" in str(host) else host
        return f"{request.url.scheme}://{host}:{port}"

    def event(self, event_id: str, as_of: datetime | None = None) -> dict[str, Any]:
        """`Storyline.get_event`, cached while the event does not change."""
        key = event_key(self.storyline, "event", event_id, as_of)
        return self.cache.get_or_build(
            key, lambda: self.storyline.get_event(event_id, as_of=as_of)
        )

    def reports(self, event_id: str) -> list[views.ReportRow]:
        """Every report of the event (also those after an as-of time), cached like `event`."""
        def build() -> list[views.ReportRow]:
            return views.listed_report_rows(self.storyline.store.event_reports(event_id))

        return self.cache.get_or_build(event_key(self.storyline, "reports", event_id), build)

    def activity(self, summary: dict[str, Any]) -> views.EventActivity:
        key = event_key(self.storyline, "activity", str(summary["id"]))
        return self.cache.get_or_build(
            key, lambda: views.event_activity(self.storyline, summary)
        )

    def events_page(
        self, filters: EventFilter, as_of: datetime | None, limit: int | None, offset: int
    ) -> EventPage:
        """One page of events and the number of all that pass the filters: one call to the
        library, whose store runs the filters as one SQL query (Storyline.event_summaries)."""
        return self.storyline.event_summaries(filters, as_of=as_of, limit=limit, offset=offset)

    def check_token(self, request: Request) -> None:
        """Writes need `Authorization: Bearer TOKEN`; without a configured token none is allowed."""
        if self.token is None:
            raise WebError(
                403, "read_only",
                "this server is read-only; restart it with --token or STORYLINE_TOKEN "
                "to allow writes",
            )
        given = _bearer_token(request)
        if given is None:
            raise WebError(
                401, "unauthorized", "send the write token as 'Authorization: Bearer TOKEN'"
            )
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            raise WebError(
                403, "forbidden", "the token is wrong; use the server's configured token"
            )


def _bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("x-storyline-token") or None


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.autoescape = True  # titles and texts are untrusted HTML: escape everything
    env.finalize = for_page  # and drop the bidi controls that would reorder them on screen
    env.trim_blocks = True
    env.lstrip_blocks = True
    views.register_filters(env)
    return templates


def create_app(
    db: str | None = None,
    *,
    token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    cache_size: int = 64,
    body_timeout: float = BODY_TIMEOUT,
    base_url: str | None = None,
    map_tiles: str | None = None,
    map_regions: str | None = None,
) -> FastAPI:
    """The web app and API over the store `db` (path or postgresql:// URL; None: the default).

    Without `token` the server is read-only: every write answers 403 `read_only`. `cache_size`
    derived event views are kept (see storyline.web.cache); 0 derives every view afresh.
    `map_tiles` (a tile URL template) and `map_regions` (a GeoJSON file of region outlines) add
    the map's optional layers; a bad value raises ConfigError before anything is opened.
    """
    from storyline.web import api, pages

    layers = geomap.map_layers(map_tiles, map_regions)
    storyline = Storyline.open(db)
    state = WebState(
        storyline,
        make_templates(),
        token or None,
        max_body_bytes,
        ViewCache(cache_size),
        base_url=base_url or None,
        map_layers=layers,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # What is alive now (modules, the app, its templates, the store) lives as long as the
        # server: frozen, a full garbage collection no longer walks it. An event page of 1,000
        # reports promotes enough objects to trigger one every few requests, and walking the
        # whole heap was its p95 (CPU 146 -> 62 ms in benchmarks/bench_living.py's setting).
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()  # an app closed in a longer process (tests) leaves nothing pinned
            storyline.close()

    app = FastAPI(
        title="storyline",
        version=_version(),
        description="Living event records from dated news articles.",
        docs_url=None,  # Swagger UI would load scripts from a CDN, which the CSP forbids
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.web = state
    _publish_article_schema(app)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(BodyDeadline, seconds=body_timeout)
    app.add_middleware(SecurityHeaders, images_from=layers.tile_origin)
    return app


def _publish_article_schema(app: FastAPI) -> None:
    """POST /api/articles parses its body itself (one object or a list, strict dates); its
    schema is added to /openapi.json here so that clients still see the expected shape."""
    from fastapi.openapi.utils import get_openapi

    from storyline.web.articles_in import ArticleIn

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=app.routes,
            )
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components["ArticleIn"] = ArticleIn.model_json_schema(
                ref_template="#/components/schemas/{model}"
            )
            components["Error"] = ERROR_SCHEMA
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        }
    },
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("storyline")
    except PackageNotFoundError:
        return "0"


def serve(
    db: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    *,
    limits: ServerLimits | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    base_url: str | None = None,
    map_tiles: str | None = None,
    map_regions: str | None = None,
) -> None:
    """Run the web app with uvicorn until interrupted; the token defaults to $STORYLINE_TOKEN.
    `limits` bound how long a client may take to send a request (storyline.web.server)."""
    limits = limits or ServerLimits()
    app = create_app(
        db,
        token=token or os.environ.get("STORYLINE_TOKEN") or None,
        max_body_bytes=max_body_bytes,
        body_timeout=limits.body_timeout,
        base_url=base_url,
        map_tiles=map_tiles,
        map_regions=map_regions,
    )
    run(app, host, port, limits)


def state_of(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state
