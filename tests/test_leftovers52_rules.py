"""Rules the leftovers of the hundred-and-twenty-first held-out set called for, on phrasings of their own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 12))


def _indicators(page: str) -> dict[str, tuple[object, object, str]]:
    return {r.get("metric"): (r.get("region"), r.get("value"), r.get("unit"))
            for r in records(page, "indicator")}


def test_what_a_park_drove_the_whole_city_to_is_the_citys_statistic() -> None:
    page = ("同仁市热贡唐卡产业园今年新入驻画坊32家，带动全市前三季度文化产业营业收入达到6.4亿元，"
            "同比增长11.2%。\n")
    assert _indicators(page).get("文化产业营业收入") == ("同仁市", 640000000, "CNY")


def test_what_a_base_drove_the_whole_city_to_after_its_opening() -> None:
    page = ("今年以来，同仁市在隆务镇建成牦牛肉直播基地，签约主播46名，"
            "带动全市1—5月网络零售额突破2300万元。\n")
    found = _indicators(page)
    assert found.get("网络零售额") == ("同仁市", 23000000, "CNY"), found


def test_what_a_works_could_bring_the_county_stays_no_statistic() -> None:
    page = "河南县牧旅小镇项目总投资3.5亿元，建成后可带动全县800户牧民增收。\n"
    assert _indicators(page) == {}


def test_what_a_trade_brings_its_farmers_keeps_its_verb_and_stays_none() -> None:
    page = "同仁市加快发展乡村旅游，带动农户人均增收1500元。\n"
    assert _indicators(page) == {}


def test_what_was_added_of_a_stock_told_as_its_part_is_a_statistic_of_its_own() -> None:
    page = "截至8月底，同仁市累计开通5G基站1380个，其中今年新增265个，城区实现连续覆盖。\n"
    found = _indicators(page)
    assert found.get("新增5G基站") == ("同仁市", 265, "个"), found
    periods = {r.get("metric"): r.get("period") for r in records(page, "indicator")}
    assert periods["新增5G基站"] == "2026", periods  # what this year added is of the year
    assert [v[1] for m, v in found.items() if str(m).endswith("开通5G基站")] == [1380], found


def test_a_part_of_a_stock_named_by_its_kind_takes_no_adding_metric() -> None:
    page = "截至8月底，同仁市累计开通5G基站1380个，其中室内基站265个。\n"
    found = _indicators(page)
    assert found.get("室内基站", (None, None))[1] == 265, found
    assert not any(str(m).startswith("新") for m in found), found
