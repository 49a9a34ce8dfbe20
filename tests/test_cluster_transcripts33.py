"""Session 33 (#15): transcripts, desks' towns and provinces named like their capitals.

- a transcript's questioner, after the first question, names someone or somewhere not named
  before: the question brings in another incident, and the answer's sentences naming it set
  that incident apart (roles._asked_about_others);
- a dateline's city is no rare name of the report (features.article_features, `_names`);
- a dateline city named again only as the seat of its police or officials ("Irapuato police
  closed the road", "officials in Kirkuk said") is named nowhere else as a place
  (references._seat_of_a_body);
- a town named as a company's seat or its shares' market ("the Bogota-based producer",
  "shares fell 4.4% in Oslo") is a reference, no place of the incident
  (references._company_seat);
- a town named after "the (central) state of" or set by commas between a town and its country
  ("Fresnillo, Zacatecas, Mexico") is that province (references._named_as_a_province);
- a brief dating its incident surely is dated for the test of two municipalities' first towns
  (compat.first_towns_contradiction, `first_town_sure_briefs`).
Every text and place is made up for these tests (real town names, invented incidents)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.features import article_features
from storyline.cluster.references import _company_seat, areas_by_their_words, reference_places
from storyline.cluster.roles import sentence_roles
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict, Place

SETTINGS = ClusterSettings()


def _background(text: str) -> list[str]:
    return [text[start:end] for start, end, kind in sentence_roles(text) if kind == "background"]


def test_a_later_question_naming_a_new_place_brings_in_another_incident() -> None:
    for text, other, own in [
        ("Q: Sheriff, was it three people hurt at the depot in Ocala?\n"
         "A: Two. The third went home the same night.\n"
         "Q: Is this tied to the break-in at Belleview last spring?\n"
         "A: Belleview was a burglary with no one hurt. This is a shooting.",
         "Belleview", "Ocala"),
        ("REPORTER: Governor, you first said nine died in the ferry fire at Tacloban.\n"
         "GOVERNOR ROMUALDEZ: Seven. Two were found alive on a fishing boat.\n"
         "REPORTER: And Ormoc last week?\n"
         "GOVERNOR ROMUALDEZ: Ormoc was an engine fault. Here we suspect arson.",
         "Ormoc", "Tacloban"),
        ("HOST: Inspector, the post in Garissa was hit at dawn?\n"
         "INSPECTOR WANJIKU: Shortly after five. Two officers died.\n"
         "HOST: Dadaab's camp saw gunfire the same morning. Same group?\n"
         "INSPECTOR WANJIKU: Dadaab is a hundred kilometres away and we have no link.",
         "Dadaab", "Garissa"),
        ("Q: Mayor, the blaze at the textile mill in Tirupur, how many workers died?\n"
         "A: Four, not six as some channels say.\n"
         "Q: Some compare it to the boiler blast at Erode in March.\n"
         "A: Erode was a boiler. Here the wiring caught fire.",
         "Erode", "Tirupur"),
        ("ANALYST (Kestrel Research): Can you walk us through the fire at your Antofagasta "
         "terminal?\nCEO: One contractor died; the berth is shut for a week.\n"
         "ANALYST: Any read-across to Mejillones?\n"
         "CEO: Mejillones runs on a different design. No.",
         "Mejillones", "Antofagasta"),
        ("Q: Colonel, the bomb at the market in Mubi killed how many?\n"
         "A: Five, and twelve wounded.\n"
         "Q: Michika was attacked too on Tuesday. Is it the same cell?\n"
         "A: Michika was a raid on farms. I cannot say more.",
         "Michika", "Mubi"),
        ("QUESTION: Chief, was the gunman at the Hollister pharmacy known to you?\n"
         "CHIEF ALVARADO: He had no record.\n"
         "QUESTION: Were Gilroy officers also called to a shooting that night?\n"
         "CHIEF ALVARADO: Gilroy had a separate call, a domestic dispute.",
         "Gilroy", "Hollister"),
        ("Q: Minister, the group says 30 died at the checkpoint in Beledweyne.\n"
         "A: Eleven. Their figures are propaganda.\n"
         "Q: Was Jowhar hit on the same night?\n"
         "A: Jowhar had mortar fire and no casualties.",
         "Jowhar", "Beledweyne"),
    ]:
        background = _background(text)
        assert any(other in span for span in background), text
        assert not any(own in span for span in background), text
    for text in [
        # the first question sets out the report's own incident
        "Q: Sheriff, is it true the shooting in Ocala left three dead?\nA: Two.\n"
        "Q: How many wounded?\nA: Four.",
        # a later question with no new name: the report's own incident asked about again
        "REPORTER: Chief, the fire at Tacloban port began when?\nCHIEF: Around ten.\n"
        "REPORTER: And the dead at Tacloban port?\nCHIEF: Seven.",
        "Q: Colonel, how many died in Mubi?\nA: Five.\nQ: And the wounded in Mubi?\nA: Twelve.",
        # no questioner's label: a statement, not a transcript
        "GOVERNOR: Three died in Shostka today. Sumy itself was quiet. I thank the rescuers.",
        # a record's labels are no speakers
        "Location: Garissa. Event: attack on a police post. Casualties: 2 killed.",
        "Q: Was the market in Mubi open?\nA: Yes, it was market day.",
        "HOST: Inspector, when did it begin?\nINSPECTOR: At five.\nHOST: And when did it end?\n"
        "INSPECTOR: By six.",
        "Q: Doctor, were the injured from Ocala brought here?\nA: All of them.\n"
        "Q: How are they?\nA: Stable.",
    ]:
        assert _background(text) == [], text


def _features(text: str, published: str = "2029-05-20"):  # type: ignore[no-untyped-def]
    article = Article(
        id="t33", url=None, title=None, text=text,
        published=datetime.fromisoformat(published).replace(tzinfo=UTC), source="test",
    )
    article, extraction = gate_and_extract(article)
    return extraction, article_features(article, extraction, SETTINGS)


def test_a_datelines_city_is_no_rare_name_of_the_report() -> None:
    named_off = 0
    for text, desk in [
        ("RAIPUR, India, May 20 - Two constables were killed when Maoists fired on a patrol near "
         "Konta in Sukma district on Sunday, police said.", "raipur"),
        ("MAIDUGURI, Nigeria, May 20 - Gunmen killed four farmers near Damboa on Sunday, a "
         "militia leader said.", "maiduguri"),
        ("QUETTA, Pakistan, May 20 - A roadside bomb killed two levies personnel near Turbat on "
         "Sunday, officials said.", "quetta"),
        ("POPAYAN, Colombia, May 20 - A drone dropped explosives on a police post in Argelia on "
         "Sunday, wounding three officers.", "popayan"),
    ]:
        extraction, features = _features(text)
        assert desk not in features.name_words, text
        if extraction.dateline is None:
            continue
        off = article_features(
            Article(id="t33", url=None, title=None, text=text,
                    published=datetime(2029, 5, 20, tzinfo=UTC), source="test"),
            extraction, replace(SETTINGS, dateline_no_name=False),
        )
        # (a dateline the extraction keeps among the places is a reference, no name either)
        named_off += desk in off.name_words
    assert named_off >= 1


def _place(text: str, name: str, lat: float, lon: float, kind: str = "city") -> Place:
    start = text.lower().index(name.lower())  # (a dateline in capitals first)
    return Place(name=name, kind=kind, country="MX", start=start, end=start + len(name),
                 lat=lat, lon=lon)


def test_a_dateline_named_again_only_as_its_bodys_seat_is_where_the_report_was_filed() -> None:
    for text, desk, town in [
        ("PUEBLA, Mexico, May 20 - Three men died when gunmen fired on a bus in neighbouring "
         "Atlixco on Sunday. Puebla police closed the highway.", ("Puebla", 19.04, -98.2),
         ("Atlixco", 18.91, -98.43)),
        ("PUEBLA, Mexico, May 20 - Gunmen killed three men at a bus stop in Atlixco on Sunday, "
         "officials in Puebla said.", ("Puebla", 19.04, -98.2), ("Atlixco", 18.91, -98.43)),
        ("PUEBLA, Mexico, May 20 - A bus driver was shot dead in Atlixco, the Puebla "
         "prosecutor's office said.", ("Puebla", 19.04, -98.2), ("Atlixco", 18.91, -98.43)),
        ("PUEBLA, Mexico, May 20 - Three died in Atlixco on Sunday, the Puebla mayor said.",
         ("Puebla", 19.04, -98.2), ("Atlixco", 18.91, -98.43)),
    ]:
        dateline = _place(text, *desk)
        other = _place(text, *town)
        assert reference_places(text, [dateline, other], 10.0, bodies=True) == {0}, text
        assert reference_places(text, [dateline, other], 10.0, bodies=False) == set(), text
    for text in [
        # the town named again as where something happened, or as its body's building
        "PUEBLA, Mexico, May 20 - Gunmen fired on a bus in Atlixco and later on a patrol in "
        "Puebla, police said.",
        "PUEBLA, Mexico, May 20 - A grenade hit a bus in Atlixco; another was thrown at the "
        "Puebla police station.",
        "PUEBLA, Mexico, May 20 - Three men died in Atlixco; Puebla residents marched in "
        "protest.",
        "PUEBLA, Mexico, May 20 - Gunmen shot a driver in Atlixco and fled to Puebla, where "
        "police caught them.",
    ]:
        dateline = _place(text, "Puebla", 19.04, -98.2)
        other = _place(text, "Atlixco", 18.91, -98.43)
        assert reference_places(text, [dateline, other], 10.0, bodies=True) == set(), text


def test_a_name_after_the_state_of_or_between_a_town_and_its_country_is_the_province() -> None:
    def read(text: str, places: list[Place]) -> dict[str, str]:
        found = areas_by_their_words(text, places, False, True, True, province_slots=True)
        return {place.name: place.kind for place in found}

    for text, town, province in [
        ("05/20/2029: Gunmen killed four at a ranch in Fresnillo, Zacatecas, Mexico.",
         "Fresnillo", "Zacatecas"),
        ("05/20/2029: A grenade hit a bar in Gomez Palacio, Durango, Mexico, wounding six.",
         "Gomez Palacio", "Durango"),
        ("Gunmen killed four at a ranch in Fresnillo, in the central state of Zacatecas.",
         "Fresnillo", "Zacatecas"),
        ("Congress of the State of Durango heard the figures from Gomez Palacio.",
         "Gomez Palacio", "Durango"),
        ("Police said the convoy was attacked near Hawija, in the northern province of Kirkuk.",
         "Hawija", "Kirkuk"),
        ("05/20/2029: Bandits killed nine in Faskari, Katsina, Nigeria.", "Faskari", "Katsina"),
    ]:
        places = [_place(text, town, 20.0, -100.0), _place(text, province, 21.0, -101.0)]
        for country in ("Mexico", "Nigeria"):
            if country in text:
                places.append(_place(text, country, 23.0, -102.0, kind="country"))
        kinds = read(text, places)
        assert kinds[province] == "region" and kinds[town] == "city", text
    for text, name in [
        # the town itself, where the incident was, or a list of towns
        ("05/20/2029: Gunmen killed two police officers in Zacatecas, Mexico.", "Zacatecas"),
        ("Gunmen attacked bars in Fresnillo, Zacatecas and Jerez on Saturday.", "Zacatecas"),
        ("The state of the road to Zacatecas worried the drivers.", "Zacatecas"),
        ("05/20/2029: A bomb hit a market in Kirkuk, Iraq, killing two.", "Kirkuk"),
    ]:
        places = [_place(text, name, 21.0, -101.0)]
        for town in ("Fresnillo", "Jerez"):
            if town in text:
                places.append(_place(text, town, 20.0, -100.0))
        for country in ("Mexico", "Iraq"):
            if country in text:
                places.append(_place(text, country, 23.0, -102.0, kind="country"))
        assert read(text, places)[name] == "city", text


def _assign(clusterer: Clusterer, number: int, text: str, published: str) -> str:
    article = Article(
        id=f"t33.{number}", text=text,
        published=datetime.fromisoformat(published).replace(tzinfo=UTC),
    )
    article, extraction = gate_and_extract(article)
    return clusterer.assign(article, extraction, DedupVerdict(kind="new")).event_id


def test_a_brief_of_the_day_in_one_municipality_is_not_the_next_ones_incident() -> None:
    for first, second in [
        ("CALI, Colombia, May 19 - A car bomb exploded outside the police station of Jamundi, "
         "a town just south of Cali, on Saturday, killing two people.",
         "CALI, Colombia, May 19 - A grenade thrown at a nightclub in the Granada area of Cali "
         "on Saturday wounded five people, police said."),
        ("BARRANQUILLA, Colombia, May 19 - Gunmen on a motorcycle killed two men outside a "
         "shop in Soledad, next to Barranquilla, on Saturday, police said.",
         "BARRANQUILLA, Colombia, May 19 - A grenade thrown at a bar in the Rebolo area of "
         "Barranquilla on Saturday wounded six people, police said."),
    ]:
        clusterer = Clusterer()
        one = _assign(clusterer, 1, first, "2029-05-19")
        assert _assign(clusterer, 2, second, "2029-05-19") != one, second
        # off: the brief's day is no dated day, and the two joined
        off = Clusterer(replace(SETTINGS, first_town_sure_briefs=False))
        one = _assign(off, 1, first, "2029-05-19")
        assert _assign(off, 2, second, "2029-05-19") == one, second
    # the same incident told twice stays one
    clusterer = Clusterer()
    one = _assign(clusterer, 1, "CALI, Colombia, May 19 - A car bomb exploded outside the "
                  "police station of Jamundi on Saturday, killing two people.", "2029-05-19")
    assert _assign(clusterer, 2, "CALI, Colombia, May 19 - Two people died when a car bomb "
                   "blew up at the Jamundi police station on Saturday morning.",
                   "2029-05-19") == one


def test_a_companys_seat_or_its_shares_market_is_no_place_of_the_incident() -> None:
    for text, town in [
        ("A blast at a gas plant near Secunda killed two; the Sandton-based group said output "
         "would resume.", "Sandton"),
        ("The Houston, Texas-based operator shut the terminal after the fire.", "Houston"),
        ("The Nairobi-listed lender said two guards died at its branch in Garissa.", "Nairobi"),
        ("The miner, headquartered in Perth, said a contractor died at its Tanzanian pit.",
         "Perth"),
        ("The refiner, based in Rotterdam, said the fire at its Antwerp site was out.",
         "Rotterdam"),
        ("Shares of Pacifico Freight fell 3.1% in Lima after a truck was torched near Puno.",
         "Lima"),
        ("Minera Andes shares slid 6% in Santiago on Tuesday after the collapse at Calama.",
         "Santiago"),
        ("The stock dropped a further 2.4% in Toronto after a second mine fire.", "Toronto"),
    ]:
        start = text.index(town)
        assert _company_seat(text, start, start + len(town)), text
    for text, town in [
        # where the incident was, or a market named as a place of its own
        ("A blast at a gas plant near Secunda killed two workers, officials said.", "Secunda"),
        ("Shares fell 4% after a gunman killed three people in Tulsa.", "Tulsa"),
        ("A fire broke out at the stock exchange building in Lima on Monday.", "Lima"),
        ("Gunmen attacked a bank branch in Nairobi, killing a guard.", "Nairobi"),
        ("The shares of the victims' families were paid out in Perth.", "Perth"),
        ("Police based their case on footage from Rotterdam.", "Rotterdam"),
        ("Two workers died at the company's plant in Santiago on Tuesday.", "Santiago"),
        ("Stock was looted from the warehouse in Toronto overnight.", "Toronto"),
    ]:
        start = text.index(town)
        assert not _company_seat(text, start, start + len(town)), text
