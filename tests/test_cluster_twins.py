"""Twin events: two events of one kind with one protagonist (a firm's two takeovers, a prime
minister's two appointments, a club's two signings, a coach hired and later fired), the shape
of ECB+ topics (session 22, #15; found by the blind probe benchmarks/probes/clustering/twins_*).
Two phenomena joined them:

- the report of the second event names the first as the earlier one of its kind ("its second
  purchase in under a year after last year's takeover of X", "..., less than two weeks after a
  deadly quake further north"): that clause is background (roles._other_incident_clauses), so
  its names are not shared with the first event;
- one action in other words ("buys" / "acquires", "names" / "picks") and the opposite action
  on the same person ("hired" / "fired"): participants.action_kind and opposite_actions, read
  by compat.participant_conflict, also from headlines written in title case.

All texts are made up for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.participants import action_kind, lead_roles, opposite_actions
from storyline.cluster.roles import sentence_roles
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict

NEW = DedupVerdict(kind="new")

# (text, the clause that is background): the next event of a kind, set beside the earlier one.
NEXT_OF_KIND = [
    (
        "Brightwater Mills agreed to buy Ostrava Paper, its third purchase in two years after "
        "the takeover of Kelso Board last spring.",
        "after the takeover of Kelso Board last spring.",
    ),
    (
        "It is the government's second reshuffle this month after Lund replaced the health "
        "minister.",
        "after Lund replaced the health minister.",
    ),
    (
        "The defender is the club's fourth signing of the window, following the arrival of "
        "winger Tomas Hrubec from Sparta.",
        "following the arrival of winger Tomas Hrubec from Sparta.",
    ),
    (
        "The recall is the carmaker's latest after a fault in the brakes of its Orla sedan.",
        "after a fault in the brakes of its Orla sedan.",
    ),
    (
        "Saturday's quake was the second strong tremor in the province after a 6.0 shock "
        "near Dursunbey in May.",
        "after a 6.0 shock near Dursunbey in May.",
    ),
    (
        "The award is the fifth major prize for the studio following its win at Annecy "
        "for Paper Moons.",
        "following its win at Annecy for Paper Moons.",
    ),
    (
        "This is the band's second cancellation of the summer after a show in Lyon was "
        "called off.",
        "after a show in Lyon was called off.",
    ),
    (
        "The firm said the plant is its second closure in Ohio after it shut a mill in "
        "Chillicothe.",
        "after it shut a mill in Chillicothe.",
    ),
]

# (text, the clause that is background): a span set off by a comma at the end of the
# report's sentence, then an indefinite event.
SET_OFF_SPAN = [
    (
        "A 5.1 quake shook Erzincan on Friday, injuring six, less than a week after a stronger "
        "quake hit Malatya.",
        "less than a week after a stronger quake hit Malatya.",
    ),
    (
        "Two men were stabbed at the bus station on Monday, two days after a teacher was "
        "attacked at a school nearby.",
        "two days after a teacher was attacked at a school nearby.",
    ),
    (
        "The ferry ran aground off Skiathos late on Sunday, weeks after another ferry hit "
        "rocks near Volos.",
        "weeks after another ferry hit rocks near Volos.",
    ),
    (
        "The bank raised its rate to 4.5 percent, a month after a surprise cut by its "
        "neighbour.",
        "a month after a surprise cut by its neighbour.",
    ),
    (
        "Flames destroyed a warehouse in Gdynia overnight, only hours before a fire drill at "
        "the port.",
        "only hours before a fire drill at the port.",
    ),
    (
        "The striker joined Vitesse on Tuesday, three weeks after a move to Porto collapsed.",
        "three weeks after a move to Porto collapsed.",
    ),
    (
        "A tornado flattened barns near Ames on Thursday, days after another storm tore "
        "through Story County.",
        "days after another storm tore through Story County.",
    ),
    (
        "The senator resigned on Friday, just days after an aide quit over the same scandal.",
        "just days after an aide quit over the same scandal.",
    ),
]

# The report's own timeline, people or counts: none is background.
OWN_EVENT = [
    "Rescuers found two survivors on the second day after the quake.",
    "It was the third time since 2019 that the river flooded after heavy rain.",
    "Police arrested a second suspect after searching a house in Leith.",
    "The fire broke out hours after a family dinner at the farmhouse.",
    "She scored the second goal after a corner in the 70th minute.",
    "The third victim died in hospital following surgery.",
    "The company opened its second store in Leeds on Friday.",
    "He was released two days after an interview with detectives",
]


@pytest.mark.parametrize(("text", "clause"), NEXT_OF_KIND + SET_OFF_SPAN)
def test_the_earlier_event_of_the_kind_is_background(text: str, clause: str) -> None:
    spans = [(start, end) for start, end, role in sentence_roles(text) if role == "background"]
    assert [text[start:end] for start, end in spans] == [clause]


@pytest.mark.parametrize("text", OWN_EVENT)
def test_the_reports_own_timeline_is_not_background(text: str) -> None:
    assert sentence_roles(text) == []


PEOPLE = frozenset({"faldo", "pinecrest", "cheeks", "rozman", "lenart", "sixers", "harwick"})


def _roles(lead: str) -> tuple[tuple[str, str, str], ...]:
    return lead_roles(lead, PEOPLE, lambda word: False)


def test_one_action_in_other_words_is_one_kind_and_opposites_undo_each_other() -> None:
    assert len({action_kind(s) for s in ("buy", "acquir", "purchas", "bought")}) == 1
    assert len({action_kind(s) for s in ("hir", "appoint", "nominat", "pick")}) == 1
    assert len({action_kind(s) for s in ("fir", "sack", "dismiss", "oust")}) == 1
    assert action_kind("beat") == action_kind("defeat") != action_kind("buy")
    stems = ("beat", "defeat", "edg", "top", "rout", "crush", "overcam", "eliminat")
    assert len({action_kind(s) for s in stems}) == 1
    assert len({action_kind(s) for s in ("unveil", "launch", "introduc", "debut")}) == 1
    assert len({action_kind(s) for s in ("arrest", "detain", "captur", "apprehend")}) == 1
    assert action_kind("select") == action_kind("chosen") == action_kind("hir")
    assert opposite_actions("hir", "fir") and opposite_actions("sack", "appoint")
    assert opposite_actions("sign", "waiv") and opposite_actions("arrest", "releas")
    assert not opposite_actions("hir", "appoint") and not opposite_actions("buy", "sign")


def test_a_title_case_headlines_verb_is_an_action_not_part_of_a_name() -> None:
    assert ("sixers", "hir", "cheeks") in _roles("Sixers Hire Maurice Cheeks As Head Coach")
    assert ("faldo", "acquir", "pinecrest") in _roles("Faldo Acquires Pinecrest In Cash Deal")
    # a sentence in ordinary case keeps a capitalised word as part of the name it opens
    assert _roles("Harwick Fire Chief Dale Cheeks said the blaze was out.") == ()


def test_an_infinitives_agent_is_the_sentences_subject() -> None:
    assert ("faldo", "buy", "pinecrest") in _roles("Faldo agreed on Monday to buy Pinecrest.")
    assert ("harwick", "sign", "lenart") in _roles("Harwick Rovers are set to sign Lenart.")
    assert ("rozman", "appoint", "lenart") in _roles("Rozman plans to appoint Lenart.")
    # a name right before the infinitive is still its agent
    assert ("cheeks", "hir", "lenart") in _roles("Faldo asked Cheeks to hire Lenart.")
    # an infinitive in a sentence opened by no one named has no agent
    assert _roles("Police hope to arrest Lenart soon.") == ()


def test_an_adjective_between_two_names_is_no_action() -> None:
    assert _roles("Faldo's new Pinecrest bakery opens in March") == ()
    assert _roles("Harwick's top scorer Lenart is injured") == ()
    assert _roles("Rozman's first Lenart interview aired") == ()
    assert ("rozman", "top", "lenart") in _roles("Rozman tops Lenart in the final")


def _article(article_id: str, day: str | None, title: str, text: str) -> Article:
    published = datetime.fromisoformat(day).replace(hour=15, tzinfo=UTC) if day else None
    return Article(id=article_id, title=title, text=text, published=published)


def _events(articles: list[Article]) -> dict[str, str]:
    clusterer = Clusterer(ClusterSettings())
    event_of: dict[str, str] = {}
    for article in articles:
        article, extraction = gate_and_extract(article)
        event_of[article.id] = clusterer.assign(article, extraction, NEW).event_id
    return event_of


def test_a_firms_second_takeover_naming_the_first_is_another_event() -> None:
    articles = [
        _article(
            "a1",
            "2026-03-02",
            "Norvik Foods to buy Halden Creamery for $900 million",
            "OSLO - Norvik Foods agreed on Monday to buy Halden Creamery for $900 million in "
            "cash, adding butter and cheese brands to its snack business, chief executive "
            "Ingrid Solberg said. Halden, based in Trondheim, employs 1,400 people.",
        ),
        _article(
            "a2",
            "2026-03-03",
            "Halden Creamery staff anxious after Norvik deal",
            "Workers at Halden Creamery in Trondheim said on Tuesday they feared job cuts after "
            "the sale to Norvik Foods. Solberg promised to keep the Trondheim head office.",
        ),
        _article(
            "b1",
            "2026-10-12",
            "Norvik Foods acquires Fjellbakst in $300 million deal",
            "OSLO - Norvik Foods said on Monday it would acquire Fjellbakst, a maker of frozen "
            "bread, for $300 million, its second purchase this year after the takeover of "
            "Halden Creamery in March. Solberg said Fjellbakst would keep its Bergen bakery.",
        ),
    ]
    event_of = _events(articles)
    assert event_of["a1"] == event_of["a2"]
    assert event_of["b1"] != event_of["a1"]


def test_a_coach_fired_years_after_his_hiring_is_another_event() -> None:
    # undated pages (as ECB+'s are): no date tells the two apart
    articles = [
        _article(
            "h1",
            None,
            "Ravens Hire Tobias Wendell As Head Coach",
            "The Halifax Ravens hired Tobias Wendell as head coach on Tuesday, two weeks after "
            "the team missed the playoffs. Wendell, 44, spent six seasons as an assistant.",
        ),
        _article(
            "f1",
            None,
            "Ravens fire coach Wendell after 8-19 start",
            "The Halifax Ravens fired coach Tobias Wendell on Sunday after an 8-19 start to the "
            "season. Wendell had coached the Ravens for two and a half seasons.",
        ),
        _article(
            "f2",
            None,
            "Wendell out as Ravens coach",
            "The Ravens sacked Tobias Wendell on Sunday, a day after a sixth straight defeat. "
            "An assistant will take over for the rest of the season.",
        ),
    ]
    event_of = _events(articles)
    assert event_of["f1"] == event_of["f2"]
    assert event_of["h1"] != event_of["f1"]
