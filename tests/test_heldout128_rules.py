"""Rules the misses of the hundred-and-twenty-eighth held-out set called for, each on phrasings of its own.

The set is government work reports as county papers print them (an abstract with its session line,
speaker line, ``各位代表：`` and section numbers, last year's results, this year's goals and key
projects) and an ordinary page on a county's two sessions (a figures line over the title, deputies'
words, a photo news, briefs and a box of key figures with the number first).
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.clean_linebreaks import cuts_a_number
from newsmill.zh.dates import parse_date
from newsmill.zh.gold import document_to_gold
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 1, 20))


def _indicators(page: str) -> list[tuple[object, object, object, object]]:
    return [(r.get("metric"), r.get("value"), r.get("growth_pct"), r.get("period"))
            for r in records(page, "indicator")]


# --- periods: the first or last year of a five-year plan ------------------------------------------------

def test_the_opening_year_of_a_plan_is_its_first_year() -> None:
    v = parse_date("“十六五”开局之年")
    assert (v.start_year, v.end_year, v.granularity) == (2031, 2031, "year")
    v = parse_date("“十五五”收官之年")
    assert (v.start_year, v.end_year, v.granularity) == (2030, 2030, "year")


def test_the_plan_itself_is_still_its_five_years() -> None:
    v = parse_date("“十五五”期间")
    assert (v.start_year, v.end_year) == (2026, 2030)


def test_goals_of_the_opening_year_of_a_plan_are_that_years_goals() -> None:
    page = ("本报讯 今年是“十五五”开局之年。全区经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
            "规模以上工业增加值增长7%。\n")
    periods = {p for _m, _v, _g, p in _indicators(page)}
    assert periods and all(p is not None and not p.startswith("2026-01/2030") for p in periods)


# --- indicators: town and country given two figures in turn -------------------------------------------

def test_town_and_country_given_two_incomes_in_turn_are_two_statistics() -> None:
    page = ("本报讯 去年，全区城乡居民人均可支配收入分别达到41250元和22760元，分别增长4.9%和6.6%；"
            "高新技术企业总数达到96家。\n")
    got = _indicators(page)
    assert ("城镇居民人均可支配收入", 41250, 4.9, "2025") in got
    assert ("农村居民人均可支配收入", 22760, 6.6, "2025") in got
    assert ("高新技术企业总数", 96, None, "2025") in got  # the rates in turn are the incomes', not its


def test_a_subject_naming_town_and_country_separately_is_read_as_before() -> None:
    page = "本报讯 去年，城镇和农村居民人均可支配收入分别达到41250元、22760元。\n"
    got = _indicators(page)
    assert ("城镇居民人均可支配收入", 41250, None, "2025") in got
    assert ("农村居民人均可支配收入", 22760, None, "2025") in got


# --- layout: a box of key figures under a title on its year -----------------------------------------------

def test_a_box_title_closing_on_a_year_is_no_figure_cut() -> None:
    assert not cuts_a_number("数说2025", "1568.2亿元　地区生产总值")
    assert not cuts_a_number("【数读2024】", "65个　重大产业项目")


def test_a_figure_cut_at_the_end_of_a_line_is_still_joined() -> None:
    assert cuts_a_number("全区实现地区生产总值1", "568.2亿元，增长6.2%")
    assert cuts_a_number("完成投资2", "025亿元")


def test_a_box_restating_an_amount_and_a_count_of_another_story_adds_nothing() -> None:
    page = ("县政府工作报告摘要\n\n本报讯 去年，全县完成地区生产总值402.7亿元，实施重大产业项目58个。\n\n"
            "──────\n\n两会速递\n\n本报讯 代表们分组审议政府工作报告。\n\n──────\n\n数说2025\n\n"
            "402.7亿元　地区生产总值\n58个　重大产业项目\n")
    d = doc(page)
    gold = document_to_gold(d)
    assert [m["surface"] for m in gold["money"]].count("402.7亿元") == 1
    assert [b["count"] for b in gold["batches"]].count(58) == 1


def test_an_amount_on_a_box_line_the_page_never_told_is_kept() -> None:
    page = "本报讯 代表们分组审议政府工作报告。\n\n数说2025\n\n88.4亿元　一般公共预算收入\n21个　新签约项目\n"
    gold = document_to_gold(doc(page))
    assert "88.4亿元" in [m["surface"] for m in gold["money"]]


# --- cleaning: a digital edition's links and a printed page's foot -----------------------------------------

def test_a_menu_whose_last_link_closes_on_latin_letters_is_furniture() -> None:
    assert classify_text(["首页 | 往期回顾 | 版面导航 | 本期目录 | 下载PDF"], 0) == ("furniture", "crumbs")


def test_bracketed_links_to_the_previous_and_next_article_are_furniture() -> None:
    assert classify_text(["【返回目录】 【上一篇】 【下一篇】"], 0) == ("furniture", "page tools")


def test_a_hotline_telephone_and_a_mail_box_are_a_contact_line() -> None:
    assert classify_text(["热线电话：0516-8822xxxx　　投稿邮箱：news@xxx.com"], 0) \
        == ("furniture", "contact line")


def test_a_picture_note_the_paper_and_its_address_are_the_pages_foot() -> None:
    assert classify_text(["本版图片除署名外均由本报记者拍摄　　东台日报社　　地址：东台市望海路"], 0) \
        == ("furniture", "contact line")


def test_sentences_on_hotlines_addresses_and_articles_stay() -> None:
    assert classify_text(["市民可拨打热线电话咨询，服务中心地址设在市民广场。"], 0) is None
    assert classify_text(["项目地址：某县经开区　　总投资：5亿元"], 0) is None
    assert classify_text(["上一篇报道提到的项目已经开工。"], 0) is None


# --- projects: works a work report names --------------------------------------------------------------------

def test_a_farming_complex_with_its_sum_is_a_works() -> None:
    got = projects("本报讯 今年，乙镇光伏农业综合体总投资3.6亿元，力争10月建成投用。\n")
    assert any(n.endswith("光伏农业综合体") for n in got)


def test_a_towns_regional_medical_centre_told_opened_is_a_works() -> None:
    got = projects("本报讯 近日，丙镇区域医疗中心正式投入使用，可辐射周边4个乡镇。\n")
    assert any(n.endswith("区域医疗中心") for n in got)


def test_a_regional_medical_centre_where_people_go_is_no_works() -> None:
    assert not projects("本报讯 昨日，专家团队在丙镇区域医疗中心开展义诊。\n")


def test_a_hospitals_new_site_told_to_start_is_a_works() -> None:
    got = projects("本报讯 今年，县人民医院新院区将于5月开工建设，设计床位600张。\n")
    r = next(r for n, r in got.items() if n.endswith("新院区"))
    assert (r.get("stage"), r.get("status")) == ("started", "target")


def test_a_new_site_where_people_go_is_no_works() -> None:
    assert not projects("本报讯 昨日，义诊活动在县人民医院新院区举行。\n")


def test_a_processing_centre_with_its_total_before_it_is_a_works() -> None:
    got = projects("本报讯 今年，该镇将加快推进总投资1.9亿元的水产品冷链加工中心建设。\n")
    r = next(r for n, r in got.items() if n.endswith("冷链加工中心"))
    assert r.get("investment_cny") == 190000000


def test_a_machining_centre_bought_is_no_works() -> None:
    assert not projects("本报讯 企业今年新购置五轴数控加工中心6台。\n")


def test_a_later_phase_of_works_told_whole_before_is_a_project_of_its_own() -> None:
    page = ("本报讯 去年，总投资8.4亿元的丁县高新区电子材料产业园开工建设。今年，加快推进丁县高新区电子材料"
            "产业园二期、戊镇现代农业示范园等重点项目。\n")
    got = projects(page)
    assert "丁县高新区电子材料产业园二期" in got
    assert got["丁县高新区电子材料产业园"].get("investment_cny") == 840000000


def test_a_phase_restated_with_its_phase_is_still_one_project() -> None:
    got = projects("本报讯 己县庚产业园二期项目开工。庚产业园二期总投资5亿元。\n")
    assert len(got) == 1


def test_a_year_word_before_a_name_is_no_part_of_it() -> None:
    got = projects("本报讯 记者了解到，去年辛镇古街修缮工程完工，带动周边商户增收。\n")
    assert "辛镇古街修缮工程" in got


def test_a_countys_project_officer_is_no_works() -> None:
    assert not projects("本报讯 县里为每个亿元以上项目配备一名项目专员，全程跟踪服务。\n")


def test_a_goal_set_after_works_pushed_on_is_their_event() -> None:
    got = projects("本报讯 今年，推进壬镇至癸镇一级公路改建工程，确保9月底前建成通车。\n")
    r = next(iter(got.values()))
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("completed", "target", "2026-09")


def test_works_under_way_with_a_finish_expected_keep_their_stage() -> None:
    got = projects("本报讯 目前，甲镇污水处理厂扩建工程正在加快推进，预计6月底前竣工。\n")
    r = next(iter(got.values()))
    assert r.get("stage") == "under_construction"


def test_a_goal_after_the_works_state_now_is_not_taken() -> None:
    got = projects("本报讯 某区还在推进甲古镇提质扩容项目，项目总投资5.4亿元，目前正在开展前期工作，"
                   "力争年底前开工。\n")
    assert next(iter(got.values())).get("status") == "actual"


def test_a_goal_for_another_works_is_not_taken() -> None:
    got = projects("本报讯 今年，推进甲镇污水处理厂扩建工程，确保乙镇自来水厂6月底前建成。\n")
    assert got["甲镇污水处理厂扩建工程"].get("stage") == "under_construction"


# --- indicators: a session's own work is no statistic -----------------------------------------------------

def test_deputies_suggestions_and_their_answers_are_no_statistics() -> None:
    page = ("本报讯 大会秘书处共收到代表建议118件，去年建议办复率100%。会议期间，一名种粮大户说，"
            "他家亩均增收200元。\n")
    assert not records(page, "indicator")


def test_a_countys_figures_beside_them_stay() -> None:
    page = "本报讯 去年，全县城镇新增就业7120人，新增市场主体1.1万户。\n"
    metrics = {m for m, _v, _g, _p in _indicators(page)}
    assert "城镇新增就业" in metrics
