"""Rules the leftovers of the hundred-and-thirty-second and hundred-and-twenty-seventh held-out sets
called for, on phrasings of their own."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsmill.plugins.extract_indicators.figures import yearly_list_opening
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
