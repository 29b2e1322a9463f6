"""Rules for misses the ninety-sixth and ninety-seventh held-out sets listed, each on phrasings of
its own (Guizhou's Qiandongnan: Liping, Congjiang and Tianzhu)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

_doc, records, projects = rule_helpers(dt.date(2025, 11, 28))


def _project(page: str, part: str) -> dict:
    """The fields of the one project whose name holds ``part``."""
    found = [r for n, r in projects(page).items() if n and part in n]
    assert found, list(projects(page))
    return {k: f.value for k, f in found[0].fields.items()}


# --- projects: a works' tender, the works told on by 该工程 ------------------------------------------

def test_a_tender_then_the_works_planned_start_is_a_planned_start() -> None:
    page = ("从江一条县道启动招标\n\n本报讯(记者 潘某)近日,从江县丙妹至贯洞公路改建工程发布施工招标公告。"
            "该工程全长22.6公里,按二级公路标准改建,概算投资3.1亿元,计划明年3月开工建设。\n")
    got = _project(page, "丙妹至贯洞公路")
    assert (got["stage"], got["status"], got.get("date")) == ("started", "target", "2026-03")


def test_a_tender_done_after_the_name_then_the_start_planned() -> None:
    page = ("天柱县城至高酿公路改建工程已完成施工招标。该工程全长16公里,总投资1.9亿元,"
            "计划12月开工建设。\n")
    got = _project(page, "高酿公路")
    assert (got["stage"], got["status"], got.get("date")) == ("started", "target", "2025-12")


def test_works_being_built_stay_under_way() -> None:
    page = "黎平县德凤至高屯公路改建工程正在加紧施工,总投资2.2亿元,已完成路基工程。\n"
    got = _project(page, "高屯公路")
    assert (got["stage"], got["status"]) == ("under_construction", "actual")


# --- projects: a purpose clause opening the sentence -------------------------------------------------

def test_a_cue_of_the_aim_is_no_event_of_the_works_after_it() -> None:
    page = ("为保障新城物流园顺利投用,从江县同步实施了物流园供水工程,总投资0.6亿元。"
            "物流园供水工程已于10月底完工。\n")
    got = _project(page, "供水工程")
    assert got["stage"] == "completed" and got.get("date") == "2025-10"


def test_an_aim_told_by_a_firm_leaves_the_event_after_it() -> None:
    page = "为满足订单需求,某某材料有限公司投资3亿元建设的天柱县新材料生产线项目近日建成投产。\n"
    assert _project(page, "生产线项目")["stage"] == "in_production"


# --- projects: a clause along with the event told before ---------------------------------------------

def test_stations_put_to_use_along_with_the_line_take_its_day() -> None:
    page = ("本报讯(记者 杨某)11月26日上午10时,黎平至从江铁路正式开通运营,沿线群众出行更加便捷。\n"
            "  黎平至从江铁路全长96公里,设计时速160公里,总投资120亿元,2022年开工建设。\n"
            "  与线路开通同步,黎平站站房改造工程和从江站新站房也已完工投用。\n")
    for part in ("黎平站站房", "从江站新站房"):
        got = _project(page, part)
        assert got["stage"] == "in_production" and got.get("date") == "2025-11-26"


def test_a_station_with_a_month_of_its_own_keeps_it() -> None:
    page = ("本报讯 11月26日,黎平至从江铁路正式开通运营。"
            "与线路开通同步投用的从江站站房改造工程已于10月完工。\n")
    got = _project(page, "从江站站房")
    assert got.get("date") == "2025-10"


# --- indicators: funds won, summed; a road's traffic --------------------------------------------------

def test_funds_won_summed_are_a_result_whatever_the_plan_told_before() -> None:
    page = ("本报讯 记者从县交通运输局获悉,2026年全县计划实施交通重点项目18个,总投资96亿元,"
            "年度计划投资21亿元。\n今年,天柱县共争取中央预算内资金2.3亿元、地方政府专项债券资金5.1亿元,"
            "重点用于交通基础设施建设。\n")
    got = {r.get("value"): r for r in records(page, "indicator")}
    for value in (230_000_000, 510_000_000):
        assert value in got, list(got)
        assert got[value].get("status") == "actual" and got[value].get("period") == "2025"


def test_funds_to_be_won_stay_a_goal() -> None:
    page = "明年,天柱县将力争争取上级补助资金8亿元以上,重点用于交通基础设施建设。\n"
    got = [r for r in records(page, "indicator") if r.get("value") == 800_000_000]
    assert not got or got[0].get("status") == "target"


def test_a_road_s_traffic_is_no_statistic() -> None:
    page = "国庆假期,黎平县侗乡风情公路日均车流量比去年同期增加两成,全县接待游客52.6万人次,同比增长18.2%。\n"
    values = [r.get("value") for r in records(page, "indicator")]
    assert 20.0 not in values
    assert 526_000 in values


# --- projects: a line named by its two ends, its route told from a district ---------------------------

def test_a_line_whose_route_starts_in_a_district_of_its_first_end_city_has_no_county() -> None:
    page = ("本报讯(记者 李某)11月25日,玉溪至峨山高速公路实现全线贯通。"
            "玉峨高速起于红塔区大营街街道,止于峨山彝族自治县双江街道,全长42公里,总投资86亿元。\n")
    loc = _project(page, "玉溪至峨山高速公路")["location"]
    assert loc["city"] == "玉溪市" and loc["county"] is None


def test_a_line_sited_in_a_district_keeps_it() -> None:
    page = ("本报讯(记者 李某)11月25日,玉溪至峨山高速公路连接线工程开工建设。"
            "该工程位于红塔区,全长6公里,总投资3亿元。\n")
    loc = _project(page, "连接线工程")["location"]
    assert loc["county"] == "红塔区"


# --- names: a list's tail before the kind word ------------------------------------------------------

def test_a_list_s_tail_before_the_kind_word_is_no_works() -> None:
    page = ("明年,从江县将重点推进丙妹至贯洞公路、县城污水处理厂扩建和农村公路安防提升等工程建设,"
            "年度计划投资12亿元。\n")
    assert not [n for n in projects(page) if n and n.endswith(("等工程", "等项目"))]


def test_the_same_works_named_alone_stay_a_works() -> None:
    page = "本报讯 11月20日,从江县农村公路安防提升工程开工建设,总投资0.8亿元。\n"
    assert "从江县农村公路安防提升工程" in projects(page)
