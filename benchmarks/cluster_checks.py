"""Issue 15: the clusterer over cached extractions of every dev source, for precision work.

    .venv/bin/python benchmarks/cluster_checks.py prep gva ecbplus gtd acled
        [--data ../shared/data] [--cache /tmp/storyline_cluster_checks]
    .venv/bin/python benchmarks/cluster_checks.py run gva ecbplus gtd acled
        [--set name=value ...] [--alone] [--draws 2000] [--json out.json]

`prep` runs the pipeline's gate, extraction and near-duplicate check over a source in
publication order, as `storyline eval clustering` does, and pickles (article, extraction,
verdict) per article into the cache directory (never into the repository; delete it after a
change to extraction). `run` replays the clusterer (`storyline.cluster.Clusterer`, the current
code and settings, `--set` to change one) over the cached rows and prints, per source, BCubed
precision / recall / F1, the same figures on each half of the gold groups (md5 of the ECB+
topic or of the gold label), with `--alone` each half clustered on its own, and the wrong joins
by cause (`storyline.evaluate.wrong_joins`). For ECB+ it also prints the spread over sets of
as many topics drawn with a fixed seed (`--draws`).

Gold:
- gva: the incident id; ecbplus: the subtopic (no dates), as `eval clustering`;
- gtd: one row per incident summary, gold = its date + country + city (lenient: two attacks
  of one day in one city count as one). Every row is a different incident, so a join is
  right only inside that key and the check reads precision;
- acled: one row per coded event, gold = date + country (very lenient: two events of one day
  in one country may join). Its precision is a check on joins across days and countries; its
  recall is meaningless (the gold groups are far wider than incidents);
- probe-crossdb, probe-oneline, probe-multisource, probe-twins, probe-crossdb2,
  probe-worldnews, probe-crossdb3 (session 24's work probe), probe-crossdb3s (its sealed twin:
  run for its figures only), probe-crossdb4 / probe-crossdb4s (session 25's work and sealed
  pair), probe-crossdb5 / probe-crossdb5s (session 26's pair), probe-crossdb6 /
  probe-crossdb6s (session 27's pair), probe-crossdb7 / probe-crossdb7s (session 28's pair,
  with world-news one-liners and GVA-like rows beside the database styles), probe-crossdb8 /
  probe-crossdb8s (session 29's pair, adding live-update pages, regional English press and
  headlines with a dek), probe-crossdb9 / probe-crossdb9s (session 30's pair, adding scraped
  web pages whose related links name other incidents, explainers written days later and
  encyclopedic retrospectives), probe-crossdb10 / probe-crossdb10s (session 31's pair, adding
  broadcast transcripts whose lead-in names other incidents, social threads revising a toll and
  legal filings years later), probe-crossdb11 / probe-crossdb11s (session 32's pair, adding
  fact checks that name an older incident elsewhere, structured alerts listing earlier
  incidents under "Background:" and opinion columns weeks later), probe-crossdb12 /
  probe-crossdb12s (session 33's pair, adding interview and press-conference transcripts that
  correct a figure, parliamentary records and council minutes, and business news of a company's
  incident naming its other sites): the blind probes of
  benchmarks/probes/clustering (gold: the incident; for oneline and worldnews the story; for
  twins the subtopic, halves and draws by topic; crossdb2 to crossdb12s halved by country), as
  `storyline eval clustering` scores them, with P / R / F1 per `style` of the gold file;
- oneline: the one-line items proxy of a world-news day-by-day set (`oneline_proxy.py`:
  Timeline17 timelines, CrisisFACTS facts and TREC-TS nuggets, full sentences only, sampled
  to a world-news shape with a fixed seed), gold = the story. Both precision and recall count.

The replay gives `eval clustering`'s assignments for the same extraction (the eval stores and
reloads nothing between articles that the clusterer reads).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import fields, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from storyline.cluster import Clusterer, ClusterSettings
from storyline.evaluate.metrics import bcubed
from storyline.evaluate.wrong_joins import CAUSES, count_wrong_joins

# The blind probes of benchmarks/probes/clustering (part -> gold key), as sources "probe-PART".
PROBE_DIR = Path(__file__).resolve().parent / "probes" / "clustering"
PROBES = {
    "crossdb": "incident", "oneline": "story", "multisource": "incident", "twins": "subtopic",
    "crossdb2": "subtopic", "worldnews": "subtopic",
    "crossdb3": "subtopic", "crossdb3s": "subtopic",
    "crossdb4": "subtopic", "crossdb4s": "subtopic",
    "crossdb5": "subtopic", "crossdb5s": "subtopic",
    "crossdb6": "subtopic", "crossdb6s": "subtopic",
    "crossdb7": "subtopic", "crossdb7s": "subtopic",
    "crossdb8": "subtopic", "crossdb8s": "subtopic",
    "crossdb9": "subtopic", "crossdb9s": "subtopic",
    "crossdb10": "subtopic", "crossdb10s": "subtopic",
    "crossdb11": "subtopic", "crossdb11s": "subtopic",
    "crossdb12": "subtopic", "crossdb12s": "subtopic",
}
SOURCES = ("gva", "ecbplus", "gtd", "acled", "oneline", *(f"probe-{part}" for part in PROBES))
Gold = dict[str, frozenset[str]]
# source -> article id -> the probe's `style` (filled by _labels; pickled with the cache)
_STYLES: dict[str, dict[str, str]] = {}


def _labels(data: Path, name: str) -> tuple[Gold, dict[str, str]]:
    """Gold label sets and the group used for halves and draws (ECB+ topic, else the label)."""
    from storyline.evaluate.datasets import load_labels

    gold: Gold = {}
    group: dict[str, str] = {}
    if name == "gva":
        gold = dict(load_labels(data / "gva/labels.jsonl", "incident_id"))
    elif name == "ecbplus":
        gold = dict(load_labels(data / "ecbplus/docs.jsonl", "subtopic"))
        with open(data / "ecbplus/docs.jsonl", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                group[row["id"]] = str(row["topic"])
    elif name == "gtd":
        with open(data / "gtd/gtd.jsonl", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                key = f"{row['eventid'][:8]}|{row['country']}|{row['city']}"
                gold[row["id"]] = frozenset([key])
    elif name == "acled":
        with open(data / "acled/acled.jsonl", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                gold[row["id"]] = frozenset([f"{row['date']}|{row['country']}"])
    elif name == "oneline":
        gold = _oneline(data)[1]
    elif name.startswith("probe-"):
        part = name.removeprefix("probe-")
        gold = dict(load_labels(PROBE_DIR / f"{part}_gold.jsonl", PROBES[part]))
        styles: dict[str, str] = {}
        # a probe whose gold names topics (twins: two events per topic, as ECB+) is halved and
        # drawn by topic, so that no half or draw separates two twins
        with open(PROBE_DIR / f"{part}_gold.jsonl", encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                if "topic" in row:
                    group[row["article_id"]] = str(row["topic"])
                if "style" in row:
                    styles[row["article_id"]] = str(row["style"])
        _STYLES[name] = styles
    else:
        raise SystemExit(f"unknown source {name}")
    for article_id, labels in gold.items():
        group.setdefault(article_id, min(labels))
    return gold, group


@lru_cache(maxsize=1)
def _oneline(data: Path) -> tuple[list[Any], Gold]:
    """The one-line items proxy (benchmarks/oneline_proxy.py, beside this script)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from oneline_proxy import proxy

    return proxy(data)


def prep(data: Path, cache: Path, name: str) -> None:
    from storyline.dedup import Deduplicator, hash_and_signature, signature_to_bytes
    from storyline.evaluate.datasets import load_articles
    from storyline.pipeline import gate_and_extract

    if name == "oneline":
        articles = _oneline(data)[0]
    elif name.startswith("probe-"):
        articles = load_articles(PROBE_DIR / f"{name.removeprefix('probe-')}_articles.jsonl")
    else:
        articles = load_articles(data / f"{name}/articles.jsonl")
    gold, group = _labels(data, name)
    dedup = Deduplicator()
    hashes: dict[str, str] = {}
    urls: dict[str, list[str]] = {}
    rows = []
    started = time.time()
    for article in articles:
        article, extraction = gate_and_extract(article)
        digest, signature = hash_and_signature(article.text)
        check = dedup.check(
            article,
            find_by_hash=hashes.get,
            find_by_url=lambda url: urls.get(url, []),
            precomputed=(digest, signature_to_bytes(signature)),
        )
        hashes.setdefault(check.text_hash, article.id)
        if article.url:
            urls.setdefault(article.url, []).append(article.id)
        dedup.add(article.id, check.signature, text_hash=check.text_hash, url=article.url)
        rows.append((article, extraction, check.verdict))
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / f"{name}.pkl", "wb") as handle:
        pickle.dump(
            {"rows": rows, "gold": gold, "group": group, "style": _STYLES.get(name, {})}, handle
        )
    print(f"{name}: {len(rows)} articles in {time.time() - started:.0f} s", file=sys.stderr)


def replay(
    data: Mapping[str, Any], settings: ClusterSettings, keep: set[str] | None = None
) -> tuple[dict[str, str], list[tuple[str, Any]]]:
    """The clusterer over the cached rows: article id -> event id, and each evidence in order."""
    clusterer = Clusterer(settings)
    event_of: dict[str, str] = {}
    order: list[tuple[str, Any]] = []
    for article, extraction, verdict in data["rows"]:
        if keep is not None and article.id not in keep:
            continue
        original = event_of.get(verdict.original_id) if verdict.original_id else None
        assignment = clusterer.assign(article, extraction, verdict, original)
        event_of[article.id] = assignment.event_id
        order.append((article.id, assignment.evidence))
    return event_of, order


def score(
    event_of: Mapping[str, str], gold: Gold, ids: Iterable[str] | None = None
) -> tuple[float, float, float]:
    chosen = [i for i in (gold if ids is None else ids) if i in event_of and i in gold]
    result = bcubed({i: {event_of[i]} for i in chosen}, {i: gold[i] for i in chosen})
    return result.precision, result.recall, result.f1


def item_score(
    event_of: Mapping[str, str], gold: Gold, ids: Iterable[str]
) -> tuple[float, float, float]:
    """BCubed averaged over the items `ids` only, each against the whole clustering (a style's
    figure: its summaries joined to, or split from, summaries of any style)."""
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, event_id in event_of.items():
        if article_id in gold:
            members[event_id].append(article_id)
    precisions: list[float] = []
    recalls: list[float] = []
    for article_id in ids:
        if article_id not in event_of or article_id not in gold:
            continue
        labels = gold[article_id]
        cluster = members[event_of[article_id]]
        same = sum(1 for other in cluster if gold[other] & labels)
        truth = sum(1 for other in gold if other in event_of and gold[other] & labels)
        precisions.append(same / len(cluster))
        recalls.append(same / truth)
    if not precisions:
        return 0.0, 0.0, 0.0
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def wrong_joins(order: Iterable[tuple[str, Any]], gold: Gold) -> dict[str, int]:
    """As evaluate.wrong_joins.wrong_joins_by_cause, over evidence kept in memory."""
    causes, joins = count_wrong_joins(order, gold)
    found = {cause: causes[cause] for cause in CAUSES if causes[cause]}
    found["all"] = sum(causes.values())
    found["joins"] = joins
    return found


def list_wrong(rows: Iterable[Any], order: Iterable[tuple[str, Any]], gold: Gold) -> list[str]:
    """Each wrong join (as count_wrong_joins counts them) with the event's labels then and the
    clusterer's evidence: what to read before changing a rule."""
    titles = {article.id: (article.title or article.text)[:70] for article, _, _ in rows}
    labels_in: dict[str, set[str]] = {}
    lines = []
    for article_id, evidence in order:
        labels = gold.get(article_id)
        if evidence is None or labels is None:
            continue
        event_id = evidence.event_id
        if evidence.decision != "new_event" and not labels & labels_in.get(event_id, set()):
            lines.append(
                f"{article_id} [{min(labels)}] -> {event_id} {sorted(labels_in.get(event_id, ()))}"
                f" | {titles.get(article_id, '')!r} | text {evidence.text} score {evidence.score}"
                f" for {list(evidence.supporting)} against {list(evidence.against)}"
                f" override {evidence.override} places {list(evidence.shared_places)}"
                f" names {list(evidence.shared_names)} gap {evidence.date_gap_days}"
            )
        labels_in.setdefault(event_id, set()).update(labels)
    return lines


def _half(key: str) -> int:
    return int(hashlib.md5(key.encode()).hexdigest(), 16) % 2


def _draws(
    event_of: Mapping[str, str], gold: Gold, group: Mapping[str, str], draws: int
) -> dict[str, list[float]]:
    """Sets of as many groups as the data holds, drawn with replacement (seed 15): 5 % / 50 % /
    95 % of precision and F1, and the share of draws with precision >= 0.88."""
    members: dict[str, list[str]] = defaultdict(list)
    for article_id in gold:
        if article_id in event_of:
            members[group[article_id]].append(article_id)
    names = sorted(members)
    rng = random.Random(15)
    precisions: list[float] = []
    f1s: list[float] = []
    # per-group sums (BCubed is an average over items; no join crosses ECB+ topics)
    per: dict[str, tuple[int, float, float]] = {}
    for name in names:
        ids = members[name]
        p, r, _ = score(event_of, gold, ids)
        per[name] = (len(ids), p * len(ids), r * len(ids))
    for _ in range(draws):
        pick = [rng.choice(names) for _ in names]
        n = sum(per[g][0] for g in pick)
        p = sum(per[g][1] for g in pick) / n
        r = sum(per[g][2] for g in pick) / n
        precisions.append(p)
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    precisions.sort()
    f1s.sort()

    def spread(values: list[float]) -> list[float]:
        return [round(values[int(q * (len(values) - 1))], 4) for q in (0.05, 0.5, 0.95)]

    share = sum(1 for p in precisions if p >= 0.88) / len(precisions)
    return {"precision": spread(precisions), "f1": spread(f1s), "p>=0.88": [round(share, 3)]}


def check(
    cache: Path, name: str, settings: ClusterSettings, *, alone: bool, draws: int,
    show_wrong: bool = False,
) -> dict[str, Any]:
    with open(cache / f"{name}.pkl", "rb") as handle:
        data = pickle.load(handle)
    gold: Gold = data["gold"]
    group: dict[str, str] = data["group"]
    event_of, order = replay(data, settings)
    result: dict[str, Any] = {
        "all": [round(x, 4) for x in score(event_of, gold)],
        "events": len(set(event_of.values())),
        "wrong": wrong_joins(order, gold),
    }
    if show_wrong:
        result["wrong_list"] = list_wrong(data["rows"], order, gold)
    halves = [{i for i in gold if _half(group[i]) == h} for h in (0, 1)]
    result["halves"] = [[round(x, 4) for x in score(event_of, gold, h)] for h in halves]
    if alone:
        result["alone"] = [
            [round(x, 4) for x in score(replay(data, settings, keep=h)[0], gold, h)] for h in halves
        ]
    by_style: dict[str, list[str]] = defaultdict(list)
    for article_id, style in data.get("style", {}).items():
        by_style[style].append(article_id)
    if by_style:
        result["styles"] = {
            style: [round(x, 4) for x in item_score(event_of, gold, ids)]
            for style, ids in sorted(by_style.items())
        }
    if name in ("ecbplus", "probe-twins") and draws:
        result["draws"] = _draws(event_of, gold, group, draws)
    return result


def _settings(pairs: list[str]) -> ClusterSettings:
    types = {f.name: f.type for f in fields(ClusterSettings)}
    changes: dict[str, Any] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        if key not in types:
            raise SystemExit(f"no setting {key}")
        changes[key] = json.loads(value) if value not in ("True", "False") else value == "True"
    return replace(ClusterSettings(), **changes)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("prep", "run"))
    parser.add_argument("sources", nargs="+", choices=SOURCES)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("/tmp/storyline_cluster_checks"))
    parser.add_argument("--set", dest="changes", action="append", default=[])
    parser.add_argument("--alone", action="store_true", help="also cluster each half alone")
    parser.add_argument("--draws", type=int, default=2000)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--wrong", action="store_true", help="list each wrong join's evidence")
    args = parser.parse_args(argv)
    if args.command == "prep":
        for name in args.sources:
            prep(args.data, args.cache, name)
        return
    settings = _settings(args.changes)
    out: dict[str, Any] = {"settings": args.changes}
    for name in args.sources:
        started = time.time()
        res = check(
            args.cache, name, settings, alone=args.alone, draws=args.draws, show_wrong=args.wrong
        )
        out[name] = res
        p, r, f = res["all"]
        line = f"{name:8s} P {p:.4f} R {r:.4f} F1 {f:.4f} events {res['events']}"
        line += " | halves " + " ".join(f"{h[0]:.4f}/{h[2]:.4f}" for h in res["halves"])
        if "alone" in res:
            line += " | alone " + " ".join(f"{h[0]:.4f}/{h[2]:.4f}" for h in res["alone"])
        if "draws" in res:
            line += f" | draws P {res['draws']['precision']} F1 {res['draws']['f1']}"
            line += f" P>=0.88 {res['draws']['p>=0.88'][0]}"
        print(line, f"| wrong {res['wrong']} ({time.time() - started:.0f} s)", flush=True)
        if "styles" in res:
            print("    styles", " ".join(
                f"{style} {p:.4f}/{r:.4f}/{f:.4f}" for style, (p, r, f) in res["styles"].items()
            ))
        for wrong in res.get("wrong_list", []):
            print("   ", wrong)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
