"""An event's title and one-line summary, written from its current (or as-of) record.

A headline is what one outlet wrote at one moment: "Quake kills over 60" stays on the page when
the toll is 143, and in an as-of view a headline written after T would leak the future. The
title is therefore generated from the record's own state: type, main place, event date and the
current figures with their hedges ("at least 143 killed, toll expected to rise"). When the type
is unknown, the most central headline among the reports known at the time stands in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from storyline.reconcile.facts import FactVersion
from storyline.reconcile.rules import CategoryView

TYPE_NOUNS: Mapping[str, str] = {
    "shooting": "Shooting",
    "mass_casualty_attack": "Mass-casualty attack",
    "attack_on_civilians": "Attack on civilians",
    "abduction": "Abduction",
    "bombing": "Bombing",
    "airstrike_shelling": "Air strike or shelling",
    "armed_clash": "Armed clash",
    "protest": "Protest",
    "riot": "Riot",
    "arrest_raid": "Arrests",
    "natural_disaster:earthquake": "Earthquake",
    "natural_disaster:flood": "Flood",
    "natural_disaster:storm": "Storm",
    "natural_disaster:wildfire": "Wildfire",
    "natural_disaster:landslide": "Landslide",
    "natural_disaster:volcano": "Volcanic eruption",
    "fire": "Fire",
    "transport_accident": "Transport accident",
}

# Categories in the order a reader wants them, with the word after the number.
_CATEGORY_WORDS: tuple[tuple[str, str], ...] = (
    ("killed", "killed"), ("injured", "injured"), ("missing", "missing"),
    ("hostages", "held hostage"), ("arrested", "arrested"), ("displaced", "displaced"),
)
_TITLE_CATEGORIES = 2  # a title names the two first figures; the summary names them all


def figure_phrase(fact: FactVersion, word: str) -> str:
    """"at least 143 killed", "12-15 injured", "some killed"; "(expected to rise)" on a trend."""
    phrase = f"{fact.label()} {word}"
    if fact.trend == "rising":
        phrase += " (expected to rise)"
    return phrase


def _figures(categories: Mapping[str, CategoryView], limit: int | None) -> list[str]:
    phrases = []
    for category, word in _CATEGORY_WORDS:
        view = categories.get(category)
        if view is None or view.current is None:
            continue
        phrases.append(figure_phrase(view.current.fact, word))
    return phrases[:limit] if limit is not None else phrases


def event_title(
    event_type: str,
    place: str | None,
    event_date: date | None,
    categories: Mapping[str, CategoryView],
    headline: str,
) -> str:
    """"Earthquake in Chiclayo: at least 143 killed, 40 missing" (or the headline, untyped)."""
    noun = TYPE_NOUNS.get(event_type)
    if noun is None:
        return headline
    title = f"{noun} in {place}" if place else noun
    if event_date is not None:
        title += f" on {event_date.day} {event_date:%b %Y}"
    figures = _figures(categories, _TITLE_CATEGORIES)
    return f"{title}: {', '.join(figures)}" if figures else title


def summary_line(
    event_type: str,
    places: Sequence[str],
    event_date: date | None,
    categories: Mapping[str, CategoryView],
    reports: int,
    sources: int,
) -> str:
    """One sentence a desk can paste: what, where, when, every current figure, how sourced."""
    noun = TYPE_NOUNS.get(event_type, "Event")
    where = f" in {', '.join(places[:2])}" if places else ""
    when = f" on {event_date.isoformat()}" if event_date else ""
    figures = _figures(categories, None)
    told = f": {'; '.join(figures)}" if figures else ""
    return (f"{noun}{where}{when}{told}. {reports} report(s) from {sources} source(s).")
