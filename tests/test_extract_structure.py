"""The structural readers of extraction (document.py, structure.py, claims_structure.py,
places_roles.py, dates_roles.py) on sentences written for this project, each test one
linguistic phenomenon, through the public `extract_facts`. The real spaCy model is used."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storyline.extract import extract_facts, extraction_to_json
from storyline.extract.document import MAX_PARSED_SENTENCES, Document
from storyline.extract.sentences import MAX_SENTENCE_CHARS, split_sentences
from storyline.records import Article


def totals(text: str, published: str | None = None) -> dict[str, int]:
    article = Article(id="t", text=text, published=_day(published))
    return {k: v.value for k, v in extract_facts(article).totals.items()}


def _day(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A gunman killed 12 people and wounded 30 others.", 12, 30),
    ("The attacker shot dead four guards and injured a cook.", 4, 1),
    ("Rebels ambushed the convoy, killed nine soldiers and wounded 14.", 9, 14),
])
def test_coordinated_verbs_share_their_subject_and_keep_their_objects(
        text: str, killed: int, injured: int) -> None:
    assert totals(text) == {"killed": killed, "injured": injured}


@pytest.mark.parametrize(("text", "killed"), [
    ("At least 25 people, 5 police officers and 20 villagers, were killed.", 25),
    ("Thirty people, eight soldiers and 22 civilians, died in the raid.", 30),
    ("Eleven people, including six police officers and a nurse, died in the blast.", 11),
])
def test_a_total_with_its_breakdown_is_the_total(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Three masked men shot and killed Amos Deng, a shopkeeper, in Malakal.", 1),
    ("Four gunmen murdered the village chief on Sunday.", 1),
    ("Militants killed a family of five near the river.", 5),
    ("The governor was killed along with his driver and three bodyguards.", 5),
    ("Attackers killed the council leader, his wife and their son.", 3),
])
def test_the_victims_are_the_object_not_the_agents(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("The death toll from Monday's attack on the market rose to 34.", 34),
    ("The number of people killed in the floods has reached 112.", 112),
])
def test_the_toll_as_subject_takes_its_complement(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


def test_attackers_deaths_are_added_by_role_never_in_place_of_the_victims() -> None:
    text = ("A suicide bomber blew himself up at a checkpoint outside Mosul. Eight soldiers "
            "were killed in the blast.")
    article = Article(id="t", text=text)
    extraction = extract_facts(article)
    assert extraction.totals["killed"].value == 9
    assert extraction.totals["killed"].perpetrators == 1
    killed = extraction_to_json(article, extraction)["totals"]["killed"]
    assert killed["by_role"] == {"victims": 8, "perpetrators": 1}
    included = "Six people, including the bomber, were killed when a suicide bomber struck."
    assert totals(included)["killed"] == 6


@pytest.mark.parametrize("text", [
    "The blast could have killed hundreds of worshippers.",
    "The group threatened to kill 40 hostages.",
    "Nobody was killed when the roof fell in.",
])
def test_modality_and_negation_report_no_deaths(text: str) -> None:
    assert totals(text).get("killed", 0) == 0


@pytest.mark.parametrize(("text", "actor", "kind"), [
    ("It was claimed by the Eastern Shield Brigade.", "Eastern Shield Brigade", "claimed"),
    ("The Red Dawn Front quickly took responsibility for the ambush.", "Red Dawn Front",
     "claimed"),
    ("Investigators said they believed the Northern Crescent was responsible.",
     "Northern Crescent", "suspected"),
    ("The defence minister suggested that Valdoria was involved.", "Valdoria", "suspected"),
    ("The Sons of the Valley again denied any role in the attack.", "Sons of the Valley",
     "denied"),
])
def test_claimants_come_from_the_predicate_structure(text: str, actor: str, kind: str) -> None:
    claims = extract_facts(Article(id="t", text=text)).claims
    assert any(actor in c.actor and c.kind == kind for c in claims), claims


@pytest.mark.parametrize("text", [
    "Suspected gunmen opened fire on a minibus near the border.",
    "No group has claimed responsibility for the bombing.",
    "Unknown attackers were blamed for the fire.",
])
def test_generic_or_negated_claimants_are_not_claims(text: str) -> None:
    assert extract_facts(Article(id="t", text=text)).claims == ()


def test_the_place_of_the_event_comes_before_the_place_of_the_speakers() -> None:
    text = "Officials in Nairobi said gunmen killed seven herders near Garissa on Friday."
    places = extract_facts(Article(id="t", text=text)).places
    assert [p.name for p in places][:1] == ["Garissa"]


def test_countries_named_as_actors_or_nationalities_are_not_places() -> None:
    text = "A Canadian nurse was wounded in Kandahar. Germany condemned the attack."
    names = {p.name for p in extract_facts(Article(id="t", text=text)).places}
    assert "Canada" not in names and "Germany" not in names


def test_villages_no_gazetteer_lists_are_places() -> None:
    text = "Gunmen attacked Dapchiri village, Yobe state, Nigeria, killing two farmers."
    names = {p.name for p in extract_facts(Article(id="t", text=text)).places}
    assert "Dapchiri" in names


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("The shop, which opened on March 3, was robbed on Friday and a guard was shot dead.",
     "2024-06-10", "2024-06-07"),
    ("A storm warning was issued on Monday. The bridge collapsed on Wednesday, killing six.",
     "2024-06-14", "2024-06-12"),
    ("A gunman opened fire at a Halloween party on Saturday, killing two guests.",
     "2024-11-04", "2024-11-02"),
])
def test_the_event_date_comes_from_the_event_clause(text: str, published: str,
                                                    expected: str) -> None:
    found = extract_facts(Article(id="t", text=text, published=_day(published))).event_date
    assert found is not None and found.value.isoformat() == expected


def test_the_parse_budget_is_a_constant_per_article() -> None:
    text = " ".join(f"Gunmen killed {n % 9 + 2} villagers in the market on Monday."
                    for n in range(200))
    document = Document(text)
    extract_facts(Article(id="t", text=text))  # the real pipeline stays within it too
    document.prepare(document.sentences)
    parsed = sum(document.parse(s) is not None for s in document.sentences)
    assert parsed == MAX_PARSED_SENTENCES


def test_an_overlong_sentence_is_cut_at_clause_breaks_with_offsets_kept() -> None:
    text = ", ".join(f"{n} people were hurt in block {n}" for n in range(400)) + "."
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("The oldest was 71.Rescuers left at dawn.",
         ["The oldest was 71.", "Rescuers left at dawn."]),
        ("He was shot on Oak Street.Officers arrived soon after.",
         ["He was shot on Oak Street.", "Officers arrived soon after."]),
        ("She moved to St.Louis in May.", ["She moved to St.Louis in May."]),
        ("Details are at www.Example.com today.", ["Details are at www.Example.com today."]),
        ("The road is 2.5 miles long.", ["The road is 2.5 miles long."]),
    ],
)
def test_a_full_stop_glued_to_a_capitalized_word_ends_a_sentence(text: str,
                                                                  pieces: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == pieces
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said there were more than 140 hurt and three dead , including a 9 year old"
        " girl.",
        "Five people were shot, including two teenagers, and one of them died later.",
        "The attack killed 9, among them three police officers, and wounded 20, including 4"
        " children.",
        "Officials said 11 people were detained, including four directly involved, and 2 were"
        " freed.",
    ],
)
def test_nested_subsets_point_at_a_mention_that_exists(text: str) -> None:
    """Whatever the structure drops or adds, a subset's `part_of` names a real mention."""
    counts = extract_facts(Article(id="nest", text=text)).counts
    for mention in counts:
        if mention.part_of is not None:
            assert 0 <= mention.part_of < len(counts), (text, counts)


def test_a_definite_plural_takes_the_number_counted_before_it() -> None:
    """The antecedents come from the sentences before; a noun counted twice with different
    numbers is ambiguous and refers to nothing."""
    from storyline.extract.structure import earlier_counts

    assert earlier_counts(["Three masked men robbed a jeweller on Elm Street."]) == {
        "men": 3}
    assert "men" not in earlier_counts(["Two men fled on foot.", "Four men were arrested."])
    assert totals("Two masked men robbed a jeweller on Elm Street. The men were later shot "
                  "dead by police.").get("killed") == 2
    assert "killed" not in totals("Two masked men robbed a jeweller. Four men were arrested. "
                                  "The men were later shot dead by police.")


@pytest.mark.parametrize(("text", "killed"), [
    ("On Sunday night, in Varno, Kessel district, Tarvia, a bus driver and his two sons were "
     "shot dead.", 3),
    ("On Sunday, at Pell Crossing, Kessel district, a driver and his two sons were shot dead.",
     3),
    ("In Ostra, a port town in the south, two traders were shot dead.", 2),
    ("The reporter was the third in a year to be killed.", None),
])
def test_a_subject_hung_on_a_fronted_place_is_still_the_subject(
        text: str, killed: int | None) -> None:
    assert totals(text).get("killed") == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Rebels raided a police post near Tarn, killing a policeman. Security forces pursued "
     "them into the hills and killed four.", 5),
    ("Troops fought off an assault on Velm, killing 9. One soldier was reported dead.", 10),
    ("Taliban gunmen killed three guards in Orsk. Police later said they killed 6 Taliban.", 9),
    # the same side, or people the forces may have killed either way: not added
    ("Soldiers killed 15 Boko Haram near Ardo. Army sources said 15 insurgents died.", 15),
    ("Police shot dead two protesters in Keli. Police said they killed two robbers.", 2),
])
def test_the_other_sides_dead_in_a_note_add_up(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("The attacker then killed himself.", 1),
    ("A guard fired on three colleagues in Orvo, killing them. The guard then killed "
     "himself.", 4),
    ("The attacker then killed two guards at the gate.", 2),
])
def test_an_actor_who_killed_himself_is_one_death(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("A Briton, Tom Hale, and three others were killed near the port.", 4),
    ("A police commander, Ivo Tarn, and six of his men died when the convoy hit a mine.", 7),
    ("The mayor, Ana Vela, was shot dead outside the town hall.", 1),
])
def test_a_name_set_off_after_one_person_is_that_person(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Police sought to disperse the crowd with live rounds, killing four protesters.", 4),
    ("The militia wanted to seize the town, killing 12 civilians in the process.", 12),
    ("The gang planned to kill the chief.", None),
    ("The militants threatened to attack the town and kill anyone who resisted.", None),
])
def test_a_participle_after_an_intents_infinitive_happened(text: str,
                                                            killed: int | None) -> None:
    assert totals(text).get("killed") == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("The intruder killed nine pupils, a cook, and himself, with a stolen shotgun.", 11),
    ("The attacker killed six worshippers, an imam, and himself, in the mosque in Orvo.", 8),
    ("Three soldiers, two officers and a private, died in the blast.", 3),
])
def test_the_killer_at_the_end_of_a_list_of_victims_is_one_more(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Four soldiers were killed when two militants stormed the post near Tarn. The two men "
     "were later killed by the army.", 6),
    ("Three guards were shot dead when two militants raided the depot in Orsk. Both militants "
     "were killed in the exchange of fire.", 5),
    # the victims taken up again, and attackers who were not killed
    ("Two gunmen killed two men outside a bar in Orvo. Medics said the two men died before "
     "reaching the clinic.", 2),
    ("Two militants killed four soldiers at the post. The two militants escaped.", 4),
])
def test_attackers_taken_up_by_a_definite_count_and_killed_add(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Man fatally shot, four others injured during a street party in Orvo", 1, 4),
    ("Driver fatally shot, two passengers hurt in a highway ambush", 1, 2),
    ("Gunmen shot dead two soldiers, wounded three others near the border.", 2, 3),
])
def test_a_headline_second_clause_is_not_the_first_verbs_object(
        text: str, killed: int, injured: int) -> None:
    assert totals(text) == {"killed": killed, "injured": injured}
