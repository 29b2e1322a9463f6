"""Segmentation of the real corpus pages scored against the hand-made gold (``../shared/gold``).

Articles are matched by headline, leniently (script, spaces and punctuation
do not count).  When no cleaning plugin is installed the test applies a
minimal normalization itself (pinyin annotations out, Traditional to
Simplified); otherwise the pages go through the real pipeline.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from newsmill import Pipeline
from newsmill.core.model import Document
from newsmill.zh.pinyin import ANNOTATION_RE

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = sorted((SHARED / "gold").glob("*.json")) if (SHARED / "gold").is_dir() else []

pytestmark = pytest.mark.skipif(not GOLD, reason="../shared/gold is not available")



@pytest.fixture(scope="module")
def t2s():
    pytest.importorskip("opencc")
    from newsmill.zh.t2s import simplify

    return simplify


def _unpinyin(s: str) -> str:
    return ANNOTATION_RE.sub("", s)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable=["hello"])


def _simple(t2s, s: str | None) -> str | None:
    """Script-neutral form of a field: pinyin out, Simplified, NFKC, no spaces."""
    if s is None:
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", t2s(_unpinyin(s))))


def _loose(t2s, s: str | None) -> str:
    """Matching key of a headline: also without punctuation."""
    return re.sub(r"[\W_]", "", _simple(t2s, s) or "")


def segment_page(pipeline: Pipeline, t2s, raw: str) -> Document:
    """Run the page through the pipeline, normalizing locally when no cleaner is installed."""
    if pipeline.stages()["clean"]:
        return pipeline.process_document(Document.from_text(raw), stages=["clean", "segment"])
    doc = Document.from_text(t2s(_unpinyin(raw)))
    return pipeline.process_document(doc, stages=["segment"])


def score_page(pipeline: Pipeline, t2s, gold_file: Path) -> dict:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    raw = (SHARED / "corpus" / gold["page"]).read_text(encoding="utf-8")
    doc = segment_page(pipeline, t2s, raw)
    assert not doc.failed, doc.problems
    found = {_loose(t2s, a.headline): a for a in doc.articles if a.headline}
    matched, exact, first_ok, misses = 0, 0, 0, []
    for g in gold["articles"]:
        a = found.get(_loose(t2s, g["headline"]))
        if a is None:
            misses.append(g["headline"])
            continue
        matched += 1
        same = (_simple(t2s, a.headline) == _simple(t2s, g["headline"])
                and _simple(t2s, a.source) == _simple(t2s, g["source"])
                and _simple(t2s, a.dateline) == _simple(t2s, g["dateline"])
                and [_simple(t2s, r) for r in a.reporters] == [_simple(t2s, r) for r in g["reporters"]])
        exact += same
        if not same:
            misses.append(f"fields of {g['headline']}: {a.source} {a.dateline} {a.reporters}")
        body = doc.clean[a.body_start:a.body_end] if a.body_start is not None else ""
        first_ok += _loose(t2s, body).startswith(_loose(t2s, g["first_words"])[:12])
    n_gold, n_found = len(gold["articles"]), len(doc.articles)
    return {
        "page": gold["page"], "doc": doc,
        "recall": matched / n_gold if n_gold else 1.0,
        "precision": matched / n_found if n_found else 1.0,
        "fields": exact / matched if matched else 1.0,
        "first_words": first_ok / matched if matched else 1.0,
        "misses": misses,
    }


@pytest.mark.parametrize("gold_file", GOLD, ids=[g.stem for g in GOLD])
def test_articles_match_gold(pipeline, t2s, gold_file):
    s = score_page(pipeline, t2s, gold_file)
    print(f"\n{s['page']}: recall {s['recall']:.2f} precision {s['precision']:.2f} "
          f"fields exact {s['fields']:.2f} body start {s['first_words']:.2f}")
    for m in s["misses"]:
        print("   miss:", m)
    assert s["recall"] >= 0.95 and s["precision"] >= 0.95, s["misses"]
    assert s["fields"] >= 0.90, s["misses"]
    assert s["first_words"] >= 0.90, s["misses"]


@pytest.mark.parametrize("gold_file", GOLD, ids=[g.stem for g in GOLD])
def test_evidence_points_at_the_raw_text(pipeline, t2s, gold_file):
    """Every field's evidence has a raw span, and its cleaned span shows the value."""
    doc = score_page(pipeline, t2s, gold_file)["doc"]
    assert doc.articles
    for a in doc.articles:
        assert 0 <= a.raw_start < a.raw_end <= len(doc.raw)
        for name, ev in a.evidence.items():
            assert 0 <= ev.raw_start <= ev.raw_end <= len(doc.raw)
            shown = doc.clean[ev.start:ev.end]
            if name in ("headline", "kicker", "source", "dateline"):
                assert shown.replace(" ", "") == str(getattr(a, name)).replace(" ", ""), name
            else:
                assert a.reporters[0] in shown and a.reporters[-1] in shown


def test_articles_do_not_overlap_and_keep_page_order(pipeline, t2s):
    for gold_file in GOLD:
        doc = score_page(pipeline, t2s, gold_file)["doc"]
        spans = [(a.start, a.end) for a in doc.articles]
        assert spans == sorted(spans)
        assert all(e1 <= s2 for (_s1, e1), (s2, _e2) in zip(spans, spans[1:]))
