"""Rules the misses of the hundred-and-eighth held-out set called for, each on phrasings of its own.

The set is private firms, specialised manufacturers and county clusters: a county paper's print page
with full-width punctuation, a web copy with half-width punctuation and its tool and footer bars, and
a digital edition with a byline on a line of its own under a title of figures and a column of briefs
opened by middle dots.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import barred_furniture, classify_text
from newsmill.zh.projects import find_names
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 9, 15))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _titles(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_a_page_number_and_its_section_apart_by_one_ideographic_space_then_editors() -> None:
    assert classify_text(["07　县域·工业　责任编辑：顾明川　校对：尹小禾"], 0) == ("furniture", "page header")
    assert classify_text(["3　区县新闻　本版编辑：罗清"], 0) == ("furniture", "page header")


def test_a_number_and_words_with_no_editors_is_no_page_header() -> None:
    assert classify_text(["07　县域·工业"], 0) is None
    assert classify_text(["12　家企业入驻园区，编辑部记者走访了其中5家。"], 0) is None


def test_a_bar_joined_line_of_tool_and_footer_blocks_is_furniture() -> None:
    assert barred_furniture("字号: 大 中 小 | 打印此页 | 关闭本页") == ("furniture", "page tools")
    assert classify_text(["扫一扫在手机打开当前页 | 网站地图 | 联系我们"], 0) is not None


def test_a_bar_beside_news_or_between_two_phrases_stays() -> None:
    assert barred_furniture("扫一扫 在手机上阅读 | 峨眉山市规上工业增加值同比增长6.1%") is None
    assert barred_furniture("甲厂年产值 | 乙厂年产值") is None
    assert classify_text(["园区产值 | 增速"], 0) is None


# --- articles: titles ------------------------------------------------------------------------------------

def test_two_title_lines_of_figures_over_a_byline_of_their_own_open_a_story() -> None:
    page = ("都江堰市食品产业集群产值突破60亿元\n全市规上食品企业增至23家\n\n本报记者 郁春和\n\n"
            "9月10日，记者从都江堰市经信局获悉，今年1—8月，都江堰市食品产业集群实现产值61.2亿元，"
            "同比增长9.4%。\n")
    assert _titles(page)[0] == ("都江堰市食品产业集群产值突破60亿元", "全市规上食品企业增至23家")


def test_figure_lines_with_no_byline_under_them_stay_an_infographic() -> None:
    page = ("都江堰市前8月经济数据\n\n地区生产总值增长6.2%\n规上工业增加值增长8.1%\n固定资产投资增长5.3%\n\n"
            "今年以来，都江堰市经济运行稳中有进，各项指标保持增长。\n")
    assert all(h != "地区生产总值增长6.2%" for h, _ in _titles(page))


def test_a_park_of_small_firms_opened_or_its_buildings_finished_is_the_title_over_its_gloss() -> None:
    page = ("峨眉山市双福小微企业创业园开园\n首批12家企业“拎包入驻”\n\n本报讯（记者 柯问渠）9月12日，"
            "峨眉山市双福小微企业创业园正式开园，首批12家企业签订入驻协议。\n")
    assert _titles(page)[0][0] == "峨眉山市双福小微企业创业园开园"
    page = ("大邑县标准化厂房三期竣工\n9栋厂房可“拎包入驻”\n\n本报讯（记者 柯问渠）9月11日，"
            "大邑县标准化厂房三期项目通过竣工验收，新建厂房6.2万平方米。\n")
    assert _titles(page)[0][0] == "大邑县标准化厂房三期竣工"


def test_a_slogan_over_a_park_named_with_no_event_keeps_the_slogan_first() -> None:
    page = ("小微企业园里的“大动能”\n——记峨眉山市双福创业园\n\n本报讯（记者 柯问渠）走进峨眉山市双福创业园，"
            "一排排厂房里机器轰鸣。\n")
    assert _titles(page)[0][0] == "小微企业园里的“大动能”"


def test_briefs_each_opened_by_a_middle_dot_under_their_column_label_are_one_article() -> None:
    page = ("都江堰市食品工业提速\n\n本报讯（记者 郁春和）今年以来，都江堰市食品工业保持较快增长。\n\n"
            "简讯\n\n·都江堰市一家茶企新建包装车间投用。\n·峨眉山市新增规上工业企业5家。\n")
    assert [h for h, _ in _titles(page)] == ["都江堰市食品工业提速", "简讯"]


# --- indicators --------------------------------------------------------------------------------------------

def test_the_firm_just_told_of_borrowing_from_a_bank_is_no_statistic() -> None:
    page = "为扩建包装车间，公司向当地农商银行申请了技改贷款3000万元。\n"
    assert not any(r.get("value") == 30000000 for r in _indicators(page))


def test_the_firms_a_place_helped_to_loans_stay_a_statistic() -> None:
    page = "今年以来，峨眉山市已帮助15家中小企业获得银行贷款2.1亿元。\n"
    assert any(r.get("value") == 210000000 for r in _indicators(page))


def test_a_yearly_capacity_raised_by_a_new_line_is_the_firms_own() -> None:
    page = "搬进新厂房后，企业新上了一条自动化包装线，年产能由5000吨提高到1.2万吨。\n"
    assert not any(r.get("unit") in ("吨", "万吨") for r in _indicators(page))


def test_a_places_yearly_capacity_raised_stays_a_statistic() -> None:
    page = "今年，都江堰市茶叶年加工能力由3万吨提高到4.5万吨。\n"
    assert any(r.get("unit") == "万吨" for r in _indicators(page))


def test_the_funds_a_park_is_built_with_are_no_statistic() -> None:
    page = "产业园建设资金中，省级工业发展专项补助资金3000万元，其余由企业自筹。\n"
    assert not any(r.get("value") == 30000000 for r in _indicators(page))


def test_a_places_funds_of_the_year_stay() -> None:
    page = "今年以来，都江堰市共争取中央预算内资金3.2亿元，同比增长12%。\n"
    assert any(r.get("value") == 320000000 for r in _indicators(page))


def test_a_total_after_a_count_added_this_year_is_the_level() -> None:
    page = "峨眉山市今年新增规上工业企业12家，总数达到198家。\n"
    metrics = {r.get("value"): r.get("metric") for r in _indicators(page)}
    assert metrics.get(198) == "规上工业企业总数"


def test_a_share_after_a_count_added_this_year_is_no_total() -> None:
    page = "峨眉山市今年新增规上工业企业12家，占全市新增数的三成。\n"
    assert not any(str(r.get("metric")).endswith("总数") for r in _indicators(page))


# --- projects -------------------------------------------------------------------------------------

def test_a_line_named_by_its_capacity_right_before_its_own_event_is_a_project() -> None:
    assert _names("近日，年产3万吨竹浆纸生产线建成投产。") == ["年产3万吨竹浆纸生产线"]
    assert _names("企业扩建的年产800吨茶多酚生产线已于8月全面达产。") == ["年产800吨茶多酚生产线"]


def test_a_line_a_project_builds_stays_a_part_of_it() -> None:
    assert _names("该项目建成年产5万吨饲料生产线。") == []


def test_a_park_of_small_firms_told_with_its_event_is_a_works() -> None:
    assert _names("9月12日，峨眉山市双福小微企业创业园正式开园。") == ["峨眉山市双福小微企业创业园"]
    assert _names("都江堰市小微企业园开工建设。") == ["都江堰市小微企业园"]


def test_a_park_of_small_firms_told_with_no_event_is_no_works() -> None:
    assert _names("像这样的小微企业园，峨眉山市还有2个。") == []
