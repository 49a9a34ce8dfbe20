"""Every page of the web app in real Chromium over the bundled examples: it renders, logs no
console error, asks nothing of the network beyond its own server, and its links answer; the
keyboard reaches everything with a visible focus; the charts' per-source view, and the map over
tiles from a fake tile server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers_browser import chromium, require_chromium, watched_tab
from helpers_web import live_server, tile_server
from storyline.exports import located_place
from storyline.service import Storyline

pytestmark = pytest.mark.browser
require_chromium()

KILLED = "section[aria-labelledby='fact-killed']"
PAGES = ["events", "events-filtered", "events-as-of", "event", "event-full", "event-by-source",
         "event-as-of", "event-since", "article", "changes", "changes-of-event", "api-docs",
         "not-found"]


@pytest.fixture(scope="module")
def base_url(examples_db: Path) -> Iterator[str]:
    with live_server(examples_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


def _changing_event(facade: Storyline) -> tuple[dict[str, Any], str]:
    """A located event whose death toll changed, and the time of its first report of it."""
    for summary in facade.list_events():
        event = facade.get_event(summary["id"])
        history = (event["facts"].get("killed") or {}).get("history") or []
        if located_place(event) and len({item["value"] for item in history}) > 1:
            return event, history[0]["reported"]
    raise AssertionError("no located example event whose killed count changed")


@pytest.fixture(scope="module")
def paths(examples_facade: Storyline) -> dict[str, str]:
    event, first = _changing_event(examples_facade)
    word = event["title"].split()[0]
    path = f"/events/{event['id']}"
    return {
        "events": "/", "events-filtered": f"/?q={word}", "events-as-of": f"/?as_of={first}",
        "event": path, "event-full": f"{path}?full=1", "event-by-source": f"{path}?by_source=1",
        "event-as-of": f"{path}?as_of={first}", "event-since": f"{path}?since={first}",
        "article": f"/articles/{event['article_ids'][0]}", "changes": "/changes",
        "changes-of-event": f"/changes?event={event['id']}", "api-docs": "/docs",
        "not-found": "/events/no-such-event",
    }


@pytest.mark.parametrize("name", PAGES)
def test_every_page_renders_cleanly_and_its_links_answer(
    browser: Any, base_url: str, paths: dict[str, str], name: str
) -> None:
    with watched_tab(browser, base_url) as tab:
        response = tab.page.goto(base_url + paths[name])
        assert response is not None
        assert response.status == (404 if name == "not-found" else 200)
        if name == "api-docs":
            tab.page.wait_for_selector(".opblock", timeout=20_000)
        else:
            assert tab.page.locator("main h1").first.is_visible()
        hrefs = tab.page.eval_on_selector_all(
            "main a[href^='/'], header a[href^='/']",
            "links => links.map(a => a.getAttribute('href'))")
        for href in sorted(set(hrefs))[:40]:
            answer = tab.page.request.get(base_url + href.split("#")[0], max_redirects=0)
            assert answer.status < 400, f"{href} on {paths[name]} answers {answer.status}"
        # The browser logs the 404 page's own status; nothing else may be logged.
        expected = ["Failed to load resource: the server responded with a status of 404 "
                    "(Not Found)"] if name == "not-found" else []
        assert tab.errors == expected, tab.errors
        assert tab.outside == []


def test_keyboard_skips_to_content_and_every_stop_shows_its_focus(
    browser: Any, base_url: str, paths: dict[str, str]
) -> None:
    with watched_tab(browser, base_url) as tab:
        page = tab.page
        page.goto(base_url + paths["event"])
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Skip to content"
        page.keyboard.press("Enter")
        # Following the skip link moves the focus a moment after the key press.
        page.wait_for_function("() => document.activeElement.id === 'main'", timeout=5000)
        reached: set[str] = set()
        for _ in range(60):
            page.keyboard.press("Tab")
            stop = page.evaluate("""() => {
                const el = document.activeElement, style = getComputedStyle(el);
                return {tag: el.tagName.toLowerCase(), id: el.id, inMap: !!el.closest('#map'),
                        outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
                        own: el.matches(':focus')};
            }""")
            # A date field's calendar button is the browser's own part (it draws that focus).
            assert stop["outline"] or not stop["own"], f"no visible focus on {stop}"
            name = stop["tag"] + ("#" + stop["id"] if stop["id"] else "")
            reached.add("map" if stop["inMap"] else name)
        assert "map" in reached  # the map's markers are links in the tab order
        assert "input#as_of_slider" in reached or "input#as_of" in reached
        assert tab.errors == []


def test_charts_show_one_line_per_source_on_request(
    browser: Any, base_url: str, paths: dict[str, str], examples_facade: Storyline
) -> None:
    event, _ = _changing_event(examples_facade)
    sources = {item.get("source") for item in event["facts"]["killed"]["history"]}
    with watched_tab(browser, base_url) as tab:
        page = tab.page
        page.goto(base_url + paths["event"])
        chart = page.locator(KILLED + " svg")
        assert chart.locator("polyline.source-line").count() == 0
        points = chart.locator("g.point").count()
        # The same data as a table beside the chart: one row per point.
        assert page.locator(KILLED + " table tbody tr").count() >= points > 0
        page.get_by_role("link", name="Show one line per source in the charts").click()
        page.wait_for_url("**by_source=1**")
        lines = page.locator(KILLED + " svg polyline.source-line")
        assert lines.count() == len(sources)
        assert page.locator(KILLED + " svg g.point").count() == points
        page.get_by_role("link", name="One chart line per source: hide").click()
        page.wait_for_function("!location.search.includes('by_source=1')")
        assert page.locator(KILLED + " svg polyline.source-line").count() == 0
        assert tab.errors == []


def test_map_draws_tiles_from_the_configured_server(
    browser: Any, examples_db: Path, examples_facade: Storyline
) -> None:
    """The optional tiles: the browser fetches them from the tile server (a fake one on
    127.0.0.1), the CSP lets them in, markers still open their events."""
    event, _ = _changing_event(examples_facade)
    with tile_server() as (template, asked), live_server(examples_db, map_tiles=template) as url:
        tiles_origin = template.split("/{z}")[0]
        with watched_tab(browser, url, tiles_origin) as tab:
            page = tab.page
            page.goto(f"{url}/events/{event['id']}")
            page.wait_for_load_state("networkidle")
            shown = page.locator("#map image.tile").count()
            assert shown > 0 and len(asked) == shown
            assert all(path.count("/") == 3 and path.endswith(".png") for path in asked)
            page.locator("#map circle.event").click()
            page.wait_for_url(f"**/events/{event['id']}")
            assert tab.errors == [], tab.errors  # no CSP refusal
            assert tab.outside == []
