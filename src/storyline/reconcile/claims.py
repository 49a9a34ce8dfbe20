"""Responsibility claims over time: who claimed, denied, was blamed by whom, first reported when.

Claims are grouped by (normalized actor, kind). Each group keeps every report that carries it, the
first report time, and who made the statement. Groups are never dropped: a denial after a claim,
or two groups claiming the same attack, are shown side by side and flagged (`competing_with`,
`disputed_by`) rather than resolved, because readers need to see who said what. A statement
made through a group's spokesman or commander counts as the group's own (`party_of`), so a denial
meets the claim or the blame it answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storyline.reconcile.facts import report_time
from storyline.records import Extraction
from storyline.store.base import StoredArticle


@dataclass(frozen=True, slots=True)
class ClaimReport:
    article_id: str
    reported: datetime
    evidence: str
    stated_by: str | None
    independent: bool
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    actor: str
    actor_normalized: str
    kind: str
    reports: tuple[ClaimReport, ...]
    competing_with: tuple[str, ...] = ()  # other actors that claimed (or were blamed) too
    disputed_by: tuple[str, ...] = ()  # kinds said of the same actor that contradict this one

    @property
    def first_reported(self) -> datetime:
        return self.reports[0].reported

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.article_id for r in self.reports))

    def to_json(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "actor_normalized": self.actor_normalized,
            "kind": self.kind,
            "first_reported": _iso(self.first_reported),
            "first_article_id": self.reports[0].article_id,
            "article_ids": list(self.article_ids),
            "independent_reports": sum(1 for r in self.reports if r.independent),
            "stated_by": sorted({r.stated_by for r in self.reports if r.stated_by}),
            "evidence": self.reports[0].evidence,
            "competing_with": list(self.competing_with),
            "disputed_by": list(self.disputed_by),
        }


def _iso(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _display_name(actor: str) -> str:
    """"the Northern Dawn Brigade" -> "Northern Dawn Brigade" (sentence position, not name)."""
    words = actor.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() == "the":
        return words[1]
    return actor


# A group speaks through its people: "a spokesman for the Red Hand denied" and "the Red Hand's
# commander denied" are the Red Hand's denial, and must meet the claim or blame they contradict.
_SPEAKER_ROLES = (r"spokes(?:man|woman|person)|leader|commander|member|official"
                  r"|representative")
_SPEAKER_OF = re.compile(
    rf"^(?:(?:a|an|the)\s+)?(?:(?:senior|top|local)\s+)?(?:{_SPEAKER_ROLES})s?\s+(?:for|of|from)\s+"
    rf"(?:the\s+)?(?P<party>.+)$", re.IGNORECASE)
_POSSESSIVE = re.compile(rf"^(?:the\s+)?(?P<party>.+?)['’]s?\s+(?:(?:senior|top|local)\s+)?"
                         rf"(?:{_SPEAKER_ROLES})s?$", re.IGNORECASE)


def party_of(actor: str) -> str:
    """The party a statement speaks for: "spokesman for the Red Hand" -> "Red Hand"; a name
    that names no speaker is its own party."""
    name = " ".join(actor.split())
    for pattern in (_SPEAKER_OF, _POSSESSIVE):
        match = pattern.match(name)
        if match and match.group("party").strip():
            return _display_name(match.group("party").strip())
    return name


_CONTRADICTS = {"claimed": {"denied"}, "denied": {"claimed", "blamed", "suspected"},
                "blamed": {"denied"}, "suspected": {"denied"}}


def collect_claims(
    articles: Sequence[StoredArticle], extractions: Mapping[str, Extraction]
) -> list[ClaimRecord]:
    """Claims of the given articles grouped by actor and kind, earliest first report first."""
    groups: dict[tuple[str, str], list[ClaimReport]] = {}
    surface: dict[tuple[str, str], str] = {}
    for stored in sorted(articles, key=lambda s: (report_time(s), s.article.id)):
        extraction = extractions.get(stored.article.id)
        if extraction is None:
            continue
        for claim in extraction.claims:
            party = party_of(claim.actor_normalized or claim.actor)
            key = (party.lower(), claim.kind)
            surface.setdefault(key, party_of(_display_name(claim.actor)))
            groups.setdefault(key, []).append(ClaimReport(
                stored.article.id, report_time(stored), claim.evidence, claim.source,
                stored.verdict.kind != "near_duplicate", claim.start, claim.end))
    records = []
    for (actor, kind), reports in groups.items():
        rivals = sorted({a for (a, k) in groups if k in ("claimed", "blamed") and a != actor}
                        ) if kind in ("claimed", "blamed") else []
        disputes = sorted({k for (a, k) in groups if a == actor and k in _CONTRADICTS[kind]}
                          ) if kind in _CONTRADICTS else []
        records.append(ClaimRecord(surface[(actor, kind)], actor, kind, tuple(reports),
                                   tuple(rivals), tuple(disputes)))
    records.sort(key=lambda r: (r.first_reported, r.actor_normalized, r.kind))
    return records
