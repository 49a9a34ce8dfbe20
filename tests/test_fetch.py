"""The fetcher against a real HTTP server on 127.0.0.1: limits, redirects, SSRF guard."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from helpers_ingest import (
    FLOOD_HTML,
    local_server,
    redirect,
    send,
    slow,
    trickle,
    undeclared_body,
)
from storyline.errors import FetchError
from storyline.ingest import ReadOptions, fetch_url
from storyline.ingest.fetch import is_public_address

LOCAL = ReadOptions(
    allow_private=True, connect_timeout=2.0, read_timeout=0.5, total_timeout=3.0, max_bytes=100_000
)


def _conditional(handler: BaseHTTPRequestHandler) -> None:
    if handler.headers.get("If-None-Match") == '"v1"':
        handler.send_response(304)
        handler.end_headers()
        return
    send(handler, FLOOD_HTML, "text/html", headers={"ETag": '"v1"'})


def _echo_agent(handler: BaseHTTPRequestHandler) -> None:
    send(handler, str(handler.headers.get("User-Agent")).encode(), "text/plain")


def _gzipped(handler: BaseHTTPRequestHandler) -> None:
    send(handler, gzip.compress(b"a" * 500_000), "text/plain", headers={"Content-Encoding": "gzip"})


ROUTES = {
    "/article.html": lambda h: send(h, FLOOD_HTML, "text/html; charset=utf-8"),
    "/moved": redirect("/article.html"),
    "/loop-a": redirect("/loop-b"),
    "/loop-b": redirect("/loop-a"),
    **{f"/chain/{i}": redirect(f"/chain/{i + 1}") for i in range(10)},
    "/chain/10": lambda h: send(h, b"end of chain", "text/plain"),
    "/to-file": redirect("file:///etc/passwd"),
    "/error": lambda h: send(h, b"oops", "text/plain", status=500),
    "/image": lambda h: send(h, b"\x89PNG....", "image/png"),
    "/slow": slow(2.0),
    "/trickle": trickle(chunks=60, pause=0.1),
    "/big-declared": lambda h: send(h, b"x" * 200_000, "text/plain"),
    "/big-undeclared": undeclared_body(300_000),
    "/gzip-bomb": _gzipped,
    "/conditional": _conditional,
    "/agent": _echo_agent,
}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_server(ROUTES) as base:
        yield base


def test_fetches_a_page_with_its_metadata(server: str) -> None:
    page = fetch_url(f"{server}/article.html", LOCAL)
    assert page.status == 200
    assert page.content == FLOOD_HTML
    assert page.content_type == "text/html; charset=utf-8"
    assert page.fetched.tzinfo is not None
    assert not page.not_modified


def test_sends_a_clear_user_agent(server: str) -> None:
    page = fetch_url(f"{server}/agent", LOCAL)
    assert page.content.decode().startswith("storyline/")


def test_follows_a_redirect_and_reports_the_final_url(server: str) -> None:
    page = fetch_url(f"{server}/moved", LOCAL)
    assert page.url == f"{server}/article.html"
    assert page.redirects == (f"{server}/article.html",)


def test_redirect_loop_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="redirect loop"):
        fetch_url(f"{server}/loop-a", LOCAL)


def test_more_than_five_redirects_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch_url(f"{server}/chain/0", LOCAL)
    assert fetch_url(f"{server}/chain/5", LOCAL).content == b"end of chain"


def test_redirect_to_a_non_http_scheme_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(f"{server}/to-file", LOCAL)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x/"])
def test_non_http_schemes_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="only http and https"):
        fetch_url(url, LOCAL)


def test_server_error_is_one_line(server: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch_url(f"{server}/error", LOCAL)
    message = str(caught.value)
    assert "HTTP 500" in message and "\n" not in message
    assert message.startswith(f"{server}/error: ")


def test_wrong_content_type_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="content type image/png"):
        fetch_url(f"{server}/image", LOCAL)


def test_slow_server_hits_the_read_timeout(server: str) -> None:
    with pytest.raises(FetchError, match="timed out"):
        fetch_url(f"{server}/slow", LOCAL)


def test_trickling_server_hits_the_total_time_limit(server: str) -> None:
    options = ReadOptions(allow_private=True, read_timeout=1.0, total_timeout=1.0)
    with pytest.raises(FetchError, match="longer than 1 s"):
        fetch_url(f"{server}/trickle", options)


def test_declared_oversized_body_is_refused(server: str) -> None:
    with pytest.raises(FetchError, match="declares 200000 bytes"):
        fetch_url(f"{server}/big-declared", LOCAL)


def test_undeclared_oversized_body_is_cut_off(server: str) -> None:
    with pytest.raises(FetchError, match=r"larger than the 0\.1 MB limit"):
        fetch_url(f"{server}/big-undeclared", LOCAL)


def test_decompressed_size_counts_not_the_compressed_one(server: str) -> None:
    with pytest.raises(FetchError, match="larger than"):
        fetch_url(f"{server}/gzip-bomb", LOCAL)


def test_conditional_request_gives_not_modified(server: str) -> None:
    first = fetch_url(f"{server}/conditional", LOCAL)
    assert first.etag == '"v1"'
    again = fetch_url(f"{server}/conditional", LOCAL, etag=first.etag)
    assert again.not_modified and again.status == 304 and again.content == b""


def test_loopback_is_refused_without_allow_private(server: str) -> None:
    with pytest.raises(FetchError, match="--allow-private"):
        fetch_url(f"{server}/article.html", ReadOptions())
    port = server.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match="refused"):
        fetch_url(f"http://localhost:{port}/article.html", ReadOptions())


def test_unreachable_port_is_one_line_error() -> None:
    with pytest.raises(FetchError, match="could not connect"):
        fetch_url("http://127.0.0.1:9/", LOCAL)


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.5", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),
        ("93.184.216.34", True),
        ("2606:4700::1111", True),
    ],
)
def test_address_classification(address: str, public: bool) -> None:
    assert is_public_address(address) is public
