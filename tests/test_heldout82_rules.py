"""Rules the misses of the eighty-second held-out set called for, each on phrasings of its own.

The set is how projects are financed, as city papers and bank news tell it: credit and syndicated
loans to named projects, special-purpose bonds allocated to a list of projects, policy-bank
instruments, a government-guided fund's stake in a firm's project, and a ledger of a city's key
projects printed as an infographic in text (one figure a line, under a compiler's credit).
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.article_layout import is_figure_line, is_named_figure_line
from newsmill.zh.gold import document_to_gold
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 10, 15))


def names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def batches(page: str) -> list:
    return records(page, "batch")


# --- layout: an infographic's ledger in text --------------------------------------------------

LEDGER = ("数说某市重大项目\n\n本报记者 李 文 整理\n\n"
          "【年度盘子】\n2025年全市实施重大项目268个\n总投资1520亿元\n1—9月完成投资302.4亿元\n\n"
          "【按领域】\n工业类项目131个，总投资706亿元\n交通类项目47个，总投资389亿元\n"
          "民生类项目90个，总投资425亿元\n\n"
          "【资金】\n争取中央预算内投资4.2亿元，支持项目18个\n\n"
          "【项目进度】\n某港综合物流园项目：总投资32亿元，年内完成一期\n"
          "某县人民医院新院区工程：已完成投资5.6亿元，主体结构封顶\n\n"
          "某县：产业园扩区提速\n\n本报讯（记者 王 平）10月10日，某县产业园扩区工程开工建设，"
          "总投资6亿元，新建标准厂房10万平方米。\n")


def test_figure_lines_with_a_period_a_sum_first_or_a_share_are_an_infographic_s() -> None:
    assert is_figure_line("2025年全市实施重大项目268个")
    assert is_figure_line("1—9月完成投资302.4亿元")
    assert is_figure_line("争取中央预算内投资4.2亿元，支持项目18个")
    assert is_figure_line("完成年度计划的68.2%")
    assert not is_figure_line("某县产业园扩区工程开工建设")
    assert is_named_figure_line("某港综合物流园项目：总投资32亿元，年内完成一期")
    assert not is_named_figure_line("某港综合物流园项目：总投资32亿元，年内完成一期。")
    assert not is_named_figure_line("某县：产业园扩区提速")


def test_a_ledger_s_lines_of_one_length_are_not_joined() -> None:
    clean = doc(LEDGER).clean
    assert "工业类项目131个，总投资706亿元\n交通类项目47个" in clean
    assert "年内完成一期\n某县人民医院新院区工程" in clean


def test_a_ledger_under_a_compiler_s_credit_is_its_title_s_body() -> None:
    arts = doc(LEDGER).articles
    assert [a.headline for a in arts] == ["数说某市重大项目", "某县：产业园扩区提速"]
    assert arts[1].kicker is None
    found = {(r.get("count"), r.get("total_cny")) for r in batches(LEDGER)}
    assert {(268, 152000000000), (131, 70600000000), (47, 38900000000), (90, 42500000000)} <= found


# --- batches: money lent, allocated or put in by a fund is no total ----------------------------

def test_the_instrument_s_money_is_no_total_the_projects_total_after_it_is() -> None:
    page = ("某市金融支持项目\n\n本报讯 今年以来，某市共有9个项目获得中长期贷款支持，发放贷款金额15.2亿元，"
            "带动项目总投资168亿元。\n")
    found = [(r.get("count"), r.get("total_cny")) for r in batches(page)]
    assert found == [(9, 16800000000)]


def test_a_fund_s_stakes_are_no_total_of_the_projects_it_invested_in() -> None:
    page = ("某县基金招商\n\n本报讯 某县产业发展基金设立以来，已投资项目5个，投资金额2.3亿元，"
            "撬动项目总投资31亿元。\n")
    found = [(r.get("count"), r.get("total_cny")) for r in batches(page)]
    assert found == [(5, 3100000000)]


def test_a_plain_total_after_a_count_stays() -> None:
    page = "某县项目开工\n\n本报讯 10月9日，某县集中开工项目12个，总投资46亿元。\n"
    found = [(r.get("count"), r.get("total_cny")) for r in batches(page)]
    assert found == [(12, 4600000000)]


# --- names: projects in general as the object of a verb ----------------------------------------

def test_projects_as_a_verb_s_object_are_no_name() -> None:
    assert names("坚持要素跟着项目走，多方拓宽项目融资渠道") == []
    assert names("贷款期限与项目的回收周期相匹配，较好地匹配项目的现金流") == []


def test_a_named_project_before_its_financing_is_still_found() -> None:
    assert names("某银行为某县生活垃圾焚烧发电项目提供融资3亿元") == ["某县生活垃圾焚烧发电项目"]


# --- indicators: money lent, allocated or put in for one firm or works -------------------------

def indicators(page: str) -> list:
    return records(page, "indicator")


def test_a_loan_to_one_named_firm_is_no_statistic() -> None:
    page = ("某县金融助企\n\n本报讯 10月8日，某农商银行向某某竹木制品有限公司发放设备更新贷款2000万元。"
            "今年以来，全县制造业贷款余额达到41.2亿元。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 20000000 not in values
    assert 4120000000 in values


def test_a_fund_s_stake_in_one_firm_is_no_statistic() -> None:
    page = ("某市基金招商\n\n本报讯 某市天使投资基金以股权投资方式向某某光电公司注资8000万元，"
            "全市新增规上工业企业26家。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 80000000 not in values
    assert 26 in values


def test_money_one_works_gets_or_uses_is_no_statistic() -> None:
    page = ("某县项目建设\n\n本报讯 某县污水处理厂提标改造工程获得中央预算内投资资金4500万元。"
            "某县城区供热管网工程总投资3.6亿元，其中使用专项债券资金1.8亿元。"
            "今年以来，全县共争取专项债券资金12.6亿元。\n")
    values = {r.get("value") for r in indicators(page)}
    assert not values & {45000000, 180000000}
    assert 1260000000 in values


def test_a_works_line_of_a_ledger_is_its_progress() -> None:
    page = ("某市项目账本\n\n本报记者 周 敏 整理\n\n某湿地公园二期项目：已完成投资2.2亿元，年底开园\n"
            "某中学新校区工程：已完成投资1.4亿元，主体封顶\n")
    values = {r.get("value") for r in indicators(page)}
    assert not values & {220000000, 140000000}


def test_firms_served_within_a_park_and_banks_joined_are_no_count() -> None:
    page = ("某区金融服务\n\n本报讯 某银行联合甲银行、乙银行等3家金融机构组成银团。"
            "该行已为辖区内26家企业发放贷款3.1亿元，全区新增规上工业企业12家。\n")
    values = {(r.get("value"), r.get("unit")) for r in indicators(page)}
    assert (3, "家") not in values and (26, "家") not in values
    assert (12, "家") in values


def test_a_cap_per_institution_is_a_policy() -> None:
    page = ("某市出台措施\n\n本报讯 某市对银行新发放的项目贷款给予奖励，单家机构每年最高奖励80万元。"
            "全市各项贷款余额1260亿元。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 800000 not in values
    assert 126000000000 in values


# --- money: a credit and an output of one amount are two ----------------------------------------

def test_a_credit_and_an_output_of_one_amount_are_two_entries() -> None:
    page = ("某行支持冷链项目\n\n本报讯 某银行为某县冷链物流园项目授信3亿元。该项目建成后年产值可达3亿元。\n")
    money = document_to_gold(doc(page))["money"]
    assert [m["value_cny"] for m in money] == [300_000_000, 300_000_000]


def test_a_credit_restated_in_the_headline_is_one_entry() -> None:
    page = ("某行为某县冷链物流园授信3亿元\n\n本报讯 某银行近日为某县冷链物流园项目授信3亿元。\n")
    money = document_to_gold(doc(page))["money"]
    assert [m["value_cny"] for m in money] == [300_000_000]


# --- stages: a loan signed is no signing of the works ---------------------------------------------

def test_a_loan_contract_signed_is_no_signing_of_the_works() -> None:
    page = ("某行银团支持风电\n\n本报讯 10月9日，某银行与某某风电公司签订银团贷款合同，为某县北山风电场项目"
            "提供授信20亿元。该项目总投资36亿元，目前风机基础正在施工。\n")
    found = {name: r.get("stage") for name, r in projects(page).items()}
    assert found and all(stage != "signed" for stage in found.values())


def test_an_investment_agreement_signed_is_still_a_signing() -> None:
    page = ("某县签约新材料项目\n\n本报讯 10月9日，某县与某某新材料公司签订投资协议，"
            "该公司将投资10亿元建设年产5万吨改性塑料项目。\n")
    found = {name: r.get("stage") for name, r in projects(page).items()}
    assert "signed" in found.values()
