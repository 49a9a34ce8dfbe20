"""Issue 14: why does storyline miss ACLED's fatalities? Every miss (a record with deaths whose
`totals.killed` differs from ACLED's `fatalities`) of ACLED 2016 and ACLED Africa (1997-2014,
2017-18), sorted by cause with rules written down here, so the breakdown in docs/quality.md can
be re-made and checked. Nothing here is shipped or imported by the package.

    .venv/bin/python benchmarks/acled_miss_causes.py [--data ../shared/data]
        [--sources "acled 2016,acled_africa 1997-2014,acled_africa 2017-18"]
        [--show CAUSE] [--sample N --seed S]

Causes, tried in this order (the first that fits):

ACLED coding conventions (the codebook's, or written in the note itself):
- `split_note`: the same note text is the text of several records of the file, with different
  fatalities or fatalities that add up to a figure the note states (ACLED codes one report at
  each place or day and divides the deaths).
- `coder_remark`: the note itself says how the figure was coded ("coded as 10", "fatalities
  divided among ...", "subtracting from ...", "22 fatalities coded for ...").
- `divided_over_days_or_places`: the note gives one figure for several days or places (a span
  of days, several villages or towns) and the record's figure is smaller than the note's
  (deaths divided among the records of each day or place; the other records are not in the
  development sample).
- `unnumbered_deaths`: the note tells of deaths or casualties without a number ("casualties
  reported, numbers not known", "inflicted heavy casualties"), or only with a vague word, and
  the figure is neither written nor a sum of the stated counts (the codebook's stand-in for
  "several", "many", "unknown": 10 in ACLED's current codebook, other values in older notes).
- `conflicting_estimates`: the note states two or more death figures and the record's figure is
  one of them, while storyline took another (the codebook prefers the most conservative
  estimate; in notes updated later the coder often took the later one).
- `part_of_stated_deaths`: the record's figure is one stated part (one side, one place, one day)
  of the deaths the note tells, and storyline took the whole (the note's other part is coded on
  another record, not in the sample).
- `casualties_coded_as_deaths`: the figure is written as a number of "casualties" ("one
  casualty reported"), which the coder read as deaths; in news English casualties are the dead
  and the wounded together, so storyline does not read them as deaths.

The text cannot give the record's figure:
- `no_death_stated` (tried before the written figure): no word of the note says anyone died
  ("shot", "attacked", "kidnapped", "wounded" coded as deaths).
- `other_figure`: deaths are told, but the figure is neither written, nor a sum of the stated
  counts, nor a vague word's stand-in.

Extraction errors (the text gives the figure; storyline does not read it):
- `written_missed`: the figure is written in the note and storyline gives another.
- `summed_or_one_missed`: the figure is one death told without a digit ("a soldier was
  killed") or the sum of the stated counts.

The rules are automatic and can be wrong; docs/quality.md gives a hand check of a random
sample of the misses against them.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import random
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from storyline.evaluate.extraction import SOURCES, _rows
from storyline.extract import extract_many
from storyline.extract.numbers import find_quantities

CAUSES = (
    ("split_note", "convention"),
    ("coder_remark", "convention"),
    ("divided_over_days_or_places", "convention"),
    ("unnumbered_deaths", "convention"),
    ("conflicting_estimates", "convention"),
    ("part_of_stated_deaths", "convention"),
    ("casualties_coded_as_deaths", "convention"),
    ("no_death_stated", "unreachable"),
    ("other_figure", "unreachable"),
    ("written_missed", "extraction error"),
    ("summed_or_one_missed", "extraction error"),
)

_DEATH = re.compile(
    r"\b(?:kill\w*|kiled|dead|deaths?|died|die|dies|dying|fatal\w*|casualt\w*|causalit\w*"
    r"|lives|life|bod(?:y|ies)|corpses?|murder\w*|lynch\w*|behead\w*|execut\w*|massacr\w*"
    r"|slain|slaughter\w*|perish\w*|assassinat\w*|burnt?\s+alive|set\s+ablaze|set\s+on\s+fire"
    r"|succumb\w*|toll)\b", re.IGNORECASE)
# deaths told without a number: a death or casualty noun with a word of report or size near
# it and no digit or number word between
_DEATHS_WITHOUT_NUMBER = re.compile(
    r"\b(?:casualt\w*|causalit\w*|fatalit\w*|deaths?|dead|killed|killings?)\b[^.;\d]{0,60}?"
    r"\b(?:reported|unknown|not\s+(?:known|provided|confirmed|given)|unspecified|limited|unclear"
    r"|numbers?)\b"
    r"|\b(?:heavy|several|many|numerous|unknown|inflicted|suffered|causing|caused|left"
    r"|resulted\s+in|reported|civilian|some)\s+(?:[^\W\d]+\s+){0,2}?(?:casualt\w*|causalit\w*"
    r"|fatalit\w*|deaths?|killed|dead)\b"
    r"|\b(?:several|many|numerous|a\s+number\s+of|unknown\s+number|dozens|scores|hundreds"
    r"|thousands)\b[^.;\d]{0,60}?\b(?:killed|dead|died|deaths?|casualt\w*|causalit\w*)\b",
    re.IGNORECASE)
_CASUALTY_WORD = re.compile(r"\b(?:casualt\w*|causalit\w*)", re.IGNORECASE)
_CODER_REMARK = re.compile(
    r"\bcoded\s+(?:as|for)\b|\bfatalities\s+(?:were\s+)?(?:divided|split)|\bsubtract\w*"
    r"|\bdivided\s+(?:among|between|across)", re.IGNORECASE)
_SEVERAL_DAYS_OR_PLACES = re.compile(
    r"\bover\s+(?:the\s+)?(?:two|three|four|five|six|seven|several|\d+|the\s+past|the\s+last)"
    r"(?:\s+\w+)?\s+(?:days|weeks|nights)\b"
    r"|\b(?:two|three|four|five|several|\d+)\s+(?:consecutive\s+|non-consecutive\s+)?days\b"
    r"|\bbetween\s+\w+\s+(?:the\s+)?\d+\w*\s+and\s+\w+|\b\d{1,2}/\d{1,2}\s*-\s*\d{1,2}/\d{1,2}\b"
    r"|\b(?:two|three|four|five|six|seven|several|multiple|\d+)\s+(?:\w+\s+)?"
    r"(?:villages|towns|communities|cities|areas|locations|states|districts|settlements"
    r"|separate|attacks|raids|places)\b"
    r"|\b(?:villages|communities|areas)\s+of\s+\w+(?:\s*,\s*\w+)+", re.IGNORECASE)
_CONFLICT = re.compile(
    r"\bconflicting|\bhowever\b|\bother\s+reports?|\banother\s+(?:report|source)|\blater\b"
    r"|\brevised|\braised|\brose\b|\bvarying|\bclaim\w*|\baccording\s+to|\bsecond\s+source"
    r"|\bas\s+high\s+as|\bsources?\b|\bestimate", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Miss:
    source: str
    record_id: str
    text: str
    gold: int
    found: int
    stated: tuple[int, ...]  # the values of storyline's killed mentions
    vague: bool  # one of them is a vague word's stand-in
    cause: str


def misses(data_dir: Path, names: Sequence[str]) -> Iterator[Miss]:
    groups = _note_groups(data_dir)
    for source in SOURCES:
        if source.name not in names:
            continue
        rows = [(a, g) for a, g in _rows(data_dir, source, None)]
        for (article, gold), extraction in zip(rows, extract_many(a for a, _ in rows),
                                               strict=True):
            total = extraction.totals.get("killed")
            found = total.value if total is not None else 0
            if not gold.killed or found == gold.killed:
                continue
            killed = [m for m in extraction.counts if m.category == "killed"]
            stated = tuple(m.value for m in killed)
            vague = any(m.qualifier == "vague" for m in killed)
            siblings = groups[(source.folder, article.text.strip())]
            yield Miss(source.name, article.id, article.text, gold.killed, found, stated,
                       vague, cause(article.text, gold.killed, found, stated, vague, siblings))


def _note_groups(data_dir: Path) -> Mapping[tuple[str, str], list[int]]:
    groups: dict[tuple[str, str], list[int]] = collections.defaultdict(list)
    for folder in ("acled", "acled_africa"):
        with (data_dir / folder / "acled.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                groups[(folder, str(row["notes"]).strip())].append(int(row["fatalities"] or 0))
    return groups


def cause(text: str, gold: int, found: int, stated: Sequence[int], vague: bool,
          siblings: Sequence[int]) -> str:
    quantities = find_quantities(text)
    written = [q.value for q in quantities if q.qualifier != "vague" and not q.article]
    # one person told without a digit ("a soldier", "another") counts 1 in a sum
    ones = [1] * min(3, len(re.findall(r"\b(?:an?|another|one)\b", text, re.IGNORECASE)))
    sums = {sum(c) for n in (2, 3) for c in itertools.combinations(written + ones, n)}
    if len(siblings) > 1 and (len(set(siblings)) > 1 or sum(siblings) in written
                              or sum(siblings) == found):
        return "split_note"
    if _CODER_REMARK.search(text):
        return "coder_remark"
    if gold < found and gold not in written and _SEVERAL_DAYS_OR_PLACES.search(text):
        return "divided_over_days_or_places"
    if gold not in written and gold not in sums and (vague or _DEATHS_WITHOUT_NUMBER.search(text)):
        return "unnumbered_deaths"
    if not _DEATH.search(text):
        return "no_death_stated"
    if gold in written:
        figures = {v for v in stated if v > 0}
        if len(figures) > 1 and gold in figures and _CONFLICT.search(text) and (
                found in figures or found > gold):
            return "conflicting_estimates"
        if gold < found and gold in stated and (found in written or found in sums):
            return "part_of_stated_deaths"
        if _CASUALTY_WORD.search(text) and gold not in stated:
            return "casualties_coded_as_deaths"
        return "written_missed"
    if gold == 1 or gold in sums:
        return "summed_or_one_missed"
    return "other_figure"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--sources",
                        default="acled 2016,acled_africa 1997-2014,acled_africa 2017-18")
    parser.add_argument("--show", help="print the misses of this cause")
    parser.add_argument("--sample", type=int, default=0,
                        help="print N random misses with their cause (for a hand check)")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    names = [n.strip() for n in args.sources.split(",")]
    found = list(misses(args.data, names))
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for miss in found:
        table[miss.cause][miss.source] += 1
    print("| cause | kind | " + " | ".join(names) + " | all |")
    print("|---|---|" + "---:|" * (len(names) + 1))
    for name, kind in CAUSES:
        cells = [table[name][n] for n in names]
        print(f"| {name} | {kind} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(table[c][n] for c, _ in CAUSES) for n in names]
    print("| all misses | | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    shown = [m for m in found if m.cause == args.show] if args.show else []
    if args.sample:
        shown = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    for miss in shown:
        print(f"\n[{miss.cause}] {miss.source} {miss.record_id} gold {miss.gold} "
              f"found {miss.found} stated {list(miss.stated)}\n  {miss.text[:500]}")


if __name__ == "__main__":
    main()
