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
