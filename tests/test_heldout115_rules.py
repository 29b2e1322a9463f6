"""Rules the misses of the hundred-and-fifteenth held-out set called for, each on phrasings of its own.

The set is agriculture, food processing and rural revitalization: a county media centre's page of
releases each closed by an editor and a reviewer line, a provincial paper's print page with a masthead,
an edition line and captions, and a portal's channel page of releases from papers and media centres.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.evaluation import flagged_spans, found_outside
from newsmill.zh.projects import find_names
from newsmill.zh.t2s import simplify
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _titles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


def _survives(page: str, needle: str) -> bool:
    """True when ``needle`` is left in the page's cleaned text outside the furniture and captions."""
    d = doc(page)
    return found_outside(d.clean, needle, flagged_spans(d))


def _names(sentence: str) -> list[str]:
    return [n.name for n in find_names(sentence, 0, len(sentence))]


def _indicator(page: str, value: float) -> dict:
    """The fields of the statistic of ``value`` on ``page``."""
    for r in records(page, "indicator"):
        if r.get("value") == value:
            return {k: r.get(k) for k in r.fields}
    raise AssertionError(f"no statistic of {value}")


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_an_edition_line_naming_its_page_in_words_is_a_page_header() -> None:
    header = ("furniture", "page header")
    assert classify_text(["第3版　三农·视点　责任编辑：乔明川　美编：任小禾"], 0) == header
    assert classify_text(["第 12 版　县域经济　编辑：邵野　校对：吕一帆"], 0) == header


def test_a_sentence_naming_a_page_and_an_editor_stays() -> None:
    assert classify_text(["第3版刊发的报道中，责任编辑乔明川介绍了梨树县的做法。"], 0) is None


def test_outlet_names_apart_by_bars_over_the_menu_are_furniture() -> None:
    texts = ["依安县融媒体中心", "依安新闻网 | 依安发布 | “掌上依安”客户端", "首页　要闻　乡镇　视频　专题"]
    assert classify_text(texts, 1) == ("furniture", "crumbs")


def test_words_apart_by_bars_in_a_story_stay() -> None:
    texts = ["依安县融媒体中心", "首页　要闻　乡镇　视频　专题", "",
             "大豆 | 玉米 | 马铃薯", "今年依安县三大作物全部丰收。"]
    assert classify_text(texts, 3) is None
    assert classify_text(["新闻网 | 发布", "10月9日，依安县召开秋收调度会。"], 0) is None


# --- cleaning: script -------------------------------------------------------------------------------------

def test_qian_in_a_township_or_village_name_is_kept() -> None:
    assert simplify("他們來到乾元鄉和乾溝村曬糧") == "他们来到乾元乡和乾沟村晒粮"
    assert simplify("乾丰镇的烘干塔") == "乾丰镇的烘干塔"


def test_qian_meaning_dry_still_turns_simplified() -> None:
    assert simplify("餅乾村口的乾燥倉庫") == "饼干村口的干燥仓库"


# --- titles -----------------------------------------------------------------------------------------------

def test_a_periods_rate_under_a_title_of_a_places_own_figure_is_the_kicker() -> None:
    page = ("黑龙江粮食总产量预计达1600亿斤\n前三季度农林牧渔业总产值增长4.2%\n\n"
            "本报讯（记者 石岩）记者从省农业农村厅获悉，今年全省粮食总产量预计达1600亿斤。\n")
    assert _titles(page)[0] == ("黑龙江粮食总产量预计达1600亿斤", "前三季度农林牧渔业总产值增长4.2%")


def test_a_periods_rate_over_a_title_opening_on_a_period_stays_apart() -> None:
    page = ("前三季度全省农业增加值增长4.2%\n前三季度粮食总产量1600亿斤\n\n"
            "本报讯 前三季度，全省农业增加值增长4.2%。\n")
    assert _titles(page)[0][0] == "前三季度全省农业增加值增长4.2%"


# --- indicators -------------------------------------------------------------------------------------------

def test_a_scope_word_in_a_paragraph_leading_with_a_city_is_that_city() -> None:
    page = ("依安县新建冷库3座\n\n本报讯 11月10日，依安县新建的3座冷库投入使用。全县冷藏能力达到5万吨。\n\n"
            "1至10月，绥化市农林牧渔业增加值实现260.2亿元，同比增长4.1%；全市肉牛饲养量56.3万头，增长5.2%。\n")
    assert _indicator(page, 56.3)["region"] == "绥化市"


def test_a_scope_word_before_any_city_of_its_paragraph_keeps_the_story_city() -> None:
    page = ("依安县新建冷库3座\n\n本报讯 11月10日，依安县新建的3座冷库投入使用。\n\n"
            "今年以来，全市肉牛饲养量56.3万头，增长5.2%。绥化市的统计显示，邻近各县增长更快。\n")
    assert _indicator(page, 56.3)["region"] == "齐齐哈尔市"


def test_a_harvest_estimated_after_the_forecast_word_late_in_the_year_is_no_goal() -> None:
    page = ("依安县秋粮丰收\n\n本报讯 眼下秋收接近尾声。预计全年粮食总产量达到26.4亿斤，比上年增长3.2%。\n")
    assert _indicator(page, 26.4)["period"] == "2026"


def test_a_goal_for_the_harvest_keeps_its_goal() -> None:
    page = ("依安县秋粮丰收\n\n本报讯 眼下秋收接近尾声。明年力争粮食总产量达到28亿斤。\n")
    assert "目标" in str(_indicator(page, 28)["period"])


def test_a_forecast_in_a_later_clause_leaves_the_figure_before_it_done() -> None:
    page = ("依安县秋粮丰收\n\n本报讯 今年依安县粮食播种面积稳定在300万亩以上，"
            "预计全年粮食总产量达到26.4亿斤。\n")
    assert _indicator(page, 300)["period"] == "2026"


# --- projects ---------------------------------------------------------------------------------------------

def test_offices_listed_before_a_department_word_are_no_projects() -> None:
    assert _names("现场，县发改、自然资源等部门为5个项目颁发了施工许可证。") == []
    assert _names("县农业农村、财政等有关部门为12个项目办理了备案手续。") == []


def test_projects_listed_before_a_count_are_still_read() -> None:
    assert _names("冷链物流园、肉牛屠宰厂等5个项目当天开工。") != []


def test_the_land_a_works_covers_is_no_project() -> None:
    assert _names("走进高标准农田项目区，沟渠纵横、道路平整。") == []


def test_a_works_told_by_its_own_name_stays() -> None:
    assert _names("梨树县高标准农田建设项目开工。") == ["梨树县高标准农田建设项目"]


def test_sums_given_in_turn_after_the_clause_of_their_event() -> None:
    page = ("依安县两个项目开工\n\n本报讯 11月12日，依安县富饶乡粮食烘干项目、红星乡2万吨冷库项目同时开工，"
            "总投资分别为3200万元和2800万元。\n")
    got = {n: r.get("investment_cny") for n, r in projects(page).items()}
    assert got.get("依安县富饶乡粮食烘干项目") == 32000000 or got.get("富饶乡粮食烘干项目") == 32000000
    assert 28000000 in got.values()


def test_sums_of_a_years_work_given_in_turn_are_no_whole_sums() -> None:
    page = ("依安县两个项目开工\n\n本报讯 11月12日，依安县富饶乡粮食烘干项目、红星乡2万吨冷库项目同时开工，"
            "年内完成投资分别为1200万元和900万元。\n")
    assert 12000000 not in {r.get("investment_cny") for r in projects(page).values()}


def test_a_paragraph_opening_on_the_firm_takes_the_firm_the_paragraph_before_named() -> None:
    page = ("拜泉县马铃薯加工忙\n\n本报讯 连日来，拜泉县丰泽薯业有限公司的车间里一片繁忙。\n\n"
            "该公司投资4200万元建设的年产2万吨马铃薯全粉生产线今年8月建成投产。\n")
    got = projects(page)
    assert any(r.get("investor") == "拜泉县丰泽薯业有限公司" for r in got.values())


def test_a_firm_two_paragraphs_back_is_not_taken() -> None:
    page = ("拜泉县马铃薯加工忙\n\n本报讯 连日来，拜泉县丰泽薯业有限公司的车间里一片繁忙。\n\n"
            "今年全县马铃薯丰收。\n\n该公司投资4200万元建设的年产2万吨马铃薯全粉生产线今年8月建成投产。\n")
    assert all(r.get("investor") != "拜泉县丰泽薯业有限公司" for r in projects(page).values())


_SIGNING = ("梨树县签约玉米深加工项目\n\n本报讯 11月6日，梨树县与吉林禾穗生物科技有限公司签订投资协议，"
            "该公司拟投资5.8亿元，在郭家店镇建设年加工40万吨玉米深加工项目，计划明年5月开工。\n\n"
            "签约当天，梨树县还与一家饲料企业就年产10万吨饲料项目进行了洽谈。\n")


def test_a_plan_in_a_signing_story_is_signed_beside_talks_held_the_same_day() -> None:
    got = projects(_SIGNING)
    deep = next(r for n, r in got.items() if "玉米深加工" in (n or ""))
    assert deep.get("stage") == "signed"


def test_talks_told_on_the_signings_day_take_its_date() -> None:
    got = projects(_SIGNING)
    feed = next(r for n, r in got.items() if "饲料" in (n or ""))
    assert feed.get("stage") == "negotiating" and feed.get("date") == "2026-11-06"


def test_talks_told_on_another_day_keep_no_signing_date() -> None:
    page = _SIGNING.replace("签约当天，", "11月9日，")
    feed = next(r for n, r in projects(page).items() if "饲料" in (n or ""))
    assert feed.get("date") != "2026-11-06"


def test_a_works_under_way_in_a_story_of_no_signing_stays_under_way() -> None:
    page = ("梨树县玉米深加工项目加快建设\n\n本报讯 11月6日，记者在郭家店镇看到，"
            "吉林禾穗生物科技有限公司投资5.8亿元，在郭家店镇建设年加工40万吨玉米深加工项目，主厂房已封顶。\n")
    deep = next(r for n, r in projects(page).items() if "玉米深加工" in (n or ""))
    assert deep.get("stage") != "signed"


def test_the_page_of_a_county_media_centre_loses_its_banner() -> None:
    page = ("依安县融媒体中心\n依安新闻网　|　依安发布　|　“掌上依安”客户端\n首页　要闻　乡镇　视频　专题\n\n"
            "依安县冬季项目集中签约\n\n来源：依安县融媒体中心　　发布时间：2026-11-18 10:20\n\n"
            "11月17日，依安县举行冬季项目集中签约活动。\n")
    assert not _survives(page, "依安新闻网")
