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
