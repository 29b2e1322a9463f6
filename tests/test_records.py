"""Record extractors on sample sentences written in the style of regional economic news."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsmill import Pipeline
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Record


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


def _records(nlp: Pipeline, text: str, kind: str) -> list[Record]:
    doc = nlp.process(text)
    assert not doc.failed, doc.problems
    for r in doc.records:
        assert r.evidence, r
        for name, f in r.fields.items():
            if f.value is not None:
                assert f.evidence, (name, r)
                for ev in f.evidence:
                    assert doc.raw[ev.raw_start:ev.raw_end] == ev.text
        if r.article is not None:
            a = doc.articles[r.article]
            assert all(a.start <= ev.start and ev.end <= a.end for ev in r.evidence)
    return [r for r in doc.records if r.kind == kind]


def test_signing_ceremony_project_with_investment(nlp: Pipeline) -> None:
    text = ("本报讯 3月5日,在市里举行的招商签约仪式上,甲乙科技集团年产20万吨新型建材项目正式签约,"
            "项目总投资12亿元,占地260亩,建成后可带动就业500人。")
    [p] = _records(nlp, text, "project")
    assert p.get("stage") == "signed" and p.get("status") == "actual"
    assert p.get("investment_cny") == 1_200_000_000
    assert p.get("capacity").startswith("年产20万吨")
    assert p.get("investor") == "甲乙科技集团"
    assert p.get("area") == "260亩" and p.get("jobs") == 500
    assert p.fields["stage"].evidence[0].text == "签约"


def test_completed_and_in_production(nlp: Pipeline) -> None:
    [p] = _records(nlp, "丙丁公司智能装备产业园项目日前竣工投产,当天即实现满负荷运行。", "project")
    assert p.get("name") == "丙丁公司智能装备产业园项目"
    assert p.get("stage") == "in_production" and p.get("status") == "actual"


def test_target_start_this_year(nlp: Pipeline) -> None:
    [p] = _records(nlp, "会议提出,力争年内开工戊己新能源电池项目,确保明年建成。", "project")
    assert p.get("stage") == "started" and p.get("status") == "target"


def test_batch_total_is_never_a_project_investment(nlp: Pipeline) -> None:
    text = "今年以来,该县集中开工了庚辛物流园、壬癸食品加工厂房等12个项目,总投资45亿元。"
    [b] = _records(nlp, text, "batch")
    assert (b.get("count"), b.get("total_cny"), b.get("event")) == (12, 4_500_000_000, "started")
    projects = _records(nlp, text, "project")
    assert {p.get("name") for p in projects} == {"庚辛物流园", "壬癸食品加工厂房"}
    for p in projects:
        assert p.get("investment_cny") is None
        assert p.get("batch", "").startswith("r")
        assert p.get("stage") == "started"


def test_city_batch_of_new_starts(nlp: Pipeline) -> None:
    [b] = _records(nlp, "全市新开工项目36个,总投资128.5亿元,同比增加7个。", "batch")
    assert b.get("count") == 36 and b.get("total_cny") == 12_850_000_000
    assert b.get("event") == "started"
    assert _records(nlp, "全市新开工项目36个,总投资128.5亿元,同比增加7个。", "project") == []


def test_total_before_count_of_projects(nlp: Pipeline) -> None:
    [b] = _records(nlp, "下一步,将竣工投运子丑大道等总投资8.2亿元的6个项目。", "batch")
    assert (b.get("count"), b.get("total_cny"), b.get("event")) == (6, 820_000_000, "in_production")
    assert b.get("status") == "target"


def test_gdp_indicator_with_growth(nlp: Pipeline) -> None:
    [i] = _records(nlp, "1-9月,全市地区生产总值1234.5亿元,同比增长6.8%。", "indicator")
    assert i.get("value") == 123_450_000_000 and i.get("unit") == "CNY"
    assert i.get("growth_pct") == 6.8
    assert "地区生产总值" in i.get("metric")


def test_growth_only_and_counts_of_enterprises(nlp: Pipeline) -> None:
    text = "前三季度,全县外贸出口增长12.5%;新培育规上工业企业15家,新增市场主体3200余户。"
    found = {(i.get("value"), i.get("unit")) for i in _records(nlp, text, "indicator")}
    assert (12.5, "%") in found and (15, "家") in found and (3200, "户") in found


def test_generic_phrases_are_not_projects(nlp: Pipeline) -> None:
    text = "要加快推动重点项目建设,抓好招商引资项目落地,积极引进上下游产业项目。"
    assert _records(nlp, text, "project") == []


def test_restated_project_is_one_record_with_its_attributes(nlp: Pipeline) -> None:
    text = ("本报讯 近日,子丑新能源电池基地正式落户寅卯县。\n\n"
            "据介绍,子丑(寅卯)新能源电池基地项目选址在辰巳工业园,总投资30亿元,占地500亩,主要建设电池生产线。")
    projects = _records(nlp, text, "project")
    assert [p.get("name") for p in projects] == ["子丑新能源电池基地"]
    p = projects[0]
    assert p.get("stage") == "signed" and p.get("investment_cny") == 3_000_000_000
    assert p.get("area") == "500亩"


def test_two_projects_joined_by_and(nlp: Pipeline) -> None:
    text = "今年,该区将建成午未大道二期工程和申酉污水处理厂,启动建设戌亥智慧物流园。"
    names = {p.get("name"): p for p in _records(nlp, text, "project")}
    assert set(names) == {"午未大道二期工程", "申酉污水处理厂", "戌亥智慧物流园"}
    assert names["午未大道二期工程"].get("stage") == "completed"
    assert names["戌亥智慧物流园"].get("stage") == "started"
    assert all(p.get("status") == "target" for p in names.values())


def test_completed_event_beats_an_earlier_goal_word(nlp: Pipeline) -> None:
    text = "围绕全年目标任务,该市上半年已成功签约甲丙光伏组件项目。"
    [p] = _records(nlp, text, "project")
    assert (p.get("stage"), p.get("status")) == ("signed", "actual")


def test_total_without_count_and_membership_counts(nlp: Pipeline) -> None:
    text = ("此次推介会上,意向签约项目总额达18亿元。该项目是全省20个重大项目之一,"
            "预计总投资9亿元。")
    batches = _records(nlp, text, "batch")
    got = {(b.get("count"), b.get("total_cny")) for b in batches}
    assert (None, 1_800_000_000) in got
    assert (20, None) in got  # "one of 20 projects": the 9亿 is not the group's total


def test_ranking_and_counted_enterprises(nlp: Pipeline) -> None:
    text = "一季度,该市空气质量在全省排名第二。今年将重点扶持现有86户规上工业企业。"
    found = {(i.get("value"), i.get("unit")) for i in _records(nlp, text, "indicator")}
    assert (2, "名") in found and (86, "户") in found


def test_thresholds_and_rewards_are_not_statistics(nlp: Pipeline) -> None:
    text = "培育甲乙科技等3个产值超50亿元的龙头企业,对新认定企业给予一次性奖励20万元。"
    values = {i.get("value") for i in _records(nlp, text, "indicator")}
    assert 5_000_000_000 not in values and 200_000 not in values


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="shared corpus not available")
def test_corpus_records_are_traceable(nlp: Pipeline) -> None:
    """Every record of the real pages has evidence, inside its article, for every filled field."""
    for page in sorted((SHARED / "corpus").glob("*.txt")):
        doc = nlp.process(page)
        assert not doc.failed, (page.name, doc.problems)
        kinds = {r.kind for r in doc.records}
        assert {"project", "batch", "indicator"} & kinds, page.name
        for r in doc.records:
            if r.kind not in ("project", "batch", "indicator"):
                continue
            assert r.evidence and r.article is not None, (page.name, r)
            a = doc.articles[r.article]
            spans = [*r.evidence, *(e for f in r.fields.values() for e in f.evidence)]
            for ev in spans:
                assert a.start <= ev.start and ev.end <= a.end, (page.name, r.kind, ev)
                assert doc.raw[ev.raw_start:ev.raw_end] == ev.text
            for name, f in r.fields.items():
                assert f.value is None or f.evidence, (page.name, r.kind, name)
            if r.kind == "project" and r.get("batch"):
                batch = doc.records[int(r.get("batch")[1:])]
                assert batch.kind == "batch"
                assert r.get("investment_cny") != batch.get("total_cny") or r.get("investment_cny") is None


@pytest.mark.parametrize("text", ["", "   \n\n  ", "项目", "签约项目个,总投资亿元。", "1-9月。增长%。"])
def test_degenerate_texts_give_no_records_and_no_errors(nlp: Pipeline, text: str) -> None:
    doc = nlp.process(text)
    assert not doc.failed, doc.problems
    assert [r for r in doc.records if r.kind in ("project", "batch", "indicator")] == []


GROUNDBREAKING_PAGE = (
    "## 丙州甲江区集中开工15个重大项目\n"
    "\n"
    "本报讯(记者 李明)3月18日,丙州市甲江区举行一季度重大项目集中开工仪式,此次"
    "集中开工项目15个,总投资达86.3亿元。其中,乙辰清洁能源装备产业园项目总投资"
    "30亿元,建成后预计实现年产值50亿元,带动就业1200人。\n"
    "\n"
    "据了解,今年甲江区计划实施重点项目120个,年度计划投资150亿元。1-2月,全"
    "区完成固定资产投资同比增长12.3%,规上工业增加值增长8.6%。\n"
    "\n"
)


def test_groundbreaking_page(nlp: Pipeline) -> None:
    batches = _records(nlp, GROUNDBREAKING_PAGE, "batch")
    assert {(b.get("count"), b.get("total_cny"), b.get("status")) for b in batches} == {
        (15, 8_630_000_000, "actual"), (120, 15_000_000_000, "target")}
    [p] = _records(nlp, GROUNDBREAKING_PAGE, "project")
    # singled out of the batch with 其中: the batch's event, not the conditional 建成后
    assert (p.get("stage"), p.get("status")) == ("started", "actual")
    assert p.get("investment_cny") == 3_000_000_000
    assert p.get("annual_output_cny") == 5_000_000_000 and p.get("jobs") == 1200
    growth = {i.get("growth_pct"): i for i in _records(nlp, GROUNDBREAKING_PAGE, "indicator")}
    assert {12.3, 8.6} <= set(growth)
    assert all(growth[g].get("status") == "actual" for g in (12.3, 8.6))
    assert all(i.get("value") != 5_000_000_000 for i in growth.values())


COMPLETION_PAGE = (
    "## 丁州:锂电产业再添新项目\n"
    "\n"
    "近日,戊己锂业年产2万吨氢氧化锂项目在庚辛工业园竣工投产。该项目由戊己锂业股份有"
    "限公司投资建设,总投资约15亿元,占地约300亩。\n"
    "\n"
    "与此同时,丁州正与多家企业洽谈新能源项目8个,拟引资超过200亿元。\n"
    "\n"
)


def test_completion_page(nlp: Pipeline) -> None:
    [p] = _records(nlp, COMPLETION_PAGE, "project")
    assert p.get("name") == "戊己锂业年产2万吨氢氧化锂项目"
    assert (p.get("stage"), p.get("status")) == ("in_production", "actual")
    assert p.get("investment_cny") == 1_500_000_000 and p.get("area") == "300亩"
    [b] = _records(nlp, COMPLETION_PAGE, "batch")
    assert (b.get("count"), b.get("total_cny"), b.get("event")) == (8, 20_000_000_000, "negotiating")
    assert _records(nlp, COMPLETION_PAGE, "indicator") == []


class _KeywordExtractor:
    """A stand-in third-party extractor: one project per '工厂' with a fixed confidence."""

    @hookimpl
    def newsmill_stage_priority(self) -> dict[str, int]:
        return {"extract": 150}

    @hookimpl
    def newsmill_extract(self, doc: Any) -> list[Record]:
        out = []
        i = doc.clean.find("工厂")
        if i >= 2:
            r = Record("project", confidence=0.6)
            r.set("name", doc.clean[i - 2:i + 2], doc.evidence(i - 2, i + 2))
            r.evidence = [doc.evidence(i - 2, i + 2)]
            out.append(r)
        return out


def test_a_third_party_extractor_replaces_the_built_in_one() -> None:
    text = "甲乙科技集团年产20万吨新型建材项目正式签约,配套建设丙丁工厂。"
    nlp = Pipeline(plugins=[_KeywordExtractor()], disable=["hello", "extract-projects"])
    assert "extract-projects" not in nlp.stages()["extract"]
    doc = nlp.process(text)
    projects = [r for r in doc.records if r.kind == "project"]
    assert [p.get("name") for p in projects] == ["丙丁工厂"]
    assert projects[0].confidence == 0.6 and projects[0].evidence[0].text == "丙丁工厂"


BULLETIN_PAGE = (
    "## 前三季度全市经济运行稳中向好\n\n"
    "本报讯(记者 王芳)10月25日,记者从市统计局获悉,今年前三季度,"
    "全市实现地区生产总值2356.8亿元,同比增长7.2%。其中,第一产业增加值186.5亿元,增长4.1%;"
    "第二产业增加值986.3亿元,增长8.5%。全市规模以上工业增加值同比增长9.1%,"
    "固定资产投资增长10.3%。外贸进出口总额达312.5亿元,同比下降2.3%。"
    "截至9月末,全市市场主体达45.6万户,新增规上工业企业38家。\n"
)


def test_statistics_bulletin(nlp: Pipeline) -> None:
    found = {i.get("metric"): i for i in _records(nlp, BULLETIN_PAGE, "indicator")}
    gdp = found["地区生产总值"]
    assert (gdp.get("value"), gdp.get("unit"), gdp.get("growth_pct")) == (235_680_000_000, "CNY", 7.2)
    assert found["第一产业增加值"].get("growth_pct") == 4.1
    assert found["第一产业增加值"].get("period") == gdp.get("period") is not None
    assert (found["规模以上工业增加值"].get("value"), found["规模以上工业增加值"].get("unit")) == (9.1, "%")
    assert found["外贸进出口总额"].get("growth_pct") == -2.3
    assert found["市场主体"].get("value") == 456_000 and found["市场主体"].get("unit") == "户"
    assert found["新增规上工业企业"].get("value") == 38
    assert all(i.get("status") == "actual" for i in found.values())
    assert _records(nlp, BULLETIN_PAGE, "project") == [] and _records(nlp, BULLETIN_PAGE, "batch") == []


def test_signing_list_gives_each_project_its_own_amount(nlp: Pipeline) -> None:
    text = ("本报讯 11月8日,乙市秋季招商引资项目集中签约仪式举行,现场签约项目12个,协议总金额156亿元。"
            "签约项目包括:甲集团新能源汽车零部件项目,总投资20亿元;乙公司数据中心项目,总投资15亿元;"
            "丙丁文旅综合体项目,总投资8亿元。")
    [b] = _records(nlp, text, "batch")
    assert (b.get("count"), b.get("total_cny"), b.get("event")) == (12, 15_600_000_000, "signed")
    got = {p.get("name"): p.get("investment_cny") for p in _records(nlp, text, "project")}
    assert got == {"甲集团新能源汽车零部件项目": 2_000_000_000, "乙公司数据中心项目": 1_500_000_000,
                   "丙丁文旅综合体项目": 800_000_000}


def test_planned_completion_with_output(nlp: Pipeline) -> None:
    text = "据悉,庚辛化工搬迁改造项目计划于明年6月底前建成投产,届时可新增产值30亿元。"
    [p] = _records(nlp, text, "project")
    assert (p.get("stage"), p.get("status")) == ("in_production", "target")
    assert p.get("annual_output_cny") == 3_000_000_000
    assert _records(nlp, text, "indicator") == []


def test_meeting_talk_gives_no_projects(nlp: Pipeline) -> None:
    text = ("会议强调,要坚持项目为王,全力推进项目建设。各县区要加强项目储备,做好项目前期工作,"
            "确保重大项目早落地、早开工、早投产。要实施项目化管理,引进一批补链强链延链项目。"
            "同时,推进城市更新、老旧小区改造等民生工程。会上,还对年度项目工作先进单位进行了表彰。")
    assert _records(nlp, text, "project") == []


@pytest.mark.parametrize(("text", "stage", "status"), [
    ("日前,位于经开区的甲乙食品产业园项目主体完工,预计年底前投产。", "under_construction", "actual"),
    ("记者从市商务局获悉,丙丁国际商贸城项目将于10月正式开业运营。", "in_production", "target"),
    ("近日,庚辛污水处理厂项目正式投入运营,日处理污水5万吨。", "in_production", "actual"),
    ("壬癸新材料项目拟建于城东工业园,目前正在开展前期工作。", "planned", "actual"),
])
def test_lifecycle_wording(nlp: Pipeline, text: str, stage: str, status: str) -> None:
    [p] = _records(nlp, text, "project")
    assert (p.get("stage"), p.get("status")) == (stage, status)


@pytest.mark.parametrize(("text", "expected"), [
    ("截至目前,全市共有在建项目526个,完成投资286.5亿元。", (526, 28_650_000_000, "under_construction")),
    ("今年以来,该区新签约亿元以上项目45个,协议投资额312亿元。", (45, 31_200_000_000, "signed")),
    ("当天,共有18个项目集中开工,总投资126亿元,涵盖先进制造等领域。", (18, 12_600_000_000, "started")),
    ("本次推介会现场签约项目30个、总金额达90亿元。", (30, 9_000_000_000, "signed")),
    ("一季度,全省新开工5000万元以上项目1560个。", (1560, None, "started")),
])
def test_batch_wording(nlp: Pipeline, text: str, expected: tuple) -> None:
    [b] = _records(nlp, text, "batch")
    assert (b.get("count"), b.get("total_cny"), b.get("event")) == expected
    assert _records(nlp, text, "project") == []


def test_region_from_scope_words_and_not_from_organization_names(nlp: Pipeline) -> None:
    text = ("本报讯 近日,成都某某知识产权交易所举行年会。据介绍,江苏国际技术交易中心等机构参会。"
            "该交易所累计实现业务规模达95亿元。全省共有6个项目现场签约。")
    [i] = _records(nlp, text, "indicator")
    assert i.get("value") == 9_500_000_000 and i.get("region") == "成都市"
    [b] = _records(nlp, text, "batch")
    assert b.get("count") == 6 and b.get("region") == "四川省"


class _OddAnnotator:
    """Mentions with values of unexpected types, as a careless third-party annotator might give."""

    @hookimpl
    def newsmill_stage_priority(self) -> dict[str, int]:
        return {"annotate": 999}

    @hookimpl
    def newsmill_annotate(self, doc: Any) -> list[Any]:
        from newsmill.core.model import Mention

        n = len(doc.clean)
        return [Mention("money", 0, min(2, n), "lots"), Mention("percent", 0, min(2, n), None),
                Mention("quantity", 0, min(2, n), "12", {"unit": None}),
                Mention("place", 0, min(2, n), "somewhere"), Mention("date", 0, min(2, n), "2020")]


def test_odd_mention_values_do_not_break_extraction() -> None:
    nlp = Pipeline(plugins=[_OddAnnotator()], disable=["hello"])
    doc = nlp.process("甲乙科技集团年产20万吨新型建材项目正式签约,项目总投资12亿元。全市新开工项目36个。")
    assert not doc.failed, doc.problems
    assert {r.kind for r in doc.records} >= {"project", "batch"}


def test_sum_followed_by_the_fund_it_measures(nlp: Pipeline) -> None:
    text = "今年,该县将整合投入3.5亿元以上财政专项资金,支持园区基础设施建设。"
    [i] = _records(nlp, text, "indicator")
    assert i.get("value") == 350_000_000 and i.get("unit") == "CNY"
    assert "专项资金" in i.get("metric") and i.get("status") == "target"


def test_group_goal_category_and_investment_scale(nlp: Pipeline) -> None:
    text = ("今年将启动实施午未大道、申酉水库等9个配套项目,力争完成总投资60亿元以上。"
            "全市共包装推出项目40个,其中基础设施建设类项目12个,计划引资300亿元。"
            "重点跟踪在谈产业项目7个,预计投资规模210亿元。")
    got = {(b.get("count"), b.get("total_cny"), b.get("event")) for b in _records(nlp, text, "batch")}
    assert (9, None, "started") in got
    assert (None, 6_000_000_000, "under_construction") in got  # investment done: works under way
    assert (12, 30_000_000_000, "planned") in got
    assert (7, 21_000_000_000, "negotiating") in got
    for p in _records(nlp, text, "project"):
        assert p.get("investment_cny") is None and p.get("batch")


def test_listed_company_names_are_investors(nlp: Pipeline) -> None:
    text = "今年将开工建设甲能投、乙丙科技、丁戊物流园等总投资50亿元的8个项目。"
    [b] = _records(nlp, text, "batch")
    assert (b.get("count"), b.get("total_cny"), b.get("event")) == (8, 5_000_000_000, "started")
    got = {p.get("name"): p.get("investor") for p in _records(nlp, text, "project")}
    # the whole of a short item names its investor; a park's name, only its brand
    assert got == {"甲能投项目": "甲能投", "乙丙科技项目": "乙丙科技", "丁戊物流园": "丁戊"}
