"""Metrics of counts naming examples before ``等`` (``培育甲、乙等10家企业``), on phrasings of their own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _metrics(sentence: str) -> dict[str, object]:
    page = "某县经济运行平稳向好\n\n本报讯 " + sentence + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 6, 3))
    return {r.get("metric"): r.get("value") for r in doc.records if r.kind == "indicator"}


def test_the_firms_named_before_the_count_are_left_out_of_the_metric() -> None:
    got = _metrics("今年以来，全县扶持远航精工、德润纺织等15家企业。")
    assert got.get("扶持企业") == 15, got


def test_a_list_of_counted_classes_gives_each_class_its_own_metric() -> None:
    # the verb heading the list applies to every class in it
    got = _metrics("今年重点培育华星电子等8家龙头型企业、青禾食品等12家成长型企业。")
    assert got == {"培育龙头型企业": 8, "培育成长型企业": 12}, got


def test_without_a_verb_the_metric_is_the_class_counted() -> None:
    got = _metrics("目前，园区已集聚启明光电、万嘉新材等23家企业。")
    assert got.get("企业") == 23 or got.get("集聚企业") == 23, got
    assert not any(m and "启明" in m for m in got), got


def test_a_count_without_examples_keeps_its_words() -> None:
    got = _metrics("今年以来，全县新培育规上工业企业9家，新增市场主体1200户。")
    assert not any(m and "等" in m for m in got), got


def _periods(body: str) -> dict[str, object]:
    page = "某县经济运行平稳向好\n\n本报讯 " + body + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 6, 3))
    return {r.get("metric"): r.get("period") for r in doc.records if r.kind == "indicator"}


def test_a_statistic_of_the_present_is_of_the_page_s_year() -> None:
    got = _periods("目前，全县共有规上工业企业152家，市场主体3.2万户。")
    assert got and all(p == "2024" for p in got.values()), got


def test_a_goal_with_no_year_is_a_goal_of_the_page_s_year() -> None:
    got = _periods("力争新增规上工业企业10家以上。")
    assert got and all(p == "2024(目标)" for p in got.values()), got


def test_a_period_written_before_still_carries_over() -> None:
    got = _periods("1-5月，全县规上工业增加值同比增长6.2%。固定资产投资增长5.1%。")
    assert got and all(p == "2024-01/2024-05" for p in got.values()), got


def test_an_undated_page_with_no_year_gives_no_period() -> None:
    doc = Pipeline().process("某县经济运行\n\n本报讯 目前，全县共有规上工业企业152家。\n")
    assert [r.get("period") for r in doc.records if r.kind == "indicator"] == [None]


def test_a_fund_with_a_long_name_after_its_size_is_a_statistic() -> None:
    got = _metrics("下一步，将设立首期8亿元规模的新能源汽车零部件产业发展引导基金。")
    assert any(m and "基金" in m and v == 800_000_000 for m, v in got.items()), got


def test_a_sum_far_from_any_fund_word_is_no_fund() -> None:
    got = _metrics("去年完成8亿元规模的城区道路改造和老旧小区提升工程建设。")
    assert not any(m and "基金" in m for m in got), got


def test_firms_attending_an_event_are_no_statistic() -> None:
    got = _metrics("来自江苏、安徽等地的60余家企业代表参加推介会，现场签约项目12个。")
    assert 60 not in got.values(), got


def test_firms_an_office_has_in_its_sights_are_no_statistic() -> None:
    got = _metrics("目前已锁定目标企业45家，全年新增规上工业企业18家。")
    assert 45 not in got.values() and 18 in got.values(), got


def _plan_periods(sentence: str) -> dict[object, object]:
    page = "某县经济运行平稳向好\n\n本报讯 " + sentence + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 3, 1))
    return {r.get("value"): (r.get("metric"), r.get("period")) for r in doc.records if r.kind == "indicator"}


def test_what_there_is_now_in_a_plan_is_marked_as_such() -> None:
    for lead in ("", "今年，"):
        got = _plan_periods(lead + "力争新增规上工业企业10家，加强对现有86户规上工业企业的帮扶。")
        assert got.get(10) == ("新增规上工业企业", "2024(目标)"), got
        assert (got.get(86) or (None, None))[1] == "2024(现有)", got


def test_a_goal_s_sum_before_what_it_measures_is_a_statistic() -> None:
    got = _metrics("开工首日，园区召开项目投资誓师大会，立下建设“五百亿产值、五十亿税收”园区的目标。")
    assert got.get("产值") == 50_000_000_000 and got.get("税收") == 5_000_000_000, got


def test_a_sum_before_a_growth_is_no_slogan() -> None:
    got = _metrics("一季度，园区实现产值120亿元，税收增长8%。")
    assert "产值" in str(list(got)) and 12_000_000_000 in got.values(), got
    assert not any(m == "税收" and v == 12_000_000_000 for m, v in got.items()), got


def test_a_procedure_s_time_cut_to_a_limit_is_a_statistic() -> None:
    got = _metrics("今年，企业开办时间压缩至1个工作日，工业项目施工许可审批时限缩短到25天以内。")
    assert got.get("企业开办时间") == 1, got
    assert got.get("工业项目施工许可审批时限") == 25, got


def test_one_project_s_schedule_is_no_time_limit() -> None:
    got = _metrics("该项目建设周期控制在18个月以内。")
    assert 18 not in got.values(), got
