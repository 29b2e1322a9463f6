"""Rules the misses of the eleventh to thirteenth held-out sets called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.projects import company_head


def _doc(page: str, day: dt.date = dt.date(2024, 7, 1)):
    return Pipeline().process(page, pub_date=day)


def _projects(page: str) -> dict[str, object]:
    return {r.get("name"): r for r in _doc(page).records if r.kind == "project"}


def _indicators(page: str) -> list:
    return [r for r in _doc(page).records if r.kind == "indicator"]


def test_a_store_built_by_what_it_holds_is_the_project_s_capacity() -> None:
    page = ("本报讯 6月28日，某县果蔬冷链物流项目开工，总投资2.5亿元，新建冷库6万吨及分拣中心。\n\n"
            "城西粮食储备库项目同日建成投用，新增仓储能力3万立方米。\n")
    projects = _projects(page)
    assert projects["某县果蔬冷链物流项目"].get("capacity") == "冷库6万吨"
    assert projects["城西粮食储备库项目"].get("capacity") == "仓储能力3万立方米"


def test_a_store_built_is_a_capacity_in_a_table_s_content_column_too() -> None:
    page = ("全省第二批重点项目开工清单\n"
            "序号｜项目名称｜建设地点｜建设规模及内容｜总投资（万元）\n"
            "1｜城北农产品冷链园｜酒泉市肃州区｜扩建气调库4万吨及配套设施｜32000\n"
            "2｜肃州区污水处理厂｜酒泉市肃州区｜建设日处理能力2万吨的处理设施｜18000\n")
    projects = _projects(page)
    assert projects["城北农产品冷链园"].get("capacity") == "气调库4万吨"
    assert projects["肃州区污水处理厂"].get("capacity") == "日处理能力2万吨"


def test_the_jobs_a_class_of_projects_brought_is_a_statistic() -> None:
    page = "本报讯 今年以来，全县签约、开工项目累计新增就业岗位2.4万个，城镇新增就业6800人。\n"
    values = {r.get("value"): r.get("unit") for r in _indicators(page)}
    assert values.get(24000) == "个"
    assert values.get(6800) == "人"


def test_the_jobs_of_one_named_project_are_no_statistic() -> None:
    page = "本报讯 某某食品产业园二期项目新增就业岗位600个。\n"
    assert not _indicators(page)


def test_a_group_s_short_name_heading_a_project_name_is_its_investor() -> None:
    assert company_head("中石油某某天然气储气库项目") == "中石油"
    assert company_head("华电新能源某某风电项目") == "华电新能源"
    assert company_head("中建设计院项目") is None  # 中建 heading the verb 建设
    assert company_head("京东方某某显示项目") is None  # another company, 京东 heading its name
    page = ("本报讯 7月1日，国家电网某某特高压变电站项目开工。"
            "同日，中海油某某液化天然气接收站项目投产。\n")
    projects = _projects(page)
    assert projects["国家电网某某特高压变电站项目"].get("investor") == "国家电网"
    assert projects["中海油某某液化天然气接收站项目"].get("investor") == "中海油"


def test_a_zone_the_tables_do_not_know_is_under_the_division_its_name_opens_with() -> None:
    gaz = Gazetteer.default()
    (m,) = gaz.find("本报讯 东港临港物流园区新签约项目6个。")
    assert (m.zone_name, gaz.value(m)["county"]) == ("东港临港物流园区", "东港区")
    page = ("本报讯 7月1日，宁明边贸产业园区两个项目开工。"
            "某某红木加工项目总投资3亿元，在宁明边贸产业园区建设。\n")
    (r,) = _projects(page).values()
    loc = r.get("location")
    assert (loc["detail"], loc["county"]) == ("宁明边贸产业园区", "宁明县")


def test_a_zone_whose_prefix_is_no_division_has_no_region() -> None:
    gaz = Gazetteer.default()
    assert gaz.find("某项目在金港湾物流园区开工。") == []
