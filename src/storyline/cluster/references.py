"""What a report names that is not its incident (issue #15, session 24): places it names only to
say where it was filed or how far the incident was from them, and the names of organisations,
which recur across the incidents of a region.

Two incidents of one day in one province are told apart by where each happened; a report that
names a town only as its dateline ("QUETTA, Feb 12 - ... in Mastung") or as the point a distance
is measured from ("near Tongo Tongo, about 100 km north of Niamey") shares that town with
another incident of the day in it, and its own town is the other name. An armed group, a police
force or a militia named in full with its acronym ("Jamaat Nusrat al-Islam wal Muslimin (JNIM)",
"Popular Mobilization Forces (PMF)") is named by every entry about it: its words are no names
of one incident's people, which is what a rare name shared stands for.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from storyline.extract.claims_lexicon import GROUP_ALIASES

# The extractor's own tests of a dateline, of a story placed elsewhere and of a distance (one
# implementation of each, public in the places modules for this reader).
from storyline.extract.places import named_far_from, opens_as_dateline
from storyline.extract.places_unlisted import BEARING, DISTANCE
from storyline.geo import distance_km
from storyline.records import Extraction, Place

# "about 50 km south of", "38 km from", "a few kilometres from" right before the place: the
# point the incident is measured from. (A distance opens with a lower-case word or a digit.)
_MEASURED_FROM = re.compile(
    rf"\b(?=[a-z\d]){DISTANCE}\s+(?:the\s+(?:town|city|village)\s+of\s+)?\Z"
)
# How far back a distance phrase can start before the place it measures from.
_DISTANCE_REACH = 60


def _measured_from(text: str, start: int) -> bool:
    return _MEASURED_FROM.search(text, max(0, start - _DISTANCE_REACH), start) is not None




# A town named as the landmark of the report's own place, right after it (session 27):
# "Awasse, near Mocimboa da Praia", "Kiwanja, which lies beside the town of Rutshuru",
# "Choloma, the municipality bordering San Pedro Sula", "Duran, across the river from
# Guayaquil"; "an ambush near Bunia" is no landmark (no place before it): the nearest town
# named is where the incident was.
_PLACE_NOUN = r"(?:village|town|settlement|hamlet|municipality|suburb|city|district)"
_LANDMARK = re.compile(
    # (session 30: the place with its area word, "Djugu territory, north of Bunia")
    r"[A-Z][\w'’-]+(?:\s+(?:territory|district|county|province|region|camp|area))?"
    r"(?:\s+\([^()]{1,60}\))?"
    rf"(?:,\s+(?:which\s+(?:lies|is|sits)\s+|which\s+|(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_PLACE_NOUN}\s+)?|\s+(?:lies|sits)\s+)"
    r"(?:just\s+|right\s+|immediately\s+)?(?:near|beside|outside|close\s+to|not\s+far\s+from"
    r"|next\s+to|adjacent\s+to|bordering|borders|adjoining|neighbouring|on\s+the\s+(?:road"
    r"|way)\s+to|across\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?from|(?:an?\s+)?suburb\s+of"
    # session 29: a bearing or an edge ("Bello, north of Medellin", "Pasadena, southeast of
    # Houston", "Soacha, on the southern edge of Bogota", "Ikorodu, on the outskirts of Lagos")
    rf"|{BEARING}|on\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:edge|outskirts|fringes?)\s+of)\s+"
    r"(?:the\s+(?:town|city|village)\s+of\s+)?\Z"
)


def _landmark(text: str, start: int) -> bool:
    return _LANDMARK.search(text, max(0, start - _DISTANCE_REACH), start) is not None


# A city named as the metropolitan area the report's place lies in (session 32): "greater
# Recife", "the Grenoble suburb", "Lagos's outskirts", "the Monterrey metropolitan area": the
# report's own place is a municipality of that area, not the city.
_METRO_BEFORE = re.compile(r"\b[Gg]reater\s+\Z")
_METRO_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:suburbs?|outskirts|metropolitan\s+(?:area|region)|metro\s+(?:area|region)"
    r"|conurbation|urban\s+area)\b"
)


# ... the report's own place named before it ("Jaboatao, greater Recife", "Ikeja, in the Lagos
# suburbs"): a municipality of the area, read or not.
_METRO_NAMED_BEFORE = re.compile(
    r"[A-Z][\w'’-]+,\s+(?:(?:in|of|part\s+of)\s+)?(?:the\s+)?(?:[Gg]reater\s+)?\Z"
)


def names_its_place_beside(text: str, place: Place) -> bool:
    """The report names its own place right before this reference, as a landmark's
    (`_LANDMARK`: "Bali, near Bamenda") or a metropolitan area's ("Jaboatao, greater Recife"):
    a municipality of its own, whether the gazetteer read it or not (session 32)."""
    if place.start < 0:
        return False
    if _landmark(text, place.start):
        return True
    return _metro(text, place.start, place.end) and (
        _METRO_NAMED_BEFORE.search(text, max(0, place.start - _DISTANCE_REACH), place.start)
        is not None
    )


def _metro(text: str, start: int, end: int) -> bool:
    return (
        _METRO_BEFORE.search(text, max(0, start - 8), start) is not None
        or _METRO_AFTER.match(text, end) is not None
    )


# A town named again as the head of an institution's name (session 30): "the Bunia General
# Hospital", "the Kaduna State University Teaching Hospital", "the University of Maiduguri
# Teaching Hospital", "Mandera County Referral Hospital": the institution, often where the
# wounded were taken, no mention of the town as where something happened. (Where the wounded
# were taken is no test by itself: a US local report's "taken to a hospital in Lancaster" is
# often the town of its own incident, and its hospitals' names are places its reports share.)
_INSTITUTION_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w'’-]+|of|and))*?\s+(?:Hospitals?|Clinic|University|College"
    r"|Polytechnic|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er)|Infirmary)\b"
)
_INSTITUTION_BEFORE = re.compile(r"\b(?:University|College|Polytechnic)\s+of\s+\Z")


def _institution_head(text: str, start: int, end: int) -> bool:
    return (
        _INSTITUTION_AFTER.match(text, end) is not None
        or _INSTITUTION_BEFORE.search(text, max(0, start - 20), start) is not None
    )


# A town named as a company's seat or as the market its shares trade in (session 33, business
# news of a company's incident): "the Bogota-based producer", "Richmond, Virginia-based",
# "the Lagos-listed company", "headquartered in Monterrey", "based in Bergen", "shares of
# Nordvik Tankers fell 4.4% in Oslo", "the stock fell 1.5% in Oslo": where the company sits or
# is traded, not where its plant, pipeline or store was hit.
_SEAT_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?-(?:based|headquartered|listed)\b"
)
_SEAT_BEFORE = re.compile(r"\b(?:based|headquartered|listed)\s+in\s+\Z")
_MARKET_BEFORE = re.compile(
    r"\b(?:[Ss]hares?|[Ss]tock)\b(?:\s+of(?:\s+[A-Z][\w'’.&-]*){1,5})?(?:\s+[a-z]+){1,2}?\s+"
    r"(?:(?:another|a\s+further|about|nearly|almost|some|by)\s+)*\d+(?:\.\d+)?\s*"
    r"(?:%|per\s?cent)(?:\s+(?:lower|higher))?\s+(?:in|on)\s+(?:the\s+)?\Z"
)
_SEAT_REACH = 100


def _company_seat(text: str, start: int, end: int) -> bool:
    return (
        _SEAT_AFTER.match(text, end) is not None
        or _SEAT_BEFORE.search(text, max(0, start - 20), start) is not None
        or _MARKET_BEFORE.search(text, max(0, start - _SEAT_REACH), start) is not None
    )


# A town named again as the seat of a body that speaks or acts for it (session 33): "Irapuato
# police set up checkpoints", "security officials in Kirkuk said", "the Kirkuk governor's
# office": the town's police or officials, who speak of an incident elsewhere in their province
# as often as of one in the town, no mention of the town as where something happened. Not the
# body's building ("the Kirkuk police station", "police headquarters in Kirkuk"), which is a
# place an incident may be at.
_BODY = (
    r"(?:police|officials|authorities|prosecutors?|prosecutor's\s+office|mayor|governor"
    r"|(?:city|municipal|town)\s+council)(?!\s+(?:station|post|headquarters|checkpoint|base"
    r"|academy|compound|building|office\s+in))"
)
_BODY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:city|municipal|state|provincial|district|local)\s+)?" + _BODY + r"\b",
    re.IGNORECASE,
)
_BODY_BEFORE = re.compile(
    r"\b(?:police|(?:security\s+|health\s+|local\s+)?officials|authorities|sources"
    r"|prosecutors)\s+in\s+\Z",
    re.IGNORECASE,
)


def _seat_of_a_body(text: str, start: int, end: int) -> bool:
    return (
        _BODY_AFTER.match(text, end) is not None
        or _BODY_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def _in_admin_note(text: str, start: int) -> bool:
    """A slot of a database note's "(district, province)": the areas, which bear their towns'
    names ("Mamash Khel village, some 25 km west of Bannu (Bannu, Khyber Pakhtunkhwa)",
    "Tanga, 30 km south of Mopti (Mopti, Mopti)"), no mention of a town as where the incident
    was."""
    opening = text.rfind("(", max(0, start - _ADMIN_NOTE_REACH), start)
    if opening < 0:
        return False
    note = _ADMIN_NOTE.match(text, opening)
    return note is not None and start < note.end()


# The words after a place name that make it an administrative area named after its town, the
# way incident summaries name the area they file an incident under ("Kirkuk province", "Katsina
# state", "Kherson oblast", "Beni territory", "Bankass cercle", "Batsari local government
# area"; "Jammu and Kashmir state"): the gazetteer reads the name as the town. First-level
# words make it a province; second-level words a district, named with its word (as the
# extractor names "Charsadda district"). Lower or upper case, not before another capitalised
# word ("Borno State Government", "Kent District Court": an institution).
AREA_AFTER = re.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w'’-]*)?[ \t]+(?:"
    r"(?P<province>(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Oo]blast|[Gg]overnorate|[Dd]epartment"
    r"|[Pp]refecture|[Kk]rai|[Rr]epublic)s?)"
    r"|(?P<district>[Tt]erritory|[Dd]istrict|[Cc]ercle|[Aa]gency|[Cc]ounty|[Tt]ehsil"
    r"|[Uu]pazila|[Mm]unicipality|LGA|[Ll]ocal[ \t]+[Gg]overnment[ \t]+[Aa]rea))\b"
    r"(?![ \t]+[A-Z])"
)
# A database note's "(district, province)" after the incident's place ("Kouregou village
# (Ouallam, Tillaberi)", "near Daquq (Daquq, Kirkuk)"): its last slot is the first-level
# area, which bears its capital's name as often as not ("(Katsina, Katsina)").
_ADMIN_NOTE = re.compile(r"\(([^(),;]{2,40}),\s*([^(),;]{2,40})\)")
# How far before a place a note's parenthesis may open (its district slot).
_ADMIN_NOTE_REACH = 45


def areas_by_their_words(
    text: str,
    places: Sequence[Place],
    districts: bool = True,
    dateline_areas: bool = False,
    three_slot_notes: bool = False,
    province_slots: bool = False,
) -> tuple[Place, ...]:
    """The places with those read as towns that the report names as the area of that name:
    a town followed by a first-level area word ("Katsina state", "Kherson oblast") or set in
    the last slot of a database note's "(district, province)" is the province (a region, no
    lead city); with `districts`, a town followed by a second-level area word ("Beni
    territory") is that district, named with its word. Two incidents of one day, one in the
    city and one elsewhere in the province of its name, shared the name as a town (session
    26).

    Session 27: with `dateline_areas`, a town in a dateline's second slot ("KIDAPAWAN CITY,
    Cotabato, Aug 5 -") is the province the desk names its dateline city by. (The first slot
    of a note's "(district, province)" after the note's own place is not read as the
    district: it is the town of the incident's village or quarter as often as a town 12 km
    away, "Mankon (Bamenda II, Mezam)" against "Sevare (Mopti, Mopti)"; read so, crossdb2
    lost four right joins and crossdb3 precision fell.)

    Session 31: with `three_slot_notes`, a note of three slots, "(town, district, province)"
    ("(Kuchlak, Quetta, Balochistan)", "(Oicha, Beni, Nord-Kivu)"), names the district in its
    middle slot and the province in its last, whatever towns bear their names: the middle
    one is that district, named with its word, the last the province.

    Session 33: with `province_slots`, a town named after the first-level word and "of" ("the
    State of Zacatecas", "the central state of Zacatecas") is that province, as one followed
    by the word is; and so is a name set by commas between a town and its country, the slot
    an address or an incident database gives the province ("Fresnillo, Zacatecas, Mexico")."""
    found = []
    for place in places:
        if place.kind == "city" and place.start >= 0:
            slot = _three_slot(text, place) if three_slot_notes else 0
            if slot == 2:
                found.append(replace(place, kind="region", name=f"{place.name} district"))
                continue
            if slot == 3:
                found.append(replace(place, kind="region"))
                continue
            area = AREA_AFTER.match(text, place.end)
            if area is not None and area.group("province"):
                place = replace(place, kind="region")
            elif area is not None and districts:
                word = " ".join(area.group("district").split()).lower()
                place = replace(place, kind="region", name=f"{place.name} {word}")
            elif (
                _in_province_slot(text, place)
                or (dateline_areas and _in_dateline_slot(text, place, places))
                or (province_slots and _named_as_a_province(text, place, places))
            ):
                place = replace(place, kind="region")
        found.append(place)
    if three_slot_notes and "(" in text:
        found.extend(_unplaced_first_slots(text, places))
    return tuple(found)


# The first-level word and "of" before a name ("the State of Zacatecas", "the northern
# province of Kirkuk"): the name is the province's.
_PROVINCE_OF_BEFORE = re.compile(
    r"\bthe\s+(?-i:[a-z][a-z-]+\s+)?(?:state|province|region|oblast|governorate|department"
    r"|prefecture)\s+of\s+\Z",
    re.IGNORECASE,
)
_SLOT_COMMA = re.compile(r"[ \t]*,[ \t]*")
# ... the slot's name read as a town this far from the town before it: not that town's city
# ("Adhamiya, Baghdad, Iraq" names a part of Baghdad and the city), the province of its
# capital's name ("Fresnillo, Zacatecas, Mexico": Zacatecas city is 55 km off)
_SLOT_TOWN_KM = 10.0


def _named_as_a_province(text: str, place: Place, places: Sequence[Place]) -> bool:
    """The place follows a province's word and "of" (`_PROVINCE_OF_BEFORE`), or sits between a
    town and a country, set off by commas ("Fresnillo, Zacatecas, Mexico"), the gazetteer
    placing it as a town over `_SLOT_TOWN_KM` from that town (a name it cannot place is no town
    to measure from already)."""
    if _PROVINCE_OF_BEFORE.search(text, max(0, place.start - _AREA_OF_REACH), place.start):
        return True
    if place.lat is None or place.lon is None:
        return False  # (no town to measure from: the name says nothing of a distance)
    here = (place.lat, place.lon)
    town_before = any(
        other.kind == "city" and other is not place and other.start >= 0
        and _SLOT_COMMA.fullmatch(text, other.end, place.start) is not None
        and other.lat is not None and other.lon is not None
        and distance_km(here, (other.lat, other.lon)) > _SLOT_TOWN_KM
        for other in places
    )
    return town_before and any(
        other.kind == "country" and other.start >= 0
        and _SLOT_COMMA.fullmatch(text, place.end, other.start) is not None
        for other in places
    )


# The second slot of a dateline, up to the date or the dash after it ("KIDAPAWAN CITY,
# Cotabato, Aug 5 -", "MARAWI, Lanao del Sur (Reuters) -").
_DATELINE_SLOT_AFTER = re.compile(
    r"\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]{2,8}\b)|\(|[-–—:])"
)


def _in_dateline_slot(text: str, place: Place, places: Sequence[Place]) -> bool:
    """The place follows the dateline city and a comma, and the date or the dash follows it."""
    if _DATELINE_SLOT_AFTER.match(text, place.end) is None:
        return False
    return any(
        other is not place
        and other.start >= 0
        and _DATELINE_SLOT_BEFORE.fullmatch(text, other.end, place.start) is not None
        and (
            opens_as_dateline(text, other)
            or (not text[: other.start].strip() and text[other.start : other.end].isupper())
        )
        for other in places
    )


# Between the dateline city and its second slot: a comma ("KIDAPAWAN CITY, ...").
_DATELINE_SLOT_BEFORE = re.compile(r"(?:\s+(?:CITY|City|TOWN|Town))?\s*,\s*")


# A database note of three slots, "(town, district, province)" (session 31).
_THREE_SLOT_NOTE = re.compile(r"\(([^(),;]{2,40}),\s*([^(),;]{2,40}),\s*([^(),;]{2,40})\)")
_THREE_SLOT_REACH = 90


def _three_slot(text: str, place: Place) -> int:
    """Which slot of a three-slot note the place fills (2: the district, 3: the province;
    0: none, or the first)."""
    opening = text.rfind("(", max(0, place.start - _THREE_SLOT_REACH), place.start)
    if opening < 0:
        return 0
    note = _THREE_SLOT_NOTE.match(text, opening)
    if note is None or place.start >= note.end():
        return 0
    if note.start(3) <= place.start:
        return 3
    return 2 if note.start(2) <= place.start else 0


def _unplaced_first_slots(text: str, places: Sequence[Place]) -> list[Place]:
    """The town of a note's first slot when the gazetteer placed nothing there and placed a
    later slot ("(Kuchlak, Quetta, Balochistan)", "(Kadhimiya, Baghdad)"): a village or a
    part of a city without a point, named as the note names it, so that the note says which
    town as well as which district (session 31)."""
    found = []
    for note in _NOTE_SLOTS.finditer(text):
        first = note.group(1)
        name = first.strip()
        if not _SLOT_NAME.fullmatch(name):
            continue
        if any(note.start(1) <= p.start < note.end(1) for p in places):
            continue
        if not any(note.end(1) <= p.start < note.end() for p in places):
            continue
        country = next(
            (p.country for p in places if note.end(1) <= p.start < note.end()), None
        )
        start = note.start(1) + first.index(name)
        found.append(Place(name=name, kind="city", country=country, start=start,
                           end=start + len(name)))
    return found


# A note of two or three slots, "(town, district[, province])".
_NOTE_SLOTS = re.compile(r"\(([^(),;]{2,40}),\s*[^(),;]{2,40},\s*[^(),;]{2,40}\)")


# A slot's name: capitalised words, no digits ("Kuchlak", "Dera Bugti", "Bir al-Abd").
_SLOT_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}")


def _in_province_slot(text: str, place: Place) -> bool:
    opening = text.rfind("(", max(0, place.start - _ADMIN_NOTE_REACH), place.start)
    if opening < 0:
        return False
    note = _ADMIN_NOTE.match(text, opening)
    return note is not None and note.start(2) <= place.start < note.end(2)


def reference_places(
    text: str, places: Sequence[Place], near_km: float = 0.0, landmarks: bool = False,
    anaphors: bool = False, institutions: bool = False, metro: bool = False,
    alone: bool = False, bodies: bool = False, companies: bool = False,
) -> frozenset[int]:
    """Indexes (into `places`) of the places the report names only as a reference point: every
    mention of the name is the text's dateline or the point a distance is measured from ("100
    km north of Niamey"). A dateline named nowhere else counts when the story names a place
    known to lie elsewhere (over 25 km away, a region, a settlement of its own:
    extract.places's own test); a place named again as where something happened ("in the
    northern city of Gao") is the report's own, not the area of its name ("Katsina state",
    "the department of San Salvador"). With `near_km`, a dateline also counts when the story
    names another town over `near_km` from it or a place it tells a distance from ("Balcad,
    30 km north of the capital"): a desk's dateline over a town of its province 12 km off is
    no place of the incident, as a quarter of its own city, nearer, may be. With `landmarks`
    (session 27), a town named only as the landmark of the report's place counts too
    ("Awasse, near Mocimboa da Praia": `_LANDMARK`); with `metro` (session 32), a city named
    as the metropolitan area of the report's place ("greater Recife", "the Grenoble suburb":
    `_METRO_BEFORE`, `_METRO_AFTER`). With `bodies` (session 33), a town named again only as
    the seat of its police or officials ("Irapuato police set up checkpoints", "officials in
    Kirkuk said": `_BODY_AFTER`, `_BODY_BEFORE`) is not named again; with `companies`, a town
    named as a company's seat or its shares' market ("the Bogota-based producer", "shares fell
    4.4% in Oslo": `_company_seat`) is a reference. With `anaphors` (session
    28), a dateline
    also counts when the story sets a place against it in other words ("Zamzam camp, 15 km
    south of the town", "the neighbouring municipality of Tlaquepaque"). None when nothing but
    a country would be left: the reference is then the best where the report says (with
    `alone`, the indexes all the same: the caller keeps them as places it knows to be
    references only)."""
    found: set[int] = set()
    lowered = text.lower()
    for index, place in enumerate(places):
        if place.kind == "country" or place.start < 0:
            continue
        needle = text[place.start : place.end].lower()
        if not needle:
            continue
        # A US dateline is mostly the event's own town, whose streets the story names (as
        # the extractor reads it).
        dateline = place.country != "US" and opens_as_dateline(text, place)
        # (a town: "7 miles from Clearwater County" puts the incident at the county's edge)
        def reference(at: int, size: int = len(needle)) -> bool:
            return (
                _measured_from(text, at)
                or (landmarks and _landmark(text, at))
                or (metro and _metro(text, at, at + size))
                or (companies and _company_seat(text, at, at + size))
            )

        first_reference = place.kind == "city" and reference(place.start)

        # (a US dateline counts too when every later mention is a reference: "HOUSTON - ...
        # in Pasadena, southeast of Houston", session 29)
        us_dateline = place.country == "US" and landmarks and opens_as_dateline(text, place)
        if not dateline and not us_dateline and not first_reference:
            continue
        later = []
        position = lowered.find(needle, place.end)
        while position >= 0:
            later.append(position)
            position = lowered.find(needle, position + len(needle))
        if near_km > 0:
            # (the province or district of the city's name is not the city named again)
            later = [at for at in later if not _names_its_area(text, at, at + len(needle))]
        if institutions:
            # (nor an institution named after it; nor a note's areas after the town a distance
            # is measured from)
            later = [at for at in later if not _institution_head(text, at, at + len(needle))]
            if first_reference:
                later = [at for at in later if not _in_admin_note(text, at)]
        if bodies:
            # (nor the seat of its police or officials: "Irapuato police", "officials in
            # Kirkuk said")
            later = [at for at in later if not _seat_of_a_body(text, at, at + len(needle))]
        if any(not reference(position) for position in later):
            continue  # named as a place of its own too
        if us_dateline and not later:
            continue
        if (
            dateline
            and not later
            and not named_far_from(text, place, list(places))
            and not (
                near_km > 0 and _names_another_town(text, place, places, near_km, anaphors)
            )
        ):
            continue  # the dateline may well be where it happened
        found.add(index)
    others = [
        place for index, place in enumerate(places)
        if index not in found and place.kind != "country"
    ]
    return frozenset(found) if found and (others or alone) else frozenset()


# "the department of San Salvador", "the province of Kirkuk": the area of the name after it
# (not "the Atalaya district of Cucuta", a part of the city).
_AREA_OF_BEFORE = re.compile(
    r"\bthe\s+(?-i:[a-z][a-z-]+\s+)?(?:state|province|region|oblast|governorate|department"
    r"|prefecture|district|territory)\s+of\s+\Z",
    re.IGNORECASE,
)
# (up to an adjective between, in lower case, session 33: "the central state of Zacatecas",
# "the restive province of Kirkuk"; not a name, "the Atalaya district of Cucuta" is a part of
# the city)
_AREA_OF_REACH = 40
# A place told as lying some way from another ("Balcad, 30 km north of the capital", "Tangi
# lies about 25 km north of the district headquarters"): a settlement of its own.
_DISTANCE_AFTER = re.compile(
    rf",?\s+(?:(?:which\s+)?(?:lies|is|sits)\s+(?:located\s+)?|an?\s+[\w-]+\s+)?{DISTANCE}"
)


def placed_by_distance(text: str, place: Place) -> bool:
    """The place is told as lying some way from another ("Plaine Savo, some 60 km north of
    Bunia"): a settlement of its own, that far from the other."""
    if place.start < 0:
        return False
    word = _AREA_WORD_AFTER.match(text, place.end)  # ("Maqbanah district, 60 km west of")
    return _DISTANCE_AFTER.match(text, word.end() if word else place.end) is not None


_AREA_WORD_AFTER = re.compile(r"\s+(?:district|territory|county|village|camp|area|town)\b")


def _names_its_area(text: str, start: int, end: int) -> bool:
    return (
        AREA_AFTER.match(text, end) is not None
        or _AREA_OF_BEFORE.search(text, max(0, start - _AREA_OF_REACH), start) is not None
    )


# A place the story sets against its dateline city by naming the city in other words (session
# 28, `anaphoric_dateline`): "Zamzam camp, about 15 km south of the town", "Datu Odin Sinsuat,
# the town bordering the city", "Pidhorodne, on the city's northern edge" ... "the
# neighbouring municipality of Tlaquepaque", "in neighbouring Guadalupe": another town than the
# one the report was filed from, whatever the distance.
_CITY_ANAPHOR = (
    r"the\s+(?:(?:provincial|regional|state|district|national)\s+)?(?:city|town|capital)"
    r"(?:['’]s\b|\b)"
)
_AGAINST_THE_CITY_AFTER = re.compile(
    r"(?:\s+(?:camp|village|town|district|area|settlement|municipality))?,?\s+"
    rf"(?:(?:which\s+)?(?:lies|is|sits)\s+(?:located\s+)?|an?\s+[\w-]+\s+"
    rf"|the\s+(?:[\w-]+\s+){{0,2}}?{_PLACE_NOUN}\s+)?"
    rf"(?:{DISTANCE}|{BEARING}|near|outside|bordering|beside|next\s+to|adjacent\s+to"
    r"|adjoining|on\s+the\s+(?:edge|outskirts)\s+of|just\s+(?:outside|beyond))\s+"
    rf"{_CITY_ANAPHOR}"
)
_NEIGHBOURING_BEFORE = re.compile(
    r"\b(?:neighbou?ring|adjacent|adjoining|nearby)\s+(?:(?:municipality|town|city|suburb"
    r"|district)\s+of\s+)?\Z"
    # (session 32: a place named a suburb is another municipality than the city: "in the
    # suburb of Echirolles", "the northern suburb of Ikeja")
    r"|\bthe\s+(?:[\w-]+\s+){0,2}?suburb\s+of\s+\Z"
)


def _set_against_the_city(text: str, place: Place) -> bool:
    return _AGAINST_THE_CITY_AFTER.match(text, place.end) is not None or (
        _NEIGHBOURING_BEFORE.search(text, max(0, place.start - 40), place.start) is not None
    )


def _names_another_town(
    text: str, dateline: Place, places: Sequence[Place], near_km: float,
    anaphors: bool = False,
) -> bool:
    """The story names a town over `near_km` from the dateline city, or a place it tells a
    distance from ("near Balcad, 30 km north of the capital"); with `anaphors`, or a place it
    sets against the dateline city named in other words (`_AGAINST_THE_CITY_AFTER`)."""
    here = (dateline.lat, dateline.lon)
    for other in places:
        if other is dateline or other.kind == "country" or other.start < 0:
            continue
        there = (other.lat, other.lon)
        if (
            other.kind == "city"
            and here[0] is not None and here[1] is not None
            and there[0] is not None and there[1] is not None
            and distance_km((here[0], here[1]), (there[0], there[1])) > near_km
        ):
            return True
        if _DISTANCE_AFTER.match(text, other.end) is not None:
            return True
        if anaphors and _set_against_the_city(text, other):
            return True
    return False


# An organisation written out with its acronym after it: the run of capitalised words (and the
# small words inside such names) before "(ACRONYM)", from the word whose initial opens it.
_ACRONYM = re.compile(r"\(([A-Z][A-Z-]{1,9})\)")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*|al|wal|el|of|the|and|for|in|de|del|la|i|e|y")
# The known groups' names, every spelling (claims_lexicon), as words.
_GROUP_WORDS = frozenset(
    word
    for name in (*GROUP_ALIASES, *(value.lower() for value in GROUP_ALIASES.values()))
    for word in re.split(r"[\s-]+", name)
    if len(word) >= 3
)


def organisation_words(
    text: str, extraction: Extraction, among: Collection[str] | None = None
) -> frozenset[str]:
    """Lower-case words of the organisations the report names: claimants and perpetrators the
    extractor found, known groups' names, and names written out with their acronym.

    `among`: the words the caller asks about, when it asks about no others (a known group's
    words are then looked for in the text only when one of them is among those: splitting
    the whole text into words was a tenth of the clusterer's feature step)."""
    words: set[str] = set()
    for claim in extraction.claims:
        words.update(_words(claim.actor))
        words.update(_words(claim.actor_normalized))
    for actor in extraction.actors:
        words.update(_words(actor))
    if among is None or not _GROUP_WORDS.isdisjoint(among):
        words.update(_GROUP_WORDS.intersection(_words(text)))
    if "(" in text:
        for match in _ACRONYM.finditer(text):
            acronym = match.group(1)
            before = text[max(0, match.start() - 120) : match.start()].split()
            run: list[str] = []
            for word in reversed(before[-(len(acronym) + 4) :]):
                if not _NAME_WORD.fullmatch(word):
                    break
                run.append(word)
            run.reverse()
            initials = [i for i, word in enumerate(run) if word[:1] == acronym[0]]
            if initials:
                words.update(_words(" ".join(run[initials[0] :])))
                words.add(acronym.lower())
    return frozenset(words)


# A word of a name: letters, digits and apostrophes (a hyphen or any other mark parts two).
_WORD = re.compile(r"[\w'’]+")


def _words(name: str) -> list[str]:
    return _WORD.findall(name.lower())
