"""Reading and validating the phenomenon cases (`<area>.jsonl` beside this module).

A case is one JSON object per line:
`{"id", "phenomenon", "text", "published": "YYYY-MM-DD", "title": null | str, "expect": {...}}`.
`expect` holds only the keys in `EXPECT_KEYS`; an unknown key or a wrongly typed value is an
error naming the file and line, so that a typo never turns an expectation into no check.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from typing import Any

from storyline.errors import StorylineError

__all__ = [
    "AREAS",
    "COUNT_KEYS",
    "EXPECT_KEYS",
    "Case",
    "PhenomenonError",
    "load_cases",
    "parse_case",
]

AREAS: tuple[str, ...] = ("counts", "claims", "dates", "places", "types")
COUNT_KEYS: tuple[str, ...] = ("killed", "injured", "arrested", "missing", "hostages", "displaced")
QUALIFIER_KEYS: tuple[str, ...] = tuple(f"{key}_qualifier" for key in COUNT_KEYS)
CLAIM_KINDS: frozenset[str] = frozenset({"claimed", "denied", "blamed", "suspected"})
EXPECT_KEYS: frozenset[str] = frozenset(
    {
        *COUNT_KEYS,
        *QUALIFIER_KEYS,
        "claims",
        "claims_absent",
        "no_claims",
        "event_date",
        "places_include",
        "places_first",
        "places_exclude",
        "target",
        "event_type",
    }
)
TARGETS: frozenset[str] = frozenset({"armed", "civilians"})
_CASE_KEYS = frozenset({"id", "phenomenon", "text", "published", "title", "expect"})
_PHENOMENON = re.compile(r"\A[a-z][a-z0-9_]*\Z")


class PhenomenonError(StorylineError):
    """A case file that does not follow the case format (the message names file and line)."""


@dataclass(frozen=True, slots=True)
class Case:
    """One text and what must be read from it. `phenomenon` is `<area>.<name>`."""

    id: str
    area: str
    phenomenon: str
    text: str
    published: date
    title: str | None
    expect: Mapping[str, Any]


def load_cases(areas: Iterable[str] | None = None) -> list[Case]:
    """Every case of the given areas (default: all), in file order; ids are unique."""
    chosen = tuple(areas) if areas is not None else AREAS
    unknown = [area for area in chosen if area not in AREAS]
    if unknown:
        raise PhenomenonError(f"unknown area {unknown[0]!r}; choose from {', '.join(AREAS)}")
    cases: list[Case] = []
    seen: set[str] = set()
    folder = resources.files(__package__ or "storyline.evaluate.phenomena")
    for area in chosen:
        name = f"{area}.jsonl"
        text = folder.joinpath(name).read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            case = parse_case(line, area, f"{name}:{number}")
            if case.id in seen:
                raise PhenomenonError(f"{name}:{number}: duplicate case id {case.id!r}")
            seen.add(case.id)
            cases.append(case)
    return cases


def parse_case(line: str, area: str, where: str) -> Case:
    """One case from one line of `<area>.jsonl`; `where` ("counts.jsonl:12") names it in errors."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as error:
        raise PhenomenonError(f"{where}: not JSON ({error.msg})") from None
    if not isinstance(raw, dict) or set(raw) != _CASE_KEYS:
        keys = sorted(raw) if isinstance(raw, dict) else type(raw).__name__
        raise PhenomenonError(
            f"{where}: a case has exactly the keys {sorted(_CASE_KEYS)}, got {keys}"
        )
    for key in ("id", "phenomenon", "text", "published"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise PhenomenonError(f"{where}: {key!r} must be a non-empty string")
    if not _PHENOMENON.match(raw["phenomenon"]):
        raise PhenomenonError(f"{where}: phenomenon {raw['phenomenon']!r} must be snake_case")
    if raw["title"] is not None and not isinstance(raw["title"], str):
        raise PhenomenonError(f"{where}: 'title' must be a string or null")
    try:
        published = date.fromisoformat(raw["published"])
    except ValueError:
        raise PhenomenonError(f"{where}: 'published' must be YYYY-MM-DD") from None
    _validate_expect(raw["expect"], where)
    return Case(
        id=raw["id"],
        area=area,
        phenomenon=f"{area}.{raw['phenomenon']}",
        text=raw["text"],
        published=published,
        title=raw["title"],
        expect=raw["expect"],
    )


def _validate_expect(expect: object, where: str) -> None:
    if not isinstance(expect, dict) or not expect:
        raise PhenomenonError(f"{where}: 'expect' must be a non-empty object")
    unknown = sorted(set(expect) - EXPECT_KEYS)
    if unknown:
        raise PhenomenonError(
            f"{where}: unknown expectation {unknown[0]!r}; valid: {', '.join(sorted(EXPECT_KEYS))}"
        )
    for key, value in expect.items():
        problem = _expect_problem(key, value)
        if problem:
            raise PhenomenonError(f"{where}: expect[{key!r}] {problem}")


def _expect_problem(key: str, value: object) -> str | None:
    if key in COUNT_KEYS:
        ok = value is None or (isinstance(value, int) and not isinstance(value, bool))
        return None if ok else "must be an integer or null"
    if key in QUALIFIER_KEYS or key == "places_first":
        return None if isinstance(value, str) and value else "must be a non-empty string"
    if key == "no_claims":
        return None if value is True else "must be true"
    if key == "event_date":
        if value is None:
            return None
        try:
            date.fromisoformat(str(value))
        except ValueError:
            return "must be YYYY-MM-DD"
        return None
    if key == "target":
        return None if value is None or value in TARGETS else "must be armed, civilians or null"
    if key == "event_type":
        from storyline.extract.event_type import EVENT_TYPES

        names = [info.name for info in EVENT_TYPES]
        return None if value in names else f"must be one of {', '.join(names)}"
    if key in ("places_include", "places_exclude"):
        names_ok = (
            isinstance(value, list) and bool(value) and all(isinstance(v, str) and v for v in value)
        )
        return None if names_ok else "must be a non-empty list of names"
    return _claims_problem(value, allow_any=key == "claims_absent")


def _claims_problem(value: object, *, allow_any: bool) -> str | None:
    if not isinstance(value, list) or not value:
        return "must be a non-empty list of {actor_contains, kind}"
    for item in value:
        if not isinstance(item, dict) or set(item) != {"actor_contains", "kind"}:
            return "items must be {actor_contains, kind}"
        if not isinstance(item["actor_contains"], str) or not item["actor_contains"]:
            return "actor_contains must be a non-empty string"
        kinds = CLAIM_KINDS | {"any"} if allow_any else CLAIM_KINDS
        if item["kind"] not in kinds:
            return f"kind must be one of {', '.join(sorted(kinds))}"
    return None
