"""A figure one report sums from separate statements against one a report states in one phrase
(rules `unconfirmed_sum` and `stated_over_summed`), on stories written for these tests.

extract.totals adds up a report's separate statements of people ("a boy was shot ... the
teenager was also hit"); when the two statements are the same person told twice, the sum is one
too many. Between two reports, the figure stated in one phrase is the better reading, unless the
sum's report says the figure rose, a source outranks the other, or another report backs it.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers_reconcile import at, event_row, mention, stored
from storyline.reconcile import build_event_record
from storyline.records import CountTotal, Extraction


def _report(article_id: str, when: str, text: str, phrases: list[tuple[str, int]],
            category: str = "injured", source: str = "Daily Courier",
            attribution: str | None = None) -> tuple[Any, Extraction]:
    """A report whose figure for `category` is the sum of its `phrases` (one phrase: stated)."""
    mentions = tuple(mention(text, phrase, value, category=category, attribution=attribution)
                     for phrase, value in phrases)
    value = sum(m.value for m in mentions)
    total = CountTotal(value, "exact", value, value, None, tuple(range(len(mentions))))
    return (stored(article_id, when, text, source=source),
            Extraction(article_id, "shooting", counts=mentions, totals={category: total}))


def _record(*reports: tuple[Any, Extraction], as_of: str | None = None) -> Any:
    return build_event_record(event_row(), [a for a, _ in reports],
                              {e.article_id: e for _, e in reports},
                              as_of=at(as_of) if as_of else None)


def _standing(record: Any, category: str = "injured") -> dict[str, str]:
    return {h.fact.article_id: h.standing for h in record.categories[category].history}


# Each sum tells one victim twice, in the wording of a different kind of report.
SUMS = [
    ("A 15-year-old was shot near the skating rink. The teenager was also hit in the arm, "
     "a witness told the paper.",
     [("A 15-year-old was shot", 1), ("The teenager was also hit", 1)]),
    ("Neighbours found a man wounded on the porch; a 40-year-old was driven to the emergency "
     "room by his cousin.", [("a man wounded", 1), ("a 40-year-old was driven", 1)]),
    ("A woman was shot in the parking lot, and a 29-year-old woman was injured, neighbours "
     "said.", [("A woman was shot", 1), ("a 29-year-old woman was injured", 1)]),
]
STATED = [
    "One teenager was wounded near the skating rink, the paper reported.",
    "A single victim was hurt in the shooting on the porch.",
    "One person was injured in the parking lot shooting.",
]


@pytest.mark.parametrize(("summed", "stated"), list(zip(SUMS, STATED, strict=True)))
def test_a_stated_figure_replaces_a_sum_that_counts_one_victim_twice(
    summed: tuple[str, list[tuple[str, int]]], stated: str,
) -> None:
    text, phrases = summed
    phrase = stated.split(" was")[0].split(" person")[0]
    record = _record(_report("s1", "2026-04-02 07:00", text, phrases),
                     _report("s2", "2026-04-02 09:00", stated, [(phrase, 1)],
                             source="Valley Herald"))
    current = record.current("injured")
    assert current.fact.value == 1
    assert current.rule == "stated_over_summed"
    assert "stated_over_summed" in current.why
    assert _standing(record)["s1"] == "superseded"
    ledger = record.categories["injured"].disagreements
    assert any(d.kind == "precedence" and d.rule == "stated_over_summed" for d in ledger)


@pytest.mark.parametrize(("summed", "stated"), list(zip(SUMS, STATED, strict=True)))
def test_a_later_sum_higher_than_a_stated_figure_is_held(
    summed: tuple[str, list[tuple[str, int]]], stated: str,
) -> None:
    text, phrases = summed
    phrase = stated.split(" was")[0].split(" person")[0]
    record = _record(_report("h1", "2026-04-02 07:00", stated, [(phrase, 1)]),
                     _report("h2", "2026-04-03 18:00", text, phrases, source="Metro Weekly"))
    assert record.current("injured").fact.value == 1
    assert _standing(record)["h2"] == "unconfirmed"
    item = next(h for h in record.categories["injured"].history if h.fact.article_id == "h2")
    assert item.rule == "unconfirmed_sum"
    ledger = record.categories["injured"].disagreements
    assert any(d.kind == "unconfirmed" and d.rule == "unconfirmed_sum" for d in ledger)


def test_a_second_report_of_the_sum_confirms_it() -> None:
    """Two people really were shot: a second report stating two backs the held sum."""
    sum_text = "A cashier was shot during the robbery. A customer was also shot in the leg."
    record = _record(
        _report("c1", "2026-05-10 08:00", "One person was shot at the store.",
                [("One person was shot", 1)]),
        _report("c2", "2026-05-11 08:00", sum_text,
                [("A cashier was shot", 1), ("A customer was also shot", 1)],
                source="Metro Weekly"),
        _report("c3", "2026-05-11 12:00", "Two people were wounded in the store robbery.",
                [("Two people were wounded", 2)], source="County Journal"),
    )
    current = record.current("injured")
    assert current.fact.value == 2 and current.rule == "corroborated"


def test_a_sum_whose_report_says_the_toll_rose_is_an_update() -> None:
    stated = "Two people were killed at the warehouse on Monday."
    rising = ("The toll rose to three on Tuesday: two workers were shot dead, and a guard died "
              "in hospital.")
    record = _record(
        _report("r1", "2026-06-01 08:00", stated, [("Two people were killed", 2)], "killed"),
        _report("r2", "2026-06-02 08:00", rising,
                [("two workers were shot dead", 2), ("a guard died", 1)], "killed",
                source="Metro Weekly"),
    )
    current = record.current("killed")
    assert current.fact.value == 3 and current.rule == "later_report"


def test_an_attackers_own_death_is_no_double_count() -> None:
    """"He shot his wife, then killed himself": the second death is the attacker's, besides the
    victim a shorter report states."""
    record = _record(
        _report("m1", "2026-07-04 08:00", "A woman was shot dead in her home.",
                [("A woman was shot dead", 1)], "killed"),
        _report("m2", "2026-07-04 20:00", "The man shot his wife, then killed himself.",
                [("shot his wife", 1), ("killed himself", 1)], "killed", source="Metro Weekly"),
    )
    assert record.current("killed").fact.value == 2


def test_an_ordinal_victim_is_one_more_by_its_own_word() -> None:
    text = "Three workers died at the scene. A fourth victim was found behind the depot."
    record = _record(
        _report("o1", "2026-08-01 08:00", "Three people were killed at the depot.",
                [("Three people were killed", 3)], "killed"),
        _report("o2", "2026-08-02 08:00", text,
                [("Three workers died", 3), ("A fourth victim", 1)], "killed",
                source="Metro Weekly"),
    )
    assert record.current("killed").fact.value == 4


def test_a_sum_another_report_states_too_is_not_replaced() -> None:
    """When one report states the summed figure in one phrase, it is not a double count of
    one report's: a lower figure later is behind it, not a better reading."""
    record = _record(
        _report("t1", "2026-09-01 08:00", "A guard was shot. A clerk was also shot.",
                [("A guard was shot", 1), ("A clerk was also shot", 1)]),
        _report("t2", "2026-09-01 09:00", "Two employees were wounded at the bank.",
                [("Two employees were wounded", 2)], source="Valley Herald"),
        _report("t3", "2026-09-02 09:00", "One man was hurt at the bank.",
                [("One man was hurt", 1)], source="Metro Weekly"),
    )
    assert record.current("injured").fact.value == 2


def test_a_more_authoritative_sum_stands() -> None:
    sum_text = "A boy was shot on the corner, and a girl was shot nearby, police said."
    record = _record(
        _report("p1", "2026-10-01 08:00", sum_text,
                [("A boy was shot", 1), ("a girl was shot", 1)], attribution="police said"),
        _report("p2", "2026-10-01 10:00", "A child was wounded on the corner, a blog wrote.",
                [("A child was wounded", 1)], source="Corner Blog"),
    )
    assert record.current("injured").fact.value == 2


def test_a_vague_or_zero_figure_does_not_replace_a_sum() -> None:
    record = _record(
        _report("v1", "2026-11-01 08:00", "A man was shot. A woman was also shot.",
                [("A man was shot", 1), ("A woman was also shot", 1)]),
        _report("v2", "2026-11-01 09:00", "No one was injured, a neighbour claimed.",
                [("No one was injured", 0)], source="Valley Herald"),
    )
    assert record.current("injured").fact.value == 2
    assert record.current("injured").rule != "stated_over_summed"


def test_a_summed_figure_replaced_can_come_back_with_a_stated_report() -> None:
    """Replacing a sum does not make its figure stale: a later report stating it backs it."""
    record = _record(
        _report("b1", "2026-12-01 08:00", "A man was shot. His brother was also shot.",
                [("A man was shot", 1), ("His brother was also shot", 1)]),
        _report("b2", "2026-12-01 09:00", "One man was wounded.", [("One man was wounded", 1)],
                source="Valley Herald"),
        _report("b3", "2026-12-03 09:00", "Two brothers were wounded in the shooting.",
                [("Two brothers were wounded", 2)], source="Metro Weekly"),
    )
    assert record.current("injured").fact.value == 2
    assert _standing(record)["b3"] != "lagged"
