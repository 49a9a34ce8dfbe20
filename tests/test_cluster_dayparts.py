"""Exact dates a day apart are one incident only around midnight: the time of day a report's
date sentence gives decides, and so does the way of attacking (#15, session 14)."""

from __future__ import annotations

import struct
from collections import Counter
from dataclasses import replace
from datetime import date

from tests.helpers_cluster import background, dated_report

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import day_part_contradiction, exact_mode_contradiction
from storyline.cluster.features import article_features
from storyline.cluster.state import decode_state, encode_state, new_state
from storyline.records import Article, DedupVerdict, Extraction, Place

NEW = DedupVerdict(kind="new")
SUNDAY = date(2024, 6, 2)
MONDAY = date(2024, 6, 3)
TOWN = "Quarrymoor"
TOWN_AT = (51.20, 4.10)
ON = ClusterSettings()


def _report(
    article_id: str, text: str, said: str, when: date, event_type: str = "bombing"
) -> tuple[Article, Extraction]:
    town = text.find(TOWN)
    places = (Place(TOWN, "city", "BE", *TOWN_AT, town, town + len(TOWN)),) if town >= 0 else ()
    return dated_report(article_id, text, said, when, event_type=event_type, places=places)


def _hours(text: str, when: date = SUNDAY) -> tuple[int, int] | None:
    said = when.strftime("%m/%d/%Y")
    article, extraction = _report("x", f"{said}: {text}", said, when)
    return article_features(article, extraction, ON).exact_hours


def test_the_time_of_day_in_an_exact_dates_sentence() -> None:
    cases = [
        ("On Sunday morning, a parcel bomb went off at a kiosk.", (0, 12)),
        ("On Sunday afternoon, gunmen fired on a bus in the square.", (12, 19)),
        ("On Sunday evening two grenades were thrown at a police post.", (17, 24)),
        ("Late on Sunday night, a car bomb exploded near the depot.", (21, 29)),
        ("In the early morning, a mortar round hit a school yard.", (0, 9)),
        ("At dawn, raiders burned three granaries outside the village.", (3, 8)),
        ("On Sunday, at 0820, a bomb hidden in a cart exploded at the gate.", (8, 9)),
        ("On Sunday, after 1600, a suicide bomber struck a procession.", (16, 17)),
        ("At 12:40 a.m. a blast damaged the assembly hall.", (0, 1)),
        ("Around 9 p.m. attackers opened fire on a checkpoint.", (21, 22)),
        # A weekday next to the part, the day before or after the date, anchors it there:
        # "Saturday night" in an entry dated Sunday is the night before.
        ("On Saturday night, gunmen shot a guard at the warehouse.", (-6, 5)),
        ("Early Monday, a device went off under a parked lorry.", (24, 32)),
    ]
    for text, hours in cases:
        assert _hours(text) == hours, text
    for text in [
        "On Sunday, a bomb went off at the central market.",  # no time of day
        "Fighters who had trained after 2005 attacked a convoy.",  # a year, not a time
        "A bomb went off at a nightclub near the port.",  # "nightclub" is no night
    ]:
        assert _hours(text) is None, text
    # Only a date written out has a time worth comparing.
    article, extraction = _report("x", "On Sunday morning a bomb exploded.", "Sunday", SUNDAY)
    assert article_features(article, extraction, ON).exact_hours is None


def test_a_day_apart_is_one_incident_only_across_one_midnight() -> None:
    sunday, monday = SUNDAY.toordinal(), MONDAY.toordinal()
    event = Counter({sunday: 1})
    # An afternoon the day after, a morning the day before: not the same night.
    found = day_part_contradiction(monday, (12, 19), event, (), ON)
    assert found == "at 12-19 h, the event's reports a day before at other times"
    assert day_part_contradiction(sunday - 1, (0, 12), event, (), ON) is not None
    # The small hours of the day after, the evening of the day before: one night.
    assert day_part_contradiction(monday, (0, 8), event, (), ON) is None
    assert day_part_contradiction(sunday - 1, (17, 24), event, (), ON) is None
    # "Sunday night" (dated Monday: the night before) against Sunday's event.
    assert day_part_contradiction(monday, (-6, 5), event, (), ON) is None
    # No time on the article's side: the event's reports' times decide.
    assert day_part_contradiction(monday, None, event, ((sunday, 8, 12),), ON) is not None
    assert day_part_contradiction(monday, None, event, ((sunday, 18, 29),), ON) is None
    # ... and a report of that day without a time is its whole day.
    two = Counter({sunday: 2})
    assert day_part_contradiction(monday, None, two, ((sunday, 8, 12),), ON) is None
    assert day_part_contradiction(monday, (12, 19), two, ((sunday, 8, 12),), ON) is not None
    # No time on either side: the one-day window stands.
    assert day_part_contradiction(monday, None, event, (), ON) is None
    # Same day, or no exact date within a day: left to the other tests.
    both = Counter({sunday: 1, monday: 1})
    assert day_part_contradiction(monday, (12, 19), both, (), ON) is None
    assert day_part_contradiction(monday + 3, (12, 19), event, (), ON) is None
    assert day_part_contradiction(None, (12, 19), event, (), ON) is None
    assert day_part_contradiction(monday, (12, 19), event, (), ClusterSettings(
        day_part_veto_hours=0)) is None


# Two attacks in one town on consecutive days, in an incident database's wording: the town,
# the target and most words are shared, the dates and times of day differ.
_ENTRY = (
    "{said}: On {when}, assailants detonated an explosive device at a fuel depot in Quarrymoor. "
    "Two guards were wounded and a tanker was damaged in the blast. Nobody has said it "
    "carried out the attack."
)


def _entries(
    first_when: str,
    second_when: str,
    settings: ClusterSettings,
    second_entry: str = _ENTRY,
    second_type: str = "bombing",
) -> str:
    clusterer = Clusterer(settings)
    for article, extraction in background(30, SUNDAY):
        clusterer.assign(article, extraction, NEW)
    said_one, said_two = SUNDAY.strftime("%m/%d/%Y"), MONDAY.strftime("%m/%d/%Y")
    one = _report("d1", _ENTRY.format(said=said_one, when=first_when), said_one, SUNDAY)
    text_two = second_entry.format(said=said_two, when=second_when)
    two = _report("d2", text_two, said_two, MONDAY, second_type)
    first = clusterer.assign(*one, NEW)
    assignment = clusterer.assign(*two, NEW)
    return ("joined " if assignment.event_id == first.event_id else "apart ") + assignment.reason


def test_two_attacks_on_consecutive_days_at_other_times_stay_apart() -> None:
    off = replace(ON, day_part_veto_hours=0)
    assert _entries("Sunday", "Monday afternoon", off).startswith("joined"), "control"
    found = _entries("Sunday", "Monday afternoon", ON)
    assert found.startswith("apart") and "a day before at other times" in found, found
    # The time on the event's side: Sunday morning is not Monday's incident.
    assert _entries("Sunday morning", "Monday", ON).startswith("apart")
    # Around one midnight they may be one incident dated either side of it.
    assert _entries("Sunday night", "Monday", ON).startswith("joined")
    assert _entries("Sunday", "early Monday", ON).startswith("joined")
    assert _entries("Sunday", "Monday", ON).startswith("joined")


def test_another_way_of_attacking_on_the_next_exact_day() -> None:
    sunday, monday = SUNDAY.toordinal(), MONDAY.toordinal()
    bombing = Counter({"bombing": 2})
    found = exact_mode_contradiction("shooting", monday, bombing, Counter({sunday: 2}), ON)
    assert found == "a shooting on another day, the event's bombing"
    # The same day, a mode the event's reports name, no mode, no date written out: nothing.
    assert exact_mode_contradiction("shooting", sunday, bombing, Counter({sunday: 1}), ON) is None
    mixed = Counter({"bombing": 1, "shooting": 1})
    assert exact_mode_contradiction("shooting", monday, mixed, Counter({sunday: 1}), ON) is None
    assert exact_mode_contradiction("fire", monday, bombing, Counter({sunday: 1}), ON) is None
    assert exact_mode_contradiction("shooting", None, bombing, Counter({sunday: 1}), ON) is None
    assert exact_mode_contradiction("shooting", monday, bombing, Counter(), ON) is None
    assert exact_mode_contradiction("shooting", monday, Counter({"other": 1}), Counter({sunday: 1}),
                                    ON) is None
    off = replace(ON, exact_mode_veto=False)
    assert exact_mode_contradiction("shooting", monday, bombing, Counter({sunday: 2}), off) is None


# The next day's entry in the same town: gunmen, not a device.
_SHOOTING = (
    "{said}: On {when}, assailants opened fire on guards at a fuel depot in Quarrymoor. Two "
    "guards were wounded and a tanker was damaged in the attack. Nobody has said it "
    "carried out the attack."
)


def test_a_shooting_the_day_after_a_bombing_in_the_same_town_is_another_attack() -> None:
    off = replace(ON, exact_mode_veto=False)
    control = _entries("Sunday", "Monday", off, _SHOOTING, "shooting")
    assert control.startswith("joined"), control
    found = _entries("Sunday", "Monday", ON, _SHOOTING, "shooting")
    assert found.startswith("apart") and "a shooting on another day" in found, found
    # The same attack mode the next day stays within the one-day window.
    assert _entries("Sunday", "Monday", ON).startswith("joined")


def test_state_keeps_the_times_and_reads_older_states_without_them() -> None:
    state = new_state("ev-h", "st-h")
    state.exact_hours = ((SUNDAY.toordinal(), 12, 19),)
    full = encode_state(state)
    assert decode_state(full).exact_hours == ((SUNDAY.toordinal(), 12, 19),)
    older = full.replace(b',"hours":[[' + str(SUNDAY.toordinal()).encode() + b",12,19]]", b"")
    cut = len(full) - len(older)
    assert cut > 0
    length = struct.unpack("<I", older[4:8])[0] - cut
    assert decode_state(older[:4] + struct.pack("<I", length) + older[8:]).exact_hours == ()
