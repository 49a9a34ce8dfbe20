"""Dates, session 29 (#15). Sure dates days apart count as two incidents when one more fact
differs (compat.differing_date_contradiction, `differing_date_days`): another way of attacking
(a shooting, then a bombing) or other ages; a gap alone, or another way alone, is not enough. A
one-liner with no date, told in the present tense, is dated the day before its publication for
the date tests (features._present_oneliner_day, `present_oneliner_day`). Every text is made up
for these tests."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime

from storyline.cluster import ClusterSettings
from storyline.cluster.compat import differing_date_contradiction
from storyline.cluster.features import article_features
from storyline.pipeline import gate_and_extract
from storyline.records import Article

SETTINGS = ClusterSettings()
DAY = 739_000


def _differ(gap: int, mine: str, theirs: str, ages: tuple[int, ...] = (),
            event_ages: tuple[int, ...] = (), family: str | None = "attack") -> str | None:
    return differing_date_contradiction(
        DAY + gap, family, mine, ages, Counter({DAY: 1}), Counter({theirs: 1}), event_ages,
        SETTINGS,
    )


def test_days_apart_and_another_way_of_attacking_are_two_incidents() -> None:
    assert _differ(7, "shooting", "bombing") is not None
    assert _differ(-5, "bombing", "shooting") is not None
    assert _differ(4, "abduction", "airstrike_shelling") is not None
    assert _differ(6, "shooting", "shooting", ages=(40,), event_ages=(19,)) is not None
    # the same way of attacking, or ages that match: the gap alone decides (date_veto_days)
    assert _differ(6, "shooting", "shooting") is None
    assert _differ(6, "shooting", "shooting", ages=(31,), event_ages=(30,)) is None
    # near days: one attack told two ways, or a follow-up
    assert _differ(3, "shooting", "bombing") is None
    assert _differ(1, "shooting", "bombing", ages=(40,), event_ages=(19,)) is None
    # beyond date_veto_days date_contradiction speaks alone
    assert _differ(8, "shooting", "bombing") is None
    # a type that names no way of attacking, and a report of no incident (an arrest)
    assert _differ(6, "attack_on_civilians", "bombing") is None
    assert _differ(6, "shooting", "bombing", family=None) is None
    # off
    off = replace(SETTINGS, differing_date_days=0)
    assert differing_date_contradiction(
        DAY + 7, "attack", "shooting", (), Counter({DAY: 1}), Counter({"bombing": 1}), (), off
    ) is None


def _sure(text: str, published: date | None) -> int | None:
    article = Article(
        id="x", title=None, text=text,
        published=datetime(published.year, published.month, published.day, 12, tzinfo=UTC)
        if published else None,
    )
    return article_features(*gate_and_extract(article), SETTINGS).oneliner_day


def test_an_undated_present_tense_oneliner_is_dated_the_day_before_publication() -> None:
    posted = date(2024, 6, 12)
    before = posted.toordinal() - 1
    for text in [
        "Armed conflicts and attacks: A car bomb kills seven people outside a hotel in Baidoa.",
        "A drone strike injures two workers at a fuel depot in Tver. (Interfax)",
        "Gunmen kill three miners at a gold site near Kidal. (RFI)",
        "Militants storm a police post in Tank, killing two officers.",
        "Bandits abduct twelve farmers in Gusau, Zamfara.",
        "A suicide bomber kills nine at a wedding in Kunar. (Pajhwok)",
        "Security forces kill four rebels in a clash near Beni.",
        "An explosion rocks a market in Maiduguri; five people are hurt.",
    ]:
        assert _sure(text, posted) == before, text
    for text in [
        # past tense: it may be a late summary
        "A car bomb killed seven people outside a hotel in Baidoa.",
        # a date of its own
        "On June 3, gunmen kill three miners at a gold site near Kidal.",
        # no publication date
        None,
        # long: a report, not a one-liner
        "Gunmen kill three miners at a gold site near Kidal, officials say. " * 6,
        # no incident verb
        "Armed conflicts and attacks: The UN envoy visits Baidoa to meet clan elders.",
        # a verb's -s form that is as often a plural noun
        "Police treat the wounds of two guards after raids in Baidoa.",
        # three sentences: a short report, not a one-liner
        "Gunmen kill three miners near Kidal. The army arrives. Residents flee.",
    ]:
        if text is None:
            assert _sure("Gunmen kill three miners near Kidal.", None) is None
            continue
        day = _sure(text, posted)
        assert day is None or day != before or "June 3" in text, text
