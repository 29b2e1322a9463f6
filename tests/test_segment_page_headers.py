"""Segmenter: newspaper page headers (mastheads) and portal meta lines with page widgets."""

from __future__ import annotations

import pytest

from newsmill import Pipeline
from newsmill.core.model import Document
from newsmill.zh.article_layout import is_masthead
from newsmill.zh.bylines import parse_credit_line


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable=["hello"])


def segment(pipeline: Pipeline, text: str) -> Document:
    return pipeline.process_document(Document.from_text(text), stages=["segment"])


@pytest.mark.parametrize("line, expected", [
    ("东江日报  2023年3月8日  星期三  第5版  县域经济", True),
    ("东江商报 2021年9月1日 A3 财经", True),
    ("2020年6月2日 星期二", True),
    ("2023年3月8日开工的第5版规划项目", False),  # a sentence, not a page header
    ("东江县签约项目12个 总投资36.5亿元", False),
])
def test_masthead_lines(line: str, expected: bool) -> None:
    assert is_masthead(line) is expected


def test_masthead_is_not_the_headline(pipeline: Pipeline) -> None:
    text = ("东江日报  2023年3月8日  星期三  第5版  县域经济\n\n"
            "链式招商 集群成势\n东江县签约项目12个 总投资36.5亿元\n\n"
            "本报讯(记者 周明)3月6日,东江县举行招商签约会,签约项目12个,总投资36.5亿元。\n")
    [a] = segment(pipeline, text).articles
    assert a.headline == "东江县签约项目12个 总投资36.5亿元"
    assert a.kicker == "链式招商 集群成势"


@pytest.mark.parametrize("line, source", [
    ("发布时间：2023-03-07 10:20  来源：东江市人民政府网  【字体：大 中 小】  打印本页", "东江市人民政府网"),
    ("来源：东江市人民政府网   发布日期：2023-03-07   浏览次数：321", "东江市人民政府网"),
    ("【字号：大 中 小】 来源：东江日报 【打印】 【关闭】", "东江日报"),
])
def test_portal_meta_line_gives_the_source(line: str, source: str) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and credit.source is not None and credit.source.text == source
    assert credit.reporters == []


def test_portal_meta_line_is_no_kicker(pipeline: Pipeline) -> None:
    text = ("首页 > 政务公开 > 工作动态\n\n东江市前两月工业投资增长12%\n\n"
            "发布时间：2023-03-07 10:20  来源：东江市人民政府网  【字体：大 中 小】  打印本页\n\n"
            "1-2月,东江市工业投资同比增长12%,新开工项目18个。\n")
    [a] = segment(pipeline, text).articles
    assert (a.headline, a.kicker, a.source) == ("东江市前两月工业投资增长12%", None, "东江市人民政府网")


def test_dense_pdf_spaced_title_and_byline_names(pipeline: Pipeline) -> None:
    text = ("东 江 县 前 三 季 度 工 业 投 资 增 长 两 成\n"
            "东江日报东江10月9日讯 (记者 周 明 通讯员 孙晓梅)1-9月,东江县完成工业投资88亿元。\n")
    [a] = segment(pipeline, text).articles
    assert a.headline == "东江县前三季度工业投资增长两成"
    assert (a.source, a.dateline, a.reporters) == ("东江日报", "东江", ["周明", "孙晓梅"])


@pytest.mark.parametrize("line, names", [
    ("记者 王 小 明", ["王小明"]),
    ("通讯员 曾 瑶 记者 钟 伟", ["曾瑶", "钟伟"]),
    ("记者 张三 李四", ["张三", "李四"]),
])
def test_names_with_stray_spaces(line: str, names: list[str]) -> None:
    credit = parse_credit_line(line)
    assert credit is not None and [r.text for r in credit.reporters] == names


def test_spaced_words_without_a_role_are_no_byline() -> None:
    assert parse_credit_line("分 享 到") is None


def test_briefs_with_bullet_titles_under_a_bracketed_column(pipeline: Pipeline) -> None:
    text = ("【经济简讯】\n■东江县：光伏项目并网发电\n3月5日,东江县光伏项目并网发电,总投资3亿元。（张伟）\n"
            "■西山区：物流园开工\n3月6日,西山区物流园开工,总投资5亿元。（刘洋）\n")
    arts = segment(pipeline, text).articles
    assert [(a.headline, a.kicker, a.reporters) for a in arts] == [
        ("东江县：光伏项目并网发电", None, ["张伟"]), ("西山区：物流园开工", None, ["刘洋"])]
    assert arts[0].attributes["column"] == "【经济简讯】"


def test_photo_credit_after_a_closed_story_names_no_reporter(pipeline: Pipeline) -> None:
    text = ("东江港上半年吞吐量增长\n\n本报东江讯 上半年,东江港完成货物吞吐量860万吨。(记者 周明)\n\n"
            "（孙晓梅 摄）\n")
    [a] = segment(pipeline, text).articles
    assert a.reporters == ["周明"]
    assert a.attributes["photographers"] == ["孙晓梅"]


def test_photo_credit_of_a_photo_story_stays_its_byline(pipeline: Pipeline) -> None:
    text = "东江湿地迎来候鸟\n\n近日,成群候鸟飞抵东江湿地越冬。\n\n（孙晓梅 摄）\n"
    [a] = segment(pipeline, text).articles
    assert a.reporters == ["孙晓梅"]
