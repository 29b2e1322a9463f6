"""Rules the false hits and misses of the thirty-first held-out set called for, each on phrasings
of its own: figures of cases, payouts, prices, a firm's sales and an event are no statistics;
rates given in turn, a later year's figures, balances and parts of a whole."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline

DAY = dt.date(2024, 6, 18)


def _stats(page: str, day: dt.date | None = DAY) -> list:
    return [r for r in Pipeline().process(page, pub_date=day).records if r.kind == "indicator"]


def _page(*paragraphs: str) -> str:
    return "某地经济新闻\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_cases_fines_and_gains_are_no_statistics() -> None:
    page = _page("本报讯 旺苍县市场监管局近日查处一起案件,一家药店销售假冒药品,货值金额1.8万元,"
                 "被没收违法所得6000元,并处罚款3万元。今年以来,该局立案查处违法案件43件,罚没款共计52万元。",
                 "本报讯 苍溪县人民法院为58名务工人员追回工资96万元,一家劳务公司拖欠工资37万元。")
    assert _stats(page) == [], [(r.get("metric"), r.get("value")) for r in _stats(page)]


def test_what_an_insurer_or_a_lender_pays_or_covers_is_no_statistic() -> None:
    page = _page("本报讯 一家保险公司剑阁支公司向受灾的56户养殖户支付理赔款48万元,户均赔付8500元。"
                 "该公司今年承保生猪3.2万头,提供风险保障2.1亿元。",
                 "本报讯 剑阁县农商银行向种植大户授信1.2亿元。")
    assert _stats(page) == [], [(r.get("metric"), r.get("value")) for r in _stats(page)]
    # a region's balance of loans stays a statistic
    kept = _stats(_page("本报讯 截至5月末,剑阁县金融机构各项贷款余额312.6亿元,同比增长8.1%。"))
    assert [r.get("value") for r in kept] == [31260000000], kept


def test_prices_per_unit_and_the_most_one_item_gets_are_no_statistics() -> None:
    page = _page("本报讯 据价格监测,苍溪县农贸市场牛肉零售价每公斤78元,白菜每斤2元,较上月下降2.3%。",
                 "本报讯 苍溪县将茶园机具纳入补贴范围,单台机具最高补贴3万元。",
                 "本报讯 苍溪县猕猴桃喜获丰收,果农老李说,8亩地能卖12万多元,合作社带动村民人均增收1500元。")
    assert _stats(page) == [], [(r.get("metric"), r.get("value")) for r in _stats(page)]


def test_a_firms_own_sales_are_no_statistic_a_ports_throughput_is() -> None:
    page = _page("本报讯 位于旺苍县的四川某某科技股份有限公司1—5月实现销售收入6.2亿元,其中出口额8000万元,"
                 "同比增长12%。")
    assert _stats(page) == [], [(r.get("metric"), r.get("value")) for r in _stats(page)]
    port = _stats(_page("本报讯 1—5月,某港集团完成货物吞吐量1.2亿吨,同比增长3.5%。"))
    assert [r.get("value") for r in port] == [1.2], port


def test_an_events_own_figures_are_no_statistics() -> None:
    page = _page("本报讯 在旺苍县米仓山下举办的杜鹃花节吸引游客8万余人次,现场销售额达120万元。",
                 "本报讯 5月10日,旺苍县春季招聘会在县城广场举行,120家企业提供岗位5000个,现场达成意向800人。",
                 "本报讯 在苍溪县举办的汽车展销会上,3天成交车辆420台,成交额6300万元。")
    assert _stats(page) == [], [(r.get("metric"), r.get("value")) for r in _stats(page)]
    # a place's statistic told during an event keeps its scope
    kept = _stats(_page("本报讯 杜鹃花节期间,全县接待游客52.3万人次。"))
    assert [r.get("value") for r in kept] == [523000], kept


def test_firms_acting_on_the_spot_are_guests_no_count() -> None:
    page = _page("本报讯 剑阁县召开金融助企大会。会上,12家金融机构现场与企业对接。")
    assert [r for r in _stats(page) if r.get("unit") == "家"] == []


def test_rates_given_in_turn_go_to_the_two_statistics_before() -> None:
    page = _page("本报讯 1—5月,旺苍县共接待游客120.5万人次,实现旅游收入9.6亿元,同比分别增长8.1%和10.5%。")
    got = {r.get("value"): r.get("growth_pct") for r in _stats(page)}
    assert got == {1205000: 8.1, 960000000: 10.5}, got


def test_more_than_a_year_before_is_no_statistic() -> None:
    page = _page("本报讯 1—5月,苍溪县新增贷款36.2亿元,同比多增4.1亿元。")
    assert [r.get("value") for r in _stats(page)] == [3620000000]


def test_a_later_years_figure_is_a_goal() -> None:
    page = _page("本报讯 剑阁县日前出台措施,提出到2026年,全县规上工业企业达到160户。")
    got = [(r.get("value"), r.get("period")) for r in _stats(page)]
    assert got == [(160, "2026(目标)")], got


def test_a_goals_year_is_not_carried_to_what_was_done() -> None:
    page = _page("本报讯 6月12日,旺苍县文旅大会召开。会议提出,到2026年,全县旅游收入达到80亿元。",
                 "会上,旺苍县设立规模2亿元的文旅发展基金。")
    got = {r.get("value"): r.get("period") for r in _stats(page)}
    assert got.get(8000000000) == "2026(目标)" and got.get(200000000) == "2024", got


def test_a_balance_keeps_the_day_of_the_balance_before() -> None:
    page = _page("本报讯 截至5月末,苍溪县各项存款余额420.8亿元,同比增长6.2%。1—5月,全县新增贷款12.6亿元。",
                 "其中,普惠小微贷款余额38.4亿元。")
    got = {r.get("value"): r.get("period") for r in _stats(page)}
    assert got.get(3840000000) == "2024-05" and got.get(1260000000) == "2024-01/2024-05", got


def test_a_part_after_其中_takes_the_measure_of_the_whole() -> None:
    page = _page("本报讯 今年,旺苍县油菜种植面积12.5万亩,其中优质油菜8.1万亩。")
    got = {r.get("value"): r.get("metric") for r in _stats(page)}
    assert got.get(8.1) == "优质油菜种植面积", got
    # a part with no measure in the whole stays out
    assert {r.get("value") for r in _stats(_page("本报讯 今年,旺苍县新增市场主体3200户,其中企业860户。"))} \
        >= {3200}


def test_plan_words_after_a_place_are_no_metric() -> None:
    page = _page("本报讯 1—5月,剑阁县接待游客86万人次。下一步,剑阁将力争全年接待游客突破260万人次。")
    metrics = [str(r.get("metric")) for r in _stats(page)]
    assert metrics and not any(m.startswith("将") for m in metrics), metrics


def test_a_wage_guidelines_rates_are_no_statistics() -> None:
    page = _page("本报讯 剑阁县发布2024年企业工资指导线,基准线为5.5%。")
    assert _stats(page) == []
