"""Quality gate for casualty counts on fixed slices of the development data.

Floors sit just under what the extractor measured on these slices when the gate was set; they
only move up. Full-set numbers are in docs/extraction.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from helpers_data import require_data
from storyline.extract import extract_facts
from storyline.records import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
ACLED_ROWS = 2000  # the first rows by id
GVA_ARTICLES = 1200  # the first articles by id

pytestmark = pytest.mark.slow


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    require_data(path)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _article(row: dict[str, Any], text_key: str = "text") -> Article:
    published = None
    if row.get("published") or row.get("date"):
        day = (row.get("published") or row["date"])[:10]
        published = datetime.fromisoformat(day).replace(tzinfo=UTC)
    return Article(
        id=str(row["id"]), text=row[text_key], title=row.get("title"), published=published
    )


def _killed(article: Article) -> int:
    total = extract_facts(article).totals.get("killed")
    return 0 if total is None else total.value


def test_acled_fatalities_gate() -> None:
    rows = [
        row
        for _, row in zip(range(ACLED_ROWS), _lines(DATA / "acled" / "acled.jsonl"), strict=False)
    ]
    with_deaths = [row for row in rows if row["fatalities"] > 0]
    without = [row for row in rows if row["fatalities"] == 0]
    exact = sum(_killed(_article(row, "notes")) == row["fatalities"] for row in with_deaths)
    invented = sum(_killed(_article(row, "notes")) > 0 for row in without)
    exact_rate = exact / len(with_deaths)
    invented_rate = invented / len(without)
    assert exact_rate >= 0.81, f"ACLED killed exact {exact_rate:.3f}"
    assert invented_rate <= 0.02, f"ACLED deaths invented {invented_rate:.3f}"


def test_gva_killed_injured_gate() -> None:
    incidents = {row["incident_id"]: row for row in _lines(DATA / "gva" / "incidents.jsonl")}
    first_incident: dict[str, str] = {}
    for row in _lines(DATA / "gva" / "labels.jsonl"):
        first_incident.setdefault(row["article_id"], row["incident_id"])
    killed_ok = injured_ok = total = 0
    for _, row in zip(range(GVA_ARTICLES), _lines(DATA / "gva" / "articles.jsonl"), strict=False):
        incident = incidents[first_incident[row["id"]]]
        totals = extract_facts(_article(row)).totals
        killed = totals["killed"].value if "killed" in totals else 0
        injured = totals["injured"].value if "injured" in totals else 0
        killed_ok += killed == incident["killed"]
        injured_ok += injured == incident["injured"]
        total += 1
    assert killed_ok / total >= 0.82, f"GVA killed exact {killed_ok / total:.3f}"
    assert injured_ok / total >= 0.67, f"GVA injured exact {injured_ok / total:.3f}"
