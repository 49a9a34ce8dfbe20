"""Session 20 places rules (#14), from the incident-summary probe: a country's name heading an
address abroad, bracketed addresses of several links, unlisted places at an attack's verb or
measured from by a distance, an attack's verb opening an address chain, a region possessing
its town, a town named for its police or shop, and the places a report names only aside from
the event (trial, hospital, burial, where people come from)."""

from __future__ import annotations

from storyline.extract.places import find_places


def _names(text: str) -> list[str]:
    return [place.name for place in find_places(text, None)]


def test_a_country_heading_an_address_in_another_country_is_its_city() -> None:
    assert _names("Gunmen shot a lawyer in Benin, Edo, Nigeria, on Friday.")[0] == "Benin City"
    assert "Benin" in _names("A bomb went off at a rally in Cotonou, Benin, on Friday.")
    assert "Benin City" not in _names("Benin, Togo and Ghana condemned the raid in Sokoto.")


def test_a_bracketed_address_of_several_links() -> None:
    assert "Makobola" in _names("In Makobola (Fizi, South Kivu), militiamen looted a clinic.")
    assert "Lowelweg" in _names("In Lowelweg (Rumbek East, Lakes), raiders killed 6 herders.")
    assert "Brown" not in _names("The firm (Brown, Miller and Sons) was fined in Leeds.")


def test_an_unlisted_place_at_an_attack_verb() -> None:
    assert "Kadolwe" in _names("Rebels ambushed a convoy near Kadolwe, killing five soldiers.")
    assert "Mbirikani" in _names("Two teachers were abducted in Mbirikani by armed men.")
    assert "Qasr al-Hamam" in _names("A roadside blast in Qasr al-Hamam wounded three police.")
    # the verb's clause ends at ", and": what follows is another clause's place
    assert "Metter" not in _names(
        "Russian troops shelled Gori, Georgia, and reporters waited in a hotel near Metter.")


def test_a_place_measured_from_by_a_distance_is_a_settlement() -> None:
    assert "Tessoumbar" in _names("An IED struck a patrol about 20 kilometres north of Tessoumbar.")
    assert "Main Street" not in _names("Police found the van two miles from Main Street.")


def test_an_attack_verb_opens_an_address_chain() -> None:
    names = _names("Suspected militants attacked Dambasu, Tillaberi region, killing 3 civilians.")
    assert names[0] == "Dambasu"
    assert "Hadrawt" in _names("The army bombed Hadrawt, Shabwa governorate, killing four.")


def test_a_region_possesses_its_town_and_a_town_its_section() -> None:
    assert "Nad Ali" in _names("Troops killed three militants in a raid in Helmand's Nad Ali.")
    assert "Umlazi" in _names("A councillor was shot in Umlazi's M Section on Tuesday.")


def test_a_town_named_for_its_police_or_shop() -> None:
    assert "Aurora" in _names("(Aurora PD) A patrol came upon a wounded driver in an alley.")
    assert "Smyrna" in _names("Two men were robbed at a Smyrna gas station late Monday.")


def test_an_acronym_before_a_rank_noun_is_an_organization() -> None:
    assert "UN" not in _names("A driver for a UN agency was shot dead in Kismayo.")


def test_places_named_only_aside_from_the_event() -> None:
    names = _names("The suspect in the bombing of a bus in Kano went on trial in Abuja.")
    assert "Kano" in names and "Abuja" not in names
    names = _names("The wounded from the ambush near Dori were airlifted to Ouagadougou.")
    assert "Dori" in names and "Ouagadougou" not in names
    names = _names("A teenager from Kenner was shot outside a gym in Metairie on Monday.")
    assert "Metairie" in names and "Kenner" not in names
    # where a victim lives ("a Fresno man") is set aside beside a town the text puts the event
    # in by a locative; beside a dateline alone it is mostly where the shooting was
    assert _names("A Fresno man was found shot in an orchard near Kerman.") == ["Kerman"]
    assert "Puyallup" in _names(
        "TACOMA, Wash. - A Puyallup man accidentally shot his brother while cleaning a rifle.")
    # an attack on mourners at a funeral happened at the funeral
    assert "Musayyib" in _names("A bomber struck mourners at a funeral in Musayyib, Iraq.")
    # the attack itself at a hospital; a town named only aside is kept when nothing else is
    assert "Peshawar" in _names("A suicide bomber struck at a hospital in Peshawar.")
    assert "Miami" in _names("The victim died at a hospital in Miami after the shooting.")


def test_a_nationality_or_a_border_is_not_the_setting_of_an_unlisted_place() -> None:
    names = _names("A man was stabbed in a fight in Mahboula; police detained two Bangladeshis.")
    assert names == ["Mahboula"]
    assert "Syria" not in _names("Smugglers shot a guard near Nusaybin, by the Syrian border.")
    assert "Gaza" not in _names("Rockets fired from northern Gaza landed near Netivot.")
