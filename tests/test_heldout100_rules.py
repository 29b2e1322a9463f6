"""Rules the misses of the hundredth held-out set called for, each on phrasings of its own.

The set is public services and urban renewal: a city's list of projects for the people's livelihood,
hospitals opened, schools started, old estates renovated, affordable rental housing, pipe networks,
parks and sports centres, and the share of public spending that goes to people's livelihood.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.extract_indicators import public_service_count
from newsmill.plugins.extract_projects.amounts import HOMES_OFFERED, _renewal_item_before
from newsmill.plugins.extract_projects.patterns import _SAME_EVENT_OF
from newsmill.plugins.segment_news import _ONE_WORKS, _REPORTS_EVENT
from newsmill.zh.cues import STAGE_CUES
from newsmill.zh.projects import is_generic
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 10))


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _by_value(page: str, value: float) -> dict | None:
    return next((i for i in _indicators(page) if i.get("value") == value), None)


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(page).items() if n and part in n)
    return {k: f.value for k, f in r.fields.items()}


# --- indicators: a place's public services counted ------------------------------------------------------

def test_school_places_schools_and_old_estates_of_a_place_are_statistics() -> None:
    page = ("本报讯（记者 李想）6月8日，记者从市教育局获悉，今年信阳市将新增义务教育学位1.2万个，"
            "新建、改扩建幼儿园和中小学15所。今年全市还将改造城镇老旧小区63个、涉及居民7140户，"
            "新增普惠托位1200个。\n")
    places = _by_value(page, 12000)
    assert places is not None and places["unit"] == "个", _indicators(page)
    schools = _by_value(page, 15)
    assert schools is not None and schools["unit"] == "所", _indicators(page)
    estates = _by_value(page, 63)
    assert estates is not None and "老旧小区" in estates["metric"], _indicators(page)
    assert _by_value(page, 7140) is not None and _by_value(page, 1200) is not None, _indicators(page)


def test_what_one_school_or_one_renewal_offers_stays_the_works_own() -> None:
    page = ("本报讯（记者 李想）6月8日，罗山县实验中学扩建项目开工。该项目总投资2.1亿元，"
            "建成后可新增学位1800个。浉河区老街片区改造工程将改造老旧小区9个。\n")
    assert _by_value(page, 1800) is None, _indicators(page)
    assert _by_value(page, 9) is None, _indicators(page)


def test_public_service_count_needs_no_works_before_it() -> None:
    text = "今年全区新增学位3600个"
    assert public_service_count(text, 0, text.index("3600"), "全区新增学位")
    text = "甲小学项目建成后新增学位900个"
    assert not public_service_count(text, 0, text.index("900"), "新增学位")
    text = "征收涉及居民320户"
    assert not public_service_count(text, 0, text.index("320"), "涉及居民")


def test_a_public_buildings_site_and_first_day_are_its_own() -> None:
    page = ("本报讯（记者 李想）6月8日，信阳市中心医院羊山院区正式启用，首日接诊患者980人次。\n\n"
            "院区位于羊山新区，总建筑面积12.4万平方米，设置床位800张。\n")
    assert _by_value(page, 980) is None and _by_value(page, 800) is None, _indicators(page)
    page = "本报讯（记者 李想）今年1—5月，全市各级医院累计接诊患者86.3万人次，同比增长6.1%。\n"
    assert _by_value(page, 863000) is not None, _indicators(page)


# --- indicators: the region of a city's plan ----------------------------------------------------------

def test_a_place_opening_a_hospitals_name_is_no_region_of_the_city_figures() -> None:
    page = ("本报讯（记者 李想）6月8日，开封市印发今年民生实事清单。\n\n"
            "医疗方面，加快推进龙亭区妇幼保健院迁建等4个项目，新增床位900张。城建方面，全市将改造城镇"
            "老旧小区38个。\n")
    estates = _by_value(page, 38)
    assert estates is not None and estates.get("region") == "开封市", _indicators(page)


def test_a_city_opening_a_sentence_after_a_time_word_is_its_region() -> None:
    page = ("本报讯（通讯员 李想）6月2日，罗山县第二实验小学项目开工。\n\n"
            "今年，信阳市计划新增学位1.6万个，新建、改扩建中小学和幼儿园21所。\n")
    schools = _by_value(page, 21)
    assert schools is not None and schools.get("region") == "信阳市", _indicators(page)
    page = ("本报讯（通讯员 李想）6月2日，罗山县第二实验小学项目开工。\n\n"
            "今年，罗山县计划新增学位2400个，新建、改扩建中小学和幼儿园6所。\n")
    schools = _by_value(page, 6)
    assert schools is not None and schools.get("region") == "罗山县", _indicators(page)


def test_a_verb_before_community_names_no_community() -> None:
    page = "本报讯（记者 李想）今年以来，龙亭区新建社区长者食堂9家，累计达到31家。\n"
    canteens = _by_value(page, 9)
    assert canteens is not None and canteens.get("region") == "龙亭区", _indicators(page)


# --- titles: a public building opened over its figures ------------------------------------------------

def test_a_public_building_opened_is_the_news_over_its_figures() -> None:
    assert _REPORTS_EVENT.search("市中心医院羊山院区正式投用")
    assert _REPORTS_EVENT.search("某县体育公园建成开放")
    assert not _REPORTS_EVENT.search("首日接诊患者980人次")
    assert _ONE_WORKS.search("市中心医院羊山院区正式投用")
    assert _ONE_WORKS.search("信阳高中新校区开工建设")
    page = ("信阳高中新校区开工建设\n可新增学位3600个\n\n本报讯（记者 李想）6月5日，信阳高级中学新校区项目"
            "在浉河区开工，总投资5.6亿元。\n")
    heads = [(a.headline, a.kicker) for a in doc(page).articles if a.headline]
    assert heads == [("信阳高中新校区开工建设", "可新增学位3600个")], heads


# --- projects: public buildings named without 项目, their events --------------------------------------

def test_a_hospitals_new_site_or_a_care_centre_told_opened_is_a_works() -> None:
    page = ("本报讯（记者 李想）6月5日，信阳市中心医院羊山新院区正式投用。\n\n"
            "■罗山县城关镇社区养老服务中心近日建成运营，设置养老床位60张。\n")
    names = set(projects(page))
    assert "信阳市中心医院羊山新院区" in names, names
    assert any(n and n.endswith("养老服务中心") for n in names), names
    page = "本报讯（记者 李想）全市已建成社区养老服务中心36处，新院区规划正在编制。\n"
    assert not projects(page), set(projects(page))


def test_put_in_use_and_opened_to_the_public_are_in_production() -> None:
    assert STAGE_CUES["启用"] == "in_production"
    assert STAGE_CUES["建成开放"] == "in_production"
    assert STAGE_CUES["通过验收"] == "completed"
    assert STAGE_CUES["落成启用"] == "completed"


def test_a_buildings_part_a_kind_of_works_and_a_numbered_round_are_no_names() -> None:
    for name in ("门诊医技楼", "住院楼", "口袋公园", "民生实事项目", "某区老城区有机更新第三批项目",
                 "第二批重点工程"):
        assert is_generic(name), name
    for name in ("罗山县人民医院门诊医技楼", "浉河区口袋公园提升工程", "甲县第二批次搬迁安置点项目"):
        assert not is_generic(name), name


def test_a_project_sharing_the_event_just_told_takes_it_done_and_its_day() -> None:
    assert _SAME_EVENT_OF.search("同日开工的")
    assert _SAME_EVENT_OF.search("当天签约的")
    assert not _SAME_EVENT_OF.search("计划开工的")
    page = ("本报讯（通讯员 李想）6月6日，罗山县城市更新项目集中开工。主会场的老城片区改造项目总投资2.4亿元，"
            "计划2027年底完工。同时开工的罗山县城南保障性租赁住房项目总投资1.3亿元，可提供房源460套，"
            "计划明年交付使用。\n")
    r = _project(page, "城南保障性租赁住房")
    assert (r["stage"], r["status"], r.get("date")) == ("started", "actual", "2026-06-06"), r
    assert r.get("capacity") == "房源460套", r


# --- projects: capacity of housing, parking as one item of a list -------------------------------------

def test_the_homes_a_housing_works_offers_are_its_capacity() -> None:
    m = HOMES_OFFERED.search("建成后可提供保障性租赁住房960套")
    assert m is not None and m.group("what") == "保障性租赁住房960套"
    assert HOMES_OFFERED.search("可提供房源300套") is not None
    assert HOMES_OFFERED.search("年产智能门锁30万套") is None


def test_parking_counted_as_one_item_of_a_renewals_list_is_no_capacity() -> None:
    text = "新建口袋公园4处、公共停车位320个"
    assert _renewal_item_before(text, 0, text.index("停车位"))
    text = "改造雨污管网12公里，新增停车位210个"
    assert _renewal_item_before(text, 0, text.index("停车位"))
    text = "总建筑面积3.2万平方米，建有停车位860个"
    assert not _renewal_item_before(text, 0, text.index("停车位"))
    page = ("本报讯（记者 李想）6月6日，浉河区老城片区有机更新项目开工，总投资3.1亿元，将新建口袋公园4处、"
            "公共停车位320个。\n")
    r = _project(page, "老城片区有机更新")
    assert r.get("capacity") is None, r


# --- projects: a new site told on, its floor area --------------------------------------------------------

def test_a_new_site_opening_the_next_sentence_tells_the_works_just_named() -> None:
    page = ("本报讯（记者 李想）6月5日，信阳市中心医院羊山新院区正式投用。\n\n"
            "新院区位于羊山新区，占地168亩，总建筑面积14.2万平方米，设置床位900张，总投资10.8亿元。\n")
    r = _project(page, "羊山新院区")
    told = (r.get("investment_cny"), r.get("capacity"), r.get("area"))
    assert told == (1080000000, "床位900张", "14.2万平方米"), r


def test_a_plants_size_stays_its_land_when_both_are_told() -> None:
    page = ("本报讯（记者 李想）6月5日，罗山县年产5万吨饲料项目开工，项目占地120亩，总建筑面积6.8万平方米，"
            "总投资3亿元。\n")
    r = _project(page, "饲料项目")
    assert r.get("area") == "120亩", r


def test_a_step_done_then_the_finish_planned_is_the_finish_planned() -> None:
    page = ("本报讯（记者 李想）记者近日获悉，今年罗山县改造老旧小区12个。\n\n"
            "位于城关镇的县粮食局家属院改造项目已完成雨污分流管道施工，预计7月底完工。\n")
    r = _project(page, "粮食局家属院")
    assert (r["stage"], r["status"], r.get("date")) == ("completed", "target", "2026-07"), r
    page = "本报讯（记者 李想）罗山县城北路改造工程已完成路基施工，正在进行路面摊铺。\n"
    r = _project(page, "城北路改造")
    assert (r["stage"], r["status"]) == ("under_construction", "actual"), r


# --- batches: bus routes opened are no works ---------------------------------------------------------

def test_bus_routes_opened_are_no_batch_but_pipes_laid_are() -> None:
    page = "本报讯（记者 李想）6月5日，罗山县人民医院新院区投用，县里开通了至新院区的4条公交线路。\n"
    assert not records(page, "batch"), records(page, "batch")
    page = "本报讯（记者 李想）今年，罗山县集中开工6条城市道路，总投资1.2亿元。\n"
    assert records(page, "batch"), "pipes laid are works counted"


def test_old_estates_after_a_works_visited_or_of_next_year_stay_none() -> None:
    page = ("本报讯（记者 李想）观摩团来到罗山县城东片区老旧小区改造项目现场。今年全县改造老旧小区19个，"
            "涉及居民3200户。\n")
    assert _by_value(page, 19) is None and _by_value(page, 3200) is None, _indicators(page)
    page = "本报讯（记者 李想）今年以来，龙亭区改造老旧小区24个。明年，龙亭区计划再改造老旧小区16个。\n"
    assert _by_value(page, 24) is not None and _by_value(page, 16) is None, _indicators(page)


def test_rooms_a_lodging_builds_beside_its_blocks_stay_its_size() -> None:
    page = ("本报讯（记者 李想）6月5日，罗山县灵山民宿集群项目开工，项目由某村股份经济合作社投资1.2亿元，"
            "将建设特色民宿组团5个、客房260间。\n")
    r = _project(page, "民宿集群")
    assert r.get("capacity") == "客房260间", r


def test_a_production_planned_after_the_main_works_leaves_them_under_way() -> None:
    page = ("本报讯（记者 李想）罗山县茶叶精深加工产业园已完成主体建设，计划8月试生产，"
            "项目总投资2.2亿元。\n")
    r = _project(page, "茶叶精深加工产业园")
    assert (r["stage"], r["status"]) == ("under_construction", "actual"), r
