"""Where a summary says its incident was, session 27 (#15): a name written with a word for a part
of a city is that part of the report's city (features._part_names, `part_words`), a town named
only as the landmark of the report's own place is no place of the report
(references.reference_places with `landmarks`: "near X", "the municipality bordering X",
"across the river from X"), a town in a dateline's second slot is the dateline city's province
(references.areas_by_their_words), a part of a city is not a town further than
`exact_town_km` from it (compat.quarter_town_contradiction), and under the dateline of the one
city a report places, a town without a point is a part of it for the quarter test
(features._city_quarters, `dateline_parts`).
Every text and place is made up for these tests, with towns and wordings the session's probes do
not use."""

from __future__ import annotations

from storyline.cluster import ClusterSettings
from storyline.cluster.compat import quarter_contradiction, quarter_town_contradiction
from storyline.cluster.features import _city_quarters, _part_names
from storyline.cluster.references import areas_by_their_words, reference_places
from storyline.records import Place

SETTINGS = ClusterSettings()


def _place(
    text: str, name: str, kind: str = "city", point: tuple[float, float] | None = None,
    country: str = "XX", nth: int = 0,
) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    lat, lon = point if point else (None, None)
    return Place(name=name, kind=kind, country=country, lat=lat, lon=lon, start=start,
                 end=start + len(name))


def test_a_name_with_a_part_of_city_word_is_a_part() -> None:
    for text, part in [
        ("Police traded fire with a gang inside the Borel favela on Tuesday.", "borel"),
        ("Armed men shot a shopkeeper in barrio La Floresta, Medellin.", "la floresta"),
        ("A man was stabbed at a bus stop in colonia Las Palmas overnight.", "las palmas"),
        ("Three people died in a shack fire-bombing in Gugulethu township.", "gugulethu"),
        ("A petrol bomb was thrown at a flat on the Ballymurphy estate.", "ballymurphy"),
        ("Vigilantes beat two men to death in Korogocho slum, residents said.", "korogocho"),
        ("Shells fell on the crowded riverside slum of Bel Air at dawn.", "bel air"),
        ("A grenade hit a bar in the hillside barrio of San Blas.", "san blas"),
        ("Two boys were shot in Vila Kennedy, a favela in the west of the city.",
         "vila kennedy"),
        ("Gunmen roamed the Alemao complex of favelas for hours.", "alemao"),
        ("A blast shook the old Hamdaniya quarter of the city.", "hamdaniya"),
    ]:
        assert part in _part_names(text), text
    # the city's possessive is no part of the part's name
    assert _part_names("Shots were fired in Lagos's Makoko slum overnight.") == {"makoko"}
    # no part word, a part word in other senses, a municipality named "Township"
    for text in [
        "Gunmen fired on a bus near the central market of the city.",
        "The real estate office was closed after the robbery.",
        "Deputies of Hanover Township said two men were arrested.",
        "A quarter of the residents fled the town.",
        "Police said the estate agent had received threats.",
        "In the south of Lima, a real estate broker was shot in Surco on Friday.",
        "Gunmen shot Juan Ortiz, a barrio leader, and fled on motorbikes.",
    ]:
        assert _part_names(text) == set(), text


def test_a_part_word_makes_the_name_a_part_whatever_its_point() -> None:
    city = (-22.90, -43.20)
    # the gazetteer places a namesake of the favela in another state: still a part of the city
    text = "06/03/2025: Police clashed with gunmen in the Borel favela, Rio de Janeiro, Brazil."
    places = [_place(text, "Borel", point=(-25.40, -51.50)),
              _place(text, "Rio de Janeiro", point=city)]
    assert _city_quarters(text, places, SETTINGS) == (("borel",), "rio de janeiro")
    # read as a province of another country, still the township of the city the note names
    text = "On 3 June 2025, a tavern was attacked in Gugulethu township (Cape Town, Western Cape)."
    places = [_place(text, "Gugulethu", kind="region", point=(0.5, 10.0)),
              _place(text, "Cape Town", point=(-33.92, 18.42))]
    assert _city_quarters(text, places, SETTINGS)[0] == ("gugulethu",)
    # a part the extractor did not read at all, in an apposition
    text = "MEDELLIN, June 3 - A man was shot in La Floresta, a barrio in the west of the city."
    places = [_place(text, "MEDELLIN", point=(6.25, -75.56))]
    assert _city_quarters(text, places, SETTINGS) == (("la floresta",), "medellin")
    # off: as before (two cities, no part)
    text = "06/03/2025: Police clashed with gunmen in the Borel favela, Rio de Janeiro, Brazil."
    places = [_place(text, "Borel", point=(-25.40, -51.50)),
              _place(text, "Rio de Janeiro", point=city)]
    assert _city_quarters(text, places, ClusterSettings(part_words=False)) == ((), None)


def test_two_parts_named_by_their_words_are_two_places() -> None:
    def veto(mine: str, theirs: str) -> str | None:
        return quarter_contradiction(
            "attack", (mine,), "nairobi", lambda _: False, True, (f"nairobi|{theirs}",),
            lambda _: False, SETTINGS,
        )

    assert veto("korogocho", "kawangware") is not None
    assert veto("korogocho", "korogocho") is None


def _references(text: str, places: list[Place]) -> set[str]:
    found = reference_places(text, places, SETTINGS.exact_town_km, landmarks=True)
    return {places[index].name for index in found}


def test_a_town_named_as_a_landmark_is_no_place_of_the_report() -> None:
    for text, own, landmark in [
        ("Raiders burned huts in Nyanzale, near Kitshanga, on Friday.", "Nyanzale", "Kitshanga"),
        ("Gunmen killed a chief in Kalunguta, which lies beside the town of Butembo.",
         "Kalunguta", "Butembo"),
        ("Three farmers died in Gajiram, a village near Monguno, police said.",
         "Gajiram", "Monguno"),
        ("A mine hit a lorry at Mbau, on the road to Oicha, on Monday.", "Mbau", "Oicha"),
        ("Militants struck Ancuabe, not far from Metuge, overnight.", "Ancuabe", "Metuge"),
        ("Two guards died in Soyapango, the municipality bordering San Salvador, on Sunday.",
         "Soyapango", "San Salvador"),
        ("A trader was shot in Samborondon, across the river from Guayaquil, at noon.",
         "Samborondon", "Guayaquil"),
        ("Gunmen fired on a bus in Ecatepec, which borders Mexico City, at dawn.",
         "Ecatepec", "Mexico City"),
    ]:
        places = [_place(text, own), _place(text, landmark)]
        assert _references(text, places) == {landmark}, text
    # "near X" with no place before it: X is where it happened
    for text, own in [
        ("Soldiers near Kitshanga came under fire on Friday.", "Kitshanga"),
        ("An ambush near Monguno killed four soldiers.", "Monguno"),
    ]:
        places = [_place(text, own)]
        assert _references(text, places) == set(), text
    # the landmark named again as a place of its own stays the report's
    text = "Raiders burned huts in Nyanzale, near Kitshanga; later they fired on Kitshanga itself."
    places = [_place(text, "Nyanzale"), _place(text, "Kitshanga")]
    assert _references(text, places) == set()
    # off: as before
    text = "Raiders burned huts in Nyanzale, near Kitshanga, on Friday."
    places = [_place(text, "Nyanzale"), _place(text, "Kitshanga")]
    assert reference_places(text, places, SETTINGS.exact_town_km) == frozenset()


def _kinds(text: str, places: list[Place], **flags: bool) -> list[tuple[str, str]]:
    found = areas_by_their_words(text, places, False, **flags)
    return [(place.kind, place.name) for place in found]


def test_a_town_in_a_datelines_second_slot_is_its_province() -> None:
    for text, city, area in [
        ("TAGUM CITY, Davao del Norte, March 4 - Gunmen shot a councillor.", "TAGUM",
         "Davao del Norte"),
        ("BOUAKE, Gbeke, 4 March - A grenade was thrown at a bar.", "BOUAKE", "Gbeke"),
        ("ISIOLO, Meru (Reuters) - Raiders stole cattle and shot two herders.", "ISIOLO",
         "Meru"),
        ("SUKKUR, Sindh - A bomb went off near a shrine on Friday.", "SUKKUR", "Sindh"),
    ]:
        places = [_place(text, city), _place(text, area)]
        kinds = _kinds(text, places, dateline_areas=True)
        assert kinds == [("city", city), ("region", area)], text
    # a second town of the story, not in the dateline's slot; no dateline at all
    for text, first, second in [
        ("TAGUM, March 4 - Gunmen shot a councillor in Mawab, police said.", "TAGUM", "Mawab"),
        ("Gunmen shot a councillor in Tagum, Mawab and Nabunturan on Sunday.", "Tagum",
         "Mawab"),
    ]:
        places = [_place(text, first), _place(text, second)]
        assert _kinds(text, places, dateline_areas=True)[1] == ("city", second), text


def test_a_part_of_a_city_is_not_a_town_outside_it() -> None:
    city = ("karachi", 24.86, 67.01)

    def veto(
        towns: tuple[tuple[str, float, float], ...], shared: frozenset[str] = frozenset(),
        dated: bool = True, family: str = "attack", settings: ClusterSettings = SETTINGS,
    ) -> str | None:
        return quarter_town_contradiction(
            family, towns, frozenset({towns[0][0]}) | shared, ("XX:sindh",), None, dated,
            [(city[0], 2, city[1], city[2])], ["korangi", "karachi", "sindh", *shared],
            ("XX:sindh",), ("karachi|korangi",), settings,
        )

    # towns 20-40 km from the city whose part the event names
    assert veto((("gharo", 24.74, 67.59),)) is not None
    assert veto((("thatta", 24.75, 67.92),), frozenset({"sindh"})) is not None
    # a town within the city's reach, a place both name, no dated side, no incident at a spot
    assert veto((("malir", 24.88, 67.07),)) is None
    assert veto((("gharo", 24.74, 67.59),), frozenset({"karachi"})) is None
    assert veto((("gharo", 24.74, 67.59),), dated=False) is None
    assert veto((("gharo", 24.74, 67.59),), family="storm") is None
    assert veto((("gharo", 24.74, 67.59),),
                settings=ClusterSettings(quarter_town_veto=False)) is None
    # the article's part of a city against the event's town outside it
    found = quarter_town_contradiction(
        "attack", (city,), frozenset({"korangi", "karachi"}), (), "karachi", True,
        [("gharo", 1, 24.74, 67.59)], ["gharo"], (), (), SETTINGS,
    )
    assert found is not None


def test_a_town_without_a_point_under_the_datelines_city_is_a_part_of_it() -> None:
    point = (-1.29, 36.82)
    text = "NAIROBI, May 2 - Police shot two men dead in Kangemi on Friday, witnesses said."
    places = [_place(text, "NAIROBI", point=point), _place(text, "Kangemi")]
    assert _city_quarters(text, places, SETTINGS) == (("kangemi",), "nairobi")
    assert _city_quarters(text, places, ClusterSettings(dateline_parts=False)) == ((), None)
    # no dateline: the city named in the story
    text = "Police shot two men dead in Kangemi and in Nairobi on Friday, witnesses said."
    places = [_place(text, "Nairobi", point=point), _place(text, "Kangemi")]
    assert _city_quarters(text, places, SETTINGS) == ((), None)
    # a venue or a district under the dateline is no town
    text = "NAIROBI, May 2 - Police shot two men dead at Kenyatta Hospital on Friday."
    places = [_place(text, "NAIROBI", point=point), _place(text, "Kenyatta Hospital")]
    assert _city_quarters(text, places, SETTINGS) == ((), None)
