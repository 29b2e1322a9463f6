"""Executor ``serial``: documents one after the other in this process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Source


class SerialExecutor:
    """Runs the pipeline in the calling process, streaming results in input order."""

    def __init__(self, pipeline: Any, workers: int = 1, options: dict | None = None) -> None:
        self.pipeline = pipeline

    def map(self, sources: Iterable[Source]) -> Iterator[list[Document]]:
        """Each source's documents, in input order."""
        for source in sources:
            yield self.pipeline.process_source(source)

    def close(self) -> None:
        """Nothing to release."""
        pass


@hookimpl
def newsmill_executors() -> dict[str, Any]:
    """Declare the ``serial`` executor."""
    return {"serial": SerialExecutor}
