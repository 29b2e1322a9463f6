"""Rules the leftovers of the hundred-and-sixteenth held-out set called for, on phrasings of their own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 20))


def _shares(page: str) -> list[float]:
    return [r.get("value") for r in records(page, "indicator") if r.get("unit") == "%"]


def test_the_joint_share_of_places_told_one_by_one_is_no_statistic() -> None:
    page = ("1—9月，龙岩市实际使用外资4.5亿美元。分县区看，新罗区、长汀县实际使用外资分别为1.2亿美元"
            "和0.8亿美元，合计占全市的44.4%。\n")
    assert 44.4 not in _shares(page)


def test_the_joint_share_with_other_word_order_is_no_statistic() -> None:
    page = ("今年以来，连城县和漳平市规上工业增加值分别增长9.1%和7.6%，两地共计约占三明市的31.2%。\n")
    assert 31.2 not in _shares(page)


def test_the_joint_share_of_two_sources_of_one_place_stays() -> None:
    page = ("前三季度，永定区来自台湾的实际投资1.1亿美元，来自香港的实际投资0.9亿美元，"
            "两者合计占全区的62.5%。\n")
    assert 62.5 in _shares(page)


def test_a_share_of_one_place_after_a_list_stays() -> None:
    page = "1—9月，新罗区、长汀县分别新增外资企业12家和8家。新罗区实际使用外资占全市的30.2%。\n"
    assert 30.2 in _shares(page)
