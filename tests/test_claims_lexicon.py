"""The word classes the claim readers share are whole classes, every form of every member: a
reader that knows "said" but not "saying" or "wrote" misses a group's claim (session 25)."""

from __future__ import annotations

import pytest

from storyline.extract.claims_lexicon import DENY_VERBS, SAY_VERBS
from storyline.extract.claims_structure import LATE_CLAIM_SENTENCE_RE


@pytest.mark.parametrize("lemma, forms", [
    ("say", {"say", "says", "saying", "said"}),
    ("write", {"write", "writes", "writing", "wrote", "written"}),
    ("declare", {"declare", "declares", "declaring", "declared"}),
    ("admit", {"admit", "admits", "admitting", "admitted"}),
    ("brag", {"brag", "brags", "bragging", "bragged"}),
    ("insist", {"insist", "insists", "insisting", "insisted"}),
    ("stress", {"stress", "stresses", "stressing", "stressed"}),
])
def test_every_form_of_a_saying_verb_is_in_the_class(lemma: str, forms: set[str]) -> None:
    assert forms <= SAY_VERBS, forms - SAY_VERBS


def test_no_misspelt_form_enters_a_class() -> None:
    # (a regular past of a verb ending in "e" is "+d", of a short final syllable doubled)
    for wrong in ("declard", "acknowledgd", "admited", "braged", "rebuted"):
        assert wrong not in SAY_VERBS | DENY_VERBS


def test_denial_verbs_are_the_whole_class() -> None:
    for verb in ("denied", "rejected", "dismissed", "rebutted", "refuted", "disputed",
                 "contested", "disclaimed"):
        assert verb in DENY_VERBS


@pytest.mark.parametrize("sentence", [
    "The Hill Front wrote that its commandos had burned the depot.",
    "Ours was the unit that stormed the post, the Hill Front declared.",
    "The raid was the handiwork of our lions, the Hill Front said.",
    "The Hill Front tweeted that its men had set off the charge.",
    "Fingers were quickly pointed at the Hill Front.",
    "The mayor pinned the arson on the Hill Front.",
])
def test_late_sentences_are_found_for_every_saying_verb_and_idiom(sentence: str) -> None:
    assert LATE_CLAIM_SENTENCE_RE.search(sentence) is not None


def test_a_sentence_with_no_claim_is_not_picked() -> None:
    assert LATE_CLAIM_SENTENCE_RE.search("The Hill Front held a rally in the square.") is None
