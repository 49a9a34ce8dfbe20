"""Developing stories written for the change tests (places, groups and outlets are invented):
each reports a toll that rises and is then revised, in different wordings, and who claimed and
denied an attack. The store is filled by the real pipeline (extraction, clustering, reconcile)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storyline.records import Article
from storyline.service import Storyline


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class TollStory:
    """A story whose killed count rises, then is revised down, with the expected values."""

    articles: tuple[Article, ...]
    first: int
    risen: int
    revised: int
    rise_id: str
    revision_id: str


def _article(article_id: str, when: str, source: str, title: str, text: str) -> Article:
    return Article(id=article_id, title=title, text=text, published=at(when), source=source)


# "has risen to" then "revised ... down to": a gas explosion; then a claim and a denial.
GAS_BLAST = TollStory(
    articles=(
        _article("gb-1", "2026-05-04T08:00", "Norvik Herald",
                 "Gas blast in Norvik flats kills four",
                 "A gas explosion tore through a block of flats in Norvik on Monday, killing four "
                 "people and injuring 12, the fire service said."),
        _article("gb-2", "2026-05-05T09:00", "Coastal Wire", "Norvik blast toll rises to nine",
                 "The death toll from Monday's gas explosion at a block of flats in Norvik has "
                 "risen to nine, the fire service said on Tuesday. Twelve people remain in "
                 "hospital."),
        _article("gb-3", "2026-05-05T18:00", "Norvik Herald",
                 "Norvik blast toll revised down to seven",
                 "Officials revised the death toll from Monday's gas explosion in Norvik down to "
                 "seven, saying two victims had been counted twice, the fire service said."),
    ),
    first=4, risen=9, revised=7, rise_id="gb-2", revision_id="gb-3",
)
GAS_BLAST_CLAIMS = (
    _article("gb-4", "2026-05-06T10:00", "Coastal Wire", "Group claims Norvik blast",
             "A group calling itself the Red Harbour Front claimed responsibility for Monday's "
             "explosion at a block of flats in Norvik, in which seven people were killed."),
    _article("gb-5", "2026-05-06T15:00", "Norvik Herald", "Red Harbour Front denies Norvik blast",
             "The Red Harbour Front denied any role in Monday's explosion at a block of flats in "
             "Norvik that killed seven people, police said."),
)
# "climbed to" then "corrected ... to": floods.
FLOODS = TollStory(
    articles=(
        _article("fl-1", "2026-06-06T10:00", "Valley Courier", "Floods kill 11 in Castelmoor",
                 "Flash floods swept through the town of Castelmoor on Saturday, killing 11 "
                 "people, the regional emergency office said."),
        _article("fl-2", "2026-06-07T09:30", "Northern Press Agency",
                 "Castelmoor flood deaths climb to 19",
                 "The number of people killed by Saturday's flash floods in Castelmoor climbed "
                 "to 19 on Sunday, the regional emergency office said, as rescuers searched "
                 "collapsed homes."),
        _article("fl-3", "2026-06-07T17:00", "Valley Courier",
                 "Castelmoor flood toll corrected to 16",
                 "The regional emergency office corrected the death toll from Saturday's flash "
                 "floods in Castelmoor to 16, saying three victims had been counted twice."),
    ),
    first=11, risen=19, revised=16, rise_id="fl-2", revision_id="fl-3",
)
# "claimed responsibility" then "denied responsibility", in an event of its own.
DAM_CLAIMS = (
    _article("dm-1", "2026-06-08T08:00", "Northern Press Agency",
             "Armed group claims Castelmoor dam blast",
             "The Castelmoor Liberation Army claimed responsibility for blowing up the dam above "
             "Castelmoor, which caused Saturday's flash floods that killed 16 people, the "
             "regional emergency office said."),
    _article("dm-2", "2026-06-08T16:00", "Valley Courier",
             "Castelmoor Liberation Army denies flood role",
             "The Castelmoor Liberation Army denied responsibility for the dam blast behind "
             "Saturday's flash floods in Castelmoor, in which 16 people were killed, according "
             "to a statement read on local radio."),
)
TOLL_STORIES = (GAS_BLAST, FLOODS)
CLAIM_STORIES = (("Red Harbour Front", GAS_BLAST_CLAIMS), ("Castelmoor Liberation Army",
                                                            DAM_CLAIMS))


def all_articles() -> list[Article]:
    return [*GAS_BLAST.articles, *GAS_BLAST_CLAIMS, *FLOODS.articles, *DAM_CLAIMS]


_BUILT: dict[str, Path] = {}


def stories_db(factory: pytest.TempPathFactory) -> Path:
    """A SQLite store holding every story, through the real pipeline; built once a session."""
    key = str(factory.getbasetemp())
    if key not in _BUILT:
        db = factory.mktemp("developing-stories") / "stories.db"
        with Storyline.open(str(db)) as storyline:
            storyline.ingest_articles(all_articles())
        _BUILT[key] = db
    return _BUILT[key]


def event_of(storyline: Storyline, article_id: str) -> str:
    membership = storyline.store.get_membership(article_id)
    assert membership is not None, f"{article_id} is in no event"
    return membership.event_id
