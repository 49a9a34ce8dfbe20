"""Candidate search and term lookup of the clusterer's index, against plain reference
implementations (the faster numpy forms must decide exactly as the simple ones)."""

from __future__ import annotations

import random
from array import array
from collections import Counter
from dataclasses import replace
from itertools import islice

import numpy as np

from storyline.cluster.clusterer import Clusterer
from storyline.cluster.features import ArticleFeatures
from storyline.cluster.index import _SHORT_POSTING, EventIndex, _find_int
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventState, encode_state, new_state, peek_state
from storyline.dedup import NUM_PERM, Deduplicator, signature_from_bytes, signature_to_bytes


def _features(article_id: str, terms: list[int], rng: random.Random) -> ArticleFeatures:
    unique = np.array(sorted(set(terms)), dtype=np.uint32)
    weights = np.array([rng.random() + 0.01 for _ in unique], dtype=np.float32)
    weights /= np.float32(np.linalg.norm(weights))
    return ArticleFeatures(
        article_id=article_id,
        terms=unique,
        weights=weights,
        day=None,
        event_day=None,
        event_year=None,
        places=frozenset(),
        event_type=None,
        source=None,
        names=np.array([], dtype=np.uint32),
    )


def _reference_candidates(index: EventIndex, features: ArticleFeatures) -> list[str]:
    """The candidate search as first written: a Counter over the event ids read, most_common
    (stable: among equal counts, the first read comes first)."""
    settings = index.settings
    idf = index.article_idf(features)
    max_freq = max(2.0, settings.max_query_df_share * index.events)
    freq = index.event_freq[features.terms & np.uint32((1 << 20) - 1)]
    score = np.where(freq <= max_freq, features.weights * idf, 0)
    order = np.lexsort((features.terms, -score))[: settings.query_terms]
    shared: Counter[str] = Counter()
    for position in order.tolist():
        if score[position] <= 0:
            break
        posting = index.postings.get(int(features.terms[position]))
        if posting:
            newest = islice(reversed(posting), settings.postings_scan)
            shared.update(index._slot_events[slot] for slot in newest)
    return [event_id for event_id, _ in shared.most_common(settings.max_candidates)]


def test_candidates_count_and_order_as_a_counter_would() -> None:
    """Many events over a small vocabulary (so that postings overflow the scan and counts tie),
    touched again, forgotten and replaced (slots reused): every query's candidates, in order,
    are those of the Counter reference."""
    rng = random.Random(7)
    settings = ClusterSettings(postings_scan=6, max_candidates=9, query_terms=12)
    index = EventIndex(settings)
    states: dict[str, EventState] = {}
    vocabulary = [rng.randrange(1, 2**32) for _ in range(300)]
    for step in range(900):
        action = rng.random()
        if states and action < 0.15:
            event_id = rng.choice(sorted(states))
            index.remove(event_id)
            del states[event_id]
            continue
        if states and action < 0.45:
            state = states[rng.choice(sorted(states))]
        else:
            event_id = f"ev-{step}"
            state = states[event_id] = new_state(event_id, "st-" + event_id)
        words = rng.sample(vocabulary, rng.randint(3, 25))
        state.add(_features(f"a{step}", words, rng), settings.event_terms)
        index.add(state)
        if step % 10 == 0:
            probe = _features(f"p{step}", rng.sample(vocabulary, 30), rng)
            found = index.candidates(probe, index.article_idf(probe))
            assert found == _reference_candidates(index, probe)
            assert len(found) == len(set(found)) and set(found) <= set(states)


def test_term_positions_are_those_of_a_binary_search() -> None:
    """Terms sharing their low bits with an article's term (another word, same table slot)
    are not taken for it; an article with two such terms of its own is looked up as well."""
    rng = random.Random(11)
    index = EventIndex(ClusterSettings())
    for colliding_article in (False, True):
        words = {rng.randrange(0, 2**32) for _ in range(200)}
        if colliding_article:
            some = next(iter(words))
            words.add((some + (1 << 20)) % 2**32)
        article = np.array(sorted(words), dtype=np.uint32)
        others = [rng.randrange(0, 2**32) for _ in range(400)]
        aliases = [(int(t) + (rng.randrange(1, 4096) << 20)) % 2**32 for t in article[:50]]
        query = np.array(others + aliases + article[::3].tolist(), dtype=np.uint32)
        position, found = index.positions(article, query)
        expected = np.searchsorted(article, query).clip(max=len(article) - 1)
        expected_found = article[expected] == query
        assert found.tolist() == expected_found.tolist()
        assert position[found].tolist() == expected[expected_found].tolist()
        assert int(found.sum()) == len(article[::3])
    # The scratch table is left empty for the next article.
    assert not index._article_slots.any()


def test_idf_and_positions_read_together_equal_the_separate_reads() -> None:
    """The text similarity reads a candidate term's event frequency and its place in the
    article from one table row: same values as `idf` and `positions` read apart, with events
    indexed (non-zero frequencies) and with colliding terms on both sides."""
    rng = random.Random(13)
    settings = ClusterSettings()
    index = EventIndex(settings)
    vocabulary = [rng.randrange(0, 2**32) for _ in range(500)]
    for number in range(60):
        state = new_state(f"ev-{number}", f"st-{number}")
        state.add(_features(f"a{number}", rng.sample(vocabulary, 40), rng), settings.event_terms)
        index.add(state)
    for colliding_article in (False, True):
        words = set(rng.sample(vocabulary, 150))
        if colliding_article:
            some = next(iter(words))
            words.add((some + (1 << 20)) % 2**32)
        article = np.array(sorted(words), dtype=np.uint32)
        aliases = [(int(t) + (rng.randrange(1, 4096) << 20)) % 2**32 for t in article[:40]]
        query = np.array(vocabulary + aliases, dtype=np.uint32)
        idf, position, found = index.idf_and_positions(article, query)
        expected_position, expected_found = index.positions(article, query)
        assert idf.dtype == np.float32
        assert idf.tobytes() == index.idf(query).tobytes()
        assert found.tolist() == expected_found.tolist()
        assert position[found].tolist() == expected_position[expected_found].tolist()
        assert not index._article_slots.any()
    empty = np.array([], dtype=np.uint32)
    idf, position, found = index.idf_and_positions(empty, query)
    assert idf.tobytes() == index.idf(query).tobytes() and not found.any()


def test_bounded_postings_find_what_unbounded_ones_do() -> None:
    """Postings keep only their newest entries (a bounded memory): over a stream whose
    postings overflow many times, with events touched again (moved to the end, some terms
    dropped) and some forgotten, every query finds the candidates of an index that keeps
    every entry, in the same order, and no posting outgrows its bound."""
    rng = random.Random(17)
    settings = ClusterSettings(postings_scan=5, max_candidates=8, query_terms=10)
    bounded, unbounded = EventIndex(settings), EventIndex(settings)
    unbounded._kept = 10**9
    states: dict[str, EventState] = {}
    vocabulary = [rng.randrange(1, 2**32) for _ in range(120)]
    for step in range(3000):
        action = rng.random()
        if states and action < 0.1:
            event_id = rng.choice(sorted(states))
            for index in (bounded, unbounded):
                index.remove(event_id)
            del states[event_id]
            continue
        if states and action < 0.3:
            state = states[rng.choice(sorted(states))]
        else:
            event_id = f"ev-{step}"
            state = states[event_id] = new_state(event_id, "st-" + event_id)
        words = rng.sample(vocabulary, rng.randint(3, 20))
        state.add(_features(f"a{step}", words, rng), settings.event_terms)
        for index in (bounded, unbounded):
            index.add(state)
        if step % 7 == 0:
            probe = _features(f"p{step}", rng.sample(vocabulary, 20), rng)
            assert bounded.candidates(probe, bounded.article_idf(probe)) == unbounded.candidates(
                probe, unbounded.article_idf(probe)
            )
    longest = max(len(posting) for posting in bounded.postings.values())
    assert bounded._kept < longest <= bounded._kept * 3 // 2
    dropped = sum(len(p) for p in unbounded.postings.values()) - sum(
        len(p) for p in bounded.postings.values()
    )
    assert dropped > 10 * len(vocabulary)
    # Forgetting an event whose entries were dropped from full postings leaves no trace.
    for event_id in sorted(states):
        bounded.remove(event_id)
    assert not bounded.postings and bounded.events == 0


def _index_as_data(index: EventIndex) -> dict[str, object]:
    return {
        "table": index._table.tobytes(),
        "events": index.events,
        "slots": dict(index._slots),
        "slot_events": list(index._slot_events),
        "postings": {
            term: [(index._slot_events[slot], slot) for slot in posting]
            for term, posting in index.postings.items()
        },
        "sources": {s: list(events) for s, events in index.source_events.items()},
        "indexed": {e: terms.tolist() for e, terms in index._indexed.items()},
        "counted": {e: terms.tolist() for e, terms in index._counted.items()},
    }


def test_bulk_load_builds_the_index_adding_states_one_by_one_builds() -> None:
    """Resuming from persisted states indexes them in bulk: the same table, slots, publisher
    lists and postings (entries and their order, long postings trimmed where `add` trims
    them) as indexing the states one by one in touch order."""
    rng = random.Random(23)
    settings = ClusterSettings(postings_scan=4, index_terms=12)
    vocabulary = [rng.randrange(1, 2**32) for _ in range(60)]
    states: dict[str, EventState] = {}
    for step in range(700):
        if states and rng.random() < 0.3:
            state = states[rng.choice(sorted(states))]
        else:
            state = states.setdefault(f"ev-{step}", new_state(f"ev-{step}", f"st-{step}"))
        features = _features(f"a{step}", rng.sample(vocabulary, rng.randint(2, 30)), rng)
        source = rng.choice([None, "a.com", "b.org", "c.net"])
        state.add(replace(features, source=source), settings.event_terms)
        state.seq = step + 1
    entries = sorted(
        (peek_state(encode_state(state)) for state in states.values()),
        key=lambda entry: (entry.seq, entry.event_id),
    )
    one_by_one, bulk = EventIndex(settings), EventIndex(settings)
    for state in sorted(states.values(), key=lambda state: (state.seq, state.event_id)):
        one_by_one.add(state)
    bulk.load(entries)
    assert max(len(posting) for posting in one_by_one.postings.values()) > one_by_one._kept
    assert _index_as_data(bulk) == _index_as_data(one_by_one)


def test_resumed_states_are_decoded_when_first_read() -> None:
    """A resumed clusterer keeps each state as its bytes until a decision reads it, and then
    holds exactly what decoding them gives; counting, membership and forgetting see every
    event, decoded or not."""
    rng = random.Random(29)
    settings = ClusterSettings()
    source = Clusterer(settings)
    vocabulary = [rng.randrange(1, 2**32) for _ in range(80)]
    for number in range(40):
        state = new_state(f"ev-{number}", f"st-{number}")
        state.add(_features(f"a{number}", rng.sample(vocabulary, 20), rng), settings.event_terms)
        state.seq = number + 1
        if number % 5 == 0:
            state.cannot_link = {"ev-7"}
        source.states[state.event_id] = state
    encoded = [(event_id, encode_state(state)) for event_id, state in source.states.items()]
    resumed = Clusterer(settings)
    resumed.load_states(encoded)
    states = resumed.states
    assert len(states) == 40 and dict.__len__(states) == 0
    assert "ev-3" in states and "ev-99" not in states and states.get("ev-99") is None
    assert encode_state(states["ev-3"]) == dict(encoded)["ev-3"]
    assert dict.__len__(states) == 1
    resumed.forget_event("ev-7")  # reads the states naming it, and no other
    assert "ev-7" not in states and len(states) == 39
    assert dict.__len__(states) == 1 + 8
    assert all(not states[f"ev-{n}"].cannot_link for n in range(0, 40, 5))
    assert sorted(states) == sorted(e for e, _ in encoded if e != "ev-7")
    assert resumed.take_dirty_states().keys() == {f"ev-{n}" for n in range(0, 40, 5)}


def test_bulk_signature_load_indexes_what_one_by_one_does() -> None:
    """A fresh Deduplicator loads stored signatures in bulk: the same rows, ids and band
    tables (shared keys as lists in the order added) as adding them one by one, also when
    the store holds more than it keeps."""
    rng = np.random.default_rng(31)
    base = rng.integers(0, 2**32, size=(40, NUM_PERM), dtype=np.uint32)
    stored = []
    for number in range(300):
        signature = base[number % 40].copy()  # many shared band keys
        signature[rng.integers(0, NUM_PERM, size=3)] = rng.integers(0, 2**32, 3, dtype=np.uint32)
        stored.append((f"a{number}", signature_to_bytes(signature)))
    for limit in (1000, 300, 120, 7):
        bulk, one_by_one = Deduplicator(max_entries=limit), Deduplicator(max_entries=limit)
        bulk.load(stored)
        for article_id, data in stored:
            one_by_one._index(article_id, signature_from_bytes(data))
        rows = len(one_by_one._ids)
        assert bulk._ids == one_by_one._ids and bulk._row_of == one_by_one._row_of
        assert bulk._added == one_by_one._added
        assert np.array_equal(bulk._signatures[:rows], one_by_one._signatures[:rows])
        assert bulk._band_tables == one_by_one._band_tables
        if limit >= 120:
            tables = bulk._band_tables
            assert any(isinstance(rows_, list) for table in tables for rows_ in table.values())


def test_centroid_update_equals_the_union1d_and_lexsort_reference() -> None:
    """An event's centroid update (`state._add_sparse`: one sort of both term lists, a stable
    sort of the weights) keeps the terms and weights numpy's union1d and a lexsort by weight
    then term kept, bit for bit, with tied weights and empty sides."""
    from storyline.cluster.state import _add_sparse

    def reference(
        terms: np.ndarray, weights: np.ndarray, add: np.ndarray, add_w: np.ndarray, top: int
    ) -> tuple[np.ndarray, np.ndarray]:
        union = np.union1d(terms, add).astype(np.uint32)
        summed = np.zeros(len(union), dtype=np.float32)
        summed[np.searchsorted(union, terms)] += weights
        summed[np.searchsorted(union, add)] += add_w
        if len(union) > top:
            order = np.lexsort((union, -summed))[:top]
            order.sort()
            union, summed = union[order], summed[order]
        return union, summed

    rng = np.random.default_rng(31)
    for case in range(400):
        sizes = rng.integers(0, 40, size=2)
        sides = []
        for size in sizes:
            terms = np.unique(rng.integers(0, 60, size=size)).astype(np.uint32)
            # Few distinct weights, so that ties are common.
            weights = (rng.integers(1, 4, size=len(terms)) / np.float32(4)).astype(np.float32)
            sides.append((terms, weights))
        (terms, weights), (add, add_w) = sides
        top = int(rng.integers(1, 50))
        got, expected = _add_sparse(terms, weights, add, add_w, top), reference(
            terms, weights, add, add_w, top
        )
        assert got[0].dtype == expected[0].dtype and got[1].dtype == expected[1].dtype, case
        assert got[0].tobytes() == expected[0].tobytes(), case
        assert got[1].tobytes() == expected[1].tobytes(), case


def test_int_search_finds_the_entry_list_index_finds() -> None:
    """`_find_int` (a search of a posting's bytes) answers what a search of the ints does,
    also where the slot's bytes occur across two entries (a match off an int's boundary) and
    where the slot is absent."""
    rng = random.Random(41)
    for _ in range(3000):
        pool = [0, 1, 256, 65536, 65792, 16777216, 2**31 - 1, rng.randrange(0, 2**31)]
        slots = list(dict.fromkeys(rng.choice(pool) for _ in range(rng.randint(0, 12))))
        posting = array("i", slots)
        wanted = rng.choice(pool)
        expected = slots.index(wanted) if wanted in slots else -1
        found = _find_int(posting.tobytes(), array("i", (wanted,)).tobytes())
        assert found == expected, (slots, wanted)
    # Bytes of 256 (00 01 00 00 little-endian) straddle the entries 65536 and 0 at offset 2.
    posting = array("i", [65536, 0, 7])
    assert _find_int(posting.tobytes(), array("i", (256,)).tobytes()) == -1


def test_removing_events_from_long_postings_as_a_list_would() -> None:
    """Events touched again and forgotten leave each posting (long ones searched by bytes,
    short ones by `array.remove`) with the entries and order a list-based reference keeps."""
    rng = random.Random(43)
    settings = ClusterSettings(postings_scan=30, index_terms=16)
    index = EventIndex(settings)
    reference: dict[int, list[str]] = {}
    indexed: dict[str, list[int]] = {}
    states: dict[str, EventState] = {}
    vocabulary = [rng.randrange(1, 2**32) for _ in range(40)]
    for step in range(4000):
        action = rng.random()
        if states and action < 0.1:
            event_id = rng.choice(sorted(states))
            index.remove(event_id)
            del states[event_id]
        else:
            if states and action < 0.5:
                state = states[rng.choice(sorted(states))]
            else:
                state = states[f"ev-{step}"] = new_state(f"ev-{step}", f"st-{step}")
            state.add(_features(f"a{step}", rng.sample(vocabulary, 12), rng), 16)
            index.add(state)
            event_id = state.event_id
        for term in indexed.pop(event_id, []):
            if event_id in reference.get(term, []):
                reference[term].remove(event_id)
                if not reference[term]:
                    del reference[term]
        if event_id in states:
            terms = index._indexed[event_id].tolist()
            indexed[event_id] = terms
            for term in terms:
                posting = reference.setdefault(term, [])
                posting.append(event_id)
                if len(posting) > index._longest:
                    del posting[: len(posting) - index._kept]
    assert max(len(posting) for posting in index.postings.values()) > _SHORT_POSTING
    assert {
        term: [index._slot_events[slot] for slot in posting]
        for term, posting in index.postings.items()
    } == reference


def test_candidate_states_are_the_states_held_now() -> None:
    """`candidate_states` gives, for each candidate, the very state object the clusterer holds
    for it now: through new events, events touched again, rebuilt (a new state object under
    the same id), forgotten and founded again, and a resume that loads every state from its
    bytes into a fresh clusterer."""
    rng = random.Random(47)
    settings = ClusterSettings(postings_scan=6, max_candidates=9, query_terms=12)
    clusterer = Clusterer(settings)
    vocabulary = [rng.randrange(1, 2**32) for _ in range(200)]

    def check(clusterer: Clusterer, step: int) -> None:
        probe = _features(f"p{step}", rng.sample(vocabulary, 20), rng)
        idf = clusterer.index.article_idf(probe)
        held = clusterer.index.candidate_states(probe, idf, clusterer.states)
        expected = [clusterer.states[e] for e in clusterer.index.candidates(probe, idf)]
        assert len(held) == len(expected) and all(
            a is b for a, b in zip(held, expected, strict=True)
        )

    for step in range(1500):
        action = rng.random()
        ids = sorted(clusterer.states)
        if ids and action < 0.1:
            clusterer.forget_event(rng.choice(ids))
        elif ids and action < 0.2:
            # A correction: a new state object under the same id.
            event_id = rng.choice(ids)
            state = new_state(event_id, "st-" + event_id)
            state.add(_features(f"r{step}", rng.sample(vocabulary, 12), rng), 120)
            clusterer.states[event_id] = state
            clusterer._mark(state)
        elif ids and action < 0.5:
            clusterer._touch(
                clusterer.states[rng.choice(ids)],
                _features(f"a{step}", rng.sample(vocabulary, 12), rng),
            )
        else:
            event_id = f"ev-{step % 700}"  # ids come back after being forgotten
            if event_id not in clusterer.states:
                state = clusterer.states[event_id] = new_state(event_id, "st-" + event_id)
                clusterer._touch(state, _features(f"n{step}", rng.sample(vocabulary, 12), rng))
        if step % 5 == 0:
            check(clusterer, step)
    resumed = Clusterer(settings)
    resumed.load_states((e, encode_state(s)) for e, s in clusterer.states.items())
    for step in range(200):
        check(resumed, step)
    # Loading again over a live index (states replaced by their bytes) drops the held objects.
    resumed.load_states((e, encode_state(s)) for e, s in list(resumed.states.items())[:50])
    for step in range(200):
        check(resumed, step)
