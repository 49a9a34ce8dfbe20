"""Shared pieces of the browser tests: Debian's Chromium (never a downloaded one) driven by
Playwright, and a tab that records console errors, page errors and every request that leaves
the servers the test allows.

Import this module only after `require_chromium()`: without /usr/bin/chromium the calling test
module is skipped with the reason, unless STORYLINE_REQUIRE_BROWSER=1 (CI), where it fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def require_chromium() -> None:
    """Skip (or, in CI, fail) the calling test module when Debian's Chromium is missing."""
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)"
    if os.environ.get("STORYLINE_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (STORYLINE_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium for the duration of the block (a playwright Browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


class Watched:
    """A tab that records console errors, uncaught page errors and every request to an origin
    outside `allowed` (those are refused: a CDN, a tile server the test did not start)."""

    def __init__(self, page: Any, allowed: Sequence[str]) -> None:
        self.page = page
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.allowed = tuple(allowed)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.route("**/*", self._guard)

    def _guard(self, route: Any) -> None:
        if route.request.url.startswith(self.allowed):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()


@contextmanager
def watched_tab(browser: Any, *allowed: str, javascript: bool = True,
                width: int = 1200, height: int = 900) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": width, "height": height},
                                  java_script_enabled=javascript)
    try:
        yield Watched(context.new_page(), allowed)
    finally:
        context.close()
