"""Executor ``tagging``: serial, and marks every document it ran."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from newsmill.core.hookspecs import hookimpl


class TaggingExecutor:
    """Runs documents one by one and notes ``executor: tagging`` in their metadata."""

    def __init__(self, pipeline: Any, workers: int = 1, options: dict | None = None) -> None:
        self.pipeline = pipeline

    def map(self, sources: Iterable[Any]) -> Iterator[list[Any]]:
        for source in sources:
            docs = self.pipeline.process_source(source)
            for d in docs:
                d.meta.extra["executor"] = "tagging"
            yield docs

    def close(self) -> None:
        pass


@hookimpl
def newsmill_executors() -> dict[str, Any]:
    return {"tagging": TaggingExecutor}
