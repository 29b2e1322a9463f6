"""Rules the misses of the hundred-and-first held-out set called for, each on phrasings of its own.

The set is a county's or a district's project review tour and progress report: a city paper's web
copy in markdown, a print page as extracted text with titles over figures lines, and a PDF page of
a narrow column with words and figures cut across lines, stray blanks and a running head printed
in the middle of a sentence.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, contact_line, sentence_with_bracketed_credit
from newsmill.plugins.clean_spaces import _opens_wrapped_clause
from newsmill.plugins.extract_indicators import _VISITED_STOPS
from newsmill.plugins.extract_projects import _UNNAMED_FIRMS
from newsmill.plugins.extract_projects.amounts import JOBS_RE
from newsmill.plugins.extract_projects.patterns import parts_done_ahead
from newsmill.zh.brands import brand_head
from newsmill.zh.projects import find_names, is_generic
from newsmill.zh.title_wraps import event_title_over_figures
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _project(page: str, part: str) -> dict:
    r = next(r for n, r in projects(f"{page}\n").items() if part in n)
    return {k: f.value for k, f in r.fields.items()}


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


# --- cleaning -------------------------------------------------------------------------------------------

def test_a_paper_s_name_with_the_day_and_weekday_alone_is_a_running_head() -> None:
    assert classify_text(["渭南日报 2025年9月16日 星期二"], 0) == ("furniture", "page header")
    assert classify_text(["商洛晚报2025年9月16日星期二"], 0) == ("furniture", "page header")


def test_a_sentence_naming_the_paper_and_a_day_is_no_running_head() -> None:
    assert classify_text(["渭南日报2025年9月16日报道了该项目"], 0) is None


def test_a_section_and_page_under_a_glued_running_head_is_furniture() -> None:
    texts = ["观摩会指出，当前项目建设中仍存在", "咸阳日报2025年9月16日星期二", "市县新闻 4", "不畅等问题。"]
    assert classify_text(texts, 2) == ("furniture", "page header")


def test_contact_fields_labelled_with_a_blank_are_a_contact_line() -> None:
    assert contact_line("本版邮箱 xarb@163.com  广告热线 029-8xxxxxx")
    assert not contact_line("本版邮箱 暂停使用  广告热线 正在调整")


def test_one_sentence_closed_by_a_bracketed_credit_is_a_caption() -> None:
    s = "检查组在年产8万吨饲料项目现场了解施工进度。（汉中日报记者 柏舟 摄）"
    assert sentence_with_bracketed_credit(s)
    assert classify_text([s], 0) == ("caption", "caption with credit")


def test_a_paragraph_of_sentences_or_a_bracket_with_no_credit_is_no_caption() -> None:
    assert not sentence_with_bracketed_credit("该项目已开工。目前正在进行桩基施工。（记者 柏舟 摄）")
    assert not sentence_with_bracketed_credit("项目建成后年产饲料8万吨。（资料来源：县发改局）")


def test_a_column_line_a_clause_opens_in_goes_on_a_sentence() -> None:
    assert _opens_wrapped_clause("在城关街道，某某陶瓷 文化产业园项目今年")
    assert not _opens_wrapped_clause("某某陶瓷 文化产业园项目今年完成投资3亿元。")
    assert not _opens_wrapped_clause("陶瓷 文化")


def test_a_title_closing_on_its_event_over_a_figures_line_stays_two_lines() -> None:
    assert event_title_over_figures("旬阳市四季度重点项目观摩会召开", "26个观摩项目完成投资41.3亿元")
    assert event_title_over_figures("汉滨区12个项目集中开工", "12个项目总投资58亿元")


def test_a_title_with_no_event_or_a_line_with_no_count_is_no_title_over_figures() -> None:
    assert not event_title_over_figures("旬阳市重点项目建设", "26个观摩项目完成投资41.3亿元")
    assert not event_title_over_figures("旬阳市重点项目观摩会召开", "项目完成投资41.3亿元")


def test_an_event_title_and_its_figures_line_in_a_column_stay_two_headings() -> None:
    # an editors' line, the title and the figures line of one width read as a column's lines
    page = ("责任编辑 林杉木 美编 柏一舟\n汉阴县三季度重点项目观摩活动举行\n15个观摩项目总投资86.4亿元\n"
            "本报记者 柏一舟\n10月9日，汉阴县举行三季度重点项目观\n摩会，观摩团一天内察看了15个项目。\n")
    art = doc(page).articles[0]
    # of an event title and a line of figures under it the figures are the title (section 26)
    assert (art.headline, art.kicker) == ("15个观摩项目总投资86.4亿元", "汉阴县三季度重点项目观摩活动举行"), \
        (art.headline, art.kicker)


# --- batches --------------------------------------------------------------------------------------------

def test_a_count_told_again_with_its_sum_is_one_batch() -> None:
    page = ("# 宁陕县开展项目观摩\n\n本报讯 10月12日，宁陕县开展重点项目观摩，观摩团实地察看15个重点项目。"
            "此次观摩的15个项目总投资86亿元。\n")
    batches = [(r.get("count"), r.get("total_cny")) for r in records(page, "batch")]
    assert batches.count((15, None)) == 0 and (15, 8600000000) in batches, batches


def test_a_count_told_after_the_summed_one_is_other_projects() -> None:
    page = ("# 宁陕县招商\n\n本报讯 宁陕县新材料、绿色食品等5个项目投资额合计28亿元。"
            "今年以来，宁陕县已引进亿元以上项目14个，其中10亿元以上项目5个。\n")
    counts = [r.get("count") for r in records(page, "batch")]
    assert counts.count(5) == 2, counts


def test_counts_apart_stay_apart() -> None:
    page = ("# 宁陕县开展项目观摩\n\n本报讯 10月12日，宁陕县开展重点项目观摩，观摩团实地察看15个重点项目。"
            "此次观摩的12个项目总投资86亿元。\n")
    counts = [r.get("count") for r in records(page, "batch")]
    assert 12 in counts, counts


def test_the_papers_of_projects_counted_are_a_task_no_batch() -> None:
    page = ("# 石泉县项目推进\n\n本报讯 会议要求，10月底前完成剩余5个项目的用地报批，"
            "年底前全面完成投资任务。\n")
    assert 5 not in [r.get("count") for r in records(page, "batch")]


def test_projects_counted_with_their_event_stay_a_batch() -> None:
    page = "# 石泉县项目推进\n\n本报讯 会议要求，剩余5个计划新开工项目年底前全部开工。\n"
    assert 5 in [r.get("count") for r in records(page, "batch")]


def test_parts_larger_than_the_batch_before_break_down_the_whole() -> None:
    page = ("# 镇坪县重点项目\n\n本报讯 今年，镇坪县共安排重点项目60个，年度计划投资90亿元。截至9月底，"
            "60个项目完成投资70亿元；12个项目已竣工。其中，工业项目35个，完成投资40亿元；"
            "基础设施项目25个，完成投资30亿元。\n")
    events = {r.get("count"): r.get("event") for r in records(page, "batch")}
    assert events.get(35) == "under_construction" and events.get(25) == "under_construction", events


def test_parts_smaller_than_the_batch_before_take_its_event() -> None:
    page = "# 镇坪县重点项目\n\n本报讯 今年以来，镇坪县新开工项目30个。其中，工业项目18个，总投资20亿元。\n"
    events = {r.get("count"): r.get("event") for r in records(page, "batch")}
    assert events.get(18) == "started", events


def test_a_sector_s_projects_spending_is_a_batch_no_project_nor_indicator() -> None:
    page = "# 岚皋县文旅产业\n\n本报讯 今年以来，岚皋县文旅项目完成投资5.2亿元，全县接待游客310万人次。\n"
    assert 520000000 in [r.get("total_cny") for r in records(page, "batch")]
    assert not any("文旅项目" in (r.get("name") or "") for r in records(page, "project"))
    assert 520000000 not in [r.get("value") for r in records(page, "indicator")]


# --- projects -------------------------------------------------------------------------------------------

def test_a_place_s_sector_projects_spending_is_no_name() -> None:
    assert _names("平利县文旅项目完成投资6.3亿元。") == []
    assert _names("平利县交通项目累计完成投资9亿元。") == []


def test_a_named_works_of_the_sector_spending_keeps_its_name() -> None:
    assert _names("平利县女娲山文旅综合体项目完成投资2.1亿元。")


def test_meetings_and_reserves_of_projects_at_large_are_no_names() -> None:
    assert _names("排名靠后的单位要在全县项目推进会上作表态发言。") == []
    assert _names("乡镇要抓紧补齐项目储备不足的短板。") == []
    assert _names("县发改局通报了项目建设中存在的问题。") == []


def test_a_works_going_well_keeps_its_name() -> None:
    assert _names("紫阳县富硒茶产业园项目推进顺利。")


def test_a_building_named_by_its_use_alone_is_no_project() -> None:
    assert is_generic("门诊医技楼")
    assert is_generic("学生宿舍楼")
    assert not is_generic("人民医院门诊医技楼")


def test_a_park_where_its_utilities_are_laid_is_a_site() -> None:
    assert _names("12月底前完成白河县循环经济产业园供水管网改造。") == []


def test_a_park_s_own_works_keep_their_name() -> None:
    assert _names("白河县循环经济产业园污水处理厂项目开工。")


def test_a_works_contents_told_after_its_sum_and_land_are_no_works() -> None:
    names = _names("该项目总投资5亿元，规划用地200亩，主要建设饲料生产线及冷链仓储中心。")
    assert not any("冷链仓储中心" in n for n in names), names


def test_a_works_built_by_a_county_keeps_its_name() -> None:
    assert any("冷链仓储中心" in n for n in _names("镇巴县投资5亿元建设冷链仓储中心项目。"))


def test_greenhouse_farming_produce_and_fur_are_no_brands() -> None:
    assert brand_head("设施农业示范园项目") is None
    assert brand_head("果蔬冷链仓储物流园项目") is None
    assert brand_head("皮草电商直播基地项目") is None


def test_parts_done_while_the_works_go_on_are_no_completion() -> None:
    text = "该项目总投资2亿元，目前屠宰车间和冷库主体已完工，正在进行内部装修。"
    at = text.index("完工")
    assert parts_done_ahead(text, text.index("目前"), at, len(text))
    text = "该项目总投资2亿元，窑炉车间和展厅已建成，计划明年元旦试运营。"
    assert parts_done_ahead(text, text.index("窑炉"), text.index("建成"), len(text))


def test_parts_done_with_nothing_ahead_stay_done() -> None:
    text = "该项目总投资2亿元，目前屠宰车间和冷库主体已完工。"
    assert not parts_done_ahead(text, text.index("目前"), text.index("完工"), len(text))


def test_a_visited_plant_with_its_parts_done_is_under_construction() -> None:
    page = ("# 旬阳市项目观摩\n\n本报讯 随后，观摩团来到蜀河镇的生猪屠宰加工项目。该项目总投资2亿元，"
            "目前屠宰车间和冷库主体已完工，正在进行内部装修，预计明年3月试生产。\n")
    assert _project(page, "生猪屠宰")["stage"] == "under_construction"


def test_turbines_lifted_into_place_are_works_under_way() -> None:
    page = "# 镇安县新能源\n\n本报讯 镇安县云盖寺镇10万千瓦风电项目已完成12台风机吊装。\n"
    assert _project(page, "风电")["stage"] == "under_construction"


def test_a_signing_told_done_then_what_it_is_for_is_signed() -> None:
    page = ("# 洋县招商\n\n本报讯 9月下旬，洋县与一家江苏企业签约，将在龙亭镇建设年产2万吨饲料项目，"
            "项目总投资1.5亿元。\n")
    r = _project(page, "饲料")
    assert (r["stage"], r["status"]) == ("signed", "actual"), r


def test_a_letter_of_intent_then_what_may_be_built_is_no_signing_of_the_works() -> None:
    page = ("# 洋县招商\n\n本报讯 一家江苏企业与洋县签订了投资意向书，拟在龙亭镇建设年产2万吨饲料项目，"
            "目前双方仍在洽谈。\n")
    assert _project(page, "饲料")["stage"] != "signed"


def test_a_works_only_planned_is_no_signing() -> None:
    page = "# 洋县招商\n\n本报讯 洋县将在龙亭镇建设年产2万吨饲料项目，项目总投资1.5亿元。\n"
    assert _project(page, "饲料")["stage"] != "signed"


def test_builders_not_named_are_no_investor() -> None:
    assert _UNNAMED_FIRMS.fullmatch("本地一家民营企业与外地一家医疗集团合资")
    assert _UNNAMED_FIRMS.fullmatch("西安一家新材料企业")
    assert not _UNNAMED_FIRMS.fullmatch("陕西秦岭医疗集团有限公司")


def test_jobs_after_another_thing_provided_and_counted() -> None:
    m = JOBS_RE.search("建成后可提供床位800张、就业岗位300个")
    assert m is not None and "300" in m.group()
    assert JOBS_RE.search("建成后可提供床位800张") is None


# --- indicators -----------------------------------------------------------------------------------------

def test_the_stops_of_a_tour_counted_are_no_statistic() -> None:
    assert _VISITED_STOPS.search("观摩团先后来到城关镇、蒲溪镇、高桥镇等")
    page = ("# 汉阴县项目观摩\n\n本报讯 观摩团先后来到城关镇、蒲溪镇、平梁镇等5个镇（街道），"
            "实地察看重点项目。\n")
    assert 5 not in [r.get("value") for r in records(page, "indicator")]


def test_a_list_with_no_tour_is_no_stops() -> None:
    assert _VISITED_STOPS.search("全县有城关镇、蒲溪镇、高桥镇等") is None


def test_one_works_progress_and_output_are_its_own() -> None:
    page = ("# 紫阳县项目建设\n\n本报讯 向阳镇的农村供水一体化工程已完成管网铺设45公里，"
            "年底前可实现全镇通水。总投资3亿元的年产2万吨富硒食品项目已建成投产，今年1—10月实现产值1.6亿元。\n")
    values = [r.get("value") for r in records(page, "indicator")]
    assert 45 not in values and 160000000 not in values, values


def test_visitors_a_works_can_take_in_a_year_are_its_capacity() -> None:
    page = ("# 旬阳市文旅\n\n本报讯 蜀河古镇游客中心项目总投资1.2亿元，建成后可年接待游客30万人次。\n")
    assert 300000 not in [r.get("value") for r in records(page, "indicator")]


def test_visitors_a_place_received_stay_its_statistic_in_a_project_s_sentence() -> None:
    page = ("# 旬阳市文旅\n\n本报讯 蜀河古镇一期项目已于2023年建成，"
            "今年前10个月古镇接待游客52万人次。\n")
    assert 520000 in [r.get("value") for r in records(page, "indicator")]
