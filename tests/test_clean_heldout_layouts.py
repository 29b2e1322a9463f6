"""Cleaners on layouts the held-out pages showed: letter-spaced PDF titles, portal meta lines."""

from pathlib import Path

from tests.cleaning_support import clean

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"

SPACED_PAGE = (
    "东 江 县 上 半 年 工 业 投 资 增 长 两 成\n"
    "东江日报东江7月3日讯 (记者 周 明)上半年,东江县完成工业投资88亿元,同比增长21.4%,其中技改投资\n"
    "31亿元,新开工项目27个,总投资64亿元。\n"
)


def test_letter_spaced_title_is_closed_up():
    out = clean(SPACED_PAGE, ("clean-spaces",)).clean
    assert out.startswith("东江县上半年工业投资增长两成\n")
    assert "(记者 周 明)" in out  # a byline group keeps its separators


def test_letter_spaced_line_needs_single_characters():
    text = "两江 新区 项目 签约 仪式 举行\n本报讯 今年以来,全区签约项目 12 个,投资 45 亿元,同比 增长 8%。\n"
    assert "两江 新区 项目 签约 仪式 举行" in clean(text, ("clean-spaces",)).clean


def test_portal_meta_line_is_not_glued_to_the_subtitle():
    page = (HELDOUT / "2022-12-09_jiujiang-portal.txt").read_text(encoding="utf-8")
    out = clean(page, ("clean-linebreaks",)).clean
    assert "领域\n\n来源：九江市人民政府网" in out
