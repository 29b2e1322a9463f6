"""Rules the misses of the fifty-seventh held-out set called for, each on phrasings of its own.

The set is a provincial daily's city news on a quarter's concentrated start and signing of major
projects (a main venue, one sub-venue a prefecture), each city's batch told in its own words, then
its projects one by one, and an investment fair's results split by kind.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.cues import target_in
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 4, 2))


def batches(page: str) -> list[tuple]:
    return sorted((r.get("count") or 0, r.get("total_cny") or 0, r.get("region"), r.get("event"))
                  for r in records(page, "batch"))


# --- projects: the projects of a concentrated start take its event ------------------------------

START = ("某市重点项目开工\n\n本报讯(记者 甲乙)4月1日,大理州二季度重大项目集中开工活动在祥云县举行,"
         "全州集中开工项目26个,总投资88.6亿元。\n\n"
         "鹤庆县的银铜废料综合利用项目投资4.2亿元,由鹤庆金源再生资源有限公司承建。"
         "宾川县葡萄冷链仓储中心项目总投资1.6亿元,由宾川果业发展有限公司投资建设。\n")


def test_a_project_told_after_a_concentrated_start_takes_its_event() -> None:
    found = projects(START)
    assert found["银铜废料综合利用项目"].get("stage") == "started"
    assert found["银铜废料综合利用项目"].get("status") == "actual"
    assert found["宾川县葡萄冷链仓储中心项目"].get("stage") == "started"  # its works (投资建设) are no event


def test_a_project_after_an_ordinary_count_keeps_no_event() -> None:
    page = START.replace("二季度重大项目集中开工活动在祥云县举行,全州集中开工项目26个",
                         "一季度工作会议在祥云县召开,全州今年安排项目26个")
    found = projects(page)
    assert "银铜废料综合利用项目" not in found or found["银铜废料综合利用项目"].get("stage") != "started"


def test_a_project_of_a_start_day_with_a_plan_of_its_own_keeps_it() -> None:
    page = START.replace("由鹤庆金源再生资源有限公司承建", "力争年底前建成投产")
    r = projects(page)["银铜废料综合利用项目"]
    assert (r.get("stage"), r.get("status")) == ("in_production", "target")


# --- stages: ground broken, the first pile driven ------------------------------------------------

def test_ground_broken_and_the_first_pile_are_a_start() -> None:
    page = ("某县项目动态\n\n本报讯 昨天在玉溪高新区破土的是华宁新材料有限公司年产2万吨铝箔项目。"
            "同日,澄江县年产3万吨饲料项目打下第一根桩。\n")
    found = projects(page)
    assert found["华宁新材料有限公司年产2万吨铝箔项目"].get("stage") == "started"
    assert found["澄江县年产3万吨饲料项目"].get("stage") == "started"


# --- status: the label of a total is no plan ------------------------------------------------------

def test_the_label_of_a_planned_total_is_no_plan_word() -> None:
    assert target_in("18个项目开工,计划总投资96亿元") is None
    assert target_in("计划总投资最多的是甲项目") is None
    assert target_in("甲项目计划年底前建成") is not None


# --- batches: how many projects there are of a kind ----------------------------------------------

def test_projects_there_are_of_a_kind_are_a_batch() -> None:
    page = ("某县集中开工\n\n本报讯 镇雄县此次共有22个项目开工。列入开工名单的工业项目有9个,总投资31.5亿元,"
            "占比超过四成。\n")
    assert (9, 3150000000, "镇雄县", "started") in batches(page)


def test_the_parts_of_one_project_are_no_batch() -> None:
    page = "某县项目动态\n\n本报讯 镇雄县甲项目开工。该项目有3个车间,总投资2亿元。\n"
    assert all(c != 3 for c, *_ in batches(page))


def test_a_count_told_again_to_single_out_a_member_takes_no_total() -> None:
    page = ("某州集中开工\n\n本报讯 全州开工的12个项目总投资40.2亿元,其中工业项目5个,总投资21.3亿元。"
            "5个工业项目中,投资最多的是泸西县年产5万吨铁合金项目,投资8.1亿元。\n")
    found = batches(page)
    assert all(t != 810000000 for _, t, *_ in found)
    assert (5, 2130000000) in {(c, t) for c, t, *_ in found}


# --- batch regions: a sub-venue's owner, the units listed, the batch broken down ----------------

def test_a_prefectures_sub_venue_names_the_batch_past_its_listed_counties() -> None:
    page = ("某州分会场\n\n贵州日报都匀讯(记者 甲乙)在当天的黔南州分会场,都匀市、独山县、罗甸县等8个县(市)"
            "集中开工项目33个,总投资120.4亿元。\n")
    assert (33, 12040000000, "黔南布依族苗族自治州", "started") in batches(page)


def test_where_a_sub_venue_is_set_is_no_region_of_the_batch() -> None:
    page = ("某市分会场\n\n云南日报玉溪讯(记者 甲乙)玉溪市分会场设在江川区,"
            "当天开工的15个项目总投资42.7亿元。\n")
    assert (15, 4270000000, "玉溪市", "started") in batches(page)


def test_a_county_counted_alone_keeps_its_own_batch() -> None:
    page = ("某县开工\n\n本报讯 曲靖市分会场设在陆良县。会泽县当天开工项目6个,总投资12.2亿元。\n")
    assert (6, 1220000000, "会泽县", "started") in batches(page)


def test_a_batch_broken_down_keeps_the_region_of_the_whole() -> None:
    page = ("全省集中开工\n\n云南日报昆明讯(记者 甲乙)4月1日,全省二季度集中开工项目410个,总投资2380亿元,"
            "主会场设在楚雄州禄丰市。\n\n410个开工项目中,产业项目256个,总投资1460亿元;基础设施项目98个。"
            "投资规模在10亿元以上的项目有52个。\n")
    regions = {c: reg for c, _, reg, _ in batches(page)}
    assert regions[256] == regions[98] == regions[52] == "云南省"


def test_a_later_batch_of_the_same_paragraph_keeps_its_region() -> None:
    page = ("某州推介会\n\n云南日报泸水讯(记者 甲乙)全州共达成合作项目17个,涉及金额66.1亿元。"
            "按合作深度分,正式签约9个;另有5个项目达成投资意向,意向金额12.4亿元。\n")
    assert (5, 1240000000, "怒江傈僳族自治州", "negotiating") in batches(page)


# --- batch events: cooperation agreed, a fair's name ---------------------------------------------

def test_projects_agreed_at_a_fair_are_signed() -> None:
    page = "某县推介会\n\n本报讯 本次推介会共达成合作项目24个,涉及总金额80.5亿元。\n"
    assert [(c, e) for c, _, _, e in batches(page)] == [(24, "signed")]


def test_an_intent_agreed_stays_talks() -> None:
    page = "某县推介会\n\n本报讯 本次推介会共达成合作意向项目7个,意向投资额20.5亿元。\n"
    assert [(c, e) for c, _, _, e in batches(page)] == [(7, "negotiating")]


# --- statistics: what works yield once done ------------------------------------------------------

def test_what_works_recover_once_built_is_no_statistic() -> None:
    page = ("某县项目开工\n\n本报讯 某县再生资源项目开工。项目计划投资3.1亿元,建成后每年可回收铜、铝、锡等"
            "金属约1.2万吨。\n")
    assert records(page, "indicator") == []


def test_an_upgrade_done_raising_a_plants_capacity_is_no_statistic() -> None:
    page = ("某县技改\n\n本报讯 耿马县的蔗糖技改项目由某糖业有限公司投资2亿元建设,改造完成后日榨甘蔗能力"
            "提高到6000吨。\n")
    assert records(page, "indicator") == []


def test_a_countys_output_in_a_list_stays_a_statistic() -> None:
    page = "某县经济\n\n本报讯 今年一季度,全县生产茶叶、核桃、咖啡等农产品3.6万吨,同比增长5%。\n"
    assert [r.get("value") for r in records(page, "indicator")] == [3.6]


# --- names: a site clause, a ceremony held ---------------------------------------------------------

def test_where_a_project_is_built_is_no_project() -> None:
    page = ("某县项目\n\n本报讯 宣威市火腿精深加工项目开工。项目计划投资2.3亿元,"
            "建设地点在宣威市板桥工业园区。\n")
    assert list(projects(page)) == ["宣威市火腿精深加工项目"]


def test_projects_of_a_ceremony_held_are_no_name() -> None:
    page = ("某州签约\n\n本报讯 同日,文山州还举行了项目集中签约,共签约项目12个,签约资金48.2亿元。\n")
    assert projects(page) == {}


# --- regions: the province of nearly every place on the page ---------------------------------------

def test_a_province_wide_figure_on_a_page_of_one_province_takes_it() -> None:
    places = "".join(f"{c}县" for c in ("宾川", "祥云", "弥渡", "鹤庆", "剑川", "洱源", "巍山", "永平",
                                         "云龙", "漾濞", "南涧"))
    page = (f"一\n\n云南日报大理讯(记者 甲乙){places}等地一批项目集中开工,江苏某铝业有限公司参与建设。\n\n"
            "二\n\n本报讯(记者 丙丁)记者从省统计局获悉,今年1—2月,全省规模以上工业增加值同比增长6.9%。\n")
    assert [r.get("region") for r in records(page, "indicator")] == ["云南省"]


# --- names: a plant named by its power, a process upgraded -------------------------------------

def test_a_places_plant_named_by_its_power_is_a_project() -> None:
    page = "某县新能源\n\n本报讯 当天开工的是石林县的30万千瓦风光互补电站,由某能源有限公司投资15亿元建设。\n"
    assert "30万千瓦风光互补电站" in projects(page)


def test_a_plant_a_project_will_build_is_no_project_of_its_own() -> None:
    page = "某县新能源\n\n本报讯 石林县甲新能源基地项目开工,将建成30万千瓦风光互补电站。\n"
    assert "30万千瓦风光互补电站" not in projects(page)


def test_the_upgrade_of_a_named_process_is_a_project() -> None:
    page = "某县技改\n\n本报讯 孟连县白酒酿造技改项目开工,由某酒业有限公司投资1.2亿元建设。\n"
    assert any(n.endswith("白酒酿造技改项目") for n in projects(page))


def test_a_class_of_upgrades_is_no_project() -> None:
    page = "某县技改\n\n本报讯 孟连县今年实施工业企业技改项目开工建设,投资1.2亿元。\n"
    assert not any(n.endswith("技改项目") for n in projects(page))


def test_a_sum_told_as_investment_amount_makes_a_member_of_a_start() -> None:
    page = ("某州集中开工\n\n本报讯 红河州集中开工项目30个,总投资90亿元。\n\n"
            "屏边县荔枝精深加工项目,投资额2.1亿元,投产后年加工荔枝3万吨。\n")
    assert projects(page)["屏边县荔枝精深加工项目"].get("stage") == "started"


# --- batch regions: a region's fair held in one of its towns ------------------------------------

def test_a_fair_of_a_prefecture_held_in_a_city_names_the_batch() -> None:
    page = ("某州推介会\n\n云南日报文山讯(记者 甲乙)5月8日,文山州绿色产业招商推介会在砚山县举行。"
            "记者从文山州商务局了解到,本次推介会共签约项目14个,签约金额52.3亿元。\n")
    assert (14, 5230000000, "文山壮族苗族自治州", "signed") in batches(page)


def test_a_fair_held_by_a_firm_leaves_the_batch_to_the_place() -> None:
    page = ("某县签约\n\n云南日报砚山讯(记者 甲乙)5月8日,某集团产品推介会在昆明举行。"
            "砚山县当天签约项目6个,签约金额12.3亿元。\n")
    assert (6, 1230000000, "砚山县", "signed") in batches(page)


# --- stages: a paragraph opening on the projects of one event told before ----------------------

EVENTS = ("某州开工签约\n\n本报讯 全州集中开工项目20个,总投资70亿元;集中签约项目9个,签约金额40亿元。\n\n"
          "{opening}马关县锡矿尾矿综合利用项目,投资额3.2亿元,由马关锡业有限公司负责实施。\n")


def test_members_of_the_start_told_before_the_signing_take_the_start() -> None:
    r = projects(EVENTS.format(opening="开工的20个项目里,"))["马关县锡矿尾矿综合利用项目"]
    assert r.get("stage") == "started"


def test_members_of_the_signing_take_the_signing() -> None:
    r = projects(EVENTS.format(opening="签约项目中,"))["马关县锡矿尾矿综合利用项目"]
    assert r.get("stage") == "signed"
