"""Presentation helpers shared by the pages: hedged count phrases, dates, safe links, the
per-event report rows and activity, and the Jinja filters that use them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlsplit

from jinja2 import Environment

from storyline import present
from storyline.extract.event_type import ARMED_TARGET, CIVILIAN_TARGET
from storyline.records import COUNT_CATEGORIES
from storyline.service import Storyline
from storyline.store import ReportListing, StoredArticle

JSON = dict[str, Any]

_CATEGORY_WORDS: Mapping[str, str] = {"hostages": "taken hostage"}


def hedged_value(fact: Mapping[str, Any] | None) -> str:
    """"at least 143", "10–20", "about 40" (the wording of storyline.present), or "unknown"."""
    if not fact or fact.get("value") is None:
        return "unknown"
    return present.hedged_value(fact, grouped=True)


def hedged_count(category: str, fact: Mapping[str, Any] | None) -> str:
    """The headline phrase of one count: "at least 143 killed, rising"."""
    return count_phrase(category, hedged_value(fact), (fact or {}).get("trend"))


def count_phrase(category: str, phrase: str, trend: str | None) -> str:
    """"at least 143" of killed, rising -> "at least 143 killed, rising"."""
    text = f"{phrase} {_CATEGORY_WORDS.get(category, category)}"
    return f"{text}, {trend}" if trend else text


def current_of(fact: Mapping[str, Any]) -> Mapping[str, Any]:
    """The current value object of a fact: summaries may hold it directly or under "current"."""
    inner = fact.get("current")
    return inner if isinstance(inner, Mapping) else fact


@lru_cache(maxsize=65_536)
def path_segment(value: Any) -> str:
    """An id quoted for a URL path or query value (ids repeat on a page: memoized)."""
    return quote(str(value), safe="")


def parse_iso(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@lru_cache(maxsize=65_536)
def format_time(value: Any) -> str:
    parsed = parse_iso(value)
    if parsed is None:
        return str(value or "")
    return parsed.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


@lru_cache(maxsize=65_536)
def iso_time(value: Any) -> str:
    parsed = parse_iso(value)
    return parsed.astimezone(UTC).isoformat().replace("+00:00", "Z") if parsed else ""


def event_date_text(value: Any) -> str:
    """An event date as stored ("2024-05-01" or {"value", "precision", "text"}) for reading."""
    if isinstance(value, Mapping):
        day = str(value.get("value") or "")
        precision = value.get("precision")
        if precision and precision != "day":
            return f"{day} ({precision})"
        return day
    return str(value or "")


def event_day(value: Any) -> date | None:
    text = value.get("value") if isinstance(value, Mapping) else value
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


# Whom an attack was against (`Extraction.target`), as the type line says it.
_TARGET_TEXT = {ARMED_TARGET: "armed forces or groups", CIVILIAN_TARGET: "civilians"}


def type_text(event_type: str | None, target: str | None = None) -> str:
    """The event type as a page shows it, with whom the attack was against where known."""
    shown = event_type or "unknown"
    if shown == "attack_on_civilians" and target in _TARGET_TEXT:
        # The type's name says whom the attack was against; the target, where the reports
        # give it, says so once (and where they say armed people, the name would contradict it).
        shown = "attack"
    return f"{shown} (against {_TARGET_TEXT[target]})" if target in _TARGET_TEXT else shown


def place_names(places: Sequence[Mapping[str, Any]] | None) -> str:
    names = []
    for place in places or []:
        name = str(place.get("name") or "")
        country = place.get("country")
        if name and country and place.get("kind") != "country":
            name = f"{name} ({country})"
        if name and name not in names:
            names.append(name)
    return ", ".join(names)


def safe_url(value: Any) -> str | None:
    """Only http(s) links are rendered: a stored `javascript:` URL must never become a link."""
    if not value:
        return None
    text = str(value).strip()
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return None
    return text if scheme in ("http", "https") else None


def value_text(value: Any) -> str:
    """Any value of a change or disagreement as a short readable phrase."""
    if isinstance(value, Mapping):
        if "actor" in value:
            return f"{value.get('actor')} ({value.get('kind')})"
        if "value" in value:
            return hedged_value(value)
        return ", ".join(f"{k}: {value_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v) for v in value)
    return "none" if value is None else str(value)


def category_order(category: str) -> tuple[int, str]:
    """Killed first, then injured, missing, ... (the records' order), then others by name."""
    if category in COUNT_CATEGORIES:
        return COUNT_CATEGORIES.index(category), category
    return len(COUNT_CATEGORIES), category


def ordered_facts(facts: Mapping[str, Any] | None) -> list[tuple[str, Any]]:
    return sorted((facts or {}).items(), key=lambda item: category_order(item[0]))


ROWS_AT_ENDS = 20  # a long table shows its first and last rows; the full page shows them all


@dataclass(frozen=True, slots=True)
class Collapsed:
    """A table's rows as shown: `hidden` rows left out before `rows[gap_at]` (none: -1)."""

    rows: Sequence[Any]
    gap_at: int
    hidden: int


def collapse(rows: Sequence[Any] | None, full: bool = False) -> Collapsed:
    """The first and last ROWS_AT_ENDS rows of a long table (every row when `full`): an event
    with 1,000 reports would otherwise send and render thousands of table rows per page."""
    rows = list(rows or [])
    if full or len(rows) <= 2 * ROWS_AT_ENDS + 1:
        return Collapsed(rows, -1, 0)
    shown = rows[:ROWS_AT_ENDS] + rows[-ROWS_AT_ENDS:]
    return Collapsed(shown, ROWS_AT_ENDS, len(rows) - len(shown))


# Who says what: claims of responsibility first, then attributions by others, then denials.
CLAIM_KIND_ORDER: Mapping[str, int] = {"claimed": 0, "blamed": 1, "suspected": 2, "denied": 3}
CLAIM_KIND_WORDS: Mapping[str, str] = {
    "claimed": "claimed responsibility", "blamed": "blamed", "suspected": "suspected",
    "denied": "denied responsibility",
}


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One line of the "who says what" table: an actor, what was said of it, and by whom."""

    actor: str
    kind: str
    kind_text: str
    stated_by: str  # who made the statement ("police", "the group itself"), "" when unsaid
    first_reported: Any
    evidence: str
    article_ids: tuple[str, ...]
    contested: str  # competing claimants and contradicting statements, as a phrase


def claim_rows(claims: Sequence[Mapping[str, Any]] | None) -> list[ClaimRow]:
    """The event's claims ordered by kind (claims, attributions, denials), then by time."""
    ordered = sorted(claims or [], key=lambda c: (CLAIM_KIND_ORDER.get(str(c.get("kind")), 9),
                                                  str(c.get("first_reported") or "")))
    # Competing actors are listed by their normalized key: show them as the reports name them.
    names = {str(c.get("actor_normalized") or ""): str(c.get("actor") or "") for c in ordered}
    return [_claim_row(claim, names) for claim in ordered]


def _claim_row(claim: Mapping[str, Any], names: Mapping[str, str]) -> ClaimRow:
    kind = str(claim.get("kind") or "")
    speakers = [_speaker(s) for s in claim.get("stated_by") or []]
    if kind == "claimed" and not speakers:
        speakers = ["the group itself"]  # a claim of responsibility is the claimant's statement
    others = [names.get(str(o), str(o)) for o in claim.get("competing_with") or []]
    contested = [f"also named: {', '.join(dict.fromkeys(others))}"] if others else []
    if claim.get("disputed_by"):
        contested.append(f"contradicted by a {' or '.join(claim['disputed_by'])} statement")
    return ClaimRow(
        actor=str(claim.get("actor") or ""),
        kind=kind,
        kind_text=CLAIM_KIND_WORDS.get(kind, kind.replace("_", " ")),
        stated_by=", ".join(dict.fromkeys(s for s in speakers if s)),
        first_reported=claim.get("first_reported"),
        evidence=str(claim.get("evidence") or ""),
        article_ids=tuple(str(a) for a in claim.get("article_ids") or []),
        contested="; ".join(contested),
    )


def _speaker(text: Any) -> str:
    """"as police" -> "police": the extractor keeps the attribution's connective word."""
    words = str(text or "").split()
    if words and words[0].lower() in ("as", "by", "according"):
        words = words[1:]
    if words and words[0].lower() == "to":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class LedgerFigure:
    value: str
    source: str  # "Pacific Wire Service (official)", or "" when the report is not known
    article_id: str | None
    kept: bool  # the figure the rules chose as current


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One disagreement, its figures side by side with their sources, and the rule that chose."""

    category: str
    kind: str
    figures: tuple[LedgerFigure, ...]
    text: str
    reported: Any
    article_ids: tuple[str, ...]
    rule: str  # why the current value is what it is ("" for an event-level note)


def ledger_rows(
    event: Mapping[str, Any], disagreements: Sequence[Mapping[str, Any]]
) -> list[LedgerRow]:
    facts = event.get("facts") or {}
    sources = _report_sources(facts)
    return [_ledger_row(d, facts, sources) for d in disagreements]


def _report_sources(facts: Mapping[str, Any]) -> dict[str, str]:
    """Each report's source as the fact history names it: "Outlet (official)"."""
    found: dict[str, str] = {}
    for fact in facts.values():
        for item in fact.get("history") or []:
            kind = f" ({item['source_type']})" if item.get("source_type") else ""
            name = item.get("source") or "unknown"
            found.setdefault(str(item.get("article_id")), f"{name}{kind}")
    return found


def _ledger_row(
    disagreement: Mapping[str, Any], facts: Mapping[str, Any], sources: Mapping[str, str]
) -> LedgerRow:
    category = str(disagreement.get("category") or "")
    values = [str(v) for v in disagreement.get("values") or []]
    ids = [str(a) for a in disagreement.get("article_ids") or []]
    current = current_of(facts.get(category) or {})
    kept_ids = {str(a) for a in current.get("article_ids") or []}
    kept_value = str(current.get("value")) if current.get("value") is not None else None
    # Values and reports pair up one to one when the rules recorded one figure per report.
    pairs: list[tuple[str, str | None]] = (
        list(zip(values, ids, strict=True)) if len(values) == len(ids)
        else [(value, None) for value in values]
    )
    figures = tuple(
        LedgerFigure(_grouped(value), sources.get(article_id, "") if article_id else "",
                     article_id, value == kept_value and (article_id is None
                                                         or article_id in kept_ids))
        for value, article_id in pairs
    )
    return LedgerRow(category, str(disagreement.get("kind") or "").replace("_", " "), figures,
                     str(disagreement.get("text") or ""), disagreement.get("reported"),
                     tuple(ids), str(current.get("why") or ""))


def _grouped(value: str) -> str:
    return f"{int(value):,}" if value.isdigit() else value


def register_filters(env: Environment) -> None:
    from storyline.web.charts import points_svg  # charts imports this module

    env.filters["points_svg"] = points_svg
    env.filters["collapse"] = collapse
    env.filters["value_text"] = value_text
    env.filters["path"] = path_segment
    env.filters["ordered_facts"] = ordered_facts
    env.filters["hedged_value"] = hedged_value
    env.filters["hedged_count"] = hedged_count
    env.filters["current_of"] = current_of
    env.filters["format_time"] = format_time
    env.filters["iso_time"] = iso_time
    env.filters["event_date_text"] = event_date_text
    env.filters["place_names"] = place_names
    env.filters["type_text"] = type_text
    env.filters["safe_url"] = safe_url
    env.filters["claim_rows"] = claim_rows
    env.filters["change_text"] = present.change_text
    env.filters["step_label"] = present.step_label
    env.globals["ledger_rows"] = ledger_rows


# --------------------------------------------------------------------------- reports


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One report of an event as listed on its page."""

    article_id: str
    title: str
    source: str | None
    url: str | None  # pages pass it through safe_url when they show it
    published: datetime | None
    dedup: str


def report_rows(storyline: Storyline, article_ids: Sequence[str]) -> list[ReportRow]:
    """The event's reports in publication order (undated ones last)."""
    stored = storyline.store.get_articles(list(article_ids))
    rows = [_report_row(item) for item in stored]
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(rows, key=lambda r: (r.published or far, r.article_id))


def listed_report_rows(listings: Sequence[ReportListing]) -> list[ReportRow]:
    """The same rows as `report_rows`, from the store's lean listing of an event's reports."""
    rows = [
        ReportRow(
            article_id=item.article_id,
            title=item.title or item.lead.strip() or item.article_id,
            source=item.source,
            url=item.url,  # made safe when shown: a page shows 40 of 1,000 rows
            published=item.published or item.ingested_at,
            dedup=item.dedup,
        )
        for item in listings
    ]
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(rows, key=lambda r: (r.published or far, r.article_id))


def _report_row(stored: StoredArticle) -> ReportRow:
    article = stored.article
    title = article.title or article.text[:90].strip() or article.id
    return ReportRow(
        article_id=article.id,
        title=title,
        source=article.source,
        url=safe_url(article.url),
        published=article.published or stored.ingested_at,
        dedup=stored.verdict.kind,
    )


def source_count(rows: Sequence[ReportRow]) -> int:
    """Distinct outlets; reports without one count as one "unknown" source, as in the event's
    `sources` list."""
    return len({row.source or "unknown" for row in rows})


@dataclass(frozen=True, slots=True)
class EventActivity:
    """What the events list shows beside each event besides its summary."""

    reports: int
    sources: int
    per_day: list[tuple[date, int]]


def event_activity(storyline: Storyline, summary: Mapping[str, Any]) -> EventActivity:
    """Reports, sources and reports per day, from the summary when it has them, else the store."""
    article_ids = list(summary.get("article_ids") or [])
    cached = summary.get("activity")
    if isinstance(cached, Sequence) and isinstance(summary.get("sources"), Sequence):
        per_day = [(date.fromisoformat(str(d)), int(n)) for d, n in cached]
        return EventActivity(len(article_ids), len(summary["sources"]), per_day)
    rows = report_rows(storyline, article_ids)
    days = Counter(row.published.date() for row in rows if row.published)
    return EventActivity(len(article_ids), source_count(rows), sorted(days.items()))
