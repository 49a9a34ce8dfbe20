"""Scoring of counts and dates against gold figures (shared by the counts evaluation)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from storyline.evaluate.result import Figure

__all__ = ["count_figures", "date_figures"]

CountPair = tuple[int | None, int]  # (predicted, gold); None = the system reported nothing


def count_figures(pairs: Sequence[CountPair], prefix: str) -> dict[str, Figure]:
    """Figures for one category. A count the system does not report is read as 0 for exact
    match, within-10% and mean absolute error, and is "missed" when the gold count is above 0;
    a count reported above 0 where the gold count is 0 is "invented"."""
    n = len(pairs)
    positive = [(p, g) for p, g in pairs if g > 0]
    zero = [(p, g) for p, g in pairs if g == 0]
    return {
        f"{prefix}.n": n,
        f"{prefix}.exact": _rate(_exact(p, g) for p, g in pairs),
        f"{prefix}.within_10pct": _rate(abs((p or 0) - g) <= 0.1 * g for p, g in pairs),
        f"{prefix}.mae": (sum(abs((p or 0) - g) for p, g in pairs) / n) if n else None,
        f"{prefix}.n_positive": len(positive),
        f"{prefix}.exact_positive": _rate(_exact(p, g) for p, g in positive),
        f"{prefix}.missed": _rate(not p for p, _ in positive),
        f"{prefix}.n_zero": len(zero),
        f"{prefix}.invented": _rate(bool(p) for p, _ in zero),
    }


def joint_exact(rows: Sequence[Sequence[CountPair]], prefix: str) -> dict[str, Figure]:
    """Share of items whose every listed category matches exactly (e.g. killed and injured)."""
    return {f"{prefix}.exact": _rate(all(_exact(p, g) for p, g in row) for row in rows)}


def date_figures(pairs: Sequence[tuple[date | None, date]], prefix: str) -> dict[str, Figure]:
    """Exact day and within one day; an item with no predicted date is wrong."""
    return {
        f"{prefix}.n": len(pairs),
        f"{prefix}.exact": _rate(p == g for p, g in pairs),
        f"{prefix}.within_1d": _rate(p is not None and abs((p - g).days) <= 1 for p, g in pairs),
        f"{prefix}.missing": _rate(p is None for p, _ in pairs),
    }


def _exact(predicted: int | None, gold: int) -> bool:
    return (predicted or 0) == gold


def _rate(outcomes: Iterable[bool]) -> float | None:
    values = list(outcomes)
    return sum(values) / len(values) if values else None
