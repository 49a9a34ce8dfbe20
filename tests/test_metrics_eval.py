"""The evaluation runners, baselines and `storyline eval` on small made-up inputs (no data set
text): real pipeline, real temporary SQLite store."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from storyline.evaluate.baselines import (
    dateparser_value,
    most_published_timeline,
    regex_counts,
    tfidf_single_pass,
)
from storyline.evaluate.cli import eval_group
from storyline.evaluate.datasets import load_labels, lowest_label, publication_order
from storyline.evaluate.dates import expression_kind
from storyline.evaluate.result import EvalResult
from storyline.evaluate.scoring import count_figures, date_figures, joint_exact
from storyline.records import Article


def day(d: int) -> datetime:
    return datetime(2021, 3, d, tzinfo=UTC)


# --------------------------------------------------------------------------- scoring


def test_count_figures_hand_computed() -> None:
    pairs: list[tuple[int | None, int]] = [(3, 3), (None, 2), (5, 0), (9, 10), (None, 0)]
    figures = count_figures(pairs, "killed")
    assert figures["killed.n"] == 5
    assert figures["killed.exact"] == pytest.approx(2 / 5)  # (3,3) and (None,0)
    assert figures["killed.within_10pct"] == pytest.approx(3 / 5)  # and 9 vs 10
    assert figures["killed.mae"] == pytest.approx((0 + 2 + 5 + 1 + 0) / 5)
    assert figures["killed.n_positive"] == 3
    assert figures["killed.exact_positive"] == pytest.approx(1 / 3)
    assert figures["killed.missed"] == pytest.approx(1 / 3)
    assert figures["killed.invented"] == pytest.approx(1 / 2)


def test_joint_and_date_figures() -> None:
    rows = [[(1, 1), (2, 2)], [(1, 1), (None, 3)]]
    assert joint_exact(rows, "e")["e.exact"] == 0.5
    pairs = [
        (date(2020, 1, 1), date(2020, 1, 1)),
        (date(2020, 1, 3), date(2020, 1, 2)),
        (None, date(2020, 1, 5)),
    ]
    figures = date_figures(pairs, "d")
    assert figures["d.exact"] == pytest.approx(1 / 3)
    assert figures["d.within_1d"] == pytest.approx(2 / 3)
    assert figures["d.missing"] == pytest.approx(1 / 3)


def test_empty_inputs_give_none_not_zero_division() -> None:
    figures = count_figures([], "x")
    assert figures["x.exact"] is None and figures["x.mae"] is None


# --------------------------------------------------------------------------- baselines


def test_regex_counts_takes_largest_number_before_cue() -> None:
    text = "Two people were killed and 14 others wounded. Later 3 were killed in a crash."
    assert regex_counts(text) == {"killed": 3, "injured": 14}
    assert regex_counts("Police arrested 2 men.") == {}
    assert regex_counts("1,200 people died.") == {"killed": 1200}


def test_tfidf_single_pass_groups_similar_texts_within_window() -> None:
    flood = "River flood swamps the valley town, residents evacuated by boat"
    fire = "Warehouse fire in the harbor district burns through the night"
    articles = [
        Article(id="a", text=flood, published=day(1)),
        Article(id="b", text=fire, published=day(1)),
        Article(id="c", text=flood + " again", published=day(2)),
        Article(id="d", text=flood, published=day(30)),  # outside the 14-day window of a/c
    ]
    clusters = tfidf_single_pass(articles, threshold=0.3, window_days=14)
    assert clusters["a"] == clusters["c"]
    assert clusters["a"] != clusters["b"]
    assert clusters["d"] not in {clusters["a"], clusters["b"]}


def test_dateparser_baseline_uses_the_document_date() -> None:
    assert dateparser_value("yesterday", date(1998, 1, 8)) == "1998-01-07"
    assert dateparser_value("March 1997", date(1998, 1, 8)) == "1997-03"
    assert dateparser_value("no date here at all", date(1998, 1, 8)) is None


def test_expression_kind() -> None:
    assert expression_kind("March 12, 1998") == "absolute"
    assert expression_kind("the 1990s") == "absolute"
    assert expression_kind("last Tuesday") == "relative"


def test_most_published_timeline() -> None:
    articles = [
        Article(id="1", text="First on day one. More.", published=day(1)),
        Article(id="2", text="Second on day one.", published=day(1)),
        Article(id="3", text="Only on day two.", published=day(2)),
        Article(id="4", text="Day three a. B.", published=day(3)),
        Article(id="5", text="Day three b.", published=day(3)),
    ]
    timeline = most_published_timeline(articles, max_dates=2, per_date=1)
    assert timeline == {date(2021, 3, 1): ["First on day one."], date(2021, 3, 3): ["Day three a."]}
    # The first sentence is the one splitter's: a title does not end it.
    lead = [Article(id="6", text="Mr. Ames spoke in St. Louis. Then he left.", published=day(4))]
    assert most_published_timeline(lead, max_dates=1, per_date=1) == {
        date(2021, 3, 4): ["Mr. Ames spoke in St. Louis."]}


# --------------------------------------------------------------------------- loaders, result


def test_publication_order_is_stable_with_undated_last() -> None:
    arts = [
        Article(id="u1", text="x"),
        Article(id="late", text="x", published=day(5)),
        Article(id="early", text="x", published=day(1)),
        Article(id="u2", text="x"),
    ]
    assert [a.id for a in publication_order(arts)] == ["early", "late", "u1", "u2"]


def test_load_labels_multi_and_lowest(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"article_id": "a", "incident_id": "20"}\n'
        '{"article_id": "a", "incident_id": "3"}\n{"id": "b", "incident_id": "3"}\n'
    )
    labels = load_labels(gold, "incident_id")
    assert labels == {"a": frozenset({"20", "3"}), "b": frozenset({"3"})}
    assert lowest_label(labels)["a"] == frozenset({"3"})


def test_eval_result_table_and_json() -> None:
    result = EvalResult(
        kind="clustering",
        dataset="toy",
        system={"f1": 0.5, "clusters": 2},
        baseline={"f1": 0.25, "clusters": 3},
        baseline_name="base",
    )
    payload = result.to_json()
    assert payload["f1"] == 0.5 and payload["baseline"]["clusters"] == 3
    table = result.table()
    assert "0.500" in table and "0.250" in table and "base" in table


# --------------------------------------------------------------------------- CLI

STORIES = {
    "quake": "A strong earthquake shook the mountain province of Velmora on Monday, "
    "collapsing {n} houses in the village of Drast, officials said.",
    "ferry": "A passenger ferry capsized in the Ostrel strait on Monday after its engine "
    "failed; rescuers pulled {n} people from the water, the coast guard said.",
}


def write_stream(tmp_path: Path) -> tuple[Path, Path]:
    articles, labels = [], []
    for i in range(3):
        for story, template in STORIES.items():
            article_id = f"{story}-{i}"
            articles.append(
                {
                    "id": article_id,
                    "published": f"2021-03-0{i + 1}",
                    "title": None,
                    "text": template.format(n=10 + i),
                    "source": None,
                    "url": None,
                }
            )
            labels.append({"article_id": article_id, "story": story})
    articles_path, gold_path = tmp_path / "articles.jsonl", tmp_path / "gold.jsonl"
    articles_path.write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    gold_path.write_text("\n".join(json.dumps(g) for g in labels) + "\n")
    return articles_path, gold_path


def test_eval_clustering_json_on_any_labelled_stream(tmp_path: Path) -> None:
    articles, gold = write_stream(tmp_path)
    result = CliRunner().invoke(
        eval_group, ["clustering", str(articles), "--gold", str(gold), "--key", "story", "--json"]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert {"precision", "recall", "f1", "clusters", "gold_clusters"} <= set(payload)
    assert payload["gold_clusters"] == 2
    assert payload["items"] == 6 and payload["lost"] == 0
    assert 0.0 < payload["f1"] <= 1.0
    assert payload["baseline"]["gold_clusters"] == 2


def test_eval_clustering_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    articles, gold = write_stream(tmp_path)
    runner = CliRunner()
    missing = runner.invoke(
        eval_group,
        ["clustering", str(articles), "--gold", str(tmp_path / "nope.jsonl"), "--key", "story"],
    )
    assert missing.exit_code == 2
    assert "nope.jsonl" in missing.output
    bad_key = runner.invoke(
        eval_group, ["clustering", str(articles), "--gold", str(gold), "--key", "incident_id"]
    )
    assert bad_key.exit_code == 2
    assert "incident_id" in bad_key.output
    no_args = runner.invoke(eval_group, ["clustering"])
    assert no_args.exit_code == 2


def test_eval_missing_data_folder_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_group, ["dates", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "absent" in result.output


def test_every_eval_option_has_help() -> None:
    assert eval_group.help
    for command in eval_group.commands.values():
        assert command.help, command.name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{command.name} {param.name}"


def test_eval_is_mounted_in_storyline_cli(tmp_path: Path) -> None:
    from storyline.cli import cli

    result = CliRunner().invoke(cli, ["eval", "timeline", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 2
    assert "absent" in result.output


# ------------------------------------------------------------- runners on a made-up data folder


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def article(article_id: str, published: str, text: str) -> dict[str, object]:
    return {
        "id": article_id,
        "published": published,
        "title": None,
        "text": text,
        "source": None,
        "url": None,
    }


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny data folder in the formats of shared/data, with invented texts."""
    root = tmp_path_factory.mktemp("data")
    shooting = (
        "Two men were killed and three people were hurt when gunfire broke out on Elm Street "
        "in Farland on Saturday night, police said."
    )
    robbery = (
        "One clerk was injured during an armed robbery at a gas station in Pinedale on Monday."
    )
    write_jsonl(
        root / "gva" / "articles.jsonl",
        [
            article("g1", "2016-05-01", shooting),
            article("g2", "2016-05-02", shooting.replace("police said", "officials said Sunday")),
            article("g3", "2016-05-10", robbery),
        ],
    )
    write_jsonl(
        root / "gva" / "labels.jsonl",
        [
            {"article_id": "g1", "incident_id": "7"},
            {"article_id": "g2", "incident_id": "7"},
            {"article_id": "g3", "incident_id": "9"},
        ],
    )
    write_jsonl(
        root / "gva" / "incidents.jsonl",
        [
            {"incident_id": "7", "date": "2016-04-30", "killed": 2, "injured": 3, "arrested": 0},
            {"incident_id": "9", "date": "2016-05-09", "killed": 0, "injured": 1, "arrested": 0},
        ],
    )
    write_jsonl(
        root / "acled" / "articles.jsonl",
        [
            article(
                "a1", "2020-05-01", "Militants attacked a village near Korva, killing 4 civilians."
            ),
            article("a2", "2020-05-02", "Traders protested against new market taxes in Lesk."),
        ],
    )
    write_jsonl(
        root / "acled" / "acled.jsonl",
        [
            {
                "id": "a1",
                "date": "2020-05-01",
                "event_type": "Violence against civilians",
                "fatalities": 4,
            },
            {"id": "a2", "date": "2020-05-02", "event_type": "Protests", "fatalities": 0},
        ],
    )
    text = "The council met on Tuesday and will vote in March 1999."
    write_jsonl(
        root / "timex" / "timex.jsonl",
        [
            {
                "id": "d1",
                "dct": "1998-02-13",
                "text": text,
                "timexes": [
                    {
                        "start": 20,
                        "end": 27,
                        "text": "Tuesday",
                        "type": "DATE",
                        "value": "1998-02-10",
                    },
                    {
                        "start": 44,
                        "end": 54,
                        "text": "March 1999",
                        "type": "DATE",
                        "value": "1999-03",
                    },
                ],
            },
        ],
    )
    write_jsonl(
        root / "t17" / "storm" / "articles.jsonl",
        [
            article(
                f"storm-{i}", f"2010-01-1{i}", f"Storm batters coast on day {i} . Roads closed ."
            )
            for i in range(4)
        ],
    )
    write_jsonl(
        root / "t17" / "storm" / "timeline.jsonl",
        [
            {"timeline": 0, "date": "2010-01-11", "sentences": ["Storm batters coast ."]},
            {"timeline": 0, "date": "2010-01-13", "sentences": ["Roads closed after storm ."]},
        ],
    )
    return root


def test_run_counts_event_level_on_made_up_incidents(data_dir: Path) -> None:
    from storyline.evaluate.counts import run_counts

    result = run_counts("gva", data_dir)
    system = result.system
    assert system["article.killed.n"] == 3
    assert system["event.killed.n"] == system["events"]
    assert 1 <= int(system["events"] or 0) <= 3
    assert result.baseline["article.killed.n"] == 3
    for key in ("event.killed_injured.exact", "article.date.exact", "event.date.exact"):
        assert 0.0 <= float(system[key] or 0.0) <= 1.0
    # the regex baseline reads "Two men were killed" and "three people were injured"
    assert result.baseline["article.killed.exact"] == 1.0


def test_run_counts_acled_and_bad_level(data_dir: Path) -> None:
    from storyline.errors import ConfigError
    from storyline.evaluate.counts import run_counts

    result = run_counts("acled", data_dir)
    assert result.system["article.killed.n"] == 2
    assert result.system["article.killed.n_positive"] == 1
    with pytest.raises(ConfigError, match="gva"):
        run_counts("acled", data_dir, level="event")


def test_run_dates_on_made_up_document(data_dir: Path) -> None:
    from storyline.evaluate.dates import run_dates

    result = run_dates(data_dir)
    assert result.system["all.n"] == 2
    assert result.system["absolute.n"] == 1 and result.system["relative.n"] == 1


def test_eval_timeline_cli_on_made_up_topic(data_dir: Path) -> None:
    result = CliRunner().invoke(eval_group, ["timeline", "--data", str(data_dir), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["params"]["storm"]["T"] == 2
    assert 0.0 <= payload["storm.date_f1"] <= 1.0
    assert 0.0 <= payload["storm.ar1_f"] <= 1.0
    # the baseline picks 2 of the 4 days, all with one article: the first two days
    assert payload["baseline"]["storm.date_f1"] == pytest.approx(0.5)
    unknown = CliRunner().invoke(eval_group, ["timeline", "--data", str(data_dir), "--topic", "x"])
    assert unknown.exit_code == 2 and "storm" in unknown.output


def test_rule_kept_other_counts_events_whose_reports_had_the_right_figure() -> None:
    from datetime import date

    from storyline.evaluate.counts import GoldRecord, _Event, _score_events

    gold = {
        "a1": GoldRecord("inc-1", {"killed": 3, "injured": 2, "arrested": 0}, date(2020, 1, 1)),
        "b1": GoldRecord("inc-2", {"killed": 1, "injured": 0, "arrested": 0}, date(2020, 1, 2)),
        "c1": GoldRecord("inc-3", {"killed": 5, "injured": 0, "arrested": 0}, date(2020, 1, 3)),
    }
    events = [
        # current 2 killed, yet a report said 3: the rule kept another figure
        _Event(("a1",), {"killed": 2, "injured": 2}, None, None, {"killed": frozenset({2, 3})}),
        # right: not counted
        _Event(("b1",), {"killed": 1}, None, None, {"killed": frozenset({1, 4})}),
        # wrong, but no report had 5: extraction's error, not the rule's
        _Event(("c1",), {"killed": 4}, None, None, {"killed": frozenset({4})}),
    ]
    figures = _score_events(events, gold)
    assert figures["event.killed.rule_kept_other"] == 1
    assert figures["event.injured.rule_kept_other"] == 0
