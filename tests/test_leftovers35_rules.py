"""Rules for misses the ninety-fourth and ninety-eighth held-out sets listed, each on phrasings of
its own (Fujian's Taining, Ninghua and Mingxi under Sanming; Minqing and Luoyuan under Fuzhou)."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.brands import brand_head
from tests.heldout_support import rule_helpers

_doc, records, projects = rule_helpers(dt.date(2026, 6, 20))


# --- brands: who a product is for, a place's trade -------------------------------------------------

def test_who_a_product_is_for_is_no_brand() -> None:
    assert brand_head("老年智能康复器械生产基地") is None
    assert brand_head("宠物食品加工项目") is None
    assert brand_head("婴幼儿营养食品产业园") is None


def test_a_brand_before_the_same_trade_stays() -> None:
    assert brand_head("闽泰智能康复器械生产基地") == "闽泰"


def test_a_place_then_its_sound_trade_is_no_brand() -> None:
    page = "宁化县翠江镇有电声企业12家。宁化电声产业园项目计划总投资3亿元。"
    assert brand_head("宁化电声产业园项目", page) is None


def test_a_firm_then_its_sound_trade_is_a_brand() -> None:
    assert brand_head("声悦电声产业园项目") == "声悦"


# --- phases: a phase's own capacity after its own sum ---------------------------------------------

def test_a_first_phase_takes_its_own_capacity_after_its_own_sum() -> None:
    page = ("泰宁储能电池项目一期投产\n\n本报讯 6月16日，位于泰宁县经济开发区的福建泰储能源科技有限公司"
            "年产8GWh储能电池项目一期正式投产。该项目总投资36亿元，其中一期投资15亿元、形成产能3GWh，"
            "于去年5月开工建设。\n")
    got = projects(page)
    name = next(n for n in got if n and n.endswith("一期"))
    r = got[name]
    assert r.get("investment_cny") == 1_500_000_000
    assert r.get("capacity") == "产能3GWh"


def test_a_first_phase_with_no_capacity_of_its_own_keeps_the_names() -> None:
    page = ("泰宁储能电池项目一期投产\n\n本报讯 6月16日，位于泰宁县经济开发区的福建泰储能源科技有限公司"
            "年产8GWh储能电池项目一期正式投产。该项目总投资36亿元，其中一期投资15亿元，"
            "于去年5月开工建设。\n")
    got = projects(page)
    name = next(n for n in got if n and n.endswith("一期"))
    assert got[name].get("capacity") != "产能3GWh"
