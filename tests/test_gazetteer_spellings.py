"""The gazetteer's other spellings of compound names of the Persian- and Arabic-speaking world
(session 19, #14)."""

from __future__ import annotations

from storyline.extract.gazetteer import (
    _add_spelling_variants,
    _city_entry,
    _spelled,
    spelling_variants,
)


def test_the_ezafe_is_spelled_e_or_i_with_hyphens_or_spaces() -> None:
    variants = spelling_variants("mazar-e sharif", "AF")
    assert {"mazar-i-sharif", "mazar-e-sharif", "mazar-i sharif", "mazar e sharif"} <= variants
    assert "mazar-e sharif" not in variants


def test_the_article_is_spelled_as_written_al_or_el() -> None:
    variants = spelling_variants("deir ez-zor", "SY")
    assert {"deir al-zor", "deir el-zor", "deir ez zor", "deir-ez-zor"} <= variants
    assert spelling_variants("tall afar", "IQ") == {"tal afar", "tel afar", "tell afar"}


def test_no_variants_outside_the_two_language_areas_or_for_one_word() -> None:
    assert spelling_variants("mazar-e sharif", "BR") == set()
    assert spelling_variants("deir ez-zor", "ES") == set()
    assert spelling_variants("kandahar", "AF") == set()
    assert spelling_variants("sadr city", "IQ") == set()
    assert spelling_variants("al qamishli", "SY") == set()  # a leading article: not joining


def test_a_variant_names_the_city_as_written_and_never_displaces_a_listed_name() -> None:
    city = _city_entry({"name": "Deir ez-Zor", "countrycode": "SY", "admin1code": "",
                        "latitude": 35.3, "longitude": 40.1, "population": 271800})
    other = city._replace(name="Deir al-Zor Town", country="IQ")
    places = {"deir ez-zor": [city], "deir al-zor": [other]}
    _add_spelling_variants(places, frozenset())
    assert places["deir al-zor"] == [other]
    assert [(e.name, e.country) for e in places["deir-ez-zor"]] == [("Deir-ez-Zor", "SY")]
    assert _spelled("mazar-i-sharif") == "Mazar-i-Sharif"


def test_calcutta_is_kolkata_not_the_south_african_town() -> None:
    from storyline.extract.gazetteer import load_gazetteer
    from storyline.extract.gazetteer_tables import CITY_EXONYMS, CITY_FORMER_NAMES

    assert not set(CITY_FORMER_NAMES) & set(CITY_EXONYMS)
    entries = load_gazetteer().lookup("calcutta")
    assert [(e.name, e.country) for e in entries if e.kind == "city"] == [("Kolkata", "IN")]
