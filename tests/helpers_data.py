"""The evaluation data in ../shared/data: tests that need it fail when it is missing.

A broken data path must not pass as a green run of skipped tests. Outside CI a developer
without the data may opt in to skipping with STORYLINE_ALLOW_MISSING_DATA=1; in CI (CI=true)
that opt-in is refused.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OPT_IN = "STORYLINE_ALLOW_MISSING_DATA"


def require_data(path: Path = DATA) -> Path:
    """`path` when it exists; else fail the test (or skip it, with the opt-in, outside CI)."""
    if path.exists():
        return path
    missing = f"{path} not found: the evaluation data belongs in {DATA}"
    if os.environ.get(OPT_IN) == "1" and not _in_ci():
        pytest.skip(f"{missing} ({OPT_IN}=1)")
    pytest.fail(f"{missing}; outside CI, set {OPT_IN}=1 to skip the tests that need it")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
