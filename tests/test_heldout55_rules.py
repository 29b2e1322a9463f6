"""Rules the misses of the fifty-fifth held-out set called for, each on phrasings of its own.

The set is a long feature on a district's investment promotion (teams posted in coastal cities,
signings by quarter, rates of start, production and funds in place, parks run with other
provinces, firms investing again in a second phase), with a short news story and a photo story.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.pageyear import read_page_year
from tests.heldout_support import page_helpers, rule_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 10, 15))
_, records, _ = rule_helpers(dt.date(2024, 10, 15))


def batches(page: str) -> set[tuple]:
    """(count, total, event) of the page's batches."""
    return {(r.get("count"), r.get("total_cny"), r.get("event")) for r in records(page, "batch")}


# --- batches: the next part of a run by quarter, after a semicolon ------------------------------

def test_a_quarter_after_a_semicolon_counts_its_own_signings() -> None:
    page = ("某县招商\n\n本报讯 今年一季度,永川区签约项目12个,协议引资40.5亿元;二季度签约9个,"
            "协议引资33亿元;三季度在成都举办专场推介会,现场签约11个,协议引资52.6亿元。\n")
    found = batches(page)
    assert (12, 4_050_000_000, "signed") in found
    assert (9, 3_300_000_000, "signed") in found
    assert (11, 5_260_000_000, "signed") in found


def test_a_month_count_of_something_else_after_a_semicolon_is_no_batch() -> None:
    page = ("某县招商\n\n本报讯 今年一季度,永川区签约项目12个,协议引资40.5亿元;二季度走访企业90家。\n")
    assert {b[0] for b in batches(page)} == {12}


# --- batches: the part of those counted that got further -----------------------------------------

def test_a_part_counted_first_then_its_event_is_a_batch() -> None:
    page = "某县项目\n\n本报讯 今年,江津区14个技改项目开工建设,5个已经投产,项目进展顺利。\n"
    found = batches(page)
    assert (14, None, "started") in found
    assert (5, None, "in_production") in found


def test_a_part_of_the_signed_already_started_is_a_batch() -> None:
    page = "某县项目\n\n本报讯 截至8月底,綦江区今年签约的26个项目中已有17个开工建设。\n"
    assert (17, None, "started") in batches(page)


def test_projects_still_in_talks_and_a_goal_passing_a_count_are_batches() -> None:
    page = ("某县项目\n\n本报讯 目前,南川区在谈项目还有15个,意向投资约80亿元。"
            "力争到2026年引进项目突破50个。\n")
    found = batches(page)
    assert (15, 8_000_000_000, "negotiating") in found
    assert any(b[0] == 50 for b in found)


def test_the_same_batch_told_again_without_its_total_is_one_batch() -> None:
    page = ("某县项目\n\n本报讯 今年,长寿区已投产项目9个,总投资21亿元。园区内,其中9个项目已经投产,"
            "带动就业2000人。\n")
    assert [r.get("count") for r in records(page, "batch")].count(9) == 1


def test_a_count_of_measures_scored_is_no_batch() -> None:
    page = "某县考核\n\n本报讯 该区按签约额、到位资金、开工项目数三项对各镇街打分排位。\n"
    assert batches(page) == set()


# --- batches: firms that settled or invest again, with their sum ---------------------------------

def test_firms_settling_with_their_sum_are_a_batch() -> None:
    page = "某县招商\n\n本报讯 今年以来,武隆区已有4家配套企业相继签约入驻,签约金额达12.6亿元。\n"
    assert (4, 1_260_000_000, "signed") in batches(page)


def test_firms_investing_again_before_a_count_of_projects_are_a_batch() -> None:
    page = ("某县招商\n\n本报讯 9家在梁平投资的企业今年追加投资,增资扩产项目协议金额合计41.3亿元;"
            "6个二期项目开工建设。\n")
    found = batches(page)
    assert any(b[0] == 9 and b[1] == 4_130_000_000 for b in found)
    assert (6, None, "started") in found


def test_firms_settling_without_a_sum_are_no_batch_of_this_rule() -> None:
    page = "某县招商\n\n本报讯 今年以来,武隆区已有4家配套企业相继签约入驻。\n"
    assert batches(page) == set()


# --- statistics: two rates sharing a head, given in turn -----------------------------------------

def test_two_rates_sharing_a_head_given_in_turn_are_two_statistics() -> None:
    page = "某县招商\n\n本报讯 今年以来,永川区签约项目履约率、开工率分别达到91.2%、68.4%。\n"
    found = {(r.get("metric"), r.get("value")) for r in indicators(page)}
    assert ("签约项目履约率", 91.2) in found
    assert ("签约项目开工率", 68.4) in found


def test_two_subjects_sharing_a_tail_are_read_as_before() -> None:
    page = "某县民生\n\n本报讯 前三季度,城镇、农村居民人均可支配收入分别达38210元、19864元。\n"
    found = {(r.get("metric"), r.get("value")) for r in indicators(page)}
    assert ("城镇居民人均可支配收入", 38210) in found
    assert ("农村居民人均可支配收入", 19864) in found


# --- page year: the past event of a firm named next -------------------------------------------------

def test_a_firms_past_settling_says_nothing_of_the_page_year() -> None:
    assert read_page_year("2020年落户该区的某某电子公司今年追加投资8亿元。") is None
    assert read_page_year("2019年签约的甲项目已经投产。") is None


def test_a_year_under_way_still_gives_the_page_year() -> None:
    found = read_page_year("2023年1—9月,全区规上工业产值增长8.1%。")
    assert found is not None and found.year == 2023


# --- projects: a kind of works counted --------------------------------------------------------------

def test_a_kind_of_park_counted_is_no_project() -> None:
    page = ("某县园区\n\n本报讯 万盛经开区计划到2026年新建特色产业园区3个。同日,"
            "某某智能家居产业园项目开工,总投资6亿元。\n")
    names = set(projects(page))
    assert not any("特色产业园" in n for n in names)
    assert any("智能家居产业园" in n for n in names)


# --- projects: a month without a year ------------------------------------------------------------------

def test_a_month_without_a_year_is_written_without_a_day() -> None:
    page = ("某县项目\n\n某某食品有限公司投资2.3亿元建设的冷链物流中心已于5月动工,"
            "预计明年建成。\n")
    found = rule_helpers(None)[2](page)
    assert found["冷链物流中心"].get("date") == "--05"


# --- projects: the firm of a signing, then the works agreed on ---------------------------------------

def test_the_firm_that_signed_invests_in_the_works_agreed_on() -> None:
    page = ("某县招商\n\n本报讯 6月,宁波德川电器有限公司与江津区签订投资协议,计划投资9亿元建设"
            "智能小家电生产基地。\n")
    r = projects(page)["智能小家电生产基地"]
    assert r.get("investor") == "宁波德川电器有限公司"
    assert r.get("location", {}).get("county") == "江津区"


def test_two_places_signing_name_no_investor() -> None:
    page = ("某县招商\n\n本报讯 6月,江津区与某某镇签订合作协议,计划投资9亿元建设智能小家电生产基地。\n")
    found = projects(page)
    assert all(r.get("investor") is None for r in found.values())


# --- statistics: rounds of guests or visits -------------------------------------------------------

def test_rounds_of_guests_are_no_statistic() -> None:
    page = ("某县招商\n\n本报讯 今年以来,招商组邀请35批次客商到南川考察,全区规上工业企业达到210家。\n")
    found = {r.get("value") for r in indicators(page)}
    assert 35 not in found
    assert 210 in found
