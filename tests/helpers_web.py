"""Shared helpers of the web, API and browser tests: a store filled by the real pipeline with
the bundled examples (built once per test session, copied for tests that write), a hostile
article for the escaping tests, a live uvicorn server on 127.0.0.1, and a fake tile server (the
outside world's stand-in for the map's optional tiles), also on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import uvicorn

from storyline.records import Article
from storyline.service import Storyline
from storyline.web import create_app

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_ID = "web-test-hostile-1"


def hostile_article() -> Article:
    """An article whose title, text, source and URL carry markup that must never run."""
    return Article(
        id=XSS_ID,
        title=f"Warehouse fire {XSS_SCRIPT} in Testville {XSS_IMG}",
        text=(
            f"A fire at a warehouse in Testville killed at least 4 people on Monday, {XSS_SCRIPT} "
            f"officials said. {XSS_IMG} Firefighters said 7 people were injured."
        ),
        published=datetime(2031, 3, 3, 9, 30, tzinfo=UTC),
        source=f"<b>Hostile</b> {XSS_IMG}",
        url="javascript:alert(1)",
    )


_BUILT: dict[str, Path] = {}


def example_db(factory: pytest.TempPathFactory) -> Path:
    """A SQLite store with the bundled examples and the hostile article; built once a session."""
    if not any(EXAMPLES.iterdir()):
        pytest.fail(f"{EXAMPLES} is empty: the bundled examples are missing")
    key = str(factory.getbasetemp())
    if key not in _BUILT:
        db = factory.mktemp("web-examples") / "examples.db"
        with Storyline.open(str(db)) as storyline:
            report = storyline.ingest([str(EXAMPLES)])
            assert report.ingested > 0, report.to_json()
            storyline.ingest_articles([hostile_article()])
        _BUILT[key] = db
    return _BUILT[key]


def copy_db(source: Path, target_dir: Path) -> Path:
    """A private copy of a closed SQLite store (with any WAL files) for tests that write."""
    target = target_dir / source.name
    for path in source.parent.glob(source.name + "*"):
        shutil.copy(path, target_dir / path.name)
    return target


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def live_server(db: Path, token: str | None = None, **settings: str) -> Iterator[str]:
    """uvicorn serving the app in a thread on a free port; yields the base URL. `settings` go
    to create_app (map_tiles, map_regions)."""
    port = free_port()
    config = uvicorn.Config(
        create_app(str(db), token=token, **settings), host="127.0.0.1", port=port,
        log_level="warning",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError(f"the test server did not start on port {port}")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def png(width: int = 8, height: int = 8, rgb: tuple[int, int, int] = (170, 200, 230)) -> bytes:
    """A small solid-colour PNG, written with the standard library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


@contextmanager
def tile_server() -> Iterator[tuple[str, list[str]]]:
    """A fake map tile server on 127.0.0.1: every GET answers one small PNG; yields its URL
    template ("http://127.0.0.1:PORT/{z}/{x}/{y}.png") and the paths asked for, in order."""
    asked: list[str] = []
    tile = png()

    class Tiles(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(tile)))
            self.end_headers()
            self.wfile.write(tile)

        def log_message(self, format: str, *args: object) -> None:
            pass  # the test reads `asked`, not a log

    server = ThreadingHTTPServer(("127.0.0.1", 0), Tiles)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png", asked
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
