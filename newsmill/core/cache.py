"""Content-hash cache of processed documents, kept in the output folder.

Key: the source's uri and the SHA-256 of its bytes and of its metadata
(``--encoding`` or ``--pub-date`` change what a reader produces).  Each entry remembers
the configuration hash (plugins, versions, options, stage order) it was made
with, so a change of plugin, version or config re-processes the documents.
Entries are committed one source at a time: a run killed at any point
resumes where it stopped and every document is written exactly once.

An entry is the source's documents as nested tuples of plain values
(:mod:`newsmill.core.doctuples`; their ``to_dict`` values when the model's
layout is not the one that module knows), marshalled and compressed with
Zstandard behind a format tag; entries of the first format (gzip JSON) and of
the second (offset maps as lists of segments) are still read.  An entry that
cannot be decoded (damaged, or written with another layout or format) is a
cache miss: its source is processed again.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import marshal
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import zstandard

from newsmill.core import doctuples
from newsmill.core.model import Document, Source

CACHE_FILE = ".newsmill-cache.sqlite"
_MARSHAL = bytes([marshal.version])
TUPLES_TAG = b"NMo" + _MARSHAL + doctuples.LAYOUT_TAG + sys.byteorder[0].encode()
"""Leads an entry of document tuples: the format, marshal's version, the model's layout and the
byte order of the offset maps' arrays."""
SEGMENTS_TAG = b"NMt" + _MARSHAL + doctuples.LAYOUT_TAG
"""Leads an entry of the second format: document tuples holding each offset map as its segments."""
DICTS_TAG = b"NMd" + _MARSHAL
"""Leads an entry of ``to_dict`` values (a model layout :mod:`~newsmill.core.doctuples` does not know)."""
_GZIP_MAGIC = b"\x1f\x8b"  # entries of the first format: gzip JSON
_ZSTD_LEVEL = 1


class EntryError(ValueError):
    """A cache entry that cannot be decoded (damaged, or of an unknown format or layout)."""


def encode_entry(docs: list[Document]) -> bytes | None:
    """The cache entry of a source's processed documents, or None when they cannot be cached.

    Pure and picklable, so it can run where the documents were processed;
    :meth:`DocumentCache.store_entry` stores the result.  Documents become
    tuples of plain values, marshalled (several times cheaper than dicts and
    JSON) and compressed at Zstandard's fastest level: this runs once per
    source on the hot path.  A failed document, or a value marshal cannot
    write (a plugin's own object), leaves the source uncached: it is
    processed again next time.
    """
    if any(d.failed for d in docs):
        return None
    try:
        if doctuples.SUPPORTED:
            data, tag = marshal.dumps([doctuples.document_tuple(d) for d in docs]), TUPLES_TAG
        else:
            data, tag = marshal.dumps([d.to_dict() for d in docs]), DICTS_TAG
    except ValueError:
        return None
    # the frame's content checksum (xxHash) makes a damaged entry fail to decode
    return tag + zstandard.ZstdCompressor(level=_ZSTD_LEVEL, write_checksum=True).compress(data)


def decode_entry(blob: bytes) -> list[Document]:
    """The documents of an entry made by :func:`encode_entry` (or gzip JSON, the first format).

    Raises :class:`EntryError` for anything else: a damaged entry fails the
    frame's checksum or the decoding, and an entry of another format, marshal
    version or model layout is not attempted.
    """
    try:
        for tag in (TUPLES_TAG, SEGMENTS_TAG):
            if blob[:len(tag)] == tag:
                rows = marshal.loads(zstandard.ZstdDecompressor().decompress(blob[len(tag):]))
                return [doctuples.document_from_tuple(t) for t in rows]
        if blob[:len(DICTS_TAG)] == DICTS_TAG:
            dicts = marshal.loads(zstandard.ZstdDecompressor().decompress(blob[len(DICTS_TAG):]))
        elif blob[:2] == _GZIP_MAGIC:
            dicts = json.loads(gzip.decompress(blob))
        else:
            raise EntryError(f"unknown cache entry format or layout {bytes(blob[:8])!r}")
        return [Document.from_dict(d) for d in dicts]
    except EntryError:
        raise
    except Exception as exc:  # zstd/zlib/marshal/JSON errors, values that do not fit: damaged
        raise EntryError(f"damaged cache entry: {type(exc).__name__}: {exc}") from None


def source_digest(source: Source) -> str | None:
    """SHA-256 of the source's bytes, or None when it cannot be read (the reader will say why)."""
    try:
        if source.data is not None:
            return hashlib.sha256(source.data).hexdigest()
        if source.path is None or not source.path.is_file():
            return None
        h = hashlib.sha256()
        with source.path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None


class DocumentCache:
    """Processed documents by (uri, content hash), valid for one configuration hash."""

    def __init__(self, out_dir: Path, config_hash: str, force: bool = False) -> None:
        self.path = out_dir / CACHE_FILE
        self.config_hash = config_hash
        self.force = force
        self.reasons: Counter[str] = Counter()
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: survives a killed process
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS cache (uri TEXT PRIMARY KEY, digest TEXT NOT NULL, "
            "config_hash TEXT NOT NULL, docs BLOB NOT NULL)")
        self._db.commit()
        self._pending: dict[str, str] = {}

    def lookup(self, source: Source) -> Callable[[], list[Document] | None] | None:
        """A loader of the cached documents of an unchanged source, or None (and remember why).

        The loader returns None when the entry turns out to be unreadable
        (counted as ``cache entry unreadable``): the source must then be processed.
        """
        digest = source_digest(source)
        if digest is None:
            self.reasons["unreadable"] += 1
            return None
        meta = {k: v for k, v in source.metadata.items() if k != "error"}
        if meta:
            digest += ":" + hashlib.sha256(json.dumps(meta, sort_keys=True, default=str)
                                           .encode("utf-8")).hexdigest()[:16]
        self._pending[source.uri] = digest
        if self.force:
            self.reasons["forced"] += 1
            return None
        row = self._db.execute("SELECT digest, config_hash FROM cache WHERE uri = ?",
                               (source.uri,)).fetchone()
        if row is None:
            self.reasons["new"] += 1
            return None
        if row[0] != digest:
            self.reasons["content changed"] += 1
            return None
        if row[1] != self.config_hash:
            self.reasons["plugins or config changed"] += 1
            return None
        self.reasons["unchanged"] += 1
        return lambda: self._load(source.uri)

    def _load(self, uri: str) -> list[Document] | None:
        """The cached documents of ``uri``, or None when its entry cannot be read (then re-processed)."""
        row = self._db.execute("SELECT docs FROM cache WHERE uri = ?", (uri,)).fetchone()
        try:
            if row is None:
                raise EntryError("entry vanished")
            docs = decode_entry(row[0])
        except EntryError:
            self.reasons["unchanged"] -= 1
            if self.reasons["unchanged"] <= 0:
                del self.reasons["unchanged"]
            self.reasons["cache entry unreadable"] += 1
            return None
        for d in docs:
            d.meta.extra["cached"] = True
        return docs

    def store(self, uri: str, docs: list[Document]) -> None:
        """Remember a source's processed documents (committed at once)."""
        if uri in self._pending:
            self.store_entry(uri, encode_entry(docs))

    def store_entry(self, uri: str, blob: bytes | None) -> None:
        """Remember a source's entry made by :func:`encode_entry` (committed at once; None: skip)."""
        digest = self._pending.pop(uri, None)
        if digest is None or blob is None:
            return
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO cache VALUES (?, ?, ?, ?)",
                             (uri, digest, self.config_hash, blob))

    def close(self) -> None:
        """Close the cache database (every stored entry is already committed)."""
        self._db.close()
