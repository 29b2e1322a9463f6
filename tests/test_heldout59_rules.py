"""Rules the misses of the fifty-ninth held-out set called for, each on phrasings of its own.

The set is a page of economic news in Traditional script with pinyin reading aids: a city's and a
district's first three quarters as the statistics bureau gives them, districts' reports on the
investment done by their key projects, a works finished and a first product off a line.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.recctx import RecordContext
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 10, 25))


def _batches(page: str) -> list:
    return [r for r in doc(page).records if r.kind == "batch"]


def _by_metric(page: str) -> dict:
    return {r.get("metric"): r for r in indicators(page)}


# --- indicators: a month told as a point holds for its own paragraph only ----------------------

POINT_MONTH = ("前三季度某县经济平稳\n\n本报讯 县统计局日前发布,前三季度,江安县地区生产总值同比增长5.1%。"
               "9月当月,全县规上工业增加值增长8.2%。\n"
               "消费市场平稳。全县社会消费品零售总额96.4亿元,增长4.3%。\n")


def test_a_month_told_alone_gives_no_period_to_the_next_paragraph() -> None:
    found = _by_metric(POINT_MONTH)
    assert found["社会消费品零售总额"].get("period") == "2024-01/2024-09"
    month = [r for r in indicators(POINT_MONTH) if r.get("value") == 8.2]
    assert month and month[0].get("period") == "2024-09"


def test_a_month_end_gives_no_period_to_the_next_paragraph() -> None:
    page = ("前三季度某县金融运行\n\n本报讯 前三季度,兴文县一般公共预算收入完成9.6亿元,增长3.1%。"
            "9月末,全县金融机构各项存款余额412.5亿元,增长7.7%。\n"
            "居民收入稳步增长。全县农村居民人均可支配收入16120元,增长6.2%。\n")
    found = _by_metric(page)
    assert found["农村居民人均可支配收入"].get("period") == "2024-01/2024-09"


def test_a_month_of_its_own_report_still_holds_for_what_follows() -> None:
    page = ("某县9月份经济运行\n\n本报讯 9月份,长宁县规上工业增加值增长6.4%。\n"
            "投资方面,全县固定资产投资增长3.5%。\n")
    assert _by_metric(page)["固定资产投资"].get("period") == "2024-09"


# --- indicators: ranks told as the first place or among a group of districts ---------------------

def test_the_first_place_of_a_province_is_rank_one() -> None:
    page = ("前三季度某县工业\n\n本报讯 前三季度,珙县规模以上工业增加值同比增长12.1%,"
            "增速继续位居全市首位。\n")
    ranks = [r for r in indicators(page) if "排名" in (r.get("metric") or "")]
    assert [(r.get("value"), r.get("unit")) for r in ranks] == [(1, "位")]


def test_a_first_place_with_no_figure_before_it_gives_no_rank() -> None:
    page = "某县茶叶\n\n本报讯 筠连县茶叶种植面积居全市首位,茶产业成为当地支柱产业。\n"
    assert not [r for r in indicators(page) if "排名" in (r.get("metric") or "")]


def test_a_rank_among_a_group_of_districts_after_a_growth() -> None:
    page = ("1—9月某区经济\n\n本报讯 1—9月,大足区工业投资同比增长18.2%,增速排渝西片区第2位;"
            "技改投资增长9.4%。\n")
    ranks = [r for r in indicators(page) if "排名" in (r.get("metric") or "")]
    assert [(r.get("value"), r.get("unit")) for r in ranks] == [(2, "位")]
    assert "工业投资" in ranks[0].get("metric")


def test_a_rank_without_a_scope_gives_none() -> None:
    page = "某区经济\n\n本报讯 1—9月,大足区工业投资同比增长18.2%,增速排第2位。\n"
    assert not [r for r in indicators(page) if "排名" in (r.get("metric") or "")]


def test_a_ranking_printed_with_its_counter_keeps_it() -> None:
    page = "某区经济\n\n本报讯 1—9月,璧山区地区生产总值同比增长6.9%,排名全市第3位。\n"
    ranks = [r for r in indicators(page) if "排名" in (r.get("metric") or "")]
    assert [(r.get("value"), r.get("unit")) for r in ranks] == [(3, "位")]
    page = "某区经济\n\n本报讯 1—9月,璧山区地区生产总值同比增长6.9%,排名全市第3。\n"
    ranks = [r for r in indicators(page) if "排名" in (r.get("metric") or "")]
    assert [(r.get("value"), r.get("unit")) for r in ranks] == [(3, "名")]


# --- indicators: progress of a plan or of one works, and what works could yield ----------------

def test_the_rate_of_a_plan_done_is_no_statistic() -> None:
    page = ("某县重点项目\n\n本报讯 1—9月,高县41个县级重点项目完成投资52.3亿元,"
            "投资完成率达78.4%,较去年同期提高3个百分点。\n")
    assert not [r for r in indicators(page) if r.get("value") == 78.4]


def test_a_rate_of_projects_started_stays_a_statistic() -> None:
    page = "某县项目\n\n本报讯 1—9月,高县签约项目开工率达到62.5%,同比提高4个百分点。\n"
    assert [r for r in indicators(page) if r.get("value") == 62.5]


def test_one_works_spending_is_no_statistic() -> None:
    page = ("某区重点项目\n\n本报讯 1—9月,南溪区重点项目完成投资48.2亿元。其中,宜宾港二期工程完成投资3.2亿元,"
            "泊位主体已完工;宜泸高速扩容南溪段累计完成投资7.5亿元。\n")
    values = {r.get("value") for r in indicators(page)}
    assert 320_000_000 not in values and 750_000_000 not in values


def test_a_sector_spending_of_a_place_stays_a_statistic() -> None:
    page = "某市交通\n\n本报讯 1—9月,全市交通建设完成投资48.6亿元,同比增长9.1%。\n"
    assert [r for r in indicators(page) if r.get("value") == 4_860_000_000]


def test_what_firms_moving_in_could_yield_a_year_is_no_statistic() -> None:
    page = ("某园厂房竣工\n\n本报讯 10月8日,江安县纺织产业园三期厂房通过竣工验收,总投资2.1亿元。\n"
            "目前,已有6家企业签约入驻,预计明年一季度陆续投产,年产值可达20亿元。\n")
    assert not [r for r in indicators(page) if r.get("value") == 2_000_000_000]


def test_a_yearly_output_done_stays_a_statistic() -> None:
    page = "某县工业\n\n本报讯 1—9月,江安县规上工业实现产值120.5亿元,同比增长8.8%。\n"
    assert [r for r in indicators(page) if r.get("value") == 12_050_000_000]


# --- batches: key projects of a district, a list they are put on, a group told in parts -----------

def test_a_tier_of_key_projects_in_a_district_is_the_district_s() -> None:
    page = ("某区重点项目\n\n本报讯 记者从永川区发展改革委获悉,今年全区纳入市级重点项目36个,"
            "年度计划投资98.5亿元。1—9月,36个项目累计完成投资80.2亿元。\n")
    found = {(r.get("count"), r.get("total_cny"), r.get("event"), r.get("region")) for r in _batches(page)}
    assert (36, 9_850_000_000, "under_construction", "永川区") in found
    assert (36, 8_020_000_000, "under_construction", "永川区") in found


def test_a_city_s_own_tier_stays_the_city_s() -> None:
    page = ("某市重大项目\n\n本报讯 1—9月,全市统筹推进的市级重大项目212个累计完成投资286.4亿元。"
            "在合江县,甲公司项目加快建设。\n")
    regions = {r.get("region") for r in _batches(page) if r.get("count") == 212}
    assert regions == {"泸州市"} or "合江县" not in regions


def test_a_group_told_again_before_its_parts_is_no_new_batch() -> None:
    page = ("某区重点项目\n\n本报讯 1—9月,荣昌区52个重点项目完成投资60.4亿元。"
            "52个重点项目中,已竣工6个、在建40个。\n")
    counts = [r.get("count") for r in _batches(page)]
    assert counts.count(52) == 1
    assert 6 in counts and 40 in counts


# --- status: the work since a date is no plan of what follows -----------------------------------

def test_work_pushed_since_the_year_began_makes_no_plan() -> None:
    page = ("某区项目建设\n\n本报讯 今年以来,叙州区以“项目提速年”为抓手,全力抓项目、稳增长。\n"
            "走进叙州高新区,四川甲乙新能源有限公司年产5万吨负极材料项目建设现场一片繁忙。该项目总投资18亿元。\n")
    found = projects(page)
    assert found["四川甲乙新能源有限公司年产5万吨负极材料项目"].get("status") == "actual"


def test_a_plan_opening_an_article_still_makes_its_works_plans() -> None:
    page = ("某区项目建设\n\n本报讯 明年,叙州区将以“项目提速年”为抓手,全力抓项目、稳增长。\n"
            "走进叙州高新区,四川甲乙新能源有限公司年产5万吨负极材料项目建设现场一片繁忙。该项目总投资18亿元。\n")
    found = projects(page)
    assert found["四川甲乙新能源有限公司年产5万吨负极材料项目"].get("status") == "target"


# --- sentences: a question mark before a clause mark stands for a lost character ---------------

def _sentences(page: str) -> list[str]:
    d = doc(page)
    ctx = RecordContext(d)
    return [d.text[s.start:s.end] for art in ctx.article_spans() for s in ctx.sentences(art)]


def test_a_question_mark_before_a_semicolon_ends_no_sentence() -> None:
    page = "某区项目\n\n本报讯 甲冷链物流园项目冷库主体封?;乙路改造工程完成投资2亿元。\n"
    assert any("冷库主体封" in s and "乙路改造工程" in s for s in _sentences(page))


def test_a_question_still_ends_its_sentence() -> None:
    page = "某区项目\n\n本报讯 项目为何进展这么快?企业负责人说,审批提速是关键。\n"
    assert not any("为何" in s and "负责人" in s for s in _sentences(page))


# --- projects: a road's section, its parts, a phase after a short lead, a park's phase -----------

def test_a_road_section_s_year_spending_is_no_total_and_its_subgrade_no_project() -> None:
    page = ("某区在建项目\n\n本报讯 在建项目中,泸永高速公路泸县段完成年度投资6.3亿元,路基工程完成75%。\n")
    found = projects(page)
    assert not [n for n in found if n.startswith("路基")]
    road = [r for n, r in found.items() if "高速公路" in n]
    assert road and road[0].get("investment_cny") is None


def test_a_phase_told_after_a_short_lead_takes_its_sum_and_size() -> None:
    page = ("某县纸业项目竣工\n\n本报讯 9月28日,四川丙丁纸业有限公司年产10万吨生活用纸项目(一期)全面竣工。"
            "该项目总投资12亿元。据介绍,该项目二期计划投资9亿元,建设年产5万吨特种纸生产线,目前正在开展前期工作。\n")
    phase = [r for n, r in projects(page).items() if n.endswith("二期")]
    assert phase and phase[0].get("investment_cny") == 900_000_000
    assert "5万吨" in (phase[0].get("capacity") or "")


def test_a_park_s_phase_goes_on_into_the_works_built_in_it() -> None:
    page = "某园厂房竣工\n\n本报讯 10月12日,江安县纺织产业园二期标准化厂房项目通过竣工验收,总投资3.6亿元。\n"
    assert "江安县纺织产业园二期标准化厂房项目" in projects(page)


def test_a_park_s_own_phase_stays_the_park_s() -> None:
    page = "某园竣工\n\n本报讯 10月12日,江安县纺织产业园二期通过竣工验收,总投资3.6亿元。\n"
    assert "江安县纺织产业园二期" in projects(page)
