"""Throughput of the record extractors (batches, projects, indicators), and their share of a run.

Run by hand (one core):

    python benchmarks/records.py [--mb 5] [--corpus ../shared/corpus] [--repeat 3]

The corpus pages are repeated until about ``--mb`` MB of UTF-8 text.  Each page
is cleaned, segmented and annotated once; then only the extract stage is timed
(CPU time, median of ``--repeat`` runs, the host's bookkeeping of the records
included) and compared with the time of the stages before it.  MB = 10^6 bytes
of UTF-8 input.  Target: extraction >= 8 MB/s on one core, so that the whole
pipeline can reach 5 MB/s.  Measured: 2.3 MB/s before the shared per-document
context and the prefilters of docs/performance.md, 3.7 MB/s after; 4.0-4.1 MB/s
after the second round (``--mb 3``).
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import time
from pathlib import Path

from newsmill import Pipeline
from newsmill.core.model import Document

HERE = Path(__file__).resolve()
DEFAULT_CORPUS = HERE.parents[1].parent / "shared" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pages = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    if not pages:
        sys.exit(f"no pages in {args.corpus}")
    size = sum(len(p.encode("utf-8")) for p in pages)
    reps = max(1, round(args.mb * 1e6 / size))
    nlp = Pipeline(disable=["hello"])
    t0 = time.process_time()
    prepared: list[Document] = []
    for _ in range(reps):
        for text in pages:
            prepared.append(nlp.process_document(Document.from_text(text),
                                                 stages=("clean", "segment", "annotate")))
    before = time.process_time() - t0
    mb = reps * size / 1e6
    times = []
    records = 0
    for _ in range(args.repeat):
        docs = [copy.copy(d) for d in prepared]
        for d in docs:
            d.records = []
        t0 = time.process_time()
        for d in docs:
            nlp.process_document(d, stages=("extract",))
        times.append(time.process_time() - t0)
        records = sum(len(d.records) for d in docs)
    t = statistics.median(times)
    print(f"input              {mb:8.2f} MB ({len(prepared)} pages)")
    print(f"clean+segment+annotate {before:8.2f} s  {mb / before:8.2f} MB/s")
    print(f"extract (median)   {t:8.2f} s  {mb / t:8.2f} MB/s  {records} records")
    print(f"extract share      {t / (t + before):8.1%} of the per-document time")


if __name__ == "__main__":
    main()
