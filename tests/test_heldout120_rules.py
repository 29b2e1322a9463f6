"""Rules the misses of the hundred-and-twentieth held-out set called for, each on phrasings of its own.

The set is border trade and ports in Guangxi and Yunnan: a Hong Kong paper's web page and a Macau
paper's page in Traditional script (``【某報專訊】記者 … 某地報道``, ``【本報綜合報道】``, briefs under
``■ 某某：…`` titles), and a city news site's page in Simplified script; land ports, border economic
cooperation zones, the processing of imported goods, logistics hubs and cross-border railways.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.brands import brand_head
from newsmill.zh.bylines import parse_dateline
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 3, 20))


def _heads(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


def _indicators(page: str) -> dict[str, tuple[object, str]]:
    return {r.get("metric"): (r.get("value"), r.get("unit")) for r in records(page, "indicator")}


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_crumbs_opened_by_your_current_place_are_furniture() -> None:
    assert classify_text(["您当前的位置：首页 > 县域经济 > 正文"], 0) == ("furniture", "crumbs")


def test_a_sentence_on_a_current_position_stays() -> None:
    assert classify_text(["您当前的位置决定了下一步该往哪里走，他说。"], 0) is None


def test_a_share_button_naming_the_apps_closes_a_tools_line() -> None:
    assert classify_text(["【打印本页】【分享到：微信 朋友圈 QQ空间】"], 0) == ("furniture", "page tools")


def test_a_date_line_closed_by_share_links_to_named_apps_is_furniture() -> None:
    assert classify_text(["2026年3月18日 星期三 07:45　　分享：微信 | 微博 | 电邮"], 0) \
        == ("furniture", "share prompt")
    assert classify_text(["分享：Facebook | Twitter"], 0) is not None


def test_a_sentence_sharing_an_experience_stays() -> None:
    assert classify_text(["2026年3月18日，他在会上分享：微信支付让边贸结算更方便了许多。"], 0) is None
    assert classify_text(["企业家们分享到：今年的订单比去年多了三成。"], 0) is None


def test_a_sites_notice_under_a_bracketed_label_is_furniture() -> None:
    assert classify_text(["[本站声明] 本站所载稿件版权归东岚日报社所有，转载请注明出处。"], 0) is not None


def test_a_firms_statement_stays() -> None:
    assert classify_text(["东岚公司声明称，该项目已于上月全面完工并投入使用。"], 0) is None


def test_a_publishers_imprint_with_its_address_is_furniture() -> None:
    assert classify_text(["东岚日报社出版　地址：东岚市滨江路88号　电话：0771-1234567"], 0) is not None


def test_a_sentence_on_a_publishers_book_stays() -> None:
    assert classify_text(["东岚日报社出版的新书首发式在滨江路88号举行，地址就在报社旁边。"], 0) is None


# --- segmenting and bylines --------------------------------------------------------------------------

def test_a_batchs_tally_under_a_title_of_its_own_news_is_the_subtitle() -> None:
    page = ("扶绥县冷链物流园动工\n12项目集中签约 总投资45.6亿元\n\n本报讯 3月18日，扶绥县冷链物流园开工，"
            "总投资5亿元。同日，全县12个项目集中签约，总投资45.6亿元。\n")
    assert _heads(page) == [("扶绥县冷链物流园动工", "12项目集中签约 总投资45.6亿元")]
    page = ("扶绥口岸进口坚果落地加工 年加工量冲十万吨\n边合区8项目签约引资21.5亿\n\n本报讯 3月18日，"
            "扶绥县8个项目集中签约，总投资21.5亿元。\n")
    assert _heads(page)[0][0] == "扶绥口岸进口坚果落地加工 年加工量冲十万吨"


def test_a_tally_under_the_title_of_the_same_batch_is_not_read_as_a_subtitle() -> None:
    page = ("某区举行三季度重大项目集中签约活动\n9个项目签约 总投资68亿元\n\n本报讯 3月18日，某区举行三季度"
            "重大项目集中签约活动，9个项目签约，总投资68亿元。\n")
    assert _heads(page) == [("9个项目签约 总投资68亿元", "某区举行三季度重大项目集中签约活动")]


def test_bulleted_briefs_titled_by_a_countys_short_name_each_open_a_story() -> None:
    page = ("宾川葡萄产业观察\n\n本报讯 今年以来，宾川县葡萄产业快速发展。\n\n■ 宾川：葡萄冷库建成投用\n\n"
            "宾川县一座葡萄保鲜冷库近日建成投用，总投资1200万元。\n\n■ 祥云：工业园区新签约项目5个\n\n"
            "祥云县工业园区今年新签约项目5个，协议投资12亿元。\n")
    assert [h for h, _k in _heads(page)] == ["宾川葡萄产业观察", "宾川：葡萄冷库建成投用",
                                            "祥云：工业园区新签约项目5个"]


def test_bulleted_cross_heads_with_a_label_and_a_colon_stay_in_their_story() -> None:
    page = ("某县口岸经济观察\n\n本报讯 今年以来，某县口岸经济快速发展，进出口货值增长20%。\n\n"
            "■ 数说：口岸货运量创新高\n今年前9个月，口岸货运量增长12%。\n\n"
            "■ 链接：什么是互市贸易\n互市贸易是边民在边境地区的商品交换。\n")
    assert [h for h, _k in _heads(page)] == ["某县口岸经济观察"]


def test_a_papers_special_dispatch_names_no_place_called_zhuan() -> None:
    c = parse_dateline("【星報專訊】記者 李明 梧州報道：當地一個物流園昨日動工")
    assert c is not None and c.source is not None and c.source.text == "星報"
    assert c.place is not None and c.place.text == "梧州"
    c = parse_dateline("东岚日报专讯（记者 张三）近日，")
    assert c is not None and c.source is not None and c.source.text == "东岚日报" and c.place is None


def test_a_plain_dispatch_keeps_its_place() -> None:
    c = parse_dateline("东岚日报东坪讯（记者 张三）近日，")
    assert c is not None and c.place is not None and c.place.text == "东坪"


def test_an_outlets_compiled_report_in_brackets_opens_a_story() -> None:
    c = parse_dateline("【本報綜合報道】據海關統計，今年前10個月")
    assert c is not None and c.source is not None and c.source.text == "本報" and not c.reporters
    c = parse_dateline("【东岚日报综合】据统计，今年")
    assert c is not None and c.source is not None and c.source.text == "东岚日报"


def test_a_compiled_report_with_no_brackets_or_no_outlet_opens_nothing() -> None:
    assert parse_dateline("本报综合报道 据统计，今年前10个月") is None
    assert parse_dateline("【记者综合】某地今年") is None


# --- indicators --------------------------------------------------------------------------------------

def test_trips_through_a_port_are_counted_in_full() -> None:
    page = ("东岚口岸通关量增长\n\n本报讯 今年1至9月，东岚口岸出入境车辆12.5万辆次，同比增长8.1%。\n")
    assert list(_indicators(page).values()) == [(125000, "辆次")]


def test_a_train_number_with_no_count_is_no_statistic() -> None:
    page = "东岚站调图\n\n本报讯 东岚站部分列车车次调整，旅客出行前请留意车站公告。\n"
    assert _indicators(page) == {}


def test_border_trade_entities_people_and_buses_are_counts_of_a_place() -> None:
    page = ("东岚口岸经济稳步发展\n\n本报讯 截至9月底，东岚县备案外贸经营主体达到286家。"
            "今年以来，参与互市的边民约8000人。全县中越跨境班车达到2.1万车次。\n")
    found = _indicators(page)
    assert sorted(found.values()) == [(286, "家"), (8000, "人"), (21000, "车次")]


def test_entities_checked_are_still_no_statistic() -> None:
    page = "东岚县开展专项检查\n\n本报讯 今年以来，东岚县市场监管局共检查经营主体1380家。\n"
    assert _indicators(page) == {}


def test_a_deals_bare_sum_a_firms_outlay_again_and_what_a_works_adds_are_no_statistics() -> None:
    page = ("东岚边合区项目动态\n\n本报讯 越南一家企业在东岚边合区合资建设水果加工厂，投资额800万美元。"
            "香港一家冷链企业明年将再投入约5000万港元。建成后可新增加工能力5万吨。该市场总投资8000万元。\n")
    assert _indicators(page) == {}


def test_a_places_investment_stays_a_statistic() -> None:
    page = "东岚县经济运行\n\n本报讯 今年前三季度，东岚县固定资产投资额增长5.2%。\n"
    assert _indicators(page) != {}


# --- projects ----------------------------------------------------------------------------------------

def test_a_border_ports_works_told_started_or_built_are_projects() -> None:
    assert "某某互市商品加工园" in projects(
        "本报讯 宁明县新建的某某互市商品加工园3月10日举行开工仪式，项目总投资3.2亿元。")
    assert "某县跨境物流枢纽" in projects("本报讯 总投资4亿元的某县跨境物流枢纽正在加快建设。")


def test_a_processing_park_as_a_zone_and_a_hub_as_a_title_are_no_projects() -> None:
    assert projects("本报讯 该县农产品加工园已入驻企业12家，年产值8亿元。") == {}
    assert projects("本报讯 某市获批国家物流枢纽，今年货运量增长10%。") == {}


def test_goods_carried_by_a_railway_and_a_railway_siding_are_no_works() -> None:
    assert projects("本报讯 今年经中老铁路进口的木薯干达12万吨。") == {}
    assert projects("本报讯 该物流中心将建设铁路专用线2条、仓库3座，总投资2亿元。") == {}


def test_a_railway_told_started_stays_a_project() -> None:
    found = projects("本报讯 3月18日，东岚至西坪铁路全线开工建设，总投资86亿元。")
    assert any(n.endswith("铁路") for n in found)


def test_the_parts_a_park_holds_are_no_works() -> None:
    assert projects("本报讯 园区建有直播基地、海外仓和分拣中心，总投资1.5亿元。") == {}


def test_border_words_and_goods_head_no_brand() -> None:
    assert brand_head("边境物流园项目") is None
    assert brand_head("红木家具进口加工项目") is None
    assert brand_head("共建冷链物流园") is None
    found = projects("本报讯 某县正与两家企业洽谈红木家具加工项目，意向投资额约2亿元。")
    assert [r.get("investor") for r in found.values()] == [None]


def test_firms_named_by_the_origin_of_their_capital_are_no_investor() -> None:
    found = projects("本报讯 由港资企业参与投资的东盟商贸城项目正式开业，总投资3亿元。")
    assert [r.get("investor") for r in found.values()] == [None]
    found = projects("本报讯 由香港瑞丰集团投资的东盟商贸城项目正式开业，总投资3亿元。")
    assert [r.get("investor") for r in found.values()] == ["香港瑞丰集团"]


def test_a_centre_firms_build_together_is_works_a_machine_is_not() -> None:
    assert "水果分拣加工中心" in projects(
        "本报讯 越南一家果商与本地企业合资兴建的水果分拣加工中心近日投产，投资额600万美元。")
    assert projects("本报讯 该企业新引进五轴数控加工中心2台，总投资800万元。") == {}


def test_a_land_port_heading_a_works_name_is_its_detail() -> None:
    found = projects("本报讯 3月5日，宁明县爱店口岸冷链物流园项目正式开工，总投资2亿元。")
    assert [(r.get("location") or {}).get("detail") for r in found.values()] == ["爱店口岸"]


def test_a_works_named_with_no_port_gets_no_port_detail() -> None:
    found = projects("本报讯 3月5日，宁明县冷链物流园项目正式开工，总投资2亿元，主要服务爱店口岸。")
    assert found and all((r.get("location") or {}).get("detail") != "爱店口岸" for r in found.values())


def test_a_kind_of_port_heading_a_works_name_is_no_detail() -> None:
    found = projects("本报讯 3月5日，宁明县铁路口岸综合物流园项目正式开工，总投资2亿元。")
    assert found and all((r.get("location") or {}).get("detail") != "铁路口岸" for r in found.values())
