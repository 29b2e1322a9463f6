"""Sources: expand files and folders (walked recursively, sorted) into sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Source

SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def walk(root: Path) -> Iterator[Source]:
    """Every file under ``root``, depth first, in sorted order, hidden entries skipped."""
    for p in sorted(root.iterdir()):
        if p.name.startswith(".") or p.name in SKIP_NAMES:
            continue
        if p.is_dir():
            yield from walk(p)
        elif p.is_file():
            yield Source(uri=str(p), path=p)


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    return {"sources": 900}


@hookimpl
def newsmill_sources(target: str) -> Iterator[Source] | None:
    path = Path(target)
    if path.is_dir():
        return walk(path)
    return iter([Source(uri=target, path=path)])
