"""Session 30 (#15): two more constructions of a report setting its incident beside another.

- a recall with an adverb of exactness or a "full" span, or opening a wire's text after its
  dateline's dash ("KANO, Feb 2 - Exactly a week after a bomb killed five traders ...",
  "Precisely two weeks after ...", "A full week after ...", "Almost exactly two weeks after
  ..."): roles.recalls_earlier, as session 28's "a week after";
- a clause closed by "the same day" that names another place ("a drone hit a warehouse in
  nearby Merefa the same day"): background, as "on the same day as ..." (roles._SAME_DAY_END).
Every text and place is made up for these tests."""

from __future__ import annotations

from storyline.cluster.roles import recalls_earlier, sentence_roles


def test_a_recall_with_an_adverb_of_exactness_or_after_a_dateline() -> None:
    for lead in [
        "Exactly one week after seven farmers were killed in the district, gunmen struck again.",
        "KANO, Feb 2 - Exactly a week after a bomb killed five traders at a market, a second "
        "device exploded.",
        "ODESA, June 3 - Almost a week after a missile killed six people at a bus station, a "
        "drone hit the port.",
        "A full week after shells wrecked a school in the town, rockets hit a clinic on Friday.",
        "Precisely two weeks after a policeman was gunned down outside city hall, gunmen "
        "stormed a bar.",
        "The blast came almost exactly two weeks after a grenade wounded six at a money "
        "changer's shop.",
        "Gunmen killed two guards at a depot on Monday, exactly ten days after raiders burned a "
        "warehouse there.",
        "LAGOS - Some three weeks after armed men robbed a bank in the area, a jeweller was shot "
        "dead.",
    ]:
        assert recalls_earlier(lead.lower()), lead
    for lead in [
        # the report's own people or incident taken up (a pronoun, a definite article)
        "Exactly one week after she was shot, the girl died in hospital.",
        "KANO, Feb 2 - A full week after the bombing, the market reopened.",
        "Police said the suspect was arrested exactly a week after the shooting.",
        "The weekly market opens exactly one week after the harvest festival ends.",
        # a day is no counted span; a span that is no recall
        "Exactly a day after a bomb killed five, police arrested two men.",
        "A full week of mourning was declared after gunmen killed nine.",
    ]:
        assert not recalls_earlier(lead.lower()), lead


def _background(text: str) -> list[str]:
    return [text[start:end].strip() for start, end, role in sentence_roles(text)
            if role == "background"]


def test_a_clause_closed_by_the_same_day_naming_a_place_is_background() -> None:
    for text, other in [
        ("- The city has been shelled all year; a drone hit a depot in nearby Vovchansk the "
         "same day.", "Vovchansk"),
        ("A bomb killed six in Sibi on Monday. Gunmen shot two levies men near Kohlu the same "
         "day.", "Kohlu"),
        ("Four died in the Mubi blast. Militants also raided a village outside Hong the same "
         "night.", "Hong"),
        ("What else happened? Rockets struck an army post at Tessit the same morning.",
         "Tessit"),
        ("The toll rose to nine; in neighbouring Ndola, a tanker exploded on the same day.",
         "Ndola"),
        ("Police said the attackers fled. A checkpoint at Kalabo was attacked the same evening.",
         "Kalabo"),
        ("Officials said the siege ended at dawn; separately armed men burned a school in Dar "
         "Sila the same afternoon.", "Dar Sila"),
        ("Nine were killed in the ambush. A second convoy was hit near Gorom the same day.",
         "Gorom"),
    ]:
        assert any(other in span for span in _background(text)), text
    for text in [
        # no place named in the clause: the report's own next steps
        "Police arrested two suspects the same day.",
        "Three of the wounded died in hospital the same day.",
        # "the same day" not closing the clause
        "The same day, police in Sibi arrested two men.",
        "Gunmen shot two men near Kohlu on the same day of the week as last year's attack "
        "ended.",
    ]:
        assert _background(text) == [], text
