"""A long-running event (more reports than a page lists in full) over a real SQLite store filled
by the real pipeline: the cached record, the summary's activity and sources, filters pushed into
the store, and the collapsed tables of the event page all give the same answers as deriving
everything afresh."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from storyline.records import Article
from storyline.service import EventFilter, Storyline, _passes
from storyline.web import create_app
from storyline.web.views import ROWS_AT_ENDS

REPORTS = 2 * ROWS_AT_ENDS + 12  # enough that every table of the event page is collapsed
CITIES = ("Northvale", "Eastmoor", "Westbrook", "Southport")


def story(count: int) -> Iterator[Article]:
    """One developing story (generated text): a quake whose toll rises over the reports."""
    start = datetime(2031, 5, 1, 6, 0, tzinfo=UTC)
    for i in range(count):
        toll = 10 + i // 4
        yield Article(
            id=f"quake-{i:03d}",
            title=f"Earthquake in Northvale: death toll rises to {toll}",
            text=(
                f"The death toll from the earthquake that struck Northvale on 1 May 2031 rose to "
                f"at least {toll}, officials said. At least {toll * 2} people were injured. "
                f"Update {i}."
            ),
            published=start + timedelta(hours=3 * i),
            source=("Wire One", "Daily Two", "Radio Three")[i % 3],
        )


def singles() -> Iterator[Article]:
    """A few unrelated short reports of other kinds, places and days."""
    kinds = (
        ("fire", "A fire broke out at a market in {city}"),
        ("flood", "Flash floods swept through {city}"),
    )
    for i, city in enumerate(CITIES):
        kind, lead = kinds[i % 2]
        day = datetime(2031, 2, 1 + 7 * i, 9, 0, tzinfo=UTC)
        yield Article(
            id=f"single-{i}",
            title=f"{3 + i} killed as {kind} hits {city}",
            text=f"{lead.format(city=city)} on {day:%d %B %Y}, killing {3 + i} people, "
            f"police said.",
            published=day,
            source=f"Outlet {i}",
        )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long-event") / "long.db"
    with Storyline.open(str(path)) as storyline:
        storyline.ingest_articles([*singles(), *story(REPORTS)])
    return path


@pytest.fixture(scope="module")
def facade(db: Path) -> Iterator[Storyline]:
    with Storyline.open(str(db)) as storyline:
        yield storyline


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db), cache_size=0)) as test_client:
        yield test_client


def long_event(facade: Storyline) -> dict[str, Any]:
    event = max(facade.list_events(), key=lambda e: e["article_count"])
    assert event["article_count"] >= 2 * ROWS_AT_ENDS + 2, "the story must be one long event"
    return event


def test_cached_record_equals_the_derived_one(facade: Storyline) -> None:
    event = long_event(facade)
    assert facade.store.get_event_record(event["id"]) is not None  # written by the pipeline
    cached = facade.get_event(event["id"])
    derived = facade.event_record(event["id"]).to_json()
    assert set(Storyline.CLUSTERING_FIELDS) <= set(cached)  # added live, never cached
    cached = {k: v for k, v in cached.items() if k not in Storyline.CLUSTERING_FIELDS}
    assert json.dumps(cached) == json.dumps(derived)
    middle = datetime.fromisoformat(event["first_reported"].replace("Z", "+00:00")) + timedelta(
        hours=30
    )
    as_of = facade.get_event(event["id"], as_of=middle)  # never from the cache keyed on "now"
    assert 0 < len(as_of["article_ids"]) < len(cached["article_ids"])
    assert {m["article_id"] for m in as_of["members"]} == set(as_of["article_ids"])
    as_of = {k: v for k, v in as_of.items() if k not in Storyline.CLUSTERING_FIELDS}
    assert json.dumps(as_of) == json.dumps(facade.event_record(event["id"], as_of=middle).to_json())


def test_summary_has_activity_and_sources(facade: Storyline) -> None:
    for summary in facade.list_events():
        record = facade.event_record(summary["id"])
        days = Counter(
            (s.article.published or s.ingested_at).date().isoformat() for s in record.articles
        )
        assert summary["activity"] == [[day, n] for day, n in sorted(days.items())]
        assert summary["sources"] == record.to_json()["sources"]
        assert sum(n for _, n in summary["activity"]) == summary["article_count"]


@pytest.mark.parametrize(
    "filters",
    [
        EventFilter(event_type="fire"),
        EventFilter(event_type="natural_disaster"),
        EventFilter(place="westb"),
        EventFilter(place="SOUTHPORT"),
        EventFilter(place="nowhere"),
        EventFilter(date_from=date(2031, 2, 10)),
        EventFilter(date_to=date(2031, 2, 10)),
        EventFilter(q="flood", place="o"),
        EventFilter(date_from=date(2031, 2, 1), date_to=date(2031, 5, 1), event_type="natural"),
    ],
)
def test_filters_in_the_store_equal_filtering_every_summary(
    facade: Storyline, filters: EventFilter
) -> None:
    everything = facade.list_events()
    expected = [e for e in everything if _passes(e, filters)]
    if filters.q:
        hits = facade.store.search_articles(filters.q, limit=10_000)
        matching = {m.event_id for h in hits if (m := facade.store.get_membership(h.article_id))}
        expected = [e for e in expected if e["id"] in matching]
    assert expected or filters.place == "nowhere"  # every other case selects something
    assert facade.list_events(filters) == expected
    assert facade.count_events(filters) == len(expected)
    assert facade.list_events(filters, limit=1, offset=1) == expected[1:2]


def test_event_page_collapses_long_tables_and_links_every_report(
    client: TestClient, facade: Storyline
) -> None:
    event = facade.get_event(long_event(facade)["id"])
    page = client.get(f"/events/{event['id']}").text
    history = sum(len(f["history"]) for f in event["facts"].values())
    assert page.count('class="point status-') == history  # the chart keeps every point
    assert page.count('<tr class="collapsed">') >= 1 + len(event["facts"])
    shown = set(re.findall(r'<a href="/articles/([^"]+)">', page))
    assert len(shown) < len(event["article_ids"])
    full_link = f"/events/{event['id']}?full=1"
    assert f'href="{full_link}' in page
    full = client.get(full_link).text
    assert '<tr class="collapsed">' not in full
    assert set(event["article_ids"]) <= set(re.findall(r'<a href="/articles/([^"]+)">', full))
    rows = sum(1 for _ in re.finditer(r'<tr class="status-', full))
    assert rows == history
