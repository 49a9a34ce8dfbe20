"""The title-case test of a month word reads the line around it, at most 200 characters each
side: on a text of one endless line it must not read back to the text's start (that made every
month word cost the length of the text before it: quadratic on one hostile line)."""

from __future__ import annotations

from storyline.extract.timex import _title_cased_line


def test_a_title_cased_line_is_seen_as_one() -> None:
    text = "June Shooting Suspect Arrested After Long Chase"
    assert _title_cased_line(text, 0, 4)


def test_capitals_far_before_the_match_on_the_same_line_do_not_count() -> None:
    far = " ".join(["Alpha Bravo Charlie Delta"] * 40)  # 1,000 characters of capitals
    near = " and then the small print said that in june the suspect was arrested by the police"
    text = far + near
    start = text.index("june")
    assert not _title_cased_line(text, start, start + 4)


def test_the_line_ends_at_a_newline_within_reach() -> None:
    text = "Alpha Bravo Charlie Delta Echo\nthe suspect was arrested in june by the police"
    start = text.index("june")
    assert not _title_cased_line(text, start, start + 4)
