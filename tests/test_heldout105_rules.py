"""Rules the misses of the hundred-and-fifth held-out set called for, each on phrasings of its own.

The set is biomedicine, medical devices and the health industry: a city paper's print page with a
masthead and an advert, a trade weekly's web copy in markdown, and a page in Traditional characters
out of a PDF with inline pinyin and a running head naming the paper and its supplement.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.projects import capacity_in, find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 4, 20))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(f"{page}\n").items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


# --- cleaning: page furniture -------------------------------------------------------------------------

def test_an_editor_line_in_square_brackets_is_furniture() -> None:
    assert classify_text(["【责任编辑:沈嘉禾　校对:陆一鸣】"], 0) == ("furniture", "editor line")
    assert classify_text(["[编辑:顾清 审核:钱塘]"], 0) == ("furniture", "editor line")


def test_a_bracketed_heading_or_a_sentence_naming_an_editor_is_no_editor_line() -> None:
    assert classify_text(["【专家解读】集采药品如何保供"], 0) is None
    assert classify_text(["【聚焦】责任编辑们走进武进区的医疗器械企业,看到了什么?"], 0) is None


def test_a_dated_running_head_after_the_paper_and_its_supplement_is_a_page_header() -> None:
    assert classify_text(["湖州晚报·健康周刊 2026年3月2日 星期一 第5版"], 0) == ("furniture", "page header")
    assert classify_text(["嘉兴日报 2026年4月8日 星期三"], 0) == ("furniture", "page header")


def test_a_sentence_naming_a_paper_and_a_date_is_no_page_header() -> None:
    assert classify_text(["据嘉兴日报报道,2026年4月8日星期三南湖区一家药企开工。"], 0) is None


# --- projects: names, capacities, stages, places and investors ----------------------------------------

def test_capacities_counted_in_the_units_of_medicines_and_test_kits() -> None:
    page = ("本报讯 4月16日,常州康弘生物科技有限公司体外诊断试剂项目在武进区开工,项目投资3亿元,"
            "建成后年产核酸检测试剂2亿人份。")
    assert _project(page, "体外诊断试剂项目")["capacity"] == "年产核酸检测试剂2亿人份"
    page = "本报讯 4月12日,湖州安瑞药业有限公司口服液项目投产,项目投资2亿元,可年产中药口服液8000万瓶。"
    assert _project(page, "口服液项目")["capacity"] == "年产中药口服液8000万瓶"
    assert capacity_in("年产5000万贴透皮贴剂项目").group() == "年产5000万贴透皮贴剂"
    assert capacity_in("年产3亿粒软胶囊生产线").group() == "年产3亿粒软胶囊"


def test_a_count_of_boxes_bought_a_yield_per_mu_or_a_yearly_output_value_is_no_capacity() -> None:
    page = "本报讯 4月12日,台州明远药业有限公司制剂项目投产,项目投资2亿元,今年已采购药用包装盒200万盒。"
    assert _project(page, "制剂项目").get("capacity") is None
    page = "本报讯 4月12日,仙居县铁皮石斛种植基地项目开工,项目投资1亿元,建成后每亩年产鲜条约600公斤。"
    assert _project(page, "种植基地项目").get("capacity") is None
    assert capacity_in("年产值3亿元的医药项目") is None


def test_an_incubator_or_an_innovation_centre_told_opened_is_a_project() -> None:
    assert _names("4月8日,瓯海区生命健康科技孵化器正式投入使用。") == ["瓯海区生命健康科技孵化器"]
    assert _names("近日,椒江区医药创新研发中心建成投用。") == ["椒江区医药创新研发中心"]


def test_an_incubator_as_a_place_or_innovation_as_a_class_of_projects_is_no_project() -> None:
    assert _names("首批12家企业入驻瓯海区生命健康科技孵化器。") == []
    assert _names("要推动更多科技创新项目在越城区落地。") == []


def test_a_sectors_projects_under_way_are_no_project_name() -> None:
    assert _names("下一步将加快推进在建医药项目建设。") == []
    assert _names("全力推进续建化工项目按期投产。") == []


def test_a_named_project_under_way_keeps_its_name() -> None:
    assert "相城区生物医药产业园二期项目" in _names("相城区生物医药产业园二期项目正在加快建设。")


def test_the_environmental_assessments_paperwork_is_preparation() -> None:
    page = "本报讯 目前,绍兴华越药业有限公司原料药二期项目正在办理环评手续,计划投资4亿元。"
    r = _project(page, "原料药二期项目")
    assert (r["stage"], r["status"]) == ("planned", "actual")


def test_a_start_planned_after_the_paperwork_outdates_it() -> None:
    page = "本报讯 南湖区医用耗材项目已完成环评手续,项目投资3亿元,预计9月开工。"
    r = _project(page, "医用耗材项目")
    assert (r["stage"], r["status"]) == ("started", "target")


def test_a_bare_park_before_the_name_places_the_project_in_the_park_named_by_its_office() -> None:
    page = ("本报讯(记者 孙某)4月16日,记者从吴兴区健康产业园管委会获悉,园区一季度实现产值12亿元。\n"
            "在园区西区,湖州康泰医疗器械有限公司年产500万套医用导管项目日前投产,项目投资2亿元。")
    assert _project(page, "医用导管项目")["location"]["detail"] == "健康产业园"
    page = ("本报讯(记者 孙某)4月16日,记者从吴兴区健康产业园管委会获悉,园区一季度实现产值12亿元。\n"
            "园区正在建设的医疗器械检测中心项目总投资1.2亿元,计划年底建成。")
    assert _project(page, "检测中心项目")["location"]["detail"] == "健康产业园"


def test_a_bare_park_with_two_parks_named_before_gives_no_detail() -> None:
    page = ("本报讯(记者 孙某)4月16日,吴兴区健康产业园和吴兴区智能装备产业园一季度实现产值20亿元。\n"
            "在园区西区,湖州康泰医疗器械有限公司年产500万套医用导管项目日前投产,项目投资2亿元。")
    assert _project(page, "医用导管项目")["location"]["detail"] is None


def test_a_firm_signing_to_add_to_its_plant_is_the_investor() -> None:
    page = ("本报讯 4月9日,浙江瑞安康复器械股份有限公司与瓯海经济开发区签订增资扩产协议,追加投资3亿元"
            "建设康复器械智能工厂项目。")
    assert _project(page, "智能工厂项目")["investor"] == "浙江瑞安康复器械股份有限公司"


def test_a_firm_signing_with_no_sum_of_its_own_after_is_no_investor_by_that_rule() -> None:
    page = ("本报讯 4月9日,浙江瑞安康复器械股份有限公司与瓯海经济开发区签订战略合作协议,双方表示,"
            "开发区今年将建设康复器械产业园项目。")
    assert _project(page, "产业园项目").get("investor") is None
