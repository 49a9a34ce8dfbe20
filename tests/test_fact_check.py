"""The one reader of a fact check's frame (`fact_check.read_fact_check`), which dates, places
and claims share."""

from __future__ import annotations

import re

from storyline.extract.fact_check import CLAIM_LABEL, read_fact_check


def _said(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_no_verdict_is_no_fact_check() -> None:
    text = "A video posted by the council shows the flooded market in Ardmore on Monday."
    frame = read_fact_check(text)
    assert not frame.is_one and frame.spans == ()


def test_the_checked_claim_and_the_traced_picture_are_set_apart() -> None:
    text = ("CLAIM: A bus bomb in Osterby killed 30 people. VERDICT: False. "
            "The explosion actually happened at a depot in Vilnes, where two were hurt. "
            "The photo in the post shows a 2017 drill in Karsk.")
    frame = read_fact_check(text)
    assert frame.is_one
    assert _said(text, frame.checked)[0] == "CLAIM: A bus bomb in Osterby killed 30 people."
    assert _said(text, frame.pictures) == ["The photo in the post shows a 2017 drill in Karsk."]
    vilnes = text.index("Vilnes")  # (the correction is the event's own account)
    assert not any(start <= vilnes < end for start, end in frame.spans)


def test_a_question_answered_no_is_the_claim_checked() -> None:
    text = "Did a crane collapse kill nine workers in Ostrava? No. One worker was hurt."
    frame = read_fact_check(text)
    assert _said(text, frame.checked) == ["Did a crane collapse kill nine workers in Ostrava?"]


def test_only_the_rest_of_a_sentence_after_the_trace_is_the_pictures() -> None:
    text = ("Rating: Misleading. On Tuesday, reverse image search showed the clip was first "
            "posted on 2 May 2019.")
    frame = read_fact_check(text)
    assert frame.in_a_picture(text.index("2 May"))
    assert not frame.in_a_picture(text.index("Tuesday"))


def test_the_claim_label_is_one_pattern() -> None:
    label = re.compile(CLAIM_LABEL)
    assert all(label.fullmatch(word) for word in ("CLAIM", "Claims", "The claim", "THE CLAIM"))
