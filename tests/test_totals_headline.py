"""How an article's headline, lead and body figures combine, and the same person told twice in
one sentence (extract.totals, extract.same_people), session 11. Sentences written for this
project; each test builds the count mentions the sentence reader gives, so that the rule is
tested apart from the reading."""

from __future__ import annotations

import pytest

from storyline.extract.counts import SCOPED_ZERO_DETAIL
from storyline.extract.same_people import new_people
from storyline.extract.subjects import SINGULAR_DETAIL
from storyline.extract.totals import compute_totals, said_shot
from storyline.records import CountMention

TITLE = -1  # a headline's mentions have no offset in the text


def mention(category: str, value: int, evidence: str, start: int, *, additional: bool = False,
            detail: str | None = None, text: str = "") -> CountMention:
    """A mention of `evidence`; with `text`, `start` is found as the phrase's offset in it."""
    if text:
        start = text.index(evidence)
    end = TITLE if start == TITLE else start + len(evidence)
    return CountMention(category, value, "exact", value, value, evidence, start, end,
                        additional=additional, detail=detail)


def figures(mentions: list[CountMention], sentence_of: list[int], text: str,
            title: str | None = None) -> dict[str, int]:
    totals = compute_totals(mentions, sentence_of, text, title=title)
    return {category: total.value for category, total in totals.items()}


# ------------------------------------------------------------ the headline and the lead agree

# (headline phrase, lead sentence, the lead's phrase, a later sentence misread higher, its
# phrases and values)
AGREED = [
    ("2 dead", "Two people died when shots were fired outside a bar on Elm Street.",
     "Two people died",
     "The victims, a man, 24, and a woman were named by the coroner on Sunday.",
     [("a man, 24", 1), ("a woman were named", 1), ("The victims", 2)]),
    ("Three killed", "Three men were killed in a shooting at a car wash on Friday night.",
     "Three men were killed",
     "Relatives said Dale Ortiz and his cousin and a friend had just finished work.",
     [("Dale Ortiz", 1), ("his cousin", 1), ("a friend", 1), ("had just finished", 1)]),
    ("kills 1", "A shooting at a bus stop killed one man early on Tuesday, police said.",
     "killed one man",
     "The man who died and a teenager who was with him were both known to officers.",
     [("The man who died", 1), ("a teenager who was with him", 1)]),
]


@pytest.mark.parametrize(("headline", "lead", "lead_phrase", "later", "later_phrases"), AGREED)
def test_a_headline_figure_the_lead_states_again_stands_over_a_higher_misreading(
    headline: str, lead: str, lead_phrase: str, later: str,
    later_phrases: list[tuple[str, int]],
) -> None:
    text = f"{lead} {later}"
    mentions = [mention("killed", 2 if "2" in headline else 3 if "Three" in headline else 1,
                        headline, TITLE),
                mention("killed", 0, lead_phrase, 0, text=text)]
    mentions[1] = mention("killed", mentions[0].value, lead_phrase, 0, text=text)
    mentions += [mention("killed", value, phrase, 0, text=text) for phrase, value in later_phrases]
    sentence_of = [2, 0] + [1] * len(later_phrases)
    assert figures(mentions, sentence_of, text, title=f"{headline} in shooting")["killed"] \
        == mentions[0].value


def _headline_case(headline: str, headline_value: int, later_phrase: str, later_value: int,
                   **kind: bool) -> dict[str, int]:
    text = (f"Two people died when shots were fired outside a bar on Elm Street. "
            f"{later_phrase} on Sunday.")
    mentions = [mention("killed", headline_value, headline, TITLE),
                mention("killed", 2, "Two people died", 0, text=text),
                mention("killed", later_value, later_phrase, 0, text=text, **kind)]
    return figures(mentions, [2, 0, 1], text, title=f"{headline} outside bar")


def test_a_rise_told_in_words_after_the_agreed_figure_stands() -> None:
    assert _headline_case("2 dead", 2, "The death toll rose to three", 3)["killed"] == 3


def test_one_more_told_as_another_adds_to_the_agreed_figure() -> None:
    assert _headline_case("2 dead", 2, "Another man was found dead nearby", 1,
                          additional=True)["killed"] == 3


@pytest.mark.parametrize("headline", [
    "17-year-old killed",  # one victim named by age: a headline about one of them
    "Two officers dead",  # some of the people, by their kind
])
def test_a_headline_about_some_of_the_people_agrees_on_nothing(headline: str) -> None:
    text = ("Two people died when shots were fired outside a bar on Elm Street. "
            "Three men were killed in all, the coroner said on Sunday.")
    mentions = [mention("killed", 1 if "17" in headline else 2, headline, TITLE),
                mention("killed", 2, "Two people died", 0, text=text),
                mention("killed", 3, "Three men were killed", 0, text=text)]
    assert figures(mentions, [2, 0, 1], text, title=headline)["killed"] == 3


def test_without_the_lead_restating_it_the_larger_figure_stays() -> None:
    text = ("Gunfire broke out outside a bar on Elm Street late on Saturday. "
            "Three men were killed, the coroner said on Sunday.")
    mentions = [mention("killed", 2, "2 dead", TITLE),
                mention("killed", 3, "Three men were killed", 0, text=text)]
    assert figures(mentions, [1, 0], text, title="2 dead outside bar")["killed"] == 3


# ------------------------------------------------ a headline's wounded over the body's sum

@pytest.mark.parametrize(("sentence", "phrases"), [
    ("Two men were shot near the gym and a woman was also hit by a stray round, and a man "
     "was wounded in the arm.",
     [("Two men were shot", 2), ("a woman was also hit", 1), ("a man was wounded", 1)]),
    ("A teen was shot in the hip while a 20-year-old was struck in the back and the teenager "
     "and a friend were taken to hospital.",
     [("A teen was shot", 1), ("a 20-year-old was struck", 1), ("a friend were taken", 2)]),
])
def test_a_headline_figure_of_the_wounded_stands_over_a_sum_of_the_body(
    sentence: str, phrases: list[tuple[str, int]],
) -> None:
    mentions = [mention("injured", 3, "3 wounded", TITLE)] + [
        mention("injured", value, phrase, 0, text=sentence) for phrase, value in phrases]
    assert figures(mentions, [1] + [0] * len(phrases), sentence,
                   title="3 wounded in gym shooting")["injured"] == 3


def test_the_dead_summed_one_by_one_keep_their_sum() -> None:
    """The dead are named one by one; a sum of them is not held against the headline."""
    sentence = "Lena Ortiz was killed on the porch, and her neighbour Sam Reyes was killed inside."
    mentions = [mention("killed", 1, "1 dead", TITLE),
                mention("killed", 1, "Lena Ortiz was killed", 0, text=sentence),
                mention("killed", 1, "Sam Reyes was killed", 0, text=sentence)]
    assert figures(mentions, [1, 0, 0], sentence, title="1 dead on porch")["killed"] == 2


# -------------------------------------------------- the dead among or besides the people shot

def test_a_headline_survivors_figure_is_not_lowered_again() -> None:
    """"4 shot, 2 fatally" reads as 2 injured and 2 killed: the dead are already out."""
    text = "Police were called to a gas station late on Sunday when a brawl spilled outdoors."
    mentions = [mention("injured", 2, "4 shot", TITLE),
                mention("killed", 2, "2 fatally", TITLE)]
    assert figures(mentions, [1, 1], text, title="4 shot, 2 fatally, at gas station") == \
        {"injured": 2, "killed": 2}


@pytest.mark.parametrize(("dead", "others", "body", "body_value", "expected"), [
    ("1 dead", "3 others injured", "four people shot", 4, 3),
    ("2 dead", "5 others hurt", "seven people hit by gunfire", 7, 5),
    ("1 dead", "3 others injured", "four people injured", 4, 4),  # "injured": the survivors
    ("1 dead", "another injured", "two people hurt", 2, 2),  # survivors; one other: no sum
    ("1 dead", "3 others injured", "three people shot", 3, 3),  # the body agrees
])
def test_a_body_figure_that_is_the_headlines_dead_and_others_together(
    dead: str, others: str, body: str, body_value: int, expected: int,
) -> None:
    text = f"Shots were fired at a party on Oak Avenue, leaving {body}, police said."
    mentions = [mention("killed", int(dead[0]), dead, TITLE),
                mention("injured", 1 if others.startswith("another") else int(others[0]), others,
                        TITLE, additional=True),
                mention("injured", body_value, body, 0, text=text)]
    assert figures(mentions, [1, 1, 0], text, title=f"{dead}, {others} at party")["injured"] \
        == expected


@pytest.mark.parametrize(("evidence", "shot"), [
    ("All four victims were taken to Mercy Hospital with serious injuries", True),
    ("the three victims were treated for gunshot wounds", True),
    ("5 victims were wounded", True),
    ("two other victims were treated for injuries", False),  # others than the dead
    ("the surviving victims were in stable condition", False),
    ("three people were injured", False),
])
def test_victims_named_as_such_count_everyone_hit(evidence: str, shot: bool) -> None:
    assert said_shot(evidence) is shot


def test_the_dead_among_all_the_victims_leave_the_injured() -> None:
    text = ("All four victims were taken to Mercy Hospital with serious injuries. "
            "One of them died there on Saturday, police said.")
    mentions = [mention("injured", 4, "All four victims were taken to Mercy Hospital with "
                        "serious injuries", 0, text=text),
                mention("killed", 1, "One of them died", 0, text=text)]
    assert figures(mentions, [0, 1], text) == {"injured": 3, "killed": 1}


@pytest.mark.parametrize(("wounded", "phrase"), [
    ("Doctors said a 19-year-old who reached hospital has non-life-threatening wounds",
     "a 19-year-old who reached hospital"),
    ("A bullet grazed a woman who was walking her dog", "grazed a woman"),
    ("A second man was shot and is expected to recover, police said",
     "A second man was shot"),
])
def test_one_person_shot_who_survives_is_not_the_dead(wounded: str, phrase: str) -> None:
    text = f"A 17-year-old died of gunshot wounds at a park on Saturday night. {wounded}."
    mentions = [mention("killed", 1, "A 17-year-old died of gunshot wounds", 0, text=text),
                mention("injured", 1, phrase, 0, text=text)]
    assert figures(mentions, [0, 1], text) == {"killed": 1, "injured": 1}


@pytest.mark.parametrize("shot", [
    "He had been shot in the leg and died in surgery",  # a limb wound can kill
    "The teen was taken to hospital",
])
def test_one_person_shot_and_one_dead_without_a_word_of_survival_are_one(shot: str) -> None:
    text = f"A teen died after a shooting on Pine Street on Friday. {shot}."
    mentions = [mention("killed", 1, "A teen died", 0, text=text),
                mention("injured", 1, shot.split(" and")[0], 0, text=text)]
    assert figures(mentions, [0, 1], text) == {"killed": 1}


@pytest.mark.parametrize(("dead", "hurt"), [
    ("A teenage girl was shot dead outside the school", "She was wounded in the neck"),
    ("A 9-year-old boy was killed when a stray round pierced a bedroom window",
     "The boy was wounded in the chest"),
    ("A man was found dead in a parked car on Fifth Street", "He was injured in the head"),
])
def test_the_dead_told_as_hurt_by_a_pronoun_is_one_person(dead: str, hurt: str) -> None:
    text = f"{dead} on Monday. {hurt}, police said."
    phrase = hurt.split(" in the")[0].split(" while")[0]
    mentions = [mention("killed", 1, dead.split(" outside")[0].split(" after")[0]
                        .split(" when")[0].split(" in a")[0], 0, text=text),
                mention("injured", 1, phrase, 0, text=text)]
    assert figures(mentions, [0, 1], text) == {"killed": 1}


@pytest.mark.parametrize(("dead_phrase", "hurt_phrase", "text"), [
    # another person by sex
    ("the man", "the woman",
     "Officers fired at the pair, killing the man and injuring the woman on the bridge."),
    ("A woman was killed", "He was wounded",
     "A woman was killed at the bus stop. He was wounded trying to shield her, a witness said."),
    # said to survive
    ("A father was shot dead", "he was badly injured",
     "A father was shot dead at the farm. His son survived, though he was badly injured."),
])
def test_someone_else_hurt_is_not_the_dead(dead_phrase: str, hurt_phrase: str,
                                           text: str) -> None:
    mentions = [mention("killed", 1, dead_phrase, 0, text=text),
                mention("injured", 1, hurt_phrase, 0, text=text)]
    assert figures(mentions, [0, 1], text) == {"killed": 1, "injured": 1}


def test_several_shot_some_of_whom_survive_still_count_the_dead_among_them() -> None:
    text = ("Five people were shot at the block party, three of them with non-life-threatening "
            "wounds. Two of the victims died on the spot.")
    mentions = [mention("injured", 5, "Five people were shot", 0, text=text),
                mention("killed", 2, "Two of the victims died", 0, text=text)]
    assert figures(mentions, [0, 1], text) == {"injured": 3, "killed": 2}


# ------------------------------------------------------- one person told twice in a sentence

def _kept(sentence: str, parts: list[tuple[str, int, str | None]]) -> list[str]:
    mentions = [mention("killed", value, phrase, 0, text=sentence, detail=detail)
                for phrase, value, detail in parts]
    return [mentions[i].evidence for i in new_people(list(range(len(mentions))), mentions)]


@pytest.mark.parametrize(("sentence", "parts", "kept"), [
    # a name in apposition after one person described
    ("A 7-year-old boy, Tomas Reyes, was killed by a stray bullet.",
     [("A 7-year-old boy", 1, None), ("Tomas Reyes", 1, SINGULAR_DETAIL)],
     ["A 7-year-old boy"]),
    ("One man, Harold P. Gibbs, 58, died at the scene.",
     [("One man", 1, None), ("Harold P. Gibbs, 58,", 1, SINGULAR_DETAIL)], ["One man"]),
    # names in a list are different people
    ("Vera Lind and Carl Moss were found dead in the house.",
     [("Vera Lind", 1, SINGULAR_DETAIL), ("Carl Moss", 1, SINGULAR_DETAIL)],
     ["Vera Lind", "Carl Moss"]),
    # the one who shot himself is the subject told, not someone he shot
    ("The boy found the rifle and shot himself in the chest.",
     [("The boy", 1, "structure: passive subject"), ("shot himself", 1, SINGULAR_DETAIL)],
     ["The boy"]),
    ("He fatally shot his son and then killed himself.",
     [("fatally shot his son", 1, None), ("killed himself", 1, SINGULAR_DETAIL)],
     ["fatally shot his son", "killed himself"]),
])
def test_one_person_told_twice_in_a_sentence(sentence: str,
                                             parts: list[tuple[str, int, str | None]],
                                             kept: list[str]) -> None:
    assert _kept(sentence, parts) == kept


# --------------------------------------------- a figure of this incident beside a series figure

def test_a_zero_said_of_this_incident_sets_the_series_figure_aside() -> None:
    text = ("A string of car bombs across the capital killed 37 people on Sunday. Nobody died "
            "in this particular explosion near the stadium.")
    mentions = [mention("killed", 37, "killed 37 people", 0, text=text),
                mention("killed", 0, "Nobody died", 0, text=text, detail=SCOPED_ZERO_DETAIL)]
    assert figures(mentions, [0, 1], text) == {"killed": 0}


def test_a_figure_opening_on_this_incident_stands_over_the_series() -> None:
    text = ("Militants have staged several raids on the valley's farms, killing 11. In this raid, "
            "three farmhands were killed and a boy was wounded.")
    mentions = [mention("killed", 11, "killing 11", 0, text=text),
                mention("killed", 3, "three farmhands were killed", 0, text=text),
                mention("injured", 1, "a boy was wounded", 0, text=text)]
    assert figures(mentions, [0, 1, 1], text) == {"killed": 3, "injured": 1}


def test_a_zero_of_this_incident_leaves_a_figure_of_the_same_incident() -> None:
    """Without a series in the other sentence, its figure is this incident's."""
    text = "Two men were shot outside a bar on Main Street. No one else was hurt in this incident."
    mentions = [mention("injured", 2, "Two men were shot", 0, text=text),
                mention("injured", 0, "No one else was hurt", 0, text=text,
                        detail=SCOPED_ZERO_DETAIL)]
    assert figures(mentions, [0, 1], text) == {"injured": 2}


def test_a_category_whose_only_figure_was_the_series_reads_the_scoped_zero() -> None:
    text = ("A campaign of ambushes has left 60 dead since spring. No one was hurt in this "
            "ambush on the fuel convoy.")
    mentions = [mention("killed", 60, "left 60 dead", 0, text=text),
                mention("injured", 0, "No one was hurt", 0, text=text,
                        detail=SCOPED_ZERO_DETAIL)]
    assert figures(mentions, [0, 1], text) == {"killed": 0, "injured": 0}
