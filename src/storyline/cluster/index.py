"""Candidate search and collection statistics, both derived from the event states alone.

- Event frequency: in how many events' top terms a term occurs (hashed into a fixed table). It is
  the collection-specific IDF: "shooting" is rare in English but common in a store of shootings.
- Postings: for each of an event's most heavily weighted terms, the events containing it, most
  recently touched last. A query reads the newest `postings_scan` entries of its rarest terms, so
  the cost per article stays flat however many events the store holds.
- Per publisher: its events, most recently touched last; a publisher's boilerplate is counted
  exactly over the latest `boilerplate_window` of them.

All are rebuilt from states on load in touch order, which yields exactly the structures an
uninterrupted run has: that is what makes batching invisible to the decisions.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice

import numpy as np
import numpy.typing as npt

from storyline.cluster.features import ArticleFeatures, TermArray
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventState

_TABLE_BITS = 20
_TABLE_MASK = np.uint32((1 << _TABLE_BITS) - 1)


class EventIndex:
    def __init__(self, settings: ClusterSettings) -> None:
        self.settings = settings
        self.event_freq = np.zeros(1 << _TABLE_BITS, dtype=np.int32)
        self.events = 0
        self.postings: dict[int, dict[str, None]] = {}
        self._indexed: dict[str, TermArray] = {}
        self._counted: dict[str, TermArray] = {}
        # Per publisher: the events it reported, most recently touched last.
        self.source_events: dict[str, dict[str, None]] = {}
        self._sources: dict[str, tuple[str, ...]] = {}

    def idf(self, terms: TermArray) -> npt.NDArray[np.float32]:
        freq = self.event_freq[terms & _TABLE_MASK].astype(np.float32)
        idf: npt.NDArray[np.float32] = np.log(np.float32(self.events + 1) / (freq + 1)) + 1
        return idf.astype(np.float32)

    def article_idf(self, features: ArticleFeatures) -> npt.NDArray[np.float32]:
        """IDF of the article's terms, zero for its publisher's boilerplate.

        A term found in a large share of one publisher's events (site navigation, newsletter
        prompts, the station's name) says who published the article, not what happened. The
        minimum count learns the chrome from a publisher's first few events, before which its
        own chrome would otherwise make its unrelated reports look alike.
        """
        idf = self.idf(features.terms)
        source = features.source
        if source is None:
            return idf
        recent = self._recent_terms(source)
        if len(recent) < self.settings.boilerplate_min_events:
            return idf
        pooled = np.sort(np.concatenate(recent))
        seen = np.searchsorted(pooled, features.terms, side="right") - np.searchsorted(
            pooled, features.terms, side="left"
        )
        share = seen / np.float32(len(recent))
        chrome = (seen >= self.settings.boilerplate_min_count) & (
            share >= self.settings.boilerplate_share
        )
        return np.where(chrome, np.float32(0), idf)

    def _recent_terms(self, source: str) -> list[TermArray]:
        """The terms of the publisher's most recently touched events (each event's terms are
        distinct). Counting them exactly, rather than in a hashed table shared by all publishers,
        keeps a small publisher's words from looking like boilerplate in a large store."""
        events = self.source_events.get(source)
        if not events:
            return []
        window = islice(reversed(events), self.settings.boilerplate_window)
        return [self._counted[event_id] for event_id in window]

    def rare_names(
        self,
        features: ArticleFeatures,
        article_idf: npt.NDArray[np.float32],
        max_events: int | None = None,
    ) -> frozenset[int]:
        """The article's names found in few events (at most `max_events`, by default
        `rare_name_events`), leaving out its publisher's boilerplate."""
        names = features.names
        if len(names) == 0:
            return frozenset()
        limit = self.settings.rare_name_events if max_events is None else max_events
        rare = self.event_freq[names & _TABLE_MASK] <= limit
        positions = np.searchsorted(features.terms, names).clip(max=len(features.terms) - 1)
        in_text = features.terms[positions] == names
        kept = rare & ~(in_text & (article_idf[positions] == 0))
        return frozenset(names[kept].tolist())

    def add(self, state: EventState) -> None:
        """Index a new or changed event (remove() first if it was indexed)."""
        self.remove(state.event_id)
        self.events += 1
        np.add.at(self.event_freq, state.terms & _TABLE_MASK, 1)
        self._counted[state.event_id] = state.terms
        sources = tuple(sorted(state.sources))
        self._sources[state.event_id] = sources
        for source in sources:
            self.source_events.setdefault(source, {})[state.event_id] = None
        indexed = self._index_terms(state)
        self._indexed[state.event_id] = indexed
        for term in indexed.tolist():
            self.postings.setdefault(term, {})[state.event_id] = None

    def remove(self, event_id: str) -> None:
        counted = self._counted.pop(event_id, None)
        if counted is None:
            return
        self.events -= 1
        np.subtract.at(self.event_freq, counted & _TABLE_MASK, 1)
        for source in self._sources.pop(event_id):
            events = self.source_events[source]
            del events[event_id]
            if not events:
                del self.source_events[source]
        for term in self._indexed.pop(event_id).tolist():
            posting = self.postings[term]
            del posting[event_id]
            if not posting:
                del self.postings[term]

    def _index_terms(self, state: EventState) -> TermArray:
        count = self.settings.index_terms
        order = np.lexsort((state.terms, -state.weights))[:count]
        return state.terms[order]

    def candidates(self, features: ArticleFeatures, idf: npt.NDArray[np.float32]) -> list[str]:
        """Events sharing rare terms with the article, most shared first.

        Ties keep the order of the scan (events sharing the rarer term first, then the more
        recently touched): that order is deterministic because postings are rebuilt in touch
        order, and it costs a heap selection instead of a sort of every tied event.
        """
        settings = self.settings
        max_freq = max(2.0, settings.max_query_df_share * self.events)
        freq = self.event_freq[features.terms & _TABLE_MASK]
        score = np.where(freq <= max_freq, features.weights * idf, 0)
        order = np.lexsort((features.terms, -score))[: settings.query_terms]
        shared: Counter[str] = Counter()
        for position in order.tolist():
            if score[position] <= 0:
                break
            posting = self.postings.get(int(features.terms[position]))
            if posting:
                shared.update(islice(reversed(posting), settings.postings_scan))
        # most_common is stable: among equal counts, the first counted comes first.
        return [event_id for event_id, _ in shared.most_common(settings.max_candidates)]
