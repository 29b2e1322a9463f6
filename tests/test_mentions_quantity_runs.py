"""The numeral runs a quantity is tried at, found by ``re`` alone, are those the plain loop kept.

``units._Q_RUN`` replaces a scan of every numeral run (``units._Q_START``) followed by a test
in Python of the character after the run; the plain loop is kept below as first written.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.zh import units

_PIECES = ["1", "2", "35", "4.5", "1,200", ",", ".", "0", "2024", "一", "二", "两", "三", "十", "百", "千",
           "万", "亿", "零", "〇", "年", "月", "日", "%", "余", "多", "人", "个", "吨", "千瓦", "瓦", "克",
           "米", "亩", "家", "元", " ", "\n", "kW", "MW", "TEU", "的", "项目", "第", "约", "超过"]
numeral_text = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _plain_runs(text: str) -> list[tuple[int, int]]:
    """The runs of ``_Q_START`` that _quantity_matches tried, as first written."""
    n = len(text)
    out = []
    for s in units._Q_START.finditer(text):
        i, j = s.span()
        if j < n and text[j] not in units._Q_NEXT and text[j - 1] != "千":
            continue
        out.append((i, j))
    return out


@settings(max_examples=1000)
@given(numeral_text)
@example("三千五百年")
@example("三千瓦，5千克")
@example("2024年3月，1.5万吨，十二家")
@example("12,3.4,")
@example("一千")
def test_runs_found_by_re_are_the_runs_the_loop_kept(text: str) -> None:
    assert [m.span() for m in units._Q_RUN.finditer(text)] == _plain_runs(text)


@given(st.text(alphabet="0123456789.,一二两三十百千万亿零〇年月人个瓦克米 ", max_size=30))
def test_runs_on_any_mix_of_numerals(text: str) -> None:
    assert [m.span() for m in units._Q_RUN.finditer(text)] == _plain_runs(text)
