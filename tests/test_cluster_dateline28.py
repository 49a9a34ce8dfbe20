"""The extraction's dateline as a weak place, session 28 (#15): the city a report is filed
from (Extraction.dateline, kept where the story happened elsewhere) is the city of the parts a
report names when it places no city itself (features._dateline_city, `dateline_city`: "KYIV
- ... in the Podilskyi district"), one more vote for the report's country
(features._with_dateline, `dateline_country`: "BAGHDAD - ... in Tarmiyah"), and no place of
the report when the story sets another place against it in other words
(references._AGAINST_THE_CITY_AFTER, `anaphoric_dateline`: "Zamzam camp, about 15 km south
of the town", "the neighbouring municipality of Tlaquepaque").
Every text and place is made up for these tests, with towns and wordings the session's probes do
not use."""

from __future__ import annotations

from dataclasses import replace

from storyline.cluster import ClusterSettings
from storyline.cluster.features import _city_quarters, _main_country, _with_dateline
from storyline.cluster.references import reference_places
from storyline.records import Place

SETTINGS = ClusterSettings()


def _place(
    text: str, name: str, kind: str = "city", point: tuple[float, float] | None = None,
    country: str = "XX",
) -> Place:
    start = text.index(name) if name in text else text.upper().index(name.upper())
    lat, lon = point if point else (None, None)
    return Place(name=name, kind=kind, country=country, lat=lat, lon=lon, start=start,
                 end=start + len(name))


def _quarters(text: str, part: str, kind: str, dateline: str | None,
              point: tuple[float, float] | None = (10.0, 20.0),
              settings: ClusterSettings = SETTINGS) -> tuple[tuple[str, ...], str | None]:
    places = [_place(text, part, kind)]
    filed = _place(text, dateline, point=point) if dateline else None
    return _city_quarters(text, places, settings, filed)


def test_a_part_named_under_a_dateline_is_a_part_of_the_dateline_city() -> None:
    # the extraction keeps the district and leaves the dateline city out of the places
    for text, part, kind in [
        ("KYIV, May 3 - A drone hit a clinic in the Sviatoshynskyi district overnight.",
         "Sviatoshynskyi district", "region"),
        # the area word in the name, another verb, passive
        ("MOGADISHU, June 9 - A tax collector was shot dead in Hodan district on Sunday.",
         "Hodan district", "region"),
        # the area word after the name
        ("LAGOS, Feb 2 (Reuters) - A tanker exploded in the Ikeja area on Tuesday.",
         "Ikeja", "city"),
        ("ALEPPO, Syria, March 3 - Shells fell on homes in the Hamdaniyah neighbourhood.",
         "Hamdaniyah", "city"),
        # a town without a point in an apposition, under the dateline
        ("BAGHDAD - A bomb went off in Karrada, a busy district, on Monday.", "Karrada", "city"),
    ]:
        dateline = text.split(",")[0].split(" -")[0].title()
        quarters, city = _quarters(text, part, kind, dateline)
        assert quarters == (part.lower(),), text
        assert city == dateline.lower(), text


def test_no_dateline_city_for_a_distance_a_venue_or_a_dateline_without_a_point() -> None:
    # the lead measures a distance: the story is outside the city
    text = "BAGHDAD, May 2 - A bomb hit a patrol in Tarmiyah district, 45 km north of the capital."
    assert _quarters(text, "Tarmiyah district", "region", "Baghdad") == ((), None)
    # no dateline
    text = "A drone hit a clinic in the Sviatoshynskyi district overnight."
    assert _quarters(text, "Sviatoshynskyi district", "region", None) == ((), None)
    # a dateline the gazetteer cannot place
    text = "KWANAR, May 3 - Gunmen raided the Tudun Fulani quarter at night."
    assert _quarters(text, "Tudun Fulani", "city", "Kwanar", point=None) == ((), None)
    # a venue is no part of a city
    text = "KYIV, May 3 - A missile hit the Okhmatdyt hospital on Monday."
    assert _quarters(text, "Okhmatdyt hospital", "venue", "Kyiv") == ((), None)
    # the switch
    text = "KYIV, May 3 - A drone hit a clinic in the Sviatoshynskyi district overnight."
    off = replace(SETTINGS, dateline_city=False)
    assert _quarters(text, "Sviatoshynskyi district", "region", "Kyiv", settings=off) == (
        (), None)
    # a city the report places itself stays the city of its parts
    text = "KYIV, May 3 - A drone hit the Sykhiv district of Lviv overnight."
    places = [_place(text, "Sykhiv district", "region"), _place(text, "Lviv", point=(1.0, 2.0))]
    assert _city_quarters(text, places, SETTINGS, _place(text, "Kyiv", point=(9.0, 9.0))) == (
        ("sykhiv district",), "lviv")


def test_the_dateline_country_is_one_more_vote_for_the_report_country() -> None:
    text = "BAGHDAD, May 2 - A bomb hit a patrol in Tarmiyah on Friday."
    town = _place(text, "Tarmiyah", country="IQ")
    filed = _place(text, "Baghdad", point=(33.3, 44.4), country="IQ")
    # one town alone may be a namesake abroad; with the dateline's country, two votes
    assert _main_country([town]) is None
    assert _main_country(_with_dateline([town], filed, SETTINGS)) == "IQ"
    # a town of another country than the bureau's: one vote each, no main country
    other = replace(town, country="SY")
    assert _main_country(_with_dateline([other], filed, SETTINGS)) is None
    # two places of the story's country outvote the bureau's
    two = [replace(town, country="SY"), replace(town, name="Deir", start=30, country="SY")]
    assert _main_country(_with_dateline(two, filed, SETTINGS)) == "SY"
    # the dateline kept among the places is not counted twice
    assert _main_country(_with_dateline([filed], filed, SETTINGS)) is None
    # no dateline, a dateline without a country, the switch
    assert _with_dateline([town], None, SETTINGS) == [town]
    assert _with_dateline([town], replace(filed, country=None), SETTINGS) == [town]
    off = replace(SETTINGS, dateline_country=False)
    assert _main_country(_with_dateline([town], filed, off)) is None


def _references(text: str, dateline: str, other: str, anaphors: bool = True,
                country: str = "XX") -> frozenset[int]:
    places = [_place(text, dateline, point=(5.0, 5.0), country=country),
              _place(text, other, country=country)]
    return reference_places(text, places, SETTINGS.exact_town_km, True, anaphors)


def test_a_place_set_against_the_dateline_city_in_other_words_leaves_it_out() -> None:
    for text, dateline, other in [
        ("EL OBEID, Sudan, June 4 - Gunmen raided the Kazgil camp, about 20 km south of "
         "the town, killing six.", "El Obeid", "Kazgil"),
        ("PESHAWAR, May 4 - Militants attacked a post in Matani, the town bordering the "
         "city, on Sunday.", "Peshawar", "Matani"),
        ("MONTERREY, Mexico - Gunmen killed three men in the neighbouring municipality of "
         "Apodaca on Friday.", "Monterrey", "Apodaca"),
        ("CALI, Colombia - A bomb exploded in neighbouring Yumbo early on Monday.",
         "Cali", "Yumbo"),
        # a relative clause, another preposition
        ("BUNIA, Congo - The attack on Lopa, which lies just outside the town, left seven "
         "dead.", "Bunia", "Lopa"),
        ("KANDAHAR - Gurbuz, a village 12 km west of the provincial capital, was shelled.",
         "Kandahar", "Gurbuz"),
    ]:
        assert _references(text, dateline, other) == frozenset({0}), text
    # without such words a desk's dateline over a suburb or a quarter stays its place
    for text, dateline, other in [
        ("LAHORE - A gas cylinder blast killed two people in Shahdara on Monday.",
         "Lahore", "Shahdara"),
        ("HERAT - A grenade hit a shop in Jebrael, near the bazaar, on Monday.",
         "Herat", "Jebrael"),
        ("KIDAL, Mali - Rebels said they downed a drone over Anefis near the border.",
         "Kidal", "Anefis"),
    ]:
        assert _references(text, dateline, other) == frozenset(), text
    # the switch
    text = "CALI, Colombia - A bomb exploded in neighbouring Yumbo early on Monday."
    assert _references(text, "Cali", "Yumbo", anaphors=False) == frozenset()
    # a US dateline is mostly the event's own town (as the extractor reads it)
    text = "DAYTON, Ohio - A man was shot in neighbouring Kettering on Friday."
    assert _references(text, "Dayton", "Kettering", country="US") == frozenset()
