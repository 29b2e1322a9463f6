"""Project names after company names, amounts in lists, unreadable text: sample sentences of regional news."""

from __future__ import annotations

import pytest

from newsmill import Pipeline
from newsmill.core.model import Record


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


def _projects(nlp: Pipeline, text: str) -> list[Record]:
    doc = nlp.process(text)
    assert not doc.failed, doc.problems
    for r in doc.records:
        for f in r.fields.values():
            for ev in f.evidence:
                assert doc.raw[ev.raw_start:ev.raw_end] == ev.text
    return [r for r in doc.records if r.kind == "project"]


@pytest.mark.parametrize("company, rest", [
    ("明宇新能源股份有限公司", "年产8万吨储能电池项目"),
    ("瑞丰食品有限责任公司", "中央厨房及冷链配送中心项目"),
    ("江源环保科技有限公司", "危废综合处置项目"),
    ("恒基建材集团", "装配式建筑产业园项目"),
])
def test_company_name_before_a_project_is_its_investor(nlp: Pipeline, company: str, rest: str) -> None:
    text = f"本报讯 5月9日,{company}{rest}在县经开区正式签约,项目计划总投资6.5亿元。"
    [p] = _projects(nlp, text)
    assert p.get("name") == company + rest
    assert p.get("investor") == company
    assert p.fields["investor"].evidence[0].text == company
    assert p.get("stage") == "signed" and p.get("investment_cny") == 650_000_000


def test_two_companies_in_one_sentence_keep_their_own_names(nlp: Pipeline) -> None:
    text = ("当天集中开工的有:汇川智能装备有限公司精密减速机项目,投资4亿元;"
            "青禾农业发展有限公司蔬菜加工基地,投资1.2亿元。")
    got = {p.get("name"): (p.get("investor"), p.get("investment_cny")) for p in _projects(nlp, text)}
    assert got == {
        "汇川智能装备有限公司精密减速机项目": ("汇川智能装备有限公司", 400_000_000),
        "青禾农业发展有限公司蔬菜加工基地": ("青禾农业发展有限公司", 120_000_000),
    }


def test_copula_before_a_company_is_not_part_of_the_name(nlp: Pipeline) -> None:
    text = "本批开工项目中,投资额最高的是鼎盛重工有限公司大型盾构机总装项目,计划总投资22亿元。"
    [p] = _projects(nlp, text)
    assert p.get("name") == "鼎盛重工有限公司大型盾构机总装项目"
    assert p.get("investor") == "鼎盛重工有限公司" and p.get("investment_cny") == 2_200_000_000
