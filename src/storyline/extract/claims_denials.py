"""Denials by a third party: someone other than the actor says the actor had no role.

The actor's own denial ("the group denied any role") is read with the other claims. Here the
speaker is another party, and the denial answers a claim or an accusation:

- "Police denied that the Red Hand was involved", "The army rejected suggestions that rebels
  were behind it": the actor is the subject of the denied clause, the source the speaker;
- "..., a claim police dismissed", "The government rejected the claim": the actor is the one
  whose claim the text stated last before the denial.

Each gives `Claim(kind="denied", actor=<the party whose role is denied>, source=<who denies>)`,
so the record can set the claim's `disputed_by`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storyline.extract.claims_names import normalize_actor
from storyline.records import Claim

# Who can deny: a named party (capitalised words) or an office named by its common noun.
_PARTY = (r"(?:[Tt]he\s+)?(?:[Pp]olice|[Oo]fficials|[Aa]uthorities|[Gg]overnment|[Aa]rmy"
          r"|[Mm]ilitary|[Mm]inistry|[Ss]ecurity\s+forces|[Pp]rosecutors)"
          r"|(?:[Tt]he\s+)?(?!(?:The|A|An|It|They|He|She)\b)[A-Z][\w'’.-]*"
          r"(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,4}")
_DENY_WORDS = ("denied", "rejected", "dismissed", "disputed")
_DENY = rf"(?:{'|'.join(_DENY_WORDS)})"
_DENIED_THAT = re.compile(
    rf"(?P<source>{_PARTY})\s+(?:\w+\s+)?{_DENY}\s+(?:(?:suggestions|reports|claims)\s+)?"
    rf"that\s+(?P<actor>{_PARTY})\s+(?:was|were|had\s+been|is|are|had)\s+(?:\w+\s+)?"
    r"(?:involved|behind|responsible|any\s+role)\b")
_CLAIM_DENIED = re.compile(
    rf"\b(?:a|the|this|that|its|their)\s+claim,?\s+(?:which\s+|that\s+)?(?P<after>{_PARTY})\s+"
    rf"(?:\w+\s+)?{_DENY}\b"
    rf"|(?P<before>{_PARTY})\s+(?:\w+\s+)?{_DENY}\s+(?:the|that|this|its|their|a)\s+claim\b")
_OWN = re.compile(r"^(?:the\s+)?(?:group|it|they|militants|rebels)$", re.IGNORECASE)
# A state body denying that its own forces did the violence: "A police spokesman denied that
# officers had used live ammunition", "The ministry ... denied that police had fired on
# protesters", "The army denied that civilians had been killed". The denial is the body's own:
# actor and source are the body the sentence names before "denied" (a spokesman for it, or it).
_STATE_BODY = re.compile(
    r"\b(?:(?:interior|defen[cs]e|home|security|foreign)\s+ministry|ministry\s+of\s+(?:the\s+)?"
    r"(?:interior|defen[cs]e|home\s+affairs|security)|military\s+government|police|military|army"
    r"|junta|gendarmerie|security\s+forces)\b", re.IGNORECASE)
_FORCES_DID_NOT = re.compile(
    r"\bdenied\s+(?:(?:reports|claims|allegations|accusations|suggestions)\s+)?(?:that\s+)?"
    r"(?:(?:its|the|any)\s+)?(?:(?:officers|police(?:men)?|troops|soldiers|security\s+forces"
    r"|forces|personnel|guards|agents)\s+(?:had\s+|have\s+)?(?:\w+\s+)?(?:fired|shot|killed"
    r"|used\s+(?:live\s+|excessive\s+|lethal\s+)?(?:ammunition|rounds|bullets|force)"
    r"|opened\s+fire|beat(?:en)?|tortured|targeted|attacked)"
    r"|civilians\s+(?:had\s+been|have\s+been|were)\s+(?:killed|harmed|hit|hurt|targeted"
    r"|wounded))\b")
# How far before "denied" the body may be named (the sentence's subject, a clause away).
_BODY_REACH = 160


def third_party_denials(text: str, claims: Sequence[Claim]) -> list[Claim]:
    """The denials by another party found in `text`, given the claims already read."""
    if not any(verb in text for verb in _DENY_WORDS):
        return []  # both patterns need one of these words as written; most texts have none
    found = [_denial(m.group("actor"), m.group("source"), m, text)
             for m in _DENIED_THAT.finditer(text)]
    stated = sorted((c for c in claims if c.kind in ("claimed", "blamed")),
                    key=lambda c: c.start)
    for match in _CLAIM_DENIED.finditer(text):
        source = match.group("after") or match.group("before")
        earlier = [c for c in stated if c.start < match.start()]
        if earlier and not _OWN.match(source.strip()):
            found.append(_denial(earlier[-1].actor, source, match, text))
    found = [claim for claim in found
             if claim.actor_normalized.lower() != normalize_actor(claim.source or "").lower()]
    return found + _own_forces_denials(text)


def _own_forces_denials(text: str) -> list[Claim]:
    found = []
    for match in _FORCES_DID_NOT.finditer(text):
        window = max(0, match.start() - _BODY_REACH)
        sentence_start = max(text.rfind(". ", window, match.start()),
                             text.rfind("\n", window, match.start()), window - 1) + 1
        body = _STATE_BODY.search(text, sentence_start, match.start())
        if body is None:
            continue
        name = normalize_actor(body.group())
        found.append(Claim(actor=body.group(), actor_normalized=name, kind="denied",
                           evidence=text[body.start():match.end()], start=body.start(),
                           end=match.end(), source=name))
    return found


def _denial(actor: str, source: str, match: re.Match[str], text: str) -> Claim:
    name = normalize_actor(actor)
    return Claim(actor=name, actor_normalized=name, kind="denied",
                 evidence=text[match.start():match.end()], start=match.start(),
                 end=match.end(), source=" ".join(source.split()))
