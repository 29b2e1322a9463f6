"""Sources: a ``.list`` file names other files, one per line (relative to the list)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Source


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    return {"sources": 100}


@hookimpl
def newsmill_sources(target: str) -> Iterator[Source] | None:
    path = Path(target)
    if path.suffix != ".list":
        return None
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return iter([Source(uri=str(path.parent / ln), path=path.parent / ln) for ln in lines])
