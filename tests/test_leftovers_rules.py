"""Rules for misses the fourteenth and fifteenth held-out sets listed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _doc(page: str, day: dt.date = dt.date(2024, 5, 9)):
    return Pipeline().process(page, pub_date=day)


_BODY = ("今天上午，某市新区十个项目集中开工，总投资40亿元。各区县负责人参加了开工活动，现场气氛热烈。\n\n"
         "记者在现场看到，十多台挖掘机正在平整场地，工人们忙着搭建板房。\n")


def test_a_channel_and_its_programme_above_the_title_are_the_source() -> None:
    doc = _doc("江南卫视《江南晚间新闻》 2024-05-09 19:30\n\n某市：新区十个项目同日开工\n\n" + _BODY)
    [art] = doc.articles
    assert art.headline == "某市：新区十个项目同日开工"
    assert art.source == "江南卫视"


def test_a_county_site_line_with_a_view_count_is_no_title() -> None:
    doc = _doc("某某县人民政府 2024-05-09  浏览次数：87\n\n某镇：茶叶基地扩种两千亩\n\n" + _BODY)
    [art] = doc.articles
    assert art.headline == "某镇：茶叶基地扩种两千亩"
    assert art.source == "某某县人民政府"


def test_a_line_of_words_and_a_date_is_no_publisher() -> None:
    doc = _doc("新区项目建设快讯 2024-05-09\n\n某市：新区十个项目同日开工\n\n" + _BODY)
    assert all(a.source != "新区项目建设快讯" for a in doc.articles)


_REPORT = ("政府工作报告\n——2024年1月10日在某某市第三届人民代表大会第二次会议上\n{speaker}\n\n"
           "各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n"
           "过去一年，全市地区生产总值增长6.1%，新签约亿元以上项目120个。\n")


def test_a_bare_office_and_name_under_a_report_s_title_is_its_author() -> None:
    [art] = _doc(_REPORT.format(speaker="市长 刘志远")).articles
    assert art.reporters == ["刘志远"]


def test_a_name_with_no_office_under_a_report_s_title_is_no_author() -> None:
    [art] = _doc(_REPORT.format(speaker="刘志远同志")).articles
    assert art.reporters == []


def _details(page: str) -> dict[str, object]:
    return {r.get("name"): (r.get("location") or {}).get("detail")
            for r in _doc(page).records if r.kind == "project"}


_TOWN_PAGE = ("修水县：乡村产业项目多点开花\n\n今年以来，修水县新建一批乡村产业项目，带动群众增收。\n\n"
              "{line}\n")


def test_a_village_set_before_a_project_is_its_detail() -> None:
    line = "在柳湾村，投资260万元的红薯粉丝加工厂项目已于7月建成投产，年加工鲜薯2000吨。"
    assert _details(_TOWN_PAGE.format(line=line)).get("红薯粉丝加工厂项目") == "柳湾村"


def test_a_village_where_a_project_is_built_is_its_detail() -> None:
    line = "修水县一家农业公司投资480万元在石桥镇杏花村建设的食用菌种植基地项目已于5月开工建设。"
    assert _details(_TOWN_PAGE.format(line=line)).get("食用菌种植基地项目") == "石桥镇杏花村"


def test_the_countryside_is_no_village_detail() -> None:
    line = "在农村，投资260万元的红薯粉丝加工厂项目已于7月建成投产，年加工鲜薯2000吨。"
    assert _details(_TOWN_PAGE.format(line=line)).get("红薯粉丝加工厂项目") in (None, "")
