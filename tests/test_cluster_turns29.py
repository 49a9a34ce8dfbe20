"""A report's turn to another incident is background (session 29, #15; roles._turned_away): a
sentence opened by "Separately," / "Elsewhere," / "In other news," / "In a separate incident,"
and, on a live page of timestamped entries, an entry that opens on a place the page has not
named before ("14:30 - In Lviv, ..."). Their places would pull the page into the other
incident's event (same day, same province). Every text and place is made up for these tests."""

from __future__ import annotations

from storyline.cluster.roles import sentence_roles


def _background(text: str) -> list[str]:
    return [text[start:end].strip() for start, end, role in sentence_roles(text)
            if role == "background"]


def test_a_sentence_turning_to_another_incident_is_background() -> None:
    turned = [
        ("Gunmen killed four at a checkpoint near Dori. Separately, a mine wounded two herders "
         "outside Gorom-Gorom.", "Separately, a mine wounded two herders outside Gorom-Gorom."),
        ("A bus overturned near Kasese, killing six. Elsewhere, floods cut the road to Fort "
         "Portal.", "Elsewhere, floods cut the road to Fort Portal."),
        ("Two men were shot dead in Tabora. In other news, the council approved a new market.",
         "In other news, the council approved a new market."),
        ("A grenade hit a bar in Goma. In a separate incident, a soldier was killed in Sake.",
         "In a separate incident, a soldier was killed in Sake."),
        ("Police say three died in the blast at the Mbale depot; separately, officers arrested "
         "a man in Tororo.", "separately, officers arrested a man in Tororo."),
        ("10:05 - The toll in Lira rose to nine. 11:20 - Elsewhere, a fire razed stalls in Gulu.",
         "Elsewhere, a fire razed stalls in Gulu."),
        ("Villagers in Arua fled overnight.\nSeparately, police dispersed a march in Koboko.",
         "Separately, police dispersed a march in Koboko."),
        ("A drone hit a depot in Kupiansk. In an unrelated incident, a car hit a tram in Izium.",
         "In an unrelated incident, a car hit a tram in Izium."),
    ]
    for text, other in turned:
        assert any(other in span for span in _background(text)), text
    not_turned = [
        # the words inside a sentence of the report, not opening a turn
        "Residents fled elsewhere after the raid on Kumi, police said.",
        "The two attackers were separately identified by witnesses in Soroti.",
        "Police said the gunmen fled to Elsewhere Farm near Mityana.",
        "The victims were buried separately on Sunday in Masaka.",
        # a turn word without its comma: the report's own sentence
        "Separately held suspects were questioned in Jinja on Monday.",
        "Elsewhere in the district the roads were calm, a spokesman said of Iganga.",
    ]
    for text in not_turned:
        assert _background(text) == [], text


def test_a_live_entry_opening_on_a_new_place_is_background() -> None:
    page = ("Live: blast in Mombasa. 08:10 - Witnesses report an explosion at the Likoni "
            "ferry. 09:00 - Police: four dead. 11:45 - The toll rises to six. 12:30 - In "
            "Malindi, police dispersed a protest over fuel prices.")
    assert _background(page) == ["12:30 - In Malindi, police dispersed a protest over fuel "
                                 "prices."]
    stamps = ("UPDATE 9:15 a.m.: A tanker caught fire on the Kisumu road. UPDATE 10:40 a.m.: "
              "In Kericho, a second tanker overturned; no one was hurt.")
    assert any("Kericho" in span for span in _background(stamps))
    clock_zone = ("07:05 EAT - Gunfire at a market in Garissa. 08:30 EAT - Two killed. "
                  "10:15 EAT - In Wajir, a curfew was declared after clan clashes.")
    assert any("Wajir" in span for span in _background(clock_zone))
    # an entry that opens on the page's own place, named before: the report itself
    again = ("07:10 - A car bomb hit a hotel in Hargeisa. 09:20 - In Hargeisa, the toll "
             "rose to eight.")
    assert _background(again) == []
    # a single stamp is no live page (a report's own "at 10:30 - ...")
    single = "At 10:30 - In Berbera, a boat capsized; five drowned."
    assert _background(single) == []
    # an entry opening without a fronted place stays the report
    plain = ("06:00 - Heavy rain hit Kitui. 07:45 - Rescuers found two bodies. 09:00 - The "
             "county says 14 homes collapsed.")
    assert _background(plain) == []
    # a fronted time or manner is no place
    manner = ("06:00 - Shelling hit Avdiivka. 07:00 - In total, 11 were wounded. 08:00 - In "
              "the afternoon, the shelling resumed.")
    assert _background(manner) == []
    also = ("07:00 - Guided bombs hit Kramatorsk; two dead. 09:30 - The toll rises to four. "
            "10:45 - Sloviansk, to the north, was also struck overnight; a man was hurt.")
    assert any("Sloviansk" in span for span in _background(also))
    also_plain = ("07:00 - Floods hit Beira. 08:00 - Dondo has also been flooded, officials "
                  "say.")
    assert any("Dondo" in span for span in _background(also_plain))
    # "also" of the page's own place, or of people: the report itself
    again_also = ("07:00 - Shelling hit Kherson. 08:00 - Kherson was also shelled at noon, "
                  "the governor said.")
    assert _background(again_also) == []
    people = ("07:00 - A bus crashed near Mbeya. 08:00 - Two passengers were also hurt, "
              "police said. 09:00 - The Driver was also arrested.")
    assert not any("Two passengers" in span for span in _background(people))
    month = ("06:00 - A dam burst near Kilosa. 09:00 - In March, the same dam had leaked. "
             "10:00 - In December, engineers warned of cracks.")
    assert _background(month) == []
