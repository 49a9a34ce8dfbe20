"""HTML pages: the main text without boilerplate (trafilatura), title, authors, site name,
publication and modification dates (htmldate)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any, BinaryIO

import htmldate
import lxml.html
import trafilatura

from storyline.ingest.normalize import build_article, clean_text
from storyline.ingest.options import ReadOptions
from storyline.ingest.streams import read_bounded
from storyline.records import Article, InputFailure

MIN_ARTICLE_CHARS = 40  # below this trafilatura found a caption or a menu, not an article
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S"


def read_html(
    stream: BinaryIO,
    name: str,
    options: ReadOptions,
    *,
    url: str | None = None,
    fetched: datetime | None = None,
) -> Iterator[Article | InputFailure]:
    data = read_bounded(stream, options.max_bytes, name, "HTML page")
    yield article_from_html(data, name, options, url=url, fetched=fetched)


def article_from_html(
    data: bytes,
    origin: str,
    options: ReadOptions,
    *,
    url: str | None = None,
    fetched: datetime | None = None,
    fallback_title: str | None = None,
    fallback_published: datetime | None = None,
) -> Article | InputFailure:
    """The article in an HTML page, or an InputFailure when the page holds none."""
    document = _extract(data, url) or {}
    text = clean_text(str(document.get("text") or ""))
    if len(text) < MIN_ARTICLE_CHARS:
        return InputFailure(
            origin,
            "no article text found in the HTML page (an index, login or empty page?); "
            "give the URL or file of the article itself",
        )
    title = str(document.get("title") or "") or fallback_title
    text = _without_leading_title(text, title)
    published, modified = _page_dates(data)
    notes: list[str] = []
    if published is None and fallback_published is not None:
        published = fallback_published.isoformat()
        notes.append("publication date taken from the feed entry")
    return build_article(
        text=text,
        origin=origin,
        options=options,
        notes=notes,
        title=title,
        published_raw=published,
        modified_raw=modified if modified != published else None,
        fetched=fetched,
        source=str(document.get("sitename") or document.get("hostname") or "") or None,
        url=url or (str(document.get("url")) if document.get("url") else None),
        authors=_authors(document.get("author")),
    )


def _without_leading_title(text: str, title: str | None) -> str:
    """trafilatura keeps the page's h1; the title has its own field, so drop the repeat."""
    first, _, rest = text.partition("\n")
    if title and rest.strip() and first.strip().casefold() == title.strip().casefold():
        return rest.strip()
    return text


def _extract(data: bytes, url: str | None) -> dict[str, Any] | None:
    document = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if document is None:
        return None
    return document if isinstance(document, dict) else dict(document.as_dict())


def _page_dates(data: bytes) -> tuple[str | None, str | None]:
    """(published, modified) as found by htmldate; the tree is parsed here so that htmldate
    never takes the input for a URL to download."""
    try:
        tree = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return None, None
    published = htmldate.find_date(tree, original_date=True, outputformat=_DATE_FORMAT)
    modified = htmldate.find_date(
        tree, original_date=False, extensive_search=False, outputformat=_DATE_FORMAT
    )
    return published, modified


def _authors(value: object) -> tuple[str, ...]:
    if not isinstance(value, str) or not value.strip():
        return ()
    names = (clean_text(part) for part in value.replace(" and ", ";").split(";"))
    return tuple(dict.fromkeys(name for name in names if name))
