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
