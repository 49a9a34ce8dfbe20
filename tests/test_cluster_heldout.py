"""Per-group figures of `storyline eval clustering`: the spread a held-out set of other groups
(ECB+ topics) would show with the same system."""

from __future__ import annotations

import pytest

from storyline.evaluate.clustering import group_figures

Labels = dict[str, frozenset[str]]


def _topics(merged: int, clean: int) -> tuple[dict[str, str], Labels, Labels]:
    """Topics of two events of four reports each; in the first `merged` topics the system put
    both events into one cluster, in the others it kept them apart."""
    predicted: dict[str, str] = {}
    gold: Labels = {}
    groups: Labels = {}
    for topic in range(merged + clean):
        for event in (0, 1):
            for report in range(4):
                item = f"t{topic}e{event}r{report}"
                gold[item] = frozenset([f"t{topic}e{event}"])
                groups[item] = frozenset([f"t{topic}"])
                predicted[item] = f"c{topic}" if topic < merged else f"c{topic}-{event}"
    return predicted, gold, groups


def test_groups_count_the_merged_topics_and_draw_sets_of_as_many_topics() -> None:
    predicted, gold, groups = _topics(merged=2, clean=8)
    figures = group_figures(predicted, gold, groups)
    assert figures["groups"] == 10
    assert figures["groups_merged"] == 2
    # A merged topic scores precision 0.5, a clean one 1: over 10 topics the pooled precision
    # is 0.9; a draw of 10 topics holds 0 to 10 merged ones.
    assert figures["groups_drawn.precision.p05"] < 0.9 < figures["groups_drawn.precision.p95"]
    assert figures["groups_drawn.precision.p50"] == pytest.approx(0.9, abs=0.05)
    assert figures["groups_drawn.recall.p05"] == figures["groups_drawn.recall.p95"] == 1.0
    assert figures["groups_drawn.precision.p95"] <= 1.0


def test_the_draws_are_the_same_every_run() -> None:
    predicted, gold, groups = _topics(merged=3, clean=5)
    assert group_figures(predicted, gold, groups) == group_figures(predicted, gold, groups)


def test_no_figures_without_two_groups() -> None:
    predicted, gold, groups = _topics(merged=1, clean=0)
    assert group_figures(predicted, gold, groups) == {}
    assert group_figures(predicted, gold, {}) == {}


def test_a_lost_item_counts_against_its_group() -> None:
    predicted, gold, groups = _topics(merged=0, clean=4)
    del predicted["t0e0r0"]
    figures = group_figures(predicted, gold, groups)
    assert figures["groups_merged"] == 1
    assert figures["groups_drawn.recall.p05"] < 1.0
