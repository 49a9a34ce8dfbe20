"""Articles sent to `POST /api/articles`: JSON in the common article format, checked strictly.

Unlike `storyline ingest`, which keeps an article with an unreadable date and notes it, the API
refuses the whole request when a field has the wrong type or a date is not ISO 8601, so that a
client learns at once what to fix (one error shape, status 400). The Article itself is assembled
by the ingest stage's `build_article`, so ids and text cleanup are the same as for files.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from storyline.ingest.normalize import (
    build_article,
    clean_text,
    html_fragment_to_text,
    looks_like_html,
)
from storyline.ingest.options import ReadOptions
from storyline.records import Article
from storyline.web.errors import WebError
from storyline.web.params import parse_time

MAX_ARTICLES = 1000


class ArticleIn(BaseModel):
    """One article as the API accepts it (the schema published in /openapi.json)."""

    model_config = ConfigDict(extra="allow")

    text: str = Field(description="The article body (plain text; HTML markup is removed).")
    id: str | None = Field(None, description="Kept as the article id; else a content hash.")
    title: str | None = None
    published: str | None = Field(None, description="ISO 8601 date or date-time (UTC if no zone).")
    modified: str | None = Field(None, description="ISO 8601 date or date-time.")
    source: str | None = Field(None, description="The outlet, e.g. 'Reuters'.")
    url: str | None = None
    authors: list[str] = Field(default_factory=list)


_STRING_FIELDS = ("id", "title", "published", "modified", "source", "url")


def parse_articles(payload: Any) -> list[Article]:
    """Articles from a JSON value: one article object or a list of them."""
    items = payload if isinstance(payload, list) else [payload]
    if not items:
        raise WebError(400, "bad_request", "the body is an empty list; send at least one article")
    if len(items) > MAX_ARTICLES:
        raise WebError(
            400, "bad_request", f"{len(items)} articles in one request; send at most {MAX_ARTICLES}"
        )
    return [_article(item, f"articles[{i}]") for i, item in enumerate(items)]


def _article(item: Any, where: str) -> Article:
    if not isinstance(item, Mapping):
        raise WebError(400, "bad_request", f"{where} is not a JSON object; send {{'text': ...}}")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise WebError(400, "bad_request", f"{where}.text is missing or empty; send the body text")
    fields = {name: _optional_string(item, name, where) for name in _STRING_FIELDS}
    return build_article(
        text=_clean_body(text),
        origin="api",
        options=ReadOptions(),
        notes=["HTML markup removed from the text"] if looks_like_html(text) else [],
        given_id=fields["id"],
        title=fields["title"],
        published_raw=_strict_time(fields["published"], f"{where}.published"),
        modified_raw=_strict_time(fields["modified"], f"{where}.modified"),
        source=fields["source"],
        url=fields["url"],
        authors=_authors(item, where),
    )


def _clean_body(text: str) -> str:
    return html_fragment_to_text(text) if looks_like_html(text) else clean_text(text)


def _optional_string(item: Mapping[str, Any], name: str, where: str) -> str | None:
    value = item.get(name)
    if value is None:
        return None
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise WebError(400, "bad_request", f"{where}.{name} must be a string")
    return value.strip() or None


def _strict_time(value: str | None, where: str) -> datetime | None:
    return parse_time(value, where)


def _authors(item: Mapping[str, Any], where: str) -> tuple[str, ...]:
    value = item.get("authors")
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise WebError(400, "bad_request", f"{where}.authors must be a list of strings")
    return tuple(a.strip() for a in value if a.strip())
