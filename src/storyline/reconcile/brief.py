"""A short extractive brief of an event as of a time, each sentence citing its report.

Sentences are picked in this order, skipping any that repeat one already picked:
1. the lead of the earliest independent report (what happened, where, when);
2. the sentence behind each current count, in the order of COUNT_CATEGORIES (the latest figures);
3. the first sentence of each responsibility claim (who says who did it);
4. the lead of the latest independent report (where the story stands now).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from storyline.reconcile.text import overlap
from storyline.reconcile.timeline import evidence_sentence, lead_sentence
from storyline.records import COUNT_CATEGORIES

if TYPE_CHECKING:
    from storyline.reconcile.record import EventRecord

REDUNDANT_OVERLAP = 0.6


@dataclass(frozen=True, slots=True)
class BriefSentence:
    text: str
    article_id: str


@dataclass(frozen=True, slots=True)
class Brief:
    sentences: tuple[BriefSentence, ...]
    as_of: datetime | None

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "sentences": [{"text": s.text, "article_id": s.article_id} for s in self.sentences],
            "as_of": self.as_of.isoformat().replace("+00:00", "Z") if self.as_of else None,
        }


def build_brief(record: EventRecord, max_sentences: int = 5) -> Brief:
    """Extractive brief of `record` (already limited to its as-of time)."""
    candidates = list(_candidates(record))
    picked: list[BriefSentence] = []
    for candidate in candidates:
        if len(picked) >= max_sentences:
            break
        if any(overlap(candidate.text, p.text) >= REDUNDANT_OVERLAP for p in picked):
            continue
        picked.append(candidate)
    return Brief(tuple(picked), record.as_of)


def _candidates(record: EventRecord) -> list[BriefSentence]:
    by_id = {s.article.id: s for s in record.articles}
    independent = [s for s in record.articles if s.verdict.kind != "near_duplicate"]
    out: list[BriefSentence] = []
    if independent:
        out.append(BriefSentence(lead_sentence(independent[0]), independent[0].article.id))
    ordered = sorted(record.categories, key=lambda c: (
        COUNT_CATEGORIES.index(c) if c in COUNT_CATEGORIES else len(COUNT_CATEGORIES), c))
    for category in ordered:
        current = record.categories[category].current
        if current is None:
            continue
        fact = current.fact
        text = evidence_sentence(by_id[fact.article_id], fact.start, fact.end, fact.evidence)
        out.append(BriefSentence(text, fact.article_id))
    for claim in record.claims:
        first = claim.reports[0]
        text = evidence_sentence(by_id[first.article_id], first.start, first.end, first.evidence)
        out.append(BriefSentence(text, first.article_id))
    if len(independent) > 1:
        out.append(BriefSentence(lead_sentence(independent[-1]), independent[-1].article.id))
    return out
