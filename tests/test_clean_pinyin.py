"""Pinyin annotations: removed after characters, real parentheses kept."""

import pytest

from newsmill.zh.pinyin import is_syllable
from tests.cleaning_support import clean

ONLY = ("clean-pinyin",)


@pytest.mark.parametrize("raw, expected", [
    ("新區(qū)招商", "新區招商"),
    ("數(shù)字經(jīng)濟(jì)園", "數字經濟園"),
    ("全縣(市、區(qū))同步推進", "全縣(市、區)同步推進"),
    ("（撰稿 張明(míng)）", "（撰稿 張明）"),
    ("年產(chǎn)（chǎn）量", "年產量"),
    ("通(tōng)過(guò)", "通過"),
])
def test_annotations_are_removed(raw, expected):
    assert clean(raw, ONLY).clean == expected


@pytest.mark.parametrize("raw", [
    "二号厂房(二期)建成", "(记者 刘洋)", "引入人工智能(AI)技术", "字母(e)", "咖啡(café)",
    "(2021—2025年)", "（三期）", "的(de)", "Apple (US)",
])
def test_real_parentheses_are_kept(raw):
    doc = clean(raw, ONLY)
    assert doc.clean == raw
    assert doc.offsets.is_identity()


def test_orphan_tail_after_question_mark_is_removed_but_the_mark_stays():
    assert clean("反饋?zuì)新情況", ONLY).clean == "反饋?新情況"


def test_raw_span_of_a_word_covers_its_annotations():
    raw = "推動(dòng)產(chǎn)業(yè)升級"
    doc = clean(raw, ONLY)
    i = doc.clean.index("產業")
    rs, re_ = doc.raw_span(i, i + 2)
    assert raw[rs:re_] == "產(chǎn)業"
    j = doc.clean.index("升級")
    assert raw[slice(*doc.raw_span(j, j + 2))] == "升級"


def test_syllable_check():
    assert is_syllable("zhuàng") and is_syllable("lǜ") and is_syllable("ér")
    assert not is_syllable("zhuang") and not is_syllable("cafés")
