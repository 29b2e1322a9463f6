"""The anchor scans of the dates and percent annotators agree with the plain patterns they replaced."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.zh import dates, units

_PIECES = [
    "2023", "2021", "1998", "20230915", "202309151", "1", "12", "3", "一", "二", "十", "十五", "五",
    "年", "月", "日", "季", "季度", "旬", "周", "期", "星期", "礼拜", "天", "久", "不久", "晚", "晨", "夜",
    "今", "去", "明", "上", "下", "本", "当", "近", "前", "初", "底", "-", "/", ".", "至", "到", "～",
    "%", "％", "倍", "番", "百", "分", "百分", "之", "增长", "项目", "，", "。", " ", "\n",
]
date_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

#: the patterns as first written
_DATE_ANCHOR_PLAIN = re.compile(
    r"[年月日季旬周期拜天五久晚晨夜]|(?:19|20)\d{2}(?:[-/.－—–~～至到]|\d{4}(?!\d))")
_P_ANCHOR_PLAIN = re.compile(r"[%％倍番]|百分")


def _plain_date_anchors(text: str) -> Iterator[re.Match[str]]:
    """The date anchors as first computed: one scan of the alternation, then the context test."""
    for a in _DATE_ANCHOR_PLAIN.finditer(text):
        ch = a.group()
        if len(ch) > 1:
            yield a
            continue
        i = a.start()
        if (i and text[i - 1] in dates._PREV_OK[ch]) or text[i + 1:i + 2] in dates._NEXT_OK.get(ch, ()):
            yield a


@settings(max_examples=400)
@given(date_text)
@example("2023年9月至2024-05，十五日晚")
@example("20230915年前2021/3")
def test_date_anchors_are_the_alternation_scan(text: str) -> None:
    got = [(a.span(), a.group()) for a in dates._anchors(text)]
    assert got == [(a.span(), a.group()) for a in _plain_date_anchors(text)]


@settings(max_examples=400)
@given(date_text)
@example("百分之五，增长2倍，翻一番，百百分％")
def test_percent_anchor_scan_is_the_alternation(text: str) -> None:
    assert [(m.span(), m.group()) for m in units._P_ANCHOR.finditer(text)] == \
        [(m.span(), m.group()) for m in _P_ANCHOR_PLAIN.finditer(text)]
