"""Rules the tenth held-out set called for, beyond cleaning, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _indicators(page: str) -> list:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 6))
    return [r for r in doc.records if r.kind == "indicator"]


def test_a_works_total_is_the_project_s_amount_not_a_statistic() -> None:
    page = ("今年一季度,全市固定资产投资同比增长7.1%。\n"
            "城西污水处理厂扩建工程总投资9.8亿元,今年计划完成投资3亿元。\n")
    metrics = [r.get("metric") for r in _indicators(page)]
    assert any("固定资产投资" in m for m in metrics)
    assert not any("工程" in m for m in metrics)


def _projects(page: str) -> dict[str, object]:
    doc = Pipeline().process(page, pub_date=dt.date(2024, 5, 6))
    return {r.get("name"): r.get("stage") for r in doc.records if r.kind == "project"}


def test_members_singled_out_go_on_one_a_paragraph() -> None:
    page = ("本报讯 5月5日,江城区二季度重大项目集中开工,此次开工项目12个,总投资48亿元。\n"
            "其中,青禾新材料产业园项目由某科技有限公司投资9亿元建设,建成后年产薄膜3万吨。\n"
            "江城冷链物流中心项目总投资4.1亿元,主要建设冷库和配送中心。\n"
            "位于南湖街道的江城旧城片区微改造项目投资6.3亿元,计划改造老旧小区20个。\n")
    projects = _projects(page)
    assert projects.get("江城旧城片区微改造项目") == "started"


def test_a_paragraph_far_from_the_members_does_not_take_the_event() -> None:
    page = ("本报讯 5月5日,江城区二季度重大项目集中开工,此次开工项目12个,总投资48亿元。\n"
            "其中,青禾新材料产业园项目由某科技有限公司投资9亿元建设,建成后年产薄膜3万吨。\n"
            "\n"
            "位于南湖街道的江城旧城片区微改造项目投资6.3亿元,计划改造老旧小区20个。\n")
    assert _projects(page).get("江城旧城片区微改造项目") is None
