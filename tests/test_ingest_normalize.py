"""The normalization rules every reader shares: dates, text cleanup, titles, ids, field aliases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from storyline.ingest.normalize import clean_text, parse_datetime, record_to_article
from storyline.ingest.options import ReadOptions
from storyline.ingest.text import parse_plain_text, split_title
from storyline.records import Article, InputFailure


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("2024-03-05T10:00:00+02:00", datetime(2024, 3, 5, 8, tzinfo=UTC)),
        ("2024-03-05T10:00:00", datetime(2024, 3, 5, 10, tzinfo=UTC)),
        ("2024-03-05T10:00:00Z", datetime(2024, 3, 5, 10, tzinfo=UTC)),
        ("2024-03-05 10:00:00.123456+00:00", datetime(2024, 3, 5, 10, 0, 0, 123456, tzinfo=UTC)),
        ("2024/03/05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 10:00:00 +0100", datetime(2024, 3, 5, 9, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 10:00:00 GMT", datetime(2024, 3, 5, 10, tzinfo=UTC)),
        ("20240305", datetime(2024, 3, 5, tzinfo=UTC)),
        ("20240305123000", datetime(2024, 3, 5, 12, 30, tzinfo=UTC)),
        ("March 5, 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        ("5 March 2024", datetime(2024, 3, 5, tzinfo=UTC)),
        (1709632800, datetime(2024, 3, 5, 10, tzinfo=UTC)),
        (1709632800000, datetime(2024, 3, 5, 10, tzinfo=UTC)),
        ("1709632800", datetime(2024, 3, 5, 10, tzinfo=UTC)),
        (date(2024, 3, 5), datetime(2024, 3, 5, tzinfo=UTC)),
        (
            datetime(2024, 3, 5, 10, tzinfo=timezone(timedelta(hours=-5))),
            datetime(2024, 3, 5, 15, tzinfo=UTC),
        ),
    ],
)
def test_dates_become_utc(value: object, expected: datetime) -> None:
    parsed = parse_datetime(value)
    assert parsed == expected and parsed.tzinfo == UTC


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2024-02-30", "day is out of range for month"),
        ("2023-02-29", "day is out of range for month"),
        ("2024-13-01", "month must be in 1..12"),
        ("0003-01-01", "not plausible"),
        ("yesterday-ish", "not a recognizable date"),
        ("", "empty date"),
        (True, "not a date"),
        ([2024, 3, 5], "not a date"),
    ],
)
def test_invalid_dates_say_why(value: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_datetime(value)


def test_clean_text() -> None:
    raw = "\ufeffLine one  \r\nLine\u00a0two\u200b\r\n\r\n\r\n\r\n\tIndented   words\x07\n\n"
    assert clean_text(raw) == "Line one\nLine two\n\nIndented words"
    assert clean_text("e\u0301t\u00e9") == "\u00e9t\u00e9"  # NFC


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Storm hits Hollin\n\nThe storm hit.", "Storm hits Hollin"),
        ("Storm hits Hollin: live\n\nThe storm hit.", "Storm hits Hollin: live"),
        ("The storm hit Hollin.\n\nIt was bad.", None),
        ('"We lost everything," she said.\n\nIt was bad.', None),
        ("Storm hits Hollin:\n\nThe storm hit.", None),
        ("Storm hits Hollin\nThe storm hit.", None),
        ("Storm hits Hollin\n\n", None),
        (" ".join(["word"] * 31) + "\n\nBody.", None),
    ],
)
def test_title_rule(text: str, title: str | None) -> None:
    assert split_title(clean_text(text))[0] == title


def test_date_header_variants() -> None:
    options = ReadOptions()
    for text in (
        "Date: 2024-03-05\nBody text.",
        "DATE 2024-03-05T10:00:00Z Body text.",
        "  \n date 2024-3-5\n\nBody text.",
    ):
        article = parse_plain_text(text, "x", options)
        assert isinstance(article, Article)
        assert article.published is not None and article.published.date() == date(2024, 3, 5)
        assert article.text == "Body text."
    not_a_header = parse_plain_text("date night in Hollin was cancelled.", "x", options)
    assert isinstance(not_a_header, Article)
    assert (
        not_a_header.text == "date night in Hollin was cancelled."
        and not_a_header.published is None
    )


def test_record_aliases_and_shapes() -> None:
    record = {
        "ID": 12.0,
        "Headline": "Blast in Dunmore",
        "content": ["First paragraph.", "Second paragraph."],
        "publishedAt": "2024-03-05T10:00:00Z",
        "date_modified": "2024-03-06",
        "source": {"id": "dx", "name": "Dunmore Express"},
        "link": "https://dunmore.example/news/1",
        "authors": [{"name": "Ann Lee"}, "by Bo Chan", "Ann Lee"],
    }
    article = record_to_article(record, "x:1", ReadOptions())
    assert isinstance(article, Article)
    assert article.id == "12" and article.title == "Blast in Dunmore"
    assert article.text == "First paragraph.\n\nSecond paragraph."
    assert article.published == datetime(2024, 3, 5, 10, tzinfo=UTC)
    assert article.modified == datetime(2024, 3, 6, tzinfo=UTC)
    assert article.source == "Dunmore Express" and article.authors == ("Ann Lee", "Bo Chan")


def test_summary_is_a_fallback_with_a_note() -> None:
    article = record_to_article({"description": "Short summary."}, "x:1", ReadOptions())
    assert isinstance(article, Article) and article.text == "Short summary."
    assert any("summary field" in note for note in article.notes)


def test_record_without_text_is_a_failure() -> None:
    failure = record_to_article({"id": "1", "text": "   "}, "x:1", ReadOptions())
    assert isinstance(failure, InputFailure) and failure.input == "x:1"
