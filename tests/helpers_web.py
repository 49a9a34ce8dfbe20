"""Shared helpers of the web, API and browser tests: a store filled by the real pipeline with
the bundled examples (built once per test session, copied for tests that write), a hostile
article for the escaping tests, and a live uvicorn server on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
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
def live_server(db: Path, token: str | None = None) -> Iterator[str]:
    """uvicorn serving the app in a thread on a free port; yields the base URL."""
    port = free_port()
    config = uvicorn.Config(
        create_app(str(db), token=token), host="127.0.0.1", port=port, log_level="warning"
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
