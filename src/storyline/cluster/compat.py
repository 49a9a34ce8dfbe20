"""Event signatures and the compatibility test: facts that say two reports are different events.

A text cosine rewards shared vocabulary, and two shootings in two towns share most of theirs. The
extraction gives facts that can contradict each other, and a contradiction is evidence against
joining, not a small penalty:

- type families that cannot be one event (a fire is not an armed attack, a protest is not an
  earthquake); a report with no clear type (an arrest, "other") contradicts nothing;
- the article's main city (named in its lead, with coordinates) far from every main city of the
  event, with no place name in common;
- event dates further apart than both dates' uncertainty allows (a day-precise date more than
  `date_veto_days` from every day-precise date of the event, both given as fresh news; more
  than `exact_date_veto_days` when both are written out with their year);
- a report weeks after the event's last one that names none of the people its reports named
  (`late_name_days`): a follow-up names whom it is about;
- the same named agent doing the same action to another named patient, the other's patient
  named by neither side (`participant_veto`; participants.py): a boxer's two bouts.

A join across a contradiction needs strong positive evidence: the same rare names (victims,
suspects: `override_names` of them) shared with the event; the participant test is not
overridden (the names both share are its protagonist). The test returns both sides so that
the assignment's reason says why.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from storyline.cluster.participants import action_kind, opposite_actions
from storyline.cluster.settings import ClusterSettings
from storyline.geo import distance_km

# The type the clusterer gives a report of a fire its lead says was set (the extraction's
# "fire" covers a blaze and an arson alike).
SET_FIRE_TYPE = "fire:set"
# ... and of a fire the extraction read from an explosion (a gas blast, a fireworks depot).
BLAST_FIRE_TYPE = "fire:blast"
FIRE_TYPES = frozenset({"fire", "natural_disaster:wildfire"})
# Words that say a fire was set: by whom does not matter, that someone did.
_SET_FIRE = re.compile(
    r"\b(?:arson(?:ists?)?\b(?!\s+(?:investigators?|squad|unit|detectives?|team|dogs?))"
    r"|incendiar\w*|fire\s*-?\s*bomb\w*|petrol\s+bombs?|molotov|torch(?:ed|ing)"
    r"|set\s+(?:\w+\s+){0,4}?(?:on\s+fire|ablaze|alight)|set\s+fire|fire\s+was\s+set"
    r"|(?:deliberately|intentionally|purposely)\s+(?:set|lit|started)|firestarter"
    # Burned by someone, or someone burned down something (a house that burned down did not).
    r"|burn(?:ed|t)\s+down\s+by\s+(?!(?:the\s+|a\s+)?(?:fire|flames|blaze)\b)"
    r"|burn(?:ed|t)\s+down\s+(?:a|an|the|their|his|her|its|several|\d+)\s)"
)


# A set-fire word the report rules out ("investigators ruled out arson", "no sign of arson",
# "not being treated as arson", "was not deliberately set"): the fire was not set. Read in the
# few words before the word (session 21: "Investigators ruled out arson" made a market fire
# an arson, which an attack in the same town two days before then took in).
_RULED_OUT = re.compile(
    r"(?:\bruled?\s+out|\brules\s+out|\bruling\s+out|\bno\s+(?:signs?|evidence|indication|suspicion)"
    r"\s+(?:\w+\s+)?of|\bnot|n't|\bnor|\bwithout)\s+(?:\w+\s+){0,3}$"
)
_RULED_OUT_WINDOW = 40


def set_fire_type(event_type: str | None, lead: str) -> str | None:
    """The report's type, SET_FIRE_TYPE for a fire its lead (title and first paragraph,
    lower-cased) says someone set, and does not rule that out: an arson is an attack as
    much as a fire."""
    if event_type not in FIRE_TYPES:
        return event_type
    for found in _SET_FIRE.finditer(lead):
        before = lead[max(0, found.start() - _RULED_OUT_WINDOW) : found.start()]
        if not _RULED_OUT.search(before):
            return SET_FIRE_TYPE
    return event_type


# Event types of the extraction (storyline.extract.event_type) grouped into families that can be
# told apart reliably. Types not listed (arrest_raid, strategic_development, other) are follow-ups
# or unknown: they have no family and contradict nothing.
TYPE_FAMILIES: dict[str, str] = {
    "shooting": "attack",
    "mass_casualty_attack": "attack",
    "attack_on_civilians": "attack",
    "abduction": "attack",
    "bombing": "attack",
    "airstrike_shelling": "attack",
    "armed_clash": "attack",
    "protest": "unrest",
    "riot": "unrest",
    "natural_disaster:earthquake": "earthquake",
    "natural_disaster:volcano": "volcano",
    "natural_disaster:flood": "storm",
    "natural_disaster:storm": "storm",
    "natural_disaster:landslide": "storm",
    "natural_disaster:wildfire": "fire",
    "fire": "fire",
    # A fire the report says somebody set (features.set_fire_type): arson is an attack and a
    # fire at once, so it goes with both.
    SET_FIRE_TYPE: "arson",
    # A fire the extraction read from what blew up (features, `read_from_an_explosion`): the
    # same explosion's reports that do not name its cause read a bombing, so it goes with both.
    BLAST_FIRE_TYPE: "blast",
    "transport_accident": "accident",
}

# Families that one event can show under both (a protest turning violent, a vigil after a
# shooting, a storm's floods and landslides): everything else differs.
# Fires go with riots (buildings and cars set alight: on ECB+ 7 of 7 unrest-fire blocks were
# one event). A fire goes with an armed attack only when a report says it was set (arson, a
# firebomb: the family "arson", compatible with both): a blaze nobody is said to have set is
# not a shooting in the same town (`fire_attack_veto`, ninth session). Without the set fire,
# fire against attack blocked 1 right and 8 wrong GTD joins and 7 right and 5 wrong ACLED
# ones (incendiary devices, molotov cocktails, villages burned down by troops); with it, it
# blocks none on the four dev sources, whose assignments are all unchanged.
_COMPATIBLE_FAMILIES: frozenset[frozenset[str]] = frozenset(
    {
        frozenset({"attack", "unrest"}),
        frozenset({"unrest", "fire"}),
        frozenset({"arson", "attack"}),
        frozenset({"arson", "fire"}),
        frozenset({"arson", "unrest"}),
        frozenset({"blast", "attack"}),
        frozenset({"blast", "fire"}),
        frozenset({"blast", "arson"}),
        frozenset({"blast", "unrest"}),
    }
)
# Compatible only with `fire_attack_veto` off (as before it).
_FIRE_ATTACK = frozenset({"attack", "fire"})

# Two spellings of one name (same_name): difflib's ratio at least this.
_SAME_NAME_RATIO = 0.7

# A city named in the lead: (normalised name, latitude, longitude).
City = tuple[str, float, float]


def type_family(event_type: str | None) -> str | None:
    return TYPE_FAMILIES.get(event_type) if event_type else None


def families_conflict(one: str, other: str, fire_attack_veto: bool = True) -> bool:
    pair = frozenset({one, other})
    if pair == _FIRE_ATTACK and not fire_attack_veto:
        return False
    return one != other and pair not in _COMPATIBLE_FAMILIES


@dataclass(frozen=True, slots=True)
class Compatibility:
    """The contradictions found, and the evidence that allows a join across them."""

    against: tuple[str, ...]
    override: str | None = None
    # Contradictions about the names themselves (another participant in the same role): the
    # shared names that override the others are the protagonist both events have in common,
    # so nothing overrides these.
    firm: tuple[str, ...] = ()

    @property
    def blocked(self) -> bool:
        return bool(self.firm) or (bool(self.against) and self.override is None)


def event_family(types: Counter[str], settings: ClusterSettings) -> str | None:
    """The event's type family when a clear majority of its typed reports share it."""
    families: Counter[str] = Counter()
    for event_type, count in types.items():
        family = type_family(event_type)
        if family is not None:
            families[family] += count
    if not families:
        return None
    family, count = min(families.items(), key=lambda kv: (-kv[1], kv[0]))
    if count < settings.family_min_reports:
        return None
    return family if count >= settings.family_majority * sum(families.values()) else None


def type_contradiction(
    family: str | None, types: Counter[str], settings: ClusterSettings
) -> str | None:
    if family is None or settings.family_veto is False:
        return None
    other = event_family(types, settings)
    if other is None or not families_conflict(family, other, settings.fire_attack_veto):
        return None
    return f"type {family} vs {other}"


def place_contradiction(
    cities: Iterable[City],
    places: frozenset[str],
    event_places: Iterable[str],
    event_cities: Sequence[tuple[str, int, float, float]],
    settings: ClusterSettings,
) -> str | None:
    """The article's lead cities all far from the event's lead cities, no place name shared."""
    if settings.place_veto_km <= 0 or not event_cities:
        return None
    mine = list(cities)
    if not mine or not places.isdisjoint(event_places):
        return None
    nearest = _nearest_km(mine, event_cities)
    if nearest <= settings.place_veto_km:
        return None
    return f"{mine[0][0]} {nearest:,.0f} km from the event's places"


def reference_contradiction(
    places: frozenset[str],
    referenced: frozenset[str],
    regions: Iterable[str],
    event_places: Iterable[str],
    event_first_places: Sequence[str],
    settings: ClusterSettings,
) -> str | None:
    """The article names a town only as the reference of its own place ("San Andres Cholula,
    beside the city of Puebla", "Jaboatao, greater Recife", "Duran, across the river from
    Guayaquil") and the event's reports place their incident in that town (first named),
    while the article shares none of its own places below a province (`regions`, "CC:name")
    with the event: the article's incident is in the other municipality it names, read or not
    (session 32, `reference_veto`)."""
    if not settings.reference_veto or not referenced or not event_first_places:
        return None
    own = places - referenced - {region.partition(":")[2] for region in regions}
    if not own.isdisjoint(event_places):
        return None
    hit = next((town for town in event_first_places if town in referenced), None)
    return None if hit is None else f"{hit} named as its place's reference only"


def _nearest_km(cities: Sequence[City], event_cities: Sequence[tuple[str, int, float, float]]
                ) -> float:
    """The distance between the nearest pair of an article's and an event's lead cities."""
    return min(
        distance_km((lat, lon), (event_lat, event_lon))
        for _, lat, lon in cities
        for _, _, event_lat, event_lon in event_cities
    )


# Families of incidents that happen at one spot (a storm, a flood, an earthquake or a wave of
# protests covers many towns at once).
POINT_FAMILIES = frozenset({"attack", "arson", "fire", "accident"})
# Disasters struck at one point, named in a one-liner by where they struck.
STRUCK_FAMILIES = frozenset({"earthquake", "volcano"})


def town_contradiction(
    family: str | None,
    cities: Sequence[City],
    places: frozenset[str],
    regions: Sequence[str],
    event_cities: Sequence[tuple[str, int, float, float]],
    event_places: Iterable[str],
    event_regions: Sequence[str],
    settings: ClusterSettings,
) -> str | None:
    """Two towns, nearer than `place_veto_km` and further than `town_veto_km`: every lead city
    of the article that far from every lead city of the event, and the place names both share,
    if any, only first-level regions (a province, a state: "CC:name" in `regions`) or
    countries. Two attacks in two towns of one province share the province and most of their
    words; a place shared at the province level says nothing about which town. A city or a
    venue both name keeps them compatible."""
    if settings.town_veto_km <= 0 or not cities or not event_cities:
        return None
    if family not in POINT_FAMILIES:
        return None
    shared = places.intersection(event_places)
    if shared and not shared <= containing_areas(regions, event_regions):
        return None
    nearest = _nearest_km(cities, event_cities)
    if nearest <= settings.town_veto_km:
        return None
    where = f"{cities[0][0]} {nearest:,.0f} km from the event's towns"
    if shared:
        where += f", sharing only {'/'.join(sorted(shared))}"
    return where


# Words of a place name that make it an administrative area above a town or a spot inside
# one (a venue, an address), not a town.
_NOT_A_TOWN = re.compile(
    r"\b(?:county|co|parish|district|province|state|region|governorate|prefecture|department"
    r"|municipality|borough|township|oblast|division|territory|block|street|st|avenue|ave|road"
    r"|rd|highway|hwy|boulevard|blvd|lane|drive|route|hospital|center|centre|clinic|park|school"
    r"|church|mosque|temple|market|station|airport|bridge|square|hotel|restaurant|bar|club"
    r"|mall|university|college|office|building|base|camp|checkpoint|prison|jail|stadium)\b|\d"
)


# Area words, English and those the news keeps untranslated (Thai "amphoe", "mueang" for the
# district of a province's town, "tambon"; Indonesian "kabupaten", "kecamatan"; South Asian
# "tehsil", "taluka"; Nigerian "LGA"): "Mueang Yala district" is the district of Yala. Session
# 25: also the second-level areas incident summaries name in other countries, Congo's
# "territory", Mali's "cercle", Pakistan's tribal "agency", Nigeria's "local government area",
# and "subdistrict".
_DISTRICT = re.compile(
    r"\b(?:county|co|parish|district|sub-?district|municipality|borough|township|amphoe|mueang"
    r"|muang|tambon|kabupaten|kecamatan|tehsil|taluka|taluk|lga|local\s+government\s+area"
    r"|territory|cercle|agency)\b"
)


def _bare(name: str) -> str:
    """The name without its area word ("noble county" -> "noble"), or the name when that is
    all it is."""
    return _DISTRICT.sub("", name).strip() or name


def is_district(name: str) -> bool:
    """An administrative area below a province ("Rangae district", "Allen County")."""
    return _DISTRICT.search(name) is not None


def containing_areas(
    regions: Sequence[str], event_regions: Sequence[str], shared: Iterable[str] = (),
) -> set[str]:
    """The names that say which area, not which town: the first-level regions the leads name
    ("CC:name" in `regions`; a district the gazetteer holds as a region is none), and the
    second-level areas in `shared` ("Sukma district", "Khyber Agency"; the tests of dated
    entries pass those both sides name, session 25): two incidents of one day in two towns of
    one district share it as they would share the province. (News names places loosely: two
    reports of one shooting name two towns of one US county, so the tests of any report
    keep a shared county as a place in common.)"""
    areas = {
        name
        for name in (region.split(":", 1)[1] for region in (*regions, *event_regions))
        if not is_district(name)
    }
    areas.update(name for name in shared if is_district(name))
    return areas


def _below_provinces(
    places: Iterable[str], provinces: set[str],
    cities: Iterable[tuple[str, float, float]] | Iterable[tuple[str, int, float, float]],
    settings: ClusterSettings,
) -> set[str]:
    """The names of one side below the provinces both sides name, keeping a town the side
    names as its town (a lead city) though the other side names the province of that name
    (`town_of_a_province_name`, session 26): of two dated entries, "south of Katsina" is the
    city, "Katsina state" the province, and an entry in the city and one in a village of the
    province say two wheres. (For any two reports, a town read from a speaker's title,
    "Garissa police commander", would say another where.)"""
    towns = {city[0] for city in cities} if settings.town_of_a_province_name else set()
    return {place for place in places if place not in provinces or place in towns}


def _dated_shared_areas(shared: Iterable[str], settings: ClusterSettings) -> Iterable[str]:
    """The names both dated entries share that may be second-level areas (`shared_areas`)."""
    return shared if settings.shared_areas else ()


def _is_town(name: str) -> bool:
    # (an area word of another language or country is no town either: "Kaga LGA")
    return _NOT_A_TOWN.search(name) is None and not is_district(name)


def _folded(name: str) -> str:
    """Lower case without diacritics or anything but letters and digits."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(char for char in decomposed if char.isalnum())


def same_name(one: str, other: str) -> bool:
    """Two spellings of one place name: equal without diacritics, or close enough to be a
    transliteration of it ("zinjibār" and "zanjibar", "galkayo" and "galcaio"): two sources
    spell a village their own way."""
    first, second = _folded(one), _folded(other)
    if not first or not second:
        return False
    if first == second:
        return True
    if abs(len(first) - len(second)) > 3 or min(len(first), len(second)) < 4:
        return False
    return SequenceMatcher(None, first, second).ratio() >= _SAME_NAME_RATIO


def _named_alike(mine: Iterable[str], theirs: Iterable[str], settings: ClusterSettings) -> bool:
    """A name of one side is a spelling of a name of the other (an area word does not make two
    names alike: "Noble County", "Allen County"). When both sides name a town (`towns_first`,
    session 25), only their towns are compared: the finest place a report names is where it
    happened, and a district it names beside it is the town's container ("Dalwa village,
    Konduga district" is not "Konduga town", though the district bears the town's name)."""
    mine, theirs = list(mine), list(theirs)
    if settings.towns_first:
        my_towns = [name for name in mine if _is_town(name)]
        their_towns = [name for name in theirs if _is_town(name)]
        if my_towns and their_towns:
            mine, theirs = my_towns, their_towns
    return any(same_name(_bare(one), _bare(other)) for one in mine for other in theirs)


def town_names_contradiction(
    family: str | None,
    places: frozenset[str],
    regions: Sequence[str],
    cities: Sequence[City],
    event_places: Iterable[str],
    event_regions: Sequence[str],
    event_cities: Sequence[tuple[str, int, float, float]],
    settings: ClusterSettings,
) -> str | None:
    """Two towns of one province, one of them a village the gazetteer cannot place: both
    sides name a town (a place name that is neither a first-level region, an administrative
    area, "Allen County", nor a venue or an address, "900 block of Elm Street"), they share a
    province and nothing finer, and no name of one is a spelling of a name of the other
    (same_name). When both sides' towns have coordinates, town_contradiction decides by
    distance instead (a suburb and its city are two names of one place). For an incident at
    one spot (POINT_FAMILIES). When a side names no town (`district_names_veto`), two
    districts or counties of the province, each side naming only its own ("Richland County"
    and "Burleigh County", North Dakota), are two places the same way; their area word does
    not count toward a spelling ("Noble County" is not "Allen County")."""
    if not settings.town_names_veto or family not in POINT_FAMILIES:
        return None
    if cities and event_cities:
        return None
    shared = places.intersection(event_places)
    provinces = containing_areas(regions, event_regions)
    if not shared or not shared <= provinces:
        return None
    mine = places - provinces
    theirs = [place for place in event_places if place not in provinces]
    if _named_alike(mine, theirs, settings):
        return None
    my_towns = sorted(place for place in mine if _is_town(place))
    their_towns = sorted(place for place in theirs if _is_town(place))
    if (not my_towns or not their_towns) and settings.district_names_veto:
        # Two districts of the province, each side naming only its own.
        my_towns = sorted(place for place in mine if is_district(place))
        their_towns = sorted(place for place in theirs if is_district(place))
    if not my_towns or not their_towns:
        return None
    only = "/".join(sorted(shared))
    return f"{my_towns[0]}, not the event's {their_towns[0]}, sharing only {only}"


# Ways of attacking that a report names and another report of the same attack would not
# contradict: a shooting is no bombing, a kidnapping no air strike.
ATTACK_MODES = frozenset({"shooting", "bombing", "abduction", "airstrike_shelling"})


def mode_contradiction(
    event_type: str | None,
    event_day: int | None,
    event_types: Counter[str],
    event_days: Iterable[int],
    settings: ClusterSettings,
) -> str | None:
    """Another way of attacking on another day: the article's attack mode (ATTACK_MODES) is
    none of the modes the event's reports name, and (`mode_veto` 1) its event date is none of
    the event's days (two attacks of one group in one town on consecutive days: a bombing,
    then a shooting). `mode_veto` 2: whatever the dates."""
    if not settings.mode_veto or event_type not in ATTACK_MODES:
        return None
    modes = [mode for mode in event_types if mode in ATTACK_MODES]
    if not modes or event_type in modes:
        return None
    if settings.mode_veto < 2:
        days = list(event_days)
        if event_day is None or not days or event_day in days:
            return None
    return f"a {event_type}, the event's {'/'.join(sorted(modes))}"


def exact_mode_contradiction(
    event_type: str | None,
    exact_day: int | None,
    event_types: Counter[str],
    exact_days: Counter[int],
    settings: ClusterSettings,
) -> str | None:
    """Another way of attacking on another exact day: the article's attack mode
    (ATTACK_MODES) is none of the modes the event's reports name, and its date written out is
    none of the event's dates written out (a day apart at most: further, the exact-date test
    decides). mode_contradiction on any dates cost GVA right joins (a crime spree's kidnapping
    and shooting, dated by weekdays); dates written out are rare in news and usual in incident
    databases, whose consecutive entries in one town are two attacks."""
    if not settings.exact_mode_veto or event_type not in ATTACK_MODES:
        return None
    if exact_day is None or not exact_days or exact_day in exact_days:
        return None
    modes = [mode for mode in event_types if mode in ATTACK_MODES]
    if not modes or event_type in modes:
        return None
    return f"a {event_type} on another day, the event's {'/'.join(sorted(modes))}"


# What an attack was done with, by event type: a shooting and a clash are both gunfire (one
# source's "gunmen attacked the post" is another's "clashed with the police"), a bombing is
# explosives, an air strike or shelling is fire from afar, an abduction takes people.
_WEAPONS = {
    "shooting": "gunfire",
    "armed_clash": "gunfire",
    "bombing": "explosives",
    "airstrike_shelling": "fire from afar",
    "abduction": "abduction",
}


def province_mode_contradiction(
    event_type: str | None,
    exact_day: int | None,
    exact_days: Counter[int],
    places: frozenset[str],
    regions: Sequence[str],
    event_types: Counter[str],
    event_places: Iterable[str],
    event_regions: Sequence[str],
    settings: ClusterSettings,
    road_ends: Iterable[str] = (),
    event_road_ends: Iterable[str] = (),
) -> str | None:
    """Another way of attacking with no place in common below a province: what the article's
    attack was done with (`_WEAPONS`: gunfire, explosives, fire from afar, an abduction) is
    none of what the event's reports name, both sides name places,
    and the names they share, if any, are only first-level regions ("CC:name" in `regions`).
    Two entries of one province and one day, a shooting in one town and a bombing in another,
    share the province, the day and the group; one incident told by two sources shares its
    town, or, told as a bombing by one and a shooting by the other, at least the where
    (`province_mode_veto`, session 24). Both reports write their dates out (an incident
    database's entries): a story of one-line items ("a war", "a siege") groups several ways of
    attacking over a region, and news names its modes loosely. A town one side names only as
    the end of the road its incident was on (`road_ends`, session 26) is no place in common
    with a side that names it as its town: a car bomb in Misrata and an ambush on the road
    from Misrata to Sirte."""
    if not settings.province_mode_veto:
        return None
    if exact_day is None or not exact_days:
        return None
    mine = _WEAPONS.get(event_type or "")
    if mine is None:
        return None
    modes = {_WEAPONS[kind] for kind in event_types if kind in _WEAPONS}
    if not modes or mine in modes:
        return None
    theirs = set(event_places)
    if not places or not theirs:
        return None
    ends, event_ends = set(road_ends), set(event_road_ends)
    shared = {name for name in places & theirs if (name in ends) == (name in event_ends)}
    areas = containing_areas(regions, event_regions, _dated_shared_areas(shared, settings))
    if not shared <= areas:
        return None
    where = "/".join(sorted(shared)) if shared else "no place"
    return f"{mine}, the event's {'/'.join(sorted(modes))}, sharing only {where}"


def country_contradiction(
    country: str | None,
    places: frozenset[str],
    event_places: Iterable[str],
    event_countries: Sequence[str],
    settings: ClusterSettings,
) -> str | None:
    """The article's main country is none of the event's main countries, no place name shared
    (a strike in one country is not an arrest in another, whatever words they share)."""
    if not settings.country_veto or country is None or not event_countries:
        return None
    if country in event_countries or not places.isdisjoint(event_places):
        return None
    return f"in {country}, the event in {'/'.join(event_countries)}"


def region_contradiction(
    regions: Sequence[str],
    places: frozenset[str],
    event_places: Iterable[str],
    event_regions: Sequence[str],
    settings: ClusterSettings,
) -> str | None:
    """The article's lead names first-level regions of one country (states, provinces:
    "CC:name") and the event's reports' leads name only other regions of that same country,
    no place name shared: two states of one country do not overlap, so the reports are of two
    places even when neither names a city the gazetteer knows ("a fight at a club" in Ohio
    and in Texas)."""
    if not settings.region_veto or not regions or not event_regions:
        return None
    if not set(regions).isdisjoint(event_regions) or not places.isdisjoint(event_places):
        return None
    countries = {region.split(":", 1)[0] for region in regions}
    if len(countries) != 1 or countries != {r.split(":", 1)[0] for r in event_regions}:
        return None
    return f"in {regions[0].split(':', 1)[1]}, the event in {event_regions[0].split(':', 1)[1]}"


def date_contradiction(
    sure_day: int | None,
    family: str | None,
    sure_days: Counter[int],
    settings: ClusterSettings,
) -> str | None:
    """Event dates further apart than both reports' uncertainty allows: the article's sure date
    (features.sure_event_day: fresh news or written out with its year) more than
    `date_veto_days` from every sure date of the event's reports, when the article reports an
    incident (it has a type family; an arrest, trial or reaction names its own day and is a
    follow-up). Relative dates without a publication date ("on Thursday" in an undated text)
    and dates far back from the publication (a follow-up naming an earlier incident, a misread
    background date) are not sure and contradict nothing."""
    if settings.date_veto_days <= 0 or sure_day is None or not sure_days or family is None:
        return None
    gap = min(abs(sure_day - day) for day in sure_days)
    if gap <= settings.date_veto_days:
        return None
    return f"event dates {gap} days apart"


def differing_date_contradiction(
    sure_day: int | None,
    family: str | None,
    event_type: str | None,
    ages: Sequence[int],
    sure_days: Counter[int],
    event_types: Counter[str],
    event_ages: Sequence[int],
    settings: ClusterSettings,
) -> str | None:
    """Sure dates days apart and one more fact that differs: the article's sure date at least
    `differing_date_days` from every sure date of the event (nearer than `date_veto_days`,
    which date_contradiction takes alone), for an incident at one spot (POINT_FAMILIES), and
    either another way of attacking than every one the event's reports name (ATTACK_MODES: a
    shooting against a bombing) or other ages than the event's (age_conflict). A gap of days
    is weak evidence alone (a late report, a misread weekday), and so is another way of
    attacking on the same day (one attack told two ways); together they are two incidents."""
    if settings.differing_date_days <= 0 or sure_day is None or not sure_days:
        return None
    if family not in POINT_FAMILIES:
        return None
    gap = min(abs(sure_day - day) for day in sure_days)
    if gap < settings.differing_date_days or gap > settings.date_veto_days:
        return None
    modes = sorted(mode for mode in event_types if mode in ATTACK_MODES)
    if event_type in ATTACK_MODES and modes and event_type not in modes:
        return f"event dates {gap} days apart, a {event_type} against the event's {'/'.join(modes)}"
    other_ages = age_conflict(ages, event_ages, settings.age_tolerance)
    if other_ages is not None:
        return f"event dates {gap} days apart, {other_ages}"
    return None


def recall_contradiction(
    recalls: bool,
    sure_day: int | None,
    family: str | None,
    sure_days: Counter[int],
    settings: ClusterSettings,
) -> str | None:
    """The article sets its own incident days after another one ("a week after guided bombs
    killed three workers there": features.recalls_earlier), reports an incident at one spot
    (POINT_FAMILIES) on a sure day, and every sure day of the event is at least
    `recall_gap_days` before it: the event is the incident recalled, or one before it, not
    the report's own. A follow-up (an arrest, a funeral) has no such family and may name its
    incident that way; `date_veto_days` alone lets a report a week on join (a late report)."""
    if not settings.recall_veto or not recalls or sure_day is None or not sure_days:
        return None
    if family not in POINT_FAMILIES:
        return None
    gap = min(sure_day - day for day in sure_days)
    if gap < settings.recall_gap_days:
        return None
    return f"its incident came after another, the event {gap} days before"


def oneliner_date_contradiction(
    oneliner_day: int | None, family: str | None, exact_days: Counter[int],
    settings: ClusterSettings,
) -> str | None:
    """An undated present-tense one-liner (features.oneliner_day: the day before its
    publication) more than `oneliner_veto_days` from every date the event's reports write out
    with their year, when it reports an incident: it was posted on its incident's day or the
    next, and a written-out date is exact to a day."""
    if settings.oneliner_veto_days <= 0 or oneliner_day is None or not exact_days:
        return None
    if family is None:
        return None
    gap = min(abs(oneliner_day - day) for day in exact_days)
    if gap <= settings.oneliner_veto_days:
        return None
    return f"an undated item posted {gap} days from the event's written-out dates"


def exact_date_contradiction(
    exact_day: int | None, exact_days: Counter[int], settings: ClusterSettings
) -> str | None:
    """Two event dates that both reports write out with their year ("12/21/2015", "June 7,
    2013") more than `exact_date_veto_days` apart: a date stated that way carries no
    uncertainty beyond a day either side (a night, a time zone), whatever the type of the
    report. A weekday resolved against the publication date ("on Saturday") is not exact and
    keeps the wider `date_veto_days` of date_contradiction."""
    if settings.exact_date_veto_days <= 0 or exact_day is None or not exact_days:
        return None
    gap = min(abs(exact_day - day) for day in exact_days)
    if gap <= settings.exact_date_veto_days:
        return None
    return f"dates written out {gap} days apart"


def day_part_contradiction(
    exact_day: int | None,
    hours: tuple[int, int] | None,
    exact_days: Counter[int],
    exact_hours: Sequence[tuple[int, int, int]],
    settings: ClusterSettings,
) -> str | None:
    """Exact dates a day apart that cannot be one night. The window of a day either side that
    exact_date_contradiction allows is for an incident around midnight (or a time zone moving
    it across midnight). When a report's date sentence says when on its day it happened
    (features.exact_hours: "on Monday afternoon", "after 1600", "Friday night"), the two
    reports are compatible only if their times come within `day_part_veto_hours` of each
    other, a report without a time taking its whole day: an afternoon is not the day before's
    incident, a morning not the day after's, "Friday night" not Thursday's. Only for an event
    whose exact dates are all a day from the article's (`exact_hours`: the event's reports'
    (day, start, end)); one with a date on the article's own day, or none within a day, is
    left to the other tests (two times of one day are loose in news: a late afternoon becomes
    "Saturday night" in a later report)."""
    if settings.day_part_veto_hours <= 0 or exact_day is None:
        return None
    near = [day for day in exact_days if abs(day - exact_day) <= 1]
    if not near or exact_day in near:
        return None
    if hours is None and not any(day in near for day, _, _ in exact_hours):
        return None
    mine = (exact_day * 24 + (hours or (0, 24))[0], exact_day * 24 + (hours or (0, 24))[1])
    theirs: list[tuple[int, int]] = []
    for day in near:
        timed = [(day * 24 + s, day * 24 + e) for d, s, e in exact_hours if d == day]
        theirs.extend(timed)
        if len(timed) < exact_days[day]:
            theirs.append((day * 24, day * 24 + 24))  # a report of that day without a time
    slack = settings.day_part_veto_hours
    if any(mine[0] <= end + slack and start <= mine[1] + slack for start, end in theirs):
        return None
    side = "before" if near[0] < exact_day else "after"
    when = f"{hours[0] % 24:02d}-{hours[1] % 24:02d} h" if hours else "its day"
    return f"at {when}, the event's reports a day {side} at other times"


def year_contradiction(
    event_year: int | None, event_years: Counter[int], settings: ClusterSettings
) -> str | None:
    """Event dates of any precision (a year alone, a month) whose years are at least
    `year_veto_years` apart from every year of the event's dates."""
    if settings.year_veto_years <= 0 or event_year is None or not event_years:
        return None
    gap = min(abs(event_year - year) for year in event_years)
    if gap < settings.year_veto_years:
        return None
    return f"event year {event_year}, {gap} years from the event's"


def age_conflict(ages: Sequence[int], event_ages: Sequence[int], tolerance: int) -> str | None:
    """The people the article's lead describes are none of those the event's reports
    describe: every stated age more than `tolerance` years from every age of the event
    (a birthday, or a rounded age, moves an age by one)."""
    if not ages or not event_ages:
        return None
    if any(abs(age - other) <= tolerance for age in ages for other in event_ages):
        return None
    return f"ages {'/'.join(map(str, ages))} vs the event's {'/'.join(map(str, event_ages))}"


def late_without_names(gap: int | None, shared_names: int, settings: ClusterSettings) -> str | None:
    """A report more than `late_name_days` after the event's last report that names none of
    the people its reports named (`shared_names`: features.people in common): a follow-up
    weeks later names whom it is about (the victim, the suspect charged); one that names no
    one of the event is more often another incident in the same place."""
    if settings.late_name_days <= 0 or gap is None or gap <= settings.late_name_days:
        return None
    if shared_names > 0:
        return None
    return f"{gap} days after its last report, no name shared"


def window_contradiction(gap: int | None, settings: ClusterSettings) -> str | None:
    """A report more than `time_window_days` after the event's last report (and at most
    `window_names_days`, beyond which no event is a candidate): a sentencing or a retrial of
    the incident, or another incident in the same place a year later. Joined across only with
    the same rare names (the victim's, the convicted's), as any contradiction that is not
    firm."""
    if gap is None or gap <= settings.time_window_days:
        return None
    return f"{gap} days after its last report, past the {settings.time_window_days}-day window"


def participant_conflict(
    roles: Sequence[tuple[str, str, str]],
    named: Callable[[str], bool],
    event_roles: Sequence[tuple[str, str, str]],
    event_named: Callable[[str], bool],
    settings: ClusterSettings,
) -> str | None:
    """The same named agent doing the same action to another named patient ("Ortiz defeats
    Lund" against an event of "Ortiz defeats Kovacs"; participants.lead_roles), when neither
    side names the other's patient anywhere (`named(word)`: the article names it,
    `event_named(word)`: the event's reports do): a boxer's two bouts, a company's two
    takeovers. A follow-up that names both (the rematch, the second offer) contradicts
    nothing."""
    if not settings.participant_veto or not roles or not event_roles:
        return None
    for agent, action, patient in roles:
        for event_agent, event_action, event_patient in event_roles:
            if (
                agent == event_agent
                and action_kind(action) == action_kind(event_action)
                and patient != event_patient
                and not event_named(patient)
                and not named(event_patient)
            ):
                who = agent or "someone unnamed"
                return (
                    f"another participant: {who} {action}- {patient}, the event's {event_patient}"
                )
            # The same person hired and fired (signed and released): two events, by the
            # same agent or one side's unnamed (session 22, `opposite_action_veto`).
            if (
                settings.opposite_action_veto
                and patient == event_patient
                and (agent == event_agent or not agent or not event_agent)
                and opposite_actions(action, event_action)
            ):
                return f"opposite action: {action}- {patient}, the event's {event_action}-"
    return None


def strong_evidence(shared_names: int, settings: ClusterSettings) -> str | None:
    if shared_names >= settings.override_names:
        return f"{shared_names} rare names shared"
    return None


_COUNT = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|twenty|\d+|several|multiple|many|a\s+series\s+of|a\s+number\s+of)"
)
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest)"
_INCIDENTS = (
    r"(?:\w+\s+){0,2}?(?:attacks?|incidents?|bombings?|blasts?|explosions?|shootings?|assaults?"
    r"|raids?|killings?|strikes?|stabbings?|ambush(?:es)?|kidnappings?|abductions?)\b"
    # "one of two shooting suspects" is about people, not incidents.
    r"(?!\s+(?:suspects?|victims?|survivors?|witnesses|sites?|scenes?|cases?)\b)"
)
# A report saying its incident is one of several of its kind ("This was one of three
# coordinated attacks in the city on the same day", "in one of 13 related attacks", "the
# second of two bombings", "in a series of related incidents", "coordinated with a
# simultaneous attack on a train"): the others share its day, its town and its words.
# Words one of SIBLINGS' forms must hold: looked for first, as plain substrings (most leads
# have none, and the pattern costs ~40 us a lead).
SIBLING_KEYS = (
    "one of", "series of", "coordinated with", "connected to another",
    "st of ", "nd of ", "rd of ", "th of ", " in a day", " within a day", " in 24 hours",
    " within 24 hours", " within hours", " in the same day", " in one day", " within one day",
    "twenty-four hours",
)
SIBLINGS = re.compile(
    rf"\bone\s+of\s+(?:the\s+)?{_COUNT}\s+{_INCIDENTS}"
    rf"|\b{_ORDINAL}\s+of\s+{_COUNT}\s+{_INCIDENTS}"
    rf"|\bin\s+a\s+series\s+of\s+{_INCIDENTS}"
    r"|\bcoordinated\s+with\s+(?:another|a\s+second|a\s+simultaneous|an?\s+other)\s+"
    r"(?:\w+\s+){0,2}?(?:attacks?|bombings?)\b"
    r"|\bconnected\s+to\s+another\s+(?:\w+\s+)?(?:attack|bombing|blast|explosion)"
    # Session 31: an ordinal incident counted within one day ("the second deadly attack in
    # the area in a day", "the third bombing to hit the city within 24 hours").
    rf"|\b(?:second|third|fourth|fifth)\s+{_INCIDENTS}[^.;!?]{{0,40}}?\s(?:(?:in|within)\s+"
    r"(?:a|one|the\s+same|24|twenty-four)\s+(?:day|hours)|within\s+hours)\b"
)


def _first_place_unnamed(
    first_place: str | None,
    places: frozenset[str],
    event_first_places: Sequence[str],
    event_places: Iterable[str],
    mode: int,
) -> bool:
    """The place the article names first is not named by the event (mode 2), nor is the place
    any of the event's reports names first named by the article (mode 1 also asks that)."""
    if first_place is None or not event_first_places:
        return False
    if any(same_name(first_place, other) for other in event_places):
        return False
    return mode != 1 or not any(
        same_name(first, other) for first in event_first_places for other in places
    )


def sibling_contradiction(
    siblings: bool,
    first_place: str | None,
    places: frozenset[str],
    event_siblings: bool,
    event_first_places: Sequence[str],
    event_places: Iterable[str],
    settings: ClusterSettings,
) -> str | None:
    """A report (the article or one of the event's) says its incident is one of several
    (`SIBLINGS`), and the place each report names first, where its incident happened, is not
    named by the other side: one of the other incidents of that day and town, however alike
    the words (`sibling_veto` 1: neither side's first place named by the other; 2: the
    article's first place not named by the event)."""
    mode = settings.sibling_veto
    if not mode or not (siblings or event_siblings):
        return None
    if not _first_place_unnamed(first_place, places, event_first_places, event_places, mode):
        return None
    return f"one of several incidents: {first_place} not among the event's places"


def night_place_contradiction(
    exact_day: int | None,
    first_place: str | None,
    places: frozenset[str],
    exact_days: Counter[int],
    event_first_places: Sequence[str],
    event_places: Iterable[str],
    settings: ClusterSettings,
) -> str | None:
    """Across one night, one incident is at one place: every date the event's reports write
    out is a day from the article's, and the place each side names first is not named by the
    other (`night_place_veto`, modes as `sibling_veto`'s)."""
    mode = settings.night_place_veto
    if not mode or exact_day is None or not exact_days:
        return None
    if not all(abs(exact_day - other) == 1 for other in exact_days):
        return None
    if not _first_place_unnamed(first_place, places, event_first_places, event_places, mode):
        return None
    return f"dates written out a day apart: {first_place} not among the event's places"


def first_towns_contradiction(
    exact_day: int | None,
    first_place: str | None,
    places: frozenset[str],
    cities: Sequence[City],
    regions: Sequence[str],
    family: str | None,
    exact_days: Counter[int],
    event_first_places: Sequence[str],
    event_places: Iterable[str],
    event_cities: Sequence[tuple[str, int, float, float]],
    event_regions: Sequence[str],
    settings: ClusterSettings,
) -> str | None:
    """Two municipalities of one metropolitan area on one day (`first_town_veto`, session 31):
    both reports write out the day (+-1) of an incident at one spot, the place each names
    first (where its incident was) is a town the gazetteer places, neither side names the
    other's first town anywhere, and they share nothing finer than a province. Distance cannot
    tell two adjacent municipalities ("Cicero" and "Chicago", "Dundalk" and "Baltimore": their
    points are a few km apart, as a suburb and its city's are) but naming can: a report of the
    same incident names the town where it was, and one that names the city of a suburb
    incident names the suburb too ("in Dundalk, outside Baltimore"). Not overridden by shared
    names, which are the state's and the group's."""
    if not settings.first_town_veto or family not in POINT_FAMILIES:
        return None
    if exact_day is None or not exact_days or first_place is None or not event_first_places:
        return None
    if not all(abs(exact_day - other) <= 1 for other in exact_days):
        return None
    if not _is_town(first_place) or not any(same_name(first_place, c[0]) for c in cities):
        return None
    located = [name for name, *_ in event_cities]
    if not all(
        _is_town(first) and any(same_name(first, name) for name in located)
        for first in event_first_places
    ):
        return None
    shared = places.intersection(event_places)
    if shared and not shared <= containing_areas(regions, event_regions):
        return None
    if not _first_place_unnamed(first_place, places, event_first_places, event_places, 1):
        return None
    return f"{first_place}, another town than the event's {event_first_places[0]}, both dated"


def exact_place_contradiction(
    exact_day: int | None,
    places: frozenset[str],
    cities: Sequence[City],
    exact_days: Counter[int],
    event_places: Iterable[str],
    event_cities: Sequence[tuple[str, int, float, float]],
    settings: ClusterSettings,
    regions: Sequence[str] = (),
    event_regions: Sequence[str] = (),
    family: str | None = None,
) -> str | None:
    """Both reports write out the date of what they report (an incident database's entry, a
    dated summary) and each names its places, none of them the other's, not even as a
    spelling of it or without its area word ("Dallas County" and "Dallas": one source names
    the county, another the city): two entries that say when and where, and say two wheres.
    Lead cities within `exact_town_km` of each other are no contradiction (a suburb or a
    neighbourhood and its city: one source names the one, another the other).

    With `exact_place_provinces`, for a report of an incident at one spot (POINT_FAMILIES: a
    flood covers many towns), a first-level region both name (the province, "CC:name" in
    `regions`) is no place in common when each side also names a town, or each a district,
    inside it: two entries of one day in two towns of one province share the province and
    say two wheres. A district is finer than a province ("Lakki Marwat district")."""
    if not settings.exact_place_veto or exact_day is None or not exact_days or not places:
        return None
    mine, theirs = set(places), set(event_places)
    finer = settings.exact_place_provinces and family in POINT_FAMILIES
    if finer:
        provinces = containing_areas(
            regions, event_regions, _dated_shared_areas(mine & theirs, settings)
        )
        my_finer = _below_provinces(mine, provinces, cities, settings)
        their_finer = _below_provinces(theirs, provinces, event_cities, settings)
        if _finer_places_comparable(my_finer, their_finer):
            mine, theirs = my_finer, their_finer
    if not theirs:
        return None
    if _named_alike(mine, theirs, settings) or (
        cities and event_cities and _nearest_km(cities, event_cities) <= settings.exact_town_km
    ):
        # the place in common may be the city of two districts
        return _two_districts(mine, theirs, settings) if finer else None
    return f"{min(mine)}: no place in common with the event's, both dated"


def quarter_contradiction(
    family: str | None,
    quarters: Sequence[str],
    city: str | None,
    named: Callable[[str], bool],
    dated: bool,
    event_quarters: Sequence[str],
    event_named: Callable[[str], bool],
    settings: ClusterSettings,
) -> str | None:
    """The article names the part of a city its incident was in (features._city_quarters:
    "the Khair Khana area of the capital"), the event's reports name another part of that
    city ("Dasht-e-Barchi, Kabul city"; `event_quarters` as "city|quarter"), and neither side
    names the other's part (`named`, `event_named`: as a place or in words, "a Lyari gang"):
    two parts of one city, two incidents, when one side is a dated entry (`dated`; news names
    the parts of a city loosely). For an incident at one spot (POINT_FAMILIES;
    `quarter_veto`, session 25)."""
    if not settings.quarter_veto or not quarters or city is None or not dated:
        return None
    if family not in POINT_FAMILIES:
        return None
    theirs = [quarter for c, _, quarter in (q.partition("|") for q in event_quarters) if c == city]
    if not theirs:
        return None
    # "Hodan district, Mogadishu" and "Hodan (Mogadishu, ...)" name one part
    if any(_same_part(mine, other) for mine in quarters for other in theirs):
        return None
    if any(event_named(quarter) for quarter in quarters) or any(map(named, theirs)):
        return None
    return f"{quarters[0]}, not the event's {theirs[0]}, both in {city}"


def quarter_town_contradiction(
    family: str | None,
    cities: Sequence[City],
    places: frozenset[str],
    regions: Sequence[str],
    quarter_city: str | None,
    dated: bool,
    event_cities: Sequence[tuple[str, int, float, float]],
    event_places: Iterable[str],
    event_regions: Sequence[str],
    event_quarters: Sequence[str],
    settings: ClusterSettings,
) -> str | None:
    """One side places its incident in a part of a city (features._city_quarters: "Hayatabad,
    Peshawar"), the other's lead towns all lie further than `exact_town_km` from that city,
    and the names both share, if any, are only first-level regions: a part of a city is
    inside it, and a town 25 km off is not (`quarter_town_veto`, session 27; one side a dated
    entry, as quarter_contradiction). For an incident at one spot (POINT_FAMILIES)."""
    if not settings.quarter_town_veto or not dated or family not in POINT_FAMILIES:
        return None
    shared = places.intersection(event_places)
    if shared and not shared <= containing_areas(regions, event_regions):
        return None
    # the event's part of a city against the article's towns
    event_parted = {city for city, _, _ in (q.partition("|") for q in event_quarters) if city}
    theirs = [(name, lat, lon) for name, _, lat, lon in event_cities if name in event_parted]
    if cities and theirs and _all_far(cities, theirs, settings.exact_town_km):
        return f"{cities[0][0]} outside {theirs[0][0]}, where the event's part of it is"
    # the article's part of a city against the event's towns
    mine = [city for city in cities if quarter_city and city[0] == quarter_city]
    towns = [(name, lat, lon) for name, _, lat, lon in event_cities]
    if mine and towns and _all_far(towns, mine, settings.exact_town_km):
        return f"in a part of {mine[0][0]}, the event's {towns[0][0]} outside it"
    return None


def _all_far(
    cities: Sequence[City], others: Sequence[City], km: float
) -> bool:
    return all(
        distance_km((lat, lon), (other_lat, other_lon)) > km
        for _, lat, lon in cities
        for _, other_lat, other_lon in others
    )


def _same_part(one: str, other: str) -> bool:
    """Two names of one part of a city: spellings of one name, with the same numbers ("zona
    18" and "zone 18"; "camp 13" is not "camp 4")."""
    return same_name(_bare(one), _bare(other)) and _DIGITS.findall(one) == _DIGITS.findall(other)


_DIGITS = re.compile(r"\d+")


def _two_districts(mine: set[str], theirs: set[str], settings: ClusterSettings) -> str | None:
    """Each side names a district of its own, neither a spelling of the other's
    (`district_pair_veto`, session 25): two districts of one city ("Hodan district, Mogadishu"
    and "Wadajir district, Mogadishu") or of one province are two places, whatever the city
    both name: a district is finer than the city it is part of, and a dated entry that names
    one says in which part of the city it happened."""
    if not settings.district_pair_veto:
        return None
    my_districts = [name for name in mine if is_district(name) and name not in theirs]
    their_districts = [name for name in theirs if is_district(name) and name not in mine]
    if not my_districts or not their_districts:
        return None
    if any(same_name(_bare(one), _bare(other)) for one in mine for other in their_districts):
        return None
    if any(same_name(_bare(one), _bare(other)) for one in my_districts for other in theirs):
        return None
    return f"{min(my_districts)}, not the event's {min(their_districts)}, both dated"


def _finer_places_comparable(mine: set[str], theirs: set[str]) -> bool:
    """Both sides name a town inside the province, or both a district: then two names are two
    places. A district on one side and only a town of another name on the other may be the
    town and its district ("Allen County" and "Fort Wayne"), which says no two wheres."""
    return any(
        any(map(kind, mine)) and any(map(kind, theirs)) for kind in (_is_town, is_district)
    )


def exact_country_contradiction(
    exact_day: int | None,
    countries: Sequence[str],
    exact_days: Counter[int],
    event_countries: Sequence[str],
    settings: ClusterSettings,
) -> str | None:
    """Both reports write out the date of what they report, and the countries of the places
    each names (a country named as such included: "a pipeline in northeast Colombia") have
    none in common: when one side names no town, the country is the where it says."""
    if not settings.exact_country_veto or exact_day is None or not exact_days:
        return None
    if not countries or not event_countries or not set(countries).isdisjoint(event_countries):
        return None
    return f"in {'/'.join(countries)}, the event in {'/'.join(event_countries)}, both dated"


def short_country_contradiction(
    short: bool,
    family: str | None,
    casualties: bool,
    countries: Sequence[str],
    event_countries: Sequence[str],
    settings: ClusterSettings,
) -> str | None:
    """A one-line item (a short text: `short_text_terms`) reporting an incident at one spot
    (POINT_FAMILIES) with its own dead or injured (`casualties`), whose places, countries
    named as such included, are all in countries none of the event's reports name: a
    one-liner says where its incident happened in few words, and "a drone strike kills five
    in Somalia" is not "a drone strike kills four in Yemen" whatever words they share
    (`short_country_veto`). A reaction names the reacting country ("The White House called
    the bombing ..."), a longer report names places incidentally (where a suspect came from,
    a namesake the gazetteer chose), and a storm or a flood crosses borders: none is tested."""
    if not settings.short_country_veto or not short:
        return None
    # An earthquake or an eruption (session 23): where it struck is what a one-liner of it
    # says ("a 6.6 quake strikes near Tonga"), with or without dead; a reaction to one names
    # the struck country too.
    if family not in STRUCK_FAMILIES and (family not in POINT_FAMILIES or not casualties):
        return None
    if not countries or not event_countries or not set(countries).isdisjoint(event_countries):
        return None
    return f"a one-line item in {'/'.join(countries)}, the event in {'/'.join(event_countries)}"


def says_siblings(lead: str) -> bool:
    """The lower-cased lead says its incident is one of several (`SIBLINGS`)."""
    return any(key in lead for key in SIBLING_KEYS) and SIBLINGS.search(lead) is not None
