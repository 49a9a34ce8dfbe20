"""In-process tests of the JSON API over a real SQLite store filled by the real pipeline."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from helpers_web import XSS_ID, XSS_SCRIPT, copy_db
from storyline.service import Storyline
from storyline.web import create_app
from storyline.web.errors import CSP
from storyline.web.params import parse_time

TOKEN = "test-token-123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def writable(examples_db: Path, tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    copy = copy_db(examples_db, tmp_path)
    with TestClient(create_app(str(copy), token=TOKEN)) as test_client:
        yield test_client, copy


def assert_error(response: Any, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def biggest_event(examples_facade: Storyline) -> dict[str, Any]:
    events = examples_facade.list_events()
    return max(events, key=lambda e: (len(e["article_ids"]), e["id"]))


# --------------------------------------------------------------------------- reads


def test_events_are_the_facades_events(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    response = examples_client.get("/api/events")
    assert response.status_code == 200
    events = response.json()
    assert events == json.loads(json.dumps(examples_facade.list_events()))
    assert response.headers["x-total-count"] == str(len(events))
    required = {
        "id",
        "title",
        "event_type",
        "event_date",
        "places",
        "article_ids",
        "first_reported",
        "last_reported",
        "facts",
    }
    for event in events:
        assert required <= set(event)


def test_events_limit_offset_and_filters(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    everything = examples_client.get("/api/events").json()
    page = examples_client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert page == everything[1:2]
    some_type = everything[0]["event_type"]
    typed = examples_client.get("/api/events", params={"type": some_type}).json()
    assert typed and all(str(e["event_type"]).startswith(some_type) for e in typed)
    assert examples_client.get("/api/events", params={"from": "2999-01-01"}).json() == []


def test_event_as_of_matches_the_facade(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event = biggest_event(examples_facade)
    full = examples_client.get(f"/api/events/{event['id']}").json()
    assert full == json.loads(json.dumps(examples_facade.get_event(event["id"])))
    for key in ("facts", "claims", "timeline"):
        assert key in full
    first = full["first_reported"]
    early = examples_client.get(f"/api/events/{event['id']}", params={"as_of": first}).json()
    assert set(early["article_ids"]) < set(full["article_ids"]) or len(full["article_ids"]) == 1
    assert early["article_ids"] and early["article_ids"][0] == full["article_ids"][0]


def test_event_timeline_brief_audit(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event_id = biggest_event(examples_facade)["id"]
    timeline = examples_client.get(f"/api/events/{event_id}/timeline").json()
    assert timeline == json.loads(json.dumps(examples_facade.timeline(event_id)))
    assert all({"date", "text", "article_ids"} <= set(item) for item in timeline)
    limited = examples_client.get(f"/api/events/{event_id}/timeline",
                                  params={"max_dates": 1}).json()
    assert len({item["date"] for item in limited}) <= 1
    brief = examples_client.get(f"/api/events/{event_id}/brief")
    assert brief.status_code == 200 and brief.json() == json.loads(
        json.dumps(examples_facade.brief(event_id))
    )
    audit = examples_client.get(f"/api/events/{event_id}/audit").json()
    assert audit and all(event_id in entry["event_ids"] for entry in audit)
    digest = examples_client.get("/api/timeline", params={"max_dates": 3}).json()
    assert isinstance(digest, list) and len({d["date"] for d in digest}) <= 3


def test_changes_since(examples_client: TestClient, examples_facade: Storyline) -> None:
    events = examples_facade.list_events()
    earliest = min(e["first_reported"] for e in events)
    changes = examples_client.get("/api/changes", params={"since": earliest}).json()
    assert changes, "the examples report developments, so there are changes"
    assert all({"event_id", "kind", "article_ids", "reported"} <= set(c) for c in changes)
    assert examples_client.get("/api/changes", params={"since": "2999-01-01"}).json() == []


def test_article_and_search(examples_client: TestClient, examples_facade: Storyline) -> None:
    event = biggest_event(examples_facade)
    article_id = event["article_ids"][0]
    article = examples_client.get(f"/api/articles/{article_id}").json()
    assert article["id"] == article_id and article["event_id"] == event["id"]
    assert article["text"] and "extraction" in article
    words = re.findall(r"[A-Za-z]{5,}", str(article["title"] or article["text"]))
    word = max(words, key=len)
    hits = examples_client.get("/api/search", params={"q": word, "limit": 500}).json()
    assert any(hit["article_id"] == article_id for hit in hits), (word, hits)
    assert all({"article_id", "title", "snippet", "rank", "event_id"} <= set(h) for h in hits)


def test_atom_feed(examples_client: TestClient, examples_facade: Storyline) -> None:
    earliest = min(e["first_reported"] for e in examples_facade.list_events())
    response = examples_client.get("/changes.atom", params={"since": earliest})
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    since = parse_time(earliest, "since")
    assert since is not None
    assert len(entries) == min(200, len(examples_facade.changes(since)))
    assert all(entry.find("a:link", ns) is not None for entry in entries)


def test_openapi_lists_every_endpoint(examples_client: TestClient) -> None:
    spec = examples_client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/events/{event_id}/timeline",
        "/api/changes",
        "/api/articles/{article_id}",
        "/api/search",
        "/api/articles",
        "/api/events/{event_id}/merge",
        "/api/events/{event_id}/split",
        "/api/articles/{article_id}/move",
        "/api/export",
        "/api/export.csv",
        "/api/export.jsonl",
    ):
        assert path in spec["paths"], path
    assert "ArticleIn" in spec["components"]["schemas"]


def test_security_headers_everywhere(examples_client: TestClient) -> None:
    for path in ("/", "/api/events", "/static/style.css", "/api/events/nope", "/nope"):
        response = examples_client.get(path)
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP


# --------------------------------------------------------------------------- errors


def test_one_error_shape(examples_client: TestClient) -> None:
    assert_error(examples_client.get("/api/events/no-such-event"), 404, "not_found")
    assert_error(examples_client.get("/api/articles/no-such-article"), 404, "not_found")
    assert_error(examples_client.get("/api/nowhere"), 404, "not_found")
    assert_error(examples_client.get("/api/events", params={"as_of": "yesterday"}), 400,
                 "bad_request")
    assert_error(examples_client.get("/api/events", params={"from": "2024-13-01"}), 400,
                 "bad_request")
    assert_error(examples_client.get("/api/events", params={"limit": 0}), 422, "invalid_request")
    assert_error(examples_client.get("/api/changes"), 400, "bad_request")
    assert_error(examples_client.get("/api/search"), 400, "bad_request")
    assert_error(examples_client.delete("/api/events"), 405, "method_not_allowed")


def test_pages_answer_errors_in_html(examples_client: TestClient) -> None:
    response = examples_client.get("/events/no-such-event")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert 'data-code="not_found"' in response.text
    assert examples_client.get("/", params={"page": "0"}).status_code == 400


# --------------------------------------------------------------------------- writes


def test_read_only_server_refuses_writes(examples_client: TestClient) -> None:
    response = examples_client.post("/api/articles", json={"text": "x"}, headers=AUTH)
    assert_error(response, 403, "read_only")
    assert_error(examples_client.post("/api/events/x/merge", json={}), 403, "read_only")


def test_writes_need_the_right_token(writable: tuple[TestClient, Path]) -> None:
    examples_client, _ = writable
    article = {"text": "A storm hit Testport on Friday.", "published": "2031-01-02"}
    assert_error(examples_client.post("/api/articles", json=article), 401, "unauthorized")
    wrong = {"Authorization": "Bearer nope"}
    assert_error(examples_client.post("/api/articles", json=article, headers=wrong), 403,
                 "forbidden")


def test_post_articles_ingests(writable: tuple[TestClient, Path]) -> None:
    examples_client, examples_db = writable
    articles = [
        {
            "id": "api-1",
            "title": "Flood in Testport",
            "published": "2031-01-02T08:00:00Z",
            "text": "Flooding in Testport killed at least 3 people on Thursday, police said.",
            "source": "Test Wire",
            "url": "https://example.org/a",
        },
        {
            "id": "api-2",
            "title": "Testport flood toll rises",
            "published": "2031-01-02T18:00:00Z",
            "text": "The death toll from flooding in Testport rose to 9 on Thursday, police said.",
            "source": "Test Wire",
        },
    ]
    response = examples_client.post("/api/articles", json=articles, headers=AUTH)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["ingested"] == 2 and report["failed"] == []
    assert report["article_ids"] == ["api-1", "api-2"]
    stored = examples_client.get("/api/articles/api-2").json()
    assert stored["published"].startswith("2031-01-02T18:00")
    again = examples_client.post("/api/articles", json=articles[0], headers=AUTH).json()
    assert again["ingested"] == 0 and again["duplicates"] == 1
    with Storyline.open(str(examples_db)) as storyline:
        assert storyline.get_article("api-1")["source"] == "Test Wire"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"text": "x", "published": "02/01/2031"}, "published"),
        ({"text": "x", "published": "2031-02-30"}, "published"),
        ({"text": ""}, "text"),
        ({"title": "no text"}, "text"),
        ({"text": "x", "authors": "Ann"}, "authors"),
        ({"text": "x", "title": 5}, "title"),
        ([], "empty"),
        ("just a string", "object"),
    ],
)
def test_post_articles_rejects_bad_input(
    writable: tuple[TestClient, Path], body: Any, fragment: str
) -> None:
    examples_client, _ = writable
    response = examples_client.post("/api/articles", json=body, headers=AUTH)
    assert_error(response, 400, "bad_request")
    assert fragment in response.json()["error"]["message"]


def test_post_articles_rejects_bad_json(writable: tuple[TestClient, Path]) -> None:
    examples_client, _ = writable
    response = examples_client.post("/api/articles", content=b"{not json", headers=AUTH)
    assert_error(response, 400, "bad_request")


def test_body_size_limit(examples_db: Path, tmp_path: Path) -> None:
    copy = copy_db(examples_db, tmp_path)
    with TestClient(create_app(str(copy), token=TOKEN, max_body_bytes=1000)) as examples_client:
        big = {"text": "word " * 400}
        assert_error(examples_client.post("/api/articles", json=big, headers=AUTH), 413,
                     "too_large")

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted while reading
            yield b'{"text": "'
            for _ in range(50):
                yield b"word " * 10
            yield b'"}'

        streamed = examples_client.post("/api/articles", content=chunks(), headers=AUTH)
        assert_error(streamed, 413, "too_large")
        small = examples_client.post("/api/articles", json={"text": "A fire in Testville."},
                                     headers=AUTH)
        assert small.status_code == 200, small.text


def test_merge_split_move(writable: tuple[TestClient, Path]) -> None:
    examples_client, _ = writable
    events = examples_client.get("/api/events").json()
    assert len(events) >= 2, "the examples hold several stories"
    target, other = events[0], events[1]
    before = examples_client.get(f"/api/events/{target['id']}").json()  # cached view of the target
    assert not set(other["article_ids"]) & set(before["article_ids"])
    merged = examples_client.post(
        f"/api/events/{target['id']}/merge", json={"other": other["id"]}, headers=AUTH
    )
    assert merged.status_code == 200, merged.text
    merged_ids = set(merged.json()["article_ids"])
    assert set(other["article_ids"]) <= merged_ids
    # the old id follows the merge
    assert examples_client.get(f"/api/events/{other['id']}").json()["id"] == merged.json()["id"]
    split = examples_client.post(
        f"/api/events/{merged.json()['id']}/split",
        json={"article_ids": other["article_ids"]},
        headers=AUTH,
    )
    assert split.status_code == 200, split.text
    new_event = split.json()
    assert set(new_event["article_ids"]) == set(other["article_ids"])
    # the views cached before the corrections are not served after them
    after_split = examples_client.get(f"/api/events/{merged.json()['id']}").json()
    assert set(after_split["article_ids"]) == set(before["article_ids"])
    moved_id = other["article_ids"][0]
    moved = examples_client.post(
        f"/api/articles/{moved_id}/move", json={"to": merged.json()["id"]}, headers=AUTH
    )
    assert moved.status_code == 200, moved.text
    assert moved_id in moved.json()["article_ids"]
    merged_now = examples_client.get(f"/api/events/{merged.json()['id']}").json()
    assert moved_id in merged_now["article_ids"]
    page = examples_client.get(f"/events/{merged.json()['id']}").text
    assert f'href="/articles/{moved_id}"' in page
    audit = examples_client.get(f"/api/events/{merged.json()['id']}/audit").json()
    assert {"merge", "split", "move"} <= {entry["action"] for entry in audit}
    assert_error(
        examples_client.post(f"/api/events/{target['id']}/split", json={"article_ids": []},
                             headers=AUTH),
        422,
        "invalid_request",
    )
    assert_error(
        examples_client.post("/api/articles/nope/move", json={"to": target["id"]}, headers=AUTH),
        404,
        "not_found",
    )


def test_hostile_article_is_served_as_data(examples_client: TestClient) -> None:
    article = examples_client.get(f"/api/articles/{XSS_ID}")
    assert article.headers["content-type"].startswith("application/json")
    assert XSS_SCRIPT in article.json()["title"]
