"""General rules for misses the earlier evaluation sets still listed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.zh.brands import brand_head

DAY = dt.date(2024, 6, 20)


def _records(page: str, kind: str, day: dt.date | None = DAY) -> list:
    return [r for r in Pipeline().process(page, pub_date=day).records if r.kind == kind]


def _periods(page: str, day: dt.date | None = DAY) -> dict:
    return {r.get("value"): r.get("period") for r in _records(page, "indicator", day)}


def test_figures_since_an_opening_are_a_total_up_to_the_pages_month() -> None:
    page = ("本报讯 据了解，某市技术交易中心运营两年以来，累计促成技术交易2860项，"
            "成交金额达到41亿元，服务企业1375家。\n")
    got = _periods(page)
    assert got.get(4100000000) == "运营两年累计(至2024-06)", got
    assert got.get(1375) == "运营两年累计(至2024-06)", got
    # twelve months counted back from the page's month when no event is named
    page = "本报讯 一年来，某区新增市场主体8600户，新培育规上工业企业36家，实现税收收入12亿元。\n"
    got = _periods(page)
    assert got.get(8600) == got.get(36) == "2023-06/2024-06", got
    # a date given after the span is the period of the figures after it
    page = "本报讯 成立三年来，该园区发展迅速。今年1-5月，园区实现产值56亿元。\n"
    assert _periods(page).get(5600000000) == "2024-01/2024-05"


def test_without_a_page_date_the_latest_month_named_on_the_page_is_its_month() -> None:
    page = ("某县项目建设提速\n本报讯 2023年8月15日，某县召开项目推进会。\n"
            "据介绍，该县创业服务中心开园一年半以来，已孵化企业126家，带动就业3400人。\n")
    got = _periods(page, None)
    assert got.get(126) == "开园一年半累计(至2023-08)", got


def test_a_round_figure_in_a_quoted_slogan_is_a_goal_with_no_date() -> None:
    page = ("本报讯 2024年，某县将全力冲刺目标任务，誓将工业园区建成“百亿产值、十亿税收”园区，"
            "力争新培育规上工业企业15家以上。\n")
    got = _periods(page)
    assert got.get(10000000000) == "远期目标", got
    assert got.get(1000000000) == "远期目标", got
    # the slogan's period is not carried to the figures after it
    assert got.get(15) == "2024(目标)", got
    # a figure in digits inside quotes keeps its year
    page = "本报讯 2024年，某区将实施好“200家小微企业”培育工程，全年新增规上企业10家。\n"
    assert "远期目标" not in _periods(page).values()


def test_a_brand_before_a_region_of_provinces_or_a_plants_place_is_the_investor() -> None:
    assert brand_head("金穗农联陕甘宁国际冷链港") == "金穗农联"
    assert brand_head("鸿达川黔物流园") == "鸿达"
    # a company's short name with its trade, then the county of its plant
    assert brand_head("宏城电气涪陵电机产业园") == "宏城电气"
    assert brand_head("恒达机械璧山零部件基地") == "恒达机械"
    # a region alone, a county then a trade, or a generic opening give no brand
    for name in ("川陕甘国际物流港", "现代农业綦江示范园", "金牛川渝食品产业园"):
        assert brand_head(name) is None, name
    page = "本报讯 日前，某市成功签约金穗农联陕甘宁国际冷链港、某某光伏组件等项目12个。\n"
    got = {r.get("name"): r.get("investor") for r in _records(page, "project")}
    assert any(v == "金穗农联" for v in got.values()), got
