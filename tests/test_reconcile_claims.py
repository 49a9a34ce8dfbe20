"""Who says what across reports: a denial made through a group's spokesman or commander meets the
claim or blame it answers (so `disputed_by` is filled), and rival claims stay side by side."""

from __future__ import annotations

import pytest

from helpers_reconcile import claim, extraction, stored
from storyline.reconcile.claims import collect_claims, party_of


@pytest.mark.parametrize(
    ("speaker", "party"),
    [
        ("spokesman for the Red Hand", "Red Hand"),
        ("a spokeswoman for Red Hand", "Red Hand"),
        ("A Spokesperson of the Blue Front", "Blue Front"),
        ("Red Hand's spokesman", "Red Hand"),
        ("the Blue Front’s commander", "Blue Front"),
        ("leader of the Lake Shore Militia", "Lake Shore Militia"),
        ("a senior official of the Dune Movement", "Dune Movement"),
        # Names that name no speaker stay what they are.
        ("Red Hand", "Red Hand"),
        ("Hezbollah officials", "Hezbollah officials"),
        ("Head of State Security", "Head of State Security"),
        ("Sons of Liberty", "Sons of Liberty"),
    ],
)
def test_the_party_a_statement_speaks_for(speaker: str, party: str) -> None:
    assert party_of(speaker) == party


@pytest.mark.parametrize(
    ("accusation", "accused", "denial", "denier"),
    [
        ("Police blamed the Red Hand for the bombing.", "Red Hand",
         "A spokesman for the Red Hand denied any involvement.", "spokesman for the Red Hand"),
        ("The army accused the Blue Front of the ambush.", "Blue Front",
         "The Blue Front's commander rejected the accusation.", "Blue Front's commander"),
        ("Officials said the Dune Movement was behind the raid.", "Dune Movement",
         "The Dune Movement denied it had a role.", "Dune Movement"),
    ],
)
def test_a_denial_through_a_spokesman_disputes_the_blame(
    accusation: str, accused: str, denial: str, denier: str
) -> None:
    articles = [stored("a1", "2026-03-02 10:00", accusation),
                stored("a2", "2026-03-03 10:00", denial)]
    extractions = {
        "a1": extraction("a1", claims=(claim(accusation, accusation.split()[-1], accused,
                                             "blamed", "police"),)),
        "a2": extraction("a2", claims=(claim(denial, denial.split()[-1], denier, "denied"),)),
    }
    records = {record.kind: record for record in collect_claims(articles, extractions)}
    assert set(records) == {"blamed", "denied"}
    assert records["denied"].actor == accused  # the group's denial, not its spokesman's
    assert records["blamed"].disputed_by == ("denied",)
    assert records["denied"].disputed_by == ("blamed",)
    assert records["blamed"].to_json()["stated_by"] == ["police"]


def test_rival_claims_are_grouped_side_by_side_and_a_denial_answers_only_its_own_party() -> None:
    first = "The Red Hand claimed the bombing."
    second = "The Blue Front also claimed the bombing."
    third = "A spokesman for the Blue Front later denied the group had any role."
    articles = [stored("c1", "2026-03-02 10:00", first), stored("c2", "2026-03-03 10:00", second),
                stored("c3", "2026-03-04 10:00", third)]
    extractions = {
        "c1": extraction("c1", claims=(claim(first, "claimed", "Red Hand", "claimed"),)),
        "c2": extraction("c2", claims=(claim(second, "claimed", "Blue Front", "claimed"),)),
        "c3": extraction("c3", claims=(claim(third, "denied", "spokesman for the Blue Front",
                                             "denied"),)),
    }
    records = {(r.actor, r.kind): r for r in collect_claims(articles, extractions)}
    assert set(records) == {("Red Hand", "claimed"), ("Blue Front", "claimed"),
                            ("Blue Front", "denied")}
    assert records[("Red Hand", "claimed")].competing_with == ("blue front",)
    assert records[("Blue Front", "claimed")].competing_with == ("red hand",)
    assert records[("Blue Front", "claimed")].disputed_by == ("denied",)
    assert records[("Red Hand", "claimed")].disputed_by == ()
