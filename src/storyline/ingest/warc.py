"""WARC files (as in Common Crawl's CC-NEWS), streamed record by record with warcio.

`response` records with status 200 and an HTML payload become articles (trafilatura), as do
`resource` and `conversion` (WET) records holding HTML or plain text. Records that are not
documents (requests, metadata, warcinfo, redirects, errors, images, scripts) are skipped: they
are not articles. The WARC-Date is the article's fetch time; the target URI its URL.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from storyline.ingest.html import article_from_html
from storyline.ingest.normalize import parse_datetime
from storyline.ingest.options import ReadOptions
from storyline.ingest.streams import decode_bytes, describe_size
from storyline.ingest.text import parse_plain_text
from storyline.records import Article, InputFailure

log = logging.getLogger(__name__)
_DOCUMENT_RECORDS = ("response", "resource", "conversion")


def read_warc(
    stream: BinaryIO, name: str, options: ReadOptions
) -> Iterator[Article | InputFailure]:
    """Each complete record's article. Records are framed here (header lines, Content-Length
    bytes) and each is parsed on its own, so a record that is cut short (a truncated file) or
    malformed is named by its byte offset, never stored in part, and the records after a
    malformed one are still read."""
    skipped = 0
    for index, frame in enumerate(_frames(stream, options.max_bytes), 1):
        if frame.problem is not None:
            yield InputFailure(f"{name}:{frame.offset}", frame.problem)
            continue
        result = _parse_record(frame, f"{name}#{index}", options)
        if result is None:
            skipped += 1
        else:
            yield result
    log.info("%s: %d WARC records were not documents and were skipped", name, skipped)


@dataclass(frozen=True, slots=True)
class _Frame:
    """One record's bytes (header block and content block), or why it could not be framed."""

    offset: int
    data: bytes = b""
    problem: str | None = None


_TRUNCATED = (
    "WARC record is cut short (truncated file?); not stored, the records before it were read"
)
_MAX_HEADER_BYTES = 64 * 1024


def _frames(stream: BinaryIO, limit: int) -> Iterator[_Frame]:
    reader = _LineReader(stream)
    while True:
        line = reader.readline()
        if not line:
            return
        if not line.strip():
            continue
        offset = reader.offset - len(line)
        if not line.startswith(b"WARC/"):
            reader.skip_to_next_record()
            yield _Frame(offset, problem="not a WARC record header; skipped to the next record")
            continue
        yield _frame(reader, line, offset, limit)


def _frame(reader: _LineReader, first: bytes, offset: int, limit: int) -> _Frame:
    header = reader.header_block(first)
    if header is None:
        return _Frame(offset, problem=_TRUNCATED)
    length = _content_length(header)
    if length is None:
        reader.skip_to_next_record()
        return _Frame(offset, problem="WARC record without a valid Content-Length; skipped")
    if length > limit:
        complete = reader.skip(length)
        problem = f"record is larger than the {describe_size(limit)} limit; skipped"
        return _Frame(offset, problem=problem if complete else _TRUNCATED)
    block = reader.read(length)
    if len(block) < length:
        return _Frame(offset, problem=_TRUNCATED)
    return _Frame(offset, header + block + b"\r\n\r\n")


def _content_length(header: bytes) -> int | None:
    for line in header.split(b"\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length":
            text = value.strip()
            return int(text) if text.isdigit() else None
    return None


class _LineReader:
    """Reads a WARC stream by lines and blocks, keeping the byte offset for error messages."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._pending = b""
        self.offset = 0

    def readline(self) -> bytes:
        if self._pending:
            line, self._pending = self._pending, b""
        else:
            line = self._stream.readline(_MAX_HEADER_BYTES)
        self.offset += len(line)
        return line

    def read(self, size: int) -> bytes:
        data = self._stream.read(size)
        self.offset += len(data)
        return data

    def skip(self, size: int) -> bool:
        """Pass over `size` bytes without holding them; False when the input ends first."""
        while size > 0:
            data = self.read(min(size, 1 << 20))
            if not data:
                return False
            size -= len(data)
        return True

    def header_block(self, first: bytes) -> bytes | None:
        """The header lines up to the blank line that ends them; None when the input ends (or
        the headers grow past any real record's) first."""
        lines = [first]
        size = len(first)
        while size <= _MAX_HEADER_BYTES:
            line = self.readline()
            if not line:
                return None
            lines.append(line)
            size += len(line)
            if not line.strip():
                return b"".join(lines)
        return None

    def skip_to_next_record(self) -> None:
        while line := self.readline():
            if line.startswith(b"WARC/"):
                self.offset -= len(line)
                self._pending = line
                return


def _parse_record(
    frame: _Frame, origin: str, options: ReadOptions
) -> Article | InputFailure | None:
    try:
        record = next(iter(ArchiveIterator(io.BytesIO(frame.data))))
        return _record_article(record, origin, options)
    except Exception as error:  # warcio raises anything from ValueError to AttributeError
        return InputFailure(origin, f"unreadable WARC record ({_brief(error)}); skipped")


def _brief(error: Exception) -> str:
    text = " ".join(str(error).split())[:120]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _record_article(
    record: Any, origin: str, options: ReadOptions
) -> Article | InputFailure | None:
    if record.rec_type not in _DOCUMENT_RECORDS:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    content_type = _payload_type(record)
    if content_type is None:
        return None
    declared = record.rec_headers.get_header("Content-Length") or ""
    if declared.isdigit() and int(declared) > options.max_bytes:
        return InputFailure(
            f"{origin} {uri or ''}".strip(),
            f"record is larger than the {describe_size(options.max_bytes)} limit; skipped "
            "(raise --max-bytes)",
        )
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:  # a compressed payload that unpacks past the limit
        return InputFailure(
            f"{origin} {uri or ''}".strip(),
            f"record unpacks to more than the {describe_size(options.max_bytes)} limit; skipped",
        )
    fetched = _warc_date(record)
    where = f"{origin} {uri}" if uri else origin
    if content_type == "html":
        return article_from_html(payload, where, options, url=uri, fetched=fetched)
    text, notes = decode_bytes(payload)
    return parse_plain_text(text, where, options, notes=notes, url=uri, fetched=fetched)


def _payload_type(record: Any) -> str | None:
    """'html' or 'text' for records that hold a document; None for anything else."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        mime = (http.get_header("Content-Type") or "").lower()
    else:
        mime = (record.rec_headers.get_header("Content-Type") or "").lower()
    if "html" in mime:
        return "html"
    if mime.startswith("text/plain"):
        return "text"
    return None


def _warc_date(record: Any) -> datetime | None:
    value = record.rec_headers.get_header("WARC-Date")
    try:
        return parse_datetime(value) if value else None
    except ValueError:
        return None
