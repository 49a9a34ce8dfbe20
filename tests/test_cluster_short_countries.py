"""One-line items of incidents in two countries are two events (session 20, #15:
compat.short_country_contradiction, `short_country_veto`). A world-news day-by-day set has
many one-line items of one kind in different countries ("a drone strike kills ..."); sharing
the kind's words, they chained into one event. All texts are made up for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import short_country_contradiction
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict

NEW = DedupVerdict(kind="new")


def _item(article_id: str, day: int, text: str) -> Article:
    return Article(
        id=article_id, title=None, text=text, published=datetime(2027, 5, day, 9, tzinfo=UTC)
    )


# (id, day, text, story): strikes and attacks of one kind in five countries, and follow-ups of
# two of them naming the same country.
ITEMS = [
    ("d1", 1, "A drone strike kills four suspected militants in Yemen.", "yemen"),
    ("d2", 1, "A drone strike kills six al-Shabaab fighters in Somalia, the army says.", "somalia"),
    ("d3", 2, "A drone strike kills five militants in Pakistan near the border.", "pakistan"),
    ("d4", 2, "A drone attack kills nine people at a market in Sudan.", "sudan"),
    ("d5", 3, "Yemen says the drone strike that killed four people hit a wedding convoy.", "yemen"),
    ("d6", 4, "A drone strike kills twelve people at a wedding in Mali, residents say.", "mali"),
    ("d7", 4, "Somalia says the drone strike killed two senior al-Shabaab commanders.", "somalia"),
]


def _events(settings: ClusterSettings,
            items: list[tuple[str, int, str, str]] | None = None) -> dict[str, str]:
    clusterer = Clusterer(settings)
    event_of = {}
    for article_id, day, text, _ in ITEMS if items is None else items:
        article, extraction = gate_and_extract(_item(article_id, day, text))
        event_of[article_id] = clusterer.assign(article, extraction, NEW, None).event_id
    return event_of


def test_one_line_items_of_one_kind_in_other_countries_are_other_events() -> None:
    event_of = _events(ClusterSettings())
    story = {article_id: name for article_id, _, _, name in ITEMS}
    for one in event_of:
        for other in event_of:
            if story[one] != story[other]:
                assert event_of[one] != event_of[other], (one, other)
    # Without the test, the kind's words chain them.
    chained = _events(replace(ClusterSettings(), short_country_veto=False))
    assert len(set(chained.values())) < len(set(event_of.values()))


def test_only_a_short_report_of_its_own_casualties_at_one_spot_is_tested() -> None:
    settings = ClusterSettings()
    args = (["SO"], ["YE"], settings)
    assert short_country_contradiction(True, "attack", True, *args) == (
        "a one-line item in SO, the event in YE"
    )
    # A longer report names places incidentally; a reaction names the reacting country; a
    # storm crosses borders; an arrest abroad may be of the attack's suspect.
    assert short_country_contradiction(False, "attack", True, *args) is None
    assert short_country_contradiction(True, "attack", False, *args) is None
    assert short_country_contradiction(True, "storm", True, *args) is None
    assert short_country_contradiction(True, None, True, *args) is None
    # A country in common, or none named on a side, contradicts nothing.
    assert short_country_contradiction(True, "attack", True, ["SO", "KE"], ["KE"], settings) is None
    assert short_country_contradiction(True, "attack", True, [], ["YE"], settings) is None
    off = replace(settings, short_country_veto=False)
    assert short_country_contradiction(True, "attack", True, ["SO"], ["YE"], off) is None


# Session 23 (the fresh world-news probe): one-line items of earthquakes and eruptions, with or
# without dead, in several countries; follow-ups of two of them name the same country.
QUAKES = [
    ("q1", 3, "A magnitude 6.9 earthquake strikes off the coast of Chile; no damage reported.",
     "chile"),
    ("q2", 4, "A magnitude 6.2 earthquake shakes the island of Mindanao, Philippines.",
     "philippines"),
    ("q3", 5, "Chile lifts its tsunami warning after the offshore earthquake.", "chile"),
    ("q4", 6, "A strong earthquake of magnitude 6.4 rocks northern Japan; no tsunami is expected.",
     "japan"),
    ("q5", 7, "A magnitude 6.5 earthquake hits near Vanuatu; no casualties are reported.",
     "vanuatu"),
    ("q6", 8, "Mount Semeru erupts in Indonesia, sending an ash column 5 km high.", "indonesia"),
    ("q7", 9, "The Philippines says the earthquake on Mindanao damaged 300 homes.",
     "philippines"),
    ("q8", 10, "A volcano erupts in Iceland for the third time this year.", "iceland"),
]


def test_one_line_quakes_and_eruptions_in_other_countries_are_other_events() -> None:
    event_of = _events(ClusterSettings(), QUAKES)
    story = {article_id: name for article_id, _, _, name in QUAKES}
    for one in event_of:
        for other in event_of:
            if story[one] != story[other]:
                assert event_of[one] != event_of[other], (one, other)
    # ... and the follow-ups naming the struck country join their quake.
    assert event_of["q1"] == event_of["q3"]
    assert event_of["q2"] == event_of["q7"]
    assert short_country_contradiction(True, "earthquake", False, ["TO"], ["PE"],
                                       ClusterSettings()) is not None
    assert short_country_contradiction(True, "volcano", False, ["IS"], ["ID"],
                                       ClusterSettings()) is not None
    # ... a country in common contradicts nothing (a reaction names the struck country).
    assert short_country_contradiction(True, "earthquake", False, ["US", "PE"], ["PE"],
                                       ClusterSettings()) is None
