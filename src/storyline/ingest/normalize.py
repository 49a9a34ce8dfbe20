"""Turn whatever a reader found into a clean `Article`: text cleanup, dates, ids, field aliases.

Rules (documented in docs/ingest.md):
- Text: Unicode NFC, one kind of newline, no control characters, runs of spaces collapsed, at
  most one blank line in a row, stripped. HTML markup found inside a text field is removed.
- Dates: ISO 8601 dates and date-times, RFC 2822, epoch seconds (or milliseconds) and common
  written forms. A bare date is midnight UTC; a date-time without a zone is taken as UTC; with a
  zone it is converted to UTC. An invalid or impossible date ("2024-02-30") never drops the
  article: it is kept without a date and says so in `notes`.
- Ids: a record's own id is kept (numbers become strings); otherwise the first 16 hex digits of
  the normalized-text hash, so that the same content always gets the same id.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from storyline.dedup import text_hash
from storyline.ingest.options import ReadOptions
from storyline.records import Article, InputFailure

NOTE_DATE_UNKNOWN = "publication date unknown"

_OTHER_SPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_CONTROLS = [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, 0x200B, 0x200E, 0x200F, 0xFEFF, 0xFFFE]
_CLEANUP_TABLE: dict[int, str | None] = {
    **{ord(char): " " for char in _OTHER_SPACES},
    **{code: None for code in _CONTROLS},
    **{ord(char): "\n" for char in "\r\x0b\x0c\x85\u2028\u2029"},
}
_NEEDS_CLEANUP = re.compile("[" + re.escape("".join(map(chr, _CLEANUP_TABLE))) + "]")
_MULTIPLE_SPACES = re.compile(r" {2,}")
_SPACE_AT_LINE_EDGE = re.compile(r" *\n *")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_HTML_TAG = re.compile(
    r"<(?:p|br|div|span|a|img|strong|em|b|i|h[1-6]|ul|ol|li|table|tr|td|figure|iframe|script|"
    r"style|section|article|blockquote)\b[^>]*>|</(?:p|div|span|a|li|h[1-6])>",
    re.IGNORECASE,
)
_HTML_DROP = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_HTML_BLOCK_END = re.compile(
    r"<br\s*/?>|</(?:p|div|li|h[1-6]|tr|blockquote|section|article|figure)\s*>", re.IGNORECASE
)
_ANY_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.DOTALL)
_DATE_LIKE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_UNPADDED_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[T ])")
_YEAR_RANGE = (1800, 2200)


def clean_text(text: str) -> str:
    """The canonical form every stored text has; offsets downstream refer to this form.

    Written with str methods and guarded regexes because it runs on every article: a regex
    substitution that matches every space costs ten times more than the whole of this.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    # str.translate is slow on non-ASCII text; the few odd characters are replaced one by one
    text = _NEEDS_CLEANUP.sub(_cleanup_replacement, text)
    if "  " in text:
        text = _MULTIPLE_SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _SPACE_AT_LINE_EDGE.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def _cleanup_replacement(match: re.Match[str]) -> str:
    return _CLEANUP_TABLE[ord(match.group())] or ""


def looks_like_html(text: str) -> bool:
    return "<" in text and _HTML_TAG.search(text) is not None


def html_fragment_to_text(fragment: str) -> str:
    """Text of a small HTML fragment (a feed entry's content, an HTML-valued JSON field)."""
    fragment = _HTML_DROP.sub(" ", fragment)
    fragment = _HTML_BLOCK_END.sub("\n\n", fragment)
    return clean_text(html.unescape(_ANY_TAG.sub("", fragment)))


# --------------------------------------------------------------------------- dates


def parse_datetime(value: object) -> datetime:
    """A tz-aware UTC datetime from a date value; ValueError (with the reason) if impossible."""
    if isinstance(value, datetime):
        return _to_utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, bool):
        raise ValueError("a true/false value is not a date")
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        raise ValueError(f"a {type(value).__name__} is not a date")
    return _parse_date_string(value.strip())


def _to_utc(value: datetime) -> datetime:
    if not _YEAR_RANGE[0] <= value.year <= _YEAR_RANGE[1]:
        raise ValueError(f"year {value.year} is not plausible for a news article")
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _from_epoch(seconds: float) -> datetime:
    if seconds > 1e11:  # milliseconds since the epoch (JavaScript, many exports)
        seconds /= 1000.0
    try:
        return _to_utc(datetime.fromtimestamp(seconds, tz=UTC))
    except (OverflowError, OSError) as exc:
        raise ValueError(f"epoch value {seconds} is out of range") from exc


def _parse_date_string(text: str) -> datetime:
    if not text:
        raise ValueError("empty date")
    if text.isdigit() and len(text) not in (8, 14):
        return _from_epoch(float(text))
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    iso = _UNPADDED_DATE.sub(_pad_date, iso.replace("/", "-"), count=1)
    try:
        return _to_utc(datetime.fromisoformat(iso))
    except ValueError as exc:
        if _DATE_LIKE.match(text):  # an ISO-shaped date that is impossible: say why
            raise ValueError(str(exc)) from exc
    if len(text) == 14 and text.isdigit():  # GDELT style 20240305123000
        return _to_utc(datetime.strptime(text, "%Y%m%d%H%M%S"))
    try:
        return _to_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    return _parse_written_date(text)


def _pad_date(match: re.Match[str]) -> str:
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _parse_written_date(text: str) -> datetime:
    """Written dates ("5 March 2024") via dateparser: slow, so tried last, only on strings that
    can be dates (a digit, a letter, short), and cached (exports repeat the same strings)."""
    has_digit = any(char.isdigit() for char in text)
    if len(text) > 60 or not has_digit or not any(char.isalpha() for char in text):
        raise ValueError("not a recognizable date")
    parsed = _dateparser_parse(text)
    if parsed is None:
        raise ValueError("not a recognizable date")
    return _to_utc(parsed)


@functools.lru_cache(maxsize=4096)
def _dateparser_parse(text: str) -> datetime | None:
    import dateparser  # imported lazily: it takes a second to load and is rarely needed

    settings: Any = {"RETURN_AS_TIMEZONE_AWARE": True, "TO_TIMEZONE": "UTC", "STRICT_PARSING": True}
    parsed: datetime | None = dateparser.parse(text, settings=settings)
    return parsed


def resolve_published(raw: object, options: ReadOptions) -> tuple[datetime | None, tuple[str, ...]]:
    """The publication date to keep, and the notes that explain any decision made about it."""
    notes: list[str] = []
    if raw is not None and raw != "":
        try:
            return parse_datetime(raw), ()
        except ValueError as exc:
            notes.append(f"invalid publication date {_short(raw)} ignored ({exc})")
    if options.default_published is not None:
        notes.append(
            f"{NOTE_DATE_UNKNOWN}; --published {options.default_published.date().isoformat()} used"
        )
        return _to_utc(options.default_published), tuple(notes)
    notes.append(NOTE_DATE_UNKNOWN)
    return None, tuple(notes)


def resolve_optional_date(raw: object, what: str) -> tuple[datetime | None, tuple[str, ...]]:
    if raw is None or raw == "":
        return None, ()
    try:
        return parse_datetime(raw), ()
    except ValueError as exc:
        return None, (f"invalid {what} date {_short(raw)} ignored ({exc})",)


def _short(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 60 else text[:57] + "...'"


# --------------------------------------------------------------------------- records

ID_KEYS = ("id", "article_id", "doc_id", "docid", "document_id", "guid", "uuid", "_id")
TEXT_KEYS = (
    "text",
    "body",
    "content",
    "article",
    "full_text",
    "fulltext",
    "maintext",
    "article_text",
    "body_text",
    "text_content",
    "story",
)
FALLBACK_TEXT_KEYS = ("description", "summary", "abstract", "lead")
TITLE_KEYS = ("title", "headline", "heading", "subject")
PUBLISHED_KEYS = (
    "published",
    "date",
    "dct",
    "published_at",
    "publishedat",
    "publish_date",
    "published_date",
    "date_published",
    "datepublished",
    "pubdate",
    "pub_date",
    "publication_date",
    "date_publish",
    "datetime",
    "timestamp",
    "created_at",
    "created",
    "seendate",
    "time",
)
MODIFIED_KEYS = (
    "modified",
    "updated",
    "date_modified",
    "datemodified",
    "updated_at",
    "last_modified",
    "date_modify",
)
SOURCE_KEYS = (
    "source",
    "source_name",
    "sitename",
    "site_name",
    "site",
    "publisher",
    "outlet",
    "domain",
    "source_domain",
)
URL_KEYS = ("url", "link", "href", "uri", "source_url", "article_url", "permalink", "canonical_url")
AUTHOR_KEYS = ("authors", "author", "byline", "creator")


def pick(record: Mapping[str, Any], lowered: Mapping[str, str], keys: tuple[str, ...]) -> Any:
    """The first non-empty value among the aliases `keys` (case-insensitive)."""
    for key in keys:
        real = lowered.get(key)
        if real is not None:
            value = record[real]
            if value is not None and value != "" and value != []:
                return value
    return None


def has_any_key(columns: Mapping[str, str], keys: tuple[str, ...]) -> bool:
    return any(key in columns for key in keys)


def record_to_article(
    record: Mapping[str, Any],
    origin: str,
    options: ReadOptions,
    reader_notes: tuple[str, ...] = (),
) -> Article | InputFailure:
    """Map a JSON object or CSV row (with the common field aliases) to an Article."""
    lowered = {str(key).lower(): key for key in record}
    notes: list[str] = list(reader_notes)
    raw_text = pick(record, lowered, TEXT_KEYS)
    if raw_text is None and (raw_text := pick(record, lowered, FALLBACK_TEXT_KEYS)) is not None:
        notes.append("text taken from a summary field; the full article text was not given")
    text = _text_value(raw_text, notes)
    if not text:
        return InputFailure(
            origin,
            "record has no text (expected a non-empty 'text', 'body' or 'content' field); "
            "add the article text or remove the record",
        )
    return build_article(
        text=text,
        origin=origin,
        options=options,
        notes=notes,
        given_id=_id_value(pick(record, lowered, ID_KEYS)),
        title=_plain_value(pick(record, lowered, TITLE_KEYS)),
        published_raw=_date_value(pick(record, lowered, PUBLISHED_KEYS)),
        modified_raw=_date_value(pick(record, lowered, MODIFIED_KEYS)),
        source=_source_value(pick(record, lowered, SOURCE_KEYS)),
        url=_plain_value(pick(record, lowered, URL_KEYS)),
        authors=_authors_value(pick(record, lowered, AUTHOR_KEYS)),
    )


def build_article(
    *,
    text: str,
    origin: str,
    options: ReadOptions,
    notes: list[str] | None = None,
    given_id: str | None = None,
    title: str | None = None,
    published_raw: object = None,
    modified_raw: object = None,
    fetched: datetime | None = None,
    source: str | None = None,
    url: str | None = None,
    authors: tuple[str, ...] = (),
) -> Article:
    """The one place an Article is assembled, so every format follows the same rules."""
    all_notes = list(notes or ())
    published, date_notes = resolve_published(published_raw, options)
    modified, modified_notes = resolve_optional_date(modified_raw, "modification")
    all_notes += date_notes + modified_notes
    clean_title = clean_text(title) if title else None
    return Article(
        id=given_id or text_hash(text)[:16],
        text=text,
        title=clean_title or None,
        published=published,
        modified=modified,
        fetched=fetched,
        source=source or _host_of(url),
        url=url,
        authors=authors,
        origin=origin,
        notes=tuple(all_notes),
    )


def _host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _text_value(value: object, notes: list[str]) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "\n\n".join(str(part) for part in value if part is not None)
    text = value if isinstance(value, str) else str(value)
    if looks_like_html(text):
        notes.append("HTML markup removed from the text")
        return html_fragment_to_text(text)
    return clean_text(text)


def _id_value(value: object) -> str | None:
    if value is None or isinstance(value, bool | dict | list):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _plain_value(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


def _date_value(value: object) -> object:
    if isinstance(value, dict):  # {"$date": ...} from MongoDB exports
        return value.get("$date") or value.get("date")
    return value


def _source_value(value: object) -> str | None:
    if isinstance(value, dict):  # {"id": ..., "name": ...} as in NewsAPI exports
        return _plain_value(value.get("name") or value.get("title") or value.get("id"))
    return _plain_value(value)


def _authors_value(value: object) -> tuple[str, ...]:
    items: list[object] = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and (cleaned := _clean_author(name)):
            names.append(cleaned)
    return tuple(dict.fromkeys(names))


def _clean_author(name: str) -> str:
    name = clean_text(name)
    return name[3:].strip() if name.lower().startswith("by ") else name
