"""An entry that writes its date out and a brief that dates its incident surely to the same
day, naming two towns over `exact_town_km` apart and no place in common, are two incidents
(session 28, #15; `sure_place_veto`: compat.exact_place_contradiction with one side's exact
day and the other's sure one). The brief and the entry of one town still join.
Every text is made up for these tests; the towns are real, the incidents are not."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from storyline.cluster import Clusterer, ClusterSettings
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict

NEW = DedupVerdict(kind="new")


def _events(texts: list[str], day: date, settings: ClusterSettings) -> list[str]:
    clusterer = Clusterer(settings)
    found = []
    for number, text in enumerate(texts):
        article = Article(id=f"s{number}", published=datetime(day.year, day.month, day.day,
                          tzinfo=UTC), title=None, text=text, source="desk", url=None)
        article, extraction = gate_and_extract(article)
        found.append(clusterer.assign(article, extraction, NEW, None).event_id)
    return found


def test_an_entry_and_a_brief_of_one_day_in_two_towns_are_two_incidents() -> None:
    for texts, day in [
        ([
            "05/14/2021: Gunmen shot dead two police officers at a checkpoint in Gujranwala, "
            "Punjab province, Pakistan.",
            # another town 20 km off, under another city's dateline, dated by its weekday
            "LAHORE, May 14 - Gunmen killed two guards at a checkpoint in Kamoke on Friday, "
            "police said.",
            # the same town's entry, and the first town's own brief
            "05/14/2021: Two police officers were shot dead at a checkpoint in Kamoke, Punjab "
            "province, Pakistan.",
        ], date(2021, 5, 14)),
        ([
            "07/02/2022: Gunmen fired on a bus in Zinjibar, Abyan governorate, Yemen, killing "
            "three passengers.",
            # passive, the town 13 km off named with "near"
            "ADEN, July 2 - Three passengers were killed when a bus was fired on near Jaar on "
            "Saturday, officials said.",
            "07/02/2022: Three bus passengers were shot dead by gunmen near Jaar, Abyan "
            "governorate, Yemen.",
        ], date(2022, 7, 2)),
    ]:
        first, brief, entry = _events(texts, day, ClusterSettings())
        assert brief != first, texts[1]
        assert entry == brief, texts[2]
        # without the test the brief joined the first town's entry (and without session 33's
        # first-towns test of a brief's sure day, which tells them apart too)
        off = _events(
            texts[:2], day,
            replace(ClusterSettings(), sure_place_veto=False, first_town_sure_briefs=False),
        )
        assert off[0] == off[1], texts[1]
