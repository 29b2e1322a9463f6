"""Where a run's writing costs go: each part of the per-document and end-of-run work, timed alone.

Run by hand (never in the test suite)::

    python benchmarks/writing_path.py            # the varied corpus, 5 MB
    python benchmarks/writing_path.py --mb 20 --repeat 3

The pages of the generated corpus of ``benchmarks/pipeline.py`` go through
the stages once; then each part of what a run does besides the stages is
timed on those documents (CPU seconds, best of ``--repeat``, with the run's
garbage-collector setting):

- in the worker (or the serial run): the SQLite rows (``document_tuples``),
  the cache entry (``encode_entry``), the linking input
  (``SourceFinisher`` with no writer);
- between processes (two or more workers): the size of a source's
  :class:`~newsmill.core.run.PreparedSource`, pickling and unpickling it;
- in the run process: the inserts of a new database (the ``COMMIT``s
  apart), then the finishing thread's text index and indexes;
- at the end: linking, the entity spool (writing and reading), the entity
  rows and their inserts with the entity indexes.

``--image`` also times the hand-back that runs with workers use since the
tenth round (see docs/scale.md): each document's rows inserted into an
in-memory database of untyped tables in the worker and sent as its
serialized image (``document_image``), which the run process copies in with
``INSERT … SELECT`` (``SqliteStore.write_image``); it checks that the tables
come out as with the value tuples.
"""

from __future__ import annotations

import argparse
import functools
import gc
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline import make_corpus  # noqa: E402

from newsmill import Pipeline  # noqa: E402
from newsmill.core.cache import encode_entry  # noqa: E402
from newsmill.core.linking import RunLinkers, prepare_link_input  # noqa: E402
from newsmill.core.pipeline import corpus_records  # noqa: E402
from newsmill.core.run import GC_GEN0_THRESHOLD, SourceFinisher  # noqa: E402
from newsmill.core.spool import EntitySpool  # noqa: E402
from newsmill.plugins.write_sqlite import prepare_document  # noqa: E402
from newsmill.tables import sqlite as sq  # noqa: E402
from newsmill.tables.rows import entity_tuple_chunks  # noqa: E402


def best(fn: Callable[[], Any], repeat: int) -> float:
    """Least CPU seconds of ``repeat`` calls of ``fn``."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def _each(fn: Callable[[Any], Any], items: list) -> None:
    """``fn`` on every item, dropping the results (as a run does once they are sent or written)."""
    for item in items:
        fn(item)


class _TimedCommits:
    """A connection that counts the CPU of its ``COMMIT`` statements apart."""

    def __init__(self, con: Any) -> None:
        self.con, self.commits = con, 0.0

    def execute(self, sql: str, *args: Any) -> Any:
        t = time.process_time()
        try:
            return self.con.execute(sql, *args)
        finally:
            if sql == "COMMIT":
                self.commits += time.process_time() - t

    def __getattr__(self, name: str) -> Any:
        return getattr(self.con, name)


def inserts(values: list, repeat: int) -> tuple[float, float, float, float]:
    """CPU of loading ``values`` into a new database: (all, of which COMMITs, text index, indexes)."""
    runs = []
    for _ in range(repeat):
        tmp = Path(tempfile.mkdtemp(prefix="newsmill-wp-"))
        try:
            store = sq.SqliteStore(tmp / "w.sqlite")
            timed = _TimedCommits(store.con)
            store.con = timed  # type: ignore[assignment]
            t = time.process_time()
            for v in values:
                store.write_values(v)
            load = time.process_time() - t
            con = timed.con
            t = time.thread_time()
            sq.index_pending(con)
            fts = time.thread_time() - t
            t = time.thread_time()
            sq.create_missing_indexes(con)
            runs.append((load, timed.commits, fts, time.thread_time() - t))
            con.close()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return min(runs)


def load_images(images: list, repeat: int) -> tuple[float, list]:
    """CPU of writing ``images`` into a new database (``write_image``), and its rows by table."""
    runs, rows = [], []
    for _ in range(repeat):
        tmp = Path(tempfile.mkdtemp(prefix="newsmill-wp-"))
        try:
            store = sq.SqliteStore(tmp / "w.sqlite")
            t = time.process_time()
            for image in images:
                store.write_image(image)
            runs.append(time.process_time() - t)
            rows = table_rows(store.con)
            store.con.close()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return min(runs), rows


def table_rows(con: Any) -> list:
    """Every row of the document tables, with rowids and SQLite types."""
    out = []
    for table in sq.DOCUMENT_INSERT_ORDER:
        cols = ", ".join(f'"{c}", typeof("{c}")' for c in sq.TABLES[table].column_names)
        out.append(con.execute(f"SELECT rowid, {cols} FROM main.{table} ORDER BY rowid").fetchall())
    return out


def values_rows(values: list) -> list:
    """The rows of :func:`table_rows` after inserting ``values`` the way runs do."""
    tmp = Path(tempfile.mkdtemp(prefix="newsmill-wp-"))
    try:
        store = sq.SqliteStore(tmp / "w.sqlite")
        for v in values:
            store.write_values(v)
        rows = table_rows(store.con)
        store.con.close()
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--image", action="store_true",
                    help="also time rows handed back as SQLite images (runs with workers)")
    args = ap.parse_args()
    gc.set_threshold(GC_GEN0_THRESHOLD, *gc.get_threshold()[1:])
    tmp = Path(tempfile.mkdtemp(prefix="newsmill-wp-"))
    try:
        nbytes = make_corpus(tmp / "in", args.mb)
        mb = nbytes / 1e6
        pipeline = Pipeline()
        sources = list(pipeline.sources([str(tmp / "in")]))
        per_source = [docs for i in range(0, len(sources), 32)
                      for docs in pipeline.process_sources(sources[i:i + 32])]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    docs = [d for ds in per_source for d in ds]
    r = args.repeat
    print(f"{len(docs)} documents, {mb:.1f} MB (varied corpus); CPU seconds, best of {r}")

    def line(label: str, secs: float, extra: str = "") -> None:
        print(f"  {label:<38} {secs:7.3f} s  {secs / mb:6.3f} s/MB  {extra}")

    print("per document, where it was processed:")
    line("SQLite rows (document_tuples)", best(lambda: _each(functools.partial(prepare_document, "b"),
                                                              docs), r))
    line("cache entry (encode_entry)", best(lambda: _each(encode_entry, per_source), r))
    linkers = RunLinkers(pipeline)
    line("linking input", best(lambda: [prepare_link_input(
        linkers.preparers, [c for d in ds for c in corpus_records(d)]) for ds in per_source], r))
    finish = SourceFinisher((functools.partial(prepare_document, "b"),), keep_documents=False,
                            link_preparers=tuple(linkers.preparers), link_records=linkers.needs_records)
    prepared = [finish(ds) for ds in per_source]
    blobs = [pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL) for p in prepared]
    print("between processes (a source's PreparedSource, two workers or more):")
    line("pickling", best(lambda: [pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL)
                                   for p in prepared], r),
         f"{sum(map(len, blobs)) / nbytes:.1f} bytes per byte of page")
    line("unpickling (run process)", best(lambda: [pickle.loads(b) for b in blobs], r))
    blobs = []
    values = [pd.payloads[0] for p in prepared for pd in p.documents]
    load, commits, fts, indexes = inserts(values, r)
    print("run process, SQLite (a new database):")
    line("inserts, one transaction per document", load, f"(COMMITs {commits:.3f} s)")
    line("text index (finishing thread)", fts)
    line("secondary indexes (finishing thread)", indexes)
    if args.image:
        images = [sq.document_image(v) for v in values]
        pickled = sum(len(pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for v in values)
        print("rows handed back as SQLite images instead (runs with workers):")
        line("image made in the worker", best(lambda: _each(sq.document_image, values), r),
             f"{sum(len(i.data) for i in images) / nbytes:.1f} bytes per byte of page "
             f"(rows pickled: {pickled / nbytes:.1f})")
        line("rows pickled instead", best(lambda: [pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)
                                                   for v in values], r))
        copied, rows = load_images(images, r)
        line("images written (run process)", copied,
             "same tables as the rows" if rows == values_rows(values) else "TABLES DIFFER")
        images = []
    values = []
    for p in prepared:
        linkers.add(p.link_chunk, p.link_count, p.link_payloads)
    prepared = []
    print("end of the run:")
    t = time.process_time()
    entities, _errors = linkers.link()
    line("linking (entities spooled)", time.process_time() - t, f"{len(entities)} entities")
    ents = [attrs.evolve(e, members=list(e.members), timeline=list(e.timeline), links=list(e.links))
            for e in entities]  # whole: the spool's files go
    entities.close()
    linkers.close()

    def spool() -> None:
        s = EntitySpool()
        for e in ents:
            s.append(e)
        for _e in s:
            pass
        s.close()

    line("entity spool, written and read", best(spool, r))
    line("entity rows", best(lambda: list(entity_tuple_chunks(ents, "b", 5000)), r))


if __name__ == "__main__":
    main()
