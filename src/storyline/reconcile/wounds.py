"""Victims reported shot who are later reported dead: they leave the injured figure.

A first report says "a 15-year-old girl was shot" (1 injured, nobody killed); a later one says
she died (1 killed) and says nothing more about the injured. Read category by category, the
event would keep 1 injured and 1 killed for one victim. When the current injured figure was
stated only as people shot, taken to hospital or in a (critical) condition (not "injured",
"wounded" or "hurt", which name the survivors; extract.totals.said_shot) or, whatever the
word, said to be in critical condition in its sentence (`FactVersion.grave`), and the current
death toll is higher than the one its own report gave, the rise is taken out of the injured:
those who died were among the shot.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from storyline.extract.totals import said_shot
from storyline.reconcile.facts import FactVersion
from storyline.reconcile.rules import RULES, CategoryView, CurrentValue, Step, cite

_GRAVE_RE = re.compile(r"\b(?:in\s+(?:critical|grave|serious|stable|unknown)\s+condition"
                       r"|critical|hospitali[sz]ed|fighting\s+for\s+(?:his|her)\s+life)\b",
                       re.IGNORECASE)


def _may_have_died(evidence: str) -> bool:
    """Shot, taken to hospital or in a (critical) condition: not yet said to have survived."""
    return said_shot(_GRAVE_RE.sub("shot", evidence))


def _wounded_besides(injured: CategoryView, killers: tuple[str, ...], wounded: int) -> bool:
    """Whether a report that gives the current death toll also tells of at least `wounded`
    people wounded: its dead are besides the wounded ("one died and four were wounded"), so
    the wounded figure is not people who died later. A lone victim it tells of as shot or in
    critical condition ("he was listed in critical condition ... he died") is its dead, told
    before he died."""
    carriers = set(killers)
    return any(item.fact.article_id in carriers and item.fact.value >= wounded > 0
               and not _told_before_death(item.fact) for item in injured.history)


# "One man was killed and another shot": someone besides the dead, by its own word.
_ANOTHER_RE = re.compile(r"\b(?:another|other|others|also|second)\b", re.IGNORECASE)


def _told_before_death(fact: FactVersion) -> bool:
    """One victim told as shot or in critical condition (a report that also gives the toll
    counts its own dead out of its people shot, so only a lone victim can be both)."""
    return fact.value == 1 and not fact.survived and not _ANOTHER_RE.search(fact.evidence) and (
        fact.grave or all(_may_have_died(part) for part in fact.evidence.split(" | ")))


def move_dead_from_shot(
    views: Mapping[str, CategoryView], family: str | None
) -> dict[str, CategoryView]:
    """`views` with the injured current value lowered by the deaths reported after it.

    Only for the event type families the rule is scoped to (`rules.RULES`): an earthquake's
    injured are not "people shot" who died later.
    """
    out = dict(views)
    if not RULES["died_of_wounds"].applies(family, "injured"):
        return out
    injured, killed = views.get("injured"), views.get("killed")
    if injured is None or killed is None or injured.current is None or killed.current is None:
        return out
    current = injured.current
    parts = current.fact.evidence.split(" | ")
    if current.fact.survived or (
            not current.fact.grave and not all(_may_have_died(part) for part in parts)):
        return out  # said to have survived, or named as survivors ("injured", "wounded")
    # The dead known when the injured figure was first given (its first report's own toll):
    # a later report that repeats it beside the death ("was in critical condition ... died")
    # tells of the same victim.
    first = min((item.fact for item in injured.history
                 if item.fact.article_id in set(current.article_ids)),
                key=lambda fact: (fact.reported, fact.article_id), default=current.fact)
    own_killed = max((item.fact.value for item in killed.history
                      if item.fact.article_id == first.article_id), default=0)
    died = killed.current.fact.value - own_killed
    if died <= 0 or _wounded_besides(injured, killed.current.article_ids, current.fact.value):
        return out
    value = max(0, current.fact.value - died)
    fact = dataclasses.replace(
        current.fact, value=value,
        low=value if current.fact.low is not None else None,
        high=value if current.fact.high is not None else None)
    why = (f"{current.why}; of them, {died} later reported dead: killed rose from {own_killed} "
           f"in its report to {killed.current.fact.value} in {cite(killed.current.fact)}")
    moved = CurrentValue(fact, current.article_ids, current.independent_reports,
                         "died_of_wounds", why)
    step = Step("injured", killed.current.fact.reported, "died_of_wounds", current.fact, fact,
                "died_of_wounds", why)
    out["injured"] = dataclasses.replace(injured, current=moved, steps=(*injured.steps, step))
    return out
