"""Hand-computed cases for the evaluation metrics (the arithmetic is in each test's comments)."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.evaluate.metrics import (
    GroundTruth,
    agreement_rouge,
    align_rouge,
    bcubed,
    concat_rouge,
    date_f1,
    f_score,
    rouge_n,
    tokenize,
)

D1, D2, D3 = date(2020, 1, 1), date(2020, 1, 2), date(2020, 1, 3)


def single(labels: dict[str, str]) -> dict[str, set[str]]:
    return {item: {label} for item, label in labels.items()}


# --------------------------------------------------------------------------- BCubed


def test_bcubed_two_clusters_hand_computed() -> None:
    gold = single({"a": "X", "b": "X", "c": "X", "d": "Y", "e": "Y"})
    pred = single({"a": "1", "b": "1", "c": "2", "d": "2", "e": "2"})
    score = bcubed(pred, gold)
    # precision: a 1, b 1, c 1/3, d 2/3, e 2/3 -> 11/15; recall: a 2/3, b 2/3, c 1/3, d 1, e 1
    assert score.precision == pytest.approx(11 / 15)
    assert score.recall == pytest.approx(11 / 15)
    assert score.f1 == pytest.approx(11 / 15)
    assert (score.clusters, score.gold_clusters, score.lost) == (2, 2, 0)


def test_bcubed_one_big_cluster_and_all_singletons() -> None:
    gold = single({"a": "X", "b": "X", "c": "Y", "d": "Y"})
    together = bcubed(single(dict.fromkeys(gold, "1")), gold)
    # every item shares the cluster with 2 of 4 correct -> precision 1/2, recall 1
    assert (together.precision, together.recall) == (pytest.approx(0.5), pytest.approx(1.0))
    apart = bcubed(single({item: item for item in gold}), gold)
    # singletons: precision 1, recall 1/2 for every item
    assert (apart.precision, apart.recall) == (pytest.approx(1.0), pytest.approx(0.5))


def test_bcubed_amigo_constraint_cluster_homogeneity() -> None:
    # Amigó et al. 2009, constraint 1: splitting a mixed cluster by category raises precision.
    gold = single({"a": "X", "b": "X", "c": "Y"})
    mixed = bcubed(single({"a": "1", "b": "1", "c": "1"}), gold)
    split = bcubed(single({"a": "1", "b": "1", "c": "2"}), gold)
    assert split.precision > mixed.precision
    assert mixed.precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_bcubed_lost_item_counts_against_both() -> None:
    gold = single({"a": "X", "b": "X"})
    score = bcubed({"a": {"1"}}, gold)
    # a: precision 1, recall 1/2; b lost: 0 and 0
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.25)
    assert score.lost == 1


def test_bcubed_items_without_gold_are_ignored() -> None:
    gold = single({"a": "X", "b": "X"})
    score = bcubed({"a": {"1"}, "b": {"1"}, "zz": {"1"}}, gold)
    assert (score.precision, score.recall, score.items) == (1.0, 1.0, 2)


def test_bcubed_multilabel_extended_multiplicity() -> None:
    # Amigó et al. 2009 section 5.2: a belongs to two categories but sits in one cluster.
    gold = {"a": {"X", "Y"}, "b": {"X"}}
    pred = {"a": {"1"}, "b": {"1"}}
    score = bcubed(pred, gold)
    # precision: every pair shares 1 cluster and >= 1 category -> 1
    # recall of a: pair (a,a) min(2 categories, 1 cluster)/2 = 1/2, pair (a,b) 1 -> 3/4
    # recall of b: pairs (b,a) and (b,b) are 1 -> 1; mean (3/4 + 1)/2 = 7/8
    assert score.precision == pytest.approx(1.0)
    assert score.recall == pytest.approx(7 / 8)


def test_bcubed_multilabel_perfect_overlap_is_perfect() -> None:
    gold = {"a": {"X", "Y"}, "b": {"X"}, "c": {"Y"}}
    score = bcubed(gold, gold)
    assert (score.precision, score.recall) == (pytest.approx(1.0), pytest.approx(1.0))


def test_bcubed_multilabel_prediction_overlap_penalised_in_precision() -> None:
    # a predicted in two clusters while gold puts it in one: (a,a) precision min(2,1)/2 = 1/2
    gold = {"a": {"X"}, "b": {"X"}}
    pred = {"a": {"1", "2"}, "b": {"1"}}
    score = bcubed(pred, gold)
    # precision of a: pairs (a,a) 1/2 and (a,b) 1 -> 3/4; b: (b,a) 1, (b,b) 1 -> 1
    assert score.precision == pytest.approx(7 / 8)
    assert score.recall == pytest.approx(1.0)


# --------------------------------------------------------------------------- ROUGE-N


def test_tokenize_lowercases_and_drops_punctuation_and_stopwords() -> None:
    assert tokenize("The Storm -LRB- hit -RRB- Haiti .", drop_stopwords=False) == [
        "the",
        "storm",
        "lrb",
        "hit",
        "rrb",
        "haiti",
    ]
    assert tokenize("The storm hit the coast") == ["storm", "hit", "coast"]


def test_rouge_n_single_reference_lin_2004() -> None:
    cand, ref = ["the cat sat on the mat"], ["the cat was on the mat"]
    # unigrams: 6 and 6, hits the x2, cat, on, mat = 5
    one = rouge_n(cand, [ref], 1, drop_stopwords=False).prf()
    assert (one.precision, one.recall) == (pytest.approx(5 / 6), pytest.approx(5 / 6))
    # bigrams: 5 and 5, hits "the cat", "on the", "the mat" = 3
    two = rouge_n(cand, [ref], 2, drop_stopwords=False).prf()
    assert (two.precision, two.recall) == (pytest.approx(3 / 5), pytest.approx(3 / 5))


def test_rouge_n_multiple_references_sums_over_references() -> None:
    cand = ["the cat sat on the mat"]
    refs = [["the cat was on the mat"], ["a cat sat"]]
    counts = rouge_n(cand, refs, 1, drop_stopwords=False)
    # hits 5 + 2; precision denominator 6 per reference; recall denominator 6 + 3
    assert (counts.hits, counts.candidate, counts.reference) == (7.0, 12, 9)
    assert counts.prf().precision == pytest.approx(7 / 12)
    assert counts.prf().recall == pytest.approx(7 / 9)


def test_rouge_bigrams_do_not_cross_sentences() -> None:
    counts = rouge_n(["storm coast", "rain town"], [["coast rain"]], 2, drop_stopwords=False)
    assert counts.hits == 0.0
    assert counts.candidate == 2


def test_f_score() -> None:
    assert f_score(0.5, 0.25) == pytest.approx(2 * 0.5 * 0.25 / 0.75)
    assert f_score(0.0, 0.0) == 0.0


# --------------------------------------------------------------------------- timelines

PRED = {D1: ["storm hits coast"], D3: ["rain floods town"]}
TRUTH = GroundTruth(({D1: ["storm hits coast"], D2: ["rain floods town"]},))


def test_date_f1() -> None:
    score = date_f1(PRED, TRUTH)
    assert (score.precision, score.recall, score.f1) == (0.5, 0.5, 0.5)


def test_date_f1_uses_union_of_reference_timelines() -> None:
    truth = GroundTruth(({D1: ["x"]}, {D2: ["y"]}))
    score = date_f1({D1: ["x"]}, truth)
    assert (score.precision, score.recall) == (1.0, 0.5)


def test_concat_rouge_ignores_dates() -> None:
    score = concat_rouge(PRED, TRUTH, 1)
    assert (score.precision, score.recall) == (1.0, 1.0)


def test_agreement_rouge_only_same_dates() -> None:
    # day 1: 3 hits of 3; day 2 (reference only): recall +3; day 3 (predicted only): precision +3
    score = agreement_rouge(PRED, TRUTH, 1)
    assert (score.precision, score.recall) == (pytest.approx(0.5), pytest.approx(0.5))


def test_align_m1_weights_hits_by_date_distance() -> None:
    # precision: D1 -> D1 (cost 0); D3 -> D2 (date cost 1/2 x content cost 0 = 0, beats D1's
    # 2/3 x 1); hits 3 x 1 + 3 x 1/2 over 6 = 0.75. Recall aligns the same way: 0.75.
    ar1 = align_rouge(PRED, TRUTH, 1, mode="align+m:1")
    assert (ar1.precision, ar1.recall) == (pytest.approx(0.75), pytest.approx(0.75))
    # bigrams: 2 per sentence; (2 + 2 x 1/2) / 4
    ar2 = align_rouge(PRED, TRUTH, 2, mode="align+m:1")
    assert (ar2.precision, ar2.recall) == (pytest.approx(0.75), pytest.approx(0.75))


def test_align_many_to_one_versus_one_to_one() -> None:
    pred = {D1: ["storm hits coast"], D2: ["storm hits"]}
    truth = GroundTruth(({D1: ["storm hits coast"]},))
    # 1:1 (align+): only D1 is aligned; D2's 2 unigrams add to the denominator: 3 / 5
    one_to_one = align_rouge(pred, truth, 1, mode="align+")
    assert one_to_one.precision == pytest.approx(3 / 5)
    # m:1: D2 also aligns to D1 with weight 1/2: (3 + 2 x 1/2) / 5
    many_to_one = align_rouge(pred, truth, 1, mode="align+m:1")
    assert many_to_one.precision == pytest.approx(4 / 5)
    assert one_to_one.recall == many_to_one.recall == pytest.approx(1.0)


def test_align_date_costs_only() -> None:
    pred = {D3: ["storm hits coast"]}
    truth = GroundTruth(({D1: ["storm hits coast"]},))
    score = align_rouge(pred, truth, 1, mode="align")
    # two days apart: weight 1/3
    assert (score.precision, score.recall) == (pytest.approx(1 / 3), pytest.approx(1 / 3))


def test_align_with_two_reference_timelines_counts_candidate_per_reference() -> None:
    truth = GroundTruth(({D1: ["storm hits coast"]}, {D2: ["rain floods town"]}))
    pred = {D1: ["storm hits coast"]}
    score = align_rouge(pred, truth, 1, mode="align+m:1")
    # precision: D1 -> D1; hits 3 (first reference) + 0 (second has nothing on D1) over 3 x 2
    assert score.precision == pytest.approx(0.5)
    # recall: D1 -> D1 (3 hits of 3); D2 -> D1 (weight 1/2, 0 hits of 3): 3 / 6
    assert score.recall == pytest.approx(0.5)


def test_empty_prediction_scores_zero() -> None:
    score = align_rouge({}, TRUTH, 1)
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)
    assert date_f1({}, TRUTH).f1 == 0.0
    with pytest.raises(ValueError, match="unknown alignment mode"):
        align_rouge(PRED, TRUTH, 1, mode="nope")  # type: ignore[arg-type]


def test_reproduces_tilse_documented_example(monkeypatch: pytest.MonkeyPatch) -> None:
    """tilse's EVALUATION.md example (concat P 1/6 R 1/3; align+ P 1/12 R 1/6). tilse removes
    ROUGE's SMART stopwords, which also list "just" and "does" (scikit-learn's list does not)."""
    import storyline.evaluate.metrics as metrics

    monkeypatch.setattr(metrics, "STOPWORDS", metrics.STOPWORDS | {"just", "does"})
    predicted = {
        date(2010, 1, 1): ["Just a test .", "Another sentence ."],
        date(2010, 1, 3): ["Some more content .", "Even more !"],
    }
    truth = GroundTruth(
        (
            {date(2010, 1, 2): ["Just a test ."], date(2010, 1, 4): ["This one does not match ."]},
            {date(2010, 1, 5): ["Another timeline !"]},
        )
    )
    concat = concat_rouge(predicted, truth, 1)
    assert (concat.precision, concat.recall) == (pytest.approx(1 / 6), pytest.approx(1 / 3))
    aligned = align_rouge(predicted, truth, 1, mode="align+")
    assert (aligned.precision, aligned.recall) == (pytest.approx(1 / 12), pytest.approx(1 / 6))
