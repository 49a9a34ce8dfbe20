"""The gazetteer's plain spellings: names without the ayn and hamza marks, regions under their
English names (session 14, #14)."""

from __future__ import annotations

from storyline.extract.gazetteer import without_marks
from storyline.extract.gazetteer_tables import COUNTRY_ALIASES, REGION_ALIASES


def test_without_marks_drops_the_ayn_and_hamza_marks() -> None:
    assert without_marks("ma'rib") == "marib"
    assert without_marks("sa‘dah") == "sadah"
    assert without_marks("namp’o") == "nampo"
    assert without_marks("bosaso") == "bosaso"
    assert without_marks("san jose") == "san jose"


def test_region_aliases_are_folded_names_of_one_country() -> None:
    for alias, code in REGION_ALIASES.items():
        assert alias == alias.lower().strip() and len(code) == 2
        assert alias not in COUNTRY_ALIASES


def test_a_bilingual_city_is_listed_under_both_names() -> None:
    from storyline.extract.gazetteer import _add_bilingual, _city_entry

    basque = _city_entry({"name": "Gasteiz / Vitoria", "countrycode": "ES", "admin1code": "",
                          "latitude": 42.85, "longitude": -2.67, "population": 250000})
    quarter = _city_entry({"name": "Neustadt/Nord", "countrycode": "DE", "admin1code": "",
                           "latitude": 50.0, "longitude": 8.0, "population": 28000})
    places = {"gasteiz / vitoria": [basque], "neustadt/nord": [quarter]}
    _add_bilingual(places, frozenset())
    assert places["gasteiz"] == [basque] and places["vitoria"] == [basque]
    assert "nord" not in places and "neustadt" not in places
