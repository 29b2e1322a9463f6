"""Throughput of the numeric annotators (money, percent, dates, quantities) on cleaned text.

Run by hand (never in the test suite)::

    python benchmarks/annotate_numeric.py            # corpus pages, cleaned, repeated to ~20 MB
    python benchmarks/annotate_numeric.py --mb 5
    python benchmarks/annotate_numeric.py --jionlp /path/to/venv/bin/python

The pages are read from ../shared/corpus and cleaned by the pipeline's clean-*
plugins.  Each annotator runs page by page, like the pipeline calls it.
Prints throughput (one MB is a million bytes of the text encoded as UTF-8) per
annotator and for all of them together, and the
ratio to ``re`` scanning the same text for digits (the floor).  Times are CPU
time of this process (``time.process_time``), best of ``--runs``.  Target: all
together >= 10 MB/s on one core.  With ``--jionlp PYTHON`` (a separate venv
where jionlp is installed; it is never a project dependency) the same text is
also run through JioNLP's ``extract_money`` (CPU time of that process) for the
ratio; ``benchmarks/money_vs_jionlp.py`` adds the quality comparison.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsmill import Pipeline  # noqa: E402
from newsmill.core.model import Document  # noqa: E402
from newsmill.zh.dates import find_dates  # noqa: E402
from newsmill.zh.money import find_money  # noqa: E402
from newsmill.zh.units import find_percents, find_quantities  # noqa: E402


def cleaned_pages() -> list[str]:
    """The corpus pages as the annotators see them."""
    corpus = ROOT.parent / "shared" / "corpus"
    raws = [p.read_text("utf-8") for p in sorted(corpus.glob("*.txt"))]
    p = Pipeline(disable=["hello"])
    if not p.stages().get("clean"):
        sys.exit("the cleaning plugins are not installed: pip install -e . first")
    return [p.process_document(Document.from_text(r), stages=["clean"]).clean for r in raws]


def timed(fn, pages: list[str]) -> float:  # noqa: ANN001
    """CPU seconds of this process (one core; other users of a shared machine do not count)."""
    t0 = time.process_time()
    for page in pages:
        fn(page)
    return time.process_time() - t0


def best_of(n: int, fn, pages: list[str]) -> float:  # noqa: ANN001
    return min(timed(fn, pages) for _ in range(n))


_DIGITS = re.compile(r"[0-9]+")
PUB = dt.date(2021, 1, 21)

NUMERIC_PLUGINS = ("annotate-money", "annotate-percent", "annotate-dates", "annotate-quantity")
ANNOTATORS = {
    "money": lambda t: list(find_money(t)),
    "percent": lambda t: list(find_percents(t)),
    "dates": lambda t: list(find_dates(t, PUB)),
    "quantity": lambda t: list(find_quantities(t)),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="size of the repeated text in MB")
    ap.add_argument("--runs", type=int, default=3, help="best of this many runs")
    ap.add_argument("--jionlp", help="python of a separate venv with jionlp installed")
    args = ap.parse_args()
    base = cleaned_pages()
    pages: list[str] = []
    size = 0
    while size < args.mb * 1e6:
        page = base[len(pages) % len(base)]
        pages.append(page)
        size += len(page.encode("utf-8"))
    mb = size / 1e6
    print(f"{len(pages)} cleaned pages, {mb:.2f} MB")
    floor = best_of(args.runs, lambda t: _DIGITS.findall(t), pages)
    print(f"{'re digit scan (floor)':24} {mb / floor:8.1f} MB/s")
    total = 0.0
    for name, fn in ANNOTATORS.items():
        s = best_of(args.runs, fn, pages)
        total += s
        print(f"{name:24} {mb / s:8.1f} MB/s   {s / floor:5.1f}x the floor")
    print(f"{'all four together':24} {mb / total:8.1f} MB/s   {total / floor:5.1f}x the floor"
          f"   target >= 10 MB/s: {'ok' if mb / total >= 10 else 'MISSED'}")
    sample = pages[: max(1, len(pages) // 10)]
    smb = sum(len(x.encode("utf-8")) for x in sample) / 1e6
    every = Pipeline(disable=["hello"]).stages()["annotate"]
    others = [n for n in every if n not in NUMERIC_PLUGINS]
    for label, disable in (("annotate stage, numeric", others), ("annotate stage, all", [])):
        p = Pipeline(disable=["hello", *disable])
        docs = [Document.from_text(x) for x in sample]
        for d in docs:
            d.text = d.raw
        t0 = time.process_time()
        for d in docs:
            p.process_document(d, stages=["annotate"])
        names = ", ".join(p.stages()["annotate"])
        print(f"{label:24} {smb / (time.process_time() - t0):8.1f} MB/s "
              f"(pipeline with host bookkeeping, {smb:.1f} MB: {names})")
    if args.jionlp:
        # same text, CPU time of the jionlp process, best of --runs (see money_vs_jionlp.py)
        from money_vs_jionlp import jionlp_ready, run_jionlp

        why = jionlp_ready(args.jionlp)
        if why:
            print(f"jionlp skipped: {why}")
            return
        ours = mb / best_of(args.runs, ANNOTATORS["money"], pages)
        try:
            answer = run_jionlp(args.jionlp, "speed", pages, args.runs)
        except RuntimeError as e:
            print(e)
            return
        jm = mb / answer["seconds"]
        print(f"{'jionlp extract_money':24} {jm:8.2f} MB/s   newsmill money ({ours:.1f} MB/s) "
              f"is {ours / jm:.1f}x faster")

if __name__ == "__main__":
    main()
