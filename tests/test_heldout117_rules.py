"""Rules the misses of the hundred-and-seventeenth held-out set called for, each on phrasings of its own.

The set is culture, tourism, health care and services in the Tibetan and Qiang areas of Sichuan and
in Leshan: a county-level city's year-end review on its news site, a prefecture paper's page out of
a PDF (narrow columns, words and numbers cut by the wrap, stray spaces, a column of county items) and
a prefecture paper's page with a desk comment and briefs under a label.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import imprint_line, related_posts
from newsmill.zh.bylines import parse_dateline, parse_trailing_credit
from newsmill.zh.evaluation import flagged_spans, found_outside
from newsmill.zh.names import is_tibetan_name
from newsmill.zh.notices import advert_lines
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 9, 18))


def _reporters(lead: str) -> list[str]:
    credit = parse_dateline(lead)
    return [] if credit is None else [r.text for r in credit.reporters]


def _indicators(page: str) -> dict[str, tuple[object, object]]:
    return {r.get("metric"): (r.get("value"), r.get("unit")) for r in records(page, "indicator")}


def _values(page: str) -> list[object]:
    return [r.get("value") for r in records(page, "indicator")]


def _titles(page: str) -> list[str | None]:
    return [a.headline for a in doc(page).articles]


def _survives(page: str, needle: str) -> bool:
    d = doc(page)
    return found_outside(d.clean, needle, flagged_spans(d))


# --- bylines: Tibetan personal names ------------------------------------------------------------------

def test_a_tibetan_name_is_one_or_two_known_parts() -> None:
    assert is_tibetan_name("格桑") and is_tibetan_name("次仁卓玛") and is_tibetan_name("拉毛措")
    assert not is_tibetan_name("张伟") and not is_tibetan_name("格桑王") and not is_tibetan_name("王措")


def test_the_two_parts_of_a_tibetan_name_set_apart_in_a_byline_make_one_name() -> None:
    assert _reporters("本报讯（记者 格桑 拉姆 通讯员 刘 敏）9月16日，") == ["格桑拉姆", "刘敏"]
    assert _reporters("本报讯（记者 丹增 多吉）近日，") == ["丹增多吉"]


def test_a_tibetan_names_closing_character_set_apart_joins_it() -> None:
    assert _reporters("本报讯（记者 拉毛 措）9月15日，") == ["拉毛措"]


def test_two_han_names_in_a_byline_stay_two() -> None:
    assert _reporters("本报讯（记者 张伟 王强）9月16日，") == ["张伟", "王强"]
    assert _reporters("本报讯（记者 扎西 王强）9月16日，") == ["扎西", "王强"]


def test_a_tibetan_name_spaced_out_in_a_closing_credit_is_the_author() -> None:
    credit = parse_trailing_credit("全县新增民宿客房420间。（达　瓦）")
    assert credit is not None and [r.text for r in credit.reporters] == ["达瓦"]


def test_a_bracketed_pair_of_characters_of_no_name_is_no_credit() -> None:
    assert parse_trailing_credit("全县新增民宿客房420间。（客　房）") is None


def test_briefs_closed_by_a_tibetan_authors_credit_are_split_at_their_lead_in_titles() -> None:
    page = ("◆简讯◆\n\n"
            "◆理县民宿集群开工　9月12日，理县一民宿集群项目开工，项目投资5200万元，"
            "新增客房260间。（达　瓦）\n\n"
            "◆汶川县中秋假期接待游客21.6万人次　中秋假期，汶川县共接待游客21.6万人次，"
            "同比增长8.2%。（益　西）\n")
    titles = _titles(page)
    assert "理县民宿集群开工" in titles and "汶川县中秋假期接待游客21.6万人次" in titles


# --- indicators --------------------------------------------------------------------------------------

def test_beds_counted_in_ten_thousands_are_written_out_in_full() -> None:
    page = "截至8月底，雨城区养老床位总数达到1.35万张，养老机构发展到86家。\n"
    assert (13500, "张") in _indicators(page).values()


def test_a_quantity_of_another_unit_keeps_its_printed_magnitude() -> None:
    page = "今年以来，名山区茶叶产量达到4.2万吨，同比增长6.1%。\n"
    assert (4.2, "万吨") in _indicators(page).values()


def test_what_a_described_works_holds_is_no_statistic() -> None:
    page = ("9月10日，芦山县一康养酒店开业。该酒店由四川某某康旅有限公司投资1.6亿元建设，"
            "建筑面积1.4万平方米，"
            "设有客房160间、康养床位210张。\n")
    assert 210 not in _values(page)


def test_beds_a_county_has_stay_a_statistic() -> None:
    page = "今年以来，宝兴县新增精品民宿32家，全县床位总数达到1.8万张。\n"
    assert 18000 in _values(page)


def test_what_a_works_can_take_in_a_year_is_no_statistic() -> None:
    page = "总投资6.8亿元的某某温泉度假区项目同日开工，规划客房300间，年可接待游客45万人次。\n"
    assert 450000 not in _values(page)


def test_what_a_place_took_in_stays_a_statistic() -> None:
    page = "前8个月，天全县共接待游客326万人次，同比增长11.2%。\n"
    assert 3260000 in _values(page)


def test_a_hotels_first_week_occupancy_is_no_statistic() -> None:
    page = "酒店负责人介绍，开业首周入住率达到68%，客人多来自成都。\n"
    assert 68.0 not in _values(page)


def test_a_countys_occupancy_over_the_holiday_stays_a_statistic() -> None:
    page = "中秋假期，荥经县星级酒店平均入住率达到81.5%，同比提高6个百分点。\n"
    assert 81.5 in _values(page)


# --- projects ----------------------------------------------------------------------------------------

def test_a_school_told_finished_or_opened_is_a_works() -> None:
    page = ("9月1日，汉源县第三实验学校建成投用，项目总投资2.4亿元，可提供学位1620个。\n\n"
            "9月5日，石棉县民族寄宿制中学竣工，学校总投资1.1亿元。\n")
    names = projects(page)
    assert any("实验学校" in n for n in names) and any("寄宿制中学" in n for n in names)


def test_a_school_named_as_a_venue_is_no_works() -> None:
    page = "9月6日，全县教育工作会议在汉源县第一中学举行，会议总结了上学年工作。\n"
    assert not any("中学" in (n or "") for n in projects(page))


def test_a_heritage_craft_venue_told_opened_is_a_works() -> None:
    page = "9月8日，金川县非遗文化传习中心正式投入使用，由该县文旅公司投资6800万元建设。\n"
    assert any("传习中心" in n for n in projects(page))


def test_a_verb_of_building_opening_the_first_item_of_a_list_names_a_part() -> None:
    page = ("9月9日，荥经县牛背山景区提升改造项目完工，项目投资2.1亿元，"
            "改造游客接待中心、观景平台和索道下站。\n")
    assert not any((n or "").startswith("改造") for n in projects(page))


def test_a_mall_finished_and_opened_in_one_breath_is_in_service() -> None:
    page = "8月28日，由四川芦阳商业管理有限公司投资6.2亿元建设的芦山天街商业综合体在芦阳街道建成开业。\n"
    stages = {r.get("stage") for r in projects(page).values()}
    assert stages == {"in_production"}


def test_a_mall_finished_only_is_completed() -> None:
    page = "8月28日，由四川芦阳商业管理有限公司投资6.2亿元建设的芦山天街商业综合体在芦阳街道建成。\n"
    assert "completed" in {r.get("stage") for r in projects(page).values()}


# --- cleaning ----------------------------------------------------------------------------------------

def test_a_recommended_reading_heading_with_a_colon_and_its_items_are_related_posts() -> None:
    texts = ["正文最后一段。", "", "推荐阅读：", "· 天全县召开文旅大会", "· 某某度假区二期开工"]
    assert related_posts(texts) == [2, 3, 4]


def test_a_sentence_recommending_reading_stays() -> None:
    assert related_posts(["推荐阅读：这本书讲述了茶马古道的历史，值得一读。"]) == []


def test_an_imprint_whose_address_is_glued_to_its_publisher_is_furniture() -> None:
    assert imprint_line("雅安日报社出版地址：某某路8号 印刷：雅安日报印务中心")
    assert imprint_line("雅安日报社主办地址：某某路8号 邮编：625000")


def test_a_sentence_about_a_publisher_and_a_printer_is_no_imprint() -> None:
    assert not imprint_line("雅安日报社出版了一本画册，印刷精美，地址在城东。")


def test_a_papers_subscription_hotline_makes_a_two_line_advert() -> None:
    texts = ["", "欢迎订阅雅安日报 订阅热线：0835-22xxxxx",
             "雅安日报社出版 地址：某某路8号 印刷：某印务中心", ""]
    assert advert_lines(texts) == [1, 2]


def test_a_story_line_with_a_subscription_hotline_and_clause_marks_stays() -> None:
    texts = ["", "今年，报社开通了订阅热线：0835-22xxxxx，读者反响热烈。", "记者走访了多个投递点。", ""]
    assert advert_lines(texts) == []


# --- segmenting --------------------------------------------------------------------------------------

def test_a_column_label_over_items_led_by_their_county_is_a_piece_of_its_own() -> None:
    page = ("天全县新建游客服务中心\n"
            "本报讯（记者 李 娜）9月10日，天全县游客服务中心开工，项目投资1.2亿元。\n\n"
            "区县简讯\n"
            "名山区 9月11日，名山区茶旅融合示范带完工，完成投资3200万元。\n"
            "雨城区 前8个月，雨城区接待游客412万人次，同比增长9.8%。\n")
    assert "区县简讯" in _titles(page)


def test_a_column_label_over_one_paragraph_stays_with_the_story() -> None:
    page = ("天全县新建游客服务中心\n"
            "本报讯（记者 李 娜）9月10日，天全县游客服务中心开工，项目投资1.2亿元。\n\n"
            "区县简讯\n"
            "据了解，天全县今年还将新建旅游厕所12座，改造旅游公路46公里。\n")
    assert "区县简讯" not in _titles(page)


def test_the_desks_comment_under_a_bracketed_label_is_a_piece_of_its_own() -> None:
    page = ("宝兴县12个文旅项目集中开工\n\n"
            "本报讯（记者 王 澜）9月15日，宝兴县12个文旅项目集中开工，总投资26.8亿元。\n\n"
            "【编后】\n\n"
            "项目开工只是起点，运营见效才是目的。让好风光变成好“钱景”，还要在服务上多下功夫。\n")
    titles = _titles(page)
    assert len(titles) == 2 and "编后" in (titles[1] or "")


def test_a_bracketed_subhead_inside_a_story_opens_no_piece() -> None:
    page = ("宝兴县12个文旅项目集中开工\n\n"
            "本报讯（记者 王 澜）9月15日，宝兴县12个文旅项目集中开工，总投资26.8亿元。\n\n"
            "【项目清单】\n\n"
            "其中，硗碛藏族乡民宿集群项目投资1.2亿元，计划明年6月建成。\n")
    assert len(_titles(page)) == 1


def test_a_papers_imprint_and_subscription_lines_do_not_survive_cleaning() -> None:
    page = ("宝兴县新建游客中心\n"
            "本报讯（记者 王 澜）9月15日，宝兴县游客中心开工，项目投资1.2亿元，计划明年建成。\n\n"
            "欢迎订阅雅安日报 订阅热线:0835-22xxxxx\n雅安日报社出版 地址:某某路8号 印刷:雅安日报印务中心\n")
    assert not _survives(page, "订阅热线") and not _survives(page, "印务中心")


def test_a_tourist_sites_works_event_over_a_figure_line_is_the_title() -> None:
    page = ("二郎山景区游客中心改造完工\n天全县国庆假期接待游客增长16.2%\n\n"
            "本报讯（记者 李 娜）10月8日，天全县二郎山景区游客中心改造项目完工，项目投资9800万元。\n")
    art = doc(page).articles[0]
    assert art.headline == "二郎山景区游客中心改造完工" and art.kicker == "天全县国庆假期接待游客增长16.2%"


def test_a_slogan_over_a_figure_line_leaves_the_figure_line_the_title() -> None:
    page = ("文旅融合谱新篇\n天全县国庆假期接待游客增长16.2%\n\n"
            "本报讯（记者 李 娜）国庆假期，天全县共接待游客42.6万人次，同比增长16.2%。\n")
    assert doc(page).articles[0].headline == "天全县国庆假期接待游客增长16.2%"


# --- batches -----------------------------------------------------------------------------------------

def _totals(page: str) -> list[object]:
    return [r.get("total_cny") for r in records(page, "batch")]


def test_one_named_projects_signed_sum_is_no_batch() -> None:
    page = ("9月12日，雅安市在成都举行文旅推介会，现场签约文旅项目12个，签约金额46.2亿元。其中，"
            "宝兴县硗碛温泉度假村项目签约金额8.6亿元，将新建客房300间。\n")
    totals = _totals(page)
    assert 4620000000 in totals and 860000000 not in totals


def test_a_class_of_projects_signed_sum_stays_a_batch() -> None:
    page = "今年以来，雨城区增资扩产项目协议金额突破32亿元，同比增长18%。\n"
    assert 3200000000 in _totals(page)


def test_what_works_under_way_have_spent_told_alone_stays_a_batch() -> None:
    page = "今年以来，名山区在建项目累计完成投资58.6亿元，同比增长9.1%。\n"
    assert 5860000000 in _totals(page)


# --- cleaning: a narrow column's line after a caption ------------------------------------------------

def test_a_line_opening_on_a_cut_words_tail_and_a_comma_goes_on_from_the_line_above() -> None:
    from newsmill.zh.layout import word_tail_opens
    text = "某镇正在推进某某 景区索道项目前期工\n作，该项目拟投资5.8亿元。"
    assert word_tail_opens(text, text.index("\n") + 1)


def test_a_line_opening_on_a_sentences_first_word_and_a_comma_opens_on_its_own() -> None:
    from newsmill.zh.layout import word_tail_opens
    text = "天全县二郎山景区游客中心改造完工\n目前，该项目已投入使用。"
    assert not word_tail_opens(text, text.index("\n") + 1)


def test_narrow_lines_after_a_caption_are_joined_and_lose_their_stray_space() -> None:
    page = ("天全县二郎山景区游客中心改造完工\n\n"
            "本报讯(记者 李 娜)10月8日,天全县二郎山\n"
            "景区游客中心改造项目通过 竣工验收。该项\n"
            "目由雅安某某文旅有限公司投资9800万元建\n"
            "设,新建游客 中心和生态停车场,总建筑 面积\n"
            "1.2万平方米,国庆期间接待游客3.6万人次。\n"
            "图为二郎山景区游客中心。(李 娜 摄)\n"
            "天全县正在推进二郎山 景区观光索道前期工\n"
            "作,该项目拟投资4.2亿元,计划明年开工。\n")
    assert "天全县正在推进二郎山景区观光索道前期工作" in doc(page).clean
