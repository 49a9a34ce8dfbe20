"""Shared helpers for the ingest, fetch and dedup tests: a real HTTP server on 127.0.0.1 and
small invented news texts (never text from the data sets)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

Route = Callable[[BaseHTTPRequestHandler], None]

FLOOD_HTML = b"""<!doctype html><html><head><title>Flood hits Riverton</title>
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<meta property="article:modified_time" content="2024-03-06T10:00:00Z">
<meta name="author" content="Jane Roe"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Flood hits Riverton</h1>
<p>Heavy rain caused the Riverton river to burst its banks on Tuesday, officials said. At least
12 people were injured and 300 residents were moved to shelters across the district.</p>
<p>The mayor said the clean-up would take weeks. Schools in the district will stay closed until
Friday while engineers inspect two damaged bridges.</p></article>
<footer>Copyright 2024 Daily Example. All rights reserved.</footer></body></html>"""

STORY_TEXTS = {
    "/story/1": (
        "Bridge collapse in Lowford",
        "A road bridge collapsed in Lowford on Monday evening, sending two cars into the canal. "
        "Rescue teams pulled four people from the water and took them to the county hospital.",
    ),
    "/story/2": (
        "Factory fire in Eastmere",
        "A fire broke out at a paint factory in Eastmere early on Wednesday. Firefighters "
        "evacuated 80 workers and the blaze was under control by noon, the fire service said.",
    ),
}


def story_page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in text.split(". ") if sentence)
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>All rights reserved.</footer></body></html>"
    ).encode()


def rss_feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        f"<guid>{base}{path}</guid><pubDate>Mon, 04 Mar 2024 18:{10 + i}:00 +0100</pubDate>"
        f"<description>{text.split('. ')[0]}.</description></item>"
        for i, (path, (title, text)) in enumerate(STORY_TEXTS.items())
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Example Local News</title><link>{base}/</link>"
        f"<description>Invented news</description>{items}</channel></rss>"
    ).encode()


ATOM_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<id>urn:example:feed</id><updated>2024-03-06T12:00:00Z</updated>
<entry><title>Storm cuts power in Hillbury</title><id>urn:example:1</id>
<link href="https://news.example.org/2024/03/storm-hillbury"/>
<published>2024-03-06T09:15:00+02:00</published><updated>2024-03-06T11:00:00Z</updated>
<author><name>Sam Doe</name></author>
<content type="html">&lt;p&gt;A storm cut power to 5,000 homes in Hillbury overnight.&lt;/p&gt;
&lt;p&gt;Crews expect to restore supply by Thursday.&lt;/p&gt;</content></entry>
<entry><title>Summary only</title><id>urn:example:2</id>
<link href="https://news.example.org/2024/03/summary-only"/>
<updated>2024-03-06T10:00:00Z</updated>
<summary>Two hikers were rescued from Mount Graylin on Tuesday.</summary></entry>
</feed>"""


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}

    def do_GET(self) -> None:
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404)
            return
        with suppress(BrokenPipeError, ConnectionResetError):  # the client gave up, as told
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        pass


def send(
    handler: BaseHTTPRequestHandler,
    body: bytes,
    content_type: str,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def redirect(location: str) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def slow(seconds: float) -> Route:
    def route(handler: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        send(handler, FLOOD_HTML, "text/html")

    return route


def trickle(chunks: int, pause: float) -> Route:
    """Sends a little data often enough never to hit the read time-out."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()
        for _ in range(chunks):
            handler.wfile.write(b"x" * 10)
            handler.wfile.flush()
            time.sleep(pause)

    return route


def undeclared_body(size: int) -> Route:
    """A body with no Content-Length (connection close marks its end)."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.send_header("Connection", "close")
        handler.end_headers()
        block = b"word " * 2000
        for _ in range(size // len(block) + 1):
            handler.wfile.write(block)

    return route


@contextmanager
def local_server(routes: dict[str, Route]) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 in a thread; yields its base URL."""
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
