"""Executor ``serial``: documents one after the other in this process."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source
from newsmill.core.pipeline import DEFAULT_BATCH as BATCH
from newsmill.execkit import batched


class SerialExecutor:
    """Runs the pipeline in the calling process, streaming results in input order.

    Sources go through the stages in batches of ``batch`` (option): each
    annotator runs over a whole batch before the next one, which keeps its
    tables in the CPU caches; outputs are the same whatever the batch size.
    """

    def __init__(self, pipeline: Any, workers: int = 1, options: dict | None = None) -> None:
        self.pipeline = pipeline
        self.batch = max(1, int((options or {}).get("batch", BATCH)))

    def map(self, sources: Iterable[Source],
            finish: Callable[[list[Document]], Any] | None = None) -> Iterator[Any]:
        """Each source's documents (or ``finish(docs)``), in input order."""
        for chunk in batched(sources, self.batch):
            for docs in self.pipeline.process_sources(chunk):
                yield docs if finish is None else finish(docs)

    def close(self) -> None:
        """Nothing to release."""
        pass


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Batch size."""
    return {"batch": Option(int, BATCH, "sources run through the stages together (1: one by one)")}


@hookimpl
def newsmill_executors() -> dict[str, Any]:
    """Declare the ``serial`` executor."""
    return {"serial": SerialExecutor}
