"""Rules the misses of the hundred-and-twenty-second held-out set called for, each on phrasings of its own.

The set is economic-operation releases and commentary in Liaoning and Inner Mongolia: a printed paper's
page (a statistics bureau's quarterly release, a commentary on the same quarter, a brief), an account's
post (an original-post line, cross-heads opened by ``▌``, related stories under bracketed labels, like
and watching counts) and a news site's page (a title naming the place and period over a line of further
figures).  The places, firms and figures below are made up.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 10, 28))


def _heads(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


def _indicators(page: str) -> list[tuple[object, ...]]:
    return [(r.get("region"), r.get("metric"), r.get("period"), r.get("value"), r.get("unit"))
            for r in records(page, "indicator")]


def _metrics(page: str) -> dict[str, object]:
    return {r.get("metric"): r.get("value") for r in records(page, "indicator")}


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_a_page_number_and_section_apart_by_one_blank_before_two_editors_is_a_page_header() -> None:
    line = "05 县域·产业        责任编辑：吴某某  校对：林某"
    assert classify_text([line], 0) == ("furniture", "page header")


def test_a_number_and_words_before_one_editor_stay() -> None:
    assert classify_text(["12 个项目 编辑 张某"], 0) is None
    assert classify_text(["05 园区·产业  责任编辑：王某"], 0) is None


def test_a_publishers_department_and_its_booking_hotline_are_a_contact_line() -> None:
    assert classify_text(["铁西日报社发行部　订报热线：0410-6123xxx"], 0) == ("furniture", "contact line")


def test_a_sentence_naming_a_hotline_stays() -> None:
    assert classify_text(["市民可拨打订报热线咨询，报社发行部将安排专人上门服务。"], 0) is None


def test_an_accounts_like_and_watching_counts_are_furniture() -> None:
    assert classify_text(["赞 58 在看 12"], 0) == ("furniture", "share prompt")


def test_a_sentence_opening_on_praise_stays() -> None:
    assert classify_text(["赞誉声中，这个小镇迎来了第一批游客。"], 0) is None


def test_an_accounts_original_post_line_is_furniture() -> None:
    line = "原创 铁西发布 铁西发布 2026年03月02日 09:10 辽宁"
    assert classify_text([line], 0) == ("furniture", "page meta")
    assert classify_text(["原创 某某之声 2025-11-30 20:15"], 0) == ("furniture", "page meta")


def test_a_sentence_on_original_works_stays() -> None:
    assert classify_text(["原创作品征集活动于2026年5月1日 9:00正式启动"], 0) is None


# --- segmenting and sources --------------------------------------------------------------------------

_POST = ("前三季度全旗经济稳中向好\n原创 多伦融媒 多伦融媒 2026年10月26日 17:30 内蒙古\n\n"
         "10月25日，旗统计局发布前三季度全旗经济运行情况。全旗地区生产总值增长6.2%。\n\n"
         "【相关阅读】\n\n蔡木山乡：万亩荞麦喜获丰收\n\n10月20日，蔡木山乡万亩荞麦进入收获期，亩产达到180公斤。\n\n"
         "来源：多伦融媒\n")


def test_a_related_story_under_its_bracketed_label_opens_a_story() -> None:
    heads = _heads(_POST)
    assert [h for h, _k in heads] == ["前三季度全旗经济稳中向好", "蔡木山乡：万亩荞麦喜获丰收"]


def test_a_background_box_under_a_bare_links_label_stays_in_its_story() -> None:
    page = ("前三季度全旗经济稳中向好\n\n10月25日，旗统计局发布前三季度全旗经济运行情况。"
            "全旗地区生产总值增长6.2%。\n\n【相关链接】\n\n何为地区生产总值\n\n地区生产总值是一个地区所有常住单位在一定时期内生产活动的最终成果。\n")
    assert len(_heads(page)) == 1


def test_the_account_of_an_original_post_is_the_first_storys_source() -> None:
    assert doc(_POST).articles[0].source == "多伦融媒"


def test_a_title_naming_the_place_and_period_stands_over_a_line_of_further_figures() -> None:
    page = ("铁岭前三季度规上工业增加值增长9.1%\n民间投资增长6.2% 新登记经营主体创近年新高\n\n"
            "本网讯（记者 何某）前三季度，铁岭市规模以上工业增加值同比增长9.1%，民间投资增长6.2%。\n")
    assert _heads(page) == [("铁岭前三季度规上工业增加值增长9.1%",
                             "民间投资增长6.2% 新登记经营主体创近年新高")]


def test_two_lines_of_figures_naming_no_place_keep_their_order() -> None:
    page = ("工业投资增长12.6% 民间投资增长6.2%\n前三季度经济运行稳中有进\n\n"
            "本网讯（记者 何某）前三季度，全市工业投资增长12.6%，民间投资增长6.2%。\n")
    assert _heads(page)[0][0] != "前三季度经济运行稳中有进" or _heads(page)[0][1] is not None


# --- indicators --------------------------------------------------------------------------------------

def test_livestock_counted_in_head_and_sheep_together() -> None:
    assert ("阿鲁科尔沁旗", "牲畜存栏", "2026-06", 342.6, "万头只") in _indicators(
        "6月末，阿鲁科尔沁旗牲畜存栏342.6万头只，增长2.1%。")


def test_what_a_works_turns_to_use_each_year_is_its_capacity() -> None:
    assert _indicators("该项目总投资8.2亿元，建成后每年可就地转化大豆12万吨，年产值9亿元。") == []


def test_a_places_yearly_use_of_straw_stays_when_no_works_is_told() -> None:
    assert any("秸秆综合利用率" in str(m) for m in _metrics("前三季度，全旗秸秆综合利用率达到91.5%。"))


def test_a_bylines_brackets_are_no_part_of_a_metric() -> None:
    metrics = _metrics("本网讯（记者 何某 通讯员 邢某）“前三季度民间投资增长6.2%，是近年最好水平。”"
                       "负责人说。")
    assert "民间投资" in metrics and not any("记者" in str(m) for m in metrics)


def test_a_notes_brackets_stay_inside_a_metric() -> None:
    metrics = _metrics("前三季度，全旗固定资产投资（不含农户）同比增长7.1%。")
    assert any("固定资产投资" in str(m) for m in metrics)


def test_the_rate_of_a_class_of_projects_investment_and_its_share() -> None:
    metrics = _metrics("前三季度，扎赉特旗5000万元以上项目完成投资增长18.2%，占全部投资的比重为61.3%。")
    assert metrics.get("5000万元以上项目完成投资") == 18.2
    assert metrics.get("5000万元以上项目完成投资占全部投资比重") == 61.3


def test_the_rate_of_one_projects_investment_is_no_statistic() -> None:
    assert _indicators("该项目完成投资增长30%。") == []


def test_the_projects_contribution_to_the_growth_of_investment() -> None:
    metrics = _metrics("前三季度，全旗42个重点项目完成投资36.8亿元，"
                       "项目投资对全部投资增长的贡献率达到72.4%。")
    assert metrics.get("项目投资对全部投资增长的贡献率") == 72.4


def test_a_share_of_the_years_plan_is_left_as_before() -> None:
    assert not any("计划" in str(m) for m in _metrics("该工程完成投资1.2亿元，占年度计划的80%。"))


def test_a_rate_of_the_statistic_just_told_for_another_period() -> None:
    found = _indicators("9月份，全市居民消费价格同比上涨0.5%；前三季度累计上涨0.2%。")
    assert (None, "居民消费价格", "2026-01/2026-09", 0.2, "%") in found
    assert (None, "居民消费价格", "2026-09", 0.5, "%") in found


def test_a_shares_rise_told_with_no_price_level_is_still_no_statistic() -> None:
    assert _indicators("该股收盘上涨0.8%，盘中一度上涨3%。") == []


def test_a_statistics_rate_ranked_with_no_figure_of_it() -> None:
    found = _indicators("前三季度，扎鲁特旗规模以上工业增加值增速在全市8个旗县市区中居第1位。")
    assert ("扎鲁特旗", "规模以上工业增加值增速全市排名", "2026-01/2026-09", 1, "位") in found


def test_a_rank_of_no_rate_is_not_read_as_one() -> None:
    assert _indicators("该镇在全市乡镇综合考评中居第1位。") == []


# --- projects and batches ----------------------------------------------------------------------------

def test_a_river_or_a_coast_heading_a_works_name_is_no_investor() -> None:
    r = projects("葫芦河20万千瓦风电项目9月底全容量并网，项目总投资13.5亿元。")
    assert r and all(x.get("investor") is None for x in r.values())


def test_a_firms_short_name_heading_a_works_name_stays_its_investor() -> None:
    r = projects("辽宁鑫恒年产30万吨聚烯烃项目开工，项目总投资20亿元。")
    assert any(x.get("investor") == "辽宁鑫恒" for x in r.values())


def test_talks_with_firms_over_a_sum_intended_with_gong_are_a_batch() -> None:
    found = [(r.get("event"), r.get("count"), r.get("total_cny")) for r in records(
        "目前，巴林右旗正与三家企业洽谈沙棘深加工项目，意向投资共4.5亿元。", "batch")]
    assert ("negotiating", 3, 450000000) in found


def test_talks_with_one_firm_are_no_batch() -> None:
    assert records("巴林右旗正与一家企业洽谈沙棘深加工项目，意向投资共4.5亿元。", "batch") == []
