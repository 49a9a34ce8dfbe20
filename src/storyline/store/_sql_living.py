"""The SQL of the living-record tables (`fact_versions`, `event_summaries`; migration 0003),
shared by the SQLite and PostgreSQL stores like the rest of `_sql`."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from datetime import date, datetime
from typing import ClassVar

from storyline.store._rows import Row, read_time, required_time, utc
from storyline.store._sql_writes import SQLWriter
from storyline.store.living import COUNT_COLUMNS, EventQuery, FactRow, ListedEvent, SummaryRow
from storyline.store.summary_keys import SEPARATOR

FACT_COLUMNS = (
    "event_id", "seq", "category", "value", "qualifier", "low", "high", "trend", "label",
    "source", "attribution", "source_type", "authority_kind", "reported", "event_time",
    "evidence", "evidence_start", "evidence_end", "article_id", "extractor", "revision",
    "independent", "duplicate_of", "status", "standing", "rule", "note", "current_from",
    "current_to",
)
SUMMARY_COLUMNS = (
    "event_id", "title", "story_id", "event_type", "event_date", "date_precision", "places",
    "place_keys", *COUNT_COLUMNS, "counts", "first_reported", "last_reported", "article_count",
    "derived_by",
)
_IN_CHUNK = 500


def _marks(count: int) -> str:
    return ", ".join("?" * count)


class LivingSQL(SQLWriter):
    """Writes and reads of the fact rows and summary rows of events, and the events list."""

    # "haystack contains the parameter" (SQLite: instr; PostgreSQL overrides with strpos).
    _CONTAINS: ClassVar[str] = "instr({haystack}, ?) > 0"
    # LIMIT value meaning "no limit": SQLite takes -1, PostgreSQL NULL (set by the back ends).
    _NO_LIMIT: ClassVar[int | None] = None

    @abstractmethod
    def _text_match(self, text: str) -> tuple[str, Sequence[object]] | None:
        """SQL selecting the ids of the articles matching a full-text query (`id` column),
        with its parameters; None when the query has no searchable term."""

    def select_events(
        self, query: EventQuery, *, with_summaries: bool = False
    ) -> list[ListedEvent]:
        where, params = self._listing_where(query)
        rows = self._fetch(f"SELECT {_listed_columns(with_summaries)} {where} {_LIST_ORDER}",
                           params)
        return [_listed(row, with_summaries) for row in rows]

    def page_events(
        self, query: EventQuery, *, limit: int | None, offset: int, with_summaries: bool = False
    ) -> tuple[list[ListedEvent], int] | None:
        where, params = self._listing_where(query)
        undecided, undecided_params = "s.event_id IS NULL", list[object]()
        if query.as_of is not None and self._living_condition(query)[0]:
            undecided += " OR s.last_reported > ?"
            undecided_params.append(utc(query.as_of, "as_of"))
        counted = self._fetch_one(
            f"SELECT count(*) AS n, coalesce(sum(CASE WHEN {undecided} THEN 1 ELSE 0 END), 0) "
            f"AS undecided {where}",
            [*undecided_params, *params],
        )
        if counted is None or int(counted["undecided"]):
            return None
        rows = self._fetch(
            f"SELECT {_listed_columns(with_summaries)} {where} {_LIST_ORDER} LIMIT ? OFFSET ?",
            [*params, self._NO_LIMIT if limit is None else limit, offset],
        )
        return [_listed(row, with_summaries) for row in rows], int(counted["n"])

    def event_summaries_json(self, event_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(event_ids), _IN_CHUNK):
            chunk = list(event_ids[start : start + _IN_CHUNK])
            rows = self._fetch(
                f"SELECT id, summary FROM events WHERE id IN ({_marks(len(chunk))}) "
                "AND summary IS NOT NULL",
                chunk,
            )
            found.update((str(row["id"]), str(row["summary"])) for row in rows)
        return found

    def _listing_where(self, query: EventQuery) -> tuple[str, list[object]]:
        """FROM and WHERE of the events list over events and event_summaries (EventQuery)."""
        sql = (
            "FROM events e LEFT JOIN event_summaries s ON s.event_id = e.id "
            "WHERE e.merged_into IS NULL AND e.article_count > 0"
        )
        params: list[object] = []
        condition, values = self._living_condition(query)
        if condition:
            # A summary judges an event as of T only when every report was known by then.
            judged = "s.event_id IS NOT NULL"
            if query.as_of is not None:
                judged += " AND s.last_reported <= ?"
                values = [utc(query.as_of, "as_of"), *values]
            sql += f" AND (NOT ({judged}) OR ({condition}))"
            params += values
        if query.as_of is not None:
            sql += " AND (s.event_id IS NULL OR s.first_reported <= ?)"
            params.append(utc(query.as_of, "as_of"))
        if query.since is not None:
            sql += (
                " AND EXISTS (SELECT 1 FROM memberships m JOIN articles a ON a.id = m.article_id"
                " WHERE m.event_id = e.id AND a.published >= ?"
            )
            params.append(utc(query.since, "since"))
            if query.as_of is not None:
                sql += " AND a.published <= ?"
                params.append(utc(query.as_of, "as_of"))
            sql += ")"
        if query.text:
            match = self._text_match(query.text)
            if match is None:
                sql += " AND 1 = 0"
            else:
                sql += (
                    " AND EXISTS (SELECT 1 FROM memberships m WHERE m.event_id = e.id"
                    f" AND m.article_id IN ({match[0]}))"
                )
                params += match[1]
        return sql, params

    def _living_condition(self, query: EventQuery) -> tuple[str, list[object]]:
        """The type, place and date filters over event_summaries' columns."""
        parts: list[str] = []
        params: list[object] = []
        if query.event_type:
            parts.append("substr(s.event_type, 1, ?) = ?")
            params += [len(query.event_type), query.event_type]
        if query.place:
            place = query.place.casefold()
            if SEPARATOR in place:
                parts.append("1 = 0")
            else:
                parts.append(self._CONTAINS.format(haystack="s.place_keys"))
                params.append(place)
        if query.date_from:
            parts.append("s.event_date >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to:
            parts.append("s.event_date <= ?")
            params.append(query.date_to.isoformat())
        return " AND ".join(parts), params

    def put_living_rows(
        self, event_id: str, summary: SummaryRow | None, facts: Sequence[FactRow]
    ) -> None:
        self._write_later("DELETE FROM fact_versions WHERE event_id = ?", (event_id,))
        self._write_later("DELETE FROM event_summaries WHERE event_id = ?", (event_id,))
        missing = f"event {event_id} not found; check the id with `events`"
        fact_sql = (
            f"INSERT INTO fact_versions ({', '.join(FACT_COLUMNS)}) "
            f"VALUES ({_marks(len(FACT_COLUMNS))})"
        )
        for fact in facts:
            self._write_later(fact_sql, _fact_params(fact), missing_reference=missing)
        if summary is not None:
            self._write_later(
                f"INSERT INTO event_summaries ({', '.join(SUMMARY_COLUMNS)}) "
                f"VALUES ({_marks(len(SUMMARY_COLUMNS))})",
                _summary_params(summary),
                missing_reference=missing,
            )

    def fact_rows(self, event_id: str, *, current_at: datetime | None = None) -> list[FactRow]:
        sql = f"SELECT {', '.join(FACT_COLUMNS)} FROM fact_versions WHERE event_id = ?"
        params: list[object] = [event_id]
        if current_at is not None:
            moment = utc(current_at, "current_at")
            sql += " AND current_from <= ? AND (current_to IS NULL OR current_to > ?)"
            params += [moment, moment]
        return [_fact_row(row) for row in self._fetch(sql + " ORDER BY seq", params)]

    def current_facts_at(
        self, event_ids: Sequence[str], moment: datetime
    ) -> dict[str, dict[str, FactRow]]:
        """{event id: {category: the row current at `moment`}} for these events: the as-of
        query of docs/living-record.md, for a page of events at once."""
        moment = utc(moment, "as_of")
        found: dict[str, dict[str, FactRow]] = {}
        for start in range(0, len(event_ids), _IN_CHUNK):
            chunk = list(event_ids[start : start + _IN_CHUNK])
            rows = self._fetch(
                f"SELECT {', '.join(FACT_COLUMNS)} FROM fact_versions "
                f"WHERE event_id IN ({_marks(len(chunk))}) "
                "AND current_from <= ? AND (current_to IS NULL OR current_to > ?) ORDER BY seq",
                [*chunk, moment, moment],
            )
            for row in rows:
                fact = _fact_row(row)
                found.setdefault(fact.event_id, {})[fact.category] = fact
        return found

    def extraction_ids(self, *, not_by: str | None = None) -> list[str]:
        sql = "SELECT article_id FROM extractions"
        params: tuple[object, ...] = ()
        if not_by is not None:
            sql, params = sql + " WHERE extractor <> ?", (not_by,)
        return [str(row["article_id"]) for row in self._fetch(sql + " ORDER BY article_id", params)]

    def summary_row(self, event_id: str) -> SummaryRow | None:
        row = self._fetch_one(
            f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM event_summaries WHERE event_id = ?",
            (event_id,),
        )
        return None if row is None else _summary_row(row)


_LIST_ORDER = "ORDER BY e.last_reported DESC NULLS LAST, e.created_at DESC, e.id"


def _listed_columns(with_summaries: bool) -> str:
    return ("e.id, CASE WHEN s.event_id IS NULL THEN 0 ELSE 1 END AS indexed, "
            f"s.last_reported AS known_until{', e.summary' if with_summaries else ''}")


def _listed(row: Row, with_summaries: bool) -> ListedEvent:
    summary = row["summary"] if with_summaries else None
    return ListedEvent(str(row["id"]), bool(row["indexed"]), read_time(row["known_until"]),
                       None if summary is None else str(summary))


def _fact_params(fact: FactRow) -> tuple[object, ...]:
    where = f"fact {fact.seq} of event {fact.event_id}"
    return (
        fact.event_id, fact.seq, fact.category, fact.value, fact.qualifier, fact.low, fact.high,
        fact.trend, fact.label, fact.source, fact.attribution, fact.source_type,
        fact.authority_kind, utc(fact.reported, where),
        fact.event_time.isoformat() if fact.event_time else None, fact.evidence,
        fact.evidence_start, fact.evidence_end, fact.article_id, fact.extractor,
        fact.revision, fact.independent, fact.duplicate_of, fact.status, fact.standing,
        fact.rule, fact.note,
        utc(fact.current_from, where) if fact.current_from else None,
        utc(fact.current_to, where) if fact.current_to else None,
    )


def _summary_params(summary: SummaryRow) -> tuple[object, ...]:
    where = f"summary of event {summary.event_id}"
    values = dict(summary.current)
    return (
        summary.event_id, summary.title, summary.story_id, summary.event_type,
        summary.event_date.isoformat() if summary.event_date else None, summary.date_precision,
        summary.places, summary.place_keys, *(values.get(c) for c in COUNT_COLUMNS),
        summary.counts,
        utc(summary.first_reported, where) if summary.first_reported else None,
        utc(summary.last_reported, where) if summary.last_reported else None,
        summary.article_count, summary.derived_by,
    )


def _day(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _fact_row(row: Row) -> FactRow:
    return FactRow(
        event_id=str(row["event_id"]), seq=int(row["seq"]), category=str(row["category"]),
        value=int(row["value"]), qualifier=str(row["qualifier"]), low=_int(row["low"]),
        high=_int(row["high"]), trend=row["trend"], label=str(row["label"]),
        source=row["source"], attribution=row["attribution"],
        source_type=str(row["source_type"]), authority_kind=row["authority_kind"],
        reported=required_time(row["reported"]), event_time=_day(row["event_time"]),
        evidence=str(row["evidence"]), evidence_start=_int(row["evidence_start"]),
        evidence_end=_int(row["evidence_end"]), article_id=str(row["article_id"]),
        extractor=row["extractor"], revision=bool(row["revision"]),
        independent=bool(row["independent"]), duplicate_of=row["duplicate_of"],
        status=str(row["status"]), standing=str(row["standing"]), rule=row["rule"],
        note=str(row["note"]), current_from=read_time(row["current_from"]),
        current_to=read_time(row["current_to"]),
    )


def _summary_row(row: Row) -> SummaryRow:
    current = tuple((c, int(row[c])) for c in COUNT_COLUMNS if row[c] is not None)
    return SummaryRow(
        event_id=str(row["event_id"]), title=str(row["title"]), story_id=row["story_id"],
        event_type=str(row["event_type"]), event_date=_day(row["event_date"]),
        date_precision=row["date_precision"], places=str(row["places"]),
        place_keys=str(row["place_keys"]), current=current, counts=str(row["counts"]),
        first_reported=read_time(row["first_reported"]),
        last_reported=read_time(row["last_reported"]),
        article_count=int(row["article_count"]), derived_by=str(row["derived_by"]),
    )
