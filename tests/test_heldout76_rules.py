"""Rules the misses of the seventy-sixth held-out set called for, each on phrasings of its own.

The set is reporting other than the plain story: interviews told in turns (``记者：``/``问：``),
a project-observation report going stop by stop, a photo page and columns of briefs.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.article_layout import is_heading_like
from newsmill.zh.leadins import leadin_breaks
from tests.heldout_support import rule_helpers

DAY = dt.date(2026, 8, 12)

_doc, _records, _ = rule_helpers(DAY)


def _headlines(page: str) -> list[str | None]:
    return [a.headline for a in _doc(page).articles]


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, rep in sorted(edits, reverse=True):
        text = text[:start] + rep + text[end:]
    return text


# -- briefs: a title set off from its text by one space before the lead's time word -------------

def test_one_space_before_a_time_word_sets_a_brief_title_off() -> None:
    cases = {
        "米脂县小米加工厂建成投产 8月6日，银州街道的小米加工厂投产，年加工小米1万吨。（记者 高 峰）":
            "米脂县小米加工厂建成投产\n\n8月6日，",
        "靖边县光伏治沙项目并网 近日，靖边县20万千瓦光伏治沙项目首批方阵并网发电。（通讯员 郝 林）":
            "靖边县光伏治沙项目并网\n\n近日，",
        "清涧县前7个月红枣销售增长 今年1至7月，清涧县销售红枣及制品3.1万吨，同比增长8.4%。（记者 薛 婷）":
            "清涧县前7个月红枣销售增长\n\n今年1至7月，",
    }
    for line, opening in cases.items():
        assert _apply(line, leadin_breaks(line)).startswith(opening), line


def test_one_space_before_other_words_or_after_a_dateline_sets_nothing_off() -> None:
    for line in (
        # one space inside a sentence, no time word after it
        "吴堡县黄河沿岸旅游公路 全线贯通，全长46公里，串起沿线8个景点。（通讯员 郝 林）",
        # a paper's dateline before the day is no title
        "延安日报子长讯 8月6日，子长市一批重点项目集中开工，总投资12亿元。（记者 薛 婷）",
    ):
        assert leadin_breaks(line) == [], line


def test_briefs_with_one_space_after_the_title_are_articles_of_their_own() -> None:
    page = ("某市日报  2026年8月12日  星期三  第2版\n\n"
            "■ 县区快讯\n\n"
            "米脂县小米加工厂建成投产 8月6日，银州街道的小米加工厂投产，年加工小米1万吨。（记者 高 峰）\n\n"
            "靖边县光伏治沙项目并网 近日，靖边县20万千瓦光伏治沙项目首批方阵并网发电。（通讯员 郝 林）\n")
    assert _headlines(page) == ["米脂县小米加工厂建成投产", "靖边县光伏治沙项目并网"]


# -- interviews: a turn of the dialogue is never a title -----------------------------------------

def test_a_turn_of_an_interview_is_no_heading() -> None:
    for line in ("问：今年园区招商有哪些新打法？", "答：主要抓两件事，一是抓链主，二是抓配套",
                 "记者：项目建设中遇到的最大困难是什么？"):
        assert not is_heading_like(line), line
    # a title asking a question, or naming the interviewer's role, stays one
    assert is_heading_like("项目落地为何这么快？")
    assert is_heading_like("记者手记：工地上的中秋节")


def test_the_question_after_a_second_interview_title_is_not_its_headline() -> None:
    page = ("某市日报  2026年8月12日  星期三  第3版\n\n"
            "园区是项目的主战场\n——访某某经济技术开发区管委会主任王立新\n\n"
            "问：今年园区招商有哪些新打法？\n\n"
            "答：我们主要抓链主企业，上半年签约项目14个，协议投资额62亿元。\n\n"
            "（本报记者 韩 冰）\n")
    assert _headlines(page) == ["园区是项目的主战场"]


# -- batches: the projects already started of those counted, ``已经落地开工`` ----------------------

def _batches(page: str) -> set[tuple[object, object]]:
    return {(r.get("event"), r.get("count")) for r in _records(page, "batch")}


def test_projects_started_after_a_signing_with_yijing_are_a_batch() -> None:
    page = ("靖边县招商引资取得新进展\n\n"
            "本报讯 今年以来，靖边县签约项目18个，签约金额96亿元，已经落地开工7个。（记者 郝 林）\n")
    assert ("started", 7) in _batches(page)
    assert ("signed", 18) in _batches(page)


def test_a_count_of_firms_after_a_signing_is_no_batch() -> None:
    page = ("靖边县招商引资取得新进展\n\n"
            "本报讯 今年以来，靖边县签约项目18个，签约金额96亿元，走访企业7家。（记者 郝 林）\n")
    assert ("started", 7) not in _batches(page)


# -- cleaning: a pointer to a story's pictures on another page is furniture ----------------------

def test_a_pointer_to_pictures_on_another_page_is_a_jump_line() -> None:
    from newsmill.plugins.clean_furniture import jump_spans
    for text in ("米脂县小米加工厂今日投产。\n（相关报道见第3版）\n", "（更多图片见第8版）", "（详见第2版）"):
        assert jump_spans(text), text
    # a sentence that sees a page is no pointer
    assert jump_spans("读者在第3版见到了这篇报道。") == []
