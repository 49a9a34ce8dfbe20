"""Bad input: every case gives a one-line failure naming the input, and the rest is read."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
import zlib
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest import ReadOptions, read_inputs
from storyline.ingest.options import DEFAULT_OPTIONS
from storyline.records import Article, InputFailure

GOOD = "Two people were hurt when a crane fell on a street in Marlow on Monday, police said."


def write(path: Path, content: str | bytes) -> str:
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return str(path)


def read_all(
    inputs: list[str], options: ReadOptions = DEFAULT_OPTIONS
) -> tuple[list[Article], list[InputFailure]]:
    items = list(read_inputs(inputs, options))
    for item in items:
        assert isinstance(item, Article | InputFailure)
    failures = [i for i in items if isinstance(i, InputFailure)]
    for failure in failures:
        assert failure.error and "\n" not in failure.error and "\n" not in failure.input
    return [i for i in items if isinstance(i, Article)], failures


def test_binary_file_fails_and_the_next_input_is_read(tmp_path: Path) -> None:
    png = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    blob = write(tmp_path / "blob.dat", bytes(range(256)) * 4)
    good = write(tmp_path / "good.txt", GOOD)
    got, failures = read_all([png, blob, good])
    assert [f.input for f in failures] == [png, blob]
    assert "a PNG image, not text" in failures[0].error
    assert "binary data" in failures[1].error
    assert [a.text for a in got] == [GOOD]


def test_empty_and_blank_files(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", b"")
    blank = write(tmp_path / "blank.jsonl", "  \n\n \t\n")
    _, failures = read_all([empty, blank])
    assert [(f.input, f.error.split(";")[0]) for f in failures] == [
        (empty, "empty file"),
        (blank, "empty file"),
    ]


def test_date_line_without_body(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "date 2024-03-01\n\n")
    _, [failure] = read_all([path])
    assert "date line but no article text" in failure.error


def test_windows_1252_bytes_are_decoded_and_noted(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"Caf\xe9 owner hurt in Dunmore blast \x96 police.")
    [article], _ = read_all([path])
    assert article.text == "Café owner hurt in Dunmore blast – police."
    assert "not valid UTF-8; decoded as Windows-1252" in article.notes


def test_undecodable_bytes_are_replaced_and_noted(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", b'{"id": "u", "text": "Bad \x81\x8d bytes in a report."}\n')
    [article], _ = read_all([path])
    assert "\ufffd" in article.text
    assert "undecodable bytes replaced with U+FFFD" in article.notes


def test_malformed_json_line_names_file_and_line_and_goes_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "1", "text": GOOD}),
        '{"id": "2", "text": "unterminated',
        '"just a string"',
        json.dumps({"id": "3"}),
        json.dumps({"id": "4", "text": GOOD + " Later."}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    got, failures = read_all([path])
    assert [a.id for a in got] == ["1", "4"]
    assert [f.input for f in failures] == [f"{path}:2", f"{path}:3", f"{path}:4"]
    assert failures[0].error.startswith("malformed JSON (Unterminated string")
    assert "got a string" in failures[1].error
    assert "record has no text" in failures[2].error


def test_csv_without_a_text_column(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", "id,headline,date\n1,Crane falls,2024-03-01\n")
    _, [failure] = read_all([path])
    assert failure.input == path
    assert "no text column" in failure.error and "found id, headline, date" in failure.error


def test_csv_row_with_too_many_fields(tmp_path: Path) -> None:
    path = write(tmp_path / "sheet.csv", f"id,text\n1,{GOOD.replace(',', '')}\n2,a,b,c\n")
    [article], [failure] = read_all([path])
    assert article.id == "1" and failure.input == f"{path}:3"


def test_html_page_without_an_article(tmp_path: Path) -> None:
    page = (
        b"<!doctype html><html><head><title>Home</title></head>"
        b"<body><nav><a href='/'>Home</a></nav></body></html>"
    )
    path = write(tmp_path / "index.html", page)
    _, [failure] = read_all([path])
    assert failure.input == path and "no article text" in failure.error


def test_impossible_and_invalid_dates_keep_the_article(tmp_path: Path) -> None:
    text = write(tmp_path / "a.txt", f"date 2024-02-30\n{GOOD}")
    lines = write(
        tmp_path / "b.jsonl",
        "\n".join(
            json.dumps(r)
            for r in [
                {"id": "x", "text": GOOD, "published": "not a date at all"},
                {"id": "y", "text": GOOD, "published": "0003-01-01"},
                {"id": "z", "text": GOOD, "published": "2024-13-01T00:00:00"},
            ]
        ),
    )
    got, failures = read_all([text, lines])
    assert not failures and len(got) == 4
    for article in got:
        assert article.published is None
        assert "publication date unknown" in article.notes
        assert any(note.startswith("invalid publication date") for note in article.notes)
    assert "'2024-02-30'" in got[0].notes[0] and "day is out of range" in got[0].notes[0]


def test_a_file_that_is_not_a_feed(tmp_path: Path) -> None:
    path = write(tmp_path / "config.xml", "<?xml version='1.0'?><config><item>1</item></config>")
    _, [failure] = read_all([path])
    assert failure.input == path and failure.error.startswith("not an RSS or Atom feed")


def test_missing_paths_globs_and_schemes(tmp_path: Path) -> None:
    _, failures = read_all(
        [str(tmp_path / "nope.txt"), str(tmp_path / "*.none"), "ftp://example.org/a"]
    )
    assert [f.error.split(";")[0] for f in failures] == [
        "no such file or directory",
        "no file matches this pattern",
        "only http and https URLs can be fetched, not 'ftp:'",
    ]


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    data = gzip.compress(
        "\n".join(json.dumps({"id": str(i), "text": GOOD + f" {i}."}) for i in range(2000)).encode()
    )
    cut = data[: len(data) // 2]
    path = write(tmp_path / "cut.jsonl.gz", cut)
    got, [_, failure] = read_all([path])  # the cut line, then the cut file
    complete = zlib.decompressobj(wbits=31).decompress(cut).count(b"\n")
    assert [a.id for a in got] == [str(i) for i in range(complete)] and 0 < complete < 2000
    assert failure.input == path and "ends before its end marker" in failure.error


def test_line_longer_than_the_limit_is_skipped_without_holding_it(tmp_path: Path) -> None:
    huge = json.dumps({"id": "big", "text": "word " * 50_000})
    path = write(tmp_path / "a.jsonl", "\n".join([huge, json.dumps({"id": "ok", "text": GOOD})]))
    got, [failure] = read_all([path], ReadOptions(max_bytes=10_000))
    assert [a.id for a in got] == ["ok"] and failure.input == f"{path}:1"
    assert "longer than the 0.01 MB limit" in failure.error


def test_single_document_larger_than_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "book.txt", "A sentence of a very long book. " * 2_000)
    _, [failure] = read_all([path], ReadOptions(max_bytes=10_000))
    assert "larger than the 0.01 MB limit" in failure.error


def test_huge_jsonl_is_streamed_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    record = {"text": "Crane falls on a street in Marlow; two hurt. " * 40}
    with open(path, "w") as out:
        for i in range(6_000):
            out.write(json.dumps({"id": str(i), **record}) + "\n")
    assert path.stat().st_size > 10_000_000
    tracemalloc.start()
    try:
        count = sum(1 for item in read_inputs([str(path)]) if isinstance(item, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 6_000
    assert peak < 2_000_000, peak


def test_unclosed_json_array_reports_and_keeps_elements(tmp_path: Path) -> None:
    path = write(tmp_path / "a.json", '[{"id": "1", "text": "One."}, {"id": "2", "text": "Two."}')
    got, [failure] = read_all([path])
    assert [a.id for a in got] == ["1", "2"] and "not closed" in failure.error


def test_default_published_is_timezone_aware(tmp_path: Path) -> None:
    options = ReadOptions(default_published=datetime(2024, 1, 1))
    [article], _ = read_all([write(tmp_path / "a.txt", GOOD)], options)
    assert article.published == datetime(2024, 1, 1, tzinfo=UTC)


# --------------------------------------------------------------------------- property-based

PREFIXES = [
    b"",
    b"{",
    b'{"text": "',
    b"[",
    b"<rss><channel><item>",
    b"<html><body><p>",
    b"WARC/1.0\r\n",
    b"\x1f\x8b",
    b"date 2024-01-01 ",
    b"id,text\n",
    b"\xef\xbb\xbf",
]
SUFFIXES = ["", ".txt", ".jsonl", ".json", ".csv", ".html", ".xml", ".warc", ".gz", ".tsv"]


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES)
)
def test_random_bytes_never_crash_ingest(
    tmp_path: Path, prefix: bytes, body: bytes, suffix: str
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(prefix + body)
    for source in ([str(path)], ["-"]):
        options = ReadOptions(stdin=io.BytesIO(prefix + body), max_bytes=4_000)
        items = list(read_inputs(source, options))
        assert items, "every input yields at least an article or a failure"
        for item in items:
            assert isinstance(item, Article | InputFailure)
            if isinstance(item, InputFailure):
                assert item.error and "\n" not in item.error
            else:
                assert item.text.strip() and item.id
