"""Rules the leftovers of the newest-industry sets (78, 77, 75 and older) called for, each on
phrasings of its own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 30))


def _batches(page: str) -> list[tuple[object, object]]:
    return [(r.get("count"), r.get("event")) for r in records(page, "batch")]


# --- batches: the tasks of a call for research are no works ---------------------------------------

def test_tasks_of_a_call_for_research_are_no_batch() -> None:
    page = ("本报讯(记者 唐小川)为培育新兴产业,宁乡市今年发布“揭榜挂帅”项目12项,单个项目最高支持300万元。\n")
    assert _batches(page) == []
    page = ("本报讯(记者 唐小川)为吸引企业落户,芜湖市鸠江区推出9个关键技术攻关项目,每项最高奖励200万元。\n")
    assert _batches(page) == []


def test_projects_signed_after_a_call_stay_a_batch() -> None:
    page = ("本报讯(记者 唐小川)昨日,宁乡市集中签约项目12个,总投资86亿元,涉及“揭榜挂帅”成果转化。\n")
    assert (12, "signed") in _batches(page)


# --- statistics: what a plant's lines yield once at capacity ---------------------------------------

def _indicators(page: str) -> list[tuple[object, object]]:
    return [(r.get("value"), r.get("unit")) for r in records(page, "indicator")]


def test_jobs_after_the_lines_are_at_capacity_are_no_statistic() -> None:
    page = ("本报讯(记者 唐小川)11月20日,南通市海门区一家锂电材料工厂首条产线投产。"
            "二期生产线全部投产后,工厂可实现年产值约60亿元,提供就业岗位1800个。\n")
    assert (1800, "个") not in _indicators(page)


def test_jobs_a_district_added_stay_a_statistic() -> None:
    page = ("本报讯(记者 唐小川)今年1—10月,南通市海门区新增就业岗位1.8万个,同比增长6.2%。\n")
    assert (18000, "个") in _indicators(page)


# --- projects: the works of the computing and robot industries -----------------------------------

def test_a_training_zone_put_on_line_is_a_works_with_its_figures() -> None:
    page = ("本报讯(记者 唐小川)11月18日,乌兰察布市集宁区的云计算产业园内,由内蒙古某数字科技有限公司"
            "投资建设的集宁算力训练专区正式上线。专区总投资12.6亿元,一次性投用标准机架2400个。\n")
    p = projects(page)["集宁算力训练专区"]
    assert p.get("stage") == "in_production"
    assert p.get("investment_cny") == 1260000000
    assert p.get("capacity") == "标准机架2400个"
    assert not [r for r in records(page, "indicator") if r.get("value") == 1260000000]


def test_a_robot_training_ground_settled_is_a_works_with_its_floor() -> None:
    page = ("本报讯(记者 唐小川)上月,天津某智能科技有限公司投资2亿元的人形机器人训练场落户武清区,"
            "将建设6000平方米的实训场地。\n")
    p = projects(page)["人形机器人训练场"]
    assert p.get("stage") == "signed"
    assert p.get("area") == "6000平方米"


def test_a_platform_put_on_line_is_no_works() -> None:
    page = ("本报讯(记者 唐小川)11月18日,乌兰察布市政务服务网上办事平台正式上线,"
            "企业可在线办理各类审批事项。\n")
    assert projects(page) == {}


def test_a_floor_told_before_a_place_is_no_works_area() -> None:
    page = ("本报讯(记者 唐小川)投资5亿元的某某新材料生产基地在武清区开工,占地120亩。"
            "全区今年已建成3万平方米的标准厂房。\n")
    assert projects(page)["某某新材料生产基地"].get("area") == "120亩"


# --- statistics: the computing centres a place runs ------------------------------------------------

def test_computing_centres_a_city_runs_are_counted() -> None:
    page = ("本报讯(记者 唐小川)截至9月底,庆阳市已投运的智算中心达到5个,在用标准机架2.1万个。\n")
    assert (5, "个") in _indicators(page)


def test_a_centre_s_racks_are_no_count_of_centres() -> None:
    page = ("本报讯(记者 唐小川)投资20亿元的庆阳某智算中心一期项目昨日开工,将建设标准机架5000个。\n")
    assert not [v for v in _indicators(page) if v == (1, "个")]


# --- statistics: the power a class of energy projects has on the grid --------------------------------

def test_a_class_of_storage_projects_on_the_grid_is_a_statistic() -> None:
    page = ("本报讯(记者 唐小川)今年以来,榆林市新型储能项目累计并网规模达到2.4GWh,同比增长80%。\n")
    assert (2.4, "GWh") in _indicators(page)


def test_one_storage_project_on_the_grid_is_no_statistic() -> None:
    page = ("本报讯(记者 唐小川)11月5日,榆林市某某共享储能电站项目并网规模达到200MW,标志着项目全面投运。\n")
    assert (200, "MW") not in _indicators(page)
