"""The host's fast paths give the same answers as the plain definitions they replace."""

from __future__ import annotations

import gc
import random

import pytest

from newsmill.core.model import Article, Document, Evidence, Mention, Problem, Region
from newsmill.core.offsets import Edit, OffsetMap, apply_edits
from newsmill.core.pipeline import article_finder
from newsmill.core.run import GC_GEN0_THRESHOLD, execute
from newsmill.testing import make_pipeline
from tests.conftest import PAGE

pytestmark = pytest.mark.usefixtures("minimal_builtins")


def _doc_with(spans: list[tuple[int, int]]) -> Document:
    doc = Document.from_text("x" * 60)
    doc.articles = [Article(s, e, index=i) for i, (s, e) in enumerate(spans)]
    return doc


@pytest.mark.parametrize("spans", [
    [],
    [(0, 10), (10, 25), (30, 60)],           # in order, with a gap
    [(0, 0), (0, 5), (5, 5), (5, 60)],       # empty articles where others start
    [(5, 20), (0, 10), (30, 40)],            # out of order and overlapping: plain scan
    [(0, 30), (10, 20)],                     # nested
    [(5, 40)],                               # one article
    [(7, 7)],                                # one empty article
])
def test_article_finder_agrees_with_article_at(spans):
    doc = _doc_with(spans)
    find = article_finder(doc)
    assert [find(p) for p in range(-1, 62)] == [doc.article_at(p) for p in range(-1, 62)]


def _reference_to_raw(m: OffsetMap, start: int, end: int) -> tuple[int, int]:
    """``to_raw`` written with the segment tuples, as the map defines it."""
    segs = m.segments()

    def seg_start(pos: int) -> int:
        i = max(k for k, s in enumerate(segs) if s[0] <= pos) if segs[0][0] <= pos else len(segs) - 1
        while segs[i][1] == segs[i][0] and i + 1 < len(segs) and pos >= segs[i][1]:
            i += 1
        c0, c1, s0, s1, copy = segs[i]
        if copy:
            return min(s0 + pos - c0, s1)
        return s0 if pos < c1 or c0 == c1 else s1

    def seg_end(pos: int) -> int:
        i = max((k for k, s in enumerate(segs) if s[0] <= pos - 1), default=-1) if pos > 0 else 0
        c0, c1, s0, s1, copy = segs[i]
        if copy:
            return min(s0 + pos - c0, s1)
        return s1 if pos > c0 else s0

    if start == end:
        p = seg_start(start)
        return p, p
    rs = seg_start(start)
    return rs, max(rs, seg_end(end))


def test_to_raw_matches_the_segment_definition():
    rnd = random.Random(7)
    for _ in range(300):
        text = "".join(rnd.choice("甲乙丙 ,") for _ in range(rnd.randint(1, 30)))
        m = OffsetMap.identity(len(text))
        for _step in range(rnd.randint(1, 3)):
            edits, pos = [], 0
            while pos < len(text):
                pos += rnd.randint(0, 4)
                n = min(rnd.randint(0, 2), len(text) - pos)
                if pos > len(text):
                    break
                rep = rnd.choice(["", "x", "yy", "z" * n])
                edits.append(Edit(pos, pos + n, rep, aligned=len(rep) == n))
                pos += max(n, 1)
            text, inner = apply_edits(text, edits)
            m = m.compose(inner)
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1):
                assert m.to_raw(a, b) == _reference_to_raw(m, a, b)


def test_to_dict_keeps_every_field_in_declaration_order():
    import attrs

    for obj in (Evidence(1, 2, 3, 4, "t"), Problem("warning", "clean", "p", "m", 1, 2),
                Region("furniture", 0, 3, "n", "p"),
                Mention("money", 0, 2, value=5, attributes={"a": 1}, surface="s", article=0)):
        d = obj.to_dict()
        assert list(d) == [f.name for f in attrs.fields(type(obj))]
        assert d == attrs.asdict(obj)


def test_run_collects_garbage_less_often_and_restores_the_thresholds(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    before = gc.get_threshold()
    seen = []
    execute(make_pipeline(), [str(tmp_path / "page.txt")], tmp_path / "out", ["jsonl"],
            on_document=lambda doc, n: seen.append(gc.get_threshold()))
    assert seen and seen[0][0] >= GC_GEN0_THRESHOLD
    assert gc.get_threshold() == before
