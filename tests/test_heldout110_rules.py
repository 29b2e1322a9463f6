"""Rules the misses of the hundred-and-tenth held-out set called for, each on phrasings of its own.

The set is transport and water works in Hunan and Jiangxi: a PDF text of a print page with words
broken across lines, a web copy with half-width punctuation and a "来源" line, and a digital edition
with a byline on a line of its own and briefs opened by middle dots.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import bracketed_picture_caption
from newsmill.plugins.segment_news import plan_gloss
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 10, 20))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _titles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


# --- projects: stages ------------------------------------------------------------------------------

def test_a_port_or_a_station_put_into_trial_operation_is_in_production() -> None:
    page = "10月16日，醴陵港区渌口作业区二期工程投入试运营，新建1000吨级泊位3个。\n"
    assert projects(page)["醴陵港区渌口作业区二期工程"].get("stage") == "in_production"
    page = "10月15日，祁阳市浯溪码头工程正式试运营，总投资1.1亿元。\n"
    assert projects(page)["祁阳市浯溪码头工程"].get("stage") == "in_production"


def test_a_trial_operation_planned_stays_a_target() -> None:
    page = "祁阳市浯溪码头工程计划明年元旦试运营。\n"
    r = projects(page)["祁阳市浯溪码头工程"]
    assert (r.get("stage"), r.get("status")) == ("in_production", "target")


def test_a_water_supply_carrying_water_along_its_length_is_built() -> None:
    page = "10月12日，石城县城乡供水一体化工程全线通水，惠及群众9.6万人。\n"
    assert projects(page)["石城县城乡供水一体化工程"].get("stage") == "completed"


def test_a_works_whose_feasibility_papers_are_approved_then_its_start_planned_is_a_started_target() -> None:
    page = ("近日，宁乡至韶山高速公路工程可行性研究报告获省发展改革委批复。"
            "项目全长41.2公里，估算总投资56.8亿元，计划明年一季度进场施工。\n")
    r = projects(page)["宁乡至韶山高速公路工程"]
    assert (r.get("stage"), r.get("status")) == ("started", "target")


def test_papers_approved_with_another_works_planned_next_stay_planned() -> None:
    page = ("近日，宁乡至韶山高速公路工程可行性研究报告获省发展改革委批复。连接线二期工程计划明年开工。\n")
    r = projects(page)["宁乡至韶山高速公路工程"]
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")


# --- projects: names -----------------------------------------------------------------------------

def test_a_road_met_at_a_works_end_is_a_landmark() -> None:
    assert _names("该公路起于渌口镇，与江西省规划建设的高速公路相接，全长36公里。") == []
    assert _names("线路终点与既有铁路相连。") == []


def test_a_road_joined_and_then_started_is_still_named() -> None:
    assert _names("与渌口大桥相连接的渌口连接线工程开工建设。") == ["渌口连接线工程"]


def test_a_middle_dot_opening_a_brief_is_no_part_of_the_name() -> None:
    text = "简讯\n·攸县网岭至皇图岭公路建成通车，总投资1.3亿元。"
    assert _names(text) == ["攸县网岭至皇图岭公路"]


def test_a_middle_dot_inside_a_name_stays() -> None:
    assert _names("云端·茶旅小镇项目开工。") == ["云端·茶旅小镇项目"]


def test_an_irrigation_district_named_by_its_river_is_a_works() -> None:
    assert _names("与水库配套的琴江灌区工程正在加快建设。") == ["琴江灌区工程"]


def test_an_irrigation_district_named_by_its_size_class_is_none() -> None:
    assert _names("全省大中型灌区工程加快建设。") == []
    assert _names("这座建设了两年的中型水库开始蓄水。") == []


def test_a_park_served_or_holding_firms_and_a_plant_supplied_are_no_works() -> None:
    assert _names("码头主要服务松柏工业园的原料运输。") == []
    assert _names("投运后，松柏工业园的企业可以就近装船。") == []
    assert _names("水库届时将向城东水厂供水。") == []


def test_a_park_told_with_its_own_event_stays_a_works() -> None:
    assert _names("松柏工业园二期项目开工建设。") == ["松柏工业园二期项目"]


def test_a_works_sum_by_its_approved_estimate_opens_a_sentence_of_it() -> None:
    page = ("10月9日，石城县琴江水库工程正式下闸蓄水。\n\n水库位于石城县琴江镇。\n\n"
            "工程概算总投资12.4亿元，其中中央预算内投资5亿元。\n")
    assert projects(page)["石城县琴江水库工程"].get("investment_cny") == 1240000000


# --- articles: titles ------------------------------------------------------------------------------

def test_a_title_of_transport_works_reporting_its_event_stands_over_its_gloss() -> None:
    page = ("醴茶铁路建成通车\n湘东再添一条快速通道\n\n"
            "本报讯（记者 伍清嘉）10月18日，醴陵至茶陵铁路正式建成通车。\n")
    assert _titles(page)[0] == ("醴茶铁路建成通车", "湘东再添一条快速通道")


def test_a_line_of_the_plan_under_a_milestone_is_the_gloss() -> None:
    page = ("宁韶高速公路韶峰隧道贯通\n全线计划2027年建成通车\n\n本报讯（记者 伍清嘉）10月18日，"
            "宁乡至韶山高速公路韶峰隧道实现双洞贯通。\n")
    assert _titles(page)[0] == ("宁韶高速公路韶峰隧道贯通", "全线计划2027年建成通车")


def test_a_plan_line_with_no_event_beside_it_is_no_gloss() -> None:
    texts = ["全线计划年底建成通车", "宁韶高速建设跑出加速度"]
    assert not plan_gloss(texts, [True, False], [False, False], 0)
    texts = ["宁韶高速公路韶峰隧道贯通", "全线计划2027年建成通车"]
    assert plan_gloss(texts, [False, True], [True, False], 1)


def test_a_lone_title_of_works_finished_or_accepted_over_a_dated_lead_opens_a_story() -> None:
    page = ("石城琴江水库下闸蓄水\n\n10月9日，石城县琴江水库工程正式下闸蓄水。\n\n"
            "瑞金8座小型水库除险加固完工\n\n近日，瑞金市8座小型水库除险加固工程全部完工。\n\n"
            "兴国县平江河道治理工程通过完工验收\n\n日前，兴国县平江河道治理工程通过完工验收。\n")
    heads = [h for h, _ in _titles(page)]
    assert heads == ["石城琴江水库下闸蓄水", "瑞金8座小型水库除险加固完工",
                     "兴国县平江河道治理工程通过完工验收"]


def test_a_sub_head_of_works_finished_over_an_undated_paragraph_stays_a_section() -> None:
    page = ("石城琴江水库下闸蓄水\n\n10月9日，石城县琴江水库工程正式下闸蓄水。\n\n"
            "配套渠道同步完工\n\n水库配套的干渠和支渠也已全部建成。\n")
    assert len(_titles(page)) == 1


def test_a_sentence_opening_on_a_bridge_or_a_reservoir_bare_is_about_the_one_just_told() -> None:
    page = ("10月12日，桃江县资江大桥工程完成交工验收。大桥全长1.8公里，总投资7.2亿元，"
            "由桃江县交通建设投资有限公司投资建设。\n")
    r = projects(page)["桃江县资江大桥工程"]
    assert r.get("investment_cny") == 720000000


def test_a_bridge_bare_with_no_figure_after_takes_nothing() -> None:
    page = "10月12日，桃江县资江大桥工程完成交工验收。大桥通车后，两岸车程缩短至5分钟。\n"
    assert projects(page)["桃江县资江大桥工程"].get("investment_cny") is None


def test_a_port_capacity_as_designed_keeps_its_word() -> None:
    page = "10月8日，湘阴港区漕溪作业区工程开工，建设2000吨级泊位3个，设计年吞吐能力260万吨。\n"
    assert projects(page)["湘阴港区漕溪作业区工程"].get("capacity") == "设计年吞吐能力260万吨"


# --- batches ---------------------------------------------------------------------------------------

def _batches(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "batch")]


def test_a_ceremony_held_at_a_main_venue_and_its_branches_at_once_is_a_venue() -> None:
    page = ("本报讯 10月16日，全省第四季度水利重大项目集中开工活动在湘阴县主会场和各市州分会场同步举行。"
            "此次集中开工的水利项目共42个，总投资318.6亿元。\n")
    assert [b.get("count") for b in _batches(page)] == [42]
    assert all(b.get("region") != "湘阴县" for b in _batches(page))


def test_reservoirs_counted_before_the_works_done_on_them_are_a_batch() -> None:
    page = "近日，桃江县今年实施的12座小型水库除险加固工程全部完工，总投资6400万元。\n"
    assert [(b.get("count"), b.get("event"), b.get("total_cny")) for b in _batches(page)] \
        == [(12, "completed", 64000000)]


def test_reservoirs_a_place_has_are_no_batch() -> None:
    page = "桃江县现有中型水库6座，小型水库128座。\n"
    assert _batches(page) == []


def test_a_place_talking_with_firms_about_the_sum_they_intend_is_a_batch_in_talks() -> None:
    page = "目前，湘阴县正在与另外三家物流企业洽谈合作，意向投资额约5亿元。\n"
    assert [(b.get("count"), b.get("event")) for b in _batches(page)] == [(3, "negotiating")]


def test_firms_talked_with_and_no_sum_are_no_batch() -> None:
    page = "目前，湘阴县正在与另外三家物流企业洽谈合作。\n"
    assert _batches(page) == []


# --- indicators ------------------------------------------------------------------------------------

def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def test_a_works_funds_listed_after_its_approved_estimate_are_no_statistics() -> None:
    page = ("10月9日，桃江县资江水库工程下闸蓄水。工程概算总投资12.4亿元，其中中央预算内投资5亿元、"
            "省级配套资金2.6亿元。\n")
    assert not any(r.get("value") in (500000000, 260000000) for r in _indicators(page))


def test_a_provinces_funds_of_the_year_stay_statistics() -> None:
    page = "今年以来，湖南省共争取水利领域中央预算内投资86亿元，同比增长12%。\n"
    assert any(r.get("value") == 8600000000 for r in _indicators(page))


def test_a_dams_height_or_a_bridges_span_is_no_statistic() -> None:
    page = "大坝为混凝土重力坝，最大坝高72米；大桥主跨420米，路基宽度24.5米。\n"
    assert not any(r.get("unit") == "米" for r in _indicators(page))


# --- cleaning ----------------------------------------------------------------------------------------

def test_a_bracketed_caption_with_a_name_spaced_by_two_blanks_is_furniture() -> None:
    assert bracketed_picture_caption("（图为醴茶铁路醴陵段。 记者  伍  清  嘉  摄）")
    assert bracketed_picture_caption("（图为醴茶铁路醴陵段。伍 清 嘉 摄）")


def test_a_bracketed_aside_with_no_credit_is_no_caption() -> None:
    assert not bracketed_picture_caption("（图为示意，项目总投资2亿元）")


def test_works_to_be_pushed_on_then_their_start_planned_are_a_started_target() -> None:
    page = "下一步，桃江县将推进城乡供水二期工程，总投资约3.2亿元，计划明年二季度开工。\n"
    r = projects(page)["城乡供水二期工程"]
    assert (r.get("stage"), r.get("status")) == ("started", "target")


def test_works_pushed_on_now_with_no_start_planned_stay_under_way() -> None:
    page = "目前，桃江县正在推进城乡供水二期工程，总投资约3.2亿元。\n"
    r = projects(page)["城乡供水二期工程"]
    assert r.get("stage") == "under_construction"


def test_a_station_put_into_trial_operation_is_named_as_works() -> None:
    assert _names("宜章县汽车客运站投入试运营，总投资1.2亿元。") == ["宜章县汽车客运站"]
    assert _names("签约仪式在宜章县汽车客运站举行。") == []


def test_the_length_one_works_will_do_is_no_statistic() -> None:
    page = "同日开工的桃江县资江航道整治工程，总投资3.6亿元，将整治航道36公里。\n"
    assert not any(r.get("unit") == "公里" for r in _indicators(page))


def test_the_length_a_province_will_do_stays_a_statistic() -> None:
    page = "今年，全省将整治航道120公里。\n"
    assert any(r.get("value") == 120 for r in _indicators(page))


def test_a_cost_per_mu_told_in_speech_is_no_statistic() -> None:
    page = "“以前，一亩地一年光电费就要300多元。”桃江县一位果农说。\n"
    assert not any(r.get("value") == 300 for r in _indicators(page))
