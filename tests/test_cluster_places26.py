"""Where a summary says its incident was (session 26, #15): a town named as the area of its
name is that area (references.areas_by_their_words), a dateline over a town of its province is
where the report was filed (references.reference_places with `near_km`), a town one side names
stays a town against the province of its name (compat._below_provinces), the parts of a city
are read from more ways of naming them (features._city_quarters), a part known by its number
is not another number's (compat._same_part), and a town named only as a road's end is no place
in common (features._road_ends, compat.province_mode_contradiction), and a lone dateline is no
town to measure from (features._lone_dateline). Every text and place is
made up for these tests, with towns and wordings the session's probes do not use."""

from __future__ import annotations

from collections import Counter

from storyline.cluster import ClusterSettings
from storyline.cluster.compat import (
    exact_place_contradiction,
    province_mode_contradiction,
    quarter_contradiction,
)
from storyline.cluster.features import _city_quarters, _lone_dateline, _road_ends
from storyline.cluster.references import areas_by_their_words, reference_places
from storyline.records import Place

SETTINGS = ClusterSettings()
DAY = 736000
DATED = Counter({DAY: 1})


def _place(
    text: str, name: str, kind: str = "city", point: tuple[float, float] | None = None,
    country: str = "XX",
) -> Place:
    start = text.index(name)
    lat, lon = point if point else (None, None)
    return Place(name=name, kind=kind, country=country, lat=lat, lon=lon, start=start,
                 end=start + len(name))


def _areas(text: str, *names: str) -> dict[str, tuple[str, str]]:
    places = [_place(text, name) for name in names]
    return {
        name: (found.kind, found.name)
        for name, found in zip(names, areas_by_their_words(text, places), strict=True)
    }


def test_a_town_named_as_the_area_of_its_name_is_that_area() -> None:
    # first-level area words: the province, not the town
    for text, name in [
        ("03/02/2016: A bomb hit a bus station in Potiskum, Yobe state, Nigeria.", "Yobe"),
        ("Gunmen fired on a checkpoint in Muqdadiyah, Diyala Province, Iraq.", "Diyala"),
        ("A drone struck a depot near Shostka in Sumy oblast on Friday.", "Sumy"),
        ("Clashes were reported in the Kano and Jigawa states overnight.", "Kano"),
        ("Rebels raided a clinic in the Herat province of the west.", "Herat"),
    ]:
        assert _areas(text, name)[name] == ("region", name), text
    # second-level area words: the district, named with its word
    assert _areas("Militiamen burned huts near Kiwanja, Rutshuru territory.", "Rutshuru")[
        "Rutshuru"] == ("region", "Rutshuru territory")
    assert _areas("Gunmen killed a herder near Boni, Douentza cercle, Mopti region.", "Douentza")[
        "Douentza"] == ("region", "Douentza cercle")
    assert _areas("Bandits raided a farm in the Gwarzo local government area.", "Gwarzo")[
        "Gwarzo"] == ("region", "Gwarzo local government area")
    # the last slot of a database note's "(district, province)" is the province
    note = "On 3 May 2017, gunmen killed a shepherd near Tuz (Tuz Khurmatu, Saladin). 1 fatality."
    assert _areas(note, "Saladin")["Saladin"] == ("region", "Saladin")
    note = "On 9 June 2018, a mortar hit a market in Baidoa (Baidoa, Bay)."
    found = areas_by_their_words(note, [_place(note, "Baidoa"), Place(
        name="Baidoa", kind="city", country="SO", lat=None, lon=None,
        start=note.index("(Baidoa") + 1, end=note.index("(Baidoa") + 7)])
    assert [p.kind for p in found] == ["city", "city"]  # the town and the district slot
    # not an area: an institution's name, the town itself, a town followed by its province
    for text, name in [
        ("Officials of the Borno State Government visited the camp.", "Borno"),
        ("A bomb exploded in Kandahar city on Monday.", "Kandahar"),
        ("Gunmen killed two guards in Potiskum, Yobe state.", "Potiskum"),
        ("The attack on Gao airport killed one soldier.", "Gao"),
    ]:
        assert _areas(text, name)[name] == ("city", name), text


def _own(text: str, places: list[Place], near_km: float = 10.0) -> set[str]:
    references = reference_places(text, places, near_km)
    return {p.name for i, p in enumerate(places) if i not in references and p.kind != "country"}


def test_a_dateline_over_a_town_of_its_province_is_where_the_report_was_filed() -> None:
    text = ("DONETSK, Ukraine, May 4 - Shelling hit a bread factory in Makiivka on Thursday, "
            "killing two bakers, local officials said.")
    places = [_place(text, "DONETSK", point=(48.0159, 37.8029)),
              _place(text, "Makiivka", point=(48.0478, 37.9258))]  # about 10 km apart
    assert _own(text, places, near_km=8.0) == {"Makiivka"}
    assert _own(text, places, near_km=0.0) == {"DONETSK", "Makiivka"}  # the older reading
    # a quarter of the dateline city, nearer than `near_km`, leaves the dateline a place
    text = ("HERAT, Aug 2 - A grenade wounded four men at a tea house in northern Jebrael "
            "on Sunday, police said.")
    places = [_place(text, "HERAT", point=(34.3482, 62.1997)),
              _place(text, "Jebrael", point=(34.3700, 62.1700))]  # about 4 km
    assert _own(text, places) == {"HERAT", "Jebrael"}
    # a village without a point, told as lying some way from the capital
    text = ("SANAA, Yemen, March 9 - A roadside bomb killed three soldiers near Bait Bous, "
            "some 15 km south of the capital, a military source said.")
    places = [_place(text, "SANAA", point=(15.3547, 44.2066)), _place(text, "Bait Bous")]
    assert _own(text, places) == {"Bait Bous"}
    text = ("LAHORE, Oct 1 - Two gunmen shot dead a lawyer in Raiwind, which lies about 35 km "
            "from the provincial capital, police said.")
    places = [_place(text, "LAHORE", point=(31.5497, 74.3436)), _place(text, "Raiwind")]
    assert _own(text, places) == {"Raiwind"}
    # the province of the dateline's name is not the city named again
    text = ("KANO, June 3 - Gunmen killed four farmers in the Tsanyawa area of Kano state on "
            "Tuesday, police said.")
    places = [_place(text, "KANO", point=(12.0001, 8.5167)),
              _place(text, "Tsanyawa", point=(12.2953, 7.9886))]
    assert _own(text, places) == {"Tsanyawa"}
    # ... but the city named again as the incident's own place keeps it
    text = ("KANO, June 3 - Gunmen killed four traders at a market in Kano on Tuesday after "
            "a raid in Tsanyawa, police said.")
    places = [_place(text, "KANO", point=(12.0001, 8.5167)),
              _place(text, "Tsanyawa", point=(12.2953, 7.9886))]
    assert "KANO" in _own(text, places)


def test_a_part_of_the_dateline_city_named_with_of_is_the_city_named_again() -> None:
    # "the X district of <dateline city>" names the city again: its dateline is its place
    text = ("HERAT, Aug 2 - A grenade wounded four men in the Jebrael district of Herat and a "
            "bomb went off in Guzara on Sunday, police said.")
    places = [_place(text, "HERAT", point=(34.3482, 62.1997)),
              _place(text, "Guzara", point=(34.2500, 62.2200))]
    assert "HERAT" in _own(text, places)
    # "the department of <name>" is the area, not the city named again
    text = ("CHIMALTENANGO, May 2 - Gunmen killed three farmers in Patzun, in the department "
            "of Chimaltenango, on Monday.")
    places = [_place(text, "CHIMALTENANGO", point=(14.6611, -90.8194)),
              _place(text, "Patzun", point=(14.6833, -91.0167))]
    assert _own(text, places) == {"Patzun"}


def test_a_lone_dateline_names_no_town_to_measure_from() -> None:
    text = ("GAO, June 3 - The toll of Sunday's raid on a hamlet near Tinhama rose to eleven, "
            "a local official said.")
    dateline = _place(text, "GAO", point=(16.27, -0.04))
    assert _lone_dateline(text, [dateline]) == {"gao"}
    village = _place(text, "Tinhama")
    assert _lone_dateline(text, [dateline, village]) == frozenset()
    text = "GAO, June 3 - A bomb went off at a market in Gao on Sunday, officials said."
    assert _lone_dateline(text, [_place(text, "GAO", point=(16.27, -0.04))]) == frozenset()
    text = "A bomb went off at a market in Gao on Sunday."
    assert _lone_dateline(text, [_place(text, "Gao", point=(16.27, -0.04))]) == frozenset()
    text = "DAYTON, Ohio (AP) - A man was shot dead outside a bar on Sunday."
    assert _lone_dateline(text, [_place(text, "DAYTON", point=(39.76, -84.19),
                                        country="US")]) == frozenset()


def test_a_town_stays_a_town_against_the_province_of_its_name() -> None:
    # two dated entries: one "north of Kirkuk" (the city), one in Hawija, Kirkuk province
    def where(settings: ClusterSettings) -> str | None:
        return exact_place_contradiction(
            DAY, frozenset({"kirkuk"}), (("kirkuk", 35.47, 44.39),), DATED,
            ["hawija", "kirkuk"], [("hawija", 1, 35.32, 43.77)], settings,
            (), ("IQ:kirkuk",), "attack",
        )

    assert where(SETTINGS) is not None
    assert where(ClusterSettings(town_of_a_province_name=False)) is None


def _quarters(text: str, places: list[Place]) -> tuple[tuple[str, ...], str | None]:
    return _city_quarters(text, places, SETTINGS)


def test_the_parts_of_a_city_are_read_from_more_ways_of_naming_them() -> None:
    city = (31.5497, 74.3436)
    # a part the extractor did not read, written as summaries write it
    text = "09/14/2016: Gunmen shot two tailors in Shahdara Town, Lahore, Punjab province."
    punjab = _place(text, "Punjab", kind="region")
    assert _quarters(text, [_place(text, "Lahore", point=city), punjab]) == (
        ("shahdara town",), "lahore")
    text = "09/14/2016: A bomb hit a bus on Ferozepur Road, Lahore, Punjab province."
    assert _quarters(text, [_place(text, "Lahore", point=city)])[0] == ("ferozepur road",)
    text = "LAHORE, Sept 14 - A bomb hit a bus stop in the Model Town area on Wednesday."
    assert _quarters(text, [_place(text, "LAHORE", point=city)])[0] == ("model town",)
    # a district named with its word, tied to the city by "of"
    text = "09/14/2016: A rocket hit a school in the Gulberg district of Lahore, Punjab."
    assert _quarters(text, [_place(text, "Gulberg district", kind="region", point=city),
                            _place(text, "Lahore", point=city)])[0] == ("gulberg district",)
    # a town near a dateline city, under it
    text = "LAHORE, Sept 14 - A grenade wounded three men in Shadbagh on Wednesday."
    assert _quarters(text, [_place(text, "LAHORE", point=city),
                            _place(text, "Shadbagh", point=(31.5900, 74.3300))])[0] == (
        "shadbagh",)
    # a venue is no part; a town far off is no part
    text = "09/14/2016: Gunmen fired at Mayo Hospital, Lahore, Punjab province."
    assert _quarters(text, [_place(text, "Lahore", point=city)]) == ((), None)
    text = "LAHORE, Sept 14 - A grenade wounded three men in Kasur on Wednesday."
    assert _quarters(text, [_place(text, "LAHORE", point=city),
                            _place(text, "Kasur", point=(31.1167, 74.4500))]) == ((), None)


def test_a_part_known_by_its_number_is_not_another_number() -> None:
    text = "05/06/2019: Unknown men stabbed a guard in Sector 7, near the border fence."
    assert _quarters(text, []) == (("sector 7",), "")
    text = "05/06/2019: Armed men shot a trader in zona 6, Guatemala City."
    assert "zona 6" in _quarters(text, [_place(text, "Guatemala City", point=(14.64, -90.51))])[0]

    def veto(mine: str, theirs: str) -> str | None:
        return quarter_contradiction(
            "attack", (mine,), "", lambda _: False, True, (f"|{theirs}",), lambda _: False,
            SETTINGS,
        )

    assert veto("sector 7", "sector 12") is not None
    assert veto("block 3", "block 9") is not None
    assert veto("zona 6", "zone 6") is None  # two spellings of one part
    assert veto("ward 8", "ward 8") is None


def test_a_town_named_only_as_a_road_end_is_no_place_in_common() -> None:
    for text, ends in [
        ("Gunmen ambushed a bus on the road between Kandahar and Spin Boldak.",
         ("Kandahar", "Spin Boldak")),
        ("A mine hit a truck on the Mosul-Erbil highway on Sunday.", ("Mosul", "Erbil")),
        ("Rebels stopped a convoy on the highway linking Goma with Rutshuru.",
         ("Goma", "Rutshuru")),
        ("KIDAL - Gunmen fired on trucks on the desert track towards Aguelhok.", ("Aguelhok",)),
    ]:
        places = [_place(text, end) for end in ends]
        assert _road_ends(text, places) == {end.lower() for end in ends}, text
    # a town named again on its own stays the report's town
    text = "Bandits seized six travellers on the Kaduna-Zaria road near Zaria town."
    places = [_place(text, "Kaduna"), _place(text, "Zaria")]
    assert _road_ends(text, places) == {"kaduna"}
    assert _road_ends("A bomb went off in a market in Kaduna.", places[:1]) == frozenset()

    # a car bomb in the town against an ambush on the road out of it: other means, no place
    # in common below the province
    def veto(ends: frozenset[str]) -> str | None:
        return province_mode_contradiction(
            "bombing", DAY, DATED, frozenset({"kandahar"}), (), Counter({"armed_clash": 1}),
            ["kandahar", "spin boldak"], (), SETTINGS, frozenset(), ends,
        )

    assert veto(frozenset({"kandahar", "spin boldak"})) is not None
    assert veto(frozenset()) is None  # the event's report was in the town too
