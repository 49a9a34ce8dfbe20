"""`read_inputs`: every input a user can name, as one lazy stream of articles and failures.

An input is a file, a directory (read recursively, hidden files skipped, in name order), a glob,
`-` for stdin, or an http(s) URL. Each input's failures are reported and the next input is read;
an unexpected error inside one input ends that input only, with a one-line InputFailure.
"""

from __future__ import annotations

import glob
import io
import os
import stat
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
from storyline.ingest.streams import HEAD_BYTES, GzipLines, peek
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
_SPECIAL_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}
# Formats whose readers recognize a record cut in the middle (malformed JSON, a WARC record
# shorter than its Content-Length, a feed entry without its closing tags); in the others a half
# line would pass for a whole one.
_SELF_DELIMITING = ("jsonl", "json", "warc", "feed")
_MAX_GROUPS = 1_000  # distinct failure messages held per input before they pass through
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
        yield from _walk_items(Path(given), options)
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
            yield from _walk_items(Path(match), options)
        elif (problem := not_a_regular_file(Path(match))) is not None:
            yield InputFailure(match, problem)
        else:
            yield from read_path(Path(match), options)


def walk_directory(
    directory: Path, on_problem: Callable[[InputFailure], None] | None = None
) -> Iterator[Path]:
    """Regular files under `directory`, recursively, in name order, hidden files and folders
    skipped. A folder that cannot be listed and anything that is not a regular file (a named
    pipe would block the reader forever, a device never ends) is passed to `on_problem`."""

    def unreadable(error: OSError) -> None:
        if on_problem is not None:
            where = str(error.filename or directory)
            on_problem(InputFailure(where, f"folder cannot be read ({_reason(error)}); skipped"))

    for root, dirs, files in os.walk(directory, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            problem = not_a_regular_file(path)
            if problem is None:
                yield path
            elif on_problem is not None:
                on_problem(InputFailure(str(path), problem))


def _walk_items(directory: Path, options: ReadOptions) -> Iterator[Item]:
    """The articles of every file under `directory`, and a failure for each part not read."""
    problems: list[InputFailure] = []
    for path in walk_directory(directory, problems.append):
        yield from problems
        problems.clear()
        yield from read_path(path, options)
    yield from problems


def not_a_regular_file(path: Path) -> str | None:
    """Why a directory entry is not read, or None for a regular file (symlinks followed)."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"cannot be read ({_reason(error)}); skipped"
    if stat.S_ISREG(mode):
        return None
    kind = _SPECIAL_KINDS.get(stat.S_IFMT(mode), "not a regular file")
    return f"{kind}, not a regular file; skipped (name it on its own to read it)"


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


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
        yield from _read_gzip(stream, name, options, url=url, fetched=fetched, hint=hint)
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


def _read_gzip(
    stream: BinaryIO,
    name: str,
    options: ReadOptions,
    *,
    url: str | None,
    fetched: datetime | None,
    hint: str,
) -> Iterator[Item]:
    """A gzip-compressed input: its content is read as any other stream; a cut or corrupt
    archive keeps its complete records and is reported after them."""
    unpacked = GzipLines(stream)
    inner_name = hint.removesuffix(".gz").removesuffix(".gzip")
    head, inner = peek(cast(BinaryIO, io.BufferedReader(unpacked, buffer_size=HEAD_BYTES)))
    sample = head if head.strip() else unpacked.held[:HEAD_BYTES]
    unpacked.keep_partial_line = sniff_format(sample, inner_name) in _SELF_DELIMITING
    yield from read_stream(
        inner, name, options, url=url, fetched=fetched, inner_name=inner_name
    )
    if unpacked.problem is not None:
        yield InputFailure(name, unpacked.problem)


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
    """Run one input's reader; turn any error into one InputFailure so the next input is read.
    Records that fail the same way are reported once (see `_grouped`)."""
    yield from _grouped(_caught(name, produce))


def _grouped(items: Iterator[Item]) -> Iterator[Item]:
    """Articles as they come; failures with the same message once each, at the end of the
    input, naming the first record and how many more (a CSV with the wrong delimiter gave one
    line per row). Past `_MAX_GROUPS` distinct messages the rest pass through as they come."""
    groups: dict[str, tuple[InputFailure, InputFailure, int]] = {}  # first, last, count
    for item in items:
        if isinstance(item, InputFailure) and (item.error in groups or len(groups) < _MAX_GROUPS):
            first, _, count = groups.get(item.error, (item, item, 0))
            groups[item.error] = (first, item, count + 1)
        else:
            yield item
    for error, (first, last, count) in groups.items():
        more = f" ({count - 1} more like it, the last at {last.input})" if count > 1 else ""
        yield InputFailure(first.input, error + more)


def _caught(name: str, produce: Callable[[], Iterator[Item]]) -> Iterator[Item]:
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
