"""Stray spaces: removed only on pages that show the noise; real separators kept."""

import pytest

from tests.cleaning_support import clean

ONLY = ("clean-spaces",)

NOISY = (
    "本报讯(记者 赵晓东)今年一季度,全县规上工业增加 值同比增长8.3%,天然 气产量达到 12 亿立方米。\n\n"
    "园区新签约项目 7 个,协议投资 56 亿元,其中 新材料 项目占比过半。\n\n"
    "第一季度 开门红 新签项目七个\n\n"
    "(通讯员 孙 丽)"
)


def test_stray_spaces_removed_on_a_noisy_page():
    doc = clean(NOISY, ONLY)
    out = doc.clean
    assert "增加值同比" in out and "天然气产量达到12亿立方米" in out
    assert "签约项目7个" in out and "投资56亿元" in out and "其中新材料项目" in out


def test_real_separators_are_kept_on_a_noisy_page():
    out = clean(NOISY, ONLY).clean
    assert "(记者 赵晓东)" in out          # byline group
    assert "第一季度 开门红 新签项目七个" in out  # headline parts
    assert "(通讯员 孙 丽)" in out


def test_a_page_without_the_noise_is_left_alone():
    text = ("本报讯 近日,市政府召开专题会议,研究部署重点项目建设工作。\n\n"
            "(记者 周一 王二)会议指出,要加快推进 项目落地。\n\n两个标题 之间的空格")
    doc = clean(text, ONLY)
    assert doc.clean == text


def test_line_ends_are_trimmed_everywhere():
    doc = clean("\u3000\u3000第一段。  \n  第二段。\t", ONLY)
    assert doc.clean == "第一段。\n第二段。"


def test_raw_span_across_a_removed_space():
    doc = clean(NOISY, ONLY)
    i = doc.clean.index("天然气")
    assert doc.raw[slice(*doc.raw_span(i, i + 3))] == "天然 气"


@pytest.mark.parametrize("text", [
    " 开头\n  中间 \n\u3000\u3000段落\t\n末尾 ", "\n\n ", "", "  ", "甲\n\t\n 乙", "无空白",
])
def test_line_end_runs_are_the_indents_and_trailing_blanks(text: str) -> None:
    import re

    from newsmill.plugins.clean_spaces import _WS, line_end_runs, space_runs

    trailing = [m.span() for m in re.finditer(f"[{_WS}]+(?=\\n|\\Z)", text)]
    leading = [m.span(1) for m in re.finditer(f"(?:\\n|\\A)([{_WS}]+)", text)]
    assert sorted(set(line_end_runs(text, space_runs(text)))) == sorted(set(trailing + leading))


def test_space_runs_are_the_maximal_blank_runs() -> None:
    import re

    from newsmill.plugins.clean_spaces import _WS, space_runs

    for text in ["", "天然 气", "a \t\u3000 b\n \n", "\u00a0\u2002x\u3000", "无空白"]:
        assert space_runs(text) == [m.span() for m in re.finditer(f"[{_WS}]+", text)]


LETTER_SPACED_FIGURES = (
    "园区今年以来签约项目十二个,其中新材料项目占比过半,后续还将持续跟进服务。\n"
    "万 达 光 电 产 业 园 一 期 投 资 3 . 5 亿 元 , 年 产 模 组 1 2 0 0 万 片 。\n"
    "该 园 区 已 引 进 A I 企 业 5 家 。\n"
)


def test_letter_spaced_line_loses_the_blanks_between_digits_and_signs():
    out = clean(LETTER_SPACED_FIGURES, ONLY).clean
    assert "投资3.5亿元,年产模组1200万片。" in out
    assert "引进A I企业5家。" in out  # two Latin letters keep their gap
    assert "其中新材料项目占比过半" in out
