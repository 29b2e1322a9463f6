"""Shortcuts of the record extractors give what the plain expressions they replace give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.plugins.extract_projects import _after_last_of

_CHARS = st.sampled_from(list("甲乙丙项目，。；：\n!?"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHARS, max_size=600).map("".join), st.integers(0, 600),
       st.sampled_from([",，。;；:：\n", "。！？\n", "。；;\n!！?？"]), st.integers(1, 50))
def test_after_last_of_equals_the_plain_search(text: str, end: int, chars: str, window: int) -> None:
    end = min(end, len(text))
    assert _after_last_of(text, chars, end, window) == max(text.rfind(c, 0, end) for c in chars) + 1


def test_after_last_of_finds_a_stop_beyond_the_window() -> None:
    text = "甲。" + "乙" * 500 + "丙"
    assert _after_last_of(text, "。", len(text)) == 2
    assert _after_last_of(text, "；", len(text)) == 0
