"""CSV (and TSV, semicolon- or pipe-separated) files with a header row.

The header names the columns with the same aliases as JSON (`text`/`body`/`content`, `date`,
`title`, `url`, ...). A file without a text column is one InputFailure that lists the columns
found. Rows are read one at a time.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from typing import BinaryIO

from storyline.errors import InputError
from storyline.ingest.normalize import FALLBACK_TEXT_KEYS, TEXT_KEYS, record_to_article
from storyline.ingest.options import ReadOptions
from storyline.ingest.streams import decode_bytes, describe_size, iter_lines
from storyline.records import Article, InputFailure

_SNIFF_LINES = 20


def read_csv(stream: BinaryIO, name: str, options: ReadOptions) -> Iterator[Article | InputFailure]:
    if csv.field_size_limit() < options.max_bytes:
        csv.field_size_limit(options.max_bytes)  # an article can exceed csv's 128 kB default
    notes: set[str] = set()
    lines = _decoded_lines(stream, name, options.max_bytes, notes)
    sample = list(itertools.islice(lines, _SNIFF_LINES))
    reader = csv.reader(itertools.chain(sample, lines), _dialect(sample, name))
    header = _read_header(reader)
    if header is None:
        yield InputFailure(name, "CSV file has no header row; add one naming the columns")
        return
    columns = {column.lower() for column in header}
    if not columns & set(TEXT_KEYS + FALLBACK_TEXT_KEYS):
        found = ", ".join(header[:12]) or "none"
        yield InputFailure(
            name,
            f"CSV has no text column (expected one of text, body, content; found {found}); "
            "rename the column that holds the article text",
        )
        return
    yield from _rows(reader, header, name, options, notes)


def _rows(
    reader: Iterator[list[str]],
    header: list[str],
    name: str,
    options: ReadOptions,
    notes: set[str],
) -> Iterator[Article | InputFailure]:
    line_reader = reader  # csv.reader objects expose line_num
    previous_line = getattr(line_reader, "line_num", 1)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputFailure(f"{name}:{previous_line + 1}", f"unreadable CSV row ({exc}); fix it")
            previous_line = getattr(line_reader, "line_num", previous_line + 1)
            continue
        origin = f"{name}:{previous_line + 1}"
        previous_line = getattr(line_reader, "line_num", previous_line + 1)
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield InputFailure(
                origin,
                f"row has {len(row)} fields but the header has {len(header)}; "
                "quote fields that contain the delimiter",
            )
            continue
        yield record_to_article(
            dict(zip(header, row, strict=False)), origin, options, tuple(sorted(notes))
        )


def _read_header(reader: Iterator[list[str]]) -> list[str] | None:
    for row in reader:
        if any(cell.strip() for cell in row):
            return [cell.strip().removeprefix("\ufeff").strip() for cell in row]
    return None


def _decoded_lines(stream: BinaryIO, name: str, limit: int, notes: set[str]) -> Iterator[str]:
    for number, raw in iter_lines(stream, limit):
        if raw is None:
            # A CSV row cannot be skipped safely (a quoted field may span lines): stop here.
            raise InputError(
                f"{name}:{number}",
                f"line longer than the {describe_size(limit)} limit; the rows before it were "
                "read (raise the limit with --max-bytes)",
            )
        text, line_notes = decode_bytes(raw)
        notes.update(line_notes)
        yield text


class _Dialect(csv.excel):
    pass


def _dialect(sample: list[str], name: str) -> type[csv.Dialect]:
    """The delimiter is the one the header line uses most (the sniffer is easily fooled by
    commas inside long quoted article texts)."""
    if name.lower().endswith(".tsv"):
        return csv.excel_tab
    header = next((line for line in sample if line.strip()), "")
    delimiter = max(",\t;|", key=header.count)
    chosen = delimiter if header.count(delimiter) else ","
    return type("SniffedDialect", (_Dialect,), {"delimiter": chosen})
