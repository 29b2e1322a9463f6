"""Rules for what sets 25 and 26 still missed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.brands import foreign_firm_head

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


def _investors(page: str) -> dict:
    return {r.get("name"): r.get("investor") for r in _records(page, "project")}


def test_a_foreign_firm_heading_a_name_is_the_investor_with_its_country() -> None:
    assert foreign_firm_head("德国蓝思机械精密轴承生产基地项目") == "德国蓝思机械"
    assert foreign_firm_head("韩国青岚特种纸业项目") is None  # a qualifier: the firm's name untold
    assert foreign_firm_head("德国风情小镇项目") is None  # no brand and trade: a theme
    assert foreign_firm_head("甲乙绿色食品项目") is None  # no country
    page = ("本报讯 某市高新区引进的日本松和食品速冻水饺生产项目已完成外资登记，"
            "总投资2.5亿元，计划8月开工。\n")
    got = _investors(page)
    assert got.get("日本松和食品速冻水饺生产项目") == "日本松和食品", got


def _dates(page: str) -> dict:
    return {r.get("name"): r.get("date") for r in _records(page, "project")}


def test_a_two_party_signings_day_is_not_lent_to_the_next_project() -> None:
    page = ("某市一季度招商引资成效明显。项目签约提速。5月18日，甲县与某某实业有限公司签署投资协议，"
            "由其投资2亿元建设竹材精深加工项目。乙县引进的丙丁纸业生活用纸项目已完成工商注册，"
            "总投资3亿元，计划8月开工。\n")
    got = _dates(page)
    assert got.get("竹材精深加工项目") == "2024-05-18", got
    assert got.get("丙丁纸业生活用纸项目") is None, got
    both = ("某市招商成效明显。项目签约提速。5月18日，甲县与某某实业有限公司签约竹材精深加工项目，"
            "总投资2亿元；与某某物流集团签约山区冷链仓储中心项目，总投资1.5亿元。\n")
    assert set(_dates(both).values()) == {"2024-05-18"}, _dates(both)  # one sentence, one day
    batch = ("某市一季度招商引资成效明显。项目签约提速。5月18日，某市举行招商引资项目集中签约活动。"
             "乙县引进的丙丁纸业生活用纸项目现场签约，总投资3亿元。\n")
    assert _dates(batch).get("丙丁纸业生活用纸项目") == "2024-05-18", _dates(batch)


def _counties(page: str) -> dict:
    return {r.get("name"): (r.get("location") or {}).get("county") for r in _records(page, "project")}


def test_a_section_named_after_a_county_places_the_line_there() -> None:
    page = ("本报讯 6月10日，凉山州多个重点项目集中开工。其中，德昌—盐源220千伏输变电工程"
            "会理段当天开工，新建线路长约60公里。\n")
    got = _counties(page)
    assert "会理市" in got.values(), got
    plain = "本报讯 6月10日，凉山州某某220千伏输变电工程当天开工，新建线路长约60公里。\n"
    assert "会理市" not in _counties(plain).values(), _counties(plain)
