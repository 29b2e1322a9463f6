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


def _amounts(nlp: Pipeline, text: str) -> dict[str, int | None]:
    return {p.get("name"): p.get("investment_cny") for p in _projects(nlp, text)}


def test_amount_before_de_belongs_to_the_following_name(nlp: Pipeline) -> None:
    text = ("本次签约的项目有总投资26亿元的星河半导体封装测试基地项目、总投资7.8亿元的"
            "云岭茶旅融合示范园项目和总投资3亿元的北岸智慧停车场项目。")
    assert _amounts(nlp, text) == {"星河半导体封装测试基地项目": 2_600_000_000,
                                   "云岭茶旅融合示范园项目": 780_000_000,
                                   "北岸智慧停车场项目": 300_000_000}


def test_amount_in_brackets_after_each_name(nlp: Pipeline) -> None:
    text = ("集中开工的重点项目包括东湖片区雨污分流改造项目(总投资2.4亿元)、"
            "西山文体中心项目(总投资5.1亿元)。")
    assert _amounts(nlp, text) == {"东湖片区雨污分流改造项目": 240_000_000, "西山文体中心项目": 510_000_000}


def test_amount_after_each_name_in_one_sentence(nlp: Pipeline) -> None:
    text = "会上,南桥光电显示模组项目投资16亿元,北桥精密铸造项目投资4.5亿元,两个项目均已签约。"
    assert _amounts(nlp, text) == {"南桥光电显示模组项目": 1_600_000_000, "北桥精密铸造项目": 450_000_000}


def test_member_singled_out_after_a_batch_takes_its_own_amount(nlp: Pipeline) -> None:
    text = ("今年一季度,全县新开工项目18个,总投资96亿元。"
            "其中,金谷粮油精深加工项目总投资11亿元,建成后年产值可达20亿元。")
    [p] = _projects(nlp, text)
    assert p.get("name") == "金谷粮油精深加工项目" and p.get("investment_cny") == 1_100_000_000
    assert p.get("stage") == "started"


def test_total_after_a_bare_list_is_the_group_total(nlp: Pipeline) -> None:
    text = ("9月2日,松江口岸冷链仓储项目、松江跨境电商产业园项目和松江港区疏港公路项目同时开工,总投资41亿元。"
            "其中,松江口岸冷链仓储项目总投资6亿元;松江港区疏港公路项目总投资13亿元。")
    assert _amounts(nlp, text) == {"松江口岸冷链仓储项目": 600_000_000, "松江跨境电商产业园项目": None,
                                   "松江港区疏港公路项目": 1_300_000_000}
    doc = nlp.process(text)
    assert not [r for r in doc.records if r.get("value") == 4_100_000_000]  # not a statistic either


def test_batch_members_restated_later_take_their_own_amounts(nlp: Pipeline) -> None:
    text = ("当天,河西镇签约了青松木业家居项目、白鹭湾康养小镇项目、河西农产品冷链项目等4个项目,"
            "总投资30亿元。"
            "据介绍,青松木业家居项目由青松木业有限公司投资,总投资9亿元;河西农产品冷链项目投资额约2.6亿元,计划年内开工。")
    got = _amounts(nlp, text)
    assert got["青松木业家居项目"] == 900_000_000 and got["河西农产品冷链项目"] == 260_000_000
    assert got["白鹭湾康养小镇项目"] is None


@pytest.mark.parametrize("name", ["赤岭有机硅新材料项目", "南川有色金属精深加工项目", "东城有轨电车一期工程"])
def test_words_beginning_with_you_stay_in_the_name(nlp: Pipeline, name: str) -> None:
    [p] = _projects(nlp, f"11月2日,{name}正式开工建设,计划总投资15亿元。")
    assert p.get("name") == name and p.get("investment_cny") == 1_500_000_000


def _string_values(doc) -> list[str]:
    return [str(f.value) for r in doc.records for f in r.fields.values() if isinstance(f.value, (str, dict))]


def test_unreadable_text_is_never_a_value(nlp: Pipeline) -> None:
    doc = nlp.process("据统计,今年前三季度,全县完成工业投资�额45亿元,同比增长12%。")
    assert not doc.failed and doc.regions_of("unreadable")
    assert not any("\ufffd" in v for v in _string_values(doc))
    assert not [r for r in doc.records if r.kind == "indicator"]  # nothing readable names the figure


def test_value_is_trimmed_to_its_readable_part(nlp: Pipeline) -> None:
    doc = nlp.process("今年全县引�大项目投资�合同金额65亿元。")
    [i] = [r for r in doc.records if r.kind == "indicator"]
    assert i.get("metric") == "合同金额" and i.get("value") == 6_500_000_000
    assert i.fields["metric"].evidence[0].text == "合同金额"


def test_amount_of_a_member_after_qizhong_is_not_the_batch_total(nlp: Pipeline) -> None:
    text = ("下半年,全区计划推动25个以上重点项目开工,其中西港智能装备产业园项目力争三季度开工,"
            "预计总投资40亿元左右。")
    doc = nlp.process(text)
    [b] = [r for r in doc.records if r.kind == "batch"]
    assert b.get("count") == 25 and b.get("total_cny") is None
    assert _amounts(nlp, text) == {"西港智能装备产业园项目": 4_000_000_000}


def test_foreign_currency_investment_takes_its_yuan_equivalent(nlp: Pipeline) -> None:
    text = ("3月6日,中新精密光学元件产业园项目在高新区签约,项目计划总投资2000万美元"
            "(约合人民币1.4亿元),主要生产车载镜头。")
    assert _amounts(nlp, text) == {"中新精密光学元件产业园项目": 140_000_000}
    text = "3月6日,中新精密光学元件产业园项目在高新区签约,项目计划总投资2000万美元。"
    assert _amounts(nlp, text) == {"中新精密光学元件产业园项目": None}  # no yuan amount is printed


def test_aggregate_investment_statistic_is_not_a_project_amount(nlp: Pipeline) -> None:
    text = ("本报讯 8月18日,北郊生物疫苗产业化基地项目正式投产,达产后年产值可达12亿元。"
            "今年该区力争完成固定资产投资180亿元,同比增长9%。")
    [p] = _projects(nlp, text)
    assert p.get("investment_cny") is None and p.get("annual_output_cny") == 1_200_000_000


def test_sentence_opening_on_the_project_feeds_it_before_any_other_name(nlp: Pipeline) -> None:
    text = ("本报讯 4月2日上午,南湖智能家居产业园项目举行开工仪式。项目位于南湖经开区,总投资26亿元,"
            "将建设智能衣柜、智能橱柜生产线,预计明年建成。")
    got = _amounts(nlp, text)
    assert got["南湖智能家居产业园项目"] == 2_600_000_000
    assert all(v is None for k, v in got.items() if k != "南湖智能家居产业园项目")


def test_a_signing_meeting_is_not_a_project(nlp: Pipeline) -> None:
    text = "6月3日,东坡区文旅康养项目集中签约会在区行政中心举行,6个项目现场签约,协议资金48亿元。"
    assert _projects(nlp, text) == []
