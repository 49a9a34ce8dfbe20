"""Who does what to whom: the same action by the same agent to another named patient is
another event (#15). Sentences written for these tests, in varied wording."""

from __future__ import annotations

import struct
from dataclasses import replace
from datetime import UTC, date, datetime

from tests.helpers_cluster import background

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.features import article_features
from storyline.cluster.participants import action_stem, lead_roles
from storyline.cluster.scoring import compatibility
from storyline.cluster.state import decode_state, encode_state, new_state
from storyline.records import Article, DedupVerdict, Extraction, Place

NEW = DedupVerdict(kind="new")
DAY = date(2025, 3, 9)

# Invented people: rare words a text only writes with a capital.
PEOPLE = frozenset(
    {"ortiz", "lindqvist", "kovacs", "brennick", "zanfold", "haskett", "voss", "marta", "jana"}
)


def _common(word: str) -> bool:
    return word in {"investigators", "police"}


def _roles(lead: str) -> tuple[tuple[str, str, str], ...]:
    return lead_roles(lead, PEOPLE, _common)


def test_an_agent_an_action_and_a_patient_are_read_in_the_ways_leads_write_them() -> None:
    expected = ("ortiz", "defeat", "lindqvist")
    for lead in (
        "Marta Ortiz defeats Jana Lindqvist to keep her crown",  # a headline
        "Ortiz has defeated Lindqvist in Lisbon.",  # an auxiliary
        "Ortiz, 31, defeated the veteran Jana Lindqvist on Saturday.",  # age, determiner
        "Marta Ortiz kept her belt on Saturday night by defeating Jana Lindqvist.",  # "by -ing"
        "Ortiz easily defeated Lindqvist",  # an adverb
    ):
        assert expected in _roles(lead), lead
    assert _roles("Brennick acquires rival Zanfold for an undisclosed sum") == (
        ("brennick", "acquir", "zanfold"),
    )


def test_no_role_is_read_from_quotes_places_and_unrelated_names() -> None:
    for lead in (
        "Ortiz said Lindqvist was the toughest opponent she had met.",  # a verb of saying
        "A crowd in Lisbon watched Ortiz and Lindqvist on Saturday.",  # "and" is no action
        "Ortiz returned home. Lindqvist retired.",  # two sentences
        "The belt went to Ortiz after Lindqvist withdrew.",  # Lindqvist is no patient
        "Ortiz reportedly",  # nothing after the action
    ):
        assert all(role[0] != "ortiz" or role[2] != "lindqvist" for role in _roles(lead)), lead
    # Someone named earlier in the sentence is no agent of a later action: a place in the
    # opening, a lone common word opening a sentence.
    assert _roles("In Ortiz county on Sunday, unknown gunmen killed Pell Haskett.") == (
        ("", "kill", "haskett"),
    )
    assert _roles("Investigators questioned Haskett for hours.") == (("", "question", "haskett"),)
    # Naming someone is no action on them: the victim and the suspect are both "identified".
    assert _roles("Investigators identified Pell Haskett on Monday.") == ()
    assert _roles("Brennick, aka Dale Voss, was arrested.") == ()


def test_forms_of_one_verb_share_a_stem() -> None:
    assert {action_stem(w) for w in ("stops", "stopped", "stopping", "stop")} == {"stop"}
    assert {action_stem(w) for w in ("hires", "hired", "hiring", "hire")} == {"hir"}
    assert {action_stem(w) for w in ("signs", "signed", "signing", "sign")} == {"sign"}
    assert action_stem("defeats") != action_stem("denies")


def _bout(article_id: str, opponent: str, first: str, extra: str = "") -> Article:
    """A report of a title bout: the champion's words recur in every one of them."""
    text = (
        f"Marta Ortiz defeated {first} {opponent} in the ninth round on Saturday night to keep "
        "her lightweight championship belts, the eleventh defence of her reign. Ortiz, 31, "
        "controlled the bout from the opening bell with her left jab and sent her challenger "
        f"to the canvas twice before the referee waved it off. {extra}"
    ).strip()
    return Article(
        id=article_id,
        title=f"Ortiz stops {opponent} to retain lightweight titles",
        text=text,
        published=datetime(DAY.year, DAY.month, DAY.day, 12, tzinfo=UTC),
    )


def _sports(article: Article) -> Extraction:
    start = article.text.index("Lisbon") if "Lisbon" in article.text else -1
    places = (Place("Lisbon", "city", "PT", 38.72, -9.14, start, start + 6),) if start >= 0 else ()
    return Extraction(article_id=article.id, event_type="other", places=places)


def _two_bouts(settings: ClusterSettings, second: Article) -> tuple[str, str, str]:
    clusterer = Clusterer(settings)
    for article, extraction in background(30, DAY):
        clusterer.assign(article, extraction, NEW)
    one = _bout("b1", "Lindqvist", "Jana", "The bout was held in Lisbon.")
    first = clusterer.assign(one, _sports(one), NEW)
    later = clusterer.assign(second, _sports(second), NEW)
    evidence = later.evidence
    assert evidence is not None
    # The structured evidence (event page, `event --json`) says why the event was not chosen.
    why_not = " ".join(why for _, _, why in evidence.not_chosen)
    return first.event_id, later.event_id, later.reason + " | " + why_not


def test_the_same_champion_beating_another_challenger_is_another_bout() -> None:
    other = _bout("b2", "Kovacs", "Zita", "The bout was held in Lisbon.")
    off = replace(ClusterSettings(), participant_veto=False)
    first, second, _ = _two_bouts(off, other)
    assert first == second, "control: without the test the shared wording joins them"
    first, second, reason = _two_bouts(ClusterSettings(), other)
    assert first != second
    # The names both reports share (the champion) are no override: they are the protagonist.
    assert "another participant: ortiz stop- kovacs, the event's lindqvist" in reason, reason
    assert "| contradiction: another participant: ortiz stop- kovacs" in reason, reason


def test_another_report_of_the_same_bout_joins_and_naming_both_patients_is_no_contradiction() -> (
    None
):
    again = replace(
        _bout("b3", "Lindqvist", "Jana", "Lindqvist said she wants a rematch in Lisbon."),
        title="Lindqvist falls to Ortiz in ninth",
    )
    first, second, reason = _two_bouts(ClusterSettings(), again)
    assert first == second, reason
    # A report that names the other's patient too (a preview of the next bout recalling the
    # last one) is no contradiction: only the text and the other facts decide.
    settings = ClusterSettings()
    state = new_state("ev-l", "st-l")
    one = _bout("b1", "Lindqvist", "Jana")
    state.add(article_features(one, _sports(one), settings), settings.event_terms)
    for extra, contradicts in (
        ("", True),
        ("Ortiz last beat Jana Lindqvist in March.", False),
    ):
        report = _bout("b4", "Kovacs", "Zita", extra)
        found = compatibility(article_features(report, _sports(report), settings), state, settings)
        assert found.blocked is contradicts, extra
        assert bool(found.firm) is contradicts and found.override is None


def test_state_keeps_the_roles_and_reads_older_states_without_them() -> None:
    settings = ClusterSettings()
    report = _bout("b5", "Lindqvist", "Jana")
    state = new_state("ev-b", "st-b")
    state.add(article_features(report, _sports(report), settings), settings.event_terms)
    assert ("ortiz", "defeat", "lindqvist") in state.roles
    data = encode_state(state)
    assert decode_state(data).roles == state.roles
    start = data.index(b',"roles":')
    end = data.index(b"]]", start) + 2
    older = data[:start] + data[end:]
    length = struct.unpack("<I", data[4:8])[0]
    older = older[:4] + struct.pack("<I", length - (end - start)) + older[8:]
    assert decode_state(older).roles == ()


def test_a_crawled_pages_url_line_does_not_hide_the_headlines_names() -> None:
    """A slug writes the headline's names in lower case ('ortiz-stops-lindqvist'): they
    are still names."""
    page = Article(
        id="u1",
        title=None,
        text=(
            "http: / / www. ringside-daily. example / boxing / ortiz - stops - lindqvist /\n"
            "Ortiz stops Lindqvist to retain lightweight titles\n"
            "Marta Ortiz defeated Jana Lindqvist in the ninth round on Saturday night."
        ),
    )
    features = article_features(
        page, Extraction(article_id="u1", event_type="other"), ClusterSettings()
    )
    assert ("ortiz", "stop", "lindqvist") in features.roles
