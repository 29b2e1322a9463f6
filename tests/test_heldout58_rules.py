"""Rules the misses of the fifty-eighth held-out set called for, each on phrasings of its own.

The set is a county's long feature on renewing its industrial park (standard factory buildings,
output and tax per mu, idle land cleared, firms bringing firms, funds bringing projects), with a
photo story at the end of each page.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.bylines import parse_credit_line
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 10, 18))


# --- bylines: a spaced name after a plain one; a picture an agency issued ----------------------

def test_a_marked_byline_of_a_plain_and_a_spaced_name() -> None:
    credit = parse_credit_line("■ 欧振东 杨 柳")
    assert credit is not None and [r.text for r in credit.reporters] == ["欧振东", "杨柳"]


def test_a_lone_spaced_run_without_a_mark_or_role_is_no_byline() -> None:
    assert parse_credit_line("高新 园区") is None
    assert parse_credit_line("欧振东 杨 柳") is None


def test_a_picture_an_agency_issued_is_a_photo_credit() -> None:
    for line in ("中新社发(吕 明 摄)", "新华社发（黄志强 摄）", "中新社发 吕明 摄"):
        credit = parse_credit_line(line)
        assert credit is not None and credit.photo_only, line
        assert credit.source is not None and credit.source.text in ("中新社", "新华社")
    assert parse_credit_line("新华社发") is None
    assert parse_credit_line("新华社发布消息") is None


def test_a_photo_story_under_an_agency_issued_credit_is_an_article_of_its_own() -> None:
    page = ("园区更新见成效\n\n□ 欧振东 杨 柳\n\n今年以来,某某县工业园区新签约项目12个,"
            "总投资36亿元。\n\n园区将继续推进标准化厂房建设。\n\n\n\n"
            "茶园秋采 忙碌正酣\n\n近日,浙江省丽水市松阳县的茶农在茶园里采摘秋茶。"
            "图为茶农在采茶。\n\n中新社发(吕 明 摄)\n")
    arts = doc(page, None).articles
    assert [a.headline for a in arts] == ["园区更新见成效", "茶园秋采 忙碌正酣"]
    assert [r for r in arts[0].reporters] == ["欧振东", "杨柳"]
    assert arts[1].source == "中新社" and arts[1].reporters == ["吕明"]
