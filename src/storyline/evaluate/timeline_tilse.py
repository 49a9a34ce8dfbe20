"""Timeline scores computed by the `tilse` package, the scorer of the published work.

The timeline-summarization papers (Martschat & Markert 2018; Ghalandari & Ifrim 2020, news-tls)
score with tilse's `TimelineRougeEvaluator` running the original ROUGE-1.5.5 Perl script (Porter
stemming, SMART stopwords, `-f A`). Our own measures (metrics.py) follow the same definitions
without stemming; this module lets `storyline eval timeline` report the field's exact numbers.

tilse is in the dev extra (`pip install -c constraints.txt -e '.[dev]'`): it pulls spaCy-era
dependencies nothing else needs, and its ROUGE needs `perl` with XML::Parser
(`scripts/system-deps.sh` installs `libxml-parser-perl`). Date F1 is not in tilse's evaluator;
news-tls computes it from the shared dates exactly as `metrics.date_f1` does, so that one is
reused.
"""

from __future__ import annotations

import functools
import logging
import shutil
import subprocess
from typing import Any

from storyline.errors import ConfigError
from storyline.evaluate.metrics import GroundTruth, Timeline, date_f1

__all__ = ["score_with_tilse", "tilse_unavailable"]

INSTALL_HINT = (
    "install it with: .venv/bin/pip install -c constraints.txt -e '.[dev]' and "
    "scripts/system-deps.sh (perl, libxml-parser-perl), or use --scorer ours"
)


@functools.cache
def tilse_unavailable() -> str | None:
    """Why tilse cannot score on this machine, or None when it can."""
    try:
        import tilse.data.timelines
        import tilse.evaluation.rouge  # noqa: F401
    except ImportError as error:
        return f"the tilse package cannot be imported ({error})"
    perl = shutil.which("perl")
    if perl is None:
        return "perl is not installed (tilse's ROUGE-1.5.5 is a Perl script)"
    probe = subprocess.run([perl, "-MXML::Parser", "-e", "1"], capture_output=True, check=False)
    if probe.returncode != 0:
        return "Perl's XML::Parser module is missing (Debian: libxml-parser-perl)"
    return None


def require_tilse() -> None:
    reason = tilse_unavailable()
    if reason is not None:
        raise ConfigError(f"tilse cannot score: {reason}; {INSTALL_HINT}")


@functools.cache
def _evaluator() -> Any:
    from tilse.evaluation import rouge

    # pyrouge logs every ROUGE call at INFO; the evaluation prints its own summary.
    logging.getLogger("global").setLevel(logging.WARNING)
    return rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"])


def score_with_tilse(predicted: Timeline, truth: GroundTruth) -> dict[str, float]:
    """The figures of `timeline.score_timeline`, with ROUGE computed by tilse (ROUGE-1.5.5)."""
    require_tilse()
    from tilse.data.timelines import GroundTruth as TilseGroundTruth
    from tilse.data.timelines import Timeline as TilseTimeline

    dates = date_f1(predicted, truth)
    date_figures = {"date_f1": dates.f1, "date_p": dates.precision, "date_r": dates.recall}
    summaries = {day: list(texts) for day, texts in predicted.items() if texts}
    if not summaries:  # tilse divides by the predicted length; nothing predicted scores zero
        return {key: 0.0 for key in _KEYS} | date_figures
    system = TilseTimeline(summaries)
    reference = TilseGroundTruth(
        [TilseTimeline({d: list(s) for d, s in t.items()}) for t in truth.timelines]
    )
    evaluator = _evaluator()
    concat = evaluator.evaluate_concat(system, reference)
    agreement = evaluator.evaluate_agreement(system, reference)
    align = evaluator.evaluate_align_date_content_costs_many_to_one(system, reference)
    return {
        **date_figures,
        "concat_r1": concat["rouge_1"]["f_score"],
        "concat_r2": concat["rouge_2"]["f_score"],
        "agree_r1": agreement["rouge_1"]["f_score"],
        "agree_r2": agreement["rouge_2"]["f_score"],
        "ar1_p": align["rouge_1"]["precision"],
        "ar1_r": align["rouge_1"]["recall"],
        "ar1_f": align["rouge_1"]["f_score"],
        "ar2_p": align["rouge_2"]["precision"],
        "ar2_r": align["rouge_2"]["recall"],
        "ar2_f": align["rouge_2"]["f_score"],
    }


_KEYS = (
    "concat_r1", "concat_r2", "agree_r1", "agree_r2",
    "ar1_p", "ar1_r", "ar1_f", "ar2_p", "ar2_r", "ar2_f",
)
