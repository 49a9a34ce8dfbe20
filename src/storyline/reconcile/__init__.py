"""Reconcile: from reports and their extracted facts to living event records.

Every reported value is kept as a fact version (`facts`); the current value per category, the
statuses of the others and the disagreement ledger are derived by documented rules (`rules`);
claims over time (`claims`), the event's own attributes (`resolve`), its timeline (`timeline`), a
brief (`brief`), the cross-event digest (`digest`) and every transition since a time (`changes`) are
views over the same data. Nothing here writes to the store.
"""

from __future__ import annotations

from storyline.reconcile.brief import Brief, BriefSentence, build_brief
from storyline.reconcile.changes import Change, changes_from_reports, compute_changes, event_story
from storyline.reconcile.claims import ClaimRecord
from storyline.reconcile.digest import build_digest_timeline, digest_from_articles
from storyline.reconcile.facts import FactVersion, classify_source
from storyline.reconcile.record import (
    EventRecord,
    build_event_record,
    read_record_cache,
    record_cache_json,
)
from storyline.reconcile.rules import CategoryView, CurrentValue, Disagreement, HistoryItem
from storyline.reconcile.timeline import TimelineEntry, build_timeline

__all__ = [
    "Brief",
    "BriefSentence",
    "CategoryView",
    "Change",
    "ClaimRecord",
    "CurrentValue",
    "Disagreement",
    "EventRecord",
    "FactVersion",
    "HistoryItem",
    "TimelineEntry",
    "build_brief",
    "build_digest_timeline",
    "build_event_record",
    "build_timeline",
    "changes_from_reports",
    "classify_source",
    "compute_changes",
    "digest_from_articles",
    "event_story",
    "read_record_cache",
    "record_cache_json",
]
