"""The blind clustering probe (benchmarks/probes/clustering/, session 20): invented incident
summaries written twice in two database styles with same-day / same-town / same-type
distractors (`crossdb`, gold = the incident), one-line daily world-news items linked to
stories (`oneline`, gold = the story), and full articles of a multi-source story (`multisource`,
session 21: each attack by several outlets, with other incidents of the same days and places,
gold = the incident), and `twins` (session 22: topics of two similar events, ECB+'s shape,
gold = the subtopic), and (session 23, fresh texts by a new writer) `crossdb2` (incident
summaries of two database styles, gold = the incident as `subtopic`) and `worldnews` (one-line
world-digest items, gold = the story as `subtopic`), and (session 24) `crossdb3` / `crossdb3s`
(the work and sealed halves of one round's incident-summary probe), and (session 25)
`crossdb4` / `crossdb4s` (the next round's pair), (session 26) `crossdb5` / `crossdb5s`, and
(session 27) `crossdb6` / `crossdb6s`, (session 28) `crossdb7` / `crossdb7s`, (session 29)
`crossdb8` / `crossdb8s`, (session 30) `crossdb9` / `crossdb9s`, and (session 31) `crossdb10` /
`crossdb10s`.
Written before the clusterer was read; scored as `storyline eval clustering` scores it. The
floors are the figures at the first look (ca62560; 8e5347b for the session-23 parts; cb09c36
for session 24's; d6fd4fc for session 25's; 290d5c2 for session 26's; 7d5f492 for session
27's; 3a26506 for session 28's; bbdf991 for session 29's; 3a06949 for session 30's; e68b475
for session 31's) rounded down to two decimals, raised after each change that passes more;
they only move up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.evaluate.clustering import run_clustering

PROBE = Path(__file__).resolve().parent.parent / "benchmarks" / "probes" / "clustering"
# part -> (gold key, floor of BCubed precision, floor of F1)
FLOORS = {
    # first look P 0.881 F1 0.924; session 20's dated-entry tests: P 0.924 F1 0.947; session
    # 24 (place names without their diacritics no rare names, references, other means of
    # attack): P 0.967 F1 0.973
    # session 31 (two municipalities each named first by a dated entry, same-day / hours-after /
    # earlier-today clauses, ordinal siblings in a day, three-slot notes, filings past the
    # window): P 0.981 F1 0.980
    "crossdb": ("incident", 0.98, 0.97),
    # first look P 1.000: the floor leaves room for one short item astray (1/120)
    "oneline": ("story", 0.99, 0.89),
    # session 21: full articles of 8 attacks by 3-5 outlets among same-day, same-town and
    # same-kind distractors and round-ups; first look (8967371) P 0.701 F1 0.814; clauses about
    # another incident as background, ruled-out arson: P 0.742 F1 0.852; other ages on the
    # same day (fresh_age_conflict_penalty): P 0.863 F1 0.926
    # Session 30's places rules (31a7f45: custody elsewhere, origins) lowered it to P 0.842 F1
    # 0.906 ("a nurse from Eimsbüttel, Hamburg police said" lost Hamburg); session 31 keeps a
    # city whose police speaks after an origin list: back to P 0.863 F1 0.926
    "multisource": ("incident", 0.86, 0.92),
    # session 22: 15 topics of two similar events (ECB+'s shape, mostly not violence), 3 reports
    # each; first look (740273f) P 0.823 F1 0.885; the earlier event of the kind as background,
    # action kinds and opposite actions: P 0.907 F1 0.937
    "twins": ("subtopic", 0.90, 0.93),
    # session 23, fresh texts: incident summaries of two database styles (gtd / acled / brief)
    # with same-day same-province, same-town, district-vs-town confusers; first look (8e5347b)
    # P 0.870 F1 0.923; country names no rare names, towns 25 km apart and two dated entries'
    # municipalities 10 km apart two places: P 0.923 F1 0.948; session 24 (organisation names
    # override nothing, other means of attack sharing only a province): P 0.941 F1 0.957
    # session 28 (an entry's date standing for a brief's sure one: two towns): P 0.959 F1 0.966
    # session 30 (page link labels, a brief placed by a distance, institutions): P 0.971 F1 0.972
    "crossdb2": ("subtopic", 0.97, 0.97),
    # session 23: a three-week world digest of one-line items, 42 stories (wars, elections, a
    # cyclone, a strike wave, trials); first look (8e5347b) P 0.954 R 0.692 F1 0.802; quakes
    # and eruptions of one-liners in other countries apart: P 0.965 F1 0.806
    "worldnews": ("subtopic", 0.96, 0.80),
    # session 24, two fresh probes written together by a writer who had not read the clusterer:
    # crossdb3 (the WORK half: rules are fixed from it) and crossdb3s (the SEALED half: only its
    # figures are read, so its after is out of sample); incident summaries (gtd / acled / brief)
    # of 21-22 countries with one-day one-province pairs of one group, distance-reference towns,
    # datelines, district vs town; first look (cb09c36) work P 0.845 F1 0.891, sealed P 0.845
    # F1 0.886; after session 24's rules (fixed from crossdb3 alone: datelines and towns
    # measured from are no places, organisation names override nothing, other means of attack
    # sharing only a province): crossdb3 P 0.939 F1 0.930; session 26 (provinces of their
    # capital's name): P 0.952 F1 0.937
    "crossdb3": ("subtopic", 0.95, 0.93),
    # the sealed half, run only for its figures until the last rule commit: after, P 0.932
    # R 0.961 F1 0.946 (out of sample); session 25 (two districts of one city are two places):
    # P 0.952 F1 0.956; session 26 (a lone dateline no town to measure from): F1 0.961
    "crossdb3s": ("subtopic", 0.95, 0.96),
    # session 25, the next pair by the same method (crossdb4 WORK, crossdb4s SEALED), with
    # two districts of one city, a second-level area sharing its town's name, villages without
    # coordinates, datelines naming their country, briefs without the means of attack, and
    # follow-ups (an arrest, a funeral, a toll update) that name their incident; first look
    # (d6fd4fc) work P 0.841 F1 0.905, sealed P 0.739 F1 0.840; after the session's rules
    # (datelines naming their country, districts below provinces, towns before districts,
    # two districts of one city): crossdb4 P 0.907 F1 0.942; two parts of one city named by
    # a report and an event: P 0.928 F1 0.953; session 26 (where a summary says its incident
    # was: provinces of their capital's name, parts of a city read wider, a lone dateline):
    # P 0.959 F1 0.975
    "crossdb4": ("subtopic", 0.95, 0.97),
    # crossdb4s, the sealed half, after the last rule commit (2ed2c4d): P 0.808 R 0.957 F1
    # 0.876 (out of sample; first look P 0.739 F1 0.840); session 26 (fixed from crossdb5, its
    # mechanisms NOTES25 named for this probe): P 0.853 F1 0.902
    # session 27: P 0.864 F1 0.908; session 28 (the dateline as a weak place, an entry's date
    # for a brief's sure one): P 0.902 F1 0.929
    # session 31: P 0.920 F1 0.938
    "crossdb4s": ("subtopic", 0.91, 0.93),
    # session 26, the next pair (crossdb5 WORK, crossdb5s SEALED): datelines 15-30 km from the
    # event's town with an incident of their own, provinces and states of their capital's name,
    # parts of one city and camps of one complex, roads named by their ends; first look
    # (290d5c2) work P 0.815 F1 0.893, sealed P 0.894 F1 0.930; after session 26's rules
    # (fixed from crossdb5 alone): crossdb5 P 0.932 F1 0.955
    "crossdb5": ("subtopic", 0.93, 0.95),
    # crossdb5s, the sealed half, after the last rule commit: P 0.930 R 0.986 F1 0.957 (out
    # of sample; first look P 0.894 F1 0.930)
    # session 27 (part-of-city words, landmark towns, dateline second slots, a part of a city
    # against a town outside it, fixed from crossdb6): P 0.944 F1 0.964
    "crossdb5s": ("subtopic", 0.94, 0.96),
    # session 27, the next pair (crossdb6 WORK, crossdb6s SEALED): two favelas, barrios,
    # townships, estates or quarters of one city the same day, "X, Kyiv, Kyiv city" tails, a
    # town named like its state or province beside another town of it, datelines over
    # villages, adjacent municipalities, a town as another's landmark ("near X"), a brief
    # naming only its region under the capital's dateline, the same town a week later, and
    # follow-ups (arrest, funeral, mourning) that name their incident; first look (7d5f492)
    # work P 0.813 R 0.972 F1 0.885, sealed P 0.832 R 0.965 F1 0.893; a follow-up's gold
    # corrected to its incident (P 0.820 F1 0.889); after session 27's rules (fixed from
    # crossdb6 alone): crossdb6 P 0.909 R 0.986 F1 0.946
    # session 28 (parts of the dateline city, the dateline country): P 0.918 F1 0.951
    # session 30: P 0.928 F1 0.956
    "crossdb6": ("subtopic", 0.92, 0.95),
    # crossdb6s, the sealed half, after the last rule commit (bfc0056): P 0.879 R 0.972 F1
    # 0.923 (out of sample; first look P 0.832 F1 0.893)
    # session 28 (fixed from crossdb7 and crossdb6): P 0.915 F1 0.946
    # session 31: P 0.929 F1 0.953
    "crossdb6s": ("subtopic", 0.92, 0.95),
    # session 28, the next pair (crossdb7 WORK, crossdb7s SEALED), now with world-news
    # one-liners and GVA-like rows beside the database styles: districts and towns under a
    # city's dateline, distances from the dateline city, adjacent municipalities, the same
    # city a week later (often by a wire recalling the earlier incident), follow-ups (arrest,
    # funeral, mourning) naming their incident; first look (3a26506) work P 0.818 R 0.977
    # F1 0.890, sealed P 0.857 R 0.959 F1 0.905; after session 28's rules (fixed from crossdb7
    # and crossdb6 alone: a recall of an earlier incident, the dateline as a weak place, an
    # entry's date standing for a brief's sure one): crossdb7 P 0.922 R 0.977 F1 0.949. The
    # lead's later dates rule (a row dated by its bracketed date, 4f14ed5) dates the GVA-like
    # rows: P 0.917 R 0.984 F1 0.949; precision floor lowered 0.92 -> 0.91 for it, because the
    # two Memphis incidents a week apart, both dated now, join (a 7-day gap in one city is only
    # a penalty to the clusterer: a known weakness, docs/clustering.md "Session 28").
    # session 29 (bracketed row dates exact, bearing landmarks, sure dates days apart with
    # another way of attacking, undated present-tense one-liners dated): P 0.955 F1 0.972
    # session 30: P 0.969 F1 0.980
    "crossdb7": ("subtopic", 0.96, 0.97),
    # crossdb7s, the sealed half, after the last rule commit (aeb508f): P 0.898 R 0.959 F1 0.928
    # (out of sample; first look P 0.857 F1 0.905). With the lead's later dates rule, made from
    # both halves' failures after the sealed half was read (not out of sample): P 0.908 R 0.966
    # F1 0.936.
    # session 29 (fixed from crossdb8 and crossdb7 / crossdb7s's failures): P 0.941 F1 0.956
    # session 30: P 0.950 R 0.980 F1 0.964
    "crossdb7s": ("subtopic", 0.94, 0.96),
    # session 29, the next pair (crossdb8 WORK, crossdb8s SEALED), adding three styles: a live
    # page whose timestamped entries revise one incident's toll (and may mention another), a
    # regional English press item, a headline with a dek (the facts in the title); confusers:
    # same day other town, same city one or two weeks later (often recalled by the wire),
    # districts under a city's dateline, towns by distance and bearing from a city, follow-ups
    # naming their incident, one-liners without a date; first look (bbdf991) work P 0.853
    # R 0.948 F1 0.898, sealed P 0.881 R 0.960 F1 0.919
    # after session 29's rules (fixed from crossdb8 and crossdb7 / crossdb7s): crossdb8 P 0.941
    # R 0.948 F1 0.944; crossdb8s (sealed, rate only) P 0.892 F1 0.924; a live entry naming a
    # new place as the subject of "also" ("Nikopol was also shelled") as background: crossdb8
    # P 0.951 F1 0.949
    # session 31: P 0.968 F1 0.958
    "crossdb8": ("subtopic", 0.96, 0.95),
    # session 30 (fixed from crossdb9 and crossdb8 / crossdb8s's failures, readable now):
    # P 0.937 R 0.969 F1 0.953; a recall with an adverb of exactness ("Exactly one week after")
    # and a clause closed by "the same day" naming another place as background: P 0.946 F1 0.961
    # session 31: P 0.971 F1 0.977
    # session 32 (a broadcast lead-in, "Separately:", references): P 0.983 F1 0.987
    "crossdb8s": ("subtopic", 0.98, 0.98),
    # session 30, the next pair (crossdb9 WORK, crossdb9s SEALED), adding three styles: a scraped
    # web page whose related links name other incidents (often of the same city), an explainer
    # written days later, an encyclopedic retrospective told years after (with trials and
    # memorials); confusers: same day other town, a village measured from the event's city, the
    # city named inside an institution's name, adjacent municipalities, districts under a city's
    # dateline, the same city exactly 7 or 14 days later recalled by the wire ("Exactly one week
    # after", "A full week after", "Precisely two weeks after", "Almost a week after"), undated
    # one-liners, follow-ups (arrest, funeral, trial); first look (3a06949) work P 0.900 R 0.904
    # F1 0.902, sealed P 0.820 R 0.916 F1 0.865, both together P 0.860 R 0.910 F1 0.884
    # session 30's rules (page link labels, undated present-passive one-liners a week from a
    # written-out date, a note's district slot, a brief placed by a distance, landmarks with
    # an area word, retrospectives writing out the event's date past the window): crossdb9
    # P 0.945 R 0.948 F1 0.946; recall adverbs and "the same day" clauses: P 0.954 R 0.957 F1 0.956
    # session 31 (fixed from crossdb10 and crossdb9 / crossdb9s's failures): crossdb9 P 0.983
    # F1 0.977, crossdb9s P 0.900 F1 0.928
    "crossdb9": ("subtopic", 0.98, 0.97),
    # session 32 (a city named as the reference of the report's own place): crossdb9s
    # P 0.920 F1 0.939
    "crossdb9s": ("subtopic", 0.91, 0.93),
    # session 31, the next pair (crossdb10 WORK, crossdb10s SEALED), adding three styles: a
    # broadcast transcript whose anchor's lead-in names other incidents of the hour (often of
    # the same city), an official account's or a journalist's numbered thread revising a toll
    # and replying about another incident, a legal filing (complaint, affidavit, judgment or
    # sentencing summary) written weeks or years later; confusers: adjacent municipalities of
    # one metropolitan area sharing only the state, a district named without a town against a
    # town of another district, parts of a city under its dateline or named without it, a town
    # by distance and bearing from a city, the same city a week later recalled by the wire,
    # "The same day, ..." and "hours after ... in <X>" clauses, undated one-liners, follow-ups
    # (arrest, funeral, release, trial, sentencing); first look (e68b475) work P 0.812 R 0.916
    # F1 0.861, sealed P 0.845 R 0.939 F1 0.890
    # session 31's rules: crossdb10 P 0.872 R 0.944 F1 0.907; crossdb10s (sealed, rate only)
    # P 0.845 R 0.957 F1 0.898
    # session 32 (fixed from crossdb11 and crossdb10s's failures, readable now: "Separately:",
    # reports being checked, an anchor's lead-in, reference-only places): crossdb10 P 0.900
    # F1 0.922, crossdb10s P 0.910 F1 0.936
    "crossdb10": ("subtopic", 0.90, 0.92),
    "crossdb10s": ("subtopic", 0.90, 0.93),
    # session 32, the next pair (crossdb11 WORK, crossdb11s SEALED), adding three styles: a fact
    # check debunking a post about the incident (its photo "actually shows" an older incident
    # elsewhere), a structured alert / key-value record (with earlier incidents under
    # "Background:"), an opinion column weeks later naming other incidents; confusers: twin
    # incidents the same day in a neighbouring town or the same city's other district, the same
    # town weeks later, a fact check of another incident naming this one, an alert reporting a
    # new incident with this one as background, columns about several incidents; first look
    # (2b962b4) work P 0.820 R 0.862 F1 0.840, sealed P 0.858 R 0.840 F1 0.849
    # session 32's rules (a record's "Background:" field, "Earlier that day" with a bare
    # subject, metropolitan-area and reference-only places): crossdb11 P 0.907 R 0.877 F1
    # 0.892; crossdb11s (sealed, rate only) P 0.899 R 0.856 F1 0.877
    "crossdb11": ("subtopic", 0.90, 0.89),
    "crossdb11s": ("subtopic", 0.89, 0.87),
    # session 33, the next pair (crossdb12 WORK, crossdb12s SEALED), adding three styles: an
    # interview or press-conference transcript (the speaker corrects a figure, the reporter asks
    # about another incident of the same day or town), a parliamentary record or council minutes
    # (a member's question with newspaper figures, the written answer's official ones, other
    # incidents listed), business news of a company's incident (shares, barrels a day, the
    # headquarters city, the company's other sites and their incidents); confusers: same day in
    # another town of the province (often under its dateline), a state named like its capital,
    # the same town a week later, the same company at another site weeks later, the same kind
    # of incident the same day in another country, undated columns; first look (72415e2) work
    # P 0.806 R 0.879 F1 0.841, sealed P 0.826 R 0.873 F1 0.849
    # session 33's rules (a dateline's city no rare name, a transcript's later questions about
    # other incidents, a dateline named again as its police's seat, a company's seat or its
    # shares' market, a state named like its capital, a datelined brief's sure day for the
    # first-towns test): crossdb12 P 0.909 R 0.927 F1 0.918; crossdb12s (sealed, rate only,
    # at 0338e01) P 0.824 R 0.885 F1 0.853
    "crossdb12": ("subtopic", 0.90, 0.91),
    "crossdb12s": ("subtopic", 0.82, 0.85),
}
# the smallest probe of each part, in articles
SIZES = {
    "crossdb": 120, "oneline": 120, "multisource": 60, "twins": 90,
    "crossdb2": 110, "worldnews": 115, "crossdb3": 100, "crossdb3s": 100,
    "crossdb4": 110, "crossdb4s": 110, "crossdb5": 140, "crossdb5s": 140,
    "crossdb6": 140, "crossdb6s": 140, "crossdb7": 140, "crossdb7s": 140,
    "crossdb8": 140, "crossdb8s": 140, "crossdb9": 140, "crossdb9s": 140,
    "crossdb10": 140, "crossdb10s": 140, "crossdb11": 120, "crossdb11s": 120,
    "crossdb12": 125, "crossdb12s": 125,
}
# parts whose articles may lack a publication date (as ECB+ documents do)
UNDATED = {"twins"}


def _rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_every_article_has_one_gold_label_and_the_probe_has_its_shape() -> None:
    for part, (key, _, _) in FLOORS.items():
        articles = _rows(PROBE / f"{part}_articles.jsonl")
        gold = {row["article_id"]: row[key] for row in _rows(PROBE / f"{part}_gold.jsonl")}
        assert {a["id"] for a in articles} == set(gold)
        assert len(articles) >= SIZES[part]
        assert all(a["text"] and (a["published"] or part in UNDATED) for a in articles)
    labels = [row["incident"] for row in _rows(PROBE / "crossdb_gold.jsonl")]
    assert all(labels.count(label) == 2 for label in labels)  # each incident written twice
    twins = _rows(PROBE / "twins_gold.jsonl")
    for topic in {row["topic"] for row in twins}:  # each topic holds two events
        assert len({row["subtopic"] for row in twins if row["topic"] == topic}) == 2


@pytest.mark.parametrize("part", sorted(FLOORS))
def test_probe_holds_its_floor(part: str) -> None:
    key, precision, f1 = FLOORS[part]
    result = run_clustering(
        PROBE / f"{part}_articles.jsonl", PROBE / f"{part}_gold.jsonl", key
    ).system
    assert result["lost"] == 0
    assert float(result["precision"] or 0) >= precision, result
    assert float(result["f1"] or 0) >= f1, result
