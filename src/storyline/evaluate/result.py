"""The outcome of one evaluation: the system's figures beside the baseline's, from one run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Figure = float | int | None

__all__ = ["EvalResult", "Figure"]


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Figures are flat: dotted names ("killed.exact", "egypt.ar1_f") to numbers.

    `to_json()` puts the system's figures at the top level (so that `--json` output has
    `precision`, `recall`, `f1`... directly) and the baseline's under "baseline".
    """

    kind: str  # clustering | counts | dates | timeline
    dataset: str
    system: Mapping[str, Figure]
    baseline: Mapping[str, Figure]
    baseline_name: str
    params: Mapping[str, Any] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            **self.system,
            "kind": self.kind,
            "dataset": self.dataset,
            "baseline_name": self.baseline_name,
            "baseline": dict(self.baseline),
            "params": dict(self.params),
            "notes": list(self.notes),
        }

    def table(self) -> str:
        """A plain-text table: one row per figure, storyline and baseline side by side."""
        names = list(self.system) + [n for n in self.baseline if n not in self.system]
        header = ("figure", "storyline", self.baseline_name)
        rows = [(n, _fmt(self.system.get(n)), _fmt(self.baseline.get(n))) for n in names]
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
        lines = [f"{self.kind} on {self.dataset}"]
        lines.append("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
        lines.append("  ".join("-" * w for w in widths))
        for row in rows:
            lines.append(
                "  ".join(
                    cell.ljust(w) if i == 0 else cell.rjust(w)
                    for i, (cell, w) in enumerate(zip(row, widths, strict=True))
                )
            )
        lines.extend(f"note: {note}" for note in self.notes)
        return "\n".join(lines)


def _fmt(value: Figure) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
