"""Rules the leftovers of the hundred-and-eleventh and hundred-and-seventeenth held-out sets called for,
on phrasings of their own."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsmill.plugins.extract_indicators.figures import beds_of_lodgings, income_of_visitors
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 12, 28))


def _metrics(page: str) -> dict[str, Any]:
    return {str(r.get("metric")): r for r in records(page, "indicator")}


# -- an income told bare right after the visitors received --------------------------------------------

def test_an_income_told_bare_after_visitors_is_theirs() -> None:
    page = ("本报讯（记者 泽仁拉姆）今年，色达县全域旅游持续升温。全年草原旅游接待游客126万人次，"
            "实现收入9.8亿元，同比增长12.4%。")
    got = _metrics(page)
    assert got["草原旅游收入"].get("value") == 980_000_000
    assert got["草原旅游收入"].get("region") == "色达县"


def test_an_income_after_visitors_without_its_verb() -> None:
    page = ("本报讯（记者 泽仁拉姆）今年以来，石渠县红色旅游接待游客18.6万人次，收入1.2亿元。")
    assert _metrics(page)["红色旅游收入"].get("value") == 120_000_000


def test_an_income_with_a_measure_of_its_own_keeps_it() -> None:
    page = ("本报讯（记者 泽仁拉姆）今年，色达县全年草原旅游接待游客126万人次，实现旅游综合收入9.8亿元。")
    got = _metrics(page)
    assert "旅游综合收入" in got
    assert "草原旅游收入" not in got


def test_an_income_after_no_visitors_is_not_theirs() -> None:
    assert income_of_visitors("规模以上工业企业营业收入", "收入") is None
    assert income_of_visitors("乡村旅游接待游客", "利润") is None
    assert income_of_visitors("今年接待游客", "收入") is None  # no subject but the year's
    assert income_of_visitors("全年森林康养接待游客", "收入") == "森林康养收入"


# -- the beds of places to stay grown to their level ---------------------------------------------------

def test_beds_after_lodgings_grown_to_a_level() -> None:
    page = ("本报讯（记者 阿苏）今年，雷波县乡村旅游提质扩容，全县精品民宿发展到320家，床位达到4600张。")
    got = _metrics(page)
    assert got["精品民宿床位"].get("value") == 4600


def test_beds_after_something_else_grown_are_not_the_lodgings() -> None:
    assert beds_of_lodgings("养老服务机构发展到", "床位") is None
    assert beds_of_lodgings("农家乐增加到", "床位") == "农家乐床位"
    assert beds_of_lodgings("农家乐增加到", "客房") is None


# -- a works event's month is no period of the items after it -----------------------------------------

_CHRONICLE = ("本报讯（记者 吉克）今年，美姑县文旅融合项目建设提速。{event}同时，全县新增星级酒店4家，"
              "农家乐发展到186家。")


def test_a_works_event_month_is_no_period_of_the_next_sentence() -> None:
    page = _CHRONICLE.format(event="11月中旬，美姑县彝族文化展示中心在巴普镇建成，"
                                   "年接待能力有望达到20万人次。")
    got = _metrics(page)
    assert got["新增星级酒店"].get("period") == "2026"


def test_a_works_event_month_after_a_semicolon_item() -> None:
    page = _CHRONICLE.format(event="9月，总投资2.6亿元的昭觉县游客集散中心完成主体结构封顶；"
                                   "10月，普格县温泉酒店开业。")
    assert _metrics(page)["新增星级酒店"].get("period") == "2026"


def test_the_works_own_figures_keep_the_event_month() -> None:
    page = ("本报讯（记者 吉克）今年，美姑县文旅融合项目建设提速。8月，县城彝绣街区一期开街，"
            "建筑面积2.1万平方米，入驻彝绣、漆器等商户62家。")
    got = [r for r in records(page, "indicator") if r.get("value") == 62]
    assert got and got[0].get("period") == "2026-08"


def test_a_month_when_all_works_started_stays_the_period() -> None:
    page = ("本报讯（记者 吉克）美姑县今年重点项目建设提速。3月，全县32个重点项目全部开工；"
            "一季度，全县规模以上工业增加值同比增长7.6%。4月，全县新增市场主体216户。")
    got = _metrics(page)
    assert got["新增市场主体"].get("period") == "2026-04"
