"""Quality gates: fixed slices of the development data, floors just under the measured figures.

Floors only move up. Lowering one needs a written reason in CHANGELOG.md. Beside each floor is
the figure measured when it was set. Each gate calls the same runner as `storyline eval`, so a
failure can be reproduced with the command in docs/quality.md plus `--limit`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_data import require_data
from storyline.evaluate.clustering import CLUSTERING_DATASETS, run_clustering
from storyline.evaluate.counts import run_counts
from storyline.evaluate.dates import run_dates
from storyline.evaluate.result import EvalResult
from storyline.evaluate.timeline import run_timeline

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

pytestmark = [pytest.mark.slow]


@pytest.fixture(scope="module", autouse=True)
def _evaluation_data() -> None:
    """Before the module's result fixtures: missing data fails the gates, never skips them."""
    require_data(DATA)


# Fixed slices (publication order): large enough to mean something, small enough that this
# whole file runs in a few minutes on a 2-core machine.
GVA_SLICE = 600
ACLED_SLICE = 800
T17_TOPIC = "haiti"  # the whole topic (278 articles, ~20 s)

# --------------------------------------------------------------------------- floors
# Each floor has the figure measured when it was set beside it; CEILINGS hold figures where
# lower is better.

FLOORS: dict[str, float] = {
    # GVA, first 600 articles: BCubed F1 against incident_id (overlapping BCubed)
    "gva.clustering.f1": 0.945,  # measured 0.958 on 2026-11-22
    # ECB+ (all 462 documents): BCubed F1 against subtopic
    "ecbplus.clustering.f1": 0.895,  # measured 0.911 on 2026-11-22
    # GVA, first 600: events whose current killed and injured both match the incident
    "gva.event.killed_injured.exact": 0.605,  # measured 0.624 on 2026-11-22
    "gva.event.killed.exact": 0.82,  # measured 0.839 on 2026-11-22
    "gva.event.injured.exact": 0.665,  # measured 0.682 on 2026-11-22
    # GVA, first 600: article totals against the incident
    "gva.article.killed.exact": 0.80,  # measured 0.822 on 2026-11-22
    "gva.article.injured.exact": 0.65,  # measured 0.667 on 2026-11-22
    # ACLED, first 800 rows: deaths exact on rows with deaths, and on all rows
    "acled.article.killed.exact_positive": 0.70,  # measured 0.714 on 2026-11-22
    "acled.article.killed.exact": 0.88,  # measured 0.894 on 2026-11-22
    # TempEval-3 DATE values (all documents)
    "timex.all.accuracy": 0.84,  # measured 0.852 on 2026-11-22
    "timex.relative.accuracy": 0.835,  # measured 0.848 on 2026-11-22
    "timex.absolute.accuracy": 0.87,  # measured 0.885 on 2026-11-22
    # Timeline17 haiti (whole topic; 11 dates, so date F1 moves in steps of about 0.09)
    "t17.date_f1": 0.89,  # measured 0.909 on 2026-11-22
    "t17.ar1_f": 0.21,  # measured 0.223 on 2026-11-22
    # Timeline17 h1n1, news-tls protocol (one run per each of its 3 reference timelines)
    "t17_news_tls.date_f1": 0.78,  # measured 0.808 on 2026-12-04
    "t17_news_tls.ar1_f": 0.115,  # measured 0.126 on 2026-12-04
}
CEILINGS: dict[str, float] = {
    # ACLED, first 800 rows: share of rows without deaths where deaths were invented
    "acled.article.killed.invented": 0.035,  # measured 0.022 on 2026-11-22
}


def figure(result: EvalResult, name: str) -> float:
    value = result.system.get(name)
    assert value is not None, f"{result.kind}: figure {name} missing from {sorted(result.system)}"
    return float(value)


def check_floor(result: EvalResult, gate: str, name: str) -> None:
    value = figure(result, name)
    assert value >= FLOORS[gate], (
        f"{gate} = {value:.4f} fell below its floor {FLOORS[gate]:.4f}; "
        "fix the regression (floors are lowered only with a reason in CHANGELOG.md)"
    )


def check_ceiling(result: EvalResult, gate: str, name: str) -> None:
    value = figure(result, name)
    assert value <= CEILINGS[gate], f"{gate} = {value:.4f} rose above {CEILINGS[gate]:.4f}"


# --------------------------------------------------------------------------- runs (one each)


@pytest.fixture(scope="module")
def gva_clustering() -> EvalResult:
    articles, gold, key = CLUSTERING_DATASETS["gva"]
    return run_clustering(DATA / articles, DATA / gold, key, limit=GVA_SLICE, dataset="gva")


@pytest.fixture(scope="module")
def ecbplus_clustering() -> EvalResult:
    articles, gold, key = CLUSTERING_DATASETS["ecbplus"]
    return run_clustering(DATA / articles, DATA / gold, key, dataset="ecbplus")


@pytest.fixture(scope="module")
def gva_counts() -> EvalResult:
    return run_counts("gva", DATA, level="both", limit=GVA_SLICE)


@pytest.fixture(scope="module")
def acled_counts() -> EvalResult:
    return run_counts("acled", DATA, level="article", limit=ACLED_SLICE)


@pytest.fixture(scope="module")
def timex_dates() -> EvalResult:
    return run_dates(DATA)


@pytest.fixture(scope="module")
def t17_timeline() -> EvalResult:
    return run_timeline(DATA, topic=T17_TOPIC)


@pytest.fixture(scope="module")
def t17_news_tls() -> EvalResult:
    return run_timeline(DATA, topic="h1n1", protocol="news-tls")


# --------------------------------------------------------------------------- gates


def test_gva_clustering_bcubed(gva_clustering: EvalResult) -> None:
    check_floor(gva_clustering, "gva.clustering.f1", "f1")
    assert gva_clustering.system["gold_clusters"] == gva_clustering.baseline["gold_clusters"]


def test_ecbplus_clustering_bcubed(ecbplus_clustering: EvalResult) -> None:
    check_floor(ecbplus_clustering, "ecbplus.clustering.f1", "f1")


def test_gva_event_level_counts(gva_counts: EvalResult) -> None:
    check_floor(gva_counts, "gva.event.killed_injured.exact", "event.killed_injured.exact")
    check_floor(gva_counts, "gva.event.killed.exact", "event.killed.exact")
    check_floor(gva_counts, "gva.event.injured.exact", "event.injured.exact")


def test_gva_article_level_counts(gva_counts: EvalResult) -> None:
    check_floor(gva_counts, "gva.article.killed.exact", "article.killed.exact")
    check_floor(gva_counts, "gva.article.injured.exact", "article.injured.exact")


def test_acled_fatalities(acled_counts: EvalResult) -> None:
    gate = "acled.article.killed.exact_positive"
    check_floor(acled_counts, gate, "article.killed.exact_positive")
    check_floor(acled_counts, "acled.article.killed.exact", "article.killed.exact")
    check_ceiling(acled_counts, "acled.article.killed.invented", "article.killed.invented")


def test_timex_date_values(timex_dates: EvalResult) -> None:
    check_floor(timex_dates, "timex.all.accuracy", "all.accuracy")
    check_floor(timex_dates, "timex.relative.accuracy", "relative.accuracy")
    check_floor(timex_dates, "timex.absolute.accuracy", "absolute.accuracy")


def test_t17_timeline(t17_timeline: EvalResult) -> None:
    check_floor(t17_timeline, "t17.date_f1", f"{T17_TOPIC}.date_f1")
    check_floor(t17_timeline, "t17.ar1_f", f"{T17_TOPIC}.ar1_f")


def test_t17_timeline_news_tls_protocol(t17_news_tls: EvalResult) -> None:
    assert t17_news_tls.params["h1n1"]["reference_timelines"] == 3
    check_floor(t17_news_tls, "t17_news_tls.date_f1", "h1n1.date_f1")
    check_floor(t17_news_tls, "t17_news_tls.ar1_f", "h1n1.ar1_f")


def test_floors_are_set() -> None:
    """A floor of 0 cannot fail; every gate must hold a measured floor."""
    unset = [name for name, floor in FLOORS.items() if floor <= 0.0]
    assert not unset, f"floors never set: {unset}"
