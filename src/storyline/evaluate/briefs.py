"""`storyline eval briefs`: "what is new since T" updates on TREC TS 2014 and CrisisFACTS 2022.

Each stream (a TREC TS topic, a CrisisFACTS event) is ingested through the real pipeline into a
fresh SQLite store, in publication order. Then, for each period (TREC TS: every 24 hours from the
topic's start to its end; CrisisFACTS: each request day), the store-wide update since the start of
the period up to its end is asked (`storyline.reconcile.story.build_events_update`, what `storyline
brief --since` prints), and its sentences are emitted at the end of the period. The baseline, in
the same run, emits the lead sentences of the reports published in the period, in publication
order, with the same number of sentences.

The update's settings are tuned by two-fold cross-validation over the streams: the streams are
split in two halves (alternating by id); the grid variant best on one half is scored on the other.
The figures reported are the out-of-sample ones, with the in-sample ones and the gap beside them.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from functools import partial
from pathlib import Path
from statistics import mean

from storyline.evaluate.crisisfacts import facts_matched, load_events
from storyline.evaluate.result import EvalResult
from storyline.evaluate.trec_ts import Emitted, Topic, find_update, load_topics, track_measures
from storyline.reconcile.brief import BriefSentence, UpdateSettings, build_update
from storyline.reconcile.facts import report_time
from storyline.reconcile.story import update_inputs
from storyline.reconcile.timeline import lead_sentence
from storyline.records import Article
from storyline.service import Storyline
from storyline.store.base import StoredArticle

PERIOD = timedelta(hours=24)
SENTENCES = {"trec-ts": 5, "crisisfacts": 10}  # sentences per update (per period)
GRID = [
    UpdateSettings(old_overlap=old, new_overlap=new, min_words=words, max_facts=facts)
    for old in (0.6, 0.8, 1.0) for new in (0.5, 0.8) for words in (3, 6) for facts in (0, 2)
]
Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Period:
    since: datetime
    until: datetime
    reports: tuple[StoredArticle, ...]
    facts: tuple[BriefSentence, ...]


@contextmanager
def ingested(articles: Sequence[Article], stores: Path | None, name: str
             ) -> Iterator[tuple[Storyline, int]]:
    """A Storyline over a SQLite store holding `articles` (kept in `stores` when given, and then
    reused by later runs), closed afterwards; with the number of articles left out."""
    from storyline.store import open_store

    with tempfile.TemporaryDirectory() as scratch:
        folder = stores or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name.replace('/', '_')}.db"
        done = path.with_suffix(".done")  # written once the whole stream is in
        if not done.exists():
            path.unlink(missing_ok=True)
        if not done.exists():
            left_out = _ingest(path, articles)
            done.write_text(json.dumps({"articles": len(articles), "left_out": left_out}),
                            encoding="utf-8")
        app = Storyline(open_store(str(path)))
        try:
            yield app, len(json.loads(done.read_text(encoding="utf-8"))["left_out"])
        finally:
            app.close()


def _ingest(path: Path, articles: Sequence[Article]) -> list[str]:
    """Ingest the stream in publication order. If the pipeline fails on it, start again without
    the articles whose extraction points a nested count at a count that is not there (a known
    extraction fault, reported to its owner), and return their ids."""
    from storyline.extract import extract_facts
    from storyline.store import open_store

    ordered = sorted(articles, key=lambda a: (a.published or datetime.min.replace(tzinfo=UTC),
                                              a.id))
    try:
        with Storyline(open_store(str(path))) as app:
            app.ingest_articles(ordered)
        return []
    except IndexError:
        path.unlink(missing_ok=True)
    faulty = [a.id for a in ordered if any(
        m.part_of is not None and not 0 <= m.part_of < len(facts.counts)
        for facts in (extract_facts(a),) for m in facts.counts)]
    with Storyline(open_store(str(path))) as app:
        app.ingest_articles([a for a in ordered if a.id not in set(faulty)])
    return faulty


def _periods(app: Storyline, spans: Sequence[tuple[datetime, datetime]]) -> list[Period]:
    out = []
    for since, until in spans:
        events = app.store.list_events(reported_until=until)
        reports, facts = update_inputs(app.store, events, since, until)
        out.append(Period(since, until, tuple(reports), tuple(facts)))
    return out


def system_sentences(period: Period, settings: UpdateSettings) -> list[tuple[str, str]]:
    brief = build_update(period.reports, period.since, facts=period.facts, as_of=period.until,
                         settings=settings)
    return [(s.article_id, s.text) for s in brief.sentences]


def _lead_run(period: Period, *, count: int) -> list[tuple[str, str]]:
    return lead_baseline(period, count)


def lead_baseline(period: Period, count: int) -> list[tuple[str, str]]:
    """The lead sentence of each report published in the period, in publication order."""
    fresh = sorted((s for s in period.reports if report_time(s) > period.since
                    and s.verdict.kind != "near_duplicate"),
                   key=lambda s: (report_time(s), s.article.id))
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for stored in fresh:
        lead = lead_sentence(stored)
        if lead not in seen:
            seen.add(lead)
            out.append((stored.article.id, lead))
        if len(out) >= count:
            break
    return out


Picks = list[list[tuple[str, str]]]  # per period: (article id, sentence) emitted


@dataclass(frozen=True, slots=True)
class Stream:
    """One topic or event: its periods and how a run over them (the picks) is scored."""

    id: str
    periods: tuple[Period, ...]
    score: Callable[[Picks], dict[str, float]]
    sentences: int  # per update
    left_out: int = 0  # articles the pipeline could not ingest (see `_ingest`)

    def run(self, pick: Callable[[Period], list[tuple[str, str]]]) -> dict[str, float]:
        return self.score([pick(period) for period in self.periods])


# ------------------------------------------------------------------ TREC TS


def _ts_spans(topic: Topic) -> list[tuple[datetime, datetime]]:
    spans, start = [], topic.start
    while start < topic.end:
        spans.append((start, min(start + PERIOD, topic.end)))
        start += PERIOD
    return spans


def _ts_score(topic: Topic, spans: Sequence[tuple[datetime, datetime]], picks: Picks
              ) -> dict[str, float]:
    documents = topic.documents()
    emitted = []
    for (_, until), picked in zip(spans, picks, strict=True):
        for article_id, text in picked:
            update = find_update(documents, article_id, text)
            if update is not None:
                emitted.append(Emitted(update, until))
    return track_measures(topic, emitted)


def trec_ts_streams(data: Path, ids: Sequence[str] | None = None, stores: Path | None = None,
                    progress: Progress | None = None) -> list[Stream]:
    streams = []
    for topic in load_topics(data, ids):
        spans = _ts_spans(topic)
        if progress:
            progress(f"trec-ts {topic.id}: {len(topic.updates)} sentences, {len(spans)} days")
        with ingested(topic.articles(), stores, f"trec-ts-{topic.id}") as (app, left_out):
            periods = _periods(app, spans)
        streams.append(Stream(topic.id, tuple(periods), partial(_ts_score, topic, spans),
                              SENTENCES["trec-ts"], left_out))
    return streams


# ------------------------------------------------------------------ CrisisFACTS


def _cf_score(days: Sequence[tuple[str, ...]], busy: Sequence[bool], picks: Picks
              ) -> dict[str, float]:
    """The mean over request days of the share of the day's facts matched (each day counts
    the same); the same over the busy days only (more new reports than the update has
    sentences: where there is something to choose); and over all request-day facts at once."""
    shares, busy_shares, matched_all, scored_all = [], [], 0, 0
    for gold, is_busy, picked in zip(days, busy, picks, strict=True):
        matched, scored = facts_matched(gold, [text for _, text in picked])
        matched_all, scored_all = matched_all + matched, scored_all + scored
        if scored:
            shares.append(matched / scored)
            if is_busy:
                busy_shares.append(matched / scored)
    return {"facts_matched": mean(shares) if shares else 0.0,
            "facts_matched_busy_days": mean(busy_shares) if busy_shares else 0.0,
            "facts_matched_all": matched_all / scored_all if scored_all else 0.0,
            "sentences": float(sum(len(p) for p in picks)), "days": float(len(shares)),
            "busy_days": float(len(busy_shares))}


def crisisfacts_streams(data: Path, ids: Sequence[str] | None = None,
                        stores: Path | None = None, progress: Progress | None = None
                        ) -> list[Stream]:
    streams = []
    for event in load_events(data, ids):
        days = event.request_days()
        if progress:
            progress(f"crisisfacts {event.id}: {len(event.articles())} facts, "
                     f"{len(days)} request days")
        spans = [(datetime.combine(d.day, time.min, tzinfo=UTC),
                  datetime.combine(d.day, time.max, tzinfo=UTC)) for d in days]
        with ingested(event.articles(), stores, f"crisisfacts-{event.id}") as (app, left_out):
            periods = _periods(app, spans)
        busy = [sum(report_time(s) > p.since for s in p.reports) > SENTENCES["crisisfacts"]
                for p in periods]
        streams.append(Stream(event.id, tuple(periods),
                              partial(_cf_score, [d.facts for d in days], busy),
                              SENTENCES["crisisfacts"], left_out))
    return streams


# ------------------------------------------------------------------ tuning and the result


def _system_run(stream: Stream, settings: UpdateSettings) -> dict[str, float]:
    budgeted = replace(settings, max_sentences=stream.sentences)
    return stream.run(lambda period: system_sentences(period, budgeted))


def _mean_figures(runs: Sequence[dict[str, float]]) -> dict[str, float]:
    return {key: mean(run[key] for run in runs) for key in runs[0]} if runs else {}


def _variant_name(settings: UpdateSettings) -> str:
    return (f"old_overlap={settings.old_overlap} new_overlap={settings.new_overlap} "
            f"min_words={settings.min_words} max_facts={settings.max_facts}")


def cross_validate(streams: Sequence[Stream], target: str,
                   grid: Sequence[UpdateSettings] = tuple(GRID)
                   ) -> tuple[dict[str, float], dict[str, float], list[str]]:
    """Two folds alternating by id: the grid variant best on one fold (by `target`) scored on
    the other. Returns the out-of-sample and in-sample mean figures and the chosen variants."""
    ordered = sorted(streams, key=lambda s: s.id)
    folds = [ordered[0::2], ordered[1::2]]
    scores = {(s.id, i): _system_run(s, g) for s in ordered for i, g in enumerate(grid)}
    outside: list[dict[str, float]] = []
    inside: list[dict[str, float]] = []
    chosen = []
    for tune, test in ((folds[0], folds[1]), (folds[1], folds[0])):
        if not tune or not test:
            continue
        best = max(range(len(grid)),
                   key=lambda i: (mean(scores[(s.id, i)][target] for s in tune), -i))
        chosen.append(_variant_name(grid[best]))
        inside.extend(scores[(s.id, best)] for s in tune)
        outside.extend(scores[(s.id, best)] for s in test)
    return _mean_figures(outside), _mean_figures(inside), chosen


def evaluate_briefs(dataset: str, data: Path, *, ids: Sequence[str] | None = None,
                    stores: Path | None = None, progress: Progress | None = None
                    ) -> EvalResult:
    """System (defaults, and tuned out of sample) beside the lead baseline on one data set."""
    if dataset == "trec-ts":
        streams, target = trec_ts_streams(data, ids, stores, progress), "h"
    else:
        streams, target = crisisfacts_streams(data, ids, stores, progress), "facts_matched"
    default = _mean_figures([_system_run(s, UpdateSettings()) for s in streams])
    baseline = _mean_figures([s.run(partial(_lead_run, count=s.sentences)) for s in streams])
    outside, inside, chosen = cross_validate(streams, target)
    system = {**default, **{f"tuned.{k}": v for k, v in outside.items()},
              **{f"in_sample.{k}": v for k, v in inside.items()}}
    if target in outside and target in inside:
        system[f"gap.{target}"] = inside[target] - outside[target]
    return EvalResult(
        kind="briefs", dataset=dataset, system=system, baseline=baseline,
        baseline_name="lead sentences of the period's new reports",
        params={"streams": [s.id for s in streams], "sentences": SENTENCES[dataset],
                "left_out": {s.id: s.left_out for s in streams if s.left_out},
                "target": target, "chosen": chosen, "grid": [_variant_name(g) for g in GRID]},
        notes=("tuned.*: grid variant chosen on the other half of the streams (2 folds)",),
    )
