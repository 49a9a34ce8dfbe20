"""Dates written out with their year: exact, and so a contradiction a few days apart (#15)."""

from __future__ import annotations

import struct
from collections import Counter
from dataclasses import replace
from datetime import date

from tests.helpers_cluster import background, dated_report

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import exact_date_contradiction
from storyline.cluster.features import article_features
from storyline.cluster.state import decode_state, encode_state, new_state
from storyline.records import Article, DedupVerdict, Extraction, Place

NEW = DedupVerdict(kind="new")
DAY = date(2024, 6, 2)
TOWN = "Brackenford"
# Made-up town with coordinates, and the country it is in.
TOWN_AT = (40.10, -75.20)


def _report(
    article_id: str,
    text: str,
    said: str,
    when: date,
    event_type: str = "bombing",
    published: date | None = None,
) -> tuple[Article, Extraction]:
    """An article whose extraction dates its event `when`, read from the words `said`, placed
    in the town when the text names it."""
    town = text.find(TOWN)
    places = (Place(TOWN, "city", "US", *TOWN_AT, town, town + len(TOWN)),) if town >= 0 else ()
    return dated_report(
        article_id, text, said, when, event_type=event_type, published=published, places=places
    )


def _exact(text: str, said: str) -> int | None:
    article, extraction = _report("x", text, said, DAY)
    return article_features(article, extraction, ClusterSettings()).exact_event_day


def test_a_date_is_exact_when_the_lead_writes_it_out_as_the_date_of_what_it_reports() -> None:
    exact = [
        ("On June 2, 2024, an explosive device went off near the market.", "June 2, 2024"),
        ("on 2 June 2024 two men threw a grenade at a checkpoint", "2 June 2024"),
        ("06/02/2024: Assailants set fire to a polling station in the district.", "06/02/2024"),
        ("2024-06-02: A convoy was ambushed on the northern road.", "2024-06-02"),
    ]
    for text, said in exact:
        assert _exact(text, said) == DAY.toordinal(), text
    not_exact = [
        # A page's dateline or byline: when the page was written, not what it reports.
        ("Sunday, June 2, 2024\nCouncil weighs new budget after long debate", "June 2, 2024"),
        ("June 2, 2024, 7: 35 am\nThe council met again to weigh the budget.", "June 2, 2024"),
        ("Posted on Sunday, 2 June 2024 13: 45. The council met again.", "Sunday, 2 June 2024"),
        ("Updated June 2, 2024 at 1: 00pm The council met again.", "June 2, 2024"),
        # A weekday or a date without its year is resolved, not written out.
        ("On Sunday two men threw a grenade at a checkpoint.", "Sunday"),
        ("On June 2 two men threw a grenade at a checkpoint.", "June 2"),
    ]
    for text, said in not_exact:
        assert _exact(text, said) is None, text
    # Far down the text a full date is more often background (an earlier attack, a career).
    far = "x " * 500 + "On June 2, 2024, a bomb went off."
    assert _exact(far, "June 2, 2024") is None


def test_a_day_without_its_year_is_exact_in_an_entry_that_opens_with_that_day() -> None:
    # An incident database's entry stamped with its day: "the same day", "Sunday" are that day.
    for text, said in [
        ("06/02/2024: On the same day, gunmen attacked a second mosque in the town.",
         "the same day"),
        ("06/02/2024: On Sunday evening, assailants burned a school near the river.", "Sunday"),
        ("6/2/2024: That day a bomb went off at the bus depot.", "That day"),
    ]:
        assert _exact(text, said) == DAY.toordinal(), text
    for text, said in [
        # The stamp names another day than the one the extraction resolved.
        ("06/01/2024: On Sunday, assailants burned a school near the river.", "Sunday"),
        # A stamp that does not open the text, and one that is no date.
        ("Police said 06/02/2024: on Sunday assailants burned a school.", "Sunday"),
        ("13/45/2024: On Sunday, assailants burned a school near the river.", "Sunday"),
    ]:
        assert _exact(text, said) is None, text


def test_exact_dates_contradict_beyond_a_day_either_side() -> None:
    settings = ClusterSettings()
    days = Counter({DAY.toordinal(): 2})
    assert exact_date_contradiction(DAY.toordinal() + 1, days, settings) is None
    assert exact_date_contradiction(DAY.toordinal() - 1, days, settings) is None
    assert exact_date_contradiction(DAY.toordinal() + 2, days, settings) == (
        "dates written out 2 days apart"
    )
    found = exact_date_contradiction(DAY.toordinal() + 5, days, settings)
    assert found == "dates written out 5 days apart"
    off = replace(settings, exact_date_veto_days=0)
    assert exact_date_contradiction(DAY.toordinal() + 5, days, off) is None
    assert exact_date_contradiction(None, days, settings) is None
    assert exact_date_contradiction(DAY.toordinal(), Counter(), settings) is None


def _warmed(settings: ClusterSettings) -> Clusterer:
    clusterer = Clusterer(settings)
    for article, extraction in background(30, DAY):
        clusterer.assign(article, extraction, NEW)
    return clusterer


# Two attacks of one armed group on one town, in the same database-summary wording: the group,
# its commander and the town are named in both, only the dates written out differ.
_ENTRY = (
    "{said}: Fighters of the Velmorran Brigade under commander Ostap Quennell detonated an "
    "explosive device at a checkpoint in Brackenford. Two guards were wounded and a vehicle was "
    "damaged in the blast. The Velmorran Brigade claimed responsibility for the attack."
)


def _entries(second: date, settings: ClusterSettings, event_type: str = "bombing") -> str:
    clusterer = _warmed(settings)
    said_one = DAY.strftime("%m/%d/%Y")
    said_two = second.strftime("%m/%d/%Y")
    one = _report("g1", _ENTRY.format(said=said_one), said_one, DAY)
    two = _report("g2", _ENTRY.format(said=said_two), said_two, second, event_type)
    first = clusterer.assign(*one, NEW)
    assignment = clusterer.assign(*two, NEW)
    return ("joined " if assignment.event_id == first.event_id else "apart ") + assignment.reason


def test_two_attacks_on_dates_written_out_days_apart_stay_apart_whatever_names_they_share() -> None:
    settings = ClusterSettings()
    off = replace(settings, exact_date_veto_days=0)
    later = date(2024, 6, 7)
    assert _entries(later, off).startswith("joined"), "control: the same words join them"
    found = _entries(later, settings)
    assert found.startswith("apart"), found
    assert "dates written out 5 days apart" in found
    # The names both share are the group and its commander: no override.
    assert "joined across it" not in found
    # Overridable when shared names may override it: the old behaviour joins them.
    soft = replace(settings, exact_date_firm=False)
    assert _entries(later, soft).startswith("joined")
    # The next day, written out: one attack (a night, a time zone); two days on, another.
    assert _entries(date(2024, 6, 3), settings).startswith("joined")
    two_days = _entries(date(2024, 6, 4), settings)
    assert two_days.startswith("apart") and "dates written out 2 days apart" in two_days


def test_a_pages_byline_date_is_not_the_date_of_what_it_reports() -> None:
    # The line that names the date says the page was posted, published, updated or filed.
    bylines = [
        ("Posted in Traffic Safety on Sunday, June 2, 2024. A driver fled.", "June 2, 2024"),
        (
            "By Mara Quist | Published on June 2, 2024\nA driver fled after the crash.",
            "June 2, 2024",
        ),
        ("Last updated on 2 June 2024 - A van struck two cyclists downtown.", "2 June 2024"),
        ("Filed under Local News on 06/02/2024. Two cyclists were hurt.", "06/02/2024"),
        ("This entry was submitted on June 2, 2024 by the desk. A van hit a bus.", "June 2, 2024"),
        ("Video uploaded on June 2, 2024: firefighters at the depot.", "June 2, 2024"),
        ("Story modified on Sunday, June 2, 2024. The depot burned overnight.", "June 2, 2024"),
        ("posted by admin in Courts on June 2, 2024. The trial opened.", "June 2, 2024"),
    ]
    for text, said in bylines:
        assert _exact(text, said) is None, text
    # A report's own sentence dating what happened stays exact, also below a byline line.
    reports = [
        ("On June 2, 2024, a van struck two cyclists near the depot.", "June 2, 2024"),
        ("Posted in Local News\nOn June 2, 2024, a van struck two cyclists.", "June 2, 2024"),
        ("Police said that on 2 June 2024 a driver fled the scene.", "2 June 2024"),
        ("06/02/2024: Gunmen fired on a bus near the depot in Brackenford.", "06/02/2024"),
        ("The clerk filed the papers. On June 2, 2024, a driver fled.", "June 2, 2024"),
    ]
    for text, said in reports:
        assert _exact(text, said) == DAY.toordinal(), text


def test_a_follow_up_dating_its_own_step_may_still_join_by_the_names_it_shares() -> None:
    # An arrest has no incident type: its date is the arrest's, and the names it shares with
    # the attack (the group, its commander, the town) may carry it across.
    found = _entries(date(2024, 6, 20), ClusterSettings(), event_type="arrest_raid")
    assert found.startswith("joined"), found
    assert "dates written out 18 days apart" in found and "joined across it" in found


def test_state_keeps_exact_dates_and_reads_older_states_without_them() -> None:
    state = new_state("ev-x", "st-x")
    state.exact_days[DAY.toordinal()] += 3
    again = decode_state(encode_state(state))
    assert again.exact_days == Counter({DAY.toordinal(): 3})
    full = encode_state(state)
    older = full.replace(b',"exact":[[' + str(DAY.toordinal()).encode() + b",3]]", b"")
    head = len(full) - len(older)
    assert head > 0
    length = struct.unpack("<I", older[4:8])[0] - head
    decoded = decode_state(older[:4] + struct.pack("<I", length) + older[8:])
    assert decoded.exact_days == Counter()


# Two reports of a fight outside a club, in the same words, in towns the gazetteer does not
# know, each with the state it is in.
_FIGHT = (
    "A man was stabbed during a fight outside a club in {town}, {state}, early {said} after an "
    "argument on the dance floor, according to officers. The man is expected to recover at a "
    "nearby medical centre, and nobody had been detained by the evening."
)


def _fight(
    article_id: str, town: str, state: str, at: tuple[float, float] | None
) -> tuple[Article, Extraction]:
    text = _FIGHT.format(town=town, state=state, said="Sunday")
    article, extraction = _report(article_id, text, "Sunday", DAY, "attack_on_civilians", DAY)
    town_at, state_at = text.index(town), text.index(state)
    places = (
        Place(town, "city", "US", None, None, town_at, town_at + len(town)),
        Place(
            state,
            "region",
            "US",
            at[0] if at else None,
            at[1] if at else None,
            state_at,
            state_at + len(state),
        ),
    )
    return article, replace(extraction, places=places)


def _fights(second_state: str, at: tuple[float, float] | None, settings: ClusterSettings) -> str:
    clusterer = _warmed(settings)
    first = clusterer.assign(*_fight("s1", "Quarrendon", "Ohio", (39.96, -83.0)), NEW)
    second = clusterer.assign(*_fight("s2", "Vessbury", second_state, at), NEW)
    return ("joined " if second.event_id == first.event_id else "apart ") + second.reason


def test_two_states_of_one_country_do_not_overlap() -> None:
    settings = ClusterSettings()
    off = replace(settings, region_veto=False)
    texas = (30.27, -97.74)
    assert _fights("Texas", texas, off).startswith("joined"), "control: the same words join"
    found = _fights("Texas", texas, settings)
    assert found.startswith("apart") and "in texas, the event in ohio" in found, found
    # A county is inside a state (the gazetteer gives counties no coordinates): no contradiction.
    assert _fights("Franklin County", None, settings).startswith("joined")


def test_state_keeps_regions_and_reads_older_states_without_them() -> None:
    state = new_state("ev-g", "st-g")
    state.regions = ("US:ohio",)
    assert decode_state(encode_state(state)).regions == ("US:ohio",)
    full = encode_state(state)
    older = full.replace(b',"regions":["US:ohio"]', b"")
    length = struct.unpack("<I", older[4:8])[0] - (len(full) - len(older))
    assert decode_state(older[:4] + struct.pack("<I", length) + older[8:]).regions == ()


def test_the_sentence_that_dates_what_it_reports_is_no_background() -> None:
    # The lead mentions an earlier incident (a background cue) while reporting its own: its
    # places are the report's.
    text = (
        "06/02/2024: A second device exploded in Brackenford, targeting the crowd drawn to an "
        "earlier explosion at the depot. Four people were hurt."
    )
    article, extraction = _report("b1", text, "06/02/2024", DAY)
    assert "brackenford" in article_features(article, extraction, ClusterSettings()).places
    off = ClusterSettings(dated_sentence_is_report=False)
    assert "brackenford" not in article_features(article, extraction, off).places
    # A date that is not written out does not make the sentence the report.
    later = text.replace("06/02/2024:", "On Sunday,")
    article, extraction = _report("b2", later, "Sunday", DAY)
    assert "brackenford" not in article_features(article, extraction, ClusterSettings()).places
