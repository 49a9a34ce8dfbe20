"""The living record as rows (#16): fact_versions and event_summaries, on real SQLite and
PostgreSQL stores filled by the real pipeline with the bundled examples.

- "current as of T" as a plain SQL query on report time gives the derived record's current
  values at every report time of every event (and just after each);
- the events list's filters, run as SQL over the summary rows, select what deriving every
  event and checking it selects, now and as of several times;
- a store of the previous schema (migrations 0001-0002, with data) migrates and, after
  `refresh_views`, lists and answers as-of queries like a new one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from tests.conftest import PgServer

from storyline.living import load_event_record
from storyline.service import EventFilter, Storyline, _passes
from storyline.store import Store
from storyline.store.migrations import migrations_for
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
INPUTS = [str(EXAMPLES / "articles.jsonl"), str(EXAMPLES / "text")]

# The as-of query of docs/living-record.md, in the placeholder style of each driver.
AS_OF_SQL = (
    "SELECT category, value FROM fact_versions WHERE event_id = {p} "
    "AND current_from <= {p} AND (current_to IS NULL OR current_to > {p})"
)

RawQuery = Callable[[str, tuple[Any, ...]], list[tuple[Any, ...]]]


class Filled:
    """A store the pipeline filled with the examples, and plain SQL over its database."""

    def __init__(self, app: Storyline, raw: RawQuery, placeholder: str) -> None:
        self.app = app
        self.raw = raw
        self.placeholder = placeholder

    @property
    def store(self) -> Store:
        return self.app.store

    def as_of_sql(self, event_id: str, moment: datetime) -> dict[str, int]:
        sql = AS_OF_SQL.format(p=self.placeholder)
        return {str(c): int(v) for c, v in self.raw(sql, (event_id, moment, moment))}


def _sqlite_raw(path: Path) -> RawQuery:
    def query(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        # SQLite keeps times as fixed-width UTC ISO text: compare with the same text.
        shown = tuple(p.astimezone(UTC).isoformat(timespec="microseconds")
                      if isinstance(p, datetime) else p for p in params)
        with sqlite3.connect(path) as conn:
            return conn.execute(sql, shown).fetchall()

    return query


def _pg_raw(url: str) -> RawQuery:
    def query(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with psycopg.connect(url) as conn:
            return conn.execute(sql.encode(), params).fetchall()  # type: ignore[arg-type]

    return query


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres",
                                                              marks=pytest.mark.postgres)])
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           ) -> Iterator[Filled]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("living") / "s.db"
        app = Storyline(SQLiteStore(str(path)))
        raw, placeholder = _sqlite_raw(path), "?"
        drop: Callable[[], None] = lambda: None  # noqa: E731
    else:
        server: PgServer = request.getfixturevalue("pg_server")
        schema = f"living_{os.getpid()}"
        with psycopg.connect(server.admin_url, autocommit=True) as admin:
            admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            admin.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{server.admin_url}?options=-c%20search_path%3D{schema}"
        app = Storyline(PostgresStore(url))
        raw, placeholder = _pg_raw(url), "%s"

        def drop() -> None:
            with psycopg.connect(server.admin_url, autocommit=True) as admin:
                admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')

    report = app.ingest(INPUTS)
    assert report.failed == ()
    yield Filled(app, raw, placeholder)
    app.close()
    drop()


def _report_times(store: Store, event_id: str) -> list[datetime]:
    articles = store.get_articles([m.article_id for m in store.event_memberships(event_id)])
    return sorted({(s.article.published or s.ingested_at).astimezone(UTC) for s in articles})


def _moments(times: list[datetime]) -> list[datetime]:
    """Every report time, a minute before and after each, and an hour before the first."""
    around = {t + delta for t in times for delta in (timedelta(0), timedelta(minutes=-1),
                                                     timedelta(minutes=1))}
    return sorted(around | {times[0] - timedelta(hours=1)})


def test_as_of_sql_equals_the_derived_records_current_values(filled: Filled) -> None:
    events = filled.app.list_events()
    assert len(events) >= 3
    checked = 0
    for event in events:
        row = filled.store.get_event(event["id"])
        assert row is not None
        for moment in _moments(_report_times(filled.store, row.id)):
            record = load_event_record(filled.store, row, as_of=moment)
            derived = {c: v.current.fact.value for c, v in record.categories.items()
                       if v.current is not None}
            assert filled.as_of_sql(row.id, moment) == derived, (row.id, moment)
            store_rows = filled.store.fact_rows(row.id, current_at=moment)
            assert {f.category: f.value for f in store_rows} == derived
            checked += 1
    assert checked > 30


def test_fact_rows_hold_every_reported_value_with_its_standing(filled: Filled) -> None:
    for event in filled.app.list_events():
        record = filled.app.event_record(event["id"])
        rows = filled.store.fact_rows(event["id"])
        history = [item for view in record.categories.values() for item in view.history]
        assert len(rows) == len(history)
        assert [r.seq for r in rows] == list(range(len(rows)))
        # Exactly one still-current row per category with a current value, the record's own.
        for category, view in record.categories.items():
            open_rows = [r for r in rows if r.category == category and r.current_from
                         and r.current_to is None]
            if view.current is None:
                assert open_rows == []
                continue
            assert [(r.value, r.article_id) for r in open_rows] == [
                (view.current.fact.value, view.current.fact.article_id)]
        for row in rows:
            assert row.status in {"current", "superseded", "lagged", "conflicting", "retracted"}
            assert row.standing in {"current", "superseded", "corrected", "lagged", "disputed",
                                    "unconfirmed", "retracted"}
            assert row.extractor
            stored = filled.store.get_article(row.article_id)
            assert stored is not None
            if row.evidence_start is not None and row.evidence_end is not None:
                # The offsets point at the evidence's first mention in the article text.
                span = stored.article.text[row.evidence_start:row.evidence_end]
                assert span and span in row.evidence


def test_summary_rows_are_the_current_summaries(filled: Filled) -> None:
    for event in filled.app.list_events():
        row = filled.store.summary_row(event["id"])
        assert row is not None
        assert row.title == event["title"]
        assert row.event_type == event["event_type"]
        day = (event.get("event_date") or {}).get("value")
        assert row.event_date == (date.fromisoformat(day) if day else None)
        assert row.article_count == event["article_count"]
        assert dict(row.current) == {c: f["value"] for c, f in event["facts"].items()}


FILTERS = [
    EventFilter(),
    EventFilter(event_type="natural_disaster"),
    EventFilter(event_type="bomb"),
    EventFilter(place="pe"),
    EventFilter(place="nowhere-at-all"),
    EventFilter(date_from=date(2026, 4, 1)),
    EventFilter(date_to=date(2026, 3, 31)),
    EventFilter(since=datetime(2026, 4, 11, tzinfo=UTC)),
    EventFilter(q="rescuers"),
    EventFilter(q="warehouse fire", event_type="fire"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=lambda f: repr(f)[12:60])
def test_sql_list_filters_select_what_deriving_selects(filled: Filled,
                                                       filters: EventFilter) -> None:
    times = sorted({t for e in filled.app.list_events()
                    for t in _report_times(filled.store, e["id"])})
    for as_of in [None, times[len(times) // 3], times[len(times) // 2] + timedelta(minutes=1),
                  times[-1]]:
        got = filled.app.list_events(filters, as_of=as_of)
        want = _derived_list(filled, filters, as_of)
        assert [e["id"] for e in got] == [e["id"] for e in want], (filters, as_of)
        assert got == want
        assert filled.app.count_events(filters, as_of=as_of) == len(want)
        page = filled.app.event_summaries(filters, as_of=as_of, limit=1, offset=1)
        assert page.total == len(want)
        assert [s.to_json() for s in page.items] == want[1:2]


def _derived_list(filled: Filled, filters: EventFilter,
                  as_of: datetime | None) -> list[dict[str, Any]]:
    """The reference: derive every event as of then and check the filters in Python."""
    matching = None
    if filters.q:
        hits = filled.store.search_articles(filters.q, limit=1000)
        matching = {m.event_id for h in hits if (m := filled.store.get_membership(h.article_id))}
    found = []
    for row in filled.store.list_events():
        record = load_event_record(filled.store, row, as_of=as_of)
        if not record.articles or (matching is not None and row.id not in matching):
            continue
        if filters.since and not any(
            s.article.published and s.article.published >= filters.since
            for s in record.articles
        ):
            continue
        summary = record.to_summary_json()
        if _passes(summary, filters):
            found.append(summary)
    return found


def _old_schema_sqlite(path: Path) -> None:
    """An empty store as storyline made it before migration 0003."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, "
                     "applied_at TEXT NOT NULL)")
        for migration in migrations_for("sqlite"):
            if migration.name >= "0003":
                continue
            conn.executescript(migration.sql)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?)",
                         (migration.name, datetime.now(UTC).isoformat()))


def test_a_store_of_the_previous_schema_migrates(filled: Filled, tmp_path: Path) -> None:
    if not isinstance(filled.store, SQLiteStore):
        pytest.skip("the data-carrying migration is built from a SQLite file")
    new_path = Path(filled.store.path)
    old_path = tmp_path / "old.db"
    _old_schema_sqlite(old_path)
    # The same data as the filled store, in the old tables only (as an old storyline wrote it).
    with sqlite3.connect(old_path) as conn:
        conn.execute("ATTACH DATABASE ? AS new", (str(new_path),))
        for table in ("articles", "extractions", "events", "memberships", "audit",
                      "audit_events", "possible_same", "cluster_state", "meta"):
            columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
            listed = ", ".join(columns)
            conn.execute(f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM new.{table}")
        conn.commit()
        conn.execute("DETACH DATABASE new")
    with Storyline(SQLiteStore(str(old_path))) as old:
        names = [name for name, _ in old.store.applied_migrations()]  # type: ignore[attr-defined]
        assert names == ["0001_initial", "0002_event_views", "0003_fact_versions"]
        # Before its views are re-derived the list still answers (from the cached summaries).
        assert [e["id"] for e in old.list_events()] == [e["id"] for e in filled.app.list_events()]
        assert old.refresh_views() == len(filled.app.list_events())
        assert old.refresh_views() == 0  # nothing missing any more
        assert old.list_events() == filled.app.list_events()
        for event in old.list_events():
            for moment in _moments(_report_times(old.store, event["id"])):
                assert (old.store.fact_rows(event["id"], current_at=moment)
                        == filled.store.fact_rows(event["id"], current_at=moment))


def test_a_merge_rewrites_the_rows_of_both_events(filled: Filled, tmp_path: Path) -> None:
    """Corrections go through the same writer: the merged-away event has no rows left."""
    if not isinstance(filled.store, SQLiteStore):
        pytest.skip("one back end is enough for the correction path (same SQL)")
    copy = tmp_path / "copy.db"
    with sqlite3.connect(filled.store.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    with Storyline(SQLiteStore(str(copy))) as app:
        first, second = [e["id"] for e in app.list_events()][:2]
        app.merge(first, second)
        assert app.store.fact_rows(second) == []
        assert app.store.summary_row(second) is None
        merged = app.event_record(first)
        rows = app.store.fact_rows(first)
        assert len(rows) == sum(len(v.history) for v in merged.categories.values())
        summary = app.store.summary_row(first)
        assert summary is not None and summary.article_count == len(merged.articles)


def test_the_list_is_one_query_not_a_derivation(filled: Filled) -> None:
    """Without as-of, no event is derived to list or filter it (all have summary rows)."""
    app = filled.app
    calls = 0
    original = app._summary

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    app._summary = counting  # type: ignore[method-assign]
    try:
        for filters in FILTERS:
            assert app.event_summaries(filters).total >= 0
        assert calls == 0
        app.event_summaries(as_of=datetime(2026, 3, 2, 12, tzinfo=UTC))
        assert calls > 0  # the check can see derivations: as of mid-story the quake is derived
    finally:
        del app._summary


def test_a_correction_rewrites_the_rows_in_its_own_transaction(filled: Filled,
                                                               tmp_path: Path) -> None:
    """A split made with the library's correction function alone (no facade, no refresh
    afterwards) leaves both events' rows as their articles give them."""
    if not isinstance(filled.store, SQLiteStore):
        pytest.skip("one back end is enough for the correction path (same SQL)")
    from storyline.cluster.corrections import split_event
    from storyline.living import record_rows

    copy = tmp_path / "copy.db"
    with sqlite3.connect(filled.store.path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    store = SQLiteStore(str(copy))
    try:
        biggest = max(store.list_events(), key=lambda row: row.article_count)
        moved = [m.article_id for m in store.event_memberships(biggest.id)][-2:]
        new_id = split_event(store, biggest.id, moved, actor="test", reason="two reports apart",
                             at=datetime.now(UTC))
        for event_id in (biggest.id, new_id):
            row = store.get_event(event_id)
            assert row is not None
            record = load_event_record(store, row)
            summary, facts = record_rows(record, store.get_extractions(record.article_ids))
            assert store.summary_row(event_id) == summary
            assert store.fact_rows(event_id) == facts
        assert store.summary_row(new_id) is not None
        assert {f.article_id for f in store.fact_rows(new_id)} <= set(moved)
    finally:
        store.close()


@pytest.mark.postgres
def test_a_postgres_store_of_the_previous_schema_migrates(pg_fresh_url: str) -> None:
    """A PostgreSQL store made before migration 0003, with events in it, gets the new tables
    on open; `refresh_views` fills them and the as-of query answers like the derived record."""
    with psycopg.connect(pg_fresh_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE schema_migrations "
                     "(name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
        for migration in migrations_for("postgres"):
            if migration.name < "0003":
                conn.execute(migration.sql.encode())
                conn.execute("INSERT INTO schema_migrations (name) VALUES (%s)",
                             (migration.name,))
    with Storyline(PostgresStore(pg_fresh_url)) as app:
        names = [name for name, _ in app.store.applied_migrations()]  # type: ignore[attr-defined]
        assert names == ["0001_initial", "0002_event_views", "0003_fact_versions"]
        assert app.ingest([str(EXAMPLES / "articles.jsonl")]).failed == ()
        events = app.list_events()
        assert events
        # As an old storyline would have left them: no rows in the new tables.
        with psycopg.connect(pg_fresh_url, autocommit=True) as conn:
            conn.execute("DELETE FROM fact_versions")
            conn.execute("DELETE FROM event_summaries")
        assert app.list_events() == events  # judged from the cached summaries meanwhile
        assert app.refresh_views() == len(events)
        assert app.list_events() == events
        for event in events:
            row = app.store.get_event(event["id"])
            assert row is not None
            for moment in _moments(_report_times(app.store, row.id)):
                record = load_event_record(app.store, row, as_of=moment)
                assert {f.category: f.value for f in app.store.fact_rows(row.id, current_at=moment)
                        } == {c: v.current.fact.value for c, v in record.categories.items()
                              if v.current is not None}
