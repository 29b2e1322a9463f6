"""Where the annotate stage spends the time its annotators alone do not.

Run by hand (never in the test suite)::

    python benchmarks/annotate_gap.py              # corpus pages repeated to 2 MB, then the news briefs
    python benchmarks/annotate_gap.py --mb 3 --runs 5

On the pages of ``annotate_all.py`` (cleaned and segmented once) it times, in ms per MB
of cleaned text (CPU time, best of ``--runs``, garbage collector as in ``newsmill run``):

- ``alone``: each annotator's hook over every page, one annotator after the other
  (the sum of the per-annotator lines of ``annotate_all.py``);
- ``page by page``: the same hook calls, all annotators on one page before the next
  (what the stage does; the difference is CPU-cache locality, not code);
- ``host``: the stage's own work with the hooks' results replayed (no annotator runs):
  plugin calls excluded, raw spans, surfaces, article index, stamps, sorting, ids;
- ``stage``: ``Pipeline.process_document(doc, stages=["annotate"])``, page by page;
- ``batches``: ``Pipeline.process_documents`` over batches of ``DEFAULT_BATCH`` pages,
  as in a run (each annotator over the whole batch before the next).

``stage`` is about ``page by page`` + ``host`` + the plugin calls (a microsecond or
two each, seven per page).
"""

from __future__ import annotations

import argparse
import functools
import gc
import inspect
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from annotate_all import copies, distinct_briefs, prepared_pages  # noqa: E402

from newsmill import Pipeline  # noqa: E402
from newsmill.core.model import Document, Mention  # noqa: E402
from newsmill.core.pipeline import DEFAULT_BATCH  # noqa: E402
from newsmill.core.run import GC_GEN0_THRESHOLD  # noqa: E402


def hooks(pipe: Pipeline) -> list[tuple[str, Callable[..., Any], dict]]:
    """Each annotator's hook (taking ``doc`` and ``options``) and options, in stage order."""
    out = []
    for name in pipe.stages()["annotate"]:
        hook = pipe.host.pm.get_plugin(name).newsmill_annotate
        if "options" not in inspect.signature(hook).parameters:
            hook = functools.partial(lambda doc, options, f: f(doc=doc), f=hook)
        out.append((name, hook, pipe.options_for(name)))
    return out


def timings(pipe: Pipeline, base: list[Document], mb: float, runs: int) -> dict[str, float]:
    """Best CPU seconds of each way of running the annotators (see the module doc)."""
    annotators = hooks(pipe)

    def alone(docs: list[Document]) -> None:
        for _name, hook, options in annotators:
            for d in docs:
                d.mentions.extend(hook(doc=d, options=options) or ())

    def page_by_page(docs: list[Document]) -> None:
        for d in docs:
            for _name, hook, options in annotators:
                d.mentions.extend(hook(doc=d, options=options) or ())

    def stage(docs: list[Document]) -> None:
        for d in docs:
            pipe.process_document(d, stages=["annotate"])

    def batches(docs: list[Document]) -> None:
        for i in range(0, len(docs), DEFAULT_BATCH):
            pipe.process_documents(docs[i:i + DEFAULT_BATCH], stages=["annotate"])

    recorded: dict[tuple[int, str], list[Mention]] = {}

    def replay(stage_name: str, plugin: str, doc: Document) -> list[Mention]:
        return recorded[(id(doc), plugin)]

    best: dict[str, float] = {}
    for _ in range(runs):
        for label, fn in (("alone", alone), ("page by page", page_by_page), ("stage", stage),
                          ("batches", batches)):
            docs = copies(base, mb)[0]
            t0 = time.process_time()
            fn(docs)
            best[label] = min(best.get(label, float("inf")), time.process_time() - t0)
        docs = copies(base, mb)[0]
        for d in docs:  # the hooks' results, as fresh mentions for the host to fill
            for name, hook, options in annotators:
                found = list(hook(doc=d, options=options) or ())
                recorded[(id(d), name)] = [Mention(m.kind, m.start, m.end, m.value, m.attributes)
                                           for m in found]
                d.mentions.extend(found)
            d.mentions = []
        call, pipe._call = pipe._call, replay  # type: ignore[method-assign]
        try:
            t0 = time.process_time()
            stage(docs)
            best["host"] = min(best.get("host", float("inf")), time.process_time() - t0)
        finally:
            pipe._call = call  # type: ignore[method-assign]
        recorded.clear()
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of the repeated corpus text in MB")
    ap.add_argument("--runs", type=int, default=3, help="best of this many runs")
    args = ap.parse_args()
    pipe = Pipeline(disable=["hello"])
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_GEN0_THRESHOLD), *old[1:])
    for label, base, mb in (("corpus pages", prepared_pages(pipe), args.mb),
                            ("news briefs", distinct_briefs(pipe), 0.0)):
        if not base:
            continue
        size = mb or sum(len(d.clean.encode("utf-8")) for d in base) / 1e6
        mb = mb or size
        timings(pipe, base, mb, 1)  # warm-up
        best = timings(pipe, base, mb, args.runs)
        print(f"{label}, {size:.2f} MB (ms per MB, CPU)")
        for name in ("alone", "page by page", "host", "stage", "batches"):
            print(f"  {name:14} {best[name] * 1000 / size:7.1f}")
        print(f"  {'stage MB/s':14} {size / best['stage']:7.2f} page by page, "
              f"{size / best['batches']:.2f} in batches")


if __name__ == "__main__":
    main()
