"""Rules the misses of the hundred-and-thirtieth held-out set called for, each on phrasings of its own.

The set is how projects are financed, on pages of Hunan and Guangxi: a financing fair where banks
sign with projects, a numbered list of the loans signed, bond quotas spent on counted projects, a
fund's stakes, loans to plants named by their capacity, a photo news with its credit in brackets, a
column of briefs under a place's name, and a site's footer of fields on one line.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.article_layout import footer_fields_line
from newsmill.zh.bylines import parse_dateline
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 10, 16))


def _batches(page: str) -> list[tuple[object, object, object]]:
    return [(r.get("count"), r.get("event"), r.get("total_cny")) for r in records(page, "batch")]


# --- batches: lenders and funds signing with counted projects -----------------------------------------

def test_banks_signing_with_counted_projects_is_no_signing_and_no_total() -> None:
    page = ("松岭召开银企对接会\n本报讯 10月14日，"
            "松岭县银企对接会在县城举行。会上，9家银行与27个项目现场签约，"
            "签约金额58.3亿元。\n")
    assert _batches(page) == [(27, None, None)]
    page = ("松岭召开银企对接会\n本报讯 10月14日，松岭县举行银企对接会，"
            "甲银行、乙银行等6家金融机构与18个重点项目"
            "签约，签约融资金额33亿元。\n")
    assert _batches(page) == [(18, None, None)]
    assert not any("银行" in (n or "") for n in projects(page))


def test_a_place_signing_with_counted_projects_stays_a_signing() -> None:
    page = "松岭集中签约\n本报讯 10月14日，松岭县与27个项目现场签约，签约金额58.3亿元。\n"
    assert _batches(page) == [(27, "signed", 5830000000)]


def test_a_funds_stakes_in_counted_projects_keep_the_projects_total() -> None:
    page = ("青溪设立产业基金\n本报讯 10月12日，青溪县产业投资基金设立。"
            "基金与首批3个项目签订投资协议，投资金额2亿元，"
            "撬动项目总投资12亿元。\n")
    assert _batches(page) == [(3, None, 1200000000)]


def test_money_raised_after_a_count_is_no_total() -> None:
    page = "青溪签约\n本报讯 10月12日，青溪县签约项目12个，融资金额20亿元。\n"
    assert [(c, t) for c, _, t in _batches(page)] == [(12, None)]
    page = "青溪签约\n本报讯 10月12日，青溪县签约项目12个，总投资20亿元。\n"
    assert [(c, t) for c, _, t in _batches(page)] == [(12, 2000000000)]


def test_a_bond_quota_spent_on_counted_projects_is_works_under_way_and_won() -> None:
    page = "青溪债券\n本报讯 今年以来，青溪县共争取新增专项债额度5.2亿元，用于12个项目，已全部发行。\n"
    b = records(page, "batch")
    got = [(r.get("count"), r.get("event"), r.get("status")) for r in b]
    assert got == [(12, "under_construction", "actual")]


def test_projects_counted_for_a_use_with_no_sum_before_stay_without_event() -> None:
    page = "青溪会议\n本报讯 会议要求，把有限的精力用于12个项目的谋划。\n"
    assert all(r.get("event") != "under_construction" for r in records(page, "batch"))


# --- projects: a loan list, money used for a works named by its capacity --------------------------------

_LOAN_LIST = ("松岭银企对接\n本报讯 10月14日，松岭县银企对接会举行。部分签约项目如下：\n"
              "1.松岭工业园区标准厂房三期项目　农业银行松岭县支行　授信3亿元\n"
              "2.年产8万吨竹浆项目　邮储银行松岭县支行　贷款1.2亿元\n")


def test_a_list_item_carrying_a_lender_and_its_loan_takes_no_signing_from_its_lead() -> None:
    found = projects(_LOAN_LIST)
    assert found
    assert all(r.get("stage") != "signed" for r in found.values())


def test_a_list_item_with_the_works_sum_takes_the_leads_signing() -> None:
    page = ("松岭集中签约\n本报讯 10月14日，松岭县集中签约活动举行。部分签约项目如下：\n"
            "1.松岭工业园区标准厂房三期项目，总投资3亿元\n"
            "2.年产8万吨竹浆项目，总投资6.2亿元\n")
    found = projects(page)
    assert found and all(r.get("stage") == "signed" for r in found.values())


def test_a_works_named_after_a_loans_sum_and_its_use_is_a_project() -> None:
    page = ("贷款助企\n本报讯 湖南青杉食品有限公司获得技改贷款800万元，"
            "用于年产5万吨饲料项目。该项目总投资6500万元，"
            "已于9月建成投产。\n")
    found = projects(page)
    assert "年产5万吨饲料项目" in found
    r = found["年产5万吨饲料项目"]
    assert (r.get("stage"), r.get("investment_cny")) == ("in_production", 65000000)


def test_funds_used_for_preparation_name_no_project() -> None:
    page = "资金保障\n本报讯 县财政安排资金300万元，用于项目前期工作。\n"
    assert projects(page) == {}


def test_a_works_named_by_its_capacity_takes_the_event_told_next() -> None:
    page = ("果酒投产\n本报讯 青溪县酿造有限公司年产2万吨果酒项目位于白鹭镇。"
            "该项目总投资1.6亿元，已于9月建成投产。\n")
    r = projects(page)["青溪县酿造有限公司年产2万吨果酒项目"]
    assert (r.get("stage"), r.get("date")) == ("in_production", "2026-09")


def test_a_works_named_by_its_capacity_takes_no_event_of_another_subject() -> None:
    page = ("果酒项目\n本报讯 青溪县酿造有限公司年产2万吨果酒项目位于白鹭镇。"
            "全县今年已有8个项目建成投产。\n")
    r = projects(page).get("青溪县酿造有限公司年产2万吨果酒项目")
    assert r is None or r.get("stage") is None


# --- articles: a photo news with a bracketed credit, a column of briefs under a place --------------------

_PHOTO_PAGE = ("松岭新闻数字报\n第01版：要闻　　　　2026年10月16日　星期五\n\n"
               "全县新增贷款12亿元\n本报讯（记者 周明远）截至9月末，"
               "全县各项贷款余额98.2亿元，同比增长8.1%。\n\n"
               "图片新闻\n10月13日，在位于松岭工业园的湖南青杉食品有限公司，工人正在调试新建的饲料生产线。"
               "该生产线已于本月初投产。（记者 周明远 摄）\n\n"
               "县城供水工程通水\n本报讯（通讯员 李安然）10月12日，县城供水工程正式通水。\n\n"
               "某州新闻简讯\n●10月10日，甲县与一家食品企业签约。\n●10月11日，乙县一座水厂竣工。\n")


def test_a_photo_news_with_its_credit_in_brackets_is_a_piece_of_its_own() -> None:
    heads = [a.headline for a in doc(_PHOTO_PAGE).articles]
    assert "图片新闻" in heads
    assert heads.index("图片新闻") == heads.index("全县新增贷款12亿元") + 1


def test_a_column_of_briefs_under_a_places_name_is_a_piece_with_no_dateline() -> None:
    arts = doc(_PHOTO_PAGE).articles
    assert [a.headline for a in arts][-1] == "某州新闻简讯"
    assert all(a.dateline is None for a in arts)


def test_a_columns_name_alone_is_no_dateline_but_a_papers_dispatch_is() -> None:
    assert parse_dateline("湘南新闻简讯") is None
    assert parse_dateline("某县快讯") is None
    c = parse_dateline("松岭日报讯（记者 周明远）10月12日，县城供水工程正式通水。")
    assert c is not None and [r.text for r in c.reporters] == ["周明远"]


# --- cleaning: a site's footer of fields on one line ------------------------------------------------------

def test_a_footer_of_fields_on_one_line_is_furniture() -> None:
    line = ("版权所有：松岭县融媒体中心　地址：松岭县人民路8号　电话：0745-1234567"
            "　邮箱：sl@163.com　技术支持：某某科技")
    assert footer_fields_line(line)
    assert classify_text([line], 0) == ("furniture", "source note")
    line = "相关链接　|　本期导读：02版：白鹭镇：小柑橘大产业　03版：全县秋冬季农业生产会召开"
    assert classify_text([line], 0) == ("furniture", "source note")


def test_a_sentence_opening_on_links_or_rights_stays() -> None:
    assert not footer_fields_line("版权所有：某某公司，地址：某某路。违者必究")
    assert not footer_fields_line("相关链接：省政府出台措施支持民营经济发展")
    assert classify_text(["相关链接：省政府出台措施支持民营经济发展，详见官网。"], 0) is None


# --- statistics: lenders counted at a financing fair ------------------------------------------------------

def test_lenders_counted_as_they_sign_with_projects_are_no_statistic() -> None:
    page = "松岭银企对接\n本报讯 10月14日，松岭县银企对接会举行，11家银行机构与36家企业现场签约。\n"
    assert not [r for r in records(page, "indicator") if r.get("unit") == "家"]


def test_lenders_counted_as_they_sign_with_firms_not_counted_stay_a_statistic() -> None:
    page = ("松岭银企对接\n本报讯 10月14日，松岭县银企对接会举行，"
            "现场还有3家银行与签约企业签订了融资合作意向。\n")
    assert [r.get("value") for r in records(page, "indicator") if r.get("unit") == "家"] == [3]


def test_banks_counted_in_a_place_stay_a_statistic() -> None:
    page = "松岭金融\n本报讯 截至9月末，松岭县共有银行机构11家，各项贷款余额98.2亿元。\n"
    assert [r.get("value") for r in records(page, "indicator") if r.get("unit") == "家"] == [11]


def test_a_works_named_after_money_recovered_and_its_use_is_a_project() -> None:
    page = ("盘活资产\n本报讯 据介绍，发行后回收的资金将主要用于白鹭县青龙湾抽水蓄能电站项目建设。"
            "该电站总投资70亿元。\n")
    assert "白鹭县青龙湾抽水蓄能电站项目" in projects(page)
    page = "盘活资产\n本报讯 据介绍，回收的资金将全部用于新项目建设。\n"
    assert projects(page) == {}
