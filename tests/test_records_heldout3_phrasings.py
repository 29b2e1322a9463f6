"""Record extractors on phrasings found by the third held-out set (own sentences in their style)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill import Pipeline
from newsmill.core.model import Record


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


def _records(nlp: Pipeline, text: str, kind: str) -> list[Record]:
    doc = nlp.process(text, pub_date=dt.date(2023, 11, 20))
    assert not doc.failed, doc.problems
    return [r for r in doc.records if r.kind == kind]


@pytest.mark.parametrize("text", [
    "本报讯 前三季度,北川县42个重点项目累计完成投资96.3亿元,完成年度计划的81.4%,工业投资增长9.2%。",
    "本报讯 1-10月,北川县固定资产投资增长9.2%,重点项目完成投资占全年目标任务的88%。",
    "本报讯 今年以来,北川县重点工程完成年度投资计划91.5%,工业投资增长9.2%。",
])
def test_a_share_of_a_plan_is_no_statistic(nlp: Pipeline, text: str) -> None:
    values = [(i.get("metric"), i.get("value")) for i in _records(nlp, text, "indicator")]
    assert all(v not in (81.4, 88, 91.5) for _m, v in values), values
    assert any(v == 9.2 for _m, v in values), values


def test_a_rate_of_its_own_stays_a_statistic(nlp: Pipeline) -> None:
    text = "本报讯 1-10月,北川县规上工业产能利用率为78.5%,全县工业投资增长9.2%。"
    values = [i.get("value") for i in _records(nlp, text, "indicator")]
    assert 78.5 in values, values


@pytest.mark.parametrize("text", [
    "本报讯 北川县日前与一家物流企业签约,该企业将投资3.5亿元建设智慧物流园。",
    "本报讯 会上,外资企业恒远集团将投入1.8亿美元扩建生产基地。",
])
def test_what_a_company_will_invest_is_no_statistic(nlp: Pipeline, text: str) -> None:
    assert [i for i in _records(nlp, text, "indicator") if i.get("unit") in ("CNY", "USD")] == []
