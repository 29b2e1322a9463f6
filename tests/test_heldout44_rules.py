"""Rules the misses of the forty-fourth held-out set called for, each on phrasings of its own.

The set is about year-end reviews and annual lists: a county's or a zone's review of its year,
a list of the year's key projects each with the stage it reached, a new year's first-day starts,
full-year figures against targets, months without a year.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 12, 29))


def _one(page: str, word: str):
    found = [r for name, r in projects(page).items() if word in (name or "")]
    assert len(found) == 1, list(projects(page))
    return found[0]


# --- a list of projects, one a paragraph opened by a dash and the bare name -----------------------

def test_a_dash_item_whose_bare_name_closes_its_own_sentence_heads_the_facts() -> None:
    page = ("某区今年八大民生工程全部完工\n\n记者从区住建局获悉，今年确定的八大民生工程已全部完工。\n\n"
            "——某某片区雨污分流改造工程。总投资1.6亿元，改造管网42公里，10月竣工。\n\n"
            "■某某中学综合楼项目。由某某建设集团有限公司承建，总投资7800万元，7月建成投用。\n")
    sewer = _one(page, "雨污分流")
    assert (sewer.get("stage"), sewer.get("investment_cny"), sewer.get("date")) == \
        ("completed", 160000000, "2025-10")
    school = _one(page, "综合楼")
    assert (school.get("stage"), school.get("investment_cny"), school.get("date")) == \
        ("in_production", 78000000, "2025-07")


def test_a_dash_opening_a_sentence_with_a_comma_heads_no_item() -> None:
    page = ("某县项目建设综述\n\n——今年以来，某某县项目建设提速。某某物流园项目总投资3亿元，5月开工。\n")
    park = _one(page, "物流园")
    assert (park.get("stage"), park.get("date")) == ("started", "2025-05")


# --- the stage an item reached: the last of its events ------------------------------------------

def test_two_events_written_together_give_the_later() -> None:
    page = ("某县光伏电站并网\n\n本报讯 某某县某某农光互补电站项目总投资4亿元，11月建成并网发电。"
            "某某污水处理厂提标改造工程总投资6000万元，9月竣工投运。\n")
    assert _one(page, "农光互补").get("stage") == "in_production"
    assert _one(page, "污水处理厂").get("stage") == "in_production"


def test_events_dated_by_month_in_one_item_give_the_last() -> None:
    page = ("某县年终盘点\n\n本报讯 今年，某某县年产8万吨面粉加工项目由某某粮油有限公司投资3亿元建设，"
            "2月签约，6月开工，12月建成投产。\n")
    mill = _one(page, "面粉")
    assert (mill.get("stage"), mill.get("status"), mill.get("date")) == ("in_production", "actual", "2025-12")


def test_a_planned_event_after_a_dated_one_leaves_the_event_done() -> None:
    page = ("某县项目签约\n\n本报讯 某某县年产5万吨饲料项目总投资2亿元，3月签约落户，计划10月开工。\n")
    feed = _one(page, "饲料")
    assert (feed.get("stage"), feed.get("date")) == ("signed", "2025-03")


# --- the close of a year framing a review -------------------------------------------------------

def test_a_year_drawing_to_its_close_is_no_plan() -> None:
    page = ("某园区这一年\n\n本报讯 2025年即将画上句号。5月，总投资9亿元的某某锂电隔膜项目开工建设；"
            "10月，某某食品产业园一期项目建成投产。\n")
    assert _one(page, "隔膜").get("status") == "actual"
    assert _one(page, "食品产业园").get("status") == "actual"
    plan = ("某县部署明年工作\n\n本报讯 某某县即将启动新一轮招商，"
            "某某仓储物流项目计划明年3月开工，总投资2亿元。\n")
    assert _one(plan, "仓储物流").get("status") == "target"


# --- a year's estimate in its last month ----------------------------------------------------------

def test_a_full_years_estimate_in_december_is_the_year_not_a_goal() -> None:
    page = ("某县经济运行平稳\n\n本报讯 全年，某某县预计实现规上工业增加值86.4亿元，同比增长7.1%。"
            "明年力争规上工业增加值增长8%。\n")
    december = [(r.get("value"), r.get("period")) for r in doc(page).records if r.kind == "indicator"]
    assert (8640000000, "2025") in december
    assert (8, "2026(目标)") in december


# --- a year's tally of key projects and what went past the plan -----------------------------------

def test_the_years_spending_after_a_count_is_the_groups_total() -> None:
    page = ("某区去年项目建设回顾\n\n本报讯 2025年，某某区实施市级重点项目38个，全年完成投资96.5亿元，"
            "超年度计划4.2亿元。\n")
    batches = [(r.get("count"), r.get("total_cny")) for r in doc(page).records if r.kind == "batch"]
    assert (38, 9650000000) in batches
    assert all(r.get("value") != 420000000 for r in indicators(page))
    goal = ("某区部署今年项目建设\n\n本报讯 今年，某某区计划实施市级重点项目40个，全年完成投资100亿元。\n")
    assert (40, 10000000000) not in [(r.get("count"), r.get("total_cny"))
                                      for r in doc(goal).records if r.kind == "batch"]


def test_an_items_own_figures_are_no_statistics() -> None:
    page = ("某县十大民生实事完成\n\n记者从县政府获悉，今年十大民生实事全部完成。\n\n"
            "——某某河道综合治理工程。总投资1.1亿元，治理河道18公里，9月完工。\n")
    assert all(r.get("unit") != "公里" for r in indicators(page))
    assert _one(page, "河道").get("stage") == "completed"


def test_a_count_of_firms_signing_is_no_investor() -> None:
    page = ("某县开年签约\n\n本报讯 1月2日，某某县与5家企业集中签约，签约金额合计30亿元，"
            "其中包括总投资12亿元的某某智能装备制造项目。\n")
    assert _one(page, "智能装备").get("investor") is None


def test_projects_counted_again_on_schedule_are_no_batch() -> None:
    page = ("某区六大工程年终回顾\n\n本报讯 今年某某区六大重点工程总投资28亿元，6个项目全部完成年度计划。"
            "新签约项目9个，协议投资额41亿元。\n")
    counts = [r.get("count") for r in doc(page).records if r.kind == "batch"]
    assert 6 not in counts
    assert 9 in counts
