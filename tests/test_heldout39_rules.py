"""Rules the misses of the thirty-ninth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.abroad import may_be_abroad, site_abroad
from tests.heldout_support import rule_helpers

DAY = dt.date(2025, 6, 20)


_doc, _records, _projects = rule_helpers(DAY)


GOING_OUT = ("某市企业加快走出去\n\n本报讯 近日,总部位于宜宾的四川某某纺织有限公司在越南海防市投资建设的"
             "年产2万吨功能性纤维项目建成投产,项目总投资8600万美元。"
             "在马来西亚,某某建材集团有限公司投资4000万美元建设的新型墙材项目于5月开工。"
             "与此同时,由某某机械集团牵头建设的柬埔寨西港中柬产业合作园二期开工,二期总投资1.6亿美元。"
             "新加坡某泽食品加工项目则在翠屏区开工建设,总投资2.1亿元。\n")


def test_works_built_abroad_have_no_chinese_division() -> None:
    projects = _projects(GOING_OUT)
    fibre = projects["年产2万吨功能性纤维项目"].get("location")
    assert (fibre["province"], fibre["city"], fibre["county"]) == (None, None, None)
    assert fibre["detail"] == "越南海防市"
    # a country as the scene opening the sentence, and a cooperation park named after its country
    assert projects["新型墙材项目"].get("location")["detail"] == "马来西亚"
    assert projects["新型墙材项目"].get("location")["province"] is None
    park = next(r for n, r in projects.items() if n and "中柬产业合作园" in n)
    assert park.get("location")["detail"] == "柬埔寨" and park.get("location")["city"] is None
    # a foreign firm heading a name says nothing of the site: built in the district
    food = projects["新加坡某泽食品加工项目"].get("location")
    assert (food["city"], food["county"]) == ("宜宾市", "翠屏区")


def test_site_abroad_reads_the_clause_right_before_the_name() -> None:
    text = "某公司在老挝某某开发区投资建设的甲项目"
    assert site_abroad(text, 0, text.index("甲"), "甲项目") == "老挝某某开发区"
    other = "某公司在老挝设立办事处,并在某县建设甲项目"
    assert site_abroad(other, 0, other.index("甲"), "甲项目") is None
    assert not may_be_abroad("某县引进新加坡某某农业公司建设加工项目")


def test_a_rank_among_like_things_is_no_project_name() -> None:
    page = ("某县工业\n\n本报讯 日前,某某电子有限公司在某县投资建设的智能终端项目竣工投产,"
            "这也是该集团第一个境外加工基地。这是该镇今年实施的蔬菜大棚改造项目,总投资300万元。\n")
    names = set(_projects(page))
    assert "智能终端项目" in names
    assert not any("第一个" in (n or "") for n in names), names
    assert any("蔬菜大棚改造项目" in (n or "") for n in names), names


def test_a_batch_total_restated_in_yuan_is_its_total() -> None:
    page = ("某市赴港招商\n\n本报讯 6月10日,某市投资推介会在香港举行,会上集中签约外资项目8个,"
            "协议投资额折合人民币42.6亿元。\n")
    [batch] = _records(page, "batch")
    assert (batch.get("count"), batch.get("total_cny")) == (8, 4_260_000_000)
    assert not any("折合" in (r.get("metric") or "") for r in _records(page, "indicator"))


def test_a_foreign_amount_restated_in_yuan_for_a_works_is_no_statistic() -> None:
    page = ("某区外资\n\n本报讯 5月8日,某某集团投资建设的甲产业园三期开工,三期总投资1.8亿美元"
            "(约合人民币12.9亿元)。今年1—5月,某区实际使用外资8600万美元,同比增长12.5%。\n")
    values = {r.get("value") for r in _records(page, "indicator")}
    assert 86_000_000 in values
    assert 180_000_000 not in values and 1_290_000_000 not in values


def test_a_statistic_dated_by_an_event_day_takes_its_year_and_a_stock_its_month() -> None:
    page = ("某市外资\n\n本报讯 6月12日,某市招商推介会在深圳举行。会上签约项目6个,其中合同外资1.2亿美元。"
            "截至5月31日,全市金融机构各项贷款余额1286.4亿元。\n")
    periods = {r.get("value"): r.get("period") for r in _records(page, "indicator")}
    assert periods.get(120_000_000) == "2025", periods
    assert periods.get(128_640_000_000) == "2025-05", periods


def test_a_signing_with_a_foreign_amount_in_brackets_is_the_event() -> None:
    page = ("某县签约\n\n本报讯 6月3日,某县与荷兰某某农业集团签订投资协议,该集团将以外商独资方式在某县经开区"
            "投资6000万美元(约合人民币4.3亿元),建设花卉种苗繁育基地,建成后年产种苗5000万株。\n")
    base = _projects(page)["花卉种苗繁育基地"]
    assert (base.get("stage"), base.get("status")) == ("signed", "actual")
    assert base.get("investment_cny") == 430_000_000


MEMBERS = ("某市招商签约外资项目9个\n\n本报讯 6月5日,2025某市(澳门)经贸合作推介会在澳门举行。"
           "会上集中签约项目9个,协议投资额56.8亿元。\n\n签约项目中,澳门某某实业有限公司拟投资8亿港元,在江阳区建设冷链物流园;"
           "韩国某某化学株式会社与某某产业投资集团合资组建合资企业,投资30亿韩元在纳溪区建设电子材料生产线。\n")


def test_projects_named_after_signed_projects_among_are_members_of_the_signing() -> None:
    projects = _projects(MEMBERS)
    park = projects["冷链物流园"]
    assert (park.get("stage"), park.get("status"), park.get("date")) == ("signed", "actual", "2025-06-05")
    line = projects["电子材料生产线"]
    assert (line.get("stage"), line.get("date")) == ("signed", "2025-06-05")


def test_the_firm_opening_a_clause_and_investing_to_build_is_the_investor() -> None:
    projects = _projects(MEMBERS)
    assert projects["冷链物流园"].get("investor") == "澳门某某实业有限公司"
    assert projects["电子材料生产线"].get("investor") == "韩国某某化学株式会社"
    formed = ("某县项目投产\n\n本报讯 日前,由香港某某控股有限公司与某某农业集团共同组建的中外合资企业"
              "四川某某食品有限公司,投资2亿港元建设的年产5万吨调味品项目建成投产。\n")
    assert _projects(formed)["年产5万吨调味品项目"].get("investor") == "四川某某食品有限公司"


def test_a_firm_in_short_form_keeps_its_full_name_as_investor() -> None:
    page = ("某区签约\n\n本报讯 6月2日,某区与德国某某精密机械有限公司签订合作协议,某某公司将投资1.2亿欧元"
            "在某区建设精密齿轮项目。\n")
    assert _projects(page)["精密齿轮项目"].get("investor") == "德国某某精密机械有限公司"


def test_an_event_told_as_lately_takes_no_day_from_the_lead() -> None:
    page = ("某区企业跨省布局\n\n本报讯 6月8日,某某集团在某区建设的锂电产业园二期开工,"
            "计划引进上下游企业20家。某某药业股份有限公司在贵州省遵义市投资2亿元建设的中药饮片加工基地近日签约。\n")
    projects = _projects(page)
    assert projects["中药饮片加工基地"].get("stage") == "signed"
    assert projects["中药饮片加工基地"].get("date") is None
    assert next(r for n, r in projects.items() if n and "锂电产业园" in n).get("date") == "2025-06-08"


def test_a_zone_where_works_go_on_is_their_detail_and_a_yearly_turnover_their_capacity() -> None:
    page = ("屏山县项目\n\n本报讯 由某某集团投资的年产8万吨饲料项目在临港工业园区加紧建设,总投资3亿元。"
            "某某物流有限公司投资的冷链仓储中心项目于6月10日开工,建成后年可周转冷链货物12万吨。\n")
    projects = _projects(page)
    assert projects["年产8万吨饲料项目"].get("location")["detail"] == "临港工业园区"
    assert projects["冷链仓储中心项目"].get("capacity") == "年可周转冷链货物12万吨"


def test_firms_a_works_plans_to_bring_in_are_no_statistic() -> None:
    page = ("某区园区\n\n本报讯 6月6日,某某集团投资建设的甲产业园二期开工,规划用地800亩,"
            "计划引进配套企业25家。今年以来,全区新设外商投资企业12家。\n")
    values = {r.get("value") for r in _records(page, "indicator")}
    assert 12 in values and 25 not in values, values
