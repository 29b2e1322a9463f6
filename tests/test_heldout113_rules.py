"""Rules the misses of the hundred-and-thirteenth held-out set called for, each on phrasings of its own.

The set is development zones and parks reporting to their city in Guangdong and Hainan: a print page
with a masthead, captions and an editor line, a WeChat post in numbered parts with its credits and
related stories, and a web copy of a zone director's interview in question-and-answer layout.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 7, 25))


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _zones(page: str) -> list[str]:
    d = doc(page)
    return [d.text[m.start:m.end] for m in d.mentions
            if m.kind == "place" and isinstance(m.value, dict) and m.value.get("level") == "zone"]


# --- places: zones ---------------------------------------------------------------------------------------

def test_a_citys_industrial_transfer_park_is_a_zone_and_its_figures_are_its_own() -> None:
    page = ("本报讯 记者从阳春产业转移工业园获悉，今年前5个月，园区实现规上工业总产值42.6亿元，"
            "同比增长11.3%。园区现有入驻企业88家。\n")
    assert "阳春产业转移工业园" in _zones(page)
    assert {r["region"] for r in _indicators(page)} == {"阳春产业转移工业园"}


def test_transfer_of_industry_with_no_park_word_is_no_zone() -> None:
    page = "本报讯 阳春市积极承接珠三角产业转移，今年前5个月，全市规上工业增加值同比增长7.2%。\n"
    assert _zones(page) == []


# --- indicators: regions -----------------------------------------------------------------------------------

def test_a_citys_parks_on_the_provinces_tier_keep_the_city() -> None:
    page = ("云浮园区经济稳中有进\n\n本报讯 记者从云浮市工业和信息化局获悉，今年1—5月，"
            "全市5个省级以上工业园区完成工业投资61.8亿元，同比增长14.2%。\n")
    assert {r["region"] for r in _indicators(page)} == {"云浮市"}


def test_the_provinces_own_figure_keeps_the_province() -> None:
    page = ("广东外贸稳中有升\n\n本报讯 记者从广东省商务厅获悉，今年1—5月，"
            "全省外贸进出口总额同比增长6.1%。\n")
    assert {r["region"] for r in _indicators(page)} == {"广东省"}


# --- articles: titles ------------------------------------------------------------------------------------

def _titles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


def test_firms_signed_to_move_in_under_a_works_event_title_are_its_gloss() -> None:
    page = ("罗定电子信息产业园一期建成\n首批9家企业签约入驻\n\n"
            "本报讯（记者 甘若琳）7月12日，罗定市电子信息产业园一期建成，总投资3.6亿元，"
            "建成标准厂房6万平方米。\n")
    assert _titles(page)[0] == ("罗定电子信息产业园一期建成", "首批9家企业签约入驻")


def test_a_signing_of_its_own_under_a_works_title_stays_the_news() -> None:
    page = ("罗定电子信息产业园一期建成\n9个项目现场签约\n\n"
            "本报讯（记者 甘若琳）7月12日，罗定市电子信息产业园一期建成，总投资3.6亿元，"
            "现场签约项目9个。\n")
    assert _titles(page)[0][0] == "9个项目现场签约"


def test_a_count_of_projects_and_their_event_under_a_catchword_title_is_its_subtitle() -> None:
    page = ("封开“交地即开工”再提速\n3个项目当天交地当天开工\n\n"
            "本报讯（通讯员 卢嘉怡）7月9日，封开县向3家企业交付工业用地，3个项目当天开工，"
            "总投资5.4亿元。\n")
    assert _titles(page)[0] == ("封开“交地即开工”再提速", "3个项目当天交地当天开工")


def test_a_count_of_projects_under_a_plain_title_stays_the_title() -> None:
    page = ("封开县举行项目集中开工活动\n3个项目当天开工\n\n"
            "本报讯（通讯员 卢嘉怡）7月9日，封开县举行项目集中开工活动，3个项目当天开工，"
            "总投资5.4亿元。\n")
    assert _titles(page)[0] == ("3个项目当天开工", "封开县举行项目集中开工活动")


# --- articles: credits of an account's post -------------------------------------------------------------

_POST = ("连州发布\n连州发布 2026-07-20 08:00 发表于广东\n\n"
         "上半年连州工业园区新签约项目8个\n\n"
         "7月18日，记者从连州工业园区获悉，今年上半年，园区新签约项目8个，协议投资额21.5亿元。\n\n"
         "{related}"
         "END\n\n来源｜连州市融媒体中心\n文字｜苏念真\n编辑｜李 安\n\n阅读原文\n")


def _credits(page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(a.headline, a.source, list(a.reporters)) for a in doc(page).articles]


def test_an_accounts_closing_credits_are_the_posts_not_the_related_storys() -> None:
    related = ("相关阅读\n\n阳山茶叶加工项目开工\n\n7月16日，阳山县茶叶精深加工项目开工，"
               "项目总投资1.1亿元。\n\n")
    got = _credits(_POST.format(related=related))
    assert got[0] == ("上半年连州工业园区新签约项目8个", "连州市融媒体中心", ["苏念真"])
    assert got[1] == ("阳山茶叶加工项目开工", None, [])


def test_a_related_story_with_its_own_byline_keeps_it() -> None:
    related = ("相关阅读\n\n阳山茶叶加工项目开工\n\n本网讯(记者 邝若云)7月16日，阳山县茶叶精深加工项目开工，"
               "项目总投资1.1亿元。\n\n")
    got = _credits(_POST.format(related=related))
    assert got[1][2] == ["邝若云"]


def test_a_post_with_no_related_stories_keeps_its_closing_credits() -> None:
    got = _credits(_POST.format(related=""))
    assert got == [("上半年连州工业园区新签约项目8个", "连州市融媒体中心", ["苏念真"])]


# --- projects and batches: land handed over -----------------------------------------------------------------

def test_land_handed_over_to_firms_is_no_works_finished() -> None:
    page = ("本网讯(记者 邓明轩)7月10日,陆河县新材料产业园向2家企业交付工业用地共计96亩,"
            "2个项目总投资5.1亿元。其中,广东泓澈新材料有限公司年产3万吨水性涂料项目投资3.2亿元,计划9月开工。\n")
    batches = [{k: f.value for k, f in r.fields.items()} for r in records(page, "batch")]
    assert all(b.get("event") != "completed" for b in batches)
    got = [p for name, p in projects(page).items() if name and "水性涂料" in name]
    assert got and got[0].get("stage") == "started" and got[0].get("status") == "target"


def test_a_building_handed_over_for_use_stays_completed() -> None:
    page = ("本网讯(记者 邓明轩)7月10日,陆河县新材料产业园标准厂房项目竣工交付,"
            "项目总投资1.8亿元,建筑面积5万平方米。\n")
    got = [p for name, p in projects(page).items() if name and "标准厂房" in name]
    assert got and got[0].get("stage") == "completed"


# --- indicators: partners and recipients counted ------------------------------------------------------------

def test_banks_a_park_works_with_are_no_statistic() -> None:
    page = ("本报讯 今年以来，大埔县陶瓷产业园与县内4家银行合作推出“厂房贷”，"
            "上半年为入园企业发放贷款1.3亿元。\n")
    assert all(r.get("unit") != "家" for r in _indicators(page))


def test_firms_handed_land_in_a_first_batch_are_no_statistic() -> None:
    page = "本报讯 7月8日，五华县产业园向首批4家企业交付工业用地，4个项目总投资7.6亿元。\n"
    assert all(r.get("unit") != "家" for r in _indicators(page))


def test_a_places_banks_counted_stay_a_statistic() -> None:
    page = "本报讯 截至6月底，大埔县共有银行业金融机构12家，各项贷款余额同比增长9.3%。\n"
    assert any(r.get("value") == 12 and r.get("unit") == "家" for r in _indicators(page))


# --- indicators: periods -------------------------------------------------------------------------------

def test_what_there_is_now_after_a_plan_for_next_year_takes_no_plans_time() -> None:
    page = ("本报讯 7月12日，大埔县蜜柚加工产业园二期开工，计划明年6月建成投产。"
            "大埔县现有蜜柚种植面积18.6万亩。\n")
    got = [r for r in _indicators(page) if r.get("value") == 18.6]
    assert got and got[0].get("period") == "2026"


def test_a_figure_of_next_years_plan_keeps_its_time() -> None:
    page = "本报讯 大埔县蜜柚加工产业园二期计划明年6月建成投产，届时蜜柚年加工能力将达到12万吨。\n"
    got = [r for r in _indicators(page) if r.get("value") == 12]
    assert not got or got[0].get("period") != "2026"


# --- projects: venues ------------------------------------------------------------------------------------

def test_a_park_hosting_a_batchs_event_is_its_venue_no_works() -> None:
    text = "7月6日，紫金县临江工业园区举行二季度项目集中开工活动，6个项目总投资12.5亿元。"
    assert not any("临江工业园" in n for n in _names(text))


def test_a_park_holding_its_own_opening_stays_works() -> None:
    text = "7月6日，紫金县冷链物流园举行开园仪式，该项目总投资3.2亿元。"
    assert any("冷链物流园" in n for n in _names(text))
