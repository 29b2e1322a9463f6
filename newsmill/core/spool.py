"""A disk-backed list of corpus records: what linking needs, without holding it in memory.

Records are pickled one by one into a temporary file as documents finish;
iterating reads them back, so memory stays flat whatever the corpus size.
The spool can be iterated any number of times.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

from newsmill.core.model import CorpusRecord


class RecordSpool:
    """An append-only sequence of :class:`CorpusRecord` kept in a temporary file."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.NamedTemporaryFile(prefix="newsmill-records-")
        self._count = 0

    def extend(self, records: Iterable[CorpusRecord]) -> None:
        """Append records (written to disk at once)."""
        for r in records:
            pickle.dump(r, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[CorpusRecord]:
        self._file.flush()
        count = self._count
        with open(self._file.name, "rb") as f:  # its own offset: appending goes on unaffected
            for _ in range(count):
                yield pickle.load(f)

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
