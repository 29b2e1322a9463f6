"""Rules the leftovers of the fifty-first to fifty-ninth held-out sets called for, each on
phrasings of its own (other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 4, 10))


def batches(page: str) -> list[dict]:
    """Region, event, count and total of every batch of ``page``."""
    return [{k: r.get(k) for k in ("region", "event", "count", "total_cny")}
            for r in doc(page).records if r.kind == "batch"]


# --- batches: firms counted as those that settled, their agreements' sum two clauses later -------

def test_firms_that_settled_with_their_agreements_sum_later_signed() -> None:
    page = ("以商招商\n\n本报讯 德阳市旌阳区依托龙头企业开展以商招商,去年引进配套企业11家。其中,"
            "由龙头企业介绍落户的有5家,从首次接洽到签约平均不足50天,协议投资额合计28.6亿元。\n")
    assert {"region": "旌阳区", "event": "signed", "count": 5, "total_cny": 2860000000} in batches(page)


def test_firms_that_settled_with_no_sum_are_no_batch() -> None:
    page = ("以商招商\n\n本报讯 德阳市旌阳区依托龙头企业开展以商招商,去年引进配套企业11家。其中,"
            "由龙头企业介绍落户的有5家,从首次接洽到签约平均不足50天。\n")
    assert not [b for b in batches(page) if b["count"] == 5]


# --- batches: the investment of the kind of projects just counted is their total ------------------

def test_the_investment_of_the_kind_counted_is_the_batch_s_total() -> None:
    page = ("技改扩能\n\n本报讯 会议要求,攀枝花市仁和区今年要抓好存量企业扩能,全年实施技术改造项目12个以上,"
            "完成技术改造投资9.5亿元;新增规上工业企业8户。\n")
    found = [b for b in batches(page) if b["count"] == 12]
    assert found and found[0]["total_cny"] == 950000000
    assert not [r for r in indicators(page) if r.get("value") == 950000000]


def test_an_economy_s_investment_after_other_projects_stays_a_statistic() -> None:
    page = "技改\n\n本报讯 今年,乐至县实施技改项目18个,完成工业投资26亿元。\n"
    assert [b["total_cny"] for b in batches(page) if b["count"] == 18] == [None]
    assert [r.get("metric") for r in indicators(page) if r.get("value") == 2600000000] == ["工业投资"]


def test_industry_s_investment_after_industrial_projects_stays_a_statistic() -> None:
    page = "工业投资\n\n本报讯 今年上半年,乐至县新开工工业项目18个,完成工业投资26亿元,同比增长12%。\n"
    assert [b["total_cny"] for b in batches(page) if b["count"] == 18] == [None]
    assert [r.get("metric") for r in indicators(page) if r.get("value") == 2600000000] == ["工业投资"]


# --- statistics: firms counted as one party of a signing ------------------------------------------

def test_firms_signing_with_a_park_are_no_statistic() -> None:
    page = ("园区招商\n\n本报讯 目前,已有成都某某科技有限公司等8家企业与园区签订入驻协议,"
            "预计明年陆续投产。\n")
    assert not [r for r in indicators(page) if r.get("value") == 8]


def test_firms_signing_with_a_zone_by_count_alone_are_no_statistic() -> None:
    page = "园区招商\n\n本报讯 截至目前,共有12家公司同眉山经开区签署合作协议。\n"
    assert not [r for r in indicators(page) if r.get("value") == 12]


def test_firms_moving_in_with_no_signing_stay_a_statistic() -> None:
    page = "飞地园区\n\n本报讯 目前,园区已入驻企业46家,其中已有7家铜梁企业入驻。\n"
    assert {r.get("value") for r in indicators(page)} >= {46, 7}


# --- batches: a goal or a result of the agreements' sum of projects, with no count ---------------

def test_a_goal_of_the_agreements_sum_of_projects_is_a_signed_batch() -> None:
    page = "招商目标\n\n本报讯 按照计划,江津区明年力争全年新签约项目协议金额突破200亿元。\n"
    assert {"region": "江津区", "event": "signed", "count": None, "total_cny": 20000000000} in batches(page)


def test_the_agreements_sum_of_expansions_told_as_done_is_signed() -> None:
    page = "增资扩产\n\n本报讯 今年以来,江津区增资扩产项目协议投资额达到86亿元,同比增长12%。\n"
    assert {"region": "江津区", "event": "signed", "count": None, "total_cny": 8600000000} in batches(page)


def test_a_goal_of_an_economy_s_investment_is_no_batch() -> None:
    page = "工业投资\n\n本报讯 按照计划,江津区明年力争全年工业投资突破200亿元。\n"
    assert not batches(page)


# --- places: a speaker's 区里 is the district of the office they head -----------------------------

_TWO_DISTRICTS = ("产业链招商\n\n本报讯 德阳市推进产业链招商。\n"
                  "旌阳区商务局局长李明说,区里今年引进配套企业11家。其中,由龙头企业介绍落户的有5家,"
                  "从首次接洽到签约平均不足50天,协议投资额合计28.6亿元。\n"
                  "罗江区则依托园区招商,园区里已入驻企业46家。\n")


def test_a_speaker_s_district_is_the_region_of_what_follows() -> None:
    assert {r.get("value"): r.get("region") for r in indicators(_TWO_DISTRICTS)}.get(11) == "旌阳区"
    assert [b["region"] for b in batches(_TWO_DISTRICTS) if b["count"] == 5] == ["旌阳区"]


def test_inside_a_park_names_no_district() -> None:
    page = ("产业链招商\n\n本报讯 德阳市推进产业链招商。\n"
            "旌阳区商务局局长李明说,园区里今年入驻配套企业11家。\n")
    assert {r.get("value"): r.get("region") for r in indicators(page)}.get(11) == "德阳市"


# --- periods: the year after a quarter; a present count after a plan of next year -----------------

def _periods(page: str, day: dt.date | None) -> dict:
    return {r.get("value"): r.get("period") for r in doc(page, day).records if r.kind == "indicator"}


_SPRINT = "冲刺全年\n\n本报讯 南溪区将全力冲刺四季度,确保全年完成重点项目投资120亿元以上。\n"


def test_the_year_s_goal_after_a_quarter_on_a_page_with_no_year_has_no_period() -> None:
    assert _periods(_SPRINT, None).get(12000000000) is None


def test_the_year_s_goal_after_a_quarter_on_a_dated_page_is_the_year() -> None:
    assert _periods(_SPRINT, dt.date(2025, 10, 20)).get(12000000000) == "2025(目标)"


def test_a_quarter_s_goal_on_a_page_with_no_year_keeps_the_quarter() -> None:
    page = "冲刺四季度\n\n本报讯 南溪区将全力冲刺四季度,确保完成重点项目投资40亿元以上。\n"
    assert _periods(page, None).get(4000000000) == "--10/--12"


_PRESENT_AFTER_PLAN = ("电子产业园\n\n本报讯 目前,多家企业已签订入驻协议,预计明年二季度陆续投产。"
                       "截至目前,该产业园已累计引进电子企业57家。\n")


def test_a_present_count_takes_no_time_of_next_year_on_a_page_with_no_year() -> None:
    assert _periods(_PRESENT_AFTER_PLAN, None).get(57) is None


def test_a_present_count_after_a_plan_of_next_year_is_the_page_s_year() -> None:
    assert _periods(_PRESENT_AFTER_PLAN, dt.date(2025, 10, 20)).get(57) == "2025"


# --- periods: a sum of projects picked by an earlier year runs from it, no flow of the year -------

def test_funds_of_projects_signed_since_last_year_are_a_total_at_the_cut_off() -> None:
    page = ("招商引资\n\n本报讯 截至6月底,古蔺县2024年以来引进的56个项目中,已有41个开工建设,"
            "累计到位资金28.4亿元。\n")
    assert _periods(page, dt.date(2025, 7, 10)).get(2840000000) == "2025-06"


def test_funds_of_the_year_up_to_a_cut_off_stay_a_flow() -> None:
    page = "招商引资\n\n本报讯 截至6月底,古蔺县累计到位资金28.4亿元,同比增长9%。\n"
    assert _periods(page, dt.date(2025, 7, 10)).get(2840000000) == "2025-01/2025-06"


# --- statistics: an economy's investment after a base being built is no base's figure -------------

def test_an_economy_s_investment_after_a_base_is_the_region_s() -> None:
    page = ("清洁能源\n\n本报讯 甘孜州将加快推进大渡河流域水风光一体化基地建设,"
            "力争全年能源工业投资突破260亿元。\n")
    assert [r.get("region") for r in indicators(page) if r.get("value") == 26000000000] == ["甘孜藏族自治州"]


def test_a_base_s_own_output_after_it_stays_no_statistic() -> None:
    page = "基地投产\n\n本报讯 甘孜州某某光伏基地去年9月建成投产,今年一季度实现发电收入3.2亿元。\n"
    assert not [r for r in indicators(page) if r.get("value") == 320000000]


# --- dates: a plan's horizon in an earlier sentence dates no year word after it -------------------

_HORIZON = ("清洁能源\n\n本报讯 2024年1—9月,甘孜州能源工业投资同比增长11%。\n"
            "按照规划,到2027年,甘孜州清洁能源装机将突破5000万千瓦{}"
            "州能源局负责人表示,力争全年能源工业投资突破260亿元。\n")


def test_a_plan_s_horizon_before_dates_no_year_word_of_a_later_sentence() -> None:
    assert _periods(_HORIZON.format("。"), None).get(26000000000) == "2024(目标)"


def test_a_plan_s_horizon_in_the_same_sentence_stays_its_year() -> None:
    assert _periods(_HORIZON.format(","), None).get(26000000000) == "2027(目标)"


# --- metrics: a year word before the verb; a level told after a run of growth ---------------------

def _metrics(page: str) -> dict:
    return {r.get("value"): (r.get("metric"), r.get("period")) for r in indicators(page)}


def test_a_year_word_before_the_verb_is_the_period_not_the_metric() -> None:
    page = "钒钛产业\n\n本报讯 攀枝花市钒钛产业营业收入去年达到560亿元。\n"
    assert _metrics(page).get(56000000000) == ("钒钛产业营业收入", "2024")


def test_a_level_after_a_run_of_growth_takes_the_measure_of_the_run() -> None:
    page = ("钒钛产业\n\n本报讯 攀枝花市钒钛资源丰富,全市钒钛产业营业收入连续四年保持两位数增长,"
            "去年达到560亿元。\n")
    assert _metrics(page).get(56000000000) == ("钒钛产业营业收入", "2024")


def test_a_clause_with_its_own_metric_after_a_run_of_growth_keeps_it() -> None:
    page = ("钒钛产业\n\n本报讯 攀枝花市钒钛产业营业收入连续四年保持两位数增长,"
            "去年钛白粉产量达到150万吨。\n")
    assert _metrics(page).get(150)[0] == "钛白粉产量"


# --- statistics: the year's floor space to build, a task of a county's list ------------------------

def test_the_year_s_floor_space_to_build_in_a_task_list_is_a_goal() -> None:
    page = ("重点任务\n\n本报讯 会议明确了屏山县今年的四项重点任务:其一,壮大纺织产业;其二,夯实承载能力,"
            "年内建成投用标准化厂房9万平方米;其三,抓好招商引资。\n")
    found = [r for r in indicators(page) if r.get("value") == 9]
    assert found and found[0].get("region") == "屏山县" and found[0].get("status") == "target"


def test_the_floor_space_of_a_project_to_build_in_the_year_is_no_statistic() -> None:
    page = ("重点任务\n\n本报讯 屏山县纺织产业园二期项目加快推进,年内建成投用标准化厂房9万平方米。\n")
    assert not [r for r in indicators(page) if r.get("value") == 9]


# --- money: one amount printed as an output and as an investment is two entries -------------------

def _money_of(page: str) -> list[tuple[str, str]]:
    from newsmill.zh.gold import document_to_gold
    return [(m["surface"], m["evidence"]) for m in document_to_gold(doc(page))["money"]]


def test_an_output_and_an_investment_of_one_amount_are_two() -> None:
    page = ("纸业项目投产\n\n本报讯 某某纸业一期项目建成投产,可年产包装纸20万吨,预计年产值8亿元。"
            "该项目二期计划投资8亿元,目前正在开展前期工作。\n")
    assert [s for s, _ in _money_of(page)].count("8亿元") == 2


def test_an_investment_restated_is_one() -> None:
    page = ("投资8亿元的纸业项目开工\n\n本报讯 某某纸业项目今日开工,项目总投资8亿元,"
            "建设年产20万吨包装纸生产线。\n")
    assert [s for s, _ in _money_of(page)].count("8亿元") == 1


def test_an_amount_without_its_kind_in_the_headline_is_the_body_s() -> None:
    page = ("8亿元纸业项目开工\n\n本报讯 某某纸业项目今日开工,预计年产值8亿元。\n")
    assert [s for s, _ in _money_of(page)].count("8亿元") == 1


# --- batches: a count given to each of two places just named ---------------------------------------

def test_a_goal_given_to_each_of_two_places_is_a_batch_of_each() -> None:
    page = ("两地发力\n\n本报讯 按照计划,旌阳区今年装备制造产业产值力争突破300亿元,罗江区食品产业产值达到"
            "80亿元以上,两地全年新签约链上项目均不少于12个。\n")
    assert {b["region"] for b in batches(page) if b["count"] == 12} == {"旌阳区", "罗江区"}


def test_a_count_given_to_each_of_the_projects_is_one_batch() -> None:
    page = ("招商目标\n\n本报讯 按照计划,旌阳区今年装备制造产业产值力争突破300亿元,"
            "全年新签约的链上项目均不少于12个。\n")
    assert [b["region"] for b in batches(page) if b["count"] == 12] == ["旌阳区"]
