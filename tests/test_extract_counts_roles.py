"""People counted by their role, without a number (subjects.py): "the owner of the restaurant
was taken into custody", "police arrested the developer and the site engineer", "a sixth
protester had died". The phenomenon suite holds the varied cases; these pin the counting and
the pattern's bounded window (its cost on long runs is timed in benchmarks/bench_adversarial.py,
not here: a timed assertion fails on a busy machine)."""

from __future__ import annotations

from storyline.extract.subjects import ordinal_people, singular_subjects


def _values(sentence: str) -> list[int]:
    return [q.value for q in singular_subjects(sentence, [])]


def test_a_role_with_an_of_phrase_and_a_name_in_commas_is_one_person() -> None:
    assert _values("The owner of the bakery, Tom Reed, was taken into custody.") == [1]


def test_two_definite_people_joined_by_and_are_two() -> None:
    assert _values("The ferry's captain and the chief engineer were detained.") == [2]
    assert _values("Police arrested the landlord and his accountant on Friday.") == [2]


def test_a_who_clause_in_commas_stays_with_its_person() -> None:
    assert _values("The driver, who escaped with bruises, was arrested.") == [1]


def test_a_role_without_a_count_verb_is_nobody() -> None:
    assert _values("The owner of the shop spoke to reporters on Monday.") == []


def test_an_ordinal_counts_any_person_noun() -> None:
    assert [q.value for q in ordinal_people("A sixth protester died in hospital.")] == [6]


def test_the_role_pattern_reads_a_bounded_window_of_words() -> None:
    # An unbounded run between the role and its verb would let the pattern scan (and count)
    # across any length; the bounded window reads the short phrase and stops on the long one,
    # whatever its length.
    assert _values("The owner of the big old shop was arrested.") == [1]
    for words in (40, 4000):
        assert _values("The owner of the " + "big old " * words + "shop was arrested.") == []
