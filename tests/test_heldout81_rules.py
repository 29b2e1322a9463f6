"""Rules the misses of the eighty-first held-out set called for, each on phrasings of its own.

The set is industrial upgrading news: technical renovation and large-scale equipment renewal of
factories already there, a city's list of upgrade projects with their sums and expected gains, the
city's upgrade investment and its share, and loans and subsidies for equipment.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 6, 20))


def _page(body: str, head: str = "某市技改项目情况") -> str:
    return f"## {head}\n\n本报讯(记者 甲乙){body}\n"


# --- projects: items numbered in Chinese, each a project told in prose ---------------------------

def test_an_item_numbered_in_chinese_is_a_project_told_by_its_item() -> None:
    page = _page("现将部分项目情况介绍如下:\n\n"
                 "　　一、桓台县鲁丰化纤有限公司差别化纤维智能生产线改造项目。项目总投资3.1亿元，"
                 "更新纺丝设备96台（套），计划9月底前投产。\n\n"
                 "　　（二）周村区齐纺家纺有限公司数字化印染车间项目。总投资8600万元，已于5月建成投用。\n")
    got = projects(page)
    a = next(r for n, r in got.items() if "差别化纤维智能生产线改造项目" in n)
    assert a.get("investment_cny") == 310_000_000 and a.get("stage") == "in_production"
    assert a.get("status") == "target"
    b = next(r for n, r in got.items() if "数字化印染车间项目" in n)
    assert b.get("investment_cny") == 86_000_000


def test_a_numbered_task_or_section_head_is_no_project_item() -> None:
    page = _page("　　一、加快推进重点项目。各地要倒排工期，确保年内完成投资计划。\n\n"
                 "　　二、重点工业项目（8个）\n")
    assert not projects(page)
