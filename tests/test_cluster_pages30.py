"""A scraped page's link labels open a related-coverage block (session 30, #15; read since
session 31 by furniture.link_lines): "ALSO READ:", "Read also:", "MORE NEWS:", "Don't miss:",
"Must read:",
"Further reading", "Editor's picks", each followed by another story's headline. The headline
names another incident (often of the same city or the next town) whose place would pull the
page into that incident's event. Used as words of the report's own sentences they open no
block. Every text and place is made up for these tests."""

from __future__ import annotations

from storyline.cluster.roles import sentence_roles


def _related(text: str) -> list[str]:
    return [text[start:end] for start, end, role in sentence_roles(text) if role == "related"]


def test_a_link_label_opens_a_related_block() -> None:
    pages = [
        ("Four killed in Tamale market blast\nUpdated 2 hours ago\nA bomb killed four traders at "
         "the central market in Tamale on Monday, police said.\nALSO READ: Two herders shot "
         "dead near Yendi\nSubscribe to our newsletter.", "Yendi"),
        ("Gunmen kill guard at Bolgatanga bank\nA security guard died when gunmen raided a "
         "bank in Bolgatanga on Friday, police said.\nRead also: Bawku curfew extended after "
         "clashes\nRead also: Navrongo school fire in March", "Bawku"),
        ("Two dead in Kumasi shooting\nTwo men were shot dead outside a bar in Kumasi late on "
         "Saturday, police said.\nMORE NEWS: Man stabbed at Obuasi lorry station\nGet alerts.",
         "Obuasi"),
        ("Blast at Techiman fuel depot\nAn explosion at a fuel depot in Techiman killed three "
         "workers on Sunday, fire officials said.\nDon't miss: Sunyani taxi driver killed in "
         "robbery", "Sunyani"),
        ("Police officer killed in Ho\nA police officer was shot dead at a checkpoint in Ho on "
         "Tuesday night, officials said.\nMust read:\nKpando: three hurt in grenade attack\n"
         "Share this story", "Kpando"),
        ("Ambush near Wa kills five\nFive soldiers died in an ambush on the road outside Wa on "
         "Wednesday, the army said.\nFurther reading\nTumu market raided by gunmen last week",
         "Tumu"),
        ("Fire guts Koforidua market\nA fire destroyed 40 stalls at the Koforidua central market "
         "on Thursday, officials said.\nEditor's picks: Nkawkaw bus crash kills 11", "Nkawkaw"),
        ("Grenade hurts six in Tema\nA grenade thrown at a bar in Tema wounded six people late "
         "on Friday, police said.\nDo not miss | Ashaiman armed robbery leaves one dead",
         "Ashaiman"),
    ]
    for text, other in pages:
        blocks = _related(text)
        assert any(other in block for block in blocks), text
        # the report's own place stays outside the block
        own = text.split("\n")[0].split()[-1]
        assert not any(own in block for block in blocks if own != other), text


def test_the_words_in_the_report_s_own_sentences_open_no_block() -> None:
    texts = [
        "Gunmen killed two in Tamale.\nMore news is expected from the police later.",
        "A bomb hit a bus in Yendi.\nAlso read out at the vigil were the names of the dead.",
        "Two died in Bawku.\nDon't miss the curfew, officials warned residents.",
        "A fire razed stalls in Wa.\nMust read the warning signs, the fire chief said.",
        "Police raided a house in Ho.\nEditor's note: an earlier version misspelt a name.",
        "A blast hit Tema port.\nFurther readings of the seismograph showed a second blast.",
        "Two were hurt in Kumasi.\nMore news of the injured came from the Komfo hospital.",
        "Three died in Obuasi.\nRead also the statement by the mine's owners on Monday.",
    ]
    for text in texts:
        assert _related(text) == [], text
