"""Rules the misses of the eighty-first held-out set called for, each on phrasings of its own.

The set is industrial upgrading news: technical renovation and large-scale equipment renewal of
factories already there, a city's list of upgrade projects with their sums and expected gains, the
city's upgrade investment and its share, and loans and subsidies for equipment.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 6, 20))


def _page(body: str, head: str = "某市技改项目情况") -> str:
    return f"## {head}\n\n本报讯(记者 甲乙){body}\n"


# --- projects: items numbered in Chinese, each a project told in prose ---------------------------

def test_an_item_numbered_in_chinese_is_a_project_told_by_its_item() -> None:
    page = _page("现将部分项目情况介绍如下:\n\n"
                 "　　一、桓台县鲁丰化纤有限公司差别化纤维智能生产线改造项目。项目总投资3.1亿元，"
                 "更新纺丝设备96台（套），计划9月底前投产。\n\n"
                 "　　（二）周村区齐纺家纺有限公司数字化印染车间项目。总投资8600万元，已于5月建成投用。\n")
    got = projects(page)
    a = next(r for n, r in got.items() if "差别化纤维智能生产线改造项目" in n)
    assert a.get("investment_cny") == 310_000_000 and a.get("stage") == "in_production"
    assert a.get("status") == "target"
    b = next(r for n, r in got.items() if "数字化印染车间项目" in n)
    assert b.get("investment_cny") == 86_000_000


def test_a_numbered_task_or_section_head_is_no_project_item() -> None:
    page = _page("　　一、加快推进重点项目。各地要倒排工期，确保年内完成投资计划。\n\n"
                 "　　二、重点工业项目（8个）\n")
    assert not projects(page)


# --- statistics: the gains of an upgrade told as rates ----------------------------------------

def _indicators(page: str) -> list[tuple[str | None, str, float, str]]:
    return [(r.get("region"), r.get("metric"), r.get("value"), r.get("unit"))
            for r in records(page, "indicator")]


def test_the_gains_of_an_upgrade_are_no_statistics() -> None:
    page = _page("日前,桓台县鲁丰化纤有限公司差别化纤维技改项目竣工投产。改造完成后,单位产品能耗下降12%,"
                 "人均劳动生产率提高35%,产品次品率由2.6%降至0.9%,交付周期缩短40%。")
    assert not [x for x in _indicators(page) if x[3] == "%"]


def test_a_place_s_energy_rate_stays_a_statistic() -> None:
    page = _page("今年上半年,桓台县规上工业增加值同比增长7.5%,全县单位工业增加值能耗同比下降4.6%。")
    got = _indicators(page)
    assert any(v == -4.6 for _, _, v, _ in got)
    assert any(v == 7.5 for _, _, v, _ in got)


# --- names: plants of a kind counted in firms -------------------------------------------------

def test_plants_counted_in_firms_name_no_project() -> None:
    page = _page("今年以来,淄川区新增省级绿色工厂5家,新认定市级智能工厂8家。")
    assert not projects(page)
    assert projects(_page("淄川区鲁阳陶瓷有限公司绿色工厂项目日前开工,总投资2亿元。"))


# --- statistics: tiers of upgraded plants, and the workshops a place counts ----------------------

def test_a_tier_of_upgraded_plants_keeps_the_place_s_region() -> None:
    page = _page("今年以来,博山区新增省级绿色工厂5家,累计建成数字化车间45个。")
    got = _indicators(page)
    assert ("博山区", 5) in [(r, v) for r, _, v, _ in got]
    assert any(v == 45 and u == "个" for _, _, v, u in got)


# --- periods and regions: a run of results closed by the place that handed them in -----------

def test_a_run_closed_by_the_results_handed_in_gives_its_place_and_period() -> None:
    page = ("## 数字化转型提速\n\n□ 本报记者 甲乙\n\n新增省级专精特新企业12家,规上工业增加值同比增长8.1%"
            "……这是山东省淄博市周村区2025年上半年交出的“数字化转型”成绩单。\n\n周村区近年来持续推进技术改造。\n")
    got = {r.get("metric"): (r.get("region"), r.get("period")) for r in records(page, "indicator")}
    assert ("周村区", "2025-H1") in got.values()
    assert all(reg == "周村区" for reg, _ in got.values())


# --- projects: a line a project builds, told by what it makes ----------------------------------

def test_a_line_told_by_what_it_makes_is_the_project_s_own() -> None:
    page = _page("其中,位于马桥镇的山东齐鲁电机有限公司高效电机数字化工厂项目投资3亿元,"
                 "建成年产高效电机20万台的自动化生产线。")
    got = projects(page)
    assert len(got) == 1
    (r,) = got.values()
    assert r.get("capacity") and "20万台" in r.get("capacity")
    # a line with news of its own stays a project
    assert len(projects(_page("甲公司乙项目开工,总投资2亿元;丙公司的自动化生产线同日投产。"))) == 2


# --- attributes: what a batch told before its one project yields -----------------------------

def test_a_batch_s_yield_is_not_its_member_s_output() -> None:
    page = _page("6月18日,高青县5个技改项目集中竣工投产,总投资12亿元,全部达产后可新增产值20亿元。"
                 "其中,位于高城镇的黄河纺织有限公司智能纺纱项目投资3亿元,年产高支纱线1.5万吨。")
    (r,) = projects(page).values()
    assert r.get("annual_output_cny") is None and r.get("investment_cny") == 300_000_000
