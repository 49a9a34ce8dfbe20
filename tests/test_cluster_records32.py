"""Session 32 (#15): records of labelled fields and more sentences about another incident.

- a record of labelled fields (an embassy alert, a travel-risk notice, an incident log) lists
  earlier incidents under a label of its own ("Background:", "Previous incidents:"), up to the
  next label: that field is no part of the report (roles "listed"), and an event date read in
  it is the earlier incident's (features._listed_date_dropped);
- a sentence fronted by "Earlier that day" / "Earlier on Monday" whose bare subject (a mass
  noun, a plural without an article) does harm at a place it names: another incident
  (roles._EARLIER_BARE);
- a turn-away adverb set off by a colon ("Separately: ..."), as threads and bulletins write it
  (roles._TURN_AWAY);
- another incident named as a report still being checked ("Reports of shooting at X are being
  checked"): the sentence is about that incident (roles._UNVERIFIED);
- a city named as the metropolitan area of the report's place ("greater Recife", "the
  Grenoble suburb") and a dateline over a place named a suburb ("in the suburb of
  Echirolles") are references (references._METRO_BEFORE, _METRO_AFTER, _NEIGHBOURING_BEFORE);
  a report naming a town only as its place's reference is not of an event placed in that town
  (compat.reference_contradiction).
Every text and place is made up for these tests (real town names, invented incidents)."""

from __future__ import annotations

from datetime import UTC, datetime

from storyline.cluster import ClusterSettings
from storyline.cluster.compat import reference_contradiction
from storyline.cluster.features import article_features
from storyline.cluster.references import reference_places
from storyline.cluster.roles import sentence_roles
from storyline.pipeline import gate_and_extract
from storyline.records import Article, Place

SETTINGS = ClusterSettings()


def _spans(text: str, role: str) -> list[str]:
    return [text[start:end] for start, end, kind in sentence_roles(text) if kind == role]


def test_a_records_field_listing_earlier_incidents_is_listed_up_to_the_next_label() -> None:
    for text, earlier, own in [
        ("Location: Salamanca. Event: shooting at a food stall. Casualties: 3 killed. "
         "Background: same night, 7 killed at a bar in Irapuato. Actions to take: avoid "
         "nightlife.", "Irapuato", "Salamanca"),
        ("Incident record. Location: Farish Street, Jackson. Date/Time: 13 Jul, 01:40. "
         "Background: 22 Jun, 2 killed at a gathering in Battlefield Park.", "Battlefield Park",
         "Farish Street"),
        ("SECURITY ALERT\nLocation: Tumaco market\nEvent: grenade at a bar\nPrevious incidents: "
         "four fishermen shot dead off Tumaco on 2 Oct; two soldiers killed near Barbacoas\n"
         "Status: area cordoned", "Barbacoas", "grenade at a bar"),
        ("Event: IED vs ranger patrol. Location: Bannang Sata. Casualties: 2 KIA. Context: a "
         "headman was shot in Raman district the same day. Status: roads closed.",
         "Raman district", "Bannang Sata"),
        ("Location: Mpeketoni. Event: farm attack. Recent incidents: bus passengers shot on the "
         "Witu road in February. Actions to take: no road travel after dark.", "Witu road",
         "farm attack"),
        ("Event: car bomb at a hotel gate in Beledweyne. Background: mortar rounds on Bulo "
         "Burte; a hotel siege in Mogadishu in February.", "Mogadishu", "Beledweyne"),
        ("Location: Anka market. Casualties: 6 killed. Earlier incidents: 14 villagers killed in "
         "Anka LGA in July. Actions to take: avoid road travel.", "14 villagers", "Anka market"),
        ("Date: 5 May. Location: Lakki Marwat checkpoint. History: police post attacked in "
         "Bannu on 4 May (TTP). Perpetrator(s): unknown.", "Bannu", "Lakki Marwat"),
    ]:
        listed = _spans(text, "listed")
        assert len(listed) == 1 and earlier in listed[0], text
        assert own not in listed[0], text
    for text in [
        # no field label: prose that says "background" or names a history
        "Police said the background of the attack was a feud over land in Salamanca.",
        "The history teacher was among those hurt in the attack on Tumaco's market.",
        "Status: 3 killed in Salamanca. Actions to take: avoid the market.",
        "The background checks of the suspects were done in Jackson.",
        "Location: Jackson. Event: shooting. Casualties: 1 killed.",
        "The context: three people died at the bar in Irapuato on Saturday night.",
        "Location: Gwoza. Event: suicide bombing at the cattle market. Status: market closed.",
        "Background music was playing at the Irapuato bar when the gunmen walked in.",
    ]:
        assert _spans(text, "listed") == [], text


def _features(text: str, published: str) -> tuple[int | None, frozenset[str]]:
    article = Article(
        id="t", url=None, title=None, text=text,
        published=datetime.fromisoformat(published).replace(tzinfo=UTC), source="test",
    )
    article, extraction = gate_and_extract(article)
    features = article_features(article, extraction, SETTINGS)
    return features.event_day, features.places


def test_a_date_read_in_a_field_of_earlier_incidents_is_not_the_reports() -> None:
    for text, published, earlier_day in [
        ("Incident record. Location: Farish Street, Jackson, MS. Event: shooting outside a "
         "club. Casualties: 1 dead. Background: 22 Jun 2028, 2 killed and 5 injured at a park "
         "in Jackson.", "2028-07-14", "2028-06-22"),
        ("ALERT. Location: Tumaco, Narino. Event: grenade thrown at a bar. Casualties: 1 killed. "
         "Previous incidents: 2 Oct 2028, four fishermen shot dead off Tumaco.", "2028-10-21",
         "2028-10-02"),
    ]:
        day, _ = _features(text, published)
        assert day != datetime.fromisoformat(earlier_day).date().toordinal(), text


def test_a_sentence_fronted_by_earlier_with_a_bare_subject_doing_harm_elsewhere() -> None:
    for text, other in [
        ("An old woman died when a drone hit her home in Marhanets. Earlier that day artillery "
         "had killed three people in Nikopol.", "Nikopol"),
        ("Two soldiers died in the ambush. Earlier on Monday gunmen torched shops in Pulka.",
         "Pulka"),
        ("The market reopened at noon. Earlier this morning mortar fire wounded four in Bulo "
         "Burte.", "Bulo Burte"),
        ("A headman was shot in Raman. Earlier in the day roadside bombs struck rangers near "
         "Bannang Sata.", "Bannang Sata"),
        ("Police cordoned the stall. Earlier that night shellfire hit homes in Kherson.",
         "Kherson"),
        ("The bus was set alight. Earlier today militants attacked a checkpoint outside "
         "Amirli.", "Amirli"),
        ("Three fishermen died off the coast. Earlier on Friday insurgents raided villages near "
         "Quissanga.", "Quissanga"),
        ("A guide was killed by the beach. Earlier in the afternoon gunfire killed a driver at "
         "a stop in La Ceiba.", "La Ceiba"),
    ]:
        assert any(other in span for span in _spans(text, "background")), text
    for text in [
        # a definite subject, a pronoun or the report's sources: its own incident taken up
        "Earlier that day the shelling of Nikopol killed three, the governor said.",
        "Earlier on Monday they attacked the post in Pulka.",
        "Earlier this morning police in Kherson said the toll was rising.",
        "Earlier today officials in Amirli said two men were hurt in the attack.",
        # no harm told, or no place named
        "Earlier that day residents gathered at a mosque in Nikopol.",
        "Earlier on Friday gunmen killed two soldiers, the army said.",
        "Earlier in the day crowds marched through La Ceiba.",
        "The victim had been seen earlier in the day at a market in Soacha.",
    ]:
        assert _spans(text, "background") == [], text


def test_a_turn_away_adverb_set_off_by_a_colon_opens_another_incident() -> None:
    for text, other in [
        ("3/ Toll at the port now 4. Separately: drone debris fell on a school in Chornomorsk.",
         "Chornomorsk"),
        ("Four dead in Odesa. Elsewhere: a shell hit a depot in Kherson.", "Kherson"),
        ("The strike killed two. In other news: a grenade wounded five at a bar in Tumaco.",
         "Tumaco"),
        ("The raid killed nine.\nSeparately: gunmen shot a driver near Eringeti.", "Eringeti"),
        ("Two soldiers died. In a separate incident: a mine killed a farmer in Morales.",
         "Morales"),
        ("UPDATE: toll 6. Separately : an IED hit a patrol in Khan Abad.", "Khan Abad"),
        ("Nine were hurt at the mosque. Elsewhere : mortars struck homes in Jarablus.",
         "Jarablus"),
        ("The bus attack killed three. In an unrelated incident: a man was stabbed in Witu.",
         "Witu"),
    ]:
        assert any(other in span for span in _spans(text, "background")), text
    for text in [
        "Police said the attackers separated the men from the women in Chornomorsk.",
        "Status: separately reported; 2 killed in Kherson.",
        "Location: Elsewhere Lane, Tumaco. Event: shooting.",
        "The two blasts in Morales were set off separately, the army said.",
        "Residents fled elsewhere after the attack on Witu.",
        "Separately wrapped parcels exploded in Jarablus, killing two.",
        "The victims were buried separately in Khan Abad on Friday.",
        "Nine were hurt in the attack on the mosque in Eringeti.",
    ]:
        assert _spans(text, "background") == [], text


def test_another_incident_named_as_a_report_being_checked_is_background() -> None:
    for text, other in [
        ("4/ Toll at Onitsha market is 7. Reports of shooting at Nkpor are being checked.",
         "Nkpor"),
        ("Nine dead in Mubi. Reports about gunmen in Michika are being verified separately.",
         "Michika"),
        ("The toll rose to five. We are also checking reports of an explosion near Bama.",
         "Bama"),
        ("Six died in the raid. Unconfirmed reports that a school was torched in Gwoza are "
         "still being investigated.", "Gwoza"),
        ("The governor spoke at noon. A report of gunfire at a checkpoint in Pulka is being "
         "looked into.", "Pulka"),
        ("Three killed in Bannu. Police are verifying reports about an attack in Tank.", "Tank"),
        ("UPDATE: 11 dead. Reports that shells hit homes in Jarablus were being checked.",
         "Jarablus"),
        ("The toll stands at 4. Our desk is looking into reports of a blast in Khan Abad.",
         "Khan Abad"),
    ]:
        assert any(other in span for span in _spans(text, "background")), text
    for text in [
        # the report's own figures or people being checked, no place named
        "Reports of more casualties are being checked.",
        "Reports that two more people died are being verified by the hospital.",
        "Police are verifying reports that the attackers fled on motorcycles.",
        # a report filed, not checked
        "Reports of shooting at Nkpor reached police at 9 pm, and officers found two dead.",
        "Residents told reporters in Michika that gunmen had fled.",
        "The report of the inquiry into the Gwoza bombing was published on Monday.",
        "Nine people died in Mubi; reports say the gunmen came from the hills.",
        "Officials in Bama are checking the identities of the dead.",
    ]:
        assert _spans(text, "background") == [], text


def _place(text: str, name: str, country: str = "XX", kind: str = "city") -> Place:
    start = text.index(name)
    return Place(name=name, kind=kind, country=country, lat=1.0, lon=1.0, start=start,
                 end=start + len(name))


def _references(text: str, places: list[Place], alone: bool = False) -> set[str]:
    found = reference_places(
        text, places, SETTINGS.exact_town_km, landmarks=True, anaphors=True, metro=True,
        alone=alone,
    )
    return {places[index].name for index in found}


def test_a_city_named_as_the_metropolitan_area_of_the_reports_place_is_a_reference() -> None:
    for text, own, metro in [
        ("In Echirolles, a teenager was stabbed; police in the Grenoble suburb said two were "
         "held.", "Echirolles", "Grenoble"),
        ("An off-duty officer was shot dead in Jaboatao, greater Recife, on Sunday.",
         "Jaboatao", "Recife"),
        ("Gunmen killed three at a bar in Guadalupe, in the Monterrey metropolitan area.",
         "Guadalupe", "Monterrey"),
        ("A grenade hit a shop in Ikeja, on Lagos's outskirts, wounding four.", "Ikeja",
         "Lagos"),
        ("Two died in a shooting in Soledad, part of the Barranquilla metro area.", "Soledad",
         "Barranquilla"),
        ("A drone hit a warehouse in Brovary, in Greater Kyiv, overnight.", "Brovary", "Kyiv"),
        ("Police found two bodies in Itagui, one of the Medellin suburbs.", "Itagui",
         "Medellin"),
        ("A car bomb wounded six in Sadr City; the Baghdad conurbation was on alert.",
         "Sadr City", "Baghdad"),
    ]:
        assert _references(text, [_place(text, own), _place(text, metro)]) == {metro}, text
    for text, own in [
        # the city named as where it happened, or no other place
        ("Gunmen killed three at a bar in Monterrey, police said.", "Monterrey"),
        ("A teenager was stabbed in central Grenoble on Saturday.", "Grenoble"),
        ("The greatest number of victims were in Recife, officials said.", "Recife"),
        ("Two died in Lagos; suburbs of the city were sealed off.", "Lagos"),
    ]:
        assert _references(text, [_place(text, own)]) == set(), text


def test_a_dateline_over_a_place_named_a_suburb_is_a_reference() -> None:
    for text, dateline, own in [
        ("GRENOBLE, June 4 - A 17-year-old was stabbed in the suburb of Echirolles late on "
         "Saturday.", "GRENOBLE", "Echirolles"),
        ("LAGOS, May 2 - Gunmen robbed a bank in the northern suburb of Ikeja on Friday.",
         "LAGOS", "Ikeja"),
        ("NAIROBI, Jan 9 - Two were shot in the eastern suburb of Kayole overnight.",
         "NAIROBI", "Kayole"),
    ]:
        places = [_place(text, dateline), _place(text, own)]
        assert _references(text, places) == {dateline}, text


def test_a_town_named_as_the_reference_of_the_reports_place_is_not_its_event() -> None:
    events = (frozenset({"puebla", "puebla state"}), ("puebla",))
    for places, referenced in [
        ({"san andrés cholula"}, {"puebla"}),  # "San Andres Cholula, beside the city of Puebla"
        ({"puebla"}, {"puebla"}),  # reference only: "Cholula, greater Puebla", Cholula unread
        ({"atlixco", "puebla state"}, {"puebla"}),
        ({"amozoc"}, {"puebla"}),
    ]:
        assert reference_contradiction(
            frozenset(places), frozenset(referenced), ("MX:puebla state",), events[0],
            events[1], SETTINGS,
        ), places
    for places, referenced, event_places, firsts in [
        # the event is the report's own town, or names no first town, or the reference is not
        # where the event is
        ({"san andrés cholula"}, {"puebla"}, {"san andrés cholula", "puebla"},
         ("san andrés cholula",)),
        ({"puebla"}, {"puebla"}, {"puebla"}, ()),
        ({"amozoc"}, {"tehuacán"}, {"puebla"}, ("puebla",)),
        ({"amozoc"}, set(), {"puebla"}, ("puebla",)),
    ]:
        assert reference_contradiction(
            frozenset(places), frozenset(referenced), (), frozenset(event_places), firsts,
            SETTINGS,
        ) is None, places


def test_an_anchors_lead_in_clause_before_the_story_handed_over_is_another_incident() -> None:
    for text, other, own in [
        ("ANCHOR: Good evening. A violent day in Kano: a trader was stabbed at a market this "
         "morning, and tonight a bomb struck a bus station in Sabon Gari. REPORTER: The blast "
         "came at seven.", "stabbed at a market", "Sabon Gari"),
        ("PRESENTER: In Sindh, gunmen shot a teacher near Larkana before dawn, and in Karachi "
         "itself a grenade hit a bakery. REPORTER (live): Four are hurt here.", "Larkana",
         "Karachi"),
        ("ANCHOR: Two stories tonight: in Tula a mine killed two soldiers, and in Pachuca "
         "students marched. REPORTER: Thousands walked.", "Tula", "Pachuca"),
        ("HOST: Rockets hit Sderot overnight, and this morning a stabbing at a Beersheba "
         "station left one dead. CORRESPONDENT: Police shot the attacker.", "Sderot",
         "Beersheba"),
        ("NEWSREADER: A drone struck a depot near Sumy at dawn; and later a shell hit a "
         "school in Okhtyrka. REPORTER: The school was empty.", "Sumy", "Okhtyrka"),
        ("ANCHOR (in studio): Flooding killed four in Kisumu today, and at Eldoret a fire "
         "gutted the market. REPORTER: Traders lost everything.", "Kisumu", "Eldoret"),
        ("ANCHOR: Police shot a man dead in Soweto this afternoon, while in Alexandra a "
         "taxi rank came under fire. REPORTER: Two drivers died.", "Soweto", "Alexandra"),
        ("PRESENTER: An ambush killed three near Tillaberi yesterday, and elsewhere a convoy "
         "was attacked. REPORTER: The convoy carried food.", "Tillaberi", "convoy was attacked"),
    ]:
        background = " ".join(_spans(text, "background"))
        assert other in background and own not in background, text
    for text in [
        # one story: what follows "and" goes on with it, or no harm before the joint
        "ANCHOR: A gunman killed two at a bar in Tumaco, and police wounded him at the scene. "
        "REPORTER: He is in custody.",
        "ANCHOR: Good evening, and tonight a bomb struck a bus station in Sabon Gari. "
        "REPORTER: The blast came at seven.",
        "ANCHOR: Thousands marched in Pachuca, and in Tula students joined them. REPORTER: "
        "The march was calm.",
        # not an anchor's turn
        "A trader was stabbed this morning, and tonight a bomb struck a bus station in Kano.",
        "REPORTER: A mine killed two soldiers, and in Pachuca students marched.",
        "Police said gunmen shot a teacher near Larkana, and in Karachi a grenade hit a bakery.",
        "ANCHOR: Thank you. REPORTER: A mine killed two soldiers near Tula this morning, and "
        "in Pachuca students marched.",
        "The anchor: a drone struck a depot near Sumy, and later a shell hit Okhtyrka.",
    ]:
        assert _spans(text, "background") == [], text


def _referenced(text: str) -> tuple[frozenset[str], str | None]:
    article = Article(
        id="t", url=None, title=None, text=text,
        published=datetime(2027, 5, 5, tzinfo=UTC), source="test",
    )
    article, extraction = gate_and_extract(article)
    features = article_features(article, extraction, SETTINGS)
    return features.referenced, features.first_place


def test_a_report_naming_its_own_place_beside_a_reference_keeps_the_reference_apart() -> None:
    for text, reference in [
        # its own place unread or read, named beside the reference
        ("KIRKUK, Iraq, May 3 - Gunmen attacked a checkpoint in a village about 50 km "
         "southwest of Kirkuk, near Zab, killing two.", "kirkuk"),
        ("Armed conflicts and attacks: A trader is shot dead in Cabo de Santo Agostinho, "
         "greater Recife. (JC)", "recife"),
        ("Armed conflicts and attacks: Gunmen kill two in Soacha, on the southern edge of "
         "Bogota. (El Tiempo)", "bogotá"),
    ]:
        referenced, _ = _referenced(text)
        assert reference in referenced, text
    for text in [
        # measured from a town with no place of its own named: perhaps in the town's own area
        "On 4 May 2027, an IED struck a patrol 20 km south of Gao (Gao, Gao). 1 fatality.",
        "On 4 May 2027, gunmen attacked a convoy some 30 km north of Kirkuk. 2 fatalities.",
        "Armed conflicts and attacks: A bomb wounds three 15 km east of Mosul, Iraq. (Rudaw)",
        # beside a hamlet without a point: perhaps of an event placed near the town
        "Armed conflicts and attacks: Gunmen kill a driver in Kalimoni, near Thika, Kenya. "
        "(Nation)",
        # the town is where it happened
        "Armed conflicts and attacks: Gunmen kill two at a bar in Mosul, Iraq. (Rudaw)",
        "Armed conflicts and attacks: A shell hits a school near Kherson, Ukraine. (Ukrinform)",
    ]:
        referenced, _ = _referenced(text)
        assert referenced == frozenset(), text
