"""Rules for misses the ninetieth held-out set listed, each on phrasings of its own (Zhejiang's
Jingning, Suichang and Yunhe; Guangxi's Lingyun, Napo and Longlin)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

_doc, records, projects = rule_helpers(dt.date(2025, 11, 24))


# --- projects: a research centre and a study camp told opened are works ---------------------------

def test_a_research_centre_told_opened_is_a_project() -> None:
    page = ("遂昌县外资项目加快落地\n\n本报讯 今年以来，遂昌县引进外资项目4个。其中，"
            "位于妙高街道的一家台资企业投资建设的金竹种业研发中心已于8月建成投用，总投资1.2亿元。\n")
    got = projects(page)
    assert "金竹种业研发中心" in got
    r = got["金竹种业研发中心"]
    assert r.get("stage") == "in_production" and r.get("date") == "2025-08"
    assert r.get("investment_cny") == 120_000_000
    assert r.get("investor") is None  # built by a firm the news does not name: no brand of it


def test_a_research_centre_opened_on_a_day_is_a_project() -> None:
    page = ("凌云县一批项目投用\n\n本报讯 11月18日，凌云县白毫茶产业研发中心正式启用，该中心总投资3500万元，"
            "建有实验室和中试车间。\n")
    got = projects(page)
    assert "凌云县白毫茶产业研发中心" in got
    assert got["凌云县白毫茶产业研发中心"].get("stage") in ("completed", "in_production")


def test_a_research_centre_a_works_builds_is_no_project_of_its_own() -> None:
    page = ("景宁县食用菌产业园开工\n\n本报讯 11月10日，景宁县食用菌产业园项目开工建设，总投资2.6亿元，"
            "主要建设菌种研发中心、标准化菇棚和冷链仓储区，建成后年产鲜菇1.5万吨。\n")
    names = [n for n in projects(page) if n]
    assert not [n for n in names if n.endswith("研发中心")]


def test_a_firms_research_centre_named_as_a_venue_is_no_project() -> None:
    page = ("那坡县召开茶产业座谈会\n\n本报讯 11月12日，那坡县茶产业发展座谈会在某某茶业研发中心召开，"
            "与会企业代表就品牌建设交流了意见。\n")
    assert not [n for n in projects(page) if n and n.endswith("研发中心")]


def test_a_study_camp_put_into_operation_is_a_project() -> None:
    page = ("■云和  11月20日，云和梯田农耕研学营地正式运营，该项目总投资8000万元，"
            "可同时接待研学学生600人。\n")
    got = projects(page)
    names = [n for n in got if n and n.endswith("研学营地")]
    assert names
    r = got[names[0]]
    assert r.get("stage") == "in_production" and r.get("date") == "2025-11-20"
    assert r.get("investment_cny") == 80_000_000


def test_a_study_camp_only_visited_is_no_project() -> None:
    page = ("隆林县开展秋季研学活动\n\n本报讯 11月15日，隆林县300余名中小学生走进某某研学营地，"
            "体验民族传统手工艺。\n")
    assert not [n for n in projects(page) if n and n.endswith("研学营地")]


def test_an_operator_named_after_an_opening_word_is_no_opening() -> None:
    page = ("云和县文旅招商签约\n\n本报讯 11月8日，云和县与某某文旅公司签约，由其负责某某研学营地运营管理，"
            "双方将合作推广研学线路。\n")
    assert not [n for n in projects(page) if n and n.endswith("研学营地")]


def test_a_named_brands_research_centre_keeps_its_brand() -> None:
    page = ("遂昌县外资项目加快落地\n\n本报讯 11月18日，位于妙高街道的金竹种业研发中心已建成投用，"
            "总投资1.2亿元。\n")
    got = projects(page)
    assert got.get("金竹种业研发中心") is not None
    assert got["金竹种业研发中心"].get("investor") == "金竹"  # no unnamed firm before it: the brand stays


# --- indicators: the funds of a part of the signed projects, taken up as 这部分 ---------------------

def _funds(page: str) -> list[tuple[object, object]]:
    """(metric, value) of the indicators whose metric names funds in hand."""
    return [(r.get("metric"), r.get("value")) for r in records(page, "indicator")
            if "到位资金" in str(r.get("metric"))]


def test_the_funds_of_a_part_brought_by_natives_are_a_statistic_named_by_them() -> None:
    page = ("凌云县招商引资成效明显\n\n本报讯 今年以来，凌云县赴广东、福建等地开展招商活动18批次。"
            "在已签约的项目中，有一部分是由在外凌云籍乡贤推介引进的，这部分项目到位资金达9.2亿元。\n")
    got = _funds(page)
    assert got and got[0][1] == 920_000_000
    assert str(got[0][0]).startswith("在外凌云籍乡贤")


def test_the_funds_of_this_batch_of_projects_are_a_statistic() -> None:
    page = ("遂昌县重点项目加快推进\n\n本报讯 今年遂昌县新签约文旅项目12个，总投资36亿元。"
            "目前，这批项目实际到位资金8.4亿元。\n")
    assert [v for _, v in _funds(page)] == [840_000_000]


def test_the_funds_of_one_works_are_no_statistic() -> None:
    page = ("景宁县畲乡康养小镇项目进展顺利\n\n本报讯 景宁县畲乡康养小镇项目总投资12亿元，由某某文旅有限公司"
            "投资建设。目前，该项目到位资金3.5亿元，酒店主体已封顶。\n")
    assert not _funds(page)


def test_a_research_centre_listed_first_with_a_base_is_not_split_off() -> None:
    from newsmill.zh.projects import find_names
    text = "根据协议，某某科技首期投资2亿元在云和县建设研发中心和木制玩具生产基地，达产后年产值5亿元。"
    assert "研发中心" not in [n.name for n in find_names(text, 0, len(text))]
