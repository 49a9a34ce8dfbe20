"""The generalization table: every extraction figure on every development source.

Each source is a different writer and era: ACLED coder notes of 2016 and 2020, ACLED Africa
notes of 1997-2014 and of 2017-18, GTD summaries (South America with every GTD column, and
world samples), and GVA news articles. One extraction pass per article (`extract_facts`, the
same call as `storyline extract`), then per source:

- `killed.exact_pos`: killed total exact on records with deaths; `killed.exact_written`: the
  same on the records whose figure is written in the text as a number phrase (not coded from a
  vague word or summed by the coder); `killed.exact_own_text`: the same on the records whose
  text is the text of no other record of the file (ACLED codes one note at several places or
  days and divides its deaths among them: a shared note can be right for one record at most,
  so this column is killed exact without that convention); `killed.invented`: a death
  count above 0 on records with none (ACLED `fatalities`, GTD `nkill`, GVA incident killed);
- `killed.exact`, `injured.exact`: exact on every record with a gold figure (an unreported
  count reads as 0);
- `date.exact`: the event date as the record uses it (the stated date, else the publication
  date) equals the gold date, on records dated to the day. ACLED's publication date is the
  event date itself, so there the baseline is 1 by construction;
- `city.found`: the gold city is among the places (case- and accent-insensitive);
  `city.found_base_name` the same with a trailing rank word ("district", "sub-district",
  "municipality", "department", "province", "tehsil", "upazila", "woreda") taken off the gold
  name and the place's (GTD's name for a district when no town is known; storyline names a
  district with its rank word when the text does);
- `claimant.match` (GTD rows with a named perpetrator whose summary states a claim): a claim
  names it (name, or its bracketed acronym).

The baseline is measured in the same run: a regex that takes the largest number a few words
before "killed"/"injured" (baselines.regex_counts), the publication date, and the claims of the
surface patterns alone (what extraction read before the parse). `gap` rows give, for each
figure, the best source minus each source.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date
from pathlib import Path
from typing import Any

from storyline.evaluate.baselines import regex_counts
from storyline.evaluate.datasets import (
    dataset_path,
    gva_incidents,
    load_articles,
    load_labels,
    lowest_label,
    read_jsonl,
)
from storyline.evaluate.result import EvalResult, Figure
from storyline.extract.gazetteer import fold
from storyline.progress import ProgressCallback, tracked
from storyline.records import Article, Claim, Extraction

__all__ = ["SOURCES", "markdown_table", "run_extraction"]


@dataclass(frozen=True, slots=True)
class Gold:
    killed: int | None
    injured: int | None
    day: date | None
    city: str | None
    perpetrator: str | None  # only where the text states a claim
    shared: bool = False  # the text is also the text of another record of the same file


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    folder: str
    keep: Callable[[Mapping[str, Any]], bool]


def _era(field: str, before: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda row: str(row.get(field) or "") < before


SOURCES: tuple[Source, ...] = (
    Source("acled 2016", "acled", _era("date", "2018")),
    Source("acled 2020", "acled", lambda row: not _era("date", "2018")(row)),
    Source("acled_africa 1997-2014", "acled_africa", _era("date", "2016")),
    Source("acled_africa 2017-18", "acled_africa", lambda row: not _era("date", "2016")(row)),
    Source("gtd south america", "gtd", lambda row: str(row.get("origin", "")).startswith("Cris")),
    Source("gtd world", "gtd", lambda row: not str(row.get("origin", "")).startswith("Cris")),
    Source("gva articles", "gva", lambda row: True),
)
_STATES_A_CLAIM = re.compile(r"\bclaimed\b|\btook\s+responsibility|\bresponsibility\s+for\b",
                             re.IGNORECASE)
_NO_CLAIM = re.compile(r"\bno\s+(?:group|one|organization)\b", re.IGNORECASE)


def run_extraction(data_dir: Path, *, limit: int | None = None,
                   progress: ProgressCallback | None = None) -> EvalResult:
    """The generalization table over every source (the first `limit` records of each);
    `progress(1)` after each record read."""
    from storyline.extract import extract_facts

    system: dict[str, Figure] = {}
    baseline: dict[str, Figure] = {}
    started = time.monotonic()
    counted = 0
    for source in SOURCES:
        rows = list(_rows(data_dir, source, limit))
        counted += len(rows)
        extractions = [(article, gold, extract_facts(article))
                       for article, gold in tracked(rows, progress)]
        system.update(_figures(source.name, extractions, use_system=True))
        baseline.update(_figures(source.name, extractions, use_system=False,
                                 surface_claims=_surface_claims))
    system.update(_gaps(system))
    baseline.update(_gaps(baseline))
    return EvalResult(
        kind="extraction",
        dataset="all dev sources",
        system=system,
        baseline=baseline,
        baseline_name="regex / publication date / surface claims",
        params={"records": counted, "limit": limit,
                "seconds": round(time.monotonic() - started, 1)},
        notes=("an unreported count reads as 0", "gap = best source minus this source"),
    )


def _surface_claims(text: str) -> Sequence[Claim]:
    from storyline.extract.claims import find_claims

    return find_claims(text).claims


# --------------------------------------------------------------------------- gold


def _rows(data_dir: Path, source: Source, limit: int | None) -> Iterator[tuple[Article, Gold]]:
    articles = {a.id: a for a in load_articles(
        dataset_path(data_dir, source.folder, "articles.jsonl"))}
    texts = Counter(a.text.strip() for a in articles.values())
    taken = 0
    for record_id, record, gold in _gold(data_dir, source.folder):
        if record_id not in articles or not source.keep(record):
            continue
        article = articles[record_id]
        yield article, replace(gold, shared=texts[article.text.strip()] > 1)
        taken += 1
        if limit is not None and taken >= limit:
            return


def _gold(data_dir: Path, folder: str) -> Iterator[tuple[str, Mapping[str, Any], Gold]]:
    if folder in ("acled", "acled_africa"):
        for row in read_jsonl(dataset_path(data_dir, folder, "acled.jsonl")):
            yield str(row["id"]), row, Gold(int(row.get("fatalities") or 0), None,
                                            _day(row.get("date")), None, None)
    elif folder == "gtd":
        for row in read_jsonl(dataset_path(data_dir, "gtd", "gtd.jsonl")):
            summary = str(row.get("summary") or "")
            named = row.get("gname") not in (None, "Unknown") and row.get("claimed") == 1
            states = bool(_STATES_A_CLAIM.search(summary)) and not _NO_CLAIM.search(summary)
            city = row.get("city") if row.get("city") not in (None, "Unknown") else None
            yield str(row["id"]), row, Gold(row.get("nkill"), row.get("nwound"),
                                            _day(row.get("date")), city,
                                            row["gname"] if named and states else None)
    else:
        incidents = gva_incidents(data_dir)
        labels = lowest_label(load_labels(dataset_path(data_dir, "gva", "labels.jsonl"),
                                          "incident_id"))
        for article_id, (incident_id,) in sorted(labels.items()):
            incident = incidents.get(incident_id)
            if incident is not None:
                yield article_id, {}, Gold(incident.count("killed"), incident.count("injured"),
                                           incident.date, incident.city or None, None)


def _day(value: object) -> date | None:
    text = str(value or "")
    return date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d\d-\d\d", text) else None


# --------------------------------------------------------------------------- figures


def _figures(name: str, rows: list[tuple[Article, Gold, Extraction]], *, use_system: bool,
             surface_claims: Callable[[str], Sequence[Claim]] | None = None
             ) -> dict[str, Figure]:
    figures: dict[str, Figure] = {f"{name}.n": len(rows)}
    killed = [(_count(a, e, "killed", use_system), g.killed) for a, g, e in rows
              if g.killed is not None]
    figures[f"{name}.killed.exact_pos"] = _rate(p == k for p, k in killed if k > 0)
    figures[f"{name}.killed.exact_own_text"] = _rate(
        _count(a, e, "killed", use_system) == g.killed for a, g, e in rows
        if g.killed and not g.shared)
    figures[f"{name}.killed.invented"] = _rate(p > 0 for p, k in killed if k == 0)
    figures[f"{name}.killed.exact"] = _rate(p == k for p, k in killed)
    # The acceptance's "where the number is written in the text": the gold figure is stated
    # as a number phrase (not coded from vague words or summed by the coder).
    figures[f"{name}.killed.exact_written"] = _rate(
        _count(a, e, "killed", use_system) == g.killed for a, g, e in rows
        if g.killed and _written(a, g.killed))
    injured = [(_count(a, e, "injured", use_system), g.injured) for a, g, e in rows
               if g.injured is not None]
    figures[f"{name}.injured.exact"] = _rate(p == k for p, k in injured)
    dated = [(_date(a, e, use_system), g.day) for a, g, e in rows if g.day is not None]
    figures[f"{name}.date.exact"] = _rate(p == d for p, d in dated)
    if use_system:
        cities = [(e, g.city) for _, g, e in rows if g.city]
        figures[f"{name}.city.found"] = _rate(
            any(_fold(p.name) == _fold(city) for p in e.places) for e, city in cities)
        # GTD names a district ("<Name> district", "<Name> (District)") when no town is known:
        # the same compare with that word taken off the gold name
        figures[f"{name}.city.found_base_name"] = _rate(
            any(_base_name(p.name) == _base_name(city) for p in e.places) for e, city in cities)
    claimed = [(a, e, g.perpetrator) for a, g, e in rows if g.perpetrator]
    figures[f"{name}.claimant.match"] = _rate(
        any(_names(c.actor, p) for c in _claims(a, e, surface_claims)) for a, e, p in claimed)
    figures[f"{name}.claimant.n"] = len(claimed)
    return figures


def _written(article: Article, value: int) -> bool:
    from storyline.extract.numbers import find_quantities

    text = f"{article.title or ''}\n{article.text}"
    return any(q.value == value and q.qualifier != "vague" for q in find_quantities(text))


def _claims(article: Article, extraction: Extraction,
            surface_claims: Callable[[str], Sequence[Claim]] | None) -> Sequence[Claim]:
    if surface_claims is None:
        return extraction.claims
    return surface_claims(article.text)


def _count(article: Article, extraction: Extraction, category: str, use_system: bool) -> int:
    if use_system:
        total = extraction.totals.get(category)
        return total.value if total is not None else 0
    return regex_counts(f"{article.title or ''}\n{article.text}").get(category, 0)


def _date(article: Article, extraction: Extraction, use_system: bool) -> date | None:
    """The system's event date as the record uses it: the stated date, else the publication
    date (a text that states no date is dated by its report)."""
    published = article.published.astimezone(UTC).date() if article.published else None
    if use_system and extraction.event_date is not None:
        return extraction.event_date.value
    return published


def _fold(text: str) -> str:
    # the gazetteer's fold, which also maps letters without a decomposition ("Łódź", "ı")
    return re.sub(r"[^a-z0-9 ]", "", fold(text)).strip()


_ADMIN_SUFFIX = re.compile(r"\s*\(?\b(?:(?:sub-?)?district|municipality|department|province"
                           r"|tehsil|upazila|woreda)\)?\s*$", re.IGNORECASE)


def _base_name(city: str) -> str:
    return _fold(_ADMIN_SUFFIX.sub("", city))


def _names(actor: str, perpetrator: str) -> bool:
    """The claimant names the perpetrator: one name inside the other, or the acronym."""
    said, gold = _fold(actor), _fold(perpetrator)
    if not said:
        return False
    acronyms = {a.lower() for a in re.findall(r"\(([A-Z][A-Za-z-]+)\)", perpetrator)}
    return said in gold or gold in said or bool(acronyms & set(said.split()))


def _rate(outcomes: Any) -> float | None:
    values = [bool(v) for v in outcomes]
    return sum(values) / len(values) if values else None


def _gaps(figures: Mapping[str, Figure]) -> dict[str, Figure]:
    """For each measure, the best source's figure minus each source's (invented: each minus
    the lowest)."""
    gaps: dict[str, Figure] = {}
    measures = {name.split(".", 1)[1] for name in figures if "." in name} - {"n", "claimant.n"}
    for measure in sorted(measures):
        values = {s.name: figures.get(f"{s.name}.{measure}") for s in SOURCES}
        known = {k: v for k, v in values.items() if isinstance(v, float)}
        if len(known) < 2:
            continue
        lower_is_better = measure.endswith("invented")
        best = min(known.values()) if lower_is_better else max(known.values())
        for source, value in known.items():
            gaps[f"gap.{source}.{measure}"] = round(
                (value - best) if lower_is_better else (best - value), 3)
    return gaps


_COLUMNS = ("killed.exact_pos", "killed.exact_own_text", "killed.exact_written",
            "killed.invented", "killed.exact", "injured.exact", "date.exact", "city.found",
            "city.found_base_name", "claimant.match")


def markdown_table(result: EvalResult) -> str:
    """Sources as rows, measures as columns: storyline (baseline)."""
    header = "| source | records | " + " | ".join(_COLUMNS) + " |"
    lines = [header, "|---|---:|" + "---:|" * len(_COLUMNS)]
    for source in SOURCES:
        cells = []
        for column in _COLUMNS:
            ours = result.system.get(f"{source.name}.{column}")
            theirs = result.baseline.get(f"{source.name}.{column}")
            cells.append(_cell(ours, theirs))
        count = result.system.get(f"{source.name}.n")
        lines.append(f"| {source.name} | {count} | " + " | ".join(cells) + " |")
    gap_cells = []
    for column in _COLUMNS:
        gaps = [v for k, v in result.system.items()
                if k.startswith("gap.") and k.endswith(f".{column}") and isinstance(v, float)]
        gap_cells.append(f"{max(gaps):.3f}" if gaps else "-")
    lines.append("| largest gap to the best source | | " + " | ".join(gap_cells) + " |")
    return "\n".join(lines)


def _cell(ours: Figure, theirs: Figure) -> str:
    if ours is None:
        return "-"
    if theirs is None:
        return f"{ours:.3f}"
    return f"{ours:.3f} ({theirs:.3f})"
