"""`furniture.link_lines`: the one reader of a scraped page's links to other articles, shared
by the count, claim, date and place readers and the clusterer (#14, #15). Every text here is
made up for these tests."""

from __future__ import annotations

from storyline.extract.furniture import link_lines


def _covered(text: str) -> list[str]:
    return [text[start:end] for start, end in link_lines(text).spans]


def test_a_labelled_line_is_a_link() -> None:
    for label in ("Read more:", "RELATED:", "ALSO READ |", "More on this story:", "Read next:",
                  "More:", "See also -", "You may also like:", "Watch:", "Most read:",
                  "Related coverage »", "- Read more:", "More from Metro News:"):
        line = f"{label} Two hurt as lorry hits bus stop in Warrow"
        text = f"A man was stabbed in Keld on Friday, police said.\n{line}\nHe is stable."
        assert _covered(text) == [line], label


def test_a_bare_label_heads_the_headlines_under_it() -> None:
    text = ("Most read\n1. Three dead in shooting at Harlow tavern\n2. Storm cuts power to "
            "40,000\n\nA man was stabbed to death in Dunmore early Sunday, officers said.")
    assert _covered(text) == [text[:text.index("\n\n")]]
    text = ("A trooper was shot on Route 9, the patrol said.\nRELATED COVERAGE\n\n- Trooper "
            "killed in 2012 crash remembered\n\n- 5 injured in highway pileup\n\nWe will update "
            "this story as details emerge.")
    covered = _covered(text)
    assert len(covered) == 1 and covered[0].endswith("highway pileup")
    assert "update" not in covered[0]


def test_a_label_run_into_its_headline_and_a_file_caption() -> None:
    text = ("Police said a boy was hurt.\nRelated Content Man charged in Elm Street killing\n"
            "FILE - Police tape outside a bar in Rensby\nA burnt car in Quetta (Reuters/File)\n"
            "Officers said more.")
    assert _covered(text) == ["Related Content Man charged in Elm Street killing",
                              "FILE - Police tape outside a bar in Rensby",
                              "A burnt car in Quetta (Reuters/File)"]


def test_a_label_after_a_sentence_of_its_line() -> None:
    text = "A man was shot in the back. RELATED: City's toll reaches 85 for the year"
    assert _covered(text) == ["RELATED: City's toll reaches 85 for the year"]


def test_the_article_s_own_words_and_lists_are_no_links() -> None:
    texts = [
        "Related to the attack, police said two men were held.",
        "More than 20 people were hurt when the roof fell.",
        "More news is expected from the police later.",
        "Read also the statement by the mine's owners.",
        "Also on Tuesday, police arrested a second man.",
        "Watch the video below.",
        "How it unfolded:\n1. The gunman entered the hall.\n2. He shot two guards.",
        "The victims:\n- Ana Ruiz, 34\n- Tomas Bell, 51",
        "Police at the scene in Bridgeport, Conn. (Photo: staff)",
    ]
    for text in texts:
        assert _covered(text) == [], text


def test_a_list_ends_at_running_text_or_after_its_length() -> None:
    text = "Trending\nStorm hits coast\nThe gunman, police said, fled on foot.\nCouncil meets"
    assert _covered(text) == ["Trending\nStorm hits coast"]
    many = "Top stories\n" + "\n".join(f"Headline number {n} here" for n in range(20))
    assert _covered(many)[0].count("\n") == 10


def test_a_label_inside_a_line_reaches_to_its_sentence_s_end() -> None:
    text = "Two were hurt. Read more: Crash toll rises to 9. Police closed the road."
    assert _covered(text) == ["Read more: Crash toll rises to 9."]
