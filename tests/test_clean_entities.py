"""HTML left in text pages: character references and tags become plain text, offsets stay exact."""

from __future__ import annotations

import pytest

from newsmill import Pipeline
from newsmill.core.model import Document


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


def clean(pipe: Pipeline, text: str) -> Document:
    return pipe.process_document(Document.from_text(text), stages=["clean"])


def test_the_cleaner_is_a_builtin(pipe: Pipeline) -> None:
    info = pipe.host.infos["clean-entities"]
    assert info.builtin and info.status == "loaded"


@pytest.mark.parametrize(("raw", "expected"), [
    ("坚持&ldquo;项目为王&rdquo;理念", "坚持“项目为王”理念"),
    ("某某园区&mdash;&mdash;新材料产业的聚集地", "某某园区——新材料产业的聚集地"),
    ("所谓&#8220;标准地&#8221;出让", "所谓“标准地”出让"),
    ("某某&#x4E2D;心", "某某中心"),
    ("比例&lt;30%", "比例<30%"),
])
def test_character_references_become_characters(pipe: Pipeline, raw: str, expected: str) -> None:
    assert clean(pipe, raw + "\n").clean.strip() == expected


@pytest.mark.parametrize("raw", ["R&D投入强度提高", "某某&foo;公司", "AT&T中国区", "小于&#;号"])
def test_what_opens_no_reference_stays(pipe: Pipeline, raw: str) -> None:
    # (the width cleaner gives a semicolon in Chinese text its full-width form)
    assert clean(pipe, raw + "\n").clean.strip().replace("；", ";") == raw


def test_no_break_spaces_go_beside_chinese_text_and_figures(pipe: Pipeline) -> None:
    raw = "&nbsp;&nbsp;&nbsp;&nbsp;今年全区签约项目26个，协议总投资186.4&nbsp;亿元。Smart&nbsp;City&nbsp;\n"
    doc = clean(pipe, raw)
    assert doc.clean == "今年全区签约项目26个，协议总投资186.4亿元。Smart City\n"
    # a figure found in the cleaned text points at its raw characters
    start = doc.clean.index("186.4亿元")
    rs, re_ = doc.raw_span(start, start + len("186.4亿元"))
    assert raw[rs:re_] == "186.4&nbsp;亿元"


def test_tags_go_and_blocks_end_lines(pipe: Pipeline) -> None:
    raw = ("<p><strong>本报讯</strong> 6月18日，某某县重点项目集中开工。<br/>"
           "此次开工项目12个，总投资58亿元。</p><p>其中，某某新能源公司投资"
           "<span style=\"color:#333\">15亿元</span>建设储能电池项目。</p>\n"
           "<!-- 编辑：某某 -->\n")
    out = clean(pipe, raw).clean
    assert "<" not in out and "&" not in out
    assert "本报讯 6月18日，某某县重点项目集中开工。" in out
    assert "某某县重点项目集中开工。\n此次开工项目12个" in out
    assert "总投资58亿元。\n其中，某某新能源公司投资15亿元建设储能电池项目。" in out


@pytest.mark.parametrize("raw", ["PM2.5浓度<35微克", "《某某条例》<<修订版>>", "a <b 比较"])
def test_angle_brackets_of_text_stay(pipe: Pipeline, raw: str) -> None:
    assert clean(pipe, raw + "\n").clean.strip() == raw


def test_a_project_told_in_html_is_found(pipe: Pipeline) -> None:
    raw = ("<p>&nbsp;&nbsp;&nbsp;&nbsp;本报讯 近日，总投资8.6&nbsp;亿元的某某县&ldquo;年产3万吨"
           "高端铝型材项目&rdquo;在某某工业园区开工建设，由某某铝业有限公司投资。</p>\n")
    doc = pipe.process_document(Document.from_text(raw))
    projects = [r for r in doc.records if r.kind == "project"]
    assert any(r.fields["investment_cny"].value == 860_000_000 for r in projects), projects


def test_a_page_without_html_is_untouched(pipe: Pipeline) -> None:
    raw = "今年以来，全县新签约项目18个，总投资126.5亿元。\n"
    doc = clean(pipe, raw)
    assert doc.clean == raw
