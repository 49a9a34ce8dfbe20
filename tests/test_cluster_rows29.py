"""A tracker's row that brackets its date in its head is dated exactly (session 29, #15;
features._bracketed_row_date): "Tulsa, Oklahoma (05/02/2021): two men shot ..." dates its row
as a database entry does, so two rows of one city a week apart contradict (exact dates) and two
parts of one city the same night are two places (the part-of-city tests of dated entries). A
possessive of a generic place word is no word of a part's name ("the North Side's Irving Park
neighborhood" names Irving Park). Every text and place is made up for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.helpers_cluster import against, dated_report

from storyline.cluster import ClusterSettings
from storyline.cluster.features import article_features, normalise_place
from storyline.records import Article

DAY = date(2021, 5, 2)


def _exact(text: str, said: str) -> int | None:
    article, extraction = dated_report("x", text, said, DAY, published=DAY)
    return article_features(article, extraction, ClusterSettings()).exact_event_day


def test_a_bracketed_date_closing_a_rows_head_is_exact() -> None:
    rows = [
        ("Tulsa, Oklahoma (05/02/2021): Two men were shot outside a laundromat.", "05/02/2021"),
        ("Gary, IN (5/2/2021): 1 killed, 3 injured at a block party.", "5/2/2021"),
        ("Kano (2 May 2021): gunmen seized four traders on the bypass.", "2 May 2021"),
        ("Riverside County, California (May 2, 2021) : a deputy was wounded.", "May 2, 2021"),
        ("Toledo, Ohio (2021-05-02): shots fired into a parked car, one hurt.", "2021-05-02"),
        ("Macon (05/02/2021):3 people wounded near a gas station.", "05/02/2021"),
        ("Lower Ninth Ward, New Orleans, Louisiana (05/02/2021): Teen shot on a porch.",
         "05/02/2021"),
        ("Shreveport, LA (05/02/2021): Woman, 22, killed in a drive-by.", "05/02/2021"),
    ]
    for text, said in rows:
        assert _exact(text, said) == DAY.toordinal(), text
    not_rows = [
        # a bracketed date inside a sentence: a reference, not the row's own date
        ("The trial of the gunman. The hearing (05/02/2021): the judge set bail.", "05/02/2021"),
        ("Police said the suspect, arrested before (05/02/2021): no comment was made.",
         "05/02/2021"),
        # no colon after the bracket: a date in passing
        ("Tulsa, Oklahoma (05/02/2021) police reported two men shot.", "05/02/2021"),
        # a bracket far into a long first line is no row's head
        ("A long account of the city council's meeting about budgets and roads and parks and "
         "schools went on (05/02/2021): members voted.", "05/02/2021"),
        # on a later line
        ("Weekly summary\nSee also (05/02/2021): more shootings.", "05/02/2021"),
        # no year written: not exact
        ("Tulsa, Oklahoma (May 2): Two men were shot outside a laundromat.", "May 2"),
        # the bracket holds more than the date
        ("Tulsa (reported 05/02/2021): two men were shot.", "05/02/2021"),
        ("Tulsa, Oklahoma (05/02/2021, updated): Two men were shot.", "05/02/2021"),
    ]
    for text, said in not_rows:
        assert _exact(text, said) is None, text


def _row(article_id: str, text: str, day: date) -> Article:
    published = datetime(day.year, day.month, day.day, 22, tzinfo=UTC)
    return Article(id=article_id, title=None, text=text, published=published)


def test_two_rows_of_one_city_a_week_apart_contradict() -> None:
    first = _row("a", "Dayton, Ohio (03/06/2021): Two men were shot dead outside a corner "
                      "store on Salem Avenue.", date(2021, 3, 6))
    later = _row("b", "Dayton, Ohio (03/13/2021): One man was killed and two hurt in a shooting "
                      "outside a bar on Wayne Avenue.", date(2021, 3, 13))
    assert "days apart" in against(first, later)
    # a row of the same day: no date contradiction
    same = _row("c", "Dayton, Ohio (03/06/2021): Two men killed by gunfire outside a store "
                     "on Salem Avenue.", date(2021, 3, 6))
    assert "days apart" not in against(first, same)


def test_a_generic_possessive_is_no_word_of_a_places_name() -> None:
    assert normalise_place("West Side's Austin") == "austin"
    assert normalise_place("North Side’s Irving Park") == "irving park"
    assert normalise_place("City's Comuna 4") == "comuna 4"
    assert normalise_place("Capital's Karte Parwan") == "karte parwan"
    # a possessive that is a name keeps its words
    assert normalise_place("St. Mary's Hospital") == "st. mary's hospital"
    assert normalise_place("Martha's Vineyard") == "martha's vineyard"
    assert normalise_place("King's Lynn") == "king's lynn"
    assert normalise_place("Side's") == "side's"
