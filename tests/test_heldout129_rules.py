"""Rules the misses of the hundred-and-twenty-ninth held-out set called for, each on phrasings of its own.

The set is cooperation between regions told from both ends: industries moved out of a big city to
the counties around it, parks two regions build together (enclaves), east–west cooperation and paired
assistance with aid funds, firms brought to land and workshops where people freed from poverty work.
The investor is from one province, the site in another; the site is the project's location.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 25))


def _named(page: str, part: str) -> dict:
    p = projects(page)
    name = next(n for n in p if n and part in n)
    return p[name]


# --- projects: the site wins over the home ------------------------------------------------------------

def test_a_zone_in_another_province_is_the_site_over_the_subjects_district() -> None:
    page = ("河东区帮扶成效显著\n本报讯 今年以来，天津市河东区向结对的贵州省安顺市关岭布依"
            "族苗族自治县投入帮扶资金8000万元。在关岭县，由河东区引进的天津甲乙电子有限公"
            "司年产2000万只连接器项目于10月在关岭经济开发区投产，总投资2.4亿元。\n")
    loc = _named(page, "连接器项目").get("location")
    assert loc["province"] == "贵州省" and loc["county"] != "河东区"


def test_a_town_printed_after_its_county_in_another_province_is_the_site() -> None:
    page = ("和平区东西部协作项目开工\n本报讯 今年以来，天津市和平区投入东西部协作帮扶资金"
            "6000万元。在普定县马官镇，和平区帮扶资金支持建设的年产8000吨辣椒加工项目"
            "于11月12日开工，项目总投资5600万元。\n")
    loc = _named(page, "辣椒加工项目").get("location")
    assert loc["province"] == "贵州省" and loc["county"] == "普定县"


def test_a_zone_a_project_settles_in_is_its_site() -> None:
    page = ("南开区企业外迁\n本报讯 天津市南开区一家企业与河北省廊坊市签约年产5万吨铝型材"
            "项目，项目总投资3亿元，落户霸州经济开发区。\n")
    loc = _named(page, "铝型材项目").get("location")
    assert loc["province"] == "河北省"


def test_a_site_in_the_same_province_keeps_the_location_read() -> None:
    page = ("某区项目投产\n本报讯 11月10日，天津市河东区的年产10万套家具项目在河东区"
            "投产，总投资2亿元。\n")
    loc = _named(page, "家具项目").get("location")
    assert loc["province"] == "天津市" and loc["county"] == "河东区"


# --- projects: aid works, kinds counted, labels, phases, classes ---------------------------------------

def test_an_aid_workshop_told_finished_is_a_works() -> None:
    page = ("关岭县帮扶车间投用\n本报讯 11月20日，位于关岭县花江镇的就业帮扶车间建成投"
            "用，吸纳脱贫人口40人就业。\n")
    assert any(n and n.endswith("帮扶车间") for n in projects(page))


def test_aid_workshops_counted_are_no_works() -> None:
    page = "关岭县就业帮扶\n本报讯 今年以来，关岭县新建就业帮扶车间12个，吸纳脱贫人口就业600人。\n"
    assert not any(n and "帮扶车间" in n for n in projects(page))


def test_kinds_of_projects_counted_together_are_no_projects() -> None:
    page = ("帮扶资金到位\n本报讯 今年，东部协作地区投入关岭县帮扶资金5000万元，实施产"
            "业提升、人才培训、饮水安全等项目26个。\n")
    names = [n or "" for n in projects(page)]
    assert not any(n.startswith(("产业提升", "人才培训", "饮水安全")) for n in names)


def test_named_projects_counted_together_stay() -> None:
    page = ("关岭县项目建设\n本报讯 今年，关岭县实施甲乙牧业年产5万头肉牛项目、丙丁食品年"
            "产1万吨牛肉干项目等项目26个。\n")
    names = [n or "" for n in projects(page)]
    assert any("肉牛项目" in n for n in names)


def test_firms_works_listed_without_their_word_and_counted_stay() -> None:
    page = ("关岭县招商\n本报讯 今年以来，关岭县成功签约天津甲乙12万吨铝板、丙丁新材料等"
            "项目18个，签约金额46亿元。\n")
    names = [n or "" for n in projects(page)]
    assert any("铝板" in n for n in names)


def test_a_label_before_a_dash_is_no_project() -> None:
    page = ("协作项目开工\n本报讯 11月18日，镇宁县与天津市南开区东西部协作重点项目——"
            "年产3万吨饲料项目在镇宁经济开发区开工，总投资1.5亿元。\n")
    names = [n or "" for n in projects(page)]
    assert not any(n.endswith("协作重点项目") for n in names)
    assert any("饲料项目" in n for n in names)


def test_a_stage_entered_is_no_name() -> None:
    page = ("家居项目建设\n本报讯 关岭县与天津一家企业签约的年产20万件藤编家具项目已进入"
            "设备安装阶段，总投资1.1亿元。\n")
    names = [n or "" for n in projects(page)]
    assert not any(n.startswith("进入") for n in names)
    assert any("藤编家具项目" in n for n in names)


def test_a_class_of_projects_a_batch_is_of_is_no_project() -> None:
    page = ("集中开工\n本报讯 11月16日，霸州市承接京津产业转移项目集中开工活动举行，8"
            "个项目集中开工，总投资26亿元。其中承接京津产业转移项目完成投资12亿元。\n")
    assert not any(n and "承接京津产业转移项目" in n for n in projects(page))


def test_a_park_told_as_a_scene_is_no_project() -> None:
    page = ("车间里忙生产\n本报讯 11月20日，在关岭县花江镇的津关协作产业园内，甲乙服饰"
            "有限公司的生产车间里，工人正在赶制订单。\n")
    assert not any(n and n.endswith("协作产业园") for n in projects(page))


def test_a_park_built_stays_a_project() -> None:
    page = ("产业园开工\n本报讯 11月20日，关岭县津关协作产业园二期开工，总投资3亿元，"
            "建设标准厂房8万平方米。\n")
    assert any(n and "协作产业园" in n for n in projects(page))


# --- cleaning: a site's meta line with two authors -------------------------------------------------------

def test_a_meta_line_with_a_second_author_apart_by_a_blank_is_furniture() -> None:
    line = "2026-10-12 08:15　来源：安顺日报　作者：吴某某　杨某　　【字号：大 中 小】　浏览次数：320"
    assert classify_text([line], 0) == ("furniture", "page meta")


def test_a_meta_like_line_going_on_in_prose_stays() -> None:
    line = "2026-10-12 08:15　来源：安顺日报　作者：吴某某　全县茶叶产量今年增长一成以上"
    assert classify_text([line], 0) is None


# --- batches: aid funds and investment in place --------------------------------------------------------

def _batches(page: str) -> list[tuple[object, object]]:
    return [(r.get("count"), r.get("total_cny")) for r in records(page, "batch")]


def test_aid_funds_before_a_programmes_kind_and_its_count_are_its_total() -> None:
    page = ("南开区帮扶镇宁县\n本报讯 今年以来，南开区向镇宁县投入东西部协作帮扶资金920"
            "0万元，实施帮扶项目45个。\n")
    assert (45, 92000000) in _batches(page)


def test_investment_in_place_after_a_count_is_no_total() -> None:
    page = ("南开区帮扶镇宁县\n本报讯 今年以来，南开区实施协作项目45个，引导12家企业到"
            "镇宁县投资兴业，实际到位投资6.3亿元。\n")
    assert (45, 630000000) not in _batches(page)


def test_a_total_investment_after_a_count_stays() -> None:
    page = ("镇宁县集中开工\n本报讯 11月18日，镇宁县集中开工项目16个，总投资42.5"
            "亿元。\n")
    assert (16, 4250000000) in _batches(page)


# --- projects: no investor read from a name's head -----------------------------------------------------

def test_a_names_head_after_an_unnamed_partner_is_no_investor() -> None:
    page = ("镇宁县招商\n本报讯 11月15日，镇宁县正与天津一家物流企业洽谈水铁联运物流园"
            "项目，拟投资5亿元，计划占地300亩。\n")
    assert _named(page, "物流园项目").get("investor") is None


def test_a_place_word_is_no_investor() -> None:
    page = ("镇宁县项目开工\n本报讯 11月15日，镇宁县经济开发区开工仪式举行。当天，园区"
            "内年产3000吨茶多酚项目同步开工，总投资1.2亿元。\n")
    assert _named(page, "茶多酚项目").get("investor") is None


def test_a_named_firm_heading_a_name_stays_the_investor() -> None:
    page = ("镇宁县项目签约\n本报讯 11月15日，镇宁县与天津甲乙食品有限公司签约，天津甲"
            "乙食品有限公司年产2万吨米粉项目落户镇宁经济开发区，总投资2亿元。\n")
    assert _named(page, "米粉项目").get("investor") == "天津甲乙食品有限公司"


# --- indicators: one firm's investment -----------------------------------------------------------------

def _metrics(page: str) -> dict[object, object]:
    return {r.get("metric"): r.get("value") for r in records(page, "indicator")}


def test_what_one_firm_brought_to_land_invests_is_no_statistic() -> None:
    page = ("普定县就业车间\n本报讯 这家由南开区引导落地的鞋业企业总投资8000万元，今年"
            "5月建成投产。\n")
    assert 80000000 not in _metrics(page).values()


def test_a_countys_investment_stays_a_statistic() -> None:
    page = ("普定县经济运行\n本报讯 1至10月，普定县固定资产投资同比增长9.4%，工业投"
            "资增长15.2%。\n")
    assert any(v == 15.2 for v in _metrics(page).values())
