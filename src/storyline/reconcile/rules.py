"""The supersession policy: each category's current value, statuses, steps and disagreements.

Fact versions are read in reporting order; each one is compared with the value current at that
moment and one named rule decides (docs/living-record.md has the table with examples). The rule's
name appears in `why`, in the history item and in the step it causes:

- first_report: the first figure is current until something replaces it.
- same figure: a repeat joins the current value as a confirmation (near-duplicates count once).
- later_report: a later, higher figure supersedes ("over 60" -> "at least 143").
- explicit_revision: a lower figure replaces the current one when the report says it corrects it
  ("revised down", "earlier reported in error", a re-published revision of the same URL); the
  replaced figure is `corrected`.
- more_authoritative: a lower figure from a more authoritative source (reconcile.authority:
  an official body or named official > unnamed officials > wire > outlet) replaces the current
  one, and the two sides are logged as a disagreement.
- exact_over_hedged: an exact figure inside the current hedged one ("about 60" -> "57").
- specific_over_vague: a number replaces a vague word ("dozens" -> "18").
- falling_update (missing, hostages, displaced): these fall as people are found, freed or go
  home; a later figure replaces the current one when it says so ("still missing", "down from"),
  comes from an equal or higher authority, or comes after the conflict window.
- lagged: any other lower figure after a higher one was published is behind, not current.
- conflict_kept / better_supported: two independent reports published close together
  (CONFLICT_WINDOW, counted from the current figure's latest restatement: a figure its sources
  repeat is news again) whose values cannot both be true. The more authoritative one stands;
  between equals a higher figure whose report says it rose ("rose to", "a second victim
  died": `FactVersion.rise`) is an update; otherwise the figure more independent reports give
  stands (`better_supported` when that is the newcomer); between equally supported equals the
  figure already current stays, so that the record does not swing to whichever report spoke
  last. The other is `disputed`.
- still_disputed: a later repeat of a figure disputed against the current one stays disputed
  while it is neither better supported, more authoritative nor a correction: a side repeating
  its figure is the dispute going on, not news of a change. Once the repeats give it more
  independent reports than the current figure, from a source at least as authoritative, it
  wins (`better_supported`), lower or higher.
- later_consensus: a figure only one report gave gives way to another that several later
  independent reports agree on (more of them than back it), when its own report said nothing
  of a rise (to come or done) or a correction: reports published after it, that had time to
  see it and did not repeat it, are the better evidence.
- consistency guard (`unconfirmed`): a figure whose own report contradicts what several reports
  agree the event is (its type family, a city far from the event's), a jump to more than
  JUMP_FACTOR times the current figure, a fall to under a third of a figure several
  independent reports gave, or a higher figure from one report that does not say it rose
  against a figure several reports gave (`unconfirmed_rise`), or, in an attack, several times
  the current figure from one report without a word of a rise (`unconfirmed_multiple`), is
  held until a second independent report backs it (`corroborated`).
- retracted: the report was re-published (same URL) without the figure.

Rules are scoped in `RULES`: each names the event type families and categories it applies to.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from storyline.cluster.compat import families_conflict, type_family
from storyline.geo import distance_km
from storyline.reconcile.facts import FALLING_CATEGORIES, FactVersion
from storyline.records import FactStatus

CONFLICT_WINDOW = timedelta(hours=6)
JUMP_FACTOR = 10  # a figure over 10x the current one (and JUMP_MIN more) needs confirmation
JUMP_MIN = 100
MULTIPLE_FACTOR = 3  # in an attack, a figure over 3x the current one (MULTIPLE_MIN more) needs
MULTIPLE_MIN = 4  # confirmation when its report gives no word of a rise
DROP_FACTOR = 3  # a figure under a third of a well-supported one needs confirmation
WELL_SUPPORTED = 2  # independent reports above the newcomer that make a figure well supported
GUARD_PLACE_KM = 150.0  # a report's city this far from every city of the event contradicts it
GUARD_SUPPORT = 2  # independent reports that must agree on a type or city for it to guard

Rule = Literal[
    "first_report", "later_report", "explicit_revision", "more_authoritative", "conflict_kept",
    "better_supported", "still_disputed", "later_consensus", "falling_update",
    "exact_over_hedged", "specific_over_vague", "corroborated", "died_of_wounds",
    "unconfirmed_rise", "unconfirmed_sum", "stated_over_summed", "unconfirmed_multiple",
]
# The fine status of a history item. `status` (INTERFACE.md) keeps five values: a disputed or
# unconfirmed figure is "conflicting", a corrected one "superseded".
Standing = Literal[
    "current", "superseded", "corrected", "lagged", "disputed", "unconfirmed", "retracted",
]
StepKind = Literal[
    "first_report", "rise", "fall", "correction", "authority_override", "refinement",
    "disputed", "unconfirmed", "confirmed", "retracted", "died_of_wounds",
]
# Steps after which the figure is not current: it was disputed, held or withdrawn.
HOLD_STEPS: frozenset[StepKind] = frozenset({"disputed", "unconfirmed", "retracted"})
DisagreementKind = Literal[
    "conflict", "as_of", "scope", "retraction", "unconfirmed", "authority", "precedence",
]

_STATUS: Mapping[Standing, FactStatus] = {
    "current": "current", "superseded": "superseded", "corrected": "superseded",
    "lagged": "lagged", "disputed": "conflicting", "unconfirmed": "conflicting",
    "retracted": "retracted",
}


# The categories whose summed figures the reports' own figures outweigh (measured on GVA
# events: see docs/living-record.md).
_SUMMED_SCOPE = frozenset({"killed", "injured"})


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A rule of the policy: what it says, and which events and categories it applies to."""

    text: str
    families: frozenset[str] | None = None  # event type families (cluster.compat); None: all
    categories: frozenset[str] | None = None  # None: all

    def applies(self, family: str | None, category: str) -> bool:
        in_family = self.families is None or (family is not None and family in self.families)
        return in_family and (self.categories is None or category in self.categories)


RULES: Mapping[Rule, RuleSpec] = {
    "first_report": RuleSpec("first report"),
    "later_report": RuleSpec("a later report supersedes an earlier one"),
    "explicit_revision": RuleSpec("explicit revision"),
    "more_authoritative": RuleSpec("more authoritative source"),
    "conflict_kept": RuleSpec(
        "conflicting reports: the more authoritative, then better supported, then current one "
        "is kept"),
    "better_supported": RuleSpec(
        "conflicting reports of equal authority: the figure more independent reports give"),
    "still_disputed": RuleSpec("a repeat of a disputed figure is the dispute going on"),
    "later_consensus": RuleSpec(
        "a figure one report gave gives way to the one several later reports agree on"),
    "falling_update": RuleSpec(
        "a later report of a figure that falls as people are found, freed or go home",
        categories=FALLING_CATEGORIES),
    "exact_over_hedged": RuleSpec("an exact figure within the hedged one refines it"),
    "specific_over_vague": RuleSpec("a number replaces a vague word"),
    "corroborated": RuleSpec(
        "a held figure backed by a second independent report (a fall: by more reports than "
        "the current figure's, or by a more authoritative source)"),
    # Casualty tolls rise with words ("rose to", "a third victim died"); arrests, the missing
    # and the displaced move with events of their own ("a second suspect was detained").
    "unconfirmed_rise": RuleSpec(
        "a higher figure from one report, without a word of a rise, against a figure several "
        "reports give is held until another report backs it",
        categories=frozenset({"killed", "injured"})),
    # An attack's victims are counted within hours; a later figure several times theirs with
    # no word of a rise is another count (a year's, a city's, a weekend's).
    "unconfirmed_multiple": RuleSpec(
        "a figure several times the current one, from one report without a word of a rise, "
        "is held until another report backs it",
        families=frozenset({"attack"}), categories=frozenset({"killed", "injured"})),
    # A sum one report builds from separate statements ("a boy was shot ... a man was also
    # shot") counts the same person twice far more often than a report that states the figure
    # in one phrase misses someone: between two such reports the stated figure stands.
    "unconfirmed_sum": RuleSpec(
        "a higher figure one report sums from separate statements, against a figure a report "
        "states in one phrase, is held until another report backs it",
        categories=_SUMMED_SCOPE),
    "stated_over_summed": RuleSpec(
        "a figure a report states in one phrase replaces a higher one another report summed "
        "from separate statements, when as many reports give it",
        categories=_SUMMED_SCOPE),
    # Shootings and stabbings report people "shot" who die later; a quake's injured do not move
    # into its toll that way (their dead are counted among the missing and the rubble).
    "died_of_wounds": RuleSpec(
        "people reported shot who were later reported dead leave the injured",
        families=frozenset({"attack"}), categories=frozenset({"injured"})),
}


@dataclass(frozen=True, slots=True)
class EventSignature:
    """What most of the event's reports agree it is, for the consistency guard.

    Only what several independent reports support counts: a type family most typed reports
    share (at least GUARD_SUPPORT of them) and the cities at least GUARD_SUPPORT reports name.
    The extraction misreads one report's type or place far more often than clustering joins a
    wrong report, so a signature a single report carries guards nothing.
    """

    event_type: str | None = None
    family_reports: int = 0  # independent reports whose type is in the event's family
    typed_reports: int = 0  # independent reports with any type family
    cities: tuple[tuple[str, float, float], ...] = ()  # each named by GUARD_SUPPORT+ reports
    reports_family: str | None = None  # the family most typed reports share (any support)

    @property
    def family(self) -> str | None:
        return type_family(self.event_type)

    @property
    def guarded_family(self) -> str | None:
        """The family, when enough reports agree on it to hold a figure against it."""
        agreed = self.family_reports >= GUARD_SUPPORT and \
            3 * self.family_reports >= 2 * self.typed_reports
        return self.family if agreed else None


@dataclass(frozen=True, slots=True)
class HistoryItem:
    fact: FactVersion
    status: FactStatus
    note: str
    standing: Standing = "superseded"
    rule: Rule | None = None  # the rule that decided this item's standing


@dataclass(frozen=True, slots=True)
class Disagreement:
    """A difference between reports: a true conflict, or a difference of scope or of time."""

    kind: DisagreementKind
    category: str
    article_ids: tuple[str, ...]
    values: tuple[str, ...]
    reported: datetime
    text: str
    rule: Rule | None = None  # the rule that chose between the two sides, if one did


@dataclass(frozen=True, slots=True)
class CurrentValue:
    fact: FactVersion  # the report whose figure is current
    article_ids: tuple[str, ...]  # every report carrying this figure, near-duplicates included
    independent_reports: int
    rule: Rule
    why: str


@dataclass(frozen=True, slots=True)
class Step:
    """One transition of a category: the moment a figure became current, disputed or held."""

    category: str
    at: datetime  # the report time of the figure that caused it
    kind: StepKind
    old: FactVersion | None
    new: FactVersion
    rule: Rule | None
    why: str


@dataclass(frozen=True, slots=True)
class CategoryView:
    category: str
    current: CurrentValue | None
    history: tuple[HistoryItem, ...]
    disagreements: tuple[Disagreement, ...]
    succession: tuple[tuple[FactVersion, Rule], ...] = ()  # values that became current, in order
    steps: tuple[Step, ...] = ()


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


def _step_kind(rule: Rule, old: FactVersion | None, new: FactVersion) -> StepKind:
    if old is None:
        return "first_report"
    if rule == "explicit_revision":
        return "correction"
    if rule == "more_authoritative":
        return "authority_override"
    if rule in ("exact_over_hedged", "specific_over_vague"):
        return "refinement"
    if rule == "corroborated":
        return "confirmed"
    return "rise" if new.value >= old.value else "fall"


@dataclass
class _State:
    """Mutable bookkeeping while walking one category's history (never leaves this module)."""

    facts: Sequence[FactVersion]
    signature: EventSignature = field(default_factory=EventSignature)
    standing: dict[int, Standing] = field(default_factory=dict)
    decided_by: dict[int, Rule] = field(default_factory=dict)
    note: dict[int, str] = field(default_factory=dict)
    rep_of: dict[int, int] = field(default_factory=dict)  # confirmation -> representative
    current: int | None = None
    rule: Rule = "first_report"
    reason: str = ""
    disagreements: list[Disagreement] = field(default_factory=list)
    succession: list[tuple[FactVersion, Rule]] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    # Indexes kept so that each step is cheap for an event with thousands of reports:
    live: set[int] = field(default_factory=set)  # standing current, disputed or unconfirmed
    held: list[int] = field(default_factory=list)  # unconfirmed, waiting for a second report
    # Values a correction, a fall or a refinement replaced: a report repeating one later is
    # stale, not a rise ("87" after "revised down from 87 to 79").
    withdrawn: dict[int, Rule] = field(default_factory=dict)
    group: dict[int, list[int]] = field(default_factory=dict)  # representative -> members
    first_of: dict[tuple[str, int], int] = field(default_factory=dict)  # (article, value) -> i
    first_with_value: dict[int, int] = field(default_factory=dict)  # value -> first index
    # value -> the independent reports read so far that gave it, and the latest one's time
    backers: dict[int, set[str]] = field(default_factory=dict)
    restated: dict[int, datetime] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for index, fact in enumerate(self.facts):
            self.first_of.setdefault((fact.article_id, fact.value), index)
            self.first_with_value.setdefault(fact.value, index)

    def set_current(self, index: int, rule: Rule, reason: str) -> None:
        new = self.facts[index]
        old = self.facts[self.current] if self.current is not None else None
        replaced: Standing = "corrected" if rule == "explicit_revision" else "superseded"
        for other in sorted(self.live):
            standing = self.standing[other]
            if standing == "current":
                self.mark(other, replaced, f"{replaced} by {new.article_id}", rule)
            elif standing == "unconfirmed":
                # A held figure never stood, so nothing superseded it: it stays unconfirmed,
                # and no longer waits for a backer (a repeat is judged against the new figure).
                if other in self.held:
                    self.held.remove(other)
            elif not (standing == "disputed" and incompatible(self.facts[other], new)):
                self.mark(other, "superseded", f"superseded by {new.article_id}", rule)
        if old is not None and new.value < old.value and rule != "stated_over_summed":
            # (a summed figure was a misreading of one report, not a figure the event's
            # reports moved on from: another report stating it later backs it again)
            self.withdrawn[old.value] = rule
        self.mark(index, "current", reason, rule)
        self.current, self.rule, self.reason = index, rule, reason
        self.succession.append((new, rule))
        self.steps.append(Step(new.category, new.reported, _step_kind(rule, old, new), old, new,
                               rule, reason))

    def mark(self, index: int, standing: Standing, note: str, rule: Rule | None = None) -> None:
        self.standing[index], self.note[index] = standing, note
        if rule is not None:
            self.decided_by[index] = rule
        if standing in ("current", "disputed", "unconfirmed"):
            self.live.add(index)
        else:
            self.live.discard(index)

    def hold(self, index: int, kind: StepKind, note: str, against: FactVersion | None,
             rule: Rule | None = None) -> None:
        """Mark `index` disputed or unconfirmed (by `rule`, if one decided it) and record the
        step."""
        fact = self.facts[index]
        self.mark(index, "disputed" if kind == "disputed" else "unconfirmed", note, rule)
        if kind == "unconfirmed":
            self.held.append(index)
        self.steps.append(Step(fact.category, fact.reported, kind, against, fact, rule, note))

    def support(self, fact: FactVersion) -> int:
        """How many independent reports read so far (and `fact`'s own) give `fact`'s figure."""
        backers = self.backers.get(fact.value, set())
        return len(backers | {fact.article_id}) if fact.independent else len(backers)

    def read(self, fact: FactVersion) -> None:
        """Count `fact` as a report of its figure, once its own step is decided."""
        if fact.independent:
            self.backers.setdefault(fact.value, set()).add(fact.article_id)
            self.restated[fact.value] = max(fact.reported,
                                            self.restated.get(fact.value, fact.reported))

    def join(self, index: int, representative: int, note: str) -> None:
        """Count `index` with `representative` (a confirmation or a near-duplicate copy)."""
        self.rep_of[index] = representative
        self.group.setdefault(representative, []).append(index)
        self.note[index] = note

    def disagree(self, kind: DisagreementKind, a: FactVersion, b: FactVersion, text: str,
                 rule: Rule | None = None) -> None:
        self.disagreements.append(
            Disagreement(
                kind, a.category, (a.article_id, b.article_id), (a.label(), b.label()),
                max(a.reported, b.reported), text, rule,
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
    _decide(state, index)
    state.read(state.facts[index])


def _decide(state: _State, index: int) -> None:
    fact = state.facts[index]
    if fact.duplicate_of and _join_original(state, index):
        return
    if _corroborates_held(state, index):
        return
    contradiction = _contradicts_event(fact, state.signature)
    if contradiction is not None:
        current = state.facts[state.current] if state.current is not None else None
        if current is None or fact.value != current.value or incompatible(fact, current):
            state.hold(index, "unconfirmed", f"held: {contradiction}", current)
            if current is not None:
                state.disagree("unconfirmed", current, fact, f"{fact.label()} ({cite(fact)}) "
                               f"is held unconfirmed: {contradiction}")
            return
    if state.current is None:
        _replace(state, index, "first_report", "nothing was current")
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


def _contradicts_event(fact: FactVersion, signature: EventSignature) -> str | None:
    """Why the figure's own report is about something else than the event, if it is.

    Dates are not used: a misread event date is far more common than a wrongly joined report
    (clustering already vetoes joins across distant dates).
    """
    family, own = signature.guarded_family, type_family(fact.article_type)
    if family is not None and own is not None and families_conflict(family, own):
        return f"its report is about a {fact.article_type}, the event is a {signature.event_type}"
    if fact.article_places and signature.cities:
        # Only when no settlement of the report is the event's, contains its name ("Tamale
        # Teaching Hospital") or is near it: a report from the capital or a hospital town
        # still names the place of the event.
        names = [city[0].casefold() for city in signature.cities]
        if not any(name in own[0].casefold() for own in fact.article_places for name in names):
            located = [(lat, lon) for _, lat, lon in fact.article_places
                       if lat is not None and lon is not None]
            nearest = min((distance_km(own, (city[1], city[2])) for own in located
                           for city in signature.cities), default=0.0)
            if nearest > GUARD_PLACE_KM:
                name = fact.article_places[0][0]
                return f"its report is set in {name}, {nearest:.0f} km from the event's places"
    return None


def _corroborates_held(state: _State, index: int) -> bool:
    """A second independent report backing a held figure: the held figure is re-read with it."""
    fact = state.facts[index]
    if not fact.independent:
        return False
    for held in state.held:
        other = state.facts[held]
        if state.standing.get(held) != "unconfirmed" or other.article_id == fact.article_id:
            continue
        if incompatible(other, fact) or _contradicts_event(fact, state.signature) is not None:
            continue
        current = state.facts[state.current] if state.current is not None else None
        if current is not None and _outweighed_fall(state, other, fact, current):
            continue
        state.held.remove(held)
        if current is not None and fact.value == current.value and not incompatible(fact, current):
            return False  # it backs the current figure, not the held one
        # The held figure is counted with the one that backs it and takes its standing.
        state.live.discard(held)
        _replace(state, index, "corroborated",
                 f"backs {other.label()} held from {cite(other)}")
        state.join(held, index, f"backed by {fact.article_id}")
        return True
    return False


def _outweighed_fall(state: _State, held: FactVersion, backer: FactVersion,
                     current: FactVersion) -> bool:
    """A held fall that two reports now give, against a current figure more reports give from
    sources as authoritative: two against three is not the toll falling."""
    if held.value >= current.value or current.qualifier == "vague":
        return False  # a rise, or numbers against a vague word ("some", "several")
    backers = len({held.article_id, backer.article_id} | state.backers.get(held.value, set()))
    return (backers <= state.support(current)
            and max(held.authority, backer.authority) <= current.authority)


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
        index, rule, f"{rule}: {RULES[rule].text} ({detail}): {fact.label()} in {cite(fact)}"
                     f"{replaced}"
    )
    if old is None or not incompatible(old, fact):
        return
    sides = (f"{fact.label()} ({cite(fact)}, {fact.authority_kind}) differs from "
             f"{old.label()} ({cite(old)}, {old.authority_kind}); {rule} chose {fact.label()}")
    if rule == "more_authoritative" or (
            old.source_type == "official" and fact.authority < old.authority):
        # A lower figure won by rank, or an official figure gave way to a lower-ranked source:
        # either way the user must see that the sources differ.
        state.disagree("authority", old, fact, sides, rule)
    elif rule in _PRECEDENCE_RULES:
        state.disagree("precedence", old, fact, sides, rule)


# Rules that let a figure win over a different one without being a plain update (a later,
# higher figure, a correction the report announces, a falling count): the ledger keeps both.
_PRECEDENCE_RULES: frozenset[Rule] = frozenset(
    {"specific_over_vague", "corroborated", "exact_over_hedged", "later_consensus",
     "stated_over_summed"})


def _is_conflict(state: _State, fact: FactVersion, current: FactVersion) -> bool:
    """Independent reports close together whose figures cannot both be true. "Close" counts
    from the current figure's latest restatement: a government that repeats its toll in the
    morning is contradicted, not updated, by another toll that afternoon."""
    latest = max(current.reported, state.restated.get(current.value, current.reported))
    return (
        fact.independent
        and current.independent
        and abs(fact.reported - latest) <= CONFLICT_WINDOW
        and incompatible(fact, current)
        and not fact.revision
    )


def _conflict_winner(state: _State, fact: FactVersion, current: FactVersion) -> Rule | None:
    """Which rule makes the newcomer `fact` win a same-time conflict, or None: it stays
    disputed. Authority first, then support, then the figure already current stays."""
    if fact.authority != current.authority:
        return "later_report" if fact.authority > current.authority else None
    if fact.rise is not None and fact.value > current.value:
        return "later_report"  # "the toll rose to 15": an update by its own words
    return "better_supported" if state.support(fact) > state.support(current) else None


def _still_disputed(state: _State, index: int, current: FactVersion) -> bool:
    """A later repeat of a figure that is disputed against the current one, and neither better
    supported nor more authoritative than it, nor a correction."""
    fact = state.facts[index]
    if (fact.revision or fact.authority > current.authority or not incompatible(fact, current)
            or state.support(fact) > state.support(current)):
        return False
    return any(state.standing.get(i) == "disputed" and state.facts[i].value == fact.value
               for i in state.live)


def _dispute_settled(state: _State, index: int, current: FactVersion) -> bool:
    """A repeat of a figure disputed against the current one that now has more independent
    reports than the current one, from a source at least as authoritative: the weight of
    reports settles a dispute between equals (the lower side too: `_higher` already lets a
    higher figure win this way)."""
    fact = state.facts[index]
    if (not fact.independent or fact.authority < current.authority
            or not incompatible(fact, current)
            or state.support(fact) <= state.support(current)):
        return False
    return any(state.standing.get(i) == "disputed" and state.facts[i].value == fact.value
               for i in state.live)


def _later_consensus(state: _State, index: int, current: FactVersion) -> bool:
    """`fact` is the second (or later) of independent reports published after the current
    figure that agree on a different figure, and they outnumber the current figure's reports.

    Only when the current figure's own report did not say it would rise or corrected an
    earlier one: a figure that no report published later repeats, while several give another,
    was one report's reading (a misread age, another incident's victims), not the toll.
    """
    fact = state.facts[index]
    if (not fact.independent or current.trend == "rising" or current.revision
            or current.rise is not None or not incompatible(fact, current)):
        return False
    after = current.reported + CONFLICT_WINDOW
    later = {f.article_id for f in state.facts[:index + 1]
             if f.independent and f.value == fact.value and f.reported > after}
    return len(later) >= WELL_SUPPORTED and len(later) > state.support(current)


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


def _unconfirmed_multiple(state: _State, index: int, current: FactVersion) -> bool:
    """A figure several times the current one (shootings, bombings: the people hit are known
    within hours) from one report that does not say the toll rose, with no other independent
    report giving a compatible figure. Such a figure is more often a statistic of many
    incidents ("the 28th person shot this year", a weekend's total) than news of the event."""
    fact = state.facts[index]
    if (not RULES["unconfirmed_multiple"].applies(state.signature.family, fact.category)
            or fact.revision or fact.rise is not None or fact.trend == "rising"
            or current.trend == "rising" or current.qualifier == "vague"
            or fact.authority > current.authority
            # one wounded victim told of first ("son shot"): the others hit are told later;
            # the dead are not ("a man was killed", then "10 people killed" is a statistic)
            or current.value < (1 if fact.category == "killed" else 2)
            or fact.value <= MULTIPLE_FACTOR * current.value
            or fact.value - current.value < MULTIPLE_MIN):
        return False
    return not _backed_elsewhere(state, index, current)


def _unconfirmed_rise(state: _State, index: int, current: FactVersion) -> bool:
    """A higher figure from one report, against a figure several independent reports gave,
    that does not say it rose and comes from no more authoritative a source.

    A toll that several reports agree on rises with words ("rose to", "a second victim died");
    a bare higher figure in one later report is more often that report's misreading (an age,
    the wounded counted as dead, another incident's toll) than news. A second independent
    report with a compatible figure confirms it (`corroborated`). A report whose phrase allows
    both figures ("at least one person was killed" against 1 and 8) backs neither: it is no
    sign of a rise.
    """
    fact = state.facts[index]
    if (not RULES["unconfirmed_rise"].applies(state.signature.family, fact.category)
            or fact.revision or fact.rise is not None or fact.authority > current.authority
            or not incompatible(fact, current)
            or state.support(current) < WELL_SUPPORTED):
        return False
    return not any(
        other.independent and other.article_id != fact.article_id and not incompatible(other, fact)
        and incompatible(other, current)
        for other in state.facts[:index]
    )


def _unconfirmed_sum(state: _State, index: int, current: FactVersion) -> bool:
    """A higher figure one report summed from separate statements (extract.totals adds "a boy
    was shot" and "a man was also shot"), against a figure a report states in one phrase,
    that does not say it rose and comes from no more authoritative a source.

    Such a sum counts one person told twice ("a 15-year-old was shot ... the teen, hit in the
    leg") more often than the stated figure misses someone; a second independent report with
    a compatible figure confirms it (`corroborated`)."""
    fact = state.facts[index]
    return (RULES["unconfirmed_sum"].applies(state.signature.family, fact.category)
            and fact.summed and not current.summed and current.value > 0
            and current.qualifier != "vague" and not fact.revision and fact.rise is None
            and fact.authority <= current.authority and incompatible(fact, current)
            and not _backed_elsewhere(state, index, current))


def _stated_over_summed(state: _State, index: int, current: FactVersion) -> bool:
    """A lower figure stated in one phrase against a current figure one report summed from
    separate statements (`_unconfirmed_sum` the other way round), from a source as
    authoritative, given by as many independent reports, when the sum's report did not say
    the figure rose."""
    fact = state.facts[index]
    return (RULES["stated_over_summed"].applies(state.signature.family, fact.category)
            and current.summed and not fact.summed and fact.value > 0 and fact.independent
            and fact.qualifier != "vague" and not current.revision and current.rise is None
            and fact.authority >= current.authority and incompatible(fact, current)
            and state.support(fact) >= state.support(current)
            and all(other.summed for other in state.facts[:index]
                    if other.independent and other.value == current.value))


def _backed_elsewhere(state: _State, index: int, current: FactVersion) -> bool:
    """Another independent report read before `index` gives a figure compatible with it and
    not with the current one."""
    fact = state.facts[index]
    return any(
        other.independent and other.article_id != fact.article_id and not incompatible(other, fact)
        and incompatible(other, current)
        for other in state.facts[:index]
    )


def _unconfirmed_drop(state: _State, index: int, current: FactVersion) -> bool:
    """A figure under a third of one several independent reports gave, from one report only.

    A toll does not fall to a third without saying so; such a figure is more often another
    incident's (a report wrongly joined to the event) than news, even from an official source.
    """
    fact = state.facts[index]
    if fact.revision or DROP_FACTOR * fact.interval()[1] >= current.interval()[0]:
        return False
    above = {other.article_id for other in state.facts[:index]
             if other.independent and other.value >= DROP_FACTOR * max(fact.value, 1)}
    return len(above) >= WELL_SUPPORTED


def _higher(state: _State, index: int, current: FactVersion) -> None:
    fact = state.facts[index]
    if fact.value in state.withdrawn and not fact.revision:
        state.mark(index, "lagged", f"repeats {fact.value}, which {state.withdrawn[fact.value]} "
                   f"replaced before {current.label()} in {current.article_id}")
        return
    if _unconfirmed_jump(state, index, current):
        state.hold(index, "unconfirmed", f"unconfirmed jump to more than {JUMP_FACTOR}x the "
                   f"current {current.label()}: held until another independent report backs it",
                   current)
        state.disagree("unconfirmed", current, fact, f"{fact.label()} ({cite(fact)}) is more "
                       f"than {JUMP_FACTOR}x {current.label()} ({cite(current)}) and unconfirmed")
        return
    if _still_disputed(state, index, current):
        _dispute_goes_on(state, index, current)
    elif _is_conflict(state, fact, current):
        _conflict(state, index, current)
    elif _unconfirmed_rise(state, index, current):
        state.hold(index, "unconfirmed", f"unconfirmed_rise: a rise from {current.label()}, "
                   f"which {state.support(current)} independent reports give, to "
                   f"{fact.label()} in one report that does not say it rose: held until "
                   "another report backs it", current, "unconfirmed_rise")
        state.disagree("unconfirmed", current, fact, f"{fact.label()} ({cite(fact)}) is higher "
                       f"than the well-supported {current.label()} ({cite(current)}) and "
                       "unconfirmed", "unconfirmed_rise")
    elif _unconfirmed_sum(state, index, current):
        state.hold(index, "unconfirmed", f"unconfirmed_sum: {fact.label()} is a sum of separate "
                   f"statements in one report, against {current.label()} stated in one phrase: "
                   "held until another report backs it", current, "unconfirmed_sum")
        state.disagree("unconfirmed", current, fact, f"{fact.label()} ({cite(fact)}) sums "
                       f"separate statements; {current.label()} ({cite(current)}) is stated",
                       "unconfirmed_sum")
    elif _unconfirmed_multiple(state, index, current):
        state.hold(index, "unconfirmed", f"unconfirmed_multiple: {fact.label()} is more than "
                   f"{MULTIPLE_FACTOR}x {current.label()} in one report that does not say the "
                   "toll rose: held until another report backs it", current,
                   "unconfirmed_multiple")
        state.disagree("unconfirmed", current, fact, f"{fact.label()} ({cite(fact)}) is more "
                       f"than {MULTIPLE_FACTOR}x {current.label()} ({cite(current)}) and "
                       "unconfirmed", "unconfirmed_multiple")
    else:
        _replace(state, index, "later_report", "higher figure")


def _conflict(state: _State, index: int, current: FactVersion) -> None:
    """A same-time conflict: the newcomer wins (the current figure becomes disputed) or is
    disputed, by `_conflict_winner`."""
    fact = state.facts[index]
    text = f"{fact.label()} ({cite(fact)}) vs {current.label()} ({cite(current)})"
    winner = _conflict_winner(state, fact, current)
    if winner is None:
        state.disagree("conflict", current, fact, f"cannot both be true: {text}",
                       "conflict_kept")
        if fact.authority < current.authority:
            why = f"which is from a more authoritative source ({current.authority_kind})"
        elif state.support(current) > state.support(fact):
            why = (f"which {state.support(current)} independent reports give, against "
                   f"{state.support(fact)}")
        else:
            why = "published within hours of it, as supported and as authoritative"
        state.hold(index, "disputed", f"conflicts with {current.article_id}, {why}", current)
        state.rule = "conflict_kept"
        return
    state.disagree("conflict", current, fact, f"cannot both be true: {text}", winner)
    assert state.current is not None
    old = state.current
    if winner == "better_supported":
        detail = f"{state.support(fact)} independent reports against {state.support(current)}"
    elif fact.authority > current.authority:
        detail = f"{fact.authority_kind} over {current.authority_kind}"
    else:
        detail = f"the report says the figure rose (\"{fact.rise}\")"
    _replace(state, index, winner, f"conflicting reports: {detail}")
    state.mark(old, "disputed", f"conflicts with {fact.article_id}", winner)


def _dispute_goes_on(state: _State, index: int, current: FactVersion) -> None:
    fact = state.facts[index]
    state.hold(index, "disputed", f"repeats a figure disputed against {current.label()} "
               f"({current.article_id}); still_disputed: {RULES['still_disputed'].text}",
               current)
    state.decided_by[index] = "still_disputed"
    state.disagree("conflict", current, fact, f"still disputed: {fact.label()} ({cite(fact)}) "
                   f"vs {current.label()} ({cite(current)})", "still_disputed")


def _hedged(fact: FactVersion) -> bool:
    return fact.qualifier not in ("exact",)


def _lower(state: _State, index: int, current: FactVersion) -> None:
    fact = state.facts[index]
    falling = RULES["falling_update"].applies(state.signature.family, fact.category)
    if fact.revision:
        _replace(state, index, "explicit_revision", "the report corrects the figure")
    elif _unconfirmed_drop(state, index, current):
        note = (f"a fall from {current.label()} to {fact.label()} in one report, against "
                f"{WELL_SUPPORTED}+ independent reports: held until another report backs it")
        state.hold(index, "unconfirmed", note, current)
        state.disagree("unconfirmed", current, fact, f"{fact.label()} ({cite(fact)}) is under a "
                       f"third of {current.label()} ({cite(current)}) and unconfirmed")
    elif falling and (fact.cue is not None or fact.authority >= current.authority
                      or fact.reported - current.reported > CONFLICT_WINDOW):
        cue = f"\"{fact.cue}\"" if fact.cue else "a later figure"
        _replace(state, index, "falling_update", f"{fact.category} can fall: {cue}")
    elif fact.authority > current.authority:
        _replace(state, index, "more_authoritative",
                 f"{fact.authority_kind} over {current.authority_kind}")
    elif current.qualifier == "vague" and fact.qualifier != "vague":
        _replace(state, index, "specific_over_vague", f"{fact.label()} for {current.label()}")
    elif _hedged(current) and not _hedged(fact) and not incompatible(fact, current):
        _replace(state, index, "exact_over_hedged", f"{fact.label()} within {current.label()}")
    elif _hedged(current) and not _hedged(fact) and fact.source_type == "official" \
            and fact.authority >= current.authority \
            and fact.reported - current.reported > CONFLICT_WINDOW:
        # A later exact count by an official body after a hedged estimate ("at least 52"
        # then the committee's 47): the count replaces the estimate, and the ledger keeps both.
        _replace(state, index, "exact_over_hedged",
                 f"an official exact count after the estimate {current.label()}")
    elif _stated_over_summed(state, index, current):
        _replace(state, index, "stated_over_summed", f"{fact.label()} stated in one phrase; "
                 f"{current.label()} summed from separate statements")
    elif _still_disputed(state, index, current):
        _dispute_goes_on(state, index, current)
    elif _dispute_settled(state, index, current):
        assert state.current is not None
        old = state.current
        _replace(state, index, "better_supported", f"the disputed {fact.label()} repeated: "
                 f"{state.support(fact)} independent reports against {state.support(current)}")
        state.mark(old, "disputed", f"outweighed by {fact.article_id}", "better_supported")
    elif _is_conflict(state, fact, current):
        _conflict(state, index, current)
    elif _later_consensus(state, index, current):
        _replace(state, index, "later_consensus", f"{state.support(fact)} independent reports "
                 f"after {current.article_id} give {fact.label()}; "
                 f"{state.support(current)} gave {current.label()}")
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
    category: str, facts: Sequence[FactVersion], retracted: Collection[str] = (),
    signature: EventSignature | None = None,
) -> CategoryView:
    """Statuses, current value (with why), steps and disagreements of one category's versions.

    `retracted` holds article ids whose figure for this category was withdrawn (the same report
    re-published without it); those versions are kept with status `retracted`. `signature`
    describes the event for the consistency guard.
    """
    state = _State(facts, signature or EventSignature())
    for index, fact in enumerate(facts):
        if fact.article_id in retracted:
            state.mark(index, "retracted", "withdrawn in a re-published revision of the report")
            state.steps.append(Step(category, fact.reported, "retracted", None, fact, None,
                                    f"{fact.label()} from {cite(fact)} was retracted"))
            state.disagreements.append(Disagreement(
                "retraction", category, (fact.article_id,), (fact.label(),), fact.reported,
                f"{fact.label()} from {cite(fact)} was retracted"))
            continue
        _step(state, index)
    return CategoryView(category, _current_value(state), _history(state),
                        tuple(state.disagreements), tuple(state.succession), tuple(state.steps))


def _history(state: _State) -> tuple[HistoryItem, ...]:
    items = []
    for index, fact in enumerate(state.facts):
        representative = _representative(state, index)
        standing = state.standing.get(representative, "superseded")
        rule = state.decided_by.get(representative)
        items.append(HistoryItem(fact, _STATUS[standing], state.note.get(index, ""), standing,
                                 rule))
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
        why += "; " + RULES["conflict_kept"].text
    return CurrentValue(state.facts[state.current], ids, len(independent), state.rule, why)
