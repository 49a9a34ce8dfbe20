"""Explained joins, round-up parts and story links, through the real pipeline and store (#15).

Every article here was written for these tests (made-up people, real cities so that the
gazetteer gives coordinates); no text comes from the evaluation data.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from storyline.cli import cli
from storyline.cluster.parts import counts_for_event, get_parts, split_parts
from storyline.records import Article, JoinEvidence, Place
from storyline.service import Storyline
from storyline.web import create_app


def _article(article_id: str, title: str, text: str, day: int, hour: int = 9) -> Article:
    month, day = (6, day) if day <= 30 else (7, day - 30)
    return Article(
        id=article_id,
        title=title,
        text=text,
        published=datetime(2024, month, day, hour, tzinfo=UTC),
        source=f"paper-{article_id}",
    )


DENVER_FIRST = _article(
    "den-1",
    "Two shot outside Denver bar on Colfax Avenue",
    "DENVER — Two men were shot outside a bar on Colfax Avenue in Denver early Saturday, police "
    "said. Tavish Orlov, 24, died at the scene and a second man was wounded. Police said the "
    "gunman, identified by witnesses as Ostap Kandorfer, fled on foot.",
    1,
)
DENVER_SECOND = _article(
    "den-2",
    "Victim named in Colfax Avenue bar shooting",
    "Police in Denver named Tavish Orlov as the man killed in Saturday's shooting outside a bar "
    "on Colfax Avenue. Investigators are still looking for Ostap Kandorfer, who they say fired "
    "the shots after an argument.",
    2,
)
BOSTON = _article(
    "bos-1",
    "Man shot outside nightclub in Boston",
    "BOSTON — A man was shot outside a nightclub early Saturday after an argument spilled into "
    "the parking lot, police said. The man was taken to a hospital with wounds that were not "
    "life-threatening.",
    1,
    10,
)
ROUNDUP = _article(
    "brief-1",
    "Weekend shootings across the region leave one dead, two hurt",
    "Three people were shot in separate incidents across the region over the weekend.\n"
    "In Denver, Tavish Orlov was killed outside a bar on Colfax Avenue early Saturday; police "
    "are searching for Ostap Kandorfer, who fled on foot after the shooting.\n"
    "In another shooting, a man was wounded outside a nightclub in Boston after an argument in "
    "the parking lot early Saturday; he is expected to survive.",
    3,
)
ARREST = _article(
    "den-3",
    "Suspect arrested in Colfax Avenue killing of Tavish Orlov",
    "Denver police on Tuesday arrested Ostap Kandorfer, 31, in the killing of Tavish Orlov "
    "outside a bar on Colfax Avenue on June 1. Kandorfer was booked on a charge of first-degree "
    "murder.",
    25,
)
# Weeks later, about the street and the city's answer, not a report of the shooting itself.
REACTION = _article(
    "den-4",
    "Denver council votes for more lighting and patrols on Colfax Avenue",
    "The Denver city council voted on Monday to pay for brighter street lighting and more "
    "evening patrols along Colfax Avenue, where bar owners had asked for help after a summer "
    "of late-night violence. Council member Ilse Marwood said the money would also fund "
    "outreach workers near the bars that close at 2 a.m.",
    50,
)


@pytest.fixture
def storyline(tmp_path: Path) -> Iterator[Storyline]:
    with Storyline.open(str(tmp_path / "store.db")) as opened:
        opened.ingest_articles([DENVER_FIRST, DENVER_SECOND, BOSTON, ROUNDUP])
        yield opened


def _event_of(storyline: Storyline, article_id: str) -> str:
    membership = storyline.store.get_membership(article_id)
    assert membership is not None
    return membership.event_id


def _member(event: dict[str, object], article_id: str) -> dict[str, object]:
    members = event["members"]
    assert isinstance(members, list)
    found = [m for m in members if m["article_id"] == article_id]
    assert len(found) == 1, members
    member: dict[str, object] = found[0]
    return member


def test_each_member_keeps_the_evidence_for_and_against_its_join(storyline: Storyline) -> None:
    denver = _event_of(storyline, "den-1")
    boston = _event_of(storyline, "bos-1")
    assert denver != boston and _event_of(storyline, "den-2") == denver
    event = storyline.get_event(denver)
    founder = _member(event, "den-1")
    assert founder["placed_by"] == "clusterer"
    assert founder["evidence"]["decision"] == "new_event"  # type: ignore[index]
    joined = _member(event, "den-2")["evidence"]
    assert isinstance(joined, dict)
    assert joined["decision"] == "joined" and joined["event_id"] == denver
    assert joined["text_similarity"] >= 0.1 and joined["score"] >= joined["threshold"]
    assert "denver" in joined["shared"]["places"]
    assert {"orlov", "kandorfer"} <= set(joined["shared"]["names"])
    assert joined["shared"]["event_date_gap_days"] == 0
    assert "same event date" in joined["for"] and joined["against"] == []
    # The other city's report: a new event, and the Denver event was kept out by the distance.
    other = _member(storyline.get_event(boston), "bos-1")["evidence"]
    assert isinstance(other, dict)
    assert other["decision"] == "new_event"
    assert any(
        n["event_id"] == denver and n["why"].startswith("contradiction: boston")
        for n in other["not_chosen"]
    ), other


def test_event_json_on_the_command_line_has_the_members(storyline: Storyline) -> None:
    denver = _event_of(storyline, "den-1")
    result = CliRunner().invoke(
        cli, ["--db", storyline.store.url, "event", denver, "--json"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {m["article_id"] for m in data["members"]} == set(data["article_ids"])
    assert data["story"]["id"] == data["story_id"]


def test_a_persons_move_wins_over_the_evidence_and_survives_reclustering(
    storyline: Storyline,
) -> None:
    denver, boston = _event_of(storyline, "den-1"), _event_of(storyline, "bos-1")
    storyline.move("bos-1", denver, actor="editor", reason="same night, same desk story")
    member = _member(storyline.get_event(denver), "bos-1")
    assert member["by_user"] is True and member["placed_by"] == "user"
    assert member["corrections"] == [
        {
            "action": "move",
            "at": member["corrections"][0]["at"],  # type: ignore[index]
            "actor": "editor",
            "reason": "same night, same desk story",
            "event_ids": member["corrections"][0]["event_ids"],  # type: ignore[index]
        }
    ]
    # The clusterer's own view stays readable beside the person's decision.
    assert member["evidence"]["event_id"] == boston  # type: ignore[index]
    storyline.rebuild_cluster_states()
    storyline.ingest_articles([ARREST])
    assert _event_of(storyline, "bos-1") == denver
    assert _member(storyline.get_event(denver), "bos-1")["placed_by"] == "user"


def test_a_round_ups_parts_link_to_their_own_events_and_carry_their_counts(
    storyline: Storyline,
) -> None:
    denver, boston = _event_of(storyline, "den-1"), _event_of(storyline, "bos-1")
    parts = get_parts(storyline.store, "brief-1")
    assert [p.event_id for p in parts] == [None, denver, boston], parts
    overview, denver_part, boston_part = parts
    assert ROUNDUP.text[denver_part.start :].startswith("In Denver")
    assert ROUNDUP.text[boston_part.start :].startswith("In another shooting")
    assert overview.reason.startswith("overview")
    # The round-up as a whole is one report of one event, never of both.
    assert _event_of(storyline, "brief-1") in (denver, boston)
    mentioned = storyline.get_event(boston)["mentioned_in"]
    assert [(m["article_id"], m["start"]) for m in mentioned] == [("brief-1", boston_part.start)]
    extraction = storyline.store.get_extraction("brief-1")
    assert extraction is not None
    by_event = {
        event: {(c.category, c.value) for c in counts_for_event(parts, extraction.counts, event)}
        for event in (denver, boston)
    }
    assert ("killed", 1) in by_event[denver] and ("injured", 1) not in by_event[denver]
    assert ("injured", 1) in by_event[boston] and ("killed", 1) not in by_event[boston]
    # The overview's "three people were shot" adds up incidents: it is no event's count.
    three = [c for c in extraction.counts if c.value == 3]
    assert three and not any(
        c in by_event_list
        for by_event_list in (
            counts_for_event(parts, extraction.counts, denver),
            counts_for_event(parts, extraction.counts, boston),
        )
        for c in three
    )
    # The record of the event the round-up belongs to reads only that event's part: the other
    # incident's wounded and the overview's sum are not its figures.
    home = _event_of(storyline, "brief-1")
    facts = storyline.get_event(home)["facts"]
    brief_values = {
        category: [h["value"] for h in view["history"] if h["article_id"] == "brief-1"]
        for category, view in facts.items()
    }
    for category, values in brief_values.items():
        own = {value for c, value in by_event[home] if c == category}
        assert set(values) <= own, (category, values, own)  # not the headline's "two hurt"
    # An ordinary article has no parts: all its counts are its event's.
    plain = storyline.store.get_extraction("den-1")
    assert plain is not None and get_parts(storyline.store, "den-1") == ()
    assert counts_for_event((), plain.counts, denver) == list(plain.counts)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "A man was shot on Larkspur Street on Friday night and taken to hospital in a serious "
            "condition. Separately, a woman was robbed at gunpoint near the Quarry Road bus stop "
            "by two men who drove off.",
            ["A man", "Separately"],
        ),
        (
            "Police said a teenager was stabbed outside a school on Beacon Hill Road after classes "
            "ended on Thursday. Elsewhere, a delivery driver was carjacked at a petrol station on "
            "Windle Lane by a man with a knife.",
            ["Police", "Elsewhere"],
        ),
        (
            "Two cars collided at the Harrow Street junction on Sunday and both drivers were taken "
            "to hospital with minor injuries.\nIn a separate incident, a cyclist was struck by a "
            "van on Juniper Avenue and later died of her injuries.",
            ["Two cars", "In a separate"],
        ),
        (
            "Officers were called to a house on Tolliver Road where a man had been shot in the leg "
            "during an argument; he is expected to recover. The man told officers he did not know "
            "the shooter and a neighbour said she heard three shots.",
            ["Officers"],
        ),
    ],
)
def test_round_up_parts_start_where_the_text_moves_to_another_incident(
    text: str, starts: list[str]
) -> None:
    parts = split_parts(text, ())
    assert len(parts) == len(starts), parts
    assert all(text[start:].startswith(s) for (start, _), s in zip(parts, starts, strict=True))
    assert parts[0][0] == 0 and parts[-1][1] == len(text)


def test_a_brief_with_datelined_paragraphs_splits_at_each_new_city() -> None:
    text = (
        "Lisbon: a fire in a warehouse near the port was put out after four hours and no one "
        "was hurt, firefighters said on Monday.\n"
        "Porto: police detained two men after a fight outside a football stadium left one fan "
        "with a broken arm, a spokesman said.\n"
        "Porto police added that the stadium would reopen on Wednesday for the cup match."
    )
    second = text.index("Porto:")
    places = (
        Place("Lisbon", "city", "PT", 38.7, -9.1, 0, 6),
        Place("Porto", "city", "PT", 41.1, -8.6, second, second + 5),
        Place("Porto", "city", "PT", 41.1, -8.6, text.rindex("Porto"), text.rindex("Porto") + 5),
    )
    parts = split_parts(text, places)
    assert [start for start, _ in parts] == [0, second]  # the same city again is the same part


def test_follow_ups_join_when_they_name_the_incident_else_share_its_story(
    storyline: Storyline,
) -> None:
    storyline.ingest_articles([ARREST, REACTION])
    denver = _event_of(storyline, "den-1")
    assert _event_of(storyline, "den-3") == denver  # the arrest names the victim and suspect
    reaction = _event_of(storyline, "den-4")
    assert reaction != denver  # about the street weeks later, not a report of the shooting
    event = storyline.get_event(reaction)
    assert event["story_id"] == storyline.get_event(denver)["story_id"]
    assert [e["id"] for e in event["story"]["events"]] == [denver, reaction]
    assert [e["this_event"] for e in event["story"]["events"]] == [False, True]
    stories = storyline.stories()
    story = next(s for s in stories if s["id"] == event["story_id"])
    assert [e["id"] for e in story["events"]] == [denver, reaction]


def test_story_and_evidence_on_the_event_page_and_in_the_api(
    storyline: Storyline, tmp_path: Path
) -> None:
    storyline.ingest_articles([ARREST, REACTION])
    denver, reaction = _event_of(storyline, "den-1"), _event_of(storyline, "den-4")
    story_id = storyline.get_event(denver)["story_id"]
    with TestClient(create_app(storyline.store.url)) as client:
        page = client.get(f"/events/{denver}")
        assert page.status_code == 200
        assert 'id="story-title"' in page.text and f'href="/events/{reaction}"' in page.text
        assert 'id="why-members-title"' in page.text
        assert "shared names: " in page.text and "orlov" in page.text
        assert 'data-article-id="den-2"' in page.text
        listed = client.get("/api/stories").json()
        assert any(s["id"] == story_id and len(s["events"]) == 2 for s in listed)
        one = client.get(f"/api/stories/{story_id}")
        assert one.status_code == 200 and [e["id"] for e in one.json()["events"]] == [
            denver,
            reaction,
        ]
        assert client.get("/api/stories/st-none").status_code == 404
        api_event = client.get(f"/api/events/{denver}").json()
        assert {m["article_id"] for m in api_event["members"]} == set(api_event["article_ids"])


def test_wrong_joins_are_counted_by_the_cause_their_evidence_shows(storyline: Storyline) -> None:
    """Gold labels that disagree with the joins: each wrong join is put down to its cause."""
    from storyline.evaluate.wrong_joins import wrong_joins_by_cause

    order = ["den-1", "bos-1", "den-2", "brief-1"]
    agree = {"den-1": "a", "den-2": "a", "bos-1": "b", "brief-1": "a"}
    right = wrong_joins_by_cause(
        storyline.store, order, {k: frozenset({v}) for k, v in agree.items()}
    )
    assert right["joins"] == 2 and right["wrong_joins.all"] == 0
    # Say the second Denver report and the round-up were other incidents.
    disagree = {**agree, "den-2": "c", "brief-1": "d"}
    wrong = wrong_joins_by_cause(
        storyline.store, order, {k: frozenset({v}) for k, v in disagree.items()}
    )
    assert wrong["wrong_joins.all"] == 2
    assert wrong["wrong_joins.same_place_same_day"] == 1  # same city, same date
    assert wrong["wrong_joins.roundup"] == 1


def test_wrong_join_causes_read_from_the_evidence() -> None:
    from storyline.evaluate.wrong_joins import _cause

    base = JoinEvidence("joined", "ev-1", 0.3, 0.25, 0.13)
    assert _cause(base, False) == "other"
    assert _cause(replace_evidence(base, decision="followed_original"), False) == "near_duplicate"
    assert _cause(base, True) == "roundup"
    assert _cause(replace_evidence(base, background_places=("tulsa",)), False) == (
        "background_mention"
    )
    assert (
        _cause(replace_evidence(base, against=("type family fire, event's earthquake",)), False)
        == "type"
    )
    assert (
        _cause(replace_evidence(base, date_gap_days=0, against=("different places",)), False)
        == "same_day_other_place"
    )
    assert (
        _cause(replace_evidence(base, date_gap_days=40, shared_places=("tulsa",)), False)
        == "same_place_other_time"
    )
    assert _cause(replace_evidence(base, shared_places=("tulsa",)), False) == ("same_place_no_date")
    assert _cause(replace_evidence(base, same_publisher_only=True), False) == (
        "same_publisher_only"
    )


def replace_evidence(evidence: JoinEvidence, **changes: Any) -> JoinEvidence:
    return replace(evidence, **changes)


def test_a_merge_re_points_the_round_up_parts_that_reported_the_merged_event(
    storyline: Storyline,
) -> None:
    denver, boston = _event_of(storyline, "den-1"), _event_of(storyline, "bos-1")
    home = _event_of(storyline, "brief-1")
    extraction = storyline.store.get_extraction("brief-1")
    assert extraction is not None
    boston_counts = counts_for_event(
        get_parts(storyline.store, "brief-1"), extraction.counts, boston
    )
    assert boston_counts, "control: the Boston part carries the wounded man"
    # An editor decides the Boston report belongs with Denver's (say, one desk story).
    storyline.merge(denver, boston, actor="editor", reason="one desk story")
    parts = get_parts(storyline.store, "brief-1")
    assert [p.event_id for p in parts] == [None, denver, denver], parts
    assert parts[2].reason.endswith(f"{boston} merged into {denver}")
    # The Boston part's counts now reach the event it went into, and it lists the part.
    merged_counts = counts_for_event(parts, extraction.counts, denver)
    assert all(count in merged_counts for count in boston_counts)
    mentioned = storyline.get_event(denver)["mentioned_in"]
    assert sorted(m["start"] for m in mentioned if m["article_id"] == "brief-1") == sorted(
        p.start for p in parts[1:]
    )
    assert home in (denver, boston)
