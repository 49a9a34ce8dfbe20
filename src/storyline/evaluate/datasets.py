"""Loaders for the evaluation data sets (formats in ../shared/data/README.md).

Gold files are plain JSON Lines read here; article files go through the same reader as
`storyline ingest`, so an evaluation sees exactly what a user's ingest would. Every problem with
a file raises `ConfigError` with one line naming the file and what to do (the CLI exits 2).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError
from storyline.evaluate.metrics import GroundTruth
from storyline.records import Article

DATA_ENV = "STORYLINE_DATA"
_REPO_ROOT = Path(__file__).resolve().parents[3]

__all__ = [
    "AcledRecord",
    "Incident",
    "Timex",
    "TimexDoc",
    "acled_records",
    "dataset_path",
    "gva_incidents",
    "load_articles",
    "load_labels",
    "lowest_label",
    "publication_order",
    "read_jsonl",
    "resolve_data_dir",
    "t17_ground_truth",
    "t17_topics",
    "timex_docs",
]


def resolve_data_dir(data: str | os.PathLike[str] | None = None) -> Path:
    """--data, else $STORYLINE_DATA, else ../shared/data beside the current directory or beside
    the repository."""
    if data is not None:
        candidates = [Path(data)]
    elif os.environ.get(DATA_ENV):
        candidates = [Path(os.environ[DATA_ENV])]
    else:
        candidates = [Path.cwd().parent / "shared" / "data", _REPO_ROOT.parent / "shared" / "data"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise ConfigError(f"evaluation data not found (tried {tried}); pass --data DIR")


def dataset_path(data_dir: Path, *parts: str) -> Path:
    path = data_dir.joinpath(*parts)
    if not path.is_file():
        raise ConfigError(f"{path}: file not found; check --data DIR (see shared/data/README.md)")
    return path


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Objects of a JSON Lines file; blank lines are skipped."""
    if not path.is_file():
        raise ConfigError(f"{path}: file not found; give an existing JSON Lines file")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise ConfigError(
                    f"{path}:{number}: not valid JSON ({error.msg}); fix the line"
                ) from None
            if not isinstance(record, dict):
                raise ConfigError(f"{path}:{number}: expected a JSON object per line")
            yield record


# --------------------------------------------------------------------------- articles


def load_articles(path: Path, limit: int | None = None) -> list[Article]:
    """Articles of `path` read as `storyline ingest` reads them, in publication order, the
    first `limit` of them when given. Unreadable records are an error: a gold comparison on a
    silently shortened input would be wrong."""
    from storyline.ingest import read_inputs
    from storyline.ingest.options import ReadOptions
    from storyline.records import InputFailure

    if not path.exists():
        raise ConfigError(f"{path}: file not found; give the articles file to evaluate")
    articles: list[Article] = []
    for item in read_inputs([str(path)], ReadOptions()):
        if isinstance(item, InputFailure):
            raise ConfigError(f"{item.input}: {item.error}")
        articles.append(item)
    ordered = publication_order(articles)
    return ordered if limit is None else ordered[:limit]


def publication_order(articles: Sequence[Article]) -> list[Article]:
    """Stable sort: dated articles by publication time, then undated ones in file order."""
    latest = datetime.max.replace(tzinfo=UTC)
    positions = range(len(articles))
    order = sorted(
        positions,
        key=lambda i: (articles[i].published is None, articles[i].published or latest, i),
    )
    return [articles[i] for i in order]


def load_labels(path: Path, key: str) -> dict[str, frozenset[str]]:
    """Gold labels: article id (`article_id` or `id`) -> the set of values of `key` (an article
    may have several lines, one per label)."""
    labels: dict[str, set[str]] = {}
    for number, record in enumerate(read_jsonl(path), start=1):
        article_id = record.get("article_id", record.get("id"))
        if article_id is None:
            raise ConfigError(f"{path}:{number}: no 'article_id' or 'id'; every line needs one")
        if key not in record:
            raise ConfigError(
                f"{path}:{number}: no field {key!r}; choose --key among {', '.join(sorted(record))}"
            )
        value = record[key]
        if value is None:
            continue
        labels.setdefault(str(article_id), set()).add(str(value))
    return {article_id: frozenset(values) for article_id, values in labels.items()}


def lowest_label(labels: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Each item's first label only (numerically lowest when labels are numbers)."""
    return {item: frozenset({min(values, key=_label_order)}) for item, values in labels.items()}


def _label_order(label: str) -> tuple[int, int | str]:
    return (0, int(label)) if label.isdigit() else (1, label)


# --------------------------------------------------------------------------- GVA


@dataclass(frozen=True, slots=True)
class Incident:
    incident_id: str
    date: date | None
    killed: int
    injured: int
    arrested: int
    city: str | None = None  # GVA's "city or county"

    def count(self, category: str) -> int:
        return int(getattr(self, category))


def gva_incidents(data_dir: Path) -> dict[str, Incident]:
    incidents = {}
    for record in read_jsonl(dataset_path(data_dir, "gva", "incidents.jsonl")):
        incident_id = str(record["incident_id"])
        incidents[incident_id] = Incident(
            incident_id=incident_id,
            date=_parse_day(record.get("date")),
            killed=int(record.get("killed") or 0),
            injured=int(record.get("injured") or 0),
            arrested=int(record.get("arrested") or 0),
            city=str(record["city"]).strip() if record.get("city") else None,
        )
    return incidents


# --------------------------------------------------------------------------- ACLED


@dataclass(frozen=True, slots=True)
class AcledRecord:
    id: str
    date: date | None
    event_type: str
    fatalities: int


def acled_records(data_dir: Path) -> dict[str, AcledRecord]:
    records = {}
    for record in read_jsonl(dataset_path(data_dir, "acled", "acled.jsonl")):
        records[str(record["id"])] = AcledRecord(
            id=str(record["id"]),
            date=_parse_day(record.get("date")),
            event_type=str(record.get("event_type") or ""),
            fatalities=int(record.get("fatalities") or 0),
        )
    return records


# --------------------------------------------------------------------------- TempEval-3


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimexDoc:
    id: str
    dct: date
    text: str
    timexes: tuple[Timex, ...]


def timex_docs(data_dir: Path) -> list[TimexDoc]:
    docs = []
    for record in read_jsonl(dataset_path(data_dir, "timex", "timex.jsonl")):
        dct = _parse_day(record.get("dct"))
        if dct is None:
            raise ConfigError(f"timex/timex.jsonl: document {record.get('id')} has no dct")
        timexes = tuple(
            Timex(int(t["start"]), int(t["end"]), str(t["text"]), str(t["type"]), str(t["value"]))
            for t in record.get("timexes") or ()
        )
        docs.append(TimexDoc(str(record["id"]), dct, str(record["text"]), timexes))
    return docs


# --------------------------------------------------------------------------- Timeline17


def t17_topics(data_dir: Path) -> list[str]:
    root = data_dir / "t17"
    if not root.is_dir():
        raise ConfigError(f"{root}: folder not found; check --data DIR")
    return sorted(p.name for p in root.iterdir() if (p / "timeline.jsonl").is_file())


def t17_ground_truth(data_dir: Path, topic: str) -> GroundTruth:
    """All of the topic's reference timelines, as tilse's GroundTruth."""
    timelines: dict[int, dict[date, list[str]]] = {}
    for record in read_jsonl(dataset_path(data_dir, "t17", topic, "timeline.jsonl")):
        day = _parse_day(record.get("date"))
        if day is None:
            continue
        timeline = timelines.setdefault(int(record.get("timeline") or 0), {})
        timeline.setdefault(day, []).extend(str(s) for s in record.get("sentences") or ())
    return GroundTruth(tuple(timelines[key] for key in sorted(timelines)))


def _parse_day(value: object) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
