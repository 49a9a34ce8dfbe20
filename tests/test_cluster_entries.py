"""Database entries of one day in two towns of one province (session 20, #15): an entry that
opens with its date stamp is dated exactly (features._exact_event_day), and two exactly dated
entries that share only their province and name two towns are two incidents, whatever group
names they share (compat.exact_place_contradiction with `exact_place_provinces`,
`exact_place_override_names`, `exact_town_km`). All texts are made up for these tests."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime

from tests.helpers_cluster import against, dated_report

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import exact_place_contradiction
from storyline.cluster.features import article_features
from storyline.cluster.scoring import compatibility
from storyline.cluster.state import new_state
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict

NEW = DedupVerdict(kind="new")
OFF = replace(ClusterSettings(), exact_place_provinces=False)
DAY = date(2019, 3, 21)


def _exact(text: str, said: str) -> int | None:
    article, extraction = dated_report("x", text, said, DAY, published=DAY)
    return article_features(article, extraction, ClusterSettings()).exact_event_day


def test_an_entry_that_opens_with_its_date_and_a_separator_is_dated_exactly() -> None:
    stamped = [
        ("21 March 2019 – Kandahar: a bomb hidden in a cart killed two traders.", "21 March 2019"),
        ("21 Mar 2019 | Mali | Mopti | Ambush | 3 killed | Convoy hit near the river.",
         "21 Mar 2019"),
        ("2019-03-21 | Springfield, MO | 1 killed, 0 injured | Man shot outside a bar.",
         "2019-03-21"),
        ("21 Mar 2019, Kidal region: gunmen on motorbikes fired on a water point.", "21 Mar 2019"),
        ("Mar 21 2019 — Somalia — Kismayo — 1 strike — 4 killed.", "Mar 21 2019"),
        ("March 21, 2019 - Kunduz: a roadside mine struck a tractor, wounding five.",
         "March 21, 2019"),
    ]
    for text, said in stamped:
        assert _exact(text, said) == DAY.toordinal(), text
    not_stamped = [
        # A dateline on its own line, or with a clock time: when the page was written.
        ("Thursday, March 21, 2019\nThe council met again to weigh the budget.",
         "Thursday, March 21, 2019"),
        ("March 21, 2019, 7:35 am - The council met again to weigh the budget.",
         "March 21, 2019"),
        # The date not at the opening of the text.
        ("Residents still speak of 21 March 2019 - the day the dam gave way.", "21 March 2019"),
        # No year: the year is resolved, not written.
        ("March 21 – Kunduz: a roadside mine struck a tractor.", "March 21"),
    ]
    for text, said in not_stamped:
        assert _exact(text, said) is None, text


def _entry(article_id: str, text: str, day: date) -> Article:
    return Article(
        id=article_id,
        title=None,
        text=text,
        published=datetime(day.year, day.month, day.day, 9, tzinfo=UTC),
    )


# Pairs of entries of one day: another town (or district) of the same province.
TWO_TOWNS = [
    (
        date(2013, 4, 17),
        "04/17/2013: Gunmen opened fire on a checkpoint in Caloto, Cauca department, Colombia, "
        "killing one police officer.",
        "17 Apr 2013 - Corinto (Cauca): armed men fired on a police checkpoint; 1 officer "
        "killed.",
        "corinto",
    ),
    (
        date(2014, 9, 3),
        "09/03/2014: An explosive device detonated near a market in Kurram district, Khyber "
        "Pakhtunkhwa province, Pakistan, injuring six people.",
        "On 3 September 2014, a bomb went off near a bazaar in Orakzai district (Khyber "
        "Pakhtunkhwa), wounding 6 people.",
        "orakzai district",
    ),
    (
        date(2018, 7, 30),
        "07/30/2018: Gunmen stormed a village in Zurmi local government area, Zamfara state, "
        "Nigeria, killing 14 people.",
        "On 30 July 2018, bandits attacked a village in Shinkafi LGA (Zamfara), killing 14 "
        "residents.",
        "shinkafi",
    ),
]


def test_two_dated_entries_in_two_towns_of_one_province_name_two_wheres() -> None:
    for day, first, second, town in TWO_TOWNS:
        one, two = _entry("t1", first, day), _entry("t2", second, day)
        # (session 26: a district named with its word keeps it, "shinkafi lga")
        note = re.compile(rf"\b{town}(?: lga)?: no place in common with the event's, both dated")
        assert note.search(against(one, two)), second
        assert not note.search(against(one, two, OFF)), second


def test_one_entry_written_by_two_sources_is_one_where() -> None:
    same = [
        # A district and a town of another name: the town may be in it (as a county holds a
        # town), so the province both name still counts.
        (
            date(2014, 9, 3),
            "09/03/2014: An explosive device detonated near a market in Dera Ismail Khan, "
            "Khyber Pakhtunkhwa province, Pakistan, injuring six people.",
            "On 3 September 2014, a bomb went off near a bazaar in Tank district (Khyber "
            "Pakhtunkhwa), wounding 6 people.",
        ),
        (
            date(2013, 4, 17),
            "04/17/2013: Gunmen opened fire on a checkpoint in Caloto, Cauca department, "
            "Colombia, killing one police officer.",
            "17 Apr 2013 - Caloto (Cauca): armed men fired on a police checkpoint at the town "
            "entrance; 1 officer killed.",
        ),
        # The district named for its town ("Mueang Yala") is the town's.
        (
            date(2019, 11, 18),
            "11/18/2019: A bomb exploded at a market in Yala city, Yala province, Thailand, "
            "wounding three people.",
            "18 Nov 2019, Mueang Yala district: bomb at the market, 3 hurt.",
        ),
    ]
    for day, first, second in same:
        assert "no place in common" not in against(_entry("s1", first, day),
                                                    _entry("s2", second, day)), second


def test_the_names_both_entries_share_do_not_carry_the_join() -> None:
    """The group that acts in both entries is named in both: no evidence of one incident. It
    takes `exact_place_override_names` (4) rare names, two people's first and last names, to
    join across two wheres (tests/test_cluster_towns.py: five)."""
    day = date(2016, 2, 9)
    # The group, its leader and its cause: three names, each entry naming all three.
    one = _entry("g1", "02/09/2016: Kellwyn Vashkor gunmen loyal to Ardelune ambushed a patrol "
                 "in Caloto, Cauca department, Colombia, killing two soldiers.", day)
    two = _entry("g2", "9 Feb 2016 - Corinto (Cauca): Kellwyn Vashkor fighters loyal to "
                 "Ardelune ambushed an army patrol; 2 soldiers killed.", day)
    for settings, blocked in (
        (ClusterSettings(), True),
        (replace(ClusterSettings(), exact_place_override_names=3), False),
        (replace(ClusterSettings(), exact_place_override_names=0), False),
    ):
        state = new_state("ev-g", "st-g")
        state.add(article_features(*gate_and_extract(one), settings), settings.event_terms)
        features = article_features(*gate_and_extract(two), settings)
        found = compatibility(features, state, settings, frozenset(features.names.tolist()))
        assert found.blocked is blocked


def test_towns_within_a_few_kilometres_are_a_suburb_and_its_city() -> None:
    settings = ClusterSettings()
    dated = {736000: 1}
    near = (("suburbia", 10.05, 20.03),)
    city = (("metropolis", 0, 10.10, 20.05),)
    args = (736000, frozenset({"suburbia"}), near, Counter(dated), ["metropolis"], city)
    assert exact_place_contradiction(*args, settings) is None  # ~6 km
    assert exact_place_contradiction(*args, replace(settings, exact_town_km=5.0)) is not None


def test_the_clusterer_keeps_two_incidents_of_one_day_in_one_province_apart() -> None:
    day = date(2013, 4, 17)
    entries = [
        ("c1", "04/17/2013: Gunmen opened fire on a checkpoint in Caloto, Cauca department, "
               "Colombia, killing one police officer."),
        ("c2", "04/17/2013: Gunmen opened fire on a police patrol in Corinto, Cauca department, "
               "Colombia, killing one officer."),
        ("c3", "17 Apr 2013 - Caloto (Cauca): armed men fired on the checkpoint at the town "
               "entrance; 1 officer killed."),
        ("c4", "17 Apr 2013 - Corinto (Cauca): armed men shot at a patrol car; 1 officer dead."),
    ]
    clusterer = Clusterer(ClusterSettings())
    event_of = {}
    for article_id, text in entries:
        article, extraction = gate_and_extract(_entry(article_id, text, day))
        event_of[article_id] = clusterer.assign(article, extraction, NEW, None).event_id
    assert event_of["c1"] == event_of["c3"]
    assert event_of["c2"] == event_of["c4"]
    assert event_of["c1"] != event_of["c2"]
