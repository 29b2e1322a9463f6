"""Writer benchmark: MB/s of raw text written by each output format.

Run by hand (never in the test suite)::

    python benchmarks/writers.py            # ~10 MB of documents per format
    python benchmarks/writers.py --mb 40 --formats sqlite jsonl

The pages of ../shared/corpus (or samples/) are processed once by the
configured pipeline; the processed documents are then cloned under new ids
until the wanted size, and each writer is timed on the same documents
(writing only: no reading, cleaning or extraction).  CPU MB/s is shown beside
wall-clock MB/s because a shared machine makes the latter noisy.  The SQLite writer must
not be the bottleneck of the >= 5 MB/s whole-pipeline target.  For ``sqlite`` it also
prints the store's part as in a run: CPU s/MB of the inserts in the calling thread (rows
prepared beforehand, as the workers do) and of the finishing (full-text and index
building, which a run does beside linking).
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from pathlib import Path

from newsmill import Pipeline
from newsmill.core.model import content_id
from newsmill.core.run import RunInfo
from newsmill.plugins.write_sqlite import prepare_document
from newsmill.tables.rows import run_rows
from newsmill.tables.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parents[1]


def documents(mb: float) -> list:
    """Processed pages cloned (with new ids) until ``mb`` megabytes of raw text."""
    corpus = ROOT.parent / "shared" / "corpus"
    folder = corpus if corpus.is_dir() else ROOT / "samples"
    pipeline = Pipeline()
    base = [d for d in pipeline.run(sorted(folder.glob("*.txt"))) if d.raw]
    out, total, i = [], 0, 0
    while total < mb * 1e6:
        d = copy.deepcopy(base[i % len(base)])
        old, d.id = d.id, content_id(f"{i}:{d.id}".encode())
        for items in (d.articles, d.mentions, d.records):
            for x in items:
                x.id = x.id.replace(old, d.id, 1)
        d.source = f"copy-{i}/{d.source}"
        out.append(d)
        total += len(d.raw.encode("utf-8"))
        i += 1
    return out


def sqlite_store(docs: list, size: float) -> str:
    """CPU s/MB of a new database's inserts (calling thread) and of its finishing step."""
    values = [prepare_document("bench", d) for d in docs]
    with tempfile.TemporaryDirectory() as tmp:
        info = RunInfo(run_id="bench", started="", out_dir=Path(tmp), formats=["sqlite"],
                       executor="serial", workers=1, plugins=[], config_hash="")
        store = SqliteStore(Path(tmp) / "bench.sqlite")
        store.write_run(run_rows(info))
        t0 = time.thread_time()
        for v in values:
            store.write_values(v)
        t1, c1 = time.thread_time(), time.process_time()
        store.finish_documents()
        store.wait_finished()
        c2 = time.process_time()
        store.close()
    return (f"sqlite store: inserts {(t1 - t0) / size:.3f} s/MB (calling thread CPU), "
            f"finishing {(c2 - c1) / size:.3f} s/MB (beside linking in a run)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--formats", nargs="*",
                    default=["sqlite", "jsonl", "csv", "parquet", "duckdb", "html"])
    args = ap.parse_args()
    docs = documents(args.mb)
    size = sum(len(d.raw.encode("utf-8")) for d in docs) / 1e6
    n_mentions = sum(len(d.mentions) for d in docs)
    print(f"{len(docs)} documents, {size:.1f} MB raw, {n_mentions} mentions, "
          f"{sum(len(d.records) for d in docs)} records")
    writers = Pipeline().writers()
    for fmt in args.formats:
        plugin, factory = writers[fmt]
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            info = RunInfo(run_id="bench", started="", out_dir=out, formats=[fmt], executor="serial",
                           workers=1, plugins=[], config_hash="")
            t0, c0 = time.perf_counter(), time.process_time()
            w = factory(out, info, {})
            for d in docs:
                w.write(d)
            w.write_entities([])
            w.close()
            t1, c1 = time.perf_counter(), time.process_time()
            secs, cpu = t1 - t0, c1 - c0
            disk = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) / 1e6
        print(f"{fmt:<8} {secs:7.2f} s  {size / secs:7.2f} MB/s  (CPU {size / cpu:6.2f} MB/s)  "
              f"{len(docs) / secs:7.0f} docs/s  output {disk:6.1f} MB")
    if "sqlite" in args.formats:
        print(sqlite_store(docs, size))


if __name__ == "__main__":
    main()
