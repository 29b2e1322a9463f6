"""Rules the leftovers of set 113 called for, each on phrasings of its own.

Set 113 is parks in the south taking industry moved from elsewhere: works a firm builds for the
produce of a county (a centre processing it, a line sorting and packing it), works told being
built with their sum (a centre showing a trade's goods, a zone gathering one industry's plants).
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 20))


def _works(page: str) -> dict:
    return {r.get("name"): (r.get("stage"), r.get("investment_cny")) for r in records(page, "project")}


def _page(body: str) -> str:
    return "园区建设提速\n\n本报讯 " + body + "\n"


# --- projects: a processing or show centre, an industry's zone, built with their sum ----------------

def test_a_show_centre_told_being_built_with_its_sum_is_a_works() -> None:
    works = _works(_page("目前，隆德县正在建设的六盘山中药材展示中心总投资4500万元，预计9月完工。"))
    assert works.get("六盘山中药材展示中心") == ("under_construction", 45_000_000)


def test_a_zone_of_one_industry_in_building_with_its_sum_is_a_works() -> None:
    works = _works(_page("彭阳县在建的杂粮加工集中区总投资6亿元，可容纳加工企业15家。"))
    assert works.get("杂粮加工集中区") == ("under_construction", 600_000_000)


def test_a_processing_centre_a_firm_builds_with_its_sum_is_a_works() -> None:
    works = _works(_page("阿荣旗大豆产业有限公司投资2.6亿元建设大豆精深加工中心，年底前建成。"))
    assert "大豆精深加工中心" in works


def test_a_machining_centre_bought_is_no_works() -> None:
    works = _works(_page("翁牛特旗一家机械企业今年新购置五轴数控加工中心8台，产能提高三成。"))
    assert not any(n.endswith("加工中心") for n in works)


def test_a_show_centre_among_the_parts_of_a_works_is_none() -> None:
    works = _works(_page("泾源县将在园区建设展示中心和冷藏库，并配套建设停车场。"))
    assert not any(n.endswith("展示中心") for n in works)


def test_a_show_centre_told_being_built_without_a_sum_is_none() -> None:
    works = _works(_page("敖汉旗正在建设的小米展示中心进展顺利。"))
    assert not any(n.endswith("展示中心") for n in works)


# --- projects: produce sorted, washed or filled and packed --------------------------------------------

def test_a_sorting_and_packing_works_a_firm_built_is_a_works() -> None:
    works = _works(_page("林西县果业公司投资1.2亿元建设的沙果分拣包装项目已于去年10月投产。"))
    assert works.get("沙果分拣包装项目", (None,))[0] == "in_production"


def test_a_washing_and_packing_works_named_by_its_place_is_a_works() -> None:
    works = _works(_page("莫力达瓦旗蘑菇清洗包装项目今年4月建成投产。"))
    assert works.get("莫力达瓦旗蘑菇清洗包装项目", (None,))[0] == "in_production"


def test_projects_prepared_for_promotion_stay_no_works() -> None:
    works = _works(_page("今年以来，化德县共策划包装项目32个，总投资86亿元。"))
    assert not any("包装" in n for n in works)
