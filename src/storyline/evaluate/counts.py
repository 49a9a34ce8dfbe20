"""Casualty counts (and event dates) against gold figures, per article and per event.

Article level: each article's own totals (`extract_facts(article).totals`) against the figures of
its gold record (ACLED `fatalities`; the GVA incident's killed/injured/arrested, the lowest
incident id for the few articles GVA lists under several incidents).

Event level (GVA): the articles are ingested in publication order into a fresh store; each event's
current value per category is compared with the final figures of the gold incident most of its
articles belong to (ties: the lowest incident id). The headline is the share of events whose
killed and injured both match. Beside it, per category, the number of events whose current
value is wrong although one of their reports gave the incident's figure
(`event.CATEGORY.rule_kept_other`): the errors of the current-value rules, as opposed to those of
extraction or clustering. The baseline does the same with its own pieces: TF-IDF single-pass
clusters, and for each the largest regex figure of its articles.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date
from pathlib import Path
from typing import Any, Literal

from storyline.errors import ConfigError
from storyline.evaluate.baselines import regex_counts, tfidf_single_pass
from storyline.evaluate.datasets import (
    acled_records,
    dataset_path,
    gva_incidents,
    load_articles,
    load_labels,
    lowest_label,
)
from storyline.evaluate.result import EvalResult, Figure
from storyline.evaluate.scoring import CountPair, count_figures, date_figures, joint_exact
from storyline.evaluate.system import fresh_store
from storyline.progress import ProgressCallback, tracked
from storyline.records import Article, Extraction

__all__ = ["COUNT_DATASETS", "CountLevel", "run_counts"]

CountLevel = Literal["article", "event", "both"]
COUNT_DATASETS: tuple[str, ...] = ("acled", "gva")
Predicted = Mapping[str, int]


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """What the gold data says about one article's event."""

    record_id: str  # the ACLED row or the GVA incident
    counts: Mapping[str, int]
    day: date | None


def run_counts(
    dataset: str,
    data_dir: Path,
    *,
    level: CountLevel | None = None,
    limit: int | None = None,
    progress: ProgressCallback | None = None,
) -> EvalResult:
    """Counts of `dataset` ("acled" or "gva"), the first `limit` articles in publication order
    (`progress(n)` as articles are ingested or read).
    `level` defaults to both levels for GVA and to article level for ACLED (whose records are
    single reports, not incidents with several articles)."""
    if dataset not in COUNT_DATASETS:
        raise ConfigError(f"unknown counts data set {dataset!r}; use one of {COUNT_DATASETS}")
    level = level or ("both" if dataset == "gva" else "article")
    if level != "article" and dataset != "gva":
        raise ConfigError("event-level counts need incident labels; use --dataset gva")
    articles = load_articles(dataset_path(data_dir, dataset, "articles.jsonl"), limit)
    gold = _gold_records(dataset, data_dir)
    articles = [a for a in articles if a.id in gold]
    system: dict[str, Figure] = {}
    baseline: dict[str, Figure] = {}
    params: dict[str, Any] = {"articles": len(articles), "limit": limit, "level": level}
    started = time.monotonic()
    if level in ("event", "both"):
        extractions = _event_level(articles, gold, system, baseline, progress)
    else:
        extractions = _extract_all(articles, progress)
    if level in ("article", "both"):
        _article_level(articles, extractions, gold, system, baseline)
    params["system_seconds"] = round(time.monotonic() - started, 1)
    return EvalResult(
        kind="counts",
        dataset=dataset,
        system=system,
        baseline=baseline,
        baseline_name="regex" if level == "article" else "tfidf+regex",
        params=params,
        notes=_notes(dataset),
    )


def _notes(dataset: str) -> tuple[str, ...]:
    notes = [
        "an unreported count reads as 0; missed = gold > 0 and nothing reported; "
        "invented = gold 0 and a count above 0 reported"
    ]
    if dataset == "gva":
        notes.append("date baseline = the publication date (earliest article for events)")
    return tuple(notes)


def _categories(dataset: str) -> tuple[str, ...]:
    return ("killed",) if dataset == "acled" else ("killed", "injured", "arrested")


def _gold_records(dataset: str, data_dir: Path) -> dict[str, GoldRecord]:
    """Article id -> its gold record."""
    if dataset == "acled":
        return {
            row_id: GoldRecord(row_id, {"killed": row.fatalities}, row.date)
            for row_id, row in acled_records(data_dir).items()
        }
    incidents = gva_incidents(data_dir)
    labels = lowest_label(load_labels(dataset_path(data_dir, "gva", "labels.jsonl"), "incident_id"))
    records = {}
    for article_id, (incident_id,) in labels.items():
        incident = incidents.get(incident_id)
        if incident is not None:
            counts = {c: incident.count(c) for c in _categories("gva")}
            records[article_id] = GoldRecord(incident_id, counts, incident.date)
    return records


def _extract_all(
    articles: Sequence[Article], progress: ProgressCallback | None = None
) -> dict[str, Extraction]:
    from storyline.extract import extract_facts

    return {article.id: extract_facts(article) for article in tracked(articles, progress)}


def _totals(extraction: Extraction | None) -> dict[str, int]:
    if extraction is None:
        return {}
    return {category: total.value for category, total in extraction.totals.items()}


# --------------------------------------------------------------------------- article level


def _article_level(
    articles: Sequence[Article],
    extractions: Mapping[str, Extraction],
    gold: Mapping[str, GoldRecord],
    system: dict[str, Figure],
    baseline: dict[str, Figure],
) -> None:
    dataset_categories = tuple(next(iter(gold.values())).counts) if gold else ()
    sys_pred = {a.id: _totals(extractions.get(a.id)) for a in articles}
    base_pred = {a.id: regex_counts(f"{a.title or ''}\n{a.text}") for a in articles}
    for category in dataset_categories:
        system.update(count_figures(_pairs(sys_pred, gold, category), f"article.{category}"))
        baseline.update(count_figures(_pairs(base_pred, gold, category), f"article.{category}"))
    if "injured" in dataset_categories:
        system.update(joint_exact(_joint(sys_pred, gold), "article.killed_injured"))
        baseline.update(joint_exact(_joint(base_pred, gold), "article.killed_injured"))
        for side, use_system in ((system, True), (baseline, False)):
            pairs = _article_dates(articles, extractions, gold, use_system)
            side.update(date_figures(pairs, "article.date"))


def _pairs(
    predicted: Mapping[str, Predicted], gold: Mapping[str, GoldRecord], category: str
) -> list[CountPair]:
    return [(values.get(category), gold[key].counts[category]) for key, values in predicted.items()]


def _joint(
    predicted: Mapping[str, Predicted], gold: Mapping[str, GoldRecord]
) -> list[list[CountPair]]:
    return [
        [(values.get(c), gold[key].counts[c]) for c in ("killed", "injured")]
        for key, values in predicted.items()
    ]


def _article_dates(
    articles: Sequence[Article],
    extractions: Mapping[str, Extraction],
    gold: Mapping[str, GoldRecord],
    use_system: bool,
) -> list[tuple[date | None, date]]:
    pairs: list[tuple[date | None, date]] = []
    for article in articles:
        gold_day = gold[article.id].day
        if gold_day is None:
            continue
        extraction = extractions.get(article.id)
        if use_system:
            found = extraction.event_date if extraction else None
            pairs.append((found.value if found else None, gold_day))
        else:
            published = article.published
            pairs.append((published.astimezone(UTC).date() if published else None, gold_day))
    return pairs


# --------------------------------------------------------------------------- event level


@dataclass(frozen=True, slots=True)
class _Event:
    article_ids: tuple[str, ...]
    counts: Mapping[str, int]
    day: date | None
    first_reported: date | None
    # Every figure a report of the event gave, per category (its article totals).
    reported: Mapping[str, frozenset[int]] = field(default_factory=dict)


def _event_level(
    articles: Sequence[Article],
    gold: Mapping[str, GoldRecord],
    system: dict[str, Figure],
    baseline: dict[str, Figure],
    progress: ProgressCallback | None = None,
) -> dict[str, Extraction]:
    """Score both sides at event level; return the system's extractions for article level."""
    with fresh_store(articles, progress) as (store, _failed):
        from storyline.service import Storyline

        extractions = store.get_extractions([a.id for a in articles])
        events = [_event_from_json(e, extractions) for e in Storyline(store).list_events()]
    system.update(_score_events(events, gold))
    system.update(
        date_figures(_event_dates(events, gold, use_first_report=True), "event.date_first_reported")
    )
    system["events"] = len(events)
    base_events = _baseline_events(articles)
    baseline.update(_score_events(base_events, gold))
    baseline["events"] = len(base_events)
    return dict(extractions)


def _event_from_json(
    event: Mapping[str, Any], extractions: Mapping[str, Extraction] | None = None
) -> _Event:
    counts: dict[str, int] = {}
    for category, fact in (event.get("facts") or {}).items():
        current = fact.get("current", fact) if isinstance(fact, Mapping) else None
        if isinstance(current, Mapping) and isinstance(current.get("value"), int | float):
            counts[category] = int(current["value"])
    raw_date = event.get("event_date")
    if isinstance(raw_date, Mapping):
        raw_date = raw_date.get("value")
    article_ids = tuple(str(i) for i in event.get("article_ids") or ())
    return _Event(
        article_ids=article_ids,
        counts=counts,
        day=_day(raw_date),
        first_reported=_day(event.get("first_reported")),
        reported=_reported_figures(_totals((extractions or {}).get(i)) for i in article_ids),
    )


def _reported_figures(per_report: Iterable[Mapping[str, int]]) -> dict[str, frozenset[int]]:
    figures: dict[str, set[int]] = {}
    for totals in per_report:
        for category, value in totals.items():
            figures.setdefault(category, set()).add(value)
    return {category: frozenset(values) for category, values in figures.items()}


def _baseline_events(articles: Sequence[Article]) -> list[_Event]:
    clusters: dict[str, list[Article]] = {}
    by_id = {a.id: a for a in articles}
    for article_id, cluster in tfidf_single_pass(articles).items():
        clusters.setdefault(cluster, []).append(by_id[article_id])
    events = []
    for members in clusters.values():
        per_report = [regex_counts(f"{a.title or ''}\n{a.text}") for a in members]
        counts: dict[str, int] = {}
        for figures in per_report:
            for category, value in figures.items():
                counts[category] = max(value, counts.get(category, 0))
        dates = [a.published.astimezone(UTC).date() for a in members if a.published]
        first = min(dates) if dates else None
        reported = _reported_figures(per_report)
        events.append(_Event(tuple(a.id for a in members), counts, first, first, reported))
    return events


def _majority_record(event: _Event, gold: Mapping[str, GoldRecord]) -> GoldRecord | None:
    votes = Counter(gold[a].record_id for a in event.article_ids if a in gold)
    if not votes:
        return None
    top = max(votes.values())
    winner = min((r for r, n in votes.items() if n == top), key=lambda r: (len(r), r))
    return next(gold[a] for a in event.article_ids if a in gold and gold[a].record_id == winner)


def _score_events(events: Sequence[_Event], gold: Mapping[str, GoldRecord]) -> dict[str, Figure]:
    matched = [(e, r) for e in events if (r := _majority_record(e, gold)) is not None]
    figures: dict[str, Figure] = {}
    for category in ("killed", "injured", "arrested"):
        pairs = [(e.counts.get(category), r.counts[category]) for e, r in matched]
        figures.update(count_figures(pairs, f"event.{category}"))
        figures[f"event.{category}.rule_kept_other"] = sum(
            (e.counts.get(category) or 0) != r.counts[category]
            and r.counts[category] in e.reported.get(category, frozenset())
            for e, r in matched
        )
    joint = [[(e.counts.get(c), r.counts[c]) for c in ("killed", "injured")] for e, r in matched]
    figures.update(joint_exact(joint, "event.killed_injured"))
    figures.update(date_figures(_event_dates(events, gold, use_first_report=False), "event.date"))
    return figures


def _event_dates(
    events: Sequence[_Event], gold: Mapping[str, GoldRecord], *, use_first_report: bool
) -> list[tuple[date | None, date]]:
    pairs: list[tuple[date | None, date]] = []
    for event in events:
        record = _majority_record(event, gold)
        if record is not None and record.day is not None:
            pairs.append((event.first_reported if use_first_report else event.day, record.day))
    return pairs


def _day(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
