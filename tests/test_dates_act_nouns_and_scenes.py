"""Event-date rules of session 17: a date naming an act's noun ("the May 31 death", "the June 29
gunfight"), a bare day right after the act's noun ("the shootings Saturday of ..."), the end of
a stretch ("through July 20"), a scene in progress ("was holding a rifle on March 20 when
it went off"), a month and day told as past ("broke out at roughly 11:20 p.m. July 27" in
an April report) and "last" before yesterday's weekday. Sentences written for this project."""

from __future__ import annotations

from datetime import date

from tests.helpers_dates import event_day as day


def test_a_date_naming_a_death_or_a_gunfight_is_the_acts() -> None:
    death = ("Prosecutors on Thursday charged a 24-year-old man with murder in the March 3 "
             "death of a delivery driver in Millbrook.")
    assert day(death, "2026-03-20") == date(2026, 3, 3)
    fight = ("Deputies said Tuesday they had captured the last of three suspects days after "
             "the June 9 gunfight outside a tavern on Route 8.")
    assert day(fight, "2026-06-18") == date(2026, 6, 9)
    deadline = ("A gunman wounded two people outside the stadium on Sunday, three days before "
                "the March 18 deadline for ticket refunds.")
    assert day(deadline, "2026-03-19") == date(2026, 3, 15)


def test_a_calendar_date_naming_what_ended_in_the_act_but_not_a_holiday() -> None:
    party = "A Halloween party on Saturday ended in gunfire, leaving two teenagers wounded."
    assert day(party, "2024-11-01") == date(2024, 10, 26)


def test_a_bare_day_right_after_the_acts_noun_is_the_acts() -> None:
    text = "Police arrested a man Tuesday in the stabbing Sunday of a cook at a diner in Eastport."
    assert day(text, "2026-09-03") == date(2026, 8, 30)
    charge = ("A man was charged with murder Friday, a week after a woman was found dead in his "
              "flat.")
    assert day(charge, "2026-05-30") == date(2026, 5, 29)


def test_a_day_after_through_ends_a_stretch() -> None:
    text = ("Forty-one people have been killed in the county this year through June 30, and on "
            "Tuesday a 19-year-old was shot dead outside a bakery.")
    assert day(text, "2026-07-09") == date(2026, 7, 7)


def test_a_scene_in_progress_is_not_a_background_step() -> None:
    text = ("Police said Mara Dunne was holding a rifle at her home on April 2 when it went "
            "off, killing her nephew. Detectives closed the case on Monday.")
    assert day(text, "2026-04-15") == date(2026, 4, 2)
    held = "The shop held a grand opening on March 3; a robber shot the owner there on Tuesday."
    assert day(held, "2026-03-27") == date(2026, 3, 24)


def test_a_month_day_told_as_past_is_last_years_when_read_ahead() -> None:
    clock = ("The gunfire broke out at roughly 11:20 p.m. July 27 beside a taco truck on Lyle "
             "Avenue, prosecutors said Thursday.")
    assert day(clock, "2026-04-15") == date(2025, 7, 27)
    noun = "Families of the victims of the June 12 shootout addressed the court on Friday."
    assert day(noun, "2026-03-05") == date(2025, 6, 12)
    hearing = "A hearing is set for June 8 for the man charged in Sunday's shooting."
    assert day(hearing, "2026-02-13") == date(2026, 2, 8)
    fair = ("The county fair opens Aug. 3, a week after a deputy was shot on Tuesday at the "
            "fairgrounds.")
    assert day(fair, "2026-07-23") == date(2026, 7, 21)


def test_last_and_the_weekday_of_yesterday_is_the_week_before() -> None:
    text = "Last Thursday a grenade exploded at a checkpoint near Bakori, killing two soldiers."
    assert day(text, "2026-07-17") == date(2026, 7, 9)
    bare = "A woman was stabbed outside a laundromat on Friday, police said."
    assert day(bare, "2026-05-16") == date(2026, 5, 15)
    older = "The bar where a bouncer was shot last Friday reopened yesterday."
    assert day(older, "2026-05-18") == date(2026, 5, 15)
