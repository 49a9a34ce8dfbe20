"""RSS 2.0, RSS 1.0 and Atom feeds (feedparser), from a file, stdin or a URL.

Each entry becomes an article from its content (or its summary when there is no content),
with the entry's link, title, authors and dates. With `fetch_linked`, the linked page is
fetched and its main text used instead; if that fails the entry's own text is kept and the
article says why in its notes, so nothing is lost.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, BinaryIO

import feedparser

from storyline.errors import FetchError
from storyline.ingest.fetch import fetch_url
from storyline.ingest.html import article_from_html
from storyline.ingest.normalize import build_article, html_fragment_to_text
from storyline.ingest.options import ReadOptions
from storyline.ingest.streams import read_bounded
from storyline.records import Article, InputFailure


def read_feed(
    stream: BinaryIO, name: str, options: ReadOptions, **_: object
) -> Iterator[Article | InputFailure]:
    data = read_bounded(stream, options.max_bytes, name, "feed")
    # Always bytes: given a str that looks like a URL, feedparser would download it itself.
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version"):  # feedparser names every feed dialect it recognizes
        reason = parsed.get("bozo_exception")
        detail = f" ({str(reason).splitlines()[0][:120]})" if reason else ""
        yield InputFailure(name, f"not an RSS or Atom feed{detail}; check the file or URL")
        return
    feed_title = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, 1):
        yield _entry_article(entry, f"{name}#{index}", feed_title, options)
    cut = _cut_short(parsed)
    if cut is not None:
        yield InputFailure(
            name, f"feed ends early ({cut}; truncated file?); the complete entries were read"
        )


# The XML errors that mean the document stops before its end (feedparser reads what it can; a
# feed with a stray entity or tag is common and not reported).
_CUT_SHORT = ("no element found", "unclosed token")


def _cut_short(parsed: Any) -> str | None:
    reason = str(parsed.get("bozo_exception") or "")
    return reason if any(marker in reason for marker in _CUT_SHORT) else None


def _entry_article(
    entry: Any, origin: str, feed_title: str | None, options: ReadOptions
) -> Article | InputFailure:
    link = entry.get("link") or None
    published = _entry_date(entry, "published") or _entry_date(entry, "updated")
    notes: list[str] = []
    if options.fetch_linked and link:
        linked = _linked_article(link, origin, entry, published, options)
        if isinstance(linked, Article):
            return linked
        notes.append(f"linked page not used: {linked}")
    text, from_summary = _entry_text(entry)
    if not text:
        return InputFailure(origin, "feed entry has no content or summary; nothing to read")
    if from_summary:
        notes.append("text is the feed entry's summary; the full article was not fetched")
    return build_article(
        text=text,
        origin=origin,
        options=options,
        notes=notes,
        title=entry.get("title"),
        published_raw=published or dict.get(entry, "published") or dict.get(entry, "updated"),
        modified_raw=_entry_date(entry, "updated") if _entry_date(entry, "published") else None,
        source=feed_title,
        url=link,
        authors=_entry_authors(entry),
    )


def _linked_article(
    link: str, origin: str, entry: Any, published: datetime | None, options: ReadOptions
) -> Article | str:
    try:
        page = fetch_url(link, options)
    except FetchError as exc:
        return exc.message
    article = article_from_html(
        page.content,
        f"{origin} {page.url}",
        options,
        url=page.url,
        fetched=page.fetched,
        fallback_title=entry.get("title"),
        fallback_published=published,
    )
    return article if isinstance(article, Article) else article.error


def _entry_text(entry: Any) -> tuple[str, bool]:
    contents = [item.get("value", "") for item in entry.get("content", []) if item.get("value")]
    if contents:
        return html_fragment_to_text(max(contents, key=len)), False
    summary = entry.get("summary") or entry.get("description") or ""
    return html_fragment_to_text(summary), True


def _entry_date(entry: Any, key: str) -> datetime | None:
    # dict.get: feedparser's own get() maps a missing "updated" to "published", with a warning
    parsed = dict.get(entry, f"{key}_parsed")
    if parsed:  # feedparser normalizes RFC 822 / ISO dates to UTC struct_time
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    return None


def _entry_authors(entry: Any) -> tuple[str, ...]:
    names = [author.get("name") for author in entry.get("authors", []) if author.get("name")]
    if not names and entry.get("author"):
        names = [entry["author"]]
    return tuple(dict.fromkeys(str(name).strip() for name in names))
