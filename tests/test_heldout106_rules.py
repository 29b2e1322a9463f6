"""Rules the misses of the hundred-and-sixth held-out set called for, each on phrasings of its own.

The set is year-end reviews and the year ahead in Shanxi and Hebei: a city paper's print page with a
masthead, an edition line naming the year looked back on, a column of county items and an advert, a
county-level city's web copy of its government work report with a share bar, and a PDF page of one
narrow column with a work report's excerpt, a county's year and a batch of starts.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.clean_linebreaks import bare_byline
from newsmill.plugins.clean_spaces import splits_subject
from newsmill.zh.cues import target_in
from newsmill.zh.projects import find_names
from newsmill.zh.record_senses import no_batch
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 1, 8))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _batches(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "batch")]


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(f"{page}\n").items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


# --- cleaning ----------------------------------------------------------------------------------------------

def test_an_edition_line_whose_section_names_a_year_is_a_page_header() -> None:
    header = ("furniture", "page header")
    assert classify_text(["B4　区县·盘点2025　责任编辑:范知秋　校对:卢一鸣"], 0) == header
    assert classify_text(["A2　要闻·展望2026年　本版编辑:骆文"], 0) == header


def test_a_sentence_naming_a_year_and_an_editor_is_no_page_header() -> None:
    assert classify_text(["B4级企业2025年增至12家,编辑部记者走访了其中5家。"], 0) is None


def test_a_bylines_own_line_keeps_its_break() -> None:
    assert bare_byline("本报记者 籍小满 通讯员 伍思远")
    assert bare_byline("记者 段青禾")


def test_a_dateline_opening_the_story_is_no_bare_byline() -> None:
    assert not bare_byline("本报讯（记者 段青禾）1月5日，任丘市石化产业园")
    assert not bare_byline("霸州市今年新开工项目23个，总投资86亿元，其中工业项目15个")


def test_a_blank_before_a_works_head_noun_going_on_is_a_slip() -> None:
    assert splits_subject("年产8万吨精密铸件", "项目由河北某某机械有限公司投资")
    assert splits_subject("北部新城综合管廊", "工程位于迁安市北部新城")


def test_a_stage_word_before_the_project_word_keeps_its_blank() -> None:
    assert not splits_subject("去年新开工", "项目由各县区申报")
    assert not splits_subject("精密铸件", "项目部")


# --- regions and periods ----------------------------------------------------------------------------------

def test_quanshi_of_an_article_headlined_by_a_county_level_city_is_that_city() -> None:
    page = ("回眸2025丨泊头：项目为王 实干争先\n\n"
            "1月5日，泊头市第十七届人民代表大会第五次会议开幕。\n\n"
            "这一年，总投资12亿元的泊头至献县公路建成通车。\n\n"
            "投资结构持续优化，去年全市工业投资增长15.2%，民间投资增长6.7%。\n")
    rows = _indicators(page)
    assert [r["region"] for r in rows] == ["泊头市", "泊头市"], rows


def test_quanshi_of_an_article_naming_the_prefecture_is_left_to_the_other_rules() -> None:
    page = ("回眸2025丨泊头：项目为王 实干争先\n\n"
            "1月5日，沧州市泊头市第十七届人民代表大会第五次会议开幕。\n\n"
            "这一年，总投资12亿元的泊头至献县公路建成通车。\n\n"
            "投资结构持续优化，去年全市工业投资增长15.2%，民间投资增长6.7%。\n")
    rows = _indicators(page)
    assert "泊头市" not in {r["region"] for r in rows}, rows


def test_quanshi_of_a_brief_led_by_a_county_level_city_is_that_city() -> None:
    page = ("■县市快讯\n\n"
            "◆献县：12月20日，献县食品产业园冷库项目竣工。\n\n"
            "◆黄骅市：今年黄骅市新签约项目31个；1—11月全市固定资产投资同比增长8.8%。\n")
    rows = [r for r in _indicators(page) if "固定资产投资" in r["metric"]]
    assert [r["region"] for r in rows] == ["黄骅市"], rows


def test_this_year_before_a_place_opening_on_nei_is_no_deadline() -> None:
    assert target_in("今年内黄县接待游客420万人次") is None
    assert target_in("今年内江市新增规上工业企业36家") is None


def test_within_the_year_still_marks_a_deadline() -> None:
    assert target_in("力争今年内建成投产") is not None
    assert target_in("年内完成主体施工") is not None


# --- batches ----------------------------------------------------------------------------------------------

def test_a_part_counted_by_two_steps_in_one_word_or_by_its_preparation() -> None:
    page = ("本报讯 去年，任丘市实施省市重点项目52个，总投资286亿元，其中竣工投产19个、"
            "在建28个、开展前期工作5个。\n")
    got = sorted((b["event"], b["count"]) for b in _batches(page))
    assert ("in_production", 19) in got and ("planned", 5) in got, got


def test_projects_served_by_an_office_or_teams_named_after_them_are_no_batch() -> None:
    text = "去年，全县累计为42个项目提供全程帮办服务，抽调干部组成12个项目服务专班。"
    k1, k2 = text.index("42个项目"), text.index("12个项目")
    assert no_batch(text, k1, k1 + len("42个项目"))
    assert no_batch(text, k2, k2 + len("12个项目"))


def test_projects_counted_with_their_own_event_stay_a_batch() -> None:
    text = "去年，全县为群众办实事，新开工42个项目，总投资96亿元。"
    k = text.index("42个项目")
    assert not no_batch(text, k, k + len("42个项目"))


# --- projects ---------------------------------------------------------------------------------------------

def test_tong_zai_kaifaqu_points_back_to_the_zone_named_before() -> None:
    page = ("本报讯 1月5日，记者走访了霸州经济开发区。位于霸州经济开发区的某某钢木家具项目，总投资6亿元，"
            "今年9月竣工投产。同在开发区的金属门窗生产线项目总投资3.2亿元，目前正在安装设备。\n")
    r = _project(page, "金属门窗")
    assert r["location"]["detail"] == "霸州经济开发区", r


def test_a_start_aimed_at_with_papers_ready_now_is_no_works_under_way() -> None:
    page = ("本报讯 今年，迁安市将开工建设钢结构装配式建筑产业园项目，计划总投资9亿元，"
            "目前已完成备案和用地预审。\n")
    r = _project(page, "产业园")
    assert (r["stage"], r["status"]) == ("started", "target"), r


def test_works_started_and_under_way_now_stay_under_way() -> None:
    page = ("本报讯 遵化市精密铸件项目去年10月开工，计划总投资9亿元，目前正在进行设备安装。\n")
    r = _project(page, "精密铸件")
    assert r["stage"] == "under_construction", r


def test_a_list_of_works_issued_as_a_document_names_no_works() -> None:
    assert _names("日前，滦州市印发2026年重点项目计划") == []
    assert _names("高碑店市公布了2026年市级重点项目清单") == []


def test_a_works_named_before_its_plan_to_start_stays_a_name() -> None:
    assert _names("滦州市钢铁深加工项目计划3月开工") == ["滦州市钢铁深加工项目"]


# --- indicators -------------------------------------------------------------------------------------------

def test_the_stock_of_business_entities_and_an_industrys_are_statistics() -> None:
    rows = _indicators("本报讯 去年，任丘市经营主体总量突破6.1万户；全市石化产业经营主体发展到860家。")
    assert sorted(r["value"] for r in rows) == [860, 61000], rows


def test_business_entities_checked_are_no_statistic() -> None:
    rows = _indicators("本报讯 去年，任丘市市场监管局共检查经营主体1380家。")
    assert not rows, rows
