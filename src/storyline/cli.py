"""The `storyline` command: a thin layer that opens the store, calls the library, presents.

Conventions for every command: `--json` for machine output, `--quiet` to silence progress,
exit codes 0 (success), 1 (done, but some inputs failed), 2 (usage or configuration error);
errors are one line on stderr naming the input and what to do, tracebacks only with `--debug`.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from typing import Any, NoReturn, TextIO, cast

import click

from storyline.config import Settings, load_settings
from storyline.errors import ConfigError, InputError, NotFoundError, StorylineError
from storyline.exports import FORMATS as EXPORT_FORMATS
from storyline.progress import terminal_progress
from storyline.service import EventFilter, Storyline
from storyline.textsafety import TerminalStream

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2
# Counts and limits: at least 1, and small enough for any store's integer columns (SQLite's
# and PostgreSQL's 64-bit integers overflow long before 10**30).
COUNT = click.IntRange(1, 1_000_000_000)


class CliState:
    def __init__(self, settings: Settings, debug: bool) -> None:
        self.settings = settings
        self.db = settings.db
        self.debug = debug

    @contextmanager
    def storyline(self) -> Iterator[Storyline]:
        app = Storyline.open(self.db)
        try:
            yield app
        finally:
            app.close()


pass_state = click.make_pass_decorator(CliState)


# --------------------------------------------------------------------------- parsing helpers


def parse_time(value: str, *, end_of_day: bool, option: str) -> datetime:
    """ISO date or date-time; naive means UTC. A bare date means its start (for --since) or its
    end (for --as-of, so that the reports of that day count as known)."""
    text = value.strip().replace("Z", "+00:00")
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.max if end_of_day else time.min, tzinfo=UTC)
            return moment
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date or date-time; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]",
            param_hint=option,
        ) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59-05:00 is past the last representable time
        raise click.BadParameter(
            f"{value!r} is outside the years 1 to 9999 once converted to UTC", param_hint=option
        ) from None


def as_of_time(value: str | None) -> datetime | None:
    """The --as-of option of every read command: a bare date means the end of that day."""
    return parse_time(value, end_of_day=True, option="--as-of") if value else None


def emit_json(payload: Any) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False, indent=None, default=str))


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    click.echo(f"storyline: error: {message}", err=True)
    if _ERRORS_AS_JSON[0]:  # a --json caller reads stdout: the error is there too
        emit_json({"error": {"code": code, "message": message}})
    sys.exit(code)


# Whether the running command was given --json (set by `main` for `fail`).
_ERRORS_AS_JSON = [False]


# --------------------------------------------------------------------------- group


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="PATH_OR_URL",
    help="SQLite file or postgresql:// URL (default: $STORYLINE_DB, else ./storyline.db).",
)
@click.option(
    "--config",
    "config_file",
    metavar="FILE",
    help="TOML settings file (default: $STORYLINE_CONFIG, else ./storyline.toml if present).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.version_option(package_name="storyline")
@click.pass_context
def cli(ctx: click.Context, db: str | None, config_file: str | None, debug: bool) -> None:
    """storyline: follow developing news stories.

    Turn dated articles into living event records: reports grouped into events, hedged counts,
    claims, places and dates with their evidence, the current value of every fact and why, a
    timeline, what changed, and what was known at any earlier time.
    """
    ctx.obj = CliState(load_settings(config_file, overrides={"db": db}), debug)


# --------------------------------------------------------------------------- ingest & extract


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the ingest report as one JSON object.")
@click.option("--quiet", is_flag=True, help="No progress or summary on stderr.")
@click.option(
    "--allow-private", is_flag=True, help="Allow fetching URLs on private/loopback addresses."
)
@click.option("--fetch-linked", is_flag=True, help="For feeds, fetch each entry's linked page.")
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date for inputs that lack one."
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Run the stateless stages locally or as a Ray Data pipeline.",
)
@click.option("--address", metavar="ADDRESS", help="Ray cluster address (with --engine ray).")
@click.option(
    "--workers",
    type=click.IntRange(min=1, max=256),
    default=1,
    show_default=True,
    help="Local processes for the stateless stages (extraction); same results as one.",
)
@click.option(
    "--max-bytes",
    type=COUNT,
    help="Largest single document, page or record read (default: max_fetch_bytes, 10 MB).",
)
@pass_state
def ingest(
    state: CliState,
    inputs: tuple[str, ...],
    as_json: bool,
    quiet: bool,
    allow_private: bool,
    fetch_linked: bool,
    published: str | None,
    engine: str,
    address: str | None,
    workers: int,
    max_bytes: int | None,
) -> None:
    """Read articles from files, folders, globs, URLs or '-' (stdin) and store them.

    Formats are detected: plain text (optionally starting with `date YYYY-MM-DD`), JSON Lines,
    JSON arrays, CSV with a header, HTML, RSS/Atom, WARC; gzip-compressed too. Duplicates are
    recognised, facts extracted, and each article assigned to an event.
    """
    from storyline.ingest import ReadOptions
    from storyline.pipeline import IngestOptions

    default_published = (
        parse_time(published, end_of_day=False, option="--published") if published else None
    )
    read = ReadOptions(
        allow_private=allow_private or state.settings.allow_private,
        max_bytes=max_bytes or state.settings.max_fetch_bytes,
        user_agent=state.settings.user_agent,
        fetch_linked=fetch_linked,
        default_published=default_published,
        stdin=sys.stdin.buffer,
    )
    options = IngestOptions(
        read=read,
        batch_size=state.settings.batch_size,
        order_window=state.settings.order_window,
    )
    with state.storyline() as app, terminal_progress("articles", quiet=quiet) as progress:
        if engine == "ray":
            from storyline.distributed import ingest_with_ray

            report = ingest_with_ray(
                app.store, list(inputs), options, address=address, progress=progress
            )
        elif workers > 1:
            from storyline.workers import ingest_with_workers

            report = ingest_with_workers(
                app.store, list(inputs), options, workers=workers, progress=progress
            )
        else:
            report = app.ingest(list(inputs), options, progress)
    for failure in report.failed:
        click.echo(f"storyline: error: {failure.input}: {failure.error}", err=True)
    if as_json:
        emit_json(report.to_json())
    elif not quiet:
        click.echo(
            f"ingested {report.ingested} articles ({report.duplicates} duplicates, "
            f"{report.near_duplicates} near-duplicates, {report.revisions} revisions); "
            f"{report.events_created} new events, {report.events_updated} updated; "
            f"{len(report.failed)} failed",
            err=True,
        )
    sys.exit(EXIT_PARTIAL if report.failed else EXIT_OK)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines output (the default format).")
@click.option("--quiet", is_flag=True, help="No summary on stderr.")
@click.option(
    "--published", metavar="YYYY-MM-DD", help="Publication date for inputs that lack one."
)
@click.option(
    "--allow-private", is_flag=True, help="Allow fetching URLs on private/loopback addresses."
)
@click.option(
    "--max-bytes", type=COUNT,
    help="Largest single document or record read (default: max_fetch_bytes, 10 MB).",
)
@pass_state
def extract(
    state: CliState,
    inputs: tuple[str, ...],
    as_json: bool,
    quiet: bool,
    published: str | None,
    allow_private: bool,
    max_bytes: int | None,
) -> None:
    """Extract facts from articles without storing anything; one JSON object per article."""
    from dataclasses import replace

    from storyline.extract import extract_facts, extraction_to_json
    from storyline.ingest import ReadOptions, read_inputs
    from storyline.language import gate as language_gate
    from storyline.records import InputFailure

    default_published = (
        parse_time(published, end_of_day=False, option="--published") if published else None
    )
    options = ReadOptions(
        allow_private=allow_private or state.settings.allow_private,
        default_published=default_published,
        stdin=sys.stdin.buffer,
        max_bytes=max_bytes or state.settings.max_fetch_bytes,
        user_agent=state.settings.user_agent,
    )
    failed = 0
    for item in read_inputs(list(inputs), options):
        if isinstance(item, InputFailure):
            failed += 1
            click.echo(f"storyline: error: {item.input}: {item.error}", err=True)
            continue
        article = item
        if default_published is not None and article.published is None:
            article = replace(article, published=default_published)
        article, not_read = language_gate(article)  # no English rules over other languages
        emit_json(extraction_to_json(article, not_read or extract_facts(article)))
    sys.exit(EXIT_PARTIAL if failed else EXIT_OK)


# --------------------------------------------------------------------------- reads


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of events.")
@click.option("--since", metavar="DATETIME", help="Only events with a report published since then.")
@click.option("--as-of", "as_of", metavar="DATETIME", help="What was known at that time.")
@click.option("--q", metavar="TEXT", help="Full-text search over the events' articles.")
@click.option("--type", "event_type", metavar="TYPE", help="Only events of this type (prefix).")
@click.option("--place", metavar="NAME", help="Only events at this place or country code.")
@click.option("--limit", type=COUNT, help="At most this many events.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the events as CSV.")
@click.option("--wide", is_flag=True, help="One line per event and title, however long.")
@pass_state
def events(
    state: CliState,
    as_json: bool,
    since: str | None,
    as_of: str | None,
    q: str | None,
    event_type: str | None,
    place: str | None,
    limit: int | None,
    as_csv: bool,
    wide: bool,
) -> None:
    """List events, the latest report first."""
    filters = EventFilter(
        q=q,
        event_type=event_type,
        place=place,
        since=parse_time(since, end_of_day=False, option="--since") if since else None,
    )
    moment = as_of_time(as_of)
    with state.storyline() as app:
        page = app.event_summaries(filters, as_of=moment, limit=limit)
    if as_json:
        for chunk in page.json_chunks():  # the stored JSON texts, not parsed and dumped again
            click.echo(chunk, nl=False)
        click.echo()
        return
    listed = [summary.to_json() for summary in page.items]
    if as_csv:
        from storyline.present import EVENT_LIST_COLUMNS, event_list_row

        _echo_csv(EVENT_LIST_COLUMNS, (event_list_row(event) for event in listed))
        return
    click.echo(format_events_table(listed, wide=wide))


def format_events_table(listed: Sequence[dict[str, Any]], *, wide: bool = False) -> str:
    from storyline.present import format_events_table as table

    return table(listed, shutil.get_terminal_size((100, 24)).columns, wide=wide)


@cli.command()
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event as JSON.")
@click.option("--as-of", "as_of", metavar="DATETIME", help="What was known at that time.")
@pass_state
def event(state: CliState, event_id: str, as_json: bool, as_of: str | None) -> None:
    """Show one event: current facts and why, history, claims, timeline."""
    moment = as_of_time(as_of)
    with state.storyline() as app:
        record = app.get_event(event_id, as_of=moment)
    if as_json:
        emit_json(record)
        return
    from storyline.present import format_event

    click.echo(format_event(record))


@cli.command()
@click.argument("event_id", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--as-of", "as_of", metavar="DATETIME", help="What was known at that time.")
@click.option("--max-dates", type=COUNT, help="At most this many dates.")
@click.option("--per-date", type=COUNT, help="At most this many entries per date.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the entries as CSV.")
@click.option("--wide", is_flag=True, help="One line per entry, however long.")
@click.option("--story", "story", is_flag=True,
              help="The timeline of the story ID belongs to (ID: an event or a story id).")
@pass_state
def timeline(
    state: CliState,
    event_id: str | None,
    as_json: bool,
    as_of: str | None,
    max_dates: int | None,
    per_date: int | None,
    as_csv: bool,
    story: bool,
    wide: bool,
) -> None:
    """The dated developments of one event, with --story of its story across events, or without
    ID a digest across all events."""
    moment = as_of_time(as_of)
    if story and event_id is None:
        raise click.UsageError("--story needs an ID: an event id or a story id (see `events`)")
    with state.storyline() as app:
        if story and event_id is not None:
            entries = app.story_timeline(event_id, as_of=moment, max_dates=max_dates,
                                         per_date=per_date)
        else:
            entries = app.timeline(event_id, as_of=moment, max_dates=max_dates,
                                   per_date=per_date)
    if as_json:
        emit_json(entries)
        return
    if as_csv:
        _echo_flat_csv(("date", "event_id", "text", "article_ids"), entries)
        return
    from storyline.present import format_text_table

    rows = [(str(entry["date"]), f"{entry['text']} [{', '.join(entry['article_ids'])}]")
            for entry in entries]
    click.echo(format_text_table(rows, _terminal_width(), wide=wide, empty="(no entries)"))


@cli.command()
@click.argument("event_id", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the brief as JSON.")
@click.option("--as-of", "as_of", metavar="DATETIME", help="What was known at that time.")
@click.option("--since", metavar="DATETIME",
              help="Only what is new after this time: new facts, then new sentences.")
@click.option("--story", "story", is_flag=True,
              help="With --since: what is new in the story ID belongs to.")
@pass_state
def brief(state: CliState, event_id: str | None, as_json: bool, as_of: str | None,
          since: str | None, story: bool) -> None:
    """A short extractive summary of an event, citing its reports; with --since, what is new
    since then (in the event, with --story in its story, without ID in the whole store)."""
    moment = as_of_time(as_of)
    start = parse_time(since, end_of_day=False, option="--since") if since else None
    if start is None and (event_id is None or story):
        raise click.UsageError("give an event ID, or --since for what is new since a time")
    with state.storyline() as app:
        if start is not None and (event_id is None or story):
            summary = app.update(start, until=moment, story_id=event_id)
        else:
            summary = app.brief(event_id or "", as_of=moment, since=start)
    if as_json:
        emit_json(summary)
        return
    for sentence in summary.get("sentences", []):
        click.echo(f"- {sentence['text']} [{sentence['article_id']}]")


@cli.command()
@click.option("--since", metavar="DATETIME", required=True, help="Changes after this time.")
@click.option("--until", metavar="DATETIME", help="Changes up to this time (default: now).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of changes.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the changes as CSV.")
@click.option("--event", "event_id", metavar="ID", help="Only this event's changes.")
@click.option("--wide", is_flag=True, help="One line per change, with the title and why.")
@pass_state
def changes(
    state: CliState,
    since: str,
    until: str | None,
    as_json: bool,
    as_csv: bool,
    event_id: str | None,
    wide: bool,
) -> None:
    """Every step since a time: new events, rises, falls, corrections, disputed figures, new
    claims and denials, new places, merges and splits (old -> new, source, reports, why)."""
    start = parse_time(since, end_of_day=False, option="--since")
    end = parse_time(until, end_of_day=True, option="--until") if until else None
    with state.storyline() as app:
        listed = app.changes(start, until=end, event_id=event_id)
    if as_json:
        emit_json(listed)
        return
    from storyline.present import CHANGE_LIST_COLUMNS, change_list_row, format_changes_table

    if as_csv:
        _echo_csv(CHANGE_LIST_COLUMNS, (change_list_row(change) for change in listed))
        return
    width = shutil.get_terminal_size((100, 24)).columns
    click.echo(format_changes_table(listed, width, wide=wide))


def _echo_flat_csv(columns: Sequence[str], items: Iterable[dict[str, Any]]) -> None:
    """--csv of a list of JSON objects: lists joined with "; ", one column per field."""
    from storyline.present import flat_row

    _echo_csv(columns, (flat_row(item, columns) for item in items))


def _echo_csv(columns: Sequence[str], rows: Iterable[dict[str, Any]]) -> None:
    """A list command's --csv: spreadsheet-safe cells, as the exports write them."""
    from storyline.exports import csv_chunks

    for chunk in csv_chunks(columns, rows):
        click.echo(chunk, nl=False)


@cli.command()
@click.option(
    "--format",
    "export_format",
    required=True,
    type=click.Choice(list(EXPORT_FORMATS)),
    help="jsonl, acled-csv, gtd-csv, geojson, facts-csv, or timeline (Timeline17 text).",
)
@click.option("--event", "event_ids", multiple=True, metavar="ID", help="Only this event (repeat).")
@click.option("--since", metavar="DATETIME", help="Only events with a report published since then.")
@click.option("--as-of", "as_of", metavar="DATETIME", help="What was known at that time.")
@click.option("--q", metavar="TEXT", help="Full-text search over the events' articles.")
@click.option("--type", "event_type", metavar="TYPE", help="Only events of this type (prefix).")
@click.option("--place", metavar="NAME", help="Only events at this place or country code.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE (default: stdout).")
@pass_state
def export(
    state: CliState,
    export_format: str,
    event_ids: tuple[str, ...],
    since: str | None,
    as_of: str | None,
    q: str | None,
    event_type: str | None,
    place: str | None,
    output: str | None,
) -> None:
    """Export the selected events (all by default) for spreadsheets, GIS and datasets.

    The columns of each format and what stays empty are in docs/exports.md. The export is
    written event by event, so its size is not limited by memory.
    """
    from storyline.exports import export_chunks

    filters = EventFilter(
        q=q,
        event_type=event_type,
        place=place,
        since=parse_time(since, end_of_day=False, option="--since") if since else None,
    )
    moment = as_of_time(as_of)
    with state.storyline() as app:
        events = app.iter_events(filters, as_of=moment, event_ids=list(event_ids) or None,
                                 explained=EXPORT_FORMATS[export_format].explained)
        _write_chunks(export_chunks(events, export_format), output)


def _write_chunks(chunks: Iterator[str], output: str | None) -> None:
    """Stream to stdout, or to FILE through a temporary file renamed at the end, so that a
    failed export never leaves a truncated FILE behind."""
    if output is None or output == "-":
        for chunk in chunks:
            click.echo(chunk, nl=False)
        return
    from pathlib import Path

    target = Path(output)
    partial = target.with_name(target.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ConfigError(f"cannot write {output}: {error.strerror}; check the path") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@cli.command()
@click.argument("article_id")
@pass_state
def article(state: CliState, article_id: str) -> None:
    """Show one stored article with its extracted facts, as JSON."""
    with state.storyline() as app:
        emit_json(app.get_article(article_id))


@cli.command()
@click.argument("old_id")
@click.argument("new_id")
@pass_state
def diff(state: CliState, old_id: str, new_id: str) -> None:
    """Show what changed between two stored articles (e.g. a revision and its original)."""
    with state.storyline() as app:
        click.echo(app.diff_articles(old_id, new_id) or "(no difference)")


@cli.command()
@click.argument("query")
@click.option(
    "--limit",
    type=COUNT,
    default=20,
    show_default=True,
    help="At most this many hits.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of hits.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the hits as CSV.")
@click.option("--wide", is_flag=True, help="One line per hit, however long.")
@pass_state
def search(
    state: CliState, query: str, limit: int, as_json: bool, as_csv: bool, wide: bool
) -> None:
    """Full-text search over stored articles."""
    with state.storyline() as app:
        hits = app.search(query, limit=limit)
    if as_json:
        emit_json(hits)
        return
    if as_csv:
        _echo_flat_csv(("article_id", "event_id", "title", "snippet", "rank"), hits)
        return
    from storyline.present import format_text_table

    rows = [(str(hit["article_id"]), str(hit["event_id"] or "-"), str(hit["snippet"]))
            for hit in hits]
    click.echo(format_text_table(rows, _terminal_width(), wide=wide, empty="(no matches)"))


@cli.command()
@click.argument("event_id", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--csv", "as_csv", is_flag=True, help="Print the entries as CSV.")
@click.option("--wide", is_flag=True, help="One line per decision, however long.")
@pass_state
def audit(
    state: CliState, event_id: str | None, as_json: bool, as_csv: bool, wide: bool
) -> None:
    """The audit trail of automatic and user decisions (for one event, or all)."""
    with state.storyline() as app:
        entries = app.audit(event_id)
    if as_json:
        emit_json(entries)
        return
    if as_csv:
        columns = ("id", "at", "action", "actor", "event_ids", "article_ids", "reason")
        _echo_flat_csv(columns, entries)
        return
    from storyline.present import format_text_table

    rows = [(str(e["at"])[:19].replace("T", " "), str(e["action"]), ",".join(e["event_ids"]),
             str(e["reason"])) for e in entries]
    click.echo(format_text_table(rows, _terminal_width(), wide=wide, empty="(no decisions)"))


def _terminal_width() -> int:
    return shutil.get_terminal_size((100, 24)).columns


@cli.command()
@click.option(
    "--all", "everything", is_flag=True, help="Re-derive every event, not only stale ones."
)
@click.option(
    "--states",
    is_flag=True,
    help="Also recompute the clusterer state of every event (after an upgrade of clustering).",
)
@click.option("--quiet", is_flag=True, help="Print nothing.")
@pass_state
def refresh(state: CliState, everything: bool, states: bool, quiet: bool) -> None:
    """Re-derive the cached event views (after an upgrade or a change of rules)."""
    with state.storyline() as app:
        rebuilt = app.rebuild_cluster_states() if states else 0
        count = app.refresh_views(only_missing=not everything)
    if not quiet:
        if states:
            click.echo(f"recomputed the clusterer state of {rebuilt} events", err=True)
        click.echo(f"re-derived {count} events", err=True)


@cli.command()
@click.option("--all", "everything", is_flag=True,
              help="Re-extract every article, not only those from another extractor version.")
@click.option("--batch", type=COUNT, default=100, show_default=True,
              help="Articles per transaction (an interrupted run keeps the finished batches).")
@click.option("--json", "as_json", is_flag=True, help="Print what was done as JSON.")
@click.option("--quiet", is_flag=True, help="No progress line.")
@pass_state
def reextract(state: CliState, everything: bool, batch: int, as_json: bool, quiet: bool) -> None:
    """Re-run extraction on stored articles after an upgrade; events and corrections stay."""
    with state.storyline() as app:
        total = len(app.store.extraction_ids(
            not_by=None if everything else _current_extractor()))
        with terminal_progress("articles", total=total, quiet=quiet) as progress:
            report = app.reextract(only_outdated=not everything, batch=batch, progress=progress)
    if as_json:
        emit_json(report.to_json())
    elif not quiet:
        click.echo(f"re-extracted {report.articles} articles with {report.extractor}; "
                   f"rebuilt {report.events} events", err=True)


def _current_extractor() -> str:
    from storyline.extract import EXTRACTOR_NAME

    return EXTRACTOR_NAME


# --------------------------------------------------------------------------- corrections


@cli.command()
@click.argument("target_id")
@click.argument("other_id")
@click.option("--reason", default="", help="Why (kept in the audit trail).")
@click.option("--json", "as_json", is_flag=True, help="Print the merged event as JSON.")
@pass_state
def merge(state: CliState, target_id: str, other_id: str, reason: str, as_json: bool) -> None:
    """Merge event OTHER_ID into TARGET_ID (OTHER_ID keeps redirecting to TARGET_ID)."""
    with state.storyline() as app:
        merged = app.merge(target_id, other_id, reason=reason)
    _report_event(merged, as_json, f"merged {other_id} into {target_id}")


@cli.command()
@click.argument("event_id")
@click.option(
    "--articles",
    "article_ids",
    required=True,
    multiple=True,
    help="Article ids to split out into a new event (repeat or comma-separate).",
)
@click.option("--reason", default="", help="Why (kept in the audit trail).")
@click.option("--json", "as_json", is_flag=True, help="Print the new event as JSON.")
@pass_state
def split(
    state: CliState, event_id: str, article_ids: tuple[str, ...], reason: str, as_json: bool
) -> None:
    """Split the given articles out of EVENT_ID into a new event."""
    ids = [part for value in article_ids for part in value.split(",") if part]
    with state.storyline() as app:
        created = app.split(event_id, ids, reason=reason)
    _report_event(created, as_json, f"split {len(ids)} articles into {created['id']}")


@cli.command()
@click.argument("article_id")
@click.option("--to", "to_event", required=True, help="The event to move the article to.")
@click.option("--reason", default="", help="Why (kept in the audit trail).")
@click.option("--json", "as_json", is_flag=True, help="Print the target event as JSON.")
@pass_state
def move(state: CliState, article_id: str, to_event: str, reason: str, as_json: bool) -> None:
    """Move one article to another event."""
    with state.storyline() as app:
        target = app.move(article_id, to_event, reason=reason)
    _report_event(target, as_json, f"moved {article_id} to {target['id']}")


def _report_event(record: dict[str, Any], as_json: bool, message: str) -> None:
    if as_json:
        emit_json(record)
    else:
        click.echo(message)


# --------------------------------------------------------------------------- watch


@cli.command()
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default="5m", show_default=True, help="Poll interval: 30s, 5m, 2h ...")
@click.option("--webhook", metavar="URL", help="POST each alert as JSON to this URL.")
@click.option("--json", "as_json", is_flag=True, help="Print alerts as JSON lines on stdout.")
@click.option("--categories", metavar="LIST", help="Only alert on these counts (killed,injured).")
@click.option(
    "--min-change",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Smallest change of a count that raises an alert.",
)
@click.option(
    "--min-relative",
    type=click.FloatRange(min=0),
    default=0.0,
    show_default=True,
    help="Smallest relative change (0.1 = 10%) that raises an alert.",
)
@click.option("--no-new-events", is_flag=True, help="Do not alert on new events.")
@click.option("--no-claims", is_flag=True, help="Do not alert on new claims and denials.")
@click.option("--places", is_flag=True, help="Also alert when a new place is named.")
@click.option(
    "--steps",
    metavar="LIST",
    help="Only alert on these count steps (e.g. rise,correction,disputed); default: every one.",
)
@click.option("--cycles", type=click.IntRange(min=1), help="Stop after this many poll cycles.")
@click.option("--allow-private", is_flag=True, help="Allow feeds on private/loopback addresses.")
@pass_state
def watch(
    state: CliState,
    feeds: tuple[str, ...],
    every: str,
    webhook: str | None,
    as_json: bool,
    categories: str | None,
    min_change: int,
    min_relative: float,
    no_new_events: bool,
    no_claims: bool,
    places: bool,
    steps: str | None,
    cycles: int | None,
    allow_private: bool,
) -> None:
    """Poll feeds, ingest what is new, and alert on each step the new reports caused (new
    events, rises, falls, corrections, disputed figures, claims and denials)."""
    from storyline.alerts import AlertRules, AlertSink, JsonLinesSink, WebhookSink, parse_steps
    from storyline.ingest import ReadOptions
    from storyline.watch import Watcher, parse_interval

    try:
        interval = parse_interval(every)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--every") from None
    try:
        kept_steps = parse_steps(steps) if steps is not None else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--steps") from None
    rules = AlertRules(
        new_events=not no_new_events,
        claims=not no_claims,
        places=places,
        steps=kept_steps,
        categories=frozenset(categories.split(",")) if categories else None,
        min_absolute_change=min_change,
        min_relative_change=min_relative,
    )
    sinks: list[AlertSink] = []
    if as_json or not webhook:
        sinks.append(JsonLinesSink())
    if webhook:
        sinks.append(WebhookSink(webhook))
    options = ReadOptions(
        allow_private=allow_private or state.settings.allow_private,
        max_bytes=state.settings.max_fetch_bytes,
        user_agent=state.settings.user_agent,
    )
    with state.storyline() as app:
        watcher = Watcher(
            app, list(feeds), every=interval, rules=rules, sinks=sinks, options=options
        )
        try:
            watcher.run(cycles)
        finally:
            for sink in sinks:
                sink.close()
    failing = watcher.failing()
    if failing:  # each failure was reported as it happened; the exit code says it too
        click.echo(f"storyline: {len(failing)} feed(s) could not be read: "
                   f"{', '.join(failing)}", err=True)
    sys.exit(EXIT_PARTIAL if failing else EXIT_OK)


# --------------------------------------------------------------------------- serve


@cli.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port to listen on (default 8000).")
@click.option(
    "--token", help="Token required for writes (default $STORYLINE_TOKEN); without it read-only."
)
@pass_state
def serve(state: CliState, host: str | None, port: int | None, token: str | None) -> None:
    """Serve the web app and the HTTP API (OpenAPI at /openapi.json)."""
    from storyline.web import serve as serve_app
    from storyline.web.server import ServerLimits

    settings = state.settings
    serve_app(
        state.db,
        host=host or settings.host,
        port=port or settings.port,
        token=token or settings.token,
        limits=ServerLimits(settings.header_timeout, settings.body_timeout),
        max_body_bytes=settings.max_request_bytes,
        base_url=settings.base_url,
        map_tiles=settings.map_tiles,
        map_regions=settings.map_regions,
    )


def _mount_optional_commands() -> None:
    try:
        from storyline.evaluate.cli import eval_group
    except ImportError:  # pragma: no cover - the evaluation package is part of the install
        return
    cli.add_command(eval_group)


_mount_optional_commands()


# --------------------------------------------------------------------------- entry point


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point: maps library errors to one-line messages and exit codes.

    Untrusted text (titles, ids, file names, quoted input) reaches a terminal with its control
    and bidi characters shown as escapes: always on stderr, on stdout when it is a terminal."""
    streams = (sys.stdout, sys.stderr)
    sys.stderr = cast(TextIO, TerminalStream(sys.stderr))
    if sys.stdout.isatty():
        sys.stdout = cast(TextIO, TerminalStream(sys.stdout))
    try:
        _run(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _run(argv: Sequence[str] | None) -> None:
    args = list(argv) if argv is not None else sys.argv[1:]
    debug = "--debug" in args
    _ERRORS_AS_JSON[0] = "--json" in args
    # The pool logs each reconnection attempt; the error that ends the command says it once.
    logging.getLogger("psycopg.pool").setLevel(logging.CRITICAL)
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            standalone_mode=False,
            prog_name="storyline",
        )
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.Abort:
        fail("aborted", EXIT_USAGE)
    except click.ClickException as usage:
        fail(_usage_message(usage), EXIT_USAGE)
    except (ConfigError, NotFoundError) as error:
        _maybe_traceback(debug)
        fail(str(error), EXIT_USAGE)
    except InputError as error:
        _maybe_traceback(debug)
        fail(str(error), EXIT_PARTIAL)
    except StorylineError as error:
        _maybe_traceback(debug)
        fail(str(error), EXIT_USAGE)
    except KeyboardInterrupt:
        fail("interrupted; work committed so far is kept, rerun to finish", EXIT_PARTIAL)
    except Exception as error:  # a bug or a lost database: one line, traceback on request
        _maybe_traceback(debug)
        fail(*unexpected_error(error))


def unexpected_error(error: Exception) -> tuple[str, int]:
    """The one line and exit code for an error no library layer turned into ours: a database
    lost mid-command (psycopg adds hint lines) is said plainly; anything else is a bug."""
    lines = [" ".join(line.split()) for line in str(error).splitlines()]
    first = next((line for line in lines if line), type(error).__name__)[:300]
    if type(error).__module__.split(".")[0] in ("psycopg", "psycopg_pool", "sqlite3"):
        return f"the database failed ({first}); check that it is running and rerun", EXIT_USAGE
    return (
        f"internal error ({type(error).__name__}: {first}); rerun with --debug and report it",
        EXIT_PARTIAL,
    )


def _usage_message(usage: click.ClickException) -> str:
    """Click's message on one line, with where to find the command's usage."""
    message = " ".join(usage.format_message().split())
    context = getattr(usage, "ctx", None)
    if context is not None:
        message += f" (usage: {context.command_path} --help)"
    return message


def _maybe_traceback(debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exc()
