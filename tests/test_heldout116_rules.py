"""Rules the misses of the hundred-and-sixteenth held-out set called for, each on phrasings of its own.

The set is foreign investment and the open economy: foreign firms named in Latin letters beside
their Chinese names, amounts in dollars, euros and yen, signings abroad and online, Sino-foreign
parks, bonded logistics and cross-border trade, on a city paper's page, a commerce bureau's web
release and a digital edition in markdown.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 20))


def _indicators(page: str) -> list:
    return records(page, "indicator")


def _values(page: str) -> list[object]:
    return [r.get("value") for r in _indicators(page)]


# --- dates ---------------------------------------------------------------------------------------------

def test_an_amount_with_one_decimal_after_a_year_like_number_is_no_year_and_month() -> None:
    page = ("1—4月，全省进出口总额3120.4亿元，同比增长5.1%。其中，出口2034.5亿元，增长6.2%；"
            "进口1085.9亿元，增长3.3%。\n")
    periods = {r.get("value"): r.get("period") for r in _indicators(page)}
    assert periods[108590000000] == "2026-01/2026-04"
    assert all(not str(p).startswith("2034") for p in periods.values())


def test_a_dotted_year_and_month_stays_a_date() -> None:
    page = "2025.9，宁海县一座光伏电站开工，总投资3亿元。\n"
    d = doc(page)
    assert any(m.kind == "date" and "2025.9" in d.clean[m.start:m.end] for m in d.mentions)


# --- projects: foreign firms glossed by their Latin names ---------------------------------------------

def test_a_latin_name_in_brackets_after_a_firm_is_a_gloss() -> None:
    from newsmill.zh.orgs import latin_alias_spans
    text = "法国阿尔诺照明集团（Arnaud Eclairage SA）与江阴市签约，瑞典某公司(Nordvik Tools AB)随后发言。"
    spans = latin_alias_spans(text)
    assert [text[a:b] for a, b in spans] == ["（Arnaud Eclairage SA）", "(Nordvik Tools AB)"]


def test_a_latin_word_in_brackets_after_other_words_is_no_gloss() -> None:
    from newsmill.zh.orgs import latin_alias_spans
    assert latin_alias_spans("项目一期（Phase I）建成投产，引进德国设备（Siemens）两套。") == []


def test_a_firm_glossed_by_its_latin_name_then_investing_to_build_is_the_investor() -> None:
    page = ("4月10日，句容市外资项目签约仪式举行。其中，法国阿尔诺照明集团（Arnaud Eclairage SA）"
            "将投资9000万欧元，在句容经济开发区建设智能车灯模组项目。\n")
    assert projects(page)["智能车灯模组项目"].get("investor") == "法国阿尔诺照明集团"


def test_a_firm_glossed_by_a_latin_name_with_a_comma_investing_in_a_place_is_the_investor() -> None:
    page = ("4月12日，韩国大进精密株式会社(Daejin Precision Co., Ltd.)在溧阳经济开发区投资建设的"
            "汽车电机项目开工。\n")
    assert projects(page)["汽车电机项目"].get("investor") == "韩国大进精密株式会社"


def test_a_firm_glossed_right_before_the_project_name_is_the_investor() -> None:
    page = "4月15日，金坛分会场开工的英国威尔斯医疗公司(Wells Medical Ltd.)骨科耗材项目，总投资6000万美元。\n"
    assert projects(page)["骨科耗材项目"].get("investor") == "英国威尔斯医疗公司"


def test_a_place_before_a_bracketed_latin_word_is_no_investor() -> None:
    page = "4月15日，金坛分会场开工的海安经济开发区(HEDZ)骨科耗材项目，总投资6000万美元。\n"
    assert all("开发区" not in str(r.get("investor")) for r in projects(page).values())


def test_a_firm_signing_to_add_capital_then_adding_it_to_extend_a_plant_is_the_investor() -> None:
    page = ("4月18日，瑞士贝格精工集团(Berger Feinmechanik AG)与如皋经济技术开发区签署增资协议，"
            "追加投资5000万美元，扩建其在如皋的精密刀具工厂。\n")
    assert projects(page)["精密刀具工厂"].get("investor") == "瑞士贝格精工集团"


# --- cleaning: page furniture ----------------------------------------------------------------------------

def test_a_papers_latin_name_with_an_apostrophe_under_its_chinese_name_is_furniture() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["泰州日报", "TAIZHOU DAILY"], 1) == ("furniture", "page header")
    assert classify_text(["吉安晚报", "JI'AN EVENING NEWS"], 1) == ("furniture", "page header")
    assert classify_text(["西安日报 XI'AN DAILY"], 0) == ("furniture", "page header")


def test_capitals_under_a_story_line_stay() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["企业负责人介绍，产品主要销往欧洲。", "JI'AN EVENING NEWS"], 1) is None


def test_one_related_link_on_its_labels_line_is_furniture() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["相关链接：某市2026年一季度外资外贸数据解读"], 0) == ("furniture", "crumbs")
    assert classify_text(["【相关阅读】：《溧阳市促进外资发展若干措施》政策问答"], 0) is not None


def test_a_related_note_told_in_a_sentence_stays() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["相关新闻：记者从市商务局获悉，今年以来全市新设外资企业42家。"], 0) is None


def test_a_digital_editions_name_apart_by_a_blank_is_furniture() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["江南商报 数字报"], 0) == ("furniture", "page header")
    assert classify_text(["江南商报　电子版"], 0) is not None


def test_a_papers_name_with_a_byline_stays() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["江南商报 记者 柳青"], 0) is None


def test_an_advert_label_then_a_bar_with_a_contact_is_an_advert() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["广告 | 江南商报2027年度征订火热进行中 订阅电话：0511-8xxxxxxx"], 0) \
        == ("furniture", "advertisement")


def test_an_advert_label_then_a_bar_with_no_contact_stays() -> None:
    from newsmill.plugins.clean_furniture import classify_text
    assert classify_text(["广告 | 全市广告业营业收入增长8.6%"], 0) is None


# --- batches ------------------------------------------------------------------------------------------------

def test_a_trade_figure_after_a_batch_count_is_no_total_of_the_batch() -> None:
    page = ("今年以来，溧阳市共签约外资项目11个，其中已开工6个、已投产2个，"
            "今年前4个月实现外贸进出口总额38.2亿元，同比增长9.1%。\n")
    batches = records(page, "batch")
    assert batches and all(b.get("total_cny") is None for b in batches)
    assert 3820000000 in _values(page)


def test_a_batch_total_after_its_count_stays() -> None:
    page = "4月16日，溧阳市集中签约外资项目11个，总投资折合人民币38.2亿元。\n"
    assert any(b.get("total_cny") == 3820000000 for b in records(page, "batch"))


# --- indicators ------------------------------------------------------------------------------------------

def test_a_group_told_of_by_reference_has_its_own_figures() -> None:
    page = "该集团2012年在金坛设立外商独资企业，已累计投资3.1亿美元，去年实现销售收入28.6亿元。\n"
    assert 2860000000 not in _values(page) and 310000000 not in _values(page)


def test_a_places_figures_after_a_group_named_elsewhere_stay() -> None:
    page = "今年1—4月，金坛区实际使用外资1.2亿美元，其中外资集团增资项目到资0.5亿美元。\n"
    assert 120000000 in _values(page)


def test_the_sum_added_to_a_project_named_before_is_no_statistic() -> None:
    page = "溧阳市外商独资企业江苏恒岳精密有限公司技改项目于3月竣工，新增投资1200万美元。\n"
    assert 12000000 not in _values(page)


def test_the_capital_a_place_added_stays_a_statistic() -> None:
    page = "今年1—4月，全市外资企业新增投资1.2亿美元，同比增长15.2%。\n"
    assert 120000000 in _values(page)


def test_orders_of_cross_border_trade_counted_in_ten_thousands_are_written_out() -> None:
    page = "一季度，全区跨境电商出口货量达420万单，同比增长36.2%。\n"
    found = {r.get("value"): r.get("unit") for r in _indicators(page)}
    assert found.get(4200000) == "单"


def test_a_unit_word_after_a_number_is_no_order() -> None:
    page = "一季度，全区新增外资单位42个，新设外资企业18家。\n"
    assert all(r.get("unit") != "单" for r in _indicators(page))


def test_the_contracted_foreign_capital_a_fair_signed_is_a_statistic() -> None:
    page = ("4月8日，句容市在新加坡举办投资推介会。推介会上集中签约外资项目9个，总投资6.8亿美元，"
            "合同外资2.6亿美元，其中现场签约5个。\n")
    assert 260000000 in _values(page)


def test_what_a_fair_sold_stays_its_own() -> None:
    page = "4月8日，句容市在新加坡举办农产品推介会。推介会上现场销售额达260万元。\n"
    assert 2600000 not in _values(page)


def test_the_daily_load_of_a_works_put_into_service_is_its_own() -> None:
    page = "金坛区投资1.5亿元建设的跨境电商分拨中心已于3月投入运营，日均处理跨境包裹5万单。\n"
    assert 50000 not in _values(page)


def test_a_places_daily_load_stays_a_statistic() -> None:
    page = "一季度，全区跨境电商日均处理包裹5万单，同比增长21.3%。\n"
    assert 50000 in _values(page)


# --- projects: capital added as agreed, tables ---------------------------------------------------------

def test_works_a_subsidiary_adds_capital_for_as_agreed_are_signed_and_done() -> None:
    page = ("4月20日，德国施塔克机械集团（Stark Maschinenbau GmbH）与海安市签署增资协议，"
            "旗下海安施塔克精密部件有限公司将追加投资2600万美元，在海安经济技术开发区新建液压阀块生产线。\n")
    found = [r for r in records(page, "project") if "液压阀块生产线" in str(r.get("name"))]
    assert found and found[0].get("stage") == "signed" and found[0].get("status") == "actual"
    assert found[0].get("investor") == "海安施塔克精密部件有限公司"


def test_works_a_firm_will_add_capital_for_with_no_agreement_stay_a_plan() -> None:
    page = ("4月20日，海安施塔克精密部件有限公司表示，明年将追加投资2600万美元，"
            "在海安经济技术开发区新建液压阀块生产线。\n")
    found = [r for r in records(page, "project") if "液压阀块生产线" in str(r.get("name"))]
    assert not found or found[0].get("status") != "actual"


def test_a_column_of_where_the_signed_projects_land_gives_their_county() -> None:
    from newsmill.zh.tables import COLUMN_ROLES
    assert COLUMN_ROLES["place"].search("落地地区")
    assert COLUMN_ROLES["place"].search("落户区域")
    assert not COLUMN_ROLES["place"].search("投资地区分布")


def test_the_bonded_warehouses_a_centre_holds_are_no_works() -> None:
    page = "该中心总投资5.2亿元，建有保税仓库、查验场地等设施。\n"
    assert not any("保税仓库" in str(n) for n in projects(page))


def test_a_trade_and_logistics_complex_a_firm_builds_is_a_works() -> None:
    page = ("4月17日，相城区与香港汇川投资有限公司签约，该公司拟投资6亿港元，"
            "在相城区建设进口商贸物流综合体。\n")
    assert any("物流综合体" in str(n) for n in projects(page))


def test_the_two_countries_heading_a_parks_name_are_no_investor() -> None:
    page = "今年以来，中法（溧阳）智能制造产业园一期已建成标准厂房8万平方米，入驻法资企业4家。\n"
    assert all(r.get("investor") in (None, "") for r in projects(page).values())


def test_a_brand_heading_a_parks_name_stays_its_investor() -> None:
    page = "4月9日，海安市恒岳精密智能制造产业园开工，总投资12亿元。\n"
    assert any(r.get("investor") == "恒岳" for r in projects(page).values())
