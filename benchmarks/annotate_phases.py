"""Where the numeric annotators spend their time: finding candidates, matching and parsing them,
building mentions.

Run by hand (never in the test suite)::

    python benchmarks/annotate_phases.py            # corpus pages, cleaned, repeated to ~2 MB
    python benchmarks/annotate_phases.py --mb 3 --runs 5

For money, percent, quantity and dates it times, on the same cleaned pages
(prepared as in ``annotate_all.py``), nested steps of each annotator, each a
superset of the one before:

- ``scan``: the anchor scan that finds candidates (the regex every later step
  starts from: currency names, percent signs, numerals, date characters);
- ``matches`` (dates): scan plus the pattern tried at each candidate;
- ``finder``: the ``newsmill.zh`` function the plugin calls (scan, match, parse,
  hit objects or rows);
- ``hook``: the plugin's ``newsmill_annotate`` (finder plus the Mention objects).

The differences give each phase's share.  A scan shared by the four annotators
could save at most the sum of the ``scan`` rows (less the one shared scan).
Times are CPU time (``time.process_time``), best of ``--runs``, garbage
collector off, in ms per MB of cleaned text.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from annotate_all import copies, prepared_pages  # noqa: E402

from newsmill import Pipeline  # noqa: E402
from newsmill.core.model import Document  # noqa: E402
from newsmill.plugins import annotate_dates, annotate_money, annotate_percent, annotate_quantity  # noqa: E402
from newsmill.zh import dates, money, timefind, units  # noqa: E402


def steps() -> dict[str, list[tuple[str, Callable[[Document], Any]]]]:
    """Per annotator, its nested steps (label, function of a document), cheapest first."""
    return {
        "money": [
            ("scan", lambda d: list(money._ANCHOR.finditer(d.clean))),
            ("finder", lambda d: money.money_rows(d.clean)),
            ("hook", lambda d: annotate_money.newsmill_annotate(doc=d)),
        ],
        "percent": [
            ("scan", lambda d: list(units._P_ANCHOR.finditer(d.clean))),
            ("finder", lambda d: list(units.find_percents(d.clean))),
            ("hook", lambda d: annotate_percent.newsmill_annotate(doc=d)),
        ],
        "quantity": [
            ("scan", lambda d: list(units._Q_RUN_UNIT.finditer(d.clean))),
            ("finder", lambda d: units.quantity_spans(d.clean)),
            ("hook", lambda d: annotate_quantity.newsmill_annotate(doc=d)),
        ],
        "dates": [
            ("scan", lambda d: list(dates._ANCHOR_EXACT.finditer(d.clean))),
            ("matches", lambda d: list(dates.find_dates(d.clean, d.meta.pub_date))),
            ("finder", lambda d: timefind.find_times(d.clean, d.meta.pub_date)),
            ("hook", lambda d: annotate_dates.newsmill_annotate(doc=d, options={})),
        ],
    }


def best_cpu(fn: Callable[[Document], Any], docs: list[Document], runs: int) -> float:
    """Best CPU seconds of ``fn`` over every document, of ``runs`` runs."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        for d in docs:
            fn(d)
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of the repeated text in MB")
    ap.add_argument("--runs", type=int, default=3, help="best of this many runs")
    args = ap.parse_args()
    pipe = Pipeline(disable=["hello"])
    base = prepared_pages(pipe)
    docs, mb = copies(base, args.mb)
    for d in docs:  # the mentions quantity sees in a run (money, percent, dates before it)
        pipe.process_document(d, stages=["annotate"])
        d.mentions = [m for m in d.mentions if m.kind in ("money", "percent", "date")]
    print(f"{len(docs)} cleaned pages ({len(base)} distinct), {mb:.2f} MB; ms per MB, CPU, GC off")
    gc.disable()
    try:
        total_scan = 0.0
        for name, chain in steps().items():
            times = [(label, best_cpu(fn, docs, args.runs) * 1000 / mb) for label, fn in chain]
            hook = times[-1][1]
            prev = 0.0
            parts = []
            for label, ms in times:
                parts.append(f"{label} +{ms - prev:5.1f} ({(ms - prev) / hook:4.0%})")
                prev = ms
            total_scan += times[0][1]
            print(f"{name:9} {hook:6.1f}   " + "   ".join(parts))
        print(f"{'scans':9} {total_scan:6.1f}   (upper bound of what one shared scan could save)")
    finally:
        gc.enable()


if __name__ == "__main__":
    main()
