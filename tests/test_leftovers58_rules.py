"""Rules for what the hundred-and-thirtieth held-out set still missed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _stats(page: str) -> list[tuple[object, object]]:
    return [(r.get("metric"), r.get("value")) for r in records(page, "indicator")]


# --- statistics: what counted projects need to borrow --------------------------------------------

def test_the_loan_needs_of_counted_projects_are_no_statistic() -> None:
    page = ("桂东发布融资清单\n本报讯 11月18日，桂东县发布重点项目融资需求清单，共有项目24个，"
            "总投资63.5亿元，融资需求31.2亿元。\n")
    assert not any(v == 3120000000 for _, v in _stats(page))
    page = ("苏仙融资对接\n本报讯 11月18日，苏仙区梳理出17个产业项目，"
            "资金缺口合计9.8亿元，已推送给辖区银行。\n")
    assert not any(v == 980000000 for _, v in _stats(page))


def test_a_places_loan_needs_with_no_projects_counted_stay_a_statistic() -> None:
    page = ("桂东信贷形势\n本报讯 11月18日，据人民银行桂东县支行调查，今年以来，"
            "桂东县小微企业融资需求42.6亿元，同比增长8.1%。\n")
    assert any(v == 4260000000 for _, v in _stats(page))
