"""Rules for what the hundred-and-seventeenth held-out set still missed, each on phrasings of its
own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline


def _indicators(body: str) -> list[tuple[object, object, object]]:
    page = "黔东文旅与商贸项目巡礼\n\n" + body + "\n"
    doc = Pipeline().process(page, pub_date=dt.date(2025, 12, 18))
    return [(r.get("region"), r.get("value"), r.get("unit")) for r in doc.records if r.kind == "indicator"]


def test_the_yearly_sum_a_market_just_built_hopes_for_is_no_statistic() -> None:
    found = _indicators("11月底，万山区汞都农产品冷链物流园在敖寨乡建成，年交易额有望达到5亿元。")
    assert not any(v == 500_000_000 for _, v, _ in found)


def test_the_yearly_sales_a_mall_just_opened_expects_are_no_statistic() -> None:
    found = _indicators("上月，丹寨县城南商贸综合体正式开业，年销售额可望突破2亿元，新增就业岗位300个。")
    assert not any(v == 200_000_000 for _, v, _ in found)


def test_a_place_s_forecast_for_the_year_stays_a_statistic() -> None:
    found = _indicators("今年以来，丹寨县旅游市场持续回暖，全年旅游综合收入有望突破45亿元，同比增长12%。")
    assert any(v == 4_500_000_000 for _, v, _ in found)


def test_a_yearly_sum_with_no_works_built_before_it_is_not_touched() -> None:
    found = _indicators("1至11月，万山区社会消费品零售总额完成36.2亿元，同比增长7.4%。")
    assert any(v == 3_620_000_000 for _, v, _ in found)


def test_a_quoted_phase_s_spent_sum_under_a_byline_is_no_statistic() -> None:
    found = _indicators("本报讯(记者 吴敏 通讯员 杨光辉)\n“三期工程今年完成投资2.7亿元,主体已全部封顶。”"
                         "11月20日,在万山区朱砂古镇文旅综合体施工现场,项目负责人介绍。")
    assert not any(v == 270_000_000 for _, v, _ in found)


def test_a_quoted_project_s_spent_sum_after_a_speaker_is_no_statistic() -> None:
    found = _indicators("丹寨县水务局负责人说：“项目目前已经完成投资8600万元，预计明年春节前通水。”")
    assert not any(v == 86_000_000 for _, v, _ in found)


def test_a_place_s_investment_done_told_unquoted_stays_a_statistic() -> None:
    found = _indicators("1至10月，万山区重点项目累计完成投资46.8亿元，占年度计划的91.2%。")
    assert any(v == 4_680_000_000 for _, v, _ in found)
