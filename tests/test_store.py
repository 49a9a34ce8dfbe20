"""The Store contract, run against a real SQLite file and a real PostgreSQL server."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from storyline.errors import NotFoundError, StoreError
from storyline.records import (
    Article,
    Claim,
    CountMention,
    CountTotal,
    DedupVerdict,
    EventDate,
    Extraction,
    Place,
)
from storyline.store import Store
from storyline.store import _sql as shared_sql
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore

T0 = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
NEW = DedupVerdict("new")


def hours(n: float) -> datetime:
    return T0 + timedelta(hours=n)


def article(
    article_id: str,
    text: str = "",
    *,
    published: datetime | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Article:
    return Article(
        id=article_id,
        text=text or f"Body of report {article_id}.",
        title=title,
        published=published,
        url=url,
    )


def add(store: Store, *articles: Article, signature: bytes | None = None) -> None:
    with store.transaction():
        for item in articles:
            store.add_article(item, NEW, f"hash-{item.id}", signature)


def reopen(store: Store) -> Store:
    if isinstance(store, SQLiteStore):
        return SQLiteStore(store.path)
    return PostgresStore(store.url)


def event_with(store: Store, event_id: str, *published_hours: float | None) -> list[str]:
    """Create an event holding one new article per given publication hour (None: undated)."""
    ids = [f"{event_id}-a{i}" for i in range(len(published_hours))]
    add(
        store,
        *(
            article(aid, published=None if h is None else hours(h))
            for aid, h in zip(ids, published_hours, strict=True)
        ),
    )
    with store.transaction():
        store.create_event(event_id, f"Event {event_id}", T0)
        for aid in ids:
            store.assign_article(aid, event_id, score=0.9, reason="similar", at=T0)
    return ids


# --------------------------------------------------------------------------- lifecycle


def test_migrations_are_recorded_and_applied_once(store: Store) -> None:
    assert isinstance(store, SQLiteStore | PostgresStore)
    first = store.applied_migrations()
    assert [name for name, _ in first] == ["0001_initial", "0002_event_views", "0003_fact_versions"]
    assert first[0][1].utcoffset() == timedelta(0)
    add(store, article("kept"))
    again = reopen(store)
    try:
        assert isinstance(again, SQLiteStore | PostgresStore)
        assert again.applied_migrations() == first  # same rows: nothing re-applied
        assert again.has_article("kept")
    finally:
        again.close()


def test_writes_outside_a_transaction_raise(store: Store) -> None:
    with pytest.raises(StoreError, match="transaction"):
        store.add_article(article("a"), NEW, "h", None)
    with pytest.raises(StoreError, match="transaction"):
        store.put_meta("k", "v")
    with pytest.raises(StoreError, match="transaction"):
        store.create_event("e", "E", T0)
    assert store.article_count() == 0
    assert store.get_meta("k") is None


def test_transactions_do_not_nest(store: Store) -> None:
    with store.transaction(), pytest.raises(StoreError, match="nest"), store.transaction():
        pass  # pragma: no cover


def test_rollback_leaves_nothing_half_written(store: Store) -> None:
    add(store, article("before"))
    with pytest.raises(RuntimeError, match="boom"), store.transaction():
        store.add_article(article("during"), NEW, "h-during", b"sig")
        store.create_event("e1", "E1", T0)
        store.assign_article("during", "e1", score=None, reason="new", at=T0)
        store.put_extraction(Extraction("during", "shooting"))
        store.add_audit("auto_new", "test", event_ids=["e1"], at=T0)
        store.put_meta("cursor", "1")
        raise RuntimeError("boom")
    assert not store.has_article("during")
    assert store.get_event("e1") is None
    assert store.get_extraction("during") is None
    assert store.audit_entries() == []
    assert store.get_meta("cursor") is None
    assert store.find_by_text_hash("h-during") is None
    assert store.search_articles("during") == []
    assert [a.article.id for a in store.get_articles(["before", "during"])] == ["before"]
    add(store, article("after"))  # the store is usable after a rollback
    assert store.article_count() == 2


def test_a_failed_statement_rolls_the_whole_transaction_back(store: Store) -> None:
    with pytest.raises(StoreError, match="already stored"), store.transaction():
        store.add_article(article("x"), NEW, "h1", None)
        store.add_article(article("x"), NEW, "h2", None)
    assert not store.has_article("x")


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="naive"), store.transaction():
        store.add_article(article("a", published=datetime(2024, 1, 1)), NEW, "h", None)
    with pytest.raises(StoreError, match="naive"):
        store.list_events(reported_since=datetime(2024, 1, 1))


def test_a_transaction_belongs_to_its_thread(store: Store) -> None:
    seen: dict[str, object] = {}

    def other_thread() -> None:
        seen["visible"] = store.has_article("uncommitted")
        try:
            store.put_meta("from-other-thread", "x")
        except StoreError as error:
            seen["error"] = error

    with store.transaction():
        store.add_article(article("uncommitted"), NEW, "h", None)
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join(timeout=30)
        assert store.has_article("uncommitted")  # own writes are visible to own thread
    assert seen["visible"] is False
    assert isinstance(seen.get("error"), StoreError)
    assert store.has_article("uncommitted")


# --------------------------------------------------------------------------- articles


def test_articles_round_trip_with_every_field(store: Store) -> None:
    paris = timezone(timedelta(hours=2))
    full = Article(
        id="full-1",
        text="Line one.\nLine two with ünïcode — and quotes \"'.",
        title="A title",
        published=datetime(2024, 3, 1, 14, 30, 15, 123456, tzinfo=paris),
        modified=datetime(2024, 3, 1, 13, 0, tzinfo=UTC),
        fetched=datetime(2024, 3, 2, 0, 0, 0, 1, tzinfo=UTC),
        source="Example Wire",
        url="https://news.example/a/1",
        authors=("Ann Author", "Bo Byline"),
        origin="feed.jsonl:3",
        notes=("undecodable bytes replaced",),
    )
    verdict = DedupVerdict("near_duplicate", original_id="orig", similarity=0.875)
    add(store, article("orig"))
    with store.transaction():
        store.add_article(full, verdict, "hash-full", b"\x00\x01\xff")
    stored = store.get_article("full-1")
    assert stored is not None
    assert stored.article == full
    assert stored.verdict == verdict
    assert stored.text_hash == "hash-full"
    assert stored.event_id is None
    for moment in (stored.article.published, stored.article.modified, stored.ingested_at):
        assert moment is not None and moment.utcoffset() == timedelta(0)
    assert stored.article.published == datetime(2024, 3, 1, 12, 30, 15, 123456, tzinfo=UTC)
    assert abs(stored.ingested_at - datetime.now(UTC)) < timedelta(minutes=5)


def test_get_articles_keeps_the_order_given_and_skips_missing(store: Store) -> None:
    add(store, article("a"), article("b"), article("c"))
    got = store.get_articles(["c", "missing", "a", "b"])
    assert [s.article.id for s in got] == ["c", "a", "b"]
    assert store.get_article("missing") is None
    assert store.has_article("b") and not store.has_article("missing")
    assert store.article_count() == 3


def test_duplicate_article_id_is_refused(store: Store) -> None:
    add(store, article("a"))
    with pytest.raises(StoreError, match="already stored"), store.transaction():
        store.add_article(article("a"), NEW, "other", None)


def test_find_by_text_hash_and_by_url(store: Store) -> None:
    url = "https://news.example/story"
    with store.transaction():
        store.add_article(article("r1", url=url), NEW, "h1", None)
        store.add_article(article("other", url="https://else.example/"), NEW, "h2", None)
        store.add_article(article("r2", url=url), DedupVerdict("revision", "r1", 0.5), "h3", None)
    assert store.find_by_text_hash("h2") == "other"
    assert store.find_by_text_hash("nope") is None
    assert store.find_by_url(url) == ["r1", "r2"]
    assert store.find_by_url("https://none.example/") == []


def test_signatures_stream_every_stored_one(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared_sql, "_PAGE", 2)  # several pages with a few rows
    signatures = {f"s{i}": bytes([i, 255 - i, 0]) * 3 for i in range(5)}
    with store.transaction():
        for article_id, signature in signatures.items():
            store.add_article(article(article_id), NEW, article_id, signature)
        store.add_article(article("unsigned"), NEW, "u", None)
    assert dict(store.iter_signatures()) == signatures


# --------------------------------------------------------------------------- extractions


def full_extraction(article_id: str) -> Extraction:
    return Extraction(
        article_id=article_id,
        event_type="shooting",
        event_date=EventDate(datetime(2024, 2, 29).date(), "day", "on Thursday", 10, 21),
        places=(
            Place("Springfield", "city", "US", 39.8, -89.6, 30, 41),
            Place("Nowhere", "region", None),
        ),
        claims=(
            Claim(
                "The Group",
                "the group",
                "claimed",
                "The Group claimed it",
                50,
                70,
                source="a statement",
            ),
        ),
        counts=(
            CountMention(
                "killed",
                3,
                "at_least",
                3,
                None,
                "at least 3 killed",
                80,
                97,
                trend="rising",
                attribution="police",
            ),
            CountMention(
                "killed",
                2,
                "exact",
                2,
                2,
                "2 of them",
                98,
                106,
                part_of=0,
                detail="children",
                revision=True,
                other_event=False,
            ),
        ),
        totals={"killed": CountTotal(3, "at_least", 3, None, "rising", (0, 1))},
        actors=("The Group",),
        officials=("police",),
        extractor="test-extractor/1",
        target="civilians",
        event_type_evidence="opened fire",
    )


def test_extraction_round_trip_and_replacement(store: Store) -> None:
    add(store, article("a"), article("b"))
    first = full_extraction("a")
    with store.transaction():
        store.put_extraction(first)
        store.put_extraction(Extraction("b", "unknown"))
    assert store.get_extraction("a") == first
    replaced = Extraction("a", "bombing", extractor="test-extractor/2")
    with store.transaction():
        store.put_extraction(replaced)
    assert store.get_extraction("a") == replaced
    assert store.get_extractions(["b", "a", "missing"]) == {
        "a": replaced,
        "b": Extraction("b", "unknown"),
    }
    assert store.get_extraction("missing") is None
    with pytest.raises(NotFoundError, match="ghost"), store.transaction():
        store.put_extraction(Extraction("ghost", "shooting"))


def test_review_links_and_state_need_existing_events(store: Store) -> None:
    with store.transaction():
        store.create_event("e1", "E1", T0)
    with pytest.raises(NotFoundError, match="e1 or ghost"), store.transaction():
        store.add_possible_same("e1", "ghost", 0.5, article_id=None, at=T0)
    with pytest.raises(NotFoundError, match="ghost"), store.transaction():
        store.put_cluster_state("ghost", b"state")
    with pytest.raises(StoreError, match="transaction"):
        store.update_event("e1")


# --------------------------------------------------------------------------- events


def test_event_create_update_and_merge(store: Store) -> None:
    with store.transaction():
        store.create_event("e1", "First title", T0, story_id="s1")
        store.create_event("e2", "Second", T0)
    with store.transaction():
        store.update_event("e1", title="New title")  # story_id untouched
        store.update_event("e2", merged_into="e1")
    e1, e2 = store.get_event("e1"), store.get_event("e2")
    assert e1 is not None and e2 is not None
    assert (e1.title, e1.story_id, e1.merged_into, e1.created_at) == ("New title", "s1", None, T0)
    assert (e1.article_count, e1.first_reported, e1.last_reported, e1.summary) == (
        0,
        None,
        None,
        None,
    )
    assert e2.merged_into == "e1" and e2.title == "Second"
    assert store.get_event("nope") is None
    with pytest.raises(NotFoundError), store.transaction():
        store.update_event("nope", title="x")
    with pytest.raises(StoreError, match="already exists"), store.transaction():
        store.create_event("e1", "again", T0)


def test_event_summary_is_cached_on_the_row(store: Store) -> None:
    with store.transaction():
        store.create_event("e1", "E", T0)
        store.put_event_summary("e1", '{"id": "e1", "facts": {}}')
    row = store.get_event("e1")
    assert row is not None and row.summary == '{"id": "e1", "facts": {}}'
    with store.transaction():
        store.put_event_summary("e1", "{}")
    assert store.get_event("e1").summary == "{}"  # type: ignore[union-attr]
    with pytest.raises(NotFoundError), store.transaction():
        store.put_event_summary("nope", "{}")


def test_event_record_is_cached_until_the_event_changes(store: Store) -> None:
    ids = event_with(store, "e1", 0, 1)
    add(store, article("later", published=hours(3)))
    assert store.get_event_record("e1") is None

    def cache(record: str) -> None:
        with store.transaction():
            store.put_event_summary("e1", '{"id": "e1"}')
            store.put_event_record("e1", record)
        assert store.get_event_record("e1") == record

    cache('{"v": 1}')
    with store.transaction():
        store.put_event_summary("e1", '{"id": "e1", "title": "new"}')
    assert store.get_event_record("e1") is None  # a new summary: the record is stale
    cache('{"v": 2}')
    with store.transaction():
        store.assign_article("later", "e1", score=None, reason="similar", at=T0)
    assert store.get_event_record("e1") is None  # a new report
    cache('{"v": 3}')
    with store.transaction():
        store.put_extraction(Extraction(article_id=ids[0], event_type="fire"))
    assert store.get_event_record("e1") is None  # a re-extraction
    cache('{"v": 4}')
    with store.transaction():
        store.update_event("e1", title="Renamed")
    assert store.get_event_record("e1") is None  # the record shows the title
    with pytest.raises(NotFoundError), store.transaction():
        store.put_event_record("nope", "{}")
    assert store.get_event_record("nope") is None


FILTER_SUMMARIES: dict[str, dict[str, Any]] = {
    "fire-lagos": {
        "event_type": "fire",
        "event_date": {"value": "2024-03-01"},
        "places": [{"name": "Lagos", "country": "NG"}],
    },
    "fire-no-date": {
        "event_type": "fire/arson",
        "event_date": None,
        "places": [{"name": "İzmir", "country": "TR"}],
    },
    "flood-month": {"event_type": "flood", "event_date": {"value": "2024-02"}, "places": []},
    "quake-bare-date": {
        "event_type": None,
        "event_date": "2024-03-09T00:00:00",
        "places": [{"name": "Straße Nord", "country": None}],
    },
}


def _summary_row(event_id: str, summary: dict[str, Any]) -> Any:
    """The summary row the pipeline writes for an event summarized as `summary`."""
    from storyline.store.living import SummaryRow
    from storyline.store.summary_keys import event_day, place_keys

    places = summary.get("places") or []
    return SummaryRow(
        event_id=event_id, title=event_id, story_id=None,
        event_type=str(summary.get("event_type") or ""),
        event_date=event_day(summary.get("event_date")), date_precision="day", places="",
        place_keys=place_keys(n for p in places for n in (p["name"], p["country"] or "")),
        current=(), counts="", first_reported=T0, last_reported=T0, article_count=1,
        derived_by="test",
    )


def test_select_events_filters_on_summary_rows_like_the_facade(store: Store) -> None:
    from datetime import date

    from storyline.service import EventFilter, _passes
    from storyline.store.living import EventQuery

    for offset, (event_id, summary) in enumerate(FILTER_SUMMARIES.items()):
        event_with(store, event_id, offset)
        with store.transaction():
            store.put_living_rows(event_id, _summary_row(event_id, summary), ())
    event_with(store, "no-summary", 9)
    queries = [
        EventQuery(event_type="fire"),
        EventQuery(event_type="fire/"),
        EventQuery(place="lag"),
        EventQuery(place="ng"),
        EventQuery(place="izmir"),
        EventQuery(place="İZMİR"),
        EventQuery(place="STRASSE"),
        EventQuery(place="a\x1fb"),
        EventQuery(date_from=date(2024, 3, 1)),
        EventQuery(date_to=date(2024, 2, 1)),
        EventQuery(date_from=date(2024, 2, 1), date_to=date(2024, 3, 5), event_type="f"),
        EventQuery(place="%"),
        EventQuery(place="_"),
    ]
    everything = [row.id for row in store.list_events()]
    for query in queries:
        expected = {
            event_id
            for event_id, summary in FILTER_SUMMARIES.items()
            if _passes(
                summary,
                EventFilter(None, query.event_type, query.place, query.date_from, query.date_to),
            )
        }
        listed = store.select_events(query)
        # An event without a summary row cannot be judged by the store: it is kept, unjudged.
        assert {e.event_id for e in listed} == expected | {"no-summary"}, query
        assert [e.event_id for e in listed] == [i for i in everything if i in expected
                                                 or i == "no-summary"]
        assert [e.event_id for e in listed if not e.indexed] == ["no-summary"]
        paged = store.page_events(query, limit=1, offset=1)
        assert paged is None  # an unjudged event: the caller derives it, so no SQL paging


def test_list_events_live_with_articles_latest_first(store: Store) -> None:
    event_with(store, "old", 0, 1)
    event_with(store, "new", 2, 10)
    event_with(store, "mid", 5)
    event_with(store, "merged", 20)
    event_with(store, "undated", None)
    with store.transaction():
        store.create_event("empty", "No articles", T0)
        store.update_event("merged", merged_into="new")
    listed = [e.id for e in store.list_events()]
    assert listed == ["new", "mid", "old", "undated"]
    assert store.event_count() == 4
    assert [e.id for e in store.list_events(limit=2)] == ["new", "mid"]
    assert [e.id for e in store.list_events(limit=2, offset=1)] == ["mid", "old"]
    assert [e.id for e in store.list_events(offset=3)] == ["undated"]


def test_list_events_filters_by_report_time(store: Store) -> None:
    event_with(store, "early", 0, 1)
    event_with(store, "span", 0, 10)
    event_with(store, "late", 9)
    since = [e.id for e in store.list_events(reported_since=hours(9))]
    assert since == ["span", "late"]
    until = [e.id for e in store.list_events(reported_until=hours(1))]
    assert until == ["span", "early"]
    # The window holds no report of "span" although it lies between its first and last one.
    window = store.list_events(reported_since=hours(2), reported_until=hours(9))
    assert [e.id for e in window] == ["late"]
    assert store.list_events(reported_since=hours(11)) == []


def test_assign_article_keeps_counts_and_report_times(store: Store) -> None:
    event_with(store, "e1", 1, 5)
    event_with(store, "e2", 3)
    row = store.get_event("e1")
    assert row is not None
    assert (row.article_count, row.first_reported, row.last_reported) == (2, hours(1), hours(5))
    # Move e1's latest article to e2.
    later = T0 + timedelta(days=1)
    with store.transaction():
        store.assign_article("e1-a1", "e2", score=None, reason="moved", by_user=True, at=later)
    e1, e2 = store.get_event("e1"), store.get_event("e2")
    assert e1 is not None and e2 is not None
    assert (e1.article_count, e1.first_reported, e1.last_reported) == (1, hours(1), hours(1))
    assert (e2.article_count, e2.first_reported, e2.last_reported) == (2, hours(3), hours(5))
    membership = store.get_membership("e1-a1")
    assert membership is not None
    assert (membership.event_id, membership.score, membership.reason) == ("e2", None, "moved")
    assert membership.by_user is True and membership.assigned_at == later
    assert store.get_article("e1-a1").event_id == "e2"  # type: ignore[union-attr]
    # Moving the last article out leaves an empty event, which is no longer listed.
    with store.transaction():
        store.assign_article("e1-a0", "e2", score=0.5, reason="moved", at=later)
    e1 = store.get_event("e1")
    assert e1 is not None and (e1.article_count, e1.first_reported) == (0, None)
    assert [e.id for e in store.list_events()] == ["e2"]


def test_assign_to_the_same_event_again_counts_once(store: Store) -> None:
    event_with(store, "e1", 1)
    with store.transaction():
        store.assign_article("e1-a0", "e1", score=0.1, reason="again", at=T0)
    assert store.get_event("e1").article_count == 1  # type: ignore[union-attr]
    assert store.get_membership("e1-a0").reason == "again"  # type: ignore[union-attr]


def test_assign_unknown_article_or_event_is_not_found(store: Store) -> None:
    event_with(store, "e1", 1)
    with pytest.raises(NotFoundError, match="ghost"), store.transaction():
        store.assign_article("ghost", "e1", score=None, reason="x", at=T0)
    with pytest.raises(NotFoundError, match="nowhere"), store.transaction():
        store.assign_article("e1-a0", "nowhere", score=None, reason="x", at=T0)
    assert store.get_membership("e1-a0").event_id == "e1"  # type: ignore[union-attr]


def test_event_memberships_by_publication_then_id(store: Store) -> None:
    add(
        store,
        article("z", published=hours(1)),
        article("b", published=hours(2)),
        article("a", published=hours(2)),
        article("undated"),
        article("first", published=hours(0)),
    )
    with store.transaction():
        store.create_event("e", "E", T0)
        for aid in ["undated", "b", "z", "a", "first"]:
            store.assign_article(aid, "e", score=1.0, reason="r", at=T0)
    assert [m.article_id for m in store.event_memberships("e")] == [
        "first",
        "z",
        "a",
        "b",
        "undated",
    ]
    assert store.event_memberships("missing") == []
    assert store.get_membership("nobody") is None


# --------------------------------------------------------------------------- audit, review


def test_audit_newest_first_and_per_event(store: Store) -> None:
    with store.transaction():
        store.add_audit("auto_new", "first", event_ids=["e1"], article_ids=["a1"], at=hours(1))
        store.add_audit("merge", "both", event_ids=["e1", "e2"], actor="alice", at=hours(3))
        store.add_audit("move", "other", event_ids=["e2"], article_ids=["a2", "a3"], at=hours(2))
    everything = store.audit_entries()
    assert [e.reason for e in everything] == ["both", "other", "first"]
    merge = everything[0]
    assert (merge.action, merge.event_ids, merge.article_ids, merge.actor, merge.at) == (
        "merge",
        ("e1", "e2"),
        (),
        "alice",
        hours(3),
    )
    assert everything[1].article_ids == ("a2", "a3") and everything[1].actor == "storyline"
    assert [e.reason for e in store.audit_entries("e1")] == ["both", "first"]
    assert [e.reason for e in store.audit_entries("e2", limit=1)] == ["both"]
    assert store.audit_entries("e9") == []
    assert len({e.id for e in everything}) == 3


def test_possible_same_best_score_first_from_either_side(store: Store) -> None:
    with store.transaction():
        for event_id in ["e1", "e2", "e3", "e4"]:
            store.create_event(event_id, event_id, T0)
        store.add_possible_same("e1", "e2", 0.4, article_id="a1", at=hours(1))
        store.add_possible_same("e3", "e1", 0.7, article_id=None, at=hours(2))
        store.add_possible_same("e2", "e4", 0.9, article_id=None, at=hours(3))
    links = store.possible_same("e1")  # oriented from e1, whichever side it was recorded on
    assert [(p.event_id, p.other_event_id, p.score) for p in links] == [
        ("e1", "e3", 0.7),
        ("e1", "e2", 0.4),
    ]
    assert links[1].article_id == "a1" and links[1].at == hours(1)
    assert [(p.other_event_id, p.score) for p in store.possible_same("e2")] == [
        ("e4", 0.9),
        ("e1", 0.4),
    ]
    assert store.possible_same("e9") == []


# --------------------------------------------------------------------------- clusterer state


def test_cluster_state_put_iterate_delete(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shared_sql, "_PAGE", 2)
    states = {f"e{i}": bytes(range(i, i + 40)) for i in range(5)}
    with store.transaction():
        for event_id, state in states.items():
            store.create_event(event_id, event_id, T0)
            store.put_cluster_state(event_id, b"old")
            store.put_cluster_state(event_id, state)  # replaces
    assert dict(store.iter_cluster_states()) == states
    with store.transaction():
        store.delete_cluster_state("e3")
        store.delete_cluster_state("never-stored")
    del states["e3"]
    assert dict(store.iter_cluster_states()) == states


def test_meta_put_and_overwrite(store: Store) -> None:
    assert store.get_meta("k") is None
    with store.transaction():
        store.put_meta("k", "1")
        store.put_meta("k", "2")
        store.put_meta("other", "")
    assert store.get_meta("k") == "2"
    assert store.get_meta("other") == ""


# --------------------------------------------------------------------------- search


def test_search_finds_title_and_text_words_and_ranks(store: Store) -> None:
    add(
        store,
        article(
            "in-text",
            "Firefighters fought a warehouse blaze through the night.",
            title="Night of smoke",
        ),
        article(
            "in-title",
            "Crews were called at dawn to the harbour district.",
            title="Warehouse blaze in harbour",
        ),
        article(
            "both",
            "A warehouse blaze destroyed a warehouse of grain; the warehouse fell.",
            title="Warehouse blaze destroys grain store",
        ),
        article("unrelated", "The council approved a new budget for parks.", title="Budget"),
    )
    hits = store.search_articles("warehouse blaze")
    ids = [hit.article_id for hit in hits]
    assert set(ids) == {"in-text", "in-title", "both"}
    assert ids[0] == "both"  # in the title and repeatedly in the text
    assert ids.index("in-title") < ids.index("in-text")  # a title match weighs more
    assert [hit.rank for hit in hits] == sorted((hit.rank for hit in hits), reverse=True)
    by_id = {hit.article_id: hit for hit in hits}
    assert by_id["in-text"].title == "Night of smoke"
    assert "«warehouse»" in by_id["in-text"].snippet.lower()
    assert [h.article_id for h in store.search_articles("budget")] == ["unrelated"]
    assert store.search_articles("blazes")  # stemmed
    assert store.search_articles("warehouse blaze", limit=1)[0].article_id == "both"


def test_search_query_syntax_is_forgiving(store: Store) -> None:
    add(
        store,
        article("a", "The river flooded the old town."),
        article("b", "The old river bridge reopened."),
    )
    assert {h.article_id for h in store.search_articles('"river flooded"')} == {"a"}
    assert {h.article_id for h in store.search_articles("river -flooded")} == {"b"}
    assert {h.article_id for h in store.search_articles("flooded OR bridge")} == {"a", "b"}
    for odd in ['"', "AND", "NOT", "(", "*", "river)", "a:b", "-", "''", "   "]:
        store.search_articles(odd)  # never a syntax error
    assert store.search_articles("") == []


def test_stored_article_ids_answers_for_a_whole_batch(store: Store) -> None:
    add(store, *(article(f"s{n:04d}") for n in range(0, 1200, 2)))
    # More ids than one IN list holds, with repeats and unknown ids among them.
    asked = [f"s{n:04d}" for n in range(1200)] + ["s0000", "nope"]
    assert store.stored_article_ids(asked) == {f"s{n:04d}" for n in range(0, 1200, 2)}
    assert store.stored_article_ids([]) == set()
