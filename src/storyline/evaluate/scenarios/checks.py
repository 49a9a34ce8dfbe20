"""Reading a story's checks (`stories/<name>/checks.json`) and judging one check against an event.

A story's checks are what an editor following the story would expect the record to say at
several "as of" times. They are written against the stable JSON of `storyline event ID --json
--as-of T` (INTERFACE.md), never against the code's internals, so that they hold the
implementation to the editor's expectations rather than the other way round.

checks.json:
`{"story", "title", "covers": [...], "anchor": ARTICLE_ID, "inputs": [...],
  "always": [CHECK, ...], "checkpoints": [{"as_of": ISO, "checks": [CHECK, ...]}, ...]}`

A CHECK is `{"check": KIND, ...}` with the keys of its kind (`CHECK_KEYS`) and an optional `why`.
The event a check reads is the live event holding `anchor` (or the check's own `event_of`).
An unknown kind or key, or a wrong type, is an error naming the file and the check, so that a typo
never turns an expectation into no check.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError

__all__ = [
    "CHECK_KEYS",
    "Check",
    "Checkpoint",
    "ScenarioError",
    "Story",
    "judge",
    "judge_changes",
    "load_story",
]

JSON = dict[str, Any]

# Each kind with its required keys (first tuple) and optional keys (second tuple).
CHECK_KEYS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # the category's current value; "value": null means no current value at all
    "current": (("category", "value"), ("qualifier", "trend")),
    # the report's figure for the category has this INTERFACE status (and standing, if given
    # and the record carries standings)
    "status": (("category", "article", "status"), ("standing",)),
    # the report's figure is kept but held back: not current, and "disputed"/"unconfirmed" as
    # its standing (or, in records without standings, status "conflicting")
    "held": (("category", "article", "as"), ()),
    # the report gives no current value of any category (or of "category")
    "not_current": (("article",), ("category",)),
    # a disagreement of the category names all these reports (and these figures, and is of
    # one of these kinds when given)
    "disagreement": (("category", "articles"), ("values", "kinds")),
    # a claim group of this actor (substring, any case) and kind exists
    "claim": (("actor", "kind"), ("first_article", "competing", "disputed")),
    "no_claim": (("actor", "kind"), ()),
    # the event's title names these (numbers match whole numbers) and not those
    "title": ((), ("has", "lacks")),
    # `changes --since SINCE` up to the checkpoint lists, for the event, each value the category
    # took, in order: every rise, fall and correction, none collapsed into a net change
    "changes": (("since", "category", "values"), ()),
    # "always" only: the report's figures are never current at any report time of the story
    "never_current": (("article",), ()),
    # "always" only: these reports end up in the anchor's event
    "same_event": (("articles",), ()),
}
_ALWAYS_ONLY = frozenset({"never_current", "same_event"})
_COMMON_KEYS = frozenset({"check", "why", "event_of"})
_STORY_KEYS = frozenset(
    {"story", "title", "covers", "anchor", "inputs", "always", "checkpoints", "notes"}
)
HELD_AS = frozenset({"disputed", "unconfirmed"})
STATUSES = frozenset({"current", "superseded", "lagged", "conflicting", "retracted"})


class ScenarioError(StorylineError):
    """A story whose files do not follow the scenario format (the message names the file)."""


@dataclass(frozen=True, slots=True)
class Check:
    """One expectation. `as_of` None: a check of the story as a whole (`always`)."""

    name: str
    kind: str
    spec: Mapping[str, Any]
    as_of: datetime | None
    why: str
    event_of: str | None


@dataclass(frozen=True, slots=True)
class Checkpoint:
    as_of: datetime
    checks: tuple[Check, ...]


@dataclass(frozen=True, slots=True)
class Story:
    name: str
    title: str
    covers: tuple[str, ...]  # the phenomena the story exercises
    anchor: str  # an article of the story's event
    inputs: tuple[str, ...]  # as given in checks.json
    folder: Path
    always: tuple[Check, ...]
    checkpoints: tuple[Checkpoint, ...]

    @property
    def checks(self) -> tuple[Check, ...]:
        return self.always + tuple(c for point in self.checkpoints for c in point.checks)


def load_story(folder: Path) -> Story:
    """The story in `folder` (its checks.json), validated."""
    path = folder / "checks.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ScenarioError(f"{path}: cannot read the checks ({error}); fix the file") from None
    if not isinstance(data, dict) or not {"story", "anchor", "checkpoints"} <= data.keys():
        raise ScenarioError(f"{path}: needs an object with story, anchor and checkpoints")
    unknown = set(data) - _STORY_KEYS
    if unknown:
        raise ScenarioError(f"{path}: unknown keys {sorted(unknown)}; use {sorted(_STORY_KEYS)}")
    always = tuple(
        _check(path, raw, None, f"always #{i + 1}")
        for i, raw in enumerate(data.get("always") or [])
    )
    checkpoints = tuple(_checkpoint(path, raw) for raw in data["checkpoints"])
    story = Story(
        name=str(data["story"]),
        title=str(data.get("title") or data["story"]),
        covers=tuple(str(c) for c in data.get("covers") or ()),
        anchor=str(data["anchor"]),
        inputs=tuple(str(i) for i in data.get("inputs") or ("articles.jsonl",)),
        folder=folder,
        always=always,
        checkpoints=checkpoints,
    )
    names = [c.name for c in story.checks]
    if len(names) != len(set(names)):
        raise ScenarioError(f"{path}: two checks have the same name; name them apart")
    return story


def _checkpoint(path: Path, raw: Any) -> Checkpoint:
    if not isinstance(raw, dict) or "as_of" not in raw or not isinstance(raw.get("checks"), list):
        raise ScenarioError(f"{path}: a checkpoint needs as_of and a list of checks")
    moment = parse_time(path, raw["as_of"])
    label = moment.strftime("%m-%d %H:%MZ")
    checks = tuple(
        _check(path, c, moment, f"{label} #{i + 1}") for i, c in enumerate(raw["checks"])
    )
    return Checkpoint(moment, checks)


def parse_time(path: Path, value: Any) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise ScenarioError(
            f"{path}: {value!r} is not an ISO time; write 2026-05-01T12:00Z"
        ) from None
    if moment.tzinfo is None:
        raise ScenarioError(f"{path}: {value!r} has no time zone; end it with Z")
    return moment.astimezone(UTC)


def _check(path: Path, raw: Any, as_of: datetime | None, label: str) -> Check:
    if not isinstance(raw, dict) or raw.get("check") not in CHECK_KEYS:
        raise ScenarioError(f"{path}: check {label} needs 'check' among {sorted(CHECK_KEYS)}")
    kind = str(raw["check"])
    required, optional = CHECK_KEYS[kind]
    missing = [k for k in required if k not in raw]
    unknown = set(raw) - set(required) - set(optional) - _COMMON_KEYS
    if missing or unknown:
        raise ScenarioError(
            f"{path}: check {label} ({kind}) misses {missing} or has unknown keys "
            f"{sorted(unknown)}; it takes {list(required + optional)}"
        )
    if (kind in _ALWAYS_ONLY) != (as_of is None):
        raise ScenarioError(f"{path}: check {label}: {kind} belongs in 'always' only")
    _validate(path, label, kind, raw)
    spec = {k: v for k, v in raw.items() if k not in _COMMON_KEYS}
    return Check(
        name=f"{label} {_describe(kind, spec)}",
        kind=kind,
        spec=spec,
        as_of=as_of,
        why=str(raw.get("why") or ""),
        event_of=str(raw["event_of"]) if raw.get("event_of") else None,
    )


def _validate(path: Path, label: str, kind: str, raw: Mapping[str, Any]) -> None:
    problem = None
    if kind == "current" and raw["value"] is not None and not isinstance(raw["value"], int):
        problem = "value must be a whole number or null"
    elif kind == "status" and raw["status"] not in STATUSES:
        problem = f"status must be one of {sorted(STATUSES)}"
    elif kind == "held" and raw["as"] not in HELD_AS:
        problem = f"'as' must be one of {sorted(HELD_AS)}"
    elif kind in ("disagreement", "same_event") and not (
        isinstance(raw["articles"], list) and raw["articles"]
    ):
        problem = "articles must be a non-empty list"
    elif kind == "title" and not (raw.get("has") or raw.get("lacks")):
        problem = "give has and/or lacks"
    elif kind == "changes":
        parse_time(path, raw["since"])
    if kind in ("changes", "disagreement") and not _whole_numbers(raw.get("values", [])):
        problem = "values must be a list of whole numbers"
    if problem:
        raise ScenarioError(f"{path}: check {label} ({kind}): {problem}")


def _whole_numbers(values: Any) -> bool:
    return isinstance(values, list) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    )


def _describe(kind: str, spec: Mapping[str, Any]) -> str:
    """A short readable name: the kind and its key values."""
    parts = [kind]
    for key in ("category", "article", "articles", "actor", "value", "qualifier", "status", "as"):
        if key in spec:
            value = spec[key]
            parts.append("+".join(map(str, value)) if isinstance(value, list) else str(value))
    if kind == "title":
        lacks = [f"-{x}" for x in spec.get("lacks", [])]
        parts.append(" ".join([*map(str, spec.get("has", [])), *lacks]))
    return " ".join(parts)


# --------------------------------------------------------------------------- judging


def judge(check: Check, event: JSON) -> str | None:
    """None when the check holds on the event JSON, else why it fails (one line)."""
    kind = check.kind
    spec = check.spec
    if kind == "current":
        return _judge_current(spec, event)
    if kind == "status":
        return _judge_status(spec, event)
    if kind == "held":
        return _judge_held(spec, event)
    if kind in ("not_current", "never_current"):
        return _judge_not_current(spec, event)
    if kind == "disagreement":
        return _judge_disagreement(spec, event)
    if kind in ("claim", "no_claim"):
        return _judge_claim(spec, event, present=kind == "claim")
    if kind == "title":
        return _judge_title(spec, event)
    raise ScenarioError(f"check kind {kind!r} is judged by the runner, not on one event")


def _fact(event: JSON, category: str) -> JSON:
    facts = event.get("facts") or {}
    fact = facts.get(category)
    return fact if isinstance(fact, dict) else {}


def _label(current: Mapping[str, Any] | None) -> str:
    if not current:
        return "none"
    reports = ",".join(current.get("article_ids") or [])
    return f"{current.get('value')} {current.get('qualifier')} ({reports})"


def _judge_current(spec: Mapping[str, Any], event: JSON) -> str | None:
    current = _fact(event, spec["category"]).get("current")
    if spec["value"] is None:
        return None if not current else f"expected no current value, found {_label(current)}"
    if not current:
        return f"expected {spec['value']}, found no current value"
    wrong = [
        key
        for key in ("value", "qualifier", "trend")
        if key in spec and current.get(key) != spec[key]
    ]
    if wrong:
        wanted = " ".join(str(spec[k]) for k in ("value", "qualifier", "trend") if k in spec)
        return f"expected {wanted}, found {_label(current)} trend={current.get('trend')}"
    return None


def _history_item(event: JSON, category: str, article: str) -> JSON | None:
    for item in _fact(event, category).get("history") or []:
        if item.get("article_id") == article:
            return dict(item)
    return None


def _judge_status(spec: Mapping[str, Any], event: JSON) -> str | None:
    item = _history_item(event, spec["category"], spec["article"])
    if item is None:
        return f"{spec['article']} gives no {spec['category']} figure in the record"
    if item.get("status") != spec["status"]:
        return f"status is {item.get('status')} ({item.get('note') or ''})"
    standing = spec.get("standing")
    if standing and "standing" in item and item["standing"] != standing:
        return f"standing is {item['standing']}, expected {standing}"
    return None


def _judge_held(spec: Mapping[str, Any], event: JSON) -> str | None:
    item = _history_item(event, spec["category"], spec["article"])
    if item is None:
        return f"{spec['article']} gives no {spec['category']} figure in the record"
    if item.get("status") == "current":
        return f"{item.get('label') or item.get('value')} from {spec['article']} is current"
    if "standing" in item:
        if item["standing"] != spec["as"]:
            return f"standing is {item['standing']} (status {item.get('status')}), not {spec['as']}"
        return None
    if item.get("status") != "conflicting":
        return f"status is {item.get('status')}, expected conflicting ({spec['as']})"
    return None


def _judge_not_current(spec: Mapping[str, Any], event: JSON) -> str | None:
    categories = [spec["category"]] if spec.get("category") else list(event.get("facts") or {})
    for category in categories:
        current = _fact(event, category).get("current")
        if current and spec["article"] in (current.get("article_ids") or []):
            return f"{category} {_label(current)} is current from {spec['article']}"
    return None


_NUMBER = re.compile(r"\d[\d,]*")


def _numbers(text: str) -> set[int]:
    return {int(n.replace(",", "")) for n in _NUMBER.findall(text)}


def _judge_disagreement(spec: Mapping[str, Any], event: JSON) -> str | None:
    wanted = set(spec["articles"])
    ledger = _fact(event, spec["category"]).get("disagreements") or []
    naming = [d for d in ledger if wanted <= set(d.get("article_ids") or [])]
    if not naming:
        return (
            f"no {spec['category']} disagreement names {sorted(wanted)} ({len(ledger)} in ledger)"
        )
    if spec.get("values"):
        values = {int(v) for v in spec["values"]}
        naming = [
            d for d in naming if values <= _numbers(" ".join(map(str, d.get("values") or [])))
        ]
        if not naming:
            return f"no disagreement naming {sorted(wanted)} gives both figures {sorted(values)}"
    if spec.get("kinds") and not [d for d in naming if d.get("kind") in spec["kinds"]]:
        return f"kind is {sorted({str(d.get('kind')) for d in naming})}, expected {spec['kinds']}"
    return None


def _judge_claim(spec: Mapping[str, Any], event: JSON, *, present: bool) -> str | None:
    actor = str(spec["actor"]).lower()
    groups = [
        c
        for c in event.get("claims") or []
        if c.get("kind") == spec["kind"]
        and (actor in str(c.get("actor") or "").lower()
             or actor in str(c.get("actor_normalized") or "").lower())
    ]
    if not present:
        return f"{spec['kind']} by {spec['actor']} is there already" if groups else None
    if not groups:
        found = sorted(f"{c.get('kind')}:{c.get('actor')}" for c in event.get("claims") or [])
        return f"no {spec['kind']} claim for {spec['actor']} (claims: {found})"
    group = groups[0]
    first = spec.get("first_article")
    if first and group.get("first_article_id", (group.get("article_ids") or [None])[0]) != first:
        return f"first reported in {group.get('first_article_id')}, expected {first}"
    if spec.get("competing") and not group.get("competing_with"):
        return "the claim is not marked as competing with another"
    if spec.get("disputed") and not group.get("disputed_by"):
        return "the claim is not marked as disputed"
    return None


def _judge_title(spec: Mapping[str, Any], event: JSON) -> str | None:
    title = str(event.get("title") or "")
    missing = [str(x) for x in spec.get("has", []) if not _names(title, str(x))]
    extra = [str(x) for x in spec.get("lacks", []) if _names(title, str(x))]
    if missing or extra:
        return f"title {title!r} lacks {missing} or names {extra}"
    return None


def judge_changes(check: Check, changes: list[JSON]) -> str | None:
    """None when `changes` (the event's, as `changes --since` prints them) step through the
    check's values in order, else why not."""
    spec = check.spec
    values = [v for v in (_value_set(c, spec["category"]) for c in changes) if v is not None]
    if values != list(spec["values"]):
        return f"{spec['category']} changed through {values}, expected {list(spec['values'])}"
    return None


def _value_set(change: JSON, category: str) -> Any:
    """The value a change gives the category: a new event's first value, or a fact change's."""
    new = change.get("new") or {}
    if change.get("kind") == "new_event":
        return ((new.get("facts") or {}).get(category) or {}).get("value")
    if change.get("kind") == "fact_changed" and change.get("category") == category:
        return new.get("value")
    return None


def _names(text: str, wanted: str) -> bool:
    if wanted.isdigit():
        return int(wanted) in _numbers(text)
    return wanted.lower() in text.lower()
