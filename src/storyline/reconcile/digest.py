"""The digest: one timeline across every event in the store, as a desk keeps for a long story.

The method follows the "datewise" approach of Ghalandari & Ifrim (2020), kept fast (TF-IDF only):
1. Every sentence's date expressions are resolved against its article's publication date
   (`storyline.extract.timex`); only day-precise values count.
2. Dates are ranked by how much the collection talks about them: the number of distinct reports
   that name the date from a later day (looking back at it marks it as a development worth
   remembering; "today" in a same-day report does not), plus the reports published that day.
   Only dates within the collection's publication range (and LOOKBACK_DAYS before its first
   report: the event of a first report is often the day before) are candidates, or within the
   `span` the caller gives (news-tls gives the system its reference timeline's first and last
   date). This score was compared with a logistic-regression ranker on the DATEWISE features
   (sentence and report mention counts before, after and on the day, publications, lead
   mentions, burst), trained leave-one-topic-out on Timeline17: it did not rank better out of
   sample (docs/quality.md), so the documented unsupervised score stays.
3. For each chosen date, the candidate sentences are those that state it (a date expression
   resolving to it, except a possessive one: "Monday's walkout has cost millions" names Monday's
   event but states nothing that happened on Monday), plus the opening sentences of articles
   published that day that mention no day. They are ranked by
   TF-IDF cosine to the centroid of that pool (the most typical statement about the day), with
   a boost for sentences that name the day and a penalty for quotes and questions, and picked
   greedily, skipping near-repeats. Days are filled best-ranked first, and a statement used on
   one day is never used on another (the same sentence naming two days, or a wire copy).
   Every entry keeps its report id, outlet, publication time and whether the sentence states the
   day (`date_basis` "stated") or was reported on it ("reported").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from storyline.extract.sentences import Sentence, sentences_of
from storyline.extract.timex import find_date_expressions, normalize_date_expression
from storyline.reconcile.facts import as_utc, report_time
from storyline.reconcile.text import overlap, readable
from storyline.reconcile.timeline import TimelineEntry
from storyline.store.base import Store, StoredArticle

PUBLICATION_WEIGHT = 1.0  # a report published on a day counts like one looking back at it
LEAD_SENTENCES = 5  # opening sentences of a same-day article that may speak for the day
MIN_WORDS, MAX_WORDS = 6, 60
REDUNDANT_OVERLAP = 0.5
DEFAULT_PER_DATE = 2
LOOKBACK_DAYS = 2
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class _Candidate:
    text: str
    article_id: str
    event_id: str | None
    mentioned: bool  # the sentence names the date (else: it was published that day)
    published: datetime
    source: str | None  # the outlet, shown beside the statement


@dataclass
class _DatePool:
    """Sentences and supporting articles for one date (built once, read-only after)."""

    mentions: set[str]  # reports with a sentence naming the day
    published: set[str]  # reports published that day
    candidates: list[_Candidate]
    looked_back: set[str] = field(default_factory=set)  # reports naming it from a later day

    def score(self) -> float:
        return len(self.looked_back) + PUBLICATION_WEIGHT * len(self.published)


def build_digest_timeline(
    store: Store,
    *,
    as_of: datetime | None = None,
    max_dates: int | None = None,
    per_date: int | None = None,
) -> list[TimelineEntry]:
    """The digest of everything in `store` known at `as_of`."""
    as_of = as_utc(as_of) if as_of is not None else None
    return digest_from_articles(_stored_articles(store, as_of), max_dates=max_dates,
                                per_date=per_date)


def stored_reports(store: Store, as_of: datetime | None = None) -> list[StoredArticle]:
    """Every report of every event in `store` known at `as_of`, the digest's input."""
    return _stored_articles(store, as_utc(as_of) if as_of is not None else None)


def _stored_articles(store: Store, as_of: datetime | None) -> list[StoredArticle]:
    articles: list[StoredArticle] = []
    for row in store.list_events(reported_until=as_of):
        members = store.event_memberships(row.id)
        for stored in store.get_articles([m.article_id for m in members]):
            if as_of is None or report_time(stored) <= as_of:
                articles.append(stored)
    return articles


def digest_from_articles(
    articles: Sequence[StoredArticle],
    *,
    max_dates: int | None = None,
    per_date: int | None = None,
    span: tuple[date, date] | None = None,
) -> list[TimelineEntry]:
    """Datewise timeline of the given reports (near-duplicate copies are left out)."""
    originals = [s for s in articles if s.verdict.kind != "near_duplicate"]
    if not originals:
        return []
    pools = _date_pools(originals, span)
    count = per_date or DEFAULT_PER_DATE
    used: set[str] = set()
    chosen_on: dict[date, list[_Candidate]] = {}
    # Best-ranked day first: it keeps a sentence that names two days, and a day whose every
    # statement was taken by a better one gives its place to the next day in the ranking.
    for day in _rank_dates(pools, None if max_dates is None else len(pools)):
        if max_dates is not None and len(chosen_on) >= max_dates:
            break
        fresh = [c for c in pools[day].candidates if _key(c.text) not in used]
        picked = _summarize(fresh, count)
        if picked:
            chosen_on[day] = picked
            used.update(_key(c.text) for c in picked)
    return [
        TimelineEntry(day, c.text, (c.article_id,), c.event_id, "digest", time=c.published,
                      source=c.source, date_basis="stated" if c.mentioned else "reported")
        for day in sorted(chosen_on)
        for c in chosen_on[day]
    ]


def _key(text: str) -> str:
    """The same statement, whatever its spacing and case (wire copies, repeated leads)."""
    return " ".join(text.lower().split())


def _date_pools(
    articles: Sequence[StoredArticle], span: tuple[date, date] | None = None
) -> dict[date, _DatePool]:
    published_days = [report_time(s).date() for s in articles]
    if span is None:
        first = min(published_days) - timedelta(days=LOOKBACK_DAYS)
        last = max(published_days)
    else:
        first, last = span
    pools: dict[date, _DatePool] = defaultdict(lambda: _DatePool(set(), set(), []))
    for stored, published in zip(articles, published_days, strict=True):
        in_span = first <= published <= last  # always, unless the caller's span is narrower
        if in_span:
            pools[published].published.add(stored.article.id)
        for dated in _dated_sentences(stored.article.text, published):
            text = readable(dated.sentence.text)
            usable = MIN_WORDS <= len(text.split()) <= MAX_WORDS
            for day in dated.days:
                if not first <= day <= last:
                    continue
                pools[day].mentions.add(stored.article.id)
                if day < published:
                    pools[day].looked_back.add(stored.article.id)
                if usable and day in dated.stated:
                    pools[day].candidates.append(_candidate(stored, text, True))
            if in_span and usable and not dated.days and dated.index < LEAD_SENTENCES:
                pools[published].candidates.append(_candidate(stored, text, False))
    return pools


def _candidate(stored: StoredArticle, text: str, mentioned: bool) -> _Candidate:
    return _Candidate(text, stored.article.id, stored.event_id, mentioned,
                      report_time(stored), stored.article.source)


# "Monday's attack", "Sunday 's vote" (tokenized text): the day names an event the sentence
# speaks about ("Monday's walkout has cost millions"), not what the sentence states happened then.
_POSSESSIVE = re.compile(r"^\s?['’]s\b")


@dataclass(frozen=True, slots=True)
class _DatedSentence:
    index: int
    sentence: Sentence
    days: tuple[date, ...]  # every day its date expressions resolve to (for ranking)
    stated: tuple[date, ...]  # the days it states something happened (not possessive)


def _dated_sentences(text: str, published: date) -> Iterable[_DatedSentence]:
    """Each sentence with the days its date expressions resolve to."""
    sentences = sentences_of(text)
    days_of: dict[int, list[date]] = defaultdict(list)
    named_only: dict[int, set[date]] = defaultdict(set)
    position = 0
    for expression in find_date_expressions(text):
        while position < len(sentences) and sentences[position].end <= expression.start:
            position += 1
        if position >= len(sentences):
            break
        sentence = sentences[position]
        value = normalize_date_expression(expression.text, published, context=sentence.text)
        if value and _DAY_VALUE.match(value):
            day = _parse_day(value)
            if day is None:
                continue
            if day not in days_of[position]:
                days_of[position].append(day)
            if _POSSESSIVE.match(text[expression.end:]):
                named_only[position].add(day)
    for index, sentence in enumerate(sentences):
        days = tuple(days_of.get(index, ()))
        stated = tuple(d for d in days if d not in named_only.get(index, ()))
        yield _DatedSentence(index, sentence, days, stated)


def _parse_day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _rank_dates(pools: dict[date, _DatePool], max_dates: int | None) -> list[date]:
    usable = [day for day, pool in pools.items() if pool.candidates]
    ranked = sorted(usable, key=lambda d: (-pools[d].score(), d))
    if max_dates is None:
        # Without a limit, keep the days at least two reports speak of (all, if none is).
        supported = [d for d in ranked if len(pools[d].mentions | pools[d].published) >= 2]
        return supported or ranked
    return ranked[:max_dates]


MENTION_BOOST = 1.3
QUOTE_PENALTY = 0.5


def _prior(candidate: _Candidate) -> float:
    """Statements that name the day beat same-day filler; quotes are opinions, not events."""
    weight = MENTION_BOOST if candidate.mentioned else 1.0
    if candidate.text[:1] in "\"“'`" or "?" in candidate.text:
        weight *= QUOTE_PENALTY
    return weight


def _summarize(candidates: Sequence[_Candidate], count: int) -> list[_Candidate]:
    """The `count` sentences closest to the pool's TF-IDF centroid, skipping near-repeats."""
    unique = list({c.text: c for c in candidates}.values())
    if len(unique) <= 1:
        return unique[:count]
    # Imported here: scikit-learn takes seconds to import, and only the digest needs it.
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
            [c.text for c in unique])
    except ValueError:  # only stop words: nothing to rank by
        return unique[:count]
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    scores = (matrix @ centroid) * np.array([_prior(c) for c in unique])
    order = np.argsort(-scores, kind="stable")
    picked: list[_Candidate] = []
    for index in order:
        candidate = unique[int(index)]
        if any(overlap(candidate.text, p.text) >= REDUNDANT_OVERLAP for p in picked):
            continue
        picked.append(candidate)
        if len(picked) >= count:
            break
    return picked
