"""Alerts: which transitions of the living record to send, and the sinks that deliver them.

The transitions are those of the one change detector (storyline.reconcile.changes): after a
poll, every step the new reports caused (a rise then a revision between two polls are two
alerts, never one net change). Rules decide which are worth an alert; sinks deliver them (JSON
lines on stdout, a webhook with retries and a bounded queue).
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TextIO

import httpx

from storyline.reconcile.changes import Change

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class AlertRules:
    """Which changes raise an alert.

    `steps` limits the fact steps that alert (None: every one: rise, fall, correction,
    authority_override, disputed, unconfirmed, confirmed, retracted, ...); the thresholds apply to
    a count's change of value (a status step such as `disputed` has no size and passes them).
    """

    new_events: bool = True
    claims: bool = True
    places: bool = False
    categories: frozenset[str] | None = None  # None: every count category
    steps: frozenset[str] | None = None
    min_absolute_change: int = 1
    min_relative_change: float = 0.0  # 0.1 = at least 10% of the old value

    def passes(self, category: str, old: int | None, new: int | None) -> bool:
        if self.categories is not None and category not in self.categories:
            return False
        if old is None or new is None:
            return new is not None
        change = abs(new - old)
        if change < self.min_absolute_change:
            return False
        return not (old > 0 and change / old < self.min_relative_change)

    def wants(self, change: Change) -> bool:
        """True when `change` is worth an alert."""
        if change.kind == "new_event":
            return self.new_events
        if change.kind == "new_claim":
            return self.claims
        if change.kind == "new_place":
            return self.places
        if change.kind not in ("fact_changed", "fact_status") or change.category is None:
            return False
        if self.steps is not None and change.step not in self.steps:
            return False
        if change.kind == "fact_status":
            return self.categories is None or change.category in self.categories
        return self.passes(change.category, change.old_value, change.new_value)


def parse_steps(text: str) -> frozenset[str]:
    """"rise,correction" -> the fact steps an alert rule keeps; an unknown name is an error
    that lists the valid ones."""
    from typing import get_args

    from storyline.reconcile.rules import StepKind

    valid = get_args(StepKind)
    steps = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = sorted(steps - set(valid))
    if unknown or not steps:
        raise ValueError(f"unknown step {', '.join(unknown) or repr(text)}; "
                         f"use a comma-separated list of {', '.join(valid)}")
    return steps


@dataclass(frozen=True, slots=True)
class Alert:
    """A change worth telling someone about, and when we told them."""

    change: Change
    at: datetime

    @property
    def kind(self) -> str:
        return self.change.kind

    @property
    def event_id(self) -> str:
        return self.change.event_id

    @property
    def category(self) -> str | None:
        return self.change.category

    def to_json(self) -> JSON:
        """The change's `changes --json` object, with `at`: when the alert was raised."""
        return {**self.change.to_json(), "at": self.at.isoformat()}


def select_alerts(changes: Iterable[Change], rules: AlertRules) -> list[Alert]:
    """The alerts among `changes`, in their order."""
    now = datetime.now(UTC)
    return [Alert(change, now) for change in changes if rules.wants(change)]


# --------------------------------------------------------------------------- sinks


class AlertSink(Protocol):
    def send(self, alert: Alert) -> None: ...

    def close(self) -> None: ...


class JsonLinesSink:
    """One JSON object per line on a text stream (stdout by default)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def send(self, alert: Alert) -> None:
        self.stream.write(json.dumps(alert.to_json(), ensure_ascii=False) + "\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class WebhookSink:
    """POSTs each alert as JSON from a background thread.

    The queue is bounded: when the receiver is down for long, the oldest alerts are dropped (and
    counted) rather than letting memory grow. Each alert is retried with exponential back-off.
    """

    def __init__(
        self,
        url: str,
        *,
        max_queue: int = 1000,
        attempts: int = 4,
        backoff_seconds: float = 0.5,
        timeout_seconds: float = 5.0,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self.url = url
        self.attempts = attempts
        self.backoff_seconds = backoff_seconds
        self.delivered = 0
        self.failed = 0
        self.dropped = 0
        self._queue: queue.Queue[Alert | None] = queue.Queue(maxsize=max_queue)
        self._client = httpx.Client(timeout=timeout_seconds, follow_redirects=False)
        self._on_error = on_error or (lambda message: print(message, file=sys.stderr))
        self._worker = threading.Thread(target=self._run, name="storyline-webhook", daemon=True)
        self._worker.start()

    def send(self, alert: Alert) -> None:
        while True:
            try:
                self._queue.put_nowait(alert)
                return
            except queue.Full:
                try:
                    self._queue.get_nowait()
                    self.dropped += 1
                except queue.Empty:
                    pass

    def close(self, timeout: float = 30.0) -> None:
        """Deliver what is queued (up to `timeout` seconds), then stop."""
        self._queue.put(None)
        self._worker.join(timeout)
        self._client.close()

    def _run(self) -> None:
        while True:
            alert = self._queue.get()
            if alert is None:
                return
            if self._deliver(alert):
                self.delivered += 1
            else:
                self.failed += 1

    def _deliver(self, alert: Alert) -> bool:
        last_error = ""
        for attempt in range(self.attempts):
            try:
                response = self._client.post(self.url, json=alert.to_json())
                if response.status_code < 300:
                    return True
                last_error = f"HTTP {response.status_code}"
                if 400 <= response.status_code < 500 and response.status_code != 429:
                    break  # the receiver refuses this alert; retrying will not help
            except httpx.HTTPError as error:
                last_error = type(error).__name__
            if attempt + 1 < self.attempts:
                time.sleep(self.backoff_seconds * 2**attempt)
        self._on_error(
            f"storyline: error: webhook {self.url}: alert for {alert.event_id} not delivered "
            f"({last_error}); check the receiver"
        )
        return False
