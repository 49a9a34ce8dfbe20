"""Follow-ups weeks later that date their event to the incident's day: an arrest naming only
the suspect, published 40 days after the shooting, joins it without the time decay and
without the late report's need for shared names; another shooting in the same town 40 days
later, dated to its own day, stays apart (#15, session 19: `dated_decay_cap_days`,
`late_same_day_exempt`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.helpers_cluster import background, facts, published_after

from storyline.cluster import Clusterer, ClusterSettings
from storyline.records import Assignment, DedupVerdict

NEW = DedupVerdict(kind="new")
TOWN = "Brackenhollow"
DAY = date(2022, 9, 14)

SHOOTING = (
    "Two teenagers were wounded when someone opened fire on a group leaving a skating rink on "
    "Tannery Road in Brackenhollow on Wednesday night, police said. A 16-year-old was hit in "
    "the leg and a 17-year-old in the shoulder; both were taken to hospital. Detectives said "
    "several shots were fired from a dark hatchback that drove off along Tannery Road toward "
    "the river bridge. The skating rink closed early for the rest of the week."
)
# 40 days later: the suspect's name only (the wounded teenagers were never named), and the
# incident's date written out.
ARREST = (
    "Police have arrested Lysander Quaintrell, 22, in connection with the Sept. 14 shooting "
    "outside a skating rink that wounded two teenagers. Quaintrell was charged with two "
    "counts of aggravated assault and is held at the county jail on a $250,000 bond, a "
    "spokesperson said."
)
# Another shooting at the same rink 40 days later, dated to its own day.
OTHER = (
    "A man was wounded when shots were fired outside a skating rink on Tannery Road in "
    "Brackenhollow on Sunday night, police said. The man, 30, was taken to hospital with a "
    "wound to the arm. Detectives said the shots came from a car that drove off toward the "
    "river bridge. No arrests have been made."
)


def _pair(text: str, event_day: date, settings: ClusterSettings) -> tuple[Assignment, Assignment]:
    clusterer = Clusterer(settings)
    for article, extraction in background(30, DAY):
        clusterer.assign(article, extraction, NEW)
    first = published_after("f1", SHOOTING, DAY, 0)
    second = published_after("f2", text, DAY, 40)
    one = clusterer.assign(first, facts(first, TOWN, DAY), NEW)
    two = clusterer.assign(second, facts(second, TOWN, event_day), NEW)
    return one, two


def test_an_arrest_weeks_later_dated_to_the_shooting_joins_it() -> None:
    one, two = _pair(ARREST, DAY, ClusterSettings())
    assert two.event_id == one.event_id, two.reason
    assert "same event date" in two.reason
    assert "40 days later, dated to its day" in two.reason
    assert "names none" not in two.reason


def test_without_either_setting_the_arrest_founds_its_own_event() -> None:
    # The time decay of 40 days (-0.222) puts it below the threshold ...
    one, two = _pair(ARREST, DAY, replace(ClusterSettings(), dated_decay_cap_days=-1))
    assert two.created_event and two.event_id != one.event_id, two.reason
    assert "below threshold" in two.reason and "dated to its day" not in two.reason
    # ... and a report weeks later that names nobody of the event contradicts it.
    one, two = _pair(ARREST, DAY, replace(ClusterSettings(), late_same_day_exempt=False))
    assert two.created_event and two.event_id != one.event_id, two.reason
    assert "40 days after its last report, no name shared" in two.reason


def test_another_shooting_at_the_same_rink_dated_to_its_own_day_stays_apart() -> None:
    one, two = _pair(OTHER, DAY + timedelta(days=39), ClusterSettings())
    assert two.created_event, two.reason
    assert two.event_id != one.event_id


def test_a_date_a_day_off_still_counts_as_the_incident_day() -> None:
    one, two = _pair(ARREST, DAY + timedelta(days=1), ClusterSettings())
    assert two.event_id == one.event_id, two.reason
    one, two = _pair(ARREST, DAY + timedelta(days=3), ClusterSettings())
    assert "dated to its day" not in two.reason
