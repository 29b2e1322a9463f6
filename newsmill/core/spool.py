"""A disk-backed list of corpus records: what linking needs, without holding it in memory.

Records are written into a temporary file as documents finish; iterating
reads them back, so memory stays flat whatever the corpus size.  The spool
can be iterated any number of times.

On disk each record is a tuple of plain values (strings, numbers, the field
values as they are), not a pickled object graph: encoding is cheap enough to
run where the document was processed (:func:`encode_records`, in a worker
process) and decoding, in the process that links, is mostly C-level
unpickling.  Chunks encoded elsewhere are appended as they are
(:meth:`RecordSpool.extend_encoded`).
"""

from __future__ import annotations

import functools
import operator
import pickle
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

import attrs

from newsmill.core.model import CorpusRecord, Entity, Evidence, Field, Record, StreamedItems

_PROTOCOL = pickle.HIGHEST_PROTOCOL


def _ev(e: Evidence) -> tuple[int, int, int, int, str]:
    return (e.start, e.end, e.raw_start, e.raw_end, e.text)


def _record_tuple(cr: CorpusRecord) -> tuple[Any, ...]:
    r = cr.record
    return (cr.doc_id, cr.source, cr.pub_date, cr.article, cr.headline,
            r.kind, [(name, f.value, [_ev(e) for e in f.evidence]) for name, f in r.fields.items()],
            [_ev(e) for e in r.evidence], r.article, r.confidence, r.id, r.producer)


def encode_records(records: Iterable[CorpusRecord]) -> tuple[bytes, int]:
    """One spool chunk holding ``records``, and how many it holds (picklable, position-free)."""
    rows = [_record_tuple(cr) for cr in records]
    return pickle.dumps(rows, protocol=_PROTOCOL), len(rows)


def _decode(rows: list[tuple[Any, ...]]) -> Iterator[CorpusRecord]:
    ev = Evidence
    for doc_id, source, pub_date, article, headline, kind, fields, evidence, r_article, \
            confidence, rid, producer in rows:
        record = Record(kind, {name: Field(value, [ev(*e) for e in evs]) for name, value, evs in fields},
                        [ev(*e) for e in evidence], r_article, confidence, rid, producer)
        yield CorpusRecord(doc_id, source, pub_date, article, headline, record)


def decode_records(chunk: bytes) -> Iterator[CorpusRecord]:
    """The records of a chunk made by :func:`encode_records`, in order."""
    return _decode(pickle.loads(chunk))


class RecordSpool:
    """An append-only sequence of :class:`CorpusRecord` kept in a temporary file."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.NamedTemporaryFile(prefix="newsmill-records-")
        self._count = 0
        self._chunks = 0

    def extend(self, records: Iterable[CorpusRecord]) -> None:
        """Append records (written to disk at once)."""
        self.extend_encoded(*encode_records(records))

    def extend_encoded(self, chunk: bytes, count: int) -> None:
        """Append a chunk made by :func:`encode_records` holding ``count`` records."""
        if not count:
            return
        self._file.write(chunk)
        self._count += count
        self._chunks += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[CorpusRecord]:
        self._file.flush()
        chunks = self._chunks
        with open(self._file.name, "rb") as f:  # its own offset: appending goes on unaffected
            for _ in range(chunks):
                yield from _decode(pickle.load(f))

    def __getitem__(self, index: int) -> CorpusRecord:
        if not -self._count <= index < self._count:
            raise IndexError(index)
        index %= self._count
        for i, r in enumerate(self):
            if i == index:
                return r
        raise IndexError(index)  # pragma: no cover

    def close(self) -> None:
        """Delete the temporary file."""
        self._file.close()


PART_ITEMS = 2000
"""Items of an entity's ``members``, ``timeline`` or ``links`` per piece on disk.

An entity part longer than this (or given as a :class:`StreamedItems`) is
spooled in pieces of this many items, and read back one piece at a time.
"""

_PARTS = ("members", "timeline", "links")


class _PartRef:
    """Where a spooled entity part is: offsets of its pieces in the parts file, and its length."""

    __slots__ = ("offsets", "length")

    def __init__(self, offsets: list[int], length: int) -> None:
        self.offsets = offsets
        self.length = length

    def __getstate__(self) -> tuple[list[int], int]:
        return self.offsets, self.length

    def __setstate__(self, state: tuple[list[int], int]) -> None:
        self.offsets, self.length = state


def _read_pieces(path: str, offsets: list[int]) -> Iterator[Any]:
    with open(path, "rb") as f:
        for offset in offsets:
            f.seek(offset)
            yield from pickle.load(f)


_ENTITY_FIELDS = tuple(f.name for f in attrs.fields(Entity))
_entity_values = operator.attrgetter(*_ENTITY_FIELDS)
"""An :class:`Entity`'s attribute values in order (``Entity(*values)`` makes it again)."""


class DuplicateEntityId(ValueError):
    """An entity whose id is already in the spool (entity ids are unique in a run)."""


class EntitySpool:
    """An append-only sequence of :class:`Entity` kept in a temporary file.

    Linkers' entities are written as they come and every writer reads them
    back one at a time, so a run never holds all of them.  Behaves as a
    read-only sequence (``len``, iteration, indexing).  The ``members``,
    ``timeline`` and ``links`` of a large entity (more than :data:`PART_ITEMS`
    items, or a :class:`StreamedItems`) are written in pieces to a second
    file and come back as :class:`StreamedItems` reading one piece at a time,
    so neither one entity nor one of its parts is ever held whole.
    """

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.NamedTemporaryFile(prefix="newsmill-entities-")
        self._parts: IO[bytes] = tempfile.NamedTemporaryFile(prefix="newsmill-entity-parts-")
        self._count = 0
        # the ids given so far, in a private temporary database (on disk past a small page
        # cache: a run with millions of entities does not hold their ids in memory)
        self._ids: sqlite3.Connection | None = None

    def append(self, entity: Entity) -> None:
        """Add one entity (written to disk at once; large parts are read from it once, in pieces).

        Raises :class:`DuplicateEntityId`, adding nothing, when its id is already here.
        """
        if self._ids is None:
            self._ids = sqlite3.connect("")  # one open transaction, never committed
            self._ids.execute("PRAGMA journal_mode=OFF")
            self._ids.execute("CREATE TABLE ids (id TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
        if not self._ids.execute("INSERT OR IGNORE INTO ids VALUES (?, ?)",
                                 (str(entity.id), self._count)).rowcount:
            raise DuplicateEntityId(entity.id)
        refs = {}
        for name in _PARTS:
            items = getattr(entity, name)
            if type(items) is list and len(items) <= PART_ITEMS:
                continue
            offsets, n = [], 0
            it = iter(items)
            while piece := list(islice(it, PART_ITEMS)):
                offsets.append(self._parts.tell())
                pickle.dump(piece, self._parts, protocol=_PROTOCOL)
                n += len(piece)
            refs[name] = _PartRef(offsets, n)
        if type(entity) is Entity:  # its values only: about a third cheaper to write and read
            values = _entity_values(entity)
            if refs:
                values = tuple(refs.get(name, v) for name, v in zip(_ENTITY_FIELDS, values))
            pickle.dump(values, self._file, protocol=_PROTOCOL)
        else:  # a subclass keeps its own pickling
            pickle.dump(attrs.evolve(entity, **refs) if refs else entity, self._file,
                        protocol=_PROTOCOL)
        self._count += 1

    def mark(self) -> tuple[int, int, int]:
        """The current end, to go back to with :meth:`truncate`."""
        return self._file.tell(), self._count, self._parts.tell()

    def truncate(self, mark: tuple[int, int, int]) -> None:
        """Drop every entity added after ``mark``."""
        self._file.seek(mark[0])
        self._file.truncate()
        self._count = mark[1]
        if self._ids is not None:
            self._ids.execute("DELETE FROM ids WHERE n >= ?", (self._count,))
        self._parts.seek(mark[2])
        self._parts.truncate()

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Entity]:
        self._file.flush()
        self._parts.flush()
        count = self._count
        parts = self._parts.name
        with open(self._file.name, "rb") as f:
            for _ in range(count):
                e = pickle.load(f)
                if type(e) is tuple:
                    e = Entity(*e)
                for name in _PARTS:
                    ref = getattr(e, name)
                    if type(ref) is _PartRef:
                        setattr(e, name, StreamedItems(
                            ref.length, functools.partial(_read_pieces, parts, ref.offsets)))
                yield e

    def __getitem__(self, index: int) -> Entity:
        if not -self._count <= index < self._count:
            raise IndexError(index)
        index %= self._count
        for i, e in enumerate(self):
            if i == index:
                return e
        raise IndexError(index)  # pragma: no cover

    def close(self) -> None:
        """Delete the temporary files."""
        self._file.close()
        self._parts.close()
        if self._ids is not None:
            self._ids.close()
