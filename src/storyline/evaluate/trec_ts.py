"""TREC Temporal Summarization 2014: its update sentences as a stream, and the track's measures.

The stream of a topic is its pooled update sentences (`trec_ts/updates_2014.jsonl`), grouped back
into their documents (one article per `doc_id`, sentences in `sentence_id` order, one per line,
published at the document's stream time). A system's output is a list of emitted updates, each an
update sentence and the time it was emitted.

Measures, as the track's evaluation script defines them (Aslam et al., TREC 2014 overview):
- a nugget n has relevance r(n) = e^importance / e^3 (graded, importance 0..3);
- an update u matches the nuggets `matches.jsonl` links to it (a duplicate sentence, `duplicate_id`,
  stands for the sentence it duplicates); a nugget counts once, at the first update that matches it;
- latency discount L(u, n) = 1 - (2/pi) * arctan((t(u) - t(n)) / 6 hours): 1 when the update comes
  at the nugget's time, above 1 when earlier, towards 0 a day or more later;
- verbosity V(u) = 1 + max(0, words(u) - matched words(u)) / mean words of the topic's nuggets;
- expected gain EG = sum r(n) / sum V(u), expected latency gain ELG = sum r(n) L(u, n) / sum V(u);
- comprehensiveness C = sum r(n) / sum over all nuggets r(n), latency comprehensiveness
  LC = sum r(n) L(u, n) / sum over all nuggets r(n); H = harmonic mean of ELG and LC;
- nugget recall = matched nuggets / all nuggets (unweighted).
Words are whitespace tokens (the script mixes characters and words; we count words throughout).
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storyline.errors import InputError
from storyline.reconcile.text import readable
from storyline.records import Article

LATENCY_STEP_SECONDS = 6 * 3600
MAX_IMPORTANCE = 3


@dataclass(frozen=True, slots=True)
class Nugget:
    id: str
    time: datetime
    importance: int
    words: int

    @property
    def relevance(self) -> float:
        return math.exp(self.importance) / math.exp(MAX_IMPORTANCE)


@dataclass(frozen=True, slots=True)
class UpdateSentence:
    id: str  # update_id
    doc_id: str
    sentence_id: int
    time: datetime
    text: str
    duplicate_of: str | None


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    start: datetime
    end: datetime
    nuggets: tuple[Nugget, ...]
    updates: tuple[UpdateSentence, ...]
    matches: Mapping[str, tuple[tuple[str, int, int], ...]]  # update -> (nugget, start, end)

    def documents(self) -> dict[str, list[UpdateSentence]]:
        """The update sentences of each document, in sentence order."""
        docs: dict[str, list[UpdateSentence]] = defaultdict(list)
        for update in self.updates:
            docs[update.doc_id].append(update)
        return {doc_id: sorted(s, key=lambda u: u.sentence_id) for doc_id, s in docs.items()}

    def articles(self) -> list[Article]:
        """The topic's stream: one article per document, sentences one per line."""
        out = [Article(id=doc_id, text="\n".join(u.text for u in sentences), title=None,
                       published=sentences[0].time, source=None)
               for doc_id, sentences in self.documents().items()]
        return sorted(out, key=lambda a: (a.published or self.start, a.id))


def find_update(documents: dict[str, list[UpdateSentence]], article_id: str, text: str
                ) -> UpdateSentence | None:
    """The update sentence of document `article_id` that holds `text` (an emitted sentence is a
    line of the document, part of one, or with the Penn Treebank brackets made readable)."""
    for update in documents.get(article_id, ()):
        line = readable(update.text)
        if text in line or line in text:
            return update
    return None


def _utc(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        raise InputError(str(path), "not found; point --data at the folder holding trec_ts/")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_topics(data: Path, topic_ids: Sequence[str] | None = None) -> list[Topic]:
    """The 2014 topics (all, or those named) with their nuggets, updates and matches."""
    folder = data / "trec_ts"
    wanted = set(topic_ids) if topic_ids else None
    rows = [t for t in _read_jsonl(folder / "topics.jsonl") if t["year"] == 2014
            and (wanted is None or t["id"] in wanted)]
    nuggets: dict[str, list[Nugget]] = defaultdict(list)
    for n in _read_jsonl(folder / "nuggets.jsonl"):
        if n["year"] == 2014:
            words = len(str(n["text"]).split())
            nuggets[str(n["query_id"])].append(Nugget(
                str(n["id"]), _utc(int(str(n["timestamp"]))), int(str(n["importance"])), words))
    updates: dict[str, list[UpdateSentence]] = defaultdict(list)
    for u in _read_jsonl(folder / "updates_2014.jsonl"):
        updates[str(u["query_id"])].append(UpdateSentence(
            str(u["update_id"]), str(u["doc_id"]), int(str(u["sentence_id"])),
            _utc(int(str(u["timestamp"]))), str(u["text"]),
            str(u["duplicate_id"]) if u["duplicate_id"] else None))
    matches: dict[str, dict[str, list[tuple[str, int, int]]]] = defaultdict(
        lambda: defaultdict(list))
    for m in _read_jsonl(folder / "matches.jsonl"):
        if m["year"] == 2014:
            matches[str(m["query_id"])][str(m["update_id"])].append(
                (str(m["nugget_id"]), int(str(m["match_start"])), int(str(m["match_end"]))))
    return [
        Topic(str(t["id"]), str(t["title"]), _utc(int(str(t["start"]))),
              _utc(int(str(t["end"]))), tuple(nuggets[str(t["id"])]),
              tuple(updates[str(t["id"])]),
              {k: tuple(v) for k, v in matches[str(t["id"])].items()})
        for t in rows
    ]


@dataclass(frozen=True, slots=True)
class Emitted:
    update: UpdateSentence
    at: datetime  # when the system emitted it


def latency_discount(emitted: datetime, nugget: datetime) -> float:
    delta = (emitted - nugget).total_seconds()
    return 1.0 - (2.0 / math.pi) * math.atan(delta / LATENCY_STEP_SECONDS)


def _matched_words(text: str, spans: Sequence[tuple[int, int]]) -> int:
    """Words of `text` inside any matched span."""
    words, position = 0, 0
    for token in text.split():
        start = text.index(token, position)
        position = start + len(token)
        if any(s < position and start < e for s, e in spans):
            words += 1
    return words


def track_measures(topic: Topic, emitted: Sequence[Emitted]) -> dict[str, float]:
    """The track's measures of one run on one topic (see the module docstring)."""
    nuggets = {n.id: n for n in topic.nuggets}
    total_relevance = sum(n.relevance for n in topic.nuggets) or 1.0
    mean_words = (sum(n.words for n in topic.nuggets) / len(topic.nuggets)) if nuggets else 1.0
    by_id = {u.id: u for u in topic.updates}
    seen_nuggets: set[str] = set()
    seen_updates: set[str] = set()
    gain = latency_gain = verbosity = 0.0
    for item in sorted(emitted, key=lambda e: e.at):
        update = item.update
        if update.duplicate_of and update.duplicate_of in by_id:
            update = by_id[update.duplicate_of]
        links = topic.matches.get(update.id, ()) if update.id not in seen_updates else ()
        spans = []
        for nugget_id, start, end in links:
            nugget = nuggets.get(nugget_id)
            if nugget is None or nugget_id in seen_nuggets:
                continue
            seen_nuggets.add(nugget_id)
            spans.append((start, end))
            gain += nugget.relevance
            latency_gain += nugget.relevance * latency_discount(item.at, nugget.time)
        seen_updates.add(update.id)
        unmatched = len(update.text.split()) - _matched_words(update.text, spans)
        verbosity += 1.0 + max(0, unmatched) / mean_words
    elg = latency_gain / verbosity if verbosity else 0.0
    lc = latency_gain / total_relevance
    return {
        "updates": float(len(emitted)),
        "nugget_recall": len(seen_nuggets) / len(nuggets) if nuggets else 0.0,
        "eg": gain / verbosity if verbosity else 0.0,
        "elg": elg,
        "c": gain / total_relevance,
        "lc": lc,
        "h": 2 * elg * lc / (elg + lc) if elg + lc > 0 else 0.0,
    }
