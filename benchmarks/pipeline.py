"""Whole-pipeline benchmark: per-stage and end-to-end MB/s, worker speed-up, peak memory.

Run by hand (never in the test suite)::

    python benchmarks/pipeline.py                 # corpus pages repeated to ~20 MB
    python benchmarks/pipeline.py --mb 200 --rss-only

It reads the real pages from ../shared/corpus (or samples/ when absent),
writes copies under a temporary folder (each copy made unique so the cache
cannot skip it) and prints throughput and ratios.  Targets: the whole
pipeline reading to SQLite >= 5 MB/s on one core; 2 workers >= 1.7x one.

On a shared machine wall-clock times are noisy: every figure is also given
in CPU time (``time.process_time`` for the in-memory pass, the children's
user+system time for the ``newsmill run`` subprocesses), which other users
of the machine do not inflate.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]


def page_texts() -> list[str]:
    corpus = ROOT.parent / "shared" / "corpus"
    folder = corpus if corpus.is_dir() else ROOT / "samples"
    return [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]


def make_corpus(folder: Path, mb: float) -> int:
    """Write unique page copies under ``folder`` until ``mb`` megabytes; return bytes written."""
    texts = page_texts()
    folder.mkdir(parents=True, exist_ok=True)
    total, i = 0, 0
    while total < mb * 1e6:
        text = f"第{i}版\n\n" + texts[i % len(texts)]
        data = text.encode("utf-8")
        (folder / f"{i // 1000:04d}").mkdir(exist_ok=True)
        (folder / f"{i // 1000:04d}" / f"page{i:06d}.txt").write_bytes(data)
        total += len(data)
        i += 1
    return total


def children_cpu() -> float:
    """User + system CPU seconds of the finished child processes so far."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


_SPLIT = r"""
import resource, runpy, sys, threading, time

def _cpu():
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime

marks = {}
finish_cpu = [0.0]

def _mark(name):
    marks[name] = (time.thread_time(), _cpu())

import newsmill.core.run as _run
import newsmill.tables.sqlite as _sq

_ordered = _run.ordered_results
def _ordered_results(*a, **k):
    _mark("start")
    yield from _ordered(*a, **k)
    _mark("last")
_run.ordered_results = _ordered_results
_link = _run.link_to_spool
def _link_to_spool(*a, **k):
    _mark("link0")
    try:
        return _link(*a, **k)
    finally:
        _mark("link1")
_run.link_to_spool = _link_to_spool
for _name in ("index_pending", "create_missing_indexes"):
    def _timed(*a, _f=getattr(_sq, _name), **k):
        if threading.current_thread() is threading.main_thread():
            return _f(*a, **k)
        t = time.thread_time()
        try:
            return _f(*a, **k)
        finally:
            finish_cpu[0] += time.thread_time() - t
    setattr(_sq, _name, _timed)

sys.argv = ['newsmill', *sys.argv[1:]]
try:
    runpy.run_module('newsmill.core.cli', run_name='__main__')
except SystemExit as e:
    code = e.code
else:
    code = 0
_mark("end")
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print('CPU', _cpu(), kids.ru_utime + kids.ru_stime, file=sys.stderr)
if {"start", "last", "link0", "link1"} <= set(marks):
    print('PHASES', marks["start"][0], marks["last"][1] - marks["start"][1],
          marks["link1"][0] - marks["link0"][0], finish_cpu[0],
          marks["end"][0] - marks["link1"][0], file=sys.stderr)
sys.exit(code)
"""


class Phases(NamedTuple):
    """CPU seconds of the phases of a run, measured in the run process.

    ``startup``: before the first source is sent; ``stream``: from then to
    the last result (every thread of the run process); ``link``: linking;
    ``finish``: the SQLite finishing thread (text index and indexes, beside
    linking); ``after``: writing entities and closing, after linking.
    """

    startup: float
    stream: float
    link: float
    finish: float
    after: float


def run_cli(args: list[str]) -> tuple[float, float, float, Phases | None]:
    """Run ``newsmill ARGS`` in a child process.

    Returns (wall seconds, CPU seconds of all its processes, CPU seconds of
    the run's own process, its phases); the difference of the two CPU
    figures is what the worker processes used.
    """
    c0 = children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _SPLIT, *args], capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"newsmill {' '.join(args)} failed:\n{proc.stderr}")
    wall, cpu = time.perf_counter() - t0, children_cpu() - c0
    own = next((float(line.split()[1]) for line in proc.stderr.splitlines()
                if line.startswith("CPU ")), cpu)
    phases = next((Phases(*map(float, line.split()[1:])) for line in proc.stderr.splitlines()
                   if line.startswith("PHASES ")), None)
    return wall, cpu, own, phases


def idle_cores_estimate(cpu: float, own: float, ph: Phases, workers: int) -> float:
    """Wall seconds of a run on otherwise idle cores (one per worker), from its CPU phases.

    Start-up is serial; while documents stream, the run process and the
    workers share the cores (none can go faster than one core); after the
    last document, linking and the finishing thread run side by side, then
    entities are written.
    """
    stream_workers = cpu - own
    if workers == 1:  # the serial executor: everything in the run process
        stream = ph.stream
    else:
        stream = max((ph.stream + stream_workers) / workers, ph.stream, stream_workers / workers)
    return ph.startup + stream + max(ph.link, ph.finish) + ph.after


def peak_rss_of(args: list[str]) -> float:
    """Peak RSS (MB) of one newsmill run, workers included.

    The run is started by a fresh wrapper process, so the figure is the largest
    process of this run only (``RUSAGE_CHILDREN`` of this process would also
    remember the runs made before).
    """
    wrapper = ("import resource, subprocess, sys; "
              "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "newsmill.core.cli",
                          *args], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[-1]) / 1024


class _CpuClock:
    """Stands in for the ``time`` module of the hook wrappers so they time CPU, not wall."""

    perf_counter = staticmethod(time.process_time)


def per_stage(folder: Path, nbytes: int) -> None:
    """CPU seconds and MB/s per stage (summed over plugins) and for the whole in-memory pass."""
    from newsmill import Pipeline
    from newsmill.core import instrument

    instrument.time = _CpuClock  # type: ignore[assignment]
    try:
        p = Pipeline()
        t0, c0 = time.perf_counter(), time.process_time()
        for _doc in p.run([folder]):
            pass
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        instrument.time = time  # type: ignore[assignment]
    by_stage: dict[str, float] = {}
    by_plugin: dict[str, float] = {}
    for (stage, plugin), (_n, s) in p.instrument.snapshot().items():
        by_stage[stage] = by_stage.get(stage, 0.0) + s
        by_plugin[f"{stage}/{plugin}"] = s
    mb = nbytes / 1e6
    print(f"{'stage':<10} {'CPU s':>8} {'MB/s':>8}")
    for stage, s in by_stage.items():
        print(f"{stage:<10} {s:>8.2f} {mb / s if s else float('inf'):>8.1f}")
    host = cpu - sum(by_stage.values())
    print(f"{'host':<10} {host:>8.2f} {mb / host if host > 0 else float('inf'):>8.1f}"
          "   (bookkeeping between plugin calls)")
    print(f"{'in memory':<10} {cpu:>8.2f} {mb / cpu:>8.1f}   (all stages, no writer; "
          f"wall {wall:.2f} s = {mb / wall:.1f} MB/s)")
    print("slowest plugins (CPU s): " + ", ".join(
        f"{k}={v:.2f}" for k, v in sorted(by_plugin.items(), key=lambda kv: -kv[1])[:8]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="corpus size in MB")
    ap.add_argument("--rss-only", action="store_true", help="only measure peak memory")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsmill-bench-"))
    try:
        nbytes = make_corpus(tmp / "in", args.mb)
        mb = nbytes / 1e6
        print(f"corpus: {mb:.1f} MB in {tmp / 'in'}")
        if not args.rss_only:
            per_stage(tmp / "in", nbytes)
            t1, c1, own1, ph1 = run_cli(["run", str(tmp / "in"), "-o", str(tmp / "o1"), "-q",
                                         "--format", "sqlite"])
            print(f"whole pipeline to SQLite, 1 worker : {mb / t1:6.2f} MB/s wall, "
                  f"{mb / c1:6.2f} MB/s CPU  (target >= 5)")
            t2, c2, own2, ph2 = run_cli(["run", str(tmp / "in"), "-o", str(tmp / "o2"), "-q",
                                         "--format", "sqlite", "--workers", "2"])
            print(f"whole pipeline to SQLite, 2 workers: {mb / t2:6.2f} MB/s wall, "
                  f"{mb / c2:6.2f} MB/s CPU  speed-up {t1 / t2:.2f}x wall (target >= 1.7); "
                  f"CPU overhead of 2 workers {c2 / c1:.2f}x")
            # on two otherwise idle cores the run cannot finish before its busiest
            # process, nor before the total CPU spread over both cores
            bound = c1 / max(own2, c2 / 2)
            print(f"  2 workers: run process {own2:.2f} s CPU, worker processes {c2 - own2:.2f} s; "
                  f"speed-up the CPU allows on two idle cores {bound:.2f}x")
            if ph1 and ph2:
                for label, ph in (("1 worker ", ph1), ("2 workers", ph2)):
                    print(f"  {label}: run-process CPU by phase: start-up {ph.startup:.2f} s, "
                          f"documents {ph.stream:.2f}, linking {ph.link:.2f} beside finishing "
                          f"thread {ph.finish:.2f}, entities and close {ph.after:.2f}")
                e1 = idle_cores_estimate(c1, own1, ph1, 1)
                e2 = idle_cores_estimate(c2, own2, ph2, 2)
                print(f"  with the serial phases too, on two idle cores: {e1:.2f} s vs {e2:.2f} s, "
                      f"speed-up {e1 / e2:.2f}x")
        rss = peak_rss_of(["run", str(tmp / "in"), "-o", str(tmp / "o3"), "-q", "--format", "sqlite"])
        print(f"peak RSS at {mb:.0f} MB: {rss:.0f} MB (target < 400, flat in corpus size)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
