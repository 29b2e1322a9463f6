"""The cleaners' quick checks answer exactly as the plain patterns they stand for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.plugins.clean_width import _ANY_WIDE_RE, _may_have_wide
from newsmill.zh.pinyin import ANNOTATION_RE, ASCII_ANNOTATION_RE
from newsmill.zh.t2s import _FIX_RE, _has_fix

# characters around the byte patterns' edges: U+FFxx, U+xxFF, CJK, astral, ASCII
_WIDTH_ALPHABET = st.sampled_from(
    [chr(c) for c in range(0xFF00, 0xFF70)]
    + ["\u4eff", "\u5fff", "\u00ff", "\u4e2d", "\u6587", "a", " ", "\n", "，", "\U00020000"])
_PINYIN_ALPHABET = st.sampled_from(list("()（）区qūjīngzhàn a?经济") + ["(qū)", "（jì）", "(AI)"])
_FIX_ALPHABET = st.sampled_from(list("著力跟随着名显本意味围绕\n中") + ["著力", "意味著", "显著"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WIDTH_ALPHABET, max_size=12).map("".join))
def test_wide_check_matches_the_class_pattern(text: str) -> None:
    assert _may_have_wide(text) == (_ANY_WIDE_RE.search(text) is not None)


def test_wide_check_ignores_byte_pairs_across_characters() -> None:
    # U+4EFF then U+FF10 would not straddle; U+4EFF then U+4E10 gives bytes FF 4E at an odd offset
    assert not _may_have_wide("\u4eff\u4e10\u4eff\u5e10")
    assert _may_have_wide("\u4eff\uff10")
    assert not _may_have_wide("，（）：；！？")  # Chinese punctuation is not narrowed


@settings(max_examples=400, deadline=None)
@given(st.lists(_PINYIN_ALPHABET, max_size=10).map("".join))
def test_ascii_annotation_pattern_without_fullwidth_paren(text: str) -> None:
    text = text.replace("（", "(")
    assert [m.span() for m in ASCII_ANNOTATION_RE.finditer(text)] == \
        [m.span() for m in ANNOTATION_RE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_FIX_ALPHABET, max_size=12).map("".join))
def test_fix_check_matches_the_fix_pattern(text: str) -> None:
    assert _has_fix(text) == (_FIX_RE.search(text) is not None)


_BLANK_ALPHABET = st.sampled_from(list(" \t\u3000\u00a0\n中文a,") + ["  ", " \n ", "\n\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_BLANK_ALPHABET, max_size=14).map("".join))
def test_space_runs_match_the_class_pattern(text: str) -> None:
    from newsmill.plugins.clean_spaces import _SPACE_RUN_RE, space_runs

    assert space_runs(text) == [m.span() for m in _SPACE_RUN_RE.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(_BLANK_ALPHABET, max_size=14).map("".join))
def test_line_gaps_match_the_gap_pattern(text: str) -> None:
    from newsmill.plugins.clean_linebreaks import _GAP_RE, line_gaps

    assert line_gaps(text) == [m.span() for m in _GAP_RE.finditer(text)]


_FURNITURE_PIECES = st.sampled_from(
    ["责任编辑", "编辑", "：", ":", "张三", "第", "3", "版", "要闻", "来源", "本报", "版权所有",
     "点击", "关注", "转发给朋友", "扫码", "二维码", "-", "12", " ", "2024年3月5日", "星期二",
     "未经授权", "转载"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_FURNITURE_PIECES, min_size=1, max_size=6).map("".join))
def test_furniture_alternation_picks_the_first_rule_in_order(line: str) -> None:
    from newsmill.plugins.clean_furniture import _FURNITURE_ANY_RE, _FURNITURE_RULES, FURNITURE_RES

    plain = next((rule for rule, rx in FURNITURE_RES.items() if rx.fullmatch(line)), None)
    m = _FURNITURE_ANY_RE.fullmatch(line)
    assert (_FURNITURE_RULES[m.lastgroup or ""] if m else None) == plain


_LINE_ALPHABET = st.sampled_from(
    list("中文记者摄图影供)）(（，,、；;。！？!?…#- 1a一、①本报讯来源：")
    + ["张三 摄", "本报记者 ", "## ", "(一)"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_LINE_ALPHABET, max_size=16).map("".join), st.sampled_from([1, 8, 30]))
def test_line_tests_match_their_plain_definitions(line: str, limit: int) -> None:
    from newsmill.zh import layout

    marks = layout.clause_marks(line)
    assert layout.is_running_text(line, limit) == \
        (layout.has_sentence_end(line) or marks >= 2 or (marks >= 1 and len(line) >= limit))
    assert layout.is_title_like(line, limit) == (len(line) <= limit and marks == 0)
    assert layout.is_credit(line) == (len(line) <= 40 and layout.CREDIT_RE.fullmatch(line) is not None)
    assert layout.opens_unit(line) == (
        layout.is_heading_marker(line) or layout.is_byline(line) or layout.is_credit(line)
        or layout.is_list_item(line) or layout.is_meta_line(line))


def _plain_columns(text: str, gaps: list[tuple[int, int]]) -> set[int]:
    """Column gaps as first written: runs of three or more lines of about the same width."""
    n = len(gaps)
    starts = [0] + [ge for _gs, ge in gaps]
    lens = [gaps[k][0] - starts[k] for k in range(n)]
    single = [text.count("\n", gs, ge) == 1 for gs, ge in gaps]
    out: set[int] = set()
    k = 0
    while k < n:
        if not single[k] or lens[k] < 8:
            k += 1
            continue
        j, width = k, lens[k]
        while j + 1 < n and single[j] and lens[j + 1] >= 8 and abs(width - lens[j + 1]) <= 1:
            width = max(width, lens[j + 1])
            j += 1
        if j - k + 1 >= 3:
            out.update(i for i in range(k, j + 1) if single[i])
        k = j + 1
    return out


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 14), st.sampled_from(["\n", "\n\n", " \n"])), max_size=12))
def test_column_check_matches_the_plain_loop(lines: list[tuple[int, str]]) -> None:
    from newsmill.plugins.clean_linebreaks import hard_wrapped_gaps, line_gaps

    text = "".join("字" * width + brk for width, brk in lines) + "尾"
    gaps = line_gaps(text)
    assert hard_wrapped_gaps(text, gaps) == _plain_columns(text, gaps)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(list(",;:?!中a1 ，（\n")), max_size=14).map("".join))
def test_punctuation_replace_matches_the_context_patterns(text: str) -> None:
    from newsmill.plugins.clean_width import PUNCT_RES, normalize
    from newsmill.zh.script import ASCII_TO_CJK

    plain = text  # no parentheses, quotes or wide forms: only the marks in context change
    for ch, rx in PUNCT_RES.items():
        plain = rx.sub(ASCII_TO_CJK[ch], plain)
    assert normalize(text) == plain


_BYLINE_ALPHABET = st.sampled_from(
    list("记者通讯员编辑校对摄影实习生孙宇琪(（)）\n 　本报讯") + ["记 者", "通 讯 员", "责任编辑"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_BYLINE_ALPHABET, max_size=16).map("".join))
def test_spaced_name_quick_test_answers_as_the_full_search(text: str) -> None:
    from unittest import mock

    from newsmill.plugins import clean_spaces
    fast = clean_spaces.spaced_name_edits(text)
    # the plain definition: the quick test always lets the text through
    with mock.patch.object(clean_spaces, "_may_have_spaced_role", lambda text, runs: True):
        plain = clean_spaces.spaced_name_edits(text)
    assert fast == plain


_BOX_ALPHABET = st.sampled_from(list("─┌┐│|+=-导读详见A02版 \n\t转3中") + ["详见A02版", "┌──", "──┐"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_BOX_ALPHABET, max_size=12).map("".join))
def test_box_line_quick_test_answers_as_the_patterns(text: str) -> None:
    import re

    from newsmill.zh import article_layout as al
    s = text.strip()
    frame = not al._MD_TABLE_RULE.match(s) and bool(al._BOX_EDGE.search(s)) and (lambda inner: (
        bool(s) and len(inner) <= 6 and len(s) - len(inner) >= 2
        and (len(inner) == 0 or any(c in s for c in "+─━═┌┏╔╭") or sum(c in al._ASCII_BOX for c in s) >= 6)))(
        re.sub(rf"[{al.BOX_CHARS}{al._ASCII_BOX}\s]", "", s))
    assert al.is_box_frame(text) == frame
    assert al.is_boxed_teaser(text) == (bool(al._BOX_EDGE.search(s)) and bool(al._TEASER.search(s)))


def test_long_site_footer_lines_are_still_flagged() -> None:
    from newsmill.core.model import Document
    from newsmill.testing import make_pipeline
    body = "本报讯 今年以来，全市新签约项目42个，总投资达到186亿元，其中工业项目占七成以上。"
    footer = ("主办单位：某某市人民政府办公室 承办：某某市大数据中心 网站标识码1234567890 "
              "某ICP备12345678号-1 某公网安备 12345678901234号")
    doc = make_pipeline().process_document(Document.from_text(body + "\n" + footer + "\n", source="p.txt"),
                                           stages=["clean"])
    flagged = [doc.raw[r.raw_start:r.raw_end] for r in doc.regions if r.kind == "furniture"]
    assert any("ICP备" in f for f in flagged)
    assert not any("签约项目" in f for f in flagged)


_TITLE_ALPHABET = st.sampled_from(
    list("长春新区整车项目1,。a \u3000\n\t") + ["长 春 新 区 整 车 项 目 ", " 新 区 整 车", "\n长 春 新 区 "])


@settings(max_examples=600, deadline=None)
@given(st.lists(_TITLE_ALPHABET, max_size=14).map("".join))
def test_spaced_title_quick_test_answers_as_the_line_scan(text: str) -> None:
    from unittest import mock

    from newsmill.plugins import clean_spaces
    fast = clean_spaces.spaced_title_wraps(text)
    with mock.patch.object(clean_spaces, "_may_have_spaced_line", lambda text, runs: True):
        plain = clean_spaces.spaced_title_wraps(text)
    assert fast == plain


def test_spaced_title_with_a_two_character_token_is_still_joined() -> None:
    from newsmill.plugins.clean_spaces import spaced_title_wraps
    # eight tokens, one of two characters (seven in eight of one character, as letter_spaced allows)
    text = "长 春 新区 整 车 项 目 园\n整 车 项 目 开 工\n正文"
    assert spaced_title_wraps(text) == [(text.index("园") + 1, text.index("\n") + 1)]
