"""A report that says its incident is one of several (#15, session 16): compat.SIBLINGS and
compat.sibling_contradiction, read from the real extraction and clusterer. The summaries are
written for this test in the way incident databases and news write them (no text from the data
sets)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from tests.helpers_cluster import against

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import exact_place_contradiction, says_siblings
from storyline.cluster.features import article_features
from storyline.cluster.scoring import compatibility
from storyline.cluster.state import decode_state, encode_state, new_state
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict

NEW = DedupVerdict(kind="new")
OFF = replace(ClusterSettings(), sibling_veto=0)


def _report(article_id: str, text: str) -> Article:
    return Article(id=article_id, title=None, text=text, published=None)


BUS_PARK = _report(
    "k1",
    "05/02/2016: A suicide bomber struck the Dutse bus park in the Sabon Gari quarter of Kano "
    "city, Kano state, Nigeria. It was one of two coordinated attacks that day across the city. "
    "Six people were killed and eleven were wounded.",
)
CHECKPOINT = _report(
    "k2",
    "05/02/2016: A suicide bomber struck a police checkpoint in Fagge area, Kano city, "
    "Kano state, Nigeria. It was one of two coordinated attacks that day across the city. "
    "Six people were killed and eleven were wounded.",
)
# The bus park attack as a second source writes it.
BUS_PARK_AGAIN = _report(
    "k3",
    "05/02/2016: A bomber blew himself up at the Dutse bus park in the Sabon Gari area of Kano, "
    "Nigeria, killing six people and wounding eleven in one of two attacks that day.",
)


def test_the_ways_a_report_says_its_incident_is_one_of_several() -> None:
    said = [
        "this was one of three coordinated attacks that morning across the capital.",
        "on tuesday, in one of 13 related attacks, a parcel bomb was intercepted",
        "it was the second of two bombings at the market that morning",
        "this was the tenth of ten coordinated raids across the province.",
        "in a series of related incidents, rebels blew up two pylons",
        "the ambush was coordinated with a simultaneous bombing of a depot.",
        "the blast is connected to another bombing in the same town.",
        "this was one of two arson incidents aimed at shops in the district.",
    ]
    not_said = [
        "a man was shot in one of the busiest streets of the city.",
        "one of the two suspects was arrested on monday.",
        "it was one of the deadliest attacks in years.",
        "police said another man was wounded in the attack.",
        "a neighbour said one of two shooting suspects wore a mask.",
    ]
    assert all(says_siblings(text) for text in said)
    assert not any(says_siblings(text) for text in not_said)


def test_another_of_the_coordinated_attacks_contradicts_and_the_same_one_does_not() -> None:
    note = against(BUS_PARK, CHECKPOINT)
    assert "one of several incidents: fagge not among the event's places" in note
    assert "one of several" not in against(BUS_PARK, CHECKPOINT, OFF)
    assert "one of several" not in against(BUS_PARK, BUS_PARK_AGAIN)


def test_coordinated_attacks_stay_apart_and_a_second_source_still_joins() -> None:
    # Control: without the test the two attacks' shared wording, day and city join them.
    clusterer = Clusterer(OFF)
    first = clusterer.assign(*gate_and_extract(BUS_PARK), NEW)
    other = clusterer.assign(*gate_and_extract(CHECKPOINT), NEW)
    assert other.event_id == first.event_id, other.reason

    clusterer = Clusterer()
    first = clusterer.assign(*gate_and_extract(BUS_PARK), NEW)
    other = clusterer.assign(*gate_and_extract(CHECKPOINT), NEW)
    again = clusterer.assign(*gate_and_extract(BUS_PARK_AGAIN), NEW)
    assert other.event_id != first.event_id
    assert "one of several incidents" in other.reason
    assert again.event_id == first.event_id, again.reason


def test_a_named_group_does_not_carry_a_join_across_it() -> None:
    group = " Militants of the Harundo Vasketh Brigade claimed both attacks."
    one = replace(BUS_PARK, text=BUS_PARK.text + group)
    two = replace(CHECKPOINT, id="k4", text=CHECKPOINT.text + group)
    settings = replace(ClusterSettings(), override_name_events=9)
    state = new_state("ev-s", "st-s")
    state.add(article_features(*gate_and_extract(one), settings), settings.event_terms)
    features = article_features(*gate_and_extract(two), settings)
    found = compatibility(features, state, settings, frozenset(features.names.tolist()))
    assert found.blocked


def test_state_keeps_the_mark_and_first_places_across_a_restart() -> None:
    settings = ClusterSettings()
    state = new_state("ev-s", "st-s")
    state.add(article_features(*gate_and_extract(BUS_PARK), settings), settings.event_terms)
    again = decode_state(encode_state(state))
    assert again.siblings and again.first_places == ("dutse",)
    assert again.place_countries == ("NG",)


# Two entries that each write out when and where (session 16): compat.exact_place_contradiction.
HAMLET = _report(
    "p1",
    "06/09/2003: Paramilitary gunmen killed four farmers and burned two houses in the hamlet of "
    "Puerto Alvira, Colombia. No group claimed responsibility.",
)
OTHER_TOWN = _report(
    "p2",
    "06/09/2003: Paramilitary gunmen killed four farmers and burned two houses in Aguas de Dios "
    "municipality, Colombia. No group claimed responsibility.",
)
HAMLET_AGAIN = _report(
    "p3",
    "06/09/2003: Paramilitary gunmen killed four farmers and burned two houses in Puerto Alvira, "
    "Meta department, Colombia, according to local officials.",
)
# The other town without a written-out date: a news report's weekday says no more than that.
OTHER_TOWN_UNDATED = _report(
    "p4",
    "Paramilitary gunmen killed four farmers and burned two houses in Aguas de Dios "
    "municipality, Colombia, on Monday, officials said.",
)


def test_two_dated_entries_naming_two_wheres_are_two_incidents() -> None:
    assert "aguas de dios: no place in common with the event's, both dated" in against(
        HAMLET, OTHER_TOWN
    )
    assert "no place in common" not in against(
        HAMLET, OTHER_TOWN, replace(ClusterSettings(), exact_place_veto=False)
    )
    assert "no place in common" not in against(HAMLET, HAMLET_AGAIN)
    assert "no place in common" not in against(HAMLET, OTHER_TOWN_UNDATED)


def test_two_dated_entries_in_two_countries_are_two_incidents_when_one_names_no_town() -> None:
    pipeline = _report(
        "c1",
        "03/11/2012: Two charges blew a hole in a section of an oil pipeline in northeast "
        "Colombia. Nobody said it set them.",
    )
    soldier = _report(
        "c2",
        "03/11/2012: An off-duty sergeant was shot dead in Toulouse, Midi-Pyrenees, France, "
        "outside a gym. Nobody said it did the killing.",
    )
    note = against(pipeline, soldier)
    assert "in FR, the event in CO, both dated" in note
    assert "both dated" not in against(
        pipeline,
        soldier,
        replace(ClusterSettings(), exact_country_veto=False, exact_place_veto=False),
    )
    same = replace(pipeline, id="c3", text=pipeline.text.replace("northeast", "north-eastern"))
    assert "both dated" not in against(pipeline, same)


def test_across_one_night_one_incident_is_at_one_place() -> None:
    market = _report(
        "n1",
        "07/14/2016: Gunmen shot dead a trader at the Sabon Gari market in Kano city, Kano state, "
        "Nigeria. Nobody said it did the killing.",
    )
    motor_park = _report(
        "n2",
        "07/15/2016: Gunmen shot dead a trader at a motor park in Fagge area, Kano city, Kano "
        "state, Nigeria. Nobody said it did the killing.",
    )
    # The market killing as a source dating it by the next day writes it.
    market_again = _report(
        "n3",
        "07/15/2016: A trader was shot dead by gunmen in Kano, Nigeria, police said, the attack "
        "at a market drawing crowds.",
    )
    note = against(market, motor_park)
    assert "dates written out a day apart: fagge not among the event's places" in note
    assert "a day apart" not in against(
        market, motor_park, replace(ClusterSettings(), night_place_veto=0)
    )
    assert "a day apart" not in against(market, market_again)


def test_a_county_and_its_seat_of_one_name_are_no_two_wheres() -> None:
    settings = ClusterSettings()
    day = 736000
    dated = Counter({day: 1})
    county = frozenset({"harlan county"})
    assert exact_place_contradiction(day, county, (), dated, ["harlan"], (), settings) is None
    assert exact_place_contradiction(day, county, (), dated, ["perry"], (), settings) == (
        "harlan county: no place in common with the event's, both dated"
    )
