"""Rules for misses the eighty-ninth and ninety-second held-out sets listed, each on phrasings of its
own (Anhui's Funan, Wuhe and Guzhen, Heilongjiang's Lindian, Zhaoyuan and Tangyuan)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 6))


def _batch_counts(page: str) -> list[object]:
    return [r.get("count") for r in records(page, "batch")]


def _indicators(page: str) -> dict[float, tuple[str, str]]:
    return {r.get("value"): (str(r.get("metric")), str(r.get("period"))) for r in records(page, "indicator")}


# --- batches: projects entered in the statistics ----------------------------------------------------

def test_projects_entered_in_the_statistics_are_no_batch() -> None:
    page = ("阜南县重点项目建设提速\n\n本报讯 今年阜南县实施重点项目88个，总投资312亿元。"
            "1—9月，新开工项目21个，竣工项目14个，新增入库项目25个。\n")
    assert 25 not in _batch_counts(page)
    assert {88, 21, 14} <= set(_batch_counts(page))


def test_projects_counted_into_the_statistics_before_the_word_are_no_batch() -> None:
    page = "五河县项目建设\n\n本报讯 今年以来，五河县纳统项目19个，竣工项目12个。\n"
    assert 19 not in _batch_counts(page)
    assert 12 in _batch_counts(page)


def test_projects_stored_for_later_stay_a_batch() -> None:
    page = "固镇县项目谋划\n\n本报讯 今年以来，固镇县新增储备项目40个，总投资96亿元。\n"
    assert 40 in _batch_counts(page)


# --- indicators: the whole a share is taken of --------------------------------------------------------

def test_a_year_bounding_the_whole_of_a_share_is_no_period_of_the_share() -> None:
    page = ("林甸县冰雪旅游升温\n\n本报讯 林甸县将温泉、湿地、冰雪串成线，力争到2027年冬季旅游收入"
            "占全年旅游收入的比重提高到40%以上。\n")
    assert _indicators(page)[40.0][1] == "2027(目标)"


def test_a_share_of_a_whole_year_in_another_order_keeps_the_period_before_it() -> None:
    page = "肇源县经济运行\n\n本报讯 1—10月，肇源县服务业增加值占全年GDP比重为52%。\n"
    assert _indicators(page)[52.0][1] == "2025-01/2025-10"


def test_a_share_of_this_year_told_done_keeps_this_year() -> None:
    page = "汤原县旅游\n\n本报讯 今年，汤原县冬季旅游收入占全年旅游收入的比重达到38%。\n"
    assert _indicators(page)[38.0][1] == "2025"


# --- indicators: a park's supplier firms; a works' expected yearly trade ----------------------------

def test_the_supplier_firms_of_a_park_phase_are_the_works() -> None:
    page = ("汤原县农机产业园二期投产\n\n本报讯 汤原县农机产业园二期于2024年建成投产，"
            "目前已有配套企业9家。\n")
    assert 9 not in _indicators(page)


def test_a_place_s_supplier_firms_stay_a_statistic() -> None:
    page = "肇源县工业\n\n本报讯 肇源县现有汽车零部件配套企业46家。\n"
    assert 46 in _indicators(page)


def test_a_yearly_trade_forecast_glued_to_its_verb_is_the_works() -> None:
    page = ("林甸县冷链物流园投用\n\n本报讯 林甸县冷链物流园已与12家企业签约合作，今冬重点做好果蔬储运，"
            "预计年交易额可达15亿元。\n")
    assert 1_500_000_000 not in _indicators(page)


def test_a_place_s_forecast_naming_its_year_stays_a_statistic() -> None:
    page = "林甸县电商\n\n本报讯 林甸县预计全年网络交易额突破15亿元。\n"
    assert 1_500_000_000 in _indicators(page)
