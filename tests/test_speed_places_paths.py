"""The places reader's speed paths of session 22 must find what the plain paths find:

- `_EARLIER_OPENER` and `_FROM_A_DISTANCE` open with a lookahead of the characters a match can
  start with: the same matches as the patterns without it.
- `_locative_before` keeps its last answers: the same answer as the search, for any text.
- `_longest_match` tries a span of several words only after a first word that starts a name of
  several words: `find_places` reads the same places as with every span tried.
Texts written for this project or generated here.
"""

from __future__ import annotations

import random
import re

import pytest

from storyline.extract import places, places_unlisted
from storyline.extract.places_scan import name_starts

_WORDS = (  # noqa: SIM905
    "In Last Earlier this the week month year decade 2015 1998 early late mid- March "
    "ago earlier Two 3 years months a an separate similar previous incident attack case , . "
    "about some nearly 12 40.5 five a few km kms kilometres miles mi north of south-west from "
    "outside away off to the Kiwanja Goma San Jose in at near . ! ? \n “ ” \" ’ "
).split(" ")


def _texts(seed: int, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 40))]
        texts.append(rng.choice(("", " ", "\n")).join(words) if rng.random() < 0.2
                     else " ".join(words))
    return texts


_HANDWRITTEN = [
    "Police said the blast hit a market. In 2016, a truck attack killed 13 people.",
    "He was found 12 km west of Kiwanja. Last month, a smaller fire hit a market.",
    "The village lies some 40 miles from Goma.\nTwo years ago, a flood cut the road.",
    "“It was terrible.” In an earlier incident, gunmen shot a guard 5km outside Bunia.",
    "They drove about five kilometres north-east of Beni; 3 months earlier, the bridge fell.",
    "In late March 2019, rebels came. Approximately 30 mi from Town, the car stopped.",
    "The road was closed again. 3 years ago, a flood cut it off for a month.",
]


@pytest.mark.parametrize("name, module, lookahead", [
    ("_EARLIER_OPENER", places, r"(?=[A-Z\d])"),
    ("_FROM_A_DISTANCE", places_unlisted, r"(?=[a-z\d])"),
])
def test_lookahead_keeps_the_matches(name: str, module: object, lookahead: str) -> None:
    fast = getattr(module, name)
    assert lookahead in fast.pattern
    plain = re.compile(fast.pattern.replace(lookahead, "", 1), fast.flags)
    for text in _HANDWRITTEN + _texts(22):
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text
    assert any(fast.search(text) for text in _HANDWRITTEN)


def test_locative_before_answers_as_the_search() -> None:
    texts = [*_HANDWRITTEN, "shot in Aurora", "according to Aurora police", "north of Mosul",
             "in the southern suburbs of Beirut", "next to Kabul", *_texts(23, 100)]
    for text in texts:
        for start in range(len(text) + 1):
            expected = bool(places._LOCATIVE_BEFORE.search(text[max(0, start - 40):start]))
            assert places._locative_before(text, start) is expected


class _Everything(frozenset[str]):
    def __contains__(self, item: object) -> bool:
        return True


def test_spans_of_several_words_only_after_their_first_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = [
        "Gunmen killed two people in San Antonio on Sunday, police in New York said.",
        "The blast in Dera Ismail Khan came a day after the attack in North Waziristan.",
        "Savannah-Chatham Metro Police said a man was shot in Port Wentworth, Georgia.",
        "Officers from Los Angeles County went to St. Louis and Kansas City, Mo.",
        "In Ciudad Juarez, Mexico, and in El Paso, Texas, the Rio Grande was high.",
        "A bomb in Sao Paulo's north zone; Buenos Aires and Santa Cruz de la Sierra too.",
        "Bay State officials, Imo State police and the Somali Regional State reported it.",
    ]
    rng = random.Random(24)
    texts = sentences + [" ".join(rng.sample(sentences, 3)) for _ in range(20)]
    fast = [places.find_places(text) for text in texts]
    monkeypatch.setattr(places, "_first_words", lambda gazetteer: _Everything())
    assert [places.find_places(text) for text in texts] == fast
    assert any(len(found) > 1 for found in fast)


@pytest.mark.parametrize("text, name, placed", [
    # placed once, in the clause of the event's own verb: a town
    ("A boy was shot Wednesday in Quorvath. Police have no suspect.", "Quorvath", True),
    # placed once after an address: a town
    ("Deputies were called to a house on Pellam Drive in Brindlecombe, a report said.",
     "Brindlecombe", True),
    # placed once, by neither: not read
    ("The suspect, who grew up in Quorvath, was held without bail after the robbery.",
     "Quorvath", False),
    # placed twice: a town, whatever the clause
    ("She grew up in Quorvath. Her family still lives in Quorvath, her sister said.",
     "Quorvath", True),
    # placed once with an ordinary word in the name: not read even in the event's clause
    ("A man was shot late Friday in Green Valley, the sheriff said.", "Green Valley", False),
])
def test_names_placed_by_the_text(text: str, name: str, placed: bool) -> None:
    spans = places_unlisted._placed_by_the_text(text, frozenset(), name_starts(text))
    assert any(text[start:end] == name for start, end, _, _ in spans) is placed
