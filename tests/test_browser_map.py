"""The map and the API documentation in a real browser: Debian's Chromium (never a downloaded
one), driven by Playwright, against a live uvicorn server over the bundled examples. The map must
render with markers, open an event from a marker and work without JavaScript; /docs must render
Swagger UI from the vendored files; neither may ask anything from the network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers_browser import Watched, chromium, require_chromium, watched_tab
from helpers_web import REPO, live_server
from storyline.exports import located_place
from storyline.service import Storyline

pytestmark = pytest.mark.browser
require_chromium()

ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="module")
def base_url(examples_db: Path) -> Iterator[str]:
    with live_server(examples_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as launched:
        yield launched


@pytest.fixture()
def tab(browser: Any, base_url: str) -> Iterator[Watched]:
    with watched_tab(browser, base_url) as watched:
        yield watched


def test_events_map_renders_markers_that_open_events(
    tab: Watched, base_url: str, examples_facade: Storyline
) -> None:
    page = tab.page
    page.goto(base_url + "/")
    world = page.locator("#map svg")
    assert world.is_visible()
    box = world.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    assert page.locator("#map path.land").count() > 20
    located = [e for e in examples_facade.list_events(limit=25) if located_place(e) is not None]
    dots = page.locator("#map a.marker-link")
    assert dots.count() == len(located) > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#map").screenshot(path=str(ARTIFACTS / "events-map.png"))

    target = located[0]
    page.locator(f'#map a.marker-link[href="/events/{target["id"]}"] circle').click()
    page.wait_for_url(f"**/events/{target['id']}")
    assert page.locator("h1").inner_text() == target["title"]
    assert page.locator("#map circle.event").count() == 1
    page.locator("#map").screenshot(path=str(ARTIFACTS / "event-map.png"))
    assert tab.errors == []
    assert tab.outside == []


def test_map_marker_is_reachable_by_keyboard(tab: Watched, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + "/")
    first = page.locator("#map a.marker-link").first
    first.focus()
    href = first.get_attribute("href")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href}")
    assert tab.errors == []


def test_map_renders_without_javascript(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "/")
        assert page.locator("#map svg").is_visible()
        assert page.locator("#map circle.marker").count() > 0
    finally:
        context.close()


def test_api_docs_render_from_vendored_files(tab: Watched, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    spec = page.request.get(base_url + "/openapi.json").json()
    operations = sum(len(methods) for methods in spec["paths"].values())
    assert page.locator(".opblock").count() == operations
    page.locator(".opblock-summary").first.click()
    page.wait_for_timeout(300)
    assert tab.errors == []  # the CSP refused nothing
    assert tab.outside == []  # no CDN, no validator service


def test_list_and_map_light_each_other_up(tab: Watched, base_url: str) -> None:
    page = tab.page
    page.goto(base_url + "/")
    marker = page.locator("#map a.marker-link").first
    href = str(marker.get_attribute("href")).split("?")[0]
    item = page.locator("li.event-item", has=page.locator(f'h2 a[href="{href}"]'))
    item.hover()
    assert "highlight" in str(marker.get_attribute("class"))
    page.mouse.move(0, 0)
    assert "highlight" not in str(marker.get_attribute("class"))
    marker.locator("circle").hover()
    assert "highlight" in str(item.get_attribute("class"))
    assert tab.errors == []
