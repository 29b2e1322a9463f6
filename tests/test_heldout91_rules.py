"""Rules the misses of the ninety-first held-out set called for, each on phrasings of its own.

The set is western provinces' energy pages: a provincial daily's digital edition copied from the
web, a prefecture paper's page out of a PDF, and a city government's statistics release with its
menu and footer.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, site_menu
from newsmill.zh.article_layout import piece_label_len
from newsmill.zh.webcopy import edition_navigation, site_name_line
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 12, 18))


def _kind(line: str) -> str | None:
    got = classify_text([line], 0)
    return got[0] if got else None


# --- cleaning: a digital edition's head, a site's menu, search box, tools, attachment, heads -------

def test_an_edition_s_name_and_its_navigation_are_furniture() -> None:
    assert site_name_line("内蒙古日报数字报")
    assert site_name_line("鄂尔多斯晚报电子版")
    assert edition_navigation("首页 | 往期回顾 | 版面导航")
    assert site_menu("首页 | 新闻 | 政务 | 视频 | APP下载")


def test_a_sentence_naming_an_edition_stays_text() -> None:
    assert not site_name_line("读者可以在数字报上阅读全文")
    assert not site_menu("风电 | 光伏")
    assert not edition_navigation("首页新闻")


def test_a_menu_apart_by_wide_gaps_after_the_home_link_is_furniture() -> None:
    assert site_menu("首页  政务公开  办事服务  互动交流  走进乌海")
    assert not site_menu("首页上的新闻  很多")


def test_a_search_box_a_tool_bar_and_an_attachment_are_furniture() -> None:
    assert _kind("请输入关键词 检索") == "furniture"
    assert _kind("【字号：大 中 小】　【视力保护色】　【打印】") == "furniture"
    assert _kind("附件：2025年1—11月乌海市主要统计指标.xlsx") == "furniture"
    assert _kind("附件：重点项目清单") is None  # no file: a part of a notice


def test_a_publisher_s_copyright_and_dated_or_dotted_heads_are_furniture() -> None:
    assert _kind("内蒙古日报社主办　版权所有 未经许可不得转载") == "furniture"
    assert _kind("2025年12月3日 星期三 第B2版 新闻") == "furniture"
    assert _kind("2025.12.03 综合新闻 乌海日报 B2") == "furniture"
    assert _kind("2025年12月3日，乌海市召开项目推进会") is None


# --- articles: the event's title over its gloss; a piece labelled 【相关解读】 -----------------------

def test_a_title_reporting_the_event_stays_the_title_over_its_gloss() -> None:
    page = ("乌海日报 2025年12月3日 星期三\n\n海勃湾区10万千瓦光伏项目全容量并网\n"
            "260个方阵全部投运 年发电量约1.8亿千瓦时\n\n"
            "本报讯(记者 乔阳)12月1日,海勃湾区10万千瓦光伏项目全容量并网,总投资4.6亿元。\n\n"
            "乌达区焦化副产品项目投产\n乌达煤化工产业链再延伸\n\n"
            "本报讯(记者 乔阳)11月28日,乌达区一个年产5万吨苯加氢项目投产,总投资7亿元。\n")
    arts = [a for a in doc(page).articles if a.headline]
    assert arts[0].headline == "海勃湾区10万千瓦光伏项目全容量并网"
    assert arts[0].kicker == "260个方阵全部投运 年发电量约1.8亿千瓦时"
    assert arts[1].headline == "乌达区焦化副产品项目投产"


def test_a_gloss_printed_above_the_event_stays_the_kicker() -> None:
    page = ("乌海日报 2025年12月3日 星期三\n\n乌达煤化工产业链再延伸\n乌达区焦化副产品项目投产\n\n"
            "本报讯(记者 乔阳)11月28日,乌达区一个年产5万吨苯加氢项目投产,总投资7亿元。\n")
    arts = [a for a in doc(page).articles if a.headline]
    assert arts[0].headline == "乌达区焦化副产品项目投产"


def test_figures_under_a_batch_s_event_or_a_slogan_keep_their_reading() -> None:
    page = ("乌海日报 2025年12月3日 星期三\n\n乌海市四季度重大项目集中开工\n31个项目总投资152.6亿元\n\n"
            "本报讯(记者 乔阳)12月2日,乌海市四季度重大项目集中开工,31个项目总投资152.6亿元。\n\n"
            "拿地即开工\n乌达区一家企业摘牌当天领齐证照\n\n"
            "本报讯(记者 乔阳)11月28日,乌达区一家化工企业摘牌当天领齐四证,当天开工建设。\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert heads == ["31个项目总投资152.6亿元", "乌达区一家企业摘牌当天领齐证照"]


def test_a_piece_labelled_as_a_reading_of_the_release_opens_a_story() -> None:
    assert piece_label_len("【政策解读】绿电园区建设再提速") == len("【政策解读】")
    assert piece_label_len("【相关解读】") == 0  # a bare label heads a list of links
    assert piece_label_len("【现场】工人正在安装") == 0
    page = ("乌海市人民政府\n\n2025年1—11月全市工业运行情况\n\n"
            "发布时间：2025-12-16 10:00　　来源：市统计局\n\n"
            "1—11月，全市规模以上工业增加值同比增长7.9%。全市规模以上工业发电量168.2亿千瓦时，增长9.1%。\n\n"
            "【相关解读】煤化工成为全市工业增长主力\n\n"
            "市统计局负责人表示，煤化工行业对全市规上工业增长的贡献率达到41.6%，拉动作用持续增强。\n")
    heads = [a.headline for a in doc(page).articles if a.headline]
    assert "煤化工成为全市工业增长主力" in heads


# --- projects: kinds listed, a park's tally, stations counted, a place's stock, a sector ----------

def test_kinds_of_goods_or_process_listed_before_projects_name_no_works() -> None:
    page = ("本报讯 乌海市正在洽谈的光伏背板材料、高性能纤维、二氧化碳综合利用等项目有6个,"
            "计划总投资约90亿元。"
            "园区将重点引进下游电子化学品、特种涂料等项目。\n")
    names = list(projects(page))
    assert not any(k in n for n in names for k in ("背板材料", "纤维", "综合利用", "化学品", "涂料"))


def test_projects_listed_by_their_plants_stay_projects() -> None:
    page = "本报讯 乌海市今年签约年产10万吨聚氨酯材料、年产3万吨特种纤维等项目6个,协议投资额48亿元。\n"
    names = list(projects(page))
    assert any("聚氨酯材料" in n for n in names)


def test_firms_listed_by_their_short_names_and_goods_stay_projects() -> None:
    page = "本报讯 乌海市今年签约海晟新材高性能复合材料、蒙锦碳纤维等项目9个,协议投资额56亿元。\n"
    names = list(projects(page))
    assert any("蒙锦碳纤维" in n for n in names)


def test_a_park_s_tally_stations_counted_and_a_place_s_stock_name_no_works() -> None:
    page = ("本报讯 乌达工业园区今年已落地新材料项目6个,协议投资额38亿元。全市已建成投运的充电站有86座。"
            "全旗已建成村级光伏电站总规模8.4万千瓦。下一步,要抓好光伏项目并网投产,推动储能项目集中开工。\n")
    names = list(projects(page))
    kinds = ("工业园区", "充电站", "村级光伏电站", "光伏项目", "储能项目")
    assert not any(k in n for n in names for k in kinds)


def test_a_park_named_with_its_project_stays_a_project() -> None:
    page = "本报讯 12月2日,乌达工业园区标准化厂房二期项目开工,总投资2.6亿元。\n"
    assert any("工业园区" in n for n in projects(page))


def test_a_town_after_the_county_heading_a_name_is_its_detail() -> None:
    page = "本报讯 12月1日,鄂托克前旗上海庙镇20万千瓦风电项目实现全容量并网发电,总投资11亿元。\n"
    r = next(r for n, r in projects(page).items() if "风电项目" in n)
    assert r.get("location")["detail"] == "上海庙镇"


def test_a_road_between_two_towns_has_no_town_detail() -> None:
    page = "本报讯 12月1日,鄂托克前旗上海庙镇至城川镇公路改造工程全线通车,总投资3.1亿元。\n"
    r = next(r for n, r in projects(page).items() if "公路改造工程" in n)
    assert (r.get("location") or {}).get("detail") is None


def test_a_landform_before_the_capacity_is_no_investor() -> None:
    page = "本报讯 阿拉善左旗腾格里沙漠30万千瓦光伏治沙项目正在洽谈,计划总投资14亿元。\n"
    r = next(r for n, r in projects(page).items() if "光伏治沙项目" in n)
    assert r.get("investor") is None


def test_a_firm_before_the_capacity_is_still_the_investor() -> None:
    page = "本报讯 12月1日,乌海华晟化工年产20万吨甲醇项目开工,总投资9亿元。\n"
    r = next(r for n, r in projects(page).items() if "甲醇项目" in n)
    assert r.get("investor") == "乌海华晟化工"


def test_a_month_told_after_the_name_dates_the_project() -> None:
    page = ("本报讯 12月2日,乌海市海南区20万千瓦风电项目全容量并网发电,总投资9.8亿元。"
            "乌达区5万千瓦光伏项目11月底实现全容量并网,总投资2.2亿元。\n")
    got = {n: r.get("date") for n, r in projects(page).items()}
    assert next(d for n, d in got.items() if "光伏项目" in n) == "2025-11"
    assert next(d for n, d in got.items() if "风电项目" in n) == "2025-12-02"


# --- batches: projects newly on the grid -----------------------------------------------------------

def test_projects_newly_on_the_grid_are_a_batch_in_production() -> None:
    page = "本报讯 今年全市新增并网风电光伏项目14个,新增并网容量186万千瓦。\n"
    got = [(r.get("count"), r.get("event")) for r in records(page, "batch")]
    assert (14, "in_production") in got


# --- places: a zone named without its province ----------------------------------------------------

def test_a_zone_named_without_its_province_keeps_the_printed_name() -> None:
    page = "本报讯 1—11月,宁东基地完成固定资产投资210.5亿元,同比增长6.2%。\n"
    regions = [r.get("region") for r in records(page, "indicator")]
    assert "宁东能源化工基地" in regions


# --- indicators: a breakdown keeps the scope; a place alone before a rate -------------------------

def test_a_breakdown_keeps_the_scope_of_the_figures_before_it() -> None:
    page = ("本报讯 鄂托克旗棋盘井镇一个储能项目开工。1—11月,全市社会消费品零售总额98.6亿元,增长4.1%。"
            "按经营单位所在地分,城镇消费品零售额80.2亿元,增长3.8%。\n")
    got = {r.get("metric"): r.get("region") for r in records(page, "indicator")}
    assert got.get("城镇消费品零售额") not in ("鄂托克旗", None)


def test_a_breakdown_after_a_place_named_keeps_that_place() -> None:
    page = ("本报讯 1—11月,全市社会消费品零售总额98.6亿元,增长4.1%。其中,乌达区社会消费品零售总额21.3亿元,"
            "增长5.2%。按经营单位所在地分,乌达区城镇消费品零售额18.1亿元,增长4.9%。\n")
    got = {r.get("metric"): r.get("region") for r in records(page, "indicator")}
    assert got.get("城镇消费品零售额") == "乌达区"


def test_a_place_alone_before_a_rate_takes_the_statistic_before_it() -> None:
    page = ("本报讯 1—11月,全市规模以上工业增加值增长7.4%。分旗区看,乌审旗规上工业增加值增长12.1%,"
            "杭锦旗增长8.3%。\n")
    got = {r.get("value"): (r.get("metric"), r.get("region")) for r in records(page, "indicator")}
    assert got[8.3] == ("规上工业增加值", "杭锦旗")
