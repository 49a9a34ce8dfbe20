"""Session 21 places rules (#14, #15): a region and the town of one name read as one place, a
town heading a dated list entry, a capital that speaks for its government. The phenomenon
cases compare names only; these tests also hold the kind (region or city) of each reading,
which is what keeps two incidents of one province apart when clustering."""

from __future__ import annotations

from storyline.extract.places import find_places


def _read(text: str) -> list[tuple[str, str]]:
    return [(place.name, place.kind) for place in find_places(text, None)]


def test_a_rank_word_reads_the_region_as_the_text_spells_it() -> None:
    assert _read("Gunmen ambushed a convoy in Andar district, Ghazni province, on Monday.") == [
        ("Andar district", "region"), ("Ghazni", "region")]
    assert ("Kandahar", "region") in _read("Taliban fighters overran a checkpoint in "
                                           "Kandahar province.")
    assert ("Aleppo", "region") in _read("A truck bomb exploded in Azaz, Aleppo governorate.")
    assert ("Garissa", "region") in _read("A bomb hit a police truck in Garissa county.")
    assert ("Kano", "region") in _read("Police in Kano State arrested five men.")


def test_a_city_in_the_bracket_after_a_town_is_its_region() -> None:
    assert _read("On 7 May, a car bomb went off in Azaz town (Aleppo), killing 12.") == [
        ("Azaz", "city"), ("Aleppo", "region")]
    # the same place named again, or an acronym, is no region
    assert _read("Teachers marched in Buenos Aires (Ciudad Autonoma de Buenos Aires).") == [
        ("Buenos Aires", "city")]


def test_a_town_placed_in_earnest_is_the_one_place_of_its_name() -> None:
    assert _read("A bomb exploded in Kunduz, Kunduz province, killing five.") == [
        ("Kunduz", "city")]
    assert _read("A mine exploded in Ghazni city, the capital of Ghazni province.") == [
        ("Ghazni", "city")]
    assert [kind for name, kind in _read("A bomb damaged a noodle stall in Yala City, Yala "
                                         "Province, Thailand.") if name == "Yala"] == ["city"]
    # the text calls it a city once: its bare mentions are that city, not the governorate
    assert _read("A drone hit a camp west of Marib city; fighting around Marib has grown.") == [
        ("Ma'rib", "city")]


def test_a_bare_mention_of_a_region_read_by_its_rank_word_is_that_region() -> None:
    assert _read("Troops clashed with rebels in Yangon Region on Monday. The Yangon chief "
                 "minister condemned the violence.") == [("Yangon", "region")]


def test_a_rank_word_inside_an_institution_or_in_the_us_is_no_region() -> None:
    assert ("Moscow", "city") in _read("Students at Moscow State University held a sit-in.")
    assert ("Fresno", "region") not in _read("A Fresno State student was shot in Fresno.")


def test_a_town_heading_a_dated_list_entry() -> None:
    assert _read("11 March 2004 – Caloto (Cauca): guerrillas fired mortars at the police "
                 "post.") == [("Caloto", "city"), ("Cauca", "region")]
    assert ("Gossi", "city") in _read("17 Feb 2016: Gossi (Tombouctou) - an IED blew up a "
                                      "truck.")
    assert _read("1 June 2017 – President Kabila (statement): an inquiry was promised.") == []


def test_a_capital_speaking_for_its_government_is_no_event_place() -> None:
    assert _read("Moscow blamed saboteurs for a blast on a railway near Klintsy.") == [
        ("Klintsy", "city")]
    assert _read("Officials in Washington said the strike near Jalalabad killed two.")[0][0] \
        .startswith("Jal")
    # named where the event happened, the capital stays
    assert ("Baghdad", "city") in _read("A car bomb killed 12 in Baghdad. Baghdad said the "
                                        "attackers came from Syria.")
