"""One error shape for every error: `{"error": {"code", "message"}}` for the API, an HTML page
with the same code and message for the pages; plus the request-size limit and security headers.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyline.errors import (
    ConfigError,
    CorrectionError,
    InputError,
    NotFoundError,
    StoreError,
    StorylineError,
)
from storyline.store._rows import IntegrityViolation

# Content-Security-Policy: everything from this origin only, no inline script or style, no
# plugins, no framing. SVG charts use presentation attributes, which CSP does not restrict.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class WebError(Exception):
    """An error raised by the web layer itself, with its HTTP status and error code."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class BodyTooLarge(WebError):
    def __init__(self, limit: int) -> None:
        super().__init__(
            413, "too_large", f"request body is larger than {limit} bytes; send fewer articles"
        )


_STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    503: "store_unavailable",
}


def wants_json(request: Request) -> bool:
    """API paths answer errors in JSON; pages answer with an HTML error page."""
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path.endswith((".json", ".atom"))


def error_response(request: Request, status: int, code: str, message: str) -> Response:
    if wants_json(request):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    templates = request.app.state.web.templates
    response: Response = templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "code": code, "message": message},
        status_code=status,
    )
    return response


def _status_of(exc: StorylineError) -> tuple[int, str]:
    if isinstance(exc, NotFoundError):
        return 404, "not_found"
    if isinstance(exc, CorrectionError):
        return 409, "conflict"
    if isinstance(exc, InputError | ConfigError):
        return 400, "bad_request"
    if isinstance(exc, StoreError) and not isinstance(exc, IntegrityViolation):
        # The database is gone, locked or full: the request may succeed later (the server
        # reconnects by itself), so 503 rather than a server fault.
        return 503, "store_unavailable"
    return 500, "internal_error"


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        parts.append(f"{where or 'body'}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) + "; see /openapi.json for the expected shape"


def install_error_handlers(app: FastAPI) -> None:
    async def on_web_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        return error_response(request, exc.status, exc.code, exc.message)

    async def on_storyline_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StorylineError)
        status, code = _status_of(exc)
        return error_response(request, status, code, str(exc))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_response(request, 422, "invalid_request", _validation_message(exc))

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        message = str(exc.detail) if exc.status_code != 404 else (
            f"no page at {request.url.path}; start from / or /api/events"
        )
        return error_response(request, exc.status_code, code, message)

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        return error_response(
            request, 500, "internal_error", f"{type(exc).__name__}: the server failed; see its log"
        )

    app.add_exception_handler(WebError, on_web_error)
    app.add_exception_handler(StorylineError, on_storyline_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_unexpected)


def security_headers(images_from: str | None = None) -> dict[str, str]:
    """The headers, with `images_from` (a tile server's origin) allowed as an image source."""
    if not images_from:
        return SECURITY_HEADERS
    csp = CSP.replace("img-src 'self' data:;", f"img-src 'self' data: {images_from};")
    return {**SECURITY_HEADERS, "Content-Security-Policy": csp}


class SecurityHeaders:
    """Adds the security headers to every response (pages, API, static files, errors)."""

    def __init__(self, app: ASGIApp, images_from: str | None = None) -> None:
        self.app = app
        self.headers = security_headers(images_from)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in self.headers.items():
                    if name.lower().encode() not in present:
                        headers.append((name.lower().encode(), value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over `max_bytes`: by Content-Length up front, else while reading.

    A body that turns out too large while streaming raises BodyTooLarge inside the endpoint's
    read, so the app's error handler answers it with the one error shape.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _send_too_large(scope, send, self.max_bytes)
            return
        received = 0

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        await self.app(scope, counting_receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_too_large(scope: Scope, send: Send, limit: int) -> None:
    response = JSONResponse(
        {"error": {"code": "too_large", "message": BodyTooLarge(limit).message}},
        status_code=413,
    )

    async def no_body() -> Message:
        return {"type": "http.disconnect"}

    await response(scope, no_body, send)

