"""Rules the misses of the forty-sixth held-out set called for, each on phrasings of its own.

The set is about firms: a profile telling one firm's plants phase by phase, a listed company's
announcement of an investment and the news retelling it, a firm building in another county.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.article_layout import is_field_line
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2026, 6, 9))


# --- figures of one firm or one phase are no statistic -----------------------------------------

def test_a_firms_figures_after_the_year_and_under_its_short_name_are_its_own() -> None:
    page = ("一家企业的十年\n\n本报讯 6月8日,记者来到某某县的四川某某食品有限公司(以下简称“某某食品”)。"
            "2025年公司销售收入突破9亿元,纳税6000万元。\n\n"
            "如今,某某食品在县城已有三个车间,去年实现营业收入12.4亿元,同比增长8.5%。\n\n"
            "今年1-5月,全县规上工业增加值增长7.2%。\n")
    found = [(r.get("metric"), r.get("value")) for r in indicators(page)]
    assert all(v not in (900000000, 60000000, 1240000000) for _m, v in found), found
    assert any(v == 7.2 for _m, v in found), found  # the county's own rate stays


def test_the_amount_of_a_phase_is_the_projects() -> None:
    page = ("某县新签一个项目\n\n本报讯 某某县与某某集团签约一个项目。项目分两期建设,一期计划投资3.6亿元,"
            "建设期12个月;二期计划投资2.4亿元。\n\n今年以来,该县工业投资增长12.1%。\n")
    values = [r.get("value") for r in indicators(page)]
    assert 240000000 not in values and 360000000 not in values, values
    assert 12.1 in values


# --- layout: a company's particulars are fields, an editor's name may be spaced ----------------

def test_a_companys_particulars_are_field_lines_not_titles() -> None:
    assert is_field_line("注册资本：人民币5000万元")
    assert is_field_line("股权结构：公司持股70%，某某投资持股30%")
    assert is_field_line("法定代表人：王某某")
    assert not is_field_line("某某县：项目建设跑出加速度")


def test_an_editor_line_with_two_blanks_inside_the_name_is_furniture() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    for line in ("（责任编辑  吴  迪）", "(本版编辑  欧阳  青)", "（编辑  何  苗  校对  孙  伟）"):
        assert classify_text([line], 0) == ("furniture", "editor line"), line
    assert classify_text(["（记者  吴  迪）"], 0) != ("furniture", "editor line")


# --- a firm's intended investment -----------------------------------------------------------

def test_an_investment_a_firm_intends_is_planned_and_its_subsidiary_is_the_firm() -> None:
    page = ("某某股份拟投资建设新基地\n\n本报讯 6月8日,江苏某某电子股份有限公司发布公告,公司拟通过控股子公司"
            "在某某高新区投资建设智能传感器产业化项目,项目计划总投资9.6亿元。\n")
    r = next(r for name, r in projects(page).items() if "智能传感器" in (name or ""))
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")
    assert "某某电子股份有限公司" in r.get("investor")
    assert r.get("investment_cny") == 960000000


def test_a_signing_itself_intended_is_no_signing() -> None:
    page = ("某某科技关于对外投资的公告\n\n为扩大产能,公司拟与某某县人民政府签署《项目投资合同》,"
            "由全资子公司在某某县工业园区投资建设高端铝型材项目,项目用地约150亩。\n")
    r = next(r for name, r in projects(page).items() if "铝型材" in (name or ""))
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


# --- phases ------------------------------------------------------------------------------------

def test_a_firms_profile_tells_its_phases_as_projects_of_their_own() -> None:
    page = ("一座工厂的三次扩建\n\n本报记者 张某\n\n走进某某县的四川某某环保科技有限公司(以下简称“某某环保”),"
            "生产线正满负荷运转。\n\n2019年3月,公司在某某县经开区购得首宗工业用地,一期项目总投资3.2亿元,2020年6月建成投产,"
            "形成年处理危废8万吨的能力。\n\n2025年4月,二期项目开工,总投资5亿元,新建年处理12万吨固废资源化生产线。"
            "目前二期项目正在加紧建设,预计明年建成。\n\n今年5月,某某环保又与县政府签订三期投资协议,"
            "计划投资8亿元建设工业固废综合利用项目。\n")
    found = projects(page)
    one = next(r for name, r in found.items() if name and "一期" in name)
    two = next(r for name, r in found.items() if name and "二期" in name)
    assert one.get("name").startswith("某某环保")
    assert (one.get("stage"), one.get("date"), one.get("investment_cny")) \
        == ("in_production", "2020-06", 320000000)
    assert (two.get("status"), two.get("investment_cny")) == ("actual", 500000000)
    assert "某某环保" in one.get("investor") and "某某环保" in two.get("investor")
    assert not any(name and name.startswith("新建") for name in found)  # the line a phase builds


def test_phases_in_items_of_their_own_take_their_own_events() -> None:
    page = ("某某物流园开工\n\n本报讯 6月8日,某某物流园项目在某某县开工,总投资8亿元。\n\n"
            "据了解,该项目分两期建设:一期投资5亿元,建设仓储中心,计划明年5月建成;"
            "二期投资3亿元,建设冷链配送中心,计划2028年开工。\n")
    found = projects(page)
    assert not any(name and "冷链配送中心" == name for name in found)
    two = next(r for name, r in found.items() if name and "二期" in name)
    assert (two.get("stage"), two.get("status"), two.get("investment_cny")) \
        == ("started", "target", 300000000)
    assert not any(name and "一期" in name for name in found)  # the first phase is told as the project


def test_a_project_named_after_a_firm_with_its_short_name_takes_the_short_name() -> None:
    page = ("某某县一项目开工\n\n本报讯 6月8日,四川某某茶业有限公司(以下简称“某某茶业”)"
            "某某县茶叶精深加工项目在某某镇开工,总投资2.5亿元。\n")
    names = list(projects(page))
    assert any(name and name.startswith("某某茶业某某县茶叶精深加工") for name in names), names


def test_a_plant_told_by_its_rank_among_a_firms_plants_is_no_project() -> None:
    page = ("某企业扩张记\n\n本报讯 某某食品公司2012年在某某县城建成第一座工厂,2019年第二个加工厂投产。"
            "6月8日,该公司某某县休闲食品产业园项目开工,总投资4亿元。\n")
    names = list(projects(page))
    assert not any(name and ("第一座" in name or "第二个" in name) for name in names), names
    assert any(name and "休闲食品产业园" in name for name in names), names
