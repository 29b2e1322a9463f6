"""Rules the project misses left in the older held-out sets called for, each on phrasings of its own
(other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 6, 18))


# --- projects: firms listed before a count of a chain's projects -----------------------------------

def test_firms_listed_before_a_chain_s_projects_are_projects() -> None:
    page = ("链长制\n\n本报讯 今年以来,某区引进华光新材料、锦程智能装备等产业链项目12个,"
            "协议投资额56亿元。\n")
    found = projects(page)
    assert {"华光新材料项目", "锦程智能装备项目"} <= set(found)
    assert found["锦程智能装备项目"].get("stage") == "signed"


def test_sectors_listed_before_a_chain_s_projects_are_no_projects() -> None:
    page = ("链长制\n\n本报讯 今年以来,某区签约锂电、晶硅光伏等产业链项目12个,协议投资额56亿元。\n")
    assert not projects(page)


def test_a_firm_listed_with_a_sector_before_a_chain_s_projects_makes_none() -> None:
    page = ("链长制\n\n本报讯 今年以来,某区引进华光新材料、新一代信息技术等产业链项目12个,"
            "协议投资额56亿元。\n")
    assert not projects(page)


def test_listed_brand_tells_firms_from_sectors() -> None:
    from newsmill.zh.brands import listed_brand
    assert listed_brand("锦程智能装备")
    assert listed_brand("鼎盛碳基材料")
    for sector in ("晶硅光伏", "新能源汽车", "精细化工新材料", "文化旅游康养", "轨道交通装备",
                   "农产品加工", "先进装备制造"):
        assert not listed_brand(sector), sector
