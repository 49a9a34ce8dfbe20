"""Events that do not mix: contradicting facts, background sentences and round-ups (#15)."""

from __future__ import annotations

import struct
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
from tests.helpers_cluster import background, dated_report

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import (
    distance_km,
    families_conflict,
    type_family,
    year_contradiction,
)
from storyline.cluster.features import article_features, term_hash
from storyline.cluster.roles import is_roundup, sentence_roles
from storyline.cluster.scoring import compatibility
from storyline.cluster.state import decode_state, encode_state, new_state
from storyline.pipeline import ingest_articles
from storyline.records import Article, DedupVerdict, EventDate, Extraction, Place
from storyline.store import open_store

NEW = DedupVerdict(kind="new")
DAY = date(2024, 6, 2)
_NOON = datetime(DAY.year, DAY.month, DAY.day, 12, tzinfo=UTC)
# Made-up towns with coordinates: two near each other, one across the country.
TOWNS: dict[str, tuple[float, float]] = {
    "Brackenford": (40.10, -75.20),
    "Lindqvist Falls": (40.25, -75.12),  # ~18 km from Brackenford
    "Stavely Junction": (40.30, -74.90),  # ~34 km from Brackenford
    "Orvieto Springs": (34.05, -118.25),  # ~3,800 km away
    "Halvard Ridge": (47.60, -122.30),  # far from all of them
    "Marisco Bay": (25.80, -80.20),
    "Tolmach": (44.95, -93.10),
}


def _warmed(settings: ClusterSettings | None = None) -> Clusterer:
    clusterer = Clusterer(settings)
    for article, extraction in background(30, DAY):
        clusterer.assign(article, extraction, NEW)
    return clusterer


def _club_report(article_id: str, town: str, extra: str = "", hour: int = 9) -> Article:
    """A generic report whose words any such incident shares: only the town tells them apart."""
    text = (
        f"Police in {town} said a man was shot outside a nightclub early Sunday after an "
        "argument spilled into the parking lot. The man was taken to a hospital with wounds "
        "that were not life-threatening, and officers were looking for a second man who fled "
        f"in a dark sedan. {extra}"
    ).strip()
    return Article(
        id=article_id,
        title=f"Man shot outside nightclub in {town}",
        text=text,
        published=datetime(DAY.year, DAY.month, DAY.day, hour, tzinfo=UTC),
    )


def _extraction(article: Article, town: str, event_type: str = "shooting") -> Extraction:
    lat, lon = TOWNS[town]
    start = article.text.index(town)
    return Extraction(
        article_id=article.id,
        event_type=event_type,
        event_date=EventDate(value=DAY, precision="day", text="Sunday", start=0, end=6),
        places=(
            Place(town, "city", "US", lat, lon, start, start + len(town)),
            Place("United States", "country", "US"),
        ),
    )


def _assign_pair(
    first_town: str, second_town: str, settings: ClusterSettings | None = None, extra: str = ""
) -> tuple[str, str, str]:
    clusterer = _warmed(settings)
    one = _club_report("c1", first_town, extra)
    two = _club_report("c2", second_town, extra, hour=11)
    first = clusterer.assign(one, _extraction(one, first_town), NEW)
    second = clusterer.assign(two, _extraction(two, second_town), NEW)
    return first.event_id, second.event_id, second.reason


def test_same_story_in_two_towns_far_apart_stays_two_events() -> None:
    no_veto = replace(ClusterSettings(), place_veto_km=0, town_veto_km=0)
    first, second, reason = _assign_pair("Brackenford", "Orvieto Springs", no_veto)
    assert first == second, "control: without the test the shared wording joins them"
    first, second, reason = _assign_pair("Brackenford", "Orvieto Springs")
    assert first != second
    assert "against: orvieto springs 3," in reason and "km from the event's places" in reason


def test_a_neighbouring_town_is_no_contradiction() -> None:
    first, second, reason = _assign_pair("Brackenford", "Lindqvist Falls")
    assert first == second, reason
    assert "against" not in reason


def test_a_town_beyond_the_town_radius_is_another_incident() -> None:
    # Session 23: two incidents of one day in towns 34 km apart (`town_veto_km` 25; it was 50):
    # reports that share only generic wording are two incidents, as two towns 40 km apart of
    # one state were in the fresh cross-database probe; within the radius they join (above).
    first, second, reason = _assign_pair("Brackenford", "Stavely Junction")
    assert first != second
    assert "stavely junction 34 km from the event's towns" in reason
    wide = replace(ClusterSettings(), town_veto_km=50.0)
    first, second, reason = _assign_pair("Brackenford", "Stavely Junction", wide)
    assert first == second, "control: with the former 50 km they join"


def test_the_same_named_people_join_across_a_contradiction_and_say_so() -> None:
    names = "The wounded man was identified as Ostap Vanterpool; Quennell Abara was arrested."
    first, second, reason = _assign_pair("Brackenford", "Orvieto Springs", extra=names)
    assert first == second, reason
    assert "against: orvieto springs" in reason
    assert "joined across it: 4 rare names shared" in reason
    # One shared name is not enough: a surname recurs, the same victim and suspect do not.
    first, second, reason = _assign_pair("Brackenford", "Orvieto Springs", extra="Vanterpool.")
    assert first != second
    assert "contradicts it" in reason and "1 rare names shared" in reason


def test_type_families_that_cannot_be_one_event() -> None:
    assert type_family("shooting") == type_family("bombing") == "attack"
    assert type_family("arrest_raid") is None and type_family("other") is None
    assert families_conflict("attack", "earthquake")
    assert families_conflict("unrest", "earthquake")
    assert not families_conflict("attack", "unrest")  # a vigil or a riot after a shooting
    # A blaze is not a shooting; a fire someone set goes with both (compat.set_fire_type).
    assert families_conflict("attack", "fire")
    assert not families_conflict("attack", "fire", fire_attack_veto=False)
    assert not families_conflict("arson", "attack") and not families_conflict("arson", "fire")
    assert not families_conflict("unrest", "fire")  # riots that burn
    settings = ClusterSettings()
    quake = _club_report("q1", "Brackenford")
    state = new_state("ev-quake", "st-quake")
    quake_features = article_features(
        quake, _extraction(quake, "Brackenford", "natural_disaster:earthquake"), settings
    )
    shot = _club_report("q2", "Brackenford", hour=10)
    shot_features = article_features(shot, _extraction(shot, "Brackenford"), settings)
    state.add(quake_features, settings.event_terms)
    # One report's type is a guess from its cue words: no veto yet ...
    assert not compatibility(shot_features, state, settings).against
    # ... two reports establish the event's family.
    state.add(quake_features, settings.event_terms)
    found = compatibility(shot_features, state, settings)
    assert found.blocked and found.against == ("type attack vs earthquake",)
    arrest = article_features(shot, _extraction(shot, "Brackenford", "arrest_raid"), settings)
    assert not compatibility(arrest, state, settings).against


def test_distance_is_great_circle() -> None:
    assert abs(distance_km((0.0, 0.0), (0.0, 1.0)) - 111.2) < 0.5
    assert distance_km(TOWNS["Brackenford"], TOWNS["Brackenford"]) == 0.0


def _weight(article: Article, extraction: Extraction, word: str) -> float:
    features = article_features(article, extraction, ClusterSettings())
    position = int(np.searchsorted(features.terms, term_hash(word)))
    assert features.terms[position] == term_hash(word), word
    return float(features.weights[position])


def test_background_sentences_and_related_blocks_are_recognised() -> None:
    text = (
        "A gunman wounded two people at a Brackenford diner on Sunday. "
        "It was the deadliest attack in the county since 2015, when a similar shooting "
        "killed four.\nThe diner will reopen on Friday.\n"
        "Related stories\nMan charged in Orvieto Springs robbery\nCouncil backs new park\n"
        "Police asked anyone with information to call the tip line, and said patrols near the "
        "diner would be increased for the rest of the month while detectives work the case."
    )
    roles = sentence_roles(text)
    found = {(role, text[start:end].strip()[:20]) for start, end, role in roles}
    assert found == {("background", "It was the deadliest"), ("related", "Related stories\nMan ")}
    related = next((start, end) for start, end, role in roles if role == "related")
    assert "Council backs new park" in text[related[0] : related[1]]
    assert "tip line" not in text[related[0] : related[1]]
    # A follow-up naming its own event by time is not background.
    assert not sentence_roles("Police arrested a man over last week's shooting in Brackenford.")


def test_a_passing_mention_of_another_event_counts_little() -> None:
    lead = "A gunman wounded two people at a Brackenford diner on Sunday, police said."
    mention = "It came weeks after a similar shooting at the Ytterberg quarry."
    plain = "It came weeks after officers searched the Ytterberg quarry."
    with_cue = Article(id="b1", text=f"{lead} {mention}")
    without = Article(id="b2", text=f"{lead} {plain}")
    empty = Extraction(article_id="b", event_type="shooting")
    assert _weight(with_cue, empty, "ytterberg") < 0.5 * _weight(without, empty, "ytterberg")
    # A place named only in background is not one of the article's places.
    start = with_cue.text.index("Ytterberg")
    quarry = Place("Ytterberg", "city", "US", 40.0, -75.0, start, start + 9)
    features = article_features(
        with_cue, replace(empty, article_id="b1", places=(quarry,)), ClusterSettings()
    )
    assert "ytterberg" not in features.places and not features.cities


def test_round_ups_are_recognised() -> None:
    assert is_roundup("6 Dead, 28 Wounded In Weekend Shootings Across the City", "")
    assert is_roundup("Two boys shot in separate shootings", "")
    assert is_roundup("Daily police blotter", "")
    text = (
        "A man was shot on Elm Street. In another shooting, a woman was hurt. "
        "In a separate incident, a car was stolen."
    )
    assert is_roundup("Busy night for police", text)
    assert not is_roundup("Coastal town shootings claim a fifth victim", "One gunman.")
    assert not is_roundup("Man shot outside nightclub", "In another shooting, a woman was hurt.")


def test_a_round_up_is_never_the_bridge_between_two_events() -> None:
    settings = ClusterSettings()
    report = _club_report("r1", "Brackenford")
    state = new_state("ev-r", "st-r")
    state.add(article_features(report, _extraction(report, "Brackenford"), settings), 120)
    before = (state.terms.copy(), state.weights.copy(), Counter(state.places))
    roundup = Article(
        id="r2",
        title="Weekend shootings across the region leave three hurt",
        text="A man was shot outside a Brackenford nightclub. In another shooting, a courier was "
        "wounded on Tolliver Lane in Orvieto Springs.",
    )
    features = article_features(roundup, _extraction(roundup, "Brackenford"), settings)
    assert features.roundup
    state.add(features, 120)
    assert state.articles == 2
    assert np.array_equal(state.terms, before[0]) and np.array_equal(state.weights, before[1])
    assert state.places == before[2]
    # An event a round-up founded becomes the incident of its first single-incident report.
    founded = new_state("ev-f", "st-f")
    founded.add(features, 120)
    assert founded.roundup
    assert term_hash("tolliver") in founded.terms.tolist()
    founded.add(article_features(report, _extraction(report, "Brackenford"), settings), 120)
    assert not founded.roundup and term_hash("tolliver") not in founded.terms.tolist()


def test_state_keeps_lead_cities_and_round_up_mark_and_reads_older_states() -> None:
    settings = ClusterSettings()
    report = _club_report("s1", "Brackenford")
    state = new_state("ev-s", "st-s")
    state.roundup = True
    state.add(article_features(report, _extraction(report, "Brackenford"), settings), 120)
    state.roundup = True
    again = decode_state(encode_state(state))
    assert again.cities == (("brackenford", 1, *TOWNS["Brackenford"]),) and again.roundup
    older = encode_state(state).replace(b',"cities":[["brackenford",1,40.1,-75.2]]', b"")
    older = older.replace(b',"roundup":true', b"")
    head = len(encode_state(state)) - len(older)
    assert head > 0
    length = struct.unpack("<I", older[4:8])[0] - head
    decoded = decode_state(older[:4] + struct.pack("<I", length) + older[8:])
    assert decoded.cities == () and not decoded.roundup


def test_the_year_test_is_off_by_default_and_blocks_when_set() -> None:
    years = Counter({2008: 1})
    on = replace(ClusterSettings(), year_veto_years=2)
    assert year_contradiction(2013, years, ClusterSettings()) is None
    assert year_contradiction(2013, years, on) == "event year 2013, 5 years from the event's"
    assert year_contradiction(2009, years, on) is None


def test_a_date_is_sure_when_written_with_its_year_in_the_lead_or_given_as_fresh_news() -> None:
    settings = ClusterSettings()
    day = date(2024, 6, 2)
    cases = [
        # (published, said, where, sure?)
        (date(2024, 6, 3), "Sunday night", 40, True),  # Monday's paper on Sunday's shooting
        (date(2024, 6, 2), "early today", 10, True),
        (date(2024, 6, 14), "June 2", 40, False),  # twelve days back: a follow-up's reference
        (None, "Sunday", 10, False),  # a weekday in an undated text: a guessed week
        (None, "June 2, 2024", 10, True),
        (None, "06/02/2024", 0, True),
        (date(2024, 6, 20), "2 June 2024", 1500, False),  # far down the text: background
    ]
    for published, said, where, sure in cases:
        text = "x " * 900
        article, extraction = dated_report("d", text, said, day, published=published, start=where)
        found = article_features(article, extraction, settings).sure_event_day
        assert (found == day.toordinal()) is sure, (published, said, where)


def _week_apart_reports(
    settings: ClusterSettings, second_type: str = "shooting", text: str = ""
) -> tuple[str, str, str]:
    """Two reports of a nightclub shooting in one town, each given as fresh news, nine days
    apart: the same wording, another night."""
    clusterer = _warmed(settings)
    first_day, second_day = DAY, DAY + timedelta(days=9)
    one = _club_report("w1", "Brackenford")
    two = replace(
        _club_report("w2", "Brackenford", text),
        published=datetime(second_day.year, second_day.month, second_day.day, 8, tzinfo=UTC),
    )
    first = clusterer.assign(one, _extraction(one, "Brackenford"), NEW)
    extraction = replace(
        _extraction(two, "Brackenford", second_type),
        event_date=EventDate(value=second_day, precision="day", text="Sunday", start=0, end=6),
    )
    second = clusterer.assign(two, extraction, NEW)
    assert first_day != second_day
    return first.event_id, second.event_id, second.reason


def test_two_sure_dates_a_week_apart_are_two_incidents_in_one_town() -> None:
    off = replace(ClusterSettings(), date_veto_days=0)
    first, second, reason = _week_apart_reports(off)
    assert first == second, "control: without the test the shared wording joins them"
    first, second, reason = _week_apart_reports(ClusterSettings())
    assert first != second
    assert "against: event dates 9 days apart" in reason


def test_a_follow_up_with_its_own_date_is_no_date_contradiction() -> None:
    # An arrest report names the day of the arrest, not of the shooting: it has no type family
    # and so contradicts nothing by its date (it joins or not on its text).
    state = new_state("ev-f", "st-f")
    one = _club_report("f1", "Brackenford")
    settings = ClusterSettings()
    state.add(article_features(one, _extraction(one, "Brackenford"), settings), 120)
    arrest_day = DAY + timedelta(days=12)
    for wording in (
        "Detectives arrested a 24-year-old man on Friday in last week's nightclub shooting.",
        "A suspect in the shooting outside the club was taken into custody Friday, police said.",
    ):
        article, extraction = dated_report(
            "f2", wording, "Friday", arrest_day, published=arrest_day
        )
        extraction = replace(extraction, event_type="arrest_raid")
        features = article_features(article, extraction, settings)
        assert features.sure_event_day == arrest_day.toordinal()
        assert compatibility(features, state, settings).against == (), wording


def _placed(article_id: str, text: str, places: tuple[Place, ...]) -> tuple[Article, Extraction]:
    published = datetime(DAY.year, DAY.month, DAY.day, 9, tzinfo=UTC)
    article = Article(id=article_id, title=None, text=text, published=published)
    return article, Extraction(
        article_id=article_id, event_type="airstrike_shelling", places=places
    )


def _at(text: str, name: str, kind: str, country: str) -> Place:
    start = text.index(name)
    return Place(name, kind, country, None, None, start, start + len(name))  # type: ignore[arg-type]


def test_reports_from_two_countries_do_not_mix() -> None:
    settings = ClusterSettings()
    first = "A drone strike hit a compound near Karvesh in the Dalmoor province of Ostrania."
    places = (_at(first, "Karvesh", "city", "OA"), _at(first, "Dalmoor", "region", "OA"))
    state = new_state("ev-c", "st-c")
    state.add(article_features(*_placed("k1", first, places), settings), 120)
    assert state.countries == ("OA",)
    for text, names, country, contradicts in (
        # Two places in another country: another event.
        (
            "Police arrested a fan at the Velmora stadium in Brisk, Tarnland.",
            (("Velmora", "venue"), ("Brisk", "city")),
            "TL",
            True,
        ),
        (
            "In Brisk, capital of Tarnland's Ovel region, a drone struck a convoy.",
            (("Brisk", "city"), ("Ovel", "region")),
            "TL",
            True,
        ),
        # One place alone may be a namesake the gazetteer chose: no main country.
        ("A drone strike hit a compound near Brisk.", (("Brisk", "city"),), "TL", False),
        # The same country: no contradiction.
        (
            "A second strike hit Soltra and Karvesh overnight.",
            (("Soltra", "city"), ("Karvesh", "city")),
            "OA",
            False,
        ),
    ):
        place_list = tuple(_at(text, name, kind, country) for name, kind in names)
        features = article_features(*_placed("k2", text, place_list), settings)
        found = compatibility(features, state, settings).against
        assert bool(found) is contradicts, text
        if contradicts:
            assert found == ("in TL, the event in OA",)


def test_a_name_that_recurs_across_events_is_no_evidence_of_the_same_incident() -> None:
    group = "Members of the Vanterpool Abara Brigade claimed the attack."

    def run(settings: ClusterSettings) -> tuple[str, str, str]:
        clusterer = _warmed(settings)
        # Earlier attacks claimed by the same group elsewhere, already events of the store.
        for number, (town, what) in enumerate(
            (
                ("Halvard Ridge", "A bomb damaged a railway bridge outside Halvard Ridge."),
                ("Marisco Bay", "In Marisco Bay a grenade was thrown into a crowded market."),
                ("Tolmach", "Gunmen set fire to a police post on the road into Tolmach."),
            )
        ):
            article = Article(id=f"g{number}", title=None, text=f"{what} {group}", published=_NOON)
            extraction = _extraction(article, town, "bombing")
            clusterer.rebuild_event(f"ev-group-{number}", [(article, extraction)])
        one = _club_report("g3", "Brackenford", group)
        two = _club_report("g4", "Orvieto Springs", group, hour=11)
        first = clusterer.assign(one, _extraction(one, "Brackenford"), NEW)
        second = clusterer.assign(two, _extraction(two, "Orvieto Springs"), NEW)
        return first.event_id, second.event_id, second.reason

    first, second, reason = run(replace(ClusterSettings(), override_name_events=3))
    assert first == second and "joined across it" in reason, "control: counted as evidence"
    first, second, reason = run(ClusterSettings())
    assert first != second and "contradicts it" in reason, reason


def _template_page(article_id: str, town: str, hour: int) -> Article:
    text = (
        f"{town.upper()} — Police in {town} said a man was shot outside a nightclub early "
        "Sunday after an argument spilled into the parking lot. The man was taken to a hospital "
        "with wounds that were not life-threatening, and officers were looking for a second man "
        "who fled in a dark sedan."
    )
    return Article(
        id=article_id,
        title=f"Man shot outside nightclub in {town}",
        text=text,
        published=datetime(DAY.year, DAY.month, DAY.day, hour, tzinfo=UTC),
    )


def test_a_near_duplicate_page_about_a_town_far_away_does_not_follow_its_original(
    tmp_path: Path,
) -> None:
    """Through the real pipeline and store: one page template, two cities; the membership
    keeps why the near duplicate did not follow."""
    store = open_store(str(tmp_path / "store.db"))
    try:
        pages = [
            _template_page("t1", "Denver", 9),
            _template_page("t2", "Boston", 10),
            _template_page("t3", "Denver", 11),
        ]
        ingest_articles(store, pages)
        first, other, repeat = (store.get_membership(p.id) for p in pages)
        assert first is not None and other is not None and repeat is not None
        assert other.event_id != first.event_id
        assert other.reason.startswith("near duplicate of t1 not followed (boston ")
        assert repeat.event_id == first.event_id
    finally:
        store.close()


def test_short_items_can_be_asked_for_a_closer_text_match() -> None:
    # One-line items share one or two words and so reach a fair cosine by chance: below
    # `short_text_terms` terms they need `short_min_text` (20 / 0.15 by default since session
    # 15, see settings.py; these two share enough words to pass it).
    items = (
        "Teachers protested outside the finance ministry over unpaid allowances.",
        "Nurses marched to the finance ministry demanding their unpaid allowances.",
    )

    def run(settings: ClusterSettings) -> tuple[str, str]:
        clusterer = _warmed(settings)
        found = [
            clusterer.assign(
                Article(id=f"s{n}", title=None, text=text, published=_NOON),
                Extraction(article_id=f"s{n}", event_type="protest"),
                NEW,
            )
            for n, text in enumerate(items)
        ]
        return found[0].event_id, found[1].event_id

    first, second = run(ClusterSettings())
    assert first == second, "control: the shared words join them"
    first, second = run(replace(ClusterSettings(), short_text_terms=40, short_min_text=0.9))
    assert first != second


def test_state_keeps_sure_dates_and_main_countries_across_a_restart() -> None:
    state = new_state("ev-r", "st-r")
    state.sure_days[DAY.toordinal()] += 2
    state.countries = ("OA", "TL")
    again = decode_state(encode_state(state))
    assert again.sure_days == Counter({DAY.toordinal(): 2}) and again.countries == ("OA", "TL")
    older = encode_state(state).replace(b',"countries":["OA","TL"]', b"")
    older = older.replace(b',"sure":[[' + str(DAY.toordinal()).encode() + b",2]]", b"")
    head = len(encode_state(state)) - len(older)
    assert head > 0
    length = struct.unpack("<I", older[4:8])[0] - head
    decoded = decode_state(older[:4] + struct.pack("<I", length) + older[8:])
    assert decoded.sure_days == Counter() and decoded.countries == ()


def test_ages_are_read_from_the_lead_in_the_ways_news_states_them() -> None:
    settings = ClusterSettings()
    cases = [
        ("A 19-year-old woman was wounded on a porch in Brackenford.", (19,)),
        ("Police named the man as Darnell Okafor, 34, of the east side.", (34,)),
        ("A boy aged 15 and a 7 year old girl were hurt by stray rounds.", (7, 15)),
        ("Two teenagers, Rosa Vint, 16, and Cal Meyer, 17, were arrested.", (16, 17)),
        ("The 110-year-old church on Main Street was hit by bullets.", ()),
        ("In March, 14 people were hurt in shootings across the county.", ()),
        ("Someone fired at a house; nobody was hurt, officers said.", ()),
    ]
    for text, ages in cases:
        article = Article(id="g", title=None, text=text, published=_NOON)
        found = article_features(
            article, Extraction(article_id="g", event_type="shooting"), settings
        )
        assert found.ages == ages, text
    # An age far down the text describes someone else more often (a relative, an earlier case).
    late = Article(id="h", title=None, text="x " * 600 + "His brother, 40, spoke.", published=_NOON)
    extraction = Extraction(article_id="h", event_type="shooting")
    assert article_features(late, extraction, settings).ages == ()


def _aged_pair(first_age: int, second_age: int, settings: ClusterSettings) -> tuple[str, float]:
    clusterer = _warmed(settings)
    one = _club_report(
        "y1", "Brackenford", f"The victim, a {first_age}-year-old man, was released."
    )
    two = _club_report(
        "y2", "Brackenford", f"The wounded man, {second_age}, was treated and released.", hour=11
    )
    first = clusterer.assign(one, _extraction(one, "Brackenford"), NEW)
    second = clusterer.assign(two, _extraction(two, "Brackenford"), NEW)
    assert second.event_id == first.event_id and second.score is not None
    return second.reason, second.score


def test_reports_describing_people_of_other_ages_score_lower() -> None:
    """Two incidents of one town and day share the wording of every such report; the ages
    of the people they describe differ. The penalty weighs against the join (enough to keep
    a weak text match out); one year apart is the same person (a birthday, a rounded age).
    Both reports are of one day: the penalty is the same-day one (`fresh_age_conflict_penalty`,
    tests/test_cluster_fresh_ages.py)."""
    off = replace(ClusterSettings(), age_conflict_penalty=0)
    control, control_score = _aged_pair(19, 52, off)
    reason, score = _aged_pair(19, 52, ClusterSettings())
    assert "ages" not in control
    assert "ages 52 vs the event's 19" in reason
    assert score == round(control_score - ClusterSettings().fresh_age_conflict_penalty, 4)
    for same in (19, 20):
        reason, score = _aged_pair(19, same, ClusterSettings())
        assert "ages" not in reason and score == _aged_pair(19, same, off)[1]


def test_state_keeps_the_ages_and_reads_older_states_without_them() -> None:
    state = new_state("ev-a", "st-a")
    report = _club_report("a1", "Brackenford", "A 23-year-old man and his sister, 31, were hurt.")
    state.add(article_features(report, _extraction(report, "Brackenford"), ClusterSettings()), 120)
    assert decode_state(encode_state(state)).ages == (23, 31)
    older = encode_state(state).replace(b',"ages":[23,31]', b"")
    head = len(encode_state(state)) - len(older)
    assert head > 0
    length = struct.unpack("<I", older[4:8])[0] - head
    assert decode_state(older[:4] + struct.pack("<I", length) + older[8:]).ages == ()


def test_a_video_playlist_is_related_coverage() -> None:
    """A crawled page keeps its video player's list: each line a running time and another
    story's title. Its words name other events; a clock time or one timed update does not
    make a playlist."""
    playlist = (
        "2:14 Harbour festival draws record crowds Pause\n\n"
        "0:47 Council votes to repave Elm Row\n\n"
        "11:05 Coach reflects on the semifinal loss\n\n"
        "A man was shot outside a Brackenford bakery on Sunday, police said.\n"
    )
    roles = sentence_roles(playlist)
    related = [playlist[start:end] for start, end, role in roles if role == "related"]
    assert related == [
        "2:14 Harbour festival draws record crowds Pause",
        "0:47 Council votes to repave Elm Row",
        "11:05 Coach reflects on the semifinal loss",
    ]
    for not_a_playlist in (
        "10:30 a.m. Police closed the road.\n9:15 PM The suspect was found.\nMore later.",
        "4:20 Officers arrived at the scene and found two men wounded.\nBoth survived.",
        "Doors open at 7:30 and the vigil starts at 8:00 on the square.",
    ):
        assert not [r for r in sentence_roles(not_a_playlist) if r[2] == "related"]


def test_the_people_a_report_names_are_capitalised_words_it_never_writes_lower_case() -> None:
    text = (
        "Tony Thompson, who fought Ostap Vanterpool in March, was hurt on Saturday, Sgt. Ilse "
        "Marrowby said. The fight was stopped in the third round. Thompson will rest."
    )
    article = Article(id="p1", title="Thompson hurt in bout", text=text)
    extraction = Extraction(article_id="p1", event_type="other", officials=("Sgt. Ilse Marrowby",))
    people = set(article_features(article, extraction, ClusterSettings()).people.tolist())
    for named in ("thompson", "ostap", "vanterpool"):
        assert term_hash(named) in people, named
    # Days and months, words also written lower-case ("The fight", "fight"), common words
    # ("Tony" is as common as "round") and the official quoted are not people.
    for other in ("saturday", "march", "fight", "tony", "ilse", "marrowby", "the"):
        assert term_hash(other) not in people, other


def _later(article: Article, days: int) -> Article:
    assert article.published is not None
    return replace(article, published=article.published + timedelta(days=days))


def _late_pair(
    first_extra: str,
    second_extra: str,
    days: int,
    settings: ClusterSettings,
    incident_day: bool = False,
) -> str:
    """The later report undated (its "early Sunday" is not the first report's Sunday), or with
    `incident_day` dated to the first report's day (session 19: `late_same_day_exempt`)."""
    clusterer = _warmed(settings)
    one = _club_report("l1", "Brackenford", first_extra)
    two = _later(_club_report("l2", "Brackenford", second_extra, hour=11), days)
    first = clusterer.assign(one, _extraction(one, "Brackenford"), NEW)
    later = _extraction(two, "Brackenford")
    if not incident_day:
        later = replace(later, event_date=None)
    second = clusterer.assign(two, later, NEW)
    return ("same: " if first.event_id == second.event_id else "apart: ") + second.reason


def test_a_report_weeks_later_joins_only_when_it_names_someone_of_the_event() -> None:
    """Weeks after an incident, a report of its follow-up names whom it is about; a report
    in the same words that names nobody of the event is more often another incident in the
    same town."""
    named = "The wounded man was identified as Ostap Vanterpool."
    off = replace(ClusterSettings(), late_name_days=0)
    assert _late_pair(named, "", 20, off).startswith("same: "), "control: the wording joins"
    reason = _late_pair(named, "", 20, ClusterSettings())
    assert reason.startswith("apart: ")
    assert "20 days after its last report, no name shared" in reason
    # Naming the victim again, or coming within two weeks, it joins.
    assert _late_pair(named, "Vanterpool remains in hospital.", 20, ClusterSettings()).startswith(
        "same: "
    )
    assert _late_pair(named, "", 10, ClusterSettings()).startswith("same: ")
    # An event whose reports named nobody gives nothing to compare: no test.
    assert _late_pair("", "", 20, ClusterSettings()).startswith("same: ")
    # Dated to the incident's day in the incident's town, it is about the incident whoever it
    # names (session 19); without `late_same_day_exempt`, apart as before.
    assert _late_pair(named, "", 20, ClusterSettings(), incident_day=True).startswith("same: ")
    exempt_off = replace(ClusterSettings(), late_same_day_exempt=False)
    reason = _late_pair(named, "", 20, exempt_off, incident_day=True)
    assert reason.startswith("apart: ") and "no name shared" in reason


def test_state_keeps_the_people_named_and_reads_older_states_without_them() -> None:
    state = new_state("ev-p", "st-p")
    report = _club_report("p2", "Brackenford", "Ostap Vanterpool was arrested.")
    state.add(article_features(report, _extraction(report, "Brackenford"), ClusterSettings()), 120)
    people = sorted([term_hash("ostap"), term_hash("vanterpool")])
    assert decode_state(encode_state(state)).people.tolist() == people
    data = encode_state(state)
    older = data.replace(f',"people":[{people[0]},{people[1]}]'.encode(), b"")
    removed = len(data) - len(older)
    assert removed > 0
    length = struct.unpack("<I", older[4:8])[0]
    older = older[:4] + struct.pack("<I", length - removed) + older[8:]
    assert decode_state(older).people.tolist() == []
