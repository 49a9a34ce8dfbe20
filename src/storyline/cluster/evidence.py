"""The evidence of each assignment: what spoke for and against putting an article in its event.

The clusterer writes a one-line `reason` with every membership; this is its structured form,
built from the same match at the moment of the decision (the event as it was then), so that a
reader sees which places, names and dates were shared, which contradictions were found and what
allowed a join across them, and which other events were close and why they were not chosen.

It is kept in the store beside the membership (`put_evidence`, one meta entry per article: no
schema change) and shown per member of an event (`members_json`), together with the user
corrections that moved the article since: a person's decision wins over the clusterer's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from storyline.cluster.compat import event_family
from storyline.cluster.features import ArticleFeatures, term_hash
from storyline.cluster.scoring import Match
from storyline.cluster.settings import ClusterSettings
from storyline.cluster.state import EventState
from storyline.records import JoinEvidence
from storyline.store import Store
from storyline.store.base import AuditEntry, Membership

__all__ = [
    "EVIDENCE_KEY",
    "evidence_for",
    "evidence_from_json",
    "evidence_json",
    "get_evidence",
    "members_json",
    "put_evidence",
]

EVIDENCE_KEY = "cluster.evidence:"
_CORRECTIONS = frozenset({"merge", "split", "move"})
_MAX_NOT_CHOSEN = 4

Decision = Literal["joined", "new_event", "followed_original"]


def evidence_for(
    decision: Decision,
    event_id: str,
    features: ArticleFeatures,
    match: Match | None,
    state: EventState | None,
    settings: ClusterSettings,
    *,
    threshold: float,
    rare_names: frozenset[int] = frozenset(),
    not_chosen: Sequence[tuple[str, float, str]] = (),
) -> JoinEvidence:
    """The evidence of one decision; `match`/`state` are the chosen event's (for a new event:
    the best candidate's, or None) as they were before the article was folded in."""
    shared_places: tuple[str, ...] = ()
    shared_names: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    gap: int | None = None
    same_publisher_only = False
    if state is not None:
        shared_places = tuple(sorted(features.places & state.places.keys()))
        shared = rare_names & state.names.keys()
        shared_names = tuple(w for w in features.name_words if term_hash(w) in shared)
        background = tuple(sorted(features.background_places & state.places.keys()))
        main_day = state.main_event_day()
        if features.event_day is not None and main_day is not None:
            gap = abs(features.event_day - main_day)
        same_publisher_only = features.source is not None and set(state.sources) == {
            features.source
        }
    against: tuple[str, ...] = ()
    supporting: tuple[str, ...] = ()
    if match is not None:
        supporting = tuple(note for note in match.notes if note not in match.penalties)
        against = match.penalties + match.compat.against
    if state is not None and features.family is not None:
        family = event_family(state.event_types, settings)
        if family is not None and family != features.family:
            against += (f"type family {features.family}, event's {family}",)
    return JoinEvidence(
        decision=decision,
        event_id=event_id,
        score=round(match.score, 4) if match else None,
        text=round(match.text, 4) if match else None,
        threshold=threshold,
        supporting=supporting,
        against=tuple(dict.fromkeys(against)),
        override=match.compat.override if match else None,
        shared_places=shared_places,
        shared_names=shared_names,
        date_gap_days=gap,
        same_publisher_only=same_publisher_only,
        roundup=features.roundup,
        background_places=background,
        not_chosen=tuple(not_chosen)[:_MAX_NOT_CHOSEN],
        compared_with=state.event_id if state is not None else None,
    )


def why_not(
    match: Match, threshold: float, settings: ClusterSettings, text_floor: float | None = None
) -> str:
    """Why a candidate event was not the one chosen (`text_floor`: the text similarity the
    article needs, scoring.join_text_floor; `min_join_text` when not given)."""
    floor = settings.min_join_text if text_floor is None else text_floor
    if match.blocked:
        return "contradiction: " + ", ".join(match.compat.against)
    if match.text < floor:
        short = floor > settings.min_join_text
        note = " (a short text sharing no place or rare name)" if short else ""
        return f"text {match.text:.3f} below {floor:g}{note}"
    if match.score < threshold:
        return f"score below the join threshold {threshold:g}"
    return "a better match was chosen"


# ---------------------------------------------------------------------------- JSON and the store


def evidence_json(evidence: JoinEvidence) -> dict[str, Any]:
    return {
        "decision": evidence.decision,
        "event_id": evidence.event_id,
        "compared_with": evidence.compared_with,
        "score": evidence.score,
        "text_similarity": evidence.text,
        "threshold": evidence.threshold,
        "for": list(evidence.supporting),
        "against": list(evidence.against),
        "override": evidence.override,
        "shared": {
            "places": list(evidence.shared_places),
            "names": list(evidence.shared_names),
            "event_date_gap_days": evidence.date_gap_days,
        },
        "same_publisher_only": evidence.same_publisher_only,
        "roundup": evidence.roundup,
        "background_places": list(evidence.background_places),
        "not_chosen": [
            {"event_id": event_id, "score": score, "why": why}
            for event_id, score, why in evidence.not_chosen
        ],
    }


def evidence_from_json(data: dict[str, Any]) -> JoinEvidence:
    shared = data.get("shared") or {}
    return JoinEvidence(
        decision=data["decision"],
        event_id=data["event_id"],
        compared_with=data.get("compared_with"),
        score=data.get("score"),
        text=data.get("text_similarity"),
        threshold=data.get("threshold", 0.0),
        supporting=tuple(data.get("for", ())),
        against=tuple(data.get("against", ())),
        override=data.get("override"),
        shared_places=tuple(shared.get("places", ())),
        shared_names=tuple(shared.get("names", ())),
        date_gap_days=shared.get("event_date_gap_days"),
        same_publisher_only=bool(data.get("same_publisher_only")),
        roundup=bool(data.get("roundup")),
        background_places=tuple(data.get("background_places", ())),
        not_chosen=tuple(
            (item["event_id"], item["score"], item["why"]) for item in data.get("not_chosen", ())
        ),
    )


def put_evidence(store: Store, article_id: str, evidence: JoinEvidence) -> None:
    """Keep the evidence of an automatic assignment (inside the caller's transaction)."""
    store.put_meta(EVIDENCE_KEY + article_id, json.dumps(evidence_json(evidence)))


def get_evidence(store: Store, article_id: str) -> JoinEvidence | None:
    return _decoded(store.get_meta(EVIDENCE_KEY + article_id))


def _decoded(raw: str | None) -> JoinEvidence | None:
    if raw is None:
        return None
    try:
        return evidence_from_json(json.loads(raw))
    except (ValueError, KeyError, TypeError):
        return None  # written by another version: the reason string still says why


def members_json(store: Store, event_id: str) -> list[dict[str, Any]]:
    """Each member of the event with its assignment: score, reason, the evidence for and against
    and the user corrections that concern it (a correction wins: `by_user`)."""
    from storyline.cluster.parts import part_json, parts_of  # parts build on this module

    memberships = store.event_memberships(event_id)
    corrections = _corrections(store.audit_entries(event_id))
    ids = [m.article_id for m in memberships]
    stored = store.get_metas([EVIDENCE_KEY + i for i in ids])  # one read for the whole event
    parts = parts_of(store, ids)
    members = []
    for membership in memberships:
        evidence = _decoded(stored.get(EVIDENCE_KEY + membership.article_id))
        members.append(
            {
                "article_id": membership.article_id,
                "score": membership.score,
                "by_user": membership.by_user,
                "assigned_at": membership.assigned_at.isoformat(),
                "reason": membership.reason,
                "evidence": evidence_json(evidence) if evidence else None,
                "placed_by": _placed_by(membership, evidence),
                "corrections": [
                    _correction_json(entry)
                    for entry in corrections
                    if membership.article_id in entry.article_ids
                ],
                "parts": [part_json(p) for p in parts.get(membership.article_id, ())],
            }
        )
    return members


def _placed_by(membership: Membership, evidence: JoinEvidence | None) -> str:
    if membership.by_user:
        return "user"
    if evidence is not None and evidence.event_id != membership.event_id:
        return "user"  # moved by a correction that kept the clusterer's score
    return "clusterer"


def _corrections(entries: Sequence[AuditEntry]) -> list[AuditEntry]:
    return sorted((e for e in entries if e.action in _CORRECTIONS), key=lambda e: (e.at, e.id))


def _correction_json(entry: AuditEntry) -> dict[str, Any]:
    return {
        "action": entry.action,
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "reason": entry.reason,
        "event_ids": list(entry.event_ids),
    }
