"""The Ray engine: the stateless stages as a Ray Data pipeline, the stateful ones in order.

Reading, normalizing and fact extraction are pure functions of one input or one article, so Ray
Data runs them on every core of a cluster (or of this machine):

    inputs (files) --flat_map: read--> articles in small blocks
                   --map_batches on a pool of actors: prepare_article--> prepared articles

The actors keep the language models loaded between batches. The results stream back to the
driver in input order (`preserve_order`), where the same code as the single-process path
(ordering windows, batches, dedup, clustering, reconciliation, one transaction per batch)
consumes them. The events and facts are therefore identical to `storyline.pipeline.ingest_paths`
for the same input; tests/test_distributed.py compares them.

Records cross process boundaries pickled in a binary column: Ray Data only moves the bytes.
"""

from __future__ import annotations

import glob
import logging
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError, StorylineError
from storyline.ingest import ReadOptions, read_inputs
from storyline.ingest.sources import not_a_regular_file, walk_directory
from storyline.pipeline import (
    IngestOptions,
    IngestReport,
    PreparedArticle,
    ProgressCallback,
    ingest_stream,
    prepare_article,
)
from storyline.records import Article, InputFailure
from storyline.store import Store

Prepared = PreparedArticle | InputFailure
Batch = dict[str, list[Any]]


@dataclass(frozen=True, slots=True)
class RayOptions:
    """How the Ray side runs.

    `workers` is the number of preparing actors (default: one per CPU of the cluster).
    `block_bytes` bounds a block of read articles: smaller blocks spread one big file over
    more actors.
    """

    workers: int | None = None
    batch_size: int = 16
    block_bytes: int = 512 * 1024
    local_cpus: int | None = None
    local_object_store_bytes: int = 256 * 1024 * 1024


def expand_inputs(
    inputs: Sequence[str], problems: list[InputFailure] | None = None
) -> list[str]:
    """Split directories and globs into single files, in the order the single-process reader
    visits them, so that Ray can read them in parallel and the results keep their positions.

    URLs, '-' and anything that does not exist are passed through unchanged (the reader then
    reports them as it would in the single-process path). Folders that cannot be listed and
    entries that are not regular files (pipes would block a worker) go to `problems`."""
    expanded: list[str] = []
    on_problem = problems.append if problems is not None else None
    for given in inputs:
        if given == "-" or "://" in given or not (os.path.isdir(given) or glob.has_magic(given)):
            expanded.append(given)
        elif os.path.isdir(given):
            expanded.extend(str(p) for p in walk_directory(Path(given), on_problem))
        elif os.path.exists(given):
            expanded.append(given)
        else:
            expanded.extend(_expand_glob(given, on_problem))
    return expanded


def _expand_glob(
    pattern: str, on_problem: Callable[[InputFailure], None] | None
) -> list[str]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        return [pattern]
    files: list[str] = []
    for match in matches:
        if os.path.isdir(match):
            files.extend(str(p) for p in walk_directory(Path(match), on_problem))
        elif (problem := not_a_regular_file(Path(match))) is not None:
            if on_problem is not None:
                on_problem(InputFailure(match, problem))
        else:
            files.append(match)
    return files


# --------------------------------------------------------------------------- worker side


def read_one_input(row: dict[str, Any], options: ReadOptions) -> Iterator[dict[str, bytes]]:
    """Worker side: the articles (and failures) of one input, one pickled record per row."""
    for item in read_inputs([row["input"]], options):
        yield {"payload": pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)}


class PrepareArticles:
    """Worker side (an actor): the stateless stages for a batch of read records."""

    def __init__(self) -> None:
        # Quiet workers: progress and failures reach the user through the driver.
        logging.getLogger("ray").setLevel(logging.WARNING)

    def __call__(self, batch: Batch) -> Batch:
        payloads = []
        for data in batch["payload"]:
            item = pickle.loads(data)
            prepared = prepare_article(item) if isinstance(item, Article) else item
            payloads.append(pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL))
        return {"payload": payloads}


# --------------------------------------------------------------------------- driver side


def init_ray(address: str | None, ray_options: RayOptions) -> Any:
    """Connect to the cluster at `address`, or start a small local Ray (once per process)."""
    try:
        import ray
    except ImportError:
        raise ConfigError(
            "--engine ray needs Ray; install it with: pip install 'storyline[ray]'"
        ) from None
    if ray.is_initialized():
        return ray
    quiet: dict[str, Any] = {"log_to_driver": False, "logging_level": logging.ERROR}
    logging.getLogger("ray").setLevel(logging.ERROR)
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(
                num_cpus=ray_options.local_cpus or os.cpu_count() or 2,
                object_store_memory=ray_options.local_object_store_bytes,
                include_dashboard=False,
                **quiet,
            )
    except (ConnectionError, RuntimeError, ValueError) as error:
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ConfigError(
            f"cannot start {where}: {first}; check the address (ray status) or run without it"
        ) from None
    return ray


def _worker_count(ray: Any, ray_options: RayOptions) -> int:
    if ray_options.workers is not None:
        return max(1, ray_options.workers)
    # One actor per CPU, also on a local Ray: the driver's stateful stages cost about a quarter
    # of what preparing costs per article (benchmarks/bench_scale.py), so they share the cores.
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _configure_data_context(ray_options: RayOptions) -> None:
    from ray.data import DataContext

    context = DataContext.get_current()
    context.execution_options.preserve_order = True  # the stateful stages need input order
    context.target_max_block_size = ray_options.block_bytes
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    # Ray Data reports every execution at INFO; storyline reports progress itself.
    logging.getLogger("ray.data").setLevel(logging.ERROR)


def prepared_stream(
    inputs: Sequence[str],
    options: ReadOptions,
    *,
    address: str | None = None,
    ray_options: RayOptions | None = None,
) -> Iterator[Prepared]:
    """PreparedArticle / InputFailure records computed by Ray, in the single-process order."""
    ray_options = ray_options or RayOptions()
    ray = init_ray(address, ray_options)
    _configure_data_context(ray_options)
    worker_options = replace(options, stdin=None)  # a stream does not travel
    problems: list[InputFailure] = []
    expanded = expand_inputs(inputs, problems)
    yield from problems  # unreadable folders, pipes: reported, never handed to a worker
    for segment in _segments(expanded):
        if segment == ["-"]:
            # stdin only exists in this process: read and prepare it here, in its place.
            for item in read_inputs(segment, options):
                yield prepare_article(item) if isinstance(item, Article) else item
        else:
            yield from _prepared_on_ray(ray, segment, worker_options, ray_options)


def _segments(inputs: list[str]) -> Iterator[list[str]]:
    """Runs of inputs Ray can read, with each '-' on its own."""
    run: list[str] = []
    for given in inputs:
        if given != "-":
            run.append(given)
            continue
        if run:
            yield run
            run = []
        yield [given]
    if run:
        yield run


def _prepared_on_ray(
    ray: Any, inputs: list[str], options: ReadOptions, ray_options: RayOptions
) -> Iterator[Prepared]:
    workers = _worker_count(ray, ray_options)
    dataset = (
        ray.data.from_items([{"input": i} for i in inputs], override_num_blocks=len(inputs))
        # Reading reserves no CPU: it is light, it must run while the actors hold every CPU,
        # and with other resources than the actors' it is not fused with them, so one big
        # file is read once and its blocks spread over every actor.
        .flat_map(
            read_one_input,
            fn_kwargs={"options": options},
            num_cpus=0,
            concurrency=min(len(inputs), max(1, workers // 4)),
        )
        .map_batches(
            PrepareArticles,
            batch_size=ray_options.batch_size,
            concurrency=workers,
            num_cpus=1,
        )
    )
    try:
        for row in dataset.iter_rows():
            yield _checked(pickle.loads(row["payload"]))
    except ray.exceptions.RayError as error:
        raise StorylineError(f"the Ray pipeline failed: {_first_line(error)}") from None


def _first_line(error: BaseException) -> str:
    lines = [line for line in str(error).splitlines() if line.strip()]
    return lines[-1].strip() if lines else type(error).__name__


def _checked(item: object) -> Prepared:
    if not isinstance(item, PreparedArticle | InputFailure):
        raise StorylineError(f"unexpected record from a Ray worker: {type(item).__name__}")
    return item


def ingest_with_ray(
    store: Store,
    inputs: Sequence[str],
    options: IngestOptions | None = None,
    *,
    address: str | None = None,
    progress: ProgressCallback | None = None,
    ray_options: RayOptions | None = None,
) -> IngestReport:
    """`ingest_paths` with the stateless stages on Ray (at `address`, or a local Ray)."""
    options = options or IngestOptions()
    stream = prepared_stream(inputs, options.read, address=address, ray_options=ray_options)
    return ingest_stream(store, stream, options, progress)
