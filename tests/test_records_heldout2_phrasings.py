"""Record extractors on phrasings found by the second held-out set (own sentences in their style)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill import Pipeline
from newsmill.core.model import Record


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


#: The publication year every snippet is given (relative dates resolve against it).
_YEAR = 2023


def _records(nlp: Pipeline, text: str, kind: str) -> list[Record]:
    doc = nlp.process(text, pub_date=dt.date(_YEAR, 9, 20))
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


def test_items_of_a_list_opened_by_a_signing_take_its_event(nlp: Pipeline) -> None:
    text = ("北湖区项目集中签约\n\n本报讯 10月9日,北湖区举行项目集中签约活动,签约项目12个,总投资96亿元。\n"
            "活动现场,4个重点项目集中签约:\n"
            "——北湖智能制造产业园项目,总投资30亿元,主要建设数控机床生产线;\n"
            "——北湖冷链物流中心项目,计划投资8亿元,小包装食品分拣中心同步建设;\n"
            "——东方鑫源控股集团投资建设的北湖新能源装备基地项目,总投资20亿元。\n")
    stages = {p.get("name"): (p.get("stage"), p.get("status")) for p in _records(nlp, text, "project")}
    assert stages == {"北湖智能制造产业园项目": ("signed", "actual"),
                      "北湖冷链物流中心项目": ("signed", "actual"),
                      "北湖新能源装备基地项目": ("signed", "actual")}


def test_investor_phrasings_around_a_listed_name(nlp: Pipeline) -> None:
    text = ("本报讯 近日,南江区举行签约仪式,4个项目现场签约:"
            "宏泰控股集团投资的南江精密铸造项目总投资12亿元;"
            "南江文旅综合体项目,投资方为南江城投发展有限公司,总投资9亿元;"
            "由远大国际投资的南江医疗器械产业园项目总投资6亿元;"
            "南江数据中心项目由华信云科技有限公司实施,总投资15亿元。")
    investors = {p.get("name"): p.get("investor") for p in _records(nlp, text, "project")}
    assert investors == {"南江精密铸造项目": "宏泰控股集团", "南江文旅综合体项目": "南江城投发展有限公司",
                         "南江医疗器械产业园项目": "远大国际", "南江数据中心项目": "华信云科技有限公司"}


def test_partner_of_a_signed_agreement_is_the_investor(nlp: Pipeline) -> None:
    text = ("本报讯 3月2日,西湾新区与宏远置业有限公司签署合作协议,双方将合作建设西湾国际会展中心项目,"
            "总投资约22亿元。")
    [p] = _records(nlp, text, "project")
    assert (p.get("stage"), p.get("investor")) == ("signed", "宏远置业有限公司")



def test_projects_carried_out_are_under_way(nlp: Pipeline) -> None:
    text = ("本报讯 今年以来,东原县实施市县重点项目64个,完成投资88.6亿元。"
            "明年全县计划实施省重点项目30个以上。")
    got = [(b.get("count"), b.get("event"), b.get("total_cny")) for b in _records(nlp, text, "batch")]
    assert got == [(64, "under_construction", 8_860_000_000), (30, "under_construction", None)]


def test_periods_of_a_statistics_release(nlp: Pipeline) -> None:
    text = ("本报讯 1-8月,全省规模以上工业增加值同比增长5.2%,比上半年加快0.3个百分点。"
            "分行业看,汽车制造业增加值增长12.1%。\n"
            "消费方面,社会消费品零售总额2860亿元,同比增长6.4%。\n")
    found = {i.get("value"): i.get("period") for i in _records(nlp, text, "indicator")}
    # 上半年 after 比 is the base of a comparison; later paragraphs keep the period stated first
    assert set(found.values()) == {f"{_YEAR}-01/{_YEAR}-08"}, found


def test_goals_are_written_with_their_year_marked(nlp: Pipeline) -> None:
    text = "本报讯 今年全县主要预期目标是:地区生产总值增长7%左右,规模以上工业增加值增长8%。"
    periods = {i.get("period") for i in _records(nlp, text, "indicator")}
    assert periods == {f"{_YEAR}(目标)"}


def test_a_year_end_stock_belongs_to_the_year(nlp: Pipeline) -> None:
    text = "本报讯 截至去年底,全市规模以上工业企业达到1260家,比上年增加85家。"
    [i] = _records(nlp, text, "indicator")
    assert (i.get("value"), i.get("period")) == (1260, str(_YEAR - 1))


REPORT = ("政府工作报告\n\n各位代表:\n\n一、2022年工作回顾\n\n"
          "过去一年,全县上下攻坚克难。预计全年实现地区生产总值386.2亿元,增长7.1%。"
          "东坪物流园一期、西岭光伏电站项目建成投运,北川新材料产业园项目开工建设。\n\n"
          "二、2023年主要目标任务\n\n今年的主要预期目标是:地区生产总值增长7.5%左右。"
          "全力推进南山抽水蓄能电站项目开工建设,确保东坪物流园二期项目竣工。\n")


def test_a_review_section_of_a_work_report_reports_what_was_done(nlp: Pipeline) -> None:
    doc = nlp.process(REPORT, pub_date=dt.date(2023, 2, 10))
    status = {r.get("name"): (r.get("stage"), r.get("status")) for r in doc.records if r.kind == "project"}
    assert status["北川新材料产业园项目"] == ("started", "actual")
    assert status["南山抽水蓄能电站项目"][1] == "target"
    periods = {r.get("value"): (r.get("period"), r.get("status"))
               for r in doc.records if r.kind == "indicator"}
    assert periods[38_620_000_000] == ("2022", "actual")  # 预计全年 of the year under review
    assert periods[7.5] == ("2023(目标)", "target")


def test_projects_of_a_ceremony_take_its_date_and_a_dateline_date_is_the_filing(nlp: Pipeline) -> None:
    text = ("西河区集中开工\n\n本报西河3月9日电(记者 方圆)3月8日,西河区一季度重大项目集中开工仪式举行,"
            "15个项目集中开工,总投资60亿元。\n其中,西河精密制造产业园项目总投资12亿元;"
            "西河冷链物流园项目总投资5亿元。\n")
    dates = {r.get("name"): r.get("date") for r in _records(nlp, text, "project")}
    assert dates == {"西河精密制造产业园项目": f"{_YEAR}-03-08", "西河冷链物流园项目": f"{_YEAR}-03-08"}


def test_parts_of_a_project_are_no_projects_and_its_design_capacity_is_no_statistic(nlp: Pipeline) -> None:
    text = ("本报讯 5月4日,东岭港区三期工程全面竣工,年设计吞吐能力800万吨,工程总投资约21亿元。"
            "6日,北坡风电场项目开工建设。项目装机规模50万千瓦,配套建设升压站1座,计划投资约30亿元。"
            "南湾化纤项目首条生产线正式投产,可容纳就业岗位600个。")
    projects = {p.get("name"): (p.get("capacity"), p.get("investment_cny"))
                for p in _records(nlp, text, "project")}
    assert set(projects) == {"东岭港区三期工程", "北坡风电场项目", "南湾化纤项目"}
    assert projects["东岭港区三期工程"] == ("年设计吞吐能力800万吨", 2_100_000_000)
    assert projects["北坡风电场项目"] == ("装机规模50万千瓦", 3_000_000_000)
    assert _records(nlp, text, "indicator") == []


def test_a_policy_range_is_no_statistic_at_either_end(nlp: Pipeline) -> None:
    text = "本报讯 对新引进的总部企业,给予一次性落户奖励2000万元至5000万元。"
    assert _records(nlp, text, "indicator") == []


def test_a_bare_amount_naming_a_class_of_projects_is_no_money(nlp: Pipeline) -> None:
    doc = nlp.process("本报讯 1-5月,全县新签约过亿元项目16个,其中超亿元工业项目9个;全县营收超亿元,增长8%。",
                      pub_date=dt.date(_YEAR, 6, 1))
    assert [m.surface for m in doc.mentions if m.kind == "money"] == ["超亿元"]


def test_a_zone_opening_a_project_name_is_its_detail(nlp: Pipeline) -> None:
    text = "本报讯 4月12日,合肥高新区新一代显示材料产业园项目开工建设,总投资26亿元。"
    [p] = _records(nlp, text, "project")
    loc = p.get("location")
    assert (loc["city"], loc["detail"]) == ("合肥市", "合肥高新区"), loc


def test_jobs_and_output_phrasings(nlp: Pipeline) -> None:
    text = ("本报讯 6月2日,南湖智能装备产业园项目开工建设。项目总投资18亿元,建成后年产值可突破40亿元,"
            "可新增就业岗位1600个。")
    [p] = _records(nlp, text, "project")
    assert (p.get("annual_output_cny"), p.get("jobs")) == (4_000_000_000, 1600)
    text = ("本报讯 日前,北岭纺织项目竣工投产。项目总投资6亿元,投产后每年可实现销售收入约9亿元,"
            "可提供20万件服装。")
    [p] = _records(nlp, text, "project")
    assert (p.get("annual_output_cny"), p.get("jobs")) == (900_000_000, None)


def test_an_agreement_signed_before_a_plan_word_is_reported_as_done(nlp: Pipeline) -> None:
    text = ("本报讯 今年一季度,西湾新区实际利用外资2亿美元。\n"
            "3月2日,西湾新区与宏远置业有限公司签署合作协议,双方将合作建设西湾会展中心项目。"
            "同日,西湾冷链物流园项目开工,项目由西湾物流集团投资5亿元建设。\n")
    status = {p.get("name"): (p.get("stage"), p.get("status")) for p in _records(nlp, text, "project")}
    assert status["西湾冷链物流园项目"] == ("started", "actual")


def test_batch_regions_skip_the_venue_and_carry_over(nlp: Pipeline) -> None:
    text = ("本报讯 5月8日,赣州市重点项目签约仪式在南康区举行,现场签约项目31个,总投资206亿元。"
            "今年以来,全市新开工亿元以上项目88个;本年新竣工项目27个。")
    regions = [b.get("region") for b in _records(nlp, text, "batch")]
    assert regions == ["赣州市", "赣州市", "赣州市"], regions
