"""Rules the misses of the fifty-third held-out set called for, each on phrasings of its own.

The set is a city's and two counties' reports on a quarter's key projects started together, printed
in Traditional script with pinyin reading aids, PDF breaks and mojibake spots: the total, each
venue's projects with sums and what they make, a leader's goals, the months' figures.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

DAY = dt.date(2025, 4, 16)
doc, records, projects = rule_helpers(DAY)


def batches(page: str) -> list:
    return records(page, "batch")


def indicators(page: str) -> list:
    return records(page, "indicator")


# --- regions: the venue of a ceremony is no region of the city's totals -------------------------

VENUE_PAGE = ("分会场设在江安县 各区县同步开工\n宜宾二季度重点项目集中开工\n\n"
              "本报讯 4月15日,宜宾市二季度重点项目集中开工活动在南溪区主会场举行,江安县、长宁县同步设立"
              "分会场。本次集中开工项目52个,总投资236.4亿元。1-3月,宜宾规上工业增加值增长8.4%,"
              "其中电子信息产业增加值增长12.6%;工业投资增长15.1%。\n江安县分会场开工项目18个,总投资62亿元。\n")


def test_the_venue_of_the_ceremony_is_no_region_of_the_totals() -> None:
    found = {(r.get("count"), r.get("region")) for r in batches(VENUE_PAGE)}
    assert found == {(52, "宜宾市"), (18, "江安县")}
    regions = {r.get("value"): r.get("region") for r in indicators(VENUE_PAGE)}
    assert regions[12.6] == "宜宾市" and regions[15.1] == "宜宾市"


def test_a_project_at_the_main_venue_keeps_the_venue_as_its_place() -> None:
    page = ("主会场设在南溪区\n宜宾重点项目集中开工\n\n本报讯 4月15日,宜宾市重点项目集中开工活动在南溪区"
            "主会场举行。主会场上,投资12亿元的蓝川电池年产2万吨隔膜项目率先开工。\n")
    found = projects(page)["蓝川电池年产2万吨隔膜项目"]
    assert found.get("location", {}).get("county") == "南溪区"


# --- statistics: a growth with a subject of its own after a sum -----------------------

def test_a_growth_with_a_subject_of_its_own_is_no_growth_of_the_goal_before() -> None:
    page = ("某市项目推进\n\n本报讯 今年全市确保全年完成重点项目投资420亿元以上,全社会固定资产投资"
            "增长7%。\n")
    found = {r.get("value"): r for r in indicators(page)}
    assert found[42_000_000_000].get("growth_pct") is None
    assert found[7].get("growth_pct") == 7


def test_a_goal_for_the_projects_just_counted_stays_their_total() -> None:
    page = "某县项目推进\n\n本报讯 今年全县将推进甲、乙等15个配套项目,力争完成总投资60亿元。\n"
    assert any(r.get("total_cny") == 6_000_000_000 for r in batches(page))


def test_a_growth_restating_the_sums_subject_stays_its_growth() -> None:
    page = "某县经济运行\n\n本报讯 1-3月,某某县完成工业投资18.2亿元,工业投资增长9.6%。\n"
    found = {r.get("value"): r for r in indicators(page)}
    assert found[1_820_000_000].get("growth_pct") == 9.6


# --- cleaning: a masthead is no line of a text column -------------------------------------------

def test_a_masthead_over_a_title_and_a_kicker_keeps_its_lines() -> None:
    page = ("宜宾日报 2025年4月16日 星期三 区县新闻 第2版\n江安:12个项目集中开工 总投资38.6亿元\n"
            "涉及竹产业、新材料和城乡供水三类\n4月15日,江安县二季度重点项目集中开工活动在阳春镇举行。\n")
    lines = doc(page).clean.splitlines()
    assert lines[1].startswith("江安") and lines[2].startswith("涉及") and lines[3].startswith("4月15日")


def test_a_narrow_column_still_joins() -> None:
    page = ("某县项目建设提速\n本报讯 4月15日,某某县重点项目集中开工,\n本次开工项目共12个,总投\n"
            "资38.6亿元,涉及竹产业、新\n材料和城乡供水三类项目。\n")
    assert "总投资38.6亿元" in doc(page).clean


# --- periods: months after 一季度以来 are of the page's year ------------------------------------

def test_months_after_a_span_up_to_now_take_the_pages_year() -> None:
    page = ("某县经济运行\n\n本报讯 2024年,某某县完成固定资产投资86.2亿元。一季度以来,全县经济开局良好。"
            "1-2月,全县规上工业增加值增长7.9%。\n")
    found = {r.get("value"): r.get("period") for r in records(page, "indicator", None)}
    assert found[7.9] == "2025-01/2025-02"


def test_months_right_after_a_written_year_keep_that_year() -> None:
    page = ("某县经济运行\n\n本报讯 2024年,某某县完成固定资产投资86.2亿元。1-2月,全县规上工业增加值"
            "增长7.9%。今年力争实现地区生产总值增长7%。\n")
    found = {r.get("value"): r.get("period") for r in records(page, "indicator", None)}
    assert found[7.9] == "2024-01/2024-02"


# --- batches: a count taking up the projects just named ------------------------------------------

def test_a_count_referring_back_to_named_projects_is_no_batch() -> None:
    page = ("某县项目开工\n\n本报讯 4月15日,总投资8亿元的某某大道改造工程和投资3亿元的县妇幼保健院"
            "迁建项目同时开工。两个项目均计划2026年底建成。\n")
    assert not any(r.get("count") == 2 for r in batches(page))


def test_a_count_opening_a_sentence_with_its_event_stays_a_batch() -> None:
    page = "某县项目开工\n\n本报讯 4月15日,某某县集中开工项目12个,总投资38亿元。\n"
    assert (12, 3_800_000_000) in {(r.get("count"), r.get("total_cny")) for r in batches(page)}


# --- names: a venue and a follow-up name no project ---------------------------------------------

def test_a_venue_and_a_follow_up_name_no_project() -> None:
    page = ("某县项目开工\n\n本报讯 4月15日,某某县重点项目集中开工活动举行。作为本次活动的主会场项目,"
            "竹海纸业年产10万吨生活用纸项目由四川竹海纸业有限公司投资12亿元建设。该县将全程跟进项目"
            "审批,推动早日投产。\n")
    names = set(projects(page))
    assert "竹海纸业年产10万吨生活用纸项目" in names
    assert not any("会场" in n or "跟进" in n for n in names)


# --- stages: projects told among a collective event's own --------------------------------------

EVENT_PAGE = ("江安重点项目集中开工\n\n本报讯 4月15日,江安县二季度重点项目集中开工活动在阳春镇举行。\n"
              "工业项目方面,投资6亿元的竹韵新材料竹纤维板项目由四川竹韵新材料有限公司建设,"
              "建成后可年产竹纤维板20万立方米;投资1.2亿元的红桥镇农产品冷链仓储项目将新建冷库2万立方米。\n")


def test_projects_told_among_the_events_own_take_its_stage_and_day() -> None:
    found = projects(EVENT_PAGE)
    board = found["竹韵新材料竹纤维板项目"]
    assert (board.get("stage"), board.get("status"), board.get("date")) == ("started", "actual", "2025-04-15")
    store = found["红桥镇农产品冷链仓储项目"]
    assert store.get("stage") == "started" and store.get("location", {}).get("detail") == "红桥镇"


def test_a_project_outside_the_events_paragraphs_keeps_its_own_stage() -> None:
    page = ("江安重点项目集中开工\n\n本报讯 4月15日,江安县二季度重点项目集中开工活动在阳春镇举行。\n"
            "去年,投资6亿元的竹韵新材料竹纤维板项目建成投产。\n")
    assert projects(page)["竹韵新材料竹纤维板项目"].get("stage") == "in_production"


def test_a_venue_paragraph_opening_on_a_count_of_starts_gives_its_projects_the_event() -> None:
    page = ("宜宾重点项目集中开工\n\n本报讯 4月15日,宜宾市重点项目集中开工活动在南溪区举行。\n"
            "长宁县分会场集中开工项目9个、总投资21.3亿元。位于长宁经开区的竹海纸业年产10万吨生活用纸"
            "项目总投资12亿元,拟建设2条生产线;蜀南竹海康养综合体项目投资约4亿元,计划2027年建成。\n")
    found = projects(page)
    assert found["竹海纸业年产10万吨生活用纸项目"].get("stage") == "started"
    assert (found["蜀南竹海康养综合体项目"].get("stage"), found["蜀南竹海康养综合体项目"].get("status")) \
        == ("started", "actual")


# --- places: a town or an ethnic township heading a name ----------------------------------------

def test_an_ethnic_township_heading_a_name_is_its_detail() -> None:
    page = ("某县项目开工\n\n本报讯 4月15日,兴文县仙峰苗族乡50兆瓦农光互补光伏项目开工,总投资3.5亿元。\n")
    found = projects(page)
    name = next(n for n in found if "光伏" in n)
    assert found[name].get("location", {}).get("detail") == "仙峰苗族乡"


# --- dates: the same-day word is no day of its own ----------------------------------------------

def test_a_project_started_the_same_day_takes_the_events_day_not_the_pages() -> None:
    page = ("江安重点项目集中开工\n\n本报讯 4月14日,江安县重点项目集中开工活动在阳春镇举行。当天,"
            "底蓬镇也同步举行分会场活动。\n在交通板块,总投资2.6亿元的江安县城北路网工程同日动工。\n")
    assert projects(page)["江安县城北路网工程"].get("date") == "2025-04-14"


# --- batches: events of counts --------------------------------------------------------------------

def test_projects_taking_part_take_the_event_of_the_batch_before() -> None:
    page = ("某县项目开工\n\n本报讯 4月15日,某某县集中开工项目16个,总投资52亿元。当天,两个乡镇同步"
            "举行分会场活动,共有5个项目参加,总投资8.2亿元。\n")
    found = {r.get("count"): r.get("event") for r in batches(page)}
    assert found[5] == "started"


def test_a_goal_of_signing_and_bringing_in_projects_is_a_signing() -> None:
    page = "某县招商目标\n\n本报讯 今年,某某县力争签约引进亿元以上项目25个。\n"
    assert [r.get("event") for r in batches(page)] == ["signed"]


def test_a_goal_of_bringing_in_projects_stays_a_plan() -> None:
    page = "某县招商目标\n\n本报讯 今年,某某县力争引进亿元以上项目25个。\n"
    assert [r.get("event") for r in batches(page)] == ["planned"]


def test_the_years_part_of_a_summed_group_is_no_batch() -> None:
    page = ("某县项目开工\n\n本报讯 4月15日,某某县开工的14个项目总投资46亿元,年度计划完成投资12.5亿元。\n")
    assert {(r.get("count"), r.get("total_cny")) for r in batches(page)} == {(14, 4_600_000_000)}


# --- statistics: what named works will build ----------------------------------------------------

def test_what_named_works_will_build_is_no_statistic() -> None:
    page = ("某县项目开工\n\n本报讯 4月15日,总投资3亿元的某某县滨江片区路网工程开工,将新建城市道路5.6公里。"
            "今年以来,全县新建农村公路126公里。\n")
    assert [r.get("value") for r in indicators(page)] == [126]
