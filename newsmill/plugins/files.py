"""Sources ``files``: files, folders (recursive, with include/exclude globs) and archives.

Folders are walked depth first in sorted order; hidden entries are skipped.
``.zip``, ``.tar``, ``.tar.gz`` and ``.tgz`` files, given directly or found
in a folder, are opened in memory and each member becomes a source named
``ARCHIVE!MEMBER``; nothing is extracted to disk (``newsmill.readkit.archives``).
A refused member (unsafe name, link, too large) or a refused archive (damaged,
too many members, too large once decompressed) becomes a source carrying the
error, so it is reported in the errors output and the run goes on.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterator
from pathlib import Path

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Source
from newsmill.readkit.archives import ArchiveError, Limits, archive_kind, iter_tar, iter_zip
from newsmill.readkit.common import MB

NAME = "files"
SKIP_NAMES = {".DS_Store", "Thumbs.db", "__MACOSX"}


def _matches(rel: str, patterns: list[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    for pat in patterns:
        bare = pat[3:] if pat.startswith("**/") else pat
        if fnmatch.fnmatchcase(rel, pat) or fnmatch.fnmatchcase(rel, bare) \
                or fnmatch.fnmatchcase(name, bare):
            return True
    return False


class Selection:
    """Include/exclude globs applied to paths relative to the folder (or archive) given.

    Globs use :mod:`fnmatch` (``*`` also crosses ``/``) and are tried on the
    relative path and on the bare file name, so ``*.txt`` selects text files
    in every subfolder and ``drafts/*`` a folder.  Archives found in a folder
    are opened unless excluded; the globs then apply to their members.
    """

    def __init__(self, include: list[str], exclude: list[str]) -> None:
        self.include, self.exclude = include, exclude

    def excluded(self, rel: str) -> bool:
        """True when an exclude glob matches."""
        return bool(self.exclude) and _matches(rel.replace("\\", "/"), self.exclude)

    def __call__(self, rel: str) -> bool:
        """True when the path is selected."""
        rel = rel.replace("\\", "/")
        if self.include and not _matches(rel, self.include):
            return False
        return not self.excluded(rel)


def _error_source(uri: str, message: str) -> Source:
    return Source(uri=uri, metadata={"error": ("sources", NAME, message)})


def _limits(options: dict) -> Limits:
    return Limits(max_members=options["max_members"],
                  max_member_bytes=int(options["max_member_mb"] * MB),
                  max_total_bytes=int(options["max_archive_mb"] * MB))


def archive_sources(path: Path, uri: str, options: dict,
                    keep: Callable[[str], bool] = lambda n: True) -> Iterator[Source]:
    """Every member of an archive as an in-memory source; never raises."""
    kind = archive_kind(path.name)
    reader = iter_zip if kind == "zip" else iter_tar
    try:
        with path.open("rb") as f:
            for m in reader(f, _limits(options), keep):
                member_uri = f"{uri}!{m.name}"
                if m.error:
                    yield _error_source(member_uri, f"{member_uri}: {m.error}")
                else:
                    yield Source(uri=member_uri, data=m.data,
                                 metadata={"archive": uri, "member": m.name})
    except ArchiveError as e:
        yield _error_source(uri, f"{uri}: {e}")
    except OSError as e:
        yield _error_source(uri, f"{uri}: cannot read archive: {e.strerror or e}")
    except Exception as e:  # a sources generator must never stop the run
        yield _error_source(uri, f"{uri}: cannot read archive ({type(e).__name__}: {e})")


def walk(root: Path, options: dict, keep: Selection, base: Path | None = None,
         seen: set[Path] | None = None) -> Iterator[Source]:
    """Every selected file under ``root``, depth first, sorted, hidden entries skipped.

    A folder reached twice through symbolic links is walked once (no loops).
    """
    base = base or root
    seen = set() if seen is None else seen
    try:
        real = root.resolve()
    except (OSError, RuntimeError):
        real = root
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(root.iterdir())
    except OSError as e:
        yield _error_source(str(root), f"{root}: cannot list folder: {e.strerror or e}")
        return
    for p in entries:
        if p.name.startswith(".") or p.name in SKIP_NAMES:
            continue
        rel = p.relative_to(base).as_posix()
        if p.is_dir():
            yield from walk(p, options, keep, base, seen)
        elif not p.is_file():
            continue
        elif options["archives"] and archive_kind(p.name):
            if not keep.excluded(rel):
                yield from archive_sources(p, str(p), options, keep)
        elif keep(rel):
            yield Source(uri=str(p), path=p)


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Run after sources plugins that claim special targets (URIs)."""
    return {"sources": 900}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Globs, archive reading and the archive limits."""
    return {
        "include": Option(list, [], "Globs of files to read in folders and archives (empty: all)."),
        "exclude": Option(list, [], "Globs of files to skip in folders and archives."),
        "archives": Option(bool, True, "Read .zip/.tar/.tar.gz/.tgz members as sources."),
        "max_members": Option(int, 10_000, "Refuse archives with more members."),
        "max_member_mb": Option((int, float), 64.0, "Refuse archive members larger than this (MB)."),
        "max_archive_mb": Option((int, float), 2000.0,
                                 "Refuse archives whose members add up to more than this (MB)."),
    }


@hookimpl
def newsmill_sources(target: str, options: dict) -> Iterator[Source] | None:
    """Expand a file, folder or archive into sources."""
    path = Path(target)
    keep = Selection(list(options["include"]), list(options["exclude"]))
    if path.is_dir():
        return walk(path, options, keep)
    if not path.exists():
        raise FileNotFoundError(f"{target}: no such file or folder")
    if options["archives"] and archive_kind(path.name) and path.is_file():
        return archive_sources(path, target, options, keep)
    return iter([Source(uri=target, path=path)])
