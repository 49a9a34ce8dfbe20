"""Which reader an input needs: content sniffing first, the file name and content type second.

The content decides whenever it is clear (a `.txt` file holding JSON Lines is read as JSON Lines);
the extension or the HTTP content type only breaks ties (`.xml` leaning to feeds, `.csv` to CSV).
"""

from __future__ import annotations

import json
from typing import Literal

from storyline.ingest.normalize import TEXT_KEYS

Format = Literal["gzip", "warc", "jsonl", "json", "csv", "html", "feed", "text", "binary", "empty"]

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "a zstandard archive"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\xff\xfe", "UTF-16 text (convert it to UTF-8)"),
    (b"\xfe\xff", "UTF-16 text (convert it to UTF-8)"),
)
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")
_HTML_MARKERS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<article",
    b"<div",
    b"<p>",
    b"<p ",
    b"<meta",
    b"<title",
)
# The fields a record's text is read from, plus the short ones detection also accepts.
_TEXT_COLUMNS = frozenset(TEXT_KEYS) | {"description", "summary"}
_JSON_LINES_NAMES = (".jsonl", ".ndjson", ".jsonlines")
_CONTROL_BYTES = frozenset(range(0, 9)) | frozenset(range(14, 32))


def binary_kind(head: bytes) -> str | None:
    """What a binary input is, or None when it looks like text."""
    for magic, kind in _BINARY_MAGIC:
        if head.startswith(magic):
            return kind
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary data"
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    return "binary data" if sample and controls > len(sample) * 0.05 else None


def sniff_format(head: bytes, name: str = "", content_type: str | None = None) -> Format:
    """The format of an input from its first bytes, its name and (for URLs) its content type."""
    if not head.strip():
        return "empty"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if binary_kind(head) is not None:
        return "binary"
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    lowered_name = name.lower()
    kind = (content_type or "").split(";")[0].strip().lower()
    if lowered_name.endswith(_JSON_LINES_NAMES) and not start.startswith(b"<"):
        return "jsonl"  # even when the first line is damaged: the rest must still be read
    if start.startswith(b"{"):
        return "jsonl" if _looks_like_json_lines(start, lowered_name) else "json"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"<"):
        return _markup_format(start[:8192].lower(), lowered_name, kind)
    if lowered_name.endswith((".csv", ".tsv")) or kind in ("text/csv", "text/tab-separated-values"):
        return "csv"
    if _looks_like_csv_header(start):
        return "csv"
    return "text"


def _looks_like_json_lines(start: bytes, name: str) -> bool:
    """JSON Lines unless it looks like one pretty-printed document: a malformed first line
    must not turn a whole JSON Lines file into one unreadable JSON document."""
    if name.endswith(_JSON_LINES_NAMES):
        return True
    lines = start.split(b"\n")
    if len(lines) == 1:
        return True  # a single long line: one JSON object per line is the only reading
    return any(_is_object(line) for line in lines[:-1][:20])


def _is_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _markup_format(start: bytes, name: str, content_type: str) -> Format:
    if any(marker in start for marker in _FEED_MARKERS):
        return "feed"
    if any(marker in start for marker in _HTML_MARKERS):
        return "html"
    if name.endswith((".rss", ".atom", ".xml")) or content_type.endswith("xml"):
        return "feed"
    return "html"


def _looks_like_csv_header(start: bytes) -> bool:
    """A first line with a delimiter and a column named like an article's text."""
    first = start.split(b"\n", 1)[0].decode("utf-8", errors="replace").strip().lower()
    for delimiter in (",", "\t", ";", "|"):
        if delimiter in first:
            cells = {cell.strip().strip('"').strip() for cell in first.split(delimiter)}
            if cells & _TEXT_COLUMNS:
                return True
    return False
