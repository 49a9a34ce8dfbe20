"""Date readings of session 18: a weekday's short form that is a word of a name ("The Sun
reported", "the Sun-Times", "attacked Thur camp"), Labor Day named around May (May 1, the
workers' day), a month with its ordinal day after a comma ("on October, 20th") and another
country's independence day ("an official independence day celebration"), a month naming a pay
period ("over payment of June salaries") and the act a report's act is linked to ("linked the
blast to the attack on 2 March"). Sentences written for this project."""

from __future__ import annotations

from datetime import date

from tests.helpers_dates import event_day as day

from storyline.extract.timex import find_date_expressions, normalize_date_expression


def found(text: str) -> list[str]:
    return [e.text for e in find_date_expressions(text)]


def test_a_weekday_short_form_in_a_name_is_no_day() -> None:
    assert found("Two traders were shot dead in Ikorodu, The Sun reported.") == []
    assert found("According to the Sun-Times, a teenager was wounded.") == []
    assert found("A guard was stabbed outside the mall, the Sun Sentinel said.") == []
    assert found("Armed men raided Thur camp and killed five herders.") == []
    assert found("Students gathered outside a college in Chamkar Mon district.") == []
    assert day("The Sun quoted a witness who saw the gunman flee.", "2026-05-14") is None


def test_a_weekday_short_form_as_a_day_stays_one() -> None:
    assert found("A man was shot on Sun. night outside a bar.") == ["Sun. night"]
    assert found("Gunmen attacked a convoy Sat night near Gao.") == ["Sat night"]
    assert found("Two soldiers were killed on Wed Jan 7 in an ambush.") == ["Wed Jan 7"]
    assert found("Police said a woman was shot Sun morning.") == ["Sun morning"]
    assert day("A man was shot on Sun. night outside a bar.", "2026-03-12") == date(2026, 3, 8)


def test_labor_day_named_around_may_is_may_day() -> None:
    assert normalize_date_expression("Labor Day", date(2020, 5, 1)) == "2020-05-01"
    assert normalize_date_expression("Labour day", date(2020, 5, 3)) == "2020-05-01"
    assert normalize_date_expression("labour day", date(2017, 4, 28)) == "2017-05-01"
    assert day("Police beat marchers in the capital on Labour Day, union leaders said.",
               "2026-05-02") == date(2026, 5, 1)


def test_labor_day_in_september_is_the_american_one() -> None:
    assert normalize_date_expression("Labor Day", date(2020, 9, 10)) == "2020-09-07"
    assert day("Four people were shot at a Labor Day barbecue in Detroit, police said.",
               "2026-09-08") == date(2026, 9, 7)


def test_a_month_comma_and_its_ordinal_day() -> None:
    assert found("Militants attacked the post on March, 14th, killing two.") == ["March, 14th"]
    assert day("Militants attacked the police post in Bamba on March, 14th, killing two.",
               "2026-03-20") == date(2026, 3, 14)
    assert found("In October, 12 people were killed in raids.") == ["October"]


def test_another_countrys_independence_day_is_not_july_4() -> None:
    # Another nation's day is that nation's (named before it, or the text's place); of a nation
    # the text leaves open, it dates nothing.
    assert day("Two bombs exploded near an official independence day celebration.",
               "2026-10-02") is None
    assert day("A grenade hit a crowd celebrating Mexican Independence Day.",
               "2026-09-18") == date(2026, 9, 16)
    assert day("An explosion killed three people during Independence Day festivities in Accra.",
               "2026-03-08") == date(2026, 3, 6)
    assert day("Police arrested 40 people ahead of Nigeria's Independence Day parade.",
               "2026-09-29") is None
    assert day("Students marching on independence day were dispersed with tear gas on "
               "Saturday.", "2026-08-18") == date(2026, 8, 15)


def test_the_american_independence_day_is_july_4() -> None:
    assert found("Three people were shot at an Independence Day barbecue.") == [
        "Independence Day"]
    assert day("A man was wounded by stray gunfire on America's Independence Day, police said.",
               "2026-07-05") == date(2026, 7, 4)


def test_a_month_naming_a_pay_period_dates_nothing() -> None:
    assert day("University workers went on strike over the payment of June salaries.",
               "2026-07-02") is None
    assert day("Nurses blocked the hospital gate to demand their unpaid March wages.",
               "2026-04-22") is None
    assert day("Police fired tear gas at civil servants demanding their September stipends on "
               "Monday.", "2026-10-14") == date(2026, 10, 12)
    assert day("Guards were shot at the depot in June while the salaries were being delivered.",
               "2026-09-01") == date(2026, 6, 1)


def test_the_act_a_report_links_its_act_to_is_another() -> None:
    assert day("A car bomb killed two guards at the ministry on Tuesday; officials linked it to "
               "the attack on the port on 2 March.", "2026-03-12") == date(2026, 3, 10)
    assert day("The ambush on the highway is linked to clashes in the district on 9 May, the "
               "army said.", "2026-05-20") is None
    assert day("The gunman was linked to the attack by DNA; it happened on 14 March at a mall.",
               "2026-04-01") == date(2026, 3, 14)
    assert day("Ballistics tests linked the pistol to the shooting on May 2 at a gas station.",
               "2026-05-27") == date(2026, 5, 2)
