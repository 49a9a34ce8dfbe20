"""A town named by its bearing or edge from a city (session 29, #15; references._LANDMARK): in
"Bello, north of Medellin" the report's place is Bello and Medellin its landmark, as with "near
X" (session 27); "Soacha, on the southern edge of Bogota", "Ikorodu, on the outskirts of
Lagos". A US dateline counts as a reference too when every later mention of it is one ("HOUSTON
- ... in Pasadena, southeast of Houston"). Every text and place is made up for these tests."""

from __future__ import annotations

from storyline.cluster import ClusterSettings
from storyline.cluster.references import reference_places
from storyline.records import Place

SETTINGS = ClusterSettings()


def _place(text: str, name: str, country: str = "XX", nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(name=name, kind="city", country=country, lat=1.0, lon=1.0, start=start,
                 end=start + len(name))


def _references(text: str, places: list[Place]) -> set[str]:
    found = reference_places(text, places, SETTINGS.exact_town_km, landmarks=True)
    return {places[index].name for index in found}


def test_a_town_by_its_bearing_or_edge_from_a_city_has_the_city_as_its_landmark() -> None:
    for text, own, landmark in [
        ("A grenade wounded three in Envigado, south of Medellin, on Friday.", "Envigado",
         "Medellin"),
        ("Gunmen shot two traders in Soacha, on the southern edge of Bogota.", "Soacha",
         "Bogota"),
        ("Police raided a depot in Ikorodu, on the outskirts of Lagos, at dawn.", "Ikorodu",
         "Lagos"),
        ("A mortar struck Bucha, northwest of Kyiv, overnight.", "Bucha", "Kyiv"),
        ("Shots were fired at a bar in Cicero, just west of Chicago, late Friday.", "Cicero",
         "Chicago"),
        ("Militants attacked a post in Matani, northeast of Peshawar, killing two.", "Matani",
         "Peshawar"),
        ("A bomb went off in Dora, on the fringes of Baghdad, wounding four.", "Dora",
         "Baghdad"),
        ("Two died when a truck bomb hit Afgoye, west of Mogadishu.", "Afgoye",
         "Mogadishu"),
    ]:
        places = [_place(text, own), _place(text, landmark)]
        assert _references(text, places) == {landmark}, text
    for text, own in [
        # a bearing with no place before it: the city's own area, where it happened
        ("Gunmen attacked a village north of Medellin on Friday.", "Medellin"),
        ("Fighting raged on the northern edge of Bogota overnight.", "Bogota"),
        # the city named again as a place of its own
        ("A grenade hit Envigado, south of Medellin; hours later gunmen shot a man in Medellin "
         "itself.", "Medellin"),
    ]:
        places = [_place(text, own)] + (
            [_place(text, "Envigado")] if "Envigado" in text else []
        )
        assert own not in _references(text, places), text


def test_a_us_dateline_named_again_only_as_a_landmark_is_a_reference() -> None:
    text = ("HOUSTON, May 3 - Four people were shot at a party in Pasadena, southeast of "
            "Houston, late Saturday, police said.")
    places = [_place(text, "HOUSTON", "US"), _place(text, "Pasadena", "US")]
    assert _references(text, places) == {"HOUSTON"}
    # a US dateline not named again: the report's own town, as the extractor reads it
    text = "DAYTON, Ohio - Two men were shot outside a bar on Wayne Avenue late Friday."
    assert _references(text, [_place(text, "DAYTON", "US")]) == set()
    # named again as where it happened
    text = ("HOUSTON, May 3 - Gunfire at a party in Pasadena, southeast of Houston, came hours "
            "after a man was shot in Houston's Third Ward.")
    places = [_place(text, "HOUSTON", "US"), _place(text, "Pasadena", "US")]
    assert "HOUSTON" not in _references(text, places)
