"""Reading ``.zip`` and ``.tar``/``.tar.gz`` archives safely, member by member, in memory.

Nothing is extracted to disk.  Member names that would escape a folder
(``../x``, absolute paths, drive letters), links and special files are
refused one by one; limits on the member count, each member's size and the
total size refuse archive bombs with a clear error.  Limits are checked on
the bytes actually decompressed, not only on what the headers declare.
"""

from __future__ import annotations

import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import IO

import attrs

from newsmill.readkit.common import MB

#: File endings of the archives read, by kind.
ARCHIVE_SUFFIXES = {"zip": (".zip",), "tar": (".tar.gz", ".tgz", ".tar")}
CHUNK = 1 << 20


@attrs.frozen
class Limits:
    """Archive limits: member count, size of one member and total size, in bytes."""

    max_members: int = 10_000
    max_member_bytes: int = 64 * MB
    max_total_bytes: int = 2000 * MB


@attrs.frozen
class Member:
    """One archive member: its name and either its bytes or the reason it was refused."""

    name: str
    data: bytes | None = None
    error: str | None = None


class ArchiveError(ValueError):
    """The archive as a whole cannot be read (damaged, or over a limit)."""


def archive_kind(name: str) -> str | None:
    """``"zip"`` or ``"tar"`` from a file name, else ``None``."""
    low = name.lower()
    return next((kind for kind, ends in ARCHIVE_SUFFIXES.items() if low.endswith(ends)), None)


def unsafe_name(name: str) -> str | None:
    """Why a member name is unsafe to use as a path (``None`` when it is fine)."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":"):
        return "absolute path"
    if ".." in PurePosixPath(norm).parts:
        return "path traversal ('..')"
    if "\x00" in norm:
        return "NUL in name"
    return None


def _read_capped(f: IO[bytes], limit: int) -> bytes | None:
    """Read at most ``limit`` bytes; ``None`` when there is more."""
    parts: list[bytes] = []
    got = 0
    while True:
        chunk = f.read(min(CHUNK, limit + 1 - got))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        got += len(chunk)
        if got > limit:
            return None


class _Budget:
    """Running count of members and decompressed bytes against the limits."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.count = 0
        self.total = 0

    def member(self) -> None:
        """Count one more member; raise when over ``max_members``."""
        self.count += 1
        if self.count > self.limits.max_members:
            raise ArchiveError(f"more than {self.limits.max_members} members (max_members): "
                               "refused as a possible archive bomb; the rest is not read")

    def take(self, n: int) -> None:
        """Count ``n`` more decompressed bytes; raise when over ``max_total_bytes``."""
        self.total += n
        if self.total > self.limits.max_total_bytes:
            raise ArchiveError(f"decompressed size exceeds {self.limits.max_total_bytes / MB:g} MB "
                               "(max_archive_mb): refused as a possible archive bomb; "
                               "the rest is not read")

    def too_big(self, size: int | None) -> str:
        """The message for a member over ``max_member_bytes``."""
        return (f"member larger than {self.limits.max_member_bytes / MB:g} MB (max_member_mb)"
                + (f": {size / MB:.1f} MB" if size else "") + "; refused")


def iter_zip(f: IO[bytes], limits: Limits,
             keep: Callable[[str], bool] = lambda n: True) -> Iterator[Member]:
    """Members of a zip file (directories skipped); raises :class:`ArchiveError`."""
    try:
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise ArchiveError(f"not a readable zip archive ({e})") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > limits.max_members:
            raise ArchiveError(f"{len(infos)} members, more than {limits.max_members} (max_members): "
                               "refused as a possible archive bomb")
        declared = sum(i.file_size for i in infos)
        if declared > limits.max_total_bytes:
            raise ArchiveError(f"declares {declared / MB:.1f} MB uncompressed, more than "
                               f"{limits.max_total_bytes / MB:g} MB (max_archive_mb): "
                               "refused as a possible archive bomb")
        budget = _Budget(limits)
        for info in infos:
            name = info.filename
            why = unsafe_name(name)
            if why:
                yield Member(name, error=f"unsafe member name ({why}): refused")
                continue
            if not keep(name):
                continue
            budget.member()
            if info.flag_bits & 0x1:
                yield Member(name, error="encrypted member: cannot be read")
                continue
            if info.file_size > limits.max_member_bytes:
                yield Member(name, error=budget.too_big(info.file_size))
                continue
            try:
                with zf.open(info) as mf:
                    data = _read_capped(mf, limits.max_member_bytes)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError,
                    zlib.error) as e:
                yield Member(name, error=f"damaged member ({type(e).__name__}: {e})")
                continue
            if data is None:
                yield Member(name, error=budget.too_big(None) + " (its header understated the size)")
                budget.take(limits.max_member_bytes)
                continue
            budget.take(len(data))
            yield Member(name, data=data)


def iter_tar(f: IO[bytes], limits: Limits,
             keep: Callable[[str], bool] = lambda n: True) -> Iterator[Member]:
    """Members of a (compressed) tar file, streamed; raises :class:`ArchiveError`."""
    budget = _Budget(limits)
    try:
        tf = tarfile.open(fileobj=f, mode="r|*")
    except (tarfile.TarError, OSError, EOFError) as e:
        raise ArchiveError(f"not a readable tar archive ({e})") from None
    try:
        with tf:
            for info in tf:
                name = info.name
                if info.isdir():
                    continue
                why = unsafe_name(name)
                if why:
                    yield Member(name, error=f"unsafe member name ({why}): refused")
                    continue
                if info.issym() or info.islnk():
                    yield Member(name, error=f"link to {info.linkname!r}: links are refused")
                    continue
                if not info.isfile():
                    yield Member(name, error="special file (device or fifo): refused")
                    continue
                if not keep(name):
                    continue
                budget.member()
                if info.size > limits.max_member_bytes:
                    yield Member(name, error=budget.too_big(info.size))
                    continue
                mf = tf.extractfile(info)
                data = _read_capped(mf, limits.max_member_bytes) if mf else b""
                budget.take(len(data or b""))
                yield Member(name, data=data)
    except (tarfile.TarError, OSError, EOFError, zlib.error) as e:
        raise ArchiveError(f"damaged tar archive ({type(e).__name__}: {e})") from None
