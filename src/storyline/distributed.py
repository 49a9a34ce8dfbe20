"""The Ray engine: the stateless stages as a Ray Data pipeline, the stateful ones in order.

Reading, normalizing and fact extraction are pure functions of one input or one article, so Ray
Data runs them on every core of a cluster (or of this machine). Their results stream back to the
driver in input order, where the same code as the single-process path (ordering windows, batches,
dedup, clustering, reconciliation, one transaction per batch) consumes them. The events and facts
are therefore identical to `storyline.pipeline.ingest_paths` for the same input.
"""

from __future__ import annotations

import glob
import os
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from storyline.errors import ConfigError
from storyline.ingest import ReadOptions, read_inputs
from storyline.ingest.sources import walk_directory
from storyline.pipeline import (
    IngestOptions,
    IngestReport,
    ProgressCallback,
    ingest_stream,
    prepare_article,
)
from storyline.records import Article, InputFailure
from storyline.store import Store

# Small by default: this engine streams, so the object store only holds blocks in flight.
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024


def expand_inputs(inputs: Sequence[str]) -> list[str]:
    """Split directories and globs into single files, in the order the single-process reader
    visits them, so that Ray can read them in parallel and the results keep their positions.

    URLs, '-' and anything that does not exist are passed through unchanged (the reader then
    reports them as it would in the single-process path)."""
    expanded: list[str] = []
    for given in inputs:
        if given == "-" or "://" in given or not (os.path.isdir(given) or glob.has_magic(given)):
            expanded.append(given)
        elif os.path.isdir(given):
            expanded.extend(str(p) for p in walk_directory(Path(given)))
        elif os.path.exists(given):
            expanded.append(given)
        else:
            expanded.extend(_expand_glob(given))
    return expanded


def _expand_glob(pattern: str) -> list[str]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        return [pattern]
    files: list[str] = []
    for match in matches:
        if os.path.isdir(match):
            files.extend(str(p) for p in walk_directory(Path(match)))
        else:
            files.append(match)
    return files


def _read_and_prepare(row: dict[str, Any], options: ReadOptions) -> list[dict[str, Any]]:
    """Worker side: read one input and run the stateless stages on each article in it."""
    results: list[dict[str, Any]] = []
    for item in read_inputs([row["input"]], options):
        prepared = prepare_article(item) if isinstance(item, Article) else item
        results.append({"payload": pickle.dumps(prepared)})
    return results


def _init_ray(address: str | None) -> Any:
    try:
        import ray
    except ImportError:
        raise ConfigError(
            "--engine ray needs Ray; install it with: pip install 'storyline[ray]'"
        ) from None
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(
                num_cpus=os.cpu_count() or 2,
                object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                include_dashboard=False,
                log_to_driver=False,
            )
    return ray


def prepared_stream(
    inputs: Sequence[str], options: ReadOptions, *, address: str | None = None
) -> Iterator[Any]:
    """Stream of PreparedArticle / InputFailure records computed by Ray, in input order."""
    ray = _init_ray(address)
    from ray.data import DataContext

    DataContext.get_current().execution_options.preserve_order = True
    # stdin only exists in this process: read it here, hand the rest to the workers.
    local = [i for i in inputs if i == "-"]
    for item in read_inputs(local, options) if local else ():
        yield prepare_article(item) if isinstance(item, Article) else item
    remote = [i for i in expand_inputs(inputs) if i != "-"]
    if not remote:
        return
    worker_options = _picklable(options)
    dataset = ray.data.from_items([{"input": i} for i in remote]).flat_map(
        _read_and_prepare, fn_kwargs={"options": worker_options}
    )
    for row in dataset.iter_rows():
        yield pickle.loads(row["payload"])


def _picklable(options: ReadOptions) -> ReadOptions:
    from dataclasses import replace

    return replace(options, stdin=None)


def ingest_with_ray(
    store: Store,
    inputs: Sequence[str],
    options: IngestOptions | None = None,
    *,
    address: str | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    options = options or IngestOptions()
    stream = prepared_stream(inputs, options.read, address=address)
    return ingest_stream(store, _checked(stream), options, progress)


def _checked(stream: Iterator[Any]) -> Iterator[Any]:
    from storyline.pipeline import PreparedArticle

    for item in stream:
        if not isinstance(item, PreparedArticle | InputFailure):
            raise TypeError(f"unexpected record from a Ray worker: {type(item).__name__}")
        yield item
