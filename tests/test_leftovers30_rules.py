"""Rules for misses the ninety-first and ninety-third held-out sets listed, each on phrasings of its
own (Gansu's Hezheng, Kangle, Min, Zhenyuan and Chongxin counties)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

_doc, records, _projects = rule_helpers(dt.date(2025, 11, 20))


def _values(page: str) -> dict[object, object]:
    return {r.get("value"): r.get("metric") for r in records(page, "indicator")}


def _rates(page: str) -> dict[object, object]:
    return {r.get("value"): r.get("growth_pct") for r in records(page, "indicator")}


def _batches(page: str) -> list[tuple[object, object, object]]:
    return [(r.get("count"), r.get("total_cny"), r.get("event")) for r in records(page, "batch")]


# --- indicators: a share bounded by a floor or a ceiling, told as a rule of use --------------------

def test_a_share_of_a_fund_bounded_by_a_floor_is_no_statistic() -> None:
    page = ("和政县光伏收益分配办法出台\n\n本报讯 和政县今年村集体经济收入达到2100万元，同比增长8.5%。"
            "收益资金主要用于村内小型公益事业和公益岗位，其中用于岗位补贴的比例原则上不少于50%。\n")
    got = _values(page)
    assert 50.0 not in got
    assert 21_000_000 in got


def test_a_share_bounded_by_a_ceiling_is_no_statistic() -> None:
    page = ("康乐县村级集体经济发展\n\n本报讯 康乐县村集体经营收益按规定分配，"
            "管理费用占比不超过10%，其余全部用于村内公益事业。\n")
    assert 10.0 not in _values(page)


def test_a_share_of_a_whole_the_clause_names_stays_a_statistic() -> None:
    page = ("镇原县工业投资结构优化\n\n本报讯 1—10月，镇原县技改投资占工业投资的比重不低于35%，"
            "民间投资同比增长6.2%。\n")
    assert 35.0 in _values(page)


def test_a_share_aimed_at_in_the_year_stays_a_goal() -> None:
    page = ("岷县推进农产品加工\n\n本报讯 岷县力争年内农产品加工转化率占比不低于65%，"
            "全县中药材种植面积稳定在40万亩。\n")
    assert 65.0 in _values(page)


# --- batches: the rest of a whole whose part done was counted ---------------------------------------

def test_the_rest_of_a_list_still_to_start_is_no_batch() -> None:
    page = ("镇原县重点项目推进会召开\n\n本报讯 11月18日，镇原县召开重点项目推进会。"
            "会议通报，今年列入计划的24个重点项目中，已开工21个，其余3个项目力争年底前开工。\n")
    counts = [c for c, _t, _e in _batches(page)]
    assert 3 not in counts
    assert 21 in counts


def test_the_rest_told_first_in_a_sentence_of_its_own_part_done_is_no_batch() -> None:
    page = ("崇信县项目建设观摩\n\n本报讯 崇信县今年实施的16个产业项目，已有12个建成投产，"
            "剩下的4个项目正在加紧设备安装。\n")
    assert 4 not in [c for c, _t, _e in _batches(page)]


def test_the_rest_with_a_total_of_its_own_stays_a_batch() -> None:
    page = ("镇原县集中签约项目\n\n本报讯 11月12日，镇原县现场签约项目10个，总投资46亿元。"
            "其中，已开工项目4个，其余6个项目涉及农产品加工、物流等领域，总投资18.5亿元。\n")
    assert (6, 1_850_000_000) in [(c, t) for c, t, _e in _batches(page)]


# --- indicators: a growth rate forecast held ---------------------------------------------------------

def test_a_growth_rate_forecast_held_has_its_growth() -> None:
    page = ("崇信县经济运行平稳\n\n本报讯 崇信县发展改革局负责人表示，随着一批项目年底投产，"
            "预计全年全县固定资产投资增速将稳定在8%左右。\n")
    assert _rates(page).get(8.0) == 8.0


def test_a_level_held_is_no_growth() -> None:
    page = ("和政县能源保供\n\n本报讯 今年以来，和政县电网供电可靠率保持在99.8%以上。\n")
    assert _rates(page).get(99.8) is None


# --- indicators: storage plants and collecting stations a place has in service, counted ----------------

def test_storage_plants_a_county_has_in_service_are_counted() -> None:
    page = ("康乐县新能源发展\n\n本报讯 截至10月底，康乐县已建成并网的集中式储能电站有4座，"
            "总规模达到20万千瓦。\n")
    assert _values(page).get(4) == "已建成并网的集中式储能电站有"


def test_collecting_stations_built_are_counted() -> None:
    page = ("镇原县电网建设提速\n\n本报讯 今年以来，镇原县已建成新能源汇集站3座、35千伏输电线路86公里。\n")
    assert _values(page).get(3) == "已建成新能源汇集站"


def test_stations_to_be_built_alongside_are_no_statistic() -> None:
    page = ("镇原县电网建设\n\n本报讯 镇原县今年计划配套建设储能电站3座、新能源汇集站2座。\n")
    got = _values(page)
    assert 3 not in got
    assert 2 not in got


def test_the_stations_of_one_works_once_in_service_are_no_statistic() -> None:
    page = ("岷县风电项目开工\n\n本报讯 11月10日，岷县50万千瓦风电项目开工。"
            "项目建成投运后，配套的储能电站3座将同步投用。\n")
    assert 3 not in _values(page)


# --- indicators: a place's small plants summed by their size -----------------------------------------

def test_a_county_s_village_plants_summed_by_size_are_a_statistic() -> None:
    page = ("和政县光伏帮扶见实效\n\n本报讯 截至目前，和政县累计建成村级光伏电站总规模8.4万千瓦，"
            "带动村集体增收。\n")
    assert _values(page).get(8.4) == "累计建成村级光伏电站总规模"


def test_one_works_plants_summed_by_size_are_no_statistic() -> None:
    page = ("岷县光伏项目并网\n\n本报讯 11月5日，岷县20万千瓦光伏项目并网发电。"
            "该项目已建成光伏电站总规模20万千瓦，年发电量约3亿千瓦时。\n")
    assert 20 not in _values(page)


# --- periods: the date a figure is a multiple of ---------------------------------------------------

def _periods(page: str) -> dict[object, object]:
    return {r.get("value"): r.get("period") for r in records(page, "indicator")}


def test_the_base_of_a_multiple_gives_no_period_to_the_figures_after_it() -> None:
    page = ("康乐县新能源发展\n\n本报讯 截至10月底，康乐县光伏装机规模达到48万千瓦，是2023年的3倍，"
            "已建成投运的储能电站有5座。\n")
    assert _periods(page).get(5) == "2025-10"


def test_a_year_told_before_its_figure_stays_its_period() -> None:
    page = ("崇信县电网建设\n\n本报讯 2024年，崇信县新增光伏装机12万千瓦，是上年的两倍。\n")
    assert _periods(page).get(12) == "2024"


def test_a_long_noun_built_so_far_takes_the_page_year_not_the_paragraph_s_day() -> None:
    page = ("岷县光伏帮扶\n\n本报讯 近日，岷县向各村发放光伏收益资金1800万元。"
            "据介绍，全县已建成村级光伏扶贫电站总规模9.2万千瓦。\n")
    assert _periods(page).get(9.2) == "2025"
