"""watch: conditional polling, back-off, alerts to stdout and to a real local webhook receiver."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from storyline.alerts import Alert, AlertRules, JsonLinesSink, WebhookSink
from storyline.ingest import ReadOptions
from storyline.reconcile.changes import Change
from storyline.service import Storyline
from storyline.watch import Watcher, parse_interval

ITEM = """<item><title>{title}</title><link>http://127.0.0.1/{guid}</link><guid>{guid}</guid>
<pubDate>{date}</pubDate><description>{text}</description></item>"""


def rss(items: list[tuple[str, str, datetime, str]]) -> bytes:
    body = "".join(
        ITEM.format(guid=guid, title=title, date=format_datetime(when), text=text)
        for guid, title, when, text in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>'
        f"<link>http://127.0.0.1/</link><description>local news</description>{body}"
        "</channel></rss>"
    ).encode()


class FakeWorld:
    """The outside world: a feed server with ETags and a webhook receiver, on 127.0.0.1."""

    def __init__(self) -> None:
        self.feed = b""
        self.etag = '"v0"'
        self.conditional_hits = 0
        self.received: list[dict[str, Any]] = []
        self.hook_failures_left = 1

    def handler(self) -> type[BaseHTTPRequestHandler]:
        world = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.path == "/broken.xml":
                    self.send_response(500)
                    self.end_headers()
                    return
                if self.headers.get("If-None-Match") == world.etag:
                    world.conditional_hits += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("ETag", world.etag)
                self.send_header("Content-Length", str(len(world.feed)))
                self.end_headers()
                self.wfile.write(world.feed)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                payload = json.loads(self.rfile.read(length))
                if world.hook_failures_left > 0:
                    world.hook_failures_left -= 1
                    self.send_response(503)
                else:
                    world.received.append(payload)
                    self.send_response(204)
                self.end_headers()

        return Handler


@pytest.fixture
def world() -> Iterator[tuple[FakeWorld, str]]:
    fake = FakeWorld()
    server = ThreadingHTTPServer(("127.0.0.1", 0), fake.handler())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def day(n: int) -> datetime:
    return datetime(2024, 5, n, 9, 0, tzinfo=UTC)


FIRST = (
    "a1",
    "Warehouse blaze in Port Ellery kills three",
    day(2),
    "A fire at a warehouse in Port Ellery killed three workers on Wednesday, the fire "
    "service said. Crews fought the blaze for six hours.",
)
SECOND = (
    "a2",
    "Port Ellery warehouse fire toll rises to seven",
    day(3),
    "The death toll from Wednesday's warehouse fire in Port Ellery has risen to seven, "
    "the fire service said on Thursday. Four more bodies were found in the ruins.",
)


def test_watch_polls_conditionally_and_alerts(tmp_path: Path, world: tuple[FakeWorld, str]) -> None:
    fake, base = world
    fake.feed = rss([FIRST])
    out = io.StringIO()
    errors: list[str] = []
    hook = WebhookSink(f"{base}/hook", backoff_seconds=0.01)
    now = [0.0]
    with Storyline.open(str(tmp_path / "w.db")) as app:
        watcher = Watcher(
            app,
            [f"{base}/feed.xml", f"{base}/broken.xml"],
            every=timedelta(minutes=5),
            rules=AlertRules(),
            sinks=[JsonLinesSink(out), hook],
            options=ReadOptions(allow_private=True),
            clock=lambda: now[0],
            report_error=errors.append,
        )
        first = watcher.cycle()
        assert first.ingested == 1 and [a.kind for a in first.alerts] == ["new_event"]
        assert first.failed == (f"{base}/broken.xml",)
        assert any("broken.xml" in line and "retrying in" in line for line in errors)

        now[0] += 301  # the good feed is due again, the broken one is backing off (600 s)
        unchanged = watcher.cycle()
        assert unchanged.polled == 1 and unchanged.not_modified == 1
        assert fake.conditional_hits == 1

        fake.feed, fake.etag = rss([FIRST, SECOND]), '"v1"'
        now[0] += 301
        changed = watcher.cycle()
        killed = [a for a in changed.alerts if a.kind == "fact_changed" and a.category == "killed"]
        assert len(killed) == 1 and killed[0].change.step == "rise"
        assert killed[0].change.old_value == 3 and killed[0].change.new_value == 7
    hook.close()

    printed = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [p["kind"] for p in printed] == [a["kind"] for a in fake.received]
    assert hook.delivered == len(printed) and hook.failed == 0


def test_webhook_gives_up_after_retries_and_says_so() -> None:
    messages: list[str] = []
    sink = WebhookSink(
        "http://127.0.0.1:9/nowhere", attempts=2, backoff_seconds=0.01, on_error=messages.append
    )
    now = datetime.now(UTC)
    sink.send(Alert(Change("ev-1", "new_event", None, None, None, ("a",), now, "t"), now))
    sink.close()
    assert sink.failed == 1 and sink.delivered == 0
    assert len(messages) == 1 and "ev-1" in messages[0] and "not delivered" in messages[0]


def test_rules_thresholds() -> None:
    rules = AlertRules(categories=frozenset({"killed"}), min_absolute_change=5)
    assert not rules.passes("injured", 1, 50)
    assert not rules.passes("killed", 10, 12)
    assert rules.passes("killed", 10, 15)
    assert AlertRules(min_relative_change=0.5).passes("killed", 10, 15)
    assert not AlertRules(min_relative_change=0.6).passes("killed", 10, 15)


def test_parse_interval() -> None:
    assert parse_interval("5m") == timedelta(minutes=5)
    assert parse_interval("90") == timedelta(seconds=90)
    with pytest.raises(ValueError, match="not an interval"):
        parse_interval("soon")


def test_watch_started_on_a_filled_store_alerts_only_for_what_the_new_reports_change(
    tmp_path: Path, world: tuple[FakeWorld, str]
) -> None:
    from storyline.records import Article

    fake, base = world
    guid, title, when, text = FIRST
    other = Article(
        id="b1",
        title="Ferry runs aground off Kelmore Point",
        text="A ferry ran aground off Kelmore Point on Tuesday; all 40 passengers were rescued.",
        published=day(1),
    )
    with Storyline.open(str(tmp_path / "filled.db")) as app:
        app.ingest_articles([other, Article(id=guid, title=title, text=text, published=when)])
        fake.feed = rss([SECOND])
        watcher = Watcher(
            app,
            [f"{base}/feed.xml"],
            every=timedelta(minutes=5),
            rules=AlertRules(),
            sinks=[],
            options=ReadOptions(allow_private=True),
            clock=lambda: 0.0,
        )
        cycle = watcher.cycle()
        assert cycle.ingested == 1
        assert [(a.kind, a.category) for a in cycle.alerts] == [("fact_changed", "killed")]
        assert cycle.alerts[0].change.old_value == 3
        # The feed's remembered ids are those of its last response, not every id ever seen.
        (seen,) = watcher.states[0].seen
        assert app.store.has_article(seen)


REVISED = (
    "a3",
    "Port Ellery fire toll revised down to six",
    day(4),
    "The fire service revised the death toll from Wednesday's warehouse fire in Port Ellery "
    "down to six on Friday, saying one victim had been counted twice.",
)


def test_a_rise_and_a_revision_between_two_polls_are_two_alerts(
    tmp_path: Path, world: tuple[FakeWorld, str]
) -> None:
    """What happened between two polls is sent step by step, never as one net change."""
    fake, base = world
    fake.feed, fake.hook_failures_left = rss([FIRST]), 0
    out = io.StringIO()
    hook = WebhookSink(f"{base}/hook", backoff_seconds=0.01)
    now = [0.0]
    with Storyline.open(str(tmp_path / "polls.db")) as app:
        watcher = Watcher(app, [f"{base}/feed.xml"], every=timedelta(minutes=5),
                          rules=AlertRules(), sinks=[JsonLinesSink(out), hook],
                          options=ReadOptions(allow_private=True), clock=lambda: now[0])
        assert [a.kind for a in watcher.cycle().alerts] == ["new_event"]
        fake.feed, fake.etag = rss([FIRST, SECOND, REVISED]), '"v2"'
        now[0] += 301
        alerts = watcher.cycle().alerts
    hook.close()
    killed = [a.change for a in alerts if a.category == "killed"]
    assert [(c.step, c.old_value, c.new_value) for c in killed] == [
        ("rise", 3, 7), ("correction", 7, 6)]
    assert len({c.article_ids for c in killed}) == 2  # each step names its own report
    printed = [json.loads(line) for line in out.getvalue().splitlines()]
    delivered = [(a["kind"], a["step"]) for a in fake.received]
    assert [(p["kind"], p["step"]) for p in printed] == delivered
    assert [p["step"] for p in printed if p["category"] == "killed"] == ["rise", "correction"]


def test_alert_rules_read_the_change_list() -> None:
    from storyline.reconcile.facts import FactVersion

    def fact(value: int, article_id: str) -> FactVersion:
        return FactVersion("killed", value, "exact", value, value, None, None, day(1), article_id,
                           "Wire", "wire", None, str(value), False, True)

    def step(kind: str, step_kind: str, old: int, new: int, category: str = "killed") -> Change:
        return Change("ev-1", kind, category, fact(old, "x"), fact(new, "y"), ("y",), day(2),  # type: ignore[arg-type]
                      step=step_kind)

    rules = AlertRules(min_absolute_change=3)
    assert rules.wants(step("fact_changed", "rise", 10, 14))
    assert not rules.wants(step("fact_changed", "rise", 10, 11))
    assert rules.wants(step("fact_status", "disputed", 10, 11))  # a status has no size
    only_corrections = AlertRules(steps=frozenset({"correction"}))
    assert not only_corrections.wants(step("fact_changed", "rise", 10, 20))
    assert only_corrections.wants(step("fact_changed", "correction", 20, 10))
    assert not AlertRules(categories=frozenset({"injured"})).wants(
        step("fact_status", "disputed", 10, 11))


def test_steps_of_an_alert_rule_are_checked() -> None:
    from click.testing import CliRunner

    from storyline.alerts import parse_steps
    from storyline.cli import cli

    assert parse_steps("rise, correction") == frozenset({"rise", "correction"})
    with pytest.raises(ValueError, match="unknown step surge; use a comma-separated list of"):
        parse_steps("rise,surge")
    result = CliRunner().invoke(cli, ["watch", "http://127.0.0.1:9/feed.xml", "--steps", "surge"])
    assert result.exit_code == 2 and "unknown step surge" in result.output
