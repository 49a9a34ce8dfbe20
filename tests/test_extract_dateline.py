"""The dateline place (`PlaceReading.dateline`, `Extraction.dateline`): the place heading a text
as its wire dateline, kept even where the story happened elsewhere and the places leave it out,
so that a reader of districts and distances (the clusterer) can tie the story to the city it was
filed from. Sentences written for this project."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.extract import extract_facts, extraction_to_json
from storyline.extract.places import read_places
from storyline.records import Article


def _article(text: str, title: str | None = None) -> Article:
    return Article(id="a", text=text, title=title, published=datetime(2025, 5, 6, tzinfo=UTC),
                   modified=None, fetched=None, source="test", url=None, authors=(),
                   origin=None, notes=())


@pytest.mark.parametrize(("text", "dateline", "country"), [
    # a quarter of the dateline city: the places keep the quarter only
    ("LVIV - A missile hit a warehouse in the Zaliznychnyi district overnight, wounding four "
     "workers, the regional governor said.", "Lviv", "UA"),
    # a town measured from the dateline city
    ("BAGHDAD, June 2 (Reuters) - A roadside bomb killed three soldiers near Balad, 80 km "
     "north of the capital, security sources said.", "Baghdad", "IQ"),
    # the bureau's capital over a provincial town
    ("NAIROBI - Gunmen attacked a bus near Garissa on Monday, killing six passengers.",
     "Nairobi", "KE"),
    # a city named again as the event's own place
    ("KARACHI: Two men were shot dead in Karachi's Lyari area on Sunday night, police said.",
     "Karachi", "PK"),
    # a US dateline with its state
    ("DAYTON, Ohio (AP) — A teenager was wounded in a shooting at a park on Saturday.",
     "Dayton", "US"),
])
def test_dateline_is_read_whether_or_not_the_event_happened_there(
        text: str, dateline: str, country: str) -> None:
    reading = read_places(text)
    assert reading.dateline is not None
    assert (reading.dateline.name, reading.dateline.country) == (dateline, country)
    assert reading.dateline.start == 0


def test_dateline_dropped_from_places_is_still_the_dateline() -> None:
    text = ("KYIV - A drone struck an apartment block in the Podilskyi district early on "
            "Tuesday, killing two residents, the mayor said.")
    extraction = extract_facts(_article(text))
    assert extraction.dateline is not None and extraction.dateline.name == "Kyiv"
    assert extraction.dateline.lat is not None  # a point to measure from
    names = [place.name for place in extraction.places]
    assert "Kyiv" not in names  # the event's place is the district, as before


@pytest.mark.parametrize("text", [
    # a town that opens a sentence, not a dateline
    "Mesa police said a man was shot on Friday night near a gas station.",
    "Police said a woman was stabbed in Tulsa on Thursday.",
    # a place inside the lead, after other words
    "A bomb exploded in Quetta on Monday, officials said.",
    # a name heading a line that is a sentence
    "Cairo was quiet on Friday after a week of protests.",
])
def test_no_dateline(text: str) -> None:
    assert read_places(text).dateline is None


def test_dateline_after_a_headline_keeps_its_offsets_in_the_text() -> None:
    text = "TUCSON, Ariz. — A man was shot dead outside a bar in Marana on Sunday."
    reading = read_places(text, title="Man killed outside bar in Marana")
    assert reading.dateline is not None and reading.dateline.name == "Tucson"
    assert text[reading.dateline.start:reading.dateline.end] == "TUCSON"


def test_dateline_in_the_extract_json() -> None:
    text = "MANILA - Troops clashed with rebels in a village of Basilan province on Sunday."
    article = _article(text)
    out = extraction_to_json(article, extract_facts(article))
    assert out["dateline"]["name"] == "Manila"
    assert out["dateline"]["kind"] == "city"
    assert extraction_to_json(article, extract_facts(_article("Rebels clashed with troops."))
                              )["dateline"] is None
