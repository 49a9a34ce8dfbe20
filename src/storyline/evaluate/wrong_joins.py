"""Wrong joins by cause: which kind of evidence carried an article into another incident's event.

A join is wrong when the article joined an event none of whose earlier reports shares its gold
label (the first report of an incident that went into another incident's event, or a later one
that went astray). Its cause is read from the evidence the clusterer kept for the join
(storyline.cluster.evidence), first matching rule first:

- near_duplicate: it followed its original (a page template reporting another incident);
- roundup: the article, or a report the event already held, is a round-up of several incidents;
- background_mention: the event's places are named only in the article's background sentences;
- type: the type families differ (the event's established family and the article's);
- same_day_other_place: event dates within a day, places named on both sides, none shared;
- same_place_other_time: a shared place, event dates more than two days apart;
- same_place_same_day: a shared place, event dates within two days (two incidents in one city);
- same_place_no_date: a shared place, no event date on one side to compare;
- same_publisher_only: the event held only the article's own publisher's reports (site chrome);
- other: text alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from storyline.cluster.evidence import get_evidence
from storyline.records import JoinEvidence
from storyline.store import Store

__all__ = ["CAUSES", "wrong_joins_by_cause"]

CAUSES = (
    "near_duplicate",
    "roundup",
    "background_mention",
    "type",
    "same_day_other_place",
    "same_place_other_time",
    "same_place_same_day",
    "same_place_no_date",
    "same_publisher_only",
    "other",
)


def wrong_joins_by_cause(
    store: Store, article_ids: Sequence[str], gold: Mapping[str, frozenset[str]]
) -> dict[str, int]:
    """Counts of wrong joins per cause (and "all", and "joins": every join scored), over the
    labelled articles in the order they were ingested."""
    causes, joins = count_wrong_joins(
        ((article_id, get_evidence(store, article_id)) for article_id in article_ids), gold)
    found = {f"wrong_joins.{cause}": causes[cause] for cause in CAUSES}
    found["wrong_joins.all"] = sum(causes.values())
    found["joins"] = joins
    return found


def count_wrong_joins(
    order: Iterable[tuple[str, JoinEvidence | None]], gold: Mapping[str, frozenset[str]]
) -> tuple[Counter[str], int]:
    """The wrong joins per cause and the number of joins scored, over (article id, evidence)
    in ingest order: a join is wrong when the event held no article of the joining one's gold
    labels yet."""
    labels_in: dict[str, set[str]] = {}
    roundup_in: set[str] = set()
    causes: Counter[str] = Counter()
    joins = 0
    for article_id, evidence in order:
        labels = gold.get(article_id)
        if evidence is None or labels is None:
            continue
        event_id = evidence.event_id
        if evidence.decision != "new_event":
            joins += 1
            if not labels & labels_in.get(event_id, set()):
                causes[_cause(evidence, event_id in roundup_in)] += 1
        labels_in.setdefault(event_id, set()).update(labels)
        if evidence.roundup:
            roundup_in.add(event_id)
    return causes, joins


def _cause(evidence: JoinEvidence, event_has_roundup: bool) -> str:
    gap = evidence.date_gap_days
    shared_place = bool(evidence.shared_places)
    if evidence.decision == "followed_original":
        return "near_duplicate"
    if evidence.roundup or event_has_roundup:
        return "roundup"
    if evidence.background_places and not shared_place:
        return "background_mention"
    if any(note.startswith("type family") for note in evidence.against):
        return "type"
    if gap is not None and gap <= 1 and not shared_place and "different places" in evidence.against:
        return "same_day_other_place"
    if shared_place and gap is not None:
        return "same_place_other_time" if gap > 2 else "same_place_same_day"
    if shared_place:
        return "same_place_no_date"
    if evidence.same_publisher_only:
        return "same_publisher_only"
    return "other"
