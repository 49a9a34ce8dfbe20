"""Session 31 (#15): two municipalities of one metropolitan area, more clauses about another
incident, and filings years after the incident they charge.

- two dated reports whose first towns are two municipalities, neither naming the other's,
  sharing nothing finer than a province (compat.first_towns_contradiction): two places however
  near their points ("Cicero" and "Chicago");
- a sentence fronted by "The same day" telling harm done at a place it names
  (roles._SAME_DAY_FRONT) and a span "hours after" a counted bare plural ("hours after two
  men were killed across the river in Metairie", roles._TOLD_ANEW): another incident;
- an ordinal incident counted within one day ("the second deadly attack in the area in a
  day"): the report's incident is one of several (compat.SIBLINGS);
- a report dating its event to an event's own day in one of its places is past no time window
  (scoring.past_window_exempt): a sentencing summary years on;
- a database note of three slots "(town, district, province)" names the district in its middle
  slot, whatever town bears its name, and the town in its first, placed or not
  (references.areas_by_their_words);
- an incident told anew "earlier" in the report's day ("earlier in the day a smaller blast
  wounded pilgrims near the Kadhimiya shrine"): another incident (roles._EARLIER_ANEW);
- a place named under the city a report opens with that the gazetteer put abroad or far away
  is a part of that city ("... (08/14/2027): ... in the Algiers neighborhood"):
  features._namesake.
Every text and place is made up for these tests (real town names, invented incidents)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import first_towns_contradiction, says_siblings
from storyline.cluster.features import _city_quarters
from storyline.cluster.references import areas_by_their_words
from storyline.cluster.roles import sentence_roles
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict, Place

SETTINGS = ClusterSettings()
DAY = 740000


def _city(name: str, lat: float, lon: float) -> tuple[str, float, float]:
    return (name, lat, lon)


def _towns(
    first: str, places: set[str], event_first: str, event_places: set[str],
    *, day: int = DAY, event_day: int = DAY, family: str | None = "attack",
    region: str = "US:illinois", settings: ClusterSettings = SETTINGS,
) -> str | None:
    # every town 3 km apart: distance tells nothing here
    cities = tuple(_city(name, 41.85, -87.7) for name in places if name != region.split(":")[1])
    event_cities = tuple(
        (name, 1, 41.85, -87.73) for name in event_places if name != region.split(":")[1]
    )
    return first_towns_contradiction(
        day, first, frozenset(places), cities, (region,), family,
        Counter({event_day: 1}), (event_first,), frozenset(event_places), event_cities,
        (region,), settings,
    )


def test_two_municipalities_of_one_metro_area_each_named_first_are_two_places() -> None:
    for first, places, event_first, event_places, region in [
        ("cicero", {"cicero", "illinois"}, "chicago", {"chicago", "austin", "illinois"},
         "US:illinois"),
        ("dundalk", {"dundalk", "maryland"}, "baltimore", {"baltimore", "maryland"},
         "US:maryland"),
        ("metairie", {"metairie", "louisiana"}, "new orleans", {"new orleans", "louisiana"},
         "US:louisiana"),
        ("san pedro garza garcía", {"san pedro garza garcía", "nuevo león"}, "santa catarina",
         {"santa catarina", "nuevo león"}, "MX:nuevo león"),
        ("envigado", {"envigado", "antioquia"}, "itagüí", {"itagüí", "antioquia"},
         "CO:antioquia"),
        ("soledad", {"soledad", "atlántico"}, "barranquilla", {"barranquilla", "rebolo"},
         "CO:atlántico"),
        ("mixco", {"mixco"}, "villa nueva", {"villa nueva"}, "GT:guatemala"),
        ("east point", {"east point", "georgia"}, "atlanta", {"atlanta", "georgia"},
         "US:georgia"),
    ]:
        found = _towns(first, places, event_first, event_places, region=region)
        assert found is not None and first in found, (first, event_first)
        # off: no contradiction
        assert _towns(
            first, places, event_first, event_places, region=region,
            settings=replace(SETTINGS, first_town_veto=False),
        ) is None


def test_a_suburb_named_by_both_or_another_day_or_kind_is_no_such_contradiction() -> None:
    for first, places, event_first, event_places, kwargs in [
        # the event's report names the suburb too ("in Dundalk, outside Baltimore")
        ("dundalk", {"dundalk", "maryland"}, "dundalk", {"dundalk", "baltimore"}, {}),
        ("dundalk", {"dundalk", "maryland"}, "baltimore", {"baltimore", "dundalk"}, {}),
        # the article names the event's town beside its own
        ("cicero", {"cicero", "chicago"}, "chicago", {"chicago"}, {}),
        # a finer place in common (the same street)
        ("cicero", {"cicero", "14th street"}, "chicago", {"chicago", "14th street"}, {}),
        # days apart: the date tests' business
        ("cicero", {"cicero"}, "chicago", {"chicago"}, {"event_day": DAY + 3}),
        # undated
        ("cicero", {"cicero"}, "chicago", {"chicago"}, {"day": None}),
        # a flood covers many towns
        ("cicero", {"cicero"}, "chicago", {"chicago"}, {"family": "flood"}),
        # a county named first is no town
        ("cook county", {"cook county"}, "chicago", {"chicago"}, {}),
    ]:
        assert _towns(first, places, event_first, event_places, **kwargs) is None, (
            first, event_first, kwargs,
        )


def _background(text: str) -> list[str]:
    return [text[start:end].strip() for start, end, role in sentence_roles(text)
            if role == "background"]


def test_a_sentence_fronted_by_the_same_day_telling_harm_elsewhere_is_background() -> None:
    for text, other in [
        ("Gunmen killed five men at a bar in Ecatepec. The same day, three car-wash workers "
         "were shot dead in Coacalco.", "Coacalco"),
        ("A missile hit the port. On the same day a drone struck a farm in Vilniansk, north of "
         "the city.", "Vilniansk"),
        ("- Bombing at the bus depot; the same day gunmen ambushed a convoy near Afgooye.",
         "Afgooye"),
        ("Nine died in the raid. The same night, a grenade wounded four at a bar in Soacha.",
         "Soacha"),
        ("The blast killed three in Baquba. Later the same day, militants attacked a post at "
         "Muqdadiya.", "Muqdadiya"),
        ("A bomb went off in Kismayo. The same morning, an IED killed two soldiers outside "
         "Jamaame.", "Jamaame"),
        ("Rockets hit the camp. The same evening, unknown men burned a church in Kati.",
         "Kati"),
        ("Police said four died. On the same afternoon, a policeman was stabbed in Quincy.",
         "Quincy"),
    ]:
        assert any(other in span for span in _background(text)), text
    for text in [
        # the report's own next steps, or no place
        "The same day, police in Sibi arrested two men.",
        "Gunmen killed five in Ecatepec. The same day, prosecutors opened an inquiry.",
        "A bomb killed three. The same night, two of the wounded died.",
        "The same day as the funeral, mourners marched in Mubi.",
        "A drone hit the depot. The same day that it was hit, crews restored power in Odesa.",
    ]:
        assert _background(text) == [], text


def test_a_span_after_a_counted_bare_plural_is_another_incident() -> None:
    for text, other in [
        ("A woman was killed in Algiers late on Saturday, hours after two men were killed "
         "across the river in Metairie, police said.", "Metairie"),
        ("Gunmen shot a trader in Limbe, hours after three gendarmes died in an ambush in "
         "Buea.", "Buea"),
        ("The attack came hours after 12 villagers were killed near Tsafe.", "Tsafe"),
        ("A bomb hit the market on Friday, days after four soldiers were killed at a post in "
         "Ansongo.", "Ansongo"),
        ("The raid came a day after several gunmen stormed a school in Kaya.", "Kaya"),
        ("A man was stabbed in Quincy, hours after two teenagers were shot in Dorchester.",
         "Dorchester"),
        ("Shells hit Chuhuiv, hours after six people died in a strike on Kharkiv.",
         "Kharkiv"),
        ("The drone strike came hours after five fighters were killed outside Mayadin.",
         "Mayadin"),
    ]:
        assert any(other in span for span in _background(text)), text
    for text in [
        # a definite or pronoun subject takes up the report's own incident or people
        "She died in hospital in Metairie, hours after the shooting.",
        "The man died in Buea, hours after he was shot.",
        # no comma, no "came": the report's own timeline
        "Police arrested him hours after two men saw him in Kaya.",
        # no span
        "A woman was killed in Algiers after two men forced their way in.",
    ]:
        assert _background(text) == [], text


def test_an_ordinal_incident_counted_within_a_day_is_one_of_several() -> None:
    for lead in [
        "three workers are shot dead at a car wash in coacalco, the second deadly attack in "
        "the area in a day.",
        "it was the third bombing to hit the city within 24 hours.",
        "police said it was the second attack on the town within hours.",
        "the second ambush of a convoy on the road in a day left four dead.",
        "this is the second shooting in the neighbourhood in the same day, police said.",
        "the raid was the fourth attack on villages of the district within a day.",
        "the second grenade attack in the market within twenty-four hours wounded six.",
        "a second suicide bombing in the province in one day killed nine.",
    ]:
        assert says_siblings(lead), lead
    for lead in [
        "the second shooting this month in the area.",
        "a second suspect was arrested in a day.",
        "on the second day after the attack, in a day of mourning, shops closed.",
        "the second attack in the area in a week.",
        "the victim died on the second day in hospital.",
    ]:
        assert not says_siblings(lead), lead


def _assign(clusterer: Clusterer, number: int, text: str, published: str) -> str:
    article = Article(
        id=f"t31.{number}", text=text,
        published=datetime.fromisoformat(published).replace(tzinfo=UTC),
    )
    article, extraction = gate_and_extract(article)
    verdict = DedupVerdict(kind="new")
    return clusterer.assign(article, extraction, verdict).event_id


def test_a_sentencing_years_on_dating_the_incident_to_its_day_joins_it() -> None:
    for incident, reported, filing, published in [
        ("Philadelphia, Pennsylvania (09/03/2027): A man of 19 was shot dead on a basketball "
         "court in Germantown.", "2027-09-04",
         "SENTENCING SUMMARY. On or about September 3, 2027, the defendant fired at a "
         "basketball court in the Germantown section of Philadelphia, killing V-1, 19. On "
         "November 19, 2029 the court imposed 22 to 44 years.", "2029-11-20"),
        ("ZAPORIZHZHIA, Ukraine, Dec 3, 2028 - A missile hit a plant in Zaporizhzhia early on "
         "Sunday, killing three workers.", "2028-12-03",
         "RULING SUMMARY. The accused is charged with ordering the strike of December 3, 2028 "
         "on a plant in the city of Zaporizhzhia that killed three workers. Notice of "
         "suspicion was served on January 15, 2031.", "2031-02-10"),
    ]:
        clusterer = Clusterer()
        first = _assign(clusterer, 1, incident, reported)
        assert _assign(clusterer, 2, filing, published) == first, filing
        # off: past the window, never compared
        off = Clusterer(replace(SETTINGS, window_dated_day_exempt=False))
        first = _assign(off, 1, incident, reported)
        assert _assign(off, 2, filing, published) != first, filing


def _slot_place(text: str, name: str, kind: str = "city") -> Place:
    start = text.index(name)
    return Place(name=name, kind=kind, country="XX", start=start, end=start + len(name))


def test_a_three_slot_note_names_its_district_and_its_province() -> None:
    for note, town, district, province in [
        ("On 20 May 2027, armed men killed two guards (Kuchlak, Quetta, Balochistan). 2 "
         "fatalities.", "Kuchlak", "Quetta", "Balochistan"),
        ("On 4 April 2028, rebels burned a clinic (Oicha, Beni, Nord-Kivu).", "Oicha", "Beni",
         "Nord-Kivu"),
        ("On 20 October 2028, a motorcycle bomb went off near an exchange office (Sarmada, "
         "Harim, Idleb).", "Sarmada", "Harim", "Idleb"),
        ("On 22 May 2028, separatists killed a chief (Bali, Mezam, Nord-Ouest).", "Bali",
         "Mezam", "Nord-Ouest"),
        ("On 2 May 2026, an IED hit a patrol near the bridge (Buhriz, Baquba, Diyala).",
         "Buhriz", "Baquba", "Diyala"),
        ("On 9 July 2026, militants shot a teacher (Tangi, Charsadda, Khyber Pakhtunkhwa).",
         "Tangi", "Charsadda", "Khyber Pakhtunkhwa"),
        ("On 1 March 2026, gunmen raided a farm (Kwall, Bassa, Plateau). 11 fatalities.",
         "Kwall", "Bassa", "Plateau"),
        ("On 6 June 2026, shelling hit homes (Vilniansk, Zaporizkyi, Zaporizhzhia).",
         "Vilniansk", "Zaporizkyi", "Zaporizhzhia"),
    ]:
        places = [_slot_place(note, town), _slot_place(note, district),
                  _slot_place(note, province)]
        found = {(p.name, p.kind) for p in areas_by_their_words(
            note, places, three_slot_notes=True)}
        assert (town, "city") in found, note
        assert (f"{district} district", "region") in found, note
        assert (province, "region") in found, note
        # off: the middle slot stays the town of its name
        off = {(p.name, p.kind) for p in areas_by_their_words(note, places)}
        assert (district, "city") in off, note
        # a first slot the gazetteer left unplaced is still the note's town
        found = {(p.name, p.kind) for p in areas_by_their_words(
            note, places[1:], three_slot_notes=True)}
        assert (town, "city") in found, note
    for note, name in [
        # two slots: the district slot is read as before (the town as often as not)
        ("On 3 May 2027, gunmen killed a shepherd (Tuz Khurmatu, Saladin).", "Tuz Khurmatu"),
        # a list of four towns in brackets is no note
        ("Four towns were hit (Kuchlak, Quetta, Pishin, Chaman) on Friday.", "Quetta"),
        # the town outside the bracket
        ("Gunmen killed two men in Quetta (Sariab, 2 km, south).", "Quetta"),
    ]:
        found = {(p.name, p.kind) for p in areas_by_their_words(
            note, [_slot_place(note, name)], three_slot_notes=True)}
        assert (name, "city") in found, note


def test_an_incident_told_anew_earlier_in_the_day_is_background() -> None:
    for text, other in [
        ("ANCHOR: Baghdad counts its dead after a car bomb; earlier in the day a smaller blast "
         "wounded pilgrims near the Kadhimiya shrine.", "Kadhimiya"),
        ("ANCHOR: A violent Sunday. Earlier today a teenager was shot on the Dan Ryan near "
         "63rd.", "Dan Ryan"),
        ("Rockets hit the base. Earlier on Tuesday, two soldiers were killed at a post in "
         "Tessit.", "Tessit"),
        ("The raid left nine dead. Earlier that day, a mob torched a church in Kajuru.",
         "Kajuru"),
        ("Police sealed the area. Earlier this morning, an IED wounded three near Baquba.",
         "Baquba"),
        ("Four died in the blast. Earlier in the evening, a grenade hit a bar in Soacha.",
         "Soacha"),
        ("A drone hit the port. Earlier that night, several shells struck homes in Kherson.",
         "Kherson"),
        ("The toll rose to six. Earlier on Friday, 12 villagers were killed near Tsafe.",
         "Tsafe"),
    ]:
        assert any(other in span for span in _background(text)), text
    for text in [
        # no incident told anew: the report's own people and steps
        "Earlier, police said the attackers fled toward Kajuru.",
        "Earlier today the attack in Baquba killed two, officials said.",
        "Earlier on Tuesday, police in Tessit said the toll was rising.",
        "The victim had been seen earlier in the day at a market in Soacha.",
    ]:
        assert _background(text) == [], text


def _quarters(text: str, places: list[Place], settings: ClusterSettings = SETTINGS) -> tuple:
    return _city_quarters(text, places, settings)


def test_a_namesake_far_away_named_under_the_city_a_report_opens_with_is_its_part() -> None:
    for text, city, point, part, part_point, country in [
        ("New Orleans, Louisiana (08/14/2027): A woman was killed in the Algiers "
         "neighborhood.", "New Orleans", (29.95, -90.07), "Algiers", (36.75, 3.04), "DZ"),
        ("Philadelphia, Pennsylvania (09/03/2027): A man was shot dead in Frankford.",
         "Philadelphia", (39.95, -75.16), "Frankford", (38.5, -75.3), "US"),
        ("Boston, Massachusetts (08/05/2027): A woman was killed on a porch in Dorchester.",
         "Boston", (42.36, -71.06), "Dorchester", (50.71, -2.44), "GB"),
        ("Chicago, Illinois (06/20/2027): Three were shot at a party in Englewood.",
         "Chicago", (41.88, -87.63), "Englewood", (40.89, -73.97), "US"),
        ("Houston, Texas (03/02/2028): A man was shot dead outside a store in Sunnyside.",
         "Houston", (29.76, -95.37), "Sunnyside", (46.32, -120.01), "US"),
        ("Columbus, Ohio (06/12/2028): Four were wounded at a block party in Linden.",
         "Columbus", (39.96, -83.0), "Linden", (40.63, -74.24), "US"),
        ("Detroit, Michigan (10/02/2027): Two teens died near Gratiot in Brightmoor.",
         "Detroit", (42.33, -83.05), "Brightmoor", (51.5, -0.1), "GB"),
        ("Memphis, Tennessee (02/21/2028): Two were killed at a party in Orange Mound.",
         "Memphis", (35.15, -90.05), "Orange Mound", (28.5, -81.4), "US"),
    ]:
        places = [
            Place(name=city, kind="city", country="US", lat=point[0], lon=point[1],
                  start=text.index(city), end=text.index(city) + len(city)),
            Place(name=part, kind="city", country=country, lat=part_point[0],
                  lon=part_point[1], start=text.index(part), end=text.index(part) + len(part)),
        ]
        quarters, quarter_city = _quarters(text, places)
        assert part.lower() in quarters and quarter_city == city.lower(), text
        off = _quarters(text, places, replace(SETTINGS, namesake_quarters=False))
        assert part.lower() not in off[0], text
    for text, part, part_point in [
        # a distance measured: a town outside the city
        ("Chicago, Illinois (06/20/2027): A man from a town 200 km away, Peoria, was shot.",
         "Peoria", (40.69, -89.59)),
        # a town near enough to be a real neighbour is no namesake (the near test's business)
        ("Chicago, Illinois (06/20/2027): A man was shot in Joliet, police said.", "Joliet",
         (41.53, -88.08)),
    ]:
        places = [
            Place(name="Chicago", kind="city", country="US", lat=41.88, lon=-87.63, start=0,
                  end=7),
            Place(name=part, kind="city", country="US", lat=part_point[0], lon=part_point[1],
                  start=text.index(part), end=text.index(part) + len(part)),
        ]
        assert part.lower() not in _quarters(text, places)[0], text
