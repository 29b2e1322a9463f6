"""Rules the leftovers of the hundred-and-thirty-second and hundred-and-twenty-seventh held-out sets
called for, on phrasings of their own."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsmill.plugins.extract_indicators.figures import once_built_of_one_works, yearly_list_opening
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 12, 28))


def _metrics(page: str) -> dict[str, Any]:
    return {str(r.get("metric")): r for r in records(page, "indicator")}


# -- a works' yearly capacity, its goods listed with 、 ------------------------------------------------

def test_a_works_listed_goods_are_its_capacity() -> None:
    page = ("本报讯（记者 金哲浩）12月2日，汪清县举行招商项目签约仪式。其中，一家食品企业投资2.6亿元"
            "建设黑木耳精深加工产业园，年加工黑木耳、松茸等山珍8000吨；另一家企业投资1.1亿元建设冷链物流中心。"
            "今年以来，汪清县地区生产总值同比增长5.6%。")
    got = _metrics(page)
    assert not any(r.get("value") == 8000 for r in got.values())


def test_a_works_listed_goods_each_year_after_its_name() -> None:
    page = ("本报讯（通讯员 朴美兰）安图县长白山矿泉水产业园二期投产，每年可生产饮用天然矿泉水、"
            "含气饮料60万吨，新增就业岗位300个。")
    assert not any(r.get("value") == 60 for r in _metrics(page).values())


def test_a_place_s_year_of_listed_goods_stays_a_statistic() -> None:
    page = ("本报讯（记者 金哲浩）今年，图们市农业喜获丰收。今年生产水稻、大豆等粮食12.6万吨，"
            "同比增长4.3%。")
    assert any(r.get("value") == 12.6 for r in _metrics(page).values())


def test_the_yearly_list_opening_in_short() -> None:
    text = "，年加工玉米、大豆20万吨"
    assert yearly_list_opening(text, 1, text.index("20"))
    text = "，年产值、税收分别达到3亿元"
    assert not yearly_list_opening(text, 1, text.index("3"))
    text = "，全年生产原煤、焦炭共80万吨"
    assert not yearly_list_opening(text, 1, text.index("80"))
    text = "，年加工玉米20万吨、大豆10万吨"
    assert not yearly_list_opening(text, 1, text.index("10"))


# -- what one works yields once built, told after it by an anaphor -----------------------------------

def test_a_works_figures_after_it_is_built_are_its_own() -> None:
    page = ("本报讯（记者 金哲浩）和平煤矿智能化改造工程近日完成试运转。该工程投资7800万元，"
            "建成后井下作业人员减少40人，单班产量提高到3000吨。")
    assert not any(r.get("value") == 3000 for r in _metrics(page).values())


def test_the_works_figures_once_done_in_other_words() -> None:
    page = ("本报讯（通讯员 朴美兰）图们市一家木业企业的板材生产线技改项目于11月投产。该项目由企业自筹资金"
            "4500万元，投产后年产板材增加到12万立方米，产品合格率提高到98.5%。")
    got = _metrics(page)
    assert not any(r.get("value") in (12, 98.5) for r in got.values())


def test_a_place_s_whole_after_a_works_stays_a_statistic() -> None:
    page = ("本报讯（记者 金哲浩）该项目总投资2.1亿元，建成后全县污水日处理能力将达到6万吨。"
            "今年1至10月，汪清县规模以上工业增加值同比增长7.2%。")
    got = _metrics(page)
    assert any(r.get("value") == 7.2 for r in got.values())


def test_the_once_built_test_in_short() -> None:
    text = "该工程投资9600万元，建成后用工减少三分之一，班产提高到3000吨"
    assert once_built_of_one_works(text, 0, text.index("3000"))
    text = "该工程投资9600万元，建成后全县日供水能力达到8万吨"
    assert not once_built_of_one_works(text, 0, text.index("8万"))
    text = "全县重点工程完成投资45亿元，同比增长9%"  # no anaphor, no works once built
    assert not once_built_of_one_works(text, 0, text.index("45"))
