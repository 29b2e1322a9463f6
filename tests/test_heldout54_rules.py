"""Rules the misses of the fifty-fourth held-out set called for, each on phrasings of its own.

The set is a provincial economic daily's city news on energy and minerals (hydropower, solar and wind
farms, storage, lithium salts, vanadium and titanium, natural gas): plants connected in full, kilns
lit, first goods made, phases with their years, a firm's annual report, a region's share and rank.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.pageyear import read_page_year
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 11, 28))


def _values(page: str) -> list:
    return sorted(r.get("value") for r in indicators(page))


# --- indicators: a works' own yearly figures ------------------------------------------------------

def test_what_a_works_yields_once_running_is_no_statistic() -> None:
    page = ("某地电站投运\n\n本报讯 11月12日,甘洛县某某河水电站正式投运。电站投运后,多年平均发电量"
            "4.6亿千瓦时,每年可节约标准煤13万吨。\n")
    assert _values(page) == []


def test_a_pipeline_built_by_a_firm_gives_its_own_figures() -> None:
    page = ("某地管道通气\n\n本报讯 近日,某某支线输气管道通气。该工程由某某燃气公司投资建设,设计年输气能力"
            "1.5亿立方米,管道投运后每年可替代燃煤9万吨。\n")
    assert _values(page) == []


def test_a_scope_word_after_the_works_opens_a_statistic_of_the_place() -> None:
    page = ("某地电站投运\n\n本报讯 某某风电场全部建成后,全县风电装机容量达到46万千瓦。\n")
    assert _values(page) == [46]


def test_a_region_s_generation_stays_a_statistic() -> None:
    page = ("某地发电量\n\n本报讯 今年1—9月,阿坝州水电发电量达到352.6亿千瓦时,同比增长7.1%。\n")
    assert _values(page) == [352.6]


def test_a_kiln_lit_gives_the_plant_s_first_output() -> None:
    page = ("某地项目点火\n\n本报讯 11月5日,某某新材料有限公司年产3万吨硅铁项目2号矿热炉顺利点火,"
            "当天出炉硅铁约25吨。\n")
    assert _values(page) == []


# --- indicators: a company's periodic report ------------------------------------------------------

def test_a_company_report_s_paragraph_gives_the_firm_s_figures() -> None:
    page = ("某公司年报\n\n本报讯 某某钴业股份有限公司近日发布年度报告,报告期内公司实现营业收入42.1亿元,"
            "净利润3.3亿元。分业务看,电池材料业务收入18.6亿元,钴盐销量2.4万吨。\n\n"
            "另据统计,今年前三季度,全市新材料产业实现产值312.5亿元,同比增长9.4%。\n")
    assert _values(page) == [31250000000]


# --- regions: the whole a share is of is no scope ------------------------------------------------

def test_the_whole_of_a_share_is_no_region_of_it() -> None:
    page = ("某地清洁能源\n\n本报讯 前三季度,全州清洁能源发电量达到561亿千瓦时,占全省清洁能源发电量的21.4%。"
            "其中水电发电量498亿千瓦时。\n")
    page = page.replace("全州", "甘孜州")
    found = {r.get("value"): r.get("region") for r in indicators(page)}
    assert found[21.4] == "甘孜藏族自治州"
    assert found[498] == "甘孜藏族自治州"


def test_a_province_s_own_figure_keeps_the_province() -> None:
    page = ("四川清洁能源\n\n四川经济日报讯 前三季度,全省清洁能源发电量达到2860亿千瓦时,同比增长6.2%。\n")
    assert [r.get("region") for r in indicators(page)] == ["四川省"]


# --- page year: a year's annual report is of a year that is over ---------------------------------

def test_an_annual_report_of_a_year_means_the_next_one() -> None:
    year = read_page_year("某某锂业发布的2023年年度报告显示,公司营业收入下降。")
    assert year is not None and year.year == 2024


def test_a_plan_year_still_says_nothing() -> None:
    assert read_page_year("公司计划2026年启动二期建设。") is None


# --- project stages: a plant connected, lit, making its first goods, its units lifted ------------

def test_a_plant_connected_in_full_runs() -> None:
    page = ("某地光伏并网\n\n本报讯 11月8日,由某某能源公司投资建设的理塘县某某光伏电站实现全容量并网。\n")
    r = projects(page)["理塘县某某光伏电站"]
    assert (r.get("stage"), r.get("status")) == ("in_production", "actual")


def test_a_forecast_to_connect_in_full_leaves_the_works_under_way() -> None:
    page = ("某地风电\n\n本报讯 会东县某某风电场项目截至10月底已完成投资9.6亿元,"
            "预计明年6月实现全容量并网。\n")
    r = projects(page)["会东县某某风电场项目"]
    assert (r.get("stage"), r.get("status")) == ("under_construction", "actual")


def test_turbines_lifted_then_connected_in_full_is_one_event_the_later() -> None:
    page = ("某地风电\n\n本报讯 10月16日,布拖县某某风电项目32台风机全部吊装完成并实现全容量并网发电。\n")
    r = projects(page)["布拖县某某风电项目"]
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("in_production", "actual", "2024-10-16")


def test_a_kiln_lit_and_the_first_goods_made_are_production() -> None:
    page = ("某地项目点火\n\n本报讯 10月30日,某某钛业有限公司年产2万吨钛精矿项目回转窑点火。\n")
    stages = [r.get("stage") for n, r in projects(page).items() if n.endswith("钛精矿项目")]
    assert stages == ["in_production"]
    page = ("某地项目投产\n\n本报讯 10月30日,某某锂业有限公司年产1万吨氢氧化锂项目产出首批产品。\n")
    stages = [r.get("stage") for n, r in projects(page).items() if n.endswith("氢氧化锂项目")]
    assert stages == ["in_production"]


def test_wind_turbines_lifted_are_works_under_way() -> None:
    page = ("某地风电\n\n本报讯 11月3日,某某风电场二期工程24台风机全部吊装完成。\n")
    r = projects(page)["某某风电场二期工程"]
    assert (r.get("stage"), r.get("status")) == ("under_construction", "actual")


# --- project names ---------------------------------------------------------------------------------

def test_a_scope_s_plan_class_is_no_project() -> None:
    page = ("某地新能源\n\n本报讯 全市“十四五”规划光伏项目总装机300万千瓦,目前已开工建设110万千瓦。\n")
    assert not any(n.startswith("全市") for n in projects(page))


def test_a_firm_s_plan_to_build_at_a_park_is_no_name() -> None:
    page = ("某地签约\n\n本报讯 11月2日,某县签约项目6个。其中,某某新能源有限公司计划在某某经开区投资9亿元,"
            "建设年产5万吨磷酸铁项目。\n")
    names = set(projects(page))
    assert "年产5万吨磷酸铁项目" in names
    assert not any("计划在" in n for n in names)


def test_a_part_of_the_story_s_project_is_no_project() -> None:
    page = ("某地项目投产\n\n本报讯 11月1日,某某新材料有限公司年产4万吨锰系材料项目投产,"
            "项目第一条生产线当天出料。\n")
    assert not any(n.startswith("项目") for n in projects(page))


def test_a_bare_kind_of_works_is_no_project() -> None:
    page = ("某地风电\n\n本报讯 某某风电场扩建工程完成吊装。扩建工程投运后,风电场总装机将达到20万千瓦。\n")
    assert "扩建工程" not in projects(page)


def test_a_date_on_the_next_year_heads_no_name() -> None:
    page = ("某地水电\n\n本报讯 某某水电站2020年获得核准,次年3月主体工程开工。\n")
    assert not any(n.startswith("次年") for n in projects(page))


# --- phases: a phase's size before its plan's date and event -------------------------------------

def test_a_later_phase_with_its_size_then_a_plan_is_a_project() -> None:
    page = ("某地项目\n\n本报讯 11月6日,某某硅业有限公司年产10万吨多晶硅项目建成投产。据介绍,项目分两期建设:"
            "一期5万吨已于今年建成;二期8万吨装置计划2026年投产。\n")
    phase = [r for n, r in projects(page).items() if n.endswith("二期")]
    assert [(r.get("stage"), r.get("status")) for r in phase] == [("in_production", "target")]


def test_a_later_phase_s_size_with_no_event_is_no_project() -> None:
    page = ("某地项目\n\n本报讯 11月6日,某某硅业有限公司年产10万吨多晶硅项目建成投产。据介绍,项目分两期建设:"
            "一期5万吨已于今年建成;二期8万吨装置主要生产电子级产品。\n")
    assert not [n for n in projects(page) if n.endswith("二期")]


# --- ranks: 排名 before a named scope ---------------------------------------------------------------

def test_a_rank_in_a_named_prefecture_after_a_rate() -> None:
    page = ("某地工业\n\n本报讯 今年1—10月,九龙县规模以上工业增加值同比增长11.2%,增速排名甘孜州第3位。\n")
    ranks = [(r.get("value"), r.get("unit"), r.get("region"))
             for r in indicators(page) if r.get("unit") == "位"]
    assert ranks == [(3, "位", "九龙县")]


def test_a_plain_rank_is_read_as_before() -> None:
    page = ("某地空气\n\n本报讯 1-9月,绵阳市空气质量排名全省第4。\n")
    assert [(r.get("value"), r.get("unit")) for r in indicators(page)] == [(4, "名")]


# --- status: the works a signed agreement names, the firm by its short name ------------------------

def test_a_signing_then_the_firm_by_short_name_building_stays_done() -> None:
    page = ("某地签约\n\n本报讯 11月12日,荥经县人民政府与华润电力控股有限公司签署合作协议,华润电力将在"
            "六合乡投资建设10万千瓦/20万千瓦时储能电站项目。\n")
    found = [r for n, r in projects(page).items() if n.endswith("储能电站项目")]
    assert [(r.get("stage"), r.get("status")) for r in found] == [("signed", "actual")]


def test_a_plan_word_after_the_agreement_keeps_a_target() -> None:
    page = ("某地签约\n\n本报讯 11月12日,荥经县人民政府与华润电力控股有限公司签署合作协议,力争将在"
            "六合乡投资建设储能电站项目。\n")
    found = [r for n, r in projects(page).items() if n.endswith("储能电站项目")]
    assert [r.get("status") for r in found] == ["target"]


# --- capacity: a plant's size written short, a pipeline's yearly flow ------------------------------

def test_a_plant_s_size_written_short_is_its_capacity() -> None:
    page = ("某地风电\n\n本报讯 11月9日,越西县某某风电场一期工程装机8万千瓦,已全部建成投产。\n")
    found = [r.get("capacity") for n, r in projects(page).items() if n.endswith("一期工程")]
    assert found == ["装机8万千瓦"]


def test_a_pipeline_s_yearly_flow_is_its_capacity() -> None:
    page = ("某地管道\n\n本报讯 11月9日,某某输气管道工程正式通气投运。该工程全长86公里,设计年输气能力"
            "3.5亿立方米。\n")
    found = [r.get("capacity") for n, r in projects(page).items() if n.endswith("管道工程")]
    assert found and "3.5亿立方米" in found[0]


def test_a_plant_with_no_size_gets_no_capacity() -> None:
    page = ("某地风电\n\n本报讯 11月9日,越西县某某风电场一期工程全部建成投产。\n")
    assert [r.get("capacity") for n, r in projects(page).items() if n.endswith("一期工程")] == [None]


def test_a_region_s_wind_power_stays_a_statistic_beside_a_plant() -> None:
    page = ("某地风电\n\n本报讯 11月9日,越西县某某风电场一期工程建成投产。"
            "截至10月底,全州风电装机326万千瓦。\n")
    assert [r.get("value") for r in indicators(page)] == [326]


def test_a_place_described_as_a_base_names_no_project() -> None:
    page = ("米易县是全省重要的钒钛磁铁矿基地,境内已建成投产选矿厂12座,年处理能力约900万吨。"
            "甲矿业公司投资6亿元建设的尾矿综合利用项目今年5月开工。")
    found = projects(page)
    assert not any("矿基地" in n for n in found), found
    assert any("尾矿综合利用" in n for n in found), found


def test_a_base_named_as_a_project_is_still_one() -> None:
    page = "乙能源公司投资12亿元建设的盐源县风光储一体化基地项目今年3月开工建设,主要建设风电场两座。"
    assert any("风光储一体化基地" in n for n in projects(page))
