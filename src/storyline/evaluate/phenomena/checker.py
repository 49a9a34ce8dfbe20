"""Whether one `storyline extract` JSON object meets a case's expectations.

Strict about meaning, lenient about form: every expectation must hold (a case with a right
count and a wrong claim fails), but names compare case-insensitively, without a leading "the"
and with runs of spaces collapsed, and a claim's actor (as written, or its `actor_normalized` when
the output has one) only has to contain the expected words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from storyline.evaluate.phenomena.cases import COUNT_KEYS, Case
from storyline.extract.gazetteer import fold

__all__ = ["check_case", "normalize_name"]

Output = Mapping[str, Any]
_SPACES = re.compile(r"\s+")
# Apostrophes and the ayn/hamza marks of transliterations, written with or without them.
_APOSTROPHES = re.compile("['\u2018\u2019\u02bc\u02bb`]")


def check_case(case: Case, output: Output) -> list[str]:
    """The reasons `output` fails `case`, one line each; empty when every expectation holds."""
    reasons: list[str] = []
    for check in _CHECKS:
        reasons.extend(check(case.expect, output))
    return reasons


def normalize_name(name: str) -> str:
    """Lower case, no accents ("Diyarbak\u0131r" is "diyarbakir"), no apostrophes or transliteration
    marks ("N'Djamena" is "ndjamena", "S\u0101marr\u0101\u2019" is "samarra"), no leading "the", one
    space between words: spellings of the same name compare equal. The folding is the
    gazetteer's (`gazetteer.fold`), as the generalization table's city match uses."""
    lowered = _SPACES.sub(" ", _APOSTROPHES.sub("", fold(name)).strip())
    return lowered[4:] if lowered.startswith("the ") else lowered


def _check_counts(expect: Mapping[str, Any], output: Output) -> list[str]:
    totals: Mapping[str, Any] = output.get("totals") or {}
    reasons: list[str] = []
    for category in COUNT_KEYS:
        got = totals.get(category)
        if category in expect:
            wanted = expect[category]
            value = None if got is None else got.get("value")
            if wanted is None and value not in (None, 0):
                reasons.append(f"{category}: expected none, got {_describe(got)}")
            elif wanted is not None and value != wanted:
                reasons.append(f"{category}: expected {wanted}, got {_describe(got)}")
        qualifier = expect.get(f"{category}_qualifier")
        if qualifier is not None and (got is None or got.get("qualifier") != qualifier):
            reasons.append(f"{category} qualifier: expected {qualifier}, got {_describe(got)}")
    return reasons


def _describe(total: Mapping[str, Any] | None) -> str:
    if total is None:
        return "nothing"
    return f"{total.get('value')} ({total.get('qualifier')})"


def _check_claims(expect: Mapping[str, Any], output: Output) -> list[str]:
    claims: Sequence[Mapping[str, Any]] = output.get("claims") or []
    found = [(_actor_names(c), str(c.get("kind", ""))) for c in claims]
    shown = ", ".join(f"{actor} ({kind})" for actor, kind in found) or "none"
    reasons: list[str] = []
    for wanted in expect.get("claims", ()):
        if not _has_claim(found, wanted["actor_contains"], wanted["kind"]):
            reasons.append(
                f"claims: expected {wanted['kind']} by ~{wanted['actor_contains']!r}, got {shown}"
            )
    for unwanted in expect.get("claims_absent", ()):
        if _has_claim(found, unwanted["actor_contains"], unwanted["kind"]):
            reasons.append(
                f"claims: unexpected {unwanted['kind']} by ~{unwanted['actor_contains']!r}, "
                f"got {shown}"
            )
    if expect.get("no_claims") and found:
        reasons.append(f"claims: expected none, got {shown}")
    return reasons


def _actor_names(claim: Mapping[str, Any]) -> str:
    """The actor as written, and its canonical name when the output gives one ("ISIS" is
    "Islamic State"): either may hold the expected words."""
    names = [str(claim.get(key)) for key in ("actor", "actor_normalized") if claim.get(key)]
    return " / ".join(dict.fromkeys(names))


def _has_claim(found: Sequence[tuple[str, str]], actor_words: str, kind: str) -> bool:
    words = normalize_name(actor_words)
    return any(
        words in normalize_name(actor) and kind in ("any", got_kind) for actor, got_kind in found
    )


def _check_date(expect: Mapping[str, Any], output: Output) -> list[str]:
    if "event_date" not in expect:
        return []
    got = output.get("event_date")
    value = None if got is None else got.get("value")
    if value == expect["event_date"]:
        return []
    wanted = expect["event_date"] or "none"
    shown = "nothing" if got is None else f"{value} from {got.get('text')!r}"
    return [f"event_date: expected {wanted}, got {shown}"]


def _check_places(expect: Mapping[str, Any], output: Output) -> list[str]:
    places: Sequence[Mapping[str, Any]] = output.get("places") or []
    names = [normalize_name(str(p.get("name", ""))) for p in places]
    shown = ", ".join(str(p.get("name")) for p in places) or "none"
    reasons: list[str] = []
    missing = [n for n in expect.get("places_include", ()) if normalize_name(n) not in names]
    if missing:
        reasons.append(f"places: expected {', '.join(missing)} among them, got {shown}")
    first = expect.get("places_first")
    if first is not None and (not names or names[0] != normalize_name(first)):
        reasons.append(f"places: expected {first} first, got {shown}")
    wrong = [n for n in expect.get("places_exclude", ()) if normalize_name(n) in names]
    if wrong:
        reasons.append(f"places: {', '.join(wrong)} is not where it happened, got {shown}")
    return reasons


def _check_target(expect: Mapping[str, Any], output: Output) -> list[str]:
    if "target" not in expect or output.get("target") == expect["target"]:
        return []
    return [f"target: expected {expect['target'] or 'none'}, got {output.get('target') or 'none'}"]


def _check_event_type(expect: Mapping[str, Any], output: Output) -> list[str]:
    if "event_type" not in expect or output.get("event_type") == expect["event_type"]:
        return []
    evidence = output.get("event_type_evidence")
    shown = f"{output.get('event_type')} (from {evidence!r})" if evidence else \
        str(output.get("event_type"))
    return [f"event_type: expected {expect['event_type']}, got {shown}"]


_CHECKS: tuple[Callable[[Mapping[str, Any], Output], list[str]], ...] = (
    _check_counts,
    _check_claims,
    _check_date,
    _check_places,
    _check_target,
    _check_event_type,
)
