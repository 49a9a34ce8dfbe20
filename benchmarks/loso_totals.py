"""Issue 14 experiment: does a small learned choice of the article's killed/injured total,
validated leave-one-source-out, generalize better than the hand rules of extract/totals.py?
(Measured: no; docs/quality.md, "A learned choice of the article's total". Nothing here is
shipped or imported by the package.)

    .venv/bin/python benchmarks/loso_totals.py [--data ../shared/data]
        [--cache /tmp/storyline_loso_totals.pkl] [--limit N]
        [--model logistic|stumps|trees] [--margin 0 0.2 ...] [--by-family] [--in-sample]

Step 1 (cached to --cache, never to the repository; delete it after a change to extraction):
one `extract_many` pass over every record of every development source of the generalization
table (evaluate/extraction.SOURCES), keeping per record the count mentions, their sentence
numbers, the text, the headline and the rule totals (the arguments the pipeline passes to
`compute_totals`, recorded from the real call).

Step 2: per record and category, candidate readings of the mentions: the rule total, nothing
(0), each stated value, the rule total plus or minus the attackers' deaths, the lead sentence's
sum, the largest value in the headline and lead, the sum of the distinct values, the rule total
plus a mention it left out. Each candidate is described by what the rules already look at
(kinds, value, role, qualifier, negation, hedges, position, other-event, breakdown and addition
flags, sentence index, agreement with the rule). One model per category (scikit-learn logistic
regression, boosted stumps, or boosted depth-3 trees) scores "this candidate is the gold
figure"; the article's figure is the best-scoring candidate, or the rule's unless another
scores `--margin` above it.

Step 3: each source is scored by models trained on the others (`--by-family`: on the other
writers only). Printed per held-out source: killed exact on records with deaths, deaths
invented on records with none, injured exact, rule against learned, with b = records the model
gets right and the rule wrong and c = the reverse (a McNemar count: a net difference within
2 sqrt(b + c) records is noise), and how often the gold figure is among the candidates (the
ceiling of any choice among them).
"""

from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

import storyline.extract as extract_module
from storyline.evaluate.extraction import SOURCES, _rows
from storyline.extract import extract_many
from storyline.extract.totals import LEAD_CHARS
from storyline.records import CountMention, CountTotal

CATEGORIES = ("killed", "injured")


@dataclass(frozen=True, slots=True)
class Record:
    source: str
    record_id: str
    gold: Mapping[str, int | None]
    mentions: tuple[CountMention, ...]
    sentence_of: tuple[int, ...]
    text: str
    title: str | None
    rule: Mapping[str, CountTotal]


# --------------------------------------------------------------------------- step 1: cache


def build_cache(data_dir: Path, limit: int | None) -> list[Record]:
    """Every record's count mentions and rule totals, through the real `extract_many`: the
    arguments of each `compute_totals` call are kept as the pipeline passes them."""
    calls: list[tuple[list[CountMention], list[int], str, str | None]] = []
    # the name `_read` calls: replaced for this pass only, the real function still computes
    real = extract_module.__dict__["compute_totals"]

    def recording(mentions: Sequence[CountMention], sentence_of: Sequence[int],
                  text: str = "", trends: Any = None,
                  title: str | None = None) -> dict[str, CountTotal]:
        calls.append((list(mentions), list(sentence_of), text, title))
        totals: dict[str, CountTotal] = real(mentions, sentence_of, text, trends, title=title)
        return totals

    extract_module.__dict__["compute_totals"] = recording
    records: list[Record] = []
    try:
        for source in SOURCES:
            started = time.monotonic()
            rows = list(_rows(data_dir, source, limit))
            articles = [article for article, _ in rows]
            for (article, gold), extraction in zip(rows, extract_many(articles), strict=True):
                mentions, sentence_of, text, title = calls.pop()
                records.append(Record(source.name, article.id,
                                      {"killed": gold.killed, "injured": gold.injured},
                                      tuple(mentions), tuple(sentence_of), text, title,
                                      dict(extraction.totals)))
            print(f"{source.name}: {len(rows)} records, {time.monotonic() - started:.0f} s",
                  file=sys.stderr)
    finally:
        extract_module.__dict__["compute_totals"] = real
    return records


# --------------------------------------------------------------------------- step 2: candidates


_HEDGE_RE = re.compile(r"\b(?:reportedly|allegedly|feared|believed|possibly|may|might|could"
                       r"|unconfirmed|suspected|estimated|estimates?)\b", re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(?:no|not|none|nobody|never|without)\b", re.IGNORECASE)
_TOLL_RE = re.compile(r"\b(?:toll|total|tally|bringing|overall|in\s+all|altogether|rose|risen"
                      r"|climbed)\b", re.IGNORECASE)
_QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "range", "vague",
               "less_than")
_ROLES = ("victims", "perpetrators", "security_forces", None)
KINDS = ("rule", "zero", "mention", "rule_plus_perp", "rule_minus_perp", "lead_sum",
         "lead_max", "sum_distinct", "rule_plus_mention")


@dataclass(frozen=True, slots=True)
class Candidate:
    value: int
    kinds: frozenset[str]
    supporters: tuple[int, ...]  # mentions stating this value


def candidates(record: Record, category: str) -> list[Candidate]:
    """The readings of the mentions the selector chooses among."""
    mentions = record.mentions
    own = [i for i, m in enumerate(mentions) if m.category == category]
    rule = record.rule.get(category)
    rule_value = rule.value if rule is not None else 0
    found: dict[int, set[str]] = {}

    def add(value: int, kind: str) -> None:
        if value >= 0:
            found.setdefault(value, set()).add(kind)

    add(rule_value, "rule")
    add(0, "zero")
    for i in own:
        add(mentions[i].value, "mention")
    if category == "killed" and rule is not None:
        perpetrators = [mentions[i].value for i in own if mentions[i].role == "perpetrators"
                        and not mentions[i].other_event]
        if perpetrators and rule.perpetrators == 0:
            add(rule_value + max(perpetrators), "rule_plus_perp")
        if rule.perpetrators:
            add(rule_value - rule.perpetrators, "rule_minus_perp")
    lead = [i for i in own if mentions[i].start < LEAD_CHARS and not mentions[i].other_event
            and mentions[i].part_of is None]
    if lead:
        first_sentence = min(record.sentence_of[i] for i in lead)
        add(sum(mentions[i].value for i in lead if record.sentence_of[i] == first_sentence),
            "lead_sum")
        add(max(mentions[i].value for i in lead), "lead_max")
    about = [i for i in own if not mentions[i].other_event and mentions[i].part_of is None
             and not mentions[i].alternative and mentions[i].value > 0]
    distinct = {mentions[i].value for i in about}
    if len(distinct) > 1:
        add(sum(distinct), "sum_distinct")  # told apart, each a different group of people
    used = set(rule.mentions) if rule is not None else set()
    for i in about[:6]:
        if i not in used and rule is not None:
            add(rule_value + mentions[i].value, "rule_plus_mention")
    return [Candidate(value, frozenset(kinds),
                      tuple(i for i in own if mentions[i].value == value))
            for value, kinds in sorted(found.items())]


def features(record: Record, category: str, candidate: Candidate,
             everything: Sequence[Candidate]) -> list[float]:
    mentions = record.mentions
    own = [m for m in mentions if m.category == category]
    support = [mentions[i] for i in candidate.supporters]
    rule = record.rule.get(category)
    rule_value = rule.value if rule is not None else 0
    values = sorted({c.value for c in everything if c.value > 0})
    row: list[float] = [1.0 if kind in candidate.kinds else 0.0 for kind in KINDS]
    row += [
        math.log1p(candidate.value),
        1.0 if candidate.value == 0 else 0.0,
        1.0 if rule is None else 0.0,
        math.log1p(abs(candidate.value - rule_value)),
        1.0 if candidate.value > rule_value else 0.0,
        1.0 if values and candidate.value == values[-1] else 0.0,
        1.0 if values and candidate.value == values[0] else 0.0,
        float(len(values)),
        math.log1p(len(own)),
        float(len(support)),
        1.0 if support and any(m.start < 0 for m in support) else 0.0,  # headline
        1.0 if support and any(0 <= m.start < LEAD_CHARS for m in support) else 0.0,
        min((record.sentence_of[i] for i in candidate.supporters), default=-1) / 10.0,
        1.0 if any(m.other_event for m in support) else 0.0,
        1.0 if support and all(m.other_event for m in support) else 0.0,
        1.0 if any(m.part_of is not None for m in support) else 0.0,
        1.0 if any(m.alternative for m in support) else 0.0,
        1.0 if any(m.additional for m in support) else 0.0,
        1.0 if any(m.revision for m in support) else 0.0,
        1.0 if any(m.trend is not None for m in support) else 0.0,
        1.0 if any(m.attribution for m in support) else 0.0,
        1.0 if any(_HEDGE_RE.search(m.evidence) for m in support) else 0.0,
        1.0 if any(_NEGATION_RE.search(m.evidence) for m in support) else 0.0,
        1.0 if any(_TOLL_RE.search(m.evidence) for m in support) else 0.0,
        # another mention is a breakdown of this one
        1.0 if any(mentions[j].part_of in candidate.supporters for j in range(len(mentions)))
        else 0.0,
        1.0 if any(m.low is not None and m.high is not None and m.low != m.high
                   for m in support) else 0.0,
        1.0 if len(record.text) < 600 else 0.0,  # a short note
        math.log1p(len(record.text)) / 10.0,
        1.0 if rule is not None and rule.perpetrators else 0.0,
        1.0 if rule is not None and rule.qualifier != "exact" else 0.0,
        # the rule read these mentions (or left them out)
        1.0 if rule is not None and set(candidate.supporters) & set(rule.mentions) else 0.0,
        1.0 if support and rule is not None and not set(candidate.supporters) & set(
            rule.mentions) else 0.0,
        float(len(rule.mentions)) if rule is not None else 0.0,
    ]
    row += [1.0 if any(m.qualifier == q for m in support) else 0.0 for q in _QUALIFIERS]
    row += [1.0 if any(m.role == r for m in support) else 0.0 for r in _ROLES]
    return row


@dataclass(frozen=True, slots=True)
class Group:
    """One record's candidates for one category."""

    record: int
    category: str
    values: tuple[int, ...]
    rule_index: int
    matrix: np.ndarray
    gold: int | None


def groups(records: Sequence[Record]) -> Iterator[Group]:
    for index, record in enumerate(records):
        for category in CATEGORIES:
            found = candidates(record, category)
            matrix = np.array([features(record, category, c, found) for c in found])
            rule_index = next(i for i, c in enumerate(found) if "rule" in c.kinds)
            yield Group(index, category, tuple(c.value for c in found), rule_index, matrix,
                        record.gold.get(category))


# --------------------------------------------------------------------------- step 3: LOSO


def _fit(train: Sequence[Group], model: str, seed: int) -> dict[str, Any]:
    """One model per category: "this candidate is the gold figure"."""
    from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    fitted: dict[str, Any] = {}
    for category in CATEGORIES:
        usable = [g for g in train if g.gold is not None and g.category == category]
        if not usable:
            continue
        x = np.vstack([g.matrix for g in usable])
        y = np.concatenate([np.array([v == g.gold for v in g.values], dtype=int)
                            for g in usable])
        if model == "stumps":
            clf: Any = GradientBoostingClassifier(n_estimators=150, max_depth=1,
                                                  learning_rate=0.1, random_state=seed)
        elif model == "trees":  # interactions: depth-3 trees, boosted
            clf = HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.1,
                                                 random_state=seed)
        else:
            clf = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=3000))
        fitted[category] = clf.fit(x, y)
    return fitted


def _choose(fitted: Mapping[str, Any], test: Sequence[Group], margin: float) -> list[int]:
    """Per group, the best-scoring candidate, or the rule's figure unless another candidate
    scores `margin` above it (one predict call per category: cheap)."""
    chosen = [g.values[g.rule_index] for g in test]
    for category, clf in fitted.items():
        picked = [i for i, g in enumerate(test) if g.category == category]
        if not picked:
            continue
        scores = clf.predict_proba(np.vstack([test[i].matrix for i in picked]))[:, 1]
        at = 0
        for i in picked:
            group = test[i]
            own = scores[at:at + len(group.values)]
            at += len(group.values)
            best = int(np.argmax(own))
            if own[best] - own[group.rule_index] > margin:
                chosen[i] = group.values[best]
    return chosen


_MEASURES = ("killed.exact_pos", "killed.invented", "injured.exact")


def _right(measure: str, predicted: int, gold: int | None, category: str) -> bool | None:
    """Whether `predicted` is right for `measure` (None: the record does not count there).
    For killed.invented, right means no death invented on a record with none."""
    if gold is None:
        return None
    if measure == "killed.exact_pos" and category == "killed" and gold > 0:
        return predicted == gold
    if measure == "killed.invented" and category == "killed" and gold == 0:
        return predicted == 0
    if measure == "injured.exact" and category == "injured":
        return predicted == gold
    return None


@dataclass(frozen=True, slots=True)
class Outcome:
    n: int
    rule: int  # records right by the rule (invented: records with a death invented)
    learned: int
    better: int  # learned right, rule wrong
    worse: int  # rule right, learned wrong
    reachable: int  # gold among the candidates

    def rate(self, right: int, measure: str) -> float:
        return (self.n - right) / self.n if measure == "killed.invented" else right / self.n


def outcomes(test: Sequence[Group], chosen: Sequence[int]) -> dict[str, Outcome]:
    found: dict[str, Outcome] = {}
    for measure in _MEASURES:
        n = rule = learned = better = worse = reachable = 0
        for group, value in zip(test, chosen, strict=True):
            by_rule = _right(measure, group.values[group.rule_index], group.gold,
                             group.category)
            by_model = _right(measure, value, group.gold, group.category)
            if by_rule is None or by_model is None:
                continue
            n += 1
            rule += by_rule
            learned += by_model
            better += by_model and not by_rule
            worse += by_rule and not by_model
            reachable += group.gold in group.values
        if n:
            found[measure] = Outcome(n, rule, learned, better, worse, reachable)
    return found


def _family(source: str) -> str:
    """ACLED 2016/2020, ACLED Africa's two eras, GTD's two samples: one writer each."""
    return source.split()[0]


def rule_misses(records: Sequence[Record]) -> None:
    """Where the rule total is wrong (killed: on records with deaths), why no choice among the
    candidates can fix it: the gold figure among them, no mention of the category at all, or
    every reading above / below the gold figure."""
    print("| source | measure | rule wrong | gold among candidates | no mention | "
          "gold above every candidate | gold below the rule, not a candidate | other |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for source in SOURCES:
        for category in CATEGORIES:
            tally = [0] * 6
            for record in records:
                gold = record.gold.get(category)
                if record.source != source.name or gold is None or (
                        category == "killed" and gold == 0):
                    continue
                found = candidates(record, category)
                rule_value = next(c.value for c in found if "rule" in c.kinds)
                if rule_value == gold:
                    continue
                values = [c.value for c in found]
                tally[0] += 1
                if gold in values:
                    tally[1] += 1
                elif not any(m.category == category for m in record.mentions):
                    tally[2] += 1
                elif gold > max(values):
                    tally[3] += 1
                elif gold < rule_value:
                    tally[4] += 1
                else:
                    tally[5] += 1
            if tally[0]:
                measure = "killed.exact_pos" if category == "killed" else "injured.exact"
                print(f"| {source.name} | {measure} | " + " | ".join(map(str, tally)) + " |")


def leave_one_source_out(records: Sequence[Record], model: str, seed: int,
                         by_family: bool = False, margins: Sequence[float] = (0.0,),
                         in_sample: bool = False) -> None:
    """Train on every source but one, score the held-out one (with `by_family`, every
    source of the held-out one's writer is left out of training: ACLED 2016 is not trained
    on ACLED 2020). One table per margin, from the same fits. With `in_sample`, one model
    trained on every source scores every source: the most these features can learn, not a
    figure to ship on."""
    all_groups = list(groups(records))
    source_of = [_family(r.source) if by_family else r.source for r in records]
    scored_as = [r.source for r in records]
    results: dict[float, list[tuple[str, str, Outcome]]] = {m: [] for m in margins}
    everything = _fit(all_groups, model, seed) if in_sample else None
    for source in SOURCES:
        held = source.name
        left_out = _family(held) if by_family else held
        train = [g for g in all_groups if source_of[g.record] != left_out]
        test = [g for g in all_groups if scored_as[g.record] == held]
        if not test:
            continue
        fitted = everything if everything is not None else _fit(train, model, seed)
        for margin in margins:
            chosen = _choose(fitted, test, margin)
            results[margin].extend((held, measure, o)
                                   for measure, o in outcomes(test, chosen).items())
    for margin, rows in results.items():
        _print_table(rows, f"model {model}, margin {margin}, by family {by_family}, "
                     f"in sample {in_sample}; "
                     f"{len(all_groups)} record-categories, candidates per group "
                     f"{np.mean([len(g.values) for g in all_groups]):.2f}")


def _print_table(rows: Sequence[tuple[str, str, Outcome]], title: str) -> None:
    print(f"\n{title}")
    print("| held-out source | measure | n | rule | learned | learned right, rule wrong | "
          "rule right, learned wrong | noise 2 sqrt(b+c) | gold among candidates |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    rates: dict[str, list[tuple[float, float, float]]] = {}
    wins = losses = 0
    for held, measure, o in rows:
        rule_rate, learned_rate = o.rate(o.rule, measure), o.rate(o.learned, measure)
        rates.setdefault(measure, []).append((rule_rate, learned_rate, o.reachable / o.n))
        noise = 2 * math.sqrt(o.better + o.worse)
        wins += o.better - o.worse > noise
        losses += o.worse - o.better > noise
        print(f"| {held} | {measure} | {o.n} | {rule_rate:.3f} | {learned_rate:.3f} | "
              f"{o.better} | {o.worse} | {noise:.1f} | {o.reachable / o.n:.3f} |")
    print(f"cells won beyond noise: {wins}; lost beyond noise: {losses} (of {len(rows)})")
    for measure in ("killed.exact_pos", "injured.exact"):
        pairs = rates.get(measure, [])
        if len(pairs) > 1:
            gaps = [max(p[c] for p in pairs) - min(p[c] for p in pairs) for c in (0, 1, 2)]
            print(f"largest gap to the best source, {measure}: rule {gaps[0]:.3f}, "
                  f"learned {gaps[1]:.3f}, a selector always right when it can be "
                  f"{gaps[2]:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline_loso_totals.pkl"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", choices=("logistic", "stumps", "trees"), default="logistic")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--by-family", action="store_true",
                        help="leave out every source of the held-out one's writer")
    parser.add_argument("--margin", type=float, nargs="+", default=[0.0],
                        help="keep the rule's figure unless another scores this much above "
                             "it (several: one table each)")
    parser.add_argument("--misses", action="store_true",
                        help="only sort the rule's errors by whether a choice could fix them")
    parser.add_argument("--in-sample", action="store_true",
                        help="train on every source and score every source (an upper bound)")
    args = parser.parse_args(argv)
    if args.cache.exists():
        with args.cache.open("rb") as handle:
            records = pickle.load(handle)
    else:
        records = build_cache(args.data, args.limit)
        with args.cache.open("wb") as handle:
            pickle.dump(records, handle)
    if args.misses:
        rule_misses(records)
        return 0
    leave_one_source_out(records, args.model, args.seed, args.by_family, args.margin,
                         args.in_sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
