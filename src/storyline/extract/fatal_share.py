"""A fatal share: how many of the people a verb hurt died, told after them ("six were shot, two
fatally", "stabbed four commuters, one of them fatally", "seven wounded, three of them
mortally", "two teens were shot; both died"). The share died; the rest survived. One reading of
the share's words and of what it leaves, for the surface pass (`counts`) and the parse
(`structure`), which find the phrase each in its own way.
"""

from __future__ import annotations

from storyline.extract.numbers import UNITS, parse_number

__all__ = ["FATAL_SHARE", "SHARE_NUMBER_WORDS", "dead_of_share"]

# The number words a share is written in (a share is a part of a few people: "one", "two of
# them"); `numbers.UNITS` is the one lexicon of them.
SHARE_NUMBER_WORDS = frozenset(UNITS)
_SHARE = "|".join(["both", r"\d+", *sorted(UNITS, key=len, reverse=True)])
# The share and its death, right after the people it is a share of: "one fatally", "two of
# them mortally", "one of whom died", "both were killed". (`q`: the share.)
FATAL_SHARE = (rf"(?P<q>{_SHARE})(?:\s+of\s+(?:them|whom))?\s+(?:fatally|mortally|fatal|died"
               r"|was\s+killed|were\s+killed)\b")


def dead_of_share(share: str, whole: int) -> int | None:
    """The dead a share tells among `whole` people ("both": all of them); None when the share
    is no number or more than the whole (a figure of other people)."""
    dead = whole if share.lower() == "both" else parse_number(share)
    return dead if dead is not None and dead <= whole else None
