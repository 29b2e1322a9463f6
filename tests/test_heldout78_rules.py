"""Rules the misses of the seventy-eighth held-out set called for, each on phrasings of its own.

The set is a provincial economic daily's city news in markdown about the newest industries:
computing centres and their racks and computing power, the low-altitude economy, new energy
storage and hydrogen, humanoid robots, with funds and platforms as investors.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.units import find_quantities
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 30))


def indicators(page: str) -> list:
    return records(page, "indicator")


def _values(page: str) -> list[tuple[object, object]]:
    return [(r.get("value"), r.get("unit")) for r in indicators(page)]


# --- units: computing power -----------------------------------------------------------------------

def test_computing_power_is_a_quantity() -> None:
    units = [(h.unit, h.printed_unit) for h in find_quantities("全省算力总规模达到2.6EFLOPS,新增1200PFlops")]
    assert units == [("EFLOPS", "EFLOPS"), ("PFLOPS", "PFlops")]
    assert [h.unit for h in find_quantities("这台机器的型号为EF-3")] == []  # no number before a unit


def test_a_region_s_computing_power_is_a_statistic() -> None:
    page = ("宜昌算力再上台阶\n\n本报讯(记者 严一鸣)截至10月底,宜昌市算力总规模达到1.5EFLOPS,"
            "同比增长40%。\n")
    assert (1.5, "EFLOPS") in _values(page)


# --- counts: the new infrastructure in use --------------------------------------------------------

def test_new_infrastructure_counted_is_a_statistic() -> None:
    page = ("襄阳新基建加速\n\n本报讯(记者 严一鸣)今年以来,襄阳市新建5G基站2300个,"
            "累计建成充电桩1.8万个;全市建成加氢站7座。\n")
    got = _values(page)
    assert (2300, "个") in got
    assert (7, "座") in got


def test_a_count_of_people_at_a_site_stays_out() -> None:
    page = ("襄阳新基建加速\n\n本报讯(记者 严一鸣)现场有300个工人在施工。\n")
    assert _values(page) == []


# --- no statistic: where a site lies, what one product is ------------------------------------------

def test_a_site_s_distance_from_a_place_is_no_statistic() -> None:
    page = ("孝南物流园扩容\n\n本报讯(记者 严一鸣)物流园距天河机场约35公里,全区今年新建农村公路120公里。\n")
    assert _values(page) == [(120, "公里")]


def test_one_product_s_make_is_no_statistic() -> None:
    page = ("十堰整车下线\n\n本报讯(记者 严一鸣)该型无人机翼展3.2米,最大航程达到260公里。"
            "全市今年新建农村公路86公里。\n")
    assert _values(page) == [(86, "公里")]
