"""Rules the misses of the hundred-and-third held-out set called for, each on phrasings of its own.

The set is trade, logistics and consumption: a city paper's print page with a masthead, an edition
line and an advert between stories, a trade weekly's web copy in markdown, and a paper's digital
edition with bylines on lines of their own and a column of county items.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, epaper_nav_line
from newsmill.plugins.extract_projects.members import _same_kind_anaphor
from newsmill.plugins.segment_news import bare_figure_subtitle
from newsmill.zh.projects import find_names
from newsmill.zh.recctx import Span
from newsmill.zh.units import find_quantities
from tests.heldout_support import places, rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 10, 20))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(f"{page}\n").items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


# --- cleaning: page furniture and captions -----------------------------------------------------------

def test_an_edition_letter_before_the_page_number_and_its_editors_is_a_page_header() -> None:
    assert classify_text(["B2　要闻·区县　责任编辑:郝文静　校对:甘露"], 0) == ("furniture", "page header")
    assert classify_text(["C05　综合新闻　本版编辑:洪涛"], 0) == ("furniture", "page header")


def test_an_edition_letter_with_no_editors_or_a_sentence_is_no_page_header() -> None:
    assert classify_text(["B2　要闻·区县"], 0) is None
    assert classify_text(["A3级物流企业增至12家,编辑部记者走访了其中5家。"], 0) is None


def test_a_digital_editions_line_of_links_between_pages() -> None:
    assert epaper_nav_line("2025年10月20日　星期一　第A05版:区县　上一版　下一版")
    assert epaper_nav_line("第03版：县域经济　　版面导航　　往期回顾")


def test_one_link_word_in_a_sentence_is_no_navigation_line() -> None:
    assert not epaper_nav_line("读者在上一版看到的报道,说的是2025年10月19日开工的项目")
    assert not epaper_nav_line("上一版　下一版")  # no date and no page number


def test_a_short_scene_closed_by_its_stop_before_the_credit_is_a_caption() -> None:
    assert classify_text(["冷链仓储中心分拣区。 蒋卫东 摄"], 0) == ("caption", "caption with credit")
    assert classify_text(["跨境电商产业园二期工地。 邵云 摄"], 0) == ("caption", "caption with credit")


def test_a_sentence_with_a_comma_before_the_credit_stays_text() -> None:
    assert classify_text(["记者看到,工人们正在分拣快件。 蒋卫东 摄"], 0) is None


# --- titles: a figure with no subject under a title ---------------------------------------------------

def test_a_bare_figure_under_a_title_with_none_is_its_subtitle() -> None:
    assert bare_figure_subtitle(["铜陵港区多式联运中心投用", "年可转运集装箱15万标箱"], 1)
    assert bare_figure_subtitle(["保税区外贸新业态加速成长", "前三季度进出口额同比增长18.6%"], 1)
    assert bare_figure_subtitle(["蚌埠公铁物流园通过验收", "同比增长12.5%"], 1)


def test_a_figure_line_first_or_under_a_title_with_its_own_figure_is_no_subtitle() -> None:
    assert not bare_figure_subtitle(["年可转运集装箱15万标箱", "铜陵港区多式联运中心投用"], 0)
    assert not bare_figure_subtitle(["蚌埠前三季度开行班列96列", "同比增长12.5%"], 1)
    assert not bare_figure_subtitle(["铜陵港区多式联运中心投用", "全市进出口额增长18.6%"], 1)


def test_a_titles_figure_line_printed_under_it_is_not_taken_for_the_title() -> None:
    page = ("安庆港区集装箱码头二期投运\n年可吞吐集装箱40万标箱\n\n"
            "本报讯(记者 鲁文轩)10月16日,安庆港区集装箱码头二期工程正式投入运营,项目总投资11亿元。\n")
    arts = [a for a in doc(page).articles if a.headline]
    assert [a.headline for a in arts] == ["安庆港区集装箱码头二期投运"], [a.headline for a in arts]


# --- segmenting: a column of county items led by their names ------------------------------------------

def test_a_column_label_over_items_led_by_a_place_and_a_colon_is_a_column_of_briefs() -> None:
    page = ("漯河冷链食品产业园开园\n\n本报讯(记者 白若冰)10月15日,漯河冷链食品产业园开园,总投资16亿元。\n\n"
            "■区县动态\n\n舞阳县:舞阳县农产品物流中心项目日前开工,项目总投资2.1亿元。\n\n"
            "临颍县:今年前三季度,临颍县外贸进出口总额完成12.6亿元,增长9.8%。\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert heads == ["漯河冷链食品产业园开园", "区县动态"], heads


def test_paragraphs_not_led_by_a_place_and_a_colon_stay_in_the_story() -> None:
    page = ("漯河冷链食品产业园开园\n\n本报讯(记者 白若冰)10月15日,漯河冷链食品产业园开园,总投资16亿元。\n\n"
            "■区县动态\n\n舞阳县农产品物流中心项目日前开工,项目总投资2.1亿元。\n\n"
            "今年前三季度,临颍县外贸进出口总额完成12.6亿元,增长9.8%。\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert "区县动态" not in heads[:1], heads


# --- indicators: trains run, a trade's value of goods, savings, a mall's first days --------------------

def test_freight_trains_run_are_counted_in_lie() -> None:
    q = [(str(h.value), h.unit) for h in find_quantities("前三季度安庆中欧班列开行96列,增长21%")]
    assert ("96", "列") in q, q
    rows = _indicators("本报讯 前三季度,蚌埠中欧班列累计开行96列,同比增长21.5%。")
    assert [(r["value"], r["unit"], r["growth_pct"]) for r in rows] == [(96, "列", 21.5)], rows


def test_lie_before_a_verb_or_a_noun_it_opens_counts_nothing() -> None:
    assert not [h for h in find_quantities("3个项目列入省重点,一列车厢满载") if h.unit == "列"]
    assert not [r for r in _indicators("本报讯 今年以来,全市已有12个项目列入省级重点项目名单。")
                if r["unit"] == "列"]


def test_a_trades_value_of_goods_is_a_statistic() -> None:
    rows = _indicators("本报讯 前三季度,蚌埠综合保税区跨境电商出口货值6.2亿元,同比增长30.4%。")
    assert [(r["value"], r["growth_pct"]) for r in rows] == [(620000000, 30.4)], rows


def test_the_value_of_goods_of_a_case_is_no_statistic() -> None:
    rows = _indicators("本报讯 市市场监管局近日查处一起案件,涉案商品货值金额3.6万元,"
                       "没收违法所得2000元。")
    assert not rows, rows


def test_a_saving_in_costs_is_no_statistic() -> None:
    rows = _indicators("本报讯 前三季度,铜陵港完成货物吞吐量3260万吨。码头投用后,"
                       "企业每年可节约运费约800万元。")
    assert [r["value"] for r in rows] == [3260], rows


def test_a_malls_first_days_and_its_tenants_are_its_own() -> None:
    rows = _indicators("本报讯 9月30日,咸阳某某购物中心开业。该购物中心营业面积7.6万平方米,入驻商户182家。"
                       "开业三天,客流量达21万人次,销售额3600万元。前三季度,咸阳市社会消费品零售总额"
                       "完成812.4亿元,同比增长5.6%。")
    assert [(r["value"], r["metric"]) for r in rows] == [(81240000000, "社会消费品零售总额")], rows


# --- projects -------------------------------------------------------------------------------------------

def test_a_works_type_in_brackets_before_its_project_word_stays_in_the_name() -> None:
    assert _names("蚌埠与一家物流企业就共建保税物流中心（B型）项目进行洽谈") == ["保税物流中心（B型）项目"]
    assert _names("蚌埠保税物流中心(B型)项目完成投资2亿元") == ["蚌埠保税物流中心(B型)项目"]


def test_a_bracket_after_a_name_that_no_project_word_follows_stays_out() -> None:
    assert _names("蚌埠保税物流中心（含查验场地）已完成主体施工") == ["蚌埠保税物流中心"]


def test_a_bonded_centre_closed_off_and_working_is_in_service() -> None:
    r = _project("本报讯 10月15日,安庆保税物流中心(B型)通过验收并正式封关运行。该中心由安庆港华物流有限公司"
                 "投资5.4亿元建设,占地150亩。", "保税物流中心")
    assert (r["stage"], r["investment_cny"], r["investor"]) \
        == ("in_production", 540000000, "安庆港华物流有限公司"), r


def test_a_works_ranked_among_its_kind_or_a_landmark_a_site_lies_by_is_no_name() -> None:
    assert _names("该项目是运城市区营业面积最大的商业综合体") == []
    assert _names("物流园紧邻高速公路出口,区位优势明显") == []
    assert _names("漯河最大的商业综合体项目正式开工")  # a project word names it


def test_trades_of_commerce_listed_before_a_count_of_projects_are_kinds() -> None:
    assert _names("力争引进冷链物流、跨境电商等商贸流通项目12个") == []
    assert _names("签约冷链物流园、跨境电商产业园等项目6个") == ["冷链物流园", "跨境电商产业园"]


def test_changtai_is_a_district_of_zhangzhou() -> None:
    assert ("长泰区", "长泰区") in places("长泰区今年以来签约项目11个"), places("长泰区今年以来签约项目11个")


def test_the_floor_a_mall_opens_to_trade_is_its_area() -> None:
    r = _project("本报讯 10月1日,安庆某某广场商业综合体开业。项目总投资9亿元,营业面积6.5万平方米。",
                 "商业综合体")
    assert r["area"] == "6.5万平方米", r


def test_a_storage_floor_stays_no_area() -> None:
    r = _project("本报讯 10月1日,安庆港口物流园项目开工,项目总投资9亿元,仓储面积6.5万平方米。", "物流园")
    assert r.get("area") is None, r


def test_a_complex_taking_up_the_mall_just_named_gives_it_its_figures() -> None:
    r = _project("本报讯 9月30日,咸阳秦汉购物中心开业。"
                 "该商业综合体由咸阳某某商业管理有限公司投资12亿元建设。", "购物中心")
    assert (r["investment_cny"], r["investor"]) == (1200000000, "咸阳某某商业管理有限公司"), r


def test_a_complex_takes_up_a_mall_and_no_works_of_another_kind() -> None:
    text = "该商业综合体由咸阳某某商业管理有限公司投资12亿元建设。"
    sent = Span(0, len(text), 0)
    assert _same_kind_anaphor(text, sent, "咸阳秦汉购物中心")
    assert not _same_kind_anaphor(text, sent, "咸阳秦汉物流园")


def test_a_later_phase_whose_preparation_is_under_way_is_planned() -> None:
    page = ("本报讯 10月12日,蚌埠市淮上区商贸物流园一期投入运营,已入驻企业30家。该项目总投资5.2亿元,"
            "二期项目正在开展前期工作。")
    r = _project(page, "二期")
    assert (r["stage"], r["status"]) == ("planned", "actual"), r


def test_a_phase_with_no_preparation_or_event_of_its_own_is_none() -> None:
    page = ("本报讯 10月12日,蚌埠市淮上区商贸物流园一期投入运营,已入驻企业30家。该项目总投资5.2亿元,"
            "二期项目的选址工作正在征求意见。")
    assert not [n for n in projects(page) if "二期" in n]


def test_a_zones_standard_warehouses_built_so_far_are_a_statistic() -> None:
    rows = _indicators("本报讯 目前,蚌埠空港物流园已建成标准化仓库12万平方米,入驻物流企业31家。")
    assert (120000, "万平方米") not in [(r["value"], r["unit"]) for r in rows]
    assert (12, "万平方米") in [(r["value"], r["unit"]) for r in rows], rows


def test_a_warehouse_a_project_builds_is_its_own() -> None:
    rows = _indicators("本报讯 10月9日,蚌埠空港冷链物流项目开工,项目将新建标准化仓库12万平方米。")
    assert not [r for r in rows if r["unit"] == "万平方米"], rows



def test_the_gulei_zone_named_after_its_county_keeps_the_county() -> None:
    r = _project("本报讯 10月9日,位于漳浦县古雷港经济开发区的液体化工码头项目开工,项目总投资6亿元。", "码头")
    assert (r["location"]["city"], r["location"]["county"]) == ("漳州市", "漳浦县"), r["location"]


def test_a_markets_trade_stays_a_statistic() -> None:
    rows = _indicators("本报讯 走进舞阳县某镇花卉苗木交易市场。1—9月,该市场累计销售花卉苗木210万盆,"
                       "销售额6400万元,同比增长12.5%。")
    assert 64000000 in [r["value"] for r in rows], rows


def test_a_line_set_to_run_is_no_works_in_service() -> None:
    page = "本报讯 目前一号生产线已调试完成,二号生产线计划6月底前投入运行。"
    assert not [r for r in projects(page).values() if r.get("stage") == "in_production"]


def test_a_bare_phase_whose_preparation_is_under_way_is_left_unread() -> None:
    page = ("本报讯 10月12日,蚌埠市淮上区商贸物流园一期投入运营,已入驻企业30家。该项目总投资5.2亿元,"
            "二期正在开展前期工作。")
    assert not [n for n in projects(page) if "二期" in n]
