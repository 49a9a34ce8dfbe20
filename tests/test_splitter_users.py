"""Clustering's sentence readers use the one splitter (extract/sentences.py): the background
sentence of a cue, the dated sentence's time of day and a headline-less title end where a
sentence ends, not at "Mt.", "St." or "p.m." (#14, one splitter)."""

from __future__ import annotations

from datetime import date

from tests.helpers_cluster import dated_report

from storyline.cluster import ClusterSettings, choose_title
from storyline.cluster.features import article_features
from storyline.cluster.roles import sentence_roles
from storyline.records import Article


def test_a_background_sentence_is_the_whole_sentence_around_its_cue() -> None:
    text = ("Two men were shot on Elm Road on Friday. Last year a similar shooting on Mt. "
            "Vernon Street killed three. Police have no suspect.")
    cue_sentence = "Last year a similar shooting on Mt. Vernon Street killed three."
    start = text.index(cue_sentence)
    assert sentence_roles(text) == [(start, start + len(cue_sentence), "background")]


def test_the_time_of_day_is_read_in_the_dated_sentence_only() -> None:
    said = "March 4, 2016"
    # "p.m." does not end the dated sentence; the next line ("Sunday night") is not in it.
    text = f"Officers were called at around 4:50 p.m. on {said}.\nA vigil was held Sunday night."
    article, extraction = dated_report("x", text, said, date(2016, 3, 4))
    assert article_features(article, extraction, ClusterSettings()).exact_hours == (16, 17)


def test_a_headline_less_title_ends_at_the_sentence_end_not_an_abbreviation() -> None:
    article = Article(id="a", title=None,
                      text="St. Louis man held after a shooting on Mt. Olive Road. He is 19.")
    assert choose_title([article]) == "St. Louis man held after a shooting on Mt. Olive Road."


def test_a_round_number_after_about_is_a_crowd_unless_at_or_hours_make_it_a_time() -> None:
    """The whole dated sentence now reaches a note's size tag ("[size=about 1500]"): a round
    "about 1500" is a clock time only after "at" or before "hours"."""
    said = "4 May 2020"

    def hours(text: str) -> tuple[int, int] | None:
        article, extraction = dated_report("x", text, said, date(2020, 5, 4))
        return article_features(article, extraction, ClusterSettings()).exact_hours

    assert hours(f"On {said}, about 1500 workers protested in the city.") is None
    assert hours(f"On {said}, workers protested in the city. [size=about 1500]") is None
    assert hours(f"On {said}, at about 1900, gunmen attacked a convoy.") == (19, 20)
    assert hours(f"On {said}, around 1500 hours, gunmen attacked a convoy.") == (15, 16)
    assert hours(f"On {said}, around 1640, gunmen attacked a convoy.") == (16, 17)
