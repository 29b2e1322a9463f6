"""Executor ``processes``: a pool of worker processes with a bounded window, results in order."""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source
from newsmill.execkit import in_order, in_order_batches, process_source, process_sources

#: sources per task by default: enough for the stages' cache locality, few enough that
#: the last tasks of a run keep every worker busy
BATCH = 4

_WORKER_PIPELINE: Any = None  # one pipeline per worker process, built by the initializer


def _init_worker(pipeline: Any, spec: Any) -> None:
    global _WORKER_PIPELINE
    if pipeline is None:
        from newsmill.core.pipeline import Pipeline

        pipeline = Pipeline.from_spec(spec)
    _WORKER_PIPELINE = pipeline


def _process(source: Source, finish: Callable[[list[Document]], Any] | None = None
             ) -> tuple[Any, dict]:
    return process_source(_WORKER_PIPELINE, source, finish)


def _process_batch(sources: list[Source], finish: Callable[[list[Document]], Any] | None = None
                   ) -> tuple[list[Any], dict]:
    return process_sources(_WORKER_PIPELINE, sources, finish)


class ProcessExecutor:
    """Processes documents in ``workers`` processes; at most ``window`` sources in flight.

    On platforms with ``fork`` the workers inherit the configured pipeline
    (plugins given as objects work); elsewhere each worker rebuilds it from
    the pipeline's spec.  A task is ``batch`` sources (option), run by the
    worker as one batch (see ``Pipeline.process_sources``).
    """

    def __init__(self, pipeline: Any, workers: int | None = None, options: dict | None = None) -> None:
        options = options or {}
        self.pipeline = pipeline
        self.workers = workers or os.cpu_count() or 1
        self.window = max(1, int(options.get("window_per_worker", 4))) * self.workers
        self.batch = max(1, int(options.get("batch", BATCH)))
        method = options.get("start_method") or ("fork" if "fork" in mp.get_all_start_methods()
                                                 else "spawn")
        ctx = mp.get_context(method)
        inherited = pipeline if method == "fork" else None
        self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                         initargs=(inherited, pipeline.spec))

    def map(self, sources: Iterable[Source],
            finish: Callable[[list[Document]], Any] | None = None) -> Iterator[Any]:
        """The documents of each source (or ``finish(docs)``, made in the worker), in input order."""
        if self.batch == 1:
            return in_order(lambda source: self._pool.submit(_process, source, finish), sources,
                            self.window, self.pipeline)
        return in_order_batches(lambda chunk: self._pool.submit(_process_batch, chunk, finish),
                                sources, self.batch, self.window, self.pipeline)

    def close(self) -> None:
        """Stop the workers; sources not yet started are dropped."""
        self._pool.shutdown(cancel_futures=True)


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Window size and start method of the pool."""
    return {
        "window_per_worker": Option(int, 4, "sources in flight per worker (bounds memory)"),
        "batch": Option(int, BATCH, "sources per task, run through the stages together"),
        "start_method": Option(str, "", "multiprocessing start method (default: fork where available)"),
    }


@hookimpl
def newsmill_executors() -> dict[str, Any]:
    """The ``processes`` executor."""
    return {"processes": ProcessExecutor}
