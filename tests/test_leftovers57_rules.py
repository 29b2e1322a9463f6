"""Rules the leftovers of the hundred-and-thirty-first held-out set called for, each on phrasings of its own.

A works a firm develops at the place where (``在某湾开发甲项目``): ``开发`` after the place opens the
works' name like ``建设``, and the sum and the firm told before it are the works'; a store a firm sets up
with its sum right after its agreement with the place (``某企业与某区签署合作协议，拟投资…设立冷链仓储中心``)
is a works of its own.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def test_a_works_developed_at_a_bay_is_named_after_the_verb() -> None:
    page = ("茂名经济\n\n签约项目中，广东某某文旅集团则计划投资18亿元，在博贺湾开发海岛生态旅游项目；"
            "另一家企业拟投资6亿元建设水产品冷链加工基地。")
    p = projects(page)
    assert "海岛生态旅游项目" in p
    works = p["海岛生态旅游项目"]
    assert works.get("stage") == "signed"
    assert works.get("investment_cny") == 1800000000
    assert works.get("investor") == "广东某某文旅集团"


def test_a_works_developed_on_an_island_after_its_signing_with_the_place() -> None:
    page = "湛江经济\n\n坡头区昨日与某某海洋集团签约，该集团拟投资9亿元在南三岛开发滨海康养度假项目。"
    p = projects(page)
    assert "滨海康养度假项目" in p
    assert p["滨海康养度假项目"].get("investment_cny") == 900000000
    assert not any("开发" in name for name in p)


def test_development_inside_a_zones_or_a_firms_name_opens_no_name() -> None:
    page = ("湛江经济\n\n由麻章区开发投资有限公司建设的硇洲岛渔港综合整治项目昨日开工，"
            "项目总投资2.3亿元。")
    p = projects(page)
    assert "硇洲岛渔港综合整治项目" in p
    assert p["硇洲岛渔港综合整治项目"].get("investor") == "麻章区开发投资有限公司"
    assert not projects("湛江经济\n\n廉江市开发区招商引资成效明显，去年新增企业38家。")


def test_a_store_a_firm_sets_up_after_its_agreement_with_the_place_is_a_works() -> None:
    page = ("湛江经济\n\n一家本地水产企业与雷州市签署合作协议，拟投资4500万元设立冷链仓储中心，"
            "预计明年投入运作。")
    p = projects(page)
    assert "冷链仓储中心" in p
    assert p["冷链仓储中心"].get("stage") == "signed"
    assert p["冷链仓储中心"].get("investment_cny") == 45000000


def test_a_store_among_the_parts_of_a_signed_works_is_none() -> None:
    page = "茂名经济\n\n某某食品有限公司与化州市签约，将建设中央厨房、冷链仓储中心和产品展示厅。"
    assert "冷链仓储中心" not in projects(page)
