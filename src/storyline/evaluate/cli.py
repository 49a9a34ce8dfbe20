"""`storyline eval ...`: one command per evaluation; each prints the system and the baseline side
by side (a table, or with --json the figures). The lead mounts `eval_group` into `storyline`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import cast

import click

from storyline.errors import StorylineError
from storyline.evaluate.result import EvalResult
from storyline.progress import terminal_progress

__all__ = ["eval_group"]

_DATA_HELP = "Folder of the evaluation data sets (default: $STORYLINE_DATA, else ../shared/data)."
_JSON_HELP = "Print the figures as one JSON object instead of a table."
_LIMIT_HELP = "Only the first N articles in publication order (a fixed slice, as the CI gates use)."


class EvalUsageError(click.ClickException):
    """A bad option or a missing/unreadable file: one line on stderr, exit code 2."""

    exit_code = 2


def _run(compute: Callable[[], EvalResult], as_json: bool) -> None:
    try:
        result = compute()
    except StorylineError as error:
        raise EvalUsageError(str(error)) from None
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, default=str))
    else:
        click.echo(result.table())


def _data_dir(data: str | None) -> Path:
    from storyline.evaluate.datasets import resolve_data_dir

    try:
        return resolve_data_dir(data)
    except StorylineError as error:
        raise EvalUsageError(str(error)) from None


@click.group("eval")
def eval_group() -> None:
    """Measure quality on labelled data, beside a simple baseline run on the same data."""


@eval_group.command("clustering")
@click.argument("articles", required=False, type=click.Path(dir_okay=False))
@click.option(
    "--gold",
    type=click.Path(dir_okay=False),
    help="JSON Lines of labels: 'article_id' (or 'id') and the label in --key.",
)
@click.option("--key", help="Field of the gold file holding the label (incident_id, subtopic...).")
@click.option(
    "--dataset",
    type=click.Choice(["gva", "ecbplus"]),
    help="Use a data set of --data instead of ARTICLES/--gold/--key.",
)
@click.option("--data", help=_DATA_HELP)
@click.option("--limit", type=click.IntRange(min=1), help=_LIMIT_HELP)
@click.option(
    "--baseline-threshold",
    type=click.FloatRange(0, 1),
    default=0.3,
    show_default=True,
    help="Cosine threshold of the TF-IDF single-pass baseline.",
)
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def clustering_command(
    articles: str | None,
    gold: str | None,
    key: str | None,
    dataset: str | None,
    data: str | None,
    limit: int | None,
    baseline_threshold: float,
    as_json: bool,
) -> None:
    """BCubed precision, recall and F1 of the events against gold labels.

    ARTICLES are ingested in publication order into a fresh temporary store; an article the
    system lost counts against both precision and recall.
    """
    from storyline.evaluate.clustering import CLUSTERING_DATASETS, run_clustering

    if dataset is not None:
        if articles or gold:
            raise EvalUsageError("give either --dataset or ARTICLES with --gold, not both")
        root = _data_dir(data)
        articles_file, gold_file, default_key = CLUSTERING_DATASETS[dataset]
        articles_path, gold_path = root / articles_file, root / gold_file
        key = key or default_key
    elif articles and gold and key:
        articles_path, gold_path = Path(articles), Path(gold)
    else:
        raise EvalUsageError("give ARTICLES --gold GOLD --key FIELD, or --dataset gva|ecbplus")
    chosen_key = key
    with terminal_progress("articles ingested") as progress:
        _run(
            lambda: run_clustering(
                articles_path,
                gold_path,
                chosen_key,
                limit=limit,
                dataset=dataset,
                threshold=baseline_threshold,
                progress=progress,
            ),
            as_json,
        )


@eval_group.command("counts")
@click.option(
    "--dataset",
    type=click.Choice(["acled", "gva"]),
    required=True,
    help="acled: fatalities per record; gva: killed/injured/arrested per incident.",
)
@click.option(
    "--level",
    type=click.Choice(["article", "event", "both"]),
    help="Article totals, event current values after clustering, or both "
    "[default: both for gva, article for acled].",
)
@click.option("--data", help=_DATA_HELP)
@click.option("--limit", type=click.IntRange(min=1), help=_LIMIT_HELP)
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def counts_command(
    dataset: str, level: str | None, data: str | None, limit: int | None, as_json: bool
) -> None:
    """Casualty counts: exact match, within 10%, mean absolute error, missed and invented."""
    from storyline.evaluate.counts import CountLevel, run_counts

    root = _data_dir(data)
    chosen = cast(CountLevel | None, level)  # click.Choice has checked the value
    with terminal_progress("articles") as progress:
        _run(lambda: run_counts(dataset, root, level=chosen, limit=limit, progress=progress),
             as_json)


@eval_group.command("extraction")
@click.option("--data", help=_DATA_HELP)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N records per source.")
@click.option("--markdown", is_flag=True, help="Print the generalization table as Markdown.")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def extraction_command(data: str | None, limit: int | None, markdown: bool,
                       as_json: bool) -> None:
    """The generalization table: killed, injured, date, city and claimant figures on every
    development source (ACLED 2016 / 2020, ACLED Africa 1997-2014 / 2017-18, GTD South America
    / world, GVA), with the gap to the best source and a baseline from the same run."""
    from storyline.evaluate.extraction import markdown_table, run_extraction

    root = _data_dir(data)
    with terminal_progress("records") as progress:
        if markdown:
            try:
                click.echo(markdown_table(run_extraction(root, limit=limit, progress=progress)))
            except StorylineError as error:
                raise EvalUsageError(str(error)) from None
            return
        _run(lambda: run_extraction(root, limit=limit, progress=progress), as_json)


@eval_group.command("dates")
@click.option("--data", help=_DATA_HELP)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents (by id).")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def dates_command(data: str | None, limit: int | None, as_json: bool) -> None:
    """TIMEX3 value accuracy of DATE expressions (TempEval-3), absolute and relative."""
    from storyline.evaluate.dates import run_dates

    root = _data_dir(data)
    _run(lambda: run_dates(root, limit=limit), as_json)


@eval_group.command("types")
@click.option("--data", help=_DATA_HELP)
@click.option("--limit", type=click.IntRange(min=1), help=_LIMIT_HELP)
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def types_command(data: str | None, limit: int | None, as_json: bool) -> None:
    """Event type against the coders' types (ACLED families, GTD attack types, GVA shootings)."""
    from storyline.evaluate.types import run_types

    root = _data_dir(data)
    _run(lambda: run_types(root, limit=limit), as_json)


@eval_group.command("briefs")
@click.option(
    "--dataset",
    type=click.Choice(["trec-ts", "crisisfacts"]),
    default="trec-ts",
    show_default=True,
    help="TREC Temporal Summarization 2014 (its update sentences, the track's measures) or "
    "CrisisFACTS 2022 (request days, share of the NIST facts matched).",
)
@click.option("--only", multiple=True, help="Only this topic or event id (repeatable).")
@click.option(
    "--stores",
    type=click.Path(file_okay=False),
    help="Keep each stream's ingested SQLite store in this folder and reuse it on later runs.",
)
@click.option("--data", help=_DATA_HELP)
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def briefs_command(
    dataset: str, only: tuple[str, ...], stores: str | None, data: str | None, as_json: bool
) -> None:
    """Updates ("what is new since T") per day against the lead sentences of the day's new
    reports, with the update's settings tuned on half of the streams and scored on the other."""
    from storyline.evaluate.briefs import evaluate_briefs

    root = _data_dir(data)
    _run(
        lambda: evaluate_briefs(
            dataset, root, ids=only or None, stores=Path(stores) if stores else None,
            progress=lambda message: click.echo(message, err=True),
        ),
        as_json,
    )


@eval_group.command("timeline")
@click.option("--topic", help="One Timeline17 topic (egypt, finan, h1n1, haiti); default all.")
@click.option("--data", help=_DATA_HELP)
@click.option("--limit", type=click.IntRange(min=1), help=_LIMIT_HELP)
@click.option(
    "--protocol",
    type=click.Choice(["t17", "news-tls"]),
    default="t17",
    show_default=True,
    help="t17: one run per topic against all its reference timelines; news-tls: one run per "
    "reference timeline on the articles within its span, T and L from it.",
)
@click.option(
    "--scorer",
    type=click.Choice(["auto", "tilse", "ours"]),
    default="auto",
    show_default=True,
    help="ROUGE by the tilse package (ROUGE-1.5.5, as the published work) or by storyline's own "
    "metrics; auto: tilse for news-tls when it can run here, ours otherwise.",
)
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def timeline_command(
    topic: str | None,
    data: str | None,
    limit: int | None,
    protocol: str,
    scorer: str,
    as_json: bool,
) -> None:
    """Timeline17: date F1, concat/agreement ROUGE and alignment ROUGE (AR1/AR2), per topic and
    mean."""
    from storyline.evaluate.timeline import run_timeline

    root = _data_dir(data)
    _run(
        lambda: run_timeline(root, topic=topic, limit=limit, protocol=protocol, scorer=scorer),
        as_json,
    )


@eval_group.command("phenomena")
@click.option(
    "--area",
    "areas",
    multiple=True,
    type=click.Choice(["counts", "claims", "dates", "places", "types"]),
    help="Only the phenomena of this area (repeatable); default all.",
)
@click.option(
    "--phenomenon",
    "phenomena",
    multiple=True,
    help="Only this phenomenon (repeatable), e.g. counts.along_with or along_with.",
)
@click.option("--failures", is_flag=True, help="Also print why each failing case fails.")
@click.option("--markdown", is_flag=True, help="Print the pass-rate table as Markdown (for docs).")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def phenomena_command(
    areas: tuple[str, ...],
    phenomena: tuple[str, ...],
    failures: bool,
    markdown: bool,
    as_json: bool,
) -> None:
    """The phenomenon suite (CheckList style): short texts written for this project, grouped by
    linguistic phenomenon, run through the extractor; the pass rate per phenomenon."""
    from storyline.evaluate.phenomena import run_suite

    if markdown and as_json:
        raise EvalUsageError("give either --markdown or --json, not both")
    try:
        result = run_suite(areas or None, phenomena=phenomena or None)
    except StorylineError as error:
        raise EvalUsageError(str(error)) from None
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
    elif markdown:
        click.echo(result.markdown())
    else:
        click.echo(result.table(reasons=failures))


@eval_group.command("scenarios")
@click.option("--story", "stories", multiple=True, help="Only this story (repeatable).")
@click.option("--markdown", is_flag=True, help="Print the table of stories as Markdown (for docs).")
@click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)
def scenarios_command(stories: tuple[str, ...], markdown: bool, as_json: bool) -> None:
    """The scenario suite: developing stories written for this project, each ingested into a
    fresh store, and what an editor expects the record to say at several as-of times; the
    checks held per story and in total, with the failing checks named."""
    from storyline.evaluate.scenarios import run_scenarios

    if markdown and as_json:
        raise EvalUsageError("give either --markdown or --json, not both")
    try:
        result = run_scenarios(names=stories or None)
    except StorylineError as error:
        raise EvalUsageError(str(error)) from None
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False))
    elif markdown:
        click.echo(result.markdown())
    else:
        click.echo(result.table())
