"""Rules the misses left in sets 76 and 73 called for, each on phrasings of its own (other places,
other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2026, 11, 20))


def _names(page: str) -> set[str]:
    return set(projects(page))


# --- projects: visits, matchmaking meetings, organisers and a chain's suppliers ---------------------

def test_a_party_visiting_a_park_is_no_project() -> None:
    names = _names("招商动态\n\n本报讯 11月3日，浙江恒远纺织集团总经理一行赴县纺织产业园考察，"
                   "双方就设立印染基地进行了深入交流。\n")
    assert not any("一行" in n for n in names)


def test_a_park_a_firm_builds_in_stays() -> None:
    names = _names("招商动态\n\n本报讯 11月3日，浙江恒远纺织集团在县纺织产业园投资6亿元建设的"
                   "印染一体化项目正式开工。\n")
    assert "印染一体化项目" in names


def test_a_matchmaking_meeting_of_projects_is_no_project() -> None:
    names = _names("招商动态\n\n本报讯 10月12日，市商务局组织的“徽商回乡”项目对接会在合肥举行，"
                   "全县共推介项目8个。\n")
    assert not any("徽商回乡" in n for n in names)
    names = _names("招商动态\n\n本报讯 10月12日，全市文旅产业项目洽谈会在黄山召开。\n")
    assert not any("洽谈" in n for n in names)


def test_an_office_and_its_partner_park_holding_a_fair_is_no_project() -> None:
    names = _names("招商动态\n\n本报讯 县商务局联合青山经济开发区在杭州举办新材料产业专题推介会，"
                   "20余家企业参会。\n")
    assert not any(n.startswith("局联合") for n in names)


def test_a_chains_suppliers_at_large_are_no_project() -> None:
    names = _names("招商动态\n\n本报讯 今年以来，随着龙头企业落户，汽车零部件产业链上下游配套项目"
                   "不断增多，园区入驻率提升至85%。\n")
    assert not any("上下游" in n for n in names)
