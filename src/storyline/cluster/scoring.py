"""How well an article fits an event: text similarity adjusted by facts and time.

score = cosine(article, event centroid), both weighted by the store's IDF
        + event date agreement / - conflict
        + shared place / - all places different
        - differing known event types
        - the people described of other ages
        - time decay past a grace period
Each adjustment is named in the returned reason so that the audit trail says why.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from storyline.cluster.compat import (
    Compatibility,
    _bare,
    age_conflict,
    country_contradiction,
    date_contradiction,
    day_part_contradiction,
    differing_date_contradiction,
    exact_country_contradiction,
    exact_date_contradiction,
    exact_mode_contradiction,
    exact_place_contradiction,
    first_towns_contradiction,
    late_without_names,
    mode_contradiction,
    night_place_contradiction,
    oneliner_date_contradiction,
    participant_conflict,
    place_contradiction,
    province_mode_contradiction,
    quarter_contradiction,
    quarter_town_contradiction,
    recall_contradiction,
    reference_contradiction,
    region_contradiction,
    same_name,
    short_country_contradiction,
    sibling_contradiction,
    strong_evidence,
    town_contradiction,
    town_names_contradiction,
    type_contradiction,
    window_contradiction,
    year_contradiction,
)
from storyline.cluster.features import ArticleFeatures, term_hash
from storyline.cluster.index import EventIndex
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventState

_NO_CONTRADICTION = Compatibility(())


@dataclass(frozen=True, slots=True)
class Match:
    event_id: str
    text: float  # IDF-weighted cosine of the texts
    score: float  # after fact and time adjustments
    notes: tuple[str, ...]
    related: bool = False  # shares a place or a rare name (what makes it the same story)
    compat: Compatibility = _NO_CONTRADICTION
    penalties: tuple[str, ...] = ()  # the notes that lowered the score (evidence against)

    @property
    def blocked(self) -> bool:
        """A contradiction without strong evidence: this event cannot be joined."""
        return self.compat.blocked

    def reason(self) -> str:
        detail = ", ".join(self.notes)
        text = f"text {self.text:.3f}" + (f", {detail}" if detail else "")
        if self.compat.against:
            text += "; against: " + ", ".join(self.compat.against)
            if self.compat.override:
                text += f"; joined across it: {self.compat.override}"
        return text


def text_similarities(
    features: ArticleFeatures,
    article_idf: npt.NDArray[np.float32],
    states: Sequence[EventState],
    index: EventIndex,
) -> list[float]:
    """IDF-weighted cosine of the article with each event centroid, in one vectorised pass
    (per-candidate numpy calls would dominate the cost of an assignment)."""
    lengths = np.array([len(state.terms) for state in states], dtype=np.int64)
    if len(features.terms) == 0 or not lengths.any():
        return [0.0] * len(states)
    article_vec = features.weights * article_idf
    article_norm = float(np.linalg.norm(article_vec))
    terms = np.concatenate([state.terms for state in states])
    idf, positions, shared = index.idf_and_positions(features.terms, terms)
    event_vec = np.concatenate([state.weights for state in states]) * idf
    products = np.where(shared, article_vec[positions] * event_vec, 0)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    nonempty = lengths > 0
    dots = np.zeros(len(states), dtype=np.float64)
    norms = np.zeros(len(states), dtype=np.float64)
    dots[nonempty] = np.add.reduceat(products, starts[nonempty])
    norms[nonempty] = np.sqrt(np.add.reduceat(event_vec * event_vec, starts[nonempty]))
    denominators = norms * article_norm
    safe = np.where(denominators > 0, denominators, 1.0)
    similarities: list[float] = np.where(denominators > 0, dots / safe, 0.0).tolist()
    return similarities


Adjustment = tuple[float, str]


def _name_adjustment(
    rare_names: frozenset[int], state: EventState, settings: ClusterSettings
) -> Adjustment | None:
    shared = len(rare_names & state.names.keys())
    if not shared:
        return None
    bonus = settings.name_match_bonus * min(shared, settings.name_match_max)
    return bonus, f"{shared} rare names shared"


def _year_adjustment(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> Adjustment | None:
    year = features.event_year
    if year is None or not state.event_years or year in state.event_years:
        return None
    return -settings.year_conflict_penalty, f"event year {year} not the event's"


def _day_adjustment(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> Adjustment | None:
    event_day = state.main_event_day()
    if features.event_day is None or event_day is None:
        return None
    gap = abs(features.event_day - event_day)
    if gap <= 1:
        return settings.date_match_bonus, "same event date"
    if gap > settings.date_conflict_days and features.event_day not in state.event_days:
        return -settings.date_conflict_penalty, f"event dates {gap} days apart"
    return None


def _place_adjustment(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> Adjustment | None:
    if not features.places or not state.places:
        return None
    if features.places & state.places.keys():
        return settings.place_match_bonus, "shared place"
    if settings.area_words and _places_alike(features.places, state.places.keys()):
        return settings.place_match_bonus, "shared place"
    return -settings.place_conflict_penalty, "different places"


def _places_alike(places: Iterable[str], event_places: Iterable[str]) -> bool:
    """A place of one side is the other's by its bare name (session 26: a district named
    with its word, "Mandera county", is the town of its name to the score, "Mandera"); the
    contradictions tell the area from the town."""
    mine = {_bare(name) for name in places}
    return any(_bare(name) in mine for name in event_places)


def _age_adjustment(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> Adjustment | None:
    if settings.age_conflict_penalty <= 0:
        return None
    conflict = age_conflict(features.ages, state.ages, settings.age_tolerance)
    if conflict is None:
        return None
    penalty = settings.age_conflict_penalty
    gap = time_gap(features, state)
    if gap is not None and gap <= settings.fresh_age_days:
        penalty = settings.fresh_age_conflict_penalty
    return -penalty, conflict


def _shared_people(features: ArticleFeatures, state: EventState) -> int:
    """How many participants (people, teams, streets written with capitals) the article
    shares with the event's reports."""
    if not len(features.people) or not len(state.people):
        return 0
    return len(np.intersect1d(features.people, state.people, assume_unique=True))


def _late_contradiction(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> str | None:
    """compat.late_without_names, when the event's reports named someone (older states and
    events that named nobody give nothing to compare); the people are compared only for a
    report that comes late."""
    gap = time_gap(features, state)
    if gap is None or gap <= settings.late_name_days or not len(state.people):
        return None
    # A follow-up that dates its event to the event's day in a place of the event's is about
    # it, whoever it names (an arrest naming only the suspect, the victim unnamed before).
    if (
        settings.late_same_day_exempt
        and _dates_its_day(features, state)
        and features.places & state.places.keys()
    ):
        return None
    return late_without_names(gap, _shared_people(features, state), settings)


def _participant_contradiction(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> str | None:
    """compat.participant_conflict over the roles of the article's lead and of the event's
    reports' leads; "named" is read from the people each side names anywhere and the
    participants of its roles."""
    if not features.roles or not state.roles:
        return None

    def named(word: str) -> bool:
        return _in_roles(word, features.roles) or _has(features.people, term_hash(word))

    def event_named(word: str) -> bool:
        return _in_roles(word, state.roles) or _has(state.people, term_hash(word))

    return participant_conflict(features.roles, named, state.roles, event_named, settings)


def _quarter_contradiction(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> str | None:
    """compat.quarter_contradiction; a place is named by a side as one of its places or as
    rare words it writes ("a Lyari gang")."""
    if not features.quarters or not state.quarters:
        return None

    def named(name: str) -> bool:
        return any(same_name(_bare(name), _bare(place)) for place in features.places) or all(
            _has(features.names, term_hash(word)) for word in _bare(name).split()
        )

    def event_named(name: str) -> bool:
        return any(same_name(_bare(name), _bare(place)) for place in state.places) or all(
            state.names.get(term_hash(word), 0) > 0 for word in _bare(name).split()
        )

    dated = features.exact_event_day is not None or bool(state.exact_days)
    return quarter_contradiction(
        features.family, features.quarters, features.quarter_city, named, dated,
        state.quarters, event_named, settings,
    )


def _in_roles(word: str, roles: tuple[tuple[str, str, str], ...]) -> bool:
    return any(word in (agent, patient) for agent, _, patient in roles)


def _has(sorted_terms: npt.NDArray[np.uint32], term: int) -> bool:
    position = int(np.searchsorted(sorted_terms, term))
    return position < len(sorted_terms) and int(sorted_terms[position]) == term


def _type_adjustment(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> Adjustment | None:
    event_type = state.main_type()
    if not features.event_type or not event_type or features.event_type == event_type:
        return None
    return -settings.type_conflict_penalty, f"type {features.event_type} vs {event_type}"


def fact_adjustment(
    features: ArticleFeatures,
    state: EventState,
    settings: ClusterSettings,
    rare_names: frozenset[int] = frozenset(),
) -> tuple[float, list[str]]:
    """Sum of the fact-based adjustments, with a note for each one that applied."""
    applied = fact_adjustments(features, state, settings, rare_names)
    return sum(delta for delta, _ in applied), [note for _, note in applied]


def fact_adjustments(
    features: ArticleFeatures,
    state: EventState,
    settings: ClusterSettings,
    rare_names: frozenset[int] = frozenset(),
) -> list[Adjustment]:
    """Each fact-based adjustment that applied, with its note."""
    found = [
        _name_adjustment(rare_names, state, settings),
        _year_adjustment(features, state, settings),
        _day_adjustment(features, state, settings),
        _place_adjustment(features, state, settings),
        _type_adjustment(features, state, settings),
        _age_adjustment(features, state, settings),
    ]
    return [adjustment for adjustment in found if adjustment is not None]


def time_gap(features: ArticleFeatures, state: EventState) -> int | None:
    """Days between the article and the nearest report of the event, None if either is undated."""
    if features.day is None or state.first_day is None or state.last_day is None:
        return None
    if features.day > state.last_day:
        return features.day - state.last_day
    if features.day < state.first_day:
        return state.first_day - features.day
    return 0


def join_text_floor(
    features: ArticleFeatures, match: Match | None, settings: ClusterSettings
) -> float:
    """The text similarity a join needs. A short text (a one-line item, a database summary)
    has few terms, so one or two shared words already make a fair cosine: below
    `short_text_terms` terms it needs `short_min_text`, unless it shares a place or a rare name
    with the event (`short_related_exempt`): then the shared fact, not one common word, is
    what the match rests on."""
    if len(features.terms) >= settings.short_text_terms:
        return settings.min_join_text
    if settings.short_related_exempt and match is not None and match.related:
        return settings.min_join_text
    return max(settings.min_join_text, settings.short_min_text)


def _writes_its_day(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> bool:
    """The article writes out the event's own date with its year (+-`exact_date_veto_days`)
    and names one of the event's places (`window_exact_day_exempt`)."""
    day = features.exact_event_day
    if not settings.window_exact_day_exempt or day is None or not state.exact_days:
        return False
    return any(
        abs(day - other) <= settings.exact_date_veto_days for other in state.exact_days
    ) and not features.places.isdisjoint(state.places.keys())


def past_window_exempt(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> bool:
    """No time window parts the article from the event: it writes out the event's date
    (`_writes_its_day`), or (`window_dated_day_exempt`, session 31) its event date is the
    event's own day (`_dates_its_day`) and it names one of the event's places. A legal filing
    or a sentencing summary years on ("on or about September 3, 2027, ... in the Germantown
    section of Philadelphia") dates the charged incident to its day, which a date resolved
    from the filing's own time (a weekday, "yesterday") never reaches years back."""
    if _writes_its_day(features, state, settings):
        return True
    return (
        settings.window_dated_day_exempt
        and _dates_its_day(features, state)
        and not features.places.isdisjoint(state.places.keys())
    )


def _dates_its_day(features: ArticleFeatures, state: EventState) -> bool:
    """The article dates its event to the event's own day (+-1; the "same event date" of
    `_day_adjustment`): a report weeks later that names the incident's date ("arrested in the
    Oct. 9 shooting") is about that incident."""
    day = features.event_day
    if day is None:
        return False
    days = state.event_days  # a lookup first: most candidates have none of these days
    if day not in days and day - 1 not in days and day + 1 not in days:
        return False
    event_day = state.main_event_day()
    return event_day is not None and abs(day - event_day) <= 1


def _time_decay(
    features: ArticleFeatures, state: EventState, settings: ClusterSettings
) -> Adjustment | None:
    """The decay past the grace period, up to `decay_cap_days`; up to `dated_decay_cap_days`
    instead for an article dating its event to the event's day (`_dates_its_day`)."""
    gap = time_gap(features, state)
    if gap is None or gap <= settings.decay_grace_days:
        return None
    cap = settings.decay_cap_days
    dated = settings.dated_decay_cap_days >= 0 and _dates_its_day(features, state)
    if dated:
        cap = max(settings.decay_grace_days, min(cap, settings.dated_decay_cap_days))
    decayed_days = min(gap, cap) - settings.decay_grace_days
    if dated and decayed_days < min(gap, settings.decay_cap_days) - settings.decay_grace_days:
        return -settings.decay_per_day * decayed_days, f"{gap} days later, dated to its day"
    return -settings.decay_per_day * decayed_days, f"{gap} days later"


def score_match(
    features: ArticleFeatures,
    text: float,
    state: EventState,
    settings: ClusterSettings,
    rare_names: frozenset[int] = frozenset(),
) -> Match:
    """The combined score of one candidate, given its text similarity."""
    applied = fact_adjustments(features, state, settings, rare_names)
    decay = _time_decay(features, state, settings)
    if decay is not None:
        applied.append(decay)
    delta = sum(change for change, _ in applied)
    notes = tuple(note for _, note in applied)
    penalties = tuple(note for change, note in applied if change <= 0)
    related = bool(features.places & state.places.keys() or rare_names & state.names.keys())
    return Match(state.event_id, text, text + delta, notes, related, penalties=penalties)


def with_compatibility(
    match: Match,
    features: ArticleFeatures,
    state: EventState,
    settings: ClusterSettings,
    unique_names: frozenset[int] = frozenset(),
) -> Match:
    return replace(
        match,
        compat=compatibility(
            features,
            state,
            settings,
            unique_names,
            window=settings.window_names_days > settings.time_window_days,
        ),
    )


def compatibility(
    features: ArticleFeatures,
    state: EventState,
    settings: ClusterSettings,
    unique_names: frozenset[int] = frozenset(),
    window: bool = False,
) -> Compatibility:
    """The facts of the article that contradict the event's, and whether the same names
    (victims, suspects) allow joining across them. `unique_names`: the article's names found in
    at most `override_name_events` events of the store; a name that recurs across events (an
    armed group, a police chief) says who acts, not which incident, and is not such evidence.
    `window`: a report past the time window is one more contradiction (a candidate's test;
    a near duplicate follows its original at any distance, as before)."""
    found = [
        window_contradiction(time_gap(features, state), settings)
        if window and not past_window_exempt(features, state, settings)
        else None,
        type_contradiction(features.family, state.event_types, settings),
        place_contradiction(features.cities, features.places, state.places, state.cities, settings),
        reference_contradiction(
            features.places, features.referenced, features.regions, state.places,
            state.first_places, settings,
        ),
        town_contradiction(
            features.family,
            features.cities,
            features.places,
            features.regions,
            state.cities,
            state.places,
            state.regions,
            settings,
        ),
        town_names_contradiction(
            features.family,
            features.places,
            features.regions,
            features.cities,
            state.places,
            state.regions,
            state.cities,
            settings,
        ),
        _quarter_contradiction(features, state, settings),
        quarter_town_contradiction(
            features.family,
            features.cities,
            features.places,
            features.regions,
            features.quarter_city,
            features.exact_event_day is not None or bool(state.exact_days),
            state.cities,
            state.places,
            state.regions,
            state.quarters,
            settings,
        ),
        country_contradiction(
            features.country, features.places, state.places, state.countries, settings
        ),
        region_contradiction(
            features.regions, features.places, state.places, state.regions, settings
        ),
        mode_contradiction(
            features.event_type,
            features.event_day,
            state.event_types,
            state.event_days,
            settings,
        ),
        exact_mode_contradiction(
            features.event_type,
            features.exact_event_day,
            state.event_types,
            state.exact_days,
            settings,
        ),
        province_mode_contradiction(
            features.event_type,
            features.exact_event_day,
            state.exact_days,
            features.places,
            features.regions,
            state.event_types,
            state.places,
            state.regions,
            settings,
            features.road_ends,
            state.road_ends,
        ),
        date_contradiction(
            features.sure_event_day or features.oneliner_day,
            features.family,
            state.sure_days,
            settings,
        ),
        differing_date_contradiction(
            features.sure_event_day or features.oneliner_day,
            features.family,
            features.event_type,
            features.ages,
            state.sure_days,
            state.event_types,
            state.ages,
            settings,
        ),
        oneliner_date_contradiction(
            None if features.sure_event_day is not None else features.oneliner_day,
            features.family,
            state.exact_days,
            settings,
        ),
        recall_contradiction(
            features.recalls_earlier,
            features.sure_event_day,
            features.family,
            state.sure_days,
            settings,
        ),
        exact_country_contradiction(
            features.exact_event_day,
            features.place_countries,
            state.exact_days,
            state.place_countries,
            settings,
        ),
        year_contradiction(features.event_year, state.event_years, settings),
        short_country_contradiction(
            len(features.terms) < settings.short_text_terms,
            features.family,
            features.casualties,
            features.place_countries,
            state.place_countries,
            settings,
        ),
        age_conflict(features.ages, state.ages, settings.age_tolerance)
        if settings.age_veto
        else None,
        _late_contradiction(features, state, settings),
        first_towns_contradiction(
            # (`first_town_sure_briefs`: a datelined brief dating its incident surely, by that
            # day)
            features.exact_event_day
            if features.exact_event_day is not None
            or not (
                settings.first_town_sure_briefs and features.brief and features.filed_from
            )
            else features.sure_event_day,
            features.first_place,
            features.places,
            features.cities,
            features.regions,
            features.family,
            # (`first_town_briefs`: an event none of whose reports writes its day out, by
            # the sure days of its briefs)
            state.exact_days or (state.sure_days if settings.first_town_briefs else Counter()),
            state.first_places,
            state.places,
            state.cities,
            state.regions,
            settings,
        ),
    ]
    exact = exact_date_contradiction(
        features.exact_event_day, state.exact_days, settings
    ) or day_part_contradiction(
        features.exact_event_day,
        features.exact_hours,
        state.exact_days,
        state.exact_hours,
        settings,
    )
    # Two incidents on dates each report writes out: the names they share are whoever acts in
    # both (a group, a town), not evidence of one event. A report of no incident type (an
    # arrest, a trial) dates its own step and may still name the incident's people.
    firm_exact = exact if settings.exact_date_firm and features.family is not None else None
    if firm_exact is None and exact is not None:
        found.append(exact)
    # Two entries that write out when and where, and say two wheres: the names they share are
    # the group's that acts in both, or the province's (`exact_place_firm`).
    # (`sure_place_veto`: the event's written-out dates stand for the article's when it is a
    # brief dating its incident surely and placing it in a town with a point, not its
    # dateline's)
    day = features.exact_event_day
    if (
        settings.sure_place_veto
        and features.brief
        and day is None
        and state.exact_days
        and state.cities
        and (
            any(city[0] != features.filed_from for city in features.cities)
            or (settings.sure_place_measured and features.measured)
        )
    ):
        day = features.sure_event_day or features.oneliner_day
    where = exact_place_contradiction(
        day,
        features.places,
        features.cities,
        state.exact_days,
        state.places,
        state.cities,
        settings,
        features.regions,
        state.regions,
        features.family,
    )
    shared_names = len(unique_names & state.names.keys())
    firm_where = (
        where
        if features.family is not None and shared_names < settings.exact_place_override_names
        else None
    )
    if firm_where is None and where is not None:
        found.append(where)
    # Siblings share their group's and their town's names, and one night's incidents their
    # town's: no names carry a join across either.
    sibling = sibling_contradiction(
        features.siblings,
        features.first_place,
        features.places,
        state.siblings,
        state.first_places,
        state.places,
        settings,
    ) or night_place_contradiction(
        features.exact_event_day,
        features.first_place,
        features.places,
        state.exact_days,
        state.first_places,
        state.places,
        settings,
    )
    firm = tuple(
        note
        for note in (
            _participant_contradiction(features, state, settings), firm_exact, firm_where, sibling
        )
        if note
    )
    against = tuple(note for note in (*found, *firm) if note is not None)
    if not against:
        return Compatibility(())
    if firm:
        return Compatibility(against, None, firm)
    return Compatibility(against, strong_evidence(shared_names, settings))
