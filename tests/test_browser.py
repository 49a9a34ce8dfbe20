"""Browser tests: Debian's Chromium, driven by Playwright, against a live uvicorn server.

Never a downloaded browser: if /usr/bin/chromium is missing these tests are skipped with the
reason, unless STORYLINE_REQUIRE_BROWSER=1 (CI), where they fail.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers_browser import chromium, require_chromium
from helpers_web import REPO, XSS_ID, XSS_SCRIPT, live_server
from storyline.service import Storyline
from storyline.web.params import parse_time
from storyline.web.views import current_of, hedged_count, ordered_facts

pytestmark = pytest.mark.browser
require_chromium()

from playwright.sync_api import Browser, Dialog, Page  # noqa: E402

ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="module")
def base_url(examples_db: Path) -> Iterator[str]:
    with live_server(examples_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: _record_dialog(dialogs, dialog))
    tab.dialogs = dialogs  # type: ignore[attr-defined]
    errors: list[str] = []  # e.g. "Refused to apply inline style ... Content Security Policy"
    tab.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    tab.console_errors = errors  # type: ignore[attr-defined]
    yield tab
    context.close()


def _record_dialog(dialogs: list[str], dialog: Dialog) -> None:
    dialogs.append(dialog.message)
    dialog.dismiss()


def changing_event(examples_facade: Storyline) -> tuple[dict[str, Any], str]:
    """An event and an earlier report time at which its headline counts were different."""
    for event in examples_facade.list_events():
        full = examples_facade.get_event(event["id"])
        for fact in full["facts"].values():
            for item in fact["history"]:
                moment = parse_time(item["reported"], "t")
                earlier = examples_facade.get_event(event["id"], as_of=moment)
                if _headlines(earlier) != _headlines(full):
                    return full, item["reported"]
    raise AssertionError("no example event whose counts change over time")


def _headlines(event: dict[str, Any]) -> list[str]:
    return [
        hedged_count(c, current_of(f)) for c, f in ordered_facts(event["facts"]) if f.get("current")
    ]


def test_events_page_lists_the_stories(
    page: Page, base_url: str, examples_facade: Storyline
) -> None:
    page.goto(base_url + "/")
    events = examples_facade.list_events()
    items = page.locator("li.event-item h2 a")
    assert items.count() == min(len(events), 25)
    shown = items.all_inner_texts()
    assert shown == [e["title"] for e in events[:25]]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "events-page.png"), full_page=True)
    page.goto(base_url + "/changes")
    assert page.locator("h1").inner_text() == "What changed"
    page.screenshot(path=str(ARTIFACTS / "changes-page.png"), full_page=True)
    assert page.console_errors == []  # type: ignore[attr-defined]


def test_event_page_chart_timeline_and_as_of(
    page: Page, base_url: str, examples_facade: Storyline
) -> None:
    event, reported = changing_event(examples_facade)
    page.goto(f"{base_url}/events/{event['id']}")
    assert page.locator("svg.count-chart").first.is_visible()
    assert page.locator("svg.count-chart .point").count() >= 1
    assert page.locator("ol.timeline li").count() == len(event["timeline"])
    latest = page.locator("h3.headline").all_inner_texts()
    assert latest == _headlines(event)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "event-page.png"), full_page=True)

    moment = parse_time(reported, "as_of")
    assert moment is not None
    page.fill("#as_of", moment.strftime("%Y-%m-%dT%H:%M:%S"))
    page.get_by_role("button", name="Show as of").click()
    page.wait_for_url("**as_of=**")
    earlier = page.locator("h3.headline").all_inner_texts()
    assert earlier != latest
    assert earlier == _headlines(examples_facade.get_event(event["id"], as_of=moment))
    page.screenshot(path=str(ARTIFACTS / "event-page-as-of.png"), full_page=True)
    assert page.console_errors == []  # type: ignore[attr-defined]


def test_as_of_slider_is_keyboard_operable(
    page: Page, base_url: str, examples_facade: Storyline
) -> None:
    event, _ = changing_event(examples_facade)
    page.goto(f"{base_url}/events/{event['id']}")
    slider = page.locator("#as_of_slider")
    assert slider.is_visible()  # revealed by /static/app.js
    slider.focus()
    page.keyboard.press("Home")
    page.wait_for_url("**as_of=**")
    assert "As known at" in page.locator("main").inner_text()


def test_reading_works_without_javascript(
    browser: Browser, base_url: str, examples_facade: Storyline
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        event, _ = changing_event(examples_facade)
        tab.goto(f"{base_url}/events/{event['id']}")
        assert tab.locator("svg.count-chart").first.is_visible()
        assert not tab.locator("#as_of_slider").is_visible()
        tab.locator("details.report-times summary").click()
        tab.locator("details.report-times a").first.click()
        tab.wait_for_url("**as_of=**")
        assert "As known at" in tab.locator("main").inner_text()
    finally:
        context.close()


def test_keyboard_reaches_the_filters(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    page.locator("#q").focus()
    page.keyboard.type("Testville")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=Testville**")
    assert page.locator(f'a[href="/articles/{XSS_ID}"]').count() >= 1


def test_hostile_article_runs_nothing(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/articles/{XSS_ID}")
    title = page.locator("h1").inner_text()
    assert XSS_SCRIPT in title
    assert page.locator("main img").count() == 0
    event_href = page.locator("a[href^='/events/']").first.get_attribute("href")
    for path in ("/", "/?q=Testville", str(event_href)):
        page.goto(base_url + path)
        page.wait_for_load_state("load")
    page.wait_for_timeout(300)
    assert page.dialogs == []  # type: ignore[attr-defined]
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{base_url}/articles/{XSS_ID}")
    page.screenshot(path=str(ARTIFACTS / "hostile-article.png"), full_page=True)
