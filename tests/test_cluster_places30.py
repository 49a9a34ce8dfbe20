"""Session 30 (#15): what a report names that is not where its incident was, and undated
portal items a week from a written-out date.

- a town named again as the head of an institution's name ("flown to the Bunia General
  Hospital") is no mention of it as where the incident was (references._INSTITUTION_AFTER);
- a note's district slot right after the town a distance is measured from ("Kili village, 25
  km west of Bannu (Bannu, Khyber Pakhtunkhwa)") names the district, not the town;
- a place with its area word as the head of a landmark ("Djugu territory, north of Bunia");
- a place told as lying a distance from a town (references.placed_by_distance);
- an undated one-liner in the present passive ("Two men are killed ...") is dated the day
  before publication, and such a day more than `oneliner_veto_days` from every written-out
  date of an event contradicts (compat.oneliner_date_contradiction).
Every text and place is made up for these tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime

from storyline.cluster import ClusterSettings
from storyline.cluster.compat import oneliner_date_contradiction
from storyline.cluster.features import article_features
from storyline.cluster.references import placed_by_distance, reference_places
from storyline.pipeline import gate_and_extract
from storyline.records import Article, Place

SETTINGS = ClusterSettings()


def _place(text: str, name: str, kind: str = "city", nth: int = 0) -> Place:
    start = -1
    for _ in range(nth + 1):  # (a dateline in capitals too)
        start = text.lower().index(name.lower(), start + 1)
    return Place(name=name, kind=kind, country="XX", lat=1.0, lon=1.0, start=start,
                 end=start + len(name))


def _references(text: str, places: list[Place], institutions: bool = True) -> set[str]:
    found = reference_places(
        text, places, SETTINGS.exact_town_km, landmarks=True, anaphors=True,
        institutions=institutions,
    )
    return {places[index].name for index in found}


def test_a_town_named_again_in_an_institution_s_name_stays_a_reference() -> None:
    for text, own, town in [
        ("BUNIA, Nov 4 - Militia killed nine at Lopa, 40 km north of Bunia; the wounded were "
         "flown to the Bunia General Hospital.", "Lopa", "Bunia"),
        ("KADUNA, May 2 - Bandits raided Kufana, 40 km south of Kaduna; two hurt were "
         "brought to the Kaduna State University Teaching Hospital.", "Kufana", "Kaduna"),
        ("MAIDUGURI, Jan 3 - A blast hit a mosque in Konduga, some 35 km southeast of "
         "Maiduguri; victims lie in the University of Maiduguri Teaching Hospital.", "Konduga",
         "Maiduguri"),
        ("A mine hit a bus at Elwak, 90 km west of Mandera, and eleven were taken to the "
         "Mandera County Referral Hospital.", "Elwak", "Mandera"),
        ("GARISSA, June 9 - Gunmen abducted two aid workers near Dadaab, 100 km east of "
         "Garissa; a guard is at Garissa Provincial General Hospital.", "Dadaab", "Garissa"),
        ("KIRKUK, Feb 1 - IS fighters raided a post near Hawija, 55 km southwest of Kirkuk. "
         "The wounded were taken to the Kirkuk General Hospital.", "Hawija", "Kirkuk"),
        ("Shelling hit Zamzam camp, 15 km south of El Fasher; MSF staff at the El Fasher "
         "Teaching Hospital treated 30.", "Zamzam", "El Fasher"),
        ("MORA, March 3 - Raiders struck Tolkomari, 15 km north of Mora, and a nurse from the "
         "Mora District Hospital was among the dead.", "Tolkomari", "Mora"),
    ]:
        places = [_place(text, own)] + [
            _place(text, town, nth=n) for n in range(text.lower().count(town.lower()))
        ]
        assert town in _references(text, places), text
        # off: the institution's name is a mention of the town
        assert town not in _references(text, places, institutions=False), text
    for text, own, town in [
        # the town named again as where something happened
        ("BUNIA, Nov 4 - Militia killed nine at Lopa, 40 km north of Bunia; hours later a "
         "grenade hit a bar in Bunia.", "Lopa", "Bunia"),
        ("KADUNA, May 2 - Bandits raided Kufana, 30 km south of Kaduna, then Kaduna itself "
         "was hit by a blast near the Kaduna State University campus gate.", "Kufana",
         "Kaduna"),
        # the first mention no reference: the institution does not make it one
        ("Gunmen attacked the Mandera County Referral Hospital in Mandera, killing a guard.",
         None, "Mandera"),
        ("A bomb exploded in Kirkuk near the Kirkuk General Hospital, wounding six.", None,
         "Kirkuk"),
    ]:
        places = ([_place(text, own)] if own else []) + [
            _place(text, town, nth=n) for n in range(text.lower().count(town.lower()))
        ]
        assert town not in _references(text, places), text


def test_a_note_s_district_slot_after_a_measured_town_is_no_mention_of_the_town() -> None:
    for text, own, town in [
        ("On 3 May, gunmen killed two in Kili village, some 25 km west of Bannu (Bannu, Khyber "
         "Pakhtunkhwa).", "Kili", "Bannu"),
        ("On 9 June, militants burned houses in Tanga, 30 km south of Mopti (Mopti, Mopti).",
         "Tanga", "Mopti"),
        ("On 1 July, an IED hit a truck near Ghazi, about 40 km north of Kohat (Kohat, Khyber "
         "Pakhtunkhwa).", "Ghazi", "Kohat"),
        ("On 2 April, bandits raided Dutse Gari, roughly 20 km east of Gusau (Gusau, Zamfara).",
         "Dutse Gari", "Gusau"),
    ]:
        places = [_place(text, own), _place(text, town), _place(text, town, nth=1)]
        assert town in _references(text, places), text
    for text, own, town in [
        # the town itself is the incident's place ("near Bannu"), named again in the note
        ("On 3 May, gunmen killed two near Bannu (Bannu, Khyber Pakhtunkhwa).", None, "Bannu"),
        ("On 9 June, militants burned houses in Mopti (Mopti, Mopti).", None, "Mopti"),
        # measured, then named again as where something happened
        ("On 1 July, an IED hit Ghazi, 40 km north of Kohat; a second blast hit Kohat itself.",
         "Ghazi", "Kohat"),
        ("On 2 April, bandits raided Dutse Gari, 20 km east of Gusau, then attacked Gusau (Gusau,"
         " Zamfara).", "Dutse Gari", "Gusau"),
    ]:
        places = ([_place(text, own)] if own else []) + [
            _place(text, town, nth=n) for n in range(text.lower().count(town.lower()))
        ]
        assert town not in _references(text, places), text


def test_a_place_with_its_area_word_heads_a_landmark() -> None:
    for text, own, landmark in [
        ("Militia killed 14 at a camp in Djugu territory, north of Bunia.", "Djugu", "Bunia"),
        ("A drone hit a car in Surkh Rod district, west of Jalalabad.", "Surkh Rod",
         "Jalalabad"),
        ("Floods cut roads in Mwingi county, east of Kitui, on Friday.", "Mwingi", "Kitui"),
        ("Shelling hit Zamzam camp, south of El Fasher, overnight.", "Zamzam", "El Fasher"),
    ]:
        places = [_place(text, own), _place(text, landmark)]
        assert _references(text, places) == {landmark}, text
    for text, own in [
        # no place before the bearing: the city's own area
        ("Militia killed 14 in a district north of Bunia.", "Bunia"),
        ("Fighting raged in the camp south of El Fasher.", "El Fasher"),
    ]:
        assert own not in _references(text, [_place(text, own)]), text


def test_a_place_told_as_lying_a_distance_from_a_town() -> None:
    for text, name in [
        ("Gunmen attacked Plaine Savo, some 60 km north of Bunia, on Friday.", "Plaine Savo"),
        ("A mine killed four in Maqbanah district, 60 km west of the city.", "Maqbanah"),
        ("Raiders struck Kili, about 25 kilometres from Bannu.", "Kili"),
        ("A bomb hit Tolkomari, 15 km north of Mora, at dawn.", "Tolkomari"),
    ]:
        assert placed_by_distance(text, _place(text, name)), text
    for text, name in [
        ("Gunmen attacked Plaine Savo on Friday, 60 people fled.", "Plaine Savo"),
        ("Some 60 km north of Bunia lies Plaine Savo.", "Plaine Savo"),
        ("Raiders struck Kili and Bannu.", "Kili"),
        ("A bomb hit Tolkomari; 15 people died.", "Tolkomari"),
    ]:
        assert not placed_by_distance(text, _place(text, name)), text


def _oneliner_day(text: str, published: date) -> int | None:
    article = Article(
        id="x", title=None, text=text,
        published=datetime(published.year, published.month, published.day, 12, tzinfo=UTC),
    )
    return article_features(*gate_and_extract(article), SETTINGS).oneliner_day


def test_an_undated_oneliner_in_the_present_passive_is_dated() -> None:
    posted = date(2024, 6, 12)
    for text in [
        "Armed conflicts and attacks: Two men are killed in a drive-by shooting in Tulsa.",
        "A police officer is shot dead at a checkpoint in Kohat, Pakistan. (Dawn)",
        "Five worshippers are wounded when a grenade hits a church in Kasese. (Monitor)",
        "United States: Three teenagers are shot outside a school in Dayton, Ohio.",
        "A village chief is abducted by gunmen in Gusau, Zamfara. (Punch)",
        "Two aid workers are kidnapped near Dadaab, Kenya. (Nation)",
        "A journalist is fatally stabbed in Tegucigalpa, Honduras. (La Prensa)",
        "Four soldiers are killed by a roadside bomb near Gao, Mali. (RFI)",
    ]:
        assert _oneliner_day(text, posted) == posted.toordinal() - 1, text
    for text in [
        # past passive: perhaps a late summary
        "Two brothers were shot from a passing car in Tulsa.",
        # a date of its own
        "On June 3, two men are killed in a drive-by shooting in Tulsa.",
        # no incident: a passive of another kind
        "Armed conflicts and attacks: Peace talks are held in Doha between the parties.",
        "A new police chief is named in Kohat, Pakistan. (Dawn)",
    ]:
        day = _oneliner_day(text, posted)
        assert day is None or "June 3" in text or "talks" in text or "chief" in text, text
        if "June 3" not in text:
            assert day is None, text


def test_an_undated_oneliner_a_week_from_a_written_out_date_contradicts() -> None:
    day = date(2027, 7, 11).toordinal()
    written = Counter({day - 7: 1})
    assert oneliner_date_contradiction(day, "attack", written, SETTINGS) is not None
    assert oneliner_date_contradiction(day, "attack", Counter({day - 4: 2}), SETTINGS)
    # within the item's uncertainty and the written date's day
    for gap in (0, 1, 2, 3):
        assert oneliner_date_contradiction(day, "attack", Counter({day - gap: 1}),
                                           SETTINGS) is None
    # one written-out date near enough among others
    assert oneliner_date_contradiction(
        day, "attack", Counter({day - 9: 1, day - 1: 1}), SETTINGS
    ) is None
    # no incident family (a reaction, an arrest), no written-out dates, no item day, off
    assert oneliner_date_contradiction(day, None, written, SETTINGS) is None
    assert oneliner_date_contradiction(day, "attack", Counter(), SETTINGS) is None
    assert oneliner_date_contradiction(None, "attack", written, SETTINGS) is None
    off = replace(SETTINGS, oneliner_veto_days=0)
    assert oneliner_date_contradiction(day, "attack", written, off) is None


def _window_notes(first: str, first_day: date, second: str, second_day: date) -> str:
    from storyline.cluster.scoring import compatibility
    from storyline.cluster.state import new_state

    def article(article_id: str, text: str, day: date) -> Article:
        return Article(id=article_id, title=None, text=text,
                       published=datetime(day.year, day.month, day.day, 9, tzinfo=UTC))

    state = new_state("ev-t", "st-t")
    state.add(article_features(*gate_and_extract(article("a", first, first_day)), SETTINGS),
              SETTINGS.event_terms)
    features = article_features(*gate_and_extract(article("b", second, second_day)), SETTINGS)
    return "; ".join(compatibility(features, state, SETTINGS, window=True).against)


def test_a_retrospective_writing_out_the_event_s_date_and_place_is_within_the_window() -> None:
    cases = [
        ("03/14/2025: A car bomb exploded outside a hotel in Baidoa, Bay region, Somalia, "
         "killing eight people.", date(2025, 3, 14),
         "The 2025 Baidoa hotel bombing was a car bomb attack on 14 March 2025 outside a hotel "
         "in Baidoa, Somalia, in which eight people were killed.", date(2027, 3, 14)),
        ("05/02/2024: Gunmen attacked a market in Mopti, Mopti region, Mali, killing six "
         "traders.", date(2024, 5, 2),
         "On 2 May 2024, gunmen opened fire in a market in Mopti, Mali, killing six traders. "
         "Two men were convicted in 2026.", date(2026, 6, 1)),
        ("09/21/2023: A grenade was thrown into a bar in Goma, North Kivu, Democratic Republic "
         "of the Congo. Three were killed.", date(2023, 9, 21),
         "Goma bar grenade attack. The attack took place on 21 September 2023 in Goma, when a "
         "grenade was thrown into a crowded bar, killing three.", date(2025, 2, 10)),
        ("11/05/2022: A suicide bomber struck a mosque in Kunduz, Afghanistan, killing 14 "
         "worshippers.", date(2022, 11, 5),
         "Three years on: the mosque bombing in Kunduz on November 5, 2022 killed 14 "
         "worshippers; the families are still waiting for justice.", date(2025, 11, 5)),
    ]
    for first, first_day, second, second_day in cases:
        assert "window" not in _window_notes(first, first_day, second, second_day), second
    for first, first_day, second, second_day in [
        # another date in the same place a year on: another incident
        (cases[0][0], cases[0][1], "On 20 April 2026, a car bomb exploded outside a hotel in "
         "Baidoa, Somalia, killing five people.", date(2026, 4, 21)),
        (cases[1][0], cases[1][1], "On 9 July 2025, gunmen opened fire in a market in Mopti, "
         "Mali, killing four traders.", date(2025, 7, 10)),
        # the same date written out in another place
        (cases[2][0], cases[2][1], "The Bukavu bar attack took place on 21 September 2023 in "
         "Bukavu, when a grenade was thrown into a bar, killing three.", date(2025, 2, 10)),
        # no date written out
        (cases[3][0], cases[3][1], "Three years on, families of the worshippers killed in the "
         "Kunduz mosque bombing are still waiting for justice.", date(2025, 11, 5)),
    ]:
        assert "window" in _window_notes(first, first_day, second, second_day), second
