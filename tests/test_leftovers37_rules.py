"""Rules the leftovers of sets 99, 101 and 102 called for, each on phrasings of its own.

Set 99 is investment promotion (kinds of projects signed in turn, talks turned into signings, signed
projects getting ready to start), set 101 key projects seen on site (a second phase told only by its
papers, a later phase's line), set 102 heavy industry (retrofits of running plants, a unit told by
its count, a zone laid out by its size).
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.extract_projects.retrofits import retrofit_names
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 20))


def _batches(page: str) -> list[tuple]:
    return sorted((r.get("count"), r.get("event"), r.get("region")) for r in records(page, "batch"))


def _fields(page: str, part: str) -> dict:
    r = next(r for n, r in projects(page).items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


def _added(text: str) -> list[str]:
    names, _done = retrofit_names(text, 0, len(text), find_names(text, 0, len(text)))
    return [n.name for n in names]


# --- batches: kinds in turn, talks turned into signings, projects getting ready to start -----------

def test_kinds_of_projects_signed_in_turn_are_a_batch_each() -> None:
    page = ("伊宁市招商引资成效明显\n\n本报讯 今年前4个月，伊宁市新签约亿元以上项目30个，协议投资额200亿元。"
            "从产业看，纺织服装和农产品加工项目分别签约9个和7个。\n")
    assert (9, "signed", "伊宁市") in _batches(page)
    assert (7, "signed", "伊宁市") in _batches(page)


def test_kinds_started_in_turn_by_three() -> None:
    page = ("克拉玛依市重点项目加快推进\n\n本报讯 一季度，克拉玛依市新开工项目42个。"
            "其中，油气化工、新能源和数据中心项目分别开工12个、8个、5个。\n")
    counts = [c for c, e, _ in _batches(page) if e == "started"]
    assert {12, 8, 5} <= set(counts)


def test_amounts_given_in_turn_are_no_counts_of_kinds() -> None:
    page = ("奎屯市项目建设\n\n本报讯 奎屯市甲、乙两个项目的总投资分别为7亿元和5亿元，均已开工。\n")
    assert not [c for c, _, _ in _batches(page) if c in (7, 5)]


def test_talks_turned_into_signings_are_signed() -> None:
    page = ("民和县盯紧在谈项目\n\n本报讯 今年以来，全县在谈项目转化签约10个，签约率比去年同期提高8个百分点。"
            "\n")
    assert (10, "signed", "民和回族土族自治县") in _batches(page)


def test_talks_still_going_stay_negotiating() -> None:
    page = ("民和县盯紧在谈项目\n\n本报讯 目前，全县在谈项目21个，意向投资额96亿元。\n")
    assert (21, "negotiating", "民和回族土族自治县") in _batches(page)


def test_a_part_getting_ready_to_start_is_planned() -> None:
    page = ("喀什市签约项目加快落地\n\n本报讯 截至目前，今年全市签约项目已有8个完成注册落户，"
            "5个进入开工准备阶段。\n")
    assert (5, "planned", "喀什市") in _batches(page)
    assert (8, "signed", "喀什市") in _batches(page)


def test_a_part_already_started_stays_started() -> None:
    page = ("喀什市签约项目加快落地\n\n本报讯 截至目前，今年全市签约项目已有8个完成注册落户，5个已开工。\n")
    assert (5, "started", "喀什市") in _batches(page)


# --- projects: zones, sites searched for, plans built around ----------------------------------------

def test_a_park_sized_in_square_kilometres_before_its_name_is_a_zone() -> None:
    page = ("玛沁县加快产业布局\n\n本报讯 玛沁县依托矿产资源，规划建设了面积8平方公里的新材料产业园，"
            "正在引进下游项目。\n")
    assert not projects(page)


def test_a_park_sized_in_square_metres_is_still_a_project() -> None:
    page = ("玛沁县加快产业布局\n\n本报讯 玛沁县投资3亿元建设占地面积8万平方米的新材料产业园，"
            "目前已开工建设。\n")
    assert any("新材料产业园" in n for n in projects(page))


def test_a_site_still_searched_for_is_no_project() -> None:
    page = ("大通县赴成都对接\n\n本报讯 与一家研发企业的洽谈取得进展，对方同意将西北区域研发基地的选址范围"
            "扩大到大通县。\n")
    assert not projects(page)


# --- projects: works on running plants -------------------------------------------------------------

def test_a_plant_that_completed_a_retrofit_names_it() -> None:
    assert "某某热电厂脱硫提标改造" in _added("某某热电厂完成脱硫提标改造，改造后每年减排二氧化硫300吨。")
    page = ("工业快讯\n\n●克拉玛依市独山子区某某热电厂完成脱硫提标改造，改造后每年可减少二氧化硫排放约300吨。"
            "\n")
    f = _fields(page, "脱硫提标改造")
    assert (f["stage"], f["status"]) == ("completed", "actual")


def test_a_firm_by_reference_names_its_retrofit_alone_and_is_its_investor() -> None:
    page = ("博乐铸造企业加快技术改造\n\n本报讯 在博乐市某某镇新疆天岳铸造有限公司，"
            "年产10万吨铸件项目已完成主体厂房建设。\n\n"
            "该公司去年完成全厂节能改造，投资1.2亿元。\n")
    f = _fields(page, "全厂节能改造")
    assert f["stage"] == "completed"
    assert f["investor"] == "新疆天岳铸造有限公司"
    assert f["investment_cny"] == 120_000_000


def test_firms_counted_completing_a_retrofit_name_no_works() -> None:
    assert _added("该市11家钢铁企业全部完成超低排放改造并通过评估监测。") == []
    assert _added("全区完成老旧小区改造，惠及居民3000户。") == []


def test_a_retrofit_going_on_into_an_upgrade_is_not_cut() -> None:
    assert _added("某某水泥厂完成节能改造提升，产能稳定。") == []


def test_a_system_a_firm_pays_for_is_a_project() -> None:
    page = ("喀什钢企环保改造\n\n本报讯 新疆某某钢铁有限公司投资3.2亿元建设焦炉烟气脱硫脱硝系统，"
            "排放浓度大幅下降。\n")
    f = _fields(page, "焦炉烟气脱硫脱硝系统")
    assert f["investor"] == "新疆某某钢铁有限公司"
    assert f["investment_cny"] == 320_000_000


def test_a_system_without_a_firm_paying_is_no_project() -> None:
    assert _added("全市投资3.2亿元建设城市应急指挥系统，提升处置能力。") == []


def test_a_unit_told_by_its_count_and_taken_up_again() -> None:
    page = ("阿勒泰焦化企业转型\n\n本报讯 走进阿勒泰市的新疆某某焦化有限公司，"
            "一套焦炉煤气制甲醇装置正在满负荷运行。"
            "去年10月投运的这套装置日产甲醇300吨，供应下游化工企业。\n")
    f = _fields(page, "制甲醇装置")
    assert (f["stage"], f["status"]) == ("in_production", "actual")
    assert f["investor"] == "新疆某某焦化有限公司"
    assert f["capacity"] == "日产甲醇300吨"


def test_a_unit_counted_with_no_state_is_no_project() -> None:
    assert _added("厂区内有一套焦炉煤气制甲醇装置，另一套在检修。") == []


# --- projects: later phases ------------------------------------------------------------------------

def test_a_second_phase_seeking_its_review_is_the_projects_phase_planned() -> None:
    page = ("共和县重点项目\n\n本报讯 在共和县恰卜恰镇，总投资5.2亿元的年产3万吨碳化硅项目已建成投产。"
            "企业负责人介绍，二期项目正在办理环评手续，建成后产能将翻一番。\n")
    f = _fields(page, "二期")
    assert (f["stage"], f["status"]) == ("planned", "actual")
    # (one of several projects of a paragraph: the phase is found after its project's own sentence)
    page = ("共和县重点项目观摩\n\n本报讯 在恰卜恰镇，总投资5.2亿元的年产3万吨碳化硅项目已建成投产，"
            "今年实现产值2亿元。"
            "企业负责人介绍，二期项目正在办理能评手续。在铁盖乡，某某光伏产业园项目正在加紧建设。\n")
    f = _fields(page, "碳化硅项目二期")
    assert f["stage"] == "planned"


def test_a_second_phase_told_with_no_step_of_its_own_is_no_project() -> None:
    page = ("共和县重点项目\n\n本报讯 在共和县恰卜恰镇，总投资5.2亿元的年产3万吨碳化硅项目已建成投产。"
            "企业负责人介绍，二期项目建成后产能将翻一番。\n")
    assert not any("二期" in n for n in projects(page))


def test_a_later_phases_line_after_the_first_phase_is_no_project() -> None:
    page = ("拉萨市重点项目观摩\n\n本报讯 在拉萨经开区，"
            "西藏某某建材有限公司年产80万吨水泥项目一期已于9月投产，"
            "二期粉磨生产线正在安装设备。项目总投资9亿元。\n")
    names = list(projects(page))
    assert any("年产80万吨水泥项目" in n for n in names)
    assert not any(n.startswith("二期") for n in names)


def test_a_later_phase_line_of_its_own_sentence_is_still_read() -> None:
    page = ("拉萨市重点项目观摩\n\n本报讯 西藏某某建材有限公司二期粉磨生产线项目日前开工，总投资2亿元。\n")
    assert any("粉磨生产线" in n for n in projects(page))


# --- places: a firm's home -------------------------------------------------------------------------

def _regions(page: str) -> set:
    return {r.get("region") for r in records(page, "indicator")}


def test_a_firms_home_before_yi_jia_leaves_a_new_areas_figures_to_the_area() -> None:
    page = ("西咸数据中心集群再添大项目\n\n本报讯 今年一季度，西咸新区数据中心集群在用标准机架达到12.6万个，"
            "上架率71.5%。\n\n由西安一家国有企业牵头建设的城市算力调度平台项目已完成主体开发。\n")
    assert _regions(page) == {"西咸新区"}


def test_a_city_of_the_story_still_takes_a_new_areas_figures() -> None:
    page = ("西咸数据中心集群再添大项目\n\n本报讯 今年一季度，西咸新区数据中心集群在用标准机架达到12.6万个，"
            "上架率71.5%。\n\n西安市有关负责人参加了活动。\n")
    assert _regions(page) == {"西安市"}


# --- dates: a plan's day after works under way -----------------------------------------------------

def test_a_plans_day_after_works_under_way_is_no_date() -> None:
    page = ("玛沁县重点项目\n\n本报讯 记者走访了玛沁县多个重点项目建设现场。\n\n"
            "与产业园配套的药材仓储交易中心改造提升项目已完成总工程量的七成，计划明年春节前投入使用。\n")
    f = _fields(page, "药材仓储交易中心")
    assert (f["stage"], f["status"]) == ("under_construction", "actual")
    assert f.get("date") is None


def test_the_day_of_a_plan_stays_with_works_only_planned() -> None:
    page = ("玛沁县重点项目\n\n本报讯 记者走访了玛沁县多个重点项目建设现场。\n\n"
            "与产业园配套的药材仓储交易中心改造提升项目计划明年春节前投入使用。\n")
    f = _fields(page, "药材仓储交易中心")
    assert f["status"] == "target"
    assert f.get("date") == "2027-02-06"


def test_a_unit_running_takes_the_month_it_was_started_from_the_next_sentence() -> None:
    page = ("阿勒泰焦化企业转型\n\n本报讯 走进阿勒泰市的新疆某某焦化有限公司，"
            "一套焦炉煤气制甲醇装置正在满负荷运行。"
            "去年10月投运的这套装置日产甲醇300吨。\n")
    assert _fields(page, "制甲醇装置")["date"] == "2025-10"
    page = ("阿勒泰焦化企业转型\n\n本报讯 走进阿勒泰市的新疆某某焦化有限公司，"
            "一套焦炉煤气制甲醇装置正在满负荷运行。"
            "去年10月，公司还引进了一条包装线。\n")
    assert _fields(page, "制甲醇装置").get("date") is None


def test_a_system_in_a_story_of_retrofits_done_is_completed() -> None:
    page = ("喀什钢企超低排放改造全部完成\n\n本报讯 新疆某某钢铁有限公司投资3.2亿元建设焦炉烟气脱硫脱硝系统，"
            "排放浓度大幅下降。\n")
    assert _fields(page, "脱硫脱硝系统")["stage"] == "completed"
    page = ("喀什钢企加快环保改造\n\n本报讯 新疆某某钢铁有限公司投资3.2亿元建设焦炉烟气脱硫脱硝系统，"
            "排放浓度大幅下降。\n")
    assert _fields(page, "脱硫脱硝系统")["stage"] != "completed"


def test_a_units_sum_told_later_by_the_tail_of_its_name() -> None:
    page = ("阿勒泰焦化企业转型\n\n本报讯 走进阿勒泰市的新疆某某焦化有限公司，"
            "一套焦炉煤气制甲醇装置正在满负荷运行。\n\n"
            "“过去煤气用来发电。”公司负责人算了一笔账，制甲醇装置投资2.1亿元，投运以来日均增收10万元。\n")
    assert _fields(page, "制甲醇装置")["investment_cny"] == 210_000_000
    page = ("阿勒泰焦化企业转型\n\n本报讯 走进阿勒泰市的新疆某某焦化有限公司，"
            "一套焦炉煤气制甲醇装置正在满负荷运行。\n\n"
            "公司负责人说，配套的污水处理装置投资3000万元，制甲醇装置投资2.1亿元。\n")
    assert _fields(page, "制甲醇装置")["investment_cny"] == 210_000_000  # (its own tail, not another unit's)


def test_a_review_sought_then_a_start_aimed_at_is_the_start_planned() -> None:
    page = ("伊宁市重点项目\n\n本报讯 伊宁市年产5GWh储能电池项目已完成备案，总投资20亿元，"
            "目前正在办理环评和能评手续，"
            "力争年底前开工。\n")
    f = _fields(page, "储能电池项目")
    assert (f["stage"], f["status"]) == ("started", "target")
