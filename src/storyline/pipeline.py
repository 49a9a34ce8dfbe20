"""The ingest flow: read -> dedup -> extract -> cluster -> reconcile -> store.

Articles are processed in publication order within an ordering window, in batches; each batch
(its articles, their facts, their event assignments, the clusterer's state and the refreshed
event summaries) is written in one transaction, so a crash leaves no half-written article or
event and re-running the same ingest completes the job without duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from itertools import islice

from storyline.cluster import Clusterer, ClusterSettings, choose_title
from storyline.cluster.evidence import put_evidence
from storyline.cluster.features import ArticleFeatures, article_features
from storyline.cluster.parts import put_parts
from storyline.dedup import Deduplicator, hash_and_signature, signature_to_bytes
from storyline.extract import extract_facts
from storyline.ingest import ReadOptions, read_inputs
from storyline.language import gate as language_gate
from storyline.living import write_event_views
from storyline.records import Article, Assignment, DedupVerdict, Extraction, InputFailure
from storyline.store import Store
from storyline.store.base import WRITER_MARK_KEY

ProgressCallback = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    read: ReadOptions = field(default_factory=ReadOptions)
    batch_size: int = 64
    # Articles are sorted by publication time within windows of this many, so that a file in any
    # order is clustered in publication order while memory stays bounded.
    order_window: int = 5000


@dataclass(frozen=True, slots=True)
class IngestReport:
    ingested: int
    duplicates: int
    near_duplicates: int
    revisions: int
    failed: tuple[InputFailure, ...]
    events_created: int
    events_updated: int
    article_ids: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "revisions": self.revisions,
            "failed": [{"input": f.input, "error": f.error} for f in self.failed],
            "events_created": self.events_created,
            "events_updated": self.events_updated,
        }


@dataclass
class _Tally:
    """Mutable counters of one ingest run; frozen into an IngestReport at the end."""

    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    revisions: int = 0
    failed: list[InputFailure] = field(default_factory=list)
    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    article_ids: list[str] = field(default_factory=list)

    def merge(self, other: _Tally) -> None:
        """Add a committed batch's counts (a rolled-back batch is never merged)."""
        self.ingested += other.ingested
        self.duplicates += other.duplicates
        self.near_duplicates += other.near_duplicates
        self.revisions += other.revisions
        self.failed.extend(other.failed)
        self.created |= other.created
        self.updated |= other.updated
        self.article_ids.extend(other.article_ids)

    def report(self) -> IngestReport:
        return IngestReport(
            ingested=self.ingested,
            duplicates=self.duplicates,
            near_duplicates=self.near_duplicates,
            revisions=self.revisions,
            failed=tuple(self.failed),
            events_created=len(self.created),
            events_updated=len(self.updated - self.created),
            article_ids=tuple(self.article_ids),
        )


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article after the stateless stages, ready for the stateful ones."""

    article: Article
    extraction: Extraction
    # The clusterer's features of the article (stateless), computed with `feature_settings`.
    features: ArticleFeatures | None = None
    feature_settings: ClusterSettings | None = None
    # The duplicate signatures (normalized-text hash, MinHash bytes), also stateless.
    fingerprint: tuple[str, bytes] | None = None


def prepare_article(
    article: Article, cluster_settings: ClusterSettings | None = None
) -> PreparedArticle:
    """The stateless stages for one article: safe to run in any process, in any order."""
    settings = cluster_settings or ClusterSettings()
    article, extraction = gate_and_extract(article)
    features = article_features(article, extraction, settings)
    digest, signature = hash_and_signature(article.text)
    fingerprint = (digest, signature_to_bytes(signature))
    return PreparedArticle(article, extraction, features, settings, fingerprint)


def gate_and_extract(article: Article) -> tuple[Article, Extraction]:
    """The extraction stage: the language gate, then the facts (an article in a language the
    extractor does not read gets an empty extraction saying so)."""
    article, not_read = language_gate(aware_times(article))
    return article, not_read if not_read is not None else extract_facts(article)


def extract_article(article: Article) -> Extraction:
    """The extraction a stored article gets now (what `storyline reextract` writes)."""
    return gate_and_extract(article)[1]


def aware_times(article: Article) -> Article:
    """The article with its times zoned: a naive time is UTC (as everywhere in storyline).
    Library callers may pass naive ones; compared with zoned ones they would raise TypeError."""
    if all(_zoned(t) for t in (article.published, article.modified, article.fetched)):
        return article
    return replace(
        article,
        published=_as_utc(article.published),
        modified=_as_utc(article.modified),
        fetched=_as_utc(article.fetched),
    )


def _zoned(moment: datetime | None) -> bool:
    return moment is None or moment.utcoffset() is not None


def _as_utc(moment: datetime | None) -> datetime | None:
    return moment if _zoned(moment) or moment is None else moment.replace(tzinfo=UTC)


def ingest_paths(
    store: Store,
    inputs: Sequence[str],
    options: IngestOptions | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read every input (files, folders, globs, URLs, '-') and ingest what can be read."""
    options = options or IngestOptions()
    return ingest_stream(store, read_inputs(inputs, options.read), options, progress)


def ingest_articles(
    store: Store,
    articles: Iterable[Article],
    options: IngestOptions | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest already-built Article records (library use, evaluation)."""
    return ingest_stream(store, articles, options or IngestOptions(), progress)


def ingest_stream(
    store: Store,
    stream: Iterable[Article | PreparedArticle | InputFailure],
    options: IngestOptions,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest a stream of articles, or of articles already through the stateless stages (as
    the Ray engine delivers them): the stateful stages see the same batches either way."""
    ingester = Ingester(store)
    tally = _Tally()
    for window in _ordered_windows(stream, options.order_window, tally.failed):
        for batch in _chunks(window, options.batch_size):
            ingester.ingest_batch(batch, tally)
            if progress is not None:
                progress(len(batch))
    return tally.report()


Item = Article | PreparedArticle


def _article_of(item: Item) -> Article:
    return item.article if isinstance(item, PreparedArticle) else item


def publication_key(item: tuple[int, Item]) -> tuple[bool, datetime, int]:
    """Sort key: dated articles by publication time, undated ones after them, in input order."""
    position, article = item[0], _article_of(item[1])
    published = article.published or datetime.max.replace(tzinfo=UTC)
    return (article.published is None, published, position)


def _ordered_windows(
    stream: Iterable[Item | InputFailure], window: int, failures: list[InputFailure]
) -> Iterator[list[Item]]:
    buffer: list[tuple[int, Item]] = []
    for position, item in enumerate(stream):
        if isinstance(item, InputFailure):
            failures.append(item)
            continue
        buffer.append((position, aware_times(item) if isinstance(item, Article) else item))
        if len(buffer) >= window:
            yield [article for _, article in sorted(buffer, key=publication_key)]
            buffer = []
    if buffer:
        yield [article for _, article in sorted(buffer, key=publication_key)]


def _chunks(items: Sequence[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Ingester:
    """Holds the stateful stages (deduplicator, clusterer) resumed from the store.

    Each is loaded from the store when first used (a run whose articles are all stored
    already loads neither), in bulk (`Deduplicator.load`, `Clusterer.load_states`), and the
    clusterer's event states are decoded when a decision first reads them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._resume()

    def _resume(self) -> None:
        # The mark first: a batch another writer commits meanwhile then causes a reload (what
        # is loaded later, on first use, is at least as new as the mark).
        self._writer_mark = self.store.get_meta(WRITER_MARK_KEY)
        self._dedup: Deduplicator | None = None
        self._clusterer: Clusterer | None = None

    @property
    def dedup(self) -> Deduplicator:
        if self._dedup is None:
            self._dedup = Deduplicator()
            self._dedup.load(self.store.iter_signatures())
        return self._dedup

    @property
    def clusterer(self) -> Clusterer:
        if self._clusterer is None:
            self._clusterer = Clusterer()
            self._clusterer.load_states(self.store.iter_cluster_states())
        return self._clusterer

    def ingest_batch(self, batch: Sequence[Item], tally: _Tally) -> None:
        fresh = self._drop_known_ids(batch, tally)
        self.commit_batch(
            [i if isinstance(i, PreparedArticle) else prepare_article(i) for i in fresh], tally
        )

    def commit_batch(self, prepared: Sequence[PreparedArticle], tally: _Tally) -> None:
        """The stateful stages for articles the stateless stages have prepared, in order."""
        batch_tally = _Tally()
        try:
            with self.store.transaction():
                prepared = self._catch_up(prepared, batch_tally)
                touched = {self._ingest_one(item, batch_tally) for item in prepared}
                if self._clusterer is not None:  # None: nothing was clustered
                    for event_id, state in self._clusterer.take_dirty_states().items():
                        self.store.put_cluster_state(event_id, state)
                self._refresh_events(touched)
                self._writer_mark = self.store.stamp_writer_mark()
        except BaseException:
            # The in-memory indexes ran ahead of the rolled-back batch: resume from the store.
            self._resume()
            raise
        batch_tally.updated.update(touched)
        tally.merge(batch_tally)

    def _catch_up(
        self, prepared: Sequence[PreparedArticle], tally: _Tally
    ) -> Sequence[PreparedArticle]:
        """Inside the write transaction (one writer at a time): if another process wrote since
        our last batch, reload the dedup and clusterer state it changed, and skip articles it
        stored meanwhile; otherwise our state could overwrite its work (a lost update)."""
        if self.store.get_meta(WRITER_MARK_KEY) == self._writer_mark:
            return prepared
        self._resume()
        stored = self.store.stored_article_ids([item.article.id for item in prepared])
        fresh = [item for item in prepared if item.article.id not in stored]
        tally.duplicates += len(prepared) - len(fresh)
        return fresh

    def _drop_known_ids(self, batch: Sequence[Item], tally: _Tally) -> list[Item]:
        fresh: list[Item] = []
        known = self.store.stored_article_ids([_article_of(item).id for item in batch])
        for item in batch:
            article_id = _article_of(item).id
            if article_id in known:
                tally.duplicates += 1
                continue
            known.add(article_id)
            fresh.append(item)
        return fresh

    def _ingest_one(self, item: PreparedArticle, tally: _Tally) -> str:
        article, extraction = item.article, item.extraction
        now = datetime.now(UTC)
        check = self.dedup.check(
            article,
            find_by_hash=self.store.find_by_text_hash,
            find_by_url=self.store.find_by_url,
            precomputed=item.fingerprint,
        )
        self._count_verdict(check.verdict, tally)
        self.store.add_article(article, check.verdict, check.text_hash, check.signature)
        self.store.put_extraction(extraction)
        self.dedup.add(article.id, check.signature, text_hash=check.text_hash, url=article.url)
        original_event = self._original_event(check.verdict)
        features = item.features if item.feature_settings == self.clusterer.settings else None
        assignment = self.clusterer.assign(
            article, extraction, check.verdict, original_event, features=features
        )
        self._record_assignment(article, assignment, now, tally)
        tally.ingested += 1
        tally.article_ids.append(article.id)
        return assignment.event_id

    def _original_event(self, verdict: DedupVerdict) -> str | None:
        if verdict.original_id is None:
            return None
        membership = self.store.get_membership(verdict.original_id)
        return membership.event_id if membership else None

    @staticmethod
    def _count_verdict(verdict: DedupVerdict, tally: _Tally) -> None:
        if verdict.kind == "exact_duplicate":
            tally.duplicates += 1
        elif verdict.kind == "near_duplicate":
            tally.near_duplicates += 1
        elif verdict.kind == "revision":
            tally.revisions += 1

    def _record_assignment(
        self, article: Article, assignment: Assignment, now: datetime, tally: _Tally
    ) -> None:
        store = self.store
        if assignment.created_event:
            store.create_event(
                assignment.event_id, choose_title([article]), now, story_id=assignment.story_id
            )
            store.add_audit(
                "auto_new",
                assignment.reason,
                event_ids=[assignment.event_id],
                article_ids=[article.id],
                at=now,
            )
            tally.created.add(assignment.event_id)
        store.assign_article(
            article.id,
            assignment.event_id,
            score=assignment.score,
            reason=assignment.reason,
            at=now,
        )
        if assignment.evidence is not None:
            put_evidence(store, article.id, assignment.evidence)
        if assignment.parts:
            put_parts(store, article.id, assignment.parts)
        for other_event, score in assignment.possibly_same:
            store.add_possible_same(
                assignment.event_id, other_event, score, article_id=article.id, at=now
            )

    def _refresh_events(self, event_ids: Iterable[str]) -> None:
        for event_id in sorted(event_ids):
            refresh_event(self.store, event_id)


def refresh_event(store: Store, event_id: str) -> None:
    """Re-derive an event's views from its articles, inside the transaction that changed it:
    title, cached summary and record, summary row and fact rows (living.write_event_views)."""
    write_event_views(store, event_id)
