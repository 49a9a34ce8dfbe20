"""Past the time window: a report a year after the incident joins it only when it names the
same people (a sentencing, a dismissal), never another incident in the same place (#15,
session 18: `window_names_days`, compat.window_contradiction)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from tests.helpers_cluster import background, facts, published_after

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import window_contradiction
from storyline.records import Assignment, DedupVerdict

NEW = DedupVerdict(kind="new")
TOWN = "Larchmere"
DAY = date(2023, 4, 11)
# (session 31: a report dating its event to the event's own day in one of its places is past
# no window, `window_dated_day_exempt`: the sentencing here is dated to the shooting's day.
# The window's own behaviour is shown with that off.)
UNDATED_WINDOW = replace(ClusterSettings(), window_dated_day_exempt=False)

SHOOTING = (
    "Odalys Fenwright, 34, was shot dead outside a laundromat on Quarry Lane in Larchmere late "
    "on Tuesday, police said. Officers arrested Casimir Drobny, 27, a short distance away and "
    "recovered a revolver from a storm drain on Quarry Lane. Neighbours said Fenwright had "
    "argued with Drobny about a parking space outside the laundromat an hour before the "
    "gunfire. Detectives said the laundromat's camera recorded the shooting."
)
SENTENCING = (
    "Casimir Drobny was sentenced to 38 years in prison on Friday for shooting Odalys "
    "Fenwright outside a laundromat on Quarry Lane in Larchmere. Drobny told the court he had "
    "argued with Fenwright about a parking space before he fired the revolver. The judge cited "
    "the laundromat's camera recording of the shooting."
)
# Another incident at the same spot a year later: the same street and laundromat, nobody of
# the first.
OTHER = (
    "Wendell Aspinall, 41, was shot outside a laundromat on Quarry Lane in Larchmere late on "
    "Saturday, police said. Officers searched Quarry Lane for a revolver and reviewed the "
    "laundromat's camera recording of the shooting; no one was arrested. Neighbours said the "
    "gunfire followed an argument about a parking space outside the laundromat."
)


def _pair(text: str, days: int, settings: ClusterSettings) -> tuple[Assignment, Assignment]:
    """The shooting's report, then `text` published `days` later (its event dated to the
    shooting's day for a sentencing, to its own for another incident), in a store with
    history."""
    clusterer = Clusterer(settings)
    for article, extraction in background(30, DAY):
        clusterer.assign(article, extraction, NEW)
    first = published_after("w1", SHOOTING, DAY, 0)
    second = published_after("w2", text, DAY, days)
    day = DAY if text is SENTENCING else DAY + timedelta(days=days - 1)
    one = clusterer.assign(first, facts(first, TOWN, DAY), NEW)
    two = clusterer.assign(second, facts(second, TOWN, day), NEW)
    return one, two


def test_a_sentencing_a_year_later_joins_its_shooting_through_the_names_it_shares() -> None:
    one, two = _pair(SENTENCING, 420, UNDATED_WINDOW)
    assert two.event_id == one.event_id, two.reason
    assert "420 days after its last report, past the 365-day window" in two.reason
    assert "joined across it:" in two.reason and "rare names shared" in two.reason
    assert two.evidence is not None
    assert "420 days after its last report, past the 365-day window" in two.evidence.against
    assert two.evidence.override is not None
    # The hard window of before (window_names_days 0): the same report founds its own event,
    # and the explanation says why the shooting's event was out of reach.
    off = replace(UNDATED_WINDOW, window_names_days=0)
    one, two = _pair(SENTENCING, 420, off)
    assert two.created_event
    assert two.evidence is not None
    why = {event_id: why for event_id, _, why in two.evidence.not_chosen}
    assert why[one.event_id] == (
        "420 days after its last report, beyond the 365 days any report may join"
    )


def test_another_shooting_at_the_same_spot_a_year_later_stays_apart() -> None:
    one, two = _pair(OTHER, 420, ClusterSettings())
    assert two.created_event, two.reason
    assert two.evidence is not None
    why = {event_id: why for event_id, _, why in two.evidence.not_chosen}
    assert "past the 365-day window" in why.get(one.event_id, ""), two.evidence.not_chosen


def test_a_sentencing_dated_to_its_shooting_s_day_is_past_no_window() -> None:
    for days in (420, 800, 1500):
        one, two = _pair(SENTENCING, days, ClusterSettings())
        assert two.event_id == one.event_id, two.reason
        assert "dated to its day" in two.reason and "window" not in two.reason
    # another incident at the same spot, dated to its own day, is still parted by the window
    one, two = _pair(OTHER, 800, ClusterSettings())
    assert two.created_event, two.reason


def test_beyond_window_names_days_no_names_carry_a_join() -> None:
    one, two = _pair(SENTENCING, 800, UNDATED_WINDOW)
    assert two.created_event, two.reason
    assert two.evidence is not None
    why = {event_id: why for event_id, _, why in two.evidence.not_chosen}
    assert why.get(one.event_id) == (
        "800 days after its last report, beyond the 730 days any report may join"
    )
    # Within the window nothing changes: the sentencing joins with no window note.
    one, two = _pair(SENTENCING, 200, ClusterSettings())
    assert two.event_id == one.event_id
    assert "window" not in two.reason


def test_the_window_contradiction() -> None:
    settings = ClusterSettings()
    assert window_contradiction(None, settings) is None
    assert window_contradiction(365, settings) is None
    assert window_contradiction(366, settings) == (
        "366 days after its last report, past the 365-day window"
    )
