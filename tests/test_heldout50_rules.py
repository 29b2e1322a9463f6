"""Rules the misses of the fiftieth held-out set called for, each on phrasings of its own.

The set is a city's round-up of what each county, district and park plans for the year, printed
in Traditional script with pinyin reading aids, PDF breaks and mojibake spots; its Chongqing page
names autonomous counties by their short form and kind (``彭水县``).
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 3, 6))


# --- places: an autonomous county by its short form and kind -----------------------------------

def test_an_autonomous_county_by_short_form_and_kind_is_a_place() -> None:
    page = ("某地工业目标发布\n\n本报讯 今年,石柱县将力争全年规上工业产值增长11%,"
            "新增规上工业企业5户。\n")
    found = {(r.get("metric"), r.get("region")) for r in indicators(page)}
    assert ("规上工业产值", "石柱土家族自治县") in found
    assert ("新增规上工业企业", "石柱土家族自治县") in found


def test_a_plain_county_short_form_is_left_as_before() -> None:
    page = "某地工业目标发布\n\n本报讯 今年,奉节县将力争全年工业投资增长14%。\n"
    assert [(r.get("metric"), r.get("region")) for r in indicators(page)] == [("工业投资", "奉节县")]


# --- indicators: a cap on a subsidy per firm is a policy, no statistic -------------------------

def test_a_capped_subsidy_per_firm_is_no_indicator() -> None:
    page = ("某县出台措施\n\n本报讯 今年,某某县规上工业增加值力争增长9%,对入驻园区的企业最高补助"
            "500万元,对新建冷库的合作社最高奖励80万元。\n")
    values = sorted(r.get("value") for r in indicators(page))
    assert values == [9]


# --- status: works listed right after the year's plan are its targets ---------------------------

def test_a_bare_push_after_the_years_plan_is_a_target() -> None:
    page = ("某县项目推进\n\n本报讯 2024年,某某县工业投资增长9%。今年,全县计划实施工业项目30个,"
            "年度计划投资40亿元。加快建设总投资5亿元的青禾食品年产2万吨挂面项目,"
            "重点推进白鹭纺织印染技改项目。\n")
    found = projects(page)
    assert found["青禾食品年产2万吨挂面项目"].get("status") == "target"


def test_a_bare_push_after_a_review_stays_actual() -> None:
    page = ("某县项目推进\n\n本报讯 上月,某某县签约项目8个。加快建设总投资5亿元的青禾食品"
            "年产2万吨挂面项目,目前主体已封顶。\n")
    assert projects(page)["青禾食品年产2万吨挂面项目"].get("status") == "actual"


# --- statistics: a year's goal with its metric left out ----------------------------------------

def test_a_goal_leaving_out_the_metric_of_the_figure_before_takes_it() -> None:
    page = "某县特色产业\n\n本报讯 全县茶叶综合产值去年达到48亿元,今年力争突破55亿元。\n"
    found = {(r.get("value"), r.get("period")): r.get("metric") for r in indicators(page)}
    assert set(found) == {(4800000000, "2024"), (5500000000, "2025(目标)")}
    assert found[(5500000000, "2025(目标)")] == found[(4800000000, "2024")]
    assert "茶叶综合产值" in found[(5500000000, "2025(目标)")]


def test_a_goal_in_another_unit_takes_no_metric_from_the_figure_before() -> None:
    page = "某县特色产业\n\n本报讯 全县茶叶综合产值去年达到48亿元,今年力争突破5万吨。\n"
    assert [r.get("value") for r in indicators(page)] == [4800000000]
