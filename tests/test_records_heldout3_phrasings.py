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


def _names(nlp: Pipeline, text: str) -> list[str]:
    return [p.get("name") for p in _records(nlp, text, "project")]


@pytest.mark.parametrize(("text", "name"), [
    ("本报讯 会上,某控股集团签约,将在东湖片区建设“数字金融服务中心”项目。", "数字金融服务中心项目"),
    ("本报讯 会上,某控股集团签约,将在东湖片区建设「数字金融服务中心」项目。", "数字金融服务中心项目"),
    ("本报讯 北川“临港智造产业园”首期昨日竣工,项目总投资约9.8亿元。", "临港智造产业园首期"),
    ("本报讯 北川临港智造产业园首期日前竣工,项目总投资约9.8亿元。", "北川临港智造产业园首期"),
])
def test_quoted_names_and_a_first_phase(nlp: Pipeline, text: str, name: str) -> None:
    assert name in _names(nlp, text)


def test_an_inner_quote_stays_in_the_name(nlp: Pipeline) -> None:
    text = "本报讯 北川县“光储充”一体化示范项目日前开工,总投资3亿元。"
    assert "北川县“光储充”一体化示范项目" in _names(nlp, text)


def test_a_pilot_line_is_a_project(nlp: Pipeline) -> None:
    text = "本报讯 某新材料公司投资三千万元建设的固态电解质中试线将于本月试运行。"
    [p] = _records(nlp, text, "project")
    assert (p.get("name"), p.get("investment_cny")) == ("固态电解质中试线", 30_000_000)


@pytest.mark.parametrize("text", [
    "本报讯 本月,北川、青川等地一批光伏项目集中开工,总投资42亿元。",
    "本报讯 今年以来,北川、青川等县区的项目建设提速,总投资42亿元。",
])
def test_places_listed_before_dengdi_are_no_project_names(nlp: Pipeline, text: str) -> None:
    assert not any(n.startswith(("北川", "青川")) for n in _names(nlp, text)), _names(nlp, text)


def test_a_member_of_a_signing_built_somewhere_is_signed(nlp: Pipeline) -> None:
    text = ("本报讯 北川县昨日举行招商推介会,现场签约项目6个,总投资逾40亿元。"
            "其中,某实业集团将投资5亿元,在北川经开区建设智能仓储物流中心项目。")
    [p] = [p for p in _records(nlp, text, "project") if "智能仓储" in p.get("name")]
    assert (p.get("stage"), p.get("status")) == ("signed", "actual")


@pytest.mark.parametrize(("text", "date"), [
    ("本报讯 某钢铁公司二号转炉项目已于上月顺利投产,项目总投资12亿元。", "2023-10"),
    ("本报讯 某光电公司投资建设的Micro LED模组项目今年9月竣工投产,总投资6亿元。", "2023-09"),
    ("本报讯 某材料公司投资三千万元建设的固态电解质中试线将于本月试运行。", "2023-11"),
    ("本报讯 某化工公司年产8万吨电解液项目计划于明年3月开工,总投资9亿元。", "2024-03"),
])
def test_a_month_before_the_event_is_the_project_date(nlp: Pipeline, text: str, date: str) -> None:
    [p] = _records(nlp, text, "project")
    assert p.get("date") == date


def test_a_month_of_another_event_is_not_the_project_date(nlp: Pipeline) -> None:
    text = "本报讯 某化工公司年产8万吨电解液项目日前签约,预计明年9月投产,总投资9亿元。"
    [p] = _records(nlp, text, "project")
    assert p.get("stage") == "signed" and p.get("date") != "2024-09"


def _city(r: Record) -> str | None:
    loc = r.get("location") if r.kind == "project" else None
    return loc.get("city") if isinstance(loc, dict) else r.get("region")


@pytest.mark.parametrize("dateline", ["新华社成都11月15日电", "中新社成都11月15日电"])
def test_a_wire_dateline_city_is_not_where_the_projects_are(nlp: Pipeline, dateline: str) -> None:
    text = (f"四川前三季度锂电产业产值增长三成\n\n{dateline}  记者王明\n"
            "四川省经济和信息化厅15日发布消息称,前三季度,四川锂电产业保持较快增长。\n"
            "据介绍,本月宜宾、遂宁等地一批锂电项目集中开工,共计18个项目,总投资260亿元。"
            "其中,某新能源公司宜宾20万吨正极材料项目总投资约60亿元。\n")
    [b] = _records(nlp, text, "batch")
    [p] = _records(nlp, text, "project")
    assert b.get("region") != "成都市"
    assert _city(p) == "宜宾市"


def test_a_paper_dateline_city_stays_the_home_city(nlp: Pipeline) -> None:
    text = "本报成都11月15日讯 记者王明 某锂电材料项目日前开工,总投资30亿元。"
    [p] = _records(nlp, text, "project")
    assert _city(p) == "成都市"


@pytest.mark.parametrize(("text", "city", "county"), [
    ("本报讯 会上,某证券公司签约,将在前海建设数字金融服务中心项目。", "深圳市", None),
    ("本报讯 某科技公司横琴智算中心项目日前开工,总投资12亿元。", "珠海市", None),
    ("本报讯 广州南沙某港航物流园首期日前竣工,总投资9亿元。", "广州市", "南沙区"),
])
def test_cooperation_zones_and_districts_get_their_own_city(nlp: Pipeline, text: str, city: str,
                                                          county: str | None) -> None:
    [p] = _records(nlp, text, "project")
    loc = p.get("location")
    assert (loc.get("city"), loc.get("county")) == (city, county), loc


@pytest.mark.parametrize(("text", "second"), [
    ("本报讯 某材料公司年产5万吨负极材料项目一期已于今年1月建成投产,二期项目计划于明年4月开工。",
     "某材料公司年产5万吨负极材料项目二期"),
    ("本报讯 某港区集装箱码头项目(一期)去年建成,三期项目今年开工建设,总投资15亿元。",
     "某港区集装箱码头项目三期"),
])
def test_a_next_phase_named_alone_is_the_phase_of_the_project_before(nlp: Pipeline, text: str,
                                                                      second: str) -> None:
    assert second in _names(nlp, text)


def test_a_phase_project_without_a_named_project_before_is_not_invented(nlp: Pipeline) -> None:
    text = "本报讯 某县今年谋划的二期项目计划于明年开工。"
    assert not any(n.endswith("二期") for n in _names(nlp, text))


@pytest.mark.parametrize(("text", "total"), [
    ("本报讯 北川县日前集中签约12个配套项目,单个项目投资额3亿至6亿元不等,合计超过45亿元。", 4_500_000_000),
    ("本报讯 北川县日前集中签约12个配套项目,投资额3000万—1亿元不等,总计约8亿元。", 800_000_000),
    ("本报讯 北川县日前集中签约12个配套项目,签约金额3亿至6亿元不等。", None),
])
def test_a_range_of_member_amounts_is_not_the_batch_total(nlp: Pipeline, text: str,
                                                         total: int | None) -> None:
    [b] = _records(nlp, text, "batch")
    assert (b.get("count"), b.get("total_cny")) == (12, total)


def test_a_province_opening_the_clause_is_the_region_of_its_statistic(nlp: Pipeline) -> None:
    text = ("本报讯 记者从宜宾市获悉,宜宾锂电产业园日前投运。"
            "前三季度,四川规上工业增加值增长6.2%,四川锂电产业实现营收1800亿元。")
    regions = {i.get("value"): i.get("region") for i in _records(nlp, text, "indicator")}
    assert regions == {6.2: "四川省", 180_000_000_000: "四川省"}


@pytest.mark.parametrize(("text", "region"), [
    ("本报讯 本月四川宜宾、遂宁等地一批锂电项目集中开工,共计18个项目,总投资260亿元。", "四川省"),
    ("本报讯 本月宜宾、遂宁、眉山等地18个锂电项目集中开工,总投资260亿元。", "四川省"),
])
def test_places_of_several_cities_before_dengdi_give_the_batch_their_province(
        nlp: Pipeline, text: str, region: str) -> None:
    [b] = _records(nlp, text, "batch")
    assert b.get("region") == region


def test_places_of_one_city_before_dengdi_keep_their_own_region(nlp: Pipeline) -> None:
    text = "本报讯 本月宜宾市叙州区、翠屏区等地18个锂电项目集中开工,总投资260亿元。"
    [b] = _records(nlp, text, "batch")
    assert b.get("region") != "四川省"
