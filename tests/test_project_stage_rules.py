"""Stages and statuses of work-plan phrasings, each rule on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _projects(sentence: str) -> dict[str, tuple[object, object]]:
    page = "某县今年重点工作安排\n\n本报讯 " + sentence + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 2, 20))
    return {r.get("name"): (r.get("stage"), r.get("status")) for r in doc.records if r.kind == "project"}


def test_success_a_plan_aims_at_is_no_mark_of_completion() -> None:
    got = _projects("今年，力争成功申建青岚综合物流中心，做好外贸企业培育工作。")
    assert got.get("青岚综合物流中心") == ("planned", "target"), got
    got = _projects("年内力争鹿鸣山康养基地项目成功落地。")
    assert got.get("鹿鸣山康养基地项目", (None, None))[1] == "target", got


def test_success_reported_stays_actual() -> None:
    got = _projects("总投资6亿元的鹿鸣山康养基地项目已于上月成功签约。")
    assert got.get("鹿鸣山康养基地项目") == ("signed", "actual"), got


def test_names_between_qi_dong_and_jian_she_start_their_works() -> None:
    got = _projects("3月，全面启动桂湾标准厂房、东坪污水处理厂等项目建设。")
    assert got.get("桂湾标准厂房", (None,))[0] == "started", got
    assert got.get("东坪污水处理厂", (None,))[0] == "started", got


def test_building_without_qi_dong_stays_under_way() -> None:
    got = _projects("目前，我县正在加快桂湾标准厂房项目建设。")
    assert got.get("桂湾标准厂房项目", (None,))[0] == "under_construction", got


def test_platforms_relied_on_take_no_event_of_a_later_clause() -> None:
    got = _projects("依托临江智造产业园和北站物流园两大平台，大力引进先进制造企业。")
    assert got.get("临江智造产业园") == (None, None), got
    assert got.get("北站物流园") == (None, None), got


def test_xiang_mu_qian_qi_is_no_mark_of_the_present() -> None:
    from newsmill.zh.cues import ACTUAL_RE

    assert ACTUAL_RE.search("做好甲乙等3个项目前期工作") is None
    assert ACTUAL_RE.search("目前，甲乙项目进展顺利") is not None


def test_preparatory_work_in_a_work_plan_is_a_target() -> None:
    plan = ("今年，我县将力争完成固定资产投资80亿元，确保规上工业增加值增长8%。"
            "加快建设城东大道二期等6条道路，全力做好云溪大桥、南山隧道等3个项目前期工作。"
            "力争新签约项目20个，确保开工项目15个。")
    got = _projects(plan)
    # (a bridge is a works word of its own since set 97: the listed item keeps its name as printed)
    assert got.get("云溪大桥") == ("planned", "target"), got


def test_an_area_of_a_zone_opening_a_name_is_its_detail() -> None:
    page = "某县项目建设\n\n本报讯 今年，岳池县启动建设云台片区智能装备产业园。\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 2, 20))
    [r] = [r for r in doc.records if r.kind == "project"]
    assert r.get("location")["county"] == "岳池县"
    assert r.get("location")["detail"] == "云台片区"


def _located(sentence: str) -> dict[str, object]:
    page = "某市项目建设\n\n本报讯 " + sentence + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 2, 20))
    [r] = [r for r in doc.records if r.kind == "project"]
    return r.get("location")


def test_the_site_after_wei_yu_makes_the_location_finer() -> None:
    loc = _located("近日，广安市青禾农业科技园项目开工建设。该项目位于岳池县九龙镇石垭村，占地300亩。")
    assert loc["county"] == "岳池县" and loc["detail"] == "九龙镇石垭村", loc


def test_the_zone_a_project_settles_in_is_its_detail() -> None:
    loc = _located("自贡市昨日签约蓝海储能装备制造项目，投资20亿元，落户沿滩高新区。")
    assert loc["city"] == "自贡市" and loc["detail"] == "沿滩高新区", loc


def test_a_site_in_another_city_is_not_taken() -> None:
    loc = _located("自贡市昨日签约蓝海储能装备制造项目，投资方总部位于岳池县。")
    assert loc["city"] == "自贡市" and loc.get("county") is None, loc


def test_the_one_zone_of_a_story_s_headline_and_lead_is_its_projects_detail() -> None:
    page = ("自贡高新区两个项目同日开工\n\n本报讯 3月8日，自贡市自贡高新区两个新项目同日开工。"
            "其中，蓝海储能装备制造项目总投资12亿元；青禾生物医药中试基地项目总投资5亿元。\n")
    doc = Pipeline().process(page, pub_date=dt.date(2024, 3, 9))
    locs = [r.get("location") for r in doc.records if r.kind == "project"]
    assert len(locs) == 2 and all(loc["detail"] == "自贡高新区" for loc in locs), locs


def test_a_story_naming_two_towns_gives_no_detail() -> None:
    page = ("岳池县两镇项目建设忙\n\n本报讯 近日，岳池县九龙镇、岳池县顾县镇分别开工一个农业项目。"
            "青禾茶叶加工项目当天开工，总投资1亿元。蓝田果蔬冷链项目同日开工，总投资8000万元。\n")
    doc = Pipeline().process(page, pub_date=dt.date(2024, 3, 9))
    locs = [r.get("location") for r in doc.records if r.kind == "project"]
    assert len(locs) == 2 and all(loc.get("detail") is None for loc in locs), locs


def test_a_street_opening_a_name_is_its_detail() -> None:
    loc = _located("岳池县民生项目加快推进。九龙街道社区康养中心项目昨日开工。")
    assert loc["county"] == "岳池县" and loc["detail"] == "九龙街道", loc


def test_a_zone_named_in_full_or_short_is_the_same_detail_when_scored() -> None:
    from newsmill.zh.evaluation import similar_detail

    assert similar_detail("遵义经济技术开发区", "遵义经开区")
    assert similar_detail("某市高新技术产业开发区", "某市高新区")
    assert not similar_detail("遵义经开区", "平湖经开区")


def test_a_ceremony_s_venue_is_no_story_zone() -> None:
    page = ("岳池县集中签约仪式举行\n\n本报讯 3月8日，岳池县一季度项目集中签约仪式在岳池县九龙工业园区举行。"
            "青禾生物医药中试基地项目签约，总投资5亿元。蓝海储能装备制造项目同日签约，总投资12亿元。\n")
    doc = Pipeline().process(page, pub_date=dt.date(2024, 3, 9))
    locs = [r.get("location") for r in doc.records if r.kind == "project"]
    assert len(locs) == 2 and all(loc.get("detail") is None for loc in locs), locs


def test_a_county_s_park_heading_the_story_is_its_projects_detail() -> None:
    page = ("岳池县九龙工业园区两个项目竣工投产\n\n本报讯 5月6日，岳池县九龙工业园区迎来喜讯："
            "总投资3亿元的青禾食品加工项目和总投资2亿元的蓝海包装材料项目同时竣工投产。\n")
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 7))
    locs = [r.get("location") for r in doc.records if r.kind == "project"]
    assert len(locs) == 2 and all("九龙工业园区" in (loc.get("detail") or "") for loc in locs), locs


def _locations(text: str) -> dict[str, object]:
    doc = Pipeline().process("某市新闻\n\n本报讯 " + text + "\n", pub_date=dt.date(2024, 2, 20))
    return {r.get("name"): r.get("location") for r in doc.records if r.kind == "project"}


def test_a_zone_named_after_a_county_gives_no_county_the_page_never_names() -> None:
    got = _locations("年产5万吨饲料项目落户铜梁高新区，总投资5亿元。")
    loc = got.get("年产5万吨饲料项目") or {}
    assert loc.get("detail") == "铜梁高新区" and loc.get("county") is None, got


def test_a_zone_s_county_named_on_the_page_stays() -> None:
    got = _locations("铜梁区招商引资再传捷报。年产5万吨饲料项目落户铜梁高新区，总投资5亿元。")
    loc = got.get("年产5万吨饲料项目") or {}
    assert loc.get("detail") == "铜梁高新区" and loc.get("county") == "铜梁区", got
