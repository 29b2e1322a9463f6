"""Executor ``serial``: documents one after the other in this process."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source


class SerialExecutor:
    """Runs the pipeline in the calling process, streaming results in input order."""

    def __init__(self, pipeline: Any, workers: int = 1, options: dict | None = None) -> None:
        self.pipeline = pipeline

    def map(self, sources: Iterable[Source],
            finish: Callable[[list[Document]], Any] | None = None) -> Iterator[Any]:
        """Each source's documents (or ``finish(docs)``), in input order."""
        for source in sources:
            docs = self.pipeline.process_source(source)
            yield docs if finish is None else finish(docs)

    def close(self) -> None:
        """Nothing to release."""
        pass


@hookimpl
def newsmill_executors() -> dict[str, Any]:
    """Declare the ``serial`` executor."""
    return {"serial": SerialExecutor}
