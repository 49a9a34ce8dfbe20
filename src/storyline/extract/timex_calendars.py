"""The days of holidays kept by a lunar or lunisolar calendar, computed for any year.

Every calendar here is read from one clock, the Moon's: the instant of each new and full moon
is computed (Meeus, *Astronomical Algorithms*, ch. 49: within a few minutes for 1900-2100), and
each calendar's own rule turns it into a civil day at its reference place. No table of years:
a report of 2011 or of 2031 is read the same way.

- Islamic months (Ramadan, both Eids, Ashura, the Prophet's birthday): Saudi Arabia's Umm
  al-Qura rule (since 1423 AH): a month begins on the day after the conjunction's day when the
  conjunction falls before sunset at Mecca and the Moon sets after the Sun there that evening,
  otherwise a day later. Sun and Moon are placed by their main periodic terms (Meeus ch. 25
  and 47, a tenth of a degree), enough to tell which sets first. Against the announced Saudi
  dates of Ramadan, Eid al-Fitr and Eid al-Adha in 2010-2026 it is right on 48 of 51; the three
  others (Ramadan 2018, Eid al-Adha 2015 and 2016) are a day later than the rule, where the
  court waited for a crescent nobody saw. (An earlier stand-in, the conjunction before 14:00,
  got 46: it missed Eid al-Adha 2024 and Ramadan 2026, whose young moons set after the Sun.)
  The arithmetic (tabular) calendar is right on 27. Countries that wait for their own sighting
  (Pakistan, Morocco) keep many of these a day later.
- Hindu festivals of the new and the full moon (India Standard Time): Diwali is the evening of
  the new moon of Kartika (the one from October 18 to November 16), kept on the day whose
  evening falls in its last lunar day; Holi is the day of Phalguna's full moon (the one from
  February 28 to March 29), or the day after when that full moon falls late in the afternoon.
- Chinese, Korean and Vietnamese new year: the day (Beijing time) of the new moon between
  January 21 and February 20; Chuseok and the Mid-Autumn Festival the 15th day of the month
  that holds the autumn equinox.
- The Hebrew calendar (Passover and the feasts counted from it, Rosh Hashanah and those counted
  from it, Hanukkah) is arithmetic: the molad of Tishrei and the four postponement rules.
- Orthodox Easter: the Julian computus (no moon computed: the Church's tables).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

__all__ = ["diwali", "hanukkah", "hebrew_new_year", "holi", "islamic_day", "lunar_new_year",
           "mid_autumn", "nowruz", "orthodox_easter", "passover"]

_J2000 = datetime(2000, 1, 1, 12, tzinfo=UTC)
_SYNODIC = 29.530588861
# Periodic terms of the new moon (first value) and the full moon (second), Meeus table 49.A.
_TERMS = (
    ((-0.40720, -0.40614), (0, 0, 1, 0, 0)), ((0.17241, 0.17302), (1, 1, 0, 0, 0)),
    ((0.01608, 0.01614), (0, 0, 2, 0, 0)), ((0.01039, 0.01043), (0, 0, 0, 2, 0)),
    ((0.00739, 0.00734), (1, -1, 1, 0, 0)), ((-0.00514, -0.00515), (1, 1, 1, 0, 0)),
    ((0.00208, 0.00209), (2, 2, 0, 0, 0)), ((-0.00111, -0.00111), (0, 0, 1, -2, 0)),
    ((-0.00057, -0.00057), (0, 0, 1, 2, 0)), ((0.00056, 0.00056), (1, 1, 2, 0, 0)),
    ((-0.00042, -0.00042), (0, 0, 3, 0, 0)), ((0.00042, 0.00042), (1, 1, 0, 2, 0)),
    ((0.00038, 0.00038), (1, 1, 0, -2, 0)), ((-0.00024, -0.00024), (1, -1, 2, 0, 0)),
    ((-0.00017, -0.00017), (0, 0, 0, 0, 1)),
)


def _moon(k: float, full: bool) -> datetime:
    """The new moon (`full` False, k whole) or full moon (k + 0.5) numbered k from the new
    moon of 2000-01-06, in UTC."""
    t = k / 1236.85
    jde = 2451550.09766 + _SYNODIC * k + 0.00015437 * t * t
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    m = math.radians(2.5534 + 29.10535670 * k)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t)
    om = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t * t)
    for coefficients, (e_power, m_mult, mp_mult, f_mult, om_mult) in _TERMS:
        jde += (coefficients[full] * e ** e_power
                * math.sin(m_mult * m + mp_mult * mp + f_mult * f + om_mult * om))
    return _J2000 + timedelta(days=jde - 2451545.0 - 69 / 86400)  # TT to UT: ~69 s


def _moons_between(first: date, last: date, offset_hours: float, full: bool = False
                   ) -> list[datetime]:
    """The new (or full) moons whose local time at `offset_hours` from UTC falls in
    [first, last], as local times."""
    k0 = math.floor((first - date(2000, 1, 6)).days / _SYNODIC) - 1
    found = []
    for k in range(k0, k0 + 3 + int((last - first).days / _SYNODIC)):
        local = _moon(k + (0.5 if full else 0.0), full) + timedelta(hours=offset_hours)
        if first <= local.date() <= last:
            found.append(local)
    return found


# --------------------------------------------------------------------------- Islamic

_MECCA_HOURS = 3.0
_MECCA_LATITUDE = 21.4225
_MECCA_LONGITUDE = 39.8262
_SUNSET_ALTITUDE = -0.833  # the Sun's upper limb on the horizon, with refraction
_MUHARRAM_1421_LUNATION = 3  # the new moon of 2000-04-04 began Muharram 1421


def islamic_day(month: int, day: int, near: date, sighted: bool = False) -> date:
    """The day `day` of Islamic month `month` (1 Muharram ... 9 Ramadan, 10 Shawwal,
    12 Dhu al-Hijjah) nearest to `near` (each falls once in every 354 or 355 days). `sighted`:
    the month as communities that wait for the crescent begin it (`_sighted_month_start`)."""
    lunation = round((near - date(2000, 1, 6)).days / _SYNODIC)
    lunations = range(lunation - 7, lunation + 8)
    wanted = [k for k in lunations if (k - _MUHARRAM_1421_LUNATION) % 12 == month - 1]
    start = _sighted_month_start if sighted else _islamic_month_start
    days = [start(k) + timedelta(days=day - 1) for k in wanted]
    return min(days, key=lambda d: abs((d - near).days))


# The Moon's altitude at sunset from which a young crescent is seen by eye (about five degrees
# above the horizon in the usual visibility tables).
_CRESCENT_SEEN_ALTITUDE = 5.0


@functools.lru_cache(maxsize=512)
def _sighted_month_start(lunation: int) -> date:
    """The month as the feasts that Saudi Arabia does not announce are kept (the Prophet's
    birthday in West Africa, Ashura): it begins the day after the first evening the crescent
    stands high enough at sunset to be seen (Mecca as the reference place). The Mawlid of 2017
    in Mali (December 1) is one such day; Umm al-Qura's rule puts it on November 30."""
    conjunction = _moon(lunation, False)
    day = (conjunction + timedelta(hours=_MECCA_HOURS)).date()
    for evening in (day, day + timedelta(days=1)):
        sunset = _sunset_at_mecca(evening)
        if conjunction < sunset and (
                _altitude(_moon_position, sunset) >= _CRESCENT_SEEN_ALTITUDE):
            return evening + timedelta(days=1)
    return day + timedelta(days=3)


@functools.lru_cache(maxsize=512)
def _islamic_month_start(lunation: int) -> date:
    conjunction = _moon(lunation, False)
    day = (conjunction + timedelta(hours=_MECCA_HOURS)).date()
    sunset = _sunset_at_mecca(day)
    # The Moon's centre above the horizon at sunset: it sets after the Sun (0 degrees splits
    # the announced months: the young moons the rule takes stood 0.07 degrees and more up,
    # those it leaves 0.3 and more down).
    begins_next_day = conjunction < sunset and _altitude(_moon_position, sunset) > 0.0
    return day + timedelta(days=1 if begins_next_day else 2)


def _days_since_j2000(when: datetime) -> float:
    return (when - _J2000).total_seconds() / 86400


def _sun_position(when: datetime) -> tuple[float, float]:
    """The Sun's ecliptic longitude and latitude, degrees (Meeus ch. 25, low accuracy)."""
    d = _days_since_j2000(when)
    mean = math.radians((357.528 + 0.9856003 * d) % 360)
    return (280.460 + 0.9856474 * d + 1.915 * math.sin(mean) + 0.020 * math.sin(2 * mean)), 0.0


def _moon_position(when: datetime) -> tuple[float, float]:
    """The Moon's ecliptic longitude and latitude, degrees: the main terms of Meeus ch. 47
    (within about 0.1 degree)."""
    t = _days_since_j2000(when) / 36525
    elong = math.radians(297.8501921 + 445267.1114034 * t)
    sun = math.radians(357.5291092 + 35999.0502909 * t)
    moon = math.radians(134.9633964 + 477198.8675055 * t)
    node = math.radians(93.2720950 + 483202.0175233 * t)
    longitude = (218.3164477 + 481267.88123421 * t + 6.288774 * math.sin(moon)
                 + 1.274027 * math.sin(2 * elong - moon) + 0.658314 * math.sin(2 * elong)
                 + 0.213618 * math.sin(2 * moon) - 0.185116 * math.sin(sun)
                 - 0.114332 * math.sin(2 * node) + 0.058793 * math.sin(2 * elong - 2 * moon)
                 + 0.057066 * math.sin(2 * elong - sun - moon)
                 + 0.053322 * math.sin(2 * elong + moon) + 0.045758 * math.sin(2 * elong - sun)
                 - 0.040923 * math.sin(sun - moon) - 0.034720 * math.sin(elong)
                 - 0.030383 * math.sin(sun + moon))
    latitude = (5.128122 * math.sin(node) + 0.280602 * math.sin(moon + node)
                + 0.277693 * math.sin(moon - node) + 0.173237 * math.sin(2 * elong - node)
                + 0.055413 * math.sin(2 * elong - moon + node)
                + 0.046271 * math.sin(2 * elong - moon - node))
    return longitude, latitude


def _altitude(position: Callable[[datetime], tuple[float, float]], when: datetime) -> float:
    """A body's altitude at Mecca, degrees (geocentric, no refraction)."""
    longitude, latitude = (math.radians(x) for x in position(when))
    d = _days_since_j2000(when)
    tilt = math.radians(23.439 - 0.0000004 * d)
    right_ascension = math.atan2(math.sin(longitude) * math.cos(tilt)
                                 - math.tan(latitude) * math.sin(tilt), math.cos(longitude))
    declination = math.asin(math.sin(latitude) * math.cos(tilt)
                            + math.cos(latitude) * math.sin(tilt) * math.sin(longitude))
    sidereal = math.radians((280.46061837 + 360.98564736629 * d) % 360)
    hour_angle = sidereal + math.radians(_MECCA_LONGITUDE) - right_ascension
    here = math.radians(_MECCA_LATITUDE)
    return math.degrees(math.asin(math.sin(here) * math.sin(declination)
                                  + math.cos(here) * math.cos(declination)
                                  * math.cos(hour_angle)))


def _sunset_at_mecca(day: date) -> datetime:
    """Sunset at Mecca on `day` (UTC), to the minute: from 15:00 local the Sun sinks about a
    degree every four minutes, so a few Newton steps on its altitude converge."""
    when = datetime(day.year, day.month, day.day, 15, tzinfo=UTC)  # 18:00 at Mecca
    for _ in range(4):
        error = _altitude(_sun_position, when) - _SUNSET_ALTITUDE
        when += timedelta(minutes=error * 4.2)
    return when


# --------------------------------------------------------------------------- Hindu

_INDIA_HOURS = 5.5
_DIWALI_EVENING = 18.0  # IST, about sunset: a new moon after it still has its lunar day then
_HOLI_AFTERNOON = 16.0  # IST: a full moon after this hour is burnt that evening, played next day


def diwali(year: int) -> date:
    """Lakshmi Puja: the evening in the last lunar day before Kartika's new moon."""
    moon = _moons_between(date(year, 10, 18), date(year, 11, 16), _INDIA_HOURS)[0]
    evening_of_that_day = moon.hour + moon.minute / 60 >= _DIWALI_EVENING
    return moon.date() if evening_of_that_day else moon.date() - timedelta(days=1)


def holi(year: int) -> date:
    """The day of colours, the day after Holika Dahan on Phalguna's full moon."""
    moon = _moons_between(date(year, 2, 28), date(year, 3, 29), _INDIA_HOURS, full=True)[0]
    late = moon.hour + moon.minute / 60 >= _HOLI_AFTERNOON
    return moon.date() + timedelta(days=1 if late else 0)


# --------------------------------------------------------------------------- East Asian

_BEIJING_HOURS = 8.0


def lunar_new_year(year: int) -> date:
    return _moons_between(date(year, 1, 21), date(year, 2, 20), _BEIJING_HOURS)[0].date()


def mid_autumn(year: int) -> date:
    """Chuseok, the Mid-Autumn Festival: the 15th of the eighth lunar month, the month that holds
    the autumn equinox (so it begins with the last new moon before September 24)."""
    first = _moons_between(date(year, 8, 24), date(year, 9, 23), _BEIJING_HOURS)[-1].date()
    return first + timedelta(days=14)


# --------------------------------------------------------------------------- Persian

def nowruz(year: int) -> date:
    """The first day of the Persian year: the day of the March equinox when it comes before
    noon in Tehran (UTC+3:30), otherwise the next (Meeus ch. 27, mean equinox: within minutes
    in these centuries)."""
    y = (year - 2000) / 1000
    jde = (2451623.80984 + 365242.37404 * y + 0.05169 * y * y - 0.00411 * y ** 3
           - 0.00057 * y ** 4)
    tehran = _J2000 + timedelta(days=jde - 2451545.0, hours=3.5)
    return tehran.date() + timedelta(days=0 if tehran.hour < 12 else 1)


# --------------------------------------------------------------------------- Hebrew

def hebrew_new_year(hebrew_year: int) -> date:
    """1 Tishrei (Rosh Hashanah) of `hebrew_year`: the days elapsed to its molad, put off a day
    when the molad falls on a Sunday, Wednesday or Friday, and the year-length corrections
    (Reingold and Dershowitz, *Calendrical Calculations*, ch. 8)."""
    return date.fromordinal(_HEBREW_EPOCH + _elapsed(hebrew_year) + _delay(hebrew_year))


_HEBREW_EPOCH = -1373427  # 1 Tishrei AM 1 as a proleptic Gregorian ordinal (Python's)


def _elapsed(year: int) -> int:
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = months * 29 + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _delay(year: int) -> int:
    last, now, following = _elapsed(year - 1), _elapsed(year), _elapsed(year + 1)
    if following - now == 356:
        return 2
    if now - last == 382:
        return 1
    return 0


def passover(year: int) -> date:
    """15 Nisan of the Hebrew year that begins in the autumn before: always 163 days before
    the next Rosh Hashanah."""
    return hebrew_new_year(year + 3761) - timedelta(days=163)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), 13 days on in 1900-2099."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def hanukkah(year: int) -> date:
    """25 Kislev of the Hebrew year that begins in the autumn of `year`: Tishrei has 30 days,
    Heshvan 30 in a full year (355 or 385 days) and 29 otherwise."""
    new_year = hebrew_new_year(year + 3761)
    length = (hebrew_new_year(year + 3762) - new_year).days
    return new_year + timedelta(days=30 + (30 if length % 10 == 5 else 29) + 24)
