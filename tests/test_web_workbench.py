"""The event page as an analyst reads it: count charts with whole-number ticks, thousands
separators and drawn hedges, the fact history with its source, and the "who says what" claims
table; over the bundled examples in a real SQLite store."""

from __future__ import annotations

import itertools
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from storyline.service import Storyline
from storyline.web.charts import LEFT, value_ticks
from storyline.web.views import CLAIM_KIND_ORDER

OPEN_QUALIFIERS = {"at_least", "more_than", "vague", "up_to", "less_than"}


@pytest.fixture(scope="module")
def events(examples_db: Path) -> list[dict[str, Any]]:
    with Storyline.open(str(examples_db)) as storyline:
        return [storyline.get_event(e["id"]) for e in storyline.list_events()]


@given(st.floats(min_value=0, max_value=5_000_000, allow_nan=False))
def test_value_ticks_are_whole_round_numbers_covering_the_peak(peak: float) -> None:
    ticks = value_ticks(peak)
    assert ticks[0] == 0 and ticks[-1] >= peak
    assert all(isinstance(t, int) for t in ticks)
    steps = {b - a for a, b in itertools.pairwise(ticks)}
    assert len(steps) == 1 and 1 <= len(ticks) - 1 <= 6


def charts_of(html: str) -> dict[str, str]:
    """Each count chart's SVG by category."""
    return dict(re.findall(r'<svg[^>]*class="count-chart" data-category="(\w+)">(.*?)</svg>',
                           html, re.S))


def test_charts_have_whole_ticks_and_draw_the_hedges(
    examples_client: TestClient, events: list[dict[str, Any]]
) -> None:
    drawn_open = drawn_trend = 0
    for event in events:
        charts = charts_of(examples_client.get(f"/events/{event['id']}").text)
        for category, svg in charts.items():
            history = event["facts"][category]["history"]
            # The value axis's labels stand left of the plot, right-aligned.
            values = re.findall(rf'<text x="{LEFT - 6}" y="[^"]+" text-anchor="end">([^<]+)<', svg)
            assert values and all(re.fullmatch(r"\d{1,3}(,\d{3})*", v) for v in values), values
            opened = sum(1 for h in history if h["qualifier"] in OPEN_QUALIFIERS)
            trends = sum(1 for h in history if h["trend"] in ("rising", "falling"))
            assert svg.count('class="open-band"') == opened
            assert svg.count('class="trend"') == trends
            drawn_open, drawn_trend = drawn_open + opened, drawn_trend + trends
    assert drawn_open and drawn_trend  # the examples report "at least" and "expected to rise"


def test_large_counts_have_thousands_separators(
    examples_client: TestClient, events: list[dict[str, Any]]
) -> None:
    large = [(e, c, f["current"]) for e in events for c, f in e["facts"].items()
             if f["current"] and f["current"]["value"] >= 1000]
    assert large, "the examples have a count of a thousand or more"
    for event, category, current in large:
        html = examples_client.get(f"/events/{event['id']}").text
        headline = re.search(rf'<h3 id="fact-{category}" class="headline">([^<]+)</h3>', html)
        assert headline is not None
        assert f"{current['value']:,}" in headline.group(1)
        assert str(current["value"]) not in headline.group(1)


def test_history_table_names_the_source(
    examples_client: TestClient, events: list[dict[str, Any]]
) -> None:
    event = max(events, key=lambda e: sum(len(f["history"]) for f in e["facts"].values()))
    html = examples_client.get(f"/events/{event['id']}", params={"full": "1"}).text
    assert '<th scope="col">Source</th>' in html
    for fact in event["facts"].values():
        for item in fact["history"]:
            if item["source"]:
                assert unescape(item["source"]) in unescape(html)


def test_who_says_what_table(examples_client: TestClient, events: list[dict[str, Any]]) -> None:
    event = max(events, key=lambda e: len(e["claims"]))
    assert len(event["claims"]) >= 2
    html = examples_client.get(f"/events/{event['id']}").text
    table = re.search(r'<table class="claims">(.*?)</table>', html, re.S)
    assert table is not None
    rows = re.findall(r'<tr class="claim-(\w+)"><td>([^<]*)</td><td>[^<]*</td>'
                      r'<td class="stated-by">([^<]*)</td>', table.group(1))
    assert len(rows) == len(event["claims"])
    kinds = [kind for kind, _, _ in rows]
    assert kinds == sorted(kinds, key=lambda k: CLAIM_KIND_ORDER.get(k, 9))
    actors = {c["actor"] for c in event["claims"]}
    assert {unescape(actor) for _, actor, _ in rows} == actors
    for _, _, stated_by in rows:
        assert stated_by and not stated_by.startswith("as ")
    for named in re.findall(r"also named: ([^<;]+)", table.group(1)):
        assert set(unescape(named).split(", ")) <= actors


def test_ledger_sets_the_figures_side_by_side(
    examples_client: TestClient, events: list[dict[str, Any]]
) -> None:
    def kept_one(event: dict[str, Any], disagreement: dict[str, Any]) -> bool:
        current = event["facts"][disagreement["category"]]["current"] or {}
        return str(current.get("value")) in disagreement["values"]

    # A conflict one of whose figures is the current value (the rules kept it).
    conflicts = [(e, d) for e in events for d in e["disagreements"]
                 if d["kind"] == "conflict" and kept_one(e, d)]
    assert conflicts, "the examples have reports that disagree"
    event, disagreement = conflicts[0]
    html = unescape(examples_client.get(f"/events/{event['id']}").text)
    table = re.search(r'<table class="ledger">(.*?)</table>', html, re.S)
    assert table is not None
    sources = {item["article_id"]: item["source"] for fact in event["facts"].values()
               for item in fact["history"]}
    for value, article_id in zip(disagreement["values"], disagreement["article_ids"],
                                 strict=True):
        figure = re.search(rf"<li[^>]*><strong>{int(value):,}</strong> — ([^<]+) <a "
                           rf'href="/articles/{article_id}">', table.group(1))
        assert figure is not None, (value, article_id)
        assert figure.group(1).startswith(sources[article_id] or "unknown")
    current = event["facts"][disagreement["category"]]["current"]
    kept = re.findall(r'<li class="kept"><strong>([\d,]+)</strong>', table.group(1))
    assert f"{current['value']:,}" in kept
    assert current["why"] in table.group(1)


def test_changes_page_reads_as_sentences(
    examples_client: TestClient, events: list[dict[str, Any]]
) -> None:
    earliest = min(e["first_reported"] for e in events)
    html = unescape(examples_client.get("/changes", params={"since": earliest}).text)
    cells = re.findall(r'<td class="change-(\w+)">([^<]+)</td>', html)
    assert {kind for kind, _ in cells} >= {"new_event", "fact_changed"}
    for kind, text in cells:
        assert "{'" not in text and "None" not in text
        if kind == "fact_changed":  # "killed rose: 96 → at least 143 (source)"
            assert re.match(r"\w+ [a-z ()]+: .+", text), text


def test_changes_of_one_event(examples_client: TestClient, events: list[dict[str, Any]]) -> None:
    since = min(e["first_reported"] for e in events)
    everything = examples_client.get("/api/changes", params={"since": since}).json()
    event = max(events, key=lambda e: sum(c["event_id"] == e["id"] for c in everything))
    mine = examples_client.get("/api/changes", params={"since": since, "event": event["id"]}).json()
    assert mine == [c for c in everything if c["event_id"] == event["id"]]
    assert 1 < len(mine) < len(everything)
    html = examples_client.get("/changes", params={"since": since, "event": event["id"]}).text
    assert len(re.findall(r'<td class="change-\w+">', html)) == len(mine)
    missing = examples_client.get("/api/changes", params={"since": since, "event": "no-such-event"})
    assert missing.status_code == 404


def test_charts_draw_one_line_per_source_on_request(
    examples_client: TestClient, events: list[dict[str, Any]]
) -> None:
    event = max(events, key=lambda e: sum(len(f["history"]) for f in e["facts"].values()))
    plain = examples_client.get(f"/events/{event['id']}").text
    assert "<polyline" not in plain and "by_source=1" in plain
    page = examples_client.get(f"/events/{event['id']}", params={"by_source": "1"}).text
    charts = charts_of(page)
    assert charts
    for category, svg in charts.items():
        per_source: dict[str, int] = {}
        for item in event["facts"][category]["history"]:
            name = item["source"] or "unknown source"
            per_source[name] = per_source.get(name, 0) + 1
        lines = re.findall(r'<polyline class="source-line source-\d" points="([^"]*)">'
                           r"<title>([^<]*)</title>", svg)
        assert len(lines) == min(len(per_source), 8)
        for points, name in lines:
            assert len(points.split()) == per_source[unescape(name)]
