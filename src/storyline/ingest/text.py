"""Plain-text articles.

The format (see INTERFACE.md): the first non-blank token may be `date YYYY-MM-DD` (also `date:`,
any case, optionally with a time), then the body on the same line or the next lines. That date
is the publication date. Then an optional title: the first line of the body is a title when it
is short (at most 200 characters and 30 words), does not end like a sentence (. ! ? : ; , or an
ellipsis, possibly followed by a closing quote), and is followed by a blank line and more text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from storyline.ingest.normalize import build_article, clean_text
from storyline.ingest.options import ReadOptions
from storyline.ingest.streams import decode_bytes, read_bounded
from storyline.records import Article, InputFailure

_DATE_HEADER = re.compile(
    r"\A\s*date:?[ \t]+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|\Z)",
    re.IGNORECASE,
)
_SENTENCE_ENDING = re.compile(r"[.!?:;,\u2026][\"'\u201d\u2019)\]]*\Z")
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30


def read_text(
    stream: BinaryIO,
    name: str,
    options: ReadOptions,
    *,
    url: str | None = None,
    fetched: datetime | None = None,
) -> Iterator[Article | InputFailure]:
    data = read_bounded(stream, options.max_bytes, name, "text file")
    text, notes = decode_bytes(data)
    yield parse_plain_text(text, name, options, notes=notes, url=url, fetched=fetched)


def parse_plain_text(
    text: str,
    origin: str,
    options: ReadOptions,
    *,
    notes: tuple[str, ...] = (),
    url: str | None = None,
    fetched: datetime | None = None,
) -> Article | InputFailure:
    """An article from plain text with the optional `date` header and title line."""
    text = clean_text(text)
    published: str | None = None
    header = _DATE_HEADER.match(text)
    if header:
        published = header.group(1).replace("/", "-").replace(".", "-")
        text = text[header.end() :].strip()
    title, body = split_title(text)
    if not body:
        what = "has a date line but no article text" if header else "has no text"
        return InputFailure(origin, f"{what}; nothing to read (add the article body)")
    return build_article(
        text=body,
        origin=origin,
        options=options,
        notes=list(notes),
        title=title,
        published_raw=published,
        fetched=fetched,
        url=url,
    )


def split_title(text: str) -> tuple[str | None, str]:
    """(title, body) by the title rule above; (None, text) when the first line is no title."""
    first, separator, rest = text.partition("\n\n")
    if not separator or "\n" in first or not rest.strip():
        return None, text
    candidate = first.strip()
    if (
        len(candidate) > TITLE_MAX_CHARS
        or len(candidate.split()) > TITLE_MAX_WORDS
        or _SENTENCE_ENDING.search(candidate)
    ):
        return None, text
    return candidate, rest.strip()
