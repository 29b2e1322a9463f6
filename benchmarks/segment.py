"""Segmentation benchmark: the news segmenter over sample and corpus pages (run by hand).

    python benchmarks/segment.py [--repeat 200]

Pages come from ``samples/`` and, when present, ``../shared/corpus/``; each
page is segmented ``--repeat`` times on one core, one page per call, the way
the pipeline calls it.  Prints MB/s (one MB = 1,000,000 bytes of UTF-8 page text) and articles
per second, and the ratio to the whole-document segmenter on the same pages.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsmill.core.model import Document
from newsmill.plugins import segment_news, segment_whole

ROOT = Path(__file__).resolve().parents[1]
OPTIONS = {"max_heading_chars": 100, "share_closing_credit": True, "page_date": True}


def pages() -> list[str]:
    real_pages = ROOT.parent / "shared" / "corpus"
    found = sorted(ROOT.glob("samples/*.txt")) + sorted(real_pages.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in found]


def run(texts: list[str], repeat: int, segment) -> tuple[float, int]:
    docs = [Document.from_text(t) for t in texts]
    articles = 0
    started = time.perf_counter()
    for _ in range(repeat):
        for d in docs:
            articles += len(segment(d))
    return time.perf_counter() - started, articles


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    texts = pages()
    mb = sum(len(t.encode("utf-8")) for t in texts) * args.repeat / 1e6
    news_s, n_articles = run(texts, args.repeat, lambda d: segment_news.newsmill_segment(d, OPTIONS))
    whole_s, _ = run(texts, args.repeat, segment_whole.newsmill_segment)
    print(f"{len(texts)} pages x {args.repeat} = {mb:.2f} MB")
    print(f"segment-news : {mb / news_s:8.2f} MB/s  {n_articles / news_s:10.0f} articles/s")
    print(f"segment-whole: {mb / whole_s:8.2f} MB/s")
    print(f"ratio whole/news: {news_s / whole_s:.1f}x")


if __name__ == "__main__":
    main()
