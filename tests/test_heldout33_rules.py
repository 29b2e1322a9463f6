"""Rules the misses of the thirty-third held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

DAY = dt.date(2025, 11, 4)


_doc, _records, _ = rule_helpers(DAY)


def _stats(page: str, day: dt.date | None = DAY) -> dict:
    """value → (region, metric, growth_pct, period) of the statistics of ``page``."""
    return {r.get("value"): (r.get("region"), r.get("metric"), r.get("growth_pct"), r.get("period"))
            for r in _records(page, "indicator", day)}


def test_blanks_inside_a_figure_go_on_any_page() -> None:
    page = ("某市经济平稳运行\n\n本报讯 前三季度,全市居民人均消费支出21 406元,增长5.2%;"
            "实现营业收入9.8 亿元,利润总额增长12 %。\n")
    text = _doc(page).text
    assert "21406元" in text and "9.8亿元" in text and "12%" in text, text
    # a table row and two numbers apart keep their blanks
    table = "某县主要指标\n\n指标  2024年  2025年\n营业收入  118  126\n"
    assert "118  126" in _doc(table).text
    two = "某县新闻\n\n本报讯 全县共有2025 180户企业参评。\n"
    assert "2025 180户" in _doc(two).text


def test_places_listed_then_their_measure_and_figures_in_turn() -> None:
    page = ("两区上半年投资稳步增长\n\n本报讯 上半年,甲子区与乙丑县分别完成工业投资12.4亿元、9.6亿元,"
            "同比分别增长8.2%和5.5%。\n")
    page = page.replace("甲子区", "顺庆区").replace("乙丑县", "阆中市")
    stats = _stats(page)
    assert stats.get(1240000000)[:3] == ("顺庆区", "工业投资", 8.2), stats
    assert stats.get(960000000)[:3] == ("阆中市", "工业投资", 5.5), stats
    assert 8.2 not in stats and 5.5 not in stats, stats  # the rates are the two figures' growth


def test_rates_after_respectively_and_a_later_measure_keep_the_places() -> None:
    page = ("两县经济运行简报\n\n本报讯 一季度,高坪区和嘉陵区规上工业增加值分别增长9.1%、7.6%,"
            "地方一般公共预算收入分别为6.3亿元和4.8亿元。\n")
    stats = _stats(page)
    assert stats.get(9.1)[:3] == ("高坪区", "规上工业增加值", 9.1), stats
    assert stats.get(7.6)[:3] == ("嘉陵区", "规上工业增加值", 7.6), stats
    assert stats.get(630000000)[:2] == ("高坪区", "地方一般公共预算收入"), stats
    assert stats.get(480000000)[:2] == ("嘉陵区", "地方一般公共预算收入"), stats


def test_two_subjects_given_figures_and_rates_joined_by_he() -> None:
    page = ("某县经济运行情况\n\n本报讯 前三季度,全县出口和进口总额分别达到18.2亿元和6.4亿元,"
            "分别增长11.3%和下降2.0%。全县城镇和农村居民人均消费支出分别为2.1万元和1.3万元,"
            "分别增长4.1%和6.6%。\n")
    stats = _stats(page)
    assert stats.get(21000)[1:3] == ("城镇居民人均消费支出", 4.1), stats
    assert stats.get(13000)[1:3] == ("农村居民人均消费支出", 6.6), stats
    assert 6.6 not in stats and 4.1 not in stats, stats


def test_a_bare_share_after_a_part_named_with_qizhong() -> None:
    page = ("某区投资情况\n\n本报讯 前三季度,全区完成固定资产投资80.5亿元,增长6.1%,"
            "其中民间投资41.2亿元,占比51.2%。\n")
    stats = _stats(page)
    assert stats.get(51.2)[1] == "民间投资占固定资产投资比重", stats
    # no whole before the part: the part's own share
    alone = "某区投资情况\n\n本报讯 前三季度,全区民间投资41.2亿元,占比51.2%。\n"
    assert _stats(alone).get(51.2)[1] == "民间投资占比", _stats(alone)


def test_a_total_after_a_subject_and_what_it_added() -> None:
    page = "某经开区企业培育\n\n本报讯 今年以来,经开区新增入驻企业23家,总数达到210家。\n"
    stats = _stats(page)
    assert stats.get(210)[1] == "入驻企业总数", stats


def test_guoqu_yinian_is_the_year_before_the_page() -> None:
    page = ("某县召开经济工作会议\n\n本报讯 2月10日,某县召开经济工作会议。\n\n"
            "过去一年,全县新增规上工业企业18家,外贸进出口总额达到36亿元。\n\n"
            "今年,全县地区生产总值力争增长6%。\n")
    stats = _stats(page, dt.date(2026, 2, 12))
    assert stats.get(18)[3] == "2025" and stats.get(3600000000)[3] == "2025", stats


def test_a_paragraph_looking_back_reports_what_was_done() -> None:
    page = ("某县政府工作报告摘要\n\n本报讯 报告提出,今年的主要目标是地区生产总值增长6%左右。\n\n"
            "过去一年,全县项目建设成效明显。某某纸业年产20万吨生活用纸项目建成投产,"
            "某某大道改造工程开工建设。\n\n"
            "今年,力争某某物流园二期开工建设。\n")
    status = {r.get("name"): r.get("status") for r in _records(page, "project", dt.date(2026, 1, 20))}
    paper = next(v for k, v in status.items() if "生活用纸" in k)
    park = next(v for k, v in status.items() if "物流园" in k)
    assert (paper, park) == ("actual", "target"), status


def test_the_upgrade_of_a_waterway_names_a_project() -> None:
    from newsmill.zh.projects import find_names

    text = "今年将加快建设嘉陵江航道提升工程和某某港口提升工程。"
    names = [n.name for n in find_names(text, 0, len(text))]
    assert "嘉陵江航道提升工程" in names and "某某港口提升工程" in names, names
    # a class of upgrades is still no project
    plain = "全面推进提升工程。"
    assert [n.name for n in find_names(plain, 0, len(plain))] == []


def test_batches_counted_in_turn_for_places_named_before() -> None:
    page = ("三区项目建设提速\n\n本报讯 上半年,顺庆区、高坪区和嘉陵区项目投资增势良好。"
            "三区签约项目分别为8个、6个和5个,签约金额分别为42亿元、30.5亿元、18亿元。\n")
    got = {(r.get("region"), r.get("count"), r.get("total_cny"), r.get("event"))
           for r in _records(page, "batch")}
    assert got >= {("顺庆区", 8, 4200000000, "signed"), ("高坪区", 6, 3050000000, "signed"),
                   ("嘉陵区", 5, 1800000000, "signed")}, got
    # as many places as counted, or nothing
    two = ("三区项目建设提速\n\n本报讯 上半年,顺庆区和高坪区项目投资增势良好。"
           "三区签约项目分别为8个、6个和5个。\n")
    assert not any(r.get("count") == 6 for r in _records(two, "batch"))
