"""The event's own timeline and the story timeline, through the real pipeline on a SQLite store.

The reports are written for this test (invented places and people). The phenomenon under test:
a development is filed under the day it happened, which is neither always the day it was printed
nor the event's day ("revised down ... on Wednesday" in Thursday's paper is Wednesday's).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from storyline.cli import cli
from storyline.extract.sentences import sentences_of
from storyline.reconcile.timeline import development_day
from storyline.records import Article
from storyline.service import Storyline
from storyline.web import create_app


def _report(article_id: str, when: str, text: str, source: str = "Daily Courier") -> Article:
    return Article(id=article_id, text=text, title=text.split(".")[0], source=source,
                   published=datetime.fromisoformat(when).replace(tzinfo=UTC))


BUS = [  # Monday 2 March 2026
    _report("bus-1", "2026-03-02 09:00",
            "A bus plunged into a ravine near Tarvel on Monday, killing 12 people, police said. "
            "The bus was carrying pilgrims to the shrine at Orna."),
    _report("bus-2", "2026-03-03 10:00",
            "The death toll from Monday's bus crash near Tarvel rose to 15 on Tuesday, police "
            "said. Three injured passengers died in hospital.", "Wire Agency"),
    _report("bus-3", "2026-03-05 08:00",  # Thursday's paper about Wednesday
            "Officials revised down the death toll from the Tarvel bus crash to 14 on Wednesday, "
            "saying one victim had been counted twice. The driver was arrested on Wednesday, "
            "police said.", "Evening Post"),
]
FIRE = [  # Saturday 4 April 2026
    _report("fire-1", "2026-04-04 18:00",
            "A fire at a textile factory in Kemmerton on Saturday killed 9 workers, the fire "
            "service said. Dozens of workers escaped through a side door."),
    _report("fire-2", "2026-04-06 07:00",  # Monday's paper about Sunday
            "On Sunday, the provincial governor said the number of people killed in the "
            "Kemmerton textile factory fire had risen to 13. Four workers died of their burns in "
            "hospital.", "Wire Agency"),
    _report("fire-3", "2026-04-07 07:00",  # Tuesday's paper about Monday
            "Yesterday the fire service lowered the death toll from the Kemmerton factory fire "
            "to 12 after a recount. The factory owner was detained by police on Monday. Dozens "
            "of workers escaped through a side door.", "Evening Post"),
]
MARKET = [  # Sunday 10 May 2026, and a march six weeks later: two events of one story
    _report("mkt-1", "2026-05-10 09:00",
            "A bomb exploded at the central market in Darrowby on Sunday, killing 7 people and "
            "wounding 30, police said. Among the dead was the market trader Ilse Varkonyi."),
    _report("mkt-2", "2026-05-11 09:00",
            "The death toll from Sunday's bombing at the central market in Darrowby rose to 11, "
            "police said on Monday.", "Wire Agency"),
    _report("mkt-3", "2026-06-20 21:00",
            "Hundreds of residents marched through Darrowby on Saturday evening, carrying "
            "candles and banners that demanded safer streets. Organisers read the names of "
            "neighbours lost in May, among them Ilse Varkonyi. The mayor promised more police "
            "patrols and new lighting."),
]
FLOOD = [  # Monday 13 July 2026; real cities, so that the gazetteer places them
    _report("flood-1", "2026-07-14 08:00",
            "Flash floods swept through Manchester on Monday, killing 4 people, the Home Office "
            "said. Hundreds of homes were flooded."),
    _report("flood-2", "2026-07-15 09:00",
            "The death toll from Monday's floods rose to 6 on Tuesday, the Home Office said. "
            "Floodwater also reached Liverpool, where the river burst its banks near the docks.",
            "Wire Agency"),
]
ARTICLES = {a.id: a for a in (*BUS, *FIRE, *MARKET, *FLOOD)}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = str(tmp_path_factory.mktemp("timeline") / "store.db")
    with Storyline.open(path) as app:
        app.ingest_articles([*BUS, *FIRE, *MARKET, *FLOOD])
    yield path


def _event_of(app: Storyline, article_id: str) -> str:
    membership = app.store.get_membership(article_id)
    assert membership is not None
    return membership.event_id


def _timeline(db: str, article_id: str) -> list[dict[str, Any]]:
    with Storyline.open(db) as app:
        return app.timeline(_event_of(app, article_id))


def _entry(entries: list[dict[str, Any]], words: str) -> dict[str, Any]:
    found = [e for e in entries if words in e["text"]]
    assert len(found) == 1, (words, [e["text"] for e in entries])
    return found[0]


# ---- the phenomenon on sentences alone (CheckList style: one capability, varied wording)

THURSDAY, MONDAY = date(2026, 3, 5), date(2026, 3, 2)  # the report's day, the event's day
STATED = [
    ("Officials revised down the death toll to 14 on Wednesday.", date(2026, 3, 4)),
    ("On Wednesday the ministry lowered the number of dead to 9.", date(2026, 3, 4)),
    ("Yesterday, authorities corrected the toll to 14.", date(2026, 3, 4)),
    ("Health officials said on Tuesday that 20 people had died.", date(2026, 3, 3)),
    ("The figure was cut to 11 late on Wednesday night after a recount.", date(2026, 3, 4)),
    ("Police said two suspects were detained on March 4.", date(2026, 3, 4)),
    ("Rescuers said on Wednesday they found 4 more bodies in the rubble of Monday's collapse.",
     date(2026, 3, 4)),
    ("By Thursday morning the number of dead had climbed to 31.", THURSDAY),
    # "overnight" alone is the night before the report (dates helper, session 19)
    ("Three more bodies were recovered overnight.", THURSDAY),
]
REPORTED = [  # a date naming the event (or none, or a future one) leaves the report's day
    "The toll from Monday's crash rose to 15, police said.",
    "The toll from the crash on Monday rose to 15, police said.",
    "The death toll from the March 2 explosion has risen to 40.",
    "The toll will be updated on Friday.",
    "Monday's blast has now claimed 22 lives, the hospital said.",
]


@pytest.mark.parametrize(("sentence", "day"), STATED)
def test_a_development_is_filed_under_the_day_its_sentence_states(sentence: str, day: date
                                                                    ) -> None:
    assert development_day(sentence, THURSDAY, MONDAY) == (day, "stated")


@pytest.mark.parametrize("sentence", REPORTED)
def test_a_date_that_names_the_event_leaves_the_report_day(sentence: str) -> None:
    assert development_day(sentence, THURSDAY, MONDAY) == (THURSDAY, "reported")


# ---- the event timeline through the pipeline


def test_a_revision_printed_on_thursday_about_wednesday_is_wednesdays(db: str) -> None:
    entries = _timeline(db, "bus-1")
    revision = _entry(entries, "revised down the death toll")
    assert revision["date"] == "2026-03-04" and revision["date_basis"] == "stated"
    assert revision["kind"] == "count" and revision["category"] == "killed"
    assert revision["value"] == "14" and revision["change"] in ("correction", "fall")
    assert revision["time"] == "2026-03-05T08:00:00Z" and revision["source"] == "Evening Post"
    rise = _entry(entries, "rose to 15")  # "Monday's crash" names the event: Tuesday's step
    assert rise["date"] == "2026-03-03" and rise["change"] == "rise"
    arrest = _entry(entries, "driver was arrested")
    assert arrest["kind"] == "arrest" and arrest["date"] == "2026-03-04"
    first = entries[0]
    assert first["kind"] == "event" and first["date"] == "2026-03-02"
    assert first["date_basis"] == "event_date" and first["article_ids"] == ["bus-1"]


def test_other_wordings_of_steps_are_filed_the_same_way(db: str) -> None:
    entries = _timeline(db, "fire-1")
    assert _entry(entries, "had risen to 13")["date"] == "2026-04-05"  # "On Sunday" in Monday's
    lowered = _entry(entries, "lowered the death toll")
    assert lowered["date"] == "2026-04-06" and lowered["value"] == "12"  # "Yesterday", Tuesday's
    assert lowered["change"] in ("correction", "fall")
    detained = _entry(entries, "owner was detained")
    assert detained["kind"] == "arrest" and detained["date"] == "2026-04-06"
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)


def test_a_place_first_named_by_a_later_report_is_a_development(db: str) -> None:
    entries = _timeline(db, "flood-1")
    place = _entry(entries, "reached Liverpool")
    assert place["kind"] == "place" and place["evidence"] == "Liverpool"
    assert place["article_ids"] == ["flood-2"] and place["date"] == "2026-07-15"
    assert _entry(entries, "rose to 6")["date"] == "2026-07-14"
    assert not any(e["kind"] == "place" and e["evidence"] == "Manchester" for e in entries)


def test_every_entry_cites_a_sentence_of_its_report_once(db: str) -> None:
    for first in ("bus-1", "fire-1", "mkt-1", "flood-1"):
        entries = _timeline(db, first)
        assert len({e["text"] for e in entries}) == len(entries)  # never on two dates
        for entry in entries:
            cited = ARTICLES[entry["article_ids"][0]]
            assert entry["text"] in {s.text for s in sentences_of(cited.text)}
            assert entry["time"] is not None and entry["event_id"]
            if entry["evidence"]:
                assert entry["evidence"].split(" | ")[0] in cited.text


# ---- the story timeline, across events; CLI and API


def test_story_timeline_spans_the_events_of_the_story(db: str) -> None:
    with Storyline.open(db) as app:
        bombing, march = _event_of(app, "mkt-1"), _event_of(app, "mkt-3")
        assert bombing != march
        story_id = app.get_event(bombing)["story_id"]
        assert app.get_event(march)["story_id"] == story_id
        by_story = app.story_timeline(story_id, max_dates=5)
        assert app.story_timeline(march, max_dates=5) == by_story  # an event's id works too
    assert {e["event_id"] for e in by_story} == {bombing, march}
    assert all(set(e["article_ids"]) <= {"mkt-1", "mkt-2", "mkt-3"} for e in by_story)


def test_cli_and_api_offer_both_timelines(db: str) -> None:
    runner = CliRunner()
    with Storyline.open(db) as app:
        event_id = _event_of(app, "bus-1")
        march = _event_of(app, "mkt-3")
    own = runner.invoke(cli, ["--db", db, "timeline", event_id, "--json"])
    assert own.exit_code == 0, own.output
    entries = json.loads(own.output)
    assert all({"date", "text", "article_ids", "event_id"} <= set(e) for e in entries)
    story = runner.invoke(cli, ["--db", db, "timeline", march, "--story", "--max-dates", "5",
                                "--json"])
    assert story.exit_code == 0, story.output
    assert {e["event_id"] for e in json.loads(story.output)} >= {march}
    bad = runner.invoke(cli, ["--db", db, "timeline", "--story"])
    assert bad.exit_code == 2 and "--story needs an ID" in bad.output
    with TestClient(create_app(db)) as client:
        response = client.get(f"/api/stories/{march}/timeline", params={"max_dates": 5})
        assert response.status_code == 200
        assert response.json() == json.loads(story.output)
        assert client.get("/api/stories/st-nothing/timeline").status_code == 404
        assert client.get(f"/api/events/{event_id}/timeline").json() == entries


def test_as_of_keeps_the_timeline_to_what_was_known(db: str) -> None:
    with Storyline.open(db) as app:
        early = app.timeline(_event_of(app, "bus-1"), as_of=datetime(2026, 3, 3, 12, tzinfo=UTC))
    assert not any("revised down" in e["text"] for e in early)
    assert any("rose to 15" in e["text"] for e in early)
