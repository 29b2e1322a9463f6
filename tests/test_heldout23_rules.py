"""Rules the misses of the twenty-third held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.article_layout import is_column_label
from newsmill.zh.pagedate import date_on_line
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

DAY = dt.date(2024, 8, 20)


_doc, _records, _ = rule_helpers(DAY)


def _body(page: str) -> str:
    """The cleaned text outside furniture and captions."""
    doc = _doc(page)
    text = doc.clean
    for r in doc.regions:
        if r.kind in ("furniture", "caption"):
            s, e = doc.clean_span(r.raw_start, r.raw_end)
            text = text[:s] + " " * (e - s) + text[e:]
    return text


def test_editor_lines_with_a_spaced_name_are_furniture() -> None:
    page = ("某县茶叶加工园开园\n\n本报讯 8月2日，某县茶叶加工园开园，首批入驻企业6家。\n\n"
            "(责编 刘 洋)\n\n本版责编  孙 丽    审校  何 平\n")
    body = _body(page)
    assert "责编" not in body and "审校" not in body, body
    # a sentence naming an editor stays in the body
    kept = "本报讯 8月2日，编辑部走访了某县茶叶加工园。\n"
    assert "编辑部走访" in _body(kept)


def test_a_masthead_holding_its_section_name_is_a_date_line() -> None:
    line = "某某日报  2024年9月3日  星期二  区(市)县经济  第4版"
    got = date_on_line(line)
    assert got is not None and got.date == dt.date(2024, 9, 3)
    # without a page number the same words are no date line
    assert date_on_line("某某日报  2024年9月3日  星期二  区(市)县经济观察") is None


def test_briefs_under_such_a_masthead_are_the_papers() -> None:
    page = ("某某日报  2024年9月3日  星期二  区(市)县  第4版\n\n■区(市)县播报\n\n"
            "某区食品项目签约\n\n9月1日，某区与甲乙食品公司签约，签约金额5亿元。(记者 张 明)\n\n"
            "某县园区新添企业\n\n今年以来，某县工业园区新入驻企业12家。(记者 李 华)\n")
    arts = _doc(page).articles
    assert [a.source for a in arts] == ["某某日报", "某某日报"], [(a.headline, a.source) for a in arts]
    assert arts[0].kicker is None


def test_labels_of_brief_columns() -> None:
    assert is_column_label("■区县速览")
    assert is_column_label("乡镇传真")
    assert is_column_label("园区播报")
    assert not is_column_label("某县新开工项目12个")


def test_a_railway_port_and_a_parks_office_end_no_name() -> None:
    text = "总投资9亿元的某某铁路港冷链集散中心项目开工。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["某某铁路港冷链集散中心项目"]
    office = "记者从某某工业园区管委会获悉，园区今年新签约项目9个。"
    assert not [n.name for n in find_names(office, 0, len(office)) if "管委会" in n.name or "记者" in n.name]
    # a railway itself still ends a name
    road = "某某至某某铁路开工建设。"
    assert [n.name for n in find_names(road, 0, len(road))] == ["某某至某某铁路"]


def test_works_a_project_is_to_build_belong_to_it() -> None:
    page = ("本报讯 8月6日，某县与甲乙机电公司签约智能电控产业园项目。"
            "该项目计划总投资5亿元，拟建设年产50万台电控柜生产线，达产后可实现年产值8亿元。\n")
    got = {r.get("name"): r for r in _records(page, "project")}
    assert not [n for n in got if n and "生产线" in n], list(got)
    assert got["智能电控产业园项目"].get("capacity") == "年产50万台电控柜", got


def test_a_ranking_within_a_named_city() -> None:
    page = "本报讯 上半年，某某区工业投资同比增长14.6%，增速居某某市第3位。\n"
    got = {r.get("metric"): r.get("value") for r in _records(page, "indicator")}
    assert any(m.endswith("排名") and v == 3 for m, v in got.items()), got
    # a new subject ranked by a named scope is no ranking of the figure before it
    other = "本报讯 某县签约项目7个，投资额47亿元，签约项目协议资金位居某某市第二。\n"
    assert not [r for r in _records(other, "indicator") if str(r.get("metric")).endswith("排名")]


def test_a_share_of_the_regions_output() -> None:
    page = ("本报讯 上半年，某某区数字经济实现增加值126.4亿元，同比增长9.1%，"
            "占全区地区生产总值的比重达到38.2%。\n")
    got = {r.get("value"): r.get("metric") for r in _records(page, "indicator")}
    assert 38.2 in got and "占" in got[38.2], got
    # land a project takes stays no statistic
    plot = "本报讯 某某食品项目总投资3亿元，占地86亩，已开工建设。\n"
    assert not [r for r in _records(plot, "indicator") if r.get("value") == 86]


def test_visitors_received_are_counted_in_full() -> None:
    page = "本报讯 今年上半年，某某县接待游客862.5万人次，同比增长10.3%。\n"
    got = [(r.get("value"), r.get("unit"), r.get("growth_pct")) for r in _records(page, "indicator")]
    assert (8625000, "人次", 10.3) in got, got
    # guests an office received stay no statistic
    guests = "本报讯 今年以来，某县接待来访客商团队46批次、客商320人。\n"
    assert not _records(guests, "indicator")


def test_floor_space_in_a_places_tally_is_a_statistic() -> None:
    page = ("本报讯 开园五年来，某某产业园累计引进项目42个，协议投资额210亿元，"
            "建成标准化厂房48万平方米。\n")
    got = [(r.get("value"), r.get("unit")) for r in _records(page, "indicator")]
    assert (48, "万平方米") in got, got
    # what one project builds stays its own
    one = "本报讯 某某机械项目总投资6亿元，建成标准化厂房3万平方米。\n"
    assert not [r for r in _records(one, "indicator") if r.get("value") == 3]


def test_a_signing_closing_the_sentence_before_is_the_projects_event() -> None:
    page = ("本报讯 8月12日，考察团与甲乙新能源科技有限公司签订投资协议。"
            "甲乙新能源将在某某高新区投资9亿元建设储能电池模组项目。\n")
    got = {r.get("name"): (r.get("stage"), r.get("status")) for r in _records(page, "project")}
    assert got.get("储能电池模组项目") == ("signed", "actual"), got
    # without the signing, the firm's plan stays a plan to build
    plan = "本报讯 8月12日，甲乙新能源将在某某高新区投资9亿元建设储能电池模组项目。\n"
    got = {r.get("name"): r.get("stage") for r in _records(plan, "project")}
    assert got.get("储能电池模组项目") != "signed", got


def test_a_county_right_after_weiyu_is_read() -> None:
    page = "本报讯 8月8日，某某康养度假区项目开工。该项目位于洪雅县止戈镇，总投资8亿元。\n"
    doc = _doc(page)
    places = [doc.clean[m.start:m.end] for m in doc.mentions if m.kind == "place"]
    assert "洪雅县" in places, places
    # the district whose short form was glued there is still found by its full name
    full = _doc("本报讯 沈阳市于洪区新签约项目8个。\n")
    assert "于洪区" in [full.clean[m.start:m.end] for m in full.mentions if m.kind == "place"]


def test_a_firm_visited_then_in_talks_invests_in_the_project() -> None:
    page = ("本报讯 9月3日至5日，某县代表团赴深圳开展招商活动。在深圳，代表团拜访了深圳甲乙电子有限公司，"
            "双方就在某县经开区投资建设智能终端模组项目进行深入洽谈。\n")
    got = {r.get("name"): r.get("investor") for r in _records(page, "project")}
    assert got.get("智能终端模组项目") == "深圳甲乙电子有限公司", got
    # a body visited, no company, invests in nothing
    body = ("本报讯 代表团拜访了某某商会，双方就在某县投资建设智能终端模组项目进行深入洽谈。\n")
    got = {r.get("name"): r.get("investor") for r in _records(body, "project")}
    assert got.get("智能终端模组项目") is None, got
