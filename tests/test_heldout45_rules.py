"""Rules the misses of the forty-fifth held-out set called for, each on phrasings of its own.

The set is about province-wide pages: a province's or a municipality's start-of-works day with
many cities at once, per-city counts and sums in a paragraph or a table, the province's own list
of key projects and a ranking of cities at a provincial meeting.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2026, 5, 12))


def _batches(page: str) -> list:
    return [r for r in doc(page).records if r.kind == "batch"]


def _by_region(page: str) -> dict:
    return {r.get("region"): (r.get("count"), r.get("total_cny")) for r in _batches(page)}


# --- tables set with tabs, zones in the place column ------------------------------------------

def test_a_table_of_places_set_with_tabs_gives_a_batch_a_row() -> None:
    page = ("某市重大项目集中开工\n\n本报讯 5月10日,某省第二批重大项目集中开工活动举行,"
            "此次集中开工项目88个,总投资312亿元。各地开工情况如下:\n\n"
            "地区\t开工项目(个)\t总投资(亿元)\n"
            "眉山市\t21\t68.5\n"
            "资阳市\t17\t40.2\n"
            "金象经开区\t9\t33.6\n\n"
            "下一步,各地将加快推进项目建设。\n")
    found = _by_region(page)
    assert found["眉山市"] == (21, 6_850_000_000)
    assert found["资阳市"] == (17, 4_020_000_000)
    assert found["金象经开区"] == (9, 3_360_000_000)
    events = {r.get("event") for r in _batches(page)}
    assert events == {"started"}


def test_a_tab_set_row_without_a_place_or_a_zone_is_no_batch() -> None:
    page = ("某市重大项目集中开工\n\n本报讯 5月10日,某市集中开工项目30个,总投资90亿元。分类如下:\n\n"
            "类别\t开工项目(个)\t总投资(亿元)\n"
            "产业类\t18\t60.5\n\n")
    assert [r.get("count") for r in _batches(page)] == [30]


# --- places counted in turn -------------------------------------------------------------------

def test_places_listed_then_their_projects_counted_in_turn_are_batches() -> None:
    page = ("某州项目集中签约\n\n本报讯 5月9日,某州集中签约项目40个,总投资150亿元。"
            "分县看,马边彝族自治县、峨边彝族自治县、金口河区签约项目分别为12个、8个和5个。\n")
    found = _by_region(page)
    assert found["马边彝族自治县"] == (12, None)
    assert found["峨边彝族自治县"] == (8, None)
    assert found["金口河区"] == (5, None)
    assert not [r for r in indicators(page) if r.get("unit") == "个"]


def test_places_and_a_count_of_firms_in_turn_stay_statistics() -> None:
    page = ("某州工业经济\n\n本报讯 今年1-4月,马边彝族自治县、峨边彝族自治县新增规上企业分别为6户、4户。\n")
    assert not _batches(page)


# --- a provincial meeting held in a city -----------------------------------------------------

def test_a_provincial_meeting_held_in_a_city_reports_for_the_province() -> None:
    page = ("全省项目建设现场推进会召开\n\n本报讯 5月11日,全省项目建设现场推进会在乐山召开。"
            "会上通报,今年全省共安排省重点项目700个。前4个月,新开工项目95个,总投资860亿元;"
            "竣工项目21个。会议要求,确保全年重点项目完成投资6000亿元以上。\n")
    regions = {r.get("count"): r.get("region") for r in _batches(page)}
    assert regions[95] == "四川省"
    assert regions[21] == "四川省"
    goal = [r for r in indicators(page) if r.get("value") == 600_000_000_000]
    assert [r.get("region") for r in goal] == ["四川省"]


def test_a_city_meeting_held_in_a_county_keeps_the_county() -> None:
    page = ("某市项目推进会召开\n\n本报讯 5月11日,全市项目建设推进会在夹江县召开。"
            "夹江县新开工项目12个,总投资36亿元。\n")
    assert _by_region(page).get("夹江县") == (12, 3_600_000_000)


def test_spending_with_its_own_rate_before_a_counted_batch_is_a_statistic() -> None:
    page = ("全省重点项目进展\n\n本报讯 5月11日,全省重点项目调度会在南充召开。今年以来,"
            "省重点项目完成投资1520亿元,同比增长6.5%;新开工项目64个,总投资420亿元。\n")
    assert [r.get("total_cny") for r in _batches(page) if r.get("count") is None] == []
    spent = [r for r in indicators(page) if r.get("value") == 152_000_000_000]
    assert [(r.get("region"), r.get("growth_pct")) for r in spent] == [("四川省", 6.5)]


def test_spending_followed_by_its_parts_stays_the_batch() -> None:
    page = ("某县重点项目\n\n本报讯 今年某某县共安排重点项目30个。1-4月,夹江县累计完成投资20.5亿元,"
            "占年度计划的40.1%;其中,新开工项目8个,竣工项目3个。\n")
    totals = [r.get("total_cny") for r in _batches(page) if r.get("count") is None]
    assert totals == [2_050_000_000]


def test_a_rank_in_a_semicolon_item_is_of_the_city_opening_it() -> None:
    page = ("全省重点项目建设推进会召开\n\n本报讯 5月11日,全省重点项目建设推进会在南充召开。"
            "眉山市完成投资88.6亿元,占年度计划的45.2%,完成率居全省第3位;"
            "资阳市完成投资51.2亿元,增速居全省第5位。\n")
    ranks = {r.get("value"): r.get("region") for r in indicators(page) if r.get("unit") == "位"}
    assert ranks == {3: "眉山市", 5: "资阳市"}


# --- a size class counted, a growth after the share of the plan --------------------------------

def test_a_size_class_then_how_many_are_of_it_is_a_batch() -> None:
    page = ("某市项目集中签约\n\n本报讯 5月8日,某某县集中签约项目26个,协议投资额98亿元,"
            "其中单体项目投资5亿元以上的有7个。\n")
    counts = sorted(r.get("count") for r in _batches(page))
    assert counts == [7, 26]


def test_a_growth_after_the_share_of_the_plan_is_the_figures() -> None:
    page = ("某县经济运行\n\n本报讯 今年1-4月,夹江县固定资产投资完成28.4亿元,占全年目标的36.5%,"
            "同比增长7.2%。\n")
    spent = [r for r in indicators(page) if r.get("value") == 2_840_000_000]
    assert [r.get("growth_pct") for r in spent] == [7.2]


# --- a start day's member settled in a park, a site by city and district, a rank by count ------

def test_a_member_settled_in_a_park_takes_the_start_of_its_batch() -> None:
    page = ("某区重大项目集中开工\n\n本报讯 5月8日,某某区二季度重大项目集中开工,开工项目15个,总投资60亿元。"
            "其中,某某智能装备有限公司投资8亿元建设的精密轴承项目落户某某产业园。\n")
    bearing = next(r for name, r in projects(page).items() if "轴承" in (name or ""))
    assert (bearing.get("stage"), bearing.get("date")) == ("started", "2026-05-08")


def test_a_member_settled_after_a_signing_stays_signed() -> None:
    page = ("某区项目集中签约\n\n本报讯 5月8日,某某区集中签约项目12个,协议投资额46亿元。"
            "其中,某某食品有限公司投资3亿元建设的调味品项目落户某某产业园。\n")
    food = next(r for name, r in projects(page).items() if "调味品" in (name or ""))
    assert food.get("stage") == "signed"


def test_a_site_told_by_its_city_and_district_gives_the_district() -> None:
    page = ("某市项目开工\n\n本报讯 5月8日,某某新材料产业园项目开工,项目由某某新材料有限公司投资12亿元建设,"
            "位于乐山市五通桥区,建成后可年产工业硅5万吨。\n")
    park = next(r for name, r in projects(page).items() if "新材料产业园" in (name or ""))
    assert (park.get("location") or {}).get("county") == "五通桥区"


def test_a_rank_by_the_count_of_projects_is_named_so() -> None:
    page = ("某市省重点项目\n\n本报讯 今年,全市共有38个项目列入省重点项目名单,总投资900亿元,"
            "年度计划投资150亿元,项目个数居全省第6位。\n")
    ranks = [r for r in indicators(page) if r.get("unit") == "位"]
    assert [(r.get("value"), r.get("metric")) for r in ranks] == [(6, "项目个数全省排名")]


def test_an_amount_close_after_another_keeps_its_qualifier() -> None:
    from newsmill.zh.money import find_money

    text = "总投资26亿元，其中单个项目投资5亿元以上的有3个"
    found = [(text[h.start:h.end], h.qualifier) for h in find_money(text)]
    assert found == [("26亿元", "exact"), ("5亿元以上", "more_than")]
