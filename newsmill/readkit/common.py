"""Small pieces every reader uses: errors, size limits, binary sniffing, name dates."""

from __future__ import annotations

import datetime as dt

from newsmill.core.model import Document, Source
from newsmill.readkit.names import date_from_uri

MB = 1_000_000

#: Leading bytes of common binary formats, with a name for error messages.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)


class ReadError(ValueError):
    """A source cannot be read; the message names the source and the cause."""

    __module__ = "newsmill"  # shown as ``newsmill.ReadError: FILE: cause`` in error reports

    def __init__(self, source: Source | str, cause: str) -> None:
        uri = source.uri if isinstance(source, Source) else source
        self.uri = uri
        self.cause = cause
        super().__init__(f"{uri}: {cause}")

    def __reduce__(self) -> tuple:
        # the class is shown under a short module name, so pickle it through a function
        return _read_error, (self.uri, self.cause)


def _read_error(uri: str, cause: str) -> ReadError:
    return ReadError(uri, cause)


class MissingExtra(ReadError):
    """A package a reader needs is not installed (an optional extra, or a damaged install)."""

    def __init__(self, source: Source, what: str, extra: str | None, module: str) -> None:
        how = f"pip install 'newsmill[{extra}]'" if extra else f"pip install {module}"
        kind = "optional package" if extra else "package"
        super().__init__(source, f"reading {what} needs the {kind} {module!r}: {how}")


def binary_kind(head: bytes) -> str | None:
    """Name of the binary format ``head`` starts with, or ``None``."""
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    return None


def source_size(source: Source) -> int | None:
    """Size in bytes without reading the data (``None`` when unknown)."""
    if source.data is not None:
        return len(source.data)
    if source.path is not None:
        try:
            return source.path.stat().st_size
        except OSError:
            return None
    return None


def read_limited(source: Source, max_mb: float) -> bytes:
    """The source's bytes, refusing sources larger than ``max_mb`` megabytes (0 = no limit)."""
    size = source_size(source)
    limit = int(max_mb * MB)
    if limit and size is not None and size > limit:
        raise ReadError(source, f"file too large for a page ({size / MB:.1f} MB > limit "
                                f"{max_mb:g} MB; raise the reader's max_mb option to read it)")
    try:
        return source.read_bytes()
    except OSError as e:
        raise ReadError(source, f"cannot read file: {e.strerror or e}") from None


def head_bytes(source: Source, n: int = 512) -> bytes:
    """The first ``n`` bytes of a source (empty when it cannot be read)."""
    if source.data is not None:
        return source.data[:n]
    if source.path is None:
        return b""
    try:
        with source.path.open("rb") as f:
            return f.read(n)
    except OSError:
        return b""


def set_name_date(doc: Document, source: Source) -> None:
    """Take the publication date from the file or folder name when nothing better is known.

    Precedence (see ``docs/readers.md``): a date in the page's metadata (set
    by the reader) and an explicit ``--pub-date`` (``source.metadata["pub_date"]``,
    applied by the host) both beat a date guessed from the name.
    """
    if doc.meta.pub_date is not None or source.metadata.get("pub_date"):
        return
    d = date_from_uri(source.uri)
    if d is not None:
        doc.meta.pub_date = d
        doc.meta.pub_date_source = "filename"


def set_fallback_date(doc: Document, source: Source, date: dt.date | None, where: str,
                      detail: str | None = None) -> None:
    """Set a date from file metadata (``where``) when the page has none and no ``--pub-date`` is given.

    Called after :func:`set_name_date`, so a date in the name beats it;
    ``detail`` (which field gave it) goes to ``doc.meta.extra["pub_date_from"]``.
    """
    if date is None or doc.meta.pub_date is not None or source.metadata.get("pub_date"):
        return
    doc.meta.pub_date = date
    doc.meta.pub_date_source = where
    if detail:
        doc.meta.extra["pub_date_from"] = detail


def file_mtime_date(source: Source) -> dt.date | None:
    """The local calendar date of the file's modification time (``None`` without a readable path)."""
    if source.path is None:
        return None
    try:
        return dt.datetime.fromtimestamp(source.path.stat().st_mtime).date()
    except (OSError, OverflowError, ValueError):
        return None


def set_mtime_date(doc: Document, source: Source, use_mtime: bool) -> None:
    """The last resort: the file's modification date, when ``use_mtime`` is on (see ``docs/readers.md``)."""
    if use_mtime:
        set_fallback_date(doc, source, file_mtime_date(source), "file-mtime")


#: Help text of the ``use_mtime`` option every file reader has.
USE_MTIME_HELP = ("Last resort for the publication date: the file's modification date "
                  "(pub_date_source 'file-mtime'), when no other source gives one.")


def normalize_newlines(text: str) -> tuple[str, str | None]:
    """Text with CRLF and CR line ends turned into LF, and the style found (or ``None``)."""
    if "\r" not in text:
        return text, None
    style = "crlf" if "\r\n" in text else "cr"
    return text.replace("\r\n", "\n").replace("\r", "\n"), style
