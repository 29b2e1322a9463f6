"""Rules the misses of the sixty-fourth held-out set called for, each on phrasings of its own.

The set is a county's digest of its two sessions (last year's results, this year's goals, the
year's project plan and named projects), printed in Traditional script with pinyin reading aids,
PDF breaks inside words and inside the aids, and half-width punctuation.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_linebreaks import dash_item_wraps
from newsmill.zh.article_layout import is_box_figure_line, is_masthead
from newsmill.zh.pageyear import read_page_year
from tests.heldout_support import page_helpers, rule_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 2, 26))
_, records, _ = rule_helpers(dt.date(2024, 2, 26))


def _stats(page: str, day: dt.date | None = dt.date(2024, 2, 26)) -> list[tuple]:
    return [(r.get("metric"), r.get("period"), r.get("value"), r.get("unit"), r.get("growth_pct"))
            for r in records(page, "indicator", day)]


# --- page year: a look back on a finished year -------------------------------------------------

def test_a_look_back_label_without_nian_says_the_year_is_over() -> None:
    found = read_page_year("房县政府工作报告摘要\n【回望2023】\n经济运行稳中向好。\n【展望2024】\n…")
    assert found is not None and found.year == 2024 and found.clue.kind == "over"


def test_a_whole_year_sentence_of_a_state_reached_is_a_year_over() -> None:
    found = read_page_year("2023年，全市经济回升向好。初步核算，地区生产总值…")
    assert found is not None and found.year == 2024


def test_a_whole_year_sentence_of_plans_still_says_nothing() -> None:
    assert read_page_year("2024年，全市将持续扩大有效投资，推动经济稳中向好。") is None


# --- cleaning: a dash-opened list item cut inside a word -----------------------------------------

def test_a_dash_list_item_cut_inside_a_word_is_joined() -> None:
    a = "——由湖北某某食品有限公司投资3亿元建设的年产2万吨竹笋罐"
    b = "头项目，落户竹溪县工业园区，计划5月开工。"
    assert dash_item_wraps(a, b)
    page = f"竹溪县今年重点项目\n\n本报讯 今年，竹溪县将实施一批重点项目。\n{a}\n{b}\n"
    assert "年产2万吨竹笋罐头项目" in doc(page).text


def test_a_dash_subtitle_is_not_joined_to_the_text() -> None:
    assert not dash_item_wraps("——访竹溪县县长", "记者：今年全县的重点是什么？")
    assert not dash_item_wraps("——由某公司投资3亿元建设的年产2万吨竹笋罐头项目。", "落户竹溪县工业园区。")


# --- batches: works carried over counted after a batch ------------------------------------------

def test_works_carried_over_are_counted_after_a_batch_without_xiangmu() -> None:
    page = ("竹溪县项目计划\n\n本报讯 今年，竹溪县计划实施重点项目77个，总投资306亿元，"
            "其中新开工28个、续建40个、竣工9个。\n")
    found = {(r.get("event"), r.get("count")) for r in records(page, "batch")}
    assert ("under_construction", 40) in found and ("started", 28) in found


# --- statistics ----------------------------------------------------------------------------------

def test_rates_of_two_subjects_in_turn_are_two_statistics() -> None:
    page = ("竹溪县经济运行\n\n本报讯 2023年，竹溪县地区生产总值增长6.1%。城镇和农村居民人均可支配收入"
            "分别增长4.8%、6.9%。\n")
    found = {(m, v) for m, _p, v, _u, _g in _stats(page)}
    assert ("城镇居民人均可支配收入", 4.8) in found and ("农村居民人均可支配收入", 6.9) in found


def test_rates_of_places_in_turn_stay_the_places() -> None:
    page = "十堰各县经济运行\n\n本报讯 2023年，竹溪县和房县规上工业增加值分别增长8.2%、7.5%。\n"
    found = {(r.get("region"), r.get("value")) for r in records(page, "indicator")}
    assert ("竹溪县", 8.2) in found and ("房县", 7.5) in found


def test_a_level_after_a_rate_is_the_same_statistic() -> None:
    page = "竹溪县今年目标\n\n本报讯 今年，竹溪县一般公共预算收入增长5%、力争达到12.5亿元。\n"
    assert ("一般公共预算收入", "2024(目标)", 1250000000, "CNY", 5.0) in _stats(page)


def test_a_share_after_a_rate_is_no_level() -> None:
    page = "竹溪县经济运行\n\n本报讯 2023年，竹溪县规上工业增加值增长9.6%、占比达到31%。\n"
    assert ("规上工业增加值", "2023", 9.6, "%", 9.6) in _stats(page)


def test_a_start_and_resume_rate_of_projects_is_a_statistic() -> None:
    page = "竹溪县项目建设\n\n本报讯 今年，竹溪县力争一季度重点项目开复工率达到85%以上。\n"
    assert [(m, v) for m, _p, v, _u, _g in _stats(page)] == [("一季度重点项目开复工率", 85.0)]


def test_grain_in_jin_and_livestock_farms_counted_are_statistics() -> None:
    page = "竹溪县农业\n\n本报讯 2023年，竹溪县粮食总产量达到9.2亿斤，新增肉牛养殖户150户。\n"
    found = {(v, u) for _m, _p, v, u, _g in _stats(page)}
    assert {(9.2, "亿斤"), (150, "户")} <= found


def test_a_price_per_jin_is_still_no_statistic() -> None:
    page = "竹溪县农业\n\n本报讯 今年，竹溪县茶叶收购价每斤提高到80元。\n"
    assert not any(u == "亿斤" or u == "斤" for _m, _p, _v, u, _g in _stats(page))


def test_a_farm_projects_yearly_output_is_its_capacity() -> None:
    page = ("竹溪县项目\n\n本报讯 竹溪县蒋家堰镇3万头肉牛养殖基地项目已签约，由湖北某某牧业有限公司投资"
            "2.2亿元建设，年可出栏肉牛3万头。\n")
    assert not any(u == "万头" for _m, _p, _v, u, _g in _stats(page))


def test_a_countys_yearly_output_of_pigs_stays_a_statistic() -> None:
    page = "竹溪县农业\n\n本报讯 2023年，竹溪县生猪年出栏45万头，增长3%。\n"
    assert ("生猪年出栏", "2023", 45, "万头", 3.0) in _stats(page)


def test_figures_given_in_turn_to_works_listed_are_theirs() -> None:
    page = ("竹溪县项目\n\n本报讯 此外，竹溪县城北污水管网工程、鄂坪乡茶旅示范园项目将加快建设，"
            "年内完成投资分别不低于3亿元和2亿元。\n")
    assert _stats(page) == []


def test_figures_given_in_turn_to_places_stay_statistics() -> None:
    page = "十堰各县投资\n\n本报讯 2023年，竹溪县和房县分别完成固定资产投资120亿元、98亿元。\n"
    assert {(r.get("region"), r.get("value")) for r in records(page, "indicator")} == {
        ("竹溪县", 12000000000), ("房县", 9800000000)}


def test_motions_filed_at_a_session_are_no_statistics() -> None:
    page = ("县政协会议开幕\n\n本报讯 过去一年，竹溪县政协提交提案156件，立案142件；"
            "全县新增市场主体3200户。\n")
    assert [(m, v) for m, _p, v, _u, _g in _stats(page)] == [("新增市场主体", 3200)]


# --- projects ------------------------------------------------------------------------------------

def test_a_system_of_handling_projects_is_no_project() -> None:
    page = ("竹溪县项目建设\n\n本报讯 竹溪县将落实县级领导联系重点项目制度，完善项目推进机制，"
            "确保竹溪县人民医院新院区项目6月开工。\n")
    assert list(projects(page)) == ["竹溪县人民医院新院区项目"]


def test_the_line_a_project_will_build_is_no_project_of_its_own() -> None:
    page = ("竹溪县项目\n\n本报讯 鄂坪乡竹笋精深加工项目正在开展前期工作，拟建年产竹笋干300吨的生产线。\n")
    assert list(projects(page)) == ["鄂坪乡竹笋精深加工项目"]


def test_works_going_on_before_a_planned_completion_are_under_way() -> None:
    page = ("竹溪县项目\n\n本报讯 竹溪县妇幼保健院新院项目正在进行内部装修，预计7月交付使用。"
            "县城南10万千瓦光伏发电项目正在加紧安装组件，预计9月并网发电。\n")
    found = {n: (r.get("stage"), r.get("status")) for n, r in projects(page).items()}
    assert found["竹溪县妇幼保健院新院项目"] == ("under_construction", "actual")
    assert ("under_construction", "actual") in found.values() and len(found) == 2


def test_the_investments_jianshe_before_a_name_is_no_stage() -> None:
    page = ("竹溪县项目\n\n本报讯 由湖北某某食品有限公司投资4亿元建设的年产3万吨魔芋制品项目，落户竹溪县"
            "工业园区，计划5月开工。\n")
    r = projects(page)["年产3万吨魔芋制品项目"]
    assert (r.get("stage"), r.get("status")) == ("signed", "actual")


def test_the_investments_jianshe_stays_when_nothing_else_is_told() -> None:
    page = ("竹溪县项目\n\n本报讯 由湖北某某食品有限公司投资4亿元建设的年产3万吨魔芋制品项目，"
            "目前进展顺利。\n")
    assert projects(page)["年产3万吨魔芋制品项目"].get("stage") == "under_construction"


# --- layout: a box of figures, a masthead of three fields ----------------------------------------

def test_a_box_figure_line_may_name_its_year_and_growth() -> None:
    assert is_box_figure_line("86.5亿元 2023年全县地区生产总值，增长5.2%")
    assert is_box_figure_line("77个 2024年计划实施重点项目")
    assert not is_box_figure_line("3个项目集中开工 总投资12亿元")


def test_a_masthead_of_paper_section_and_date() -> None:
    assert is_masthead("十堰日报  县域新闻  2024年3月2日")
    assert not is_masthead("十堰日报记者 2024年3月2日")


# --- periods on undated pages that review a finished year ----------------------------------------

def test_whole_year_results_after_a_year_reported_over_are_of_that_year() -> None:
    page = ("竹溪县两会召开\n\n本报讯 2023年，全县经济回升向好，地区生产总值增长6.2%。\n"
            "项目建设成效明显。全年实现规上工业增加值增长8.5%，新增规上工业企业18家。\n")
    found = _stats(page, None)
    assert ("规上工业增加值", "2023", 8.5, "%", 8.5) in found
    assert ("新增规上工业企业", "2023", 18, "家", None) in found


def test_whole_year_on_a_page_of_a_year_under_way_keeps_that_year() -> None:
    page = ("竹溪县经济\n\n本报讯 2024年1—5月，竹溪县规上工业增加值增长8%。\n"
            "项目建设成效明显。全年新增规上工业企业18家。\n")
    assert ("新增规上工业企业", "2024", 18, "家", None) in _stats(page, None)


def test_figures_under_a_look_back_label_are_of_its_year() -> None:
    page = ("竹溪县政府工作报告解读\n\n【回望2023】\n全县实现地区生产总值165.2亿元，比上年增长6.3%。\n"
            "【锚定2024】\n地区生产总值预期增长7%左右。\n")
    found = {(p, v) for _m, p, v, _u, _g in _stats(page, None)}
    assert ("2023", 16520000000) in found and ("2024(目标)", 7.0) in found
