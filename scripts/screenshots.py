"""Screenshots of the main pages for the docs (docs/screenshots/*.png), taken in Debian's Chromium
over the bundled examples, so the docs show the app as it is.

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

The examples are ingested into a temporary store, the app is served on 127.0.0.1 and every page
is shot at 1000 px wide (one screen, or one section of a page), which keeps each PNG small.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from playwright.sync_api import Page, sync_playwright

from storyline.service import Storyline
from storyline.web import create_app

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="storyline-shots-") as folder:
        db = str(Path(folder) / "examples.db")
        with Storyline.open(db) as storyline:
            storyline.ingest([str(REPO / "examples")])
            events = [storyline.get_event(e["id"]) for e in storyline.list_events()]
        server, url = _serve(db)
        try:
            _shoot(url, events, out)
        finally:
            server.should_exit = True
    for path in sorted(out.glob("*.png")):
        print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}: "
              f"{path.stat().st_size // 1024} KB")
    return 0


def _serve(db: str) -> tuple[uvicorn.Server, str]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the app did not start")
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def _shoot(url: str, events: list[dict[str, Any]], out: Path) -> None:
    claimed = next((e for e in events if e.get("claims")), events[0])
    changing = max(events, key=lambda e: len((e["facts"].get("killed") or {}).get("history")
                                              or []))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 760})
        page.goto(url + "/")
        page.screenshot(path=str(out / "events-page.png"))
        page.goto(f"{url}/events/{changing['id']}")
        page.screenshot(path=str(out / "event-page.png"))
        _section(page, "section[aria-labelledby='fact-killed']", out / "count-chart.png")
        page.goto(f"{url}/events/{changing['id']}?by_source=1")
        _section(page, "section[aria-labelledby='fact-killed']", out / "count-chart-by-source.png")
        page.goto(f"{url}/events/{claimed['id']}")
        _section(page, "section[aria-labelledby='claims-title']", out / "who-says-what.png")
        _section(page, "section[aria-labelledby='ledger-title']", out / "ledger.png")
        page.goto(f"{url}/changes")
        page.screenshot(path=str(out / "changes-page.png"))
        page.goto(f"{url}/articles/{changing['article_ids'][-1]}")
        page.screenshot(path=str(out / "article-page.png"))
        page.goto(f"{url}/docs")
        page.wait_for_selector(".opblock", timeout=20_000)
        page.screenshot(path=str(out / "api-docs.png"))
        browser.close()


def _section(page: Page, selector: str, path: Path) -> None:
    section = page.locator(selector).first
    if section.count() == 0:
        print(f"{page.url}: no {selector}; {path.name} not taken", file=sys.stderr)
        return
    section.screenshot(path=str(path))


if __name__ == "__main__":
    sys.exit(main())
