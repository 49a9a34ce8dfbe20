"""Candidate search and collection statistics, both derived from the event states alone.

- Event frequency: in how many events' top terms a term occurs (hashed into a fixed table). It is
  the collection-specific IDF: "shooting" is rare in English but common in a store of shootings.
- Postings: for each of an event's most heavily weighted terms, the events containing it (each
  by a small integer slot, in a C array of ints), most recently touched last. A query reads the
  newest `postings_scan` entries of its rarest terms and counts them in a few numpy passes, so
  the cost per article stays flat however many events the store holds. A term keeps only its newest
  `_KEPT_SCANS` x `postings_scan` entries (trimmed back to that when it has half as many
  more), so the postings' memory is bounded by the vocabulary, not by the number of events:
  the older entries are out of reach of a query, which reads the newest, and could only come
  back into reach if more than (`_KEPT_SCANS` - 1) x `postings_scan` newer events all dropped
  the term without any other event taking it up (every assignment of GVA, ECB+ and 185,000
  synthetic articles is the same as with unbounded postings).
- Per publisher: its events, most recently touched last; a publisher's boilerplate is counted
  exactly over the latest `boilerplate_window` of them.

All are rebuilt from states on load in touch order, which yields the structures an
uninterrupted run has (for a posting: the same newest entries, those a query reads): that is
what makes batching invisible to the decisions.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from itertools import islice

import numpy as np
import numpy.typing as npt

from storyline.cluster.features import ArticleFeatures, TermArray, WeightArray
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventState, IndexEntry

_TABLE_BITS = 20
_TABLE_MASK = np.uint32((1 << _TABLE_BITS) - 1)
# Entries kept per posting, in units of `postings_scan` (the newest entries, those a query reads).
_KEPT_SCANS = 4
# The unit of the int32 counts, as an int32: `np.add.at(column, keys, 1)` with a Python int
# takes numpy's general path, ~8x slower on 130 keys than with a scalar of the column's type.
_ONE = np.int32(1)
# A slot not read by the query being counted (`EventIndex._first_read`).
_UNREAD = np.iinfo(np.int32).max
# Bytes of one posting entry (typecode "i").
_INT_SIZE = array("i").itemsize
# Up to this many entries `array.remove` finds a slot faster than a search of the bytes.
_SHORT_POSTING = 24


def _find_int(data: bytes, key: bytes) -> int:
    """The index of the last int of `data` (an `array("i")`'s bytes) whose bytes are `key`
    (one int's), -1 when none: the last match of the bytes that starts on an int's boundary."""
    at = data.rfind(key)
    while at > 0 and at % _INT_SIZE:
        at = data.rfind(key, 0, at + _INT_SIZE - 1)
    return at // _INT_SIZE if at >= 0 else -1


class EventIndex:
    def __init__(self, settings: ClusterSettings) -> None:
        self.settings = settings
        # Two int32 columns per hashed slot: the event frequency of the terms hashed there and
        # the scratch column of `positions`. Kept side by side so that the text similarity
        # reads both for a candidate's term in one memory access (at 100k events the ~6,000
        # terms of the 50 candidates are scattered reads: the cost is the memory, not the sum).
        self._table = np.zeros((1 << _TABLE_BITS, 2), dtype=np.int32)
        self.events = 0
        # Term -> the slots of the newest events indexing it (at most 1.5 x `_kept`), most
        # recently touched last, in a C array of ints (typecode "i", numpy's np.intc): 4 bytes
        # an entry and a query's newest entries one contiguous read (a dict of event ids to
        # slots took ~60 bytes an entry, read by pointer). An event is in a posting at most
        # once; `array.remove` finds it among at most 1.5 x `_kept` ints and keeps the others
        # in order.
        self.postings: dict[int, array[int]] = {}
        self._kept = _KEPT_SCANS * settings.postings_scan
        # Slot of each indexed event and back; a slot freed by remove() is reused. Which slot an
        # event gets never changes a decision: candidates are ordered by count and scan order.
        self._slots: dict[str, int] = {}
        self._slot_events: list[str] = []
        # The state object of each slot's event as last indexed by `add` (None until a
        # candidate search first looks it up: events loaded from their bytes, or indexed from
        # an `IndexEntry`): `candidate_states` reads it instead of the clusterer's dict of
        # 100k states (a scattered read of the id's hash and entry per candidate).
        self._slot_states: list[EventState | None] = []
        self._free_slots: list[int] = []
        # Scratch columns of `candidates`, one row per slot (grown with the slots, all
        # `_UNREAD` / zero between calls): the first position at which a query read a slot and
        # how many times it did, counted without sorting the slots read.
        self._first_read = np.full(0, _UNREAD, dtype=np.int32)
        self._times_read = np.zeros(0, dtype=np.int32)
        self._indexed: dict[str, TermArray] = {}
        self._counted: dict[str, TermArray] = {}
        # Per publisher: the events it reported, most recently touched last.
        self.source_events: dict[str, dict[str, None]] = {}
        self._sources: dict[str, tuple[str, ...]] = {}

    @property
    def event_freq(self) -> npt.NDArray[np.int32]:
        """In how many events' top terms each hashed term occurs (a view of the table)."""
        return self._table[:, 0]

    @property
    def _article_slots(self) -> npt.NDArray[np.int32]:
        """Scratch column for `positions` (all zero between calls): a direct lookup instead of
        a binary search of each candidate term in the article's terms."""
        return self._table[:, 1]

    def idf(self, terms: TermArray) -> npt.NDArray[np.float32]:
        return self._idf_of(self.event_freq[terms & _TABLE_MASK])

    def _idf_of(self, event_freq: npt.NDArray[np.int32]) -> npt.NDArray[np.float32]:
        freq = event_freq.astype(np.float32)
        idf: npt.NDArray[np.float32] = np.log(np.float32(self.events + 1) / (freq + 1)) + 1
        return idf.astype(np.float32, copy=False)  # float32 already: no copy

    def idf_and_positions(
        self, article_terms: TermArray, terms: TermArray
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int32], npt.NDArray[np.bool_]]:
        """`idf(terms)` and `positions(article_terms, terms)` from one read of the table."""
        position, hit, event_freq = self._find(article_terms, terms, with_freq=True)
        idf = self.idf(terms) if event_freq is None else self._idf_of(event_freq)
        return idf, position, hit

    def positions(
        self, article_terms: TermArray, terms: TermArray
    ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.bool_]]:
        """Where each of `terms` is in the article's sorted, unique `article_terms`: (position,
        found); position is 0 where not found. Same answer as a binary search, read from a
        table indexed by the low bits of the term (checked against the full term)."""
        position, hit, _ = self._find(article_terms, terms, with_freq=False)
        return position, hit

    def _find(
        self, article_terms: TermArray, terms: TermArray, with_freq: bool
    ) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.bool_], npt.NDArray[np.int32] | None]:
        """`positions`, and with `with_freq` each term's event frequency read from the same
        table row (None when the table was not read: no article terms, or a search)."""
        count = len(article_terms)
        if count == 0:
            return np.zeros(len(terms), dtype=np.int32), np.zeros(len(terms), dtype=np.bool_), \
                None
        keys = article_terms & _TABLE_MASK
        column = self._article_slots
        numbers = np.arange(1, count + 1, dtype=np.int32)
        column[keys] = numbers
        event_freq = None
        try:
            if not (column[keys] == numbers).all():  # np.array_equal, without its checks
                # Two of the article's terms share low bits (rare): search instead.
                found = np.searchsorted(article_terms, terms).clip(max=count - 1)
                return found.astype(np.int32), article_terms[found] == terms, None
            if with_freq:
                # take(): numpy's fancy indexing of rows is several times slower.
                rows = self._table.take(terms & _TABLE_MASK, axis=0)
                position, event_freq = rows[:, 1] - 1, rows[:, 0]
            else:
                position = column[terms & _TABLE_MASK] - 1
        finally:
            column[keys] = 0
        hit = position >= 0
        position = np.maximum(position, 0)
        hit &= article_terms[position] == terms
        return position, hit, event_freq

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

    @property
    def _longest(self) -> int:
        """The length past which a posting is trimmed back to `_kept`."""
        return self._kept + self._kept // 2

    def add(self, state: EventState) -> None:
        """Index a new or changed event (remove() first if it was indexed)."""
        self._add(state.event_id, state.terms, state.weights, tuple(sorted(state.sources)))
        self._slot_states[self._slots[state.event_id]] = state

    def load(self, entries: Sequence[IndexEntry]) -> None:
        """Index persisted events, oldest touch first (ordered by (seq, event id)). Into an
        empty index this is done in bulk: the same table, slots, publisher lists and postings
        (the same entries in the same order, trimmed as `add` trims them) as adding them one
        by one, at a fraction of the cost (one count of all terms, one sort of all postings)."""
        ids = [entry.event_id for entry in entries]
        if self._slots or self.events or len(set(ids)) != len(ids):
            for entry in entries:
                self._add(entry.event_id, entry.terms, entry.weights, entry.sources)
            return
        if not entries:
            return
        self._slot_events = list(ids)
        self._slot_states = [None] * len(ids)
        self._slots = {event_id: slot for slot, event_id in enumerate(ids)}
        self.events = len(ids)
        terms = [entry.terms for entry in entries]
        counted = np.concatenate(terms) & _TABLE_MASK
        column = self.event_freq
        column += np.bincount(counted, minlength=len(column)).astype(np.int32)
        self._counted = dict(zip(ids, terms, strict=True))
        for entry in entries:
            self._sources[entry.event_id] = entry.sources
            for source in entry.sources:
                self.source_events.setdefault(source, {})[entry.event_id] = None
        indexed = [self._index_terms(entry.terms, entry.weights) for entry in entries]
        self._indexed = dict(zip(ids, indexed, strict=True))
        self._load_postings(ids, indexed)

    def _load_postings(self, ids: list[str], indexed: list[TermArray]) -> None:
        """Postings of events indexed in slot order, as `add` leaves them: per term, its
        events in slot order, of which a posting that grew past 1.5 x `_kept` keeps what its
        last trim and the entries since left."""
        lengths = np.fromiter((len(terms) for terms in indexed), dtype=np.int64, count=len(ids))
        if not lengths.sum():
            return
        slots = np.repeat(np.arange(len(ids), dtype=np.int32), lengths)
        terms = np.concatenate(indexed)
        order = np.argsort(terms, kind="stable")  # per term, slot order (touch order)
        terms, slots = terms[order], slots[order]
        starts = np.flatnonzero(np.concatenate(([True], terms[1:] != terms[:-1])))
        ends = np.append(starts[1:], len(terms))
        kept, longest = self._kept, self._longest
        period = longest + 1 - kept
        sizes = ends - starts
        # A posting trims to `kept` when it passes `longest`, then grows again.
        sizes = np.where(sizes > longest, kept + (sizes - longest - 1) % period, sizes)
        postings = self.postings
        for term, start, end in zip(
            terms[starts].tolist(), (ends - sizes).tolist(), ends.tolist(), strict=True
        ):
            postings[term] = array("i", slots[start:end].tobytes())

    def _add(
        self, event_id: str, terms: TermArray, weights: WeightArray, sources: tuple[str, ...]
    ) -> None:
        self._unindex(event_id)
        slot = self._slots.get(event_id)
        if slot is None:
            slot = self._new_slot(event_id)
        self._slot_states[slot] = None  # `add` sets it
        self.events += 1
        np.add.at(self.event_freq, terms & _TABLE_MASK, _ONE)
        self._counted[event_id] = terms
        self._sources[event_id] = sources
        for source in sources:
            self.source_events.setdefault(source, {})[event_id] = None
        indexed = self._index_terms(terms, weights)
        self._indexed[event_id] = indexed
        postings, kept, longest = self.postings, self._kept, self._longest
        for term in indexed.tolist():
            posting = postings.get(term)
            if posting is None:
                postings[term] = array("i", (slot,))
            else:
                posting.append(slot)
                if len(posting) > longest:
                    # Drop the oldest entries, out of reach of any query's scan, a third at a
                    # time: the newest `kept` are left.
                    del posting[: len(posting) - kept]

    def _new_slot(self, event_id: str) -> int:
        if self._free_slots:
            slot = self._free_slots.pop()
            self._slot_events[slot] = event_id
            self._slot_states[slot] = None
        else:
            slot = len(self._slot_events)
            self._slot_events.append(event_id)
            self._slot_states.append(None)
        self._slots[event_id] = slot
        return slot

    def remove(self, event_id: str) -> None:
        """Forget an event (merged away, emptied)."""
        self._unindex(event_id)
        slot = self._slots.pop(event_id, None)
        if slot is not None:
            self._slot_events[slot] = ""
            self._slot_states[slot] = None
            self._free_slots.append(slot)

    def _unindex(self, event_id: str) -> None:
        """Take an event out of the tables and postings; it keeps its slot."""
        counted = self._counted.pop(event_id, None)
        if counted is None:
            return
        self.events -= 1
        np.subtract.at(self.event_freq, counted & _TABLE_MASK, _ONE)
        for source in self._sources.pop(event_id):
            events = self.source_events[source]
            del events[event_id]
            if not events:
                del self.source_events[source]
        postings, slot = self.postings, self._slots[event_id]
        # In a long posting the slot's 4 bytes are searched in the posting's bytes from the end
        # (a touched event is usually among the newest): `array.remove` compares the ints one by
        # one as Python objects from the start (~3.5 us on a full posting of 180, against ~0.6),
        # which is faster only on short postings. An event is in a posting at most once, so
        # both remove the same entry.
        key = array("i", (slot,)).tobytes()
        for term in self._indexed.pop(event_id).tolist():
            posting = postings.get(term)
            if posting is None:
                continue
            if len(posting) <= _SHORT_POSTING:
                try:
                    posting.remove(slot)
                except ValueError:
                    continue  # its entry was dropped from a full posting
            else:
                at = _find_int(posting.tobytes(), key)
                if at < 0:
                    continue  # its entry was dropped from a full posting
                del posting[at]
            if not posting:
                del postings[term]

    def _index_terms(self, terms: TermArray, weights: WeightArray) -> TermArray:
        order = np.lexsort((terms, -weights))[: self.settings.index_terms]
        return terms[order]

    def candidates(self, features: ArticleFeatures, idf: npt.NDArray[np.float32]) -> list[str]:
        """Events sharing rare terms with the article, most shared first (`_candidate_slots`)."""
        events = self._slot_events
        return [events[slot] for slot in self._candidate_slots(features, idf)]

    def candidate_states(
        self,
        features: ArticleFeatures,
        idf: npt.NDArray[np.float32],
        states: Mapping[str, EventState],
    ) -> list[EventState]:
        """The states of `candidates`, in order: each slot's state as `add` last indexed it,
        else looked up once in `states` (the clusterer's, where every state object the index
        holds came from: the clusterer indexes a state whenever it puts a new one there)."""
        held, events = self._slot_states, self._slot_events
        found = []
        for slot in self._candidate_slots(features, idf):
            state = held[slot]
            if state is None:
                state = held[slot] = states[events[slot]]
            found.append(state)
        return found

    def _candidate_slots(
        self, features: ArticleFeatures, idf: npt.NDArray[np.float32]
    ) -> list[int]:
        """Events sharing rare terms with the article, most shared first.

        Ties keep the order of the scan (events sharing the rarer term first, then the more
        recently touched): that order is deterministic because postings are rebuilt in touch
        order. The up to `query_terms` x `postings_scan` slots read are counted in a few numpy
        passes (`_count_reads`: each slot's count and first position in the scan), and the
        `max_candidates` best are selected by a partial sort on one exact key.
        """
        settings = self.settings
        max_freq = max(2.0, settings.max_query_df_share * self.events)
        freq = self.event_freq[features.terms & _TABLE_MASK]
        score = np.where(freq <= max_freq, features.weights * idf, 0)
        order = np.lexsort((features.terms, -score))[: settings.query_terms]
        # The query stops at the first term without a positive score (order is by score).
        unscored = np.flatnonzero(~(score[order] > 0))
        if len(unscored):
            order = order[: unscored[0]]
        postings, newest = self.postings, slice(None, -settings.postings_scan - 1, -1)
        read: array[int] = array("i")
        for term in features.terms[order].tolist():
            posting = postings.get(term)
            if posting:
                read += posting[newest]  # its newest `postings_scan` slots, newest first
        if not read:
            return []
        found, key = self._count_reads(np.frombuffer(read, dtype=np.intc))
        wanted = settings.max_candidates
        if len(key) > wanted:
            chosen = np.argpartition(key, wanted - 1)[:wanted]
            chosen = chosen[np.argsort(key[chosen])]
        else:
            chosen = np.argsort(key)
        slots: list[int] = found[chosen].tolist()
        return slots

    def _count_reads(
        self, slots: npt.NDArray[np.intc]
    ) -> tuple[npt.NDArray[np.intc], npt.NDArray[np.int64]]:
        """The distinct slots read, in the order first read, and each one's key: most read
        first, then first read (`first - count x (len(slots) + 1)`, unique per slot). What
        `np.unique(return_index, return_counts)` gives, without its sort: the counts and first
        positions are gathered in two scratch columns indexed by slot, reset afterwards."""
        size = len(self._slot_events)
        if len(self._first_read) < size:
            grown = max(size, 2 * len(self._first_read), 1024)
            self._first_read = np.full(grown, _UNREAD, dtype=np.int32)
            self._times_read = np.zeros(grown, dtype=np.int32)
        first_read, times_read = self._first_read, self._times_read
        positions = np.arange(len(slots), dtype=np.int32)
        try:
            np.minimum.at(first_read, slots, positions)
            np.add.at(times_read, slots, _ONE)
            distinct = first_read[slots] == positions
            found = slots[distinct]
            key = positions[distinct].astype(np.int64) - times_read[found].astype(
                np.int64
            ) * np.int64(len(slots) + 1)
        finally:
            first_read[slots] = _UNREAD
            times_read[slots] = 0
        return found, key
