"""The update evaluations: the TREC TS measures on hand-made runs, the CrisisFACTS fact matching
on invented sentences, and the data sets read from ../shared/data at run time."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from helpers_data import require_data
from storyline.cli import cli
from storyline.evaluate.crisisfacts import facts_matched, load_events
from storyline.evaluate.trec_ts import (
    Emitted,
    Nugget,
    Topic,
    UpdateSentence,
    find_update,
    latency_discount,
    load_topics,
    track_measures,
)
from storyline.extract.sentences import sentences_of

T0 = datetime(2026, 2, 1, 12, tzinfo=UTC)


def _topic() -> Topic:
    nuggets = (Nugget("n1", T0, 3, 4), Nugget("n2", T0, 1, 4))
    updates = (
        UpdateSentence("d1-0", "d1", 0, T0, "the dam broke at dawn near Oskarby", None),
        UpdateSentence("d1-1", "d1", 1, T0, "weather was mild", None),
        UpdateSentence("d2-0", "d2", 0, T0, "the dam broke at dawn near Oskarby", "d1-0"),
        UpdateSentence("d2-1", "d2", 1, T0, "two villages were flooded by noon", None),
    )
    matches = {"d1-0": (("n1", 0, 13),), "d2-1": (("n2", 0, 33),)}
    return Topic("X", "invented", T0, T0 + timedelta(days=2), nuggets, updates, matches)


def test_latency_discount_is_one_on_time_more_when_early_and_fades_when_late() -> None:
    assert latency_discount(T0, T0) == 1.0
    assert latency_discount(T0 - timedelta(hours=6), T0) == pytest.approx(1.5)
    assert latency_discount(T0 + timedelta(hours=6), T0) == pytest.approx(0.5)
    assert latency_discount(T0 + timedelta(days=30), T0) < 0.05


def test_track_measures_count_each_nugget_once_at_its_first_update() -> None:
    topic = _topic()
    by_id = {u.id: u for u in topic.updates}
    late = T0 + timedelta(hours=6)
    run = [Emitted(by_id["d1-0"], T0), Emitted(by_id["d2-0"], late),  # a duplicate: no gain
           Emitted(by_id["d1-1"], late)]
    figures = track_measures(topic, run)
    r1, r2 = 1.0, math.exp(1) / math.exp(3)
    assert figures["nugget_recall"] == pytest.approx(0.5)
    assert figures["c"] == pytest.approx(r1 / (r1 + r2))
    assert figures["lc"] == pytest.approx(r1 * 1.0 / (r1 + r2))
    # verbosity: d1-0 has 7 words, 3 matched ("the dam broke"): 1 + 4/4; the duplicate counts
    # as its original (already emitted, nothing matched): 1 + 7/4; "weather was mild": 1 + 3/4.
    verbosity = 2.0 + 2.75 + 1.75
    assert figures["eg"] == pytest.approx(r1 / verbosity)
    assert figures["elg"] == pytest.approx(r1 / verbosity)
    both = track_measures(topic, [*run, Emitted(by_id["d2-1"], late)])
    assert both["nugget_recall"] == 1.0
    assert both["lc"] == pytest.approx((r1 + r2 * 0.5) / (r1 + r2))
    assert track_measures(topic, [])["h"] == 0.0


def test_a_fact_is_matched_by_a_sentence_holding_most_of_its_content_words() -> None:
    facts = [
        "Evacuation ordered for the whole of Brennick Valley",
        "Shelter open at the Halvor high school gym",
        "the and of",  # no content word: not scored
    ]
    sentences = [
        "Officials ordered an evacuation of the whole Brennick Valley on Tuesday.",
        "Winds are picking up along the coast.",
    ]
    assert facts_matched(facts, sentences) == (1, 2)
    assert facts_matched(facts, []) == (0, 2)


def test_trec_ts_stream_maps_every_emitted_line_back_to_its_update() -> None:
    data = require_data()
    topic = load_topics(data, ["TS14.13"])[0]
    assert topic.nuggets and topic.updates and topic.matches
    documents = topic.documents()
    for article in topic.articles()[:60]:
        for sentence in sentences_of(article.text):
            update = find_update(documents, article.id, sentence.text)
            assert update is not None and update.doc_id == article.id


def test_crisisfacts_request_days_are_those_of_the_track() -> None:
    events = load_events(require_data())
    days = [d for e in events for d in e.request_days()]
    assert len(events) == 8 and len(days) == 55
    assert sum(len(d.facts) for d in days) == 1482  # the README's factsByRequest total
    articles = events[0].articles()
    assert all(a.published is not None and a.published.tzinfo for a in articles)


@pytest.mark.slow
def test_eval_briefs_runs_through_the_pipeline_on_two_events() -> None:
    require_data()
    result = CliRunner().invoke(cli, [
        "eval", "briefs", "--dataset", "crisisfacts", "--only", "CrisisFACTS-001",
        "--only", "CrisisFACTS-002", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.splitlines()[-1])
    assert figures["kind"] == "briefs" and figures["params"]["streams"] == [
        "CrisisFACTS-001", "CrisisFACTS-002"]
    assert 0.0 < figures["facts_matched"] <= 1.0
    assert 0.0 < figures["baseline"]["facts_matched"] <= 1.0
    assert "tuned.facts_matched" in figures and "gap.facts_matched" in figures
    assert 0 < figures["busy_days"] <= figures["days"]
    # Gate: where there is something to choose, the update covers more than the lead sentences
    # (measured 0.543 vs 0.475 on busy days, 0.469 vs 0.427 over all facts; docs/quality.md).
    baseline = figures["baseline"]
    assert figures["facts_matched_busy_days"] > baseline["facts_matched_busy_days"]
    assert figures["facts_matched_all"] > baseline["facts_matched_all"]
