"""Rules the misses of the ninety-second held-out set called for, each on phrasings of its own.

The set is county pages of Shandong, Anhui and Henan about on-site reviews of projects: a provincial
daily's page of county news (a roundup from stop to stop, a sidebar, related news, an advertisement
at the foot), a county paper's page (a letter-spaced masthead over its Latin name, a dated head with
the lunar date and the issue, a progress table flattened one row a line, an imprint foot) and a city
portal's page (a head line of fields, a progress table one cell a line, related stories).
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, contact_line, masthead_or_imprint
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 6))


def _page(body: str) -> str:
    return f"{body}\n"


def _flagged(texts: list[str], i: int) -> bool:
    return classify_text(texts, i) is not None


# --- cleaning: a county paper's masthead, issue head and imprint; a foot with an editor; an advert ---

def test_a_latin_name_under_a_letter_spaced_news_masthead_is_furniture() -> None:
    assert _flagged(["颍 上 新 闻", "YINGSHANG XINWEN"], 1)
    assert _flagged(["界首新闻", "JIESHOU XINWEN"], 1)


def test_capitals_under_a_news_heading_that_is_no_masthead_stay() -> None:
    assert not _flagged(["国际新闻速览", "APEC"], 1)
    assert not _flagged(["新闻", "CCTV"], 1)


def test_a_dated_head_with_lunar_date_issue_and_pages_is_furniture() -> None:
    assert masthead_or_imprint("2025年11月6日 星期四 农历乙巳年九月十七 第3521期 本期8版")
    assert masthead_or_imprint("2025年11月6日  星期四  总第10233期  今日12版")


def test_a_dated_sentence_naming_an_issue_stays_text() -> None:
    assert not masthead_or_imprint("2025年11月6日 星期四 第3521期")
    assert not masthead_or_imprint("2025年11月6日 星期四 颍上县第3期项目观摩会举行")


def test_an_imprint_naming_who_oversees_the_paper_is_furniture() -> None:
    assert masthead_or_imprint("中共颍上县委主管主办  颍上县融媒体中心出版  国内统一连续出版物号 CN34-0123")
    texts = ["中共界首市委宣传部主管   界首市融媒体中心出版   国内统一连续出版物号CN34-0456"]
    assert _flagged(texts, 0)


def test_who_oversees_a_plan_is_no_imprint() -> None:
    assert not masthead_or_imprint("中共颍上县委主管主办 项目观摩活动")


def test_a_contact_foot_with_the_page_s_editor_or_a_picture_credit_is_furniture() -> None:
    assert contact_line("本版编辑：韦 青    报料热线：0558-1234567    投稿邮箱：ysxw@163.com")
    assert contact_line("本版邮箱：jsrb@126.com     图片由各镇提供")


def test_an_editor_and_a_picture_credit_without_contact_are_no_contact_line() -> None:
    assert not contact_line("本版编辑：韦 青    图片由各镇提供")
    assert not contact_line("记者 韦 青    热线电话的接听率达到98%")


def test_an_advert_with_a_bare_label_and_a_hotline_is_furniture() -> None:
    assert classify_text(["广告    某某晚报社广告中心承接分类广告    电话：0558-7654321"], 0) \
        == ("furniture", "advertisement")
    assert classify_text(["广告颍州晚报社广告部代理各类声明刊登热线：0558-76××××"], 0) \
        == ("furniture", "advertisement")


def test_a_sentence_about_adverts_stays_text() -> None:
    assert classify_text(["广告投放量同比增长12%，热线咨询量也明显上升。"], 0) is None
    assert classify_text(["广告    行业迎来回暖"], 0) is None


# --- articles: a picture's credit, related stories in full, a portal's meta line, a notes column ---

def test_a_picture_label_over_a_caption_and_its_credit_is_no_article() -> None:
    page = ("界首新闻  2025年11月6日  星期四\n\n界首市项目建设再提速\n\n"
            "本报讯（记者 韦青）11月5日，界首市四季度重点项目观摩活动举行，观摩组实地察看了9个重点项目。\n\n"
            "图说界首\n\n▲11月5日，观摩组在光武镇察看项目建设进展。\n记者  韦 青  摄\n\n"
            "光武镇新签约项目3个\n\n本报讯（通讯员 陶然）今年以来，光武镇新签约项目3个，协议投资额8.6亿元，"
            "其中一个项目已于10月开工建设。\n")
    heads = [a.headline for a in doc(page).articles]
    assert "图说界首" not in heads, heads
    assert "光武镇新签约项目3个" in heads, heads


def test_a_credit_line_that_opens_a_story_stays_its_byline() -> None:
    page = ("光武镇新签约项目3个\n\n记者  韦 青  摄影报道\n\n"
            "今年以来，光武镇新签约项目3个，协议投资额8.6亿元，其中一个项目已于10月开工建设。\n")
    arts = doc(page).articles
    assert arts and arts[0].headline == "光武镇新签约项目3个"


def test_related_stories_printed_in_full_are_articles() -> None:
    page = ("界首市召开项目观摩点评会\n来源：阜阳日报   作者：记者 韦 青\n\n"
            "11月5日，界首市召开四季度重点项目观摩点评会，对全市12个观摩项目逐一打分排名，"
            "排名前三的乡镇作了交流发言。\n\n"
            "相关阅读：\n\n·临泉县四季度8个项目集中开工\n\n"
            "本报讯（记者 陶然）11月3日，临泉县四季度重点项目集中开工活动举行，"
            "8个项目集中开工，总投资32.5亿元，"
            "涵盖农产品加工、新型建材等领域。\n")
    heads = [a.headline for a in doc(page).articles]
    assert any(h and "临泉县四季度8个项目集中开工" in h for h in heads), heads


def test_a_list_of_bare_links_stays_furniture() -> None:
    page = ("界首市召开项目观摩点评会\n来源：阜阳日报\n\n"
            "11月5日，界首市召开四季度重点项目观摩点评会，对全市12个观摩项目逐一打分排名，"
            "排名前三的乡镇作了交流发言。\n\n"
            "相关阅读：\n·临泉县四季度8个项目集中开工\n·太和县前三季度经济运行情况\n")
    heads = [a.headline for a in doc(page).articles]
    assert not any(h and "临泉县" in h for h in heads), heads


def test_the_first_story_of_a_portal_page_takes_its_meta_line() -> None:
    page = ("首页 | 要闻 | 县区 | 专题\n\n界首市四季度项目观摩：比进度 比质效\n"
            "2025-11-06 09:12   来源：阜阳日报   作者：记者 韦 青 通讯员 陶 然   浏览次数：512\n\n"
            "11月5日，界首市四季度重点项目观摩活动举行，观摩组实地察看了9个重点项目，总投资46.2亿元。\n\n"
            "相关阅读：\n\n·临泉县8个项目集中开工\n\n"
            "本报讯（记者 陶然）11月3日，临泉县四季度重点项目集中开工活动举行，"
            "8个项目集中开工，总投资32.5亿元，"
            "涵盖农产品加工、新型建材等领域。\n")
    first = doc(page).articles[0]
    assert first.source == "阜阳日报", first.source
    assert first.reporters == ["韦青", "陶然"] or first.reporters == ["韦 青", "陶 然"], first.reporters


def test_a_first_story_with_a_byline_of_its_own_keeps_it() -> None:
    page = ("界首市四季度项目观摩：比进度 比质效\n"
            "2025-11-06 09:12   来源：阜阳日报   作者：记者 韦 青   浏览次数：512\n\n"
            "颍州晚报界首讯（通讯员 陶然）11月5日，界首市四季度重点项目观摩活动举行，"
            "观摩组实地察看了9个重点项目。\n\n"
            "临泉县8个项目集中开工\n\n"
            "本报讯（记者 吕方）11月3日，临泉县四季度重点项目集中开工活动举行，"
            "8个项目集中开工，总投资32.5亿元。\n")
    first = doc(page).articles[0]
    assert first.source == "颍州晚报", first.source


def test_a_reporters_notes_column_names_no_reporter() -> None:
    from newsmill.zh.bylines import parse_credit_line
    assert parse_credit_line("■记者手记") is None
    assert parse_credit_line("【记者观察】") is None
    credit = parse_credit_line("■记者  韦 青")
    assert credit is not None and credit.reporters


def test_an_author_field_with_roles_leaves_a_date_line_a_date_line() -> None:
    from newsmill.zh.pagedate import date_on_line
    assert date_on_line("2025-11-06 09:12   来源：阜阳日报   作者：记者 韦青 通讯员 陶然") is not None
    assert date_on_line("2025-11-06 作者：记者 韦青 通讯员 陶然 界首市召开观摩会") is None


# --- batches: the sites a review visits, places holding projects, a count told again ---------------

def test_the_projects_a_review_visited_are_under_way() -> None:
    page = _page("11月4日，颍上县四季度重点项目观摩活动举行。此次观摩的16个项目总投资72.4亿元。")
    got = [(r.get("count"), r.get("event")) for r in records(page, "batch")]
    assert (16, "under_construction") in got, got


def test_projects_counted_with_no_review_keep_no_event() -> None:
    page = _page("颍上县谋划储备的16个项目总投资72.4亿元。")
    got = [(r.get("count"), r.get("event")) for r in records(page, "batch")]
    assert (16, "under_construction") not in got, got


def test_the_places_holding_the_projects_are_no_batch() -> None:
    page = _page("11月4日，颍上县观摩组用两天时间走遍8个乡镇（园区）的24个重点项目，总投资96亿元。")
    counts = [r.get("count") for r in records(page, "batch")]
    assert 8 not in counts and 24 in counts, counts


def test_two_counts_of_projects_in_a_row_stay_two_batches() -> None:
    page = _page("今年以来，颍上县新开工项目12个，竣工项目8个。")
    counts = [r.get("count") for r in records(page, "batch")]
    assert 12 in counts and 8 in counts, counts


def test_a_bare_count_told_again_is_one_batch() -> None:
    page = _page("11月4日，观摩组实地查看项目16个。此次观摩的16个项目总投资72.4亿元，"
                 "前三季度完成投资31.5亿元。观摩组一天看完16个项目，现场打分。")
    got = [(r.get("count"), r.get("total_cny")) for r in records(page, "batch") if r.get("count") == 16]
    assert got == [(16, 7240000000)], got


def test_the_key_projects_spending_so_far_stays_a_batch() -> None:
    page = _page("今年颍上县实施重点项目85个，前三季度重点项目完成投资96.3亿元。")
    totals = [r.get("total_cny") for r in records(page, "batch")]
    assert 9630000000 in totals, totals


# --- indicators: who came first in a review, a park's tenants -------------------------------------

def test_who_came_first_in_a_review_is_no_ranking() -> None:
    page = _page("点评会上公布了打分结果，排名第一的乡镇将在全县大会上作交流发言。")
    assert not [r for r in records(page, "indicator") if r.get("unit") == "名"]


def test_a_statistic_s_ranking_is_still_read() -> None:
    page = _page("前三季度，颍上县地区生产总值同比增长6.2%，增速排名全市第2位。")
    assert [r for r in records(page, "indicator") if r.get("value") == 2]


def test_a_park_s_first_tenants_are_no_statistic() -> None:
    page = _page("在颍上经济开发区，标准化厂房项目已交付使用，首批入驻的6家电子企业已全部投产。"
                 "二期厂房已有3家企业签订入驻协议。")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 6 not in got and 3 not in got, got


def test_the_firms_of_a_place_counted_stay_a_statistic() -> None:
    page = _page("截至9月底，颍上县规上工业企业达到218家，同比增加15家。")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 218 in got, got


# --- projects: sites counted, a part of the works as it stands ------------------------------------

def test_sites_counted_and_a_part_seen_now_are_no_projects() -> None:
    from newsmill.zh.projects import counted_or_part
    assert counted_or_part("5处街头游园")
    assert counted_or_part("目前综合楼")
    page = _page("在江口镇，滨河片区城市更新项目一期已完工，滨河绿道和5处街头游园向市民开放，"
                 "项目总投资3.6亿元。"
                 "在城南街道，颍上县人民医院新院区项目目前门诊楼主体结构已封顶。")
    names = list(projects(page))
    assert not any("街头游园" in n or n.startswith("目前") for n in names), names
    assert any("城市更新项目" in n for n in names), names


def test_a_treatment_capacity_stays_in_a_name() -> None:
    from newsmill.zh.projects import counted_or_part
    assert not counted_or_part("年处理20万吨秸秆综合利用项目")
    assert not counted_or_part("颍上县城南污水处理厂")


def test_a_start_told_with_its_day_stands_over_the_works_under_way_now() -> None:
    page = _page("江口镇的颍上县淮河湿地康养综合体项目是今年新开工的文旅项目，总投资9亿元，"
                 "3月26日开工建设，目前康养中心正在进行主体施工。")
    r = next(r for n, r in projects(page).items() if "康养综合体项目" in n)
    assert r.get("stage") == "started" and r.get("date") == "2025-03-26", (r.get("stage"), r.get("date"))


def test_a_start_told_by_its_month_gives_way_to_the_works_under_way() -> None:
    page = _page("江口镇的颍上县淮河湿地康养综合体项目总投资9亿元，去年10月开工建设，"
                 "目前康养中心正在进行主体施工。")
    r = next(r for n, r in projects(page).items() if "康养综合体项目" in n)
    assert r.get("stage") == "under_construction", r.get("stage")


def test_what_the_works_under_way_spent_is_a_batch() -> None:
    page = _page("今年颍上县实施重点项目85个。1—9月，全县在建项目累计完成投资96.3亿元，占年度计划的80.2%。")
    got = [(r.get("total_cny"), r.get("event")) for r in records(page, "batch")]
    assert (9630000000, "under_construction") in got, got


def test_what_the_key_projects_spent_stays_as_it_was() -> None:
    page = _page("1—9月，颍上县重点项目累计完成投资96.3亿元，占年度计划的80.2%。")
    totals = [r.get("total_cny") for r in records(page, "batch")]
    assert 9630000000 not in totals, totals


def test_a_facility_word_opening_a_longer_word_ends_no_name() -> None:
    page = _page("江口镇的淮河现代渔业产业园由安徽淮鲜水产有限公司投资1.6亿元建设，"
                 "规划建设工厂化养殖车间3万平方米。")
    names = list(projects(page))
    assert not any(n.endswith("工厂") for n in names), names
    assert any("渔业产业园" in n for n in names), names


def test_a_plant_before_a_word_opening_with_hua_stays_a_name() -> None:
    from newsmill.zh.projects import find_names
    text = "颍上县城南污水处理厂化验室已建成投用。"
    names = [n.name for n in find_names(text, 0, len(text))]
    assert any(n.endswith("污水处理厂") for n in names), names


def test_what_one_firm_invests_is_no_statistic() -> None:
    page = _page("第二站是位于江口镇的淮鲜食品产业园。"
                 "安徽淮鲜食品股份有限公司投资12亿元，建设年产8万吨预制菜生产线。")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 1200000000 not in got, got


def test_a_place_s_investment_stays_a_statistic() -> None:
    page = _page("前三季度，颍上县完成工业投资86.2亿元，同比增长12.4%。")
    got = [r.get("value") for r in records(page, "indicator")]
    assert 8620000000 in got, got


def test_a_bare_project_after_a_name_left_out_is_not_the_earlier_project_s() -> None:
    page = ("颍上县四季度重点项目观摩侧记\n\n"
            "在江口镇，安徽颍禾食品有限公司年产3万吨速冻面点项目的2栋车间已主体封顶。项目总投资4.2亿元。\n\n"
            "八里河镇的淮畔生态渔业产业园是此次观摩中唯一的农业项目。项目由安徽淮畔渔业发展有限公司投资建设。\n")
    r = next(r for n, r in projects(page).items() if "速冻面点项目" in n)
    assert r.get("investor") in (None, "安徽颍禾食品有限公司"), r.get("investor")


def test_a_bare_project_right_after_its_project_is_still_its_own() -> None:
    page = _page("在江口镇，年产3万吨速冻面点项目的2栋车间已主体封顶。"
                 "项目由安徽颍禾食品有限公司投资建设，总投资4.2亿元。")
    r = next(r for n, r in projects(page).items() if "速冻面点项目" in n)
    assert r.get("investor") == "安徽颍禾食品有限公司", r.get("investor")


def test_a_bare_project_after_a_name_no_sentence_calls_a_project_is_still_read() -> None:
    page = ("颍上县增资扩产项目提速\n\n"
            "增资扩产项目具有落地快、见效快的特点。\n\n"
            "5月，安徽颍鑫汽车零部件有限公司在颍上经济开发区启动扩产项目，新增投资3.8亿元，"
            "新建2条自动化冲压生产线。项目9月已建成投产，企业年产能由20万套提升到60万套。\n")
    got = {n: r.get("capacity") for n, r in projects(page).items()}
    assert any(c and "60万套" in c for c in got.values()), got
