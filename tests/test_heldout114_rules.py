"""Rules the misses of the hundred-and-fourteenth held-out set called for, each on phrasings of its own.

The set is broadcast and brief formats: a broadcaster's web page of an evening's news transcript (a
rundown of the items, items opened by ``本台消息`` or by ``【解说】``, ``【同期声】`` lines, a shot
note), a print page with an agency dispatch reprinted, a weekly roundup of projects one line each
and briefs opened by ``■``, and a digital edition whose briefs stand under a letter-spaced label.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, contents_box_lines, epaper_nav_line
from newsmill.plugins.segment_news import roundup_item
from newsmill.zh.article_layout import is_column_label
from newsmill.zh.bylines import parse_trailing_credit
from newsmill.zh.evaluation import flagged_spans, found_outside
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 3, 20))


def _titles(page: str) -> list[str | None]:
    return [a.headline for a in doc(page).articles]


def _kickers(page: str) -> list[str | None]:
    return [a.kicker for a in doc(page).articles]


def _survives(page: str, needle: str) -> bool:
    """True when ``needle`` is left in the page's cleaned text outside the furniture and captions."""
    d = doc(page)
    return found_outside(d.clean, needle, flagged_spans(d))


# --- cleaning: page furniture ------------------------------------------------------------------------

def test_a_rundown_of_unnumbered_titles_each_printed_again_below_is_a_contents_box() -> None:
    texts = ["【今日导读】", "闻喜县6个项目集中开工", "阳城县一季度工业投资增长9%", "",
             "闻喜县6个项目集中开工", "3月18日，闻喜县6个项目集中开工。", "",
             "阳城县一季度工业投资增长9%", "一季度，阳城县工业投资同比增长9%。"]
    assert contents_box_lines(texts) == [0, 1, 2]


def test_lines_under_a_contents_label_that_are_not_printed_again_stay() -> None:
    texts = ["【本期提要】", "闻喜县6个项目集中开工", "阳城县新建两座污水处理厂", "",
             "闻喜县6个项目集中开工", "3月18日，闻喜县6个项目集中开工。"]
    assert contents_box_lines(texts) == []


def test_a_broadcasters_meta_line_of_air_time_length_and_views_is_furniture() -> None:
    assert classify_text(["播出时间：2026-03-18 18:30　　时长：12分07秒　　浏览：322"], 0) \
        == ("furniture", "page meta")
    assert classify_text(["首播时间：2026-03-18  时长：09分15秒"], 0) is not None


def test_a_sentence_telling_a_length_stays() -> None:
    assert classify_text(["播出时长：全程约3小时，观众浏览了闻喜县的新厂房。"], 0) is None


def test_bracketed_page_links_of_a_digital_edition_make_its_date_line_furniture() -> None:
    assert epaper_nav_line("2026年3月19日 第05版：县域 [上一版] [下一版] [PDF下载]")
    assert epaper_nav_line("2026年3月19日　第A2版：要闻　【上一版】　【下一版】")


def test_one_bracketed_link_in_a_sentence_is_no_page_links() -> None:
    assert not epaper_nav_line("2026年3月19日，记者在第5版刊发的[上一版]稿件中提到该项目。")


def test_a_transcripts_shot_note_in_brackets_does_not_survive_cleaning() -> None:
    page = ("崇信县光伏产业园二期开工\n\n本台消息 3月16日，崇信县光伏产业园二期项目开工，"
            "总投资3.1亿元。\n\n（画面：开工仪式现场）\n\n【解说】\n项目建成后年发电量约1.5亿千瓦时。\n")
    assert not _survives(page, "（画面：开工仪式现场）")


def test_a_bracketed_remark_with_no_shot_label_stays() -> None:
    page = ("崇信县光伏产业园二期开工\n\n本台消息 3月16日，崇信县光伏产业园二期项目开工"
            "（画面感十足的银色光伏板铺满山坡），总投资3.1亿元。\n")
    assert _survives(page, "画面感十足")


def test_two_names_of_one_broadcaster_over_the_sites_menu_are_furniture() -> None:
    assert classify_text(["秦安县广播电视台 · 秦安县融媒体中心", "首页 | 新闻 | 视频 | 专题"], 0) is not None
    assert classify_text(["天水广播电视台｜天水网络广播电视台", "首页 | 新闻 | 电视 | 广播"], 0) is not None


def test_two_names_with_no_menu_under_them_stay() -> None:
    texts = ["秦安县广播电视台 · 秦安县融媒体中心", "3月16日，秦安县召开项目推进会。"]
    assert classify_text(texts, 0) is None


def test_the_line_after_an_advert_label_opening_the_advert_is_the_advert() -> None:
    texts = ["【广告】天水晚报2027年度征订开始", "全年订价240元　征订电话：0938-821xxxx"]
    assert classify_text(texts, 1) == ("furniture", "advertisement")


def test_a_contact_line_after_a_story_line_is_no_advert() -> None:
    texts = ["【项目动态】秦安县果品冷库项目开工建设", "项目咨询：县投资促进中心"]
    assert classify_text(texts, 1) is None


# --- articles ----------------------------------------------------------------------------------------------

_TRANSCRIPT = (
    "闻喜县6个项目集中开工\n\n本台消息（记者 解明远）3月18日，闻喜县一季度6个重点项目集中开工，"
    "总投资14.2亿元。\n\n"
    "【同期声】闻喜县发改局局长 柴文博\n这批项目投产后，全县工业投资将明显增长。\n\n"
    "阳城县煤层气液化项目投产\n\n【解说】\n3月17日，阳城县煤层气液化项目正式投产。项目总投资5.6亿元。\n\n"
    "【同期声】山西晋阳能源有限公司总经理 祁东来\n我们一天能液化煤层气30万立方米。\n\n（记者 卫书宁 报道）\n")


def test_a_title_over_a_scripts_part_label_opens_a_transcript_item() -> None:
    assert _titles(_TRANSCRIPT) == ["闻喜县6个项目集中开工", "阳城县煤层气液化项目投产"]


def test_a_section_over_a_part_label_inside_an_item_opened_by_one_stays_in_it() -> None:
    page = ("【导语】\n春耕时节，阳城县的项目工地一片繁忙。\n\n阳城县循环经济园区\n\n【解说】\n"
            "在阳城县循环经济园区，一批项目正在加紧建设。\n")
    assert len(doc(page).articles) == 1


def test_one_line_items_of_a_roundup_are_text_and_their_projects_are_read() -> None:
    page = ("【本周项目播报】（3月9日—3月15日）\n\n"
            "◎秦安县　甘肃陇果农业有限公司苹果分选中心项目开工　总投资1.6亿元\n"
            "◎崇信县　年产5万吨饲料项目竣工投产　总投资8000万元\n"
            "◎闻喜县　煤矸石综合利用项目签约　协议投资3.5亿元\n"
            "本周，全市共有4个项目集中开工，总投资9.8亿元。（本报综合）\n")
    names = projects(page)
    assert any("苹果分选中心项目" in (n or "") for n in names)
    assert any("饲料项目" in (n or "") for n in names)
    assert _titles(page)[0] == "【本周项目播报】（3月9日—3月15日）"


def test_a_roundup_line_is_told_from_a_sentence_or_a_title() -> None:
    assert roundup_item("◎崇信县　年产5万吨饲料项目竣工投产　总投资8000万元")
    assert roundup_item("●阳城县  煤层气液化项目正在洽谈  意向投资约6亿元")
    assert not roundup_item("◎崇信县年产5万吨饲料项目竣工投产，总投资8000万元。")
    assert not roundup_item("◎崇信县饲料项目竣工投产")


def test_a_letter_spaced_label_between_two_marks_is_a_column_label() -> None:
    assert is_column_label("◆ 快 讯 ◆")
    assert is_column_label("■ 简 讯 ■")
    page = ("◆ 快 讯 ◆\n\n◆秦安县果品冷库项目竣工\n"
            "3月12日，秦安县果品冷库项目竣工，总投资4200万元。（通讯员 雷子墨）\n\n"
            "◆崇信县新增规上工业企业4家\n今年以来，崇信县新增规上工业企业4家。（通讯员 雷子墨）\n")
    assert all(k is None for k in _kickers(page))


def test_a_spaced_title_of_many_words_is_no_column_label() -> None:
    assert not is_column_label("◆ 秦 安 县 果 品 冷 库 项 目 竣 工 ◆")


def test_an_outlets_word_for_itself_closing_a_piece_is_its_source() -> None:
    credit = parse_trailing_credit("本周全市4个项目开工。（本报综合）")
    assert credit is not None and credit.source is not None and credit.source.text == "本报"
    assert credit.reporters == []


def test_a_reporters_name_with_compiled_stays_a_reporter() -> None:
    credit = parse_trailing_credit("本周全市4个项目开工。（记者 卫书宁 综合）")
    assert credit is not None and [r.text for r in credit.reporters] == ["卫书宁"]


# --- indicators --------------------------------------------------------------------------------------------

def _values(page: str) -> list[object]:
    return [r.get("value") for r in records(page, "indicator")]


def test_what_a_plant_will_take_in_once_running_told_in_speech_is_no_statistic() -> None:
    page = "“我们投产以后一年能消化本地苹果8万吨左右。”甘肃陇果农业有限公司总经理说。\n"
    assert 8 not in _values(page)


def test_what_a_place_took_in_stays_a_statistic() -> None:
    page = "今年以来，秦安县果品加工企业共收购本地苹果8万吨，同比增长12%。\n"
    assert 8 in _values(page)


def test_a_new_plants_gain_in_output_per_worker_is_no_statistic() -> None:
    page = "企业负责人说，新厂房采用智能化生产线，人均产值可以提高一倍以上。\n"
    assert not any(v == 100.0 for v in _values(page))


def test_the_land_around_one_site_is_no_statistic_of_the_place() -> None:
    page = "项目选址紧邻高速出口，周边5公里范围内有苹果种植基地3万余亩。\n"
    assert 3 not in _values(page)


def test_a_places_orchards_stay_a_statistic() -> None:
    page = "今年，秦安县苹果种植面积达到3万亩，同比增长5%。\n"
    assert 3 in _values(page)
