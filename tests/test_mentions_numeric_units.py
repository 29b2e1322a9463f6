"""Quantity and percent mentions on hand-written snippets, and through the pipeline."""

from __future__ import annotations

import pytest

from newsmill import Pipeline
from newsmill.zh.units import find_percents, find_quantities


def quantities(text: str) -> list[tuple[str, str, str, str, str]]:
    return [(text[h.start:h.end], format(h.value.normalize(), "f"), h.unit, h.dimension, h.printed_unit)
            for h in find_quantities(text)]


@pytest.mark.parametrize("text, expected", [
    ("新建光伏电站装机2.6万千瓦", [("2.6万千瓦", "26000", "kW", "power", "万千瓦")]),
    ("预计提供1200个就业岗位", [("1200个就业岗位", "1200", "岗位", "jobs", "个就业岗位")]),
    ("年发电量10亿千瓦时", [("10亿千瓦时", "1000000000", "kWh", "energy", "亿千瓦时")]),
    ("形成年产5万吨/年的能力", [("5万吨/年", "50000", "t/a", "capacity", "万吨/年")]),
    ("占地约86.5亩", [("约86.5亩", "86.5", "mu", "area", "亩")]),
    ("厂房面积3.2万平方米", [("3.2万平方米", "32000", "m2", "area", "万平方米")]),
    ("带动就业1.4万余人", [("1.4万余人", "14000", "人", "people", "万人")]),
    ("新增规上企业两千三百家", [("两千三百家", "2300", "家", "count", "家")]),
    ("修建道路12.5公里", [("12.5公里", "12.5", "km", "length", "公里")]),
    ("建设200MW光伏电站", [("200MW", "200", "MW", "power", "MW")]),
    ("收益率上涨5.5个基点", [("5.5个基点", "5.5", "bp", "rate", "个基点")]),
])
def test_quantity_snippets(text: str, expected: list) -> None:
    assert quantities(text) == expected


@pytest.mark.parametrize("text", ["工期3个月", "一个项目", "第3家", "家庭农场", "提高5个百分点", "人民群众",
                                  "剩下七八家", "研究院第十三所"])
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def percents(text: str) -> list[tuple[str, float, str, str | None, float | None]]:
    return [(text[h.start:h.end], h.value, h.unit, h.change, h.multiple) for h in find_percents(text)]


@pytest.mark.parametrize("text, expected", [
    ("出口同比增长19.0%", [("19.0%", 19.0, "%", "increase", None)]),
    ("负债率下降3.2个百分点", [("3.2个百分点", 3.2, "pp", "decrease", None)]),
    ("力争五年内产值翻一番", [("翻一番", 100.0, "%", "increase", 2.0)]),
    ("销售额增长1.5倍", [("1.5倍", 150.0, "%", "increase", 2.5)]),
    ("占全市的百分之四十", [("百分之四十", 40.0, "%", None, None)]),
    ("投资增速回落了2.1%", [("2.1%", 2.1, "%", "decrease", None)]),
    ("占比提高至35%", [("35%", 35.0, "%", None, None)]),
    ("利润为-4.5%", [("-4.5%", -4.5, "%", "decrease", None)]),
    ("股价跌8.8%", [("8.8%", 8.8, "%", "decrease", None)]),
])
def test_percent_snippets(text: str, expected: list) -> None:
    assert percents(text) == expected


def test_quantity_plugin_skips_money_and_percent() -> None:
    p = Pipeline(plugins=["annotate-money", "annotate-percent", "annotate-quantity"], disable=["hello"])
    doc = p.process("项目总投资3亿元,新增就业岗位800个,产值增长12%,占地150亩。")
    kinds = [(m.kind, m.surface) for m in doc.mentions]
    assert kinds == [("money", "3亿元"), ("quantity", "800个"), ("percent", "12%"),
                     ("quantity", "150亩")]
    q = [m for m in doc.mentions if m.kind == "quantity"][1]
    assert q.value == "150" and q.attributes["unit"] == "mu" and q.attributes["printed_unit"] == "亩"


def test_port_and_piece_counters() -> None:
    text = "港口集装箱吞吐量21.4万标箱,年封装芯片8亿颗,月加工晶圆2.5万片,建成3片区"
    got = [(text[h.start:h.end], h.unit) for h in find_quantities(text)]
    assert got == [("21.4万标箱", "TEU"), ("8亿颗", "颗"), ("2.5万片", "片")]
