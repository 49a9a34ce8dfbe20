"""The tilse scorer (ROUGE-1.5.5 through the tilse package) against our own measures on small
timelines written for this project: where stemming and stopword lists cannot differ, both must
give the same numbers, which cross-checks metrics.py against the field's reference code."""

from __future__ import annotations

import os
from datetime import date

import pytest

from storyline.errors import ConfigError
from storyline.evaluate.metrics import GroundTruth
from storyline.evaluate.timeline import score_timeline
from storyline.evaluate.timeline_tilse import score_with_tilse, tilse_unavailable


@pytest.fixture(autouse=True)
def _tilse() -> None:
    reason = tilse_unavailable()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"tilse must run in CI: {reason}")
        pytest.skip(f"tilse cannot run here: {reason}")


D1, D2, D3 = date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 5)
# Content words whose Porter stems are themselves distinct, and no stopword in either list.
REFERENCE = GroundTruth((
    {D1: ["volcano erupts above harbor town"], D2: ["ash cloud grounds regional flights"]},
))


def _close(ours: dict[str, float], theirs: dict[str, float], keys: tuple[str, ...]) -> None:
    for key in keys:
        assert ours[key] == pytest.approx(theirs[key], abs=1e-6), key


# Every figure but concat ROUGE-2, where ROUGE-1.5.5 forms bigrams across sentence boundaries
# and metrics.py does not (test_concat_bigrams_cross_sentences_in_rouge_155 below).
KEYS = ("date_f1", "concat_r1", "agree_r1", "agree_r2", "ar1_p", "ar1_r", "ar1_f",
        "ar2_p", "ar2_r", "ar2_f")


def test_identical_timeline_scores_one_with_both_scorers() -> None:
    predicted = {day: list(texts) for day, texts in REFERENCE.timelines[0].items()}
    theirs = score_with_tilse(predicted, REFERENCE)
    assert theirs["ar1_f"] == pytest.approx(1.0) and theirs["ar2_f"] == pytest.approx(1.0)
    _close(score_timeline(predicted, REFERENCE), theirs, KEYS)


def test_partial_overlap_and_a_day_off_agree_with_tilse() -> None:
    # One day right with half the words, one day three days late (align+ m:1 weights it 1/4).
    predicted = {D1: ["volcano erupts offshore"], D3: ["ash cloud grounds flights"]}
    theirs = score_with_tilse(predicted, REFERENCE)
    ours = score_timeline(predicted, REFERENCE)
    assert 0 < theirs["ar1_f"] < 1
    _close(ours, theirs, KEYS)


def test_two_reference_timelines_agree_with_tilse() -> None:
    truth = GroundTruth((
        {D1: ["volcano erupts above harbor town"]},
        {D1: ["lava forces harbor evacuation"], D2: ["airport closes runway"]},
    ))
    predicted = {D1: ["volcano erupts harbor evacuation"], D2: ["airport runway closes"]}
    _close(score_timeline(predicted, truth), score_with_tilse(predicted, truth), KEYS)


def test_stemming_is_where_the_scorers_part() -> None:
    # "evacuated" and "evacuation" share tilse's Porter stem, not our unstemmed tokens.
    truth = GroundTruth(({D1: ["residents evacuated"]},))
    predicted = {D1: ["residents evacuation"]}
    assert score_with_tilse(predicted, truth)["agree_r1"] == pytest.approx(1.0)
    assert score_timeline(predicted, truth)["agree_r1"] == pytest.approx(0.5)


def test_concat_bigrams_cross_sentences_in_rouge_155() -> None:
    # Concatenated, ROUGE-1.5.5 also counts "offshore ash" and "town ash": 3 hits of 6 and 8
    # bigrams (F 0.429) where metrics.py counts 3 of 5 and 7 (F 0.5).
    predicted = {D1: ["volcano erupts offshore"], D3: ["ash cloud grounds flights"]}
    assert score_with_tilse(predicted, REFERENCE)["concat_r2"] == pytest.approx(3 / 7)
    assert score_timeline(predicted, REFERENCE)["concat_r2"] == pytest.approx(0.5)


def test_an_empty_timeline_scores_zero() -> None:
    scores = score_with_tilse({}, REFERENCE)
    assert scores["ar1_f"] == 0.0 and scores["date_f1"] == 0.0


def test_unknown_scorer_is_a_clear_error(tmp_path: object) -> None:
    from pathlib import Path

    from storyline.evaluate.timeline import run_timeline

    with pytest.raises(ConfigError, match="unknown timeline scorer 'rouge'"):
        run_timeline(Path(str(tmp_path)), scorer="rouge")


def test_tilse_without_perl_is_a_one_line_error_naming_the_fix(tmp_path: object) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "storyline", "eval", "timeline", "--scorer", "tilse",
         "--data", str(tmp_path)],
        capture_output=True, text=True, env={**os.environ, "PATH": str(tmp_path)}, check=False,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "perl is not installed" in lines[0] and "--scorer ours" in lines[0]
