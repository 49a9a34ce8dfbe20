"""People first reported shot and later reported dead leave the event's injured figure."""

from __future__ import annotations

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
