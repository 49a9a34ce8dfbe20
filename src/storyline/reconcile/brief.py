"""Short extractive briefs of an event, and updates: what is new since a time T.

`build_brief` (an event as of a time) picks, skipping any sentence that repeats one already picked:
1. the lead of the earliest independent report (what happened, where, when);
2. the sentence behind each current count, in the order of COUNT_CATEGORIES (the latest figures);
3. the first sentence of each responsibility claim (who says who did it);
4. the lead of the latest independent report (where the story stands now).

`build_update` (what is new since T, for one event, a story or the whole store) writes:
1. new facts first: per event and count category, the sentence behind the figure that became
   current after T (a new toll, a revision, new arrests), then each claim first reported after T;
2. then new sentences: the opening sentences of the reports published after T, leaving out any
   that repeats what was reported before T (an earlier report's sentence holds most of its content
   words), ranked by how central they are to what the new reports say (TF-IDF cosine to the
   centroid of the candidates, the method of the digest) weighted by their position in the
   report, and picked greedily skipping near-repeats of sentences already picked.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from storyline.extract.sentences import sentences_of
from storyline.reconcile.facts import FactVersion, as_utc, report_time
from storyline.reconcile.text import overlap, readable, tokens
from storyline.reconcile.timeline import evidence_sentence, lead_sentence
from storyline.records import COUNT_CATEGORIES
from storyline.store.base import StoredArticle

if TYPE_CHECKING:
    from storyline.reconcile.record import EventRecord

REDUNDANT_OVERLAP = 0.6


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


@dataclass(frozen=True, slots=True)
class BriefSentence:
    text: str
    article_id: str
    kind: str = "sentence"  # lead | fact | claim | sentence
    event_id: str | None = None
    time: datetime | None = None  # publication time of the report it is quoted from
    source: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "article_id": self.article_id, "kind": self.kind,
                "event_id": self.event_id, "time": _iso(self.time), "source": self.source}


@dataclass(frozen=True, slots=True)
class Brief:
    sentences: tuple[BriefSentence, ...]
    as_of: datetime | None
    since: datetime | None = None  # an update: what is new after this time

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "sentences": [s.to_json() for s in self.sentences],
            "as_of": _iso(self.as_of),
            "since": _iso(self.since),
        }


@dataclass(frozen=True, slots=True)
class UpdateSettings:
    """How an update is written. The defaults are the values the two-fold tuning on TREC TS
    2014 and CrisisFACTS chose most often (docs/quality.md, "Updates: what is new since T")."""

    max_sentences: int = 5
    max_facts: int = 2  # new facts take at most this many of the sentences
    sentences_per_report: int = 5  # the opening sentences of each new report are candidates
    # A candidate whose content words a sentence reported before T holds to this share is not
    # new; nor is one that a sentence already picked holds to `new_overlap`.
    old_overlap: float = 0.6
    new_overlap: float = 0.5
    position_decay: float = 0.3  # weight 1 / (1 + decay * position in the report)
    min_words: int = 3
    max_words: int = 60


def build_brief(record: EventRecord, max_sentences: int = 5) -> Brief:
    """Extractive brief of `record` (already limited to its as-of time)."""
    picked = _pick_distinct(_candidates(record), max_sentences, REDUNDANT_OVERLAP, [])
    return Brief(tuple(picked), record.as_of)


def _pick_distinct(candidates: Iterable[BriefSentence], limit: int, threshold: float,
                   already: Sequence[BriefSentence]) -> list[BriefSentence]:
    picked: list[BriefSentence] = []
    for candidate in candidates:
        if len(picked) >= limit:
            break
        if any(overlap(candidate.text, p.text) >= threshold for p in (*already, *picked)):
            continue
        picked.append(candidate)
    return picked


def _candidates(record: EventRecord) -> list[BriefSentence]:
    by_id = {s.article.id: s for s in record.articles}
    independent = [s for s in record.articles if s.verdict.kind != "near_duplicate"]
    out: list[BriefSentence] = []
    if independent:
        out.append(_quoted(lead_sentence(independent[0]), independent[0], "lead", record.id))
    for category in _category_order(record.categories):
        current = record.categories[category].current
        if current is None:
            continue
        fact = current.fact
        stored = by_id[fact.article_id]
        text = evidence_sentence(stored, fact.start, fact.end, fact.evidence)
        out.append(_quoted(text, stored, "fact", record.id))
    for claim in record.claims:
        first = claim.reports[0]
        stored = by_id[first.article_id]
        text = evidence_sentence(stored, first.start, first.end, first.evidence)
        out.append(_quoted(text, stored, "claim", record.id))
    if len(independent) > 1:
        out.append(_quoted(lead_sentence(independent[-1]), independent[-1], "lead", record.id))
    return out


def _quoted(text: str, stored: StoredArticle, kind: str, event_id: str | None) -> BriefSentence:
    return BriefSentence(text, stored.article.id, kind, event_id, report_time(stored),
                         stored.article.source)


def _category_order(categories: Iterable[str]) -> list[str]:
    return sorted(categories, key=lambda c: (
        COUNT_CATEGORIES.index(c) if c in COUNT_CATEGORIES else len(COUNT_CATEGORIES), c))


# ---------------------------------------------------------------- updates: what is new since T


def new_fact_sentences(record: EventRecord, since: datetime) -> list[BriefSentence]:
    """The sentences behind what changed in `record` after `since`: per category the figure that
    became current after it (only the latest one), then the claims first reported after it."""
    # The one change detector lists the transitions; an update quotes, per category, the report
    # behind the latest value that became current (a died-of-wounds adjustment quotes none).
    from storyline.reconcile.changes import fact_changes  # it imports the record, which imports us

    since = as_utc(since)
    by_id = {s.article.id: s for s in record.articles}
    latest: dict[str, FactVersion] = {}
    for change in fact_changes(record):
        if (change.kind == "fact_changed" and change.step != "died_of_wounds"
                and change.category is not None and isinstance(change.new, FactVersion)):
            latest[change.category] = change.new
    out: list[BriefSentence] = []
    for category in _category_order(latest):
        fact = latest[category]
        if fact.reported <= since or record.categories[category].current is None:
            continue
        stored = by_id[fact.article_id]
        text = evidence_sentence(stored, fact.start, fact.end, fact.evidence)
        out.append(_quoted(text, stored, "fact", record.id))
    for claim in record.claims:
        first = claim.reports[0]
        if first.reported > since:
            stored = by_id[first.article_id]
            text = evidence_sentence(stored, first.start, first.end, first.evidence)
            out.append(_quoted(text, stored, "claim", record.id))
    return out


@dataclass(frozen=True, slots=True)
class _Candidate:
    sentence: BriefSentence
    position: int  # index of the sentence among its report's usable sentences


def build_update(
    reports: Sequence[StoredArticle],
    since: datetime,
    *,
    facts: Sequence[BriefSentence] = (),
    as_of: datetime | None = None,
    settings: UpdateSettings | None = None,
) -> Brief:
    """What is new since `since` in `reports` (every report in scope known at `as_of`): the new
    facts given (see `new_fact_sentences`) first, then new sentences not redundant with what was
    reported at or before `since`."""
    settings = settings or UpdateSettings()
    since = as_utc(since)
    originals = [s for s in reports if s.verdict.kind != "near_duplicate"]
    before = [s for s in originals if report_time(s) <= since]
    after = [s for s in originals if report_time(s) > since]
    old = _OldSentences(before)
    fresh_facts = [f for f in facts if not old.repeats(f.text, settings.old_overlap)]
    picked = _pick_new(fresh_facts, min(settings.max_facts, settings.max_sentences),
                       settings.new_overlap, [])
    pool = [c for c in _update_candidates(after, settings)
            if not old.repeats(c.sentence.text, settings.old_overlap)]
    ranked = _rank_by_centrality(pool, settings)
    picked += _pick_new(ranked, settings.max_sentences - len(picked), settings.new_overlap, picked)
    return Brief(tuple(picked), as_utc(as_of) if as_of else None, since)


def content_words(text: str) -> set[str]:
    """Lower-cased words that are not English stop words (scikit-learn's list) nor links: the
    unit of redundancy in updates, so that "the", "in" and "said" do not make two sentences
    about different things look alike."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return {t for t in tokens(text) if t not in ENGLISH_STOP_WORDS and not t.startswith("http")}


def covered(candidate: set[str], other: set[str]) -> float:
    """Share of the candidate's content words that the other sentence has (0..1). Asymmetric
    on purpose: a long new sentence that holds a short old one still says something new, a
    short one inside a long old one does not."""
    return len(candidate & other) / len(candidate) if candidate else 0.0


def _pick_new(candidates: Iterable[BriefSentence], limit: int, threshold: float,
              already: Sequence[BriefSentence]) -> list[BriefSentence]:
    """Candidates in order, skipping those whose content words repeat a picked one's."""
    picked: list[BriefSentence] = []
    seen = [content_words(p.text) for p in already]
    for candidate in candidates:
        if len(picked) >= limit:
            break
        words = content_words(candidate.text)
        if not words or any(covered(words, other) >= threshold for other in seen):
            continue
        picked.append(candidate)
        seen.append(words)
    return picked


def _update_candidates(reports: Sequence[StoredArticle], settings: UpdateSettings
                       ) -> list[_Candidate]:
    out = []
    for stored in reports:
        usable = [readable(s.text) for s in sentences_of(stored.article.text)
                  if settings.min_words <= len(s.text.split()) <= settings.max_words]
        for position, text in enumerate(usable[:settings.sentences_per_report]):
            out.append(_Candidate(_quoted(text, stored, "sentence", stored.event_id), position))
    return out


def _rank_by_centrality(pool: Sequence[_Candidate], settings: UpdateSettings
                        ) -> list[BriefSentence]:
    """Candidates by TF-IDF cosine to their centroid, weighted by position in the report."""
    unique = list({c.sentence.text: c for c in reversed(pool)}.values())[::-1]
    if len(unique) <= 1:
        return [c.sentence for c in unique]
    # Imported here: scikit-learn takes seconds to import, and only updates and the digest use it.
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(
            [c.sentence.text for c in unique])
    except ValueError:  # only stop words: nothing to rank by
        return [c.sentence for c in unique]
    centroid = np.asarray(matrix.mean(axis=0)).ravel()
    prior = np.array([1.0 / (1.0 + settings.position_decay * c.position) for c in unique])
    order = np.argsort(-(matrix @ centroid) * prior, kind="stable")
    return [unique[int(i)].sentence for i in order]


@dataclass
class _OldSentences:
    """The sentences reported before T, indexed by word so that a candidate is compared only
    with the earlier sentences it shares a word with."""

    reports: Sequence[StoredArticle]
    sentences: list[set[str]] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for stored in self.reports:
            for sentence in sentences_of(stored.article.text):
                words = content_words(readable(sentence.text))
                if not words:
                    continue
                for word in words:
                    self.postings[word].append(len(self.sentences))
                self.sentences.append(words)

    def repeats(self, text: str, threshold: float) -> bool:
        """True when some earlier sentence holds `threshold` of the text's content words."""
        words = content_words(text)
        if not words:
            return False
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(self.postings.get(word, ()))
        return any(count / len(words) >= threshold for count in shared.values())
