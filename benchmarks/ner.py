"""Score the place, organization and person annotators on public NER test sets.

Reads, at run time and never copied: ``../shared/external/cluener2020/dev.jsonl``
and ``../shared/external/peoples-daily-ner/test.jsonl``.  Prints per-label
precision, recall and F1 (exact span match, and overlap match: a prediction
counts when it overlaps a gold span of the same label) and the throughput of
the three annotators in MB/s (UTF-8 bytes of input, CPU time of this process, so
that other load on a shared machine counts less).

Label mapping (dataset label -> newsmill mention kind):

- CLUENER2020: ``address`` -> place, ``company`` / ``government`` /
  ``organization`` -> org, ``name`` -> person; ``book``, ``game``, ``movie``,
  ``position``, ``scene`` are not scored.
- People's Daily: ``LOC`` -> place, ``ORG`` -> org, ``PER`` -> person.

Usage: ``python benchmarks/ner.py [--limit N]``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from pathlib import Path

from newsmill.core.model import Document
from newsmill.plugins.annotate_orgs import org_mentions
from newsmill.plugins.annotate_people import person_mentions
from newsmill.plugins.annotate_places import place_mentions
from newsmill.zh.gazetteer import Gazetteer

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "external"
CLUENER_MAP = {"address": "place", "company": "org", "government": "org", "organization": "org",
               "name": "person"}
PD_MAP = {"LOC": "place", "ORG": "org", "PER": "person"}
KINDS = ("place", "org", "person")

Span = tuple[str, int, int]


def cluener(limit: int | None) -> Iterator[tuple[str, set[Span]]]:
    """Sentences and gold spans (end exclusive) of the CLUENER2020 dev set."""
    with (SHARED / "cluener2020" / "dev.jsonl").open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            d = json.loads(line)
            spans = {(CLUENER_MAP[lab], s, e + 1)
                     for lab, ents in d["label"].items() if lab in CLUENER_MAP
                     for pos in ents.values() for s, e in pos}
            yield d["text"], spans


def peoples_daily(limit: int | None) -> Iterator[tuple[str, set[Span]]]:
    """Sentences and gold spans of the test split of the People's Daily NER set."""
    with (SHARED / "peoples-daily-ner" / "test.jsonl").open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            d = json.loads(line)
            yield d["text"], {(PD_MAP[e["type"]], e["start"], e["end"]) for e in d["entities"]}


def predict(text: str, gaz: Gazetteer) -> set[Span]:
    """Place, org and person spans the annotators find in one sentence."""
    doc = Document.from_text(text)
    doc.mentions = list(place_mentions(doc, gaz))
    found = [*doc.mentions, *org_mentions(doc), *person_mentions(doc)]
    return {(m.kind, m.start, m.end) for m in found}


def score(data: Iterator[tuple[str, set[Span]]], gaz: Gazetteer) -> tuple[dict, float, int]:
    """Counts per kind for exact and overlap matching, annotator seconds and input bytes."""
    counts = {k: {"tp": 0, "fp": 0, "fn": 0, "otp": 0, "ofp": 0, "ofn": 0} for k in KINDS}
    seconds = 0.0
    nbytes = 0
    for text, gold in data:
        t0 = time.process_time()
        pred = predict(text, gaz)
        seconds += time.process_time() - t0
        nbytes += len(text.encode("utf-8"))
        for k in KINDS:
            g = {s for s in gold if s[0] == k}
            p = {s for s in pred if s[0] == k}
            c = counts[k]
            c["tp"] += len(g & p)
            c["fp"] += len(p - g)
            c["fn"] += len(g - p)
            c["otp"] += sum(1 for s in p if any(_overlap(s, x) for x in g))
            c["ofp"] += sum(1 for s in p if not any(_overlap(s, x) for x in g))
            c["ofn"] += sum(1 for s in g if not any(_overlap(s, x) for x in p))
    return counts, seconds, nbytes


def _overlap(a: Span, b: Span) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def corpus_speed(gaz: Gazetteer, repeat: int = 20) -> None:
    """Throughput on whole corpus pages (pinyin-stripped, Simplified) against a ``re`` digit scan."""
    import re

    pages = sorted((SHARED.parent / "corpus").glob("*.txt"))
    if not pages:
        return
    try:
        import opencc

        conv = opencc.OpenCC("t2s").convert
    except ImportError:  # pragma: no cover - measured without conversion then
        def conv(t: str) -> str:
            return t
    pinyin = re.compile(r"\([a-züāēīōūǖáéíóúǘǎěǐǒǔǚàèìòùǜ]+\)")
    texts = [conv(pinyin.sub("", p.read_text("utf-8"))) for p in pages]
    nbytes = sum(len(t.encode("utf-8")) for t in texts) * repeat
    t0 = time.process_time()
    for _ in range(repeat):
        for t in texts:
            doc = Document.from_text(t)
            doc.mentions = list(place_mentions(doc, gaz))
            org_mentions(doc)
            person_mentions(doc)
    ann = time.process_time() - t0
    digits = re.compile(r"\d+")
    t0 = time.process_time()
    for _ in range(repeat):
        for t in texts:
            digits.findall(t)
    floor = time.process_time() - t0
    print(f"corpus pages: {nbytes / 1e6:.2f} MB, annotators {nbytes / 1e6 / ann:.2f} MB/s, "
          f"re digit scan {nbytes / 1e6 / floor:.1f} MB/s, ratio {ann / floor:.0f}x")


def main() -> None:
    """Score both datasets and print a Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N sentences of each set")
    args = ap.parse_args()
    gaz = Gazetteer.default()
    print("| dataset | kind | gold | P exact | R exact | F1 exact | P overlap | R overlap | F1 overlap |")
    print("|:---|:---|---:|---:|---:|---:|---:|---:|---:|")
    speeds = []
    for name, data in (("CLUENER2020 dev", cluener(args.limit)),
                       ("People's Daily test", peoples_daily(args.limit))):
        counts, seconds, nbytes = score(data, gaz)
        speeds.append((name, nbytes, seconds))
        for k in KINDS:
            c = counts[k]
            p, r, f = _prf(c["tp"], c["fp"], c["fn"])
            op, orr, of = _prf(c["otp"], c["ofp"], c["ofn"])
            print(f"| {name} | {k} | {c['tp'] + c['fn']} | {p:.3f} | {r:.3f} | {f:.3f} "
                  f"| {op:.3f} | {orr:.3f} | {of:.3f} |")
    print()
    for name, nbytes, seconds in speeds:
        print(f"{name}: {nbytes / 1e6:.2f} MB in {seconds:.2f} s = {nbytes / 1e6 / seconds:.2f} MB/s "
              "(places + orgs + people, one sentence per document)")
    corpus_speed(gaz)


if __name__ == "__main__":
    main()
