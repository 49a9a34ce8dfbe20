"""Running the app with uvicorn, with time limits a slow client cannot stretch.

uvicorn bounds only the idle time between requests (keep-alive): a client that sends its request
headers one byte at a time, or its body one byte a minute, holds a connection (and, for a body, a
worker) for as long as it likes. Here the request head must be complete within `header_timeout`
seconds of its first byte (or of the connection), and the body within `body_timeout` seconds of
the head; past either the connection gets 408 and is closed.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import h11
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from storyline.web.errors import WebError

HEADER_TIMEOUT, BODY_TIMEOUT, KEEP_ALIVE = 10.0, 60.0, 5.0
_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
    b"connection: close\r\ncontent-length: %d\r\n\r\n%s"
)


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """Time limits per request, in seconds (documented in docs/security.md)."""

    header_timeout: float = HEADER_TIMEOUT
    body_timeout: float = BODY_TIMEOUT
    keep_alive: float = KEEP_ALIVE


class HeaderTimeoutProtocol(H11Protocol):
    """uvicorn's h11 protocol plus a deadline for the request head (line and headers)."""

    header_timeout = HEADER_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE and self._head_deadline is None:
            self._arm()  # the first byte of a next request on a kept-alive connection
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._disarm()  # the head is complete (the body has its own limit)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._head_deadline = self.loop.call_later(self.header_timeout, self._head_too_slow)

    def _disarm(self) -> None:
        if self._head_deadline is not None:
            self._head_deadline.cancel()
            self._head_deadline = None

    def _head_too_slow(self) -> None:
        self._head_deadline = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        body = (
            b'{"error":{"code":"timeout","message":"the request headers took longer than %g s"}}'
            % self.header_timeout
        )
        self.transport.write(_TIMEOUT_RESPONSE % (len(body), body))
        self.transport.close()


def protocol_with(limits: ServerLimits) -> type[HeaderTimeoutProtocol]:
    """The protocol class uvicorn instantiates per connection, carrying these limits."""
    return type(
        "StorylineH11Protocol", (HeaderTimeoutProtocol,), {"header_timeout": limits.header_timeout}
    )


class BodyDeadline:
    """ASGI middleware: the whole request body must arrive within `seconds` of the head.

    A late body raises WebError(408) inside the endpoint's read, so the app's error handler
    answers with the one error shape; uvicorn then closes the connection (the body is unread).
    """

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline = asyncio.get_running_loop().time() + self.seconds
        body_done = False

        async def timed_receive() -> Message:
            nonlocal body_done
            if body_done:  # later reads wait for a disconnect (streamed responses): no limit
                return await receive()
            remaining = deadline - asyncio.get_running_loop().time()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(remaining, 0.001))
            except TimeoutError:
                raise WebError(
                    408, "timeout", f"the request body took longer than {self.seconds:g} s"
                ) from None
            body_done = message["type"] != "http.request" or not message.get("more_body")
            return message

        await self.app(scope, timed_receive, send)


def run(app: ASGIApp, host: str, port: int, limits: ServerLimits) -> None:
    """Serve `app` until interrupted."""
    import uvicorn

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        http=protocol_with(limits),
        timeout_keep_alive=int(limits.keep_alive),
        log_level="info",
    )
    uvicorn.Server(config).run()
