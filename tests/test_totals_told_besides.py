"""Deaths told twice or told apart within an article's total (extract.totals,
extract.same_people): a vague word restated by a number in the same sentence, a later death of
someone told as wounded, an attacker's suicide after the killings, and separate incidents in a
short note. Sentences written for this project, in varied wording."""

from __future__ import annotations

import pytest

from storyline.extract.counts import scan_counts
from storyline.extract.same_people import people_kind
from storyline.extract.totals import compute_totals


def killed(text: str) -> int | None:
    scan = scan_counts(text, 2024)
    found = compute_totals(scan.mentions, scan.sentence_of, text, scan.trends).get("killed")
    return None if found is None else found.value


# ---------------------------------------------------------------- a number restates a vague word

@pytest.mark.parametrize(("text", "expected"), [
    ("Many people died in the blaze at the market; 9 deaths have been confirmed by the fire "
     "service.", 9),
    ("Several villagers were killed when the bridge collapsed, with 4 bodies recovered so far.",
     4),
    ("Numerous people lost their lives in the landslide; officials confirmed 12 deaths.", 12),
    ("Many people were killed in the shelling of the suburb, 5 of whom were identified by "
     "relatives.", 10),
    ("Several civilians and two soldiers were killed in the raid.", 12),
    ("Dozens of people died in the stampede, and the ministry has confirmed 31 fatalities.", 31),
    ("Many people were killed in the ferry fire; officials confirmed 7 deaths on Friday.", 7),
    ("Several people died in the ambush near the river; 3 bodies were brought to the morgue.",
     3),
])
def test_a_stated_number_replaces_a_vague_word_for_the_same_people(text: str,
                                                                   expected: int) -> None:
    assert killed(text) == expected


# ---------------------------------------------------------------- later deaths of the wounded

@pytest.mark.parametrize(("text", "expected"), [
    ("Two militants were killed in the clash. One soldier later died from his wounds.", 3),
    ("Fourteen people died on the spot. Three of the wounded later succumbed in hospital.", 17),
    ("Four rebels were killed during the raid. A policeman later died of his injuries.", 5),
    ("Six herders were killed in the attack on the camp. Two of the injured died later at the "
     "clinic.", 8),
    ("Three attackers were shot dead by guards. One guard subsequently died of his wounds.", 4),
    # the same people told again: not more dead
    ("A man was shot dead on Main Street. The man later died of his wounds at the hospital.",
     1),
    ("Two people were killed in the crash. One of them later died in hospital.", 2),
    ("Five soldiers were killed at the checkpoint. One soldier later died of his injuries, "
     "the army said.", 5),
])
def test_a_later_death_of_the_wounded_adds_to_other_dead(text: str, expected: int) -> None:
    assert killed(text) == expected


# ---------------------------------------------------------------- the attacker's own death

@pytest.mark.parametrize(("text", "expected"), [
    ("A policeman shot two colleagues dead at the station. He then killed himself.", 3),
    ("The gunman killed four customers at the bar. He later took his own life.", 5),
    ("A guard shot dead three coworkers at the depot. Moments later he killed himself.", 4),
    ("The farmer shot dead two neighbours in a land dispute. He then took his own life.", 3),
    # the figure before already tells both deaths
    ("A man shot dead his wife and two children and then killed himself.", 4),
    ("A man killed three people and himself at the office. Police said he had killed himself "
     "with the same rifle.", 4),
    ("Two dead in murder-suicide. A man shot his wife dead. He then killed himself.", 2),
    ("A soldier shot dead three colleagues before killing himself.", 4),
])
def test_an_attackers_suicide_after_the_killings_is_a_death_besides(text: str,
                                                                    expected: int) -> None:
    assert killed(text) == expected


# ---------------------------------------------------------------- separate incidents in a note

@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen attacked a bus, killing four. In a separate attack in another part of the town they "
     "killed two.", 6),
    ("Seven deaths were reported in the market clash. Elsewhere, soldiers shot and killed four "
     "youths.", 11),
    ("Militia members killed three farmers near the well. In another incident, two herders "
     "were killed nearby.", 5),
    ("Police killed two protesters. Separately, a journalist was killed by unknown men.", 3),
    ("Bandits killed five traders on the road. In a second attack the same night, three "
     "villagers were killed.", 8),
    ("Rebels killed six civilians in the village. In a related raid, four soldiers were "
     "killed.", 10),
    ("Unknown gunmen killed two miners at the pit. Elsewhere in the district, police shot "
     "dead a suspect.", 3),
    # one incident told twice: not summed
    ("Gunmen attacked a bus, killing four. The four dead were all passengers.", 4),
])
def test_separate_incidents_of_a_note_add_up(text: str, expected: int) -> None:
    assert killed(text) == expected


def test_a_separate_incident_in_a_news_article_is_not_added() -> None:
    # in an article (four sentences or more) another incident is another event's: which figure
    # stands is the lead rule's business, but the two are never summed
    text = ("Two men were shot dead outside a bar on Friday night, police said. Officers arrived "
            "within minutes. Witnesses described a dark car. No arrests were made. In a separate "
            "shooting elsewhere in the city, three people were killed.")
    assert killed(text) != 5


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Two militants were killed", "militant"), ("One soldier later died", "soldier"),
    ("several fighters", "fighter"), ("Many people died", None), ("9 deaths", None),
    ("a 30-year-old policeman", "policeman"), ("killing four", None),
    ("Three of the wounded", None),
])
def test_people_kind_names_the_counted_noun(phrase: str, kind: str | None) -> None:
    assert people_kind(phrase) == kind


@pytest.mark.parametrize("text", [
    "Many people died in the flood, including 9 children swept from a school bus.",
    "One guard was killed at the gate and several others died inside the compound.",
])
def test_a_number_of_some_of_them_or_of_others_keeps_the_vague_word(text: str) -> None:
    assert (killed(text) or 0) >= 10
