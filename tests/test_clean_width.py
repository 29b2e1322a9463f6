"""Width: full-width letters and digits to ASCII; Chinese punctuation in its full-width form."""

import pytest

from newsmill.plugins.clean_width import normalize
from tests.cleaning_support import clean

ONLY = ("clean-width",)


@pytest.mark.parametrize("raw, expected", [
    ("共签约１２个项目，总额３５．６亿元", "共签约12个项目，总额35.6亿元"),
    ("ＡＩ产业园增长１２％", "AI产业园增长12%"),
    ("据悉,该园区今年已投产;下一步:扩建", "据悉，该园区今年已投产；下一步：扩建"),
    ("效益如何?答案是肯定的!", "效益如何？答案是肯定的！"),
    ("一期(试运行)阶段", "一期（试运行）阶段"),
    ("人工智能(AI)项目", "人工智能（AI）项目"),
    ('他说"马上开工"。', "他说“马上开工”。"),
    ("称为'双招双引'工程", "称为‘双招双引’工程"),
])
def test_canonical_forms(raw, expected):
    doc = clean(raw, ONLY)
    assert doc.clean == expected
    assert len(doc.clean) == len(raw)
    assert all(doc.raw_span(i, i + 1) == (i, i + 1) for i in range(len(raw)))


@pytest.mark.parametrize("text", [
    "投资1,200万元", "上午10:30开幕", "访问 http://example.org 查看", "Apple (US) reported growth, again.",
    "it's fine", "增长5.5%",
])
def test_ascii_kept_in_numbers_and_latin_text(text):
    assert clean(text, ONLY).clean == text


def test_keep_option_only_fixes_letters_and_digits():
    assert normalize("共３个,好", punctuation=False) == "共3个,好"


def test_odd_quote_count_is_left_alone():
    assert clean('他说"开工', ONLY).clean == '他说"开工'


def test_is_chinese_is_one_han_character_or_chinese_punctuation():
    from newsmill.zh.script import is_chinese

    assert all(is_chinese(c) for c in ("项", "𠀀", "，", "（", "”"))
    assert not any(is_chinese(c) for c in ("", "a", "1", ",", " ", "项目"))


def test_char_class_holds_exactly_the_given_code_points() -> None:
    import re

    from newsmill.plugins.clean_width import WIDE_TABLE
    from newsmill.zh.script import char_class

    for codes in [set(WIDE_TABLE), {0x41}, {0x2D, 0x5D, 0x5C, 0x5E}, set(range(0x4E00, 0x4E10)) | {0x3000}]:
        rx = re.compile(char_class(codes))
        assert {c for c in range(0x10000) if rx.fullmatch(chr(c))} == codes


def test_parenthesis_positions_are_what_the_class_regex_finds() -> None:
    from newsmill.plugins.clean_width import _PAREN_RE, _positions

    for text in ["", "无", "(一)", "甲（乙)丙(（）)", "((("]:
        assert _positions(text, "()（）") == [m.start() for m in _PAREN_RE.finditer(text)]


def test_wide_runs_are_those_of_the_plain_class_repeat() -> None:
    import re

    from newsmill.plugins.clean_width import _ANY_WIDE_RE, WIDE_TABLE
    from newsmill.zh.script import char_class

    plain = re.compile(f"{char_class(WIDE_TABLE)}+")
    for text in ["", "２０２３年", "ＡＢＣ，ｄｅｆ％＋", "无", "第１２版／共１６版"]:
        assert [m.span() for m in _ANY_WIDE_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
