"""Responsibility claims, named attackers and quoted officials."""

from __future__ import annotations

from storyline.extract.claims import ClaimFindings, find_claims, normalize_actor
from storyline.records import Claim


def only_claim(text: str) -> Claim:
    claims = find_claims(text).claims
    assert len(claims) == 1, claims
    return claims[0]


def test_claimed_responsibility() -> None:
    text = "The so-called Islamic State group claimed responsibility for the bombing."
    claim = only_claim(text)
    assert claim.kind == "claimed"
    assert claim.actor == "The so-called Islamic State group"
    assert claim.actor_normalized == "Islamic State"
    assert text[claim.start : claim.end] == claim.evidence == text


def test_claimed_by_alias_and_passive() -> None:
    assert only_claim("ISIL claimed the attack on the checkpoint.").actor_normalized == (
        "Islamic State"
    )
    claim = only_claim("Responsibility for the blast was claimed by Daesh.")
    assert (claim.kind, claim.actor_normalized) == ("claimed", "Islamic State")


def test_said_it_carried_out() -> None:
    claim = only_claim("Al-Shabaab said it carried out the attack on the base.")
    assert (claim.kind, claim.actor_normalized) == ("claimed", "al-Shabaab")


def test_negated_claims_are_not_claims() -> None:
    assert find_claims("No group has claimed responsibility for Sunday's ambush.").claims == ()
    assert find_claims("Hamas has not claimed the attack.").claims == ()
    assert find_claims("There was no immediate claim of responsibility.").claims == ()


def test_denied_involvement_with_its_source() -> None:
    claim = only_claim("The Taliban denied involvement in the attack, a spokesman said.")
    assert (claim.kind, claim.actor_normalized) == ("denied", "Taliban")
    assert claim.source == "spokesman"


def test_officials_blamed_and_accused() -> None:
    blamed = only_claim("Afghan officials blamed the Taliban for the attack.")
    assert (blamed.kind, blamed.actor_normalized, blamed.source) == (
        "blamed",
        "Taliban",
        "Afghan officials",
    )
    accused = only_claim("The government accused the PKK of staging the ambush.")
    assert (accused.kind, accused.actor_normalized, accused.source) == (
        "blamed",
        "PKK",
        "government",
    )
    behind = only_claim("Police said Boko Haram militants were behind the raid.")
    assert (behind.kind, behind.actor_normalized, behind.source) == (
        "blamed",
        "Boko Haram",
        "Police",
    )
    passive = only_claim("The attack was blamed on the PKK by Turkish officials.")
    assert (passive.actor_normalized, passive.source) == ("PKK", "Turkish officials")


def test_suspected() -> None:
    claim = only_claim("Suspected Boko Haram militants killed 12 villagers, police said.")
    assert (claim.kind, claim.actor_normalized, claim.source) == (
        "suspected",
        "Boko Haram",
        "police",
    )
    named = only_claim("John Doe is suspected of shooting his neighbor, deputies said.")
    assert (named.kind, named.actor_normalized) == ("suspected", "John Doe")


def test_police_identified_the_suspect() -> None:
    findings = find_claims(
        "The suspect, identified as John Smith, 24, was arrested, Sheriff Jane Doe said."
    )
    assert [(c.kind, c.actor_normalized, c.source) for c in findings.claims] == [
        ("suspected", "John Smith", "Sheriff Jane Doe")
    ]
    assert findings.actors == ("John Smith",)
    assert findings.officials == ("Sheriff Jane Doe",)


def test_actors_named_groups_then_generic_roles() -> None:
    named = find_claims("Militants from the Islamic State of Iraq and the Levant stormed it.")
    assert named.actors == ("Islamic State",)
    generic = find_claims("A gunman opened fire at the mall before the shooter fled.")
    assert generic.actors == ("gunman", "shooter")
    assert find_claims("It rained all day.") == ClaimFindings((), (), ())


def test_officials_quoted() -> None:
    text = (
        "A man was killed, according to the health ministry. Police Chief Ray Kelly told "
        'reporters the gunman fled. "It was loud," a neighbor said. Police said more.'
    )
    assert find_claims(text).officials == ("health ministry", "Police Chief Ray Kelly", "Police")


def test_normalize_actor() -> None:
    assert normalize_actor("the so-called Islamic State") == "Islamic State"
    assert normalize_actor("ISIS") == "Islamic State"
    assert normalize_actor("Houthi rebels") == "Houthis"
    assert normalize_actor("the Red Brigades") == "Red Brigades"
    assert normalize_actor("Boko Haram militants") == "Boko Haram"


def claims_of(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind, c.actor_normalized, c.source) for c in find_claims(text).claims]


def test_officials_by_title_blame_and_accuse() -> None:
    assert claims_of("The interior minister blamed the Taliban for the attack.") == [
        ("blamed", "Taliban", "interior minister")]
    assert claims_of("A police spokesman blamed al-Shabaab for the blast.") == [
        ("blamed", "al-Shabaab", "police spokesman")]
    assert claims_of("Turkey accused the PKK of staging the ambush.") == [
        ("blamed", "PKK", "Turkey")]


def test_attributed_to() -> None:
    assert claims_of("Police attributed the attack to al-Shabaab.") == [
        ("blamed", "al-Shabaab", "Police")]
    assert claims_of("Officials attributed the bombing to the Pakistani Taliban.") == [
        ("blamed", "Tehrik-i-Taliban Pakistan", "Officials")]


def test_claims_in_relative_clauses_and_statements() -> None:
    assert claims_of("Al-Shabaab, which claimed the attack, said 20 soldiers died.") == [
        ("claimed", "al-Shabaab", None)]
    assert claims_of("In a statement, the Taliban said its fighters carried out the raid.") == [
        ("claimed", "Taliban", None)]
    text = "A spokesman for the Taliban, Zabihullah Mujahid, said the group carried out the attack."
    assert claims_of(text) == [("claimed", "Taliban", None)]
    assert claims_of("Hezbollah denied any role in the blast.") == [
        ("denied", "Hezbollah", None)]


def test_a_pronoun_claim_takes_the_group_of_the_sentence_before() -> None:
    text = ("A statement from the Islamic State group appeared online. It said it carried out "
            "the bombing.")
    claim = only_claim(text)
    assert (claim.kind, claim.actor_normalized) == ("claimed", "Islamic State")
    assert text[claim.start : claim.end] == claim.evidence == text
    # Without a group named before, "it" and "the group" are nobody.
    assert find_claims("Gunmen stormed the hotel. The group said it carried out the attack."
                       ).claims == ()
    assert find_claims("The group said it carried out the attack.").claims == ()


def test_what_is_not_a_claim_of_responsibility() -> None:
    for text in (
        "The fire claimed the lives of 12 people.",
        "The bombing, which claimed the lives of 12 people, shocked the city.",
        "The blast claimed 12 lives.",
        "Farmers blamed the weather for the poor harvest.",
        "Officials blamed Monday's storm for the outage.",
        "The mayor blamed Hurricane Ida for the damage.",
        "The group has not claimed the attack.",
    ):
        assert find_claims(text).claims == (), text


def test_suspected_members_who_were_targets_are_not_suspects() -> None:
    assert find_claims("Soldiers killed two suspected Boko Haram militants.").claims == ()
    assert find_claims("Three suspected ISIS fighters were arrested on Monday.").claims == ()
    assert find_claims("Jets bombed suspected Islamic State positions.").claims == ()
    kept = only_claim("A driver was shot dead by suspected Boko Haram militants.")
    assert (kept.kind, kept.actor_normalized) == ("suspected", "Boko Haram")


def test_officials_quoted_by_title() -> None:
    assert find_claims("Interior Minister Jane Doe said the toll rose.").officials == (
        "Interior Minister Jane Doe",)
    assert find_claims("A spokesman for the health ministry said 12 people died.").officials == (
        "spokesman for the health ministry",)
    assert find_claims("A neighbor said she heard shots.").officials == ()


def test_acronym_claimant_takes_the_name_given_before_it() -> None:
    text = ("Fighting between the army and the Rapid Support Forces (RSF) spread. "
            "The RSF denied any role in the shelling.")
    claim = only_claim(text)
    assert (claim.kind, claim.actor_normalized) == ("denied", "Rapid Support Forces (RSF)")
    # No bracketed form in the text: the acronym stays as written.
    assert only_claim("The army blamed the ADF for the attack.").actor_normalized == "ADF"
    # Two names joined by "and" before the bracket are not taken as one.
    text = ("Talks between the Sudanese Armed Forces and Free Sons (FS) failed. "
            "The FS denied any role in the bombing.")
    assert only_claim(text).actor_normalized == "Free Sons (FS)"


def test_state_body_denies_its_own_forces_fired() -> None:
    text = ("Five protesters died. A police spokesman, Ana Moyo, denied that officers had "
            "used live ammunition.")
    claim = only_claim(text)
    assert (claim.kind, claim.actor_normalized, claim.source) == ("denied", "police", "police")
    # A witness denying it is no body's denial.
    assert find_claims("Witnesses denied that soldiers had fired first.").claims == ()
