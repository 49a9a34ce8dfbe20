"""A report that sets its incident beside another one, and a fire whose report rules arson out
(session 21, #15; found by the blind multi-source probe, benchmarks/probes/clustering/
multisource_*). "It came on the same day as a deadlier bombing in X", "the blaze came two days
after a grenade attack at ...", "police said the clashes were not linked to the bus attack":
the clause after the cue describes the other incident (roles._other_incident_clauses), and its
words and places pulled the report into that incident's event. "Investigators ruled out arson"
made a market fire a set fire (compat.set_fire_type), compatible with the attack two days
before in the same town. All texts are made up for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import SET_FIRE_TYPE, set_fire_type
from storyline.cluster.features import article_features
from storyline.cluster.roles import sentence_roles
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict

NEW = DedupVerdict(kind="new")

# (text, the clause that is background): written for this test, varied kinds and wordings.
OTHER_INCIDENT = [
    (
        "The ambush came three days after a roadside bomb killed two soldiers near Gao.",
        "came three days after a roadside bomb killed two soldiers near Gao.",
    ),
    (
        "Tuesday's fire comes only hours after an explosion at a refinery in Ras Tanura.",
        "comes only hours after an explosion at a refinery in Ras Tanura.",
    ),
    (
        "Officers said the robbery was not believed to be linked to Sunday's stabbing in Elmwood.",
        "not believed to be linked to Sunday's stabbing in Elmwood.",
    ),
    (
        "The killing happened on the same night as a double shooting in the Fairview district.",
        "the same night as a double shooting in the Fairview district.",
    ),
    (
        "Authorities said the crash didn't appear to be connected to the pile-up on Route 9.",
        "n't appear to be connected to the pile-up on Route 9.",
    ),
    (
        "The strike comes a week after another drone hit a fuel depot in Kherson.",
        "comes a week after another drone hit a fuel depot in Kherson.",
    ),
    (
        "The blast came less than two days before a marathon was due to pass through Bilbao.",
        "came less than two days before a marathon was due to pass through Bilbao.",
    ),
    (
        "Police stressed the riot was not at all tied to the protest in Ibadan.",
        "not at all tied to the protest in Ibadan.",
    ),
    (
        "The arson attack came just hours after a gunman opened fire at a bus stop in Malmo.",
        "came just hours after a gunman opened fire at a bus stop in Malmo.",
    ),
]

# Clauses about the report's own incident or people: none is background.
OWN_INCIDENT = [
    "The arrest came two days after the shooting on Maple Avenue.",
    "His arrest came after a neighbour told detectives about the rifle.",
    "The boy, who is no relative of the victim, was treated at the scene.",
    "It is not clear whether the men were connected to the robbery.",
    "Officers said the shooting was connected to a dispute between neighbours.",
    "The same day, police arrested a second man in Dayton.",
    "Detectives doubt that anyone else was connected to the attack.",
    "The fire broke out hours after a family dinner at the farmhouse.",
]


@pytest.mark.parametrize(("text", "clause"), OTHER_INCIDENT)
def test_a_clause_about_another_incident_is_background(text: str, clause: str) -> None:
    spans = [(start, end) for start, end, role in sentence_roles(text) if role == "background"]
    assert [text[start:end] for start, end in spans] == [clause]


@pytest.mark.parametrize("text", OWN_INCIDENT)
def test_a_clause_about_the_reports_own_incident_is_not(text: str) -> None:
    assert sentence_roles(text) == []


# Fire reports' leads (lower-cased): set, or the setting ruled out.
SET_FIRES = [
    "an arson attack gutted the pharmacy overnight",
    "the barn was set on fire by two teenagers, police said",
    "petrol bombs were thrown at the depot",
    "the shop was torched hours after the owner refused to pay",
]
NOT_SET = [
    "investigators ruled out arson and blamed a faulty heater",
    "there was no sign of arson, the fire chief said",
    "police said the fire was not deliberately set",
    "officials say the blaze was not arson but an electrical fault",
    "the fire service has ruled out arson",
    "without any evidence of arson, the case was closed",
]


@pytest.mark.parametrize("lead", SET_FIRES)
def test_a_fire_the_lead_says_was_set_is_a_set_fire(lead: str) -> None:
    assert set_fire_type("fire", lead) == SET_FIRE_TYPE


@pytest.mark.parametrize("lead", NOT_SET)
def test_a_fire_whose_setting_is_ruled_out_is_a_fire(lead: str) -> None:
    assert set_fire_type("fire", lead) == "fire"


def _article(article_id: str, day: int, title: str, text: str) -> Article:
    return Article(
        id=article_id, title=title, text=text, published=datetime(2027, 3, day, 16, tzinfo=UTC)
    )


# A bombing in Mosul reported twice, then a bombing in Kirkuk the same day whose report says it
# came after the Mosul one: the other city is named only in that clause.
MOSUL = [
    _article(
        "m1",
        6,
        "Suicide bomber kills nine at Mosul market",
        "MOSUL, Iraq - A suicide bomber set off his vest in a crowded vegetable market in "
        "Mosul on Sunday morning, killing nine people and wounding 31, police said. The "
        "bomber walked into the market shortly after 8 a.m. Ambulances took the wounded to "
        "the city's main hospital. No group claimed the attack.",
    ),
    _article(
        "m2",
        6,
        "Mosul market bombing: nine dead, dozens hurt",
        "Nine people were killed when a suicide bomber struck a vegetable market in Mosul "
        "on Sunday, a police officer and a medic said. Thirty-one people were wounded, "
        "several of them stall holders. Security forces sealed off the market.",
    ),
]
KIRKUK = _article(
    "k1",
    6,
    "Car bomb outside Kirkuk bank kills four",
    "KIRKUK, Iraq - A car bomb exploded outside a bank in Kirkuk on Sunday afternoon, killing "
    "four people and wounding 12, police said. The car had been parked near the entrance "
    "since the morning. The attack came hours after a suicide bomber struck a crowded "
    "vegetable market in Mosul, killing nine people and wounding 31.",
)


def test_the_other_incidents_place_is_background_and_the_reports_stay_apart() -> None:
    settings = ClusterSettings()
    article, extraction = gate_and_extract(KIRKUK)
    features = article_features(article, extraction, settings)
    assert "mosul" not in features.places
    assert "mosul" in features.background_places
    clusterer = Clusterer(settings)
    events = {}
    for item in (*MOSUL, KIRKUK):
        article, extraction = gate_and_extract(item)
        events[item.id] = clusterer.assign(article, extraction, NEW, None).event_id
    assert events["m1"] == events["m2"]
    assert events["k1"] != events["m1"]
