"""Sources: expand files and folders (walked recursively, sorted) into sources."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Source

SKIP_NAMES = {".DS_Store", "Thumbs.db"}


def walk(root: Path) -> Iterator[Source]:
    """Every file under ``root``, depth first, in sorted order, hidden entries skipped.

    A folder that cannot be listed becomes one source carrying the error, so
    the run reports it and goes on with the rest.
    """
    try:
        entries = sorted(root.iterdir())
    except OSError as e:
        yield Source(uri=str(root), path=root, metadata={
            "error": ("sources", "files", f"{root}: cannot list folder: {e.strerror or e}")})
        return
    for p in entries:
        if p.name.startswith(".") or p.name in SKIP_NAMES:
            continue
        if p.is_dir():
            yield from walk(p)
        elif p.is_file():
            yield Source(uri=str(p), path=p)


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Run after sources plugins that claim special targets (archives, URIs)."""
    return {"sources": 900}


@hookimpl
def newsmill_sources(target: str) -> Iterator[Source] | None:
    """A folder is walked; a file is one source; a missing path is an error."""
    path = Path(target)
    if path.is_dir():
        return walk(path)
    if not path.exists():
        raise FileNotFoundError(f"{target}: no such file or folder")
    return iter([Source(uri=target, path=path)])
