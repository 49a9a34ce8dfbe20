"""Session 19 places rules (#14): a town of its district ("Birgunj of Parsa district"), a place
after its region's possessive with the rank word, a name before its region in brackets, the
DR Congo's territories, a nationality before a settlement noun, the US states' nicknames."""

from __future__ import annotations

from storyline.extract.gazetteer_tables import STATE_NICKNAMES, US_STATE_CAPITALS
from storyline.extract.places import find_places
from storyline.extract.places_unlisted import _a_people_or_group


def _names(text: str) -> list[str]:
    return [place.name for place in find_places(text, None)]


def test_a_town_of_its_district_is_the_town_and_the_district() -> None:
    names = _names("A bomb exploded at a school in Birgunj of Parsa district.")
    assert "Birgunj" in names and "Parsa district" in names
    assert "West" not in _names("Militants attacked a base West of Barawe district.")


def test_a_place_after_a_region_with_its_rank_and_possessive() -> None:
    assert "Maungdaw" in _names("A bus was torched in Rakhine State's Maungdaw township.")
    assert not any("Islamic State" in name for name in
                   _names("Islamic State's Sinai province claimed the attack."))


def test_a_name_before_its_region_in_brackets() -> None:
    assert "Shebaa" in _names("Shelling continues in Shebaa (Hasbaya district), injuring 3.")
    assert "Barsalogho" in _names("An attack in Barsalogho (Centre-Nord region) killed 15.")
    assert _names("Peacekeepers in Mali (MINUSMA) were attacked.") == ["Mali"]


def test_a_people_or_a_group_names_no_town_or_territory() -> None:
    assert _a_people_or_group("Ukrainian", False)
    assert _a_people_or_group("Taliban", True)
    assert _a_people_or_group("Kurdish-held", True)
    assert _a_people_or_group("Kurdish", True)  # an ordinary word before "territory"
    assert not _a_people_or_group("Masisi", True)
    assert "Ukrainian" not in _names("Drones hit the Ukrainian town of Vovchansk.")


def test_state_nicknames_are_folded_and_name_states() -> None:
    states = set(US_STATE_CAPITALS)
    for nickname, code in STATE_NICKNAMES.items():
        assert nickname == nickname.lower().strip() and nickname.endswith(" state")
        assert code in states
    assert "Texas" in _names("Police in the Lone Star State said a man killed 2 in Tyler.")
    assert "Somalia" in _names("A grenade hit a home in Baidoa, Bay State, Somalia.")
