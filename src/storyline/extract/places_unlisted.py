"""Settlements no gazetteer lists, found by how the text places them.

The offline gazetteer holds cities of some size; villages, towns and districts where many
attacks happen are not in it. The constructions that locate a place name it anyway:
- a settlement noun after the name: "Machuca village", "Tessalit town", "Marazi area", "in the
  Khogyani district", "Ghorak District"; "the Bacho district of Narathiwat" names both;
- a settlement noun before it: "the town of Seibert", "the coastal resort of Kafountine", "on
  the outskirts of Dingba", "Barangay Talahid" (the local word for a village or ward);
- an apposition that says what it is: "in Orio, a coastal town in the Basque Country";
- an address chain down from a known larger place, the way datelines and reports locate a
  place: "in Tuquerres, Narino state, Colombia", "in Kesia Tola, Gopiballavpur, Jhargram,
  West Bengal, India": every link before a known place is a place inside it;
- "in X in southern Colombia", "in X in the state of Hidalgo": a name located inside a known
  place (only when the name is not an ordinary English word: "in Parliament in Kenya");
- a US town and its state: "Campbellsburg, Indiana", "of Poynette, Wis.";
- a dateline: "GRANITE FALLS, N.C. (AP) -", "MORETOWN —", "Felton, MN (WDAY) -".
Such a place has kind "city" (a settlement or a part of one; "region" for districts and
counties), the country of the larger place it is set in (else the article's main country) and
no coordinates.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence

from storyline.extract.claims_lexicon import GROUP_ALIASES
from storyline.extract.gazetteer import Gazetteer, fold, is_village, load_gazetteer
from storyline.extract.gazetteer_tables import CALENDAR_WORDS, COMMON_WORD_NAMES
from storyline.extract.places_scan import NAME_PREFIXES, finditer_at, name_starts, search_at
from storyline.extract.streets import street_types
from storyline.records import Place, PlaceKind

__all__ = ["BEARING", "DISTANCE", "ENTRY_DATE_STAMP", "ROUTE_NOUNS", "find_unlisted",
           "towns_on_routes", "verb_follows"]

_NAME = (rf"(?:(?:{'|'.join(NAME_PREFIXES)})-)?[A-Z][\w'’-]*"
         r"(?:\s+(?:(?:de|del|la|el|al|ad|of|du|di|da|do)\s+)?(?:(?:al|el)-)?[A-Z][\w'’-]*){0,3}")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# The date that opens an entry of a list of incidents, before its separator: "2 March 2009 –
# ", "13 Aug 2008 | ", "2016-06-18 | ", "Jan 7, 2017 - ", "06/29/2010: " (the town that follows
# heads the entry, as a dateline heads a report).
ENTRY_DATE_STAMP = re.compile(
    rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[ \t]*(?:[–—|:-]|,)[ \t]*")
_SETTLEMENT_NOUNS: dict[str, PlaceKind] = {
    "city": "city", "town": "city", "village": "city", "villages": "city",
    "municipality": "city", "locality": "city", "township": "city", "borough": "city",
    "commune": "city",
    "settlement": "city", "hamlet": "city", "camp": "city", "neighborhood": "city",
    "neighbourhood": "city", "area": "city", "suburb": "city", "quarter": "city",
    "resort": "city", "port": "city", "enclave": "city", "outskirts": "city",
    "district": "region", "subdistrict": "region", "sub-district": "region", "county": "region",
    "tehsil": "region", "governorate": "region", "province": "region", "department": "region",
    "state": "region", "region": "region", "division": "region", "lga": "region",
    "regency": "region", "prefecture": "region", "oblast": "region", "agency": "region",
    "constituency": "region",
    # Local words for a village, a ward or a rural district, written after the name too
    # ("Kibanban barangay", "Por Ming tambon", "Bagmara upazila", "Kolofata chiefdom").
    "barangay": "city", "tambon": "city", "corregimiento": "city", "vereda": "city",
    "mohalla": "city", "kebele": "city", "sitio": "city", "seaport": "city",
    "upazila": "region", "chiefdom": "region",
    # The ranks of Ethiopia's and Nepal's administration between district and region ("Dera
    # woreda", "Borena zone", "Sagarmatha zone"): lower case after a name, as "district" is.
    "woreda": "region", "zone": "region",
    # The other ranks between region and village that conflict notes write after a name:
    # Mali's and Niger's "Koro cercle", France's and West Africa's "arrondissement", the former
    # Soviet "raion" / "rayon", Thailand's "amphoe", South Asia's "taluka" / "taluk" /
    # "mandal", Uganda's and Kenya's "sub-county"; and the settlements below them, Central
    # America's "canton", "aldea", "colonia", Latin America's "municipio".
    "cercle": "region", "arrondissement": "region", "raion": "region", "rayon": "region",
    "amphoe": "region", "taluka": "region", "taluk": "region", "mandal": "region",
    "sub-county": "region", "subcounty": "region",
    "canton": "city", "aldea": "city", "colonia": "city", "municipio": "city",
    # The DR Congo's and Russia's rank between province and town ("Masisi territory",
    # "Stavropol territory"); a people's or a group's territory is none (`_with_nouns`).
    "territory": "region",
    # "the Spanish island of Tenerife", "Lamu island": the island, as a part of the land that
    # people live on, is where the event happened (a settlement's kind, as "area" has).
    "island": "city",
}
# Capitalized, these nouns mostly end an institution's name ("Health Department", "Islamic
# State", "Bay Area", "Boot Camp"); only these still name a place: "Ghorak District".
_CAPITALIZED_NOUNS = ("District", "Subdistrict", "Sub-district", "Province", "Governorate",
                      "Municipality", "Village", "Township", "Borough", "Tehsil", "Commune",
                      "Regency",
                      "Prefecture", "Oblast", "Upazila", "Chiefdom", "Barangay", "Tambon")
_NOUN_AFTER = "|".join([*_SETTLEMENT_NOUNS, *_CAPITALIZED_NOUNS])
# "Caucasus Province of the Islamic State": a capitalized noun followed by "of the" heads a
# name; "the Khogyani District of Nangarhar Province" is a district.
_WITH_NOUN = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})\s+(?:(?P<noun>{'|'.join(_SETTLEMENT_NOUNS)})"
    rf"|(?P<title>{'|'.join(_CAPITALIZED_NOUNS)})(?!\s+of\s+the\b))\b")
# Local words for a village or a ward, written before its name.
_LOCAL_NOUNS = ("Barangay", "Sitio", "Purok", "Tambon", "Kampung", "Desa", "Kebele", "Vereda",
                "Corregimiento", "Barrio", "Aldea", "Mohalla", "Mahalla", "Kibbutz", "Moshav")
# "the area of Main and Perry Street" names streets: "area" only counts after the name.
_BEFORE_NOUNS = [noun for noun in _SETTLEMENT_NOUNS if noun != "area"]
# (The lookahead names every letter a match can open with, "the", a capital, a local noun's
# initial: the three branches are entered only there, twice as fast, the same matches.)
_NOUN_BEFORE = re.compile(
    rf"(?=[tA-Z{''.join(sorted({n[0].lower() for n in _LOCAL_NOUNS}))}])(?:"
    rf"(?:\bthe|(?<![\w'’-])[A-Z][\w-]*(?:'s|’s))\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?P<noun>{'|'.join(_BEFORE_NOUNS)})\s+of\s+(?P<name>{_NAME})"
    rf"|\b(?:{'|'.join(f'[{n[0]}{n[0].lower()}]{n[1:]}' for n in _LOCAL_NOUNS)})"
    rf"\s+(?P<local>{_NAME}))")
# "about 40 km north of", "some 12 miles from", "five kilometres outside": a distance that sets
# a place against a known one. Public: the clusterer reads towns measured from the same way.
DISTANCE = (r"(?:(?:about|some|around|roughly|nearly|approximately|just|only|over|more\s+than"
             r"|less\s+than|almost)\s+)?(?:\d+(?:[.,]\d+)?|a\s+few|a|one|two|three|four|five|six"
             r"|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
             r"|seventy|eighty|ninety|hundred)[\s-]*(?:km|kms|kilometers|kilometres|kilometer"
             r"|kilometre|miles|mile|mi)\s+(?:to\s+the\s+)?(?:(?:north|south|east|west"
             r"|northeast|northwest|southeast|southwest|north-east|north-west|south-east"
             r"|south-west)(?:ern)?\s+of|from|outside|away\s+from|off|of)")
_APPOSITION = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME}),\s+an?\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{'|'.join(_SETTLEMENT_NOUNS)}|community)\s+"
    rf"(?:in|of|near|outside|on|north|south|east|west|{DISTANCE})\b")
# The preposition may open a sentence ("In Alejandria, Antioquia, Colombia, ...").
# "passing through X, Algeria", "in eastern X, Iraq": a route and a part of the town locate too.
# An attack's verb takes the address as its object as a locative would ("armed men attacked
# Bankilare, Tillaberi region, killing 5", "shelled Hays, Al Hudaydah").
_ATTACK_VERBS = "attacked|raided|stormed|overran|shelled|bombed|ambushed|besieged"
_LOCATIVE = r"\b(?:in|In|at|At|near|Near|outside|Outside|of|from|around|into|toward|towards" \
    rf"|{_ATTACK_VERBS}" \
    r"|through|Through|across|Across)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western" \
    r"|central|northeastern|northwestern|southeastern|southwestern|downtown)\s+)?"
_ELEMENT = rf"{_NAME}(?:\s+(?:{_NOUN_AFTER})\b)?"
# (A later link may carry a compass word: "outside Mong Hsu, southern Shan state".)
_CHAIN = re.compile(
    rf"{_LOCATIVE}(?P<chain>{_ELEMENT}(?:,\s+(?:the\s+)?(?:(?:northern|southern|eastern"
    rf"|western|central|north-?eastern|north-?western|south-?eastern|south-?western|upper"
    rf"|lower)\s+)?{_ELEMENT}){{1,5}})")
# (An attack's verb takes the place as its object here too, set by a distance: "rebels
# attacked Eringeti, some 55 km north of Beni"; a person is attacked "near" a town, never
# "40 km from" it.)
# The nouns of an attack take the place as their object after "on" or "against", as the
# verbs do ("an attack on Mitope, in Ancuabe district", "the raid on Dogo Nahawa, south of
# Jos", "an offensive against X, 20 km from Y").
_ATTACK_NOUNS = (r"(?:attacks?|raids?|assaults?|offensives?|ambush(?:es)?|incursions?|advances?"
                 r"|strikes?|airstrikes?|shelling|bombardments?|bombings?|push|onslaughts?)"
                 r"\s+(?:on|against|upon)")
# A bare compass bearing, set off by a comma: "X, south of Y".
BEARING = (r"(?:(?:just|some\s+way|far)\s+)?(?:north|south|east|west|north-?east|north-?west"
            r"|south-?east|south-?west)(?:ern)?\s+of")
_INSIDE = re.compile(
    rf"\b(?P<prep>in|In|at|At|near|Near|outside|of|from|{_ATTACK_VERBS}|{_ATTACK_NOUNS})\s+"
    rf"(?P<name>{_NAME})"
    rf"(?P<comma>,)?\s+(?P<set>in|near|{DISTANCE}|{BEARING})\s+"
    r"(?:the\s+)?(?:(?:city|town|provincial\s+capital|capital|village|regional\s+capital)"
    r"\s+of\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern"
    r"|northwestern|southeastern|southwestern|state|province|region|district|department)"
    r"\s+(?:of\s+)?)?(?P<inside>[A-Z]|(?<=the\s)(?:town|city|village|capital|camp|base|border"
    r"|frontier)\b)")
_IS_DISTANCE = re.compile(DISTANCE)
_IS_BEARING = re.compile(BEARING)
_ATTACK_NOUN = re.compile(_ATTACK_NOUNS)
# "in Kaabong district", "in Ancuabe District": the text names the place's rank, a place known
# to it even where the gazetteer lacks it.
_RANKED_NAME = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:district|province|county|region|state"
    r"|governorate|department|LGA|woreda|zone|territory|municipality|tehsil|upazila|township"
    r"|division|District|Province|County|Region|State|Governorate|Department|Township|Division)\b"
    r"(?![ \t]+[A-Z])")  # (not an institution's name: "East State Fair", "Kent District Court")
# Capitalized words that head a sentence or a phrase without naming a place.
_NOT_NAMES = frozenset({
    "the", "a", "an", "in", "at", "on", "this", "that", "his", "her", "their", "its", "our",
    "police", "security", "government", "army", "military", "local", "nearby", "same",
    "another", "one", "two", "three", "each", "every", "no", "capital", "border", "tribal",
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "unknown", "suspected", "assailants", "gunmen", "attackers",
    "militants", "rebels", "soldiers", "officials", "authorities", "residents", "state",
    "federal", "national", "provincial", "municipal", "district", "city", "town", "village",
    "rural", "urban", "remote", "unnamed", "unspecified", "several", "various", "both",
    "coastal", "mining", "mountain", "mountainous", "small", "large", "troubled", "volatile",
    "restive", "neighbouring", "neighboring", "home", "metro", "greater", "inner", "of",
    "northeast", "northwest", "southeast", "southwest", "side",
})
# Words that end an institution's name before a settlement noun: "School District", "Police
# District", "Historic District", "Water District".
_INSTITUTIONS = frozenset({
    "school", "schools", "police", "fire", "water", "sewer", "congressional", "judicial",
    "election", "electoral", "military", "historic", "business", "financial", "shopping",
    "industrial", "special", "free", "trade", "economic", "health", "hospital", "library",
    "park", "parks", "transit", "sanitation", "irrigation", "conservation", "court", "courts",
    "legislative", "senate", "assembly", "federal", "district", "county", "city", "state",
    "university", "college", "community", "public", "unified", "independent", "regional",
    "services", "service", "protective", "command", "affairs", "security", "corrections",
    "precinct", "high",
})
# "MORETOWN —", "GRANITE FALLS, N.C. (AP) -", "Felton, MN (WDAY TV) -", "Killingly (AP) —".
_DATELINE = re.compile(
    r"^[ \t]*(?:TOWN\s+OF\s+)?(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"(?:,[ \t]*(?P<state>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?))?,?[ \t]*"
    r"(?P<agency>\([^)\n]{1,30}\))?[ \t]*(?:—|–|--|-[ \t]|_)", re.MULTILINE)
# A word in capitals at a line's start that is a label, not a town.
_LABELS = frozenset({
    "update", "updated", "breaking", "video", "photos", "photo", "watch", "live", "editor's",
    "note", "correction", "advertisement", "related", "previously", "read", "more", "opinion",
    "analysis", "exclusive", "developing", "police", "warning", "graphic", "audio", "listen",
    "sponsored", "copyright", "by", "the", "new", "now", "just", "in", "alert", "news",
})


# Lower-case words that may follow the last link of an address ("in Tokwe, Zimbabwe, on
# Friday", "in X, Iraq killing 12", "a patrol in X, Colombia was attacked": an auxiliary often
# follows an address inside the subject); any other lower-case word after a country is read as
# its verb: "After the massacre in X, Japan pledged aid" names no address.
_VERB_FOLLOWS = re.compile(
    r"\s+(?!(?:on|in|at|near|by|for|with|from|to|of|early|late|last|this|that|when|where"
    r"|after|before|during|while|as|and|or|but|killing|wounding|injuring|leaving|following"
    r"|overnight|yesterday|today|tonight|police|officials|authorities|residents|security"
    r"|forces|troops|province|state|district|county|region|city|town|village|area|around"
    r"|about|was|were|is|are|has|had|have|been|will|would)\b)"
    r"[a-z][a-z'’-]*\b")


def verb_follows(text: str, offset: int) -> bool:
    """Whether the word after `offset` reads as a verb of which the name before is subject."""
    return bool(_VERB_FOLLOWS.match(text, offset))


def find_unlisted(text: str, known: list[Place], main_country: str | None,
                  compounds: Sequence[tuple[int, int]] = (),
                  people: frozenset[str] = frozenset()) -> list[Place]:
    """Places of `text` that `known` (the gazetteer's and the venues) does not cover;
    `compounds` are spans of longer names built on a listed one ("San Antonio de Getucha")."""
    found: list[Place] = []
    taken = _Spans((p.start, p.end) for p in known)
    starts = name_starts(text)  # where the name-first patterns are tried
    # A dateline or a state after the name is evidence enough; in the other constructions a
    # lone ordinary word that starts a sentence is no name ("Under state law").
    strong: list[Span] = [*_datelines(text), *_with_state(text, starts),
                          *((start, end, "city", None) for start, end in compounds),
                          *_placed_by_the_text(text, people, starts)]
    weak = [span for span in (*_with_nouns(text, starts), *_facilities(text, starts),
                              *_nouns_before(text), *_appositions(text, starts),
                              *_chains(text, known), *_inside(text, known),
                              *_coordinated(text, known), *_conjuncts(text, known, people),
                              *_joined(text, known, people, main_country),
                              *_fronted(text, people), *_parenthesized(text, known),
                              *_measured_from(text, people), *_owners_and_parts(text, known),
                              *_route_ends(text), *_towns_before_routes(text),
                              *_communities(text))
            if not _sentence_word(text, span[0], span[1])]
    for start, end, kind, country in (*strong, *weak):
        if taken.overlaps(start, end) or _country_name(text[start:end]):
            continue  # "the Bolivar municipality of Colombia": the country is no settlement
        # "" is a country left unknown on purpose (a list whose container is not named)
        found.append(Place(name=_as_name(text[start:end]), kind=kind,
                           country=None if country == "" else (
                               country or _country_after(known, end) or main_country),
                           start=start, end=end))
        taken.add(start, end)
    return found


class _Spans:
    """Character spans, sorted, for "does any overlap this one?" without reading them all (a
    text of thousands of names made the linear check quadratic): only spans that start less
    than the longest span's length before the query can reach it."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._longest = max((end - start for start, end in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        first = bisect_left(self._spans, (start - self._longest,))
        last = bisect_left(self._spans, (end,))
        return any(start < b for a, b in self._spans[first:last] if a < end)


Span = tuple[int, int, PlaceKind, str | None]


def _as_name(written: str) -> str:
    """"MORETOWN" -> "Moretown": a name written in capitals (a dateline) in its usual case."""
    return string.capwords(written) if written.isupper() and len(written) > 3 else written


# A facility named after the locality it serves: "the Joondalup police station", "Wadrengdisa
# railway station", "the Gurar trading center"; and Nigeria's "X local government area".
_FACILITY = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})\s+\(?(?P<noun>police\s+station|police\s+post|railway"
    r"\s+station|train\s+station|bus\s+station|bus\s+terminal|border\s+crossing"
    # "the Makary weekly market", "Gamboru cattle market": what and when a market sells, between
    # the town and the noun
    r"|(?:(?:weekly|daily|main|central|cattle|livestock|fish|grain|vegetable|fruit|night"
    r"|open-air)\s+)?(?:market|bazaar)"
    r"|trading\s+cent(?:er|re)|(?P<lga>local\s+government\s+area|Local\s+Government\s+Area"
    r"|LGA))\b")


def _facilities(text: str, starts: list[int]) -> list[Span]:
    spans: list[Span] = []
    for match in finditer_at(_FACILITY, text, starts):
        start, end = _trim(text, match.start("name"), match.end("name"))
        name = text[start:end]
        if start < end and not _institution(name) and not _NOT_A_TOWN.search(name) and not (
                " " not in name and _ordinary_word(name)) and not any(
                _listed(word) for word in name.split()):
            spans.append((start, end, "region" if match.group("lga") else "city", None))
    return spans


_ACRONYM = re.compile(r"[A-Z]{2,5}$")
_NOUN_OF = re.compile(rf"\s+(?P<noun>{_NOUN_AFTER})\s+of\s+")
# A name of two names joined by "of", before a rank noun: "Birgunj of Parsa (district)".
_TOWN_OF = re.compile(r"(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+of\s+"
                      r"(?P<district>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")


_POSSESSIVE_IN_NAME = re.compile(r"['’]s\s+(?=[A-Z])")


def _with_nouns(text: str, starts: list[int]) -> list[Span]:
    spans: list[Span] = []
    for match in finditer_at(_WITH_NOUN, text, starts):
        start, end = _trim(text, match.start("name"), match.end("name"))
        possessive = _POSSESSIVE_IN_NAME.search(text, start, end) if match.group("noun") else None
        if possessive is not None and not all(
                _ordinary_word(w) for w in text[possessive.end():end].split()):
            # "Deraa's Tariq al-Sadd district": the part is named after its owner (a place of
            # its own, `_owners_and_parts`); not "Sir Lowry's Pass village", whose name has it
            start = possessive.end()
        noun = match.group("noun") or match.group("title")
        inner = _NOUN_OF.search(text, start, end)
        if inner is not None:
            # "the Khogyani District of Nangarhar Province": the first name has its own rank.
            spans.append((start, inner.start(), _SETTLEMENT_NOUNS[inner.group("noun").lower()],
                          None))
            continue
        town = _TOWN_OF.match(text, start, end)
        if town is not None and _SETTLEMENT_NOUNS.get(noun.lower()) == "region":
            # "Birgunj of Parsa district", "Nambol of Bishnupur district" (South Asian
            # writing): a town of the district named after it; not "West of Barawe district".
            first, last = _trim(text, start, town.end("town"))
            if first < last and not all(_ordinary_word(w) for w in text[first:last].split()):
                spans.append((first, last, "city", None))
                spans.append((town.start("district"), end, "region", None))
                continue
        if _ACRONYM.match(text, start, end) and match.group("noun"):
            continue  # "a UN agency", "the NATO area": an organization's, no place name
        if start < end and not _institution(text[start:end]) and not \
                _a_people_or_group(text[start:end], noun in ("zone", "territory")):
            # "the Ukrainian town of X", "a Syrian village", "the Kurdish zone", "Taliban
            # territory": a people's or a group's town or zone is no place name
            spans.append((start, end, _SETTLEMENT_NOUNS[noun.lower()], None))
    return spans


def _a_people_or_group(name: str, ordinary: bool) -> bool:
    """"Syrian", "Taliban", "Houthi", "Kurdish-held": a people's or an armed group's name, or
    a possession ("Arunachal's"); with `ordinary`, also words all ordinary English ("the
    Kurdish zone", "the buffer zone")."""
    words = [fold(w) for w in re.split(r"[\s-]+", name) if w]
    # ("Islamic State Khorasan Province", "Islamic State West Africa": a group's name opens it)
    return fold(name) in GROUP_ALIASES or any(
        " ".join(words[:size]) in GROUP_ALIASES for size in range(2, len(words))) or (
        ordinary and all(_ordinary_word(w) for w in name.split())) or any(
        w in load_gazetteer().demonyms or w in GROUP_ALIASES for w in words) or \
        name.endswith(("'s", "’s", "-held", "-controlled", "-occupied", "-run", "-led"))


# Nigerian and Ghanaian writing calls a village or a town a community: "gunmen attacked Kuru
# Karama community", "in Ogbaru community of Anambra". Only right after a locative or an
# attack's verb (not "the Muslim community", "Fulani community leaders", "X community of
# faith").
_COMMUNITY = re.compile(
    r"\b(?:in|at|near|around|attacked|raided|invaded|stormed|ambushed|burned|burnt|torched"
    rf"|overran|sacked)\s+(?P<name>{_NAME})\s+community(?=\s*(?:[,.;:)]|$)|\s+(?:in|of|on|at"
    r"|near|along|around|under|during|after|before|where|when|killing|wounding|injuring"
    r"|leaving|early|late|last|overnight|yesterday|today)\b)(?!\s+of\s+faith)")


def _communities(text: str) -> list[Span]:
    if "community" not in text:
        return []  # (most texts: the pattern's scan is skipped)
    spans: list[Span] = []
    for match in _COMMUNITY.finditer(text):
        start, end = _trim(text, match.start("name"), match.end("name"))
        name = text[start:end]
        if start < end and not _institution(name) and not _a_people_or_group(name, True):
            spans.append((start, end, "city", None))
    return spans


# "in barangay Dasikil, Mamasapano (Maguindanao)", "the village of Kalak, Bardera district":
# the link after a ranked village is the town or district it lies in, as an address goes up
# (even where the gazetteer knows no link to anchor the chain); not a person with an age
# ("the village of X, Ahmed Ali, 45, said").
_NEXT_LINK = re.compile(rf",\s+(?P<name>{_NAME})(?=\s*[(,.;]|\s+(?:town|municipality|district"
                        r"|province)\b)(?!,\s*\d)")


def _village_link(text: str, end: int) -> list[Span]:
    link = _NEXT_LINK.match(text, end)
    if link is None:
        return []
    start, stop = _trim(text, link.start("name"), link.end("name"))
    name = text[start:stop]
    words = name.split()
    if start >= stop or _institution(name) or _NOT_A_TOWN.search(name) or \
            all(_ordinary_word(w) for w in words) or \
            words[0].lower().rstrip(".") in _PERSON_TITLES or _a_people_or_group(name, False):
        return []
    return [(start, stop, "city", None)]


def _nouns_before(text: str) -> list[Span]:
    spans: list[Span] = []
    demonyms = load_gazetteer().demonyms
    for match in _NOUN_BEFORE.finditer(text):
        group = "name" if match.group("name") else "local"
        start, end = _trim(text, match.start(group), match.end(group))
        if start < end:
            # "the Spanish island of Tenerife", "the Greek town of X": the nationality before
            # the noun gives the country (not the article's other names: a British tourist's)
            noun = match.group("noun")
            country = next((demonyms[fold(word)].country for word in text[
                match.start():match.start("noun")].split() if fold(word) in demonyms), None) \
                if noun else None
            spans.append((start, end, "city", country))
            if group == "local" or noun in ("village", "hamlet", "settlement"):
                spans.extend(_village_link(text, end))
    for match in _MUNICIPALITY.finditer(text):
        # A municipality's official style names it whole: "the Town of West Seneca" keeps
        # its compass word, which `_trim` drops from "in northern Borno".
        if match.start() > 0 and text[match.start() - 1].isalnum():
            continue  # "Hometown of", "Eastborough of": inside another word
        name = match.group("name")
        words = [fold(word) for word in name.split()]
        if words[-1] not in _NOT_NAMES and not any(w in _INSTITUTIONS for w in words[1:]):
            spans.append((match.start("name"), match.end("name"), "city", None))
    return spans


# A US municipality's official style, capitalized: "the Town of Tonawanda", "the Village of
# Lake Villa", "Township of Lower Merion" ("City of" is left out: "City of Hope" is a
# hospital, "City of London Police" a force).
# (No "\b" before the nouns: a pattern that opens with them is tried only where one of their
# first letters stands; the word's start is checked in `_nouns_before`.)
_MUNICIPALITY = re.compile(rf"(?:Town|Village|Township|Borough|Hamlet)\s+of\s+(?P<name>{_NAME})")


# Coordinated names that share one plural settlement noun: "the villages of Dakomba and
# Tiguila", "Dakomba, Sora and Tiguila villages", "in the towns of X and Y".
_PLURAL_NOUNS = ("villages", "towns", "cities", "districts", "areas", "communities", "hamlets",
                 "settlements", "localities", "municipalities", "neighborhoods", "neighbourhoods",
                 "camps", "provinces", "regions", "states", "counties", "suburbs")
_NAME_LIST = rf"{_NAME}(?:\s*,\s*{_NAME}){{0,4}},?\s+(?:and|or)\s+{_NAME}"
_PLURAL_BEFORE = re.compile(
    rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_PLURAL_NOUNS)})\s+of\s+(?P<list>{_NAME_LIST})")
_PLURAL_AFTER = re.compile(
    rf"(?<![\w'’-])(?P<list>{_NAME_LIST})\s+(?P<noun>{'|'.join(_PLURAL_NOUNS)})\b")
_LIST_NAME = re.compile(_NAME)
_PLURAL_NOUN = re.compile(rf"\s(?:{'|'.join(_PLURAL_NOUNS)})\b")


# "raided Gwoza and Pulka", "clashes in Mopti and Konna", "shelled Pulka and Gwoza": a name
# coordinated with a listed town under one locative or attack verb is a town too (two-place
# events, where one of the towns is too small for the gazetteer).
# (Not "of" or "from": "Robert Thomas of Pittsburgh and Cheron Shelton", "Frank McGurty in New
# York and Alex Dobuzinskis in Los Angeles" list people by their towns; not "between": "on
# Wilson between Andrews and Saulnier" are cross streets; the name ends its clause, or a time
# or a participle follows it.)
_CONJUNCT_LOCATIVE = (r"\b(?:in|In|near|Near|outside|Outside|around|Around|across"
                      rf"|{_ATTACK_VERBS}|struck|hit|torched|burned)\s+(?:the\s+)?")
_LOCATIVE_END = re.compile(rf"{_CONJUNCT_LOCATIVE}$")
_AND_A_NAME = re.compile(
    rf",?\s+(?:and|or)\s+(?P<name>{_NAME})(?=\s*(?:[.;:(]|$)|,(?!\s*\d)|\s+(?:on|at|early|late"
    r"|overnight|before|after|during|last|this|yesterday|today|when|as|while|killing|wounding"
    r"|injuring|leaving|burning)\b)")
_A_NAME_AND = re.compile(rf"{_CONJUNCT_LOCATIVE}(?P<name>{_NAME}),?\s+(?:and|or)\s+$")


def _conjuncts(text: str, known: list[Place], people: frozenset[str]) -> list[Span]:
    spans: list[Span] = []
    # (a listed name read as a person's elsewhere is no new town: "Tyler or Longview")
    names = {fold(p.name) for p in known} | {fold(text[p.start:p.end]) for p in known
                                            if p.start >= 0}
    for place in known:
        if place.kind != "city" or place.start < 0:
            continue
        before = max(0, place.start - 60)
        after = _AND_A_NAME.match(text, place.end)
        if after is not None and _LOCATIVE_END.search(text, before, place.start):
            spans.append(_conjunct(text, after.start("name"), after.end("name"), people))
        first = _A_NAME_AND.search(text, before, place.start)
        if first is not None:
            spans.append(_conjunct(text, first.start("name"), first.end("name"), people))
    return [span for span in spans
            if span[0] < span[1] and fold(text[span[0]:span[1]]) not in names]


def _conjunct(text: str, start: int, end: int, people: frozenset[str]) -> Span:
    start, end = _trim(text, start, end)
    name = text[start:end]
    words = name.split()
    if start >= end or fold(name) in people or _institution(name) or _NOT_A_TOWN.search(name) \
            or all(_ordinary_word(w) for w in words) or text.startswith(("'s", "’s"), end) \
            or "'s " in name or "’s " in name \
            or words[0].lower().rstrip(".") in _PERSON_TITLES or _a_people_or_group(name, False):
        return (start, start, "city", None)
    return (start, end, "city", None)


def _container_country(known: list[Place], offset: int) -> str:
    """The country most regions and countries named right after `offset` lie in, on a tie
    the later one's, the wider link of an address ("(Donga, Taraba)": Taraba's Nigeria, not
    Benin's Donga), "" when none is named."""
    votes: dict[str, tuple[int, int]] = {}
    for place in known:
        if offset <= place.start <= offset + 50 and place.kind in ("region", "country") and \
                place.country:
            count, last = votes.get(place.country, (0, -1))
            votes[place.country] = (count + 1, max(last, place.start))
    return max(votes, key=lambda code: votes[code]) if votes else ""


def _coordinated(text: str, known: list[Place]) -> list[Span]:
    """Each name of the list, in the country of the region or country named right after it
    ("the villages of X and Y in Z district, Borno"), else of no known country: a listed
    member of such a list is often a namesake abroad."""
    gazetteer = load_gazetteer()
    spans: list[Span] = []
    if not _PLURAL_NOUN.search(text):
        return spans  # both patterns need one of the nouns: a long text is not tried name by name
    for pattern in (_PLURAL_BEFORE, _PLURAL_AFTER):
        for match in pattern.finditer(text):
            members = list(_LIST_NAME.finditer(text, match.start("list"), match.end("list")))
            if pattern is _PLURAL_AFTER and members and \
                    all(_ordinary_word(w) for w in members[-1].group().split()):
                continue  # "African-American and Hispanic neighborhoods": adjectives
            country = _container_country(known, match.end())
            noun = match.groupdict().get("noun") or "villages"
            kind: PlaceKind = "region" if noun in ("districts", "provinces", "regions", "states",
                                                   "counties") else "city"
            for name in members:
                if name.group() in ("and", "or"):
                    continue
                start, end = _trim(text, name.start(), name.end())
                words = [w for w in text[start:end].split() if w[0].isupper()]
                if fold(text[start:end]) in gazetteer.demonyms:
                    continue  # "African-American and Hispanic neighborhoods"
                if start < end and not _institution(text[start:end]) and \
                        not _NOT_A_TOWN.search(text[start:end]) and \
                        not all(_ordinary_word(w) for w in words):
                    spans.append((start, end, kind, country))
    return spans


# "in Helmand's Nad Ali", "in Umlazi's M Section", "near Peshawar's Bhana Mari area": a place
# possessing a part of it. A region possesses its towns; a name possessing a ward, a section
# or an area is the town they are parts of.
# (Without a locative the part's noun must say so: "barrel bombs fell on Deraa's Tariq al-Sadd
# district", "shells hit Kobane's Maqtala neighbourhood".)
_OWNER_OF_A_PART = re.compile(
    rf"(?:\b(?P<prep>in|In|near|Near|outside|at)\s+(?:the\s+)?)?(?<![\w'’-])(?P<owner>{_NAME})['’]s\s+"
    rf"(?P<name>{_NAME})(?P<part>\s+(?:[Ss]ection|area|[Ss]ector|ward|neighbou?rhood"
    r"|suburb|quarter|township|market|bazaar|camp|[Ee]state|[Zz]one|district))?\b")


_PART_IN_NAME = re.compile(r"\s(?:Section|Sector|Estate|Zone)$")


def _owners_and_parts(text: str, known: list[Place]) -> list[Span]:
    if "'s " not in text and "’s " not in text:
        return []
    regions = {(p.start, p.end): p.country for p in known if p.kind == "region"}
    spans: list[Span] = []
    for match in _OWNER_OF_A_PART.finditer(text):
        if match.group("prep") is None and not match.group("part"):
            continue  # "Borno's Governor Zulum": no part of a place
        owner = match.start("owner")
        region = (owner, match.end("owner"))  # the whole possessor is the region
        # (a capitalized part noun ends the part's own name: "M Section", "Site B Sector")
        part = match.group("part") or _PART_IN_NAME.search(match.group("name"))
        if region in regions and not part:
            start, end = _trim(text, match.start("name"), match.end("name"))
            words = text[start:end].split()
            if start < end and not all(_ordinary_word(w) for w in words) and \
                    not _NOT_A_TOWN.search(text[start:end]) and not _institution(text[start:end]):
                spans.append((start, end, "city", regions[region] or None))
        elif part and not any(p.start <= owner < p.end for p in known):
            start, end = _trim(text, owner, match.end("owner"))
            words = text[start:end].split()
            if start < end and not all(_ordinary_word(w) for w in words) and \
                    words[0].lower().rstrip(".") not in _PERSON_TITLES and \
                    not any(c.isdigit() for c in text[start:end]):
                spans.append((start, end, "city", None))  # not "NBC10's", "News4's"
    return spans


# "12 km west of Kiwanja", "some 40 miles from X": a place set against another by a distance
# names a settlement, the one the event is measured from. (A distance opens with a lower-case
# word or a digit: the lookahead spares the engine the alternation at every other position.)
_FROM_A_DISTANCE = re.compile(rf"\b(?=[a-z\d]){DISTANCE}\s+(?P<name>{_NAME})")


def _measured_from(text: str, people: frozenset[str]) -> list[Span]:
    spans: list[Span] = []
    if " of " not in text and " from " not in text:
        return spans
    for match in _FROM_A_DISTANCE.finditer(text):
        start, end = _trim(text, match.start("name"), match.end("name"))
        name = text[start:end]
        words = name.split()
        if start >= end or fold(name) in people or _institution(name) or \
                _NOT_A_TOWN.search(name) or all(_ordinary_word(w) for w in words) or \
                words[0].lower().rstrip(".") in _PERSON_TITLES:
            continue
        spans.append((start, end, "city", None))
    return spans


def _appositions(text: str, starts: list[int]) -> list[Span]:
    spans: list[Span] = []
    for match in finditer_at(_APPOSITION, text, starts):
        start, end = _trim(text, match.start("name"), match.end("name"))
        if start < end:
            spans.append((start, end, "city", None))
    return spans


def _chains(text: str, known: list[Place]) -> list[Span]:
    """"in Tuquerres, Narino, Colombia": each name of a comma chain that comes before a known
    place is a settlement or a district inside it."""
    spans: list[Span] = []
    known_starts = {p.start for p in known if p.kind in ("region", "country", "city")}
    for match in _CHAIN.finditer(text):
        links = list(_PART.finditer(text, match.start("chain"), match.end("chain")))
        parts = [(m.start("name"), m.end("name"), m.group("noun")) for m in links]
        # A link that names its own rank ("Guipuzcoa province") is a place too.
        last_known = max((i for i, (start, _, noun) in enumerate(parts)
                          if start in known_starts or (
                              noun and _SETTLEMENT_NOUNS.get(noun.lower()) == "region")),
                         default=0)
        # (after the link's rank word, if it has one: "Shabwa governorate, killing four")
        if last_known and verb_follows(text, links[last_known].end()):
            continue  # "in Bobo-Dioulasso, Japan pledged aid": the country is a subject
        for start, end, noun in parts[:last_known]:
            start, end = _trim(text, start, end)
            if start < end and not _institution(text[start:end]):
                kind = _SETTLEMENT_NOUNS.get(noun.lower(), "city") if noun else "city"
                spans.append((start, end, kind, None))
    return spans


# One link of a chain; the name's last words are taken lazily so that a trailing settlement
# noun is read as the noun: "Kerman province" is Kerman, a province.
_PART = re.compile(rf"(?P<name>{_NAME}?)(?:\s+(?P<noun>{_NOUN_AFTER})\b)?(?=,|$)", re.MULTILINE)


def _inside(text: str, known: list[Place]) -> list[Span]:
    """"in San Vicente del Caguan in southern Colombia": a name that is no English word, set
    inside a known place."""
    starts = {p.start for p in known if p.kind in ("region", "country", "city")}
    spans: list[Span] = []
    for match in _INSIDE.finditer(text):
        prep, setting = match.group("prep"), match.group("set")
        # A number of kilometres sets a place against anything ("50 km south of the town");
        # "in" and "near" need a place the text knows or ranks ("in Kaabong district").
        measured = _IS_DISTANCE.fullmatch(setting) is not None
        bearing = _IS_BEARING.fullmatch(setting) is not None
        # ("at Gwer, southwest of the city": "the city" is one the text knows, mostly its
        # dateline's)
        anchored = match.start("inside") in starts or measured or \
            _RANKED_NAME.match(text, match.start("inside")) is not None or \
            (bearing and text.startswith(("city", "town", "capital"), match.start("inside")))
        by_noun = _ATTACK_NOUN.fullmatch(prep) is not None
        # ("attacked Kolofata in the Mayo-Sava Division of the Far North Region": an attack's
        # object set in a unit the text ranks, after "the", is a settlement; "attacked
        # Christians in Kaduna" is not)
        in_a_ranked_unit = setting == "in" and text.startswith(
            "the ", match.start("inside") - 4) and _RANKED_NAME.match(
            text, match.start("inside")) is not None
        if not anchored or (bearing and (not match.group("comma") or prep in ("of", "from"))) or (
                prep in _ATTACK_VERBS.split("|") and not in_a_ranked_unit
                and (not match.group("comma") or setting in ("in", "near"))) or (
                by_noun and not match.group("comma")):
            continue
        start, end = _trim(text, match.start("name"), match.end("name"))
        name = text[start:end]
        if start < end and not _ordinary_word(name.split()[-1]) and \
                name.split()[0].lower().rstrip(".") not in _PERSON_TITLES and \
                not (by_noun and _a_people_or_group(name, False)):
            spans.append((start, end, "city", None))  # not "of Judge X in Helwan"
    return spans


# "in Barsalogho (Centre-Nord region)", "near Shebaa (Hasbaya district)", "attacked Kalehe
# (South Kivu)", "in Janzur (Tripoli)": a name after a locative or an attack's verb with its
# region or city in brackets, as situation reports write.
# Conflict-event notes open with the locative and bracket the whole address down from the
# district: "In Kalehe (South Kivu), ...", "shelled Kafr Nabl (Maarrat An Nuaman, Idleb)",
# "In Bentiu (Rubkona, Unity), ...": any link of the bracket may be the known one.
# The head of a list entry (at a line's start, after its date stamp if any) is such a name
# too, before a colon or a dash: "2 March 2009 – Buttala (Uva Province): a bus bomb ...".
# (Conflict notes set the place after the verb without a preposition: "around Anefis (Kidal
# region)", "burned Kabiri (Biu LGA)", "ambushed troops ... toward Gajiram (Nganzai LGA)"; or
# after a venue's "of": "the weekly market of Ngouboua (Lac region)", "the mosque of X (Y
# district)".)
_BRACKETED = re.compile(
    r"(?:\b(?:in|In|near|Near|outside|Outside|at|At|around|Around|into|toward|towards|of|attacked"
    r"|raided|stormed|overran|shelled|bombed|struck|hit|ambushed|besieged|burned|burnt|torched"
    rf"|looted|invaded|seized|captured|entered)\s+|(?P<head>^(?:{ENTRY_DATE_STAMP.pattern})?))"
    rf"(?P<name>{_NAME})\s+\((?P<inner>{_NAME})"
    rf"(?:\s+(?P<noun>{'|'.join(_SETTLEMENT_NOUNS)}))?"
    rf"(?P<links>(?:,\s+{_NAME}){{0,3}})\)", re.MULTILINE)
_BRACKET_LINK = re.compile(_NAME)
_ENTRY_HEAD_CLOSED = re.compile(r"\s*[:–—|]|\s+-\s")


# "the Kidal-Anefis road", "on the Arawa-Kieta road": both ends of a route are towns (the
# listed end is read in places.py; this reads the end the gazetteer lacks).
# The nouns of a route between two places, read after "Kidal-Anefis" here and in places.py.
ROUTE_NOUNS = (r"(?:road|highway|motorway|expressway|axis|route|railway|rail\s+line|corridor"
               r"|pipeline|border\s+crossing)")
_ROUTE_NOUN = re.compile(rf"[a-z]-[A-Z][^\n]{{0,30}}?[ \t]{ROUTE_NOUNS}\b")
_ROUTE = re.compile(r"(?<![\w'’-])(?P<first>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+)?)-"
                    rf"(?P<second>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+)?)[ \t]+{ROUTE_NOUNS}\b")


# A town written before the route it lies on: "at Pampore on the Srinagar-Jammu highway",
# "near Kuje, on the Abuja-Lokoja road". The town is the place; the route's ends are not
# (`places._without_route_ends`), as with a town written after the route ("on the Kampala-Gulu
# highway near Karuma").
# ("close to the Tbilisi-Gori highway", "along the X-Y road", "on the Baringo-Turkana border":
# any preposition that sets a place beside a route, and a border between two named lands.)
_ROUTE_OR_BORDER = rf"(?:{ROUTE_NOUNS}|border|frontier|boundary)"
_ROUTE_OR_BORDER_NOUN = re.compile(rf"[a-z]-[A-Z][^\n]{{0,30}}?[ \t]{_ROUTE_OR_BORDER}\b")
_ROUTE_ON_THE = re.compile(
    r"\b(?:on|along|off|near|beside|by|close\s+to|next\s+to|just\s+off)\s+the\s+"
    r"(?P<route>[A-Z][\w'’]*(?:[ \t][A-Z][\w'’]*){0,2}-[A-Z][\w'’]*"
    rf"(?:[ \t][A-Z][\w'’]*){{0,2}})[ \t]+{_ROUTE_OR_BORDER}\b")
_TOWN_BEFORE_A_ROUTE = re.compile(
    rf"\b(?:at|in|near|outside|beside|next\s+to|close\s+to)\s+(?P<name>{_NAME}),?\s+$")


def towns_on_routes(text: str) -> list[tuple[int, int, int, int]]:
    """(town start, town end, route start, route end) of each town written before the route
    it lies on (`_ROUTE_ON_THE`)."""
    found: list[tuple[int, int, int, int]] = []
    if _ROUTE_OR_BORDER_NOUN.search(text) is None:
        return found  # (most texts: the pattern's scan is skipped)
    for match in _ROUTE_ON_THE.finditer(text):
        window = max(0, match.start() - 60)
        town = _TOWN_BEFORE_A_ROUTE.search(text[window:match.start()])
        if town is not None and not _ordinary_word(town.group("name").split()[-1]):
            found.append((window + town.start("name"), window + town.end("name"),
                          match.start("route"), match.end("route")))
    return found


def _towns_before_routes(text: str) -> list[Span]:
    return [(start, end, "city", None) for start, end, _, _ in towns_on_routes(text)]


# "on the road between Boni and Hombori", "the highway linking X and Y": the same two ends
# written with a preposition or a verb of joining after the route's noun.
_ROUTE_BETWEEN = re.compile(
    rf"\b{ROUTE_NOUNS}[ \t]+(?:between|linking|connecting|joining)[ \t]+"
    r"(?P<first>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+)?)[ \t]+and[ \t]+"
    r"(?P<second>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+)?)(?![\w'’-]|[ \t]+[A-Z])")


_CONTAINING_SETTLEMENT_AFTER = re.compile(
    r",?\s+(?:in|of)\s+(?:the\s+)?(?:municipality|town|city|village|district|commune"
    r"|locality|county|parish)\s+of\b", re.IGNORECASE)


def _route_ends(text: str) -> list[Span]:
    spans: list[Span] = []
    for match in _ROUTE_BETWEEN.finditer(text):
        if _STREET_WORDS_AFTER.match(text, match.end()) or \
                _CONTAINING_SETTLEMENT_AFTER.match(text, match.end()):
            # "the road between Pearl and Olive streets": cross streets; "the road between
            # Union and Paquilo in the municipality of Cabrera": hamlets of the settlement named
            continue
        for group in ("first", "second"):
            name = match.group(group)
            if not any(_ordinary_word(word) for word in name.split()) and \
                    fold(name) not in load_gazetteer().demonyms:
                spans.append((match.start(group), match.end(group), "city", None))
    if _ROUTE_NOUN.search(text) is None:
        return spans  # (most texts: the pattern's scan is skipped)
    for match in _ROUTE.finditer(text):
        for group in ("first", "second"):
            name = match.group(group)
            if not any(_ordinary_word(word) for word in name.split()) and \
                    fold(name) not in load_gazetteer().demonyms:
                spans.append((match.start(group), match.end(group), "city", None))
    return spans


def _parenthesized(text: str, known: list[Place]) -> list[Span]:
    """The name before a bracketed place: a known region, country or city, or a name with its
    rank noun ("(Hasbaya district)"); a settlement in it. Not an acronym in brackets ("in
    Mali (MINUSMA)"), nor a people or an ordinary word before it."""
    if "(" not in text:
        return []
    regions = {p.start for p in known if p.kind in ("region", "country", "city")}
    gazetteer = load_gazetteer()
    spans: list[Span] = []
    for match in _BRACKETED.finditer(text):
        if match.group("head") is not None and not _ENTRY_HEAD_CLOSED.match(text, match.end()):
            continue  # a line that opens with a name and a bracket is no entry's head
        # "(Konduga LGA)", "(Kidal Region)": a rank word written in capitals is read into the
        # bracket's name; it is the bracket's rank all the same.
        inner = match.group("inner").split()
        noun = match.group("noun") or (
            inner[-1].lower() if len(inner) > 1 and inner[-1].lower() in _SETTLEMENT_NOUNS
            else None)
        links = [m.start() for m in _BRACKET_LINK.finditer(text, match.start("links"),
                                                              match.end("links"))]
        # Two links or more are an address even where the gazetteer knows none of them.
        if not links and match.start("inner") not in regions and not (
                noun and _SETTLEMENT_NOUNS[noun] == "region"):
            continue
        start, end = _trim(text, match.start("name"), match.end("name"))
        name = text[start:end]
        words = name.split()
        if start >= end or fold(name) in gazetteer.demonyms or _institution(name) or \
                _NOT_A_TOWN.search(name) or all(_ordinary_word(w) for w in words) or \
                words[0].lower().rstrip(".") in _PERSON_TITLES or " of " in name:
            continue  # "at President Joseph Kabila of Congo (DRC)", "Judge X (Cairo)"
        # "in Gwer East LGA (Benue)": the name's own rank noun gives its kind
        spans.append((start, end, _SETTLEMENT_NOUNS.get(words[-1].lower(), "city"), None))
    return spans


# "between Dori and Seytenga", "between Seytenga and Dori": the other end of a stretch set by
# a known place (the listed later conjuncts are read in places.py).
# Two names one preposition governs: "between Gao and Ansongo", "in Apopa and Ciudad
# Delgado", "near Kibati and Kanyarucinya" (each is placed as the other is).
_JOINED = re.compile(
    rf"\b(?P<prep>[Bb]etween|in|near|outside)\s+(?P<first>{_NAME})\s+and\s+(?P<second>{_NAME})")


def _joined(text: str, known: list[Place], people: frozenset[str],
            main_country: str | None) -> list[Span]:
    """The unlisted one of two names a preposition governs, in the country of the known one (a
    known place written as the whole name): the unlisted end of a stretch ("between X and
    Y"), a second town of the event ("in X and Y"); not cross streets ("on Wilson between
    Andrews and Oak"; "near Goodfellow and Florissant": after "in", "near" and "outside" only
    a known town outside the US anchors, in a story set outside the US: a US town's name is a
    street's as often) nor people ("in December and Ty-Ryne Hoskins") nor shops ("near
    Dick's Sporting Goods and X")."""
    spans_of = {(p.start, p.end): p.country for p in known
                if p.kind in ("region", "country", "city")}
    towns_abroad = {(p.start, p.end) for p in known if main_country != "US"
                    and p.kind == "city" and p.country not in (None, "US")}
    starts = {start for start, _ in spans_of}
    spans: list[Span] = []
    for match in _JOINED.finditer(text):
        if _ON_A_STREET_BEFORE.search(text, max(0, match.start() - 40), match.start()) or \
                _RELATION_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        anchors = spans_of if match.group("prep").lower() == "between" else towns_abroad
        for group, other in (("first", "second"), ("second", "first")):
            anchor = (match.start(other), match.end(other))
            if anchor not in anchors or match.start(group) in starts or \
                    "'s" in match.group(group) or "’s" in match.group(group) or \
                    fold(match.group(group)) in people or \
                    fold(match.group(group).split()[0]) in COMMON_WORD_NAMES:
                continue
            start, end = _trim(text, match.start(group), match.end(group))
            words = text[start:end].split()
            if start < end and not _NOT_A_TOWN.search(text[start:end]) and \
                    not _STREET_WORDS_AFTER.match(text, match.end()) and \
                    not all(_ordinary_word(w) for w in words):
                spans.append((start, end, "city", spans_of[anchor]))
    return spans


# "an argument between Torres and Alfonso", "clashes between X and Y": parties, not places.
_RELATION_BEFORE = re.compile(
    r"\b(?=[A-Za-z])(?:issues?|arguments?|fights?|disputes?|relationships?|conflicts?|feuds?|quarrels?"
    r"|clash(?:es)?|rivalr(?:y|ies)|tensions?|talks|differences?|match(?:es)?|games?|wars?"
    r"|confrontations?|exchanges?|altercations?|agreements?|deals?|meetings?|marriage"
    r"|fighting|battles?|contests?|race|runoff|gunfights?|shootouts?)"
    r"(?:\s+[a-z][\w-]*){0,2}\s+$")
_ON_A_STREET_BEFORE = re.compile(r"\b(?=[A-Za-z])"
                                 r"(?:on|at|along)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+$")
_STREET_WORDS_AFTER = re.compile(r"\s+(?:streets|roads|avenues|boulevards|lanes|drives)\b",
                                 re.IGNORECASE)


# A locative fronted before its clause: "In Tessoubi, militants killed three soldiers", "Near
# Mbanza, the rebels burned the market". Not "In October, ...", "In Spanish, he said", "In
# Addition, ..."; not "At": "At Stroger, family members waited" names a hospital or a shop
# as often as a town.
_FRONTED = re.compile(rf"(?:^|[.!?]\s+|\n\s*)(?:In|Near|Outside)\s+(?P<name>{_NAME}),\s+"
                      r"(?=[a-z0-9])", re.MULTILINE)


def _fronted(text: str, people: frozenset[str]) -> list[Span]:
    gazetteer = load_gazetteer()
    spans: list[Span] = []
    for match in _FRONTED.finditer(text):
        start, end = _trim(text, match.start("name"), match.end("name"))
        name = text[start:end]
        words = name.split()
        if start >= end or fold(name) in people or fold(name) in gazetteer.demonyms or \
                _institution(name) or _NOT_A_TOWN.search(name) or \
                any(fold(w) in CALENDAR_WORDS or w.lower() in _LABELS for w in words) or \
                any(_ordinary_word(w) for w in words):
            continue
        spans.append((start, end, "city", None))
    return spans


# "at Kroger", "of Nathaniel Conley": "at" and "of" name businesses and people as often as
# towns, so only "in", "near", "outside" count here.
# A name of up to three words; a word may join an Arabic article ("Maarat al-Numan", "Jleeb
# Al-Shuyoukh") or carry an inner apostrophe ("Ta'izz"); a possessive only inside the name
# ("Dingman's Ferry"), not at its end ("in Friday's shooting").
_APOSTROPHE = r"(?:['’](?!s\b)[a-z][\w-]*|['’]s(?=\s[A-Z]))?"
_LOCATED_WORDS = (rf"[A-Z][\w-]*{_APOSTROPHE}"
                  rf"(?:\s(?:(?:al|el|ad|an|ar|as|at|az|ash)-)?[A-Z][\w-]*{_APOSTROPHE}){{0,2}}")
# ("around X": the fighting or shelling around a town; not a feast: `_FEASTS`)
_LOCATED_NAME = re.compile(
    rf"\b(?=[A-Za-z])(?:in|near|outside|around)\s+(?P<name>{_LOCATED_WORDS})"
    r"(?![\w'’-]|\s+[A-Z]|\s+(?:county|parish|township)\b)")
_DAY_STEMS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
_ROMANCE_ARTICLES = frozenset({"El", "La", "Los", "Las", "Le", "Les", "Lo", "Il", "Os", "As"})
# Feasts and seasons a time is set "around" or "in" ("around Ramadan", "in Lent"): the
# religious and national feasts that are no ordinary English word.
_FEASTS = frozenset({
    "ramadan", "ramazan", "eid", "diwali", "deepavali", "hanukkah", "chanukah", "passover",
    "pesach", "nowruz", "navruz", "ashura", "muharram", "lent", "advent", "pentecost", "vesak",
    "tet", "holi", "navratri", "dussehra", "durga", "pongal", "onam", "songkran", "purim",
    "sukkot", "shavuot", "yom", "kippur", "hajj", "umrah", "mawlid", "arbaeen", "christmastide",
    "epiphany", "whitsun", "carnival", "carnaval", "kwanzaa", "obon", "chuseok", "seollal",
})
_LETTERS = re.compile(r"(?<=\w)['’-](?=\w)")  # the joins inside a word of a name
# The event's own verb, then its locative: besides shootings, the attacks, blasts, abductions
# and clashes of incident summaries ("ambushed a bus near Karuma, killing four", "abducted
# from his house in Bardhere by suspected militants", "clashed with troops in Bentiu").
# (The words may open the sentence, capitalized: "Shelling damaged a hospital in X"; damage
# to things is an event as harm to people is.)
_EVENT_IN_NAME = re.compile(
    r"\b(?=[A-Za-z])(?:(?i:shot|shooting|opened\s+fire|killed|wounded|injured|stabbed|happened"
    r"|occurred|died"
    r"|slain|gunfire|fired|attacked|ambushed|exploded|detonated|bombed|abducted|kidnapped"
    r"|clashed|raided|shelled|torched|lynched|beheaded|massacred|hacked|dead|hit|struck|blast"
    r"|explosion|airstrike|bombing|attack|ambush|raid|attacking|raiding|ambushing|shelling"
    r"|damaged|destroyed|burned|burnt|gutted|looted|vandali[sz]ed|blew\s+up|fighting|clashes"
    r"|battles?|gunbattles?|firefights?|skirmish(?:es)?))\b"
    # (within its own clause: "shelled Gori, Georgia, and reporters waited near X")
    r"(?:(?!,\s+and\s)[^.;\n]){0,50}?"
    rf"\b(?:in|near|outside|around)\s+(?P<name>{_LOCATED_WORDS})(?=\s*(?:[.;,]|$|\s(?:on|early|late"
    r"|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|around|about|at|by"
    # (a spot inside the town: "exploded in Ras al-Ain near a party office")
    r"|near|outside|inside|close\s+to|next\s+to|behind|beside|opposite|along"
    # ("and" not before a name: "near Turk and Taylor streets" are cross streets)
    r"|when|as|after|during|while|and(?!\s+[A-Z])|killing|wounding|injuring|leaving|was|were|killed"
    r"|overnight|yesterday|today|tonight"
    r"|wounded|injured|left)\b))")
_ADDRESS_IN_NAME = re.compile(
    rf"\b[A-Z][\w'’.-]*\s+(?:{street_types()})\.?,?"
    r"\s+in\s+(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})"
    r"(?![\w'’-]|\s+[A-Z]|\s+(?:county|parish|township)\b)")
# Names that end like a street, or are acronyms: "Skyline Boulevard", "Hawthorne Av NE", "TNT".
_NOT_A_TOWN = re.compile(
    rf"(?:\b(?:{street_types()}|Apts|Apartments|NE|NW|SE|SW|Co)$)|^[A-Z]{{2,5}}$")
_NAME_OF_RESIDENTS = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})\s+(?:[Pp]olice|Fire\s+"
    r"Department|man|woman|men|women|teen|teenager|boy|girl|resident|residents|[Mm]ayor)\b")


def _placed_by_the_text(text: str, people: frozenset[str], starts: list[int]) -> list[Span]:
    """A name the text itself places twice: after a locative and before a resident noun ("a
    shooting in Edenton" ... "Edenton Police say"), or after two locatives. Not a person's
    name, nor words that are all ordinary English ("in Congress", "in Critical Condition")."""
    located: dict[str, list[int]] = {}
    for match in _LOCATED_NAME.finditer(text):
        located.setdefault(match.group("name"), []).append(match.start("name"))
    residents = {m.group("name") for m in finditer_at(_NAME_OF_RESIDENTS, text, starts)}
    # Scanned only when a name placed once has no ordinary word: in one article in six.
    eventful: set[str] | None = None
    spans: list[Span] = []
    for name, starts in located.items():
        if len(starts) < 2 and name not in residents:
            # placed once: only a name of no ordinary words ("Akee Mini Mart"), in the clause
            # of the event; a Romance article opening a name is no English word ("El Alto",
            # "La Esperanza", "Los Palos")
            words = name.split()
            if len(words) > 1 and words[0] in _ROMANCE_ARTICLES:
                words = words[1:]
            if any(_ordinary_word(w) or not _LETTERS.sub("", w).isalpha()
                   or w.lower()[:3] in _DAY_STEMS or fold(w) in _FEASTS for w in words):
                continue
            if eventful is None:
                eventful = _eventful_names(text)
            if name not in eventful:
                continue
        words = name.split()
        if fold(name) in people or _NOT_A_TOWN.search(name) or _institution(name) or \
                words[0].lower().rstrip(".") in _PERSON_TITLES or words[0] in _LOCAL_NOUNS or \
                any(w.lower() in _NOT_NAMES or w.lower() in _LABELS for w in words) or \
                all(_ordinary_word(w) for w in words):
            continue
        spans.append((starts[0], starts[0] + len(name), "city", None))
    return spans


_NEAR_THE_NAME = re.compile(
    rf"\s+(?:near|outside|around)\s+(?P<name>{_LOCATED_WORDS})(?![\w'’-]|\s+[A-Z])")


def _eventful_names(text: str) -> set[str]:
    """The names placed by the event itself or by an address."""
    # "A boy was shot Wednesday in Waitsfield.": the locative of the event's own verb in the
    # same clause places the name once.
    eventful: set[str] = set()
    for match in _EVENT_IN_NAME.finditer(text):
        eventful.add(match.group("name"))
        # "their base in Pultruk near Pieri": the town the event's place is set near
        near = _NEAR_THE_NAME.match(text, match.end("name"))
        if near is not None:
            eventful.add(near.group("name"))
    # "on Hope Drive in Rutherfordton", "the 6800 block of Walker Mill Road in X": an address
    # lies inside its town, so the name after it is placed as surely. Not "near": a name near
    # a street is its cross street as often as a town ("on Joy Road near Livernois").
    eventful.update(m.group("name") for m in _ADDRESS_IN_NAME.finditer(text))
    return eventful


def _with_state(text: str, starts: list[int]) -> list[Span]:
    """"Campbellsburg, Indiana", "of Poynette, Wis.", "Kenosha, WI": a name followed by a US
    state and then a break (not "Tim Ryan, Ohio Democrat") is a town in that state."""
    spans: list[Span] = []
    position = 0
    gazetteer = load_gazetteer()
    codes: dict[str, str | None] = {}  # a long list repeats its few names
    while (match := search_at(_TOWN_STATE, text, starts, position)) is not None:
        # "North Star Road, Campbellsburg, Indiana": a name that is no state may be the town
        # of the next pair, so the search goes on from it.
        position = match.start("state")
        before = text[max(0, match.start() - 6):match.start()].split()
        written = match.group("state")
        if written not in codes:
            codes[written] = _state_code(written, gazetteer)
        if codes[written] is None or (before and before[-1].lower() in _PERSON_TITLES):
            continue
        start, end = _trim(text, match.start("name"), match.end("name"))
        words = text[match.start("name"):match.end("name")].split()
        if start == end and len(words) > 1 and words[-1] in ("City", "Town") and \
                fold(words[0]) not in _NOT_NAMES:
            # "Lowry City, Missouri", "Junction City, Kan.": before a state, a capitalized
            # "City" ends the town's own name
            start, end = match.start("name"), match.end("name")
        elif start == end or _institution(text[start:end]):
            continue
        spans.append((start, end, "city", "US"))
    return spans


_TOWN_STATE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME}),\s+(?P<state>[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?|[A-Z]\.[A-Z]\."
    r"|[A-Z]{2})(?:(?<=\.)|(?=\s*(?:$|[,;:)(]|—|–|--|-\s)|\s+[a-z(]))", re.MULTILINE)
_PERSON_TITLES = frozenset({"sen.", "rep.", "gov.", "mr.", "mrs.", "ms.", "dr.", "senator",
                            "representative", "governor", "mayor", "by", "officer", "judge",
                            "sheriff", "deputy", "sgt", "det", "lt", "capt", "chief", "mr",
                            "mrs", "ms", "dr", "sen", "rep", "gov", "president", "pastor"})


def _state_code(written: str, gazetteer: Gazetteer) -> str | None:
    key = fold(written)
    if "." in key or written.isupper():
        code = (gazetteer.state_abbreviations.get(key)
                or gazetteer.state_abbreviations.get(key + "."))
        return code if code in gazetteer.us_states else None
    return _state_names(gazetteer).get(key) if key != "washington" else "WA"


# The folded names of the US states, built once per gazetteer (one per process).
_STATE_NAMES: list[tuple[Gazetteer, dict[str, str]]] = []


def _state_names(gazetteer: Gazetteer) -> dict[str, str]:
    if not _STATE_NAMES or _STATE_NAMES[0][0] is not gazetteer:
        _STATE_NAMES[:] = [(gazetteer, {fold(entry.name): code
                                        for code, entry in gazetteer.us_states.items()})]
    return _STATE_NAMES[0][1]


def _datelines(text: str) -> list[Span]:
    """A line that opens with a town's name and then the agency or a dash: in capitals
    ("MORETOWN —"), or with its state ("Felton, MN (WDAY) -") or agency ("Killingly (AP) —")."""
    spans: list[Span] = []
    for match in _DATELINE.finditer(text[:2000]):
        name = match.group("name")
        state = match.group("state")
        code = _state_code(state, load_gazetteer()) if state else None
        capitals = name.isupper() and len(name) > 3
        if state and code is None and not _country_named(state):
            continue
        if not (capitals or code or match.group("agency") or state):
            continue
        if any(word.lower().strip(".") in _LABELS for word in name.split()):
            continue
        line_end = text.find("\n", match.end())
        rest = text[match.end():len(text) if line_end < 0 else line_end]
        if not (code or match.group("agency") or state) and not any(
                c.islower() for c in rest) and all(_ordinary_word(w) for w in name.split()):
            # "SECURITY NOTICE - COLOMBIA", "NOTICE TO STAFF - WELCOME CENTRE CLOSURE": a heading
            # of ordinary words over a notice, its line closed by more capitals, not a town the
            # gazetteer lacks (a dateline's line goes on with the story: "PARK MANOR - A girl
            # was grazed ...", "EAST TROY -- Police are ...")
            continue
        start = match.start("name")
        spans.append((start, start + len(name), "city", "US" if code else None))
    return spans


def _country_name(written: str) -> bool:
    entries = load_gazetteer().lookup(fold(written))
    return bool(entries) and entries[0].kind == "country"


def _country_named(written: str) -> bool:
    return any(e.kind in ("country", "region") for e in load_gazetteer().lookup(fold(written)))


def _listed(word: str) -> bool:
    """A name the gazetteer holds as more than a village (a village's name the article does not
    place in its country is still unlisted here: "the Joondalup police station")."""
    return any(not is_village(e) for e in load_gazetteer().lookup(fold(word)))


def _ordinary_word(word: str) -> bool:
    return word.lower() in load_gazetteer().common_words


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“]\s*|\n\s*)$")


def _sentence_word(text: str, start: int, end: int) -> bool:
    """"Under state law", "Officials area": one ordinary English word capitalized only because
    it starts a sentence."""
    word = text[start:end]
    return " " not in word and _ordinary_word(word) and bool(
        _SENTENCE_START.search(text, max(0, start - 3), start))


def _institution(name: str) -> bool:
    """"Stroudsburg Area School", "Central Business": a name that ends like an institution."""
    return name.split()[-1].lower() in _INSTITUTIONS


# The rank words of a region that may stand between its name and a possessive "'s".
_REGION_RANKS = frozenset(noun for noun, kind in _SETTLEMENT_NOUNS.items() if kind == "region")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    words = text[start:end].split()
    # (the possessor may be of two or three words: "Cabo Delgado's Ancuabe district")
    owner_words = next((k + 1 for k, w in enumerate(words[:3]) if w.endswith(("'s", "’s"))), 0)
    if 0 < owner_words < len(words) and load_gazetteer().lookup(fold(
            " ".join([*words[:owner_words - 1], words[owner_words - 1][:-2]]))):
        start += sum(len(w) + 1 for w in words[:owner_words])  # "Baghdad's Abu Ghraib
        words = words[owner_words:]  # district"; not "Lion's Gate"
    else:
        owner = next((k for k, w in enumerate(words[:4]) if w.endswith(("'s", "’s"))), None)
        if owner is not None and 0 < owner < len(words) - 1:
            head = [*words[:owner], words[owner][:-2]]
            if fold(" ".join(head)) in GROUP_ALIASES:
                return start, start  # "Islamic State's Sinai province": a group's branch
            if len(head) > 1 and head[-1].lower() in _REGION_RANKS and (
                    head[-1][0].isupper() or load_gazetteer().lookup(fold(" ".join(head[:-1])))):
                # "Rakhine State's Maungdaw township", "Lower Juba Region's Afmadow district"
                start += sum(len(w) + 1 for w in words[:owner + 1])
                words = words[owner + 1:]
    while words and words[0].lower().strip("'’") in _NOT_NAMES:
        start += len(words[0]) + 1
        words = words[1:]
    if not words or any(w.lower() in _NOT_NAMES for w in words[-1:]):
        return start, start
    return start, end


def _country_after(known: list[Place], offset: int) -> str | None:
    """The country of the first known place within the next few words."""
    following = [p for p in known if offset <= p.start <= offset + 60 and p.country]
    return min(following, key=lambda p: p.start).country if following else None
