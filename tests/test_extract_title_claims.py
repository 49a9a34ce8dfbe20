"""A headline's claim (`storyline.extract._with_title_claims`): the headline is the article's own
summary, and a short report's body often names the claimant only as "the group", so a claim,
denial or blame the headline states joins the body's, with offsets -1 like a title's counts.
A headline in title case is read with its common words in lower case, so that a capitalised
verb ("Claims") is not taken for a name. Sentences written for this project."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.extract import _headline_as_sentence, extract_facts
from storyline.records import Article


def _article(text: str, title: str | None) -> Article:
    return Article(id="a", text=text, title=title, published=datetime(2025, 5, 6, tzinfo=UTC),
                   modified=None, fetched=None, source="test", url=None, authors=(),
                   origin=None, notes=())


def _claims(text: str, title: str | None) -> set[tuple[str, str]]:
    return {(c.actor_normalized, c.kind) for c in extract_facts(_article(text, title)).claims}


def test_a_deks_anaphor_takes_up_the_headlines_group() -> None:
    """The body says only "the militant group": its claim is the body sentence's, the group
    the one the headline names (`claims._named_by_the_title`); the headline's own reading of
    the same claim is not added again."""
    text = ("The militant group said in a radio broadcast that its fighters stormed the building "
            "because officials were meeting there.")
    claims = extract_facts(_article(text, "Al-Shabaab says it was behind the siege of a Kismayo "
                                          "hotel")).claims
    assert [(c.actor_normalized, c.kind, c.start) for c in claims] == [
        ("al-Shabaab", "claimed", 0)]
    # without the headline the anaphor names no one
    assert not extract_facts(_article(text, None)).claims


@pytest.mark.parametrize(("title", "text", "actor", "kind"), [
    # sentence case, "says it was behind"; the body names no group
    ("Al-Shabaab says it was behind the siege of a Kismayo hotel",
     "Gunmen stormed the building because officials were meeting there, a witness said.",
     "al-Shabaab", "claimed"),
    # title case: "Claims" is the verb, not the claimant
    ("Tamil Liberation Front Claims Responsibility For Depot Bombing",
     "Two guards were hurt when the device went off at the gate before dawn.",
     "Tamil Liberation Front", "claimed"),
    # a denial in the headline, the body about the damage only
    ("Red Hand Brigade denies role in pipeline blast",
     "Engineers said the fire at the pumping station would take days to put out.",
     "Red Hand Brigade", "denied"),
    # a blame by the police, passive body
    ("Police blame the Ochre Circle gang for market arson",
     "Eleven stalls were destroyed overnight, traders said.", "Ochre Circle", "blamed"),
])
def test_a_headline_claim_joins_a_body_that_does_not_name_the_claimant(
        title: str, text: str, actor: str, kind: str) -> None:
    claims = extract_facts(_article(text, title)).claims
    found = [c for c in claims if actor.lower() in c.actor_normalized.lower() and c.kind == kind]
    assert found, [(c.actor_normalized, c.kind) for c in claims]
    assert all(c.start == -1 and c.end == -1 for c in found)  # it stands in no body sentence


@pytest.mark.parametrize(("title", "text"), [
    # no claim in the headline
    ("Bomb kills four at a bus stop in Garoua", "No group has said it carried out the attack."),
    # a title-case headline without a claim: its capitals name nothing
    ("Gunmen Kill Nine In Overnight Raid On Farming Village",
     "Residents said the attackers came on motorcycles."),
    # no title at all
    (None, "A grenade was thrown into a bar in the old town, wounding three people."),
])
def test_a_headline_without_a_claim_adds_none(title: str | None, text: str) -> None:
    assert _claims(text, title) == set()


def test_a_claim_the_body_states_is_not_added_twice() -> None:
    title = "Kestrel Front claims the ambush of an army patrol"
    text = ("The Kestrel Front claimed responsibility for the ambush of an army patrol near the "
            "river crossing on Monday, in which five soldiers died.")
    claims = extract_facts(_article(text, title)).claims
    kestrel = [c for c in claims if "Kestrel" in c.actor_normalized and c.kind == "claimed"]
    assert len(kestrel) == 1 and kestrel[0].start >= 0


@pytest.mark.parametrize(("title", "sentence"), [
    ("Hamas Claims Responsibility For Jaffa Stabbing",
     "Hamas claims responsibility for Jaffa Stabbing"),
    ("Rebels Deny Role In Attack On Aid Convoy", "Rebels deny role in attack on Aid Convoy"),
    ("Police Blame Gang For Market Fire", "Police blame Gang for Market Fire"),
    # sentence case and short headlines stay as they are
    ("Rebels deny role in convoy attack", "Rebels deny role in convoy attack"),
    ("Rebels Strike", "Rebels Strike"),
])
def test_a_title_case_headline_reads_as_a_sentence(title: str, sentence: str) -> None:
    assert _headline_as_sentence(title) == sentence


@pytest.mark.parametrize("title", [
    # a person's plea or confession in a crime headline
    "Delmar Voss claims self-defense in fatal shooting outside bar",
    "Mother admits to firing the shot that killed her son",
    # a hedged noun, not a suspicion of a party
    "Suspected Harvest Fair gunman booked on Thursday",
    "12 Hurt In Shooting At Warehouse, Suspected Gunman Killed",
    # a site's name after a dash
    "Suspect in deadly parking lot shooting arrested - KXYZ News 7 Riverton",
])
def test_a_crime_headline_names_no_claimant(title: str) -> None:
    text = "Police said the investigation was continuing and asked witnesses to come forward."
    assert _claims(text, title) == set()
