"""Stages and statuses of work-plan phrasings, each rule on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _projects(sentence: str) -> dict[str, tuple[object, object]]:
    page = "某县今年重点工作安排\n\n本报讯 " + sentence + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 2, 20))
    return {r.get("name"): (r.get("stage"), r.get("status")) for r in doc.records if r.kind == "project"}


def test_success_a_plan_aims_at_is_no_mark_of_completion() -> None:
    got = _projects("今年，力争成功申建青岚综合物流中心，做好外贸企业培育工作。")
    assert got.get("青岚综合物流中心") == ("planned", "target"), got
    got = _projects("年内力争鹿鸣山康养基地项目成功落地。")
    assert got.get("鹿鸣山康养基地项目", (None, None))[1] == "target", got


def test_success_reported_stays_actual() -> None:
    got = _projects("总投资6亿元的鹿鸣山康养基地项目已于上月成功签约。")
    assert got.get("鹿鸣山康养基地项目") == ("signed", "actual"), got


def test_names_between_qi_dong_and_jian_she_start_their_works() -> None:
    got = _projects("3月，全面启动桂湾标准厂房、东坪污水处理厂等项目建设。")
    assert got.get("桂湾标准厂房", (None,))[0] == "started", got
    assert got.get("东坪污水处理厂", (None,))[0] == "started", got


def test_building_without_qi_dong_stays_under_way() -> None:
    got = _projects("目前，我县正在加快桂湾标准厂房项目建设。")
    assert got.get("桂湾标准厂房项目", (None,))[0] == "under_construction", got


def test_platforms_relied_on_take_no_event_of_a_later_clause() -> None:
    got = _projects("依托临江智造产业园和北站物流园两大平台，大力引进先进制造企业。")
    assert got.get("临江智造产业园") == (None, None), got
    assert got.get("北站物流园") == (None, None), got


def test_xiang_mu_qian_qi_is_no_mark_of_the_present() -> None:
    from newsmill.zh.cues import ACTUAL_RE

    assert ACTUAL_RE.search("做好甲乙等3个项目前期工作") is None
    assert ACTUAL_RE.search("目前，甲乙项目进展顺利") is not None


def test_preparatory_work_in_a_work_plan_is_a_target() -> None:
    plan = ("今年，我县将力争完成固定资产投资80亿元，确保规上工业增加值增长8%。"
            "加快建设城东大道二期等6条道路，全力做好云溪大桥、南山隧道等3个项目前期工作。"
            "力争新签约项目20个，确保开工项目15个。")
    got = _projects(plan)
    assert got.get("云溪大桥项目") == ("planned", "target"), got
