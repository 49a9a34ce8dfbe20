"""The server against slow and hostile clients: time limits that hold on a real socket, extreme
parameters answered with 4xx in the one error shape (never 500), ids holding "/" served, Atom
links that ignore the Host header."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from storyline.records import Article
from storyline.service import Storyline
from storyline.web import create_app
from storyline.web.server import ServerLimits, protocol_with

URL_ID = "https://news.example/2024/03/fire?id=7&x=1#top"
PERCENT_ID = "wire/2024%2F03 #7"  # TestClient decodes paths twice: served by uvicorn below
SLOW_ID = "slow/one"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile-web") / "s.db"
    from datetime import UTC, datetime

    with Storyline.open(str(path)) as app:
        app.ingest_articles(
            [
                Article(
                    id=URL_ID,
                    text="A fire in Testville injured 2 people on Monday, officials said.",
                    published=datetime(2024, 3, 4, tzinfo=UTC),
                ),
                Article(
                    id=PERCENT_ID,
                    text="A flood in Riverton forced 300 people from their homes on Tuesday.",
                    published=datetime(2024, 3, 5, tzinfo=UTC),
                ),
            ]
        )
    return path


@contextmanager
def limited_server(db: Path, limits: ServerLimits) -> Iterator[int]:
    """The app under uvicorn with our protocol and limits, on 127.0.0.1; yields the port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    app = create_app(str(db), token="t", body_timeout=limits.body_timeout)
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, http=protocol_with(limits), log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _dribble(port: int, data: bytes, pause: float) -> tuple[int, bytes]:
    """Send `data` one byte per `pause` until the server answers or closes; (bytes sent, answer)."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.settimeout(pause)
        for sent, byte in enumerate(data):
            try:
                sock.sendall(bytes([byte]))
                answer = sock.recv(65536)
            except TimeoutError:
                continue
            except (BrokenPipeError, ConnectionResetError):
                return sent, b""
            return sent, answer
        sock.settimeout(30)
        return len(data), sock.recv(65536)


def _response(sock: socket.socket) -> bytes:
    """One whole HTTP response (head and Content-Length body) from the socket."""
    data = b""
    while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < _length(data):
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def _length(data: bytes) -> int:
    for line in data.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0


def test_headers_sent_byte_by_byte_are_cut_at_the_limit(db: Path) -> None:
    head = b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Pad: a\r\n" * 40 + b"\r\n"
    with limited_server(db, ServerLimits(header_timeout=0.5, body_timeout=30)) as port:
        sent, answer = _dribble(port, head, pause=0.05)
        assert sent < len(head), "the server waited for the whole slow request head"
        assert answer.startswith(b"HTTP/1.1 408"), answer
        assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["error"]["code"] == "timeout"
        # Other clients are still served, ids with "%2F" and "#" included (a real socket).
        article = httpx.get(f"http://127.0.0.1:{port}/api/articles/{quote(PERCENT_ID, safe='')}")
        assert article.status_code == 200 and article.json()["id"] == PERCENT_ID


def test_a_body_that_never_completes_is_answered_408(db: Path) -> None:
    head = (
        b"POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer t\r\n"
        b"Content-Type: application/json\r\nContent-Length: 500\r\n\r\n"
    )
    limits = ServerLimits(header_timeout=30, body_timeout=0.5)
    with limited_server(db, limits) as port, socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(head + b'{"text": "')
        sock.settimeout(60)
        answer = _response(sock)
    assert answer.startswith(b"HTTP/1.1 408"), answer
    body = json.loads(answer.split(b"\r\n\r\n", 1)[1])
    assert body["error"]["code"] == "timeout" and "body" in body["error"]["message"]


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db), token="t")) as test_client:
        yield test_client


EXTREME = [
    ("/api/events", {"as_of": "9999-12-31T23:59:59-23:59"}),
    ("/api/events", {"since": "0001-01-01T00:00:00+14:00"}),
    ("/api/changes", {"since": "9999-12-31T23:59:59-23:59"}),
    ("/api/events", {"as_of": "+275760-09-13"}),
    ("/api/events", {"offset": str(10**30)}),
    ("/api/events", {"limit": str(10**30)}),
    ("/api/search", {"q": "fire " * 12_000}),
    ("/api/events", {"q": "fire " * 12_000}),
    ("/api/timeline", {"as_of": "9999-12-31T23:59:59-23:59"}),
]


@pytest.mark.parametrize(("path", "params"), EXTREME)
def test_extreme_parameters_are_4xx_in_the_error_shape(
    client: TestClient, path: str, params: dict[str, str]
) -> None:
    response = client.get(path, params=params)
    assert 400 <= response.status_code < 500, response.text
    error = response.json()["error"]
    assert set(error) == {"code", "message"} and error["message"]


@pytest.mark.parametrize("params", [{"page": str(10**30)}, {"as_of": "0001-01-01T00:00+14:00"}])
def test_extreme_page_parameters_are_4xx_pages(client: TestClient, params: dict[str, str]) -> None:
    response = client.get("/", params=params)
    assert response.status_code == 400 and "bad_request" in response.text


@pytest.mark.parametrize("nested", ["[" * 100_000 + "]" * 100_000, '{"text": ' + "[" * 500])
def test_deeply_nested_post_body_is_400(client: TestClient, nested: str) -> None:
    response = client.post(
        "/api/articles",
        content=nested,
        headers={"Authorization": "Bearer t", "Content-Type": "application/json"},
    )
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "bad_request"


def test_ids_with_slashes_round_trip_through_api_and_pages(client: TestClient) -> None:
    encoded = quote(URL_ID, safe="")
    article = client.get(f"/api/articles/{encoded}")
    assert article.status_code == 200 and article.json()["id"] == URL_ID
    event_id = article.json()["event_id"]
    page = client.get(f"/articles/{encoded}")
    assert page.status_code == 200
    event_page = client.get(f"/events/{quote(event_id, safe='')}")
    assert f'href="/articles/{encoded}"' in event_page.text  # links keep the id encoded
    assert client.get(f"/api/events/{quote(event_id, safe='')}/timeline").status_code == 200


def test_event_ids_with_slashes_and_sub_resources(client: TestClient) -> None:
    """A sub-resource of an event is not taken for an event whose id ends in /timeline."""
    missing = client.get(f"/api/events/{quote(SLOW_ID, safe='')}/timeline")
    assert missing.status_code == 404
    assert SLOW_ID in missing.json()["error"]["message"]


def test_atom_links_ignore_the_host_header(db: Path) -> None:
    with TestClient(create_app(str(db), base_url="https://news.example/desk")) as configured:
        feed = configured.get(
            "/changes.atom", params={"since": "2000-01-01"}, headers={"Host": "evil.example"}
        )
    assert "evil.example" not in feed.text
    assert 'href="https://news.example/desk/events/' in feed.text
