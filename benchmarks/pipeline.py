"""Whole-pipeline benchmark: per-stage and end-to-end MB/s, worker speed-up, peak memory.

Run by hand (never in the test suite)::

    python benchmarks/pipeline.py                 # a generated corpus of ~20 MB
    python benchmarks/pipeline.py --mb 200 --rss-only
    python benchmarks/pipeline.py --mb 200 --rss-only --corpus repeated

It reads the real pages from ../shared/corpus (or samples/ when absent),
writes copies under a temporary folder and prints throughput and ratios.
Targets: the whole pipeline reading to SQLite >= 5 MB/s on one core;
2 workers >= 1.7x one; peak RSS < 400 MB and flat in corpus size.

Two corpora (``--corpus``), both deterministic:

- ``varied`` (default), shaped like years of several newspapers: many
  distinct projects, each reported a few times.  The copies of each page
  form *stories* of 1, 4, 3, 2, 1, 4… copies (2.5 on average).  In every
  story each project or investor name newsmill finds on the page (all its
  mentions) keeps its second half and gets a new first half made of
  made-up words (``鸿泰智能锂电`` + ``产业园项目``), distinct for each story
  up to about 800 MB; amounts (ASCII digits of money mentions) are scaled
  by 60-140 %; each copy starts with a date line (2016-2024, the copies of
  a story 45 days apart) and the years in the text move with it.
- ``repeated``: the pages as they are over and over, each copy made unique
  by a ``第N版`` line only, so the same ~60 projects come back in every
  copy and their timelines grow with the corpus (the worst case for
  linking: one entity per project holding every copy).

On a shared machine wall-clock times are noisy: every figure is also given
in CPU time (``time.process_time`` for the in-memory pass, the children's
user+system time for the ``newsmill run`` subprocesses), which other users
of the machine do not inflate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import itertools
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]


def page_texts() -> list[str]:
    return [p.read_text("utf-8") for p in page_files()]


def page_files() -> list[Path]:
    corpus = ROOT.parent / "shared" / "corpus"
    folder = corpus if corpus.is_dir() else ROOT / "samples"
    return sorted(folder.glob("*.txt"))


def repeated_pages(texts: list[str]) -> Iterator[str]:
    """The pages over and over, each copy made unique by a page-number line (``第N版``)."""
    for i in itertools.count():
        yield f"第{i}版\n\n" + texts[i % len(texts)]


# Made-up words for the varied corpus: brand syllables, qualifiers and industries.  None is
# a boundary word of the project-name finder (no 和/与/的/建设…), so a name stays one name.
_BRAND = "鸿泰嘉瑞恒盛宏丰源达兴联信德博锦汇明晟润安远豪鼎峰骏越凯腾翔裕隆昌祥富峻"
_QUALIFIER = ("智能", "绿色", "高端", "数字", "精密", "新型", "循环", "低碳", "现代", "特种")
_INDUSTRY = ("锂电", "光伏", "冷链", "生物医药", "智能装备", "新材料", "食品", "电子信息", "氢能",
             "算力", "纺织", "汽配", "钒钛", "化工", "竹木", "储能", "航空", "半导体", "机器人",
             "稀土", "茶叶", "白酒", "家居", "环保")
_HEADS = len(_BRAND) ** 2 * len(_QUALIFIER) * len(_INDUSTRY)
_STEP = 7919  # prime, coprime with _HEADS: consecutive numbers get unrelated heads
_YEAR = re.compile(r"(?<![0-9])(20[0-4][0-9])(?=\s*[年\-/.])")
_DIGITS = re.compile(r"[0-9]+")
_LATIN = re.compile(r"[A-Za-z]")


def _head(n: int) -> str:
    """A made-up company-like name head (``鸿泰智能锂电``), distinct for n < _HEADS."""
    n = n * _STEP % _HEADS
    n, a = divmod(n, len(_BRAND))
    n, b = divmod(n, len(_BRAND))
    n, q = divmod(n, len(_QUALIFIER))
    return _BRAND[a] + _BRAND[b] + _QUALIFIER[q] + _INDUSTRY[n % len(_INDUSTRY)]


def _cut(raw: str, keep: int) -> int:
    """Where the last ``keep`` Chinese characters of ``raw`` start (a pinyin note goes with its char)."""
    han = [i for i, ch in enumerate(raw) if "\u4e00" <= ch <= "\u9fff"]
    return han[-keep] if 0 < keep <= len(han) else 0


def _page_names(path: Path) -> tuple[list[str], list[tuple[int, int]]]:
    """The page's project and investor names as newsmill finds them, and the raw spans of its amounts."""
    from newsmill import Pipeline

    raw = path.read_text("utf-8")
    names: set[str] = set()
    money: set[tuple[int, int]] = set()
    for doc in Pipeline().run([path]):
        for r in doc.records:
            if r.kind != "project":
                continue
            for field in ("name", "investor"):
                f = r.fields.get(field)
                names.update(raw[e.raw_start:e.raw_end] for e in (f.evidence if f else ()))
        money.update((m.raw_start, m.raw_end) for m in doc.mentions if m.kind == "money")
    return sorted((n for n in names if len(n) >= 2), key=lambda n: (-len(n), n)), sorted(money)


def varied_pages(paths: list[Path]) -> Iterator[str]:
    """The pages over and over, each story of copies about other projects (module docstring)."""
    pages = []
    for path in paths:
        names, money = _page_names(path)
        finder = re.compile("|".join(map(re.escape, names))) if names else None
        pages.append((path.read_text("utf-8"), finder, {n: j for j, n in enumerate(names)}, money))
    firsts = list(itertools.accumulate((len(index) for _r, _f, index, _m in pages), initial=0))
    per_story = firsts[-1] or 1
    base = dt.date(2016, 1, 4)
    state = [(-1, 0)] * len(pages)  # per page: (story, copy within it)
    for i in itertools.count():
        k = i % len(pages)
        raw, finder, index, money = pages[k]
        s, pos = state[k]
        pos += 1
        if s < 0 or pos >= 1 + s * 7 % 4:  # stories of 1, 4, 3, 2, 1, 4… copies
            s, pos = s + 1, 0
        state[k] = (s, pos)
        story = s * len(pages) + k
        edits: list[tuple[int, int, str]] = []
        for m in finder.finditer(raw) if finder else ():  # every mention of a name, renamed alike
            han = sum("\u4e00" <= ch <= "\u9fff" for ch in m.group())
            cut = m.start() + _cut(m.group(), max(2, han - han // 2))
            edits.append((m.start(), cut, _head(s * per_story + firsts[k] + index[m.group()])))
        scale = 60 + story * 37 % 81  # percent
        for start, end in money:
            d = _DIGITS.search(raw, start, end)
            if d and not _LATIN.search(raw, start, end) \
                    and not any(a < end and start < b for a, b, _t in edits):
                edits.append((d.start(), d.end(), str(max(1, int(d.group()) * scale // 100))))
        parts, at = [], 0
        for start, end, text in sorted(edits):
            parts += [raw[at:start], text]
            at = end
        parts.append(raw[at:])
        day = base + dt.timedelta(days=story * 53 % 2900 + pos * 45)
        text = _YEAR.sub(functools.partial(_moved, day.year - 2022), "".join(parts))
        yield f"{day.year}年{day.month}月{day.day}日 第{i}版\n\n" + text


def _moved(years: int, m: re.Match[str]) -> str:
    return str(int(m.group()) + years)


def make_corpus(folder: Path, mb: float, mode: str = "varied") -> int:
    """Write page copies under ``folder`` until ``mb`` megabytes; return bytes written."""
    pages = varied_pages(page_files()) if mode == "varied" else repeated_pages(page_texts())
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i, text in enumerate(pages):
        if total >= mb * 1e6:
            break
        data = text.encode("utf-8")
        (folder / f"{i // 1000:04d}").mkdir(exist_ok=True)
        (folder / f"{i // 1000:04d}" / f"page{i:06d}.txt").write_bytes(data)
        total += len(data)
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

import newsmill.core.linking as _linking
import newsmill.core.run as _run
import newsmill.tables.sqlite as _sq

_ordered = _run.ordered_results
def _ordered_results(*a, **k):
    _mark("start")
    yield from _ordered(*a, **k)
    _mark("last")
_run.ordered_results = _ordered_results
_link = _linking.RunLinkers.link
def _link_all(*a, **k):
    _mark("link0")
    try:
        return _link(*a, **k)
    finally:
        _mark("link1")
_linking.RunLinkers.link = _link_all
_wait = _sq.SqliteStore.wait_finished
def _wait_finished(self):
    first = "link1" in marks and "joined" not in marks and self._finishing is not None
    try:
        return _wait(self)
    finally:
        if first:
            _mark("joined")
_sq.SqliteStore.wait_finished = _wait_finished
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
    joined = marks.get("joined", marks["link1"])
    print('PHASES', marks["start"][0], marks["last"][1] - marks["start"][1],
          marks["link1"][0] - marks["link0"][0], finish_cpu[0],
          marks["end"][0] - joined[0], joined[0] - marks["link1"][0], file=sys.stderr)
sys.exit(code)
"""


class Phases(NamedTuple):
    """CPU seconds of the phases of a run, measured in the run process.

    ``startup``: before the first source is sent; ``stream``: from then to
    the last result (every thread of the run process); ``link``: linking;
    ``finish``: the SQLite finishing thread (text index and indexes, beside
    linking); ``after``: writing entities and closing, once the finishing
    thread is done; ``beside``: what the run's thread did after linking while
    the finishing thread still ran (building and staging entity rows).
    """

    startup: float
    stream: float
    link: float
    finish: float
    after: float
    beside: float = 0.0


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
    last document, linking (then the building of entity rows) and the
    finishing thread run side by side, then entities are written.
    """
    stream_workers = cpu - own
    if workers == 1:  # the serial executor: everything in the run process
        stream = ph.stream
    else:
        stream = max((ph.stream + stream_workers) / workers, ph.stream, stream_workers / workers)
    return ph.startup + stream + max(ph.link + ph.beside, ph.finish) + ph.after


def peak_rss_of(args: list[str]) -> tuple[float, list[float]]:
    """Peak RSS (MB) of one newsmill run, workers included, and its RSS over the run.

    The run is started by a fresh wrapper process, so the peak is the largest
    process of this run only (``RUSAGE_CHILDREN`` of this process would also
    remember the runs made before).  The run's own process is sampled every
    50 ms as well (``/proc``, where there is one): the second value is its
    largest RSS in each tenth of the run, which shows when memory grows
    (linking is at the end).
    """
    wrapper = ("import resource, subprocess, sys; "
              "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
              "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    proc = subprocess.Popen([sys.executable, "-c", wrapper, sys.executable, "-m", "newsmill.core.cli",
                             *args], stdout=subprocess.PIPE, text=True)
    samples: list[float] = []
    child = None
    while proc.poll() is None:
        time.sleep(0.05)
        try:
            if child is None:
                child = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()[0]
            for line in Path(f"/proc/{child}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    samples.append(int(line.split()[1]) / 1024)
        except (OSError, IndexError):
            continue
    out, _ = proc.communicate()
    if proc.returncode:
        sys.exit(f"newsmill {' '.join(args)} failed")
    tenths = [max(samples[len(samples) * k // 10:max(len(samples) * (k + 1) // 10, 1)] or [0.0])
              for k in range(10)] if samples else []
    return int(out.split()[-1]) / 1024, tenths


class _CpuClock:
    """Stands in for the ``time`` module of the hook wrappers so they time CPU, not wall."""

    perf_counter = staticmethod(time.process_time)


def per_stage(folder: Path, nbytes: int) -> None:
    """CPU seconds and MB/s per stage (summed over plugins) and for the whole in-memory pass."""
    from newsmill import Pipeline
    from newsmill.core import instrument
    from newsmill.core.run import GC_GEN0_THRESHOLD

    instrument.time = _CpuClock  # type: ignore[assignment]
    old_gc = gc.get_threshold()
    # the collector's setting of a real run, so the stages cost what they cost in one
    gc.set_threshold(max(old_gc[0], GC_GEN0_THRESHOLD), *old_gc[1:])
    try:
        p = Pipeline()
        t0, c0 = time.perf_counter(), time.process_time()
        for _doc in p.run([folder]):
            pass
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        instrument.time = time  # type: ignore[assignment]
        gc.set_threshold(*old_gc)
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
    ap.add_argument("--corpus", choices=("varied", "repeated"), default="varied",
                    help="varied: many short-lived projects (default); repeated: the same pages")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsmill-bench-"))
    try:
        nbytes = make_corpus(tmp / "in", args.mb, args.corpus)
        mb = nbytes / 1e6
        print(f"corpus: {mb:.1f} MB ({args.corpus}) in {tmp / 'in'}")
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
                          f"documents {ph.stream:.2f}, linking {ph.link:.2f} + entity rows "
                          f"{ph.beside:.2f} beside finishing thread {ph.finish:.2f}, entities "
                          f"and close {ph.after:.2f}")
                e1 = idle_cores_estimate(c1, own1, ph1, 1)
                e2 = idle_cores_estimate(c2, own2, ph2, 2)
                print(f"  with the serial phases too, on two idle cores: {e1:.2f} s vs {e2:.2f} s, "
                      f"speed-up {e1 / e2:.2f}x")
        rss, tenths = peak_rss_of(["run", str(tmp / "in"), "-o", str(tmp / "o3"), "-q",
                                   "--format", "sqlite"])
        print(f"peak RSS at {mb:.0f} MB: {rss:.0f} MB (target < 400, flat in corpus size)")
        if tenths:
            print("  RSS by tenth of the run (MB): " + " ".join(f"{t:.0f}" for t in tenths))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
