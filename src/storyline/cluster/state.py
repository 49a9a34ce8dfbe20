"""Per-event clusterer state and its compact serialisation.

The state holds everything the clusterer's decisions use about an event, so that a clusterer
resumed from persisted states decides exactly as one that never stopped: the centroid (top
terms, float32), the dates and places seen, the story, the cannot-link set left by user splits
and the touch sequence that orders candidate search.

Bytes: b"SLC1" + uint32 header length + JSON header + uint32 terms + float32 weights.
"""

from __future__ import annotations

import json
import struct
from collections import Counter
from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

import numpy as np

from storyline.cluster.features import ArticleFeatures, TermArray, WeightArray
from storyline.cluster.participants import Role
from storyline.errors import StorylineError

_MAGIC = b"SLC1"
_MAX_PLACES = 24
_MAX_EVENT_DAYS = 12
_MAX_EXACT_HOURS = 8
_MAX_SOURCES = 8
_MAX_NAMES = 32
_MAX_CITIES = 8
_MAX_COUNTRIES = 4
_MAX_AGES = 8
_MAX_REGIONS = 8
_MAX_PEOPLE = 48
_MAX_ROLES = 8
_MAX_FIRST_PLACES = 8
# One shared empty array for the many events whose reports named nobody (an array is replaced,
# never changed in place): ~100 bytes less per event.
_NO_PEOPLE = np.zeros(0, dtype=np.uint32)
_NO_PEOPLE.flags.writeable = False
_Key = TypeVar("_Key", int, str)
_Default = TypeVar("_Default")
City = tuple[str, int, float, float]


class ClusterStateError(StorylineError):
    """Persisted clusterer state that cannot be read (corrupt or from another version)."""


@dataclass(slots=True)
class EventState:
    event_id: str
    story_id: str
    terms: TermArray
    weights: WeightArray  # accumulated (not normalised) term weights, top terms only
    articles: int = 0
    first_day: int | None = None
    last_day: int | None = None
    event_days: Counter[int] = field(default_factory=Counter)
    event_years: Counter[int] = field(default_factory=Counter)
    # Event dates its reports were sure of (features.sure_event_day), for the date test.
    sure_days: Counter[int] = field(default_factory=Counter)
    # ... and those written out with their year (features.exact_event_day).
    exact_days: Counter[int] = field(default_factory=Counter)
    # ... with the time of day their date's sentence gives (features.exact_hours): (exact day,
    # start hour, end hour), the first `_MAX_EXACT_HOURS`; empty for most events.
    exact_hours: tuple[tuple[int, int, int], ...] = ()
    places: Counter[str] = field(default_factory=Counter)
    event_types: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)
    names: Counter[int] = field(default_factory=Counter)
    cannot_link: set[str] = field(default_factory=set)
    # Lead cities of its reports: (name, reports naming it, lat, lon), most named first. A
    # tuple, empty for most events: per-event objects are what the garbage collector walks.
    cities: tuple[City, ...] = ()
    # Founded by a round-up (an article about several incidents): not offered as a candidate,
    # so that reports of its different incidents do not all join it.
    roundup: bool = False
    # Main countries of its reports (at most `_MAX_COUNTRIES`, sorted; empty for most events
    # until a report names one).
    countries: tuple[str, ...] = ()
    # First-level regions its reports' leads name (features.regions), at most `_MAX_REGIONS`.
    regions: tuple[str, ...] = ()
    # Ages its reports' leads state (features.ages), at most `_MAX_AGES`, sorted.
    ages: tuple[int, ...] = ()
    # Who its reports name (features.people), sorted hashes: the first `_MAX_PEOPLE` named,
    # the first reports' names being the incident's own. An array, not a set: few bytes per
    # event in a store of 100k events.
    people: TermArray = field(default_factory=lambda: _NO_PEOPLE)
    # Who did what to whom in its reports' leads (features.roles), the first `_MAX_ROLES`.
    roles: tuple[Role, ...] = ()
    # A report said its incident is one of several (features.siblings), and the first place
    # each report names (features.first_place), the first `_MAX_FIRST_PLACES`.
    siblings: bool = False
    first_places: tuple[str, ...] = ()
    # Countries of the places its reports name (features.place_countries), at most
    # `_MAX_COUNTRIES`, sorted.
    place_countries: tuple[str, ...] = ()
    # Parts of a city its reports name with it (features.quarters), as "city|quarter", the
    # first `_MAX_FIRST_PLACES`; empty for most events.
    quarters: tuple[str, ...] = ()
    # Places its reports name only as the ends of a road (features.road_ends), the first
    # `_MAX_FIRST_PLACES`; empty for most events.
    road_ends: tuple[str, ...] = ()
    seq: int = 0  # global touch sequence of the last change; orders candidate search

    def main_event_day(self) -> int | None:
        return _most_common(self.event_days) if self.event_days else None

    def main_type(self) -> str | None:
        return _most_common(self.event_types) if self.event_types else None

    def add(self, features: ArticleFeatures, max_terms: int) -> None:
        """Fold one article in: centroid, dates, places, type. A round-up joining an event
        only counts as a report of it: its words and facts are about several incidents, and
        folded into the centroid they would draw the other incidents' reports in."""
        self.articles += 1
        if features.day is not None:
            self.first_day = min(self.first_day or features.day, features.day)
            self.last_day = max(self.last_day or features.day, features.day)
        if features.source is not None:
            self.sources[features.source] += 1
            _cap(self.sources, _MAX_SOURCES)
        if features.roundup and self.articles > 1:
            return
        if features.roundup:
            self.roundup = True  # founded by a round-up (also when rebuilt from its reports)
        if self.roundup and not features.roundup:
            # The first single-incident report of an event a round-up founded: the event is
            # that incident, and the round-up's words about the others are dropped.
            self.terms, self.weights = self.terms[:0], self.weights[:0]
            self.roundup = False
        self.terms, self.weights = _add_sparse(
            self.terms, self.weights, features.terms, features.weights, max_terms
        )
        if features.event_day is not None:
            self.event_days[features.event_day] += 1
            _cap(self.event_days, _MAX_EVENT_DAYS)
        if features.sure_event_day is not None:
            self.sure_days[features.sure_event_day] += 1
            _cap(self.sure_days, _MAX_EVENT_DAYS)
        if features.exact_event_day is not None:
            self.exact_days[features.exact_event_day] += 1
            _cap(self.exact_days, _MAX_EVENT_DAYS)
            if features.exact_hours is not None and len(self.exact_hours) < _MAX_EXACT_HOURS:
                self.exact_hours += ((features.exact_event_day, *features.exact_hours),)
        if features.event_year is not None:
            self.event_years[features.event_year] += 1
            _cap(self.event_years, _MAX_EVENT_DAYS)
        for place in features.places:
            self.places[place] += 1
        _cap(self.places, _MAX_PLACES)
        if features.event_type is not None:
            self.event_types[features.event_type] += 1
        self.names.update(features.names.tolist())
        _cap(self.names, _MAX_NAMES)
        if features.cities:
            self.cities = _add_cities(self.cities, features.cities)
        if len(features.people) and len(self.people) < _MAX_PEOPLE:
            new = np.setdiff1d(features.people, self.people, assume_unique=True)
            room = _MAX_PEOPLE - len(self.people)
            self.people = _sorted_union(self.people, new[:room])
        if features.roles and len(self.roles) < _MAX_ROLES:
            new_roles = [role for role in features.roles if role not in self.roles]
            self.roles = (*self.roles, *new_roles)[:_MAX_ROLES]
        if features.regions and len(self.regions) < _MAX_REGIONS:
            regions = set(self.regions).union(features.regions)
            self.regions = tuple(sorted(regions))[:_MAX_REGIONS]
        if features.ages and len(self.ages) < _MAX_AGES:
            self.ages = tuple(sorted(set(self.ages).union(features.ages)))[:_MAX_AGES]
        if features.siblings:
            self.siblings = True
        first = features.first_place
        room = len(self.first_places) < _MAX_FIRST_PLACES
        if first is not None and room and first not in self.first_places:
            self.first_places = (*self.first_places, first)
        if features.quarters and len(self.quarters) < _MAX_FIRST_PLACES:
            found = [f"{features.quarter_city}|{quarter}" for quarter in features.quarters]
            new_quarters = [quarter for quarter in found if quarter not in self.quarters]
            self.quarters = (*self.quarters, *new_quarters)[:_MAX_FIRST_PLACES]
        if features.road_ends and len(self.road_ends) < _MAX_FIRST_PLACES:
            new_ends = sorted(end for end in features.road_ends if end not in self.road_ends)
            self.road_ends = (*self.road_ends, *new_ends)[:_MAX_FIRST_PLACES]
        if features.place_countries and len(self.place_countries) < _MAX_COUNTRIES:
            merged = set(self.place_countries).union(features.place_countries)
            self.place_countries = tuple(sorted(merged))[:_MAX_COUNTRIES]
        country = features.country
        full = len(self.countries) >= _MAX_COUNTRIES
        if country is not None and country not in self.countries and not full:
            self.countries = tuple(sorted((*self.countries, country)))


def _people(keys: list[int]) -> TermArray:
    return np.array(sorted(int(k) for k in keys), dtype=np.uint32) if keys else _NO_PEOPLE


def _add_cities(
    cities: tuple[City, ...], lead: tuple[tuple[str, float, float], ...]
) -> tuple[City, ...]:
    """One report's lead cities counted in; the `_MAX_CITIES` most named are kept."""
    merged = {name: (name, count, lat, lon) for name, count, lat, lon in cities}
    for name, lat, lon in lead:
        _, count, lat, lon = merged.get(name, (name, 0, lat, lon))
        merged[name] = (name, count + 1, lat, lon)
    return tuple(sorted(merged.values(), key=lambda c: (-c[1], c[0]))[:_MAX_CITIES])


def _most_common(counter: Counter[_Key]) -> _Key | None:
    if not counter:
        return None
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _cap(counter: Counter[_Key], limit: int) -> None:
    """Keep the `limit` most frequent keys (ties by key) so that state stays bounded."""
    if len(counter) <= limit:
        return
    keep = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    counter.clear()
    counter.update(dict(keep))


def _sorted_union(terms: TermArray, more: TermArray) -> TermArray:
    """`np.union1d(terms, more)` of two uint32 arrays (the sorted distinct terms of both), by
    one sort of the two joined: numpy's `unique` behind `union1d` took ~3x as long on an
    event's ~250 terms."""
    union = np.concatenate((terms, more)).astype(np.uint32, copy=False)
    union.sort()
    if len(union) > 1:
        union = union[np.append(True, union[1:] != union[:-1])]
    return union


def _add_sparse(
    terms: TermArray,
    weights: WeightArray,
    add_terms: TermArray,
    add_weights: WeightArray,
    max_terms: int,
) -> tuple[TermArray, WeightArray]:
    union = _sorted_union(terms, add_terms)
    summed = np.zeros(len(union), dtype=np.float32)
    summed[np.searchsorted(union, terms)] += weights
    summed[np.searchsorted(union, add_terms)] += add_weights
    if len(union) > max_terms:
        # Top weights, ties broken by term (a stable sort of the weights: `union` is in term
        # order), then back to term order.
        order = np.argsort(-summed, kind="stable")[:max_terms]
        order.sort()
        union, summed = union[order], summed[order]
    return union, summed


def new_state(event_id: str, story_id: str) -> EventState:
    return EventState(
        event_id=event_id,
        story_id=story_id,
        terms=np.zeros(0, dtype=np.uint32),
        weights=np.zeros(0, dtype=np.float32),
    )


def encode_state(state: EventState) -> bytes:
    header = {
        "id": state.event_id,
        "story": state.story_id,
        "n": state.articles,
        "first": state.first_day,
        "last": state.last_day,
        "days": sorted(state.event_days.items()),
        "years": sorted(state.event_years.items()),
        "sure": sorted(state.sure_days.items()),
        "exact": sorted(state.exact_days.items()),
        "hours": [list(hours) for hours in state.exact_hours],
        "places": sorted(state.places.items()),
        "types": sorted(state.event_types.items()),
        "sources": sorted(state.sources.items()),
        "names": sorted(state.names.items()),
        "cannot": sorted(state.cannot_link),
        "cities": [list(city) for city in state.cities],
        "seq": state.seq,
        "roundup": state.roundup,
        "countries": list(state.countries),
        "regions": list(state.regions),
        "ages": list(state.ages),
        "people": state.people.tolist(),
        "roles": [list(role) for role in state.roles],
        "siblings": state.siblings,
        "firsts": list(state.first_places),
        "pcountries": list(state.place_countries),
        "quarters": list(state.quarters),
        "roads": list(state.road_ends),
        "terms": len(state.terms),
    }
    head = json.dumps(header, separators=(",", ":")).encode("utf-8")
    return b"".join(
        [
            _MAGIC,
            struct.pack("<I", len(head)),
            head,
            state.terms.astype("<u4").tobytes(),
            state.weights.astype("<f4").tobytes(),
        ]
    )


def _read_encoded(data: bytes) -> tuple[dict[str, Any], np.ndarray, np.ndarray]:
    """The JSON header and the term and weight arrays of an encoded state; KeyError,
    IndexError, ValueError or TypeError when it is damaged (the callers say so)."""
    if data[:4] != _MAGIC or len(data) < 8:
        raise ClusterStateError("cluster state is not in the SLC1 format; rebuild the events")
    (head_len,) = struct.unpack("<I", data[4:8])
    header = json.loads(data[8 : 8 + head_len])
    count = int(header["terms"])
    start = 8 + head_len
    terms = np.frombuffer(data, dtype="<u4", count=count, offset=start).astype(np.uint32)
    weights = np.frombuffer(data, dtype="<f4", count=count, offset=start + 4 * count)
    return header, terms, weights


def decode_state(data: bytes) -> EventState:
    try:
        header, terms, weights = _read_encoded(data)
        return EventState(
            event_id=header["id"],
            story_id=header["story"],
            terms=terms,
            weights=weights.astype(np.float32),
            articles=header["n"],
            first_day=header["first"],
            last_day=header["last"],
            event_days=Counter({int(k): v for k, v in header["days"]}),
            event_years=Counter({int(k): v for k, v in header["years"]}),
            # States written before sure dates were kept have none.
            sure_days=Counter({int(k): v for k, v in header.get("sure", ())}),
            # States written before exact dates were kept have none.
            exact_days=Counter({int(k): v for k, v in header.get("exact", ())}),
            # States written before times of day were kept have none.
            exact_hours=tuple(
                (int(h[0]), int(h[1]), int(h[2])) for h in header.get("hours", ())
            ),
            places=Counter({str(k): v for k, v in header["places"]}),
            event_types=Counter({str(k): v for k, v in header["types"]}),
            sources=Counter({str(k): v for k, v in header["sources"]}),
            names=Counter({int(k): v for k, v in header["names"]}),
            cannot_link=set(header["cannot"]),
            # States written before lead cities were kept have none.
            cities=tuple(
                (str(c[0]), int(c[1]), float(c[2]), float(c[3])) for c in header.get("cities", ())
            ),
            roundup=bool(header.get("roundup", False)),
            # States written before main countries were kept have none.
            countries=tuple(str(c) for c in header.get("countries", ())),
            # States written before regions were kept have none.
            regions=tuple(str(r) for r in header.get("regions", ())),
            # States written before ages were kept have none.
            ages=tuple(int(a) for a in header.get("ages", ())),
            # States written before people were kept have none.
            people=_people(header.get("people", ())),
            # States written before roles were kept have none.
            roles=tuple((str(r[0]), str(r[1]), str(r[2])) for r in header.get("roles", ())),
            # States written before these were kept have none.
            siblings=bool(header.get("siblings", False)),
            first_places=tuple(str(p) for p in header.get("firsts", ())),
            place_countries=tuple(str(c) for c in header.get("pcountries", ())),
            quarters=tuple(str(q) for q in header.get("quarters", ())),
            road_ends=tuple(str(e) for e in header.get("roads", ())),
            seq=header["seq"],
        )
    except (KeyError, IndexError, ValueError, TypeError) as exc:
        raise ClusterStateError(f"cluster state is damaged ({exc}); rebuild the events") from exc


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """What the index reads of a persisted state, without decoding the rest of it."""

    event_id: str
    seq: int
    sources: tuple[str, ...]  # sorted
    terms: TermArray
    weights: WeightArray


def peek_state(data: bytes) -> IndexEntry:
    """The id, touch sequence, publishers and centroid of an encoded state: the JSON header is
    parsed, but none of its counters are built (what `decode_state` spends most of its time
    on), so a store's states can be indexed before any of them is decoded."""
    try:
        header, terms, weights = _read_encoded(data)
        return IndexEntry(
            event_id=header["id"],
            seq=header["seq"],
            sources=tuple(sorted(str(source) for source, _ in header["sources"])),
            terms=terms,
            weights=weights.astype(np.float32),
        )
    except (KeyError, IndexError, ValueError, TypeError) as exc:
        raise ClusterStateError(f"cluster state is damaged ({exc}); rebuild the events") from exc


class EventStates(dict[str, EventState]):
    """Event states by id. A state resumed from the store is kept as its bytes until a
    decision first reads it (`put_encoded`; decoded once, then held like any other): a fresh
    clusterer does not build the counters of 100k events to assign a few articles, and the
    decoded state is the one an eager load would have built (the same bytes, the same
    `decode_state`). Reads by key stay a plain dict read once decoded."""

    def __init__(self) -> None:
        super().__init__()
        self._encoded: dict[str, bytes] = {}

    def put_encoded(self, event_id: str, data: bytes) -> None:
        super().pop(event_id, None)
        self._encoded[event_id] = data

    def __missing__(self, event_id: str) -> EventState:
        state = decode_state(self._encoded.pop(event_id))  # KeyError when unknown
        super().__setitem__(event_id, state)
        return state

    @overload
    def get(self, event_id: str, default: None = None, /) -> EventState | None: ...
    @overload
    def get(self, event_id: str, default: EventState, /) -> EventState: ...
    @overload
    def get(self, event_id: str, default: _Default, /) -> EventState | _Default: ...
    def get(
        self, event_id: str, default: EventState | _Default | None = None, /
    ) -> EventState | _Default | None:
        if event_id in self._encoded:
            return self[event_id]
        return super().get(event_id, default)

    def __contains__(self, event_id: object) -> bool:
        return super().__contains__(event_id) or event_id in self._encoded

    def __len__(self) -> int:
        return super().__len__() + len(self._encoded)

    def __setitem__(self, event_id: str, state: EventState) -> None:
        self._encoded.pop(event_id, None)
        super().__setitem__(event_id, state)

    def __delitem__(self, event_id: str) -> None:
        if self._encoded.pop(event_id, None) is None:
            super().__delitem__(event_id)

    def discard(self, event_id: str) -> None:
        """Forget the event if it is held (encoded or not)."""
        self._encoded.pop(event_id, None)
        super().pop(event_id, None)

    def clear(self) -> None:
        self._encoded.clear()
        super().clear()

    def decode_all(self) -> None:
        for event_id in list(self._encoded):
            self[event_id]  # decodes it

    def keys(self) -> KeysView[str]:  # type: ignore[override]
        self.decode_all()
        return super().keys()

    def values(self) -> ValuesView[EventState]:  # type: ignore[override]
        self.decode_all()
        return super().values()

    def items(self) -> ItemsView[str, EventState]:  # type: ignore[override]
        self.decode_all()
        return super().items()

    def __iter__(self) -> Iterator[str]:
        yield from list(super().__iter__())
        yield from list(self._encoded)

    def __reduce__(self) -> tuple[object, tuple[dict[str, EventState]]]:
        """Pickled (and copied) decoded, as a plain mapping of states."""
        self.decode_all()
        return _states_from, (dict(dict.items(self)),)

    def mentioning(self, text: str) -> list[EventState]:
        """The states whose serialised form may contain `text` (every decoded state, and the
        encoded ones whose bytes hold it, decoded now): a scan of the store's states for an
        event id without decoding them all."""
        needle = text.encode("utf-8")
        for event_id in [e for e, data in self._encoded.items() if needle in data]:
            self[event_id]  # decodes it
        return list(dict.values(self))


def _states_from(states: dict[str, EventState]) -> EventStates:
    found = EventStates()
    found.update(states)
    return found
