"""How an article's count mentions combine: the same people told twice, and figures that sum
other events (extract.same_people, extract.aggregates, extract.totals). Sentences written for
this project; the whole-pipeline cases are in the phenomenon suite (counts.jsonl)."""

from __future__ import annotations

import pytest

from storyline.extract.aggregates import deaths_in_background, is_note, sums_other_events
from storyline.extract.counts import scan_counts
from storyline.extract.same_people import ADDS, CONTRASTS, WITHIN, new_people, read_addition
from storyline.extract.totals import compute_totals
from storyline.records import CountMention


def mention(category: str, value: int, evidence: str, start: int, *,
            additional: bool = False) -> CountMention:
    return CountMention(category, value, "exact", value, value, evidence, start,
                        start + len(evidence), additional=additional)


def total(text: str, category: str) -> int | None:
    scan = scan_counts(text, 2024)
    found = compute_totals(scan.mentions, scan.sentence_of, text, scan.trends).get(category)
    return None if found is None else found.value


# ---------------------------------------------------------------- "another", "others", "also"


def test_another_right_after_the_figure_adds() -> None:
    mentions = [mention("injured", 3, "Three people were wounded", 0),
                mention("injured", 1, "another man was shot", 60, additional=True)]
    reading = read_addition([1], 3, [([0], 3, False)], mentions)
    assert reading.reading == ADDS


def test_another_after_a_subset_continues_the_enumeration() -> None:
    mentions = [mention("injured", 4, "Four men were wounded", 0),
                mention("injured", 2, "Two of the men were shot", 40),
                mention("injured", 1, "Another man was shot", 80, additional=True)]
    reading = read_addition([2], 4, [([0], 4, False), ([1], 2, False)], mentions)
    assert (reading.reading, reading.enumerated) == (WITHIN, 2)


def test_an_enumeration_counts_the_additions_before_it_back_to_its_first_subset() -> None:
    mentions = [mention("injured", 6, "Six people were hurt", 0),
                mention("injured", 1, "A man was shot", 30),
                mention("injured", 1, "another man was shot", 50, additional=True),
                mention("injured", 2, "two more were wounded", 80, additional=True)]
    earlier = [([0], 6, False), ([1], 1, False), ([2], 1, True)]
    reading = read_addition([3], 6, earlier, mentions)
    assert (reading.reading, reading.enumerated) == (WITHIN, 2)


def test_wounded_others_after_a_death_are_the_survivors() -> None:
    mentions = [mention("injured", 4, "four were wounded", 0),
                mention("killed", 1, "a man died", 40),
                mention("injured", 3, "three other people were wounded", 55, additional=True)]
    assert read_addition([2], 4, [([0], 4, False)], mentions).reading == CONTRASTS


@pytest.mark.parametrize(("text", "category", "value"), [
    # an enumeration inside the stated figure
    ("Four men were shot on Pine Street on Friday. A man was shot in the arm. Another man was "
     "wounded in the hip. Two others were treated for graze wounds.", "injured", 4),
    ("The fire killed four residents. A mother and her son died on the top floor. Two other "
     "tenants were found dead in a stairwell.", "killed", 4),
    # one more after the figure itself
    ("Three people were wounded in a shooting on Route 9. Police later found another man with "
     "a gunshot wound two blocks away.", "injured", 4),
    ("A man was killed in a shooting on Bell Road. Another man was shot dead nearby minutes "
     "later.", "killed", 2),
    # others than the dead
    ("Four people were injured and one was killed outside a club. Police said a man died, and "
     "three other people were wounded.", "injured", 4),
])
def test_additive_statements_in_articles(text: str, category: str, value: int) -> None:
    assert total(text, category) == value


def test_another_of_a_group_left_out_as_another_event_does_not_add() -> None:
    filler = ("Detectives searched the block for cameras and spoke with neighbors, who said "
              "the street is usually calm. ") * 6
    text = ("Two men were wounded outside a grocery store on Maple Avenue on Saturday. " + filler
            + "In an unrelated case, a woman was shot on Birch Street. Another woman was shot "
            "in the same block later.")
    assert total(text, "injured") == 2


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A clerk was killed in a robbery at a store. A customer was also shot and survived.", 1, 1),
    ("A man was shot on Pine Street on Friday. He died at the hospital.", 1, None),
    ("A boy shot another boy with a rifle. The victim died hours later.", 1, None),
])
def test_people_shot_besides_the_dead(text: str, killed: int, injured: int | None) -> None:
    assert (total(text, "killed"), total(text, "injured")) == (killed, injured)


# ---------------------------------------------------------------- within one sentence


def test_a_breakdown_of_people_in_general_is_not_added() -> None:
    mentions = [mention("injured", 5, "five people, three men and two women, were hurt", 0),
                mention("injured", 3, "three men and two women, were hurt", 13),
                mention("injured", 2, "two women, were hurt", 27)]
    assert new_people([0, 1, 2], mentions) == [0]


def test_a_list_of_kinds_adds_up_even_when_its_numbers_sum() -> None:
    mentions = [mention("killed", 3, "3 policemen, 2 soldiers and 1 civilian were killed", 0),
                mention("killed", 2, "2 soldiers and 1 civilian were killed", 13),
                mention("killed", 1, "1 civilian were killed", 29)]
    assert new_people([0, 1, 2], mentions) == [0, 1, 2]


def test_a_condition_of_some_of_them_is_not_more_people() -> None:
    mentions = [mention("injured", 4, "Four people were shot", 0),
                mention("injured", 1, "one is in critical condition", 27)]
    assert new_people([0, 1], mentions) == [0]
    larger = [mention("injured", 1, "One man was shot in the leg", 0),
              mention("injured", 2, "two others were critically wounded", 32)]
    assert new_people([0, 1], larger) == [0, 1]


def test_the_same_figure_twice_is_one_group_unless_the_kinds_differ() -> None:
    twice = [mention("injured", 4, "Four people wounded", 0),
             mention("injured", 4, "four people were shot", 21)]
    assert new_people([0, 1], twice) == [0]
    kinds = [mention("killed", 2, "Two soldiers", 0), mention("killed", 2, "two civilians", 17)]
    assert new_people([0, 1], kinds) == [0, 1]


def test_a_subject_pronoun_after_one_person_is_that_person() -> None:
    one = [mention("killed", 1, "The man was rushed to a hospital", 0),
           mention("killed", 1, "he was pronounced dead", 40)]
    assert new_people([0, 1], one) == [0]
    group = [mention("killed", 4, "Four people", 0), mention("killed", 1, "he", 40)]
    assert new_people([0, 1], group) == [0, 1]
    possessive = [mention("killed", 1, "A mother and her son were killed", 0),
                  mention("killed", 1, "her son were killed", 15)]
    assert new_people([0, 1], possessive) == [0, 1]


# ---------------------------------------------------------------- figures over other events

LONG = ("A man was shot and killed on Orchard Street on Tuesday night. Officers found him near a "
        "parked car. He died at the scene. {} ")


@pytest.mark.parametrize("clause", [
    "So far this year, 38 people have been killed in the city.",
    "Across the country, 60 clerks were killed in robberies.",
    "About 900 people are killed by firearms each year.",
    "At least 30 people were killed in separate incidents over the weekend.",
    "Killings rose 20 percent, with 45 people killed.",
    "In 2015, 14 people were killed on the same block.",
])
def test_a_total_over_a_period_incidents_or_area_is_not_this_events(clause: str) -> None:
    text = LONG.format(clause)
    at = text.index(clause)
    assert sums_other_events(text, at + 5, at + 15)
    assert total(text, "killed") == 1


@pytest.mark.parametrize("clause", [
    "Two men were killed at the same corner in July.",  # a month dates an event, not a period
    "The shooting last month killed two men.",
    "Clashes around Tamo killed two men.",  # where it happened, not a whole area
])
def test_a_dated_or_placed_event_is_not_a_total(clause: str) -> None:
    text = LONG.format(clause)
    at = text.index(clause)
    assert not sums_other_events(text, at, at + len(clause))


def test_a_round_up_headline_is_no_one_events_figure() -> None:
    text = "A man was shot dead on Hollis Avenue late Saturday, police said."
    scan = scan_counts(text, 2024)
    shot = mention("killed", 1, "A man was shot dead", 0)
    headline = CountMention("killed", 4, "exact", 4, 4, "4 dead", -1, -1)
    found = compute_totals([shot, headline], [0, 1], text, scan.trends,
                           title="4 dead, 12 wounded in weekend shootings")
    assert found["killed"].value == 1
    one_event = compute_totals([shot, headline], [0, 1], text, scan.trends,
                               title="4 dead in shooting at a bar")
    assert one_event["killed"].value == 4


def test_a_short_note_is_the_record_of_what_it_sums() -> None:
    note = "Gunmen killed four farmers in separate raids on villages near Tamo."
    assert is_note(note)
    assert total(note, "killed") == 4
    assert not is_note(LONG.format("Police have no suspects."))


# ---------------------------------------------------------------- session 8: deaths told aside,
# people taken up again, dead suspects

_LEAD = ("Two men were wounded when shots were fired at a group outside a laundromat on Vine "
         "Street late Friday, police said. Both were treated at County General and released. ")
_FILLER = ("Officers canvassed the block for doorbell video and asked for tips. ") * 8


def test_a_death_told_only_past_an_injuries_only_lead_is_another_events() -> None:
    text = _LEAD + _FILLER + "Last spring a woman was shot dead on the same corner."
    assert total(text, "injured") == 2
    assert total(text, "killed") is None


def test_a_death_told_past_the_lead_stands_when_the_headline_has_a_word_of_it() -> None:
    text = _LEAD + _FILLER + "On Sunday one of the men died of his wounds at the hospital."
    scan = scan_counts(text, 2024)
    found = compute_totals(scan.mentions, scan.sentence_of, text, scan.trends,
                           title="Man dies after laundromat shooting")
    assert "killed" in found and found["killed"].value == 1


def test_deaths_in_background_never_reads_a_short_note() -> None:
    note = "Two men were wounded on Vine Street. Police arrested a suspect. A clerk was killed."
    mentions = [mention("injured", 2, "Two men were wounded", 0),
                mention("killed", 1, "A clerk was killed", 700)]
    assert is_note(note)
    assert not deaths_in_background(mentions, note, None, 600)


def test_figures_taken_up_by_a_plural_demonstrative_sum_other_incidents() -> None:
    text = ("Police count 300 shootings this spring. More than 350 people were wounded in "
            "those shootings, the chief said.")
    start = text.index("More than 350")
    assert sums_other_events(text, start, start + 30)
    own = "These attacks came minutes after a car bomb. Together they wounded 14 people."
    assert not sums_other_events(own, own.index("wounded"), own.index("wounded") + 18)


def test_both_without_a_noun_takes_up_the_people_listed() -> None:
    mentions = [mention("killed", 2, "a man and a woman", 0),
                mention("killed", 2, "both dead", 19)]
    assert new_people([0, 1], mentions) == [0]
    mentions = [mention("killed", 3, "A rabbi, a guard and a shopkeeper", 0),
                mention("killed", 2, "both attackers were killed", 40)]
    assert new_people([0, 1], mentions) == [0, 1]


def _extracted_killed(text: str) -> int | None:
    from datetime import UTC, datetime

    from storyline.extract import extract_facts
    from storyline.records import Article

    article = Article(id="t", title=None, text=text, published=datetime(2024, 5, 1, tzinfo=UTC),
                      url=None, source=None)
    found = extract_facts(article).totals.get("killed")
    return None if found is None else found.value


def test_a_dead_suspect_is_not_added_to_the_dead_a_gunman_is() -> None:
    assert _extracted_killed("Deputies killed an armed robbery suspect at a motel on Friday, "
                             "leaving one man dead at the scene.") == 1
    assert _extracted_killed("A gunman killed two people at a diner before police shot him "
                             "dead.") == 3


# ---------------------------------------------------------------- session 10

def test_a_definite_description_after_one_person_is_that_person() -> None:
    """"A 14-year-old was found wounded, and the boy was flown to a trauma center": "the boy"
    takes up the one person just counted; "the boy's father" is someone else."""
    same = [mention("injured", 1, "A 14-year-old was found wounded", 0),
            mention("injured", 1, "the boy was flown to a trauma center", 36)]
    assert new_people([0, 1], same) == [0]
    victim = [mention("injured", 1, "A cyclist was hit by a stray bullet", 0),
              mention("injured", 1, "the victim was taken to the hospital", 40)]
    assert new_people([0, 1], victim) == [0]
    father = [mention("injured", 1, "A girl was grazed", 0),
              mention("injured", 1, "the girl's father was wounded", 22)]
    assert new_people([0, 1], father) == [0, 1]
    group = [mention("injured", 3, "Three men were shot", 0),
             mention("injured", 1, "the woman was grazed", 30)]
    assert new_people([0, 1], group) == [0, 1]


def _facts(text: str, title: str | None = None) -> dict[str, int]:
    from datetime import UTC, datetime

    from storyline.extract import extract_facts
    from storyline.records import Article

    found = extract_facts(Article(id="t", title=title, text=text, source="Daily Courier",
                                  published=datetime(2026, 3, 1, tzinfo=UTC)))
    return {category: t.value for category, t in found.totals.items()
            if category in ("killed", "injured")}


@pytest.mark.parametrize(("title", "text", "killed"), [
    (None, "Four adults and an unborn baby were killed when a gunman opened fire at a cookout "
     "on Saturday.", 4),
    (None, "A gunman killed four adults and an unborn child at a backyard cookout on Saturday, "
     "police said.", 4),
    (None, "The crash left three people dead, among them an unborn child, the sheriff said.", 2),
    (None, "Two men were shot dead outside the store on Friday. Officers said Keisha Brown's "
     "unborn baby also died.", 2),
    (None, "A pregnant woman and her unborn baby were killed in the shooting on Saturday.", 1),
    ("Gunman kills four adults and an unborn child at cookout",
     "The shooting happened on Saturday evening in a backyard on Elm Street, police said.", 4),
])
def test_an_unborn_child_is_not_among_the_people_killed(title: str | None, text: str,
                                                         killed: int) -> None:
    """A casualty figure counts the born: the death of an unborn child is told and charged
    apart ("five adults and an unborn child", "her unborn baby")."""
    assert _facts(text, title)["killed"] == killed


@pytest.mark.parametrize(("text", "injured"), [
    ("A deputy was shot during a traffic stop on Monday, and the suspect was shot and killed by "
     "the deputy's partner.", 1),
    ("A police officer was shot on Friday night. The gunman died after officers returned "
     "fire.", 1),
    # the suspect is the one shot: no one else was hurt
    ("A police officer shot a robbery suspect on Friday. The suspect was hit twice in the chest "
     "and died on the sidewalk.", None),
])
def test_an_attackers_death_is_not_among_the_victims_shot(text: str, injured: int | None) -> None:
    assert _facts(text).get("injured") == injured
    assert _facts(text)["killed"] == 1


@pytest.mark.parametrize(("title", "text", "injured"), [
    ("Woman killed, 2 others shot in Elm Park", "A woman was shot dead in Elm Park late Friday. "
     "Two men were shot nearby and taken to a hospital, police said.", 2),
    ("Man killed, another wounded on Ridge Road", "Two men were shot on Ridge Road early "
     "Sunday, police said. One of them died at the scene.", 1),
    ("1 dead, 3 others hurt in Ridge Road shooting", "Four people were shot on Ridge Road early "
     "Sunday, police said. One of them died at the scene.", 3),
])
def test_a_headline_sets_its_wounded_others_against_its_dead(title: str, text: str,
                                                             injured: int) -> None:
    """"Woman killed, 2 others shot": the headline's others are besides the dead, so the body's
    two men shot are not counted down by her death; "four people were shot" counts her too."""
    assert _facts(text, title) == {"killed": 1, "injured": injured}
