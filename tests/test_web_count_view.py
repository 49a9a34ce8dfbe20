"""The event page's typed counts: decoded once from the event's JSON, read by the charts and the
page instead of dicts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from storyline.service import Storyline
from storyline.web.charts import count_chart
from storyline.web.count_view import CountView, ReportedCount, decode_counts


def _item(value: Any, when: str, status: str, **more: Any) -> dict[str, Any]:
    return {"value": value, "qualifier": "exact", "low": value, "high": value,
            "reported": when, "article_id": f"r-{when[:10]}", "source": "Harbour News",
            "evidence": f"{value} people", "status": status, **more}


def test_facts_are_decoded_into_typed_counts_killed_first() -> None:
    facts = {
        "injured": {"current": {"value": 40, "qualifier": "about", "low": None, "high": None,
                                "why": "first_report", "as_of": "2026-01-02T08:00:00Z",
                                "article_ids": ["r-1"]},
                    "history": [_item(40, "2026-01-02T08:00:00Z", "current",
                                      qualifier="about")]},
        "killed": {"current": {"value": 143, "qualifier": "at_least", "low": 143,
                               "high": None, "trend": "rising", "why": "later_report: ...",
                               "as_of": "2026-01-03T09:30:00Z", "article_ids": ["r-2", "r-3"]},
                   "history": [_item(60, "2026-01-02T08:00:00Z", "superseded",
                                     standing="superseded", rule="later_report"),
                               _item(143, "2026-01-03T09:30:00Z", "current",
                                     qualifier="at_least", high=None)]},
    }
    killed, injured = decode_counts(facts)
    assert (killed.category, injured.category) == ("killed", "injured")
    assert killed.headline == "at least 143 killed, rising"
    assert injured.headline == "about 40 injured"
    assert killed.current is not None and killed.current.article_ids == ("r-2", "r-3")
    assert killed.current.as_of == datetime(2026, 1, 3, 9, 30, tzinfo=UTC)
    first = killed.history[0]
    assert isinstance(first, ReportedCount)
    assert first.reported == datetime(2026, 1, 2, 8, 0, tzinfo=UTC)
    assert (first.phrase, first.status, first.standing, first.rule) == (
        "60", "superseded", "superseded", "later_report")


def test_odd_values_decode_to_none_rather_than_a_wrong_type() -> None:
    (count,) = decode_counts({"missing": {
        "current": {"value": "many", "qualifier": "vague"},
        "history": [{"value": True, "reported": "not a time", "status": "lagged"}, "junk"]}})
    assert count.current is None and count.headline == "unknown missing"
    (item,) = count.history
    assert item.value is None and item.reported is None and item.phrase == "unknown"
    assert count_chart(count) is None  # no report with a time: nothing to draw


def test_a_summary_fact_holding_its_value_directly_is_read_as_current() -> None:
    (count,) = decode_counts({"killed": {"value": 12, "qualifier": "exact"}})
    assert count.current is not None and count.current.phrase == "12" and count.history == ()


def test_every_example_event_decodes_and_charts(examples_facade: Storyline) -> None:
    """The real `event --json` of every bundled example: each reported value has its time, and
    the chart draws one point per reported value."""
    for summary in examples_facade.list_events():
        event = examples_facade.get_event(str(summary["id"]), explained=False)
        for count in decode_counts(event.get("facts")):
            assert isinstance(count, CountView)
            raw = event["facts"][count.category]["history"]
            assert len(count.history) == len(raw)
            assert all(item.reported is not None for item in count.history)
            chart = count_chart(count)
            assert chart is not None and len(chart.points) == len(raw)
