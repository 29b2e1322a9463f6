"""Shortcuts of the record extractors give what the plain expressions they replace give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.core.model import Document
from newsmill.zh.recctx import RecordContext

_CHARS = st.sampled_from(list("甲乙丙项目，,。；;：:\n!?！？"))
#: The sets of clause-ending characters the extractors look up.
_SETS = [",，。;；:：\n", "。！？\n", "。；;\n!！?？", "；;", "；;，,", "。！？", "，,。；;！？\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=300).map("".join), st.integers(0, 320), st.integers(0, 320),
       st.sampled_from(_SETS))
def test_clause_marks_answer_as_the_plain_searches(text: str, lo: int, hi: int, chars: str) -> None:
    ctx = RecordContext(Document.from_text(text))
    text = ctx.text
    assert ctx.last_mark(frozenset(chars), lo, hi) == max(text.rfind(c, lo, hi) for c in chars)
    assert ctx.next_mark(frozenset(chars), lo) == min(
        (i for i in (text.find(c, lo) for c in chars) if i >= 0), default=len(text))


def test_clause_marks_reach_a_stop_far_before() -> None:
    ctx = RecordContext(Document.from_text("甲。" + "乙，" * 300 + "丙"))
    n = len(ctx.text)
    assert ctx.last_mark(frozenset("。"), 0, n) == 1
    assert ctx.last_mark(frozenset("；"), 0, n) == -1
    assert ctx.last_mark(frozenset("。"), 2, n) == -1
    assert ctx.next_mark(frozenset("。"), 2) == n
    assert ctx.next_mark(frozenset("，"), 2) == 3
