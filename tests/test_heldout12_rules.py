"""Rules the twelfth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.bylines import parse_dateline
from newsmill.zh.projects import find_names
from tests.heldout_support import page_helpers

_doc, _projects, _indicators = page_helpers(dt.date(2024, 6, 20))


#: A zone's monthly bulletin: a table with tabs between the cells and a progress column.
TAB_TABLE = ("1—5月，园区共引进项目6个，协议总投资28亿元。重点项目进展如下：\n"
             "序号\t项目名称\t投资主体\t协议投资（亿元）\t进展情况\n"
             "1\t年产5万吨再生塑料项目\t河北绿源再生资源有限公司\t6.5\t试生产\n"
             "2\t跨境电商产业园项目\t某某供应链管理集团\t9\t已签约\n")


def test_a_table_with_tabs_gives_investor_amount_and_the_stage_of_its_progress_column() -> None:
    projects = _projects(TAB_TABLE)
    plastic = projects["年产5万吨再生塑料项目"]
    assert plastic.get("investor") == "河北绿源再生资源有限公司"
    assert plastic.get("investment_cny") == 650_000_000
    assert (plastic.get("stage"), plastic.get("status")) == ("in_production", "actual")
    assert plastic.get("capacity") == "年产5万吨再生塑料"
    assert projects["跨境电商产业园项目"].get("stage") == "signed"


def test_an_outlet_s_app_is_the_source_not_a_place() -> None:
    credit = parse_dateline("江淮晨报客户端讯（记者 王某某）6月19日，某县…")
    assert credit is not None and credit.source.text == "江淮晨报客户端" and credit.place is None
    credit = parse_dateline("江淮晨报合肥讯（记者 王某某）6月19日，某县…")
    assert credit.source.text == "江淮晨报" and credit.place.text == "合肥"


def test_meta_lines_opening_with_the_posting_time_or_closing_with_font_tools_are_furniture() -> None:
    for line in ("2024-06-19 10:32  来源：某某日报客户端  编辑：李某",
                 "发布时间：2024-06-19  来源：县发改局  作者：张某  【字体：大 中 小】"):
        assert classify_text([line], 0) == ("furniture", "page meta")
    assert classify_text(["2024年全县固定资产投资增长5%，来源于工业项目拉动"], 0) is None


def test_facility_names_works_on_them_and_no_name_in_a_share_of_the_works() -> None:
    text = "城南光伏农业示范园二期已并网发电；县第二污水处理厂扩容改造工程主体完工；道路已完成总工程量的60%。"
    names = [n.name for n in find_names(text, 0, len(text))]
    assert "城南光伏农业示范园二期" in names
    assert not any("总工程" in n for n in names)
    page = "本报讯 今年，县第二污水处理厂扩容改造工程获专项债券资金5000万元，目前主体工程已完工。\n"
    projects = _projects(page)
    assert list(projects) == ["县第二污水处理厂扩容改造工程"]
    assert projects["县第二污水处理厂扩容改造工程"].get("stage") == "under_construction"
    assert not _indicators(page)  # what one works receives is no statistic


def test_a_company_raising_capital_to_extend_its_plant_is_the_plant_s_funder() -> None:
    page = ("本报讯 今年以来，全市新设外资企业36家。5月，瑞士某某精工集团宣布增资8000万欧元，"
            "扩建其在高新区的医疗器械工厂，扩建后年产能将达200万件；日本某某株式会社投资20亿日元的"
            "光学镜头项目6月初在保税区开工。\n")
    projects = _projects(page)
    plant = projects["医疗器械工厂"]
    assert plant.get("investor") == "瑞士某某精工集团"
    assert plant.get("stage") is None  # the start in the next item is the lens project's
    assert projects["光学镜头项目"].get("stage") == "started"
    assert not any("增资" in str(r.get("metric")) for r in _indicators(page))


def test_registration_signs_a_project_and_a_partner_signing_one_invests_in_it() -> None:
    page = ("本报讯 3月，某某配套企业投资3000万美元的电子浆料项目已完成工商注册。"
            "4月2日，滦河县与北京某某新材料有限公司签约年产3万吨碳化硅项目，总投资9亿元。\n")
    projects = _projects(page)
    assert projects["电子浆料项目"].get("stage") == "signed"
    assert projects["年产3万吨碳化硅项目"].get("investor") == "北京某某新材料有限公司"


def test_a_company_investing_to_build_and_talks_still_going_on() -> None:
    page = ("本报讯 推介会上现场签约项目9个。签约项目中，澳门某某投资有限公司拟投资6亿港元建设"
            "滨海冷链物流基地；深圳某某科技集团有意投资5亿元建设智能装备产业园项目，目前双方仍在洽谈。\n")
    projects = _projects(page)
    assert projects["滨海冷链物流基地"].get("investor") == "澳门某某投资有限公司"
    talks = projects["智能装备产业园项目"]
    assert (talks.get("stage"), talks.get("status")) == ("negotiating", "actual")


def test_each_item_keeps_its_own_day_and_a_share_done_means_under_way() -> None:
    page = ("本报讯 在甲县，某某冷链中心项目总投资3000万元，于4月8日开工；"
            "在乙县，某某旅游公路提升工程投资2100万元，已完成总工程量的35%；在丙县，县中医院住院楼项目投资5600万元，5月20日完工并交付使用。\n")
    projects = _projects(page)
    road = projects["某某旅游公路提升工程"]
    assert (road.get("stage"), road.get("date")) == ("under_construction", None)
    ward = projects["县中医院住院楼项目"]
    assert (ward.get("date"), ward.get("investor")) == ("2024-05-20", None)


def test_projects_a_fund_supports_are_under_way() -> None:
    page = "本报讯 今年以来，某县争取专项债券资金4.2亿元，支持项目9个。\n"
    doc = _doc(page)
    batches = [r for r in doc.records if r.kind == "batch"]
    assert [(b.get("count"), b.get("event")) for b in batches] == [(9, "under_construction")]


def test_talks_about_the_next_project_leave_the_signed_one_signed() -> None:
    page = "本报讯 5月8日，某某冷链物流项目已正式签约，某某数据中心项目目前仍在洽谈。\n"
    projects = _projects(page)
    assert projects["某某冷链物流项目"].get("stage") == "signed"
    assert projects["某某数据中心项目"].get("stage") == "negotiating"
