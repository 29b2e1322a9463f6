"""Baseline: newsmill's money annotator vs JioNLP's ``ner.extract_money`` (quality and speed).

Run by hand (never in the test suite)::

    python benchmarks/money_vs_jionlp.py --jionlp /tmp/jvenv/bin/python
    python benchmarks/money_vs_jionlp.py --jionlp /tmp/jvenv/bin/python --mb 5 --runs 1

jionlp is never a project dependency: it lives in a separate venv
(``python3 -m venv /tmp/jvenv && /tmp/jvenv/bin/pip install jionlp``) and runs
there as a subprocess on the very text newsmill sees.  Without that venv the
script says so and exits.

Both sides get the same input: the pages of ``../shared/corpus`` cleaned by
newsmill's ``clean`` stage (pinyin notes out, Traditional to Simplified, stray
spaces joined).

* Quality: each page runs through the whole pipeline, as ``newsmill evaluate``
  does; jionlp's output on the cleaned page is mapped to money mentions (see
  :func:`jionlp_mentions`), put through the same gold converter
  (:func:`newsmill.zh.gold.document_to_gold`) and scored with the same rule
  (:func:`newsmill.zh.evaluation.score_page`) against ``../shared/gold``.
  The evaluation pairs on value and place; "strict" scores additionally count a
  pair whose qualifier differs as a miss and a false hit.
* Speed: the cleaned pages repeated to ``--mb`` MB, page by page; CPU time of
  each process (``time.process_time``, so other users of a shared machine do not
  count), best of ``--runs``.  One MB is a million bytes of UTF-8.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsmill import Pipeline  # noqa: E402
from newsmill.core.model import Document, Mention  # noqa: E402
from newsmill.zh.evaluation import KindScore, score_page  # noqa: E402
from newsmill.zh.gold import document_to_gold  # noqa: E402
from newsmill.zh.money import find_money  # noqa: E402

SHARED = ROOT.parent / "shared"

# Runs in the jionlp venv.  argv: mode (extract | speed), JSON file of pages, runs.
# The import banner goes to stdout, so it is swallowed; the answer is the last line.
CHILD = r"""
import contextlib, io, json, sys, time
with contextlib.redirect_stdout(io.StringIO()):
    import jionlp
    from jionlp import ner
mode, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
pages = json.load(open(path, encoding="utf-8"))
extract = ner.extract_money
if mode == "extract":
    print(json.dumps([extract(p, with_parsing=True) for p in pages], ensure_ascii=False))
else:
    best = None
    for _ in range(runs):
        t = time.process_time()
        for p in pages:
            extract(p, with_parsing=True)
        s = time.process_time() - t
        best = s if best is None else min(best, s)
    print(json.dumps({"seconds": best, "version": jionlp.__version__}))
"""


def run_jionlp(python: str, mode: str, pages: list[str], runs: int = 1) -> Any:
    """Run :data:`CHILD` with ``python`` on ``pages``; its JSON answer."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.json"
        path.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run([python, "-c", CHILD, mode, str(path), str(runs)],
                             capture_output=True, text=True, check=False)
    if out.returncode != 0 or not out.stdout.strip():
        tail = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"jionlp run with {python} failed: {tail}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def jionlp_ready(python: str | None) -> str | None:
    """Why the jionlp venv cannot be used (None when it can)."""
    if not python:
        return "no --jionlp PYTHON given"
    if not Path(python).exists():
        return f"{python} does not exist"
    probe = subprocess.run([python, "-c", "import importlib.util, sys; "
                            "sys.exit(importlib.util.find_spec('jionlp') is None)"],
                           capture_output=True, check=False)
    return None if probe.returncode == 0 else f"jionlp is not installed for {python}"


# -- mapping jionlp's output to money mentions ---------------------------------------

RANGE_MARKS = ("至", "到", "-", "—", "–", "~", "～")
MORE_WORDS = ("余", "多", "超", "逾", "过", "以上", "突破")
AT_LEAST_WORDS = ("不低于", "不少于", "至少", "最少", "起码")
UP_TO_WORDS = ("不超过", "不高于", "最高", "最多", "至多", "以内", "以下", "之内", "不到", "不足",
               "低于", "少于")

CURRENCY = {"元": "CNY", "人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR",
            "日元": "JPY", "英镑": "GBP"}


def _yuan(num: str) -> int | None:
    try:
        return int(Decimal(num).to_integral_value(ROUND_HALF_UP))
    except (InvalidOperation, TypeError, ValueError):
        return None


def _qualifier(definition: str, text: str) -> str:
    """jionlp's ``definition`` class, refined by the words in its span."""
    if definition == "blur+":
        return "at_least" if any(w in text for w in AT_LEAST_WORDS) else "more_than"
    if definition == "blur-":
        return "up_to" if any(w in text for w in UP_TO_WORDS) else "approx"
    if definition == "blur":
        return "more_than" if any(w in text for w in MORE_WORDS) else "approx"
    return "exact"


def jionlp_mentions(doc: Document, found: list[dict[str, Any]]) -> list[Mention]:
    """jionlp ``extract_money`` results on ``doc.clean`` as money mentions of ``doc``.

    ``detail.num`` is a decimal string, or ``[low, high]`` for a range or a vague
    amount; ``detail.case`` is the currency; ``detail.definition`` the precision
    class.  A ``[low, high]`` whose span has a range mark (至, 到, -, ~) is a range:
    two entries, ``exact`` (as the gold lists ``2万元至20万元``); otherwise a vague
    amount (``4000余万元`` → [4000万, 5000万]) valued at its low end.
    """
    out = []
    for item in found:
        start, end = item["offset"]
        text = item["text"]
        detail = item.get("detail") or {}
        num = detail.get("num")
        currency = CURRENCY.get(detail.get("case") or "元", detail.get("case"))
        attributes: dict[str, Any] = {"currency": currency, "jionlp_class": detail.get("definition")}
        value: int | None
        if isinstance(num, list) and len(num) == 2:
            low, high = _yuan(num[0]), _yuan(num[1])
            if any(mark in text[1:] for mark in RANGE_MARKS):
                value = None
                attributes["range"] = [low, high]
                attributes["qualifier"] = "exact"
            else:
                value = low
                attributes["bounds"] = [low, high]
                attributes["qualifier"] = _qualifier(detail.get("definition") or "", text)
        else:
            value = _yuan(num) if isinstance(num, str) else None
            attributes["qualifier"] = _qualifier(detail.get("definition") or "", text)
        rs, re_ = doc.raw_span(start, end)
        out.append(Mention("money", start, end, value, attributes, surface=doc.clean[start:end],
                           raw_start=rs, raw_end=re_, article=doc.article_at(start),
                           producer="jionlp"))
    return out


# -- scoring -------------------------------------------------------------------------

def strict(score: KindScore) -> tuple[int, float, float, float]:
    """Pairs with the right qualifier too, and the P/R/F1 they give."""
    wrong = sum(1 for w in score.wrong if w["field"] == "qualifier")
    ok = score.matched - wrong
    p = ok / score.pred if score.pred else 1.0
    r = ok / score.gold if score.gold else 1.0
    return ok, p, r, (2 * p * r / (p + r) if p + r else 0.0)


def quality(python: str, show: int) -> None:
    """Print P/R/F1 of money for newsmill and jionlp on the gold pages."""
    gold_dir, corpus = SHARED / "gold", SHARED / "corpus"
    paths = [p for p in sorted(corpus.glob("*.txt")) if (gold_dir / f"{p.stem}.json").is_file()]
    docs = list(Pipeline(disable=["hello"]).run([str(p) for p in paths]))
    found = run_jionlp(python, "extract", [d.clean for d in docs])
    totals = {"newsmill": KindScore("money"), "jionlp": KindScore("money")}
    for doc, path, jfound in zip(docs, paths, found):
        gold = json.loads((gold_dir / f"{path.stem}.json").read_text("utf-8"))
        jdoc = attrs.evolve(doc, mentions=jionlp_mentions(doc, jfound))
        for name, d in (("newsmill", doc), ("jionlp", jdoc)):
            totals[name].add(score_page(gold, document_to_gold(d), doc.raw, page=path.name)["money"])
    print(f"money on {len(paths)} corpus pages with gold "
          "(pairs: same value at the gold evidence; strict: qualifier right too)")
    print(f"{'':10} {'gold':>5} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6}"
          f" | {'strict':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for name, s in totals.items():
        ok, p, r, f = strict(s)
        print(f"{name:10} {s.gold:>5} {s.pred:>5} {s.matched:>5} {s.precision:>6.3f} "
              f"{s.recall:>6.3f} {s.f1:>6.3f} | {ok:>6} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
    for name, s in totals.items():
        for title, items in (("false hits", s.false_hits), ("misses", s.misses),
                             ("wrong qualifier", [w for w in s.wrong if w["field"] == "qualifier"])):
            if items and show:
                print(f"\n{name} {title} ({len(items)}):")
                for it in items[:show]:
                    print("  " + "  ".join(f"{k}={v}" for k, v in it.items() if k not in ("evidence",)))


# -- speed ---------------------------------------------------------------------------

def cleaned_pages() -> list[str]:
    """The corpus pages after newsmill's clean stage."""
    raws = [p.read_text("utf-8") for p in sorted((SHARED / "corpus").glob("*.txt"))]
    p = Pipeline(disable=["hello"])
    if not p.stages().get("clean"):
        sys.exit("the cleaning plugins are not installed: pip install -e . first")
    return [p.process_document(Document.from_text(r), stages=["clean"]).clean for r in raws]


def repeated(base: list[str], mb: float) -> list[str]:
    """``base`` pages cycled until ``mb`` megabytes of UTF-8."""
    pages: list[str] = []
    size = 0
    while size < mb * 1e6:
        page = base[len(pages) % len(base)]
        pages.append(page)
        size += len(page.encode("utf-8"))
    return pages


def newsmill_seconds(pages: list[str], runs: int) -> float:
    """Best CPU seconds of ``find_money`` over ``pages``."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        for page in pages:
            list(find_money(page))
        best = min(best, time.process_time() - t0)
    return best


def speed(python: str, mb: float, runs: int) -> None:
    """Print money MB/s of both on the same repeated cleaned text, and the ratio."""
    pages = repeated(cleaned_pages(), mb)
    size = sum(len(p.encode("utf-8")) for p in pages) / 1e6
    ours = size / newsmill_seconds(pages, runs)
    answer = run_jionlp(python, "speed", pages, runs)
    theirs = size / answer["seconds"]
    print(f"speed on {len(pages)} cleaned pages, {size:.2f} MB, CPU time, best of {runs}")
    print(f"{'newsmill find_money':28} {ours:8.2f} MB/s")
    print(f"{'jionlp ' + answer['version'] + ' extract_money':28} {theirs:8.2f} MB/s")
    print(f"{'ratio newsmill / jionlp':28} {ours / theirs:8.1f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jionlp", metavar="PYTHON", default="/tmp/jvenv/bin/python",
                    help="python of a separate venv with jionlp installed (default: %(default)s)")
    ap.add_argument("--mb", type=float, default=20.0, help="size of the repeated text in MB")
    ap.add_argument("--runs", type=int, default=2, help="best of this many runs")
    ap.add_argument("--show", type=int, default=10, help="false hits and misses listed per side")
    ap.add_argument("--skip-speed", action="store_true", help="quality only")
    args = ap.parse_args()
    why = jionlp_ready(args.jionlp)
    if why:
        print(f"skipped: {why} (python3 -m venv /tmp/jvenv && /tmp/jvenv/bin/pip install jionlp)")
        return
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        print(f"skipped: {SHARED}/corpus and {SHARED}/gold are needed")
        return
    quality(args.jionlp, args.show)
    if not args.skip_speed:
        print()
        speed(args.jionlp, args.mb, args.runs)


if __name__ == "__main__":
    main()
