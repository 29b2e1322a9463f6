"""Rules the misses of the eighty-seventh held-out set called for, each on phrasings of its own.

The set is infrastructure in progress as a provincial daily, a transport bureau's site and a city
paper tell it: works at their milestones (a span closed, a tunnel broken through, a road handed
over on acceptance, a dam's gates lowered), a province's or a city's list of major projects with
the year's sums by field, fixed-asset and infrastructure investment with growth, old quarters and
pipe networks renewed.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.cues import STAGE_RE
from newsmill.zh.projects import find_names, is_generic
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 7, 20))


def names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _page(body: str, head: str = "重点工程传来好消息") -> str:
    return f"{head}\n\n{body}\n"


# --- stages: milestones of roads, railways, bridges and dams ---------------------------------------

def test_a_span_closed_a_tunnel_through_and_gates_lowered_are_works_under_way() -> None:
    got = projects(_page("本报讯（记者 钟 慧）7月16日，梅州西环快速路改建工程梅江大桥顺利合龙。"
                         "7月12日，河源市东江引水工程正式下闸蓄水。"
                         "同日，河源至龙川城际铁路全线铺轨贯通，转入联调联试。"))
    for key in ("梅州西环快速路改建工程", "河源市东江引水工程", "河源至龙川城际铁路"):
        r = next(r for n, r in got.items() if n.startswith(key))
        assert r.get("stage") == "under_construction" and r.get("status") == "actual", key


def test_a_road_handed_over_on_acceptance_is_built() -> None:
    got = projects(_page("本报讯（记者 钟 慧）7月18日，紫金至五华高速公路通过交工验收，计划8月正式通车。"))
    r = next(r for n, r in got.items() if n.startswith("紫金至五华高速公路"))
    assert r.get("stage") == "completed" and r.get("status") == "actual"
    assert r.get("date") == "2025-07-18"


def test_a_road_running_through_a_region_or_a_line_of_machines_through_names_no_stage() -> None:
    for text in ("这条贯通南北的通道将串起12个乡镇", "一期生产线已全线贯通", "合作贯通上下游"):
        assert STAGE_RE.search(text) is None, text
    assert STAGE_RE.search("石窟河特大桥主跨合龙").group() == "合龙"


# --- projects: parts of a road named alone, the road before its key works ---------------------------

def test_a_road_s_part_or_a_class_of_works_alone_is_no_project() -> None:
    for part in ("全线路基工程", "桥涵工程", "路基土石方工程", "全线桥梁工程", "路面及交安工程", "水利工程",
                 "输变电工程"):
        assert is_generic(part), part
    for name in ("梅江大桥改建工程", "东江引水工程", "兴宁220千伏输变电工程", "韩江防洪工程"):
        assert not is_generic(name), name


def test_a_road_s_parts_done_leave_the_road_under_way() -> None:
    got = projects(_page("本报讯 国道205蕉岭段改建工程全长18.2公里，总投资6.1亿元，目前路面工程完成80%，"
                         "桥涵工程全部完工，累计完成投资4.9亿元。"))
    assert set(got) >= {"国道205蕉岭段改建工程"} and not any(n.endswith("桥涵工程") for n in got)
    assert got["国道205蕉岭段改建工程"].get("stage") == "under_construction"


def test_the_line_before_its_key_works_is_the_project() -> None:
    got = projects(_page("本报讯（记者 钟 慧）7月15日，平远至蕉岭高速公路控制性工程——石窟河特大桥"
                         "主跨顺利合龙。该高速公路全长41.3公里，总投资58.2亿元。"))
    assert "平远至蕉岭高速公路" in got
    assert not any(n.endswith("控制性工程") for n in got)
    assert got["平远至蕉岭高速公路"].get("stage") == "under_construction"


def test_a_scenic_road_between_towns_is_a_works() -> None:
    assert "紫金县南岭镇至龙窝镇生态旅游公路" in names(
        "紫金县南岭镇至龙窝镇生态旅游公路已于6月建成通车，总投资1.2亿元。")
    assert not any("公路" in n for n in names("全县公路通车里程达到3260公里。"))
    assert names("龙窝镇生态旅游公路提升工程已完成总工程量的40%。") == ["龙窝镇生态旅游公路提升工程"]


# --- projects: the investor after 由, the place of a section --------------------------------------

def test_a_firm_whose_name_holds_invest_is_the_investor_in_full() -> None:
    got = projects(_page("本报讯 7月10日，梅州西环快速路改建工程开工建设。该工程总投资12亿元，"
                         "由梅州市城市建设投资集团有限公司投资建设，计划2027年建成。"))
    r = next(r for n, r in got.items() if n.startswith("梅州西环快速路改建工程"))
    assert r.get("investor") == "梅州市城市建设投资集团有限公司"


def test_a_works_passing_between_phases_names_no_investor() -> None:
    got = projects(_page("本报讯 7月12日，河源市东江引水工程正式下闸蓄水，"
                         "标志着工程由主体施工阶段转入蓄水验收阶段。"))
    r = next(r for n, r in got.items() if n.startswith("河源市东江引水工程"))
    assert r.get("investor") is None


def test_a_section_named_by_a_county_s_short_form_places_the_works() -> None:
    got = projects(_page("本报梅州讯 7月16日，韩江防洪提升工程大埔段主体完工。"))
    r = next(r for n, r in got.items() if n.startswith("韩江防洪提升工程"))
    assert r.get("location", {}).get("county") == "大埔县"
    got = projects(_page("本报梅州讯 7月16日，韩江防洪提升工程上游段主体完工。"))
    r = next(r for n, r in got.items() if n.startswith("韩江防洪提升工程"))
    assert r.get("location", {}).get("county") is None


# --- articles: the event's line over a slogan --------------------------------------------------------

def test_the_line_reporting_a_milestone_is_the_title_over_a_slogan() -> None:
    page = ("让山区群众喝上“放心水”\n东江引水工程下闸蓄水\n\n"
            "本报讯（记者 钟 慧）7月12日，河源市东江引水工程正式下闸蓄水。\n")
    art = doc(page).articles[0]
    assert art.headline == "东江引水工程下闸蓄水"
    page = ("让山区群众喝上“放心水”\n东江引水工程进展顺利\n\n"
            "本报讯（记者 钟 慧）7月12日，河源市东江引水工程正式下闸蓄水。\n")
    assert doc(page).articles[0].headline == "让山区群众喝上“放心水”"


# --- batches: a paragraph breaking the projects down by field ----------------------------------------

def test_batches_broken_down_by_field_keep_the_province() -> None:
    page = _page("本报兰州讯（记者 马 琳）今年全省安排省列重大基础设施项目96个，总投资6120亿元。\n\n"
                 "分领域看，交通项目41个，完成投资386.2亿元；水利项目22个，完成投资97.5亿元。")
    regions = {r.get("count"): r.get("region") for r in records(page, "batch")}
    assert regions.get(41) == "甘肃省" and regions.get(22) == "甘肃省"
    page = _page("本报兰州讯（记者 马 琳）今年全省安排省列重大基础设施项目96个，总投资6120亿元。\n\n"
                 "今年以来，交通项目41个，完成投资386.2亿元。")
    regions = {r.get("count"): r.get("region") for r in records(page, "batch")}
    assert regions.get(41) == "兰州市"


# --- statistics: a works' own figures, a site's crews and machines -----------------------------------

def _indicator_metrics(page: str) -> list[str]:
    return [str(r.get("metric")) for r in records(page, "indicator")]


def test_a_reservoir_s_own_figures_are_no_statistics() -> None:
    page = _page("本报讯 黄冈水库是我省重点水利工程，以供水为主，总库容3650万立方米，总投资12.4亿元。"
                 "水库建成后，可为下游5个乡镇供水，新增灌溉面积1.8万亩。"
                 "今年以来，全市新增有效灌溉面积6.2万亩。")
    got = _indicator_metrics(page)
    assert not any("库容" in m for m in got)
    assert sum("灌溉面积" in m for m in got) == 1


def test_a_site_s_crews_and_machines_are_no_statistics() -> None:
    page = _page("本报讯 施工高峰期，现场投入作业人员1800余人、机械设备520台套。"
                 "今年全县新增规上工业企业18家。")
    got = _indicator_metrics(page)
    assert not any("机械设备" in m or "作业人员" in m for m in got)
    assert any("规上工业企业" in m for m in got)


# --- projects: a line named by its two ends -----------------------------------------------------------

def test_a_line_between_two_counties_placed_only_by_its_city_is_the_first_county_s() -> None:
    got = projects(_page("本报梅州讯 7月15日，兴宁至五华高速公路通过交工验收。"))
    r = next(r for n, r in got.items() if n.startswith("兴宁至五华高速公路"))
    assert r.get("location", {}).get("city") == "梅州市" and r.get("location", {}).get("county") == "兴宁市"


def test_a_line_across_provinces_placed_at_its_far_end_is_the_first_end_s() -> None:
    got = projects(_page("本报讯 7月15日，梅州至赣州高速公路前期工作加快推进。"))
    r = next(r for n, r in got.items() if n.startswith("梅州至赣州高速公路"))
    assert r.get("location", {}).get("province") == "广东省"


def test_a_line_s_works_told_at_a_town_keep_that_town() -> None:
    got = projects(_page("本报梅州讯 日前，兴宁至五华快速路二期工程在五华县水寨镇开工建设。"))
    r = next(r for n, r in got.items() if n.startswith("兴宁至五华快速路二期工程"))
    assert r.get("location", {}).get("detail") == "水寨镇"


def test_a_line_placed_at_its_far_end_in_one_province_keeps_it() -> None:
    got = projects(_page("本报讯 7月15日，梅州至河源天然气管道工程通气投运，为河源市新增供气能力。"))
    r = next(r for n, r in got.items() if n.startswith("梅州至河源天然气管道工程"))
    assert r.get("location", {}).get("city") == "河源市"


def test_a_numbered_road_s_section_in_a_name_places_the_works() -> None:
    got = projects(_page("本报梅州讯 7月9日，国道206丰顺段改建工程开工建设，总投资5.2亿元。"))
    r = next(r for n, r in got.items() if n.startswith("国道206丰顺段改建工程"))
    assert r.get("location", {}).get("county") == "丰顺县"


# --- projects: the size of a reservoir and of a substation -----------------------------------------

def test_a_reservoir_s_volume_and_a_substation_s_transformers_are_capacities() -> None:
    got = projects(_page("本报梅州讯 7月12日，蕉岭县长潭水库扩容工程下闸蓄水。"
                         "该工程总库容1.6亿立方米，总投资9.8亿元。"
                         "7月14日，平远110千伏输变电工程投运，主变容量2×5万千伏安。"))
    dam = next(r for n, r in got.items() if n.startswith("蕉岭县长潭水库扩容工程"))
    assert dam.get("capacity") == "总库容1.6亿立方米"
    grid = next(r for n, r in got.items() if n.startswith("平远110千伏输变电工程"))
    assert grid.get("capacity") == "主变容量2×5万千伏安"


# --- batches: a sentence opening on the day reached ---------------------------------------------------

def test_counts_after_the_day_reached_are_parts_of_the_projects_counted_before() -> None:
    page = _page("本报讯 今年梅江区实施城镇老旧小区改造项目31个，总投资4.6亿元。截至目前，已完工24个。")
    found = {(r.get("count"), r.get("event")) for r in records(page, "batch")}
    assert (24, "completed") in found
    page = _page("本报讯 今年梅江区新增城镇就业2.1万人。截至目前，已完工24个。")
    assert not any(r.get("count") == 24 for r in records(page, "batch"))


def test_a_name_opening_on_a_county_s_short_form_and_its_voltage_is_that_county_s() -> None:
    got = projects(_page("本报梅州讯 7月8日，国网梅州供电公司投资建设的蕉岭220千伏输变电工程正式投运。"))
    r = next(r for n, r in got.items() if n.startswith("蕉岭220千伏输变电工程"))
    assert r.get("location", {}).get("county") == "蕉岭县"
    got = projects(_page("本报梅州讯 7月8日，梅江区华侨城文旅综合体项目开工。"))
    r = next(r for n, r in got.items() if "文旅综合体" in n)
    assert r.get("location", {}).get("county") == "梅江区"
