"""Sentence selection of the store-wide digest: one statement on one day, provenance kept, and the
span a caller gives (the news-tls protocol gives the reference timeline's first and last date).

The reports are written for this project (a port strike, a bridge closure), in varied wording."""

from __future__ import annotations

from datetime import date

from helpers_reconcile import stored
from storyline.reconcile import digest_from_articles

# A strike story: two sentences each name two days (the walkout and the talks), and a wire copy
# of one lead runs in a second outlet with different spacing and case.
STRIKE = [
    ("s1", "2026-05-04 07:00",
     "Dock workers walked off the job at the northern port on Monday, halting container traffic. "
     "Union leaders said the walkout on Monday followed talks that collapsed on Sunday night.",
     "Harbour Gazette"),
    ("s2", "2026-05-05 07:00",
     "The strike that began on Monday left forty ships waiting at anchor outside the port. "
     "Talks that broke down on Sunday will resume on Thursday, the mediator announced.",
     "Coast Wire"),
    ("s3", "2026-05-05 09:30",
     "THE STRIKE that began on Monday left forty ships waiting at anchor outside  the port. "
     "Shipping lines began diverting cargo to southern terminals on Tuesday afternoon.",
     "Metro Daily"),
    ("s4", "2026-05-06 08:00",
     "Monday's walkout has already cost exporters millions, a trade group estimated on Wednesday. "
     "Farmers said fruit was rotting on the quays since the stoppage started on Monday.",
     "Harbour Gazette"),
]


def _strike():  # type: ignore[no-untyped-def]
    return [stored(i, when, text, source=outlet) for i, when, text, outlet in STRIKE]


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def test_the_same_statement_never_appears_on_two_days() -> None:
    entries = digest_from_articles(_strike(), max_dates=4, per_date=3)
    days_of: dict[str, set[date]] = {}
    for entry in entries:
        days_of.setdefault(_normal(entry.text), set()).add(entry.date)
    assert entries
    assert all(len(days) == 1 for days in days_of.values()), days_of


def test_a_wire_copy_is_not_picked_twice_on_one_day() -> None:
    entries = digest_from_articles(_strike(), max_dates=1, per_date=4)
    texts = [_normal(e.text) for e in entries]
    assert len(texts) == len(set(texts))


def test_entries_keep_report_outlet_time_and_how_the_day_is_known() -> None:
    reports = {i: (outlet, when) for i, when, _, outlet in STRIKE}
    entries = digest_from_articles(_strike(), max_dates=3, per_date=2)
    assert entries
    for entry in entries:
        outlet, when = reports[entry.article_ids[0]]
        assert entry.source == outlet
        assert entry.time is not None and entry.time.strftime("%Y-%m-%d %H:%M") == when
        assert entry.date_basis in {"stated", "reported"}
        if entry.date_basis == "reported":  # an opening sentence that names no day
            assert entry.date == entry.time.date()
    # Monday (4 May) is named by every report: its entries state the day themselves.
    monday = [e for e in entries if e.date == date(2026, 5, 4)]
    assert monday and all(e.date_basis == "stated" for e in monday)


# A bridge closure first reported weeks after the inspection that found the cracks: the
# inspection day lies far before the first report, outside the digest's own look-back.
BRIDGE = [
    ("b1", "2026-09-20 08:00",
     "The river bridge was closed to traffic on Saturday after engineers found cracks in two "
     "piers. The cracks were first found in an inspection on September 1, officials admitted."),
    ("b2", "2026-09-21 08:00",
     "Commuters queued for hours on Sunday as ferries replaced the closed bridge. "
     "The September 1 inspection report warned that the piers could fail within months."),
    ("b3", "2026-09-22 08:00",
     "Council members asked why the bridge stayed open for three weeks after the inspection "
     "on September 1. The transport chief resigned on Monday evening."),
]


def _bridge():  # type: ignore[no-untyped-def]
    return [stored(i, when, text) for i, when, text in BRIDGE]


def test_a_given_span_admits_days_before_the_first_report() -> None:
    inspection = date(2026, 9, 1)
    without = digest_from_articles(_bridge(), max_dates=2, per_date=1)
    assert inspection not in {e.date for e in without}
    spanned = digest_from_articles(
        _bridge(), max_dates=2, per_date=1, span=(date(2026, 8, 25), date(2026, 9, 22))
    )
    assert inspection in {e.date for e in spanned}
    assert all(date(2026, 8, 25) <= e.date <= date(2026, 9, 22) for e in spanned)


def test_a_span_also_bounds_the_days_on_the_other_side() -> None:
    spanned = digest_from_articles(
        _bridge(), max_dates=5, per_date=1, span=(date(2026, 9, 20), date(2026, 9, 21))
    )
    assert spanned
    assert {e.date for e in spanned} <= {date(2026, 9, 20), date(2026, 9, 21)}


def test_a_possessive_day_names_the_event_not_what_the_sentence_states() -> None:
    # "Monday's walkout has cost millions" (and the tokenized "Monday 's") speaks of Monday's
    # event; it is not a statement of what happened on Monday. Monday still ranks first.
    reports = [
        *_strike(),
        stored("s5", "2026-05-07 08:00",
               "Tuesday 's diversions doubled trucking costs for the region , hauliers said ."),
    ]
    entries = digest_from_articles(reports, max_dates=6, per_date=10)
    monday = [e.text for e in entries if e.date == date(2026, 5, 4)]
    tuesday = [e.text for e in entries if e.date == date(2026, 5, 5)]
    assert monday
    assert not any("Monday's walkout" in text for text in monday)
    assert not any("diversions doubled" in text for text in tuesday)
    ranked = digest_from_articles(reports, max_dates=1, per_date=1)
    assert [e.date for e in ranked] == [date(2026, 5, 4)]
