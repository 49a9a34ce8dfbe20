"""Page furniture (furniture.py): the lines of a crawled page that belong to other stories, told
by their form. Texts written for this project."""

from __future__ import annotations

from storyline.extract.furniture import find_furniture

BODY = "A man was shot in the hand outside a corner shop on Tuesday night, police said."
AFTER = "Medics bandaged him on the pavement and let him go home, a spokesman said."


def _lines(text: str, title: str | None = None) -> list[str]:
    return [text[start:end] for start, end in find_furniture(text, title).spans]


def test_a_headline_line_between_paragraphs_is_another_story() -> None:
    text = f"{BODY}\n\nFamily mourns teacher killed in highway crash\n\n{AFTER}"
    assert _lines(text) == ["Family mourns teacher killed in highway crash"]


def test_a_clip_list_is_furniture_wherever_it_stands() -> None:
    text = f"1:12 Council votes on budget Pause\n\n{BODY}\n\n0:45 Two dead in Elm Street fire\n"
    assert _lines(text) == ["1:12 Council votes on budget Pause",
                            "0:45 Two dead in Elm Street fire"]


def test_a_timed_line_of_the_story_itself_is_not_a_clip() -> None:
    text = f"{BODY}\n\n10:15 Officers reached the shop and found the man bleeding.\n\n{AFTER}"
    assert _lines(text) == []


def test_lines_before_the_body_are_the_story_own_headline_and_summary() -> None:
    text = f"Man shot in the hand on Tuesday\n\nOne hurt, suspect sought\n\n{BODY}\n\n{AFTER}"
    assert _lines(text) == []


def test_the_article_title_repeated_in_the_body_is_its_own() -> None:
    title = "Man shot outside corner shop"
    text = f"{BODY}\n\nMan shot outside corner shop\n\n{AFTER}"
    assert _lines(text, title) == []
    assert _lines(text) == ["Man shot outside corner shop"]


def test_running_text_and_short_sentences_are_not_headlines() -> None:
    text = f"{BODY}\n\nHe survived.\n\n\"We heard three shots,\" a neighbour said.\n\n{AFTER}"
    assert _lines(text) == []


def test_a_line_at_the_end_with_nothing_after_is_not_read_as_a_link() -> None:
    text = f"{BODY}\n\n{AFTER}\n\nCopyright Valley Daily Post"
    assert _lines(text) == []


def test_covers_reports_offsets_inside_the_spans_only() -> None:
    text = f"{BODY}\n\nTeen killed in crash on Route 4\n\n{AFTER}"
    furniture = find_furniture(text)
    start = text.index("Teen")
    assert furniture.covers(start) and furniture.covers(start + 10)
    assert not furniture.covers(0) and not furniture.covers(text.index(AFTER))


def test_a_link_sharing_a_telling_word_with_the_title_is_the_same_story() -> None:
    title = "Harvest fair gunman was on parole, records show"
    text = f"{BODY}\n\nTwo dead after shots ring out at harvest fair\n\n{AFTER}"
    assert _lines(text, title) == []
    assert _lines(text, "Parole board under review") == [
        "Two dead after shots ring out at harvest fair"]


def test_a_section_head_in_capitals_is_the_story_own() -> None:
    text = f"{BODY}\n\nTWO DEAD AFTER SHOTS IN THE PARKING LOT\n\n{AFTER}"
    assert _lines(text) == []
