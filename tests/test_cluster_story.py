"""A multi-source story (#15): one attack reported over several days by several outlets, and
the other incidents of the same days in the same town, through the real pipeline.

Everything here is written for this project: the town is real (so that the gazetteer places
it), the incidents, outlets and people are made up. A store of a fortnight of other local
reports (shootings, house fires, crashes, rallies in a dozen towns, the same town among them)
comes first, so that the words of the town are not rare by accident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import SET_FIRE_TYPE, set_fire_type, type_family
from storyline.cluster.features import article_features
from storyline.cluster.scoring import compatibility
from storyline.cluster.state import new_state
from storyline.pipeline import gate_and_extract, ingest_articles
from storyline.records import Article, DedupVerdict, Extraction
from storyline.store import open_store

NEW = DedupVerdict(kind="new")


def _at(day: int, hour: int) -> datetime:
    return datetime(2025, 3, day, hour, tzinfo=UTC)


# (id, outlet, published, title, text). The attack: Friday 14 March, reported until Monday.
ATTACK = [
    (
        "a1",
        "ledger",
        _at(14, 21),
        "Gunman kills three at Dayton transit center",
        "DAYTON, Ohio - A man armed with a rifle opened fire inside the downtown transit center "
        "on Friday afternoon, killing three people and wounding four others before officers shot "
        "and wounded him, police said. Riders fled the waiting hall as shots rang out shortly "
        "after 4 p.m. The suspect, a 41-year-old man, was under guard at a hospital, and the "
        "victims had not yet been identified. Bus service downtown was suspended for the rest "
        "of the evening.",
    ),
    (
        "a2",
        "valleynews",
        _at(15, 9),
        "Police name suspect, victims in Dayton bus hub shooting",
        "Dayton police on Saturday identified the man they say opened fire at the downtown bus "
        "hub as Corwin Haldane, 41, of Kettering. Killed in Friday's attack were Imani "
        "Castellanos, 29, a nurse on her way home; Gerald Whitcombe, 63, a retired mail carrier; "
        "and Rosalind Achterberg, 17, a high school junior. Four people were wounded. "
        "Investigators said Haldane bought the rifle last month and had no known tie to any of "
        "the victims.",
    ),
    (
        "a3",
        "channel7",
        _at(15, 22),
        "Fourth person dies after Dayton transit center attack",
        "A woman wounded when a gunman opened fire at the downtown Dayton transit center on "
        "Friday died Saturday evening, raising the death toll to four, hospital officials said. "
        "Marisol Quintanar, 52, had been listed as critical since Friday afternoon. Corwin "
        "Haldane, the man accused of the attack, remained hospitalized with gunshot wounds from "
        "officers who stopped him.",
    ),
    (
        "a4",
        "ledger",
        _at(16, 23),
        "Hundreds hold vigil for transit center shooting victims",
        "Hundreds of people gathered outside the downtown Dayton transit center on Sunday night "
        "to remember the four people killed when a gunman opened fire there on Friday. Relatives "
        "of Imani Castellanos and Rosalind Achterberg lit candles as a choir sang. The mayor "
        "urged residents to look after one another in the days ahead.",
    ),
    (
        "a5",
        "valleynews",
        _at(17, 15),
        "Transit center gunman charged with four counts of murder",
        "Prosecutors on Monday charged Corwin Haldane with four counts of aggravated murder in "
        "the shooting at the Dayton transit center that killed Imani Castellanos, Gerald "
        "Whitcombe, Rosalind Achterberg and Marisol Quintanar. Haldane, 41, is due in court "
        "later this week.",
    ),
]
# Other incidents of the same days in the same town. The fire report of Sunday names the
# attack in its last sentence, as local news does.
OTHERS = [
    (
        "o1",
        "channel7",
        _at(15, 11),
        "Man stabbed in argument outside Dayton bar",
        "A 35-year-old man was stabbed early Saturday during an argument outside a bar on Wayne "
        "Avenue in Dayton, police said. He was in stable condition at a hospital. Officers "
        "were looking for a man who ran from the scene on foot.",
    ),
    (
        "o2",
        "valleynews",
        _at(15, 16),
        "Teachers rally outside Dayton school board over contract",
        "Several hundred teachers rallied outside the Dayton school board offices on Saturday, "
        "demanding a new contract after months of stalled talks. Union leaders said class sizes "
        "and pay were the main sticking points.",
    ),
    (
        "f1",
        "channel7",
        _at(16, 12),
        "Two killed as fire tears through Dayton warehouse",
        "Two workers were killed when a fire broke out overnight at a furniture warehouse on "
        "Dayton's east side, fire officials said Sunday. Firefighters found the building "
        "engulfed in flames shortly after 2 a.m. and fought the blaze for five hours. The cause "
        "of the fire is under investigation. The fire came two days after a gunman killed three "
        "people at the downtown transit center, and some of the same crews answered both calls.",
    ),
    (
        "f2",
        "ledger",
        _at(17, 10),
        "Workers killed in warehouse blaze identified",
        "The two men who died in the warehouse fire on Dayton's east side were identified Monday "
        "as Luis Ferreira-Boyd, 38, and Kenji Aldous, 45, both night-shift loaders. Fire "
        "investigators said the blaze started in a storage area near the loading docks and "
        "spread quickly through the roof.",
    ),
    (
        "c1",
        "channel7",
        _at(16, 18),
        "Three hurt in crash on Interstate 75 in Dayton",
        "Three people were taken to hospitals after a crash involving two cars and a pickup "
        "truck on Interstate 75 in Dayton on Sunday afternoon, the state highway patrol said. "
        "The northbound lanes were closed for two hours.",
    ),
]

_CITIES = [
    "Dayton",
    "Toledo",
    "Akron",
    "Columbus",
    "Cincinnati",
    "Youngstown",
    "Canton",
    "Lima",
    "Springfield",
    "Mansfield",
    "Lorain",
    "Hamilton",
]
_STREETS = [
    "Larkspur Road",
    "Quarry Street",
    "Beacon Avenue",
    "Windle Lane",
    "Harrow Drive",
    "Juniper Court",
    "Tolliver Road",
    "Marston Street",
    "Greyfriar Way",
    "Oakhurst Avenue",
    "Pemberton Road",
    "Sallow Street",
]
_KINDS = [
    (
        "Man shot on {street} in {city}",
        "A {age}-year-old man was shot on {street} in {city} late {day}, police said. Medics "
        "drove him to a hospital and officers were searching for the shooter, who fled in a car.",
    ),
    (
        "Fire damages home on {street} in {city}",
        "Firefighters in {city} battled a blaze at a two-story house on {street} on {day}. A "
        "{age}-year-old resident escaped with minor burns, and the cause of the fire is under "
        "investigation.",
    ),
    (
        "{age}-year-old driver hurt in {city} crash",
        "A {age}-year-old driver was seriously hurt when two vehicles collided at {street} in "
        "{city} on {day}, police said. The intersection was closed for several hours.",
    ),
    (
        "Residents rally at {city} city hall",
        "About a hundred residents rallied outside {city} city hall on {day} to protest a plan "
        "to close the library branch on {street}. Organizers said {age} people signed up to "
        "speak at the next council meeting.",
    ),
]


def _article(row: tuple[str, str, datetime, str, str]) -> Article:
    article_id, outlet, published, title, text = row
    return Article(id=article_id, title=title, text=text, published=published, source=outlet)


def _earlier_reports() -> list[Article]:
    """A fortnight of other local reports before the attack: four kinds in twelve towns."""
    out = []
    for town_number, city in enumerate(_CITIES):
        for kind_number, (title, text) in enumerate(_KINDS):
            published = _at(1 + (town_number + kind_number * 3) % 12, 8 + kind_number)
            fields = {
                "city": city,
                "street": _STREETS[(town_number + kind_number) % len(_STREETS)],
                "age": 20 + (town_number * 7 + kind_number * 5) % 50,
                "day": f"{published:%A}",
            }
            out.append(
                Article(
                    id=f"bg{len(out):02d}",
                    title=title.format(**fields),
                    text=text.format(**fields),
                    published=published,
                    source=f"paper{town_number % 4}",
                )
            )
    return sorted(out, key=lambda article: article.published or _at(1, 0))


def _story() -> list[Article]:
    return sorted(
        (_article(row) for row in ATTACK + OTHERS),
        key=lambda article: article.published or _at(1, 0),
    )


def test_no_other_incident_of_those_days_joins_the_attack(tmp_path: Path) -> None:
    """Real extraction, clustering and SQLite store: the attack's reports are one event, and
    the stabbing, the rally, the warehouse fire and the crash are none of it."""
    store = open_store(str(tmp_path / "store.db"))
    try:
        ingest_articles(store, _earlier_reports())
        story = _story()
        ingest_articles(store, story)
        event_of = {}
        for article in story:
            membership = store.get_membership(article.id)
            assert membership is not None, article.id
            event_of[article.id] = (membership.event_id, membership.reason)
        attack = event_of["a1"][0]
        # The first reports, naming the attack and its people, are one event.
        assert event_of["a2"][0] == attack and event_of["a3"][0] == attack
        for other in ("o1", "o2", "f1", "f2", "c1"):
            assert event_of[other][0] != attack, (other, event_of[other][1])
        # The fire's first report is kept out by its type, and the reason says so.
        assert "against: type fire vs attack" in event_of["f1"][1], event_of["f1"][1]
        # The fire's two reports are one event.
        assert event_of["f2"][0] == event_of["f1"][0], event_of["f2"][1]
    finally:
        store.close()


@cache
def _extracted(which: str) -> tuple[tuple[Article, Extraction], ...]:
    """The real extraction of the earlier reports or of the story (once per test run)."""
    articles = _earlier_reports() if which == "earlier" else _story()
    return tuple(gate_and_extract(article) for article in articles)


def _run(rows: Sequence[tuple[Article, Extraction]], settings: ClusterSettings) -> dict[str, str]:
    clusterer = Clusterer(settings)
    event_of = {}
    for article, extraction in rows:
        assignment = clusterer.assign(article, extraction, NEW)
        event_of[article.id] = assignment.event_id
    return event_of


def test_a_misread_fire_date_does_not_carry_the_fire_into_the_attack() -> None:
    """The fire report's date read as the attack's day (a misread date): the type families
    still keep them apart; with fires and attacks compatible (as before) it joins."""
    background = list(_extracted("earlier"))
    rows = _extracted("story")
    attack_day = next(x.event_date for a, x in rows if a.id == "a1")
    assert attack_day is not None
    misread = [
        (article, replace(extraction, event_date=attack_day) if article.id == "f1" else extraction)
        for article, extraction in rows
    ]
    before = _run(background + misread, replace(ClusterSettings(), fire_attack_veto=False))
    assert before["f1"] == before["a1"], "control: without the type test the fire joins"
    after = _run(background + misread, ClusterSettings())
    assert after["f1"] != after["a1"]
    assert after["a2"] == after["a1"] and after["a3"] == after["a1"]


def test_a_fire_is_set_when_its_lead_says_someone_set_it() -> None:
    set_fires = [
        "Police are treating the blaze at the mosque as an arson attack.",
        "The arsonist fled on foot before crews arrived.",
        "A man set fire to the porch of his former partner's home.",
        "Witnesses said someone set the parked van on fire shortly before midnight.",
        "The farmhouse was set ablaze by the raiders, villagers said.",
        "Investigators said the fire was set deliberately in two places.",
        "A firebomb was thrown through the window of the shop.",
        "Youths hurled petrol bombs at the police station.",
        "Protesters torched two buses on the ring road.",
        "Fire officials believe the blaze was intentionally started.",
        "Soldiers burned down a clinic and two shops in the village, residents said.",
        "Three homes were burned down by the militia overnight.",
    ]
    for lead in set_fires:
        assert set_fire_type("fire", lead.lower()) == SET_FIRE_TYPE, lead
    not_set = [
        "A fire broke out at a furniture warehouse and firefighters fought the blaze for hours.",
        "Arson investigators are looking into the cause, as they do after every large fire.",
        "Crews set up a command post as the roof of the mill went up in flames.",
        "The cause of the house fire is under investigation.",
        "Sparks from a grinder set off the blaze, the fire marshal said.",
        "The old mill burned down overnight and was destroyed by the flames.",
        "Two firefighters were burned by the collapsing roof.",
        "The barn was burned by the fire that spread from the field.",
    ]
    for lead in not_set:
        assert set_fire_type("fire", lead.lower()) == "fire", lead
    # Only a fire is refined: an attack that mentions burning stays an attack.
    assert set_fire_type("shooting", "a gunman set the house on fire") == "shooting"
    assert type_family(SET_FIRE_TYPE) == "arson"


def test_a_set_fire_goes_with_an_attack_and_a_blaze_does_not() -> None:
    """An event of two shooting reports; a report of a fire the attacker set is compatible with
    it, a report of a blaze nobody is said to have set contradicts it."""
    settings = ClusterSettings()
    rows = {article.id: (article, extraction) for article, extraction in _extracted("story")}
    state = new_state("ev-attack", "st-attack")
    for article_id in ("a1", "a2"):
        state.add(article_features(*rows[article_id], settings), settings.event_terms)
    blaze = article_features(*rows["f1"], settings)
    assert blaze.family == "fire"
    # (the blaze "came two days after" the shooting: a later incident, session 28's recall)
    assert compatibility(blaze, state, settings).against == (
        "type fire vs attack", "its incident came after another, the event 2 days before")
    set_fire = Article(
        id="s1",
        title="Gunman set fire to Dayton home before transit center attack, police say",
        text="The man accused of Friday's shooting at the Dayton transit center set fire to his "
        "own house an hour before, fire officials said Saturday. Firefighters found the rooms "
        "soaked in petrol and the blaze was put out within minutes.",
        published=_at(15, 19),
    )
    article, extraction = gate_and_extract(set_fire)
    features = article_features(article, replace(extraction, event_type="fire"), settings)
    assert features.family == "arson"
    assert compatibility(features, state, settings).against == ()


def test_a_fire_report_naming_the_attacks_people_may_join_across_and_says_why() -> None:
    """Strong positive evidence (the same rare names: victims, suspect) carries a join across
    the type contradiction, and the compatibility records both."""
    settings = ClusterSettings()
    rows = {article.id: (article, extraction) for article, extraction in _extracted("story")}
    state = new_state("ev-attack", "st-attack")
    for article_id in ("a1", "a2"):
        state.add(article_features(*rows[article_id], settings), settings.event_terms)
    blaze = Article(
        id="n1",
        title="Fire guts Dayton home of transit center shooting suspect",
        text="A fire broke out on Sunday at the Dayton house of Corwin Haldane, the man "
        "charged in the killings of Imani Castellanos and Gerald Whitcombe, and firefighters "
        "fought the blaze for an hour. Nobody was inside.",
        published=_at(16, 14),
    )
    article, extraction = gate_and_extract(blaze)
    features = article_features(article, replace(extraction, event_type="fire"), settings)
    assert features.family == "fire"
    unique = frozenset(int(name) for name in features.names)
    found = compatibility(features, state, settings, unique)
    assert found.against == ("type fire vs attack",)
    assert found.override is not None and "rare names shared" in found.override
    assert not found.blocked
    # Without the names it is blocked.
    assert compatibility(features, state, settings).blocked
