"""Rules the leftovers of the fifty-fifth and fifty-sixth held-out sets called for, each on
phrasings of its own (other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import is_generic
from tests.heldout_support import page_helpers, rule_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 9, 20))
_, records, _ = rule_helpers(dt.date(2024, 9, 20))


def batches(page: str) -> set[tuple]:
    """(count, total, event) of the page's batches."""
    return {(r.get("count"), r.get("total_cny"), r.get("event")) for r in records(page, "batch")}


def metrics(page: str) -> set[str]:
    return {str(r.get("metric")) for r in indicators(page)}


# --- batches: firms that signed and settled, with no sum ----------------------------------------

def test_firms_that_signed_and_settled_with_no_sum_are_a_batch() -> None:
    page = ("飞地经济见成效\n\n本报讯 今年以来,江津区组织3批次广东客商来考察对接,"
            "其中5家企业已签约落户。\n")
    assert (5, None, "signed") in batches(page)
    assert "企业" not in metrics(page)


def test_firms_that_settled_opening_the_clause_are_a_batch() -> None:
    page = ("招商引资\n\n本报讯 在园区牵线下,今年已有4家配套企业先后签约落地;园区还新建了人才公寓。\n")
    assert (4, None, "signed") in batches(page)


def test_firms_moving_into_a_building_are_no_batch() -> None:
    page = ("厂房竣工\n\n本报讯 某工业园标准化厂房二期已竣工,建筑面积5.2万平方米,"
            "目前已有3家企业签约入驻。\n")
    assert not {b for b in batches(page) if b[0] == 3}


def test_firms_settled_after_a_count_of_projects_are_no_batch_of_their_own() -> None:
    page = ("签约\n\n本报讯 活动现场签约项目8个,其中5家企业已签约落户。\n")
    assert {b[0] for b in batches(page)} == {8}


# --- projects: a phase of the firm just told of -------------------------------------------------

def test_a_phase_of_a_firm_named_by_its_kind_is_no_project() -> None:
    assert is_generic("公司一期项目")
    assert is_generic("该企业二期工程")
    assert not is_generic("华宇公司一期项目")
    page = ("扩产\n\n本报讯 据介绍,该企业二期项目去年10月建成投产,今年已实现产值5.1亿元。\n")
    assert not {n for n in projects(page) if n.startswith(("企业", "该企业"))}


def test_a_named_firm_phase_stays_a_project() -> None:
    page = ("扩产\n\n本报讯 重庆永兴包装有限公司年产5万吨纸箱二期项目去年10月在龙水镇建成投产,"
            "总投资2.3亿元。\n")
    assert any("纸箱二期项目" in n for n in projects(page))


# --- statistics: a firm's expansion and what it adds --------------------------------------------

def test_what_an_expansion_adds_is_no_statistic() -> None:
    page = ("扩产\n\n本报讯 3月,某某精密机械有限公司在永川区卫星湖街道启动技改项目,新增投资3.2亿元,"
            "新上数控生产线6条。项目8月已建成投产,企业年产能由20万件提升到55万件。\n")
    found = metrics(page)
    assert not {m for m in found if "新增投资" in m or "产能" in m}


def test_a_district_wide_added_investment_stays_a_statistic() -> None:
    page = ("工业投资\n\n本报讯 今年1—8月,綦江区工业企业新增投资46.5亿元,同比增长12.3%。\n")
    assert any("新增投资" in m for m in metrics(page))
