"""Watch feeds: poll, ingest what is new, raise alerts for each step the new reports caused.

Polling is polite and robust: conditional requests (ETag / Last-Modified) so an unchanged feed
costs one short response, exponential back-off for a feed that fails, and one failing feed never
stops the others.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from storyline.alerts import Alert, AlertRules, AlertSink, select_alerts
from storyline.errors import StorylineError
from storyline.ingest import ReadOptions
from storyline.records import Article, InputFailure
from storyline.service import Storyline

MAX_BACKOFF = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class PollResult:
    not_modified: bool
    etag: str | None
    last_modified: str | None
    items: tuple[Article | InputFailure, ...] = ()


FeedPoller = Callable[[str, str | None, str | None, ReadOptions], PollResult]


@dataclass
class FeedState:
    """What we remember about one feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    next_due: float = 0.0
    # Entry ids in the feed's last response: a feed is a window of recent entries, so this
    # stays as small as the feed (an entry that comes back later is a duplicate in the store).
    seen: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CycleReport:
    polled: int
    not_modified: int
    failed: tuple[str, ...]
    ingested: int
    alerts: tuple[Alert, ...]


def poll_feed(
    url: str, etag: str | None, last_modified: str | None, options: ReadOptions
) -> PollResult:
    """Fetch a feed with a conditional request and read its entries as articles."""
    import io

    from storyline.ingest.feeds import read_feed
    from storyline.ingest.fetch import fetch_url

    page = fetch_url(url, options, etag=etag, last_modified=last_modified)
    if page.not_modified or page.status == 304:
        return PollResult(True, etag, last_modified)
    items = tuple(read_feed(io.BytesIO(page.content), url, options))
    return PollResult(False, page.etag, page.headers.get("last-modified"), items)


class Watcher:
    """Runs poll cycles over a set of feeds against one Storyline."""

    def __init__(
        self,
        app: Storyline,
        feeds: Sequence[str],
        *,
        every: timedelta,
        rules: AlertRules,
        sinks: Sequence[AlertSink],
        options: ReadOptions,
        poller: FeedPoller = poll_feed,
        clock: Callable[[], float] = time.monotonic,
        report_error: Callable[[str], None] | None = None,
    ) -> None:
        self.app = app
        self.states = [FeedState(url) for url in feeds]
        self.every = every.total_seconds()
        self.rules = rules
        self.sinks = sinks
        self.options = options
        self.poller = poller
        self.clock = clock
        self.report_error = report_error or (lambda line: print(line, file=sys.stderr))

    def run(self, cycles: int | None = None, sleep: Callable[[float], None] = time.sleep) -> None:
        done = 0
        while cycles is None or done < cycles:
            self.cycle()
            done += 1
            if cycles is not None and done >= cycles:
                break
            next_due = min(state.next_due for state in self.states)
            sleep(max(0.0, next_due - self.clock()))

    def failing(self) -> list[str]:
        """The feeds whose latest poll failed: what a run that ends now could not read."""
        return [state.url for state in self.states if state.failures > 0]

    def cycle(self) -> CycleReport:
        due = [s for s in self.states if s.next_due <= self.clock()]
        fresh: list[Article] = []
        failed: list[str] = []
        not_modified = 0
        for state in due:
            outcome = self._poll_one(state)
            if outcome is None:
                failed.append(state.url)
            elif isinstance(outcome, str):
                not_modified += 1
            else:
                fresh.extend(outcome)
        alerts = self._ingest(fresh)
        return CycleReport(len(due), not_modified, tuple(failed), len(fresh), tuple(alerts))

    def _poll_one(self, state: FeedState) -> list[Article] | str | None:
        try:
            result = self.poller(state.url, state.etag, state.last_modified, self.options)
        except (StorylineError, OSError) as error:
            state.failures += 1
            delay = min(self.every * 2**state.failures, MAX_BACKOFF.total_seconds())
            state.next_due = self.clock() + delay
            self.report_error(f"storyline: error: {state.url}: {error}; retrying in {delay:.0f}s")
            return None
        state.failures = 0
        state.next_due = self.clock() + self.every
        if result.not_modified:
            return "not_modified"
        state.etag, state.last_modified = result.etag, result.last_modified
        fresh: list[Article] = []
        listed: set[str] = set()
        for item in result.items:
            if isinstance(item, InputFailure):
                self.report_error(f"storyline: error: {item.input}: {item.error}")
                continue
            if item.id not in state.seen and item.id not in listed:
                fresh.append(item)
            listed.add(item.id)
        state.seen = frozenset(listed)
        return fresh

    def _ingest(self, articles: list[Article]) -> list[Alert]:
        if not articles:
            return []
        report = self.app.ingest_articles(articles)
        # Only the events holding the new articles can have changed; every step those reports
        # caused is a change of its own (a rise then a revision are two alerts).
        alerts = select_alerts(self.app.changes_caused_by(report.article_ids), self.rules)
        for alert in alerts:
            for sink in self.sinks:
                sink.send(alert)
        return alerts


def parse_interval(text: str) -> timedelta:
    """'30s', '5m', '2h', '1d' or a number of seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    value = text.strip().lower()
    try:
        if value and value[-1] in units:
            seconds = float(value[:-1]) * units[value[-1]]
        else:
            seconds = float(value)
    except ValueError:
        raise ValueError(f"{text!r} is not an interval; use e.g. 30s, 5m, 2h") from None
    if seconds <= 0:
        raise ValueError(f"{text!r}: the interval must be positive")
    return timedelta(seconds=seconds)
