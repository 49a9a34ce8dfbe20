"""The rules that derive a category's current value, statuses and disagreements from its history.

Fact versions are read in reporting order; each one is compared with the value current at that
moment (see docs/living-record.md for the rules with examples):

- first_report: the first figure is current until something replaces it.
- same figure: a repeat joins the current value as a confirmation (near-duplicates count once).
- later_report: a later, higher figure supersedes ("over 60" -> "at least 143").
- explicit_revision: a lower figure replaces the current one only when the report says it is a
  correction ("revised down", "corrected", a re-published revision of the same URL) ...
- more_authoritative: ... or when it comes from a more authoritative source type
  (official > wire > outlet, see `facts.SOURCE_AUTHORITY`).
- falling categories (missing, hostages, displaced) go down as people are found, freed or go
  home: there a later figure from an equally or more authoritative source supersedes either way.
- lagged: any other lower figure after a higher one was published is behind, not current.
- conflicting: two independent reports published close together (CONFLICT_WINDOW) whose values
  cannot both be true (disjoint intervals); the more authoritative (then the earlier) stays current.
- unconfirmed jump: a figure over JUMP_FACTOR times the current one (and JUMP_MIN more) from a
  single report is held as conflicting until a second independent report gives a compatible one.
- retracted: the report was re-published (same URL) without the figure.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from storyline.reconcile.facts import FactVersion
from storyline.records import FactStatus

CONFLICT_WINDOW = timedelta(hours=6)
JUMP_FACTOR = 10  # a figure over 10x the current one (and JUMP_MIN more) needs confirmation
JUMP_MIN = 100
FALLING_CATEGORIES = frozenset({"missing", "hostages", "displaced"})

Rule = Literal[
    "first_report", "later_report", "explicit_revision", "more_authoritative", "conflict_kept",
    "falling_update", "died_of_wounds",
]
DisagreementKind = Literal["conflict", "as_of", "scope", "retraction", "unconfirmed"]

_RULE_TEXT: dict[Rule, str] = {
    "first_report": "first report",
    "later_report": "a later report supersedes an earlier one",
    "explicit_revision": "explicit revision",
    "more_authoritative": "more authoritative source",
    "conflict_kept": "conflicting reports: the more authoritative, then earlier, one is kept",
    "falling_update": "a later report of a figure that falls as people are found or freed",
    "died_of_wounds": "people reported shot who were later reported dead leave the injured",
}


@dataclass(frozen=True, slots=True)
class HistoryItem:
    fact: FactVersion
    status: FactStatus
    note: str


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A difference between reports: a true conflict, or a difference of scope or of time."""

    kind: DisagreementKind
    category: str
    article_ids: tuple[str, ...]
    values: tuple[str, ...]
    reported: datetime
    text: str


@dataclass(frozen=True, slots=True)
class CurrentValue:
    fact: FactVersion  # the report whose figure is current
    article_ids: tuple[str, ...]  # every report carrying this figure, near-duplicates included
    independent_reports: int
    rule: Rule
    why: str


@dataclass(frozen=True, slots=True)
class CategoryView:
    category: str
    current: CurrentValue | None
    history: tuple[HistoryItem, ...]
    disagreements: tuple[Disagreement, ...]
    succession: tuple[tuple[FactVersion, Rule], ...] = ()  # values that became current, in order


def cite(fact: FactVersion) -> str:
    """How a why-string names a report: id, outlet and time."""
    source = fact.source or "unknown source"
    return f"{fact.article_id} ({source}, {fact.source_type}, {fact.reported:%Y-%m-%d %H:%M}Z)"


def incompatible(a: FactVersion, b: FactVersion) -> bool:
    """True when the two phrases allow no common value."""
    a_low, a_high = a.interval()
    b_low, b_high = b.interval()
    return a_high < b_low or b_high < a_low


def same_time(a: FactVersion, b: FactVersion) -> bool:
    return abs(a.reported - b.reported) <= CONFLICT_WINDOW


@dataclass
class _State:
    """Mutable bookkeeping while walking one category's history (never leaves this module)."""

    facts: Sequence[FactVersion]
    status: dict[int, FactStatus] = field(default_factory=dict)
    note: dict[int, str] = field(default_factory=dict)
    rep_of: dict[int, int] = field(default_factory=dict)  # confirmation -> representative
    current: int | None = None
    rule: Rule = "first_report"
    reason: str = ""
    disagreements: list[Disagreement] = field(default_factory=list)
    succession: list[tuple[FactVersion, Rule]] = field(default_factory=list)
    # Indexes kept so that each step is cheap for an event with thousands of reports:
    live: set[int] = field(default_factory=set)  # statuses "current" or "conflicting"
    group: dict[int, list[int]] = field(default_factory=dict)  # representative -> members
    first_of: dict[tuple[str, int], int] = field(default_factory=dict)  # (article, value) -> i
    first_with_value: dict[int, int] = field(default_factory=dict)  # value -> first index

    def __post_init__(self) -> None:
        for index, fact in enumerate(self.facts):
            self.first_of.setdefault((fact.article_id, fact.value), index)
            self.first_with_value.setdefault(fact.value, index)

    def set_current(self, index: int, rule: Rule, reason: str) -> None:
        new = self.facts[index]
        for other in sorted(self.live):
            status = self.status[other]
            if not (status == "conflicting" and incompatible(self.facts[other], new)):
                self.mark(other, "superseded", f"superseded by {new.article_id}")
        self.mark(index, "current", reason)
        self.current, self.rule, self.reason = index, rule, reason
        self.succession.append((self.facts[index], rule))

    def mark(self, index: int, status: FactStatus, note: str) -> None:
        self.status[index], self.note[index] = status, note
        if status in ("current", "conflicting"):
            self.live.add(index)
        else:
            self.live.discard(index)

    def join(self, index: int, representative: int, note: str) -> None:
        """Count `index` with `representative` (a confirmation or a near-duplicate copy)."""
        self.rep_of[index] = representative
        self.group.setdefault(representative, []).append(index)
        self.note[index] = note

    def disagree(self, kind: DisagreementKind, a: FactVersion, b: FactVersion, text: str) -> None:
        self.disagreements.append(
            Disagreement(
                kind, a.category, (a.article_id, b.article_id), (a.label(), b.label()),
                max(a.reported, b.reported), text,
            )
        )


def _representative(state: _State, index: int) -> int:
    while index in state.rep_of:
        index = state.rep_of[index]
    return index


def _join_original(state: _State, index: int) -> bool:
    """A near-duplicate repeating its original's figure counts once, with the original."""
    fact = state.facts[index]
    assert fact.duplicate_of is not None
    earlier = state.first_of.get((fact.duplicate_of, fact.value))
    if earlier is None or earlier >= index:
        return False
    other = state.facts[earlier]
    state.join(index, _representative(state, earlier),
               f"near-duplicate of {other.article_id}: counted once")
    return True


def _step(state: _State, index: int) -> None:
    fact = state.facts[index]
    if fact.duplicate_of and _join_original(state, index):
        return
    if state.current is None:
        state.set_current(index, "first_report", f"first report: {fact.label()} in {cite(fact)}")
        return
    current = state.facts[state.current]
    if fact.revises is not None and fact.revises in _group_articles(state):
        _replace(state, index, "explicit_revision", "re-published revision of the same report")
    elif fact.value == current.value and not incompatible(fact, current):
        state.join(index, state.current, f"confirms {current.article_id}")
    elif fact.value > current.value:
        _higher(state, index, current)
    else:
        _lower(state, index, current)


def _group_articles(state: _State) -> set[str]:
    if state.current is None:
        return set()
    return {state.facts[i].article_id for i in _members(state, state.current)}


def _members(state: _State, representative: int) -> list[int]:
    """`representative` and every index counted with it, in index order."""
    return sorted([representative, *state.group.get(representative, ())])


def _replace(state: _State, index: int, rule: Rule, detail: str) -> None:
    fact = state.facts[index]
    old = state.facts[state.current] if state.current is not None else None
    replaced = f" replaced {old.label()} from {cite(old)}" if old else ""
    state.set_current(
        index, rule, f"{_RULE_TEXT[rule]} ({detail}): {fact.label()} in {cite(fact)}{replaced}"
    )


def _is_conflict(fact: FactVersion, current: FactVersion) -> bool:
    return (
        fact.independent
        and current.independent
        and same_time(fact, current)
        and incompatible(fact, current)
        and not fact.revision
    )


def _unconfirmed_jump(state: _State, index: int, current: FactVersion) -> bool:
    """A figure many times the current one, that no other independent report backs yet.

    Such jumps are more often a misread figure (another event's toll, a population) than news;
    a second independent report with a compatible figure confirms the jump.
    """
    fact = state.facts[index]
    if fact.value <= JUMP_FACTOR * max(current.value, 1) or fact.value - current.value < JUMP_MIN:
        return False
    return not any(
        other.independent and other.article_id != fact.article_id and not incompatible(other, fact)
        for other in state.facts[:index]
        if other.value > JUMP_FACTOR * max(current.value, 1)
    )


def _higher(state: _State, index: int, current: FactVersion) -> None:
    fact = state.facts[index]
    if _unconfirmed_jump(state, index, current):
        state.mark(index, "conflicting", f"unconfirmed jump to more than {JUMP_FACTOR}x the "
                   f"current {current.label()}: held until another independent report backs it")
        state.disagree("unconfirmed", current, fact, f"{fact.label()} ({cite(fact)}) is more "
                       f"than {JUMP_FACTOR}x {current.label()} ({cite(current)}) and unconfirmed")
        return
    if _is_conflict(fact, current):
        text = f"{fact.label()} ({cite(fact)}) vs {current.label()} ({cite(current)})"
        state.disagree("conflict", current, fact, f"cannot both be true: {text}")
        if fact.authority < current.authority:
            state.mark(index, "conflicting", f"conflicts with {current.article_id}, "
                       f"which is from a more authoritative source ({current.source_type})")
            state.rule = "conflict_kept"
            return
        assert state.current is not None
        old = state.current
        _replace(state, index, "later_report", "conflicting reports, the later is kept")
        state.mark(old, "conflicting", f"conflicts with {fact.article_id}")
        return
    _replace(state, index, "later_report", "higher figure")


def _lower(state: _State, index: int, current: FactVersion) -> None:
    fact = state.facts[index]
    if fact.revision:
        _replace(state, index, "explicit_revision", "the report corrects the figure")
    elif fact.authority > current.authority:
        _replace(state, index, "more_authoritative",
                 f"{fact.source_type} over {current.source_type}")
    elif fact.category in FALLING_CATEGORIES and fact.authority >= current.authority:
        _replace(state, index, "falling_update", f"{fact.category} can fall")
    elif _is_conflict(fact, current):
        text = f"{fact.label()} ({cite(fact)}) vs {current.label()} ({cite(current)})"
        state.disagree("conflict", current, fact, f"cannot both be true: {text}")
        state.mark(index, "conflicting", f"conflicts with {current.article_id}, published "
                   "within hours of it; the current figure is not lower-ranked")
        state.rule = "conflict_kept"
    else:
        first = state.first_with_value[fact.value]
        behind = (
            f"repeats the older figure first reported in {state.facts[first].article_id}"
            if first < index
            else "a lower figure without a correction cue"
        )
        state.mark(index, "lagged", f"{behind}, after {current.label()} in {current.article_id}")
        if incompatible(fact, current):
            state.disagree("as_of", current, fact, f"different as-of times: {fact.label()} "
                           f"({cite(fact)}) lags {current.label()} ({cite(current)})")


def resolve_category(
    category: str, facts: Sequence[FactVersion], retracted: Collection[str] = ()
) -> CategoryView:
    """Statuses, current value (with why) and disagreements of one category's fact versions.

    `retracted` holds article ids whose figure for this category was withdrawn (the same report
    re-published without it); those versions are kept with status `retracted`.
    """
    state = _State(facts)
    for index, fact in enumerate(facts):
        if fact.article_id in retracted:
            state.mark(index, "retracted", "withdrawn in a re-published revision of the report")
            state.disagreements.append(Disagreement(
                "retraction", category, (fact.article_id,), (fact.label(),), fact.reported,
                f"{fact.label()} from {cite(fact)} was retracted"))
            continue
        _step(state, index)
    return CategoryView(category, _current_value(state), _history(state),
                        tuple(state.disagreements), tuple(state.succession))


def _history(state: _State) -> tuple[HistoryItem, ...]:
    items = []
    for index, fact in enumerate(state.facts):
        status = state.status.get(_representative(state, index), "superseded")
        items.append(HistoryItem(fact, status, state.note.get(index, "")))
    return tuple(items)


def _current_value(state: _State) -> CurrentValue | None:
    if state.current is None:
        return None
    facts = [state.facts[i] for i in _members(state, state.current)]
    independent = [f for f in facts if f.independent]
    ids = tuple(dict.fromkeys(f.article_id for f in facts))
    why = state.reason
    if len(independent) > 1:
        others = ", ".join(f.article_id for f in independent if f is not state.facts[state.current])
        why += f"; confirmed by {len(independent) - 1} independent report(s): {others}"
    duplicates = [f.article_id for f in facts if not f.independent]
    if duplicates:
        why += f"; near-duplicate copies counted once: {', '.join(duplicates)}"
    if state.rule == "conflict_kept":
        why += "; " + _RULE_TEXT["conflict_kept"]
    return CurrentValue(state.facts[state.current], ids, len(independent), state.rule, why)
