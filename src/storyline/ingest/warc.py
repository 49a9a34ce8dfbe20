"""WARC files (as in Common Crawl's CC-NEWS), streamed record by record with warcio.

`response` records with status 200 and an HTML payload become articles (trafilatura), as do
`resource` and `conversion` (WET) records holding HTML or plain text. Records that are not
documents (requests, metadata, warcinfo, redirects, errors, images, scripts) are skipped: they
are not articles. The WARC-Date is the article's fetch time; the target URI its URL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
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
    skipped = 0
    for index, record in enumerate(ArchiveIterator(stream), 1):
        result = _record_article(record, f"{name}#{index}", options)
        if result is None:
            skipped += 1
        else:
            yield result
    log.info("%s: %d WARC records were not documents and were skipped", name, skipped)


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
