"""Rules the misses of the seventy-eighth held-out set called for, each on phrasings of its own.

The set is a provincial economic daily's city news in markdown about the newest industries:
computing centres and their racks and computing power, the low-altitude economy, new energy
storage and hydrogen, humanoid robots, with funds and platforms as investors.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import find_names
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


def test_charging_piles_a_works_builds_are_no_statistic() -> None:
    page = ("襄阳物流园完工\n\n本报讯(记者 严一鸣)襄阳公路港停车场项目已完工,新建货车停车位900个,"
            "配建充电桩150个,项目总投资1.6亿元。\n")
    assert (150, "个") not in _values(page)


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


# --- project names: a phase's own ceremony, a pilot named by what it shows ---------------------------

def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def test_a_phase_s_own_ceremony_names_it() -> None:
    text = "10月9日,枣阳市新能源装备产业园二期奠基仪式在枣阳经开区举行。"
    assert _names(text) == ["枣阳市新能源装备产业园二期"]
    assert _names("当天,京山市宋河农光互补光伏电站开工仪式举行。") == ["京山市宋河农光互补光伏电站"]


def test_a_park_s_ceremony_for_a_batch_names_no_project() -> None:
    assert _names("仙桃高新区智能制造产业园开工仪式在园区举行。") == []
    assert _names("仙桃市重点项目集中开工仪式举行。") == []


def test_a_pilot_named_by_what_it_shows_is_a_project() -> None:
    assert _names("明年将推动总投资12亿元的氢能重卡应用示范项目开工。") == ["氢能重卡应用示范项目"]
    assert _names("全县今年推动一批省级示范项目开工。") == []


# --- stages: a computing centre lit up --------------------------------------------------------------

def test_a_computing_centre_lit_up_is_in_production() -> None:
    page = ("孝感智算中心点亮\n\n本报讯(记者 严一鸣)11月6日,孝感临空智算中心一期正式点亮,"
            "项目总投资8亿元,部署标准机架600个。\n")
    got = projects(page)
    assert got["孝感临空智算中心一期"].get("stage") == "in_production"


def test_a_night_market_lit_up_is_no_stage() -> None:
    page = ("孝感夜市开街\n\n本报讯(记者 严一鸣)11月6日晚,孝感城区新建的槐荫夜市点亮夜经济,"
            "商户达到120家。\n")
    assert projects(page) == {}


def test_a_class_of_projects_with_its_year_s_growth_is_no_project() -> None:
    assert _names("今年以来,荆州市储能项目完成投资21.5亿元,同比增长18.2%。") == []
    assert _names("荆州市江陵储能电站项目完成投资2.1亿元,占总投资的七成。") == ["荆州市江陵储能电站项目"]


def test_works_described_by_their_land_have_no_name_of_their_own() -> None:
    def names(text: str) -> list[str]:
        return [n.name for n in find_names(text, 0, len(text))]

    assert names("下一步将加快建设占地约150亩的通用机场") == []
    assert names("今年将建设用地面积近80亩的物流园") == []
    # a name after the description stays, without it
    assert names("建设占地约200亩的临湘冷链物流园") == ["临湘冷链物流园"]
    assert names("建设规划面积约2平方公里的桃源数字产业园项目") == ["桃源数字产业园项目"]
