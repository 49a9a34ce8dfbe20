"""The OpenAPI document describes what the API answers: a typed schema for every JSON answer,
checked against real answers over the bundled examples, and one error shape, 422 included."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from storyline.service import Storyline
from storyline.web import schemas

ERROR_REF = "#/components/schemas/Error"


@pytest.fixture(scope="module")
def spec(examples_client: TestClient) -> dict[str, Any]:
    document: dict[str, Any] = examples_client.get("/openapi.json").json()
    return document


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_every_error_answer_is_the_one_error_shape(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        for status, answer in operation["responses"].items():
            if status.startswith(("4", "5")):
                schema = answer["content"]["application/json"]["schema"]
                assert schema == {"$ref": ERROR_REF}, (method, path, status)
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def test_every_json_answer_has_a_typed_schema(spec: dict[str, Any]) -> None:
    for path, method, operation in operations(spec):
        if not path.startswith("/api/") or path.startswith("/api/export"):
            continue
        schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
        ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
        assert ref and ref.startswith("#/components/schemas/"), (method, path, schema)
        assert ref.rsplit("/", 1)[1] in spec["components"]["schemas"]
    export = spec["paths"]["/api/export"]["get"]["responses"]["200"]["content"]
    assert {"text/csv", "application/geo+json", "application/x-ndjson"} <= set(export)


def test_422_answers_with_the_documented_shape(examples_client: TestClient) -> None:
    response = examples_client.get("/api/events", params={"limit": "many"})
    assert response.status_code == 422
    assert set(response.json()) == {"error"}
    assert set(response.json()["error"]) == {"code", "message"}


def test_real_answers_match_their_schemas(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    listed = examples_facade.list_events()
    event = max(listed, key=lambda e: len(e["article_ids"]))
    since = min(e["first_reported"] for e in listed)
    event_id, article_id = event["id"], event["article_ids"][0]
    word = event["title"].split()[0]
    answers: list[tuple[str, dict[str, Any], Any]] = [
        ("/api/events", {}, list[schemas.EventSummary]),
        (f"/api/events/{event_id}", {}, schemas.Event),
        (f"/api/events/{event_id}", {"as_of": since}, schemas.Event),
        (f"/api/events/{event_id}/timeline", {}, list[schemas.TimelineEntry]),
        ("/api/timeline", {}, list[schemas.TimelineEntry]),
        (f"/api/events/{event_id}/brief", {}, schemas.Brief),
        (f"/api/events/{event_id}/audit", {}, list[schemas.AuditEntry]),
        (f"/api/events/{event_id}/possible-same", {}, list[schemas.PossibleSame]),
        ("/api/changes", {"since": since}, list[schemas.Change]),
        (f"/api/articles/{article_id}", {}, schemas.StoredArticle),
        ("/api/search", {"q": word}, list[schemas.SearchHit]),
    ]
    for path, params, model in answers:
        response = examples_client.get(path, params=params)
        assert response.status_code == 200, (path, response.text)
        body = response.json()
        TypeAdapter(model).validate_python(body)  # raises, naming the field, on a mismatch
        if isinstance(body, list):
            assert body or path.endswith(("possible-same", "audit")), path


def test_docs_page_uses_only_vendored_assets(examples_client: TestClient) -> None:
    page = examples_client.get("/docs")
    assert page.status_code == 200
    assert "script-src 'self'" in page.headers["content-security-policy"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    assert "<script>" not in page.text  # nothing inline: the CSP would refuse it
    for asset in ("/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css"):
        answer = examples_client.get(asset)
        assert answer.status_code == 200 and len(answer.content) > 10_000
    assert examples_client.get("/docs/assets/..%2Fcore.py").status_code == 404
    assert examples_client.get("/docs/assets/redoc.standalone.js").status_code == 404


def test_paging_links_walk_the_whole_list(examples_client: TestClient) -> None:
    everything = [e["id"] for e in examples_client.get("/api/events").json()]
    assert len(everything) >= 3
    url: str | None = "/api/events?limit=2"
    seen: list[str] = []
    while url:
        response = examples_client.get(url)
        seen += [e["id"] for e in response.json()]
        assert response.headers["x-total-count"] == str(len(everything))
        links = dict((rel, link) for link, rel in
                     re.findall(r'<([^>]+)>; rel="(\w+)"', response.headers["link"]))
        assert "first" in links and "last" in links
        url = links.get("next")
    assert seen == everything
    last = examples_client.get("/api/events", params={"limit": 2, "offset": 2}).headers["link"]
    assert 'rel="prev"' in last
    assert "link" not in examples_client.get("/api/events").headers
