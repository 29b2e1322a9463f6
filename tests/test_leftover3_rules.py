"""Rules for what sets 25 and 26 still missed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline

DAY = dt.date(2024, 6, 12)


def _records(page: str, kind: str, day: dt.date | None = DAY) -> list:
    return [r for r in Pipeline().process(page, pub_date=day).records if r.kind == kind]


def _metrics(page: str) -> list:
    return [r.get("metric") for r in _records(page, "indicator")]


def test_a_figure_in_a_firm_persons_quote_is_no_statistic() -> None:
    page = ("本报讯 走进某某区的甲乙纺织有限公司，总经理王建华正在车间查看新设备。\n"
            "“今年我们更换了全部织机，单位电耗降低了15%。”王建华说。\n"
            "今年以来，全区纺织产业实现产值32亿元，同比增长9.5%。\n")
    got = _metrics(page)
    assert not any("电耗" in str(m) for m in got), got
    assert any("产值" in str(m) for m in got), got  # the district's own figure stays
    titled = "本报讯 “车间的用水量下降了30%。”企业负责人李明告诉记者。\n"
    assert not any("用水" in str(m) for m in _metrics(titled)), _metrics(titled)


def test_a_figure_in_an_officials_quote_stays_a_statistic() -> None:
    page = ("本报讯 某某区区长张卫东在会上介绍工作情况。\n"
            "“今年一季度，全区规上工业增加值增长了8.2%。”张卫东说。\n")
    got = _metrics(page)
    assert any("增加值" in str(m) for m in got), got
