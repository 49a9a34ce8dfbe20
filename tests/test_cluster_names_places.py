"""Session 23 (#15), from the fresh cross-database probe: a country named is no rare name of
the incident (features.article_features leaves it out of the names, as it leaves out the
places), so two entries of one day in two towns of one province, naming the same group and the
same country, stay two incidents; and two municipalities 12 km apart are two wheres for two
dated entries (`exact_town_km` 10). All texts and names are made up for these tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime

from storyline.cluster import ClusterSettings
from storyline.cluster.compat import exact_place_contradiction
from storyline.cluster.features import ArticleFeatures, article_features
from storyline.cluster.scoring import compatibility
from storyline.cluster.state import new_state
from storyline.pipeline import gate_and_extract
from storyline.records import Article

DAY = date(2020, 5, 28)


def _entry(article_id: str, text: str) -> Article:
    return Article(
        id=article_id,
        title=None,
        text=text,
        published=datetime(DAY.year, DAY.month, DAY.day, 9, tzinfo=UTC),
    )


# One group (three rare words) named by two entries of one day in two towns of one province,
# each naming the country as well.
ENTRIES = [
    (
        "05/28/2020: Fighters of the Vashkor Ardelune Kellwyn raided Mueda, Cabo Delgado "
        "province, Mozambique, burning houses. Four civilians were killed.",
        "05/28/2020: Fighters of the Vashkor Ardelune Kellwyn attacked a bus in Macomia, "
        "Cabo Delgado province, Mozambique. Two passengers died.",
    ),
    (
        "05/28/2020: Fighters of the Tarvelle Oskarine Brund shot dead three traders in "
        "Monguno, Borno state, Nigeria.",
        "05/28/2020: Fighters of the Tarvelle Oskarine Brund ambushed a truck near Damboa, "
        "Borno state, Nigeria. Two drivers died.",
    ),
]


def _features(article_id: str, text: str, settings: ClusterSettings) -> ArticleFeatures:
    return article_features(*gate_and_extract(_entry(article_id, text)), settings)


def test_a_country_is_no_rare_name() -> None:
    settings = ClusterSettings()
    for one, _ in ENTRIES:
        features = _features("n1", one, settings)
        names = set(features.name_words)
        assert not names & {"mozambique", "nigeria"}, names
        assert len(names & {"vashkor", "ardelune", "kellwyn", "tarvelle", "oskarine", "brund"}) == 3


def test_entries_of_two_towns_sharing_a_group_and_a_country_stay_apart() -> None:
    settings = ClusterSettings()
    for one, two in ENTRIES:
        state = new_state("ev-n", "st-n")
        state.add(_features("n1", one, settings), settings.event_terms)
        features = _features("n2", two, settings)
        found = compatibility(features, state, settings, frozenset(features.names.tolist()))
        assert found.blocked, (two, found)


def test_two_municipalities_twelve_km_apart_are_two_wheres() -> None:
    settings = ClusterSettings()
    dated = Counter({736000: 1})
    town = (("lorvanga", 10.00, 20.00),)
    other = (("pellisande", 0, 10.10, 20.05),)  # ~12 km
    args = (736000, frozenset({"lorvanga"}), town, dated, ["pellisande"], other)
    assert exact_place_contradiction(*args, settings) is not None
    assert exact_place_contradiction(*args, replace(settings, exact_town_km=20.0)) is None
