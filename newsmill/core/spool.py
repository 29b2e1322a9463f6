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

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Any

from newsmill.core.model import CorpusRecord, Entity, Evidence, Field, Record

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


class EntitySpool:
    """An append-only sequence of :class:`Entity` kept in a temporary file.

    Linkers' entities are written as they come and every writer reads them
    back one at a time, so a run never holds all of them.  Behaves as a
    read-only sequence (``len``, iteration, indexing).
    """

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.NamedTemporaryFile(prefix="newsmill-entities-")
        self._count = 0

    def append(self, entity: Entity) -> None:
        """Add one entity (written to disk at once)."""
        pickle.dump(entity, self._file, protocol=_PROTOCOL)
        self._count += 1

    def mark(self) -> tuple[int, int]:
        """The current end, to go back to with :meth:`truncate`."""
        return self._file.tell(), self._count

    def truncate(self, mark: tuple[int, int]) -> None:
        """Drop every entity added after ``mark``."""
        self._file.seek(mark[0])
        self._file.truncate()
        self._count = mark[1]

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Entity]:
        self._file.flush()
        count = self._count
        with open(self._file.name, "rb") as f:
            for _ in range(count):
                yield pickle.load(f)

    def __getitem__(self, index: int) -> Entity:
        if not -self._count <= index < self._count:
            raise IndexError(index)
        index %= self._count
        for i, e in enumerate(self):
            if i == index:
                return e
        raise IndexError(index)  # pragma: no cover

    def close(self) -> None:
        """Delete the temporary file."""
        self._file.close()
