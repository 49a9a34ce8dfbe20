"""One type per event across reports worded differently: the reports that say how it happened
decide (`reconcile.resolve.resolve_event_type`, `extract.event_type.names_its_means`).

Each story is read by the real extractor; the texts were written for this project."""

from __future__ import annotations

import pytest

from helpers_reconcile import at
from storyline.extract import extract_facts
from storyline.extract.event_type import names_its_means, read_from_an_explosion
from storyline.reconcile.resolve import resolve_event_type
from storyline.records import Article, DedupVerdict, Extraction
from storyline.store.base import StoredArticle

# (title, text) in reporting order, and the event's type.
STORIES = [
    pytest.param([
        ("Gas blast flattens house in Wenlow",
         "A gas explosion destroyed a semi-detached house in Wenlow on Monday, killing a couple "
         "in their sixties."),
        ("Wenlow blast: neighbours describe huge bang",
         "Neighbours of the couple killed in Monday's explosion in Wenlow said the blast shook "
         "houses three streets away."),
        ("Wenlow explosion victims named",
         "Police named the two people who died in the explosion at a house in Wenlow on Monday."),
    ], "fire", id="gas-blast-follow-ups-name-no-cause"),
    pytest.param([
        ("Drunk driver kills teenager at bus stop",
         "A 17-year-old was killed at a bus stop in Marden on Friday night by a car whose driver "
         "was more than twice the legal limit, police said."),
        ("Marden teenager killed at bus stop named",
         "The teenager killed at a bus stop in Marden on Friday was named on Sunday as Tom "
         "Arkle, 17."),
        ("Family pays tribute to Marden teenager",
         "The family of a 17-year-old killed in Marden on Friday night said he was a gifted "
         "footballer."),
    ], "transport_accident", id="crash-follow-ups-name-only-the-death"),
    pytest.param([
        ("Blast at Kerem bus station",
         "An explosion hit the main bus station in Kerem on Thursday morning, killing five."),
        ("Kerem blast toll rises to eight",
         "The death toll from Thursday's explosion in Kerem rose to eight on Friday."),
        ("Bomb in bag caused Kerem blast, police say",
         "A bomb hidden in a sports bag caused the explosion at Kerem bus station, police said."),
    ], "bombing", id="a-later-report-names-the-bomb"),
    pytest.param([
        ("Three killed in Dovra village",
         "Three farmers were killed in Dovra village late on Tuesday, local officials said."),
        ("Gunmen opened fire on Dovra farmers",
         "Gunmen on motorbikes opened fire on farmers returning from the fields in Dovra, "
         "witnesses said, killing three."),
    ], "shooting", id="a-later-report-names-the-gunfire"),
    # An explosion someone claims was set off on purpose: its consequence, named by a later
    # report ("the blast behind the floods"), does not type the event.
    pytest.param([
        ("Rebels claim Ostrava pipeline blast",
         "The Northern Valley Front claimed responsibility for blowing up the fuel pipeline near "
         "Ostrava, which caused Monday's fire that killed four workers."),
        ("Four workers die in Ostrava pipeline fire",
         "Four workers died when a fire swept through a fuel pipeline station near Ostrava on "
         "Monday, the fire service said."),
    ], "bombing", id="a-claimed-explosion-over-its-consequence"),
    pytest.param([
        ("Group claims Halden dam blast",
         "A group calling itself the River Guard claimed the blast that breached the Halden dam "
         "on Saturday."),
        ("Flash floods kill six below Halden dam",
         "Saturday's dam blast at Halden unleashed flash floods that killed six people "
         "downstream, officials said."),
    ], "bombing", id="a-claimed-dam-blast-over-its-floods"),
    # A denial alone says nothing of the means: the gas report decides.
    pytest.param([
        ("Gas blast kills two in Lisk bakery",
         "A gas explosion at a bakery in Lisk killed two workers on Wednesday, firefighters said."),
        ("Militants deny role in Lisk blast",
         "A militant group denied any role in Wednesday's blast at a bakery in Lisk."),
    ], "fire", id="a-denied-explosion-keeps-its-named-cause"),
]


def _pairs(story: list[tuple[str, str]]) -> list[tuple[StoredArticle, Extraction]]:
    pairs = []
    for number, (title, text) in enumerate(story):
        when = at(f"2026-03-0{number + 2} 09:00")
        article = Article(id=f"r{number}", title=title, text=text, published=when,
                          source=f"Source {number}")
        stored = StoredArticle(article, DedupVerdict("new", None), f"hash-{number}", when, "ev-1")
        pairs.append((stored, extract_facts(article)))
    return pairs


@pytest.mark.parametrize(("story", "expected"), STORIES)
def test_the_reports_that_name_the_means_decide_the_events_type(
    story: list[tuple[str, str]], expected: str
) -> None:
    pairs = _pairs(story)
    chosen, why = resolve_event_type(pairs)
    assert chosen == expected, [(e.event_type, e.event_type_evidence) for _, e in pairs]
    assert why.startswith("majority: ")


def test_reports_that_name_no_means_are_said_to_be_left_out() -> None:
    pairs = _pairs(STORIES[0].values[0])  # type: ignore[index]
    _, why = resolve_event_type(pairs)
    assert "name only an explosion or a death" in why


def test_without_a_report_that_names_the_means_all_vote() -> None:
    pairs = _pairs(STORIES[0].values[0][1:])  # type: ignore[index]
    chosen, why = resolve_event_type(pairs)
    assert chosen == "bombing" and "2 of 2" in why


@pytest.mark.parametrize(("event_type", "evidence", "names"), [
    ("bombing", "blast", False),
    ("bombing", "Explosion", False),
    ("bombing", "bomb", True),
    ("bombing", "suicide bomber", True),
    ("attack_on_civilians", "killed four members of the family", False),
    ("attack_on_civilians", "bodies of", False),
    ("attack_on_civilians", "stabbed", True),
    ("fire", "gas explosion", True),
    ("transport_accident", "drunk driver", True),
    ("shooting", None, True),
])
def test_which_evidence_names_the_means(event_type: str, evidence: str | None,
                                        names: bool) -> None:
    assert names_its_means(event_type, evidence) is names


@pytest.mark.parametrize(("event_type", "evidence", "read"), [
    ("fire", "Gas blast", True),
    ("fire", "explosion", True),
    ("fire", "fireworks depot", True),
    ("fire", "Firefighters", False),
    ("fire", "blaze", False),
    ("bombing", "blast", False),
    ("fire", None, False),
])
def test_a_fire_read_from_an_explosion_is_told_apart(event_type: str, evidence: str | None,
                                                     read: bool) -> None:
    """The clusterer may take such a fire as compatible with the same explosion's reports
    that read a bombing."""
    assert read_from_an_explosion(event_type, evidence) is read
