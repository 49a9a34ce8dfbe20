"""Hostile and damaged input through the real ingest path: nothing good is lost, no half record
is stored, every bad part is named on one line (file:line, file[index] or file:offset), and
nothing blocks (named pipes, unreadable folders)."""

from __future__ import annotations

import ctypes
import gzip
import io
import json
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.warcwriter import WARCWriter

from storyline.ingest import ReadOptions, read_inputs
from storyline.pipeline import IngestOptions
from storyline.records import Article, InputFailure
from storyline.service import Storyline

CLI = "from storyline.cli import main; main()"
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2
STORY = "A crane fell on a street in Marlow on Monday and {n} people were hurt the police said."


def story(n: int) -> str:
    return STORY.format(n=n)


def jsonl(count: int, start: int = 0) -> list[str]:
    return [json.dumps({"id": f"a{n}", "text": story(n)}) for n in range(start, start + count)]


def ingest(
    paths: list[Path], db: Path, options: ReadOptions | None = None
) -> tuple[set[str], list[InputFailure]]:
    """Ingest into a real SQLite store; the ids stored and the failures reported."""
    with Storyline.open(str(db)) as app:
        report = app.ingest([str(p) for p in paths], IngestOptions(read=options or ReadOptions()))
    for failure in report.failed:
        assert "\n" not in failure.input + failure.error
    return set(report.article_ids), list(report.failed)


def test_deeply_nested_json_line_loses_nothing_else(tmp_path: Path) -> None:
    deep = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    lines = [*jsonl(2), deep, "[" * 500 + "]" * 500, *jsonl(2, start=2)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n")
    stored, failures = ingest([path], tmp_path / "s.db")
    assert stored == {"a0", "a1", "a2", "a3"}
    [failure] = failures  # the same problem twice is one line naming both
    assert failure.input == f"{path}:3" and "nested deeper than 64 levels" in failure.error
    assert failure.error.endswith(f"(1 more like it, the last at {path}:4)")


def test_oversized_and_malformed_array_elements_are_skipped_not_the_rest(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": 'word \\" [{ ' * 20_000})  # quotes, brackets inside
    elements = [*jsonl(1), big, '{"id": "bad", "text": tru}', *jsonl(2, start=1)]
    path = tmp_path / "export.json"
    path.write_text("[" + ",\n".join(elements) + "]")
    stored, failures = ingest([path], tmp_path / "s.db", ReadOptions(max_bytes=50_000))
    assert stored == {"a0", "a1", "a2"}
    assert [f.input for f in failures] == [f"{path}[1]", f"{path}[2]"]
    assert "larger than the 0.05 MB limit" in failures[0].error
    assert failures[1].error.startswith("malformed JSON")


def test_deep_array_element_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text("[" + ",".join([*jsonl(1), "[" * 50_000 + "]" * 50_000, *jsonl(1, 1)]) + "]")
    stored, [failure] = ingest([path], tmp_path / "s.db")
    assert stored == {"a0", "a1"} and failure.input == f"{path}[1]"


def warc_bytes(count: int, *, gzipped: bool = False) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzipped)
    for n in range(count):
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{n}",
                "resource",
                payload=io.BytesIO(story(n).encode()),
                warc_content_type="text/plain",
            )
        )
    return buffer.getvalue()


@pytest.mark.parametrize("cut_from_end", [30, 250])
def test_truncated_warc_keeps_complete_records_and_names_the_cut(
    tmp_path: Path, cut_from_end: int
) -> None:
    data = warc_bytes(3)
    path = tmp_path / "crawl.warc"
    path.write_bytes(data[:-cut_from_end])
    with Storyline.open(str(tmp_path / "s.db")) as app:
        report = app.ingest([str(path)])
        texts = [app.get_article(i)["text"] for i in report.article_ids]
    assert texts == [story(0), story(1)]  # never the half record
    [failure] = report.failed
    assert failure.input.startswith(f"{path}:") and "cut short" in failure.error
    assert int(failure.input.rsplit(":", 1)[1]) == data.index(b"WARC/1", len(data) // 2)


def test_truncated_gzip_keeps_every_complete_line(tmp_path: Path) -> None:
    data = gzip.compress("\n".join(jsonl(10)).encode() + b"\n")
    cut = data[:-15]
    complete_lines = zlib.decompressobj(wbits=31).decompress(cut).count(b"\n")
    assert 0 < complete_lines < 10
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(cut)
    stored, [half_line, cut_file] = ingest([path], tmp_path / "s.db")
    assert stored == {f"a{n}" for n in range(complete_lines)}
    assert half_line.input == f"{path}:{complete_lines + 1}" and "malformed" in half_line.error
    assert cut_file.input == str(path) and "truncated file?" in cut_file.error


def test_corrupt_gzip_is_named(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(b"\x1f\x8b" + b"\x08\x00not gzip at all" * 4)
    stored, failures = ingest([path], tmp_path / "s.db")
    assert not stored and failures and all(f.input == str(path) for f in failures)


def _without_root_file_access() -> None:
    """Root reads any folder: drop the two capabilities that let it (from the bounding set, so
    they are gone after exec) so that a folder with mode 000 is unreadable, as for a user."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def test_folder_with_pipe_unreadable_folder_and_damaged_files(tmp_path: Path) -> None:
    """The whole `storyline ingest` command on a folder a careless user might hand it: one
    line per bad part, exit 1, everything good stored, and no hang on the named pipe."""
    root = tmp_path / "public"
    inbox = root / "inbox"
    (inbox / "locked").mkdir(parents=True)
    (inbox / "locked" / "secret.txt").write_text(story(99))
    (inbox / "a.txt").write_text(story(1))
    os.mkfifo(inbox / "b-pipe")
    (inbox / "c.jsonl").write_text("\n".join([*jsonl(1, 2), "{oops", *jsonl(1, 3)]) + "\n")
    (inbox / "d.warc").write_bytes(warc_bytes(2)[:-40])
    db = root / "s.db"
    for path in [root, *root.rglob("*")]:
        path.chmod(0o777 if path.is_dir() else 0o666)
    (inbox / "locked").chmod(0o000)
    drop = _without_root_file_access if os.getuid() == 0 else None
    result = subprocess.run(
        [sys.executable, "-c", CLI, "--db", str(db), "ingest", "--json", str(inbox)],
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=drop,
        check=False,
    )
    (inbox / "locked").chmod(0o755)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    failed = {f["input"]: f["error"] for f in report["failed"]}
    assert set(failed) == {
        str(inbox / "locked"),
        str(inbox / "b-pipe"),
        f"{inbox / 'c.jsonl'}:2",
        f"{inbox / 'd.warc'}:{warc_bytes(2).index(b'WARC/1', 10)}",
    }, failed
    assert "folder cannot be read (Permission denied)" in failed[str(inbox / "locked")]
    assert "named pipe" in failed[str(inbox / "b-pipe")]
    errors = [line for line in result.stderr.splitlines() if line.startswith("storyline: error:")]
    assert len(errors) == 4 == len(result.stderr.strip().splitlines())
    assert report["ingested"] == 4  # a.txt, two JSON lines, the first WARC record


def _items(path: Path) -> Iterator[Article | InputFailure]:
    return read_inputs([str(path)], ReadOptions(max_bytes=20_000))


def test_read_inputs_yields_only_records(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(jsonl(3)))
    assert [type(i) for i in _items(path)] == [Article] * 3


# --------------------------------------------------------------------------- property-based

# Bad records each reader may meet between good ones.
BAD_JSON = [
    "{oops",
    '"a bare string"',
    '{"id": "x"}',
    "[" * 3_000 + "]" * 3_000,
    json.dumps({"id": "huge", "text": 'w [\\" ' * 8_000}),
    "nul",
]
BAD_CSV = ['"x",too,many,fields,here', ",", "only-id,"]
BAD_ITEM = "<item><title>No text</title><link>https://news.example/x</link></item>"
FORMATS = ["jsonl", "json", "csv", "warc", "feed"]
FORMATS += [f"{kind}.gz" for kind in FORMATS]
FEED_HEAD = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
FEED_TAIL = b"</channel></rss>"


def _encode(kind: str, records: list[tuple[int, str | None]]) -> tuple[bytes, list[int]]:
    """The file bytes, and where each record ends in the uncompressed bytes (for the cut)."""
    base = kind.removesuffix(".gz")
    parts: list[bytes] = []
    if base == "csv":
        parts.append(b"id,text\n")
    for n, bad in records:
        if base == "warc":
            parts.append(warc_bytes_one(n) if bad is None else b"WARC/1.0\r\nbad\r\n\r\n")
        elif base == "feed":
            parts.append((rss_item(n) if bad is None else BAD_ITEM).encode())
        elif base == "csv":
            parts.append((f"a{n},{story(n)}" if bad is None else bad).encode())
        else:
            line = json.dumps({"id": f"a{n}", "text": story(n)}) if bad is None else bad
            parts.append(line.encode())
    separator = {"json": b",\n", "warc": b"", "feed": b""}.get(base, b"\n")
    body, ends = b"", []
    for index, part in enumerate(parts):
        body += (separator if index and not (base == "csv" and index == 1) else b"") + part
        ends.append(len(body))
    if base == "json":
        body, ends = b"[" + body + b"]", [end + 1 for end in ends]
    if base == "feed":
        body, ends = FEED_HEAD + body + FEED_TAIL, [end + len(FEED_HEAD) for end in ends]
    return body, ends if base != "csv" else ends[1:]


def rss_item(n: int) -> str:
    return (
        f"<item><title>Crane {n}</title><link>https://news.example/{n}</link>"
        f"<description>{story(n)}</description></item>"
    )


def warc_bytes_one(n: int) -> bytes:
    return warc_bytes(n + 1)[len(warc_bytes(n)) :]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(FORMATS),
    good=st.lists(st.integers(0, 999), min_size=1, max_size=6, unique=True),
    bad=st.lists(st.tuples(st.integers(0, 6), st.integers(0, 5)), max_size=2),
    cut=st.one_of(st.none(), st.floats(0.05, 0.999)),
)
def test_every_reader_keeps_good_records_around_bad_ones(
    tmp_path: Path,
    kind: str,
    good: list[int],
    bad: list[tuple[int, int]],
    cut: float | None,
) -> None:
    records: list[tuple[int, str | None]] = [(n, None) for n in good]
    for position, which in bad:
        pool = BAD_CSV if kind.startswith("csv") else BAD_JSON
        records.insert(min(position, len(records)), (-1, pool[which % len(pool)]))
    body, ends = _encode(kind, records)
    cut_at = len(body) if cut is None else int(len(body) * cut)
    if kind.endswith(".gz"):
        whole = gzip.compress(body)
        data = whole if cut is None else whole[: max(10, int(len(whole) * cut))]
        cut_at = len(zlib.decompressobj(wbits=31).decompress(data)) if cut is not None else cut_at
    else:
        data = body[:cut_at]
    path = tmp_path / f"input.{kind}"
    path.write_bytes(data)

    items = list(read_inputs([str(path)], ReadOptions(max_bytes=20_000)))  # no exception escapes

    texts = [item.text for item in items if isinstance(item, Article)]
    expected = [story(n) for (n, b), end in zip(records, ends, strict=True) if b is None]
    before_cut = [
        story(n) for (n, b), end in zip(records, ends, strict=True) if b is None and end < cut_at
    ]
    if kind != "csv" or cut is None:  # a plain CSV cut after a row's text looks complete
        assert set(texts) <= set(expected), "no half record and nothing invented"
    assert set(before_cut) <= set(texts), "every good record before the cut is kept"
    if cut is None:
        assert sorted(texts) == sorted(expected)
    failures = [item for item in items if isinstance(item, InputFailure)]
    for failure in failures:
        assert failure.input.startswith(str(path)) and "\n" not in failure.error
    # A plain file cut at a record boundary looks whole (for WARC: in the CRLFs after a record).
    slack = 4 if kind == "warc" else 1
    boundaries = {0, *(end + d for end in ends for d in range(-slack + 1, 2))}
    detectable = (
        kind.endswith(".gz")
        or kind in ("json", "feed")
        or (kind in ("jsonl", "warc") and cut_at not in boundaries)
    )
    if cut is not None and cut_at < len(body) and detectable:
        assert failures, "a cut file is reported"


def test_ray_inputs_never_include_a_pipe(tmp_path: Path) -> None:
    """The Ray engine splits folders and globs itself: pipes are reported, never handed to a
    worker (which would block on them)."""
    from storyline.distributed import expand_inputs

    (tmp_path / "a.txt").write_text(story(1))
    os.mkfifo(tmp_path / "b.txt")
    problems: list[InputFailure] = []
    expanded = expand_inputs([str(tmp_path), str(tmp_path / "*.txt")], problems)
    assert expanded == [str(tmp_path / "a.txt")] * 2
    assert [p.input for p in problems] == [str(tmp_path / "b.txt")] * 2
    assert all("named pipe" in p.error for p in problems)
