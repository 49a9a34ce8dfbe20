"""Fetching one http(s) URL within limits, safely.

Limits: connect and read time-outs, a total time limit (a server that trickles bytes cannot
hold us), a maximum size (declared Content-Length and bytes actually received, after
decompression), at most `max_redirects` redirects (each followed by hand), an allow-list of
content types, a clear User-Agent. Conditional requests (ETag / Last-Modified) give a
"not modified" page for 304 answers, for polling feeds.

SSRF guard: only http and https; the host of every hop, redirects included, is resolved by us
and the connection is made to exactly the address we checked (a custom httpcore network
backend), so DNS tricks cannot slip a private address in between. Loopback, private, link-local,
multicast and other non-global addresses are refused unless `allow_private` is set.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from storyline.errors import FetchError
from storyline.ingest.options import DEFAULT_OPTIONS, ReadOptions
from storyline.ingest.streams import describe_size

ACCEPTED_CONTENT_TYPES = (
    "text/",
    "application/xhtml+xml",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/json",
    "application/ld+json",
    "application/x-ndjson",
    "application/jsonl",
    "application/jsonlines",
    "application/warc",
    "application/gzip",
    "application/x-gzip",
    "application/octet-stream",
)
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,application/json;q=0.9,text/*;q=0.8,*/*;q=0.5"
)


@dataclass(frozen=True)
class FetchedPage:
    """A fetched URL: the final URL after redirects, and what the server sent."""

    url: str
    status: int
    headers: Mapping[str, str]
    content: bytes
    content_type: str | None
    fetched: datetime
    not_modified: bool = False
    redirects: tuple[str, ...] = field(default=())

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class _AddressRefused(httpcore.ConnectError):
    pass


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host itself, checks the address, and connects to exactly that address."""

    def __init__(self, allow_private: bool) -> None:
        self._inner = httpcore.SyncBackend()
        self._allow_private = allow_private
        self.refusal: str | None = None

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        address = self._checked_address(host, port)
        return self._inner.connect_tcp(address, port, timeout, local_address, socket_options)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise _AddressRefused("unix sockets are never used for fetching")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)

    def _checked_address(self, host: str, port: int) -> str:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve host {host} ({exc})") from exc
        addresses = [str(info[4][0]) for info in infos]
        for address in addresses:
            if self._allow_private or is_public_address(address):
                return address
        self.refusal = (
            f"refused to fetch from {host} ({addresses[0] if addresses else '?'}): a private, "
            "loopback or link-local address; pass --allow-private if you trust this server"
        )
        raise _AddressRefused(self.refusal)


def fetch_url(
    url: str,
    options: ReadOptions = DEFAULT_OPTIONS,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
) -> FetchedPage:
    """GET `url` within the limits of `options`; FetchError with a one-line reason otherwise."""
    backend = _GuardedBackend(options.allow_private)
    deadline = time.monotonic() + options.total_timeout
    headers = _conditional_headers(etag, last_modified)
    with _client(options, backend) as client:
        current, visited = url, [url]
        for _ in range(options.max_redirects + 1):
            _check_scheme(url, current)
            with _send(client, backend, url, current, headers) as response:
                if response.status_code == 304 or not response.is_redirect:
                    return _page(response, url, tuple(visited[1:]), options, deadline)
                current = _redirect_target(url, current, response, visited)
                visited.append(current)
    raise FetchError(
        url,
        f"more than {options.max_redirects} redirects; open the URL in a browser to check it",
    )


def _client(options: ReadOptions, backend: _GuardedBackend) -> httpx.Client:
    transport = httpx.HTTPTransport(retries=0)
    # httpx has no public switch for the network backend; its pool keeps it in this attribute.
    transport._pool._network_backend = backend
    timeout = httpx.Timeout(
        connect=options.connect_timeout,
        read=options.read_timeout,
        write=options.read_timeout,
        pool=options.connect_timeout,
    )
    return httpx.Client(
        transport=transport,
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,  # no proxy from the environment: the guard must see the real server
        headers={"User-Agent": options.user_agent, "Accept": _ACCEPT},
    )


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _check_scheme(url: str, current: str) -> None:
    scheme = urlsplit(current).scheme.lower()
    if scheme not in ("http", "https"):
        where = "" if current == url else f" (redirected to {current})"
        raise FetchError(url, f"only http and https URLs can be fetched, not '{scheme}:'{where}")


class _send:
    """Sends one request and turns transport errors into FetchError."""

    def __init__(
        self,
        client: httpx.Client,
        backend: _GuardedBackend,
        url: str,
        current: str,
        headers: dict[str, str],
    ) -> None:
        self._args = (client, backend, url, current, headers)
        self._response: httpx.Response | None = None

    def __enter__(self) -> httpx.Response:
        client, backend, url, current, headers = self._args
        try:
            request = client.build_request("GET", current, headers=headers)
            self._response = client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise FetchError(
                url,
                f"timed out ({_kind_of_timeout(exc)}) fetching {current}; "
                "try again later or raise the time-out",
            ) from exc
        except (httpx.TransportError, httpx.InvalidURL, ValueError) as exc:
            if backend.refusal:
                raise FetchError(url, backend.refusal) from exc
            raise FetchError(url, f"could not connect to {current} ({exc}); check the URL") from exc
        return self._response

    def __exit__(self, *exc: object) -> None:
        if self._response is not None:
            self._response.close()


def _kind_of_timeout(exc: httpx.TimeoutException) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "connecting"
    if isinstance(exc, httpx.ReadTimeout):
        return "waiting for data"
    return "sending"


def _redirect_target(url: str, current: str, response: httpx.Response, visited: list[str]) -> str:
    location = response.headers.get("location")
    if not location:
        raise FetchError(url, f"HTTP {response.status_code} redirect without a Location header")
    target: str = urljoin(current, str(location))
    if target in visited:
        raise FetchError(url, f"redirect loop ({current} -> {target}); the server is misconfigured")
    return target


def _page(
    response: httpx.Response,
    url: str,
    redirects: tuple[str, ...],
    options: ReadOptions,
    deadline: float,
) -> FetchedPage:
    final = str(response.url)
    fetched = datetime.now(UTC)
    headers = {key.lower(): value for key, value in response.headers.items()}
    if response.status_code == 304:
        return FetchedPage(final, 304, headers, b"", None, fetched, True, redirects)
    if response.status_code >= 400:
        raise FetchError(
            url,
            f"HTTP {response.status_code} {response.reason_phrase} from {final}; "
            "check the URL or try again later",
        )
    content_type = headers.get("content-type")
    _check_content_type(url, content_type)
    content = _read_limited(response, url, options, deadline)
    return FetchedPage(
        final, response.status_code, headers, content, content_type, fetched, False, redirects
    )


def _check_content_type(url: str, content_type: str | None) -> None:
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind and not kind.startswith(ACCEPTED_CONTENT_TYPES):
        raise FetchError(
            url,
            f"content type {kind} is not an article, feed or archive; "
            "give the URL of an HTML page, a feed or a text/JSON/CSV/WARC file",
        )


def _read_limited(
    response: httpx.Response, url: str, options: ReadOptions, deadline: float
) -> bytes:
    declared = response.headers.get("content-length", "")
    limit = describe_size(options.max_bytes)
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise FetchError(
            url,
            f"response declares {int(declared)} bytes, more than the {limit} "
            "limit; raise --max-bytes if this is intended",
        )
    parts: list[bytes] = []
    received = 0
    try:
        for chunk in response.iter_bytes():
            received += len(chunk)
            if received > options.max_bytes:
                raise FetchError(
                    url,
                    f"response is larger than the {limit} limit; "
                    "raise --max-bytes if this is intended",
                )
            if time.monotonic() > deadline:
                raise FetchError(
                    url,
                    f"took longer than {options.total_timeout:g} s in total; "
                    "the server is too slow, try again later",
                )
            parts.append(chunk)
    except httpx.TimeoutException as exc:
        raise FetchError(url, "timed out waiting for data; try again later") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"connection broke while reading ({exc}); try again later") from exc
    return b"".join(parts)
