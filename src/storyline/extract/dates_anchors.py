"""The day a relative date expression counts from, when it is not the report's own day.

"Tonight", "this morning", "Sunday" count from the day they were written. Most of a report
was written on its publication day, but two kinds of passage carry their own day:
- an embedded social-media post, quoted with its stamp ("Two shootings downtown this morning
  are connected — Jo Reporter (@joreports) October 3, 2016"): its words count from the
  post's day, which can be days before the page was published or crawled;
- a section of a page updated over days, under a dated heading ("FIRST REPORT (Nov. 1)",
  "UPDATE (Sept. 7):"): the section was written on the heading's day, so "tonight" in the
  first report of a story updated the next day is the first day's night.
`AnchorMap.anchor_at` gives the day an expression at a position counts from: the post's day,
else the day of the dated section it is in, else the report's day.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.extract.timex import find_date_expressions, normalize_date_expression

__all__ = ["AnchorMap", "anchor_map"]

_MONTH_DAY_YEAR = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},"
                   r"\s+\d{4}")
# A post's byline and stamp at the end of its quoted text: a dash, the author's name, the
# handle in parentheses, the day ("— Jo Reporter (@joreports) October 3, 2016").
_POST_STAMP = re.compile(r"[—–]\s*[^\n—–]{1,60}?\(@\w{1,30}\)\s+(?P<day>" + _MONTH_DAY_YEAR
                         + r")", re.IGNORECASE)
# How far after an expression its post's stamp may end (a post is short).
POST_SPAN = 320
# A dated heading on a line of its own, or before the section's first sentence: a label
# with UPDATE / REPORT / POST / STORY in it, then the day in parentheses ("UPDATE @ 9:03
# p.m. (Sept. 7):", "INITIAL REPORT (Aug. 31)", "Update (Feb. 20):", "UPDATE (1/3/17):").
_SECTION_HEADING = re.compile(
    r"(?:^|(?<=[.!?\"”]))[ \t]*(?:[A-Za-z'’#]+[ \t]+){0,3}(?:update[ds]?|report(?:ed)?"
    r"|post(?:ed)?|story)\b"
    r"[^\n().]{0,25}"
    r"\(\s*(?P<day>[^()\n]{3,24}?)\s*\)[ \t]*:?[ \t]*(?=\n|$|[A-Z\"“])",
    re.IGNORECASE | re.MULTILINE)
# The same heading with its day after the label and a colon closing it, without parentheses:
# "UPDATE 1/11:", "PREVIOUS 1/4:", "UPDATE, 5/4:", "UPDATED May 15:". Only numeric or
# month-and-day dates: a weekday after "UPDATE" ("UPDATE Friday:") is an entry's time stamp
# (dates.py). "Posted 5/1:", "First reported Aug. 15:" head a section as well.
# Either heading may also run on after the previous section's last sentence, on the same line
# ("... No arrest yet. Original report 4/30: Two men were shot ... today"): a page whose line
# breaks were lost when it was copied still starts a section after a sentence's end.
_BARE_SECTION_HEADING = re.compile(
    r"(?:^|(?<=[.!?\"”]))[ \t]*(?:[A-Za-z'’#]+[ \t]+){0,2}(?:update[ds]?|report(?:ed)?"
    r"|post(?:ed)?|story|previous|original|coverage)\b,?[ \t]+(?P<day>\d{1,2}/\d{1,2}"
    r"(?:/\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}"
    r"(?:,[ \t]+\d{4})?)[ \t]*:",
    re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class AnchorMap:
    """The report's day and the dated sections of one text, in text order."""

    text: str
    report: date | None
    section_starts: tuple[int, ...] = ()
    section_days: tuple[date, ...] = ()
    # Where the headings' own days are written ("UPDATE 1/11:"): the page's stamps.
    heading_days: tuple[tuple[int, int], ...] = ()

    def in_heading(self, start: int, end: int) -> bool:
        """The expression at `start`..`end` is a dated heading's own day."""
        return any(first <= start and end <= last for first, last in self.heading_days)

    def anchor_at(self, start: int, end: int) -> date | None:
        """The day the expression at `start`..`end` counts from."""
        if self.report is None:
            return None
        post = _post_day(self.text, end, self.report)
        if post is not None:
            return post
        index = bisect_right(self.section_starts, start) - 1
        return self.section_days[index] if index >= 0 else self.report


def anchor_map(text: str, report: date | None) -> AnchorMap:
    """The sections of `text` under dated headings, each with the day of its heading (a
    heading without a year is read against the report's day like any date: "Aug. 31" on a
    page of January is the August before)."""
    if report is None:
        return AnchorMap(text, report)
    found: list[tuple[int, date]] = []
    headings: list[tuple[int, int]] = []
    for match in [*_SECTION_HEADING.finditer(text), *_BARE_SECTION_HEADING.finditer(text)]:
        day = _day_of(match.group("day"), report) or _month_slash_day(match.group("day"),
                                                                       report)
        if day is not None:
            found.append((match.end(), day))
            headings.append(match.span("day"))
    found.sort()
    return AnchorMap(text, report, tuple(start for start, _ in found),
                     tuple(day for _, day in found), tuple(headings))


def _post_day(text: str, end: int, report: date) -> date | None:
    """The day of the embedded post the expression ending at `end` is part of: a post stamp
    later on the same line, close after it."""
    line_end = text.find("\n", end)
    limit = min(len(text), end + POST_SPAN, line_end if line_end >= 0 else len(text))
    if "(@" not in text[end:limit]:
        return None
    match = _POST_STAMP.search(text, end, limit)
    if match is None or "(@" in text[end:match.start()]:
        return None  # the stamp closes an earlier post on the line, not this one
    return _day_of(match.group("day"), report)


def _month_slash_day(words: str, report: date) -> date | None:
    """A heading's "1/11" (month/day, no year): the last such day up to a week after the
    report's day (an update is written after the page was first dated)."""
    parts = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})\s*", words)
    if parts is None:
        return None
    for year in (report.year, report.year - 1):
        try:
            day = date(year, int(parts.group(1)), int(parts.group(2)))
        except ValueError:
            return None
        if day <= report + UPDATE_AFTER_REPORT:
            return day
    return None


UPDATE_AFTER_REPORT = timedelta(days=7)


def _day_of(words: str, report: date) -> date | None:
    """The day a heading or stamp names, read against the report's day."""
    expression = next(iter(find_date_expressions(words)), None)
    if expression is None or expression.text.strip() != words.strip(" .:"):
        return None
    value = normalize_date_expression(expression.text, report)
    if value is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return None
    return date.fromisoformat(value)
