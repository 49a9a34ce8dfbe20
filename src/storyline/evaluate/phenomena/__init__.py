"""The phenomenon suite: behavioural tests of the extractor, CheckList style.

Each case is a short text written for this project with what a careful reader would write
down about it (`expect`). Cases are grouped by linguistic phenomenon ("coordinated verbs share a
subject", "a negated death is zero"), one JSON Lines file per area (counts, claims, dates,
places) shipped in this package. The report is a pass rate per phenomenon, not one accuracy.

Public entry points:
- `load_cases(areas=None) -> list[Case]`: the cases, validated.
- `check_case(case, output) -> list[str]`: why one `storyline extract` JSON object fails a case
  (empty when it passes).
- `run_suite(areas=None) -> SuiteResult`: every case through the real extractor.
"""

from storyline.evaluate.phenomena.cases import (
    AREAS,
    Case,
    PhenomenonError,
    load_cases,
    parse_case,
)
from storyline.evaluate.phenomena.checker import check_case
from storyline.evaluate.phenomena.runner import (
    CaseResult,
    PhenomenonResult,
    SuiteResult,
    run_cases,
    run_suite,
)

__all__ = [
    "AREAS",
    "Case",
    "CaseResult",
    "PhenomenonError",
    "PhenomenonResult",
    "SuiteResult",
    "check_case",
    "load_cases",
    "parse_case",
    "run_cases",
    "run_suite",
]
