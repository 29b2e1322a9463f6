"""Rules the misses of the hundred-and-eighteenth held-out set called for, each on phrasings of its own.

The set is lists and notices: a government portal's notice under its disclosure box (``索 引 号``,
``发文机关``, ``成文日期``…) publishing a list of projects whose table was flattened into text, one
row a line with cells apart by single spaces or tabs, some cells wrapped onto the next line; full-width
digits and letters; a report of the projects an office approved or filed, numbered items under a label
of the kind; a print page and a digital edition of coal-chemical, new-materials and logistics news.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.disclosure import catalogue_line, disclosure_line, issuing_organ
from newsmill.zh.tables import find_labelled_tables, find_wrapped_tables
from newsmill.zh.webcopy import site_name_line
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 6, 10))


def _titles(page: str) -> list[str | None]:
    return [a.headline for a in doc(page).articles]


# --- tables -----------------------------------------------------------------------------------------

_TABLE = ("附件：宁武县第二季度集中开工项目名单\n\n"
          "序号 项目名称 建设单位 建设性质 总投资（亿元） 年度计划投资\n"
          "1 宁武县年产10万吨精密铸件项目 山西宁铸科技有限公司 新建 6.8 2.1\n"
          "2\t五寨县农产品加工园\t五寨县农投有限公司\t新建\t3.2\t1.0\n"
          "3 静乐县年产20万吨石英砂精深加工\n"
          "项目 山西静石新材料有限公司 新建 4.5 1.5\n")


def test_a_row_of_a_single_spaced_table_may_be_set_with_tabs() -> None:
    tables = find_wrapped_tables(_TABLE)
    assert len(tables) == 1 and len(tables[0].rows) == 3
    names = [tables[0].cell(r, "name").text for r in tables[0].rows]
    assert names[1] == "五寨县农产品加工园"
    assert names[2] == "静乐县年产20万吨石英砂精深加工项目"


def test_a_tabbed_line_with_no_header_above_is_no_table() -> None:
    page = "今年计划如下：\n1\t宁武县精密铸件项目\t6.8\n2\t五寨县农产品加工园\t3.2\n"
    assert find_wrapped_tables(page) == []


def test_a_cell_cut_by_a_wrap_is_joined_by_the_cleaner() -> None:
    d = doc(_TABLE)
    assert "静乐县年产20万吨石英砂精深加工项目 山西静石新材料有限公司" in d.clean


def test_a_row_on_one_line_keeps_its_line() -> None:
    d = doc(_TABLE)
    assert "新建 6.8 2.1\n2\t五寨县农产品加工园" in d.clean


def test_the_rows_of_a_list_take_the_day_the_listed_projects_started() -> None:
    page = ("宁武县公布第二季度集中开工项目名单\n\n各乡镇，县直有关单位：\n"
            "上述项目已于6月5日在各乡镇同步开工。现将名单公布如下。\n\n" + _TABLE)
    found = projects(page)
    row = next(r for n, r in found.items() if n and "精密铸件" in n)
    assert row.get("stage") == "started" and row.get("date") == "2026-06-05"


def test_rows_with_no_day_told_for_them_keep_none() -> None:
    page = ("宁武县公布第二季度集中开工项目名单\n\n各乡镇，县直有关单位：\n"
            "6月5日，县委召开常委会。\n\n" + _TABLE)
    found = projects(page)
    row = next(r for n, r in found.items() if n and "精密铸件" in n)
    assert row.get("date") is None


# --- cleaning: a disclosure box ------------------------------------------------------------------------

def test_the_fields_of_a_disclosure_box_are_furniture() -> None:
    assert catalogue_line("索 引 号：000014349/2026-00412")
    assert catalogue_line("发文机关：忻州市发展和改革委员会")
    assert catalogue_line("文　　号：忻发改发〔2026〕41号")
    assert catalogue_line("有 效 性：有效")
    assert catalogue_line("索引号：000/2026-7  发布机构：静乐县人民政府  生成日期：2026-05-30")
    texts = ["成文日期：2026年05月30日", "发布日期：2026年06月01日"]
    assert disclosure_line(texts, 1)
    assert classify_text(texts, 0) == ("furniture", "page meta")


def test_sentences_and_a_lone_date_field_are_no_disclosure_box() -> None:
    assert not catalogue_line("发文机关表示，今年将加快推进一批重点项目。")
    assert not catalogue_line("主题词：项目，投资。今年以来全县新开工项目12个")
    assert not disclosure_line(["发布日期：2026年06月01日", "今年以来，全县新开工项目12个。"], 0)


def test_the_issuing_organ_of_a_notice_under_a_disclosure_box_is_its_source() -> None:
    page = ("宁武县人民政府\n首页 | 政务公开 | 政务服务\n\n"
            "索 引 号：000014349/2026-00412\n发文机关：宁武县发展和改革局\n成文日期：2026年05月30日\n\n"
            "宁武县发展和改革局关于公布第二季度重点项目的通知\n\n各乡镇人民政府：\n"
            "今年第二季度，全县共安排重点项目12个，总投资36.5亿元，现予公布。\n")
    arts = doc(page).articles
    assert arts[0].headline == "宁武县发展和改革局关于公布第二季度重点项目的通知"
    assert arts[0].source == "宁武县发展和改革局"
    assert issuing_organ("发布机构：五寨县人民政府办公室").group("organ") == "五寨县人民政府办公室"


def test_a_notice_with_no_disclosure_box_names_no_organ() -> None:
    page = ("宁武县发展和改革局关于公布第二季度重点项目的通知\n\n各乡镇人民政府：\n"
            "今年第二季度，全县共安排重点项目12个，总投资36.5亿元，现予公布。\n")
    assert doc(page).articles[0].source is None
    assert issuing_organ("发文机关表示将加快推进") is None


# --- cleaning: page furniture ----------------------------------------------------------------------------

def test_a_page_header_told_as_page_n_with_its_section_and_editors_is_furniture() -> None:
    header = classify_text(["第5版　县域·产业　责任编辑：雷雨辰　版式：闫小禾"], 0)
    assert header == ("furniture", "page header")
    assert classify_text(["第A2版　要闻　本版编辑：蔺书白　校对：贺青"], 0) is not None


def test_a_sentence_about_a_page_is_no_page_header() -> None:
    assert classify_text(["第5版刊登的稿件中，责任编辑：雷雨辰对数字进行了核对并致歉。"], 0) is None


def test_a_digital_editions_name_after_a_middle_dot_is_the_sites_name() -> None:
    assert site_name_line("雁门关经济导报·数字报")
    assert site_name_line("忻州晚报・电子版")


def test_a_title_with_a_middle_dot_is_no_editions_name() -> None:
    assert not site_name_line("雁门关经济导报·数字化转型")


# --- segmenting ------------------------------------------------------------------------------------------

_APPROVED = ("忻州5月核准备案企业投资项目31个\n\n本报讯　忻州市行政审批服务管理局日前发布公告，"
             "5月份全市共核准企业投资项目2个、备案项目29个，总投资96.4亿元。部分项目如下：\n\n"
             "核准项目\n１．繁峙县30万千瓦风电项目　建设单位：繁峙县岳风新能源有限公司"
             "　总投资１５．６亿元\n\n"
             "备案项目\n２．岢岚县年产2万吨羊绒制品项目　建设单位：山西岢绒纺织有限公司　总投资２．２亿元\n"
             "３．偏关县黄河沿线光伏治沙项目　建设地点：偏关县天峰坪镇　总投资４．８亿元\n\n"
             "记者了解到，上述项目均在加快办理用地手续。\n")


def test_a_label_of_a_kind_of_projects_over_numbered_items_is_no_title() -> None:
    assert _titles(_APPROVED) == ["忻州5月核准备案企业投资项目31个"]


def test_a_short_title_over_a_story_stays_a_title() -> None:
    page = ("忻州5月核准备案企业投资项目31个\n\n本报讯　5月份全市共核准企业投资项目2个。\n\n"
            "储能项目\n\n本报讯　繁峙县储能项目日前开工，总投资2.2亿元。\n")
    assert _titles(page) == ["忻州5月核准备案企业投资项目31个", "储能项目"]


def test_items_under_an_approval_or_filing_label_are_planned_with_their_fields() -> None:
    found = projects(_APPROVED)
    wind = next(r for n, r in found.items() if n and "风电项目" in n)
    wool = next(r for n, r in found.items() if n and "羊绒制品" in n)
    assert wind.get("stage") == "planned" and wool.get("stage") == "planned"
    assert wool.get("investor") == "山西岢绒纺织有限公司"
    assert wool.get("investment_cny") == 220_000_000


def test_items_under_a_signing_label_keep_their_own_stage() -> None:
    page = ("偏关县项目签约\n\n本报讯　6月8日，偏关县举行项目签约活动。\n\n签约项目\n"
            "１．偏关县黄河沿线光伏治沙项目　建设单位：山西偏光新能源有限公司　总投资４．８亿元\n")
    found = projects(page)
    assert all(r.get("stage") != "planned" for r in found.values())


def test_a_numbered_items_fields_apart_by_ideographic_spaces_are_a_table() -> None:
    tables = find_labelled_tables(
        "１．岢岚县年产2万吨羊绒制品项目　建设单位：山西岢绒纺织有限公司　总投资２．２亿元\n"
        "２．五寨县农产品加工园项目　建设单位：五寨县农投有限公司　总投资３．２亿元\n")
    assert len(tables) == 1 and "investor" in tables[0].roles


def test_a_numbered_sentence_with_a_wide_blank_inside_is_no_table() -> None:
    assert find_labelled_tables("１．岢岚县年产2万吨羊绒制品项目　今年3月开工，目前主体完工。\n") == []


# --- titles ----------------------------------------------------------------------------------------------

def test_a_figure_of_the_place_by_its_scope_word_is_the_subtitle() -> None:
    page = ("西夏区新材料项目加快落地\n前5个月全区工业投资增长16.2%\n\n"
            "本报讯（记者 马青禾）6月8日，记者从西夏区获悉，一批新材料项目正在加快建设。\n")
    arts = doc(page).articles
    assert arts[0].headline == "西夏区新材料项目加快落地"
    assert arts[0].kicker == "前5个月全区工业投资增长16.2%"


def test_a_figure_naming_its_place_keeps_the_title_over_a_slogan() -> None:
    page = ("奋力实现双过半\n兴庆区前5个月工业投资增长16.2%\n\n"
            "本报讯（记者 马青禾）6月8日，记者从兴庆区获悉，前5个月工业投资增长16.2%。\n")
    assert doc(page).articles[0].headline == "兴庆区前5个月工业投资增长16.2%"


# --- projects --------------------------------------------------------------------------------------------

def test_projects_told_by_their_list_are_no_name() -> None:
    page = "宁武县第二季度项目集中开工。名单内项目已于6月5日同步开工，总投资36.5亿元。\n"
    assert not any(n and "名单内" in n for n in projects(page))


def test_a_project_named_in_a_list_sentence_stays() -> None:
    page = "6月5日，宁武县年产10万吨精密铸件项目开工，总投资6.8亿元。\n"
    assert any(n and "精密铸件" in n for n in projects(page))


def test_a_park_as_the_scene_of_a_group_of_projects_is_no_project() -> None:
    page = "初夏时节，忻州市五寨县农产品加工园内，一批食品加工项目正在加紧施工。\n"
    assert not any(n and n.endswith("加工园") for n in projects(page))


def test_a_park_as_the_scene_of_one_project_named_keeps_the_project() -> None:
    page = "6月5日，在五寨县农产品加工园内，山西五谷食品有限公司年产3万吨杂粮加工项目开工。\n"
    assert any(n and "杂粮加工项目" in n for n in projects(page))


def test_a_bare_kind_of_power_works_projects_promoted_and_a_span_of_stages_are_no_names() -> None:
    page = ("泾源县200兆瓦风电项目6月5日开工。“风电项目明年就能全容量并网。”项目经理说。"
            "6月6日，泾源县举行文旅康养项目推介签约会。从正在洽谈的意向项目到满负荷运转的生产线，"
            "一批项目梯次推进。\n")
    names = [n for n in projects(page) if n]
    assert any("200兆瓦风电项目" in n for n in names)
    assert "风电项目" not in names
    assert not any("推介" in n or n.startswith("文旅康养项目") for n in names)
    assert not any("项目到" in n for n in names)


# --- batches and indicators ------------------------------------------------------------------------------

def _values(page: str) -> list[object]:
    return [r.get("value") for r in records(page, "indicator")]


def test_counts_listed_after_gong_are_summed_by_the_total_after_them() -> None:
    page = "5月份，忻州市共核准企业投资项目2个、备案项目29个，总投资96.4亿元。\n"
    batches = records(page, "batch")
    assert any(b.get("count") == 31 and b.get("total_cny") == 9_640_000_000 for b in batches)


def test_counts_listed_with_no_gong_are_not_summed() -> None:
    page = "5月份，忻州市核准企业投资项目2个，备案项目29个，总投资96.4亿元。\n"
    assert not any(b.get("count") == 31 for b in records(page, "batch"))


def test_places_leading_in_projects_counted_in_turn_are_batches_no_statistics() -> None:
    page = "从区域分布看，宁武县、五寨县、静乐县入选项目较多，分别为7个、5个和4个。\n"
    assert sorted(b.get("count") for b in records(page, "batch")) == [4, 5, 7]
    assert not any(v in (7, 5, 4) for v in _values(page))


def test_places_leading_in_firms_counted_in_turn_stay_statistics() -> None:
    page = "从区域分布看，宁武县、五寨县规上工业企业较多，分别为37家和25家。\n"
    assert records(page, "batch") == []


def test_a_works_yearly_cut_a_plants_load_and_its_daily_intake_are_no_statistics() -> None:
    page = ("偏关县热电联产项目改造完成后，每年可减少二氧化硫排放860吨。该公司乙二醇装置负荷已达到88%。"
            "“我们每天消耗园区供应的焦炉煤气120多万立方米。”该公司经理说。\n")
    values = _values(page)
    assert 860 not in values and 88 not in values and 120 not in values


def test_a_places_cut_in_emissions_stays_a_statistic() -> None:
    page = "今年1至5月，忻州市二氧化硫排放量减少860吨，同比下降6.2%。\n"
    assert 860 in _values(page)


def test_the_day_of_a_reporters_visit_dates_no_project() -> None:
    page = ("西夏区新材料项目梯次推进\n\n本报讯（记者 马青禾）6月8日，记者在西夏区采访时看到，"
            "一批新材料项目梯次推进。该区正与一家央企就年产20万吨可降解材料项目进行洽谈。\n")
    found = projects(page)
    talks = next(r for n, r in found.items() if n and "可降解材料" in n)
    assert talks.get("stage") == "negotiating" and talks.get("date") is None


def test_the_day_of_a_signing_opening_the_story_dates_its_project() -> None:
    page = ("西夏区签约可降解材料项目\n\n本报讯（记者 马青禾）6月8日，西夏区与宁夏绿源材料有限公司签约"
            "年产20万吨可降解材料项目，总投资12亿元。\n")
    found = projects(page)
    deal = next(r for n, r in found.items() if n and "可降解材料" in n)
    assert deal.get("date") == "2026-06-08"


def test_an_industrys_output_is_no_projects_yearly_output() -> None:
    page = ("6月5日，宁夏锐材化工有限公司年产8万吨乙二醇项目正式投产。"
            "全区力争今年新材料产业产值突破300亿元。\n")
    found = projects(page)
    plant = next(r for n, r in found.items() if n and "乙二醇" in n)
    assert plant.get("annual_output_cny") is None


def test_a_projects_own_output_stays() -> None:
    page = "6月5日，宁夏锐材化工有限公司年产8万吨乙二醇项目正式投产，达产后年产值可达12亿元。\n"
    found = projects(page)
    plant = next(r for n, r in found.items() if n and "乙二醇" in n)
    assert plant.get("annual_output_cny") == 1_200_000_000


def test_a_county_named_with_quan_is_no_scope_word() -> None:
    """``天全县`` names a county (``全县`` inside it is no scope word): a figure line of a place
    under a slogan stays the title."""
    page = ("产业兴旺谱新篇\n泾源县前三季度工业投资增长12.4%\n\n"
            "本报讯（记者 马 林）前三季度，泾源县工业投资同比增长12.4%。\n")
    assert doc(page).articles[0].headline == "泾源县前三季度工业投资增长12.4%"
    page = ("产业兴旺谱新篇\n天全县国庆假期接待游客增长16.2%\n\n"
            "本报讯（记者 马 林）国庆假期，天全县共接待游客42.6万人次，同比增长16.2%。\n")
    assert doc(page).articles[0].headline == "天全县国庆假期接待游客增长16.2%"
