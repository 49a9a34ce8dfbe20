"""`storyline watch` says in its exit code when a feed could not be read (1: done, but some
inputs failed), as every other command does; a feed that is read gives 0."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Fire in Testville</title><guid>w1</guid>
<pubDate>Mon, 04 Mar 2030 09:00:00 GMT</pubDate>
<description>A fire at a warehouse in Testville killed 3 people on Monday, police said.
</description></item></channel></rss>"""


class Feed(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def feed_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Feed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"  # nothing listens there now


def watch(db: Path, *feeds: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "storyline", "--db", str(db), "watch", *feeds, "--cycles", "1",
         "--every", "1s", "--allow-private", "--json"],
        capture_output=True, text=True, timeout=300, check=False,
    )


def test_watch_exits_1_when_a_feed_cannot_be_read(tmp_path: Path, feed_url: str) -> None:
    broken = closed_port_url()
    done = watch(tmp_path / "s.db", feed_url, broken)
    assert done.returncode == 1, done.stderr
    assert broken in done.stderr.splitlines()[-1]
    assert '"new_event"' in done.stdout  # the readable feed was still read and alerted on


def test_watch_exits_0_when_every_feed_is_read(tmp_path: Path, feed_url: str) -> None:
    done = watch(tmp_path / "s.db", feed_url)
    assert done.returncode == 0, done.stderr
