"""People first reported shot and later reported dead leave the event's injured figure."""

from __future__ import annotations

import dataclasses

import pytest

from helpers_reconcile import event_row, stored
from storyline.extract import extract_facts
from storyline.reconcile import build_event_record
from storyline.store.base import StoredArticle


def _record(*articles: StoredArticle):  # type: ignore[no-untyped-def]
    extractions = {s.article.id: extract_facts(s.article) for s in articles}
    return build_event_record(event_row(), list(articles), extractions)


SHOT = "A teenager was shot on Elm Street late Friday. Police are looking for the gunman."
DIED = "The boy died in hospital on Saturday, police said. He was 15 years old."
FOUR_SHOT = "Four people were shot outside a bar on Saturday night. The police have no suspect."
ONE_DIED = "One of the four victims died on Sunday, police said. Three others are hospitalized."
WOUNDED = "Three people were wounded in a shooting on Main Street. Police arrived quickly."
LATER_KILLED = "One person was killed and three wounded in the shooting, police said later."


def test_a_victim_reported_shot_and_later_dead_is_no_longer_injured() -> None:
    record = _record(stored("a1", "2026-03-01 08:00", SHOT), stored("a2", "2026-03-02 08:00", DIED))
    assert record.current("killed").fact.value == 1
    injured = record.current("injured")
    assert injured.fact.value == 0
    assert injured.rule == "died_of_wounds"
    assert "later reported dead" in injured.why


def test_only_the_deaths_after_the_report_leave_the_shot() -> None:
    record = _record(stored("b1", "2026-03-01 08:00", FOUR_SHOT),
                     stored("b2", "2026-03-02 08:00", ONE_DIED))
    assert record.current("killed").fact.value == 1
    assert record.current("injured").fact.value == 3


def test_injured_said_as_wounded_are_survivors_and_stay() -> None:
    record = _record(stored("c1", "2026-03-01 08:00", WOUNDED),
                     stored("c2", "2026-03-02 08:00", LATER_KILLED))
    injured = record.current("injured")
    assert injured.fact.value == 3
    assert injured.rule != "died_of_wounds"


def test_as_of_before_the_death_keeps_the_shot_as_injured() -> None:
    articles = [stored("d1", "2026-03-01 08:00", SHOT), stored("d2", "2026-03-02 08:00", DIED)]
    extractions = {s.article.id: extract_facts(s.article) for s in articles}
    from helpers_reconcile import at
    record = build_event_record(event_row(), articles, extractions, as_of=at("2026-03-01 12:00"))
    assert record.current("injured").fact.value == 1
    assert record.current("killed") is None


def test_wounded_in_critical_condition_may_be_the_later_dead() -> None:
    first = ("One man was killed and two others were wounded and taken to the hospital in "
             "critical condition after a shooting on Pine Street, police said.")
    later = ("A second victim of the Pine Street shooting died in the hospital on Monday, the "
             "coroner said, bringing the death toll to two.")
    record = _record(stored("e1", "2026-03-01 08:00", first),
                     stored("e2", "2026-03-02 08:00", later))
    assert record.current("killed").fact.value == 2
    injured = record.current("injured")
    assert injured.fact.value == 1 and injured.rule == "died_of_wounds"


def test_wounded_in_stable_condition_stay_injured_when_someone_else_dies() -> None:
    first = ("Two men were wounded in a shooting on Birch Road and are in stable condition, "
             "police said.")
    later = "A third man who was found dead near Birch Road was also killed, police said."
    record = _record(stored("f1", "2026-03-01 08:00", first),
                     stored("f2", "2026-03-02 08:00", later))
    assert record.current("injured").fact.value == 2


@pytest.mark.parametrize(
    "first",
    [
        "A teenager was shot in the leg on Elm Street late Friday. Police are looking for the "
        "gunman.",
        "A woman was shot on Elm Street late Friday; her wounds were non-life-threatening.",
        "A delivery driver survived being shot on Elm Street late Friday, police said.",
        "A cyclist was shot in his right foot on Elm Street late Friday and taken to hospital.",
    ],
)
def test_the_shot_said_to_have_survived_are_not_the_later_dead(first: str) -> None:
    """Someone shot in a limb or said to have survived is not the person who died later:
    another victim's death does not empty the injured."""
    later = "A second person, found on Oak Lane, died of gunshot wounds on Saturday, police said."
    record = _record(stored("g1", "2026-03-01 08:00", first),
                     stored("g2", "2026-03-02 08:00", later))
    assert record.current("killed").fact.value == 1
    injured = record.current("injured")
    assert injured.fact.value == 1 and injured.rule != "died_of_wounds"



THREE_SHOT = "Three people were shot outside a bar on Saturday night. No suspect is known."


@pytest.mark.parametrize(
    "later",
    [
        "One man died in the bar shooting; four others were wounded, a witness said.",
        "The shooting outside the bar killed a man and wounded four other people.",
        "A man was killed in the bar shooting, and four others were injured.",
    ],
)
def test_a_report_of_the_death_that_also_tells_of_the_wounded_keeps_them(later: str) -> None:
    """The report that gives the death also says four were wounded besides it: the dead man is
    not one of the three another report calls shot, so none of them leaves the injured."""
    record = _record(stored("w1", "2026-03-01 08:00", THREE_SHOT),
                     stored("w2", "2026-03-01 09:00", later))
    assert record.current("killed").fact.value == 1
    injured = record.current("injured")
    assert injured.fact.value == 3
    assert injured.rule != "died_of_wounds"


# ---------------------------------------------------------------- session 10: lone victims

SHOT_CRITICAL = ("A 17-year-old boy was shot on Maple Avenue late Friday and is in critical "
                 "condition at the trauma unit, officers reported.")
DIED_AFTER_CRITICAL = ("A 17-year-old boy who was shot on Maple Avenue last week has died, police "
                       "said. He had been listed in critical condition since the shooting.")


def test_a_lone_victim_told_as_critical_and_dead_in_one_report_is_the_later_dead() -> None:
    """The report of the death also tells of the boy in critical condition before he died: that
    is not a wounded person besides the dead, and the injured figure first given without any
    death (the first report) loses him."""
    record = _record(stored("h1", "2026-03-01 08:00", SHOT_CRITICAL),
                     stored("h2", "2026-03-06 08:00", DIED_AFTER_CRITICAL))
    assert record.current("killed").fact.value == 1
    injured = record.current("injured")
    assert injured.fact.value == 0 and injured.rule == "died_of_wounds"


@pytest.mark.parametrize(
    "later",
    [
        "A man was killed on Maple Avenue on Saturday, and another man was shot, police said.",
        "One man died in a second shooting on Maple Avenue; a woman was also wounded there.",
    ],
)
def test_someone_told_as_another_beside_the_dead_is_not_the_lone_victim(later: str) -> None:
    record = _record(stored("i1", "2026-03-01 08:00", SHOT_CRITICAL),
                     stored("i2", "2026-03-02 08:00", later))
    injured = record.current("injured")
    assert injured.fact.value == 1 and injured.rule != "died_of_wounds"


def _titled(article_id: str, published: str, title: str, text: str) -> StoredArticle:
    report = stored(article_id, published, text)
    return dataclasses.replace(report, article=dataclasses.replace(report.article, title=title))


def test_a_headline_that_says_critically_injured_may_be_the_later_dead() -> None:
    first = _titled("j1", "2026-03-01 08:00", "Teen critically injured in Maple Avenue shooting",
                       "Detectives want to find whoever fired the shots on Maple Avenue on "
                       "Friday night.")
    later = _titled("j2", "2026-03-03 08:00", "Teen dies after Maple Avenue shooting",
                       "The teenager died in hospital on Sunday, police said.")
    record = _record(first, later)
    assert record.current("killed").fact.value == 1
    assert record.current("injured").fact.value == 0


@pytest.mark.parametrize(
    ("first", "moved"),
    [
        ("One person was injured in a shooting on Cedar Lane on Friday and is in hospital with "
         "life-threatening injuries.", True),
        ("One person was wounded in the Cedar Lane shooting and remains in hospital with life "
         "threatening wounds.", True),
        ("A cyclist suffered life-threatening injuries when a gunman opened fire on Cedar Lane "
         "on Friday.", True),
        ("A cyclist suffered non-life-threatening injuries when a gunman opened fire on Cedar "
         "Lane on Friday.", False),
        ("One person was wounded in the Cedar Lane shooting and is recovering from wounds that "
         "doctors say are not life-threatening.", False),
    ],
)
def test_a_wounded_victim_with_life_threatening_injuries_may_be_the_later_dead(
    first: str, moved: bool,
) -> None:
    later = "The victim of the Cedar Lane shooting died on Sunday, police said."
    record = _record(stored("k1", "2026-03-01 08:00", first),
                     stored("k2", "2026-03-03 08:00", later))
    assert record.current("killed").fact.value == 1
    assert record.current("injured").fact.value == (0 if moved else 1)


def test_a_follow_up_typed_as_arrests_keeps_the_shootings_scope() -> None:
    """Two reports of an arrest and one of the shooting: the event reads as an arrest (no type
    family), but what happened is what the typed reports say, a shooting, so the victim shot
    and later dead leaves the injured."""
    record = _record(
        stored("m1", "2026-03-01 08:00", "A 22-year-old man was shot on Cedar Lane on Friday "
               "night and taken to a hospital, police said."),
        stored("m2", "2026-03-04 08:00", "Detectives arrested a 30-year-old man on Tuesday and "
               "charged him with murder. The 22-year-old victim of the Cedar Lane shooting died "
               "on Sunday, police said."),
        stored("m3", "2026-03-05 08:00", "A 30-year-old man was arrested by detectives and "
               "charged with murder on Wednesday, police said. He was held without bail."),
    )
    assert record.event_type == "arrest_raid"
    assert record.current("killed").fact.value == 1
    injured = record.current("injured")
    assert injured.fact.value == 0 and injured.rule == "died_of_wounds"
