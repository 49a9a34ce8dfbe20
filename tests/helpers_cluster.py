"""Made-up articles and extractions for the clustering tests (no text from the data sets)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from storyline.cluster import ClusterSettings
from storyline.cluster.features import article_features
from storyline.cluster.scoring import compatibility
from storyline.cluster.state import new_state
from storyline.pipeline import gate_and_extract
from storyline.records import Article, EventDate, Extraction, Place

TOWNS = ["Millbrook", "Ashford", "Corran", "Dunmere", "Elgin Falls", "Fairhaven", "Glenrock"]
# Made-up names, one per incident (up to 20 incidents); towns repeat on purpose.
FIRST_NAMES = [
    "Tavish",
    "Mireille",
    "Ostap",
    "Quennell",
    "Rosalind",
    "Bertil",
    "Coralie",
    "Halvard",
    "Ilse",
    "Piet",
    "Yusra",
    "Anselm",
    "Brigida",
    "Casimir",
    "Delphine",
    "Evander",
    "Fenella",
    "Gideon",
    "Hesper",
    "Ingram",
]
LAST_NAMES = [
    "Orlov",
    "Kandorfer",
    "Vanterpool",
    "Abara",
    "Ytterberg",
    "Lasko",
    "Dumont",
    "Marwood",
    "Sorrell",
    "Quist",
    "Hauge",
    "Demsky",
    "Trevannion",
    "Okonkwo",
    "Balfour",
    "Castellane",
    "Rudnicki",
    "Weatherby",
    "Zamora",
    "Pelham",
]
STREET_ROOTS = [
    "Larkspur",
    "Quarry",
    "Beacon",
    "Windle",
    "Harrow",
    "Juniper",
    "Tolliver",
    "Marston",
    "Greyfriar",
    "Oakhurst",
    "Pemberton",
    "Sallow",
    "Thistle",
    "Vantage",
    "Wexford",
    "Alder",
    "Brambling",
    "Cinder",
    "Dovecote",
    "Elmstead",
]


JOBS = [
    "baker",
    "plumber",
    "nurse",
    "locksmith",
    "tutor",
    "welder",
    "florist",
    "courier",
    "chef",
    "librarian",
    "mechanic",
    "barista",
    "roofer",
    "tailor",
    "cashier",
    "drummer",
    "jeweller",
    "glazier",
    "boxer",
    "ranger",
]
VEHICLES = [
    "maroon pickup",
    "silver minivan",
    "black coupe",
    "white hatchback",
    "green jeep",
    "blue roadster",
    "tan station wagon",
    "orange scooter",
    "purple convertible",
    "beige limousine",
]


@dataclass(frozen=True)
class Specifics:
    witness: str
    job: str
    vehicle: str
    age: int

    def sentences(self, variant: int) -> list[str]:
        lines = [
            f"{self.witness}, who lives nearby, told reporters the {self.job} was {self.age}.",
            f"Detectives are searching for a {self.vehicle} tied to the attack on the {self.job}.",
            f"{self.witness} said the {self.vehicle} had been parked near the {self.job}'s home.",
        ]
        return [lines[variant % 3], lines[(variant + 1) % 3]]


def incident_specifics(seed: int) -> Specifics:
    return Specifics(
        witness=f"{_made_up_word('Corv', seed)} {_made_up_word('Hald', seed)}",
        job=JOBS[seed % len(JOBS)],
        vehicle=VEHICLES[(seed * 3) % len(VEHICLES)],
        age=18 + seed,
    )


def report(
    article_id: str,
    town: str,
    victim: str,
    street: str,
    day: date,
    *,
    variant: int = 0,
    published: datetime | None = None,
    seed: int | None = None,
    specifics: Specifics | None = None,
) -> Article:
    """A short shooting report; `variant` changes the wording but not the facts."""
    openings = [
        f"Police in {town} said {victim} was shot on {street} late on {day:%A}.",
        f"A shooting on {street} in {town} left {victim} wounded, officers said.",
        f"{victim} was taken to hospital after gunfire on {street}, {town} police reported.",
    ]
    details = [
        f"A grey sedan was seen leaving {street} at speed.",
        f"The gunfire followed an argument outside a barbershop on {street}.",
        f"Witnesses said a masked man approached {victim} near a bus shelter.",
        f"A neighbour filmed part of the confrontation on {street} from a balcony.",
        f"Officers recovered shell casings beside a parked delivery van on {street}.",
        f"Paramedics treated {victim} at the corner before a helicopter airlifted the patient.",
        f"A spokesperson confirmed that detectives impounded a motorcycle near {street}.",
        f"Relatives of {victim} gathered outside the emergency ward overnight.",
        f"Surveillance footage from a pharmacy on {street} is being reviewed.",
        f"The county prosecutor declined to comment about possible charges in {town}.",
    ]
    # What only this incident has (`seed` or `specifics` picks it): a witness, the victim's
    # age and occupation, a vehicle. Without either the report is all template.
    if specifics is None and seed is not None:
        specifics = incident_specifics(seed)
    sentences = [openings[variant % len(openings)], details[((seed or 0) + variant) % len(details)]]
    if specifics is not None:
        sentences[1:1] = specifics.sentences(variant)
    body = " ".join(sentences)
    return Article(
        id=article_id,
        title=f"{victim} shot on {street} in {town}",
        text=body,
        published=published or datetime(day.year, day.month, day.day, 12, tzinfo=UTC),
    )


def facts(article: Article, town: str, day: date, event_type: str = "shooting") -> Extraction:
    return Extraction(
        article_id=article.id,
        event_type=event_type,
        event_date=EventDate(value=day, precision="day", text=day.isoformat(), start=0, end=1),
        places=(Place(name=town, kind="city", country="US"),),
    )


def incident_stream(incidents: int, reports_each: int) -> list[tuple[Article, Extraction, int]]:
    """(article, extraction, incident number) in publication order, several reports each."""
    stream: list[tuple[Article, Extraction, int]] = []
    start = date(2024, 3, 1)
    for number in range(incidents):
        town = TOWNS[number % len(TOWNS)]
        victim = f"{FIRST_NAMES[number]} {LAST_NAMES[number]}"
        street = f"{STREET_ROOTS[number]} {('Avenue', 'Road', 'Street', 'Lane')[number % 4]}"
        day = start + timedelta(days=number // 2)
        for k in range(reports_each):
            published = datetime(day.year, day.month, day.day, 8 + k, number % 60, tzinfo=UTC)
            article = report(
                f"a{number:03d}-{k}",
                town,
                victim,
                street,
                day,
                variant=k,
                published=published,
                seed=number,
            )
            stream.append((article, facts(article, town, day), number))
    stream.sort(
        key=lambda item: (item[0].published or datetime.min.replace(tzinfo=UTC), item[0].id)
    )
    return stream


# The test towns have a history of earlier shootings too, as real towns in a store do.
# The test towns have a history of earlier shootings too, as real towns in a store do.
BACKGROUND_TOWNS = [*TOWNS, "Northwick", "Saltmarsh", "Ravensby", "Holloway", "Pinecliff"]


def _made_up_word(stem: str, number: int) -> str:
    """A distinct made-up word per number (letters only, so it stays one token)."""
    return stem + chr(ord("a") + number % 26) + chr(ord("a") + number // 26 % 26)


def background(count: int, day: date) -> list[tuple[Article, Extraction]]:
    """Earlier, unrelated reports: a store is never empty in practice, and the collection
    statistics (which words are common here) need some history to mean anything. Their people,
    streets and vehicles are made-up words that no test incident uses."""
    items: list[tuple[Article, Extraction]] = []
    for number in range(count):
        town = BACKGROUND_TOWNS[number % len(BACKGROUND_TOWNS)]
        victim = f"{_made_up_word('Morv', number)} {_made_up_word('Talb', number)}"
        street = f"{_made_up_word('Quel', number)} Way"
        when = day - timedelta(days=40 + number)
        specifics = Specifics(
            witness=f"{_made_up_word('Brin', number)} {_made_up_word('Oska', number)}",
            job=_made_up_word("trade", number).lower(),
            vehicle=f"{_made_up_word('Vex', number)} sedan",
            age=30 + number % 40,
        )
        article = report(
            f"bg{number:03d}", town, victim, street, when, variant=number, specifics=specifics
        )
        items.append((article, facts(article, town, when)))
    return items


def dated_report(
    article_id: str,
    text: str,
    said: str,
    when: date,
    *,
    event_type: str = "shooting",
    published: date | None = None,
    start: int | None = None,
    places: tuple[Place, ...] = (),
) -> tuple[Article, Extraction]:
    """An article whose extraction dates its event `when` (day precision), read from the words
    `said` at `start` (by default where `said` stands in `text`, else the beginning); published
    at 9:00 on `published`, or undated."""
    if start is None:
        start = max(text.find(said), 0)
    article = Article(
        id=article_id,
        title=None,
        text=text,
        published=datetime(published.year, published.month, published.day, 9, tzinfo=UTC)
        if published
        else None,
    )
    end = start + len(said)
    event_date = EventDate(value=when, precision="day", text=said, start=start, end=end)
    return article, Extraction(
        article_id=article_id, event_type=event_type, event_date=event_date, places=places
    )


def against(first: Article, second: Article,
            settings: ClusterSettings | None = None) -> str:
    """The contradictions the real extraction of `second` has with an event of `first`."""
    settings = settings or ClusterSettings()
    state = new_state("ev-t", "st-t")
    state.add(article_features(*gate_and_extract(first), settings), settings.event_terms)
    features = article_features(*gate_and_extract(second), settings)
    return "; ".join(compatibility(features, state, settings).against)


def published_after(article_id: str, text: str, day: date, days: int) -> Article:
    """An untitled article published at 10:00 UTC `days` after `day`."""
    published = datetime(day.year, day.month, day.day, 10, tzinfo=UTC) + timedelta(days=days)
    return Article(id=article_id, title=None, text=text, published=published)
