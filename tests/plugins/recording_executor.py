"""A test executor that records how it was built, and one that cannot start."""

from __future__ import annotations

from typing import Any

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl

BUILT: list[dict[str, Any]] = []


class Recording:
    """Serial execution that remembers its worker count and options."""

    def __init__(self, pipeline: Any, workers: int, options: dict) -> None:
        BUILT.append({"workers": workers, "options": dict(options)})
        self.pipeline = pipeline

    def map(self, sources):
        for s in sources:
            yield self.pipeline.process_source(s)

    def close(self) -> None:
        pass


def broken(pipeline: Any, workers: int, options: dict) -> Any:
    raise ImportError("the broken executor needs the `broken` extra: pip install 'newsmill[broken]'")


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    return {"scheduler": Option(str, "", "address of a scheduler")}


@hookimpl
def newsmill_executors() -> dict[str, Any]:
    return {"recording": Recording, "broken": broken}
