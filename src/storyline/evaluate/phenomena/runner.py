"""Running the phenomenon cases through the real extractor and reporting a pass rate per
phenomenon (CheckList's failure rate per capability, read the other way round)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.evaluate.phenomena.cases import Case, PhenomenonError, load_cases
from storyline.evaluate.phenomena.checker import check_case
from storyline.records import Article

__all__ = ["CaseResult", "PhenomenonResult", "SuiteResult", "run_cases", "run_suite"]

Extractor = Callable[[Article], Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class CaseResult:
    case_id: str
    phenomenon: str
    reasons: tuple[str, ...]  # empty when the case passed

    @property
    def passed(self) -> bool:
        return not self.reasons


@dataclass(frozen=True, slots=True)
class PhenomenonResult:
    phenomenon: str  # <area>.<name>
    passed: int
    total: int
    failing: tuple[str, ...]  # case ids

    @property
    def area(self) -> str:
        return self.phenomenon.split(".", 1)[0]

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class SuiteResult:
    phenomena: tuple[PhenomenonResult, ...]  # in the order the files list them
    cases: tuple[CaseResult, ...]

    @property
    def passed(self) -> int:
        return sum(p.passed for p in self.phenomena)

    @property
    def total(self) -> int:
        return sum(p.total for p in self.phenomena)

    def rates(self) -> dict[str, float]:
        return {p.phenomenon: round(p.rate, 3) for p in self.phenomena}

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "total": self.total,
            "phenomena": [
                {
                    "phenomenon": p.phenomenon,
                    "area": p.area,
                    "passed": p.passed,
                    "total": p.total,
                    "rate": round(p.rate, 3),
                    "failing": list(p.failing),
                }
                for p in self.phenomena
            ],
            "failures": [
                {"id": c.case_id, "phenomenon": c.phenomenon, "reasons": list(c.reasons)}
                for c in self.cases
                if not c.passed
            ],
        }

    def markdown(self) -> str:
        """The per-phenomenon table as docs/phenomena.md shows it, areas summed at the end."""
        lines = ["| phenomenon | passed | cases | pass rate |", "|---|---:|---:|---:|"]
        lines += [
            f"| {p.phenomenon} | {p.passed} | {p.total} | {p.rate:.2f} |" for p in self.phenomena
        ]
        for area in dict.fromkeys(p.area for p in self.phenomena):
            mine = [p for p in self.phenomena if p.area == area]
            passed, total = sum(p.passed for p in mine), sum(p.total for p in mine)
            lines.append(
                f"| **{area}, all {len(mine)} phenomena** | {passed} | {total} | "
                f"{passed / total:.2f} |"
            )
        lines.append(
            f"| **all {len(self.phenomena)} phenomena** | {self.passed} | "
            f"{self.total} | {self.passed / max(self.total, 1):.2f} |"
        )
        return "\n".join(lines)

    def table(self, *, reasons: bool = False, unnamed: Collection[str] = ()) -> str:
        """Plain text for a terminal: one line per phenomenon with its failing cases (the number
        after the phenomenon in the case id), and with `reasons` every failing case's reasons.
        A failing case whose id is in `unnamed` counts in the rates but is not named (a probe's
        sealed half: its writer must not learn which texts fail before the round's last rule)."""
        width = max((len(p.phenomenon) for p in self.phenomena), default=10)
        lines = [f"{'phenomenon'.ljust(width)}  passed  rate  failing"]
        for p in self.phenomena:
            failing = " ".join(case_id.removeprefix(p.phenomenon + ".")
                               for case_id in p.failing if case_id not in unnamed)
            lines.append(
                f"{p.phenomenon.ljust(width)}  {p.passed:>2}/{p.total:<3} "
                f"{p.rate:5.2f}  {failing}".rstrip()
            )
        lines.append(
            f"all: {self.passed}/{self.total} cases passed ({self.passed / max(self.total, 1):.3f})"
        )
        if reasons:
            for case in self.cases:
                lines.extend(f"{case.case_id}: {reason}" for reason in case.reasons)
        return "\n".join(lines)


def run_suite(
    areas: Iterable[str] | None = None,
    *,
    phenomena: Iterable[str] | None = None,
    extractor: Extractor | None = None,
) -> SuiteResult:
    """Every case of the given areas (default: all) through `extractor` (default: the real
    `extract_facts` + `extraction_to_json`, as `storyline extract` prints it). `phenomena`
    keeps only those phenomena, named in full ("counts.along_with") or without the area."""
    cases = load_cases(areas)
    if phenomena is not None:
        cases = select_phenomena(cases, phenomena)
    return run_cases(cases, extractor=extractor)


def select_phenomena(cases: Sequence[Case], names: Iterable[str]) -> list[Case]:
    wanted = set(names)
    known = {c.phenomenon for c in cases} | {c.phenomenon.split(".", 1)[1] for c in cases}
    unknown = sorted(wanted - known)
    if unknown:
        raise PhenomenonError(
            f"unknown phenomenon {unknown[0]!r}; `storyline eval phenomena` lists them all"
        )
    return [c for c in cases if c.phenomenon in wanted or c.phenomenon.split(".", 1)[1] in wanted]


def run_cases(cases: Sequence[Case], *, extractor: Extractor | None = None) -> SuiteResult:
    extract = extractor or _extract_json
    results = [_run_case(case, extract) for case in cases]
    order = list(dict.fromkeys(case.phenomenon for case in cases))
    phenomena = []
    for phenomenon in order:
        mine = [r for r in results if r.phenomenon == phenomenon]
        phenomena.append(
            PhenomenonResult(
                phenomenon=phenomenon,
                passed=sum(r.passed for r in mine),
                total=len(mine),
                failing=tuple(r.case_id for r in mine if not r.passed),
            )
        )
    return SuiteResult(phenomena=tuple(phenomena), cases=tuple(results))


def _run_case(case: Case, extract: Extractor) -> CaseResult:
    article = case_article(case)
    try:
        output = extract(article)
    except Exception as error:  # an extractor crash fails this case and says so; others run
        reason = f"extractor raised {type(error).__name__}: {error}"
        return CaseResult(case.id, case.phenomenon, (reason,))
    return CaseResult(case.id, case.phenomenon, tuple(check_case(case, output)))


def case_article(case: Case) -> Article:
    """The article `storyline extract` would read from the case as a JSON Lines record."""
    from storyline.ingest.normalize import record_to_article
    from storyline.ingest.options import ReadOptions

    record = {
        "id": case.id,
        "text": case.text,
        "title": case.title,
        "published": case.published.isoformat(),
    }
    article = record_to_article(record, f"phenomena:{case.id}", ReadOptions())
    if not isinstance(article, Article):
        raise PhenomenonError(f"case {case.id}: {article.error}")
    return article


def _extract_json(article: Article) -> Mapping[str, Any]:
    from storyline.extract import extract_facts, extraction_to_json

    return extraction_to_json(article, extract_facts(article))
