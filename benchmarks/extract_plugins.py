"""CPU seconds per record extractor, and the share of the per-document context they share.

Run by hand (one core):

    python benchmarks/extract_plugins.py [--mb 5] [--repeat 5]

Builds a varied corpus of ``--mb`` MB (as ``benchmarks/pipeline.py`` does), cleans,
segments and annotates it once, then times the extract stage ``--repeat`` times with the
garbage-collector setting of a run (``newsmill.core.run.GC_GEN0_THRESHOLD``) and the
prepared pages frozen out of the collector: CPU seconds per extractor (best and median of
the repeats).  A second pass builds each page's ``RecordContext`` (figures, sentences,
place tables, plan registers) before the stage: what ``extract-batches`` pays for the
three extractors, since it runs first.  Compare two versions by running this script for
each in turn, several times (the machine's load moves single figures by ±5 %).
"""

from __future__ import annotations

import argparse
import copy
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newsmill import Pipeline
from newsmill.core import instrument
from newsmill.core.model import Document
from newsmill.core.run import GC_GEN0_THRESHOLD
from newsmill.zh.recctx import context_of

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline import make_corpus  # noqa: E402


class _CpuClock:
    """Stands in for the ``time`` module of the hook wrappers so they time CPU, not wall."""

    perf_counter = staticmethod(time.process_time)


def _shared_context(doc: Document) -> None:
    """Build what the three extractors share for ``doc`` (the work of whichever runs first)."""
    ctx = context_of(doc)
    for art in ctx.article_spans():
        ctx.sentences(art)
        ctx._place_rows(art.article)
        ctx._plan_register(art.article)


def _extract(nlp: Pipeline, prepared: list[Document], prebuild: bool) -> dict[str, float]:
    """CPU seconds of each extractor over fresh copies of ``prepared`` (and of the prebuilt context)."""
    docs = [copy.copy(d) for d in prepared]
    for d in docs:
        d.records = []
    before = {k: v[1] for k, v in nlp.instrument.snapshot().items()}
    setup = 0.0
    for d in docs:
        if prebuild:
            t0 = time.process_time()
            _shared_context(d)
            setup += time.process_time() - t0
        nlp.process_document(d, stages=("extract",))
    out = {plugin: s - before.get((stage, plugin), 0.0)
           for (stage, plugin), (_n, s) in nlp.instrument.snapshot().items() if stage == "extract"}
    if prebuild:
        out["shared context"] = setup
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsmill-extract-") as tmp:
        nbytes = make_corpus(Path(tmp) / "in", args.mb, "varied")
        nlp = Pipeline(disable=["hello"])
        prepared = [nlp.process_document(d, stages=("clean", "segment", "annotate"))
                    for src in nlp.sources([Path(tmp) / "in"]) for d in nlp.read(src)]
    mb = nbytes / 1e6
    old = gc.get_threshold()
    instrument.time = _CpuClock  # type: ignore[assignment]
    gc.collect()
    gc.freeze()
    gc.set_threshold(max(old[0], GC_GEN0_THRESHOLD), *old[1:])
    try:
        plain: dict[str, list[float]] = {}
        built: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            for k, v in _extract(nlp, prepared, False).items():
                plain.setdefault(k, []).append(v)
            for k, v in _extract(nlp, prepared, True).items():
                built.setdefault(k, []).append(v)
            gc.collect()
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()
        instrument.time = time  # type: ignore[assignment]
    print(f"input {mb:.2f} MB ({len(prepared)} pages), CPU seconds, best / median of {args.repeat}")
    print(f"{'extractor':<22} {'alone':>15} {'context built before':>22}")
    total = [sum(x) for x in zip(*(v for k, v in plain.items()), strict=True)]
    for k in [*plain, "shared context"]:
        a = f"{min(plain[k]):.3f} / {statistics.median(plain[k]):.3f}" if k in plain else ""
        b = f"{min(built[k]):.3f} / {statistics.median(built[k]):.3f}"
        print(f"{k:<22} {a:>15} {b:>22}")
    print(f"{'extract stage':<22} {min(total):.3f} / {statistics.median(total):.3f}"
          f"   ({mb / min(total):.1f} MB/s at best)")


if __name__ == "__main__":
    main()
