"""JSON Lines and JSON documents (an array of articles, or an object holding one).

JSON Lines are read line by line: a malformed line gives an InputFailure naming the file and
line number, and reading goes on with the next line. A JSON array is streamed element by
element, so a large export never sits in memory whole.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from storyline.errors import InputError
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
# Deep enough for any article export (metadata trees included), far from the recursion limit.
MAX_JSON_DEPTH = 64
# Outside strings only these matter to find where an element ends; inside, the quote or escape.
_STRUCTURE = re.compile(r'["\[\]{},]')
_IN_STRING = re.compile(r'["\\]')
# Where the next element may start after a malformed one, and what must follow an element.
_NEXT_ELEMENT = re.compile(r",\s*(?=[\[{])")
_AFTER_ELEMENT = re.compile(r"\s*([,\]]?)")


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
            value = load_bounded(text)
        except json.JSONDecodeError as exc:
            yield InputFailure(
                origin,
                f"malformed JSON ({exc.msg}, column {exc.colno}); "
                "fix or remove this line (the other lines were read)",
            )
            continue
        except TooDeep as exc:
            yield InputFailure(origin, f"{exc}; fix or remove this line (the others were read)")
            continue
        yield from json_value_to_articles(value, origin, options, notes)


class TooDeep(ValueError):
    """A JSON value nested deeper than MAX_JSON_DEPTH (no article needs that many levels)."""


def load_bounded(text: str) -> Any:
    """`json.loads`, refusing values nested deeper than MAX_JSON_DEPTH: past Python's recursion
    limit the parser raises RecursionError, and below it the readers' own walk would."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise TooDeep(_too_deep_message()) from None
    check_depth(value)
    return value


def check_depth(value: Any) -> None:
    """Raise TooDeep when `value` nests more than MAX_JSON_DEPTH containers (iteratively)."""
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        item, depth = pending.pop()
        children = item.values() if isinstance(item, dict) else item
        if not isinstance(item, dict | list):
            continue
        if depth > MAX_JSON_DEPTH:
            raise TooDeep(_too_deep_message())
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))


def _too_deep_message() -> str:
    return f"JSON nested deeper than {MAX_JSON_DEPTH} levels"


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
    elements = _ArrayStream(stream, options.max_bytes, name)
    if not elements.starts_array():
        whole = elements.rest_of_document()
        try:
            value = load_bounded(whole)
        except json.JSONDecodeError as exc:
            yield InputFailure(
                name, f"malformed JSON ({exc.msg} at line {exc.lineno}); fix the file"
            )
            return
        except TooDeep as exc:
            yield InputFailure(name, f"{exc}; fix the file")
            return
        yield from json_value_to_articles(value, name, options, elements.notes())
        return
    for index, value in enumerate(elements):
        origin = f"{name}[{index}]"
        if isinstance(value, _Skipped):
            yield InputFailure(origin, f"{value.reason}; skipped (the other elements were read)")
        else:
            yield from json_value_to_articles(value, origin, options, elements.notes())
    if elements.error:
        yield InputFailure(name, elements.error)


class _Skipped:
    """An array element that was passed over: malformed, too deep or too large."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


class _ArrayStream:
    """Iterates over the elements of a top-level JSON array with bounded memory.

    A bad element (malformed, nested too deeply, larger than the limit) is skipped by following
    its quotes and brackets to its end without decoding it, so the elements after it are read.
    """

    def __init__(self, stream: BinaryIO, limit: int, name: str) -> None:
        self._stream = stream
        self._limit = limit
        self._name = name
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
                raise InputError(
                    self._name,
                    f"JSON document is larger than the {describe_size(self._limit)} limit for one "
                    "document; split it into JSON Lines",
                )
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
            except json.JSONDecodeError as exc:
                if self._eof or not self._maybe_incomplete(exc):
                    return self._resync(exc)
                problem = f"malformed JSON ({exc.msg})"
            except RecursionError:
                problem = _too_deep_message()
            else:
                if end < len(self._buffer) or self._eof:
                    value = self._checked(value, end - self._pos)
                    self._pos = end
                    return value
                problem = ""  # a number may go on in the next chunk
            if self._eof or len(self._buffer) - self._pos > self._limit:
                return self._skip_element(problem)
            self._fill()

    def _maybe_incomplete(self, exc: json.JSONDecodeError) -> bool:
        """Whether the decoder may only have run out of text (more may complete the value)."""
        return exc.msg.startswith("Unterminated") or exc.pos >= len(self._buffer) - 1

    def _resync(self, exc: json.JSONDecodeError) -> _Skipped:
        """After a malformed element, move to the next ',' followed by a value that decodes and
        is itself followed by ',' or ']': the next element, as far as can be told. Brackets are
        not trusted here (the damage may be an unbalanced one), so a bad element never swallows
        the good ones after it; at worst a fragment of it is named as one more bad record."""
        search_from = exc.pos
        while True:
            found = _NEXT_ELEMENT.search(self._buffer, search_from)
            if found is None:
                if self._eof:
                    closing = self._buffer.rfind("]", exc.pos if search_from == exc.pos else 0)
                    self._pos = closing if closing >= 0 else len(self._buffer)
                    break
                comma = self._buffer.rfind(",", search_from)
                self._pos = comma if comma >= 0 else len(self._buffer)
                self._fill()
                search_from = 0
                continue
            verdict = self._element_at(found.end())
            if verdict is None:  # undecided until more text is read
                self._pos = found.start()
                self._fill()
                search_from = 0
            elif verdict:
                self._pos = found.start()
                break
            else:
                search_from = found.end()
        return _Skipped(f"malformed JSON ({exc.msg})")

    def _element_at(self, start: int) -> bool | None:
        """True when a whole array element starts at `start`, None when more text is needed."""
        need_more = not self._eof and len(self._buffer) - self._pos <= self._limit
        try:
            _, end = self._decoder.raw_decode(self._buffer, start)
        except json.JSONDecodeError as exc:
            return None if need_more and self._maybe_incomplete(exc) else False
        except RecursionError:
            return False
        following = _AFTER_ELEMENT.match(self._buffer, end)
        if following is None or not following.group(1):
            return None if need_more else following is not None
        return True

    def _checked(self, value: Any, size: int) -> Any:
        """The value, or _Skipped when it is larger or deeper than any record may be (the same
        limits as a JSON line, whether or not it happened to fit in one chunk)."""
        if size > self._limit:
            return _Skipped(self._too_large())
        try:
            check_depth(value)
        except TooDeep as exc:
            return _Skipped(str(exc))
        return value

    def _too_large(self) -> str:
        return f"element is larger than the {describe_size(self._limit)} limit for one record"

    def _skip_element(self, problem: str) -> Any:
        skipped = self._skip_value()
        if skipped is None:
            self.error = (
                f"JSON array ends inside an element ({problem or 'truncated file?'}); "
                "the elements before it were read"
            )
            return _FAILED
        if skipped > self._limit:
            problem = self._too_large()
        return _Skipped(problem or "malformed JSON")

    def _skip_value(self) -> int | None:
        """Move past the element at the current position by its quotes and brackets; the number
        of characters passed over, or None when the input ends first. Memory stays bounded: the
        buffer is refilled (and the part passed over dropped) as the scan goes."""
        depth, in_string, skipped = 0, False, -self._pos
        while True:
            if self._pos >= len(self._buffer):
                skipped += self._pos
                if not self._fill():
                    return None
                continue
            pattern = _IN_STRING if in_string else _STRUCTURE
            found = pattern.search(self._buffer, self._pos)
            if found is None:
                self._pos = len(self._buffer)
                continue
            char, self._pos = found.group(), found.end()
            if in_string and char == "\\" and self._pos == len(self._buffer):
                self._pos -= 1  # the escaped character is in the next chunk: read it first
                skipped += self._pos
                if not self._fill():
                    return None
                continue
            if in_string:
                in_string = char != '"'
                self._pos += char == "\\"  # the escaped character is not a quote
            elif char == '"':
                in_string = True
            elif char in "[{":
                depth += 1
            elif depth == 0 and char in ",]}":
                self._pos -= 1  # the separator or the array's end belongs to the array
                return skipped + self._pos
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return skipped + self._pos


_FAILED = object()
