"""Record extractors on phrasings found by the held-out pages (own sentences in their style)."""

from __future__ import annotations

import datetime as dt

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


def test_words_holding_a_boundary_character_stay_in_the_name(nlp: Pipeline) -> None:
    text = ("东江县签约新材料项目\n\n本报讯 近日,东江县举行签约仪式,东江有机硅扩能项目、东江新型包装材料项目"
            "和东江有色金属精深加工项目等3个项目成功签约,总投资46亿元。\n")
    names = [p.get("name") for p in _records(nlp, text, "project")]
    assert names == ["东江有机硅扩能项目", "东江新型包装材料项目", "东江有色金属精深加工项目"]


def test_company_name_before_capacity_is_kept_whole(nlp: Pipeline) -> None:
    text = ("本报讯 5月6日,东江经开区集中签约项目6个,总投资40亿元。其中,东江远航新材料有限公司"
            "年产3万吨电池隔膜项目投资约12亿元。")
    names = [p.get("name") for p in _records(nlp, text, "project")]
    assert "东江远航新材料有限公司年产3万吨电池隔膜项目" in names


def test_short_trade_metrics_are_statistics(nlp: Pipeline) -> None:
    text = ("本报讯 今年一季度,东江市外贸进出口总额32.5亿元,同比增长12.1%,其中出口21.4亿元,"
            "同比增长15.2%;进口11.1亿元,增长6.3%。")
    found = {i.get("metric"): i for i in _records(nlp, text, "indicator")}
    assert found["出口"].get("value") == 2_140_000_000 and found["出口"].get("growth_pct") == 15.2
    assert found["进口"].get("value") == 1_110_000_000


def test_figures_of_the_project_a_sentence_is_about_are_no_statistics(nlp: Pipeline) -> None:
    text = ("东江钢铁基地二期投产\n\n本报讯 6月2日,东江钢铁基地二期项目建成投产。该项目总投资80亿元,"
            "新增钢铁产能200万吨,预计年销售收入将超300亿元,新增就业岗位约900个。\n")
    assert _records(nlp, text, "indicator") == []
    [p] = _records(nlp, text, "project")
    assert p.get("investment_cny") == 8_000_000_000


def test_member_of_a_signed_batch_takes_its_event_over_a_plan_word_elsewhere(nlp: Pipeline) -> None:
    text = ("本报讯 5月6日,东江经开区集中签约项目6个,总投资40亿元。其中,东江光电产业园项目投资8亿元;"
            "东江物流港项目总投资5亿元,拟建设仓储用房8万平方米。")
    stages = {p.get("name"): (p.get("stage"), p.get("status")) for p in _records(nlp, text, "project")}
    assert stages["东江光电产业园项目"] == ("signed", "actual")


@pytest.mark.parametrize("text, capacity", [
    ("本报讯 3月2日,东江化学品项目开工。该项目总投资6亿元,建成后年产电子级化学品5万吨。",
     "年产电子级化学品5万吨"),
    ("本报讯 3月2日,东江储能电站项目开工。该项目总投资8亿元,装机容量100兆瓦。", "装机容量100兆瓦"),
])
def test_capacity_with_the_product_before_the_number(nlp: Pipeline, text: str, capacity: str) -> None:
    [p] = _records(nlp, text, "project")
    assert p.get("capacity") == capacity


def test_policy_thresholds_and_subsidies_name_no_project(nlp: Pipeline) -> None:
    text = ("东江出台招商奖励办法\n\n本报讯 近日,东江市出台招商引资奖励办法,"
            "对新落户的固定资产投资1亿元以上工业项目,按实际投资额的2%给予奖励;对落户企业给予每平方米最高10元的厂房租金补贴。\n")
    assert _records(nlp, text, "project") == []


def test_size_class_before_a_count_is_no_total(nlp: Pipeline) -> None:
    text = "本报讯 前三季度,东江经开区签约项目32个,签约资金286亿元,其中投资超10亿元的项目9个。"
    batches = {b.get("count"): b.get("total_cny") for b in _records(nlp, text, "batch")}
    assert batches[32] == 28_600_000_000
    assert batches.get(9) is None


def test_exact_figure_restating_a_rounded_one_is_the_value(nlp: Pipeline) -> None:
    text = "本报讯 2023年,东江市机电产品出口额突破百亿元,达到104.6亿元,同比增长18.2%。"
    [ind] = _records(nlp, text, "indicator")
    assert ind.get("metric").endswith("机电产品出口额")
    assert (ind.get("value"), ind.get("growth_pct")) == (10_460_000_000, 18.2)


def test_named_projects_with_one_event_and_total_are_a_batch(nlp: Pipeline) -> None:
    text = ("本报讯 4月2日,东江市东江化工二期项目、东江储能电站项目和东江煤层气利用项目集中开工,"
            "总投资86.4亿元。")
    [b] = _records(nlp, text, "batch")
    assert (b.get("count"), b.get("total_cny"), b.get("event")) == (3, 8_640_000_000, "started")


def test_quarter_and_half_year_periods(nlp: Pipeline) -> None:
    text = "本报讯 今年一季度,东江市地区生产总值完成326.5亿元,同比增长5.2%。上半年,全市工业投资完成88亿元。"
    doc = nlp.process(text, pub_date=dt.date(2023, 7, 20))
    periods = sorted(r.get("period") for r in doc.records if r.kind == "indicator")
    assert periods == ["2023-H1", "2023-Q1"]
