"""What a report names that is not its incident (session 24, #15): a dateline or a town a
distance is measured from is no place of the report (references.reference_places), the words of
the organisations it names carry no join across a contradiction (references.organisation_words),
and two exactly dated entries attacking by other means and sharing no place below a province
are two incidents (compat.province_mode_contradiction). Every text is made up for these tests,
with towns and groups that the session's probe does not use."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime

from storyline.cluster import Clusterer, ClusterSettings
from storyline.cluster.compat import _folded, province_mode_contradiction
from storyline.cluster.references import organisation_words, reference_places
from storyline.pipeline import gate_and_extract
from storyline.records import Article, DedupVerdict, Extraction

NEW = DedupVerdict(kind="new")
SETTINGS = ClusterSettings()


def _extract(text: str, published: datetime | None = None, article_id: str = "x"
             ) -> tuple[Article, Extraction]:
    when = published or datetime(2021, 9, 14, 12, tzinfo=UTC)
    return gate_and_extract(Article(id=article_id, published=when, title=None, text=text))


def _own_places(text: str) -> set[str]:
    """The report's places without its references (a capital's dateline the extractor leaves
    out itself)."""
    article, extraction = _extract(text)
    places = list(extraction.places)
    references = reference_places(article.text, places)
    return {_folded(p.name) for i, p in enumerate(places) if i not in references}


def test_a_dateline_or_a_town_measured_from_is_no_place_of_the_report() -> None:
    referenced = [
        # the dateline, the story in a town far from it
        ("KARACHI, Sept 14 - Gunmen shot dead two polio workers in Hyderabad on Tuesday, "
         "police said.", "karachi"),
        ("DHAKA, Sept 14 - A crude bomb wounded three people at a rally in Sylhet on "
         "Tuesday, officials said.", "dhaka"),
        # a town the incident is measured from
        ("Rebels ambushed a supply convoy near Tiwal, roughly 40 km north of Kandahar, "
         "killing three drivers.", "kandahar"),
        ("A landmine killed a herder outside Ansongo, about 90 kilometres south of Gao.",
         "gao"),
        ("Gunmen stormed a clinic in Kajo Keji, 75 miles from Juba, and took two nurses.",
         "juba"),
        # both: the dateline is also the reference point
        ("MANILA, Sept 14 - Soldiers fought insurgents near Carranglan, some 150 km north "
         "of Manila, on Tuesday.", "manila"),
    ]
    for text, name in referenced:
        assert _folded(name) not in _own_places(text), text
    kept = [
        # the dateline town named again as the incident's own
        ("KARACHI, Sept 14 - Gunmen shot dead two polio workers in Karachi's Orangi "
         "neighbourhood on Tuesday.", "karachi"),
        # a US dateline is mostly the event's own town
        ("TOLEDO, Ohio (AP) - A man was shot on a porch in Sylvania late Monday, police "
         "said.", "toledo"),
        # nothing else named: the reference is the best where the report says
        ("A roadside bomb hit a police pickup about 30 km from Kandahar on Tuesday.",
         "kandahar"),
        # a region is no reference point: the incident is at its edge
        ("A deputy was hurt in a shooting near Bemidji, about 8 miles from Beltrami County.",
         "beltrami county"),
    ]
    for text, name in kept:
        assert _folded(name) in _own_places(text), text


def test_organisations_written_out_with_their_acronym_or_claiming_are_organisation_words() -> None:
    cases = [
        ("06/02/2014: Assailants attacked a police post in Mindanao. The Moro Islamic "
         "Liberation Front (MILF) denied involvement.", {"moro", "milf"}),
        ("On 2 June 2014, Rapid Support Forces (RSF) fighters looted a market.", {"rsf"}),
        ("A unit of the Central Armed Police Force (CAPF) came under fire.", {"capf"}),
        ("The Taliban claimed the attack on the district office.", {"taliban"}),
        ("Boko Haram fighters burned the village, residents said.", {"boko", "haram"}),
    ]
    for text, expected in cases:
        article, extraction = _extract(text)
        words = organisation_words(article.text, extraction)
        assert expected <= words, (text, words)
    # a wire agency after a dateline, a party after a politician: no organisation run
    article, extraction = _extract("SEATTLE (AP) - Maren Ostby (R) said the vote was close.")
    words = organisation_words(article.text, extraction)
    assert "seattle" not in words and "ostby" not in words


def test_organisation_words_asked_about_some_words_answer_as_for_all() -> None:
    """`among`: the text is searched for a known group's words only when one is asked about;
    every word asked about is answered as without `among`."""
    texts = [
        "Boko Haram fighters burned the village, residents said.",
        "The Moro Islamic Liberation Front (MILF) denied involvement in the raid.",
        "Gunmen of the Ansar Dine group stormed the market; the Taliban denied a role.",
        "A man was shot in Ridgefield on Tuesday, police said.",
    ]
    asked = [(), ("boko",), ("haram", "village"), ("moro", "milf", "front"), ("ridgefield",),
             ("taliban", "ansar", "dine", "market"), ("islamic", "police")]
    for text in texts:
        article, extraction = _extract(text)
        every = organisation_words(article.text, extraction)
        for among in asked:
            some = organisation_words(article.text, extraction, among=among)
            assert {w for w in among if w in some} == {w for w in among if w in every}, (
                text, among)


def test_other_means_of_attack_sharing_only_a_province_are_two_incidents() -> None:
    day = 736000
    exact = Counter({day: 1})

    def check(mine: str, theirs: dict[str, int], places: set[str], event_places: set[str],
              exact_day: int | None = day) -> str | None:
        return province_mode_contradiction(
            mine, exact_day, exact, frozenset(places), ("AF:kunar",), Counter(theirs),
            event_places, ("AF:kunar",), SETTINGS)

    # a shooting in one district, a bombing in the provincial capital, only the province shared
    assert check("shooting", {"bombing": 1}, {"manogai district", "kunar"},
                 {"asadabad", "kunar"})
    # an abduction against shelling, no place in common at all
    assert check("abduction", {"airstrike_shelling": 2}, {"sarkani"}, {"dangam"})
    # a clash is gunfire as a shooting is: one source's "gunmen attacked" is another's "clash"
    assert check("armed_clash", {"shooting": 1}, {"manogai district", "kunar"},
                 {"asadabad", "kunar"}) is None
    # the same town named on both sides: one incident told two ways
    assert check("shooting", {"bombing": 1}, {"asadabad", "kunar"}, {"asadabad"}) is None
    # no written-out date on the article's side (news, one-line items): not tested
    assert check("shooting", {"bombing": 1}, {"manogai district"}, {"asadabad"},
                 exact_day=None) is None
    # an event whose reports name no way of attacking
    assert check("shooting", {"attack_on_civilians": 1}, {"manogai district"},
                 {"asadabad"}) is None
    off = replace(SETTINGS, province_mode_veto=False)
    assert province_mode_contradiction(
        "shooting", day, exact, frozenset({"manogai district"}), (), Counter({"bombing": 1}),
        {"asadabad"}, (), off) is None


def _events(texts: list[tuple[str, datetime]], settings: ClusterSettings) -> list[str]:
    clusterer = Clusterer(settings)
    found = []
    for number, (text, published) in enumerate(texts):
        article, extraction = _extract(text, published, f"r{number}")
        found.append(clusterer.assign(article, extraction, NEW).event_id)
    return found


def test_entries_of_one_province_and_day_by_other_means_stay_apart() -> None:
    when = datetime(2016, 4, 2, 18, tzinfo=UTC)
    entries = [
        ("04/02/2016: Assailants shot and killed a tax collector in Manogai district, Kunar "
         "province, Afghanistan. Nobody said it did the killing.", when),
        ("04/02/2016: An explosive device detonated near a bus stop in Asadabad city, Kunar "
         "province, Afghanistan. Two civilians were hurt. No group claimed responsibility.",
         when),
    ]
    first, second = _events(entries, SETTINGS)
    assert first != second

