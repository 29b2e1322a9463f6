"""Rules the misses of the hundred-and-fourth held-out set called for, each on phrasings of its own.

The set is culture, tourism and sports: a city paper's page out of a PDF with narrow columns and
stray spaces, a portal's channel page copied with half-width punctuation and a meta line under each
story, and a prefecture paper's digital edition with a foot of links.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.clean_linebreaks import line_gaps, split_title
from newsmill.plugins.segment_news import bare_figure_subtitle
from newsmill.zh.projects import find_names
from newsmill.zh.timefind import find_times
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 10, 12))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _indicators(page: str, day: dt.date | None = dt.date(2026, 10, 12)) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator", day)]


def _line(s: str) -> tuple[str, str] | None:
    return classify_text(["正文第一段。", s, "正文第二段。"], 1)


# --- cleaning: a portal's meta line, hot links, a digital edition's foot ---------------------------------

def test_a_meta_line_of_fields_after_the_posting_time_is_page_meta() -> None:
    assert _line("2026-09-03 14:20 来源：大理日报 作者:段 敏 杨春花") == ("furniture", "page meta")
    assert _line("2025-11-28 08:05 来源:某县融媒体中心 编辑:李某") == ("furniture", "page meta")


def test_a_sentence_opening_with_a_date_is_no_meta_line() -> None:
    assert _line("2026-09-03 14:20,记者来到某县某镇,看到工人们正在铺设管道。") is None
    assert _line("2026-09-03 来源地的客商陆续到达,签约项目12个,签约金额20亿元。") is None


def test_a_hot_list_of_links_apart_by_bars_is_furniture() -> None:
    assert _line("热点推荐: 某州前三季度接待游客增长9% | 某古镇迎来赏秋季") == ("furniture", "crumbs")
    assert _line("推荐阅读：某县文旅项目集中开工 | 某景区夜游上新") == ("furniture", "crumbs")


def test_a_sentence_recommending_something_stays_text() -> None:
    assert _line("热点推荐活动吸引游客3万人次,带动消费1200万元。") is None


def test_an_editors_and_contact_line_apart_by_bars_is_a_contact_line() -> None:
    assert _line("本版责编 李 雪 | 版式 王佳 | 投稿邮箱:news@example.com") == ("furniture", "contact line")


def test_bars_between_clauses_of_a_sentence_make_no_contact_line() -> None:
    assert _line("本版责编说 | 下期将刊发某县文旅专题") is None


def test_a_papers_address_and_printer_are_its_imprint() -> None:
    assert _line("本报地址:某市某区某路18号 印刷:某日报印务有限公司") == ("furniture", "contact line")


def test_an_address_in_a_sentence_about_printing_is_no_imprint() -> None:
    assert _line("该企业地址位于某工业园,主要从事包装印刷,年产值2亿元。") is None


def test_a_polite_call_with_a_hotline_is_an_advertisement() -> None:
    assert _line("欢迎垂询 招商热线:0871-6655000") == ("furniture", "advertisement")
    assert _line("欢迎来电 订房电话 13912345678") == ("furniture", "advertisement")


def test_a_welcome_in_a_sentence_is_no_advertisement() -> None:
    assert _line("欢迎各地客商来电洽谈合作,共谋发展。") is None


def test_a_digital_editions_foot_links_are_a_menu() -> None:
    assert _line("往期回顾 | 返回目录 | 某某日报社版权所有") == ("furniture", "crumbs")


def test_two_names_apart_by_a_bar_are_no_menu() -> None:
    assert _line("往期回顾 | 某县乡村旅游发展成效") is None


def test_a_caption_wholly_in_brackets_with_a_spaced_credit_is_a_caption() -> None:
    assert _line("(图为9月1日,游客在某某古镇拍照。李 明 摄)") == ("caption", "caption line")
    assert _line("（图为某县新建的体育馆内景。记者 王 某 摄）") == ("caption", "caption line")


def test_a_bracketed_aside_opening_with_tuwei_but_no_credit_stays_text() -> None:
    assert _line("(图为去年建成的园区,目前已有企业进驻。)") is None


# --- dates: a holiday's break and a run of days --------------------------------------------------------

def _periods(text: str, day: dt.date | None = dt.date(2026, 10, 12), year: int | None = None) -> list:
    hits = [h.value for h in find_times(text, day, "past", year)]
    spans = [v.as_dict() for v in hits if getattr(v, "granularity", "") == "period"]
    return [(d["start"], d["end"]) for d in spans]


def test_a_fixed_holidays_break_is_its_days_off() -> None:
    assert ("2026-10-01", "2026-10-07") in _periods("国庆假期,某州接待游客612万人次")
    assert ("2026-05-01", "2026-05-05") in _periods("“五一”小长假期间,某县游客量大增")
    assert ("2025-10-01", "2025-10-07") in _periods("去年国庆黄金周,某县接待游客10万人次")
    assert ("2026-05-01", "2026-05-05") in _periods("“五一”假期,某县接待游客5万人次", None, 2026)


def test_a_break_not_yet_begun_is_last_years_and_a_plan_or_a_name_is_none() -> None:
    assert ("2025-10-01", "2025-10-07") in _periods("国庆假期,某县接待游客8万人次", dt.date(2026, 6, 1))
    assert ("2025-10-01", "2025-10-07") not in _periods("十一五期间,某县旅游收入翻番", dt.date(2026, 6, 1))
    assert ("2026-05-01", "2026-05-05") not in _periods("五一广场改造完成,国庆节当天开放")
    assert ("2026-10-01", "2026-10-07") not in _periods("五一广场改造完成,国庆节当天开放")


def test_holiday_figures_take_the_days_of_the_break() -> None:
    rows = _indicators("本报讯 国庆假期,某州接待游客612.4万人次,同比增长12.3%。")
    assert [(r["value"], r["period"]) for r in rows] == [(6124000, "2026-10-01/2026-10-07")], rows


def test_a_whole_month_stays_a_month() -> None:
    rows = _indicators("本报讯 9月1日至30日,某县接待游客41.6万人次,同比增长8.1%。")
    assert [r["period"] for r in rows] == ["2026-09"], rows


# --- projects: works of a tourist town told opened, parts and places --------------------------------------

def test_a_guesthouse_cluster_a_street_block_and_an_events_centre_told_opened_are_works() -> None:
    assert _names("9月20日,某县某镇的云岭梯田民宿集群开门迎客。") == ["云岭梯田民宿集群"]
    assert _names("9月29日晚,某古城夜间消费街区开街,街区引入商户80家。") == ["某古城夜间消费街区"]
    assert _names("4月30日,某区滨湖户外运动赛事中心通过竣工验收。") == ["某区滨湖户外运动赛事中心"]


def test_such_works_named_as_parts_or_places_are_no_names() -> None:
    assert _names("某镇将建设民宿集群和游客中心。") == []
    assert _names("活动在某某文旅街区举行。") == []


def test_a_part_named_right_after_its_works_is_no_works_of_its_own() -> None:
    assert _names("6月2日,某镇古街改造工程游客集散中心主体完工。") == ["某镇古街改造工程"]


def test_a_centre_after_a_works_named_apart_from_it_is_kept() -> None:
    names = _names("某县综合管廊工程已完工,某县游客集散中心于9月开工建设。")
    assert names == ["某县综合管廊工程", "某县游客集散中心"], names


def test_a_place_where_people_do_something_and_a_date_opening_a_phrase_are_no_names() -> None:
    assert _names("不少游客带着孩子在基地里体验采茶和制茶。") == []
    assert _names("截至8月底一期工程已完成投资6.2亿元。") == []


def test_a_street_block_opened_is_in_production() -> None:
    page = "本报讯 9月29日,某县古城夜间消费街区开街,街区由某县城投公司投资0.9亿元改造。\n"
    rec = next(iter(projects(page).values()))
    assert rec.get("stage") == "in_production", rec.get("stage")


# --- titles: a sum or a count of rooms under an event title ----------------------------------------------

def test_a_count_of_what_the_works_add_under_an_event_title_is_its_subtitle() -> None:
    assert bare_figure_subtitle(["某温泉度假区二期开工", "新增客房300间"], 1)
    assert bare_figure_subtitle(["某景区停车场建成", "新增停车位1200个"], 1)


def test_a_count_first_or_under_a_title_with_its_own_figure_is_no_subtitle() -> None:
    assert not bare_figure_subtitle(["新增客房300间", "某温泉度假区二期开工"], 0)
    assert not bare_figure_subtitle(["某县3个文旅项目开工", "新增客房300间"], 1)


def _split(text: str, a: str, b: str) -> bool:
    gaps = line_gaps(text)
    k = next(i for i, (gs, ge) in enumerate(gaps) if text[:gs].endswith(a) and text[ge:].startswith(b))
    return split_title(text, gaps, k, a, b)


def test_a_sum_set_apart_from_the_story_by_a_blank_line_is_no_titles_second_line() -> None:
    text = "正文。\n\n某剧场项目开工\n总投资4.2亿元\n\n本报讯（记者 王 林）9月5日，某县某剧场项目开工。\n"
    assert not _split(text, "某剧场项目开工", "总投资4.2亿元")


def test_a_title_cut_over_two_lines_is_still_joined() -> None:
    text = "正文。\n\n某县百大项目冬季施工\n掀起新热潮\n\n本报讯（记者 王 林）9月5日，某县某剧场项目开工。\n"
    assert _split(text, "某县百大项目冬季施工", "掀起新热潮")
