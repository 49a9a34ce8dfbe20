"""Per-field resolvers for an event's own attributes across its reports: type, date, places.

Each resolver returns the chosen value and a `why` naming the rule and the reports behind it.
Near-duplicate copies are left out of every vote: a wire story printed ten times is one report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from storyline.extract.event_type import CIVILIAN_TARGET, names_its_means
from storyline.reconcile.facts import report_time
from storyline.records import EventDate, Extraction, Place
from storyline.store.base import StoredArticle

_NON_TYPES = frozenset({"", "unknown", "other", "none"})
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_KIND_RANK = {"venue": 0, "city": 1, "region": 2, "country": 3}
MAX_PLACES = 8


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    date: EventDate
    article_id: str
    supporting: tuple[str, ...]
    why: str


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    place: Place
    article_ids: tuple[str, ...]


def independent_extractions(
    articles: Sequence[StoredArticle], extractions: Mapping[str, Extraction]
) -> list[tuple[StoredArticle, Extraction]]:
    """(article, extraction) of the reports that count as independent, in reporting order."""
    pairs = [
        (stored, extractions[stored.article.id])
        for stored in articles
        if stored.article.id in extractions and stored.verdict.kind != "near_duplicate"
    ]
    return sorted(pairs, key=lambda pair: (report_time(pair[0]), pair[0].article.id))


def resolve_event_type(pairs: Sequence[tuple[StoredArticle, Extraction]]) -> tuple[str, str]:
    """One type for the event, whatever words each report used: the majority of the
    independent reports' types, counting only the reports that say how it happened when some
    do (`names_its_means`: "Gas blast kills four" and "Norvik blast toll rises to nine" are one
    explosion, whose means the first report names); a tie goes to the earliest report's type."""
    typed = [e for _, e in pairs if e.event_type not in _NON_TYPES]
    if not typed:
        fallback = next((e.event_type for _, e in pairs if e.event_type), "unknown")
        return fallback, "no report states a specific type"
    telling = [e for e in typed if _tells_how(e)]
    voters = telling or typed
    votes = Counter(e.event_type for e in voters)
    best = max(votes.values())
    tied = [e.event_type for e in voters if votes[e.event_type] == best]
    chosen = tied[0]
    why = f"majority: {best} of {len(voters)} independent reports say {chosen}"
    if len(voters) < len(typed):
        untold = len(typed) - len(voters)
        why += (f" ({untold} more name only an explosion or a death, not how:"
                " the reports that name it decide)")
    if len(set(tied)) > 1:
        why += " (tie broken by the earliest report)"
    return chosen, why


def _tells_how(extraction: Extraction) -> bool:
    """Whether the report's type says how the event happened (`names_its_means`). A bombing
    read from a bare explosion word says it too when the report holds a claim, blame or
    suspicion for the explosion: something someone claims or is blamed for was set off on
    purpose ("A group claims the dam blast behind Saturday's floods" is a bombing, whatever the
    floods' reports say); a denial alone says nothing of the means."""
    if names_its_means(extraction.event_type, extraction.event_type_evidence):
        return True
    return extraction.event_type == "bombing" and any(
        claim.kind != "denied" for claim in extraction.claims
    )


def resolve_target(pairs: Sequence[tuple[StoredArticle, Extraction]]) -> str | None:
    """Whom the attack was against, by the independent reports that say (`Extraction.target`):
    the majority; a tie goes to civilians (a report that counts unarmed victims among the dead
    outweighs one that names only the soldiers)."""
    votes = Counter(e.target for _, e in pairs if e.target)
    if not votes:
        return None
    return max(votes, key=lambda target: (votes[target], target == CIVILIAN_TARGET))


def resolve_event_date(pairs: Sequence[tuple[StoredArticle, Extraction]]) -> ResolvedDate | None:
    """The most supported credible date; ties go to the earliest date.

    Credible: not after the publication day of the report that gives it (an event cannot happen
    after it was reported), and of the finest precision any report gives.
    """
    candidates = [
        (stored, e.event_date)
        for stored, e in pairs
        if e.event_date is not None and e.event_date.value <= report_time(stored).date()
    ]
    if not candidates:
        return None
    finest = min(_PRECISION_RANK[d.precision] for _, d in candidates)
    candidates = [(s, d) for s, d in candidates if _PRECISION_RANK[d.precision] == finest]
    support = Counter(d.value for _, d in candidates)
    value = min(support, key=lambda v: (-support[v], v))
    backers = [s.article.id for s, d in candidates if d.value == value]
    first_stored, first_date = next((s, d) for s, d in candidates if d.value == value)
    why = (
        f"most supported credible date: {len(backers)} of {len(candidates)} dated reports "
        f"({', '.join(backers[:5])}{'...' if len(backers) > 5 else ''})"
    )
    return ResolvedDate(first_date, first_stored.article.id, tuple(backers), why)


def resolve_places(pairs: Sequence[tuple[StoredArticle, Extraction]]) -> list[ResolvedPlace]:
    """Places named by the reports, most reported first, the more specific first on ties."""
    support: dict[tuple[str, str, str | None], list[str]] = {}
    first_seen: dict[tuple[str, str, str | None], Place] = {}
    for stored, extraction in pairs:
        for place in extraction.places:
            key = (place.name.lower(), place.kind, place.country)
            first_seen.setdefault(key, place)
            ids = support.setdefault(key, [])
            if stored.article.id not in ids:
                ids.append(stored.article.id)
    ranked = sorted(support, key=lambda k: (-len(support[k]), _KIND_RANK.get(k[1], 9), k[0]))
    return [ResolvedPlace(first_seen[k], tuple(support[k])) for k in ranked[:MAX_PLACES]]
