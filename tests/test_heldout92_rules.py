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
