"""Indicators and batches found in public financial news briefs and general news sentences.

``../shared/external/fincuge-finna-news`` (briefs of markets, listed firms, ministries) and
``../shared/external/peoples-daily-ner`` with ``cluener2020`` (newspaper and web sentences of every
kind) are read as pages of 30 briefs or 40 sentences: their indicators must not be a market's move
or quote, a listed firm's results, a person's own money or a contest's result, and their batches
must not count a contest's events, a firm's deals or a class of transactions.  Nothing of the data
is stored in the project.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsmill import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "external"
BRIEFS = SHARED / "fincuge-finna-news" / "articles.jsonl"
SENTENCES = (SHARED / "peoples-daily-ner" / "test.jsonl", SHARED / "cluener2020" / "dev.jsonl")

pytestmark = pytest.mark.skipif(not BRIEFS.is_file() or not all(p.is_file() for p in SENTENCES),
                                reason="external news briefs and sentences are not available")

#: Shapes of indicators that are no statistic (the metric, or the sentence up to the figure).
_WRONG_METRIC = re.compile(r"(?<![上下])[涨跌](?:超|逾|约|近)?$|[涨跌]幅扩大|收[涨跌]|归属于|归母|净利|纯利"
                           r"|每股|收益率|^[他她]|抓举|挺举|总成绩")
_WRONG_SENTENCE = re.compile(r"涨停|跌停|收盘|开盘|龙虎榜|换手率|净买入|净卖出")
#: Shapes of batches that count no projects of a place.
_WRONG_BATCH = re.compile(r"比赛|角逐|中标|IPO|混改|在执行|住宅项目|公寓项目")


def _pages() -> list[str]:
    with BRIEFS.open(encoding="utf-8") as f:
        briefs = [json.loads(line) for line in f]
    pages = ["\n\n".join(f"{b['headline'].strip()}\n\n{b['body'].strip()}" for b in briefs[i:i + 30]) + "\n"
             for i in range(0, len(briefs), 30)]
    sentences: list[str] = []
    for path in SENTENCES:
        with path.open(encoding="utf-8") as f:
            sentences += [json.loads(line)["text"].strip() for line in f]
    pages += ["\n\n".join(sentences[i:i + 40]) + "\n" for i in range(0, len(sentences), 40)]
    return pages


@pytest.fixture(scope="module")
def found() -> list[tuple[str, str, str]]:
    """(kind, what was read, the sentence up to it) of every indicator and batch."""
    pipeline = Pipeline()
    out: list[tuple[str, str, str]] = []
    for page in _pages():
        doc = pipeline.process(page)
        text = doc.clean
        for r in doc.records:
            if r.kind not in ("indicator", "batch"):
                continue
            ev = r.fields["value" if r.kind == "indicator" else "count"].evidence
            at = ev[0].start if ev else 0
            s0 = max(text.rfind(c, 0, at) for c in "。！？；\n") + 1
            s1 = min([i for i in (text.find(c, at) for c in "。！？；\n") if i >= 0] or [len(text)])
            what = str(r.get("metric")) if r.kind == "indicator" else text[s0:s1]
            out.append((r.kind, what, text[s0:at]))
    return out


def test_statistics_and_batches_are_found(found: list[tuple[str, str, str]]) -> None:
    assert sum(k == "indicator" for k, _, _ in found) > 1000  # the briefs do tell of the economy
    assert sum(k == "batch" for k, _, _ in found) > 20


def test_no_indicator_of_another_sense(found: list[tuple[str, str, str]]) -> None:
    wrong = [(m, s) for k, m, s in found
             if k == "indicator" and (_WRONG_METRIC.search(m) or _WRONG_SENTENCE.search(s))]
    assert wrong == []


def test_no_batch_of_another_sense(found: list[tuple[str, str, str]]) -> None:
    wrong = [s for k, s, _ in found if k == "batch" and _WRONG_BATCH.search(s)]
    assert wrong == []
