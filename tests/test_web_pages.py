"""In-process tests of the HTML pages over a real SQLite store filled by the real pipeline."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

from fastapi.testclient import TestClient

from helpers_web import XSS_ID, XSS_IMG, XSS_SCRIPT
from storyline.service import Storyline
from storyline.web.pages import PAGE_SIZE
from storyline.web.views import current_of, hedged_count, ordered_facts


def headlines(page: str) -> list[str]:
    return [
        html.unescape(h) for h in re.findall(r'<h3 id="fact-[^"]+" class="headline">([^<]*)<', page)
    ]


def event_with_changing_counts(examples_facade: Storyline) -> tuple[dict[str, Any], str]:
    """An event and a report time at which its counts differed from the current ones."""
    for event in examples_facade.list_events():
        full = examples_facade.get_event(event["id"])
        for fact in full["facts"].values():
            for item in fact["history"]:
                earlier = examples_facade.get_event(event["id"], as_of=_time(item["reported"]))
                if _counts(earlier) != _counts(full):
                    return full, item["reported"]
    raise AssertionError("no example event whose counts change over time")


def _time(value: str) -> Any:
    from storyline.web.params import parse_time

    return parse_time(value, "as_of")


def _counts(event: dict[str, Any]) -> dict[str, str]:
    return {
        c: hedged_count(c, current_of(f)) for c, f in event["facts"].items() if f.get("current")
    }


def test_events_page_lists_every_story(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    events = examples_facade.list_events()
    page = examples_client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    for event in events[:PAGE_SIZE]:
        assert f'href="/events/{event["id"]}"' in page.text
        for category, fact in event["facts"].items():
            assert html.escape(hedged_count(category, fact), quote=False) in page.text
    assert f"{len(events)} event" in page.text
    assert page.text.count('class="spark"') >= 1
    assert '<label for="q">' in page.text and '<label for="place">' in page.text


def test_events_page_filters_and_pagination(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    events = examples_facade.list_events()
    some_type = events[0]["event_type"]
    typed = examples_client.get("/", params={"type": some_type}).text
    for event in events:
        shown = f'href="/events/{event["id"]}"' in typed
        assert shown == str(event["event_type"]).startswith(some_type) or len(events) > PAGE_SIZE
    empty = examples_client.get("/", params={"from": "2999-01-01"}).text
    assert "0 events" in empty and "No events match" in empty
    beyond = examples_client.get("/", params={"page": 99}).text
    assert 'class="event-item"' not in beyond


def test_search_box_finds_articles(examples_client: TestClient, examples_facade: Storyline) -> None:
    page = examples_client.get("/", params={"q": "Testville"}).text
    assert "Matching articles" in page
    assert f'href="/articles/{XSS_ID}"' in page


def test_event_page_shows_facts_chart_timeline(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event, _ = event_with_changing_counts(examples_facade)
    page = examples_client.get(f"/events/{event['id']}").text
    assert 'class="count-chart"' in page
    history = sum(len(f["history"]) for f in event["facts"].values())
    assert page.count('class="point status-') == history
    assert 'class="point status-current"' in page
    assert page.count("<li><time") >= len(event["timeline"])
    for category, fact in event["facts"].items():
        if fact["current"]:
            assert html.escape(fact["current"]["why"], quote=False) in page
            assert hedged_count(category, fact["current"]) in headlines(page)
    for article_id in event["article_ids"]:
        assert f'href="/articles/{article_id}"' in page
    assert 'type="datetime-local"' in page and '<label for="as_of">' in page


def test_event_page_as_of_changes_counts(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event, reported = event_with_changing_counts(examples_facade)
    latest = headlines(examples_client.get(f"/events/{event['id']}").text)
    earlier_page = examples_client.get(f"/events/{event['id']}", params={"as_of": reported}).text
    earlier = examples_facade.get_event(event["id"], as_of=_time(reported))
    assert headlines(earlier_page) != latest
    assert headlines(earlier_page) == [
        hedged_count(c, f["current"]) for c, f in ordered_facts(earlier["facts"]) if f["current"]
    ]
    assert "As known at" in earlier_page


def test_event_page_what_changed_since(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event, _ = event_with_changing_counts(examples_facade)
    since = event["first_reported"]
    page = examples_client.get(f"/events/{event['id']}", params={"since": since}).text
    assert "What changed since" in page
    changes = [c for c in examples_facade.changes(_time(since)) if c["event_id"] == event["id"]]
    assert page.count('<ul class="changes">') == (1 if changes else 0)


def test_article_page_highlights_evidence(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event, _ = event_with_changing_counts(examples_facade)
    for article_id in event["article_ids"]:
        article = examples_facade.get_article(article_id)
        counts = (article["extraction"] or {}).get("counts") or []
        if counts:
            break
    else:
        raise AssertionError("an event with counts has an article with count evidence")
    page = examples_client.get(f"/articles/{article_id}").text
    assert '<mark class="ev ev-count"' in page
    assert html.escape(counts[0]["evidence"], quote=False) in page
    assert f'href="/events/{event["id"]}"' in page


def test_changes_page(examples_client: TestClient, examples_facade: Storyline) -> None:
    earliest = min(e["first_reported"] for e in examples_facade.list_events())
    page = examples_client.get("/changes", params={"since": earliest}).text
    changes = examples_facade.changes(_time(earliest))
    assert f"{len(changes)} change" in page
    assert examples_client.get("/changes").status_code == 200


class TagCollector(HTMLParser):
    """The real tags and attributes of a page (escaped text is not a tag)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(page: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = TagCollector()
    collector.feed(page)
    return collector.tags


def assert_no_active_markup(page: str) -> None:
    for tag, attrs in tags_of(page):
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs, (tag, attrs)
        assert tag != "style"
        assert tag != "img" or attrs.get("src") != "x"
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), attrs  # type: ignore[union-attr]
        if tag == "a":
            assert not str(attrs.get("href") or "").lower().startswith("javascript:"), attrs


def test_hostile_markup_is_escaped_everywhere(examples_client: TestClient) -> None:
    article = examples_client.get(f"/articles/{XSS_ID}").text
    event_id = re.search(r'Part of the event <a href="/events/([^"]+)"', article)
    assert event_id is not None
    pages = [
        article,
        examples_client.get("/").text,
        examples_client.get(f"/events/{event_id.group(1)}").text,
        examples_client.get("/", params={"q": "Testville"}).text,
    ]
    for page in pages:
        assert XSS_SCRIPT not in page and XSS_IMG not in page
        assert_no_active_markup(page)
    assert html.escape(XSS_SCRIPT) in article


def test_pages_need_no_inline_script_or_style(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event_id = examples_facade.list_events()[0]["id"]
    for path in ("/", f"/events/{event_id}", "/changes", f"/articles/{XSS_ID}"):
        assert_no_active_markup(examples_client.get(path).text)


def test_static_files_are_served(examples_client: TestClient) -> None:
    assert (
        examples_client.get("/static/app.js")
        .headers["content-type"]
        .startswith(("text/javascript", "application/javascript"))
    )
    assert "focus-visible" in examples_client.get("/static/style.css").text


def test_the_type_line_says_whom_an_attack_was_against() -> None:
    from storyline.web.views import type_text

    assert type_text("riot", "civilians") == "riot (against civilians)"
    assert type_text("shooting", "armed") == "shooting (against armed forces or groups)"
    assert type_text("fire", None) == "fire"
    assert type_text("attack_on_civilians", "armed") == "attack (against armed forces or groups)"
    assert type_text("attack_on_civilians", "civilians") == "attack (against civilians)"
    assert type_text("attack_on_civilians", None) == "attack_on_civilians"
    assert type_text(None, None) == "unknown"
