"""Which part of an area a report is about (session 25, #15): a dateline that names its country
before the date is still a dateline (references.reference_places), a district the gazetteer
holds as a region is below the province (features._lead_regions), a second-level area two dated
entries share is no place in common (compat.containing_areas), two sides naming towns are
compared by their towns (compat._named_alike), and two dated entries each naming a district of
its own are two places whatever city they share (compat._two_districts), and a report naming
the part of a city its incident was in is not of an event in another part of it
(compat.quarter_contradiction). Every text and place is made up for these tests, with towns
that the session's probes do not use."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import (
    _folded,
    exact_place_contradiction,
    province_mode_contradiction,
    quarter_contradiction,
    town_names_contradiction,
)
from storyline.cluster.features import _city_quarters
from storyline.cluster.references import reference_places
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict, Extraction, Place

NEW = DedupVerdict(kind="new")
SETTINGS = ClusterSettings()
DAY = 736000
DATED = Counter({DAY: 1})


def _extract(text: str, article_id: str = "x") -> tuple[Article, Extraction]:
    when = datetime(2021, 9, 14, 12, tzinfo=UTC)
    return gate_and_extract(Article(id=article_id, published=when, title=None, text=text))


def _own_places(text: str) -> set[str]:
    article, extraction = _extract(text)
    places = list(extraction.places)
    references = reference_places(article.text, places)
    return {_folded(p.name) for i, p in enumerate(places) if i not in references}


def test_a_dateline_naming_its_country_before_the_date_is_a_dateline() -> None:
    referenced = [
        ("PESHAWAR, Pakistan, Sept 14 - A bomb planted on a motorbike wounded five people "
         "in a bazaar in Mardan on Tuesday, police said.", "peshawar"),
        ("MEDELLIN, Colombia, Sept 14 - Gunmen killed three gold miners in Segovia overnight, "
         "the mayor's office said.", "medellin"),
        ("KANDAHAR, Afghanistan, Sept 14 (Reuters) - A suicide car bomber struck a border "
         "police base in Spin Boldak on Tuesday.", "kandahar"),
        ("MAIDUGURI, Nigeria, Sept 14 - Insurgents burned a school in Damboa and shot two "
         "guards, a vigilante leader said.", "maiduguri"),
    ]
    for text, name in referenced:
        assert _folded(name) not in _own_places(text), text
    kept = [
        # named again as the incident's own town
        ("JOS, Nigeria, Sept 14 - Gunmen killed four traders in a market in Jos on "
         "Tuesday, police said.", "jos"),
        # nothing else named but the country: the dateline is the best where it says
        ("BOGOTA, Colombia, Sept 14 - A grenade wounded two police officers on Tuesday, "
         "officials said.", "bogota"),
    ]
    for text, name in kept:
        assert _folded(name) in _own_places(text), text


def _events(texts: list[str], settings: ClusterSettings = SETTINGS) -> list[str]:
    clusterer = Clusterer(settings)
    found = []
    for number, text in enumerate(texts):
        article, extraction = _extract(text, f"r{number}")
        found.append(clusterer.assign(article, extraction, NEW).event_id)
    return found


def test_a_brief_datelined_with_its_country_does_not_take_the_dateline_towns_incident() -> None:
    entry = ("09/14/2021: Gunmen shot dead two shopkeepers in Quetta, Balochistan province, "
             "Pakistan.")
    brief = ("QUETTA, Pakistan, Sept 14 - Two Levies soldiers died when their post came under "
             "fire in Kalat, an official said.")
    first, second = _events([entry, brief])
    assert first != second


def test_a_district_the_gazetteer_holds_as_a_region_is_below_the_province() -> None:
    # two entries of one day in two districts of one province, each naming only its district
    one = ("09/14/2021: A bomb exploded near a tea stall in Yarang district, Pattani province, "
           "Thailand. Three people were injured.")
    other = ("09/14/2021: Gunmen shot a rubber tapper in Nong Chik district, Pattani province, "
             "Thailand. The man was killed.")
    again = ("On 14 September 2021, insurgents detonated a bomb beside a tea stall in Yarang "
             "district, Pattani province. 3 injured.")
    first, second, third = _events([one, other, again])
    assert first != second
    assert third == first


def test_towns_decide_before_the_district_of_a_towns_name() -> None:
    borno = ("NG:borno",)

    def check(places: set[str], event_places: set[str], settings: ClusterSettings = SETTINGS
              ) -> str | None:
        return exact_place_contradiction(
            DAY, frozenset(places), (), DATED, event_places, (), settings, borno, borno,
            "attack")

    # a village of Jere district against Jere town: two places
    assert check({"kofa", "jere district", "borno"}, {"jere", "borno"}) is not None
    assert check({"kofa", "jere district", "borno"}, {"jere", "borno"},
                 replace(SETTINGS, towns_first=False)) is None
    # the district alone (no town of its own named): it may be the town's
    assert check({"jere district", "borno"}, {"jere", "borno"}) is None
    # the same village on both sides, one naming its district too
    assert check({"kofa", "jere district", "borno"}, {"kofa", "borno"}) is None
    # the same holds for a village the gazetteer cannot place (town_names_contradiction)
    assert town_names_contradiction(
        "attack", frozenset({"ngamdu", "kaga lga", "borno"}), borno, (),
        {"kaga", "borno"}, borno, (), SETTINGS) is not None


def test_a_second_level_area_two_dated_entries_share_says_no_town() -> None:
    def check(mine: str, theirs: str, places: set[str], event_places: set[str],
              settings: ClusterSettings = SETTINGS) -> str | None:
        return province_mode_contradiction(
            mine, DAY, DATED, frozenset(places), ("PK:khyber pakhtunkhwa",),
            Counter({theirs: 1}), event_places, ("PK:khyber pakhtunkhwa",), settings)

    # a shooting and a bombing in two towns of one agency, the agency named on both sides
    places = {"jandola", "south waziristan agency", "khyber pakhtunkhwa"}
    event_places = {"wana", "south waziristan agency", "khyber pakhtunkhwa"}
    assert check("shooting", "bombing", places, event_places) is not None
    assert check("shooting", "bombing", places, event_places,
                 replace(SETTINGS, shared_areas=False)) is None
    # one means of attack: left to the other tests
    assert check("shooting", "armed_clash", places, event_places) is None
    # the same town on both sides
    assert check("shooting", "bombing", places, {"jandola", "khyber pakhtunkhwa"}) is None


def test_two_districts_of_one_city_are_two_places() -> None:
    kabul = ("AF:kabul",)

    def check(places: set[str], event_places: set[str], settings: ClusterSettings = SETTINGS
              ) -> str | None:
        return exact_place_contradiction(
            DAY, frozenset(places), (("kabul", 34.5, 69.2),), DATED, event_places,
            (("kabul", 1, 34.5, 69.2),), settings, kabul, kabul, "attack")

    assert check({"kabul", "paghman district"}, {"kabul", "bagrami district"}) == (
        "paghman district, not the event's bagrami district, both dated")
    assert check({"kabul", "paghman district"}, {"kabul", "bagrami district"},
                 replace(SETTINGS, district_pair_veto=False)) is None
    # the district named without its area word on the other side
    assert check({"kabul", "paghman district"}, {"kabul", "paghman"}) is None
    # one side names the city only
    assert check({"kabul", "paghman district"}, {"kabul"}) is None
    # a district of one name on both sides, one naming a second one too
    assert check({"kabul", "paghman district", "shakardara district"},
                 {"kabul", "paghman district"}) is None


def _place(text: str, name: str, kind: str = "city", point: bool = False) -> Place:
    start = text.lower().index(name.lower())
    lat, lon = (1.29, 36.82) if point else (None, None)
    return Place(name, kind, "KE", lat, lon, start, start + len(name))  # type: ignore[arg-type]


def test_a_part_of_a_city_is_read_from_how_the_report_names_it() -> None:
    cases = [
        ("09/14/2021: A grenade exploded outside a mosque in Eastleigh, Nairobi, Kenya.",
         "Eastleigh", ("eastleigh",)),
        ("NAIROBI, Sept 14 - A grenade wounded three people in the Kibera area of the capital.",
         "Kibera", ("kibera",)),
        ("Police said a grenade went off in Nairobi's Mathare slum on Tuesday.",
         "Mathare", ("mathare",)),
        ("On 14 September 2021, a grenade hit a bar in Githurai (Nairobi, Nairobi).",
         "Githurai", ("githurai",)),
        # a place named beside the city without any of these: not a part of it
        ("A grenade wounded two traders in Thika and police sealed off roads to Nairobi.",
         "Thika", ()),
        # an office's name after the place is no part of a city
        ("Nairobi prosecutors said the Kiambu District Attorney would not press charges.",
         "Kiambu", ()),
    ]
    for text, name, expected in cases:
        places = [_place(text, name), _place(text, "Nairobi", point=True)]
        quarters, city = _city_quarters(text, places, SETTINGS)
        assert quarters == expected, text
        assert city == ("nairobi" if expected else None)
    # two cities with points: which one the part belongs to is not said
    text = "A grenade exploded in Eastleigh, Nairobi, and another in Mombasa."
    places = [_place(text, "Eastleigh"), _place(text, "Nairobi", point=True),
              _place(text, "Mombasa", point=True)]
    assert _city_quarters(text, places, SETTINGS) == ((), None)


def test_two_parts_of_one_city_are_two_incidents_when_one_side_is_dated() -> None:
    def check(quarters: tuple[str, ...], event_quarters: tuple[str, ...], dated: bool = True,
              named: frozenset[str] = frozenset(), event_named: frozenset[str] = frozenset(),
              settings: ClusterSettings = SETTINGS) -> str | None:
        return quarter_contradiction(
            "attack", quarters, "nairobi", named.__contains__, dated, event_quarters,
            event_named.__contains__, settings)

    assert check(("kibera",), ("nairobi|eastleigh",)) == (
        "kibera, not the event's eastleigh, both in nairobi")
    assert check(("kibera",), ("nairobi|eastleigh",),
                 settings=replace(SETTINGS, quarter_veto=False)) is None
    # news on both sides names the parts of a city loosely
    assert check(("kibera",), ("nairobi|eastleigh",), dated=False) is None
    # one part, with and without its area word
    assert check(("kibera district",), ("nairobi|kibera",)) is None
    # the other side names the part anyway ("a Kibera gang")
    assert check(("kibera",), ("nairobi|eastleigh",), event_named=frozenset({"kibera"})) is None
    assert check(("kibera",), ("nairobi|eastleigh",), named=frozenset({"eastleigh"})) is None
    # a part of another city
    assert check(("kibera",), ("mombasa|likoni",)) is None
