"""Record extractors on phrasings found by the second held-out set (own sentences in their style)."""

from __future__ import annotations

import pytest

from newsmill import Pipeline
from newsmill.core.model import Record


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


def _records(nlp: Pipeline, text: str, kind: str) -> list[Record]:
    doc = nlp.process(text)
    assert not doc.failed, doc.problems
    return [r for r in doc.records if r.kind == kind]


def test_percentage_point_gaps_are_no_statistics(nlp: Pipeline) -> None:
    text = ("本报讯 1-6月,西岭县规模以上工业增加值同比增长7.4%,增速高于全市1.3个百分点,"
            "比一季度回落0.4个百分点;服务业增加值增长5.2%,快于全省平均水平0.9个百分点。")
    found = [(i.get("metric"), i.get("value"), i.get("unit")) for i in _records(nlp, text, "indicator")]
    assert all(unit != "pp" for _m, _v, unit in found), found
    assert {v for _m, v, _u in found} == {7.4, 5.2}


def test_differences_with_an_earlier_period_are_no_statistics(nlp: Pipeline) -> None:
    text = ("本报讯 截至6月底,西岭县市场主体总量达4.6万户,比上年末净增3200户;"
            "全县完成税收收入18.2亿元,比上年同期多2.6亿元。")
    values = {i.get("value") for i in _records(nlp, text, "indicator")}
    assert 46000 in values and 1_820_000_000 in values
    assert 3200 not in values and 260_000_000 not in values


def test_a_statistic_in_dollars_keeps_its_currency(nlp: Pipeline) -> None:
    text = "本报讯 今年前5个月,西岭经开区实际使用外资8600万美元,同比增长12.5%。"
    [i] = _records(nlp, text, "indicator")
    assert (i.get("value"), i.get("unit"), i.get("growth_pct")) == (86_000_000, "USD", 12.5)


def test_a_decline_is_a_negative_growth_only_statistic(nlp: Pipeline) -> None:
    text = "本报讯 1-7月,全省规模以上工业增加值增长4.1%,其中采矿业增加值同比下降2.3%。"
    found = {i.get("metric"): (i.get("value"), i.get("growth_pct")) for i in _records(nlp, text, "indicator")}
    assert found["采矿业增加值"] == (-2.3, -2.3)


def test_amount_of_a_project_after_its_name_is_no_statistic(nlp: Pipeline) -> None:
    text = ("本报讯 签约仪式上,西岭经开区与两家外资企业签约,其中西岭精密轴承项目,合同外资6500万美元;"
            "西岭食品加工项目,投资额1.2亿美元。")
    assert [i for i in _records(nlp, text, "indicator") if i.get("unit") in ("CNY", "USD")] == []
