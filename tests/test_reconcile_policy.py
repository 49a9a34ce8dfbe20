"""The supersession policy, rule by rule, on developing stories written for these tests.

Each test names the phenomenon it covers; the wording varies between tests on purpose, and
none of the sentences comes from a data set.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers_reconcile import at, event_row, extraction, mention, stored
from storyline.reconcile import build_event_record
from storyline.reconcile.authority import authority_kind
from storyline.records import Place


def _record(reports: list[tuple[Any, Any]], as_of: str | None = None) -> Any:
    articles = [a for a, _ in reports]
    extractions = {e.article_id: e for _, e in reports}
    return build_event_record(
        event_row(), articles, extractions, as_of=at(as_of) if as_of else None
    )


def _report(  # type: ignore[no-untyped-def]
    article_id, when, text, phrase, value, qualifier="exact", *, source="Daily Courier",
    event_type="shooting", places=(), category="killed", **kw,
):
    return (
        stored(article_id, when, text, source=source),
        extraction(article_id, mention(text, phrase, value, qualifier, category=category, **kw),
                   event_type=event_type, places=places),
    )


def _standing(record: Any, category: str = "killed") -> dict[str, str]:
    return {h.fact.article_id: h.standing for h in record.categories[category].history}


def _current(record: Any, category: str = "killed") -> int | None:
    current = record.current(category)
    return current.fact.value if current else None


# -- authority from what the source is --------------------------------------------------------

@pytest.mark.parametrize(
    ("attribution", "kind"),
    [
        ("the Investigative Committee said", "official_body"),
        ("according to the regional health department", "official_body"),
        ("the coroner's office confirmed", "official_body"),
        ("the UN refugee agency UNHCR reported", "official_body"),
        ("emergency services said", "official_body"),
        ("a spokeswoman for the interior ministry told reporters", "official_named"),
        ("Governor Alvarez said", "official_named"),
        ("the provincial police chief said", "official_named"),
        ("officials said", "official_unnamed"),
        ("local authorities reported", "official_unnamed"),
        ("according to security sources", "official_unnamed"),
        ("a neighbour told the paper", "outlet"),
        ("people who saw the blast said", "outlet"),
    ],
)
def test_authority_is_read_from_what_the_source_is(attribution: str, kind: str) -> None:
    assert authority_kind("Daily Courier", attribution) == kind


def test_wire_outlet_without_official_attribution_is_a_wire() -> None:
    assert authority_kind("Reuters", None) == "wire"
    assert authority_kind("Reuters", "officials said") == "official_unnamed"


# -- official vs other: the lower official figure wins, and the difference is logged ----------

def test_lower_official_figure_replaces_hedged_one_and_logs_both_sides() -> None:
    outlet = "At least 52 people died in the blaze, a local paper reported."
    committee = "The Investigative Committee said 37 people had died in the fire."
    record = _record([
        _report("a1", "2026-05-01 09:00", outlet, "At least 52 people died", 52, "at_least"),
        _report("a2", "2026-05-02 10:00", committee, "37 people had died", 37,
                attribution="The Investigative Committee said"),
    ])
    assert _current(record) == 37
    assert record.current("killed").rule == "more_authoritative"
    assert "more_authoritative" in record.current("killed").why
    ledger = [d for d in record.categories["killed"].disagreements if d.kind == "authority"]
    assert ledger and set(ledger[0].article_ids) == {"a1", "a2"}
    assert ledger[0].rule == "more_authoritative"
    assert [s.kind for s in record.categories["killed"].steps] == [
        "first_report", "authority_override"]


def test_named_body_outranks_unnamed_officials() -> None:
    first = "Officials said about 30 people were killed in the attack."
    second = "The health ministry said 24 people were killed."
    record = _record([
        _report("b1", "2026-05-01 09:00", first, "about 30 people were killed", 30, "about",
                low=25, high=35, attribution="Officials said"),
        _report("b2", "2026-05-01 20:00", second, "24 people were killed", 24,
                attribution="The health ministry said"),
    ])
    assert _current(record) == 24
    assert record.current("killed").rule == "more_authoritative"


# -- consistency guard: another incident's small figure never becomes current -----------------

def test_small_figure_against_a_well_supported_toll_is_held_unconfirmed() -> None:
    reports = [
        _report("c1", "2026-06-01 08:00", "Gunmen killed 30 people at the market.",
                "killed 30 people", 30),
        _report("c2", "2026-06-01 12:00", "The attack left 34 people dead, witnesses said.",
                "34 people dead", 34),
        _report("c3", "2026-06-01 18:00", "At least 35 people were killed in the market attack.",
                "At least 35 people were killed", 35, "at_least"),
        _report("c4", "2026-06-02 09:00", "The ministry said two people died in the incident.",
                "two people died", 2, attribution="The ministry said"),
    ]
    record = _record(reports)
    assert _current(record) == 35
    assert _standing(record)["c4"] == "unconfirmed"
    assert {h.fact.article_id: h.status for h in record.categories["killed"].history}["c4"] == \
        "conflicting"
    held = [d for d in record.categories["killed"].disagreements if d.kind == "unconfirmed"]
    assert held and "c4" in held[0].article_ids
    assert "unconfirmed" in [s.kind for s in record.categories["killed"].steps]


def test_a_held_figure_stays_unconfirmed_when_the_toll_rises_past_it() -> None:
    """A figure held by the guard never stood, so a later rise does not supersede it."""
    reports = [
        _report("h1", "2026-07-10 06:00", "The storm killed at least 64 people, the agency said.",
                "killed at least 64 people", 64, "at_least"),
        _report("h2", "2026-07-10 09:00", "At least 64 people lost their lives in the storm.",
                "At least 64 people lost their lives", 64, "at_least"),
        _report("h3", "2026-07-10 13:00", "A mayor on the coast said eight residents had died.",
                "eight residents had died", 8, attribution="A mayor on the coast said"),
        _report("h4", "2026-07-11 08:00", "The storm's toll has risen to 81.",
                "has risen to 81", 81),
    ]
    record = _record(reports)
    assert _current(record) == 81
    assert _standing(record)["h3"] == "unconfirmed"
    assert [s.new.value for s in record.categories["killed"].steps
            if s.kind not in ("unconfirmed", "disputed")] == [64, 81]


def _two_papers_agree_on_three() -> list[tuple[Any, Any]]:
    return [
        _report("u1", "2026-09-03 07:00", "Three people were shot dead at the depot.",
                "Three people were shot dead", 3),
        _report("u2", "2026-09-03 10:00", "The depot shooting left three men dead.",
                "three men dead", 3, source="Valley Herald"),
    ]


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Seven people were killed at the depot, the paper wrote.", "Seven people were killed",
         7),
        ("The gunman killed four at the depot before fleeing.", "killed four", 4),
        ("A month on, families of the 33 victims of the depot attack gathered.",
         "33 victims", 33),
    ],
)
def test_a_lone_higher_figure_against_agreeing_reports_is_held(
    text: str, phrase: str, value: int,
) -> None:
    """One later report's higher figure, with no word of a rise, does not replace a figure two
    reports agree on: it is held unconfirmed and the two sides are logged."""
    record = _record([*_two_papers_agree_on_three(),
                      _report("u3", "2026-09-05 09:00", text, phrase, value,
                              source="Metro Weekly")])
    assert _current(record) == 3
    assert _standing(record)["u3"] == "unconfirmed"
    item = next(h for h in record.categories["killed"].history if h.fact.article_id == "u3")
    assert item.rule == "unconfirmed_rise" and item.note.startswith("unconfirmed_rise")
    held = [d for d in record.categories["killed"].disagreements if d.kind == "unconfirmed"]
    assert held and held[0].article_ids == ("u1", "u3") and held[0].rule == "unconfirmed_rise"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The toll from the depot shooting rose to four on Friday.", "four"),
        ("A fourth victim died in hospital, and four people are now dead.",
         "four people are now dead"),
        ("Four are dead after a guard died of his wounds.", "Four are dead"),
    ],
)
def test_a_lone_higher_figure_that_says_it_rose_is_an_update(text: str, phrase: str) -> None:
    record = _record([*_two_papers_agree_on_three(),
                      _report("u4", "2026-09-05 09:00", text, phrase, 4, source="Metro Weekly")])
    assert _current(record) == 4
    assert record.current("killed").rule == "later_report"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "qualifier"),
    [
        ("At least one person was killed at the depot, a reader wrote.", "At least one person",
         1, "at_least"),
        ("One or more people died at the depot, the blog wrote.", "One or more people", 1,
         "at_least"),
        ("More than two people were killed at the depot.", "More than two people", 2,
         "more_than"),
    ],
)
def test_a_report_that_allows_both_figures_backs_no_rise(
    text: str, phrase: str, value: int, qualifier: str,
) -> None:
    """"At least one person was killed" agrees with three and with eight: it is no second
    report of the lone higher figure, which stays held."""
    record = _record([
        *_two_papers_agree_on_three(),
        _report("h1", "2026-09-03 12:00", text, phrase, value, qualifier,
                source="County Journal"),
        _report("h2", "2026-09-05 09:00", "Eight people were shot at the depot.",
                "Eight people were shot", 8, source="Metro Weekly"),
    ])
    assert _current(record) == 3
    assert _standing(record)["h2"] == "unconfirmed"


def test_a_lone_higher_figure_is_current_once_a_second_report_backs_it() -> None:
    record = _record([
        *_two_papers_agree_on_three(),
        _report("u5", "2026-09-05 09:00", "Four people were killed at the depot.",
                "Four people were killed", 4, source="Metro Weekly"),
        _report("u6", "2026-09-06 09:00", "The depot killings claimed four lives.",
                "four lives", 4, source="County Journal"),
    ])
    assert _current(record) == 4
    assert record.current("killed").rule == "corroborated"


def test_a_higher_figure_from_a_more_authoritative_source_is_not_held() -> None:
    record = _record([
        *_two_papers_agree_on_three(),
        _report("u7", "2026-09-05 09:00", "Four people died in the attack, the sheriff's office "
                "said.", "Four people died", 4, attribution="the sheriff's office said"),
    ])
    assert _current(record) == 4


def test_a_lone_higher_arrest_figure_is_an_update() -> None:
    """Arrests grow with events of their own ("a third man was detained"), not only in words
    of a rise: the rule is scoped to the killed and the injured."""
    record = _record([
        _report("a1", "2026-09-03 07:00", "Police arrested two men after the depot shooting.",
                "arrested two men", 2, category="arrested"),
        _report("a2", "2026-09-03 10:00", "Two suspects are in custody over the depot shooting.",
                "Two suspects are in custody", 2, category="arrested", source="Valley Herald"),
        _report("a3", "2026-09-06 09:00", "Three men have been charged over the depot attack.",
                "Three men have been charged", 3, category="arrested", source="Metro Weekly"),
    ])
    assert _current(record, "arrested") == 3


def test_a_higher_figure_after_a_single_report_is_a_plain_update() -> None:
    record = _record([
        _report("u8", "2026-09-03 07:00", "Three people were shot dead at the depot.",
                "Three people were shot dead", 3),
        _report("u9", "2026-09-05 09:00", "Four people were killed at the depot.",
                "Four people were killed", 4, source="Metro Weekly"),
    ])
    assert _current(record) == 4
    assert record.current("killed").rule == "later_report"


def test_held_figure_becomes_current_when_a_second_report_backs_it() -> None:
    reports = [
        _report("d1", "2026-06-01 08:00", "Reports said 40 people were killed.",
                "40 people were killed", 40),
        _report("d2", "2026-06-01 10:00", "A paper said 42 people were killed.",
                "42 people were killed", 42),
        _report("d3", "2026-06-02 09:00", "Police said 9 people were killed.",
                "9 people were killed", 9, attribution="Police said"),
        _report("d4", "2026-06-02 15:00", "Nine people died, the prosecutor's office said.",
                "Nine people died", 9, attribution="the prosecutor's office said"),
    ]
    record = _record(reports)
    assert _current(record) == 9
    assert record.current("killed").rule == "corroborated"
    kinds = [s.kind for s in record.categories["killed"].steps]
    assert kinds[-2:] == ["unconfirmed", "confirmed"]


def _three_reports_of_thirty() -> list[tuple[Any, Any]]:
    return [
        _report("k1", "2026-10-02 06:00", "Thirty people died when the bridge gave way.",
                "Thirty people died", 30),
        _report("k2", "2026-10-02 09:00", "The bridge collapse killed 30 commuters.",
                "killed 30 commuters", 30, source="Lakeside Post"),
        _report("k3", "2026-10-02 13:00", "Rescuers said 30 bodies had been recovered.",
                "30 bodies", 30, source="River FM"),
    ]


def test_a_held_fall_backed_once_does_not_outweigh_a_toll_three_reports_give() -> None:
    """Two reports of a figure under a third of what three reports give: still held."""
    record = _record([
        *_three_reports_of_thirty(),
        _report("k4", "2026-10-03 08:00", "A driver and his son died on the bridge.",
                "A driver and his son died", 2, source="Town Crier"),
        _report("k5", "2026-10-03 15:00", "Two people from the village died in the collapse.",
                "Two people from the village died", 2, source="Hill Gazette"),
    ])
    assert _current(record) == 30
    assert _standing(record)["k4"] == "unconfirmed"
    assert "confirmed" not in [s.kind for s in record.categories["killed"].steps]


def test_a_held_fall_backed_by_a_more_authoritative_source_is_corroborated() -> None:
    record = _record([
        *_three_reports_of_thirty(),
        _report("k6", "2026-10-03 08:00", "Nine people died on the bridge, a survivor said.",
                "Nine people died", 9, source="Town Crier"),
        _report("k7", "2026-10-03 15:00", "The transport ministry said nine people were killed.",
                "nine people were killed", 9, attribution="The transport ministry said"),
    ])
    assert _current(record) == 9
    assert record.current("killed").rule == "corroborated"


def test_figure_from_a_report_of_another_type_is_held() -> None:
    quake = Place("Ovalle", "city", "CL", -30.6, -71.2)
    reports = [
        _report("e1", "2026-07-01 08:00", "The earthquake killed 12 people in Ovalle.",
                "killed 12 people", 12, event_type="natural_disaster:earthquake",
                places=(quake,)),
        _report("e2", "2026-07-01 09:00", "The quake left 12 people dead.", "12 people dead",
                12, event_type="natural_disaster:earthquake", places=(quake,)),
        _report("e3", "2026-07-02 09:00", "Protesters clashed with police; 30 were killed.",
                "30 were killed", 30, event_type="protest", places=(quake,)),
    ]
    record = _record(reports)
    assert _current(record) == 12
    assert _standing(record)["e3"] == "unconfirmed"
    note = next(h.note for h in record.categories["killed"].history
                if h.fact.article_id == "e3")
    assert "protest" in note


def test_figure_from_a_report_set_far_away_is_held_but_a_hospital_town_is_not() -> None:
    town = Place("Riverton", "city", "XX", 10.0, 10.0)
    hospital = Place("Riverton General Hospital", "venue", "XX", None, None)
    far = Place("Port Selby", "city", "XX", 14.0, 14.0)  # about 600 km away
    reports = [
        _report("f1", "2026-08-01 08:00", "A gunman killed four people in Riverton.",
                "killed four people", 4, places=(town,)),
        _report("f2", "2026-08-01 09:00", "Four people were shot dead in Riverton.",
                "Four people were shot dead", 4, places=(town,)),
        _report("f5", "2026-08-01 12:00", "Police named the four people killed in Riverton.",
                "four people killed", 4, places=(town,)),
        _report("f3", "2026-08-01 20:00", "Six died after being moved to the hospital.",
                "Six died", 6, places=(hospital,)),
        _report("f4", "2026-08-02 20:00", "Nine people were killed in Port Selby.",
                "Nine people were killed", 9, places=(far,)),
    ]
    record = _record(reports)
    standing = _standing(record)
    assert standing["f3"] in ("current", "superseded")  # names the event's town in a venue
    assert standing["f4"] == "unconfirmed"
    assert _current(record) == 6


# -- missing persons: figures fall as people are found ----------------------------------------

def test_still_missing_from_an_outlet_updates_an_official_figure() -> None:
    reports = [
        _report("g1", "2026-09-01 08:00", "Officials said 40 people were missing.",
                "40 people were missing", 40, category="missing", attribution="Officials said",
                event_type="natural_disaster:flood"),
        _report("g2", "2026-09-02 08:00", "Seventeen people are still missing, a paper said.",
                "Seventeen people are still missing", 17, category="missing",
                event_type="natural_disaster:flood"),
    ]
    record = _record(reports)
    assert _current(record, "missing") == 17
    assert record.current("missing").rule == "falling_update"
    assert [s.kind for s in record.categories["missing"].steps] == ["first_report", "fall"]


# -- rules scoped by event type ---------------------------------------------------------------

def test_died_of_wounds_applies_to_shootings_not_to_earthquakes() -> None:
    def story(event_type: str) -> Any:
        day1 = "Fifty people were taken to hospital and 20 died."
        day2 = "The toll rose to 40 dead."
        return _record([
            (stored("h1", "2026-10-01 08:00", day1),
             extraction("h1",
                        mention(day1, "Fifty people were taken to hospital", 50,
                                category="injured"),
                        mention(day1, "20 died", 20), event_type=event_type)),
            (stored("h2", "2026-10-02 08:00", day2),
             extraction("h2", mention(day2, "rose to 40 dead", 40), event_type=event_type)),
        ])

    assert _current(story("natural_disaster:earthquake"), "injured") == 50
    shooting = story("shooting")
    assert _current(shooting, "injured") == 30
    assert shooting.current("injured").rule == "died_of_wounds"


# -- hedges: exact within hedged, specific over vague -----------------------------------------

def test_exact_figure_inside_a_hedged_one_refines_it() -> None:
    record = _record([
        _report("i1", "2026-11-01 08:00", "About 60 people died in the crash.",
                "About 60 people died", 60, "about", low=50, high=70),
        _report("i2", "2026-11-01 22:00", "The final count was 57 dead.", "57 dead", 57),
    ])
    assert _current(record) == 57
    assert record.current("killed").rule == "exact_over_hedged"
    assert record.categories["killed"].steps[-1].kind == "refinement"


def test_number_replaces_a_vague_word() -> None:
    record = _record([
        _report("j1", "2026-11-02 08:00", "Dozens were killed in the raid.",
                "Dozens were killed", 24, "vague", low=24, high=None),
        _report("j2", "2026-11-02 20:00", "Eighteen people were killed in the raid.",
                "Eighteen people were killed", 18),
    ])
    assert _current(record) == 18
    assert record.current("killed").rule == "specific_over_vague"


# -- corrections, and every step kept ---------------------------------------------------------

def test_rise_then_correction_are_two_steps_and_the_old_figure_is_corrected() -> None:
    record = _record([
        _report("k1", "2026-12-01 08:00", "Twenty people died.", "Twenty people died", 20),
        _report("k2", "2026-12-02 08:00", "The toll climbed to 31.", "climbed to 31", 31),
        _report("k3", "2026-12-03 08:00", "The figure of 31 was reported in error; 27 died.",
                "27 died", 27, revision=True),
    ])
    assert _current(record) == 27
    assert _standing(record)["k2"] == "corrected"
    assert [h.status for h in record.categories["killed"].history
            if h.fact.article_id == "k2"] == ["superseded"]
    assert [(s.kind, s.old.value if s.old else None, s.new.value)
            for s in record.categories["killed"].steps] == [
        ("first_report", None, 20), ("rise", 20, 31), ("correction", 31, 27)]
    assert [s.kind for s in record.steps] == ["first_report", "rise", "correction"]


# -- titles from the record, as of the time asked ---------------------------------------------

def test_title_follows_the_current_toll_and_never_shows_the_future() -> None:
    town = Place("Lindale", "city", "XX", 5.0, 5.0)
    reports = [
        (stored("t1", "2027-01-05 08:00", "Bus crash kills 3 near Lindale. Three people died."),
         extraction("t1", mention("Three people died.", "Three people died", 3),
                    event_type="transport_accident", places=(town,))),
        (stored("t2", "2027-01-06 08:00",
                "Lindale crash toll rises to 11. At least 11 people died, and it may rise."),
         extraction("t2", mention("At least 11 people died, and it may rise.",
                                  "At least 11 people died", 11, "at_least", trend="rising"),
                    event_type="transport_accident", places=(town,))),
    ]
    now = _record(reports)
    assert now.title.startswith("Transport accident in Lindale")
    assert "at least 11 killed (expected to rise)" in now.title
    then = _record(reports, as_of="2027-01-05 12:00")
    assert "3 killed" in then.title and "11" not in then.title
    assert "11" not in then.headline
    assert now.to_summary_json()["title"] == now.title
    assert "11" in now.to_summary_json()["summary"]


def test_official_figure_overtaken_by_a_paper_is_a_disagreement_but_a_plain_rise_is_not() -> None:
    police = "Police said 12 people were killed in the blast."
    paper = "Hospital staff told the paper that 20 people had died."
    later_police = "Police later said the toll had risen to 25."
    record = _record([
        _report("m1", "2026-04-01 08:00", police, "12 people were killed", 12,
                attribution="Police said"),
        _report("m2", "2026-04-01 20:00", paper, "20 people had died", 20),
        _report("m3", "2026-04-02 20:00", later_police, "risen to 25", 25,
                attribution="Police later said"),
    ])
    ledger = [d for d in record.categories["killed"].disagreements if d.kind == "authority"]
    assert [set(d.article_ids) for d in ledger] == [{"m1", "m2"}]
    assert _current(record) == 25


def test_vague_word_replaced_by_a_smaller_number_keeps_both_sides() -> None:
    record = _record([
        _report("n1", "2026-04-03 08:00", "Scores of people were killed.",
                "Scores of people were killed", 40, "vague", low=40, high=None),
        _report("n2", "2026-04-03 20:00", "Twelve people were killed.",
                "Twelve people were killed", 12),
    ])
    assert _current(record) == 12
    kinds = {d.kind for d in record.categories["killed"].disagreements}
    assert "precedence" in kinds


def test_a_figure_repeated_after_its_correction_is_stale_not_a_rise() -> None:
    record = _record([
        _report("p1", "2026-05-10 08:00", "The ferry toll rose to 87.", "rose to 87", 87),
        _report("p2", "2026-05-11 08:00", "Officials revised the toll down to 79.",
                "down to 79", 79, revision=True),
        _report("p3", "2026-05-12 08:00", "A weekly paper said 87 people died.",
                "87 people died", 87),
    ])
    assert _current(record) == 79
    assert _standing(record)["p3"] == "lagged"
    assert [s.kind for s in record.categories["killed"].steps] == ["first_report", "correction"]


def test_an_official_exact_count_replaces_an_earlier_hedged_estimate_and_keeps_both() -> None:
    record = _record([
        _report("q1", "2026-05-20 08:00", "Emergency services said at least 52 people died.",
                "at least 52 people died", 52, "at_least",
                attribution="Emergency services said"),
        _report("q2", "2026-05-21 12:00", "The prosecutor's office said 47 people had died.",
                "47 people had died", 47, attribution="The prosecutor's office said"),
    ])
    assert _current(record) == 47
    assert record.current("killed").rule == "exact_over_hedged"
    sides = [set(d.article_ids) for d in record.categories["killed"].disagreements
             if d.kind in ("precedence", "authority")]
    assert {"q1", "q2"} in sides


# -- same-time conflicts: authority, then support, then no swing ------------------------------

@pytest.mark.parametrize(
    ("first", "first_phrase", "first_value", "second", "second_phrase", "second_value"),
    [
        ("Two people died when the bus hit a wall, the Courier reported.", "Two people died", 2,
         "Three passengers were killed in the bus crash, a radio station said.",
         "Three passengers were killed", 3),
        ("Gunfire at the bar left six dead.", "six dead", 6,
         "Four people were shot dead at the bar.", "Four people were shot dead", 4),
    ],
)
def test_equal_reports_hours_apart_do_not_swing_the_record(
    first: str, first_phrase: str, first_value: int,
    second: str, second_phrase: str, second_value: int,
) -> None:
    # Neither is an update: the figure already current stays, the other is disputed, in both
    # directions (a higher newcomer used to win only for being later).
    record = _record([
        _report("s1", "2026-02-01 08:00", first, first_phrase, first_value),
        _report("s2", "2026-02-01 11:00", second, second_phrase, second_value,
                source="Metro Radio"),
    ])
    assert _current(record) == first_value
    assert record.current("killed").rule == "conflict_kept"
    assert _standing(record)["s2"] == "disputed"
    conflict = [d for d in record.categories["killed"].disagreements if d.kind == "conflict"]
    assert conflict and set(conflict[0].article_ids) == {"s1", "s2"}


def test_the_figure_more_reports_give_wins_a_same_time_conflict() -> None:
    record = _record([
        _report("t1", "2026-02-02 08:00", "The blaze killed nine people.", "killed nine", 9),
        _report("t2", "2026-02-02 09:00", "Eleven people died in the warehouse fire.",
                "Eleven people died", 11, source="Harbour News"),
        _report("t3", "2026-02-02 10:30", "Firefighters recovered eleven bodies.",
                "eleven bodies", 11, source="Coast FM"),
    ])
    assert _current(record) == 11
    current = record.current("killed")
    assert current.rule == "better_supported" and "2 independent reports" in current.why
    assert _standing(record)["t1"] == "disputed"
    assert [s.kind for s in record.categories["killed"].steps] == [
        "first_report", "disputed", "rise"]


def test_a_better_supported_current_figure_holds_against_one_report() -> None:
    record = _record([
        _report("u1", "2026-02-03 08:00", "Seven miners died in the collapse.",
                "Seven miners died", 7),
        _report("u2", "2026-02-03 09:00", "The collapse killed seven workers.",
                "killed seven workers", 7, source="Valley Times"),
        _report("u3", "2026-02-03 10:00", "Ten miners were killed underground.",
                "Ten miners were killed", 10, source="Mining Weekly"),
    ])
    assert _current(record) == 7
    note = next(h.note for h in record.categories["killed"].history if h.fact.article_id == "u3")
    assert "2 independent reports" in note


def test_authority_decides_before_support_at_the_same_time() -> None:
    # Police update the toll an hour after two papers printed the old one: an official
    # figure is not outvoted by papers repeating each other.
    record = _record([
        _report("v1", "2026-02-04 08:00", "Police said 10 people were killed in the blast.",
                "10 people were killed", 10, attribution="Police said"),
        _report("v2", "2026-02-04 09:00", "Fourteen people died in the blast.",
                "Fourteen people died", 14, source="Evening Star"),
        _report("v3", "2026-02-04 09:30", "The blast killed 14, the paper learned.",
                "killed 14", 14, source="Morning Post"),
    ])
    assert _current(record) == 10
    assert _standing(record)["v3"] == "disputed"


# -- a restated figure is news again; repeating a disputed figure is the dispute going on ------

def _government_and_rights_group(*later: tuple[Any, Any]) -> Any:
    return _record([
        _report("w1", "2026-03-09 20:00", "Twelve people died in the protests, the interior "
                "ministry said.", "Twelve people died", 12,
                attribution="the interior ministry said"),
        _report("w2", "2026-03-10 10:00", "The government spokesman maintained that 12 people "
                "had died.", "12 people had died", 12, attribution="The government spokesman",
                source="State Radio"),
        _report("w3", "2026-03-10 15:00", "A rights group said 41 protesters were killed.",
                "41 protesters were killed", 41, source="Rights Monitor"),
        *later,
    ])


def test_a_figure_restated_hours_earlier_is_contradicted_not_updated() -> None:
    # 19 hours after the first statement but 5 after the spokesman repeated it.
    record = _government_and_rights_group()
    assert _current(record) == 12
    assert _standing(record)["w3"] == "disputed"


def test_a_disputed_figure_repeated_days_later_stays_disputed() -> None:
    record = _government_and_rights_group(
        _report("w4", "2026-03-12 11:00", "Mourners buried victims; the rights group says 41 "
                "were killed.", "41 were killed", 41, source="Capital Tribune"),
    )
    assert _current(record) == 12
    history = {h.fact.article_id: h for h in record.categories["killed"].history}
    assert history["w4"].standing == "disputed" and history["w4"].rule == "still_disputed"
    assert [s.kind for s in record.categories["killed"].steps] == [
        "first_report", "disputed", "disputed"]


def test_a_disputed_figure_that_more_reports_give_is_no_longer_held() -> None:
    record = _government_and_rights_group(
        _report("w4", "2026-03-12 11:00", "Hospital staff counted 41 dead.", "41 dead", 41,
                source="Capital Tribune"),
        _report("w5", "2026-03-13 11:00", "Forty-one people were killed in the crackdown.",
                "Forty-one people were killed", 41, source="Regional Voice"),
    )
    assert _current(record) == 41


def test_without_a_restatement_a_later_higher_figure_is_an_update() -> None:
    record = _record([
        _report("x1", "2026-03-20 08:00", "Twelve people died in the protests, the interior "
                "ministry said.", "Twelve people died", 12,
                attribution="the interior ministry said"),
        _report("x2", "2026-03-21 08:00", "Fifteen people have now died after the protests.",
                "Fifteen people have now died", 15, source="Capital Tribune"),
    ])
    assert _current(record) == 15
    assert record.current("killed").rule == "later_report"


# -- a single report's figure that later reports do not repeat --------------------------------

@pytest.mark.parametrize(
    ("lone", "lone_phrase", "later"),
    [
        ("Five people, aged 19 to 23, were killed in the shooting.", "Five people", [
            ("Three young men were shot dead on Friday.", "Three young men were shot dead"),
            ("The three victims were buried on Tuesday.", "three victims")]),
        ("A 32-year-old man was killed; two others were killed too.", "two others", [
            ("One man died in the shooting.", "One man died"),
            ("The man killed on Elm Street was named.", "The man killed"),
            ("A single victim died at the scene.", "A single victim died")]),
    ],
)
def test_later_reports_agreeing_on_another_figure_replace_a_lone_one(
    lone: str, lone_phrase: str, later: list[tuple[str, str]],
) -> None:
    value = 5 if "Five" in lone_phrase else 2
    agreed = 3 if value == 5 else 1
    reports = [_report("y0", "2026-04-01 08:00", lone, lone_phrase, value)]
    for day, (text, phrase) in enumerate(later, start=2):
        reports.append(_report(f"y{day}", f"2026-04-0{day} 08:00", text, phrase, agreed,
                               source=f"Paper {day}"))
    record = _record(reports)
    assert _current(record) == agreed
    current = record.current("killed")
    assert current.rule == "later_consensus"
    precedence = [d for d in record.categories["killed"].disagreements
                  if d.kind == "precedence"]
    assert precedence and precedence[0].rule == "later_consensus"
    # As of the first later report, one report against one: the lone figure was still current.
    first_later = _record(reports[:2], as_of="2026-04-02 09:00")
    assert _current(first_later) == value


def test_a_lone_figure_said_to_rise_is_not_replaced_by_later_lower_ones() -> None:
    reports = [
        _report("z1", "2026-04-10 08:00", "Five people died and the toll is expected to rise.",
                "Five people died", 5, trend="rising"),
        _report("z2", "2026-04-11 08:00", "Three people died in the flood.",
                "Three people died", 3, source="Paper 2"),
        _report("z3", "2026-04-12 08:00", "The flood killed three.", "killed three", 3,
                source="Paper 3"),
    ]
    record = _record(reports)
    assert _current(record) == 5
    assert _standing(record)["z3"] == "lagged"


def test_one_later_report_is_not_a_consensus() -> None:
    record = _record([
        _report("z4", "2026-04-20 08:00", "Four people were killed.", "Four people were killed",
                4),
        _report("z5", "2026-04-21 08:00", "Two people were killed.", "Two people were killed", 2,
                source="Paper 2"),
    ])
    assert _current(record) == 4
    assert _standing(record)["z5"] == "lagged"


def test_a_dispute_between_equals_is_settled_by_a_later_repeat_in_either_direction() -> None:
    # The lower side of a same-time dispute, repeated the next day by a third paper, now has
    # more reports behind it than the figure that stayed current.
    record = _record([
        _report("r1", "2026-05-02 08:00", "Six people died in the tenement fire.",
                "Six people died", 6),
        _report("r2", "2026-05-02 09:00", "The fire killed four residents.",
                "killed four residents", 4, source="Harbour News"),
        _report("r3", "2026-05-03 09:00", "Four people were killed in Tuesday's fire.",
                "Four people were killed", 4, source="Coast FM"),
    ])
    assert _current(record) == 4
    assert record.current("killed").rule == "better_supported"
    assert _standing(record)["r1"] == "disputed"


def test_papers_repeating_a_figure_do_not_settle_a_dispute_with_the_police() -> None:
    record = _record([
        _report("r4", "2026-05-04 08:00", "Police said six people died in the fire.",
                "six people died", 6, attribution="Police said"),
        _report("r5", "2026-05-04 09:00", "The fire killed four residents.",
                "killed four residents", 4, source="Harbour News"),
        _report("r6", "2026-05-05 09:00", "Four people were killed in the fire.",
                "Four people were killed", 4, source="Coast FM"),
    ])
    assert _current(record) == 6


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The death toll rose to 15 on Sunday afternoon.", "15"),
        ("A third victim died in hospital on Monday, and 15 people are now confirmed dead.",
         "15 people are now confirmed dead"),
        ("Fifteen people have now died after another woman died of her injuries.",
         "Fifteen people have now died"),
        ("Three more died after being rushed to hospital, and 15 are now dead.",
         "15 are now dead"),
    ],
)
def test_a_same_time_figure_that_says_it_rose_is_an_update(text: str, phrase: str) -> None:
    record = _record([
        _report("ra", "2026-06-07 08:00", "Twelve people died in the stampede.",
                "Twelve people died", 12),
        _report("rb", "2026-06-07 11:00", text, phrase, 15, source="Metro Radio"),
    ])
    assert _current(record) == 15
    assert record.current("killed").rule == "later_report"
    assert "rose" in record.current("killed").why


def test_a_figure_that_says_it_rose_is_not_undone_by_later_stale_repeats() -> None:
    record = _record([
        _report("rc", "2026-06-08 08:00", "The toll climbed to 9 after two more bodies were "
                "found.", "9", 9),
        _report("rd", "2026-06-09 08:00", "Seven people were killed in the blast.",
                "Seven people were killed", 7, source="Paper 2"),
        _report("re", "2026-06-10 08:00", "The blast killed seven people.", "killed seven",
                7, source="Paper 3"),
    ])
    assert _current(record) == 9
