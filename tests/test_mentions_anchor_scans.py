"""The anchor scans of the dates and percent annotators agree with the plain patterns they replaced."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.zh import dates, units

try:  # the regex parser of the standard library (``sre_parse`` before Python 3.11)
    from re import _constants as _C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

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


def _first_chars(items) -> tuple[set[str], bool]:
    """The characters a parsed regex sequence can begin with, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_chars_of(op, av)
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_chars_of(op, av) -> tuple[set[str], bool]:
    if op is _C.LITERAL:
        return {chr(av)}, False
    if op is _C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(chr(a))
            elif o is _C.RANGE:
                chars |= {chr(c) for c in range(a[0], a[1] + 1)}
            else:  # a category (\d, \w …): too wide for a hand-written class
                raise AssertionError(f"unsupported first item {o} {a}")
        return chars, False
    if op is _C.SUBPATTERN:
        return _first_chars(av[3])
    if op is _C.BRANCH:
        chars, nullable = set(), False
        for branch in av[1]:
            c, n = _first_chars(branch)
            chars |= c
            nullable = nullable or n
        return chars, nullable
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        chars, nullable = _first_chars(av[2])
        return chars, nullable or av[0] == 0
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return set(), True
    raise AssertionError(f"unsupported op {op}")


def test_date_start_lookahead_lists_every_first_character_of_the_pattern() -> None:
    chars, nullable = _first_chars(_parser.parse(dates._STARTS_PATTERN))
    assert not nullable
    first = re.compile(f"[{dates._STARTS_FIRST}]")
    assert {c for c in chars if not first.fullmatch(c)} == set()


_START_PIECES = _PIECES + ["星期一", "礼拜天", "上个月", "这周", "当季", "大后天", "十四五", "“十四五”",
                           "\"十三五\"", "‘十二五", "近日", "日前", "近期", "前不久", "年初以来", "第一季度",
                           "首季度", "前两季度", "一至三季度", "上半年", "下半年", "全年", "前3个月",
                           "三十日", "元月", "零", "〇", "同年", "次年", "昨天", "今晚"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_START_PIECES), max_size=30).map("".join),
       st.integers(0, 60), st.integers(0, 80))
@example("“十四五”期间", 0, 10)
def test_date_start_search_is_the_plain_pattern(text: str, pos: int, end: int) -> None:
    plain = re.compile(dates._STARTS_PATTERN)
    for start in range(min(pos, len(text)) + 1):
        a = dates._STARTS.search(text, start, end)
        b = plain.search(text, start, end)
        assert (a and (a.span(), a.group())) == (b and (b.span(), b.group()))


#: every anchor character and every character an anchor accepts before or after it, plus others
_CONTEXT_CHARS = sorted({*dates._PREV_OK, *"".join(map("".join, dates._PREV_OK.values())),
                         *"".join(map("".join, dates._NEXT_OK.values())), "的", "x", "\n", "2"})


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_CONTEXT_CHARS), max_size=30).map("".join))
@example("礼拜天,上旬;昨夜今晨;十五)日;近期年度")
def test_loose_anchor_scan_keeps_every_anchor_the_exact_test_keeps(text: str) -> None:
    near = {a.start() for a in dates._ANCHOR_CHAR_NEAR.finditer(text)}
    exact = {i for i in (a.start() for a in dates._ANCHOR_CHAR.finditer(text))
             if (i and text[i - 1:i + 1] in dates._OK_BEFORE) or text[i:i + 2] in dates._OK_AFTER}
    assert exact <= near
    assert [(a.span(), a.group()) for a in dates._anchors(text)] == \
        [(a.span(), a.group()) for a in _plain_date_anchors(text)]
