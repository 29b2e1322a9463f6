"""What the annotators' Aho-Corasick scans cost inside the annotate stage, and alone.

Run by hand (never in the test suite)::

    python benchmarks/annotate_automata.py            # corpus pages repeated to 2 MB
    python benchmarks/annotate_automata.py --mb 3 --runs 5

On the pages of ``annotate_all.py`` (cleaned and segmented once) it runs the annotate
stage as in a run (``Pipeline.process_document(doc, stages=["annotate"])``) with every
automaton the annotators use wrapped in a timer (gazetteer names, organization suffixes,
known organizations, boundary words before a suffix, person cue words), and records each
call.  Then it replays the recorded calls of each automaton alone, one after the other
(timed call by call in the same way, so both columns carry the timer's cost).
Both in ms per MB of cleaned text (CPU time, best of ``--runs``).

The difference is what the other annotators cost each scan by pushing its automaton and
its working memory out of the CPU caches between pages: ``ahocorasick_rs`` also builds a
byte-to-character table of eight bytes per byte of the page's UTF-8 text on every call.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from annotate_all import copies, prepared_pages  # noqa: E402

from newsmill import Pipeline  # noqa: E402
from newsmill.core.run import GC_GEN0_THRESHOLD  # noqa: E402
from newsmill.zh import orgs, people  # noqa: E402
from newsmill.zh.gazetteer import Gazetteer  # noqa: E402


class Timed:
    """An automaton whose ``find_matches_as_indexes`` calls are timed and recorded."""

    def __init__(self, automaton: Any) -> None:
        self.automaton = automaton
        self.seconds = 0.0
        self.calls: list[tuple[str, bool]] = []

    def find_matches_as_indexes(self, haystack: str, overlapping: bool = False) -> Any:
        """The wrapped automaton's matches (timed, call recorded)."""
        t0 = time.process_time()
        found = self.automaton.find_matches_as_indexes(haystack, overlapping=overlapping)
        self.seconds += time.process_time() - t0
        self.calls.append((haystack, overlapping))
        return found


def automata() -> dict[str, tuple[Any, str]]:
    """Every automaton the annotators scan with: ``{label: (owner, attribute)}``."""
    return {"gazetteer (places)": (Gazetteer.default(), "_ac"),
            "org suffixes": (orgs, "_SUFFIX_AC"), "known orgs": (orgs, "_KNOWN_AC"),
            "org boundaries": (orgs, "_BOUNDARY_AC"), "person cues": (people, "_CUE_AC"),
            "person titles": (people, "_TITLE_AC")}


def measure(pipe: Pipeline, mb: float, runs: int) -> tuple[float, dict[str, tuple[float, float, int]]]:
    """Stage ms/MB and, per automaton, (ms/MB in the stage, ms/MB alone, calls per page)."""
    base = prepared_pages(pipe)
    stage = float("inf")
    best: dict[str, list[float]] = {}
    pages = 0
    for _ in range(runs + 1):  # the first run warms up
        wrapped = {label: Timed(getattr(owner, attr)) for label, (owner, attr) in automata().items()}
        for label, (owner, attr) in automata().items():
            setattr(owner, attr, wrapped[label])
        docs, size = copies(base, mb)
        pages = len(docs)
        try:
            t0 = time.process_time()
            for d in docs:
                pipe.process_document(d, stages=["annotate"])
            elapsed = time.process_time() - t0
        finally:
            for label, (owner, attr) in automata().items():
                setattr(owner, attr, wrapped[label].automaton)
        stage = min(stage, elapsed * 1000 / size)
        for label, timed in wrapped.items():
            replay = Timed(timed.automaton)  # timed call by call, as in the stage
            for haystack, overlapping in timed.calls:
                replay.find_matches_as_indexes(haystack, overlapping)
            alone = replay.seconds * 1000 / size
            row = best.setdefault(label, [float("inf"), float("inf"), len(timed.calls)])
            row[0] = min(row[0], timed.seconds * 1000 / size)
            row[1] = min(row[1], alone)
    return stage, {k: (v[0], v[1], v[2] / pages) for k, v in best.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of the repeated corpus text in MB")
    ap.add_argument("--runs", type=int, default=3, help="best of this many runs")
    args = ap.parse_args()
    pipe = Pipeline(disable=["hello"])
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_GEN0_THRESHOLD), *old[1:])
    stage, rows = measure(pipe, args.mb, args.runs)
    print(f"annotate stage {stage:.1f} ms/MB ({1000 / stage:.2f} MB/s), CPU, best of {args.runs}")
    print(f"{'automaton':20} {'in stage':>9} {'alone':>7} {'calls/page':>11}   (ms per MB)")
    total = [0.0, 0.0]
    for label, (inside, alone, per_page) in rows.items():
        total[0] += inside
        total[1] += alone
        print(f"{label:20} {inside:9.2f} {alone:7.2f} {per_page:11.1f}")
    print(f"{'all':20} {total[0]:9.2f} {total[1]:7.2f}")


if __name__ == "__main__":
    main()
