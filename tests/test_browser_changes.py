"""The "what changed" page in Debian's Chromium (Playwright): each step of developing stories as
a row of its event's section, reached and operated with the keyboard alone, no console errors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers_stories import TOLL_STORIES, event_of, stories_db
from helpers_web import REPO, live_server
from storyline.service import Storyline

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
SINCE = "2026-05-04T09:00:00Z"  # after the first report of the first story

if not CHROMIUM.exists():
    reason = f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)"
    if os.environ.get("STORYLINE_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (STORYLINE_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import Page, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return stories_db(tmp_path_factory)


@pytest.fixture(scope="module")
def page(db: Path) -> Iterator[Page]:
    with live_server(db) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        tab = browser.new_page(base_url=url, viewport={"width": 1200, "height": 900})
        errors: list[str] = []
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.console_errors = errors  # type: ignore[attr-defined]
        yield tab
        browser.close()


def _tab_to(page: Page, selector: str, limit: int = 60) -> None:
    """Press Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement === document.querySelector(s)",
                         selector):
            return
    raise AssertionError(f"{selector} never took the keyboard focus")


def test_each_step_is_a_row_and_the_page_works_from_the_keyboard(
    page: Page, db: Path
) -> None:
    with Storyline.open(str(db)) as storyline:
        story = TOLL_STORIES[1]
        event_id = event_of(storyline, story.articles[0].id)
        title = storyline.get_event(event_id)["title"]
    page.goto(f"/changes?since={SINCE}")
    assert page.locator("h1").inner_text() == "What changed"
    section = page.locator("section.event-changes", has=page.locator(f"h2:has-text('{title}')"))
    rows = section.locator("tbody tr", has=page.locator("td.change-fact_changed"))
    texts = [" ".join(t.split()) for t in rows.all_inner_texts()]
    assert any(f"killed rose: {story.first} → {story.risen}" in t for t in texts), texts
    assert any(f"killed corrected: {story.risen} → {story.revised}" in t for t in texts), texts
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "changes-steps-page.png"), full_page=True)

    # The list of changed events leads to each event's section from the keyboard.
    link = page.locator("nav.changed-events a", has_text=title)
    target = link.get_attribute("href")
    assert target and target.startswith("#changes-")
    _tab_to(page, f"nav.changed-events a[href='{target}']")
    page.keyboard.press("Enter")
    # Following an in-page link changes location.hash a moment after the key press, so wait
    # for it (a slow machine showed the old URL when read at once).
    page.wait_for_function("(hash) => location.hash === hash", arg=target, timeout=5000)
    assert page.url.endswith(target)
    assert page.locator(target).is_visible()

    # The form is operated from the keyboard: the submit button reloads the same window.
    _tab_to(page, "form.since button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "since=" in page.url
    assert page.locator("section.event-changes").count() >= 2
    assert page.console_errors == []  # type: ignore[attr-defined]
