"""Date resolution: TIMEX3 value accuracy on the gold DATE expressions of TempEval-3.

Each gold DATE span is given to the system's normalizer with the document creation time (DCT)
as anchor and its sentence as context; the value must equal the annotated one exactly. The
expressions are split by kind: "absolute" when the expression itself names a year ("March
1998", "1997", "'98"), "relative" otherwise (it needs the DCT: "today", "last week",
"Tuesday", "the third quarter", "now").
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from storyline.evaluate.baselines import dateparser_value
from storyline.evaluate.datasets import Timex, TimexDoc, timex_docs
from storyline.evaluate.result import EvalResult, Figure
from storyline.extract.sentences import sentence_at

__all__ = ["expression_kind", "run_dates"]

_NAMES_A_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})s?\b|'\d\d\b|\bnineteen\b", re.IGNORECASE)

Normalizer = Callable[..., str | None]


def expression_kind(expression: str) -> str:
    return "absolute" if _NAMES_A_YEAR.search(expression) else "relative"


def run_dates(data_dir: Path, *, limit: int | None = None) -> EvalResult:
    """DATE value accuracy of the system and of dateparser, overall and by kind, on the first
    `limit` documents (by id) of timex/timex.jsonl."""
    docs = timex_docs(data_dir)[:limit] if limit is not None else timex_docs(data_dir)
    normalize = _system_normalizer()
    system: list[tuple[str, bool, bool]] = []
    baseline: list[tuple[str, bool, bool]] = []
    started = time.monotonic()
    for doc in docs:
        for timex in (t for t in doc.timexes if t.type == "DATE"):
            kind = expression_kind(timex.text)
            value = normalize(timex.text, doc.dct, context=_sentence_around(doc, timex))
            system.append((kind, value == timex.value, value is None))
    seconds = time.monotonic() - started
    for doc in docs:
        for timex in (t for t in doc.timexes if t.type == "DATE"):
            value = dateparser_value(timex.text, doc.dct)
            baseline.append((expression_kind(timex.text), value == timex.value, value is None))
    params: dict[str, Any] = {
        "documents": len(docs),
        "limit": limit,
        "system_seconds": round(seconds, 2),
    }
    return EvalResult(
        kind="dates",
        dataset="timex (TempEval-3 TimeBank+AQUAINT, DATE)",
        system=_figures(system),
        baseline=_figures(baseline),
        baseline_name="dateparser(DCT)",
        params=params,
        notes=(
            "exact match of the TIMEX3 value on the gold spans; absolute = the expression "
            "names a year, relative = it needs the document date",
        ),
    )


def _figures(outcomes: Sequence[tuple[str, bool, bool]]) -> dict[str, Figure]:
    figures: dict[str, Figure] = {}
    for kind in ("all", "absolute", "relative"):
        chosen = [o for o in outcomes if kind == "all" or o[0] == kind]
        n = len(chosen)
        figures[f"{kind}.n"] = n
        figures[f"{kind}.accuracy"] = sum(o[1] for o in chosen) / n if n else None
        figures[f"{kind}.unresolved"] = sum(o[2] for o in chosen) / n if n else None
    return figures


def _sentence_around(doc: TimexDoc, timex: Timex) -> str:
    """The expression's sentence, by the one splitter the pipeline reads dates with (a cut at
    every ". " ended it at "Mr." or "U.S.")."""
    sentence = sentence_at(doc.text, timex.start, timex.end)
    return sentence.text if sentence is not None else timex.text


def _system_normalizer() -> Normalizer:
    from storyline.extract.dates import normalize_date_expression

    return normalize_date_expression
