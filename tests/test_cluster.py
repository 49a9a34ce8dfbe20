"""The online clusterer: grouping, determinism, batching invariance, near duplicates, state."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import numpy as np
import pytest
from tests.helpers_cluster import (
    LAST_NAMES,
    STREET_ROOTS,
    background,
    facts,
    incident_stream,
    report,
)

from storyline.cluster import Clusterer, ClusterSettings, choose_title, event_id_for
from storyline.cluster.features import ArticleFeatures, article_features, term_hash
from storyline.cluster.index import EventIndex
from storyline.cluster.scoring import fact_adjustment
from storyline.cluster.state import ClusterStateError, decode_state, encode_state, new_state
from storyline.records import Article, Assignment, DedupVerdict, Extraction

NEW = DedupVerdict(kind="new")


def _warmed(day: date = date(2024, 3, 1)) -> Clusterer:
    clusterer = Clusterer()
    for article, extraction in background(30, day):
        clusterer.assign(article, extraction, NEW)
    return clusterer


def _run(stream: list[tuple[Article, Extraction, int]], batch: int | None) -> list[Assignment]:
    """Assign the stream; with `batch`, persist and resume a fresh clusterer between batches."""
    clusterer = _warmed()
    persisted = dict(clusterer.take_dirty_states())
    out: list[Assignment] = []
    for position, (article, extraction, _) in enumerate(stream):
        if batch is not None and position % batch == 0 and position:
            persisted.update(clusterer.take_dirty_states())
            clusterer = Clusterer()
            clusterer.load_states(sorted(persisted.items(), reverse=True))
        out.append(clusterer.assign(article, extraction, NEW))
    return out


def test_reports_of_one_incident_share_an_event_and_incidents_stay_apart() -> None:
    stream = incident_stream(incidents=12, reports_each=3)
    assignments = _run(stream, batch=None)
    by_incident: dict[int, set[str]] = {}
    for (_, _, incident), assignment in zip(stream, assignments, strict=True):
        by_incident.setdefault(incident, set()).add(assignment.event_id)
    assert all(len(events) == 1 for events in by_incident.values())
    assert len({next(iter(e)) for e in by_incident.values()}) == 12


def test_event_ids_derive_from_the_founding_article() -> None:
    stream = incident_stream(incidents=4, reports_each=2)
    assignments = _run(stream, batch=None)
    founders = [a for a in assignments if a.created_event]
    assert [a.event_id for a in founders] == [event_id_for(a.article_id) for a in founders]
    assert assignments == _run(stream, batch=None)


@pytest.mark.parametrize("batch", [1, 5, 16])
def test_batches_with_persisted_state_decide_exactly_as_one_run(batch: int) -> None:
    stream = incident_stream(incidents=20, reports_each=3)
    assert _run(stream, batch=batch) == _run(stream, batch=None)


def test_near_duplicate_follows_its_original_event() -> None:
    clusterer = Clusterer()
    day = date(2024, 5, 2)
    first = report("x1", "Corran", "Ilse Marwood", "Quarry Road", day)
    founded = clusterer.assign(first, facts(first, "Corran", day), NEW)
    # A re-post far outside the time window (beyond the 730 days any report may join, even
    # with rare names shared): only the dedup verdict can place it.
    late = datetime(2026, 9, 1, 12, tzinfo=UTC)
    repost = report("x2", "Corran", "Ilse Marwood", "Quarry Road", day, variant=1, published=late)
    verdict = DedupVerdict(kind="near_duplicate", original_id="x1", similarity=0.93)
    followed = clusterer.assign(repost, facts(repost, "Corran", day), verdict, founded.event_id)
    assert followed.event_id == founded.event_id
    assert not followed.created_event
    assert "near duplicate of x1" in followed.reason
    # (session 31: unaided, a report dating its event to the event's own day in one of its
    # places is past no window, `window_dated_day_exempt`; without that, only the verdict)
    unaided = Clusterer(replace(ClusterSettings(), window_dated_day_exempt=False))
    unaided.assign(first, facts(first, "Corran", day), NEW)
    assert unaided.assign(repost, facts(repost, "Corran", day), NEW).created_event
    dated = Clusterer()
    dated.assign(first, facts(first, "Corran", day), NEW)
    assert not dated.assign(repost, facts(repost, "Corran", day), NEW).created_event


def test_same_town_same_day_different_victims_stay_apart() -> None:
    clusterer = _warmed()
    day = date(2024, 6, 9)
    one = report("s1", "Ashford", "Bertil Hauge", "Windle Lane", day, seed=3)
    two = report("s2", "Ashford", "Coralie Demsky", "Harrow Court", day, variant=1, seed=8)
    first = clusterer.assign(one, facts(one, "Ashford", day), NEW)
    second = clusterer.assign(two, facts(two, "Ashford", day), NEW)
    assert second.created_event
    assert second.event_id != first.event_id


def test_a_later_event_that_mentions_an_earlier_one_is_its_own_event_in_the_same_story() -> None:
    clusterer = _warmed(date(2024, 1, 10))
    day = date(2024, 1, 10)
    shooting = report("f1", "Glenrock", "Halvard Quist", "Beacon Street", day, seed=5)
    founded = clusterer.assign(shooting, facts(shooting, "Glenrock", day), NEW)
    vigil_day = date(2024, 2, 20)
    vigil = Article(
        id="f2",
        title="Hundreds march in Glenrock against gun violence",
        text=(
            "Hundreds of residents marched through Glenrock on Tuesday evening, carrying "
            "candles and banners that demanded safer streets. Organisers read the names of "
            "neighbours lost to gun violence, among them Halvard Quist, who died in January. "
            "The mayor promised new lighting and youth programmes."
        ),
        published=datetime(2024, 2, 20, 21, tzinfo=UTC),
    )
    later = clusterer.assign(vigil, facts(vigil, "Glenrock", vigil_day, "protest"), NEW)
    assert later.created_event, later.reason
    assert later.story_id == founded.story_id, later.reason
    assert founded.event_id in later.reason


def test_state_round_trips_and_rejects_garbage() -> None:
    clusterer = Clusterer()
    for article, extraction, _ in incident_stream(incidents=2, reports_each=2):
        clusterer.assign(article, extraction, NEW)
    states = clusterer.take_dirty_states()
    assert len(states) == 2
    assert clusterer.take_dirty_states() == {}
    for data in states.values():
        assert encode_state(decode_state(data)) == data
        assert len(data) < 4096
    with pytest.raises(ClusterStateError):
        decode_state(b"not a state")


def test_rebuild_and_forget_change_what_later_articles_join() -> None:
    stream = incident_stream(incidents=3, reports_each=2)
    clusterer = Clusterer()
    events = [clusterer.assign(a, x, NEW).event_id for a, x, _ in stream]
    clusterer.take_dirty_states()
    target = events[0]
    article, extraction, _ = stream[0]
    members = [(a, x) for (a, x, _), e in zip(stream, events, strict=True) if e == target]

    clusterer.forget_event(target)
    assert target not in clusterer.states
    assert target not in clusterer.take_dirty_states()

    clusterer.rebuild_event(target, members)
    assert set(clusterer.take_dirty_states()) == {target}
    repeat = Article(
        id="repeat", title=article.title, text=article.text, published=article.published
    )
    assert clusterer.assign(repeat, extraction, NEW).event_id == target


def test_a_split_pair_is_never_reported_as_possibly_the_same() -> None:
    stream = incident_stream(incidents=2, reports_each=1)
    lax = ClusterSettings(possibly_same_margin=1.0, min_join_text=0.0, story_threshold=0.0)
    clusterer = Clusterer(lax)
    first, second = (clusterer.assign(a, x, NEW).event_id for a, x, _ in stream)
    article, extraction, _ = stream[0]
    probe = Article(id="probe", title=article.title, text=article.text, published=article.published)
    assert (second,) == tuple(e for e, _ in clusterer.assign(probe, extraction, NEW).possibly_same)
    clusterer.add_cannot_link(first, second)
    probe2 = Article(
        id="probe2", title=article.title, text=article.text, published=article.published
    )
    assert clusterer.assign(probe2, extraction, NEW).possibly_same == ()


def test_choose_title_picks_a_headline_from_the_reports() -> None:
    stream = incident_stream(incidents=1, reports_each=3)
    articles = [a for a, _, _ in stream]
    title = choose_title(articles)
    assert title in {a.title for a in articles}
    untitled = Article(
        id="u",
        text="http: / / example. org / x\nA fire destroyed a warehouse in Corran. More.",
    )
    assert choose_title([untitled]) == "A fire destroyed a warehouse in Corran."
    assert choose_title([]) == ""


def test_an_ambiguous_match_founds_a_new_event_and_is_flagged_for_review() -> None:
    stream = incident_stream(incidents=1, reports_each=2)
    (first, first_facts, _), (second, second_facts, _) = stream
    # The second report scores far above 0.5 with the first; a join threshold above any score
    # and a wide review margin make that match "ambiguous" on purpose.
    strict = ClusterSettings(join_threshold=5.0, possibly_same_margin=4.6)
    clusterer = Clusterer(strict)
    founded = clusterer.assign(first, first_facts, NEW)
    flagged = clusterer.assign(second, second_facts, NEW)
    assert flagged.created_event
    assert [event for event, _ in flagged.possibly_same] == [founded.event_id]
    assert all(score >= 0.4 for _, score in flagged.possibly_same)
    assert "below threshold" in flagged.reason


def test_candidates_with_equal_shared_terms_come_newest_first() -> None:
    """Ties in candidate search keep the scan order (the more recently touched event first),
    whatever the event ids: touching the other event first flips the order."""
    from storyline.cluster.index import EventIndex

    settings = ClusterSettings()
    day = datetime(2024, 5, 2, tzinfo=UTC)

    def features(article_id: str, text: str) -> ArticleFeatures:
        return _features(Article(id=article_id, title="", text=text, published=day), settings)

    def index_event(index: EventIndex, event_id: str, article: ArticleFeatures) -> None:
        state = new_state(event_id, "st-" + event_id)
        state.add(article, settings.event_terms)
        index.add(state)

    shared = "Glimmerton quarry Vostrakian dredger capsized"
    first = features("one", f"{shared} near Pellomir sawmill")
    second = features("two", f"{shared} beside Quantrell tannery")
    closer = features("three", f"{shared} Orvanne")
    probe = features("probe", f"{shared} Orvanne")
    # Other events, so that the shared words are rare in the store.
    fillers = [features(f"f{n}", f"Filler{n}ville Zed{n}ra Quom{n}ax") for n in range(20)]
    orders = []
    for touched in (("ev-a", "ev-b"), ("ev-b", "ev-a")):
        index = EventIndex(settings)
        for n, filler in enumerate(fillers):
            index_event(index, f"ev-f{n}", filler)
        for event_id, article in zip((*touched, "ev-c"), (first, second, closer), strict=True):
            index_event(index, event_id, article)
        found = index.candidates(probe, index.article_idf(probe))
        assert found == ["ev-c", *found[1:3]] and len(found) == 3
        orders.append(found[1:])
    assert orders == [["ev-b", "ev-a"], ["ev-a", "ev-b"]]


# ---------------------------------------------------------------------- features and scoring


def _features(
    article: Article, settings: ClusterSettings, officials: tuple[str, ...] = ()
) -> ArticleFeatures:
    extraction = Extraction(article_id=article.id, event_type="", officials=officials)
    return article_features(article, extraction, settings)


def _weight(features: ArticleFeatures, word: str) -> float:
    position = int(np.searchsorted(features.terms, term_hash(word)))
    assert features.terms[position] == term_hash(word), word
    return float(features.weights[position])


def test_words_in_the_lead_weigh_more_than_the_same_words_late_in_the_text() -> None:
    filler = "The council also discussed parking permits and library opening hours. " * 15
    early = Article(id="e", text=f"A Vostrakian dredger sank near Pellomir. {filler}")
    late = Article(id="l", text=f"Pellomir harbour was quiet. {filler} A Vostrakian dredger sank.")
    assert len(filler) > ClusterSettings().lead_chars

    def ratio(article: Article, settings: ClusterSettings) -> float:
        features = _features(article, settings)
        return _weight(features, "vostrakian") / _weight(features, "pellomir")

    settings = ClusterSettings()
    assert ratio(late, settings) == pytest.approx(ratio(early, settings) * settings.body_weight)
    flat = ClusterSettings(body_weight=1.0)
    assert ratio(late, flat) == pytest.approx(ratio(early, flat))


_CHROME = (
    "Sign in to your account to keep reading. Subscribe to our newsletter and get the top "
    "headlines delivered to your inbox every morning. Manage your notification preferences, "
    "update your email address or cancel your subscription at any time from the account page."
)


def test_crawl_chrome_that_never_mentions_the_headline_does_not_join_two_stories() -> None:
    day = datetime(2024, 4, 2, 9, tzinfo=UTC)
    fire = Article(
        id="c1",
        title="Warehouse fire in Millbrook destroys Tolliver bakery",
        text=_CHROME,
        published=day,
    )
    budget = Article(
        id="c2",
        title="Ashford council approves Greyfriar library budget",
        text=_CHROME,
        published=day,
    )
    for settings, joins in (
        (ClusterSettings(), False),
        (ClusterSettings(off_topic_body_weight=1.0), True),
    ):
        clusterer = Clusterer(settings)
        first = clusterer.assign(fire, Extraction(article_id="c1", event_type=""), NEW)
        second = clusterer.assign(budget, Extraction(article_id="c2", event_type=""), NEW)
        assert (second.event_id == first.event_id) is joins, second.reason


def test_a_body_that_repeats_its_headline_keeps_its_full_weight() -> None:
    article = Article(
        id="t",
        title="Warehouse fire in Millbrook destroys Tolliver bakery",
        text="A fire destroyed the Tolliver bakery warehouse in Millbrook overnight. " + _CHROME,
    )
    default = _features(article, ClusterSettings())
    unscaled = _features(article, ClusterSettings(off_topic_body_weight=1.0))
    assert np.array_equal(default.terms, unscaled.terms)
    assert np.allclose(default.weights, unscaled.weights)


def test_names_of_quoted_officials_weigh_less_than_other_names() -> None:
    settings = ClusterSettings()
    article = Article(
        id="o", text="Lieutenant Zarkovsky said Halvard Quist was found on Beacon Street."
    )
    plain = _features(article, settings)
    quoted = _features(article, settings, officials=("Lieutenant Zarkovsky",))

    def ratio(features: ArticleFeatures) -> float:
        return _weight(features, "zarkovsky") / _weight(features, "quist")

    assert ratio(quoted) == pytest.approx(ratio(plain) * settings.official_name_weight)
    assert _weight(quoted, "lieutenant") / _weight(quoted, "quist") == pytest.approx(
        _weight(plain, "lieutenant") / _weight(plain, "quist")
    )


def test_shared_rare_names_add_up_to_the_configured_number() -> None:
    settings = ClusterSettings()
    state = new_state("ev-n", "st-n")
    state.names.update([11, 12, 13, 14])
    features = _features(Article(id="n", text="Nothing else in common."), settings)
    for shared, counted in ((1, 1), (3, 3), (4, settings.name_match_max)):
        delta, notes = fact_adjustment(features, state, settings, frozenset(range(11, 11 + shared)))
        assert delta == pytest.approx(counted * settings.name_match_bonus)
        assert notes == [f"{shared} rare names shared"]


def _publisher_idf(settings: ClusterSettings, words: tuple[str, ...]) -> list[float]:
    """IDF of `words` in a new article of a publisher that already reported three events, all
    carrying the same made-up chrome line, the first of them naming a town again in the new one."""
    chrome = "Watch Kestrovia Nightdesk live and follow Kestrovia Nightdesk for alerts."
    clusterer = Clusterer(settings)
    incidents = (
        ("p1", "Corran", "Ilse Marwood", "Quarry Road", date(2024, 1, 5)),
        ("p2", "Dunmere", "Piet Sorrell", "Beacon Street", date(2024, 3, 9)),
        ("p3", "Glenrock", "Yusra Hauge", "Windle Lane", date(2024, 6, 14)),
    )
    events: set[str] = set()
    for article_id, town, victim, street, day in incidents:
        plain = report(article_id, town, victim, street, day, seed=len(events))
        article = Article(
            id=plain.id,
            title=plain.title,
            text=f"{plain.text} {chrome}",
            published=plain.published,
            source="kestrovia.example",
        )
        events.add(clusterer.assign(article, facts(article, town, day), NEW).event_id)
    assert len(events) == 3
    probe = Article(id="p4", text=f"Fire crews in Corran. {chrome}", source="kestrovia.example")
    features = _features(probe, settings)
    idf = clusterer.index.article_idf(features)
    return [float(idf[np.searchsorted(features.terms, term_hash(word))]) for word in words]


def test_a_publishers_chrome_is_learnt_from_its_third_event_but_not_a_word_of_one_event() -> None:
    chrome_idf, town_idf = _publisher_idf(ClusterSettings(), ("nightdesk", "corran"))
    assert chrome_idf == 0
    assert town_idf > 0
    late, _ = _publisher_idf(ClusterSettings(boilerplate_min_events=5), ("nightdesk", "corran"))
    assert late > 0
    _, uncounted = _publisher_idf(ClusterSettings(boilerplate_min_count=1), ("nightdesk", "corran"))
    assert uncounted == 0


def test_boilerplate_is_counted_over_the_publishers_latest_events_only() -> None:
    """After a site redesign its old chrome stops being ignored once it leaves the window."""

    def chrome_idf(settings: ClusterSettings) -> list[float]:
        index = EventIndex(settings)
        lines = ["Read more on Quillmark Daily."] * 3 + ["Stream Varnholt Radio now."] * 3
        for number, line in enumerate(lines):
            article = Article(
                id=f"w{number}",
                text=f"{LAST_NAMES[number]} spoke at {STREET_ROOTS[number]} hall. {line}",
                source="quillmark.example",
            )
            state = new_state(f"ev-w{number}", f"st-w{number}")
            state.add(_features(article, settings), settings.event_terms)
            index.add(state)
        probe = _features(
            Article(id="w9", text="Quillmark Varnholt", source="quillmark.example"), settings
        )
        idf = index.article_idf(probe)
        return [
            float(idf[np.searchsorted(probe.terms, term_hash(w))])
            for w in ("quillmark", "varnholt")
        ]

    old, new = chrome_idf(ClusterSettings(boilerplate_window=3))
    assert (old > 0, new) == (True, 0)
    old, new = chrome_idf(ClusterSettings(boilerplate_window=100))
    assert (old, new) == (0, 0)
