"""A later figure several times the current one, from one report that says nothing of a rise
(rule `unconfirmed_multiple`, attack family, killed and injured), on stories written for these
tests.

The people an attack hit are counted within hours; a report days later that gives several times
that many, without "rose to" or "another victim died", is more often quoting another count (a
year's, a weekend's, a city's) than telling of new victims. It is held until a second report
backs it.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers_reconcile import event_row, mention, stored
from storyline.reconcile import build_event_record
from storyline.records import CountTotal, Extraction


def _report(article_id: str, when: str, text: str, phrase: str, value: int, *,
            category: str = "injured", event_type: str = "shooting",
            source: str = "Daily Courier") -> tuple[Any, Extraction]:
    found = mention(text, phrase, value, category=category)
    total = CountTotal(value, "exact", value, value, None, (0,))
    return (stored(article_id, when, text, source=source),
            Extraction(article_id, event_type, counts=(found,), totals={category: total}))


def _record(*reports: tuple[Any, Extraction]) -> Any:
    return build_event_record(event_row(), [a for a, _ in reports],
                              {e.article_id: e for _, e in reports})


def _item(record: Any, article_id: str, category: str = "injured") -> Any:
    return next(h for h in record.categories[category].history
                if h.fact.article_id == article_id)


FIRST = ("Four people were wounded when shots were fired at a basketball court in Marlow Park "
         "on Saturday night.", "Four people were wounded", 4)
# Later reports that give several times the figure and say nothing of a rise.
MULTIPLES = [
    ("Neighbours met on Tuesday at Marlow Park, where fourteen people were wounded in the "
     "weekend shooting.", "fourteen people were wounded", 14),
    ("The court in Marlow Park stays closed after the shooting that left 15 wounded, the city "
     "said on Wednesday.", "15 wounded", 15),
    ("A vigil was held for the victims of Saturday's shooting at Marlow Park, where "
     "twenty people were hurt.", "twenty people were hurt", 20),
]


@pytest.mark.parametrize(("text", "phrase", "value"), MULTIPLES)
def test_a_lone_later_multiple_without_a_rise_is_held(text: str, phrase: str,
                                                      value: int) -> None:
    record = _record(_report("m1", "2026-06-06 23:00", *FIRST),
                     _report("m2", "2026-06-09 10:00", text, phrase, value,
                             source="Metro Weekly"))
    assert record.current("injured").fact.value == 4
    item = _item(record, "m2")
    assert (item.standing, item.rule) == ("unconfirmed", "unconfirmed_multiple")
    ledger = record.categories["injured"].disagreements
    assert any(d.kind == "unconfirmed" and d.rule == "unconfirmed_multiple" for d in ledger)


def test_a_second_report_of_the_multiple_confirms_it() -> None:
    text, phrase, value = MULTIPLES[0]
    record = _record(
        _report("c1", "2026-06-06 23:00", *FIRST),
        _report("c2", "2026-06-09 10:00", text, phrase, value, source="Metro Weekly"),
        _report("c3", "2026-06-09 16:00", "Fourteen people were wounded at Marlow Park, the "
                "police chief said.", "Fourteen people were wounded", 14,
                source="County Journal"),
    )
    current = record.current("injured")
    assert current.fact.value == 14 and current.rule == "corroborated"


def test_a_multiple_told_as_a_rise_is_an_update() -> None:
    record = _record(
        _report("r1", "2026-06-06 23:00", "Two people were killed in the shooting on Saturday.",
                "Two people were killed", 2, category="killed"),
        _report("r2", "2026-06-08 09:00", "The death toll rose to seven on Monday as five of "
                "the wounded died in hospital.", "The death toll rose to seven", 7,
                category="killed", source="Metro Weekly"),
    )
    current = record.current("killed")
    assert current.fact.value == 7 and current.rule == "later_report"


def test_one_death_then_a_statistic_of_the_dead_is_held() -> None:
    record = _record(
        _report("s1", "2026-06-06 23:00", "A man was killed at the bus stop on Saturday.",
                "A man was killed", 1, category="killed"),
        _report("s2", "2026-06-10 09:00", "The chief spoke after a month in which 10 people "
                "were killed on the east side.", "10 people were killed", 10,
                category="killed", source="Metro Weekly"),
    )
    assert record.current("killed").fact.value == 1
    assert _item(record, "s2", "killed").rule == "unconfirmed_multiple"


def test_one_wounded_victim_told_first_does_not_hold_the_others() -> None:
    """A report about one victim ("her son was shot") is not a count of everyone hit."""
    record = _record(
        _report("w1", "2026-06-06 23:00", "Her son was shot at the party, a mother said.",
                "Her son was shot", 1),
        _report("w2", "2026-06-07 10:00", "Six teens were wounded at the birthday party.",
                "Six teens were wounded", 6, source="Metro Weekly"),
    )
    assert record.current("injured").fact.value == 6


def test_outside_attacks_the_rule_does_not_apply() -> None:
    """An earthquake's injured grow over days as hospitals report."""
    record = _record(
        _report("q1", "2026-06-06 23:00", "Four people were injured when the quake struck.",
                "Four people were injured", 4, event_type="earthquake"),
        _report("q2", "2026-06-08 10:00", "Hospitals treated 40 injured people after the "
                "quake.", "40 injured people", 40, event_type="earthquake",
                source="Metro Weekly"),
    )
    assert record.current("injured").fact.value == 40
