"""Two incidents of one city on one day, told apart by whom they describe (session 21, #15;
`fresh_age_conflict_penalty`). A report a day or less from an event's reports that describes
only people of other ages than the event's (compat.age_conflict) is more often another
incident of the same city and day (a drive-by and a mall shooting, a stabbing at a station and
a car driven into a market) than a follow-up: a follow-up naming the suspect's age, where the
first reports named the victim's, comes days later, and keeps the usual penalty. All texts are
made up for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from storyline.cluster import Clusterer, ClusterSettings
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict

NEW = DedupVerdict(kind="new")


def _article(article_id: str, day: int, hour: int, title: str, text: str) -> Article:
    return Article(
        id=article_id,
        title=title,
        text=text,
        published=datetime(2027, 6, day, hour, tzinfo=UTC),
        source=f"outlet-{article_id}",
    )


# A shooting at a park in Fresno reported twice, then a stabbing in another part of the city
# the same evening, then a report of the park shooting the next day naming another victim.
PARK = [
    _article(
        "p1",
        12,
        18,
        "Teen shot at Fresno park basketball court",
        "FRESNO, Calif. - A boy of 15 took a bullet and survived at a basketball court in "
        "Roeding Park on Saturday afternoon, Fresno police said. Officers found the boy bleeding "
        "from a wound to the leg shortly after 3 p.m. The shooter ran toward Olive Avenue. "
        "Police said they were looking for a man in a red jacket.",
    ),
    _article(
        "p2",
        12,
        20,
        "Boy wounded in Roeding Park shooting",
        "A 15-year-old was hit in the leg when gunfire erupted at the basketball courts in "
        "Fresno's Roeding Park on Saturday, police said. Witnesses said an argument over a game "
        "ended with a man pulling a handgun. The boy is expected to survive. Police asked "
        "anyone with video from the courts to call detectives.",
    ),
]
STABBING = _article(
    "s1",
    12,
    23,
    "Man stabbed outside Fresno convenience store",
    "A 48-year-old man is in serious condition after being stabbed outside a convenience store "
    "on Blackstone Avenue in Fresno on Saturday night, police said. Officers found him with a "
    "wound to his side. Investigators believe he was attacked by someone he had quarrelled "
    "with inside the store. The suspect fled on a bicycle.",
)
PARK_NEXT_DAY = _article(
    "p3",
    13,
    9,
    "Second victim of Roeding Park shooting identified",
    "Police said on Sunday that a 19-year-old man was also grazed by a bullet in the shooting at "
    "the basketball courts of Fresno's Roeding Park on Saturday afternoon, in which a "
    "teenage boy was wounded in the leg. The shooter, who ran toward Olive Avenue after an "
    "argument over a game, has not been found.",
)


def _events(settings: ClusterSettings, items: list[Article]) -> dict[str, str]:
    clusterer = Clusterer(settings)
    event_of = {}
    for item in items:
        article, extraction = gate_and_extract(item)
        event_of[item.id] = clusterer.assign(article, extraction, NEW, None).event_id
    return event_of


def test_another_incident_of_the_same_city_and_day_describing_other_people_stays_apart() -> None:
    settings = ClusterSettings()
    events = _events(settings, [*PARK, STABBING])
    assert events["p1"] == events["p2"]
    assert events["s1"] != events["p1"]
    # With the usual penalty for other ages, the city, the day and the words join them.
    usual = replace(settings, fresh_age_conflict_penalty=settings.age_conflict_penalty)
    joined = _events(usual, [*PARK, STABBING])
    assert joined["s1"] == joined["p1"]


def test_a_report_of_the_same_incident_naming_another_victim_still_joins() -> None:
    # Its lead states only the second victim's age, but it is plainly about the same shooting.
    events = _events(ClusterSettings(), [*PARK, STABBING, PARK_NEXT_DAY])
    assert events["p3"] == events["p1"]
