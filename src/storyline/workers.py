"""Ingest with several local processes: `storyline ingest --workers N`.

The stateless stages of each article (normalize, extract, clustering features:
`pipeline.prepare_article`) run in a pool of N processes, a few small batches ahead of the
reader and in input order; the stateful stages (dedup, clustering, the store) stay in this
process and see the same stream as with one worker, so the store ends up the same. This is the
one-machine counterpart of `--engine ray` (distributed.py), which is the path beyond one machine.
Memory stays bounded: at most `2 * workers` batches are in flight.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from storyline.ingest import read_inputs
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

__all__ = ["BATCH", "ingest_with_workers", "prepared_in_processes"]

Item = Article | PreparedArticle | InputFailure
BATCH = 16  # articles per task: large enough to hide the pickling, small enough to keep order


def ingest_with_workers(
    store: Store,
    inputs: Sequence[str],
    options: IngestOptions | None = None,
    *,
    workers: int = 2,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """`ingest_paths` with the stateless stages in `workers` local processes."""
    options = options or IngestOptions()
    read = read_inputs(inputs, options.read)
    stream: Iterable[Item] = prepared_in_processes(read, workers) if workers > 1 else read
    return ingest_stream(store, stream, options, progress)


def prepared_in_processes(items: Iterable[Article | InputFailure], workers: int,
                          batch: int = BATCH) -> Iterator[Item]:
    """`items` with every Article prepared in a pool of `workers` processes, in input order."""
    # "spawn": a fresh interpreter per worker, safe whatever threads or connections this
    # process holds (forking a process with an open database pool is not).
    context = multiprocessing.get_context("spawn")
    iterator = iter(items)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[Item]]] = deque()
        while chunk := list(islice(iterator, batch)):
            pending.append(pool.submit(_prepare_batch, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _prepare_batch(chunk: list[Article | InputFailure]) -> list[Item]:
    return [prepare_article(item) if isinstance(item, Article) else item for item in chunk]
