"""Byte-stream helpers shared by the readers: peeking, bounded reads, lines, decoding.

Everything here reads incrementally, so memory is bounded by `ReadOptions.max_bytes` (one record
or one document), never by the size of the input.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from storyline.errors import InputError

HEAD_BYTES = 64 * 1024
NOTE_CP1252 = "not valid UTF-8; decoded as Windows-1252"
NOTE_REPLACED = "undecodable bytes replaced with U+FFFD"
# The legacy encodings news sites still publish in (charset-normalizer's names), so that the
# detector never picks an exotic one (mac_cyrillic, UTF-16) for a short Windows-1251 text.
_NEWS_ENCODINGS = {
    "cp1252": "Windows-1252",
    "cp1250": "Windows-1250",
    "cp1251": "Windows-1251",
    "koi8_r": "KOI8-R",
    "koi8_u": "KOI8-U",
    "iso8859_2": "ISO-8859-2",
    "iso8859_5": "ISO-8859-5",
    "iso8859_7": "ISO-8859-7",
    "cp1253": "Windows-1253",
    "cp1254": "Windows-1254",
    "cp1255": "Windows-1255",
    "cp1256": "Windows-1256",
    "cp1257": "Windows-1257",
    "cp874": "Windows-874",
    "shift_jis": "Shift_JIS",
    "cp932": "Windows-31J",
    "euc_jp": "EUC-JP",
    "gb18030": "GB18030",
    "big5": "Big5",
    "euc_kr": "EUC-KR",
}
_MIN_NON_ASCII = 8
_DETECT_SAMPLE = 1 << 20


class _ReplayRaw(io.RawIOBase):
    """Serves `head` again, then the rest of `rest`: lets us sniff a non-seekable stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class GzipLines(io.RawIOBase):
    """The decompressed bytes of a gzip stream that may be cut short or corrupt.

    gzip raises at the cut, which used to lose the whole input (even the lines already
    decompressed). Here the bytes after the last newline are held back until more data or a
    clean end arrives. At a cut they are dropped unless `keep_partial_line` is True (for formats
    whose reader recognizes a cut record itself: JSON, WARC), so that a half CSV row or text
    line is never stored; `problem` then says what happened. While it is None (the format not
    yet known) the cut reads as an end, so the decision waits for the sniffing. A line longer
    than `HOLD_LIMIT` is passed on without waiting for its end, to keep memory bounded.
    """

    HOLD_LIMIT = 1 << 20

    def __init__(self, compressed: BinaryIO) -> None:
        self._gzip = gzip.GzipFile(fileobj=compressed, mode="rb")
        self._ready = b""
        self._held = b""
        self._done = False
        self._cut: str | None = None
        self._dropped = False
        self.keep_partial_line: bool | None = None

    @property
    def held(self) -> bytes:
        """The bytes after the last complete line (to sniff a single-line input that was cut)."""
        return self._held

    @property
    def problem(self) -> str | None:
        if self._cut is None:
            return None
        dropped = " and the incomplete line at the cut was dropped" if self._dropped else ""
        return f"{self._cut}; the complete records before it were read{dropped}"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._ready and not self._done:
            self._decompress_more(max(len(buffer), HEAD_BYTES))
        if not self._ready and self._held:  # the part after the cut
            if self.keep_partial_line is None:
                return 0  # undecided while the format is sniffed: an end for now
            if self.keep_partial_line:
                self._ready = self._held
            self._dropped = not self.keep_partial_line
            self._held = b""
        count = min(len(buffer), len(self._ready))
        buffer[:count] = self._ready[:count]
        self._ready = self._ready[count:]
        return count

    def _decompress_more(self, size: int) -> None:
        try:
            data = self._gzip.read1(size)  # read() would drop what it holds when gzip raises
        except EOFError:
            self._cut, self._done = "gzip data ends before its end marker (truncated file?)", True
            return
        except (zlib.error, gzip.BadGzipFile, OSError) as error:
            self._cut, self._done = f"corrupt gzip data ({error})", True
            return
        if not data:
            self._ready, self._held, self._done = self._held, b"", True
            return
        data = self._held + data
        cut = data.rfind(b"\n") + 1
        if len(data) - cut > self.HOLD_LIMIT:
            cut = len(data)
        self._ready, self._held = data[:cut], data[cut:]


def peek(stream: BinaryIO, size: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """The first `size` bytes, and a stream that still starts at the beginning."""
    head = _read_up_to(stream, size)
    try:
        if stream.seekable():
            stream.seek(0)
            return head, stream
    except (OSError, ValueError):
        pass
    return head, io.BufferedReader(_ReplayRaw(head, stream), buffer_size=HEAD_BYTES)


def _read_up_to(stream: BinaryIO, size: int) -> bytes:
    """Read until `size` bytes or the end (a single read may return less on pipes)."""
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        data = stream.read(remaining)
        if not data:
            break
        parts.append(data)
        remaining -= len(data)
    return b"".join(parts)


def read_bounded(stream: BinaryIO, limit: int, name: str, what: str = "document") -> bytes:
    """The whole stream, or InputError when it is larger than `limit` bytes."""
    data = _read_up_to(stream, limit + 1)
    if len(data) > limit:
        raise InputError(
            name,
            f"{what} is larger than the {_megabytes(limit)} limit for one document; "
            "split it or raise the limit (--max-bytes)",
        )
    return data


def iter_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; the line is None when it is longer than `limit` bytes (its
    bytes are skipped without being held in memory)."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
        else:
            yield number, line


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(HEAD_BYTES)
        if not chunk or chunk.endswith(b"\n"):
            return


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (BOM removed); else the encoding charset-normalizer detects among those news is
    published in (Windows-1252 when that reads the same); else Windows-1252; else UTF-8 with
    U+FFFD for the undecodable bytes. The notes say which fallback was used."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), ()
    except UnicodeDecodeError:
        pass
    detected = _detect(data)
    if detected is not None:
        return detected
    try:
        return data.decode("cp1252"), (NOTE_CP1252,)
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace"), (NOTE_REPLACED,)


def _detect(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """The text in the detected encoding, or None when the bytes say too little to tell."""
    if sum(1 for byte in data[:_DETECT_SAMPLE] if byte > 0x7F) < _MIN_NON_ASCII:
        return None  # a few stray bytes fit any code page: detection would be a guess
    from charset_normalizer import from_bytes  # loaded only for the rare non-UTF-8 input

    best = from_bytes(data, cp_isolation=list(_NEWS_ENCODINGS)).best()
    if best is None:
        return None
    text = str(best)
    try:
        if data.decode("cp1252") == text:
            return text, (NOTE_CP1252,)
    except UnicodeDecodeError:
        pass
    return text, (f"not valid UTF-8; decoded as {_NEWS_ENCODINGS[best.encoding]} (detected)",)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:g} MB"


def describe_size(size: int) -> str:
    return _megabytes(size)
