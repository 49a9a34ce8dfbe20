"""JSON Lines and JSON documents (an array of articles, or an object holding one).

JSON Lines are read line by line: a malformed line gives an InputFailure naming the file and
line number, and reading goes on with the next line. A JSON array is streamed element by
element, so a large export never sits in memory whole.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from storyline.ingest.normalize import record_to_article
from storyline.ingest.options import ReadOptions
from storyline.ingest.streams import NOTE_REPLACED, decode_bytes, describe_size, iter_lines
from storyline.records import Article, InputFailure

# Keys under which exports nest their list of articles ({"articles": [...]}).
CONTAINER_KEYS = (
    "articles",
    "items",
    "data",
    "results",
    "entries",
    "docs",
    "documents",
    "records",
    "posts",
    "news",
)
_CHUNK = 256 * 1024


def read_jsonl(
    stream: BinaryIO, name: str, options: ReadOptions
) -> Iterator[Article | InputFailure]:
    for number, raw in iter_lines(stream, options.max_bytes):
        origin = f"{name}:{number}"
        if raw is None:
            yield InputFailure(origin, _too_long(options))
            continue
        if not raw.strip():
            continue
        text, notes = decode_bytes(raw.rstrip(b"\r\n"))
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            yield InputFailure(
                origin,
                f"malformed JSON ({exc.msg}, column {exc.colno}); "
                "fix or remove this line (the other lines were read)",
            )
            continue
        yield from json_value_to_articles(value, origin, options, notes)


def json_value_to_articles(
    value: Any, origin: str, options: ReadOptions, notes: tuple[str, ...] = ()
) -> Iterator[Article | InputFailure]:
    """Articles from one JSON value: an article object, a container object, or a list."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from json_value_to_articles(item, f"{origin}[{index}]", options, notes)
    elif isinstance(value, dict):
        nested = _nested_articles(value)
        if nested is not None:
            yield from json_value_to_articles(nested, origin, options, notes)
        else:
            yield record_to_article(value, origin, options, notes)
    else:
        yield InputFailure(
            origin,
            f"expected a JSON object with a 'text' field, got {_json_kind(value)}; "
            "give one article object per line",
        )


def _nested_articles(record: dict[str, Any]) -> list[Any] | None:
    """The article list of a container object, when the object is not an article itself."""
    lowered = {str(key).lower(): key for key in record}
    if "text" in lowered or "body" in lowered or "content" in lowered:
        return None
    for key in CONTAINER_KEYS:
        value = record.get(lowered.get(key, ""))
        if isinstance(value, list):
            return value
    return None


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    return {str: "a string", bool: "true/false", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__
    )


def _too_long(options: ReadOptions) -> str:
    return (
        f"line longer than the {describe_size(options.max_bytes)} limit for one record; "
        "skipped (raise the limit with --max-bytes)"
    )


# --------------------------------------------------------------------------- JSON documents


def read_json_document(
    stream: BinaryIO, name: str, options: ReadOptions
) -> Iterator[Article | InputFailure]:
    """A JSON array is streamed; any other JSON document is read whole (up to max_bytes)."""
    elements = _ArrayStream(stream, options.max_bytes)
    if not elements.starts_array():
        whole = elements.rest_of_document()
        try:
            value = json.loads(whole)
        except json.JSONDecodeError as exc:
            yield InputFailure(
                name, f"malformed JSON ({exc.msg} at line {exc.lineno}); fix the file"
            )
            return
        yield from json_value_to_articles(value, name, options, elements.notes())
        return
    for index, value in enumerate(elements):
        yield from json_value_to_articles(value, f"{name}[{index}]", options, elements.notes())
    if elements.error:
        yield InputFailure(name, elements.error)


class _ArrayStream:
    """Iterates over the elements of a top-level JSON array with bounded memory."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._limit = limit
        self._decoder = json.JSONDecoder()
        self._bytes = codecs.getincrementaldecoder("utf-8")("replace")
        self._buffer = ""
        self._pos = 0
        self._eof = False
        self._replaced = False
        self.error: str | None = None

    def notes(self) -> tuple[str, ...]:
        return (NOTE_REPLACED,) if self._replaced else ()

    def _fill(self) -> bool:
        if self._eof:
            return False
        data = self._stream.read(_CHUNK)
        self._eof = not data
        text = self._bytes.decode(data, final=self._eof)
        self._replaced = self._replaced or "\ufffd" in text
        self._buffer = self._buffer[self._pos :] + text
        self._pos = 0
        return bool(text) or not self._eof

    def _skip(self, characters: str) -> str:
        """Skip `characters`; return the next character ('' at the end)."""
        while True:
            while self._pos < len(self._buffer) and self._buffer[self._pos] in characters:
                self._pos += 1
            if self._pos < len(self._buffer):
                return self._buffer[self._pos]
            if not self._fill():
                return ""

    def starts_array(self) -> bool:
        if self._skip(" \t\r\n\ufeff") == "[":
            self._pos += 1
            return True
        return False

    def rest_of_document(self) -> str:
        while self._fill():
            if len(self._buffer) > self._limit:
                raise ValueError(f"JSON document larger than {describe_size(self._limit)}")
        return self._buffer[self._pos :]

    def __iter__(self) -> Iterator[Any]:
        while True:
            following = self._skip(" \t\r\n,")
            if following in ("]", ""):
                if following == "":
                    self.error = "JSON array is not closed (truncated file?); the rest was read"
                return
            value = self._next_value()
            if value is _FAILED:
                return
            yield value

    def _next_value(self) -> Any:
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buffer, self._pos)
                if end < len(self._buffer) or self._eof:
                    self._pos = end
                    return value
            except json.JSONDecodeError as exc:
                if self._eof or len(self._buffer) - self._pos > self._limit:
                    self.error = (
                        f"malformed JSON in the array ({exc.msg}); the elements before it "
                        "were read, fix the file to read the rest"
                    )
                    return _FAILED
            self._fill()


_FAILED = object()
