"""Layouts the third held-out set showed, each checked on phrasings of its own."""

from __future__ import annotations

import pytest

from newsmill.zh.bylines import parse_credit_line, parse_dateline, parse_trailing_credit, spaced_names


@pytest.mark.parametrize(("run", "names"), [
    ("周  敏", ["周敏"]),
    ("欧 阳 娜", ["欧阳娜"]),
    ("黄  河  清", ["黄河清"]),
    ("李  想  吴  桐", ["李想", "吴桐"]),
    ("陈  思  杨  一  帆", None),  # five characters cut at a common surname (2+3 or 3+2)
    ("王 强 李 明 张 伟", ["王强", "李明", "张伟"]),
    ("欧 阳 娜    李 想", ["欧阳娜", "李想"]),  # wider gaps between the names
    ("何 瑞   马 骁   周 敏", ["何瑞", "马骁", "周敏"]),
])
def test_letter_spaced_names_are_cut_as_names(run: str, names: list[str] | None) -> None:
    found = spaced_names(run)
    assert found is not None
    got = [s.text for s in found]
    if names is None:
        assert "".join(got) == run.replace(" ", "") and len(got) == 2
    else:
        assert got == names
    for s in found:  # spans cover the spaced characters
        assert run[s.start:s.end].replace(" ", "") == s.text


@pytest.mark.parametrize(("line", "reporters", "editors"), [
    ("□ 本报记者 高明远 孔  丽", ["高明远", "孔丽"], []),
    ("记 者  徐  航   通讯员  马  莉", ["徐航", "马莉"], []),
    ("本版编辑：钱  程  校对：丁  一", [], ["钱程", "丁一"]),
])
def test_credit_lines_with_letter_spaced_names_and_roles(line: str, reporters: list[str],
                                                         editors: list[str]) -> None:
    c = parse_credit_line(line)
    assert c is not None
    assert [r.text for r in c.reporters] == reporters
    assert [e.text for e in c.editors] == editors


def test_page_note_ending_in_benbao_is_no_outlet() -> None:
    assert parse_credit_line("（本版稿件均由本报记者采写）") is None
    c = parse_credit_line("（本报记者 沈 冰 采写）")
    assert c is not None and c.source is not None and c.source.text == "本报"


def test_trailing_credit_with_padded_names() -> None:
    c = parse_trailing_credit("全年计划完成投资9亿元。（通讯员 孔  丽  记者 吴  桐）")
    assert c is not None and [r.text for r in c.reporters] == ["孔丽", "吴桐"]


@pytest.mark.parametrize(("para", "source", "place", "reporters"), [
    ("新华社西宁5月3日电  记者李  想  吴  桐", "新华社", "西宁", ["李想", "吴桐"]),
    ("中新社拉萨6月1日电 记者 高明远", "中新社", "拉萨", ["高明远"]),
    ("【大公报讯】记者 孔丽 报道：粤港两地", "大公报", None, ["孔丽"]),
    ("【澳門日報訊】記者 黃河清 報道：橫琴", "澳門日報", None, ["黃河清"]),
])
def test_wire_and_bracketed_datelines(para: str, source: str, place: str | None,
                                      reporters: list[str]) -> None:
    c = parse_dateline(para)
    assert c is not None and c.source is not None
    assert c.source.text == source
    assert (c.place.text if c.place else None) == place
    assert [r.text for r in c.reporters] == reporters


def test_dateline_without_people_is_not_extended_into_the_body() -> None:
    c = parse_dateline("新华社西宁5月3日电 记者从青海省统计局获悉，一季度全省")
    assert c is not None and c.reporters == []


# -- cleaning: figures cut by a PDF wrap, letter-spaced titles on two lines ----------------

from newsmill.core.pipeline import Pipeline  # noqa: E402
from newsmill.plugins.clean_linebreaks import cuts_a_number  # noqa: E402
from newsmill.plugins.clean_spaces import spaced_title_wraps  # noqa: E402


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(("a", "b", "cut"), [
    ("全年完成营业收入3", "48.2亿元，同比增长", True),
    ("签约资金", "逾46", True),
    ("可实现年产值80亿元", "左右。", True),
    ("今年以来共签约项目12", "个，总投资", True),         # a figure cut from its counter
    ("一、工业生产", "2023年全市", False),
    ("第3版", "12亿元项目落地", False),
])
def test_number_cut_by_a_wrap(a: str, b: str, cut: bool) -> None:
    assert cuts_a_number(a, b) is cut


def test_amounts_cut_across_short_pdf_lines_are_rejoined(pipeline: Pipeline) -> None:
    page = ("临沂高新区新材料项目投产\n"
            "本报讯 记者从临沂高新区获悉，该区新材料产业园项目日前投产，项目总投资\n"
            "约2\n"
            "3.5亿元,预计年产值可达40亿元\n"
            "以上。去年全区规上工业营业收入\n"
            "完成6\n"
            "12亿元。\n")
    doc = pipeline.process(page)
    assert "总投资约23.5亿元" in doc.clean
    assert "40亿元以上" in doc.clean
    assert "完成612亿元" in doc.clean
    money = [m.value for m in doc.mentions if m.kind == "money"]
    assert 2350000000 in money and 61200000000 in money


def test_letter_spaced_title_on_two_lines_is_one_title(pipeline: Pipeline) -> None:
    text = ("白 城 风 电 装 备 产 业 园\n一 期 项 目 竣 工\n"
            "本报讯(记者 王 丹)近日，白城风电装备产业园一期项目竣工。\n")
    assert len(spaced_title_wraps(text)) == 1
    doc = pipeline.process(text)
    assert doc.articles[0].headline == "白城风电装备产业园一期项目竣工"
    # two spaced lines apart by a blank line, or a spaced line above plain text, stay apart
    assert spaced_title_wraps("白 城 风 电 装 备\n\n一 期 项 目 竣 工\n") == []
    assert spaced_title_wraps("白 城 风 电 装 备\n一期项目竣工，投资5亿元。\n") == []
    # a short kicker above a longer title is no wrap
    assert spaced_title_wraps("招 商 引 资 结 硕 果\n白 城 经 开 区 一 季 度 签 约 项 目 1 2 个\n") == []


# -- segmentation: front pages, series stories, labelled titles, link lists ---------------

def _heads(pipeline: Pipeline, page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in pipeline.process(page).articles]


def test_front_page_masthead_and_teaser_box_are_no_articles(pipeline: Pipeline) -> None:
    page = ("清远日报\nQINGYUAN DAILY\n2024年3月5日  星期二  今日12版\n\n"
            "╔══════ 今日导读 ══════╗\n"
            "║ 一季度清远外贸开局良好   详见A3版 ║\n"
            "║ 英德茶园迎来采摘季       详见A6版 ║\n"
            "╚══════════════════╝\n\n"
            "清远一批重大项目集中签约\n"
            "本报讯（记者 黎明）3月4日，清远市举行重大项目集中签约活动，共签约项目15个，总投资86亿元。\n")
    assert _heads(pipeline, page) == [("清远一批重大项目集中签约", None)]


def test_series_name_is_the_kicker_and_editor_note_joins_the_story(pipeline: Pipeline) -> None:
    page = ("【编者按】即日起，本报推出“产业链上看发展”系列报道，敬请垂注。\n\n"
            "产业链上看发展③\n"
            "白银：有色金属精深加工提速\n"
            "□ 本报记者 陶  然\n"
            "年初以来，白银市一批有色金属精深加工项目相继开工。\n")
    arts = pipeline.process(page).articles
    assert [(a.headline, a.kicker) for a in arts] == [("白银：有色金属精深加工提速", "产业链上看发展③")]
    assert arts[0].reporters == ["陶然"]
    assert arts[0].attributes.get("editor_notes")


def test_labelled_title_lines_and_bracketed_column_tag(pipeline: Pipeline) -> None:
    page = ("【园区观察】\n"
            "副题：总投资42亿元\n"
            "主题：海东工业园三个项目同日开工\n"
            "本报讯（记者 祁  峰）5月6日，海东工业园3个项目同日开工，总投资42亿元。\n")
    assert _heads(pipeline, page) == [("海东工业园三个项目同日开工", "总投资42亿元")]


def test_related_links_and_site_footer_are_no_articles(pipeline: Pipeline) -> None:
    page = ("拉萨经开区上半年签约项目21个\n"
            "发布时间：2024-07-02  来源：拉萨市商务局\n"
            "上半年，拉萨经开区签约项目21个，协议投资额58亿元。\n"
            "推荐阅读\n"
            "· 日喀则市召开招商引资工作会\n"
            "· 林芝市文旅项目推介会举行\n"
            "承办单位：拉萨市商务局  网站标识码：5401000000  藏ICP备00000000号\n")
    assert _heads(pipeline, page) == [("拉萨经开区上半年签约项目21个", None)]


# -- cleaning: furniture of boxes and portals, letter-spaced bylines, a dateline line cut ----

from newsmill.plugins.clean_furniture import classify_text  # noqa: E402
from newsmill.plugins.clean_linebreaks import decide  # noqa: E402
from newsmill.plugins.clean_spaces import spaced_name_edits  # noqa: E402


@pytest.mark.parametrize(("line", "kind"), [
    ("╔═════ 提示 ═════╗", "furniture"),
    ("║ 全市春耕备耕有序推进        见第5版 ║", "furniture"),
    ("┗━━━━━━━━━━━━━━┛", "furniture"),
    ("扫一扫，手机打开本页", "furniture"),
    ("发布时间：2024-05-06 09:30  阅读次数：532", "furniture"),
    ("【纠错】 【责任编辑：李 想】", "furniture"),
    ("版权所有：某某市人民政府办公室  承办：某某市大数据中心  网站标识码：1100000000  京ICP备00000000号-1",
     "furniture"),
    ("全市春耕备耕有序推进，见第5版报道。", None),
    ("来源：某某日报", "furniture"),
])
def test_box_and_portal_furniture(line: str, kind: str | None) -> None:
    found = classify_text([line], 0)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize(("text", "closed"), [
    ("本报讯（记 者  周  敏  通 讯 员  黄  河  清）近日，",
     "本报讯（记者  周  敏  通讯员  黄  河  清）近日，"),
    ("（记者 李  想 吴  桐）", "（记者 李  想 吴  桐）"),  # names keep their separators
    ("□ 本报记 者 高  明", "□ 本报记者 高  明"),
    ("（左 中 右 三 图）", "（左 中 右 三 图）"),
    ("（摄 影 记 者 孔  丽）", "（摄影记者 孔  丽）"),
])
def test_letter_spaced_byline_roles_are_closed_up(text: str, closed: str) -> None:
    edits = spaced_name_edits(text)
    out = text
    for a, b in reversed(edits):
        out = out[:a] + out[b:]
    assert out == closed


def test_a_line_opening_with_a_dateline_joins_the_rest_of_its_sentence() -> None:
    assert decide("本报讯（记者 周敏）日前，某某化工", "集团年产20万吨新材料项目在经开区投产。") == "join"
    assert decide("本报讯（记者 周敏）", "日前，某某化工集团年产20万吨新材料项目投产。") == "keep"
    assert decide("□ 本报记者 周敏", "日前，某某化工集团年产20万吨新材料项目投产。") == "keep"


def test_staff_reporter_without_an_outlet_is_credited_to_the_masthead(pipeline: Pipeline) -> None:
    page = ("西宁晚报 2024年4月2日 第5版 经济\n\n"
            "●城北区一季度新增企业860户\n"
            "一季度，城北区新增各类企业860户，同比增长11.2%。（记者 祁  峰）\n\n"
            "●湟中区文旅项目集中签约\n"
            "日前，湟中区集中签约文旅项目4个，总投资12亿元。（通讯员 马  莉）\n")
    arts = pipeline.process(page).articles
    assert [(a.headline, a.source, a.reporters) for a in arts] == [
        ("城北区一季度新增企业860户", "西宁晚报", ["祁峰"]),
        ("湟中区文旅项目集中签约", None, ["马莉"]),  # a correspondent is not the paper's staff
    ]


# -- dates: the first N months, a weekday that is a count ----------------------------------

import datetime as dt  # noqa: E402

from newsmill.zh.dates import find_dates  # noqa: E402


def _dates(text: str, pub: dt.date) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    return [(text[h.start:h.end], h.value.start, h.value.end) for h in find_dates(text, pub)]


@pytest.mark.parametrize(("text", "found"), [
    ("今年首7个月，全区实际使用外资", [("今年首7个月", (1, 1), (7, 31))]),
    ("头两个月，全市新签约项目", [("头两个月", (1, 1), (2, 29))]),
    ("全省社会消费品零售总额前11个月同比增长5.2%", [("前11个月", (1, 1), (11, 30))]),
    ("项目建设前4个月，工期紧张", []),  # a span of the project's own time, not of the year
])
def test_first_months_of_the_year(text: str, found: list) -> None:
    assert _dates(text, dt.date(2024, 12, 3)) == found


@pytest.mark.parametrize(("text", "found"), [
    ("本周一批重点项目集中开工", [("本周", (12, 2), (12, 8))]),
    ("上周三个产业园区签约", [("上周", (11, 25), (12, 1))]),
    ("本周一，全市召开调度会", [("本周一", (12, 2), (12, 2))]),
    ("上周五签约", [("上周五", (11, 29), (11, 29))]),
])
def test_a_weekday_numeral_before_a_counter_is_a_count(text: str, found: list) -> None:
    assert _dates(text, dt.date(2024, 12, 3)) == found


# -- money: the spoken 个亿 without 元 ------------------------------------------------------

from newsmill.zh.money import find_money  # noqa: E402


@pytest.mark.parametrize(("text", "found"), [
    ("公司计划投资4.5个亿新建厂房", [("4.5个亿", 450000000)]),
    ("这个项目总投资两个亿，明年投产", [("两个亿", 200000000)]),
    ("项目投资约3个亿元", [("约3个亿元", 300000000)]),
    ("年发电量可达2个亿千瓦时", []),  # no money noun before it
    ("产值超过10亿，", [("超过10亿", 1000000000)]),
])
def test_spoken_hundred_millions_without_yuan(text: str, found: list) -> None:
    assert [(text[h.start:h.end], int(h.amount)) for h in find_money(text)] == found


def test_spoken_hundred_millions_at_the_end_of_the_text() -> None:
    assert [int(h.amount) for h in find_money("项目总投资5个亿")] == [500000000]


@pytest.mark.parametrize(("pub", "end"), [
    (dt.date(2024, 5, 6), (2, 29)),
    (dt.date(2023, 5, 6), (2, 28)),
    (None, (2, 28)),  # the year stays unknown
])
def test_february_ends_with_its_year(pub: dt.date | None, end: tuple[int, int]) -> None:
    hits = list(find_dates("1-2月，全市完成投资", pub))
    assert hits and hits[0].value.end == end


@pytest.mark.parametrize(("line", "kind"), [
    ("+-------------- 今日导读 --------------+", "furniture"),
    ("| 一季度全市外贸增长12%      见第3版 |", "furniture"),
    ("+------------------------------------+", "furniture"),
    ("| 项目 | 投资额 |", None),           # a table row, no box
    ("|---|---|", None),                  # the rule of a markdown table
    ("-- 完 --", None),
])
def test_boxes_drawn_by_text_browsers(line: str, kind: str | None) -> None:
    found = classify_text([line], 0)
    assert (found[0] if found else None) == kind


def test_front_page_with_an_ascii_teaser_box(pipeline: Pipeline) -> None:
    page = ("2024年4月9日 星期二 第1版\n\n"
            "+---------- 导读 ----------+\n"
            "| 一季度全市外贸增长12%      见第3版 |\n"
            "| 乡村振兴示范带建设提速     见第5版 |\n"
            "+--------------------------+\n\n"
            "格尔木盐湖化工项目开工\n"
            "本报讯（记者 祁  峰）4月8日，格尔木一批盐湖化工项目集中开工，总投资56亿元。\n")
    assert _heads(pipeline, page) == [("格尔木盐湖化工项目开工", None)]


def test_reported_wire_dateline_names_the_agency() -> None:
    c = parse_dateline("据新华社银川3月20日电  记者从银川海关获悉，今年前两个月")
    assert c is not None and c.source is not None and c.source.text == "新华社"
    assert c.place is not None and c.place.text == "银川"
    c = parse_dateline("據中通社香港5月2日電 特區政府統計處公佈")
    assert c is not None and c.source is not None and c.source.text == "中通社"


def test_meta_line_with_pipes_and_a_view_counter() -> None:
    c = parse_credit_line("来源：临港时报 | 作者：记者 陈  晨 | 2024-04-12 09:30 | 浏览：2310")
    assert c is not None and c.source is not None and c.source.text == "临港时报"
    assert [r.text for r in c.reporters] == ["陈晨"]


@pytest.mark.parametrize(("para", "place", "reporters"), [
    ("【記者林怡君／台北報導】台商昨日在廈門簽約", "台北", ["林怡君"]),
    ("記者王大明、陳小華/高雄報導 高雄市政府昨日宣布", "高雄", ["王大明", "陳小華"]),
])
def test_reporter_and_place_credit_of_taiwan_papers(para: str, place: str, reporters: list[str]) -> None:
    c = parse_dateline(para)
    assert c is not None and c.place is not None and c.place.text == place
    assert [r.text for r in c.reporters] == reporters


def test_taiwan_style_story_under_a_masthead(pipeline: Pipeline) -> None:
    page = ("工商時報 2023年6月2日 星期五 A5版\n\n台商加碼投資廈門\n\n"
            "【記者林怡君／台北報導】台商昨日在廈門簽約5個項目，總投資約人民幣20億元。\n")
    arts = pipeline.process(page).articles
    assert [(a.source, a.dateline, a.reporters) for a in arts] == [("工商时报", "台北", ["林怡君"])]


@pytest.mark.parametrize(("text", "found"), [
    ("台商昨（1）日在厦门签约", [("昨（1）日", (6, 1), (6, 1))]),
    ("市府今(2)日宣布", [("今(2)日", (6, 2), (6, 2))]),
    ("昨（5）日签约", []),  # the bracketed day must be the day meant
])
def test_relative_day_with_its_date_in_brackets(text: str, found: list) -> None:
    assert _dates(text, dt.date(2023, 6, 2)) == found
