"""Rules the misses of the sixty-eighth held-out set called for, each on phrasings of its own.

The set is a Hong Kong or Macao paper's mainland-economy pages in Traditional script with no reading
aids: bylines that name the place the reporter files from (``记者 某某 某地报道``), a title over a
line of its sums, lettered pages on the masthead, Hong Kong wording (``首季``, ``落成``, ``试业``,
``兴建``, ``斥资``), amounts in 港元 and 澳门元 with their yuan equivalent, a column of untitled briefs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill.zh.bylines import parse_credit_line, parse_dateline, parse_people
from newsmill.zh.cues import STAGE_CUES
from newsmill.zh.dates import parse_date
from newsmill.zh.pagedate import date_on_line
from newsmill.zh.t2s import simplify
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 8, 14))
MAST = "某某报  2025年8月14日  星期四  A9  内地经济纵横\n\n"


def indicators(page: str) -> list:
    return records(page, "indicator")


def regions(page: str) -> dict:
    return {(r.get("metric"), r.get("value")): r.get("region") for r in indicators(page)}


# --- bylines: the place a reporter files from ----------------------------------------------

def test_a_place_before_reporting_is_the_dateline_not_a_reporter() -> None:
    c = parse_dateline("【星岛日报讯】记者 蔡晓岚 佛山报道：顺德区昨日举行签约仪式。")
    assert c is not None and [r.text for r in c.reporters] == ["蔡晓岚"] and c.place.text == "佛山"
    c = parse_people("记者蔡晓岚漳州报道")  # the spaces lost in cleaning
    assert [r.text for r in c.reporters] == ["蔡晓岚"] and c.place.text == "漳州"
    c = parse_credit_line("香港商报记者 温子健 琼海报道")
    assert c is not None and c.source.text == "香港商报" and c.place.text == "琼海"
    assert [r.text for r in c.reporters] == ["温子健"]


def test_a_credit_with_no_place_keeps_its_names() -> None:
    c = parse_people("记者 温子健 报道")
    assert [r.text for r in c.reporters] == ["温子健"] and c.place is None
    c = parse_people("记者 温子健 林嘉慧")
    assert [r.text for r in c.reporters] == ["温子健", "林嘉慧"] and c.place is None


def test_the_place_reported_from_is_no_home_of_the_statistics() -> None:
    page = MAST + ("琼港合作再上台阶\n\n香港商报记者 温子健 海口报道\n\n"
                   "今年前5个月，海南新设外商投资企业912家，同比增长12.5%；实际使用外资约48.6亿元人民币，"
                   "同比增长7.2%。\n")
    assert regions(page)[("实际使用外资", 4_860_000_000)] == "海南省"


# --- titles: the event's title over a line of its sums -------------------------------------

def test_the_line_of_sums_under_an_events_title_is_its_subtitle() -> None:
    page = MAST + ("顺德智能电机基地动工\n投资9亿港元 明年投产\n\n"
                   "【本报讯】记者 蔡晓岚 佛山报道：香港永达机电有限公司投资的智能电机基地昨日动工。\n")
    art = doc(page).articles[0]
    assert art.headline == "顺德智能电机基地动工" and art.kicker == "投资9亿港元 明年投产"


def test_a_slogan_over_a_title_of_figures_stays_the_kicker() -> None:
    page = MAST + ("深化精准招商 跑出项目加速度\n我市上半年签约亿元以上项目58个\n\n"
                   "本报讯（记者 林某）今年上半年，我市签约亿元以上项目58个。\n")
    assert doc(page).articles[0].headline == "我市上半年签约亿元以上项目58个"


# --- dates: 首季, a lettered page ----------------------------------------------------------

def test_the_first_season_is_the_first_quarter() -> None:
    v = parse_date("今年首季", dt.date(2025, 5, 2))
    assert (v.start, v.end, v.granularity) == ((1, 1), (3, 31), "quarter")
    page = MAST + ("东莞外资\n\n【本报讯】今年首季，东莞市实际使用外资12.3亿元，同比增长8.8%。\n")
    assert {r.get("period") for r in indicators(page)} == {"2025-Q1"}


def test_a_first_phase_is_no_quarter() -> None:
    with pytest.raises(ValueError):
        parse_date("首期", dt.date(2025, 5, 2))


def test_a_masthead_with_a_lettered_or_chinese_numbered_page_dates_the_page() -> None:
    for line in ("文汇报  2025年3月6日  星期四  A18  中国经济纵横",
                 "市民日报  2025年3月6日  星期四  第十二版  内地经济专题"):
        found = date_on_line(line)
        assert found is not None and found.date == dt.date(2025, 3, 6)
    assert date_on_line("2025年3月6日 星期四 汕头潮阳招商引资专场") is None  # no page: a title's date


# --- stages: Hong Kong wording, and a dated earlier event told attributively ----------------

def test_finished_and_opened_on_trial_are_stages() -> None:
    assert STAGE_CUES["落成"] == "completed" and STAGE_CUES["试业"] == "in_production"
    page = MAST + ("港资冷库落成\n\n【本报讯】香港恒丰冷链有限公司在漳州市龙海区投资建设的冷链物流基"
                   "地近日落成，"
                   "总投资约3亿元。\n")
    assert projects(page)["冷链物流基地"].get("stage") == "completed"


def test_a_dated_signing_told_before_the_name_yields_to_the_start_told_after() -> None:
    page = MAST + ("梅州项目动工\n\n【本报讯】去年11月签约的梅州嘉华食品加工园项目，昨（13）日在梅县"
                   "区正式动工，"
                   "总投资约6亿元。\n")
    r = projects(page)["梅州嘉华食品加工园项目"]
    assert (r.get("stage"), r.get("date")) == ("started", "2025-08-13")


def test_a_signing_with_no_later_event_stays_the_stage() -> None:
    page = MAST + ("梅州项目签约\n\n【本报讯】去年11月签约的梅州嘉华食品加工园项目总投资约6亿元，占"
                   "地约120亩。\n")
    assert projects(page)["梅州嘉华食品加工园项目"].get("stage") == "signed"


# --- cleaning: Hong Kong forms of characters -----------------------------------------------

def test_hong_kong_forms_read_simplified() -> None:
    assert simplify("陵水衞星導航產業園") == "陵水卫星导航产业园"
    assert simplify("卫星导航产业园") == "卫星导航产业园"  # a Simplified line is left as it is


# --- statistics: a firm's outlay and a yuan equivalent ---------------------------------------

def test_an_outlay_and_its_yuan_equivalent_are_no_statistics() -> None:
    page = MAST + ("港企汕头设厂\n\n【本报讯】今年以来，汕头市实际使用外资5.2亿元，同比增长9.1%。"
                   "香港利丰玩具有限公司斥资3亿港元（折合人民币约2.7亿元）在澄海区兴建玩具智造基地，"
                   "计划投资2亿澳门元（折合人民币约1.8亿元）兴建配套仓储中心。"
                   "香港某建设公司承建的港口二期工程近日完工，工程合同金额约4.6亿元。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 520_000_000 in values  # the city's statistic stays
    assert not values & {300_000_000, 270_000_000, 200_000_000, 180_000_000, 460_000_000}


def test_a_projects_size_after_its_name_is_no_statistic() -> None:
    page = MAST + ("光伏签约\n\n【本报讯】澳门宏远能源有限公司日前与斗门区签约，建设屋顶光伏项目，装"
                   "机容量约25兆瓦。"
                   "今年上半年，珠海市光伏装机容量达到120万千瓦。\n")
    assert {r.get("value") for r in indicators(page)} == {120}


# --- places: 全市 after a place, or after a county-level city's office ----------------------

def test_the_whole_city_right_after_a_place_is_that_place() -> None:
    page = MAST + ("漳州港资项目增多\n\n【本报讯】记者 蔡晓岚 厦门报道：今年前7个月，漳州全市新签约"
                   "港资项目19个，"
                   "总投资约52亿元；实际使用外资3.1亿元，同比增长6.4%。\n")
    assert regions(page)[("实际使用外资", 310_000_000)] == "漳州市"


def test_a_county_level_citys_office_tells_of_that_city() -> None:
    page = MAST + ("江门侨乡\n\n【本报讯】在江门开平，港资项目陆续落地。开平市统计局数据显示，今年上"
                   "半年，全市规模以上"
                   "工业增加值同比增长6.6%。\n")
    assert regions(page)[("规模以上工业增加值", 6.6)] == "开平市"


def test_a_prefectures_office_keeps_its_city() -> None:
    page = MAST + ("江门侨乡\n\n【本报讯】在江门开平，港资项目陆续落地。江门市统计局数据显示，今年上"
                   "半年，全市规模以上"
                   "工业增加值同比增长5.1%。\n")
    assert regions(page)[("规模以上工业增加值", 5.1)] == "江门市"


# --- names: what is no project --------------------------------------------------------------

def test_words_around_projects_that_name_none() -> None:
    page = MAST + ("港企潮州建厂\n\n【本报讯】香港宏图海洋工程有限公司在潮州市饶平县投资建设的海工装"
                   "备基地近日落成。"
                   "宏图海洋工程负责人表示，基地毗邻粤东海洋牧场项目集中区。多个港资项目相继落地。"
                   "饶平临港工业园下一步将围绕海工装备、港口物流工程和水产加工招商。"
                   "项目所在的饶平临港工业园目前已聚集企业40多家。\n")
    names = set(projects(page))
    assert "海工装备基地" in names
    assert not {n for n in names if "负责人" in n or "集中区" in n or n.startswith("多个")
                or n in ("宏图海洋工程", "港口物流工程", "饶平临港工业园")}


def test_a_works_and_its_official_speaking_stays_a_project() -> None:
    page = MAST + ("大桥通车\n\n【本报讯】潮汕大桥工程近日建成通车，总投资约15亿元。\n")
    assert "潮汕大桥工程" in projects(page)


# --- investors: a firm from Hong Kong or Macao investing to build ----------------------------

def test_a_hong_kong_firm_spending_to_build_is_the_investor() -> None:
    page = MAST + ("港企落户\n\n【本报讯】今年以来多个项目落地。上月，香港恒信实业有限公司斥资4亿港"
                   "元（折合人民币约3.6亿元）"
                   "在梅县区建设的柚子深加工基地完成签约。同月，澳门华丰投资有限公司亦与蕉岭县签订投"
                   "资协议，"
                   "拟投入1.2亿澳门元兴建竹木家居项目。\n")
    p = projects(page)
    assert p["柚子深加工基地"].get("investor") == "香港恒信实业有限公司"
    assert p["柚子深加工基地"].get("investment_cny") == 360_000_000
    assert p["竹木家居项目"].get("investor") == "澳门华丰投资有限公司"


# --- segmentation: a plain column label over bulleted briefs --------------------------------

def test_a_column_label_over_bulleted_briefs_opens_the_column() -> None:
    page = MAST + ("琼海港资项目动工\n\n【本报讯】记者 温子健 琼海报道：香港安和集团投资的博鳌康养中"
                   "心项目昨日动工。\n\n"
                   "项目负责人表示，中心计划明年建成。\n\n"
                   "快讯\n\n■澳门金丰投资有限公司与三亚市签约，拟建设游艇服务中心项目。\n\n"
                   "■香港合兴建设集团承建的汕头港区道路二期工程近日完工。\n")
    heads = [a.headline for a in doc(page).articles]
    assert heads == ["琼海港资项目动工", "快讯"]


def test_bulleted_sub_heads_stay_inside_the_story() -> None:
    page = MAST + ("琼海港资项目动工\n\n【本报讯】记者 温子健 琼海报道：香港安和集团投资的博鳌康养中"
                   "心项目昨日动工。\n\n"
                   "■ 多方合力推进\n\n项目负责人表示，中心计划明年建成。\n")
    assert len(doc(page).articles) == 1


def test_the_project_hosting_a_venue_stays_a_project() -> None:
    page = MAST + ("揭阳项目开工\n\n【本报讯】揭阳市昨日举行重点项目集中开工活动。主会场所在的"
                   "精密轴承产业化项目由"
                   "揭阳某某轴承有限公司投资9亿元建设。\n")
    assert "精密轴承产业化项目" in projects(page)


def test_a_dated_signing_keeps_the_stage_before_a_planned_start() -> None:
    page = MAST + ("潮州项目\n\n【本报讯】今年5月签约的潮州陶瓷智造产业园项目总投资8亿元，目前已完成供地，"
                   "预计年底前开工建设。\n")
    assert projects(page)["潮州陶瓷智造产业园项目"].get("stage") == "signed"
