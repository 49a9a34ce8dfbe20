"""Alerts: what changed in the living record because of newly ingested reports.

An alert is derived by comparing the cached event summaries before and after an ingest, so it
says exactly what a reader of the events list would see change. Rules decide which changes are
worth an alert; sinks deliver them (JSON lines on stdout, a webhook with retries and a bounded
queue).
"""

from __future__ import annotations

import json
import queue
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol, TextIO

import httpx

JSON = dict[str, Any]


@dataclass(frozen=True, slots=True)
class AlertRules:
    """Which changes raise an alert."""

    new_events: bool = True
    claims: bool = True
    categories: frozenset[str] | None = None  # None: every count category
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


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str  # "new_event" | "fact_changed" | "new_claim"
    event_id: str
    title: str
    at: datetime
    category: str | None = None
    old: JSON | None = None
    new: JSON | None = None
    article_ids: tuple[str, ...] = ()

    def to_json(self) -> JSON:
        return {
            "kind": self.kind,
            "event_id": self.event_id,
            "title": self.title,
            "category": self.category,
            "old": self.old,
            "new": self.new,
            "article_ids": list(self.article_ids),
            "at": self.at.isoformat(),
        }


def detect_alerts(
    before: Mapping[str, JSON], after: Mapping[str, JSON], rules: AlertRules
) -> list[Alert]:
    """Alerts for the differences between two snapshots of event summaries (id -> summary)."""
    now = datetime.now(UTC)
    alerts: list[Alert] = []
    for event_id in sorted(after):
        summary = after[event_id]
        previous = before.get(event_id)
        if previous is None:
            if rules.new_events:
                alerts.append(_new_event_alert(event_id, summary, now))
            continue
        alerts.extend(_fact_alerts(event_id, previous, summary, rules, now))
        if rules.claims:
            alerts.extend(_claim_alerts(event_id, previous, summary, now))
    return alerts


def alert_view(summary: JSON) -> JSON:
    """The part of an event summary that detect_alerts compares as `before`: current counts
    and who claimed what (a few hundred bytes, where a summary can hold kilobytes)."""
    facts = {}
    for category, fact in (summary.get("facts") or {}).items():
        current = _current(fact)
        if current is not None:
            facts[category] = {key: current.get(key) for key in _VALUE_KEYS}
    claims = [{"actor": c.get("actor"), "kind": c.get("kind")} for c in summary.get("claims") or []]
    return {"facts": facts, "claims": claims}


def _new_event_alert(event_id: str, summary: JSON, now: datetime) -> Alert:
    return Alert(
        kind="new_event",
        event_id=event_id,
        title=str(summary.get("title", "")),
        at=now,
        new={"facts": summary.get("facts", {}), "event_type": summary.get("event_type")},
        article_ids=tuple(summary.get("article_ids", [])),
    )


def _fact_alerts(
    event_id: str, previous: JSON, summary: JSON, rules: AlertRules, now: datetime
) -> Iterable[Alert]:
    old_facts, new_facts = previous.get("facts") or {}, summary.get("facts") or {}
    for category in sorted(new_facts):
        new, old = _current(new_facts[category]), _current(old_facts.get(category))
        if new is None or _same_value(old, new):
            continue
        if not rules.passes(category, _value(old), _value(new)):
            continue
        yield Alert(
            kind="fact_changed",
            event_id=event_id,
            title=str(summary.get("title", "")),
            at=now,
            category=category,
            old=old,
            new=new,
            article_ids=tuple(new.get("article_ids", [])),
        )


def _claim_alerts(event_id: str, previous: JSON, summary: JSON, now: datetime) -> Iterable[Alert]:
    known = {(c.get("actor"), c.get("kind")) for c in previous.get("claims") or []}
    for claim in summary.get("claims") or []:
        if (claim.get("actor"), claim.get("kind")) not in known:
            yield Alert(
                kind="new_claim",
                event_id=event_id,
                title=str(summary.get("title", "")),
                at=now,
                new=claim,
                article_ids=tuple(claim.get("article_ids", [])),
            )


_VALUE_KEYS = ("value", "qualifier", "low", "high", "trend")


def _current(fact: Any) -> JSON | None:
    if not isinstance(fact, dict):
        return None
    current = fact.get("current", fact)
    return current if isinstance(current, dict) and current.get("value") is not None else None


def _value(fact: JSON | None) -> int | None:
    if fact is None or fact.get("value") is None:
        return None
    return int(fact["value"])


def _same_value(old: JSON | None, new: JSON) -> bool:
    if old is None:
        return False
    return all(old.get(k) == new.get(k) for k in _VALUE_KEYS)


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
