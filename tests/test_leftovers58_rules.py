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


# --- statistics: a firm's own bond -------------------------------------------------------------

def test_a_firms_bond_and_its_coupon_are_no_statistic() -> None:
    page = ("苏仙债券发行\n本报讯 11月17日，苏仙区城乡发展投资集团有限公司成功发行公司债券6亿元，"
            "期限7年，票面利率2.64%，募集资金将用于区内道路建设。\n")
    assert not any(v in (600000000, 2.64) for _, v in _stats(page))
    page = ("桂东企业融资\n本报讯 为建设新的冷库，桂东县一家茶叶企业发行了5000万元中期票据，发行利率3.2%。\n")
    assert not any(v in (50000000, 3.2) for _, v in _stats(page))


def test_a_places_bonds_and_its_average_rate_stay_statistics() -> None:
    page = ("桂东专项债\n本报讯 今年以来，桂东县已发行新增专项债券7.6亿元，支持项目14个。\n")
    assert any(v == 760000000 for _, v in _stats(page))
    page = ("苏仙信贷\n本报讯 截至10月末，苏仙区各项贷款余额612亿元，同比增长9.4%，"
            "新发放企业贷款加权平均利率3.21%。\n")
    assert any(v == 3.21 for _, v in _stats(page))
