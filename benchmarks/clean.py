"""Throughput of the whole cleaning chain, and its ratio to OpenCC ``t2s`` alone.

Run by hand (one core):

    python benchmarks/clean.py [--mb 20] [--corpus ../shared/corpus] [--repeat 3]

The corpus pages are repeated until about ``--mb`` MB of UTF-8 text, and
processed one page per document, as a run would: every cleaner of the
chain plus the host's offset-map composition.  The same pages then go
through ``opencc.OpenCC("t2s").convert`` alone.  Timings are the median of
``--repeat`` runs; one MB is a million bytes of UTF-8 input.  Target: >= 20 MB/s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_CORPUS = HERE.parents[1].parent / "shared" / "corpus"


def load_pages(corpus: Path, mb: float) -> list[str]:
    """The corpus pages repeated to about ``mb`` MB."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if not pages:
        sys.exit(f"no pages in {corpus}")
    size = sum(len(p.encode("utf-8")) for p in pages)
    reps = max(1, round(mb * 1e6 / size))
    return pages * reps


def time_chain(pages: list[str], per_plugin: bool) -> tuple[float, dict[str, float]]:
    """Seconds to clean every page with the default chain; per-plugin seconds."""
    from newsmill import Pipeline
    from newsmill.core.model import Document

    pipeline = Pipeline(disable=["hello"])
    t0 = time.process_time()
    for text in pages:
        pipeline.process_document(Document.from_text(text), stages=("clean",))
    elapsed = time.process_time() - t0
    per = {plugin: s for (stage, plugin), (_n, s) in pipeline.instrument.snapshot().items()
           if stage == "clean"} if per_plugin else {}
    return elapsed, per


def time_opencc(pages: list[str]) -> float:
    """Seconds for OpenCC t2s alone on the same pages."""
    import opencc

    cc = opencc.OpenCC("t2s")
    t0 = time.process_time()
    for text in pages:
        cc.convert(text)
    return time.process_time() - t0


def main() -> None:
    """Run both measurements and print MB/s, the ratio and the time per plugin."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pages = load_pages(args.corpus, args.mb)
    mb = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    chain_runs, cc_runs, per = [], [], {}
    for i in range(args.repeat):
        s, p = time_chain(pages, per_plugin=(i == 0))
        per = per or p
        chain_runs.append(s)
        cc_runs.append(time_opencc(pages))
    chain = statistics.median(chain_runs)
    cc = statistics.median(cc_runs)
    print(f"input: {len(pages)} pages, {mb:.2f} MB ({args.corpus})")
    print(f"cleaning chain : {chain:7.2f} s  {mb / chain:7.1f} MB/s  (median of {args.repeat})")
    print(f"opencc t2s     : {cc:7.2f} s  {mb / cc:7.1f} MB/s")
    print(f"ratio chain/t2s: {chain / cc:7.2f}x the time of t2s alone")
    if per:
        print("per plugin (first run, s):")
        for name, s in sorted(per.items(), key=lambda kv: -kv[1]):
            print(f"  {name:<20} {s:7.2f}")


if __name__ == "__main__":
    main()
