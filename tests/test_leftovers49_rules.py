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
