"""Claims given as a record's labelled field: an incident database's infobox, a security alert,
an analyst's note ("Claimed by: <X>", "Perpetrator(s): Claimed by <X> in a statement",
"Suspected: <X> (unconfirmed)", "Responsibility: Denied by <X>", "Accused: <X>.").

A field is a line (or a note's sentence) that opens with its label and a colon or a table's bar;
the label says the kind (a claim, a denial, a suspicion, an attribution), and the value may say
it again, more exactly, before the name ("Perpetrator(s): Claimed by <X>"). A value that names
no organization ("Unknown", "n/a", "Lone gunman, detained", "3 men, arrested") is no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

from storyline.extract.claims_actors import names_an_organization
from storyline.extract.claims_lexicon import NON_ACTORS, not_a_perpetrator
from storyline.extract.claims_names import normalize_actor
from storyline.extract.fact_check import CLAIM_LABEL
from storyline.records import Claim, ClaimKind

__all__ = ["labelled_claims"]

# The labels, each with the kind its value has when the value does not say it.
_LABEL_KINDS: tuple[tuple[str, str], ...] = (
    ("claimed", r"(?:Claimed(?:\s+by)?|Claim(?:ed)?\s+of\s+responsibility"
                r"|Responsibility\s+claimed\s+by)"),
    # A bare "Claim:" is a fact check's label of the assertion it checks
    # (`fact_check.CLAIM_LABEL`: "CLAIM: Senator <X> said ..."): a claim of responsibility only
    # when its value says so ("Claim: Responsibility claimed by <X>", "Claims: Yes - <X>").
    ("asserted", CLAIM_LABEL),
    ("denied", r"(?:Denied(?:\s+by)?|Denial)"),
    ("suspected", r"(?:Suspected(?:\s+(?:perpetrators?|perpetrator\(s\)|group|actor))?)"),
    ("blamed", r"(?:Accused|Blamed|Attrib(?:ution|uted\s+to)?\.?|Perpetrators?|Perpetrator\(s\)"
               r"|Perpetrator\s+group|Responsibility|Responsible|Who)"),
)
_LABEL = "|".join(f"(?P<{kind}>{label})" for kind, label in _LABEL_KINDS)
# A field opens its line or, in a note, its sentence ("... 4 soldiers killed. Claimed: <X>.").
_FIELD = re.compile(rf"(?:^|(?<=\.\s)|(?<=\n)|(?<=;\s))[ \t]*(?:{_LABEL})[ \t]*(?::|\|)[ \t]*"
                    r"(?P<value>[^\n]{1,160})", re.IGNORECASE | re.MULTILINE)
# What the value says of the name before it ("Yes - <X>", "Claimed by <X>", "Suspected <X>").
_VALUE_KINDS: tuple[tuple[ClaimKind, re.Pattern[str]], ...] = (
    ("claimed", re.compile(r"(?:yes\b[\s,:;–—-]*)?(?:(?:responsibility\s+)?claimed\s+by\s+)?",
                           re.IGNORECASE)),
    ("denied", re.compile(r"denied\s+by\s+", re.IGNORECASE)),
    ("suspected", re.compile(r"suspected\s+(?:by\s+[^;,]+?\s+to\s+be\s+)?", re.IGNORECASE)),
)
# The name at the value's start: capitalized words with a name's small words between them, and
# its acronym in brackets ("the Group for Support of Islam and Muslims (JNIM)").
_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<name>(?:(?:al|el)-)?[A-Z][\w'’-]*"
                   r"(?:\s+(?:(?:of|for|the|and|al|el|fi|bin|wal|de|del|la|du|des)\s+)*"
                   r"(?:(?:al|el)-)?[A-Z][\w'’-]*)*(?:\s*\([A-Z][\w-]{1,9}\))?)")
# A bracketed remark on the claim after the name: "(claimed in an email)", "(no claim)".
_REMARK = re.compile(r"\s*\((?P<remark>[^)]{1,60})\)")
_CLAIM_REMARK = re.compile(r"\bclaim(?:ed|s)?\b", re.IGNORECASE)
_NO_CLAIM_REMARK = re.compile(r"\bno\s+claim|\bunclaimed|\bnot\s+claimed", re.IGNORECASE)
_NO_ONE = frozenset({"unknown", "none", "n/a", "na", "no", "yes", "not known", "unclear",
                     "unidentified", "nil", "tbd", "pending"})


def labelled_claims(text: str) -> Iterator[Claim]:
    """A claim for each labelled field of `text` that names an organization."""
    if ":" not in text and "|" not in text:
        return
    for field in _FIELD.finditer(text):
        label = next(k for k, _ in _LABEL_KINDS if field.group(k) is not None)
        value = field.group("value")
        found = _named(value, "claimed" if label == "asserted" else cast(ClaimKind, label),
                       cue_needed=label == "asserted")
        if found is None:
            continue
        name, kind = found
        normalized = normalize_actor(name)
        if not normalized or normalized.lower() in NON_ACTORS or \
                normalized.lower() in _NO_ONE or not_a_perpetrator(normalized):
            continue
        yield Claim(actor=name, actor_normalized=normalized, kind=kind,
                    evidence=field.group().strip(), start=field.start(), end=field.end(),
                    source=None)


def _named(value: str, kind: ClaimKind, cue_needed: bool) -> tuple[str, ClaimKind] | None:
    """The organization a field's value names, and the kind the value (or its bracketed remark)
    gives it; with `cue_needed`, only a value that says its kind before the name."""
    for said, cue in _VALUE_KINDS:
        opening = cue.match(value)
        if opening is not None and opening.end() > 0:
            kind, value = said, value[opening.end():]
            break
    else:
        if cue_needed:
            return None
    name = _NAME.match(value)
    if name is None:
        return None
    found = name.group("name").rstrip(".")
    capitalized = sum(1 for word in found.split() if word[:1].isupper())
    if capitalized < 2 and not names_an_organization(found):
        return None  # ("Lone gunman, detained", "Bandits"): no organization's name
    remark = _REMARK.match(value, name.end())
    if remark is not None:
        if _NO_CLAIM_REMARK.search(remark.group("remark")):
            kind = "suspected" if kind == "claimed" else kind
        elif _CLAIM_REMARK.search(remark.group("remark")):
            kind = "claimed"
    return found, kind
