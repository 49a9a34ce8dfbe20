"""The sentence roles and the round-up test scan a text with their patterns only when it holds
one of the words every match holds (roles._BACKGROUND_KEYS, _ANOTHER_KEYS): a pattern given a
new alternative needs its key word too, or texts holding only that alternative would be skipped.
Each alternative is written out here and must be found both ways. (The related-coverage markers
are read by `furniture.link_lines`, with no pre-check: each must open a related block.)"""

from __future__ import annotations

import itertools

from storyline.cluster import roles

_NOUNS = (
    "attack",
    "shooting",
    "incident",
    "case",
    "fire",
    "explosion",
    "bombing",
    "killing",
    "homicide",
    "crash",
)
_WORDS = ("similar", "another", "previous", "separate", "unrelated", "earlier")
_BACKGROUND_CUES = [
    "it was the deadliest attack since the war",
    "the worst flooding in the state since 1998",
    "the largest protest there since spring",
    "the biggest blaze since the mill burned",
    "so far this year",
    "two years ago",
    "decades ago",
    *(
        f"a {word} {noun}{plural}"
        for word, noun, plural in itertools.product(_WORDS, _NOUNS, ("", "s"))
    ),
]
_SWITCHES = [
    *(
        f"{where} {which} {what}"
        for where, which, what in itertools.product(
            ("in", "during"),
            ("another", "a separate", "an unrelated", "the second", "the third", "the other"),
            (
                "shooting",
                "incident",
                "attack",
                "case",
                "stabbing",
                "fire",
                "crash",
                "robbery",
                "homicide",
                "explosion",
            ),
        )
    ),
    *(
        f"{which} {what}"
        for which, what in itertools.product(
            ("separate", "unrelated"), ("incidents", "shootings", "attacks", "cases")
        )
    ),
]
_MARKERS = [
    "Related",
    "Related stories",
    "Related coverage",
    "Read more",
    "More stories",
    "More from",
    "More on this",
    "See also",
    "You may also like",
    "You might also like",
    "Also on",
    "Trending now",
    "Most popular",
    "Most read",
    "Most viewed",
    "Top stories",
    "Latest news",
    "Latest stories",
]


def _text(sentence: str) -> str:
    return f"Police said a man was hurt on Main Street. Officials noted {sentence} in the area."


def test_every_background_cue_holds_a_key_and_is_found() -> None:
    for cue in _BACKGROUND_CUES:
        text = _text(cue)
        lowered = text.lower()
        assert roles._BACKGROUND.search(lowered), cue
        assert any(key in lowered for key in roles._BACKGROUND_KEYS), cue
        assert any(role == "background" for _, _, role in roles.sentence_roles(text)), cue


def test_every_roundup_switch_holds_a_key_and_counts() -> None:
    for switch in _SWITCHES:
        assert roles._ANOTHER_INCIDENT.search(switch), switch
        assert any(key in switch for key in roles._ANOTHER_KEYS), switch
        text = f"Two men were shot downtown. {switch.capitalize()}, a woman was hurt. " + (
            f"Later, {switch}, a boy was hurt."
        )
        assert roles.is_roundup(None, text), switch


def test_every_related_marker_opens_a_related_block() -> None:
    for marker in _MARKERS:
        text = f"A man was shot on Main Street on Friday night.\n{marker}\nCity council meets"
        related = [text[start:end] for start, end, role in roles.sentence_roles(text)
                   if role == "related"]
        assert related == [f"{marker}\nCity council meets"], marker


def test_a_playlist_needs_a_colon_and_is_found() -> None:
    text = "A man was shot.\n1:17 Drone video shows the valley\n2:05 Storm hits the coast\n"
    assert [role for _, _, role in roles.sentence_roles(text)] == ["related", "related"]
    assert roles.sentence_roles("A man was shot.\nNo times here\n") == []
