"""Every input shape `read_inputs` accepts, built in the tests from invented news texts."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from helpers_ingest import (
    ATOM_FEED,
    FLOOD_HTML,
    STORY_TEXTS,
    local_server,
    rss_feed,
    send,
    story_page,
)
from storyline.ingest import ReadOptions, read_inputs
from storyline.records import Article, InputFailure

BODY = (
    "Three people were injured when a gas cylinder exploded at a market in Dunmore on Friday, "
    "police said. The fire was put out within an hour."
)


def articles(
    items: Iterator[Article | InputFailure] | list[Article | InputFailure],
) -> list[Article]:
    items = list(items)
    failures = [item for item in items if isinstance(item, InputFailure)]
    assert not failures, failures
    return [item for item in items if isinstance(item, Article)]


def write(path: Path, content: str | bytes) -> str:
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return str(path)


# --------------------------------------------------------------------------- plain text


def test_text_with_date_line_and_body_on_next_lines(tmp_path: Path) -> None:
    [article] = articles(read_inputs([write(tmp_path / "a.txt", f"date 2024-03-01\n{BODY}\n")]))
    assert article.published == datetime(2024, 3, 1, tzinfo=UTC)
    assert article.text == BODY
    assert article.title is None
    assert article.notes == ()
    assert article.origin == str(tmp_path / "a.txt")


def test_text_with_date_on_the_same_line_after_whitespace(tmp_path: Path) -> None:
    [article] = articles(read_inputs([write(tmp_path / "a.txt", f"\n\n   date 2024-03-01 {BODY}")]))
    assert article.published == datetime(2024, 3, 1, tzinfo=UTC)
    assert article.text == BODY


def test_text_title_line_rule(tmp_path: Path) -> None:
    content = f"date 2024-03-01\nGas blast injures three in Dunmore\n\n{BODY}"
    [article] = articles(read_inputs([write(tmp_path / "a.txt", content)]))
    assert article.title == "Gas blast injures three in Dunmore"
    assert article.text == BODY


def test_a_first_sentence_is_not_a_title(tmp_path: Path) -> None:
    content = "Police said three people were hurt.\n\nThe market reopened on Saturday."
    [article] = articles(read_inputs([write(tmp_path / "a.txt", content)]))
    assert article.title is None
    assert article.text.startswith("Police said")


def test_text_without_date_says_so(tmp_path: Path) -> None:
    [article] = articles(read_inputs([write(tmp_path / "a.txt", BODY)]))
    assert article.published is None
    assert "publication date unknown" in article.notes


def test_published_option_fills_missing_dates_only(tmp_path: Path) -> None:
    options = ReadOptions(default_published=datetime(2024, 5, 1, tzinfo=UTC))
    undated = write(tmp_path / "u.txt", BODY)
    dated = write(tmp_path / "d.txt", f"date 2024-03-01 {BODY} More.")
    first, second = articles(read_inputs([undated, dated], options))
    assert first.published == datetime(2024, 5, 1, tzinfo=UTC)
    assert any("--published 2024-05-01" in note for note in first.notes)
    assert second.published == datetime(2024, 3, 1, tzinfo=UTC)


def test_same_content_gets_the_same_id(tmp_path: Path) -> None:
    one = write(tmp_path / "one.txt", f"date 2024-03-01\n{BODY}")
    two = write(tmp_path / "two.txt", f"date 2024-03-01\n\n  {BODY}  \n")
    other = write(tmp_path / "other.txt", f"date 2024-03-01\n{BODY} Another sentence.")
    a, b, c = articles(read_inputs([one, two, other]))
    assert a.id == b.id and len(a.id) == 16
    assert c.id != a.id


# --------------------------------------------------------------------------- JSON


def test_jsonl_keeps_ids_and_fields(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a1",
            "published": "2024-03-01T10:00:00+02:00",
            "title": "T",
            "text": BODY,
            "source": "example.org",
            "url": "https://example.org/news/a1",
        },
        {
            "id": 42,
            "date": "2024-03-02",
            "body": "Second report body text here.",
            "link": "https://example.org/b",
        },
        {
            "dct": "Fri, 01 Mar 2024 12:00:00 GMT",
            "content": "Third report.",
            "author": "By Ann Lee",
        },
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(line) for line in lines))
    first, second, third = articles(read_inputs([path]))
    assert (first.id, first.title, first.source, first.url) == (
        "a1",
        "T",
        "example.org",
        "https://example.org/news/a1",
    )
    assert first.published == datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    assert first.origin == f"{path}:1"
    assert second.id == "42" and second.text == "Second report body text here."
    assert second.source == "example.org"
    assert third.published == datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert third.authors == ("Ann Lee",)
    assert third.origin == f"{path}:3"


def test_json_array_and_container_object(tmp_path: Path) -> None:
    array = write(
        tmp_path / "a.json",
        json.dumps([{"id": "x", "text": "One."}, {"id": "y", "text": "Two."}], indent=2),
    )
    container = write(
        tmp_path / "b.json", json.dumps({"articles": [{"id": "z", "text": "Three."}]}, indent=2)
    )
    got = articles(read_inputs([array, container]))
    assert [a.id for a in got] == ["x", "y", "z"]
    assert got[0].origin == f"{array}[0]"


def test_json_array_larger_than_one_read_chunk_is_streamed(tmp_path: Path) -> None:
    records = [{"id": f"r{i}", "text": f"Report number {i}. " * 40} for i in range(600)]
    path = write(tmp_path / "big.json", json.dumps(records))
    got = articles(read_inputs([path], ReadOptions(max_bytes=5_000)))
    assert [a.id for a in got] == [f"r{i}" for i in range(600)]


def test_html_inside_a_json_text_field_is_removed(tmp_path: Path) -> None:
    line = {"id": "h", "text": "<p>Fire in <b>Oakham</b> &amp; nearby.</p><p>Two hurt.</p>"}
    [article] = articles(read_inputs([write(tmp_path / "h.jsonl", json.dumps(line))]))
    assert article.text == "Fire in Oakham & nearby.\n\nTwo hurt."
    assert "HTML markup removed from the text" in article.notes


# --------------------------------------------------------------------------- CSV


def test_csv_with_header_and_multiline_quoted_text(tmp_path: Path) -> None:
    content = (
        "id,date,headline,body,url\n"
        'c1,2024-03-01,Market blast,"Three hurt, police say.\n\nMarket closed.",https://e.org/c1\n'
        'c2,2024-03-02,Bridge,"A bridge, closed ""for now"".",\n'
    )
    path = write(tmp_path / "export.csv", content)
    first, second = articles(read_inputs([path]))
    assert (first.id, first.title) == ("c1", "Market blast")
    assert first.text == "Three hurt, police say.\n\nMarket closed."
    assert second.text == 'A bridge, closed "for now".'
    assert second.origin == f"{path}:5"


def test_semicolon_csv_without_extension_is_detected(tmp_path: Path) -> None:
    path = write(
        tmp_path / "export", "title;text;published\nA;Storm damage in Hollin.;2024-01-02\n"
    )
    [article] = articles(read_inputs([path]))
    assert article.text == "Storm damage in Hollin."
    assert article.published == datetime(2024, 1, 2, tzinfo=UTC)


# --------------------------------------------------------------------------- HTML, feeds


def test_html_page_main_text_title_dates_authors(tmp_path: Path) -> None:
    [article] = articles(read_inputs([write(tmp_path / "page.html", FLOOD_HTML)]))
    assert article.title == "Flood hits Riverton"
    assert article.text.startswith("Heavy rain caused the Riverton river")
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert article.published == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert article.modified == datetime(2024, 3, 6, 10, 0, tzinfo=UTC)
    assert article.authors == ("Jane Roe",)


def test_atom_feed_content_and_summary(tmp_path: Path) -> None:
    first, second = articles(read_inputs([write(tmp_path / "news.atom", ATOM_FEED)]))
    assert first.title == "Storm cuts power in Hillbury"
    assert first.text == (
        "A storm cut power to 5,000 homes in Hillbury overnight.\n\n"
        "Crews expect to restore supply by Thursday."
    )
    assert first.published == datetime(2024, 3, 6, 7, 15, tzinfo=UTC)
    assert first.authors == ("Sam Doe",)
    assert first.url == "https://news.example.org/2024/03/storm-hillbury"
    assert first.source == "Example Atom"
    assert second.text == "Two hikers were rescued from Mount Graylin on Tuesday."
    assert second.published == datetime(2024, 3, 6, 10, tzinfo=UTC)
    assert any("summary" in note for note in second.notes)


def _story(path: str):  # type: ignore[no-untyped-def]
    title, text = STORY_TEXTS[path]
    return lambda handler: send(handler, story_page(title, text), "text/html")


def test_rss_feed_from_a_url_with_linked_pages_fetched() -> None:
    routes = {path: _story(path) for path in STORY_TEXTS}
    with local_server(routes) as base:
        routes["/feed.xml"] = lambda h: send(h, rss_feed(base), "application/rss+xml")
        summary_only = articles(read_inputs([f"{base}/feed.xml"], ReadOptions(allow_private=True)))
        full = articles(
            read_inputs([f"{base}/feed.xml"], ReadOptions(allow_private=True, fetch_linked=True))
        )
    assert [a.text for a in summary_only] == [
        t.split(". ")[0] + "." for _, t in STORY_TEXTS.values()
    ]
    assert summary_only[0].published == datetime(2024, 3, 4, 17, 10, tzinfo=UTC)
    assert "Rescue teams pulled four people" in full[0].text
    assert full[0].url == f"{base}/story/1"
    assert full[0].published == datetime(2024, 3, 4, 17, 10, tzinfo=UTC)  # from the feed entry
    assert full[1].title == "Factory fire in Eastmere"


def test_linked_page_that_fails_keeps_the_entry_text(tmp_path: Path) -> None:
    with local_server({}) as base:  # every linked page is a 404
        path = write(tmp_path / "feed.rss", rss_feed(base))
        got = articles(read_inputs([path], ReadOptions(allow_private=True, fetch_linked=True)))
    assert len(got) == 2
    assert any("linked page not used" in note and "HTTP 404" in note for note in got[0].notes)


def test_html_page_from_a_url() -> None:
    with local_server({"/a": lambda h: send(h, FLOOD_HTML, "text/html")}) as base:
        [article] = articles(read_inputs([f"{base}/a"], ReadOptions(allow_private=True)))
    assert article.url == f"{base}/a" and article.fetched is not None
    assert article.title == "Flood hits Riverton"


# --------------------------------------------------------------------------- WARC


def _warc(path: Path, gzipped: bool) -> str:
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record("x.warc", {"software": "test"}))
        for uri, body, status, ctype in [
            ("https://news.example.org/flood", FLOOD_HTML, "200 OK", "text/html"),
            ("https://news.example.org/logo.png", b"\x89PNG", "200 OK", "image/png"),
            ("https://news.example.org/old", b"", "301 Moved", "text/html"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-05T09:00:00Z"},
            )
            writer.write_record(record)
        text = writer.create_warc_record(
            "https://news.example.org/plain",
            "conversion",
            payload=io.BytesIO(f"date 2024-03-02\n{BODY}".encode()),
            warc_content_type="text/plain",
        )
        writer.write_record(text)
    return str(path)


@pytest.mark.parametrize("gzipped", [False, True])
def test_warc_responses_and_conversions_become_articles(tmp_path: Path, gzipped: bool) -> None:
    path = _warc(tmp_path / ("news.warc.gz" if gzipped else "news.warc"), gzipped)
    flood, plain = articles(read_inputs([path]))
    assert flood.url == "https://news.example.org/flood"
    assert flood.fetched == datetime(2024, 3, 5, 9, tzinfo=UTC)
    assert flood.title == "Flood hits Riverton"
    assert plain.text == BODY and plain.published == datetime(2024, 3, 2, tzinfo=UTC)
    assert flood.origin.startswith(f"{path}#")


# --------------------------------------------------------------------------- gzip, stdin, dirs


def test_gzip_compressed_jsonl_and_text(tmp_path: Path) -> None:
    jsonl = write(
        tmp_path / "a.jsonl.gz", gzip.compress(json.dumps({"id": "g", "text": BODY}).encode())
    )
    text = write(tmp_path / "b.txt.gz", gzip.compress(f"date 2024-03-01\n{BODY}".encode()))
    first, second = articles(read_inputs([jsonl, text]))
    assert first.id == "g" and first.origin == f"{jsonl}:1"
    assert second.published == datetime(2024, 3, 1, tzinfo=UTC)


def test_stdin_is_sniffed_like_a_file() -> None:
    data = "\n".join(json.dumps({"id": f"s{i}", "text": BODY}) for i in range(3)).encode()
    got = articles(read_inputs(["-"], ReadOptions(stdin=io.BytesIO(data))))
    assert [a.id for a in got] == ["s0", "s1", "s2"]
    assert got[0].origin == "stdin:1"


class _Pipe(io.RawIOBase):
    """A non-seekable stream, like a shell pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer):  # type: ignore[no-untyped-def]
        chunk = self._data.read(min(len(buffer), 7))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_gzip_on_a_non_seekable_stdin() -> None:
    data = gzip.compress(f"date 2024-03-01\n{BODY}".encode())
    [article] = articles(read_inputs(["-"], ReadOptions(stdin=io.BufferedReader(_Pipe(data)))))  # type: ignore[arg-type]
    assert article.text == BODY


def test_directory_is_read_recursively_in_order_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    write(tmp_path / "b.txt", "Second file body.")
    write(tmp_path / "sub" / "c.txt", "Third file body.")
    write(tmp_path / "a.txt", "First file body.")
    write(tmp_path / ".hidden.txt", "Hidden.")
    write(tmp_path / ".git" / "x.txt", "Hidden too.")
    got = articles(read_inputs([str(tmp_path)]))
    assert [a.text for a in got] == ["First file body.", "Second file body.", "Third file body."]


def test_glob_patterns(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "First file body.")
    write(tmp_path / "b.md", "Not matched.")
    (tmp_path / "deep").mkdir()
    write(tmp_path / "deep" / "c.txt", "Deep file body.")
    got = articles(read_inputs([str(tmp_path / "**" / "*.txt")]))
    assert [a.text for a in got] == ["First file body.", "Deep file body."]


def test_reading_is_lazy(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps({"text": f"R {i}."}) for i in range(5)))
    stream = read_inputs([path])
    first = next(stream)
    assert isinstance(first, Article) and first.text == "R 0."
