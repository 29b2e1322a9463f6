"""Record extractors on phrasings the fourth held-out set left missed (own sentences in their style)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill import Pipeline
from newsmill.core.model import Record


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(disable=["hello"])


def _records(nlp: Pipeline, text: str, kind: str = "project") -> list[Record]:
    doc = nlp.process(text, pub_date=dt.date(2023, 9, 20))
    assert not doc.failed, doc.problems
    return [r for r in doc.records if r.kind == kind]


def _by_name(nlp: Pipeline, text: str) -> dict[str, Record]:
    return {r.get("name"): r for r in _records(nlp, text)}


@pytest.mark.parametrize("opening", ["同一天，", "同日，", "当天，", "当日上午，", "同一日"])
def test_the_same_day_is_the_day_of_the_event_before(nlp: Pipeline, opening: str) -> None:
    text = ("本报讯 9月5日，某县光伏组件项目进入试生产阶段，预计年产值12亿元。\n\n"
            f"{opening}总投资2.6亿元的某县物流园项目正式开工，建成后年吞吐货物50万吨。\n")
    got = _by_name(nlp, text)
    assert got["某县物流园项目"].get("date") == "2023-09-05", got
    assert got["某县物流园项目"].get("stage") == "started"


def test_the_same_day_skips_the_filing_day_of_a_dateline(nlp: Pipeline) -> None:
    text = ("新华社某地9月18日电 9月16日，某市智能装备产业园项目在高新区签约。"
            "同日，某市冷链物流中心项目开工。\n")
    got = _by_name(nlp, text)
    assert got["某市冷链物流中心项目"].get("date") == "2023-09-16", got


def test_a_later_mention_of_the_day_is_not_read_as_the_same_day(nlp: Pipeline) -> None:
    text = ("本报讯 9月5日，某县光伏组件项目投产。\n\n"
            "9月12日，某县物流园项目正式开工，当天完成投资1亿元。\n")
    got = _by_name(nlp, text)
    assert got["某县物流园项目"].get("date") == "2023-09-12", got


@pytest.mark.parametrize(("span", "stage"), [
    ("从签约到开工只用了45天", "started"),
    ("从开工至正式投产仅用时8个月", "in_production"),
    ("从奠基到主体封顶仅用了200天", "under_construction"),
])
def test_a_span_between_two_stages_reports_the_later_one(nlp: Pipeline, span: str, stage: str) -> None:
    text = f"本报讯 某经济开发区的汽车零部件项目，由某汽车部件有限公司投资6亿元建设，{span}。\n"
    got = _records(nlp, text)
    assert [r.get("stage") for r in got] == [stage], [(r.get("name"), r.get("stage")) for r in got]
    assert got[0].get("status") == "actual"


def test_a_stage_alone_after_cong_is_still_read(nlp: Pipeline) -> None:
    got = _records(nlp, "本报讯 某县物流园项目从今年3月开工以来进展顺利。\n")
    assert [r.get("stage") for r in got] == ["started"]


@pytest.mark.parametrize("text", [
    "本报讯 比如某新区的电池材料项目，由某能源科技有限公司投资6亿元建设，目前已开工。\n",
    "本报讯 比如，某市的智能装备产业园项目今年5月正式投产。\n",
])
def test_biru_for_example_is_no_county(nlp: Pipeline, text: str) -> None:
    doc = nlp.process(text, pub_date=dt.date(2023, 9, 20))
    assert not any((m.value or {}).get("county") == "比如县" for m in doc.mentions
                   if m.kind == "place" and isinstance(m.value, dict))


def test_biru_county_written_in_full_is_a_place(nlp: Pipeline) -> None:
    doc = nlp.process("本报讯 比如县光伏电站项目开工。\n", pub_date=dt.date(2023, 9, 20))
    assert any((m.value or {}).get("county") == "比如县" for m in doc.mentions
               if m.kind == "place" and isinstance(m.value, dict))


def test_projects_planned_and_carried_out_are_under_way(nlp: Pipeline) -> None:
    text = ("本报讯 今年某区共谋划实施重点项目120个，总投资350亿元。"
            "全市谋划储备重大项目80个，总投资900亿元。\n")
    events = {b.get("count"): b.get("event") for b in _records(nlp, text, "batch")}
    assert events == {120: "under_construction", 80: "planned"}


def test_later_sentences_of_a_qizhong_paragraph_are_members_too(nlp: Pipeline) -> None:
    text = ("本报讯 9月8日，某县第三批重大项目集中开工，本次开工项目共12个，总投资38亿元。\n\n"
            "　　其中，某新材料有限公司年产3万吨锂电隔膜项目总投资15亿元，是投资最大的项目。"
            "某镇蔬菜加工产业园项目总投资1.2亿元，计划建设冷库6座。\n")
    got = _by_name(nlp, text)
    park = got["某镇蔬菜加工产业园项目"]
    assert (park.get("stage"), park.get("status"), park.get("date")) == ("started", "actual", "2023-09-08")


def test_a_plan_in_a_paragraph_not_opened_by_qizhong_stays_a_plan(nlp: Pipeline) -> None:
    text = ("本报讯 9月8日，某县第三批重大项目集中开工，本次开工项目共12个，总投资38亿元。\n\n"
            "　　下一步，某镇蔬菜加工产业园项目总投资1.2亿元，计划建设冷库6座。\n")
    got = _by_name(nlp, text)
    assert got["某镇蔬菜加工产业园项目"].get("status") == "target"


@pytest.mark.parametrize("event", ["现场签约", "集中签约", "现场开工"])
def test_named_projects_signed_on_the_spot_with_one_total_are_a_batch(nlp: Pipeline, event: str) -> None:
    text = ("本报讯 9月12日，某区举行项目集中签约活动，某电子科技有限公司智能终端项目、"
            f"某区医药物流中心项目和某区文旅综合体项目{event}，总投资18亿元。\n")
    got = [(b.get("count"), b.get("total_cny")) for b in _records(nlp, text, "batch")]
    assert (3, 1_800_000_000) in got, got


@pytest.mark.parametrize("clause", ["下一步将加快推进某某新能源基地建设",
                                    "今后将全力推进某某数字经济产业集群建设"])
def test_the_work_ahead_names_no_project(nlp: Pipeline, clause: str) -> None:
    text = f"本报讯 某省发展改革委负责人表示，{clause}，力争到2025年装机规模突破5000万千瓦。\n"
    assert _records(nlp, text) == []


def test_a_named_project_of_the_work_ahead_is_still_a_project(nlp: Pipeline) -> None:
    text = "本报讯 某县负责人表示，下一步将加快推进某某物流园项目建设，力争年底前建成。\n"
    assert [r.get("name") for r in _records(nlp, text)] == ["某某物流园项目"]


def test_a_batch_counted_only_in_the_headline(nlp: Pipeline) -> None:
    text = ("某某日报\n\n某某开发区三个外资项目签约落户\n\n"
            "本报讯 9月5日，某某经济开发区举行签约仪式，某某株式会社精密轴承项目、"
            "某某公司汽车饰件项目和某某集团电机项目签约落户，总投资2.4亿美元。\n")
    got = [(b.get("count"), b.get("event")) for b in _records(nlp, text, "batch")]
    assert got == [(3, "signed")], got


def test_a_headline_count_the_body_gives_is_not_repeated(nlp: Pipeline) -> None:
    text = ("某某日报\n\n某区12个项目集中开工\n\n"
            "本报讯 9月5日，某区12个重大项目集中开工，总投资86亿元。\n")
    got = [(b.get("count"), b.get("total_cny")) for b in _records(nlp, text, "batch")]
    assert got == [(12, 8_600_000_000)], got


@pytest.mark.parametrize("text", [
    "某某日报\n\n某开发区前11个月签约项目投资额突破300亿元\n\n本报讯 今年以来，某开发区招商引资成效明显。\n",
    "本报讯 今年前10个月新签约项目投资额达到120亿元。\n",
])
def test_months_are_no_count_of_projects(nlp: Pipeline, text: str) -> None:
    assert [b.get("count") for b in _records(nlp, text, "batch")] in ([], [None]), text


@pytest.mark.parametrize("clause", ["全县新批外资项目26个", "全市新批设立外商投资项目41个"])
def test_projects_newly_approved_are_signed(nlp: Pipeline, clause: str) -> None:
    text = f"本报讯 上半年，{clause}，实际使用外资3.2亿美元，同比增长8.6%。\n"
    events = [b.get("event") for b in _records(nlp, text, "batch")]
    assert events == ["signed"], events


def test_lines_the_project_just_reported_builds_are_its_content(nlp: Pipeline) -> None:
    text = ("本报讯 5月18日上午，某县新能源装备产业园项目举行开工仪式。项目位于某县经济开发区，"
            "总投资20亿元，将建设风机叶片、塔筒生产线，达产后可新增年产值30亿元，带动就业1500人。\n")
    got = _by_name(nlp, text)
    assert list(got) == ["某县新能源装备产业园项目"], list(got)
    park = got["某县新能源装备产业园项目"]
    assert (park.get("annual_output_cny"), park.get("jobs")) == (3_000_000_000, 1500)


def test_a_line_named_as_a_project_of_its_own_stays(nlp: Pipeline) -> None:
    text = ("本报讯 5月18日，某县新能源装备产业园项目开工。\n\n"
            "6月2日，某公司年产10万套风机叶片生产线项目在某县竣工投产。\n")
    assert len(_records(nlp, text)) == 2


@pytest.mark.parametrize("name", ["某某数字经济产业园一期", "某某临空经济产业园"])
def test_a_park_named_after_a_branch_of_the_economy_is_a_project(nlp: Pipeline, name: str) -> None:
    text = f"本报讯 10月30日，某区12个项目集中竣工。其中，{name}建成交付，入驻企业26家。\n"
    got = _by_name(nlp, text)
    assert name in got and got[name].get("stage") == "completed", list(got)


def test_a_class_of_economy_projects_is_no_name(nlp: Pipeline) -> None:
    assert _records(nlp, "本报讯 今年全区重点经济产业园建设加快推进。\n") == []


@pytest.mark.parametrize(("clause", "metric", "value"), [
    ("全市新增规模以上工业企业86家，总数达到2163家", "规模以上工业企业总数", 2163),
    ("全县新登记市场主体1520户，总量达到4.6万户", "市场主体总量", 46000),
])
def test_a_total_without_its_subject_counts_what_was_added(nlp: Pipeline, clause: str, metric: str,
                                                           value: int) -> None:
    text = f"本报讯 一季度，{clause}。\n"
    got = {r.get("metric"): r.get("value") for r in _records(nlp, text, "indicator")}
    assert got.get(metric) == value, got


def test_a_total_after_another_statistic_keeps_its_own_words(nlp: Pipeline) -> None:
    text = "本报讯 一季度，全市规模以上工业增加值增长6.2%，总数达到2163家。\n"
    got = [r.get("metric") for r in _records(nlp, text, "indicator")]
    assert not any(m and m.endswith("增加值总数") for m in got), got


@pytest.mark.parametrize(("clause", "detail"), [
    ("某某海洋食品产业园项目在某某新区临空产业园开工", "某某新区临空产业园"),
    ("位于某某综合保税区的某某跨境电商物流中心项目正式开工", "某某综合保税区"),
])
def test_a_new_area_or_park_around_the_name_is_the_detail(nlp: Pipeline, clause: str, detail: str) -> None:
    got = _records(nlp, f"本报芜湖讯 9月16日，{clause}，总投资7亿元。\n")
    assert [r.get("location", {}).get("detail") for r in got] == [detail]


@pytest.mark.parametrize("clause", [
    "某某食品有限公司投资人民币3000万元在麻城区建设风味食品加工项目",
    "某某食品有限公司投资3000万元，在某某工业园建设风味食品加工项目",
])
def test_an_amount_before_where_a_company_builds_the_named_project(nlp: Pipeline, clause: str) -> None:
    got = _records(nlp, f"本报讯 日前，推介会现场签约项目12个，签约总额326亿元。其中，{clause}。\n")
    food = [r for r in got if r.get("name") == "风味食品加工项目"]
    assert food and food[0].get("investment_cny") == 30_000_000, [(r.get("name"), r.get("investment_cny"))
                                                                  for r in got]
    assert food[0].get("investor") == "某某食品有限公司"


def test_what_an_investor_builds_after_dazao_is_a_project(nlp: Pipeline) -> None:
    text = ("本报讯 9月15日，某某区举行外资项目签约仪式。新加坡某某集团将投资18亿元人民币，"
            "在某湖畔打造某某科创综合体项目，计划明年3月开工。\n")
    got = _by_name(nlp, text)
    assert got["某某科创综合体项目"].get("investment_cny") == 1_800_000_000, got


def test_a_goal_after_dazao_is_no_project(nlp: Pipeline) -> None:
    text = "本报讯 某区将全力打造某某数字经济示范项目，加快建设现代化产业体系。\n"
    assert _records(nlp, text) == []


def test_the_reach_of_a_policy_is_no_statistic(nlp: Pipeline) -> None:
    text = ("本报讯 一季度，全区新增市场主体1200户。新出台的减税降费措施预计惠及企业2000余家，"
            "惠及个体工商户1.5万户。\n")
    got = {r.get("value") for r in _records(nlp, text, "indicator")}
    assert 1200 in got and not got & {2000, 15000}, got


def test_funds_arrived_are_no_total_of_the_projects_counted(nlp: Pipeline) -> None:
    text = "本报讯 1-8月，全区新签约过亿元项目36个，到位市外资金98.6亿元，同比增长12.4%。\n"
    batches = [(b.get("count"), b.get("total_cny")) for b in _records(nlp, text, "batch")]
    assert batches == [(36, None)], batches
    stats = {r.get("value"): r.get("growth_pct") for r in _records(nlp, text, "indicator")}
    assert stats.get(9_860_000_000) == 12.4, stats


def test_funds_to_arrive_in_a_goal_are_no_total_either(nlp: Pipeline) -> None:
    text = "本报讯 今年，全县力争新引进5000万元以上项目24个以上、到位市外资金45亿元以上。\n"
    batches = [(b.get("count"), b.get("total_cny")) for b in _records(nlp, text, "batch")]
    assert batches == [(24, None)], batches
    stats = {r.get("value"): r.get("period") for r in _records(nlp, text, "indicator")}
    assert "目标" in (stats.get(4_500_000_000) or ""), stats


def test_a_city_heading_the_name_is_where_the_project_is(nlp: Pipeline) -> None:
    text = ("【经济周评】\n\n本周看点\n\n"
            "● 宁波某某港区三期工程日前全面竣工，新增万吨级泊位4个，工程总投资约52亿元。\n")
    got = _records(nlp, text)
    assert [(r.get("location") or {}).get("city") for r in got] == ["宁波市"], \
        [(r.get("name"), r.get("location")) for r in got]

