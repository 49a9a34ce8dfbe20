"""Issue 14: where does storyline invent deaths? Every record of every dev source whose gold
has no death while `totals.killed` > 0, with the sentence each counted figure came from, sorted
by a rough cause so that the list can be read by hand. Nothing here is shipped or imported by
the package.

    .venv/bin/python benchmarks/invented_deaths.py [--data ../shared/data]
        [--sources "gva articles,gtd world"] [--cause CAUSE]

Causes, tried in this order (the first that fits; the rest is read by hand):
- `shared_note`: the text is also the text of another record of the file (ACLED and GTD code
  a split note's deaths on one of its records, often not the one at hand).
- `attackers_own_death`: only an attacker's own death, added with no count phrase (a suicide
  bomber, an attacker said to have died).
- `headline_figure`: a counted figure comes from the title (round-up headlines, "1 dead, 10
  wounded in weekend shootings", whose gold is one of the incidents).
- `vague_word`: a counted figure is a vague word's stand-in ("many", "scores").
- `claimed_by_a_party`: the figure's sentence says a party claimed it.
- `other`: read the sentence.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from storyline.evaluate.extraction import SOURCES, _rows
from storyline.extract import extract_facts
from storyline.records import Article, Extraction

_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return " ".join(text[left:right].split())


def _cause(shared: bool, extraction: Extraction, lines: list[tuple[int, str]]) -> str:
    total = extraction.totals["killed"]
    used = [extraction.counts[i] for i in total.mentions]
    if shared:
        return "shared_note"
    if not used and total.perpetrators:
        return "attackers_own_death"
    if any(m.start < 0 for m in used):
        return "headline_figure"
    if any(m.qualifier == "vague" for m in used):
        return "vague_word"
    if any(_CLAIMED.search(sentence) for _, sentence in lines):
        return "claimed_by_a_party"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--sources", default=",".join(s.name for s in SOURCES))
    parser.add_argument("--cause", default=None)
    args = parser.parse_args()
    wanted = {name.strip() for name in args.sources.split(",")}
    for source in SOURCES:
        if source.name not in wanted:
            continue
        by_cause: dict[str, list[str]] = defaultdict(list)
        none = 0
        for article, gold in _rows(args.data, source, None):
            if gold.killed != 0:
                continue
            none += 1
            extraction = extract_facts(article)
            total = extraction.totals.get("killed")
            if total is None or total.value <= 0:
                continue
            lines = _evidence(article, extraction)
            cause = _cause(gold.shared, extraction, lines)
            shown = "\n".join(f"    {value}: {sentence}" for value, sentence in lines)
            by_cause[cause].append(f"  {article.id} killed={total.value}\n{shown}")
        invented = sum(len(v) for v in by_cause.values())
        print(f"== {source.name}: {invented} of {none} records without deaths")
        for cause, items in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
            print(f"-- {cause}: {len(items)}")
            if args.cause in (None, cause):
                print("\n".join(items))


def _evidence(article: Article, extraction: Extraction) -> list[tuple[int, str]]:
    total = extraction.totals["killed"]
    lines = []
    for index in total.mentions:
        mention = extraction.counts[index]
        if mention.start < 0:
            lines.append((mention.value, f"[title] {article.title or ''}"))
        else:
            lines.append((mention.value,
                          _sentence(article.text, mention.start, mention.end)))
    if not lines:
        lines.append((total.perpetrators, "(an attacker's own death, no count phrase)"))
    return lines


if __name__ == "__main__":
    main()
