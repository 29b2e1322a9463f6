"""Rules the misses of the fifty-first held-out set called for, each on phrasings of its own.

The set is a provincial economic daily's city news: leaders' visits and work meetings that set
key tasks told inline (``一是…；二是…``), a quarter's results, contracts honoured and funds in
place, an investment week's signings, plants put into trial production or first products off the
line.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 5, 20))


# --- stages: a plant lit up, its first products off the line, production begun ------------------

def test_first_products_off_the_line_put_a_plant_into_production() -> None:
    page = ("某市要闻\n\n本报讯 5月12日,位于某某县工业园区的青原机电有限公司年产20万台电动机项目"
            "首批产品下线,发往华东客户。\n")
    assert projects(page)["青原机电有限公司年产20万台电动机项目"].get("stage") == "in_production"


def test_a_kiln_lit_and_production_begun_is_in_production() -> None:
    page = ("某市要闻\n\n本报讯 5月8日,某某县的青山玻璃有限公司年产60万吨光伏玻璃生产线窑炉成功点火,"
            "项目投入生产。\n")
    found = projects(page)
    assert found["青山玻璃有限公司年产60万吨光伏玻璃生产线"].get("stage") == "in_production"


def test_fitting_done_then_trial_runs_begun_is_in_production() -> None:
    page = ("某县要闻\n\n本报讯 日前,某某县食品产业园内的青溪食品有限公司果蔬冻干项目完成设备安装调试,"
            "开始试生产。\n")
    assert projects(page)["青溪食品有限公司果蔬冻干项目"].get("stage") == "in_production"


def test_fitting_under_way_stays_under_construction() -> None:
    page = ("某县要闻\n\n本报讯 日前,某某县的青溪食品有限公司果蔬冻干项目正在进行设备安装调试,"
            "预计下月试生产。\n")
    assert projects(page)["青溪食品有限公司果蔬冻干项目"].get("stage") == "under_construction"


# --- names: list markers, inquiries, places listed and a tour's stops are no projects -----------

def test_an_ordinal_and_a_verb_before_projects_name_no_project() -> None:
    page = ("某县会议\n\n本报讯 会议明确了三项任务。一是抓项目攻坚;二是抓招商引资。"
            "随后,调研组详细询问项目进度和企业用工情况。\n")
    assert not projects(page)


def test_places_listed_before_a_class_of_projects_are_no_projects() -> None:
    page = ("某市会议\n\n本报讯 会议对某某区、某某县等上半年项目建设成效明显的地方进行了通报表扬,"
            "总投资5亿元的青木家居产业园项目同日开工。\n")
    names = set(projects(page))
    assert names == {"青木家居产业园项目"}


def test_the_next_stop_of_a_tour_is_no_project() -> None:
    page = ("某市调研\n\n本报讯 调研组先后来到某某县高新技术产业园区、青石镇农产品加工园,察看了"
            "青禾食品有限公司年产3万吨粉丝项目建设现场。\n")
    names = set(projects(page))
    assert "青石镇农产品加工园" not in names
    assert "青禾食品有限公司年产3万吨粉丝项目" in names


def test_a_park_opening_a_clause_of_works_is_still_a_project() -> None:
    page = ("某县项目\n\n本报讯 5月9日,某某县举行开工活动。青石镇农产品加工园、某某县物流园区等项目"
            "同日开工,总投资9亿元。\n")
    assert any("青石镇农产品加工园" in name for name in projects(page))


# --- status: a meeting's tasks told inline are goals ---------------------------------------------

def test_an_item_of_tasks_told_inline_is_a_target() -> None:
    page = ("某县会议\n\n本报讯 5月6日,某某县召开工作会。会议部署了今年5项重点任务。一是稳运行;"
            "二是强项目,推动总投资12亿元的青川锂电隔膜项目三季度开工;三是优环境。\n")
    assert projects(page)["青川锂电隔膜项目"].get("status") == "target"


def test_an_item_after_a_lead_with_a_colon_is_a_target() -> None:
    page = ("某县会议\n\n本报讯 会议明确了全年四大工作任务:其一,做强园区,推动总投资8亿元的"
            "青岭新材料产业园二期项目加快建设;其二,做优服务。\n")
    assert projects(page)["青岭新材料产业园二期项目"].get("status") == "target"


def test_items_of_a_look_back_stay_actual() -> None:
    page = ("某县回顾\n\n本报讯 去年全县重点工作取得明显成效:一是稳运行;二是强项目,"
            "总投资12亿元的青川锂电隔膜项目建成投产。\n")
    assert projects(page)["青川锂电隔膜项目"].get("status") == "actual"


# --- places: a place named in one item of a series is not where the next happens ----------------

def test_a_park_in_an_earlier_item_is_no_region_of_the_next() -> None:
    page = ("广安要闻\n\n本报讯 2025年一季度,广安市规上工业增加值增长8%。会议确定了6项重点工作。"
            "一是抓园区,加快广安经济技术开发区标准化厂房建设;二是抓企业培育,"
            "全年新增规上工业企业15户以上。\n")
    found = {(r.get("metric"), r.get("region")) for r in indicators(page)}
    assert ("新增规上工业企业", "广安市") in found


# --- statistics: a rate a goal holds at a level ---------------------------------------------------

def test_a_rate_held_at_a_level_keeps_its_metric() -> None:
    page = "某市招商\n\n本报讯 今年,某某市将确保签约项目履约率保持在92%以上。\n"
    found = [(r.get("metric"), r.get("value")) for r in indicators(page)]
    assert len(found) == 1 and found[0][1] == 92
    assert found[0][0].endswith("履约率")


def test_a_level_held_without_a_rate_word_is_left_as_before() -> None:
    page = "某市招商\n\n本报讯 今年,某某市签约项目履约率达到88%。\n"
    found = [(r.get("metric"), r.get("value")) for r in indicators(page)]
    assert len(found) == 1 and found[0][1] == 88
