"""Rules the leftovers of the shared gold and the older held-out sets called for (indicators and
batches), each on phrasings of its own (other places, other firms, other word order), with cases
that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.units import quantity_spans
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 6, 18))


def metrics(page: str) -> set[str]:
    return {str(r.get("metric")) for r in indicators(page)}


def values(page: str) -> set[object]:
    return {r.get("value") for r in indicators(page)}


# --- counts: firms of foreign trade after 户 ---------------------------------------------------------

def test_a_count_of_households_before_foreign_trade_firms_is_a_count() -> None:
    found = quantity_spans("全县新增60户外贸企业和8户外资企业")
    assert [v for _s, _e, v, _a in found] == ["60", "8"]


def test_outdoors_after_a_number_is_no_count() -> None:
    assert not quantity_spans("景区新添5户外运动营地")
    assert not quantity_spans("每年有200户外出务工")


# --- statistics: a programme named by the firms it counts ------------------------------------------

def test_a_programme_named_by_its_firms_is_a_statistic() -> None:
    page = ("开放型经济\n\n本报讯 今年,某县将加快推进临港物流基地建设,"
            "启动“60户外贸企业”培育工程,支持企业参加境外展会。\n")
    assert 60 in values(page)
    assert any(m.startswith("培育") and m.endswith("外贸企业") for m in metrics(page))


def test_a_doubling_drive_of_named_firms_is_a_statistic() -> None:
    page = ("企业梯队\n\n本报讯 某区今年加快智能装备基地建设,实施“30家专精特新企业”倍增行动。\n")
    assert 30 in values(page)


def test_a_campaign_slogan_with_firms_is_no_statistic() -> None:
    page = ("企业服务\n\n本报讯 某区今年加快智能装备基地建设,开展“百家企业进园区”活动。\n")
    assert not values(page)


# --- statistics: a class of projects' investment after the county's name ---------------------------

def test_a_county_completing_a_class_of_projects_investment_is_a_statistic() -> None:
    page = ("能源建设\n\n本报讯 今年以来,宁南县累计完成新能源项目投资12.4亿元,光伏装机规模居全州前列。\n")
    assert 1_240_000_000 in values(page)


def test_a_county_completing_its_key_projects_investment_is_a_statistic() -> None:
    page = ("项目建设\n\n本报讯 1-5月,宁南县完成重点项目投资8.6亿元,同比增长11%。\n")
    assert 860_000_000 in values(page)


def test_one_named_project_completing_its_investment_is_no_statistic() -> None:
    page = ("项目建设\n\n本报讯 今年以来,宁南县甲光伏项目完成投资3.4亿元,预计年底并网。\n")
    assert 340_000_000 not in values(page)


# --- statistics: what a speaker tells of the place at an event -------------------------------------

def test_a_resource_a_leader_tells_of_at_a_fair_is_a_statistic() -> None:
    page = ("矿业招商\n\n本报讯 攀枝花市负责人在推介会上介绍,当地钒钛磁铁矿资源丰富,"
            "已探明钒矿资源量超过300万吨,全市钒钛产业产值去年达到86亿元。\n")
    assert 300 in values(page)


def test_what_a_fair_itself_brings_is_no_statistic() -> None:
    page = ("展会\n\n本报讯 在昨天举行的农产品推介会上,共有86家企业参展,现场成交额达1.2亿元。\n")
    assert not values(page) & {86, 120_000_000}


# --- statistics: a stage word standing for a part of a whole told before it ------------------------

def test_capacity_under_construction_after_capacity_built_is_a_statistic() -> None:
    page = ("风光电\n\n本报讯 会东县风电光伏装机规模达85万千瓦,已并网60万千瓦,在建25万千瓦。\n")
    found = {r.get("value"): str(r.get("metric")) for r in indicators(page)}
    assert found.get(25, "").startswith("在建")
    assert "装机" in found.get(25, "")


def test_a_stage_word_after_another_measure_is_no_statistic() -> None:
    page = ("交通\n\n本报讯 会东县今年新建乡村道路45公里,在建12万千瓦。\n")
    assert 12 not in values(page)


# --- statistics: firms picked out of those just named, and what they did ---------------------------

def test_firms_among_new_ones_renting_floor_are_a_statistic() -> None:
    page = ("园区招商\n\n本报讯 某高新区去年建成标准化厂房15万平方米,"
            "今年入驻的企业中有9家直接租用标准化厂房投产。\n")
    found = {r.get("value"): str(r.get("metric")) for r in indicators(page)}
    assert "租用" in found.get(9, "")


def test_firms_among_new_ones_told_by_origin_are_no_statistic() -> None:
    page = ("园区招商\n\n本报讯 某高新区今年签约的企业中有5家来自浙江。\n")
    assert 5 not in values(page)


# --- statistics: the yearly yield of a count of projects done -------------------------------------

def test_the_new_output_of_projects_done_is_a_statistic_of_the_year() -> None:
    page = ("工业项目\n\n本报讯 今年以来,珙县已有4个工业项目竣工投产,预计新增年产值18亿元。\n")
    found = [r for r in indicators(page) if r.get("value") == 1_800_000_000]
    assert found
    assert found[0].get("period") == "2025"


def test_the_output_one_project_is_to_yield_is_no_statistic() -> None:
    page = ("工业项目\n\n本报讯 珙县甲新型建材项目竣工投产,预计新增年产值6亿元。\n")
    assert 600_000_000 not in values(page)
