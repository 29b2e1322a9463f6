"""Rules the leftovers of the hundred-and-twenty-fifth held-out set called for, on phrasings of their own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 27))


def _regions(page: str) -> dict[str, str | None]:
    return {str(r.get("metric")): r.get("region") for r in records(page, "indicator")}


_PROVINCE = ("本报讯（记者 向晓梅）记者从湖南证监局获悉，湖南省民营企业今年以来加快上市步伐。{body}"
             "吉首市有2家企业进入上市辅导期。")


def test_the_capital_market_is_no_scope_word_of_a_city() -> None:
    page = _PROVINCE.format(body="前10个月，全省民营企业通过资本市场直接融资132.6亿元，同比增长9.4%。")
    assert _regions(page).get("民营企业通过资本市场直接融资") == "湖南省"


def test_the_japanese_market_is_no_scope_word_of_a_city() -> None:
    page = _PROVINCE.format(body="去年，全省民营企业在日本市场销售额达到13.2亿元。")
    assert _regions(page).get("民营企业在日本市场销售额") == "湖南省"


def test_this_city_written_alone_stays_a_scope_word() -> None:
    page = ("吉首讯（记者 彭丽）吉首市统计局发布数据显示，今年前三季度，本市规模以上工业增加值同比增长6.1%，"
            "固定资产投资增长8.3%。")
    assert set(_regions(page).values()) == {"吉首市"}


_PREFECTURE = ("本报讯（记者 向晓梅）记者从湘西州统计局获悉，前三季度，全州规模以上工业增加值同比增长6.8%。"
               "分县市看，{body}")


def test_a_group_of_places_closed_by_their_count_keeps_the_wholes_scope() -> None:
    page = _PREFECTURE.format(body="吉首、泸溪、花垣三县市的规模以上工业企业合计实现产值216.5亿元。")
    assert set(_regions(page).values()) == {"湘西土家族苗族自治州"}


def test_one_place_named_in_a_breakdown_is_its_region() -> None:
    page = _PREFECTURE.format(body="吉首市规模以上工业企业实现产值126.5亿元。")
    assert _regions(page).get("规模以上工业企业产值") == "吉首市"
