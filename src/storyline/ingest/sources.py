"""`read_inputs`: every input a user can name, as one lazy stream of articles and failures.

An input is a file, a directory (read recursively, hidden files skipped, in name order), a glob,
`-` for stdin, or an http(s) URL. Each input's failures are reported and the next input is read;
an unexpected error inside one input ends that input only, with a one-line InputFailure.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, cast
from urllib.parse import urlsplit

from storyline.errors import InputError
from storyline.ingest.csv_reader import read_csv
from storyline.ingest.detect import Format, binary_kind, sniff_format
from storyline.ingest.feeds import read_feed
from storyline.ingest.fetch import fetch_url
from storyline.ingest.html import read_html
from storyline.ingest.jsonl import read_json_document, read_jsonl
from storyline.ingest.options import DEFAULT_OPTIONS, ReadOptions
from storyline.ingest.streams import peek
from storyline.ingest.text import read_text
from storyline.ingest.warc import read_warc
from storyline.records import Article, InputFailure

Item = Article | InputFailure
SUPPORTED = "text, JSON Lines, JSON, CSV, HTML, RSS/Atom or WARC (optionally gzip-compressed)"
_GLOB_CHARS = frozenset("*?[")
_FORMAT_NAMES = {
    "jsonl": "JSON Lines file",
    "json": "JSON document",
    "csv": "CSV file",
    "warc": "WARC file",
    "feed": "feed",
    "html": "HTML page",
    "text": "text file",
}
StreamReader = Callable[[BinaryIO, str, ReadOptions], Iterator[Item]]


def read_inputs(inputs: Sequence[str], options: ReadOptions = DEFAULT_OPTIONS) -> Iterator[Item]:
    """Articles and failures from all inputs, lazily, in the order given."""
    for given in inputs:
        yield from _read_input(given, options)


def _read_input(given: str, options: ReadOptions) -> Iterator[Item]:
    if given == "-":
        stdin = options.stdin if options.stdin is not None else sys.stdin.buffer
        yield from _guarded("stdin", lambda: read_stream(stdin, "stdin", options))
    elif "://" in given:
        yield from _guarded(given, lambda: read_url(given, options))
    elif os.path.isdir(given):
        for path in walk_directory(Path(given)):
            yield from read_path(path, options)
    elif os.path.exists(given):
        yield from read_path(Path(given), options)
    elif _GLOB_CHARS & set(given):
        yield from _read_glob(given, options)
    else:
        yield InputFailure(given, "no such file or directory; check the path")


def _read_glob(pattern: str, options: ReadOptions) -> Iterator[Item]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield InputFailure(pattern, "no file matches this pattern; check it (quote it in a shell)")
    for match in matches:
        if os.path.isdir(match):
            for path in walk_directory(Path(match)):
                yield from read_path(path, options)
        else:
            yield from read_path(Path(match), options)


def walk_directory(directory: Path) -> Iterator[Path]:
    """Files under `directory`, recursively, in name order, hidden files and folders skipped."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_path(path: Path, options: ReadOptions) -> Iterator[Item]:
    name = str(path)

    def from_file() -> Iterator[Item]:
        with open(path, "rb") as stream:
            yield from read_stream(stream, name, options)

    yield from _guarded(name, from_file)


def read_url(url: str, options: ReadOptions) -> Iterator[Item]:
    page = fetch_url(url, options)
    yield from read_stream(
        io.BytesIO(page.content),
        url,
        options,
        url=page.url,
        fetched=page.fetched,
        content_type=page.content_type,
    )


def read_stream(
    stream: BinaryIO,
    name: str,
    options: ReadOptions,
    *,
    url: str | None = None,
    fetched: datetime | None = None,
    content_type: str | None = None,
    inner_name: str | None = None,
) -> Iterator[Item]:
    """Detect the format of one byte stream and read it with the matching reader."""
    head, stream = peek(stream)
    hint = inner_name if inner_name is not None else name
    kind = sniff_format(head, hint, content_type)
    if kind == "gzip":
        unpacked = cast(BinaryIO, gzip.GzipFile(fileobj=stream, mode="rb"))
        yield from read_stream(
            unpacked,
            name,
            options,
            url=url,
            fetched=fetched,
            inner_name=hint.removesuffix(".gz").removesuffix(".gzip"),
        )
        return
    if kind in ("binary", "empty"):
        yield InputFailure(name, _unreadable(kind, head))
        return
    produced = False
    for item in _reader(kind)(stream, name, options, url=url, fetched=fetched):
        produced = True
        yield item
    if not produced:  # say so rather than pass over an input in silence
        yield InputFailure(
            name,
            f"no articles found in this {_FORMAT_NAMES[kind]}; "
            "check that it is the input you meant",
        )


def _reader(kind: Format) -> Callable[..., Iterator[Item]]:
    def streamed(read: StreamReader) -> Callable[..., Iterator[Item]]:
        def call(stream: BinaryIO, name: str, options: ReadOptions, **_: object) -> Iterator[Item]:
            return read(stream, name, options)

        return call

    readers: dict[str, Callable[..., Iterator[Item]]] = {
        "jsonl": streamed(read_jsonl),
        "json": streamed(read_json_document),
        "csv": streamed(read_csv),
        "warc": streamed(read_warc),
        "feed": read_feed,
        "html": read_html,
        "text": read_text,
    }
    return readers[kind]


def _unreadable(kind: str, head: bytes) -> str:
    if kind == "empty":
        return "empty file; nothing to read"
    return f"{binary_kind(head) or 'binary data'}, not text; storyline reads {SUPPORTED}"


def _guarded(name: str, produce: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    """Run one input's reader; turn any error into one InputFailure so the next input is read."""
    try:
        yield from produce()
    except InputError as exc:
        yield InputFailure(exc.input, exc.message)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputFailure(name, f"could not be read ({_one_line(exc)}); check the file")
    except Exception as exc:  # a reader bug or a malformed input we did not foresee
        yield InputFailure(
            name,
            f"could not be read ({type(exc).__name__}: {_one_line(exc)}); is it {SUPPORTED}?",
        )


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def is_url(given: str) -> bool:
    return urlsplit(given).scheme.lower() in ("http", "https")
