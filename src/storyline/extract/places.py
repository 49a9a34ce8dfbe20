"""Places an article names, with their kind, ISO country code and coordinates.

One pass over the runs of capitalized words looks each run's word sequences up in the offline
gazetteer (longest first); a second regex pass finds venues and street addresses. Then each
ambiguous name is read in context, strongest evidence first:

1. an explicit qualifier right after it: "Paris, Texas", "Moscow, Idaho", "Springfield, Ill.";
2. a US state or a country the article names elsewhere (Moscow in an article that mentions
   Idaho is Moscow, Idaho);
3. the default reading: a country before a region before a city, larger places first.

A city name alone is taken only where it reads as a place: after a locative preposition ("in
Aurora"), as a dateline, with a qualifier, with its state or country named elsewhere, or when
it is a large city. Names inside a person's or an organization's name ("Andrew Jackson", "Jackson
said") are left out. Each place is reported once, at its first mention, in text order.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice, pairwise

from storyline.extract.furniture import headline_of, link_lines
from storyline.extract.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    fold,
    is_village,
    load_gazetteer,
    without_marks,
)
from storyline.extract.gazetteer_tables import (
    ARABIC_SPEAKING,
    CALENDAR_WORDS,
    COMMON_WORD_NAMES,
    EZAFE_SPEAKING,
    GIVEN_NAME_COUNTRIES,
    NOT_PLACES,
    SACRED_NAMES,
)
from storyline.extract.places_context import (
    SHARED_SHORT_NAMES,
    Context,
    Mention,
    agreed_with_a_county,
    build_context,
    dominant_city,
    resolve,
    weak_name,
)
from storyline.extract.places_frames import Frames, read_frames
from storyline.extract.places_scan import finditer_at
from storyline.extract.places_unlisted import (
    BEARING,
    DISTANCE,
    ENTRY_DATE_STAMP,
    ROUTE_NOUNS,
    find_unlisted,
    towns_on_routes,
    verb_follows,
)
from storyline.extract.places_venues import find_venues
from storyline.extract.sentences import split_sentences
from storyline.extract.streets import street_types
from storyline.geo import distance_km
from storyline.records import Place

__all__ = ["DATELINE_AFTER", "find_places", "named_far_from", "opens_as_dateline"]


_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
# "ez-Zor" in "Deir ez-Zor", "al-Hawa": an Arabic article joined to a name is part of it.
_JOINED_ARTICLE = r"(?:al|el|ad|an|ar|as|at|az|ed|en|er|es|et|ez|ul)-"
_WORD = rf"(?:(?:[A-Z]\.){{2,}}|[{_UPPER}][\w'’.-]*|{_JOINED_ARTICLE}[{_UPPER}][\w'’.-]*)"
_CONNECTOR = r"(?:of|de|del|la|las|los|le|el|al|ad|upon|on|the|du|des|di|da|do|dos|das|y|es|an|am)"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:{_CONNECTOR}[ \t]+)*{_WORD})*")
_RUN_START = re.compile(rf"[{_UPPER}]")  # a run can only start here (see places_scan)
_TOKEN = re.compile(r"\S+")
_LOCATIVE_BEFORE = re.compile(
    r"(?<!according\s)(?<!next\s)\b(?:in|at|near|from|outside|to|across|around|into|through"
    r"|throughout|between|toward|towards|within|off|downtown|suburban|(?:city|town|village"
    r"|suburb|suburbs|county|state|province|region|capital|north|south|east|west|northeast"
    r"|northwest|southeast|southwest|side|outskirts|edge|heart|streets|mayor|residents"
    # ("the unincorporated community of Brandon", "the hamlet of Wyandanch")
    r"|community|hamlet|township|borough|municipality)\s+of"
    # ("Location: Jolo", "City or County: Shreveport": a record's location field)
    r"|(?:^|(?<=\n))[ \t]*(?:location|locality|area|areas?\s+affected|affected\s+areas?|where"
    r"|address|town|city(?:\s+or\s+county)?|village|municipality|site|place|scene)[ \t]*:)"
    r"\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern"
    r"|eastern|western|central|downtown|suburban|nearby|neighboring|metro|northeast|northwest"
    r"|southeast|southwest|northeastern|northwestern|southeastern|southwestern|far|ne|nw|se"
    r"|sw)\s+)?$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(r"^(?:'s|’s)?\s*(?:said|says|told|added|wrote|asked|,\s+who\b)")
_TITLES = frozenset({
    "mr.", "mrs.", "ms.", "dr.", "officer", "sgt.", "lt.", "det.", "chief", "president",
    "gov.", "sen.", "rep.", "judge", "sheriff", "coach", "pastor", "rev.", "capt.", "gen.",
    "col.", "mayor", "prof.", "st.", "saint", "detective", "deputy", "trooper", "agent",
})
# Capitalized words that start sentences or headlines without being part of a name.
_FUNCTION_WORDS = frozenset({
    "in", "at", "the", "a", "an", "on", "from", "near", "outside", "but", "and", "as", "after",
    "before", "when", "while", "police", "officials", "authorities", "residents", "update",
    "breaking", "video", "photos", "watch", "by", "for", "to", "of", "with", "this", "that",
    "north", "south", "east", "west", "downtown", "central", "northern", "southern",
    "eastern", "western", "suburban", "rural", "greater", "northeast", "northwest",
    "southeast", "southwest", "ne", "nw", "se", "sw", "metro",
})
_BIG_CITY = 250_000
_INITIAL = re.compile(r"^[A-Z]\.$")
# "A Charlotte woman", "Dayton police", "the Toomsuba family": a town's name used as an
# adjective of its people or institutions.
_JOINED_AGENCY = (r"-(?:area\b|[A-Z][\w'’]+(?:\s+County)?\s+(?:Metropolitan|Metro|Police|Sheriff"
                  r"|EMS|Fire)\b)")
_RESIDENT_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:man|woman|men|women|teen|teens|teenager|boy|girl|resident|residents"
    r"|police|officers?|family|families|home|homes|area|neighborhood|native|couple|father"
    r"|mother|mayor|city|school|schools|hospital|fire|community|council|church|store"
    r"|toddler|child|children|kid|kids|baby|infant|student|students|gang|male|female"
    r"|victim|victims|bar|motel|hotel|nightclub|barbershop|party|standoff|stabbing"
    r"|apartment|street|house|shooting|murder|homicide|juveniles?|teenagers|homeowners?"
    r"|firefighters?|hunters?|restaurant|facility|co-?workers|neighbou?rs"
    # "(Aurora PD)", "a Riverdale gas station": the town's police department and its shops
    r"|pd|gas\s+station|convenience\s+store|liquor\s+store|mall"
    r"|(?:(?:north|south|east|west|northeast"
    r"|northwest|southeast|southwest)(?:ern)?\s+)?side)\b"
    # "Toledo-area killings", "the Savannah-Chatham Metropolitan Police", "Austin-Travis
    # County EMS": the area around a town, an agency two places share
    rf"|{_JOINED_AGENCY}",
    re.IGNORECASE,
)
_AGENCY_AFTER = re.compile(r"\s+(?:Police|Sheriff|County|Fire|Metro)\b", re.IGNORECASE)
_NEIGHBORHOOD = re.compile(r"\s+(?:neighbou?rhood|section|community area)\b", re.IGNORECASE)
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|section|community\s+area|area)\b",
                            re.IGNORECASE)
_CITYS_BEFORE = re.compile(r"\bcity(?:'s|’s)\s+$")
# What follows a dateline city: the country or state of the city before the date
# ("CUCUTA, Colombia, Feb 10 -", "BUKAVU, Democratic Republic of Congo, July 12 -"), a date (its
# year too: ", March 3, 2015") or a state's abbreviation (", Ill."), then the agency in
# brackets, a dash or a colon ("BEIRUT, Lebanon (AP) -", "PESHAWAR:"). Read through
# `opens_as_dateline`.
DATELINE_AFTER = re.compile(
    r"^(?:,\s*[A-Z][\w.'’-]*(?:\s+(?:(?:of|the|and|de|du|del)\s+)?[A-Z][\w.'’-]*){0,4}(?=\s*,))?"
    r"(?P<part>,\s*[\w. ]{2,20}(?:,\s*\d{4})?)?\s*(?:\(|—|–|--|-\s|(?P<colon>:))")
# (how far after the city's name the dateline's separator may come)
_DATELINE_REACH = 80
# "Indiana Avenue", "Madison Street": a street named after a place is not that place.
_STREET_AFTER = re.compile(rf"\s+(?:{street_types(dotted=True)})\b")
# "University of Chicago", "Bank of America": a word that heads an organization's name.
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# A town whose name is mostly a word or a person's name needs this much population to be
# read as a place without its state named ("in Reading" is the English town).
_COMMON_WORD_CITY = 250_000
_SIZEABLE_US_CITY = 50_000
_TOWN = 100_000
# The rank words of a country's first-level regions.
_FIRST_LEVEL_RANKS = ("State", "Province", "Region", "Governorate", "Prefecture", "Department")
# The rank word that lets a three-letter region's name be read ("Imo State", "Bay region",
# "Ibb governorate"); not "Regional" ("Bay Regional Medical Center" is a hospital).
_SHORT_REGION_RANK = re.compile(
    rf"[ \t]+(?:{'|'.join(f'[{n[0]}{n[0].lower()}]{n[1:]}' for n in _FIRST_LEVEL_RANKS)})"
    r"(?![\w-])")
_REGION_HEAD_AFTER = re.compile(
    r"\s+(?:State|Province|Region|Regional|Governorate|District|Governor|state|province"
    r"|region|regional|governorate|district|governor)\b"
)


# Gazetteer mentions read per article, in text order (each place is reported at its first
# mention anyway); the cap bounds the work on a hostile text.
MAX_PLACE_MENTIONS = 600


# A place's identity across its mentions (`_identity`): name, kind, country, latitude
PlaceKey = tuple[str, str, str | None, float | None]


@dataclass(frozen=True, slots=True)
class PlaceReading:
    """What `read_places` found: the places of the story, and the place heading the text as
    its wire dateline ("KYIV -", "BAGHDAD, March 3 (Reuters) -"), or None. The dateline is
    kept even where the story happened elsewhere and `places` leaves it out (a bureau's city
    over "in the Podilskyi district", the city "45 km north of" which a town lies): it names
    where the report was filed, which a reader of parts and distances can tie the story to."""

    places: tuple[Place, ...]
    dateline: Place | None = None


def find_places(text: str, title: str | None = None) -> tuple[Place, ...]:
    """Places named in `text`, each once at its first mention, in text order
    (`read_places(text, title).places`)."""
    return read_places(text, title).places


def read_places(text: str, title: str | None = None) -> PlaceReading:
    """Places named in `text`, each once at its first mention, in text order, with the
    text's dateline place.

    A `title` (the headline) is read with the text: a headline often names the town the body
    leaves implicit ("Teen shot in Bluffton" over "Police said the boy was shot at a party"),
    and its names are context for the body's. Places only the title names come first, with
    offsets -1 (they are not in `text`); the outlet's name after a dash or a bar ("... - WXYZ
    Springfield") is not read.
    """
    headline = headline_of(title)
    if not headline:
        found, dateline, later = _all_places(text)
        return PlaceReading(_first_mentions(found, later), dateline)
    prefix = headline + "\n\n"
    found, dateline, later = _all_places(prefix + text, len(headline))
    shift = len(prefix)
    in_text = _first_mentions([replace(p, start=p.start - shift, end=p.end - shift)
                               for p in found if p.start >= shift], later)
    named = {_identity(p) for p in in_text}
    in_title = [replace(p, start=-1, end=-1) for p in _first_mentions(
        [p for p in found if p.start < shift]) if _identity(p) not in named]
    if dateline is not None:
        dateline = replace(dateline, start=dateline.start - shift, end=dateline.end - shift)
    return PlaceReading((*in_title, *in_text), dateline)


def _all_places(text: str, headline_end: int = 0
                ) -> tuple[list[Place], Place | None, frozenset[PlaceKey]]:
    """Every place mention of `text` (not yet reduced to first mentions), its dateline place
    (`PlaceReading.dateline`) and the places that go after the others (`_without_asides`);
    `text` opens with a headline ending at `headline_end` when it is not 0."""
    gazetteer = load_gazetteer()
    people: set[str] = set()
    compounds: list[tuple[int, int]] = []
    mentions = list(islice(_mentions(text, gazetteer, people, compounds), MAX_PLACE_MENTIONS))
    context = _with_the_datelines_country(text, mentions, build_context(
        text, mentions, frozenset(people), _placed_twice(text, mentions, people)))
    accepted: list[tuple[Mention, GazetteerEntry]] = []
    for mention in mentions:
        entry = _city_heading_an_address(text, mention, resolve(mention, context))
        if entry is not None and _alternate_abroad(text, mention, entry, context):
            compounds.append((mention.start, mention.end))  # a place, but not the listed one
        elif entry is not None and _accepted(text, mention, entry, context):
            accepted.append((mention, entry))
        elif entry is not None:
            agreed = _agreed_town(text, mention, context)
            if agreed is not None:
                accepted.append((mention, agreed))
    accepted = _one_reading_per_name(text, accepted)
    setting = _where_it_happened(text, accepted)
    places = [_unlisted_town(text, mention, entry) or _whole_dateline(text, mention, entry, context)
              or _as_written(text, mention, entry) for mention, entry in setting or accepted]
    places = _country_of_its_town(text, places)
    main_country = _main_country(places)
    venues = find_venues(text, main_country)
    # ("who lives in Evergreen Park", "in College Park": a listed town the venue finder also
    # reads by its last word is the town)
    towns = {(p.start, p.end) for p in places if p.kind == "city"}
    venues = [v for v in venues if (v.start, v.end) not in towns]
    places = [p for p in places if not _small_inside_venue(p, venues)]
    places += _institution_towns(venues, context, gazetteer)
    unlisted = find_unlisted(text, [*places, *venues], main_country, compounds,
                             frozenset(people))
    if not setting and any(p.kind == "city" for p in unlisted):
        # The nationalities were kept only as the best reading left ("police arrested two
        # Egyptians", "near the Turkish border"); a settlement the gazetteer lacks places the
        # event after all, and so do countries things come from or go to ("fled into northern
        # Mali"). (A country written by its name may close an address the readings above
        # missed: "Hong Kong city, ..., China".)
        elsewhere = {m.start for m, e in accepted if m.demonym or _ORIGIN_BEFORE.search(
            text, max(0, m.start - 40), m.start) or (e.kind == "country" and _beyond_a_border(
                text, m))}
        places = [p for p in places if p.start not in elsewhere]
    read = [ranked for p in [*places, *venues, *unlisted] for ranked in _with_district_word(
        text, p)]
    # (read before the asides are set aside: a dateline the story measures from or files
    # from is one of them; only a name that opens the first or second line can be one, so
    # the dateline test is not asked of every place of a long text)
    head = _second_line_head(text)
    dateline = next((p for p in read if p.kind != "venue" and 0 <= p.start <= head
                     and opens_as_dateline(text, p)), None)
    kept, later = _without_asides(text, read, headline_end)
    return kept, dateline, later


def _second_line_head(text: str) -> int:
    """Where the text's second non-blank line starts its words (or the text's end): no name
    after it opens the text as a dateline (`opens_as_dateline`, a headline's line first)."""
    newline = text.find("\n", _past_blanks(text, 0))
    return len(text) if newline < 0 else _past_blanks(text, newline)


def _past_blanks(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _with_the_datelines_country(text: str, mentions: list[Mention], context: Context) -> Context:
    """"ISLAMABAD (Reuters) - ... blew himself up ... in Parachinar": a dateline's great city,
    whose other readings are small places elsewhere or other places' old names (Islamabad, a
    former name of Chattogram), names the country of the story's bureau. (Only at a dateline:
    in a note that names "San Antonio, Valparaiso" the name is the Chilean town's.)"""
    if not mentions or not opens_as_dateline(text, mentions[0]):
        return context
    dominant = dominant_city(mentions[0].entries, mentions[0].surface)
    if dominant is None or context.names_country(dominant.country, ""):
        return context
    countries = dict(context.countries)
    countries[dominant.country] = countries.get(dominant.country, frozenset()) | {
        mentions[0].surface}
    return replace(context, countries=countries)


def _country_of_its_town(text: str, places: list[Place]) -> list[Place]:
    """"GOMA, Congo", "in Beni, Congo": a short name two states share (`SHARED_SHORT_NAMES`)
    right after a town of the other state names that state."""
    read = list(places)
    for index in range(1, len(read)):
        place, town = read[index], read[index - 1]
        other = SHARED_SHORT_NAMES.get(place.country or "")
        if place.kind == "country" and other is not None and town.country == other and \
                town.start >= 0 and text[town.end:place.start].strip() == ",":
            entry = _countries().get(other)
            if entry is not None:
                read[index] = _place(entry, place.start, place.end)
    return read


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, GazetteerEntry]:
    """Each country's entry, by its code."""
    return {e.country: e for entries in load_gazetteer().places.values()
            for e in entries if e.kind == "country"}


# "Ghazni province", "Kano state", "Yangon Region", "Fukushima Prefecture", "Garissa county"
# (Kenya's first level): a rank word after a name says the region is meant, not the town that
# bears its name (mostly its capital), whichever the gazetteer reads first (the US towns are
# left alone: "Fresno State" is a university, US counties are read in `_lookup`). Not a rank
# word that begins an institution's name ("Moscow State University", "Lagos State House").
_REGION_RANKS = (*_FIRST_LEVEL_RANKS, "Oblast", "County")
_REGION_RANK_AFTER = re.compile(
    rf"[ \t]+(?:{'|'.join(f'[{n[0]}{n[0].lower()}]{n[1:]}' for n in _REGION_RANKS)})"
    r"(?![\w-])(?![ \t]+[A-Z])")
# "Azaz town (Aleppo)", "Atarib (Aleppo)": conflict notes bracket the region after the town;
# a city's name alone in that bracket names the region it gives its name to.
_BRACKETED_AFTER_A_PLACE = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+(?:town|city|village))?[ \t]+\($")


def _one_reading_per_name(text: str, accepted: list[tuple[Mention, GazetteerEntry]]
                          ) -> list[tuple[Mention, GazetteerEntry]]:
    """A region and the town of one name read as one place: the region where a rank word (or
    the bracket after another place) says so, named as the text spells it where the gazetteer
    read the town ("Ghazni", not the gazetteer's "Ghaznī"); a bare mention of that town is the
    region too ("Ghazni province ... the Ghazni governor"), unless the text places something
    in the town itself ("in Kandahar, Kandahar province", "Yala City, Yala Province", "in
    Ghazni city"): then the town is the one place of that name and the region is not listed
    beside it."""
    regions: dict[tuple[str, str], GazetteerEntry] = {}  # (name, country) -> the region
    for index, (mention, entry) in enumerate(accepted):
        if entry.kind in ("city", "region") and entry.country != "US" and \
                _names_its_region(text, mention) and not _another_name_of_the_same(
                    text, mention, entry, accepted[index - 1] if index else None):
            written = text[mention.start:mention.end]
            regions.setdefault(_name_key(text, mention, entry), entry if entry.kind == "region"
                               else entry._replace(
                                   name=string.capwords(written) if written.isupper()
                                   else written, kind="region", lat=None, lon=None,
                                   population=0))
    towns: dict[tuple[str, str], GazetteerEntry] = {}  # the towns placed in earnest
    for mention, entry in accepted:
        key = _name_key(text, mention, entry)
        town = _town_the_text_names(text, mention, entry)
        if town is not None:
            towns.setdefault(key, town)
        elif entry.kind == "city" and key in regions and \
                not _names_its_region(text, mention) and _town_placed(text, mention):
            towns.setdefault(key, entry)
    if not regions and not towns:
        return accepted
    read: list[tuple[Mention, GazetteerEntry]] = []
    for mention, entry in accepted:
        key = _name_key(text, mention, entry)
        if key in towns and (entry.kind == "region" or _names_its_region(text, mention)):
            entry = towns[key]
        elif key in regions and key not in towns and entry.kind == "city":
            entry = regions[key]
        read.append((mention, entry))
    return read


# "the southern city of Maan", "the town of Kasserine", "Ma'an city": the text names the town.
_TOWN_WORD_BEFORE = re.compile(r"\b(?:city|town)\s+of\s+$")
# "45 km south-east of Kidal", "some 30 miles from X": a distance is measured from a point, a
# town, never from the region that bears its name.
_MEASURED_FROM_BEFORE = re.compile(rf"\b(?=[a-z\d]){DISTANCE}\s+$")
_TOWN_WORD_AFTER = re.compile(r"[ \t]+(?:city|town)\b(?![ \t]+of\b)")


def _town_the_text_names(text: str, mention: Mention, entry: GazetteerEntry
                         ) -> GazetteerEntry | None:
    """The town of a name, where the text calls it a city or a town ("Marib city", "the city
    of Maan", "Gaza City"): the listed city of that name in the reading's country."""
    if entry.kind not in ("city", "region") or entry.country == "US" or not (
            _TOWN_WORD_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            or _MEASURED_FROM_BEFORE.search(text, max(0, mention.start - 60), mention.start)
            or _TOWN_WORD_AFTER.match(text, mention.end)
            or text[mention.end - 5:mention.end] == " City"):
        return None
    if entry.kind == "city":
        return entry
    return next((e for e in mention.entries if e.kind == "city" and e.country == entry.country
                 and not is_village(e)), None)


def _another_name_of_the_same(text: str, mention: Mention, entry: GazetteerEntry,
                              previous: tuple[Mention, GazetteerEntry] | None) -> bool:
    """"Buenos Aires (Ciudad Autonoma de Buenos Aires)": a bracket that names the place before
    it again; "the United Baloch Army (UBA)": an acronym. Neither is a region."""
    if _REGION_RANK_AFTER.match(text, mention.end):
        return False
    return text[mention.start:mention.end].isupper() or (
        previous is not None and previous[1] == entry)


def _name_key(text: str, mention: Mention, entry: GazetteerEntry) -> tuple[str, str]:
    return without_marks(mention.surface or fold(text[mention.start:mention.end])), entry.country


# "the western Aleppo countryside", "Idlib countryside": the land around the town, its region.
_COUNTRYSIDE_AFTER = re.compile(r"[ \t]+countryside\b")


def _names_its_region(text: str, mention: Mention) -> bool:
    if _REGION_RANK_AFTER.match(text, mention.end) or \
            _COUNTRYSIDE_AFTER.match(text, mention.end):
        return True
    return text.startswith(")", mention.end) and bool(_BRACKETED_AFTER_A_PLACE.search(
        text, max(0, mention.start - 40), mention.start))


def _town_placed(text: str, mention: Mention) -> bool:
    """The text places something in the town: a locative, a dateline, its city word, or the
    head of an address ("in Yangon, Yangon province")."""
    return _located(text, mention) or _is_dateline(text, mention) or \
        bool(_CITY_WORD_AFTER.match(text, mention.end)) or \
        text[mention.end - 5:mention.end] == " City" or \
        bool(_ADDRESS_AFTER.match(text, mention.end))


# Where a report puts what follows the event: "went on trial in Abuja", "pronounced dead at a
# hospital in Charleston", "airlifted to Gao", "were buried in their home village of X", "the
# group based in Quetta", "a man from Brampton". A care verb is needed before a hospital, and a
# burial is passive: the attack itself may be "at a hospital in Peshawar" or "on mourners at
# a funeral in X". Not the town a place is measured from ("X, 40 km north of Gao": both are
# read, as `unlisted_place_set_by_distance` holds), nor where the people of the story live ("a
# Fresno man" is mostly shot in Fresno), nor "the X suburb of Y" (either may be the suburb).
# (The windows end at the name.)
# Where the people of the story come from or were before the event, never where it happened:
# "a man from Brampton", "migrant labourers from Bihar", "the victims were all from X" (any
# noun of people; not "travelling from": the road the event happened on starts there; not
# "militants from X": "abducted by militants from Nongsum village" is abducted from it), "a
# native of Malgobek", "originally from Brcko", "born and raised in X", "the bombers had
# trained in Afghanistan", "a cell recruited in Raqqa", "who studied in Cairo".
# (the people of a story, singular or plural: its residents, kin, callings and parties; not
# "people" or "persons": "60 people from Gaidamgari village were killed" were mostly killed
# there, and "people from Bittou marched" marched there)
_PERSON_NOUNS = (
    r"(?:m[ae]n|wom[ae]n|teens?|teenagers?|boys?|girls?|natives?|couples?|youths?"
    r"|workers?|labou?rers?|migrants?|pilgrims?|tourists?|visitors?|students?|traders?"
    r"|merchants?|dealers?|businessm[ae]n|businesswom[ae]n|shopkeepers?|vendors?"
    # (kin and callings: "three brothers from Leon", "a candidate from Baidoa")
    r"|brothers?|sisters?|sons?|daughters?|cousins?|relatives?|friends?|nephews?|nieces?"
    r"|candidates?|journalists?|reporters?|teachers?|doctors?|priests?|imams?"
    r"|fisherm[ae]n|farmers?|herders?|herdsm[ae]n|drivers?|passengers?|refugees?|famil(?:y|ies)"
    r"|guests?|fans?|worshippers?|immigrants?|nationals?|settlers?|miners?|engineers?"
    r"|employees?|volunteers?|recruits?|troops|soldiers?|officers?|guards?|firefighters?"
    # ("a nurse from Kramatorsk", "detectives from Accra arrived", "witnesses from Wajir")
    r"|nurses?|paramedics?|medics?|detectives?|investigators?|witnesses?"
    # ("reinforcements from Monguno repelled the attack": forces sent from another town)
    r"|reinforcements|units?|contingents?|battalions?"
    # ("rescuers from Trabzon, Rize and Artvin joined the search", "rescue teams from Kisumu")
    r"|rescuers?|rescue\s+(?:teams?|workers?|crews?|units?)|responders?|divers?"
    # ("relief teams from Dehradun are at the site", "crews from Toowoomba attended")
    r"|(?:relief|medical|fire|search|emergency)\s+(?:teams?|crews?)|crews"
    # (the parties of a crime: "a suspect from Cape Coral", "the victim from Larkana")
    r"|suspects?|victims?|accused|deceased|all)")
_ORIGIN_PHRASES = (
    rf"\b{_PERSON_NOUNS}\s+from"
    r"|\bnatives?\s+of|\boriginally\s+(?:\w+\s+)?(?:from|of|in)"
    # "the attackers were reportedly from Nasarawa state", "the gunmen are believed to be from
    # X", "the suspect, 31, is from Bolton", "who was from New Haven": a person's origin said
    # with the copula
    r"|\b(?:is|was|were|are)\s+(?:also\s+|both\s+|all\s+)?(?:reportedly\s+"
    r"|(?:believed|said|thought)\s+to\s+be\s+)?from"
    # "the deceased belonged to Kotli", "both belong to Swabi district": where a person is from,
    # in South Asian English (not "a boat belonging to the San Pablo company", "a vehicle that
    # belonged to the Kabul municipality": what an owner owns)
    r"|\bbelong(?:s|ed)?\s+to(?!\s+the\b)"
    r"|\b(?:born|raised|grew\s+up|grown\s+up)(?:\s+and\s+(?:raised|bred|brought\s+up))?\s+in"
    r"|\b(?:trained|recruited|radicali[sz]ed|indoctrinated|studied|educated|schooled)\s+"
    r"(?:[\w-]+\s+){0,3}?in"
    # "a 22-year-old from Belleville", "two 18-year-olds from Berwyn": a person named by the
    # age, as "a man from", and "the driver, a resident of Newark"
    r"|\b\d{1,3}-years?-olds?\s+from|\b(?:an?|the)\s+(?:longtime\s+)?resident\s+of"
    # "Purcell, formerly of Bendigo", "a nurse who commutes every day from Wuppertal"
    r"|\bformerly\s+(?:of|from)|\bcommut(?:es|ed|ing|e)\s+(?:[\w-]+\s+){0,3}?from")
# ("from neighbouring Nasarawa state": a place beside the event's own, named as such)
_NEIGHBOURING = r"(?:(?:neighbou?ring|nearby|adjoining|adjacent)\s+)?"
_ORIGIN_ASIDE = re.compile(rf"(?:{_ORIGIN_PHRASES})\s+(?:the\s+)?{_NEIGHBOURING}$", re.IGNORECASE)
# The constructions that name a town aside from the event (`_ASIDE_BEFORE`), each built from
# the word classes it shares with the others. Each construction ends where the town's name
# (after the settlements near it, "the" or "neighbouring") follows.
_COMPASS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# ("taken", "rushed", "airlifted": verbs that move the wounded somewhere)
_CONVEYED = (r"(?:taken|rushed|airlifted|flown|transported|transferred|evacuated|admitted|treated"
             r"|died|pronounced\s+dead|driven|carried|brought|moved|drove\s+(?:him|her|them"
             r"|himself|herself|themselves)"
             # ("deputies were dispatched to a hospital in Winder", "officers were called to a
             # medical center in X": where the wounded turned up, the officers went to them)
             r"|(?<=were\s)(?:dispatched|called|sent)|(?<=was\s)(?:dispatched|called|sent))")
# ("by ambulance", "later", "first": what may stand between such a verb and its destination)
_CONVEYED_HOW = r"(?:by\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?\w+|later|first|back|on)"
_HEALTH_PLACE = (r"(?:hospitals?|clinics?|(?:medical|trauma|health)\s+cent(?:er|re)s?"
                 r"|infirmary)")
# (the people the wounded or the dead are: "the wounded", "two of them", "the driver")
_CASUALTY_NOUNS = (
    r"(?:wounded|injured|hurt|victims?|casualties|survivors|patients|bod(?:y|ies)|dead|he"
    r"|she|they|him|her|them|man|woman|men|women|boy|girl|child|children|teen|teenager|driver"
    r"|passengers?|officers?|soldiers?|two|three|four|five|six|seven|eight|nine|ten|\d+|some"
    r"|others|most|many)")
# (any noun of an incident or of its weapon: "a similar grenade in Muyinga", "an earlier
# landslide near Mbale", "previous shelling in Beledweyne")
_INCIDENT_STEMS = (
    r"(?:attack|bomb|blast|raid|ambush|incident|massacre|ones?\b|assault|strike"
    r"|explosi|shooting|clash|device|grenade|IED|mine|landmine|rocket|mortar|shell|missile"
    r"|drone|airstrike|killing|murder|stabbing|kidnapping|abduction|riot|protest|demonstration"
    r"|fire|arson|lynching|hijacking|robber|heist|crash|accident|stampede|flood|landslide"
    r"|earthquake|quake|collapse|case|operation|offensive|battle|fighting|violence|unrest"
    r"|outbreak|episode|traged|disaster|assassination|execution|beheading|event)\w*")
# (the wrongs a protest is about)
_GRIEVANCE_NOUNS = (
    r"(?:killings?|deaths?|murders?|shootings?|burnings?|raids?|arrests?|detentions?|attacks?"
    r"|bombings?|massacres?|rapes?|abductions?|kidnappings?|evictions?|demolitions?"
    r"|assassinations?|executions?|lynchings?|beatings?|stabbings?|airstrikes?|disappearances?)")
_SPEECH_VERBS = (
    r"(?:spoke|speaking|talking|said|says|told\s+\w+|calling|writing|declared|announced"
    r"|stated|added|insisted|explained|tweeted|wrote|indicated|declaring|announcing|adding"
    # ("addressing party members in Birmingham", "in a televised address from Islamabad", "a
    # speech to farmers in Bulawayo": a speech where the speaker stood; the noun only before
    # "from" or its audience: "giving a speech in Makassar" may be where the speaker was
    # attacked, and "has an address in Ty Ty" is a home)
    r"|address(?:ing|ed)"
    r"|(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?(?:speech|address|sermon|remarks)(?=\s+(?:to|from)\s))")
# (when, how or to whom a speaker spoke: "by phone", "late on Monday", "to reporters")
_SPEECH_SETTING = (
    r"(?:by\s+(?:tele)?phone|on\s+the\s+phone|on|late|early|last|yesterday|today"
    rf"|{_DAYS}|night|morning|evening|afternoon"
    # (its audience: "spoke to reporters in La Paz", "told a news conference in X")
    r"|to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:reporters|journalists|press|media|newsmen"
    r"|correspondents|parliament|lawmakers|crowds?|supporters|mourners|radio|television)"
    # (the gathering the speaker stood before: "told a crowd in Guwahati", "addressing party
    # members in X", "spoke to farmers in Y"; where: "speaking here in Ottawa", "speaking at a
    # rally in Abeokuta", "speaking at headquarters in Sacramento", "speaking from the pulpit
    # in Enugu", "at a vigil on the steps of the state capitol in Denver")
    r"|(?:to\s+)?(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:crowds?|rally|rallies|supporters|members"
    r"|audiences?|congregations?|gatherings?|farmers|students|workers|voters|worshippers"
    r"|delegates|cadets|graduates|party\s+faithful)|here|there"
    r"|(?:at|from|on)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:rall(?:y|ies)|stops?|services?|vigils?|events?|meetings?|gatherings?|ceremon(?:y|ies)"
    r"|academy|conferences?|pulpit|podium|steps|headquarters|dinners?|conventions?|forums?)"
    r"(?:\s+of\s+the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
    r")")
_REPORTING_BODIES = (
    r"(?:office|ministry|agency|police|army|military|command|mission|monitors?|observatory"
    r"|ombudsman|commission|service|radio|television|station|broadcaster|correspondents?"
    r"|newspaper|outlet|group|network|committee|council)")
_PUBLICATIONS = (r"(?:statement|communiqu[eé]|press\s+release|news\s+conference|press\s+conference"
                 r"|briefing|bulletin)")
_OUTLETS = (r"(?:newspaper|daily|radio(?:\s+station)?|station"
            r"|agency|television|channel|outlet|office)")

# "taken to a hospital in X", and so with the hospital's name or its kind between ("treated at
# Mercy General Hospital in X", "rushed to the teaching hospital in X") and with several ("the
# wounded were taken to hospitals in X")
_TO_A_HOSPITAL_IN = (
    rf"\b{_CONVEYED}\s+(?:{_CONVEYED_HOW}\s+)?(?:to|at|in)\s+"
    r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+|various\s+)?(?:[\w'’.&-]+\s+){0,4}?"
    rf"{_HEALTH_PLACE}\s+in")
# "evacuated by helicopter to X", "flown by air to X": where the wounded went, by any means
_EVACUATED_TO = r"\b(?:airlifted|flown|evacuated|referred|shifted)\s+(?:by\s+\w+\s+|on\s+)?to"
# "the wounded were taken to Baqubah", "taken by road to Goma", "carried back to X": where the
# wounded lie, not where they were hurt (the wounded, the dead or the victims, not "a car bomb
# was driven to X")
_CASUALTIES_TAKEN_TO = (
    rf"\b{_CASUALTY_NOUNS}"
    r"\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:were|was|had\s+been|have\s+been|are|is)\s+"
    r"(?:later\s+|then\s+|first\s+)?(?:taken|carried|driven|brought|moved|transported"
    r"|transferred|rushed)\s+(?:(?:by\s+(?:road|car|ambulance|boat|air|helicopter)|back"
    r"|later|first|on)\s+)?to")
# "remain hospitalized in Baltimore"
_HOSPITALIZED_IN = r"\bhospitali[sz]ed\s+(?:\w+\s+){0,2}?in"
# "flown to St. Mary's in West Palm Beach", "taken to Regions in St. Paul": a hospital named
# without the word, then its town
_TO_A_NAMED_HOSPITAL_IN = (
    r"\b(?:taken|rushed|airlifted|flown|transported|transferred|evacuated|admitted|driven"
    r"|carried|brought)\s+(?:(?:by\s+\w+|later|first|back|on)\s+)?(?:to|at)\s+"
    r"(?-i:(?:St\.?\s+|Saint\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+in")
# "passengers travelling to Peshawar", "on their way to Kano": where people were going
_TRAVELLING_TO = (r"\b(?:travell?ing|travell?ed|en\s+route|on\s+(?:their|the|his|her|its)\s+way)\s+"
                  r"(?:back\s+|home\s+)?to")
# "in Harvey, a south suburb of Chicago", "in Bokkos, a farming town near Jos": the city an
# apposition measures the event's town from
_MEASURED_BY_APPOSITION = (
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:suburb|exurb|town|city|village|community"
    rf"|neighbou?rhood)\s+(?:just\s+)?(?:{_COMPASS}\s+of|of|outside|near|close\s+to)")
# "in an unincorporated area north of Houston", "attacked a village east of Maiduguri": a
# place the event is put beside, not in (set aside only where the text names the area's own
# town in earnest: "... near Spring")
_AN_AREA_BEARING_FROM = (
    r"(?<![\w-])(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:area|region|part|stretch|village|town|community"
    rf"|neighbou?rhood|location|spot)\s+(?:just\s+)?{_COMPASS}\s+of")
# "two were referred to Pokhara", "a vessel bound for Mumbai": where the wounded or a vehicle
# went on to (not where a suspect was arrested: mostly the event's own town) ("families have
# left for Kirkuk", "heading for Maroua": where people went afterwards)
_BOUND_FOR = (r"\b(?:bound|left|leaving|headed|heading|depart(?:s|ed|ing)?|set\s+off|setting\s+off)"
              r"\s+for")
# "the militants withdrew toward Arbinda", "the other driver headed east toward Chicago",
# "retreated into Y": where attackers or a suspect went afterwards
_WITHDREW_TOWARD = (
    r"\b(?:withdr[ae]wn?|withdrawing|retreat(?:ed|ing)?|pulled\s+back|head(?:ed|ing)"
    r"|(?:drove|sped|speeding|took)\s+off)\s+(?:back\s+)?(?:"
    rf"{_COMPASS}(?:ward)?\s+)?(?:to|towards?|into)")
# "went on trial in X", "was sentenced in Y": the court, not the event
_TRIED_IN = (
    r"\b(?:(?:went|go|goes|stood|stand|stands|standing)\s+on\s+trial|appeared\s+(?:in|before)"
    r"\s+(?:a\s+)?(?:\w+\s+)?court|(?:was|were|been)\s+(?:sentenced|convicted|arraigned|tried"
    r"|extradited))\s+(?:\w+\s+){0,3}?(?:in|at|to)")
# "the trial of the man charged in the shooting is to begin Tuesday in Thibodaux", "the trial
# opened in Paris on Monday": the court, named by its proceedings
_TRIAL_OPENS_IN = (r"\btrial\b[^.;\n]{0,100}?\b(?:begins?|began|begun|opens?|opened|starts?"
                   r"|started|resumes?|resumed)\s+(?:[\w-]+\s+){0,2}?in")
# ("the family buried him in X", "they buried their dead at Y": the same, said actively)
_BURIED_IN = (
    r"\b(?:(?:was|were|be|been|being)\s+buried|laid\s+to\s+rest"
    r"|buried\s+(?:him|her|them|their\s+\w+|his\s+\w+))\b[^.;\n]{0,40}?\b(?:in|at)"
    r"(?:\s+(?:their|his|her)\s+(?:home\s+)?(?:village|town)\s+of)?")
# "militants based in X", "who lives in Y": where people or bodies are, not where it happened
_BASED_IN = (
    r"\b(?:based|headquartered|originated|hails|live|lives|lived|living|reside|resides|resided"
    r"|residing)\s+(?:with\s+(?:his|her|their|a|an|the)\s+\w+\s+)?in"
    # "a unit based at Kasane", "a battalion based out of Jacksonville", "an engine company out
    # of Redding", "a helicopter flying out of Darwin", "a deputy working out of the Lancaster
    # station": the base a unit, a crew or a firm works from (not "news out of Waco": no
    # worker nor verb of working before it)
    # (not "militias based at Muri village", which may be where they were attacked)
    r"|\b(?:based|headquartered|stationed|garrisoned)\s+out\s+of|\b(?:stationed|garrisoned)\s+at"
    r"|\b(?:fl(?:y|ies|ying|ew|own)|work(?:s|ing|ed)?|operat(?:es|ing|ed|e)|run(?:s|ning)?|ran"
    r"|sail(?:s|ing|ed)?|fish(?:es|ing|ed)?|dispatched|deployed)\s+out\s+of"
    r"|\b(?:compan(?:y|ies)|firms?|contractors?|crews?|units?|squadrons?|battalions?|teams?"
    r"|outfits?|operators?|carriers?|trawlers?|boats?|vessels?|brigades?|regiments?)\s+out\s+of")
# "his funeral in Cincinnati drew 400 people": a victim's funeral, named by its owner
_THEIR_FUNERAL_IN = (
    r"\b(?:his|her|their)\s+(?:funerals?|burials?|wakes?|memorial(?:\s+service)?)\s+"
    r"(?:\w+\s+)?(?:in|at)")
# "relatives gathered in Lahore to receive the bodies", "the funeral was held in Bannu", "the
# bodies were flown to Kathmandu": the mourning after the event
_MOURNERS_GATHERED_IN = (
    r"\b(?:relatives|families|family\s+members|mourners|kin|loved\s+ones)\s+(?:(?:had|have)"
    r"\s+)?(?:gathered|assembled|waited|converged|wept|mourned|grieved|prayed)\s+(?:in|at)")
# (not "fired upon mourners at a funeral in X": the attack itself) ("a bail hearing was held in
# Mumbai the next day", "the arraignment was held in Fresno", "a memorial service was held in
# Lewisham", "a procession was held from Palmdale to Los Angeles": the proceedings and the
# ceremonies after the event, held where the court or the mourners are)
_FUNERAL_HELD_IN = (
    r"\b(?:funerals?|burials?|vigils?|wakes?|funeral\s+prayers|hearings?|arraignments?"
    r"|appearances?|committals?|mentions|pleas?|inquests?|ceremon(?:y|ies)|services?"
    r"|processions?)\b(?:[^.;\n]{0,50}?\s(?:was|were"
    r"|had\s+been|will\s+be))?\s+(?:held|took\s+place|conducted|observed|offered)"
    r"\s+(?:in|at|from\s+[\w'’ -]+?\s+to)")
_BODIES_SENT_TO = (
    r"\bbodies\s+(?:(?:were|had\s+been)\s+)?(?:flown|sent|taken|brought|returned|repatriated"
    r"|transported|handed\s+over)\s+(?:back\s+|home\s+)?(?:to|from)")
# "had moved there from Y", "a family that settled here from Z": where a person of the story
# comes from (the whole class of origin phrases, not the place the person was struck)
_MOVED_FROM = (
    r"\b(?:moved|relocated|emigrated|migrated|settled|immigrated)\s+(?:there\s+|here\s+"
    r"|back\s+)?(?:(?:\w+\s+){0,2}?(?:ago|earlier|before)\s+)?from")
# "Jean Ross, 71, from Sunderland": a person's hometown after the age (British style; the
# American ", 24, of Dayton" is mostly the town of the shooting too, so it is not read).
_AGED_FROM = r"\b\d{1,3},\s+from"
# "who travelled from Enugu", "had fled to Birmingham after the fire": where people of the
# story came from or went afterwards
_CAME_FROM = (r"\b(?:travell?ed|came|come|flew|flown|drove|driven|driving|arrived|returned)"
              r"\s+(?:in\s+|down\s+|up\s+|over\s+|back\s+"
              # ("came to Owo from Ondo", "had come to Buenaventura from Quibdo": the town
              # named before "from" is where the person came to)
              r"|to\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+)?from")
_FLED_TO = (r"\b(?:fled|escaped|flew|drove|moved|relocated)\s+(?:back\s+)?(?:(?:north|south|east"
            r"|west)(?:ward)?\s+)?to")
# "fled across the river to Mae Sot", "escaped through the forest towards Nertiti", "ran with
# their cattle into Y": where people went, a few words after the verb of flight
_FLED_ACROSS_TO = (
    r"\b(?:fled|flee|fleeing|escaped|escaping|ran|crossed|crossing|streamed|trekked|walked)"
    r"\b(?:(?!\s(?:in|at|near)\s)[^.;,\n]){0,40}?(?<!according)\s(?:to|into|towards?|for)")
# "a similar blast in Derbent", "similar to one in Djibo", "earlier attacks in Kano": the place
# of another incident the report compares its own to ("a separate attack in X", "another
# bombing near Y": an incident told beside the report's own) (not "one of three related
# attacks in X", "in other shootings in Chicago": the report's own incident is among them)
# ("two separate bombs in X and Y" are the report's own incidents: only "a separate" one is
# another)
_ANOTHER_INCIDENT_IN = (
    r"\b(?:similar|previous|earlier|prior|(?<=\ba\s)separate|another)\s+(?:to\s+)?"
    r"(?:(?:an?|one|the|that|those)\s+)?"
    rf"(?:[\w-]+\s+)?{_INCIDENT_STEMS}"
    r"\s+(?:\w+\s+){0,3}?(?:in|at|near)")
# "the attack comes a week after a bombing in Peshawar", "the blast followed the killing of two
# soldiers in Bannu": an earlier incident the report dates its own by
_AFTER_ANOTHER_INCIDENT_IN = (
    rf"\b{_INCIDENT_STEMS}\s+(?:(?:in|at|near|on|outside)\s+(?:[\w'’.-]+\s+){{1,3}}?)?"
    r"(?:comes?|came|follows?|followed)\s+(?:just\s+|only\s+)?"
    r"(?:(?:(?:an?|one|two|three|four|five|six|\d+|several|a\s+few)\s+)?(?:days?|weeks?|months?)"
    r"\s+)?"
    r"(?:after\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"{_INCIDENT_STEMS}\s+(?:\w+\s+){{0,3}}?(?:in|at|near)")
# "one of two related attacks; the other occurred in Jalalabad": the other incident
_THE_OTHER_IN = (
    r"\bthe\s+others?\s+(?:\w+\s+)?(?:occurred|took\s+place|happened|struck|hit|targeted"
    r"|was|were)(?:\s+(?:in|at|near))?")
# "members who had fled from Maiduguri", "pilgrims returning from Karbala", "reinforcements
# sent from Mora", "a priest who hails from Enugu": where people or forces came from, not where
# they were struck. (Not "a convoy travelling from Jowhar to ...": the road the event happened
# on starts there, and the databases code its town.)
_SENT_FROM = (r"\b(?:fled|escaped|returning|sent|dispatched|deployed|posted|assigned|seconded"
              r"|rushed|hails|hailed|hailing)"
              r"\s+(?:in\s+)?from")
# "marched in Lagos to protest the killing of a trader in Onitsha", "rallied in Dhaka against
# last week's shooting of a student in Sylhet": the event a protest is about, not the protest's
# place (not "condemned the stabbing in Karachi", "charged over the attack in X": words said
# about the event itself)
_PROTESTED_AGAINST = (
    r"\b(?:protest(?:ed|ing|s)?|(?:rall(?:y|ies|ied|ying)|march(?:ed|es|ing)?|demonstrat\w+"
    r"|protest\w*)\b[^.;\n]{0,40}?\b(?:against|over))\s+(?:the\s+|an?\s+|last\s+\w+(?:'s|’s)\s+)?"
    r"(?:[\w-]+\s+)?"
    rf"{_GRIEVANCE_NOUNS}\s+(?:[\w'’-]+\s+){{0,6}}?(?:in|at|near)")
# "police later arrested two suspects in Istanbul", "caught him that night outside Big Spring",
# "was released in Owerri": a later act elsewhere, not where the event happened
_LATER_CAUGHT_IN = (
    r"\b(?:later|subsequently|afterwards|eventually)\s+(?:\w+\s+){0,2}?(?:arrested|detained"
    r"|caught|captured|apprehended|stopped|tracked\s+down|picked\s+up)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:in|at|near|outside)")
_CAUGHT_LATER_IN = (
    r"\b(?:arrested|detained|caught|captured|apprehended)\s+(?:[\w-]+\s+){0,3}?(?:later"
    r"|afterwards)\s+(?:[\w-]+\s+){0,3}?(?:in|at|near|outside)")
_RELEASED_IN = (r"\b(?:was|were|been)\s+(?:later\s+|eventually\s+|finally\s+)?(?:released|freed"
                r"|set\s+free)\s+(?:[\w-]+\s+){0,3}?(?:in|at|near)")
_REPORTS_FROM = r"\breports?\s+(?:coming\s+)?from"
# "a spokesman who spoke from Quetta", "said by telephone from Bankass", "speaking in Jos",
# "declared on Saturday in Niamey", "told journalists late on Monday in Mopti": where a speaker
# was when speaking (a verb of saying, then only its audience, its time or its channel), not
# where the event happened. Not the passive: "a curfew was declared in X", "casualties were
# announced in X" put something in X.
_SPOKE_FROM = (
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bbe\s)(?<!\bis\s)"
    rf"\b{_SPEECH_VERBS}"
    rf"(?:\s+{_SPEECH_SETTING}){{0,3}}"
    r"\s+(?:from|in)")
# "the Ombudsman's Office reported from Popayan", "the agency reporting from X": an
# institution's report (not "clashes reported in X": no institution before the verb)
_BODY_REPORTED_FROM = (
    rf"\b{_REPORTING_BODIES}\s+(?:\w+\s+)?(?:reported|reporting"
    r"|reports|confirmed|confirming|warned|warning)\s+from")
# "a statement issued in Beirut", "at a news conference in Lagos", "a communique released from
# Bamako": where words were published, not where the event happened
_ISSUED_IN = (
    rf"\b{_PUBLICATIONS}\s+(?:(?:was|were|had\s+been)\s+)?(?:(?:issued|released|published"
    r"|read|given|held|posted|sent|delivered)\s+)?(?:in|from)")
# "claimed it in a call to a newspaper in Bilbao", "in a message to a radio station in X": the
# channel a claim or a warning went through
_MESSAGE_TO_OUTLET_IN = (
    r"\b(?:call|calls|message|letter|statement|email|e-mail)\s+"
    # ("a warning call had been placed to a newspaper in X")
    r"(?:(?:(?:had\s+been|has\s+been|was|were)\s+)?(?:sent|made|placed)\s+)?to\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_OUTLETS}\s+(?:based\s+)?in")
# "was taken into custody at his workplace in Brooksville", "the suspect was captured at a gas
# station in Hondo", "police arrested him at a motel in Bakersfield", "found hiding in a garage in
# Berwyn", "booked into the county jail in Marietta": where a suspect was caught or held, with
# or without "later" (`_LATER_CAUGHT_IN`). Said of a suspect: the passive, a pronoun or a
# suspect's noun after the verb (not "police arrested 20 protesters in Kampala": an arrest that
# is itself the event). The words between name where it was, never the event or its cause
# ("was arrested after a shooting in Gary", "detained over the attack in X", "arrested at the
# scene in Y" put the event in that town).
_SUSPECT_NOUNS = (r"(?:him|her|them|the\s+(?:\w+\s+)?(?:suspects?|gunm[ae]n|shooter|attackers?"
                  r"|assailants?|killers?|accused|man|woman|driver|teen|fugitive))")
_NOT_THE_EVENT = (r"(?!(?:for|after|over|following|during|in\s+connection|with|scene|crossfire"
                  rf")\b|{_INCIDENT_STEMS})")
_TAKEN_INTO_CUSTODY_IN = (
    r"\b(?:(?:was|were|been|being|is|are|get|got)\s+(?:\w+\s+)?(?:arrested|apprehended"
    r"|detained|captured|caught|nabbed|picked\s+up|taken\s+into\s+custody|booked\s+into)"
    r"|(?:arrested|apprehended|detained|captured|caught|nabbed|picked\s+up|tracked\s+down)\s+"
    rf"{_SUSPECT_NOUNS}"
    r"|taken\s+into\s+custody|took\s+(?:[\w'’-]+\s+){1,3}?into\s+custody|found\s+hiding"
    r"|booked\s+into"
    # ("arrests were made later in Churachandpur", "suspects arrested in Nairobi were tried")
    r"|arrests?\s+(?:was|were|have\s+been|had\s+been)\s+made"
    r"|(?:suspects?|fugitives?)\s+(?:later\s+)?(?:arrested|detained|captured|caught))"
    rf"\s+(?:{_NOT_THE_EVENT}[\w'’-]+\s+){{0,5}}?(?:in|at|near|outside)")
# "The governor, who was in Abuja for a meeting", "the mayor was at a conference in Sacramento",
# "the president, travelling in Nairobi", "the chancellor, in Vienna for a cabinet meeting":
# where an official was when the news came, not where the event happened
_OFFICIALS = (
    r"(?:governor|mayor|president|premier|(?:prime|chief|interior|defen[cs]e|foreign|home)\s+"
    r"minister|minister|chancellor|senator|lawmaker|commissioner|chairman|chairperson|king"
    r"|emir|sultan|chief|official|leader|commander|envoy|ambassador|secretary)")
_MEETINGS = r"(?:summit|conference|convention|forum|meeting|retreat|talks|session|visit|trip|tour)"
_OFFICIAL_WAS_IN = (
    # (the official followed by a copula, or set off by a comma before a visit: not "gunmen
    # killed a chief in Jaiama", "killed their commander, in Baghlan", where the town is the
    # victim's; "the chancellor, in Vienna for a meeting" is `_OFFICIAL_AWAY_FOR_AFTER`)
    rf"\b{_OFFICIALS}(?:,\s+who)?\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:in|at)"
    rf"|\b{_OFFICIALS},?\s+(?:who\s+(?:was|were|is|had\s+been|has\s+been)\s+)?"
    r"(?:on\s+an?\s+(?:\w+\s+)?(?:visit|trip|tour)\s+(?:to|in)"
    r"|(?:travell?ing|away|staying|abroad)\s+in)"
    rf"|\b(?:attending|(?:was|were|is|had\s+been)\s+(?:attending|at|away\s+at))\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,3}}?{_MEETINGS}\s+(?:[\w'’-]+\s+){{0,2}}?(?:in|at)")
# "the militants had earlier attacked Gwoza", "fighters who previously raided X": a town an
# earlier attack of the same people struck
_EARLIER_ATTACKED = (r"\b(?:had\s+)?(?:earlier|previously|already)\s+(?:attacked|raided|stormed"
                     r"|bombed|struck|hit|targeted|overran|overrun|seized|captured|shelled)")
# "sits an hour west of San Antonio", "drove two hours from Monterrey", "a village a day's walk
# from X": a town a time of travel measures the event's place from, as a distance does
_AN_HOUR_FROM = (
    r"\b(?:an?|one|two|three|four|five|six|\d+|half\s+an|a\s+half|several|a\s+few)\s+"
    r"(?:hours?|minutes?|days?)(?:'s|’s|'|’)?\s+(?:(?:drive|walk|ride|journey|trip)\s+)?"
    rf"(?:{_COMPASS}\s+of|from|outside|away\s+from)")
# "an anti-terrorism court in Karachi heard the case", "convicted by a court in Nairobi",
# "Courts in Jakarta later sentenced": the seat of a trial (a court named with its
# proceedings after it or its verdict before it: not "the gunman opened fire outside a court in
# Lahore", where the court is the target)
_BY_A_COURT_IN = (r"\b(?:by|before)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:court|tribunal)\s+"
                  r"(?:in|at)")
# "At a rally in Chennai, the actor-politician spoke about ...", "At a campaign stop in Phoenix on
# Tuesday, the senator described ...": a gathering that opens the sentence, then the speaker's
# clause; the town is where the speaker stood (not "At a vigil in X, mourners remembered": no
# speaking subject and verb after the comma)
_GATHERING_OPENS_BEFORE = re.compile(
    # ("Campaigning in Lyon, the far-right leader seized on ...": the same, by the speaker's act;
    # not "a member campaigning in Jarama zone was beaten", where the campaign is the event's)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Campaigning\s+(?:in|at)\s+(?:the\s+)?$"
    r"|At\s+(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:rall(?:y|ies)|stops?|vigils?|services?|events?|meetings?|gatherings?|ceremon(?:y|ies)"
    r"|conferences?|briefings?|dinners?|conventions?|forums?|town\s+hall)\b[^.;\n]{0,50}?"
    r"\s(?:in|at)\s+(?:the\s+)?$)")
# "SHRI R. K. PATIL (Latur):", "Deputy Murphy (Cork South-West):", "the Honourable Member for
# Albury", "MNA from Karachi": a member's seat, named beside the member, not the event's place
_MEMBERS_SEAT_BEFORE = re.compile(
    r"\b(?:mr|mrs|ms|miss|dr|hon|shri|shrimati|smt|sen|rep|deputy|cllr|councillor|senator|sir"
    r"|dame|lord|lady|baroness)\.?\s+(?:[\w'’.-]+\s+){0,4}?\(\s*$"
    r"|\bmembers?\s+for\s+(?:the\s+)?$"
    r"|\b(?:mp|mps|mna|mla|mpa|mlc|td|representative|congress(?:wo)?man)"
    r"(?:\s+of\s+(?:parliament|the\s+\w+(?:\s+\w+)?))?\s+(?:for|from)\s+(?:the\s+)?$",
    re.IGNORECASE)
_LIKE_THE_BEFORE = re.compile(
    r"\b(?:like|unlike|similar\s+to|reminiscent\s+of|compared\s+(?:to|with))\s+(?:the|that"
    r"|last\s+\w+['’]s)\s+$", re.IGNORECASE)
_SPEAKERS_CLAUSE_AFTER = re.compile(
    r"(?:\s+(?:on|late|early|last)\s+\w+)?,\s+(?:the|an?|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:said|spoke|told|described|named|condemned|vowed|warned|urged|promised|called|recalled"
    r"|praised|pledged|blamed|accused|addressed|asked|declared)\b")
_COURT_IN_BEFORE = re.compile(r"\b(?:court|tribunal)s?\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_PROCEEDINGS_AFTER = re.compile(
    r"\s+(?:(?:later|then|also|has|have|had|on\s+\w+|in\s+\d{4})\s+)*(?:heard|hears|convicted"
    r"|sentenced|tried|acquitted|ruled|opened\s+(?:the\s+|a\s+)?(?:\w+\s+)?trial|jailed"
    r"|indicted|charged|found\s+(?:him|her|them|(?:the\s+)?\w+\s+)?guilty|handed\s+down|began\s+hearing)\b")
# "a memorial was unveiled in Islamabad", "a plaque was placed in Lens": the remembrance after
# the event
_MEMORIAL_IN = (
    r"\b(?:memorials?|plaques?|monuments?|commemorations?|garden\s+of\s+(?:memory|remembrance)"
    r"|remembrance\s+ceremon(?:y|ies))\b[^.;\n]{0,40}?\b(?:unveiled|dedicated|opened|placed"
    r"|erected|inaugurated|built|held|laid)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)")
# "No violence was reported in Barkin Ladi", "no attack took place in X", "nothing happened in
# Y": a town the report says the event did not reach (an incident's noun or "nothing", not "no
# casualties were reported in Kano", which tells the event's own toll there)
_NOTHING_HAPPENED_IN = (
    rf"\b(?:no\s+(?:(?:other|further|similar|such|new)\s+)?{_INCIDENT_STEMS}|nothing)\s+"
    r"(?:(?:was|were|has|have|had|is)\s+(?:been\s+)?)?(?:reported|occurred|happened|happening"
    r"|took\s+place|recorded|registered)\s+(?:so\s+far\s+)?in"
    # ("No, the attack did not happen in Paris", "there was no shooting in Atlanta": a fact
    # check's denial of the place a claim gave)
    r"|\b(?:did\s+not|didn['’]t|never)\s+(?:happen|occur|take\s+place)\s+in"
    r"|\b(?:was|were)\s+not\s+(?:in|at)"
    rf"|\bthere\s+(?:was|were|has\s+been|had\s+been)\s+no\s+{_INCIDENT_STEMS}\s+in")
# "12 suspects ... were transferred to Fort Portal for questioning", "the detainees were flown to
# Kabul", "suspects had been arrested and transferred to X": where the people held after the event
# were taken
_DETAINEES_TAKEN_TO = (
    r"\b(?:suspects?|detainees?|prisoners?|captives?|accused|arrested\s+(?:men|women|persons"
    r"|people))\b[^.;\n]{0,60}?\b(?:were|was|(?:had|have|has)\s+(?:since\s+|now\s+)?been)\s+"
    r"(?:later\s+|then\s+|subsequently\s+)?(?:(?:arrested|detained|held|rounded\s+up)\s+and\s+)?"
    r"(?:transferred|moved|taken|flown|sent|handed\s+over|brought"
    r"|transported|remanded)\s+(?:by\s+\w+\s+)?to")
# "in Duran, across the river from Guayaquil", "a town over the border from Y": the town the
# event's own town is placed across from
_ACROSS_FROM = (r",\s+(?:just\s+)?(?:across|over|on\s+the\s+other\s+side\s+of)\s+(?:the\s+)?"
                r"(?:[\w-]+\s+)?(?:river|bay|border|lake|strait|valley|channel|creek|bridge"
                r"|estuary|harbou?r)\s+from")
# "A peace accord was signed in Havana", "the Jubaland agreement, signed in Addis Ababa", "a
# commission of inquiry sitting in Islamabad", "talks that had been scheduled in Oslo": a later
# political act about the event (an accord, a ratification, an inquiry, talks), which an
# encyclopedic entry tells in the capital where it was done. (Not a meeting, a summit or a
# conference "held in X": those are also what attacks strike.)
_POLITICAL_ACT_IN = (
    r"\b(?:accords?|agreements?|treat(?:y|ies)|declarations?|ceasefires?|truces?|pacts?"
    r"|constitutions?|protocols?|(?:prisoner\s+)?(?:exchanges?|swaps?))\b[^.;\n]{0,60}?\b(?:signed"
    r"|ratified|adopted|concluded|brokered|negotiated|arranged|initial(?:l)?ed)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:in|at)"
    r"|\b(?:commissions?|inquir(?:y|ies)|committees?|talks|negotiations)(?:\s+of\s+inquiry)?"
    r"\s+(?:(?:later|then|that|which|had|has|have|been|was|were)\s+){0,3}(?:sitting|sat|convened"
    r"|met|scheduled)\s+(?:in|at)")
# Where the people who make the report are, never where its event happened: the reporter or
# the writer ("Reporting from Amman", "Posting from Houston", "I wrote this column from Austin",
# "from my desk in Leeds", "from the comfort of X", "I am a nurse in Dayton"), the newsroom
# ("our fact-checking desk in London", "Our team in Islamabad", "our reporter in Bogota"), a
# broadcast's studio and sign-on ("from our studios in Manila", "Good evening from X", "This is
# the nine o'clock news from Lagos", "You are listening to ... from Sydney", "coming to you
# tonight from Chicago", "it is seven o'clock in Nairobi", "I'm Dale Rivers in Phoenix",
# "Tonight from Baghdad:", "The headlines at ten from Delhi") and its guests ("Joining us from
# Madison is", "with me from Port Harcourt", "is on the line from Kisumu").
_NEWSROOM_WHEREABOUTS = (
    r"\b(?:reporting|posting|tweeting|filing|broadcasting|blogging|live-?blogging)\s+"
    r"(?:this\s+|it\s+|live\s+|today\s+|tonight\s+|here\s+)?from"
    r"|\b(?:write|writes|writing|wrote|written)\s+(?:[\w'’-]+\s+){0,3}?from"
    r"|\bfrom\s+(?:my|our)\s+(?:[\w-]+\s+)?(?:desk|office|home|study|newsroom|studios?|bureau"
    r"|window|kitchen)\s+in|\bfrom\s+the\s+comfort\s+of"
    r"|\bI(?:['’]m|\s+am)\s+an?\s+(?:[\w-]+\s+){1,2}?in"
    # ("I'm here at the station in Campinas", "I'm at the county office in Mombasa", "I am
    # speaking to you from our office in X": the speaker's own place in a transcript)
    r"|\bI(?:['’]m|\s+am)\s+(?:here\s+|speaking\s+(?:to\s+you\s+)?|calling\s+)?(?:at|from)"
    r"\s+(?:the|our|my)\s+(?:[\w'’-]+\s+){0,3}?in"
    r"|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:desks?|offices?|bureaus?|teams?|reporters?"
    r"|correspondents?|newsrooms?|staff|studios?|crews?)\s+in"
    r"|\bstudios?\s+in|\bgood\s+(?:morning|afternoon|evening|night)\s+from"
    r"|\b(?:this\s+is|you(?:['’]re|\s+are)\s+(?:watching|listening\s+to))\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:news|bulletin|report|programme|program|service|edition|broadcast|newscast|show|hour"
    r"|headlines|update)\s+(?:at\s+[\w'’]+\s+)?(?:from|in)"
    r"|\bcoming\s+to\s+you\s+(?:[\w-]+\s+){0,2}?from|\bo['’]clock\s+in"
    r"|\bI['’]m\s+(?-i:[A-Z][\w'’-]+\s+){1,3}in|\b(?:tonight|today)\s+from"
    r"|\bheadlines\s+(?:at\s+[\w'’]+\s+)?from"
    r"|\bjoin(?:s|ed|ing)?\s+(?:us|me)\s+(?:(?:live|now|tonight|again|by\s+(?:tele)?phone"
    r"|on\s+the\s+(?:line|phone))\s+)*(?:from|in)"
    r"|\bwith\s+(?:me|us)\s+(?:now\s+|here\s+|tonight\s+)?from|\bon\s+the\s+(?:line|phone)\s+from")
# "the same thing happened in Irbid in 2019", "this happened in Walsall too": a reply's other
# incident; "a 2015 explosion in Quetta", "a 2016 ambush near Marawi": another incident, told by
# its year with an indefinite article (not "the 2015 shooting in X": mostly the report's own)
_SAME_THING_HAPPENED_IN = (
    r"\b(?:the\s+)?same\s+(?:thing|things|kind\s+of\s+thing|story)\s+(?:also\s+)?(?:happened"
    r"|occurred)\s+(?:\w+\s+)?(?:in|at|near)"
    rf"|\ban?\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?{_INCIDENT_STEMS}\s+(?:\w+\s+){{0,3}}?(?:in|at|near)")
# "CORRECTION: an earlier post said Sialkot", "the first report had named Wajir": a place a
# correction withdraws
_EARLIER_POST_SAID = (
    r"\b(?:earlier|previous|original|first|some|other|initial)\s+(?:posts?|tweets?|reports?|versions?|updates?"
    r"|stor(?:y|ies)|messages?)\s+(?:had\s+|have\s+|has\s+)?(?:wrongly\s+|incorrectly\s+"
    r"|mistakenly\s+)?(?:said|says|named|gave|stated|reported|put\s+(?:it|the\s+\w+)\s+(?:in|at))"
    r"(?:\s+(?:that\s+)?(?:it|this|the\s+[\w-]+)\s+(?:was|happened|occurred|took\s+place)"
    r"(?:\s+(?:in|at|near))?|\s+(?:in|at))?")
# A court's seat in the caption of a filing or a judgment: "IN THE HIGH COURT OF KARNATAKA AT
# BENGALURU", "SUPREME COURT OF VICTORIA at Melbourne", "CIRCUIT COURT OF JACKSON COUNTY,
# MISSOURI AT INDEPENDENCE", "a court sitting in Rawalpindi heard"
_COURT_SEAT = (
    r"\b(?:courts?|tribunals?)\b(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’.()-]+[ \t,]+){1,6}?"
    r"|\s*\([^)\n]{1,30}\)\s*,?\s*|\s*,\s*)?\s*(?-i:at|AT)"
    r"|\b(?:courts?|tribunals?|judges?|benche?s?)(?:\s+of\s+[\w'’]+(?:\s+[\w'’]+)?)?,?\s+(?:\w+\s+)?"
    r"sitting\s+(?:in|at)")
# Where the parties of a filing live: "the defendant, 27, of Croydon", "the accused, all
# residents of Mandya", "two men, both of Villeurbanne", "the applicants, all residents of X"
# (not the American news's ", 24, of Dayton" alone: mostly the town of the shooting too)
_PARTY_RESIDENCE = (
    r"\b(?:defendants?|accused|applicants?|appellants?|petitioners?|respondents?|convicts?)"
    r"(?:,\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?(?:,\s+\d{1,3})?,\s+(?:(?:all|both)\s+)?(?:residents?\s+)?of"
    r"|\b(?:all|both)\s+(?:(?:\w+\s+)?residents?\s+)?of")
# "now works as a paramedic in Newport", "worked at a warehouse in Montauban", "taught for eleven
# years at a school in Mingora": where a person of the story works or worked, said in the
# habitual present or the past (not "a farmer working in X was shot", "arrived at work in X":
# where the person was struck; a workplace that is the event's own is named again in earnest, or
# closes ", where he was shot"; not "the Cement Works in X": a name)
_WORKS_IN = (
    r"\b(?-i:works|worked|teaches|taught|employed)\s+"
    r"(?:(?:as|for)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:(?:at|for)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?)?in")
# "to the mortuary in Naivasha, where the bodies had been taken", "at a morgue in X": where the
# dead lie
_MORTUARY_IN = (r"\b(?:to|at|in|outside|near)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:mortuary|morgue)\s+(?:in|at)")
# "police stress this is unrelated to the Aurora incident", "not related to the X attack": an
# incident the report sets apart from its own (the town before the incident's noun)
_UNRELATED_TO = r"\b(?:unrelated|not\s+(?:related|connected))\s+to\s+(?:the|an?)"
# "shares fell 4% in Frankfurt", "The stock closed 3.4% lower in London", "knocking 5.5% off its
# shares in Sydney": the exchange where a company's shares trade, not where its incident happened
_MARKET_MOVE_IN = (
    r"\b(?:fell|rose|dropped|slid|slipped|dipped|climbed|gained|lost|jumped|tumbled|plunged|sank"
    r"|closed|ended|edged|traded|opened|finished)\s+(?:[\w.]+\s+){0,2}?\d+(?:\.\d+)?\s*"
    r"(?:%|per\s*cent|percent)\s+(?:(?:lower|higher|down|up)\s+)?in"
    r"|\b(?:its|their|the\s+company['’]s|the\s+group['’]s)\s+(?:shares|stock)\s+(?:in|on)")
# "which has its head office in Port Harcourt", "whose headquarters are in Essen": a company's seat
_ITS_HEAD_OFFICE_IN = (
    r"\b(?:its|their|whose)\s+(?:head\s+offices?|headquarters|main\s+office|registered\s+office)"
    r"\s+(?:(?:is|are|was|were|lies|sits)\s+)?in")
# "Was it like the Maiduguri bombing last year?", "Is this like the Grenoble fire?": another
# incident the speaker compares the report's with (`_LIKE_THE_BEFORE` with `_INCIDENT_AFTER`)
_ASIDE_CONSTRUCTIONS = (
    _TO_A_HOSPITAL_IN, _EVACUATED_TO, _CASUALTIES_TAKEN_TO, _HOSPITALIZED_IN,
    _TO_A_NAMED_HOSPITAL_IN, _TRAVELLING_TO, _MEASURED_BY_APPOSITION, _AN_AREA_BEARING_FROM,
    _BOUND_FOR, _WITHDREW_TOWARD, _TRIED_IN, _TRIAL_OPENS_IN, _BURIED_IN, _BASED_IN,
    _THEIR_FUNERAL_IN, _ORIGIN_PHRASES, _MOURNERS_GATHERED_IN, _FUNERAL_HELD_IN, _BODIES_SENT_TO,
    _MOVED_FROM, _AGED_FROM, _CAME_FROM, _FLED_TO, _FLED_ACROSS_TO, _ANOTHER_INCIDENT_IN,
    _AFTER_ANOTHER_INCIDENT_IN, _THE_OTHER_IN, _SENT_FROM, _PROTESTED_AGAINST, _LATER_CAUGHT_IN,
    _CAUGHT_LATER_IN, _RELEASED_IN, _REPORTS_FROM, _SPOKE_FROM, _BODY_REPORTED_FROM, _ISSUED_IN,
    _MESSAGE_TO_OUTLET_IN, _OFFICIAL_WAS_IN, _EARLIER_ATTACKED,
    _AN_HOUR_FROM, _BY_A_COURT_IN, _MEMORIAL_IN, _NOTHING_HAPPENED_IN, _DETAINEES_TAKEN_TO,
    _ACROSS_FROM, _POLITICAL_ACT_IN, _NEWSROOM_WHEREABOUTS, _SAME_THING_HAPPENED_IN,
    _EARLIER_POST_SAID, _PARTY_RESIDENCE, _UNRELATED_TO, _MARKET_MOVE_IN, _ITS_HEAD_OFFICE_IN,
)
_ASIDE_BEFORE = re.compile(
    "(?:" + "|".join(_ASIDE_CONSTRUCTIONS) + ")"
    # ("came from villages near Multan", "fled to the area around Kaya", "still live in camps
    # near Duhok": the same, through the settlements near the place)
    r"\s+(?:(?:the\s+)?(?:villages?|towns?|areas?|outskirts|countryside|camps?)\s+(?:near|around"
    r"|outside|of)\s+)?(?:the\s+|its\s+|their\s+)?" + _NEIGHBOURING + "$", re.IGNORECASE)
_ASIDE_WINDOW = 80
# (a town where a suspect was caught is set aside only beside a town named in earnest: "an
# assailant was arrested in Swabi district", "arrested the driver in Pristina city" tell a foiled
# attack, whose arrest is the event)
_INCIDENT_AFTER = re.compile(
    rf"[ \t]+(?:[\w'’-]+[ \t]+)?(?:{_INCIDENT_STEMS}|burglar\w*|rapes?\b|homicides?|thefts?"
    r"|carjack\w*|home\s+invasion|slaying)", re.IGNORECASE)
_HELD_BEFORE = re.compile(rf"(?:{_TAKEN_INTO_CUSTODY_IN})\s+(?:the\s+)?$", re.IGNORECASE)
# (a court's seat, a person's workplace and a mortuary's town are set aside only beside a town
# named in earnest and not so: "cleared by state courts sitting in Ibadan" over a killing the
# report places nowhere else, "the slain teacher, who hails from Kano, had taught at the school
# in Potiskum", "relatives waited outside the mortuary in Nakuru" happened there, most likely)
_SEAT_OR_WORKPLACE_BEFORE = re.compile(
    rf"(?:{_COURT_SEAT}|{_WORKS_IN}|{_MORTUARY_IN})\s+(?:the\s+)?$", re.IGNORECASE)
# "officers from Dayton police", "a constable from Kotwali police station": a town's police is
# no origin of its officers but mostly the force of the event's own town
_ITS_POLICE_AFTER = re.compile(r"(?:'s|’s)?[ \t]+(?:police|sheriff)\b", re.IGNORECASE)
# "A Gary man was charged in the shooting in Merrillville", "Chattanooga man held in Knoxville
# slaying", "the gunman, a Provo native": a town's name as the adjective of a person of the story
# says where that person lives, not where the event happened (set aside only beside another
# town named in earnest: "a Fresno man" alone is mostly shot in Fresno). Not its police, its
# officers nor its residents at large ("Mogadishu residents said"): mostly voices of the event's
# own town.
# "A Town of Hempstead sanitation worker", "a City of Dayton water department employee": the
# municipality a person of the story works for, not where the event happened
_MUNICIPALITY_OF_BEFORE = re.compile(
    r"\b(?:Town|City|Village|County|Borough|Township)\s+of\s+$")
_ITS_WORKER_AFTER = re.compile(
    r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:workers?|employees?|staff(?:ers)?|crews?|clerks?"
    r"|inspectors?|contractors?|labou?rers?)\b", re.IGNORECASE)
# "The chancellor, in Vienna for a cabinet meeting, said", "the governor, in Abuja at the time":
# an official set off by a comma where a purpose or the time follows the town
_OFFICIAL_COMMA_BEFORE = re.compile(rf"\b{_OFFICIALS},\s+(?:in|at)\s+$", re.IGNORECASE)
_OFFICIAL_AWAY_FOR_AFTER = re.compile(
    r",?\s+(?:for\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"{_MEETINGS}|at\s+the\s+time|on\s+(?:an?\s+)?(?:official\s+|state\s+)?(?:visit|trip))\b",
    re.IGNORECASE)
# "our Atlanta studio", "the Glasgow studio", "Our Baghdad office verified", "From Mexico City,
# good evening": the newsroom's town named before its room or before a greeting
# (`_NEWSROOM_WHEREABOUTS` names it after)
_NEWSROOM_BEFORE = re.compile(r"\b(?:our|my|the|from)\s+$", re.IGNORECASE)
_NEWSROOM_AFTER = re.compile(
    r"\s+(?:studios?|newsrooms?|bureaus?|desks?|offices?)\b"
    r"|,\s+(?:good\s+(?:morning|afternoon|evening|night)|this\s+is)\b", re.IGNORECASE)
# "In Mumbai, where this newspaper is published", "friends in Lincoln, where she studied": a
# town a relative clause gives as the paper's own or as a person's past
_WHERE_WE_ARE_AFTER = re.compile(
    r",\s+where\s+(?:(?:this|our|the)\s+(?:newspaper|paper|column|magazine|station|program(?:me)?"
    r"|show|broadcast)\b|(?:he|she|they|we|I|the\s+\w+)\s+(?:had\s+|has\s+|once\s+|later\s+)?"
    r"(?:studied|grew\s+up|lived|worked|was\s+born|went\s+to\s+school|trained|attended)\b)")
# "The couple had left Cucuta for Bucaramanga", "who fled Kidal in 2012 and settled in Gao": the
# town a person of the story left for good (not "the gunmen fled the town": no new home after)
_LEFT_BEFORE = re.compile(r"\b(?:left|fled|quit|abandoned)\s+$", re.IGNORECASE)
_FOR_GOOD_AFTER = re.compile(
    r"\s+(?:for\s+(?-i:[A-Z])|in\s+(?:19|20)\d\d\b|(?:\w+\s+)?(?:years?|months?|decades?)\s+ago\b"
    r"|(?:\S+\s+){0,3}?and\s+(?:later\s+)?(?:settled|moved|resettled)\b)", re.IGNORECASE)
# "Kinshasa promised an inquiry, as it promised after Beni.", "the third such fire this year,
# after Pune and Nagpur.": a town standing for an earlier incident of its own after "after" or
# "since", closing its clause
_AFTER_BEFORE = re.compile(
    r"\b(?:after|since)\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+and\s+)?$",
    re.IGNORECASE)
_CLAUSE_CLOSES_AFTER = re.compile(
    r"(?:\s+and\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\s*(?:[.;!?]|,\s+(?:and|but|as"
    r"|which)\b|$)", re.IGNORECASE)
_EVENT_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# (the person's determiner, or a headline's start: not "the shooting of Larose teenager",
# where the name may be the town the shooting happened in)
_RESIDENT_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![^\n])|\b(?:an?|the|another|one|two|three|four|five|\d+)\s+(?:\d{1,3}-year-old\s+)?)$",
    re.IGNORECASE)
_RESIDENT_PERSON_AFTER = re.compile(
    r"[ \t]+(?:m[ae]n|wom[ae]n|teens?|teenagers?|boys?|girls?|resident|natives?"
    r"|couples?|youths?|family)\b", re.IGNORECASE)
# "drove from Hobbs to Andrews, where he opened fire": the end of a trip that a relative
# clause makes the event's place, whatever verb of travel led there
_EVENT_VERBS = (r"(?:opened\s+fire|shot|killed|kills?|killing|attacked|attacks?|stabbed|bombed"
                r"|fired|detonated|blew\s+up|struck|ambushed|abducted|kidnapped|murdered|wounded"
                r"|gunned|set\s+fire)\b")
_EVENT_WHERE_AFTER = re.compile(
    rf",?\s+where\s+(?:[\w'’-]+\s+){{1,4}}?{_EVENT_VERBS}", re.IGNORECASE)
# ("drove to Appleton on Saturday night and fired into a crowd": the same, coordinated after a
# finite verb of the trip; not "hijacked two buses travelling to Karachi and abducted 30
# passengers in Mastung", where the coordination is the hijacking's)
_FINITE_TRIP_BEFORE = re.compile(
    r"\b(?:drove|went|travell?ed|walked|rode|came|returned|headed|flew|ran)\s+(?:back\s+)?"
    r"(?:to|into)\s+$", re.IGNORECASE)
_EVENT_AND_AFTER = re.compile(
    r"(?:\s+(?:on|early|late|last|that)\s+[\w-]+(?:\s+(?:night|morning|afternoon|evening))?)?"
    rf",?\s+(?:and|then)\s+(?:\w+\s+)?{_EVENT_VERBS}", re.IGNORECASE)


# "Reports of gunfire in Monguno are false", "rumours of an attack on X were untrue": a town
# named in a report the text denies
_REPORTED_IN_BEFORE = re.compile(
    r"\b(?:reports?|rumou?rs?|claims?|posts?)\s+(?:\w+\s+)?(?:of|about)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:in|at|near|on)\s+(?:the\s+)?$", re.IGNORECASE)
_DENIED_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:are|were|was|is|have\s+been|has\s+been|proved|turned\s+out)\s+"
    r"(?:to\s+be\s+)?(?:false|untrue|unfounded|baseless|wrong|fake|incorrect|a\s+false\s+alarm)\b",
    re.IGNORECASE)
# "In Marte, about 40 km away, nothing has happened there", "Long Beach police say no incident
# occurred in their city": a sentence that says the event did not reach the town it names
_NOTHING_THERE = re.compile(
    rf"\b(?:nothing|no\s+(?:(?:other|further|similar|such)\s+)?{_INCIDENT_STEMS})\s+"
    r"(?:(?:was|were|has|have|had|is)\s+(?:been\s+)?)?(?:reported|occurred|happened|happening"
    r"|took\s+place)\s+(?:there|in\s+(?:that|their|the|this|our|his|her)\s+(?:city|town|village"
    r"|area|side|community))\b", re.IGNORECASE)


def _where_nothing_happened(text: str, places: list[Place]) -> frozenset[int]:
    """The starts of the towns that a sentence saying nothing happened there names alone
    (`_NOTHING_THERE`)."""
    if _NOTHING_THERE.search(text) is None:
        return frozenset()
    starts: set[int] = set()
    for sentence in split_sentences(text):
        if _NOTHING_THERE.search(text, sentence.start, sentence.end) is None:
            continue
        towns = [p for p in places if p.kind == "city" and sentence.start <= p.start < sentence.end]
        if len({_identity(p) for p in towns}) == 1:
            starts.update(p.start for p in towns)
    return frozenset(starts)


def _without_asides(text: str, places: list[Place], headline_end: int = 0
                    ) -> tuple[list[Place], frozenset[PlaceKey]]:
    """`places` less the towns named only aside from the event (`_ASIDE_BEFORE`), where
    another settlement is named in earnest: the event's place is that
    one. A town the text names only aside is still the best reading where nothing else is.
    Regions, countries and venues keep their own readings ("a Granite State man" is still in
    New Hampshire), and so does the town of an institution named for it ("flown to Palestine
    Regional Medical Center")."""
    venue_starts = {p.start for p in places if p.kind == "venue"}
    furniture = list(link_lines(text).spans)
    places = _outside_page_furniture(places, furniture)
    frames = read_frames(text)
    earlier = _earlier_incident_sentences(text) + furniture + list(frames.aside)
    measured = {_identity(p) for p in places if _measured_from_its_dateline(text, p, places)}
    aside: dict[PlaceKey, bool] = {}
    spoken: dict[PlaceKey, bool] = {}  # an office's town
    regions_aside: dict[PlaceKey, bool] = {}
    origins: dict[PlaceKey, bool] = {}  # regions people came from
    residents: dict[PlaceKey, bool] = {}  # "a Gary man"
    held: dict[PlaceKey, bool] = {}  # where a suspect was caught
    seats: dict[PlaceKey, bool] = {}  # a court's seat, a workplace
    listed_aside = _listed_after_an_aside(text, places)
    untouched = _where_nothing_happened(text, places)
    for place in places:
        key = _identity(place)
        if place.kind == "region" and place.start >= 0 and place.country not in (None, "US"):
            # "militants based in Sulu", "a statement issued from Kashmir": a region named
            # only aside, set aside below where the event's town lies in another country
            # (a member's seat, "Shri Patil (Latur)", is the member's own region, as an origin is)
            seat = _MEMBERS_SEAT_BEFORE.search(
                text, max(0, place.start - _ASIDE_WINDOW), place.start) is not None
            regions_aside[key] = regions_aside.get(key, True) and (seat or bool(
                _ASIDE_BEFORE.search(text, max(0, place.start - _ASIDE_WINDOW), place.start)))
            origins[key] = origins.get(key, True) and (seat or bool(_ORIGIN_ASIDE.search(
                text, max(0, place.start - _ASIDE_WINDOW), place.start)))
        if place.start < 0 or place.kind != "city" or place.start in venue_starts:
            aside[key] = False
            continue
        window = text[max(0, place.start - _ASIDE_WINDOW):place.start]
        # ("drove to Andrews, where he opened fire": the trip's end is the event's place)
        trip_end = _EVENT_WHERE_AFTER.match(text, place.end) is not None or (
            _EVENT_AND_AFTER.match(text, place.end) is not None
            and _FINITE_TRIP_BEFORE.search(text, max(0, place.start - 24), place.start) is not None)
        aside[key] = aside.get(key, True) and not trip_end and bool(
            (_ASIDE_BEFORE.search(window) and not _ITS_POLICE_AFTER.match(text, place.end))
            or place.start in listed_aside
            or _speaks_for_its_government(text, place)
            or place.start in untouched
            or (_OFFICIAL_COMMA_BEFORE.search(text, max(0, place.start - 40), place.start)
                is not None and _OFFICIAL_AWAY_FOR_AFTER.match(text, place.end) is not None)
            or (_MUNICIPALITY_OF_BEFORE.search(text, max(0, place.start - 16), place.start)
                is not None and _ITS_WORKER_AFTER.match(text, place.end) is not None)
            or (_REPORTED_IN_BEFORE.search(text, max(0, place.start - 60), place.start) is not None
                and _DENIED_AFTER.match(text, place.end) is not None)
            or (_COURT_IN_BEFORE.search(text, max(0, place.start - 24), place.start) is not None
                and _PROCEEDINGS_AFTER.match(text, place.end) is not None)
            or _MEMBERS_SEAT_BEFORE.search(window) is not None
            or _SAID_A_SPEAKER_IN_BEFORE.search(window) is not None
            or (_LIKE_THE_BEFORE.search(text, max(0, place.start - 24), place.start) is not None
                and _INCIDENT_AFTER.match(text, place.end) is not None)
            or (_GATHERING_OPENS_BEFORE.search(text, max(0, place.start - 90), place.start)
                is not None and _SPEAKERS_CLAUSE_AFTER.match(text, place.end) is not None)
            or any(start <= place.start < end for start, end in earlier)
            or (_NEWSROOM_BEFORE.search(text, max(0, place.start - 8), place.start) is not None
                and _NEWSROOM_AFTER.match(text, place.end) is not None)
            or _WHERE_WE_ARE_AFTER.match(text, place.end) is not None
            or (_AFTER_BEFORE.search(text, max(0, place.start - 40), place.start) is not None
                and _CLAUSE_CLOSES_AFTER.match(text, place.end) is not None)
            or (_LEFT_BEFORE.search(text, max(0, place.start - 12), place.start) is not None
                and _FOR_GOOD_AFTER.match(text, place.end) is not None)
            or (_reported_from(text, place) and named_far_from(text, place, places))
            or key in measured)
        spoken[key] = spoken.get(key, True) and _where_its_speakers_sit(text, place, places)
        # (not "arrested in West Chester burglary": the town names the event)
        held[key] = held.get(key, True) and _HELD_BEFORE.search(window) is not None and \
            _INCIDENT_AFTER.match(text, place.end) is None
        seats[key] = seats.get(key, True) and _SEAT_OR_WORKPLACE_BEFORE.search(window) is not None
        residents[key] = residents.get(key, True) and bool(
            _RESIDENT_PERSON_AFTER.match(text, place.end)) and bool(
            _RESIDENT_DETERMINER_BEFORE.search(text, max(0, place.start - 24), place.start))
    aside.update(_residents_beside_the_event_town(text, places, residents, aside))
    # ("in the Brumley Gap area of Washington County ... taken to a hospital in Abingdon": a
    # community named as an area or a quarter is no other town named in earnest, and the town
    # near it may be the one the databases code)
    quarters = {_identity(p) for p in places if p.kind == "city" and p.start >= 0
                and _QUARTER_AFTER.match(text, p.end)}
    # A speaking office's town is set aside only beside a town named in earnest: beside a
    # region ("police in Kolkata said ... in West Bengal") or a quarter ("in the Rosengard
    # district", "in the Tradition neighborhood") it is mostly the event's own town, which the
    # region or quarter contains.
    if any(spoken.values()) and any(key[1] == "city" and not aside[key] and not spoken.get(key)
                                    and key not in quarters for key in aside):
        aside = {key: flag or spoken.get(key, False) for key, flag in aside.items()}
    if any(seats.values()) and any(
            key[1] == "city" and not aside[key] and not seats.get(key) for key in aside):
        aside = {key: flag or seats.get(key, False) for key, flag in aside.items()}
    # (a report whose own news is the arrest keeps where it was made, after the event's towns:
    # "Two women held after Leeds heist ... were arrested in Bradford" tells the theft's town
    # and the arrest's, and a follow-up on the arrest names the second)
    arrest_towns: frozenset[PlaceKey] = frozenset()
    if any(held.values()) and any(
            key[1] == "city" and not aside[key] and not held.get(key) for key in aside):
        if _ARREST_NEWS.search(text, 0, headline_end):
            arrest_towns = frozenset(key for key, flag in held.items()
                                     if flag and not aside[key])
        else:
            aside = {key: flag or held.get(key, False) for key, flag in aside.items()}
    # The other settlement: a town, or a region outside the US (a US county is named beside
    # the town of the hospital as often as beside the town of the shooting).
    if any(regions_aside.values()):
        # Set aside where the event's town lies in another country, or where the text names
        # the event's own region of that country in earnest ("in Bannu, Khyber Pakhtunkhwa
        # ... a statement issued from North Waziristan")
        towns = {country for (_, kind, country, _), flag in aside.items()
                 if kind == "city" and not flag and country}
        own_regions = {key[2] for key, flag in regions_aside.items() if not flag}
        # (a region people came from is no place of the event beside any town named in
        # earnest: "labourers from Bihar were shot dead in Kulgam")
        aside.update({key: (bool(towns) and (key[2] not in towns or origins.get(key, False)))
                      or key[2] in own_regions for key, flag in regions_aside.items() if flag})
    if any(flag for flag in aside.values()) and any(
            not flag and (kind == "city" or (kind == "region" and country not in (None, "US")))
            and (name, kind, country, lat) not in quarters
            for (name, kind, country, lat), flag in aside.items()):
        places = [p for p in places if not aside.get(_identity(p), False)]
    elif (part := _part_of_the_country(text, places)) is not None:
        # "MAPUTO - The toll from the cyclone in central Mozambique has risen": no other
        # settlement is named, but the event is put in a part of the country the bureau is not
        places = [p for p in places if not (
            p.kind == "city" and p.country == part and p.start >= 0
            and _reported_from(text, p))]
    return _without_route_ends(text, places), arrest_towns | _framed_later(frames, places)


def _framed_later(frames: Frames, places: list[Place]) -> frozenset[PlaceKey]:
    """The places that go after the others by the text's frame (`places_frames.Frames`): where a
    record's location field names a place, those first named outside it; the regions first named
    in a filing's caption (the court's jurisdiction, not the event's region)."""
    if frames.first is None and not frames.after:
        return frozenset()
    first_at: dict[PlaceKey, int] = {}
    for place in sorted(places, key=lambda p: p.start):
        first_at.setdefault(_identity(place), place.start)
    later: set[PlaceKey] = set()
    if frames.first is not None:
        start, end = frames.first
        if any(start <= at < end for at in first_at.values()):
            later.update(key for key, at in first_at.items() if not start <= at < end)
    for start, end in frames.after:
        later.update(key for key, at in first_at.items() if key[1] != "city" and start <= at < end)
    return frozenset(later)


def _residents_beside_the_event_town(
    text: str, places: list[Place],
    residents: dict[PlaceKey, bool],
    aside: dict[PlaceKey, bool],
) -> dict[PlaceKey, bool]:
    """The towns named only as their residents' adjective ("A Gary man was charged") that a
    sentence sets beside another town it puts the event in by a locative ("... in the shooting
    of a woman in Merrillville"): where that person lives, not where it happened. Not beside a
    dateline, a speaker's town or a town of another sentence alone ("PORTLAND - A Sandy man
    shot his wife": at his home in Sandy; "A Manhattan man was sentenced. ... in Riley County
    District Court": the court)."""
    if not any(residents.values()):
        return {}
    located = [p.start for p in places if p.kind == "city" and p.start >= 0
               and not residents.get(_identity(p)) and not aside.get(_identity(p))
               and _EVENT_LOCATIVE_BEFORE.search(text, max(0, p.start - 16), p.start)]
    if not located:
        return {}
    spans = [(sentence.start, sentence.end) for sentence in split_sentences(text)]
    found: dict[PlaceKey, bool] = {}
    for place in places:
        key = _identity(place)
        if not residents.get(key) or place.start < 0:
            continue
        span = next(((start, end) for start, end in spans if start <= place.start < end), None)
        if span is not None and any(span[0] <= start < span[1] for start in located):
            found[key] = True
    return found


# "taken to hospitals in Langhorne and Philadelphia", "moved south to Sokoto and Kano": the
# towns listed after the one an aside names share its reading.
_LIST_JOINER = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")


def _listed_after_an_aside(text: str, places: list[Place]) -> frozenset[int]:
    """The starts of the towns that follow a town named aside (`_ASIDE_BEFORE`) in one list,
    except a town whose police speaks ("a nurse from Eimsbüttel, Hamburg police said": the
    force of the event's city, `_ITS_POLICE_AFTER`, not a second origin)."""
    towns = sorted((p for p in places if p.kind == "city" and p.start >= 0),
                   key=lambda p: p.start)
    listed: set[int] = set()
    for previous, place in pairwise(towns):
        between = text[previous.end:place.start]
        if len(between) > 8 or not _LIST_JOINER.fullmatch(between):
            continue
        if _ITS_POLICE_AFTER.match(text, place.end):
            continue
        if previous.start in listed or _ASIDE_BEFORE.search(
                text, max(0, previous.start - _ASIDE_WINDOW), previous.start):
            listed.add(place.start)
    return frozenset(listed)


# An arrest as the report's own news: its headline says someone was held ("Two women held
# after ...", "Police arrest man over ...", "Suspect in custody after ..."), not a gathering
# ("Vigil held for ...")
_ARREST_NEWS = re.compile(
    r"(?<!vigil\s)(?<!funeral\s)(?<!service\s)(?<!meeting\s)(?<!rally\s)(?<!talks\s)"
    r"(?<!memorial\s)(?<!prayers\s)(?<!march\s)"
    r"\b(?:arrest(?:s|ed|ing)?|held|detain(?:s|ed)?|nab(?:s|bed)?|captured?|caught"
    r"|apprehend(?:s|ed)?|picked\s+up|in\s+custody|taken\s+into\s+custody)\b", re.IGNORECASE)


# A story that measures where its event is from its own dateline city ("DIFFA, Niger, Feb 7 -
# ... Chetimari, a town 25 km west of Diffa", "ERBIL, Iraq - ... at Gwer, southwest of the
# city", "TRIPOLI - ... in Zliten, 160 km east of the capital") tells an event elsewhere,
# whatever the city's size or the distance: the dateline and those mentions are the point of
# reference, as the clusterer reads them (cluster/references.py), not where it happened.
_MEASURED_FROM_NAME = re.compile(rf"\b(?=[a-z\d])(?:{DISTANCE}|{BEARING})\s+$")
_MEASURED_FROM_THE_CITY = re.compile(
    rf"\b(?=[a-z\d])(?:{DISTANCE}|{BEARING})\s+the\s+(?:(?:provincial|regional|state|national"
    r"|district)\s+)?(?:capital|city)\b(?!\s+of\b)")
_MEASURE_REACH = 60


def _measured_from_its_dateline(text: str, place: Place, places: list[Place]) -> bool:
    """`place` heads the text as its dateline (not a US one: a US dateline is mostly the event's
    own town) and every later mention of it is the point a distance or a bearing is measured
    from; without a later mention, the story measures from "the capital" or "the city"."""
    if place.kind != "city" or place.country == "US" or not opens_as_dateline(text, place):
        return False
    key = _identity(place)
    later = [p.start for p in places if p.start > place.start and _identity(p) == key]
    if later:
        return all(_MEASURED_FROM_NAME.search(text, max(0, start - _MEASURE_REACH), start)
                   for start in later)
    return _MEASURED_FROM_THE_CITY.search(text, place.end) is not None


_PART_OF_A_COUNTRY = re.compile(
    r"\b(?:in|across|of|hit|struck|ravaged)\s+(?:(?:the|much\s+of)\s+)?(?:central|northern"
    r"|southern|eastern|western|north-?(?:eastern|western)|south-?(?:eastern|western))\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _part_of_the_country(text: str, places: list[Place]) -> str | None:
    """The code of a country named among `places` whose central, northern, ... part the text
    puts something in, if any."""
    countries = {p.name: p.country for p in places if p.kind == "country"}
    if not countries:
        return None  # (most texts: the scan is skipped)
    for match in _PART_OF_A_COUNTRY.finditer(text):
        if match.group("name") in countries:
            return countries[match.group("name")]
    return None


def _without_route_ends(text: str, places: list[Place]) -> list[Place]:
    """`places` less the ends of a route that the text places the event on by a town along it:
    "on the Kampala-Gulu highway near Karuma" and "at Pampore on the Srinagar-Jammu highway"
    happened near Karuma and at Pampore. The ends stay where the
    text names no such town ("on the Kidal-Anefis road", "the Oakland-Stoutsville road in
    Stoutsville", where the town is that end itself)."""
    ends: dict[PlaceKey, bool] = {}
    # (the routes a town is written before: "at Pampore on the Srinagar-Jammu highway")
    routes_with_a_town = [(start, end) for _, _, start, end in towns_on_routes(text)]
    for place in places:
        key = _identity(place)
        if any(start <= place.start < end for start, end in routes_with_a_town):
            ends[key] = ends.get(key, True)
            continue
        joined = text.startswith("-", place.end) or text[max(0, place.start - 1):place.start] == "-"
        route = _ROUTE_REST.match(text, place.end) if joined and place.start >= 0 else None
        ends[key] = ends.get(key, True) and route is not None and \
            _ALONG_THE_ROUTE.match(text, route.end()) is not None
    if not any(ends.values()) or not any(
            p.kind == "city" and not ends[_identity(p)] for p in places):
        return places
    return [p for p in places if not ends[_identity(p)]]


# A sentence that opens with another time tells an earlier incident, the background of the
# report: "In 2016, a truck attack on a Christmas market in Berlin killed 13", "Last month, a
# smaller fire at a market in Francistown ...", "Two years ago, ...". (A month alone, "In
# March,", may be this year's: not read.) Every opener starts with a capital or a digit: the
# lookahead tests that one character before the four ways a sentence can start.
_EARLIER_OPENER = re.compile(
    r"(?=[A-Z\d])(?:^|(?<=[.!?\n]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))"
    # (a live page's entry, after its time: "11:55 GMT - Separately, ...", "1150 GMT Elsewhere,",
    # "UPDATE 3:15 p.m.: In another incident, ...")
    r"(?:(?:UPDATE|Update|LATEST|Latest)\s+)?"
    r"(?:\d{1,2}[:.]?\d\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|local(?:\s+time)?|[A-Z]{2,4}\b))?"
    r"\s*[-–—:]?\s+)?"
    r"(?:(?:Last|Earlier\s+this|Earlier\s+in\s+the)\s+(?:week|month|year|summer|winter|spring"
    r"|autumn|fall|decade)|In\s+(?:(?:early|late|mid-)\s*)?(?:(?:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d"
    r"|(?:[A-Z]\w*|\d+)\s+(?:years?|months?)\s+(?:ago|earlier)"
    # ("Separately, a protest in Nairobi ...", "Elsewhere in the state, ...", "In another
    # incident, ...", "In a separate development, ..."): a sentence or an entry that tells
    # another incident beside the report's own
    r"|Separately|Elsewhere(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"|In\s+(?:another|an?\s+(?:similar|separate|previous|earlier))\s+(?:\w+\s+)?(?:incident"
    r"|attack|case|development))"
    r",")


def _outside_page_furniture(places: list[Place], furniture: list[tuple[int, int]]
                            ) -> list[Place]:
    """`places` less those named only on furniture lines (`furniture.link_lines`), of any
    kind ("FILE - a street in Cali, Colombia", "Read also: shelling in Idlib countryside"),
    where a town is named outside them; the towns are also set aside one by one with the other
    asides."""
    if not furniture:
        return places
    inside: dict[PlaceKey, bool] = {}
    for place in places:
        key = _identity(place)
        inside[key] = inside.get(key, True) and place.start >= 0 and any(
            start <= place.start < end for start, end in furniture)
    if not any(key[1] == "city" and not flag for key, flag in inside.items()):
        return places
    return [p for p in places if not inside[_identity(p)]]


def _earlier_incident_sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences that open with `_EARLIER_OPENER`."""
    openers = {match.start() for match in _EARLIER_OPENER.finditer(text)}
    if not openers:
        return []
    return [(sentence.start, sentence.end) for sentence in split_sentences(text)
            if sentence.start in openers]


# A national capital stands for its government ("Moscow blamed Ukrainian saboteurs", "Beijing
# has condemned the attack", "officials in Washington said", "talks in Doha"): where a stance
# is taken or a meeting held, not where the event happened. Only capitals: a town's name before
# "said" is mostly its police's voice about its own event.
_GOVERNMENT_VERB_AFTER = re.compile(
    r"(?:'s\s+(?:government|foreign\s+ministry|leaders?))?(?:\s+(?:has|have|had|also|quickly"
    r"|swiftly|promptly|later|publicly|officially|immediately|angrily|again|then))*\s+(?:said"
    r"|says|blamed|blames|accused|accuses|condemned|condemns|denied|denies|warned|warns"
    r"|told|reported|stated|declared|declares|confirmed|confirms|added|adds"
    r"|indicated|informed|explained|estimated|revealed|disclosed|alleged|tweeted|wrote"
    r"|rejected|rejects|demanded|demands|urged|urges|vowed|vows|threatened|threatens|welcomed"
    r"|welcomes|protested|protests|responded|responds|retaliated|summoned|summons|expelled"
    r"|expels|insisted|insists|dismissed|dismisses|called\s+(?:for|on)|calls\s+(?:for|on)"
    r"|announced|announces|pledged|pledges|promised|promises|claimed|claims|sanctioned"
    # a government's acts: "Lima sent 300 more police", "Addis Ababa deployed troops",
    # "Kinshasa ordered an inquiry", "Moscow recalled its ambassador"
    r"|sent|sends|deployed|deploys|dispatched|dispatches|ordered|orders|recalled|recalls"
    r"|imposed|imposes|mobili[sz]ed|mobili[sz]es|airlifted|suspended|suspends|approved"
    r"|approves|offered|offers|rushed|flew\s+in|appointed|appoints"
    # ("authorities in Baghdad suspected al-Qaeda", "officials in Kabul attributed the attack to")
    r"|suspected|suspects|attributed|attributes)\b")
# (Not a building: "the embassy in Athens", "the ministry in Kabul" may be what was attacked.)
_GOVERNMENT_BEFORE = re.compile(
    r"\b(?:(?:officials?|diplomats?|spokes(?:man|woman|person)|ministers?|government|leaders"
    r"|lawmakers|envoys?|talks|negotiations|summit|negotiators|mediators|counterparts"
    # ("the chancellor convened a crisis meeting in Vienna": a government meeting over the event)
    r"|(?:crisis|emergency|cabinet)\s+(?:meetings?|sessions?|talks))"
    r"\s+(?:in|from)"
    # the agent of a government's act in the passive: "troops sent by Abuja", "a curfew
    # imposed by Nairobi"
    r"|(?:sent|dispatched|deployed|ordered|imposed|announced|condemned|denied|rejected"
    r"|blamed|accused|approved|recalled|summoned|mobili[sz]ed|appointed)\s+by)\s+$",
    re.IGNORECASE)


# Who speaks for an institution, and where the institution sits: "police in Quetta said",
# "the police command in Cúcuta reported", "officials in Gulu confirmed on Monday". The town
# of the speaking office is where the report was given; another settlement the text names in
# earnest is where the event was (`_without_asides` keeps the town where none is: mostly the
# police of the event's own town speak, "Police in Kisumu said a man was stabbed").
_OFFICES = (r"police|policemen|officers?|officials?|authorities|sources?|spokes(?:man|woman"
            r"|person)|army|military|command|commanders?|headquarters|governor|prefect"
            r"|prosecutors?|investigators|ministry|administration|commissioner|gendarmerie"
            r"|government|embass(?:y|ies)|consulates?|missions?|offices?|agency|agencies"
            r"|committee|council|commission|hospital|union|party|monitors?|observatory")
# People who speak for themselves, the whole class the news quotes: a witness, residents, a
# colleague, elders, an activist, a doctor, relatives, a journalist.
_SPEAKING_PEOPLE = (r"(?:eye)?witness(?:es)?|residents?|locals?|villagers?|elders?|activists?"
                    r"|journalists?|reporters?|correspondents?|doctors?|medics?|nurses?"
                    r"|relatives?|survivors?|colleagues?|friends?|neighbou?rs?|observers?"
                    r"|analysts?|diplomats?|lawyers?|rescuers?|volunteers?|aid\s+workers?"
                    r"|brokers?|economists?|investors?|bankers?|strategists?"
                    r"|traders?|farmers?|teachers?|students?|leaders?|clerics?|priests?"
                    r"|imams?|chiefs?|relief\s+workers?|humanitarians?|parents?|families"
                    r"|people|man|woman|men|women|someone|others?|one|mayor|councillor")
# (People are set aside as speakers only: "people in X protested", "residents in X
# demanded" tell the event itself, in X.)
_PEOPLE_SPEAKING_AFTER = re.compile(
    r"(?:\s+(?:have|has|had|also|later|then))*\s+(?:said|says|told|tell|reported|recounted"
    r"|recalled|described|added|explained|confirmed|wrote|posted|tweeted|alleged|condemned"
    r"|denied|insisted|quoted|estimated)\b")
_PEOPLE_IN_BEFORE = re.compile(
    rf"\b(?:{_SPEAKING_PEOPLE})\s+(?:(?:reached|contacted|interviewed|quoted|speaking|living"
    r"|sheltering)\s+(?:by\s+(?:tele)?phone\s+)?)?(?:in|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE)
# "said an analyst in Minneapolis", "said an analyst at Piper Sandler in X", "according to a
# resident in Y": the attribution after the quote, its speaker's town after it
_SAID_A_SPEAKER_IN_BEFORE = re.compile(
    r"\b(?:said|says|added|according\s+to)\s+(?:an?|the|one|two|several)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_SPEAKING_PEOPLE}|{_OFFICES})\s+(?:(?:at|with|from)\s+(?-i:[A-Z][\w&.'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,2}\s+)?(?:in|at|from)\s+(?:the\s+)?$", re.IGNORECASE)
_SPEAKER_IN_BEFORE = re.compile(
    rf"\b(?:{_OFFICES})"
    # ("an official reached by phone in X", "a spokesman stationed in X": where a speaker sat)
    r"\s+(?:(?:based|stationed|reached|contacted|interviewed|quoted|speaking|living"
    r"|sheltering)\s+(?:by\s+(?:tele)?phone\s+)?)?(?:in|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE)
_OFFICE_IN_BEFORE = re.compile(rf"\b(?:{_OFFICES})\s+(?:(?:based|stationed)\s+)?(?:in|at)"
                               r"\s+(?:the\s+)?$", re.IGNORECASE)
# What an office does where it sits: "Police in Novi Pazar arrested three men", "the army in
# Gao has detained", "officials in X opened an inquiry": a finite verb right after the town.
_OFFICE_ACT_AFTER = re.compile(r"\s+(?:(?:have|has|had|also|later)\s+)*(?:arrested|detained"
                               r"|opened|launched|recovered|seized|charged|questioned"
                               r"|registered|booked|filed|began|started|sent|deployed"
                               r"|dispatched|identified|released|handed|arraigned|summoned"
                               r"|closed|sealed|banned|imposed|ordered|called|named)\b")


# ("a priest in Beni who said", "officials in X, who declined to be named, said": the verb
# may follow in a relative clause)
_WHO_AFTER = re.compile(r",?\s+who\b")


def _where_its_speakers_sit(text: str, place: Place, places: list[Place]) -> bool:
    """The town of a speaker ("officials in X said", "witnesses in X said", "a resident
    reached in X said", "a priest in X who said"), the verb of saying or of a stance
    (`_GOVERNMENT_VERB_AFTER`) right after it; or the town of an office that acts there
    ("police in X arrested"), where the text names a settlement of its own apart from it (not
    a quarter of the office's town: "Police in Mombasa arrested ... in the city's Likoni area")."""
    before_start = max(0, place.start - 48)
    who = _WHO_AFTER.match(text, place.end)
    verb_at = who.end() if who else place.end
    if _SPEAKER_IN_BEFORE.search(text, before_start, place.start) and \
            _GOVERNMENT_VERB_AFTER.match(text, verb_at):
        return True
    if _PEOPLE_IN_BEFORE.search(text, before_start, place.start) and \
            _PEOPLE_SPEAKING_AFTER.match(text, verb_at):
        return True
    return bool(_OFFICE_IN_BEFORE.search(text, before_start, place.start)
                and _OFFICE_ACT_AFTER.match(text, place.end)) and any(
        other.kind == "city" and other.start >= 0 and _identity(other) != _identity(place) and (
            _called_a_settlement(text, other) or _far_apart(place, other))
        for other in places)


def _far_apart(place: Place, other: Place) -> bool:
    """Both located and more than `_ELSEWHERE_KM` apart."""
    if place.lat is None or place.lon is None or other.lat is None or other.lon is None:
        return False
    return distance_km((place.lat, place.lon), (other.lat, other.lon)) > _ELSEWHERE_KM


def _speaks_for_its_government(text: str, place: Place) -> bool:
    """The capital as the subject of a stance or a speech (not after a locative: "a township
    near Berlin protested"), or where officials speak or talks are held."""
    if (place.country, place.lat, place.lon) not in _capitals():
        return False
    before = text[max(0, place.start - 40):place.start]
    return bool(_GOVERNMENT_BEFORE.search(before) or (
        _GOVERNMENT_VERB_AFTER.match(text, place.end) and not _LOCATIVE_BEFORE.search(before)))


# A wire report is datelined where its correspondent files, a national capital or a city of
# millions abroad ("NAIROBI, Sept 14 - ... a roadside bomb in Kenya's Mandera county", "KYIV -
# A missile struck ... Kramatorsk", "ISTANBUL - ... the province of Sirnak"). Such a city named
# only in the dateline, of a story that places its event in another town or region, is where
# the report comes from (`_without_asides` keeps it where nothing else is named). Not a US
# city: a US dateline is mostly the event's own town, whose neighborhoods the story names
# ("WASHINGTON - ... in the NOMA neighborhood of D.C."). The story may name the city as "the
# capital" instead ("in the Hodan district of the Somali capital"): then the dateline is the
# event's town after all (not "north of the capital", "just outside Haiti's capital": a
# reference point).
_CAPITAL_AS_PLACE = re.compile(
    r"\b(?:in|at|of|across|around|inside|within|rocked|hit|struck)\s+(?:the|[A-Z][\w'’.-]*"
    r"(?:'s|’s))\s+(?:[\w-]+\s+){0,2}?(?:capital|city)(?:'s|’s)?\b(?!\s+of\b)")
_REFERENCE_BEFORE = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts|edge)\s+$",
    re.IGNORECASE)
_BUREAU_CITY = 1_000_000


def _reported_from(text: str, place: Place) -> bool:
    """A capital or a city of millions abroad heading the report as its dateline (the line it
    opens is the first of the text, or follows the headline), which the story never calls
    "the capital" or "the city"."""
    if place.country == "US" or not opens_as_dateline(text, place) or \
            (place.country, place.lat, place.lon) not in _bureau_cities():
        return False
    return not any(_REFERENCE_BEFORE.search(text, max(0, match.start() - 12), match.start())
                   is None for match in _CAPITAL_AS_PLACE.finditer(text, place.end))


# A story is "elsewhere" than its dateline only where it names a place known to lie this far
# from the dateline city. "PESHAWAR: ... a police post in the Badaber area", "LAHORE: ... in
# Shahdara", "BAGHDAD - ... in the Sadr City district" (a city desk's dateline over a suburb
# or a quarter the gazetteer lacks or lists beside the city) are the dateline city's own
# events; "NAIROBI - ... in Mandera" (700 km), "DHAKA - ... in Gazipur, north of the capital"
# (30 km), "ISTANBUL - ... the province of Sirnak" and "DAMASCUS - ... the northern Syrian town
# of Azaz" (a town the gazetteer lacks, called a town) are not.
_ELSEWHERE_KM = 25.0


_SETTLEMENT_OF_BEFORE = re.compile(
    r"\b(?:town|village|city|hamlet|settlement|district|province|county|region)\s+of\s+$")
_SETTLEMENT_AFTER = re.compile(r"\s+(?:town|village|hamlet)\b")


def named_far_from(text: str, dateline: Place, places: list[Place]) -> bool:
    """Whether `places` name a place over `_ELSEWHERE_KM` from the `dateline` city or, without
    coordinates, a region (a dateline city speaks for its own town, not for a province) or a
    town the text calls a town, a village or a district of its own; or a country not the
    dateline's that the text puts something in."""
    if dateline.lat is None or dateline.lon is None:
        return False
    return any(
        # "DAKAR, Senegal - ... an army post at Nampala in central Mali": the story puts its
        # event in another country than the bureau's
        other.kind == "country" and other.country != dateline.country and other.start >= 0
        and _LOCATIVE_BEFORE.search(text, max(0, other.start - 40), other.start) is not None
        for other in places) or any(
        other.kind != "country" and (
            (other.end >= 0 and _COUNTRYS_PART_AFTER.match(text, other.end) is not None) or (
                distance_km((dateline.lat, dateline.lon), (other.lat, other.lon)) > _ELSEWHERE_KM
                if other.lat is not None and other.lon is not None
                else other.kind == "region" or _called_a_settlement(text, other)))
        for other in places if other is not dateline)


# "in Kurigram, in the north of the country", "in X in the country's far south", "Y, in the
# remote northeast of the country": a town the story sets in a part of the country, away from
# the bureau's city.
_COMPASS_PART = (r"(?:far\s+|remote\s+|restive\s+)?(?:north|south|east|west|north-?east"
                 r"|north-?west|south-?east|south-?west|centre|center)(?:ern)?")
_COUNTRYS_PART_AFTER = re.compile(
    rf",?\s+(?:in|across)\s+(?:the\s+(?:{_COMPASS_PART})(?:\s+(?:part|corner|tip|region))?\s+of"
    rf"\s+the\s+country|the\s+country['’]s\s+{_COMPASS_PART})\b")


def _called_a_settlement(text: str, place: Place) -> bool:
    """"the village of Duisi", "the northern Syrian town of Azaz", "Kok-Tash village": a
    settlement of its own, not a quarter of the dateline city ("in the Badaber area")."""
    return place.start >= 0 and bool(
        _SETTLEMENT_OF_BEFORE.search(text, max(0, place.start - 24), place.start)
        or _SETTLEMENT_AFTER.match(text, place.end))


@functools.lru_cache(maxsize=1)
def _bureau_cities() -> frozenset[tuple[str, float | None, float | None]]:
    """Where wire correspondents file from: the national capitals and the cities of a million
    people or more outside the US."""
    return _capitals() | frozenset(
        (e.country, e.lat, e.lon) for entries in load_gazetteer().places.values()
        for e in entries if e.kind == "city" and e.country != "US"
        and e.population >= _BUREAU_CITY)


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, float | None, float | None]]:
    """The national capitals, by country and coordinates (a country's entry has its
    capital's)."""
    return frozenset((e.country, e.lat, e.lon) for entries in load_gazetteer().places.values()
                     for e in entries if e.kind == "country" and e.lat is not None)


# A district mostly bears the name of its main town ("Ghorak district", "in Echarate District,
# Cusco"): the rank word written right after the name says the district is meant, not the
# town the gazetteer lists under that name. Such a place is a region named with its rank word,
# as a US county is ("Clayton County"). Not before another capitalized word ("Kent District
# Court", "Harris District Attorney"): that is an institution's name.
_DISTRICT_WORD_AFTER = re.compile(
    r"[ \t]+(?P<rank>(?:[Ss]ub-?)?[Dd]istrict|[Tt]ehsil|[Uu]pazila|[Ww]oreda)\b(?![ \t]+[A-Z])")
# A tehsil, an upazila or a woreda is a district's part run from the town whose name it bears
# (its headquarters): "in Shorkot tehsil", "Bhairab upazila" place the event in and around that
# town, which a coder writes down. A district is wider (its own name often a province's), so
# it reads as the region only.
_SEAT_RANKS = frozenset({"tehsil", "upazila", "woreda"})


def _with_district_word(text: str, place: Place) -> tuple[Place, ...]:
    """`place` as the region its rank word names; before it the listed town that seats a
    tehsil, upazila or woreda (`_SEAT_RANKS`)."""
    if place.start < 0 or place.kind not in ("city", "region") or place.name.endswith(
            _RANK_NOUNS):
        return (place,)
    rank = _DISTRICT_WORD_AFTER.match(text, place.end)
    if rank is None:
        return (place,)
    ranked = replace(place, name=f"{place.name} {rank.group('rank')}", kind="region",
                     end=rank.end())
    if place.kind == "city" and rank.group("rank").lower() in _SEAT_RANKS:
        return (place, ranked)
    return (ranked,)


# The words that name an administrative rank after a place's name ("Borno State", "Clayton
# County", "Ghorak district"), one list for every reader of them (_FIRST_LEVEL_RANKS are
# placed at the top of the module, for the three-letter regions' test).
_RANK_NAMES = (*_FIRST_LEVEL_RANKS, "District", "County", "Oblast", "Parish")
_RANK_NOUNS = (*_RANK_NAMES, *(name.lower() for name in _RANK_NAMES))


# A public institution named for the town it serves: "Medina High School", "Orlando Regional
# Medical Center", "York Hospital", "Dayton Police Department", "Salem Public Library".
_INSTITUTION = re.compile(
    r"^(?P<town>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)\s+(?:(?:Regional|Memorial|Community"
    r"|General|Municipal|Public|Senior|Junior|Area|Central)\s+)*(?:High\s+School|Middle\s+School"
    r"|Elementary(?:\s+School)?|Hospital|Medical\s+Center|Police\s+(?:Department|Station)"
    r"|Fire\s+Department|City\s+Hall|Town\s+Hall|Courthouse|Library|Civic\s+Center)$")


def _institution_towns(venues: list[Place], context: Context, gazetteer: Gazetteer
                       ) -> list[Place]:
    """The town a public institution is named for, where the article's other names put it in
    that town's state or country: a school, hospital, police station or city hall named for
    a town stands in it ("shot near Medina High School" in a story set in New York). A name
    that is mostly a word or a given name ("Lincoln High School") or a saint's or biblical
    name ("Mount Sinai Hospital") is not read."""
    towns: list[Place] = []
    for venue in venues:
        match = _INSTITUTION.match(venue.name)
        if match is None:
            continue
        surface = fold(match.group("town"))
        # Not the article's people: "Orlando Regional" reads as a person's name to the
        # name scan, which is how the town went missing in the first place.
        if weak_name(surface, frozenset()) or surface in SACRED_NAMES:
            continue  # "Lincoln High School", "Mount Sinai Hospital"
        for entry in gazetteer.lookup(surface):
            if entry.kind != "city" or fold(entry.name) != surface or is_village(entry) or \
                    (venue.country is not None and entry.country != venue.country):
                continue  # a venue lies in the article's main country
            placed = context.names_state(entry.admin1, surface) if entry.country == "US" \
                else context.names_country(entry.country, surface)
            if placed:
                towns.append(_place(entry, venue.start, venue.start + len(match.group("town"))))
                break
    return towns


def _placed_twice(text: str, mentions: list[Mention], people: set[str]) -> frozenset[str]:
    """Names read as a place at two mentions or more: after a locative, as a dateline, or
    before a resident noun ("Monroe police", "a Monroe man"); not inside a longer name ("near
    Page Street", "Liberty City") nor in a headline where every word is capitalized; never a
    name the article gives a person ("Nathan Walker" ... "told Walker")."""
    readings: dict[str, int] = {}
    for mention in mentions:
        if mention.surface in people or mention.surface in _FUNCTION_WORDS or \
                _CAPITALIZED_AFTER.match(text, mention.end) or \
                _title_case_line(text, mention.start):
            continue
        # "in the Atlantic", "here in the Springs": after "the", a region or a nickname
        # ("the Columbia Police Department" is still the town's police).
        after_the = text[max(0, mention.start - 4):mention.start].lower() == "the "
        located = not after_the and (_located(text, mention) or _is_dateline(text, mention))
        if located or _RESIDENT_NOUN.match(text, mention.end, mention.end + 24):
            readings[mention.surface] = readings.get(mention.surface, 0) + 1
    return frozenset(name for name, count in readings.items() if count >= 2 and name)


# "Page Street", "Liberty City", "Mason county": the name is part of another place's name.
_CAPITALIZED_AFTER = re.compile(
    r"[ \t]+(?:(?!Police\b|PD\b|Fire\b|Sheriff)[A-Z]|county\b|parish\b|township\b)")
_RESIDENT_NOUN = re.compile(
    r"\s+(?:police|man|woman|men|women|teen|teens|teenager|boy|girl|resident"
    r"|residents|family|native|mayor|couple)\b", re.IGNORECASE)


def _mentions(text: str, gazetteer: Gazetteer, people: set[str],
              compounds: list[tuple[int, int]]) -> Iterable[Mention]:
    """Gazetteer names in the capitalized runs of `text`; names found inside people's names
    ("Michael Jordan") are added to `people` so that a later bare "Jordan" is read alike, and
    longer names built on a listed one ("San Antonio de Getucha") to `compounds`."""
    for run in finditer_at(_RUN, text, [m.start() for m in _RUN_START.finditer(text)]):
        tokens = _tokens(run, gazetteer)
        index = 0
        after_place = False  # the previous token ends a place name: "San Francisco Campeche"
        while index < len(tokens):
            found = _longest_match(text, tokens, index, gazetteer)
            if found is None:
                index += 1
                after_place = False
                continue
            mention, used = found
            compound = _compound_end(text, tokens, index + used)
            if compound is not None and not _inside_name(text, tokens, index, mention):
                # "Panama de Arauca", "Belen de los Andaquies": a Spanish or Portuguese place
                # name built on a listed one is another, smaller place.
                end = tokens[compound - 1][1]
                compounds.append((mention.start, end - 1 if text[end - 1] in ".,;:" else end))
                index, after_place = compound, False
                continue
            if _inside_name(text, tokens, index, mention):
                if not after_place:
                    _remember_person(text, tokens, index, mention, people)
            elif not _first_name(text, tokens, index + used, mention) and not (
                _STREET_AFTER.match(text, mention.end)
            ):
                yield mention
            index += used
            after_place = True


# "of Philadelphia.It happened", "Williams.Memphis police": two sentences glued without a
# space (scraped pages) are two words.
_GLUED = re.compile(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])")


# "the Kidal-Gao road", "the Lagos-Ibadan expressway", "Diffa-Maine Soroa road": two towns
# joined by a hyphen before a route's noun are the two ends of the route, each a place.
_ROUTE_AFTER = re.compile(rf"[ \t]+{ROUTE_NOUNS}\b")
_ROUTE_ENDS = re.compile(r"(?<=[a-z])-(?=[A-Z][a-z])")
# A town along the route after its name: "highway near Karuma", "road outside the village of
# Wanlaweyn", "road, 30 km from Jowhar".
_ALONG_THE_ROUTE = re.compile(
    r",?[ \t]+(?:near|outside|close[ \t]+to|just[ \t]+(?:outside|before|after|past)|(?:about|some"
    r"|around)?[ \t]*\d+[ \t]*(?:km|kilometres|kilometers|miles)[ \t]+(?:from|outside|before"
    r"|after|short[ \t]+of))[ \t]+(?:the[ \t]+)?(?:(?:town|village|city)[ \t]+of[ \t]+)?[A-Z]")
# A route's end and the rest of the route's name after it (`_without_route_ends`).
_ROUTE_REST = re.compile(r"(?:-[A-Z][\w'’]*(?:[ \t][A-Z][\w'’]*){0,2})?" + _ROUTE_AFTER.pattern)


def _tokens(run: re.Match[str], gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The words of a run of capitalized words, as (start, end) offsets in the text; a word
    of two names joined by a hyphen before a route's noun is two words, unless the gazetteer
    lists it whole ("Winston-Salem")."""
    route = _ROUTE_AFTER.match(run.string, run.end()) is not None
    tokens: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(run.group()):
        start = run.start() + token.start()
        word = token.group()
        pieces = _ROUTE_ENDS.split(word) if route and fold(word) not in gazetteer.places \
            else [word]
        for joined in pieces:
            for piece in _GLUED.split(joined):
                tokens.append((start, start + len(piece)))
                start += len(piece)
            start += 1  # the hyphen
    return tokens


_OF_CONNECTORS = frozenset({"de", "del", "do", "da", "dos", "das", "di", "du"})
_ARTICLES = frozenset({"la", "las", "los", "le", "el", "lo"})


def _compound_end(text: str, tokens: list[tuple[int, int]], following: int) -> int | None:
    """The index after "de [los] Name" when `following` starts such a tail, else None."""
    index = following
    if index >= len(tokens) or text[tokens[index][0]:tokens[index][1]] not in _OF_CONNECTORS:
        return None
    index += 1
    while index < len(tokens) and text[tokens[index][0]:tokens[index][1]] in _ARTICLES:
        index += 1
    if index >= len(tokens) or not text[tokens[index][0]].isupper():
        return None
    # "Alto de San Juan", "Lomas de San Miguel": the tail's own name may be of two words,
    # where the first is a saint's title ("San", "Santa") or an article ("Los Llanos"); never
    # past the end of a sentence ("de Sogamoso. The").
    first = fold(text[tokens[index][0]:tokens[index][1]])
    if first in _TWO_WORD_HEADS and index + 1 < len(tokens) and \
            text[tokens[index + 1][0]].isupper():
        return index + 2
    return index + 1


_TWO_WORD_HEADS = frozenset({
    "san", "santa", "santo", "sao", "são", "saint", "st.", "los", "las", "la", "el", "del",
})


def _remember_person(
    text: str, tokens: list[tuple[int, int]], index: int, mention: Mention, people: set[str]
) -> None:
    """Keep a one-word town's name read as a person's surname ("Gary Jackson" ... "Jackson,
    45, was arrested"); a country only when it is also a given name ("Michael Jordan"), since
    "BBC Nigeria" says nothing about a later "Nigeria". Headlines in title case are skipped:
    there every word is capitalized ("Hurt During Lubbock Robbery")."""
    raw = text[mention.start : mention.end]
    surface = fold(raw)
    # Sizeable US cities are rarely surnames ("Sentara Norfolk General" is a hospital); Latin
    # and Asian city names often are ("Jose Santiago", "Maria Lima") in US stories.
    town = not any(e.kind == "country" or (e.country == "US" and (
        e.kind == "region" or e.population >= _SIZEABLE_US_CITY)) for e in mention.entries)
    if " " in raw or not (town or surface in GIVEN_NAME_COUNTRIES):
        return
    if index > 0:
        previous = text[tokens[index - 1][0] : tokens[index - 1][1]]
        given = previous.isalpha() and previous[:1].isupper() and previous[1:].islower()
        if not (given or fold(previous) in _TITLES) or _title_case_line(text, mention.start):
            return
    people.add(surface)


def _title_case_line(text: str, offset: int) -> bool:
    """A headline: a short line whose words are mostly capitalized."""
    start = text.rfind("\n", max(0, offset - 200), offset) + 1
    end = text.find("\n", offset, offset + 200)
    if (start == 0 and offset > 200) or end < 0:
        return False  # a line longer than a headline, or the text's last line
    words = text[start:end].split()
    capitalized = sum(1 for word in words if word[:1].isupper())
    return len(words) >= 3 and capitalized >= 0.6 * len(words)


def _longest_match(
    text: str, tokens: list[tuple[int, int]], index: int, gazetteer: Gazetteer
) -> tuple[Mention, int] | None:
    last = min(len(tokens), index + gazetteer.max_words)
    first = text[tokens[index][0]:tokens[index][1]]
    if last > index + 1 and "-" not in first and \
            _WHITESPACE.split(fold(first), 1)[0] not in _first_words(gazetteer):
        # No name of several words starts with this word: only the word alone can be one.
        # (The key of a span of several words is the first word's fold, the space between and
        # the rest; a hyphenated head, "Savannah-Chatham ...", is looked up by its part.)
        last = index + 1
    for stop in range(last, index, -1):
        start, end = tokens[index][0], tokens[stop - 1][1]
        for surface_end in _surface_ends(text, start, end):
            mention = _lookup(text, start, surface_end, gazetteer)
            if mention is not None:
                return mention, stop - index
    return None


_WHITESPACE = re.compile(r"[ \t]")
_FIRST_WORDS: dict[int, tuple[Gazetteer, frozenset[str]]] = {}


def _first_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The first words of the gazetteer's keys of several words (every table `_lookup`
    reads), computed once per gazetteer."""
    known = _FIRST_WORDS.get(id(gazetteer))
    if known is None or known[0] is not gazetteer:
        tables = (gazetteer.places, gazetteer.demonyms, gazetteer.short_regions,
                  gazetteer.state_abbreviations, gazetteer.counties)
        words = frozenset(_WHITESPACE.split(key, 1)[0] for table in tables for key in table
                          if _WHITESPACE.search(key))
        known = _FIRST_WORDS[id(gazetteer)] = (gazetteer, words)
    return known[1]


def _surface_ends(text: str, start: int, end: int) -> tuple[int, ...]:
    """The span as written, then without a possessive or a sentence-final period."""
    surface = text[start:end]
    if surface.endswith(("'s", "’s")):
        return (end - 2,)
    if surface.endswith(("s'", "s’")):
        return (end - 1,)  # "Indianapolis' northwest side": the possessive of a name in -s
    if surface.endswith(".") and not re.search(r"(?:^|[\s.])[A-Z]\.$", surface):
        return (end, end - 1)
    joined = _JOINED_HEAD.match(surface)
    if joined is not None and _JOINED_AGENCY_AFTER.match(text, start + joined.end()):
        return (end, start + joined.end())  # "Savannah" of "Savannah-Chatham Metro Police"
    return (end,)


_JOINED_HEAD = re.compile(r"[A-Z][a-z]{3,}(?=-)")
_JOINED_AGENCY_AFTER = re.compile(_JOINED_AGENCY, re.IGNORECASE)


def _lookup(text: str, start: int, end: int, gazetteer: Gazetteer) -> Mention | None:
    key = fold(text[start:end])
    if text.startswith(("'", "’"), end) and not text.startswith(("'s", "’s"), end) and (
            key in NOT_PLACES or key in COMMON_WORD_NAMES):
        return None  # "Davis' family": a surname's possessive, not the town's
    if key in gazetteer.demonyms and text[start].isupper() and \
            not _REGION_HEAD_AFTER.match(text, end) and key in gazetteer.places and \
            all(e.kind == "region" for e in gazetteer.places[key]) and \
            not _names_a_regions_country(text, gazetteer.places[key], gazetteer):
        # "Two Somali citizens", "Somali forces": the nationality; the region of Ethiopia of
        # that name is "the Somali region", "Somali Regional State", or any "Somali" of a
        # story that names Ethiopia ("Somali special police" there).
        return Mention(start, end, (gazetteer.demonyms[key],), None, demonym=True)
    short_region = gazetteer.short_regions.get(key) if _SHORT_REGION_RANK.match(text, end) \
        and not (key == "bay" and text.startswith(" State", end)) else None  # Massachusetts
    if short_region:
        # "Imo State", "Bay region", "Mon State, Myanmar": the region, before a town or a
        # village of the same name anywhere ("Bay" in the Philippines).
        return Mention(start, end, short_region + gazetteer.lookup(key),
                       _qualifier(text, end, gazetteer), surface=key)
    if key in gazetteer.places:
        qualifier = _qualifier(text, end, gazetteer)
        if qualifier is not None and qualifier.kind == "country" and \
                gazetteer.places[key][0].kind == "country":
            qualifier = None  # "France, Spain and Germany": a list, not France in Spain
        entries = gazetteer.places[key]
        city_word = _CITY_WORD_AFTER.match(text, end)
        if city_word is not None and all(e.kind == "region" and e.country != "US"
                                         for e in entries):
            return None  # "in Ad Dali town": a town the gazetteer lacks, not its province
        if city_word is not None and (city_word.group("capital") or entries[0].kind != "country") \
                and _named_city(entries, key):
            # a country's name before a lower-case "town" qualifies it ("a Mali town")
            entries = _named_city(entries, key)
            if city_word.group("capital"):
                # "Gaza City, Gaza Strip": the name and its word City are the mention, and
                # what follows the word its qualifier.
                end = city_word.end()
                qualifier = _qualifier(text, end, gazetteer)
        qualifier = _state_not_country(qualifier, entries, gazetteer)
        if qualifier is not None and all(is_village(e) for e in entries) and not any(
                e.country == qualifier.country and e.admin1 == qualifier.admin1
                for e in entries):
            return None  # "Whitfield, Ohio" is no village elsewhere: unlisted, read there
        postal = qualifier is not None and bool(_POSTAL_AFTER.match(text, end))
        return Mention(start, end, entries, qualifier, surface=key, postal=postal)
    if key in gazetteer.demonyms and text[start].isupper():
        return Mention(start, end, (gazetteer.demonyms[key],), None, demonym=True)
    if key in gazetteer.state_abbreviations and "." in key:
        if _station_call_sign(text, start, end):
            return None
        state = gazetteer.us_states.get(gazetteer.state_abbreviations[key])
        return Mention(start, end, (state,), None) if state else None
    if key.endswith(" county") and key in gazetteer.counties:
        qualifier = _state_not_country(_qualifier(text, end, gazetteer), gazetteer.counties[key],
                                       gazetteer)
        return Mention(start, end, gazetteer.counties[key], qualifier, surface=key)
    transliterated = _transliterated(key) if gazetteer is load_gazetteer() else ()
    if transliterated and _LOCATIVE_BEFORE.search(text[max(0, start - 60):start]):
        written = text[start:end]
        return Mention(start, end, tuple(e._replace(name=written) for e in transliterated),
                       _qualifier(text, end, gazetteer), surface=key)
    return None


# English writing spells a town of the Arabic- and Persian-speaking world as it hears it: the
# qaf as "k" or "q" ("Kamishli", "Qamishli"), a long vowel doubled or not ("Lattakia",
# "Latakia"; "Sheikh", "Shiekh"), the ending -iya as -iyah, -iyeh, -ieh, -iyya. A one-word
# name the gazetteer lacks is looked up in the other spellings, and read only as a city of
# those countries after a locative ("in Kamishli", not a person's "Qassim" or "Tyree"); the
# place keeps the name as written.
_NISBA_ENDINGS = ("iyyah", "iyya", "iyah", "iyeh", "iye", "ieh", "eyah")
_NISBA_ENDING = re.compile(rf"(?:{'|'.join(_NISBA_ENDINGS)})$")
_DOUBLED = re.compile(r"([a-z])\1")
_TRANSLITERATED_MIN_LETTERS = 5


@functools.lru_cache(maxsize=65536)  # (a name recurs within an article and across articles)
def _transliterated(key: str) -> tuple[GazetteerEntry, ...]:
    if len(key) < _TRANSLITERATED_MIN_LETTERS or not key.isalpha() or not (
            key[0] in "kq" or key.endswith(_NISBA_ENDINGS) or _DOUBLED.search(key)):
        return ()  # (most unknown words: no other spelling is tried)
    gazetteer = load_gazetteer()
    spellings = {key, _DOUBLED.sub(r"\1", key)}
    spellings |= {_NISBA_ENDING.sub("iya", s) for s in spellings}
    spellings |= {("q" + s[1:]) if s[0] == "k" else ("k" + s[1:]) if s[0] == "q" else s
                  for s in spellings}
    spellings |= {"al " + s for s in spellings}
    spellings.discard(key)
    return tuple(dict.fromkeys(
        entry for spelling in sorted(spellings) for entry in gazetteer.places.get(spelling, ())
        if entry.kind == "city" and (entry.country in ARABIC_SPEAKING
                                     or entry.country in EZAFE_SPEAKING)))


# "Gaza City", "Ad Dali town", "Odessa city": the rank word of a city after its name; not
# a name that qualifies the noun ("the Anbar town of Hit").
_CITY_WORD_AFTER = re.compile(r"[ \t]+(?:(?P<capital>City)|city|town)\b(?![ \t]+of\b)")


def _named_city(entries: tuple[GazetteerEntry, ...], surface: str) -> tuple[GazetteerEntry, ...]:
    """"Gaza City", "Ad Dali town": a name the gazetteer reads first as a country, a territory
    or a province, followed by the word city or town, names the city that bears it (its name
    written with or without the marks of the ayn and hamza). Empty where the first reading is
    already a city or a US state ("Iowa City", "Virginia City" are other towns)."""
    first = entries[0]
    if first.kind == "city" or (first.country == "US" and first.kind == "region"):
        return ()
    return tuple(e for e in entries
                 if e.kind == "city" and without_marks(fold(e.name)) == surface)


def _names_a_regions_country(text: str, entries: tuple[GazetteerEntry, ...],
                             gazetteer: Gazetteer) -> bool:
    """Whether `text` names the country (or its people) of a region among `entries`."""
    lowered = fold(text)
    for entry in entries:
        names = {fold(e.name) for e in gazetteer.demonyms.values() if e.country == entry.country}
        names |= {name for name, e in gazetteer.demonyms.items() if e.country == entry.country}
        if any(name in lowered for name in names):
            return True
    return False


def _state_not_country(qualifier: GazetteerEntry | None, entries: tuple[GazetteerEntry, ...],
                       gazetteer: Gazetteer) -> GazetteerEntry | None:
    """"Riverdale, Georgia", "Clayton County, Georgia": after a name that lies in the US state
    of that name, the qualifier is the state, not the country."""
    if qualifier is None or qualifier.kind != "country":
        return qualifier
    name = fold(qualifier.name)
    state = next((s for s in gazetteer.us_states.values() if fold(s.name) == name), None)
    if state is not None and any(e.country == "US" and e.admin1 == state.admin1
                                 for e in entries):
        return state
    return qualifier


def _station_call_sign(text: str, start: int, end: int) -> bool:
    """"Copyright 2014 WIS.": an abbreviation in capitals that follows no "City, " is a
    broadcaster's call sign; "SPRINGFIELD, ILL." is a dateline."""
    raw = text[start:end]
    return raw.isupper() and len(raw) > 3 and text[max(0, start - 2) : start] != ", "


_POSTAL_AFTER = re.compile(r",\s+[A-Z]{2}\b")
_QUALIFIER = re.compile(
    r",\s+((?:[A-Z]\.\s?){2,}|[A-Z]{2}(?!\w|-\d)|[A-Z][a-z]*\.?(?:\s[A-Z][a-z]+\.?){0,2})"
)


def _qualifier(text: str, end: int, gazetteer: Gazetteer) -> GazetteerEntry | None:
    """The state or country written right after a name: ", Texas", ", Ill.", ", TX", ", Iraq"."""
    match = _QUALIFIER.match(text, end)
    if match is None:
        return None
    words = match.group(1).split()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        entry = _qualifier_entry(phrase, gazetteer)
        if entry is not None:
            if entry.kind == "country" and verb_follows(text, match.start(1) + len(phrase)):
                return None  # "After the massacre in X, Japan pledged aid"
            return entry
    return None


def _qualifier_entry(phrase: str, gazetteer: Gazetteer) -> GazetteerEntry | None:
    key = fold(phrase)
    postal = len(phrase) == 2 and phrase.isupper()
    if "." in key or postal:
        code = gazetteer.state_abbreviations.get(key)
        if code in gazetteer.us_states:
            return gazetteer.us_states[code]
    for entry in gazetteer.lookup(key.rstrip(".")):
        if entry.kind == "country" or (entry.kind == "region" and entry.country == "US"):
            return entry
    return None


def _inside_name(
    text: str, tokens: list[tuple[int, int]], index: int, mention: Mention
) -> bool:
    """True when the match is part of a person's or an organization's name."""
    if index > 0:
        raw_previous = text[tokens[index - 1][0] : tokens[index - 1][1]]
        previous = fold(raw_previous)
        if previous in _TITLES or _INITIAL.match(raw_previous):
            return True  # "Mr. Paris", "Isaac W. Torres"
        ends_sentence = raw_previous.endswith((".", ",", ";", ":", "'s", "’s"))
        # "Sixteen-year-old Bradenton girl", "Two-Year-Old Dayton Boy": an age, not a name.
        age = _AGE_BEFORE.search(raw_previous)
        if not ends_sentence and not age and previous not in _FUNCTION_WORDS and \
                not mention.demonym:
            # "Michael Jordan", "Andrew Jackson"; but "Initial New Orleans Police reports":
            # a name followed by an agency's head word is the place the agency serves.
            agency = _AGENCY_AFTER.match(text, mention.end) and any(
                e.population >= _TOWN or e.kind != "city" for e in mention.entries)
            return mention.qualifier is None and not agency
    country = _is_place_kind(mention, "country") and (
        fold(text[mention.start : mention.end]) not in GIVEN_NAME_COUNTRIES
    )
    if country or _LOCATIVE_BEFORE.search(
        text[max(0, mention.start - 24) : mention.start]
    ):
        return False  # "Police in Moscow said": the city, not a Mr. Moscow
    return bool(_PERSON_AFTER.match(text[mention.end : mention.end + 16]))


_AGE_BEFORE = re.compile(r"-(?:years?|months?|weeks?)-old$", re.IGNORECASE)


def _first_name(
    text: str, tokens: list[tuple[int, int]], following: int, mention: Mention
) -> bool:
    """"Chad Smith", "Jordan Peterson": a one-word name followed by a surname."""
    if following >= len(tokens) or " " in text[mention.start : mention.end]:
        return False
    raw = text[mention.start : mention.end]
    if raw.isupper() or raw.endswith(".") or text[mention.end] != " ":
        return False  # "MOSCOW (Reuters)", "Paris, Texas", "Aurora, Colo. Jose Diaz said"
    following_word = text[tokens[following][0] : tokens[following][1]]
    if _INITIAL.match(following_word):
        return True  # "Carlton L. Lewis"
    surname = following_word.rstrip(".,;:'’s")
    # "Smith", and also "McIntyre", "DeShawn", "O'Neal"; not "PD" or "U.S."
    cased = surname[:1].isupper() and any(c.islower() for c in surname[1:])
    # "in Minneapolis Friday afternoon": a weekday or month after the name is no surname;
    # "in Baku Azerbaijan": nor is a country or a region (a comma left out).
    # "in Imphal East, Manipur", "Jos North": outside the US a compass word after a town
    # names a district of it (in US writing, a road or a hospital: "Parkway East").
    compass = fold(surname) in _COMPASS_WORDS and mention.entries[0].country != "US"
    return cased and surname.replace("'", "").isalpha() and fold(surname) not in _PLACE_HEADS \
        and fold(surname) not in CALENDAR_WORDS and not compass and not any(
            e.kind in ("country", "region") for e in load_gazetteer().lookup(fold(surname)))


_COMPASS_WORDS = frozenset({
    "east", "west", "north", "south", "central", "northeast", "northwest", "southeast",
    "southwest",
})
# Words that follow a place name inside a larger name without making it a person's.
_PLACE_HEADS = frozenset({
    "state", "county", "city", "province", "region", "police", "department", "government",
    "army", "forces", "border", "airport", "university", "river", "valley", "street",
    "avenue", "road", "district", "metro", "capital", "republic", "coast", "township",
    "borough", "parish", "oblast", "governorate", "prefecture",
    "sheriff", "fire", "mayor", "governor", "president", "authorities", "officials",
})


def _is_place_kind(mention: Mention, kind: str) -> bool:
    return any(entry.kind == kind for entry in mention.entries)


# An English word before a unit's noun and its number names the numbered unit of a police
# force, a city or an army ("Police District 13", "Central Sector 4"), not the town that the
# word also names (Police, Poland).
_NUMBERED_UNIT_AFTER = re.compile(r"[ \t]+(?:District|Precinct|Ward|Zone|Sector|Division|Area"
                                  r"|Unit|Region|Block|Camp)[ \t]+(?:No\.?[ \t]*)?\d")


_SAINT_HEAD = re.compile(r"(?:st\.?|saint|ste\.?|sainte)\s")
# A saint's name in its possessive or before "Parish" names the saint's church, hospital,
# school or (in Louisiana) parish, not the town that bears the name.
_SAINTS_INSTITUTION_AFTER = re.compile(r"(?:'s|’s|s')(?!\w)|\s+Parish\b")
# A saint's name that runs on into a longer capitalized name is the name of what is named
# for the saint ("St. Paul Missionary Baptist Church", "St. John the Apostle Catholic Parish",
# "flown to St. Charles Bend", "treated at Saint Thomas Rutherford", "St. Johns County"),
# not the town; but its police, its officials, its newspaper or the city itself are the
# town's ("St. Paul Police", "St. Louis City", "the St. Louis Post-Dispatch"), and a day or a
# month after it is no name ("in downtown St. Louis Saturday").
_SAINTS_NAME_RUNS_ON = re.compile(
    r"[ \t]+(?:the[ \t]+)?(?!(?:Police|Sheriff|Fire|Metro|City|Mayor|PD|Officials?|Residents?"
    r"|Post|Times|Tribune|Journal|Herald|News|Press|Pioneer|Today|Dispatch|Gazette|Courier"
    r"|Star|Record|Register|Daily|Sun|Observer|Chronicle|Mon|Tues|Wednes|Thurs|Fri|Satur"
    r"|January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\w*\b)"
    r"[A-Z][a-z]")


def _accepted(text: str, mention: Mention, entry: GazetteerEntry, context: Context) -> bool:
    """Whether a name reads as a place here. A qualifier always makes it one; a month never
    does, nor a name the article uses for a person unless a locative reads it as a place.
    Countries, states and big cities do; a town's name (often also a surname or a word) needs
    a locative preposition, a dateline position or its country named elsewhere."""
    surface = fold(text[mention.start : mention.end])
    if surface in CALENDAR_WORDS:
        return False  # "In March, Turkey said": a month before a country is no town there
    if mention.qualifier is not None:
        return True
    if _SAINT_HEAD.match(surface) and entry.population < _BIG_CITY and \
            _SAINTS_INSTITUTION_AFTER.match(text, mention.end):
        return False  # "St. John's in Detroit", "St. Martin Parish": a church, a hospital, a parish
    if _SAINT_HEAD.match(surface) and _SAINTS_NAME_RUNS_ON.match(text, mention.end) and \
            not _title_case_line(text, mention.start):
        return False  # "St. Paul Missionary Baptist Church": named for the saint, not the town
    if surface in load_gazetteer().common_words and _NUMBERED_UNIT_AFTER.match(text, mention.end):
        return False  # "Police District 13", "Central Sector 4": a numbered unit, not a town
    located = _located(text, mention) or _is_dateline(text, mention)
    if surface in context.people and not located:
        return False
    special = _special_reading(text, mention, entry, context, located)
    if special is not None:
        return special
    if is_village(entry):
        return _village_here(text, mention, entry, context, located)
    if _plain_spelling_only(text, mention, entry) and \
            context.other_countries(surface) - {entry.country, "US"} and \
            not context.names_country(entry.country, surface):
        # "at Banki town" in a story set in Nigeria: a town matched only through its name
        # without diacritics (Bānki, India) is not read where other names set the story in
        # another country.
        return False
    if entry.kind == "country" or mention.demonym:
        return True
    if entry.kind == "region" and (entry.country == "US" or entry.population > 0):
        return True
    if surface in NOT_PLACES or surface in COMMON_WORD_NAMES:
        return _reads_as_place(text, mention, entry, context, surface)
    if _is_dateline(text, mention):
        return True
    if entry.country == "US" and entry.population < _TOWN and _abroad(context, surface):
        return False  # "Hays district" in a story about Yemen
    if entry.population >= _BIG_CITY:
        return True
    # Outside the US, where town names are rarely also English surnames, a place in a country
    # the article names is taken too ("Jowhar" in a story about Somalia), even when the name
    # alone says so (ACLED-style notes often name only the town and its district).
    located = located or bool(_RESIDENT_AFTER.match(text, mention.end, mention.end + 24))
    return located or (entry.country != "US" and _in_named_country(entry, context, surface))


def _agreed_town(text: str, mention: Mention, context: Context) -> GazetteerEntry | None:
    """"near Douglas" in a story that names Coffee County and no state: a town after a locative
    of place, in the one state where both it and a county the article names lie; never a name
    the article gives a person nor the first of a list of streets ("between Pearl and Olive
    streets")."""
    if mention.surface in context.people or not _located(text, mention) or \
            _located_in_list(text, mention) or _NOT_A_TOWN_AFTER.match(text, mention.end) or \
            _ORIGIN_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return None
    return agreed_with_a_county(mention.entries, context)


# "Hardin county fairgrounds", "University of ...", "between Pearl and Olive streets".
_NOT_A_TOWN_AFTER = re.compile(
    r"\s+(?:(?i:county|parish|borough|township)\b|of\s+(?:the\s+)?[A-Z]"
    r"|(?:and|&)\s+[A-Z][\w'’-]*\s+(?i:streets|avenues|roads|boulevards|drives|lanes)\b)"
    r"|(?:\s+(?i:streets|avenues|roads|boulevards|drives|lanes)\b)")


def _plain_spelling_only(text: str, mention: Mention, entry: GazetteerEntry) -> bool:
    """A town under 100,000 whose listed name has diacritics the text leaves out."""
    return entry.kind == "city" and entry.population < _TOWN and not entry.name.isascii() \
        and text[mention.start:mention.end].isascii() and entry.country != "US"


def _village_here(text: str, mention: Mention, entry: GazetteerEntry, context: Context,
                  located: bool) -> bool:
    """A village is read only where the text places it (a locative of place, not of motion,
    or its people: "near Topaipi", "a Caloto farmer") and the article's other names are in its
    country (its state, in the US): small places share names with people and with villages
    elsewhere."""
    chained = entry.country != "US" and _links_into_its_country(text, mention, entry)
    if not (located or chained or _RESIDENT_AFTER.match(text, mention.end, mention.end + 24)):
        return False
    if _ORIGIN_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return False  # "machinery was on its way from Wabag": where things come from or go
    if entry.country == "US":
        # In a US story that names no state, a village whose name is no string of ordinary
        # words ("in Lithonia"; not "at Central High", "in New Town").
        common = load_gazetteer().common_words
        return (bool(entry.admin1) and context.names_state(entry.admin1, mention.surface)) or (
            not context.states and context.names_country("US", mention.surface)
            and not all(word in common for word in mention.surface.split()))
    # (the name's first mention only: "in the area of Vasylivka ... near Vasylivka" has read the
    # first as a town the gazetteer lacks, and a reading of the second would list it twice)
    return context.names_country(entry.country, mention.surface) or (
        located and _the_only_place_so_named(mention, context)
        and text.find(text[mention.start:mention.end]) == mention.start)


def _the_only_place_so_named(mention: Mention, context: Context) -> bool:
    """"SUKMA: Three jawans were killed ..., police said in Raipur", "sent down to Ingham ...
    Townsville": a village that a locative or a dateline places, whose name no other place of
    the gazetteer bears and no word or person of the text shares, where each of the article's
    other names may lie in the village's country (one at least): a district paper names its
    towns, not its country, and "Raipur" (India or Bangladesh) says India as well as a doubt
    can. A lone village name ("in Derna", a Romanian village's name for the Libyan city) or one
    beside a name that cannot lie in its country ("the Bellagio" beside Las Vegas) is not read."""
    surface = mention.surface
    common = load_gazetteer().common_words
    if len(mention.entries) != 1 or weak_name(surface, context.people) or \
            all(word in common for word in surface.split()):
        return False
    country = mention.entries[0].country
    others = [codes for name, codes in context.possible.items() if name != surface]
    return bool(others) and all(country in codes for codes in others)


# "in barrio Maria, Arboletes, Antioquia, Colombia": a link of an address chain, before the
# next (capitalized) link.
_CHAIN_LINK_AFTER = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?P<next>[A-Z][\w'’-]+(?:[ \t]+(?:(?:de|del|do|da|dos|das|la|las"
    r"|los)[ \t]+)*[A-Z][\w'’-]+)*),")


def _links_into_its_country(text: str, mention: Mention, entry: GazetteerEntry) -> bool:
    """The name heads an address chain whose next link is a place of the village's own
    country ("Arboletes, Antioquia, Colombia"; not "Baga, Borno State, ..." for a Baga of
    another country)."""
    link = _CHAIN_LINK_AFTER.match(text, mention.end)
    if link is None:
        return False
    # The whole link names the place, its rank word aside ("Borno State", "Ancash Region");
    # "Ararat Holdings" is a company, whatever its first word.
    name = fold(_RANK_WORD.sub("", link.group("next")))
    gazetteer = load_gazetteer()
    # A three-letter region is a link too ("Benin, Edo, Nigeria"): in an address the comma
    # after it says what its rank word says elsewhere.
    return any(e.country == entry.country and e.kind in ("region", "country")
               for e in (*gazetteer.lookup(name), *gazetteer.short_regions.get(name, ())))


_RANK_WORD = re.compile(rf"[ \t]+(?:{'|'.join(_RANK_NAMES)})$")


def _city_heading_an_address(text: str, mention: Mention, entry: GazetteerEntry | None
                             ) -> GazetteerEntry | None:
    """"in Benin, Edo, Nigeria": a country's name at the head of an address whose next link is
    a region of another country is the city of that country the gazetteer lists under the
    name (Benin City); a country does not lie inside another country's state."""
    if entry is None or entry.kind != "country" or \
            _links_into_its_country(text, mention, entry):
        return entry
    return next((e for e in mention.entries
                 if e.kind == "city" and _links_into_its_country(text, mention, e)), entry)


def _special_reading(
    text: str, mention: Mention, entry: GazetteerEntry, context: Context, located: bool
) -> bool | None:
    """The verdict for a neighborhood named after a town and for a country that is also a
    given name; None for every other name."""
    surface = mention.surface
    neighborhood = _NEIGHBORHOOD.match(text, mention.end) or _CITYS_BEFORE.search(
        text, max(0, mention.start - 14), mention.start)
    if neighborhood and entry.kind == "city" and entry.country == "US":
        # "the city's Austin neighborhood": a town's name used for a part of another city
        # counts only where the article's other names put it in the town's own state.
        return bool(entry.admin1) and context.names_state(entry.admin1, surface)
    if surface in GIVEN_NAME_COUNTRIES and entry.kind == "country":
        # "Jordan scored 30 points": the country needs a locative or another name for it
        # ("Jordanian", "Amman"), its possessive ("Jordan's King Abdullah") or a list.
        possessive = text.startswith(("'s", "’s"), mention.end)
        return (located or context.names_country(entry.country, surface) or possessive
                or _listed_with_country(text, mention))
    return None


def _alternate_abroad(text: str, mention: Mention, entry: GazetteerEntry,
                      context: Context) -> bool:
    """"Alejandria, Antioquia", "Iskandariyah, Babil, Iraq": a name that matches a city only as
    one of its alternate names (Alexandria, Egypt), written at the head of an address that
    other names set in another country, is another place (there, and unlisted)."""
    surface = mention.surface
    if entry.kind != "city" or fold(entry.name)[:4] == surface[:4] or \
            context.names_country(entry.country, surface) or \
            not _ADDRESS_AFTER.match(text, mention.end):
        return False
    return bool(context.other_countries(surface) - {entry.country})


# ", Saladin governorate": the next link of an address, after the name's own rank word if
# it has one ("Yathrib town, ...", "Kanan area, ...").
_ADDRESS_AFTER = re.compile(
    r"(?:[ \t]+(?:town|city|village|area|district|sub-?district|municipality|suburb"
    r"|neighbou?rhood))?,\s+[A-Z]")


def _in_named_country(entry: GazetteerEntry, context: Context, surface: str) -> bool:
    """Whether the article is set in the place's country: another name points there, or the
    name alone does and the article is not plainly set in another country, which two other
    names would show ("Kade" in a story about Ohio is a boy, not the town in Ghana)."""
    if context.names_country(entry.country, surface):
        return True
    if entry.country not in context.countries:
        return False
    return entry.kind == "region" or not any(
        len(names - {surface}) >= 2
        for code, names in context.countries.items() if code != entry.country
    )


_LIST_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:,| and| or) $")
_LIST_AFTER = re.compile(r"(?:,| and| or) ([A-Z][\w.]*(?: [A-Z][\w.]*)?)")


def _listed_with_country(text: str, mention: Mention) -> bool:
    """"Russia and Georgia", "Chad, Niger and Mali": a name listed beside a country's."""
    before = _LIST_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    after = _LIST_AFTER.match(text, mention.end)
    gazetteer = load_gazetteer()
    return any(
        any(entry.kind == "country" for entry in gazetteer.lookup(fold(match.group(1))))
        for match in (before, after) if match is not None
    )


def _where_it_happened(text: str, accepted: list[tuple[Mention, GazetteerEntry]]
                       ) -> list[tuple[Mention, GazetteerEntry]]:
    """A country named as an actor ("Turkey condemned the attack"), a nationality ("a French
    tourist") or a reaction is not where the event happened. A country counts as a place when
    the text locates something in it: a locative ("in Nigeria", "across northern Mali"), a
    dateline, or a chain after a place ("Kabul, Afghanistan"). When the article places nothing
    anywhere, the caller keeps its countries as the best reading left."""
    return [(m, e) for i, (m, e) in enumerate(accepted)
               if not (e.kind == "country" or m.demonym) or m.qualifier is not None
               or _located_in_country(text, m) or _is_dateline(text, m)
               or (i > 0 and _contains_previous(text, accepted[i - 1], m, e))
               or (not m.demonym and _closes_address(text, m))]


# "rockets fired from southern Lebanon", "fled into northern Mali": a part of the land
# named by its compass word is still where things come from or go.
_ORIGIN_BEFORE = re.compile(r"\b(?=[A-Za-z])"
                            r"(?:from|to|toward|towards|into)\s+(?:the\s+)?"
                            r"(?:(?:north|south|east|west|central|north-?east|north-?west"
                            r"|south-?east|south-?west)(?:ern)?\s+)?$", re.IGNORECASE)


# "30 km from the border with Libya", "close to Mali's border", "near the Mali frontier", "the
# boundary between Niger and Mali": a country named as the far side of a border the event lies
# near (a nationality before "border" is read by `_LAND_AFTER`).
_BORDER_BEFORE = re.compile(r"\b(?:borders?|frontiers?|boundary|boundaries)\s+(?:with|of|between)"
                            r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+)?$")
# (Not "the Kenya border town of Mandera", "the Lebanese border village of Khiam": land of
# that country by its border; a nationality is read by `_LAND_AFTER`.)
_BORDER_AFTER = re.compile(r"(?:'s|’s)?\s+(?:borders?|frontiers?|boundary)\b(?![\s-]+(?:towns?"
                           r"|villages?|city|cities|districts?|areas?|regions?|provinces?"
                           r"|posts?|crossings?|settlements?|communit(?:y|ies)|camps?)\b)")


def _beyond_a_border(text: str, mention: Mention) -> bool:
    return bool(_BORDER_BEFORE.search(text, max(0, mention.start - 60), mention.start)
                or (not mention.demonym and _BORDER_AFTER.match(text, mention.end)))


def _located_in_country(text: str, mention: Mention) -> bool:
    """"in Nigeria", "across northern Mali"; not "leaders from India", "flew to France"; a
    nationality after a locative only where it qualifies land ("in the Nigerian capital",
    "on Syrian soil"), not people or bodies ("at French soldiers", "at the Turkish
    consulate")."""
    before = text[max(0, mention.start - 40):mention.start]
    return _located(text, mention) and not _ORIGIN_BEFORE.search(before) and \
        not (mention.demonym and not _qualifies_land(text, mention.end)) and \
        not _ORIGIN_ASIDE.search(text, max(0, mention.start - _ASIDE_WINDOW), mention.start) \
        and not _beyond_a_border(text, mention)


# What a nationality adjective qualifies when it names where something is: "the Nigerian
# capital Abuja", "a Colombian border town", "Rwandan soil", "Syrian government-held
# territory"; a listed place right after it ("Iraqi Kurdistan") too. Not its border alone:
# "near the Eritrean border" places the event beside Eritrea, mostly on the other side.
_LAND_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:city|cities|town|towns|village|villages|capital|state"
    r"|states|province|provinces|region|regions|territory|territories|soil|waters|airspace"
    r"|side|part|countryside|coast|coastline|enclave|district|county"
    r"|port|island|islands|mainland|interior|land|lands|shore|zone|desert|highlands|hinterland"
    r"|heartland|republic|enclaves|settlement|settlements|municipality|governorate|jail|jails"
    r"|prison|prisons|custody|base|bases|camp|camps)\b"
    r"(?![\s-]+(?:guards?|police|officers?|troops|forces|patrols?|agents?|officials?|security"
    r"|authorities|army|media|television|tv|radio|news|company|companies|firm|workers?"
    r"|employees?|run|owned|backed|sponsored|department)\b)")
_CAPITALIZED_NEXT = re.compile(r"\s+([A-Z][\w'’-]*)")


def _qualifies_land(text: str, end: int) -> bool:
    if _LAND_AFTER.match(text, end, end + 60):
        return True
    following = _CAPITALIZED_NEXT.match(text, end, end + 40)
    return following is not None and any(
        entry.kind in ("region", "city") for entry in load_gazetteer().lookup(
            fold(following.group(1))))


def _contains_previous(text: str, previous: tuple[Mention, GazetteerEntry], mention: Mention,
                       entry: GazetteerEntry) -> bool:
    """"Kabul, Afghanistan": a country right after a smaller place inside it."""
    place, place_entry = previous
    return text[place.end:mention.start].strip() == "," and place_entry.kind != "country" \
        and place_entry.country == entry.country


_ADDRESS_LINK_BEFORE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:province|state|district|county|region|governorate|department"
    r"|municipality|oblast|prefecture|\([A-Z][a-z]+\)))?,\s+$")


def _closes_address(text: str, mention: Mention) -> bool:
    """"in La Pacha, Colombia", "Ghorak District, Kandahar Province, Afghanistan": a country
    that ends an address chain after a name (one the gazetteer may not hold); not "FARC,
    Colombia's largest rebel group"."""
    link = _ADDRESS_LINK_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if link is None or text.startswith(("'s", "’s"), mention.end) or \
            verb_follows(text, mention.end):
        return False
    # "France, Spain and Germany sent condolences": a list of countries is no address.
    before = link.group().split(",")[0].split()
    return not (len(before) == 1 and any(
        entry.kind == "country" for entry in load_gazetteer().lookup(fold(before[0]))))


def _located(text: str, mention: Mention) -> bool:
    """A locative preposition before the name: "in Aurora", "north of Mosul"; or before the
    list the name ends: "between Aurora and Naperville", "in the towns of X, Y and Z"."""
    return _locative_before(text, mention.start) or _located_in_list(text, mention)


@functools.lru_cache(maxsize=512)
def _locative_before(text: str, start: int) -> bool:
    """Whether a locative ends right before `start`. Four readers of a name ask it of the same
    mention (a name's reading, its compounds, the aside and the town tests): a cache of the
    last few hundred answers (the text's hash is kept by the string) searches once."""
    return bool(_LOCATIVE_BEFORE.search(text[max(0, start - 40):start]))


def _located_in_list(text: str, mention: Mention) -> bool:
    """"between Liborina and Tocaima": the list's first name is a listed place; not streets
    ("near Turk and Taylor streets", "near Yosemite Avenue and Cleveland") nor people
    ("an argument between Parish and Davis")."""
    match = _LOCATED_LIST_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    if match is None or _STREETS_AFTER.match(text, mention.end) or \
            _STREET_AFTER.search(match.group()):
        return False
    first = fold(match.group("first"))
    entries = load_gazetteer().lookup(first)
    if first in NOT_PLACES or first in COMMON_WORD_NAMES:
        return any(e.population >= _BIG_CITY for e in entries)  # "Phoenix", not "Davis"
    return bool(entries)


_LIST_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:de|del|la|al|el|of)[ \t]+)?[A-Z][\w'’.-]*){0,3}"
# A later conjunct of a list of places after a locative: the preposition locates them all.
_LOCATED_LIST_BEFORE = re.compile(
    rf"\b(?:between|in|near|outside|around|across)\s+(?:the\s+)?(?:(?:towns|villages|cities"
    rf"|municipalities|districts|provinces|states|communities|neighbou?rhoods)\s+of\s+)?"
    rf"(?P<first>{_LIST_NAME})(?:,[ \t]+{_LIST_NAME}){{0,4}},?[ \t]+(?:and|or)[ \t]+$")
_STREETS_AFTER = re.compile(
    r"\s+(?:streets|avenues|roads|boulevards|drives|lanes|roads|sts\.?|aves\.?)\b", re.IGNORECASE)


def _reads_as_place(
    text: str, mention: Mention, entry: GazetteerEntry, context: Context, surface: str
) -> bool:
    """A name that is mostly a word or a person's ("Most", "Mobile", "Young", "Victoria"):
    a place after a locative, not heading an organization's name ("University of Chicago"),
    and for a town its state (in the US) or its country named by the article's other names."""
    if _REGION_HEAD_AFTER.match(text, mention.end):
        return True  # "Chin State", "Van province"
    upper_dateline = text[mention.start : mention.end].isupper() and _is_dateline(text, mention)
    resident = _RESIDENT_AFTER.match(text, mention.end, mention.end + 24)
    if not (_located(text, mention) or upper_dateline or resident):
        return False
    if _OF_NAME_AFTER.match(text, mention.end):
        return False
    if entry.population >= _COMMON_WORD_CITY:
        return True
    if entry.country == "US":
        state = bool(entry.admin1) and context.names_state(entry.admin1, surface)
        # A sizeable US city read as a place, in an article set in the US ("in Gary"); any US
        # town the text itself reads as a place twice ("in Monroe" ... "Monroe police"), when
        # the article's other names do not point abroad.
        return state or (entry.population >= _SIZEABLE_US_CITY and "US" in context.countries) \
            or (surface in context.placed and not _abroad(context, surface))
    return context.names_country(entry.country, surface)


def _abroad(context: Context, surface: str) -> bool:
    """Whether the article's other names point to places abroad, at least two of them, and
    none to the US ("Hays district" among Yemeni places is not Hays, Kansas)."""
    others = context.other_countries(surface)
    if "US" in others:
        return False
    names = {name for code in others for name in context.countries[code]} - {surface}
    return len(names) >= 2


def opens_as_dateline(text: str, place: Place | Mention, *, any_line: bool = False) -> bool:
    """Whether the name at `place` heads a wire dateline: "SPRINGFIELD, Ill. (AP) —", "Dayton
    -", "CUCUTA, Colombia, Feb 10 -", "PESHAWAR:". The name opens the text's first line, or
    the line after a headline (`find_places` reads the title before the text); with
    `any_line`, any line (an entry of a list headed by its town). A colon closes a dateline
    only after a name in capitals or after a date ("Srinagar, Mar 2:"), not "Police: teen
    shot". The one test of a dateline: the places, dates and cluster readers all ask it."""
    if place.start < 0:
        return False
    line_start = text.rfind("\n", 0, place.start) + 1
    if text[line_start:place.start].strip() or (
            not any_line and "\n" in text[:line_start].strip()):
        return False
    after = DATELINE_AFTER.match(text[place.end:place.end + _DATELINE_REACH])
    if after is None:
        return False
    return after.group("colon") is None or after.group("part") is not None or \
        text[place.start:place.end].isupper()


def _is_dateline(text: str, mention: Mention) -> bool:
    """A dateline on any line (`opens_as_dateline`), or "2 March 2009 – Toribío (Cauca):
    ...": the town that heads an entry after its date stamp."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    stamp = ENTRY_DATE_STAMP.match(text, line_start, mention.start)
    if stamp is not None and stamp.end() == mention.start:
        return bool(_ENTRY_HEAD_AFTER.match(text, mention.end))
    return opens_as_dateline(text, mention, any_line=True)


# What follows the town at an entry's head: its bracketed region, a colon, a bar or a dash
# ("Toribío (Cauca):", "Bannu: ...", "Ghazni | IED"), or its region after a comma ("Baqubah,
# Iraq: ...").
_ENTRY_HEAD_AFTER = re.compile(r"\s*(?:\(|[:|–—]|-\s)|,\s+[A-Z][\w'’ -]{1,30}\s*(?:\(|[:|–—]|-\s)")


_RUN_BEFORE = re.compile(rf"(?:{_WORD}[ \t]+)+$")


def _unlisted_town(text: str, mention: Mention, entry: GazetteerEntry) -> Place | None:
    """"FORT TOWSON, Okla.": a town the gazetteer does not hold in the state its qualifier
    names is the whole name before the comma, not the listed town its last word matched."""
    if mention.qualifier is None or entry.lat is not None or entry.kind != "city":
        return None
    line_start = text.rfind("\n", 0, mention.start) + 1
    before = _RUN_BEFORE.search(text, max(line_start, mention.start - 40), mention.start)
    if before is None:
        return None
    words = text[before.start():mention.start].split()
    while words and (fold(words[0]) in _FUNCTION_WORDS or fold(words[0]) in _TITLES):
        words = words[1:]
    if not words:
        return None
    start = mention.start - len(" ".join(words)) - 1
    if text[start:mention.start] != " ".join(words) + " ":
        return None  # words spaced unevenly: keep the listed name
    written = text[start:mention.end]
    name = string.capwords(written) if written.isupper() else written
    return replace(_place(entry, start, mention.end), name=name)


# The rest of a dateline in capitals after its listed first word: "LAKKI MARWAT:", "DERA
# BUGTI -" (up to three words, then the dateline's colon, dash, comma or bracket).
_DATELINE_REST = re.compile(r"(?:[ \t]+[A-Z][A-Z'’.-]+){1,3}(?=[ \t]*(?::|—|–|--|-[ \t]|,|\())")


def _whole_dateline(text: str, mention: Mention, entry: GazetteerEntry, context: Context
                    ) -> Place | None:
    """"LAKKI MARWAT: Three policemen ...": a dateline in capitals names its town whole, where
    the gazetteer holds only its first word (Lakki); the town keeps that entry's reading, where
    the article's other names are in its country ("BENI WALID:" is no Beni of Congo)."""
    written = text[mention.start:mention.end]
    if entry.kind != "city" or not written.isupper() or \
            text[text.rfind("\n", 0, mention.start) + 1:mention.start].strip():
        return None
    rest = _DATELINE_REST.match(text, mention.end)
    gazetteer = load_gazetteer()
    # not "MOGADISHU SOMALIA:", "KABUL NORTH -", "CHAMAN BORDER:", "SALEM SHOOTING:": a
    # country, a compass word, a noun heading a place's part or any ordinary word after the town
    if rest is None or any(fold(word) in _FUNCTION_WORDS or fold(word) in _PLACE_HEADS
                           or fold(word) in gazetteer.common_words or any(
            e.kind != "city" for e in gazetteer.lookup(fold(word)))
            for word in rest.group().split()) or not context.names_country(
                entry.country, mention.surface):
        return None
    whole = text[mention.start:rest.end()]
    return replace(_place(entry, mention.start, rest.end()), name=string.capwords(whole))


def _as_written(text: str, mention: Mention, entry: GazetteerEntry) -> Place:
    """The place under the gazetteer's name; but a name written without the Arabic article
    the gazetteer gives it ("Qamishli" for Al Qāmishlī) keeps the text's spelling, the one
    English sources use, with the listed city's coordinates."""
    place = _place(entry, mention.start, mention.end)
    listed = fold(entry.name)
    if mention.surface and listed != mention.surface and (
            listed[-len(mention.surface) - 1:] in (f" {mention.surface}", f"-{mention.surface}")
            or (listed.startswith(mention.surface)
                and _BILINGUAL_PART.match(listed, len(mention.surface)) is not None)):
        # "Vitoria", "Donostia": one of the two names of a bilingual city, as written
        return replace(place, name=text[mention.start:mention.end])
    return place


_BILINGUAL_PART = re.compile(r"\s*/")


def _place(entry: GazetteerEntry, start: int, end: int) -> Place:
    return Place(
        name=entry.name, kind=entry.kind, country=entry.country,
        lat=entry.lat, lon=entry.lon, start=start, end=end,
    )


_CIVIC_VENUE = re.compile(r"\b(?=[A-Za-z])(?:City|Town)\s+Hall$|\bPolice\s+Station$|\bCourthouse$")


def _small_inside_venue(place: Place, venues: list[Place]) -> bool:
    """"Westfield" in "Westfield Mall" is the mall's name, "Benghazi" in "Benghazi Medical
    Centre" still the city: a town's name inside a venue's name counts only for big places."""
    inside = [v for v in venues if v.start <= place.start < v.end]
    if place.kind != "city" or not inside:
        return False
    if any(_CIVIC_VENUE.search(v.name) for v in inside):
        return False  # "Dayton City Hall", "Leeds Police Station": the town's own building
    entries = load_gazetteer().lookup(fold(place.name))
    return not any(e.population >= _BIG_CITY and e.lat == place.lat for e in entries)


def _main_country(places: list[Place]) -> str | None:
    """The country most places of the article lie in: the country of its venues."""
    counts: dict[str, int] = {}
    for place in places:
        if place.country:
            counts[place.country] = counts.get(place.country, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None


def _identity(place: Place) -> PlaceKey:
    return (place.name, place.kind, place.country, place.lat)


def _first_mentions(places: list[Place], later: frozenset[PlaceKey] = frozenset()
                    ) -> tuple[Place, ...]:
    """Each place once, at its first mention, in text order, those of `later` after the
    others."""
    seen: set[PlaceKey] = set()
    unique: list[Place] = []
    for place in sorted(places, key=lambda p: (_identity(p) in later, p.start)):
        key = _identity(place)
        if key not in seen:
            seen.add(key)
            unique.append(place)
    return tuple(unique)
