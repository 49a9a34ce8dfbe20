"""CrisisFACTS 2022: daily updates per event and request day, scored against the NIST facts.

The snapshot holds the assessors' facts but not the input streams (tweets, Reddit, news). Each fact
is the text of the stream item it was taken from, so the stream of an event is rebuilt from its
facts: one short report per fact, published on the fact's day (in the assessors' order, a second
apart), from every day whose date parses (malformed dates such as `2018-09-31` are skipped and
counted). The day's update is asked as "what is new since the start of the day", up to its end.
Because every report of a request day is one of its facts, the measure is how much of the day a
short update covers: picking central, non-repeating reports covers more facts than picking any.

Matching (documented, deterministic): a fact is matched by an update sentence when the sentence
holds at least FACT_MATCH of the fact's content words (lower-cased word tokens that are not English
stop words, scikit-learn's list); facts with no content word are left out of the score. The score
of a day is the share of its facts matched; the figure is the mean over request days.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from storyline.errors import InputError
from storyline.reconcile.brief import content_words
from storyline.records import Article

FACT_MATCH = 0.6


@dataclass(frozen=True, slots=True)
class FactDay:
    event_id: str
    day: date
    request: bool  # a summary request day of the track
    facts: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CrisisEvent:
    id: str
    title: str
    days: tuple[FactDay, ...]
    skipped_days: int  # days with a malformed date

    def articles(self) -> list[Article]:
        """One report per fact, published on its day, a second apart in the assessors' order."""
        out = []
        for day in self.days:
            start = datetime.combine(day.day, datetime.min.time(), tzinfo=UTC)
            for index, fact in enumerate(day.facts):
                out.append(Article(id=f"{self.id}/{day.day.isoformat()}/{index}", text=fact,
                                   title=None, published=start + timedelta(seconds=index + 1),
                                   source="crisisfacts"))
        return out

    def request_days(self) -> list[FactDay]:
        return [d for d in self.days if d.request]


def load_events(data: Path, event_ids: Sequence[str] | None = None) -> list[CrisisEvent]:
    path = data / "crisisfacts" / "facts.jsonl"
    if not path.exists():
        raise InputError(str(path), "not found; point --data at the folder holding crisisfacts/")
    wanted = set(event_ids) if event_ids else None
    days: dict[str, list[FactDay]] = defaultdict(list)
    titles: dict[str, str] = {}
    skipped: dict[str, int] = defaultdict(int)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            event_id = str(row["eventID"])
            if wanted is not None and event_id not in wanted:
                continue
            titles[event_id] = str(row["event"])
            try:
                day = date.fromisoformat(str(row["date"]))
            except ValueError:
                skipped[event_id] += 1
                continue
            facts = tuple(str(f["fact"]).strip() for f in row["facts"] if str(f["fact"]).strip())
            days[event_id].append(FactDay(event_id, day, row["requestID"] is not None, facts))
    return [CrisisEvent(event_id, titles[event_id], tuple(sorted(days[event_id],
                                                                 key=lambda d: d.day)),
                        skipped[event_id]) for event_id in sorted(titles)]


def facts_matched(facts: Sequence[str], sentences: Sequence[str]) -> tuple[int, int]:
    """(facts matched by some sentence, facts scored): see the module docstring."""
    picked = [content_words(s) for s in sentences]
    matched = scored = 0
    for fact in facts:
        words = content_words(fact)
        if not words:
            continue
        scored += 1
        if any(len(words & p) / len(words) >= FACT_MATCH for p in picked):
            matched += 1
    return matched, scored
