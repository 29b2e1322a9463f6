"""Rules the project misses left in sets 76 and 73 called for, each on phrasings of its own
(other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text, contact_line, contents_box
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2026, 11, 20))


# --- cleaning: a contents box set as plain lines, a paper's footer, a pictures prompt ---------------

def test_a_contents_box_without_a_frame_is_furniture() -> None:
    texts = ["全年新开工项目达到42个。", "", "本期导读", "第2版 桐庐：富春江畔的民宿经济",
             "第5版 让“湖州造”走向世界", "", "责任编辑：李 华"]
    assert contents_box(texts) == [2, 3, 4]
    texts = ["【今日要目】", "A4 一座小城的冷链“突围”", "乡村振兴的新路子……详见第6版"]
    assert contents_box(texts) == [0, 1, 2]


def test_a_contents_label_without_page_lines_flags_nothing() -> None:
    assert contents_box(["今日导读", "", "记者日前从县发改局获悉，全县重点项目进展顺利。"]) == []
    assert contents_box(["内容提要", "本文梳理了某市近年来的产业布局。"]) == []


def test_a_papers_footer_set_tight_is_a_contact_line() -> None:
    line = "湖州日报社地址：湖州市仁皇山路1号 邮编：313000 广告经营许可证：湖工商广字012号"
    assert contact_line(line)
    assert classify_text([line], 0) == ("furniture", "contact line")
    assert contact_line("地址：某县人民路8号 邮编：000000 电话：0571-1234567")


def test_a_sentence_or_an_address_alone_is_no_contact_line() -> None:
    assert not contact_line("地址：某县 某路1号")  # one field, its blank inside the address
    assert not contact_line("项目地址：城东新区 总投资：3亿元 建设内容：厂房")  # not a contact field


def test_a_pictures_prompt_after_its_maker_is_furniture() -> None:
    assert classify_text(["衢州日报社融媒体中心出品 扫码看更多精彩视频"], 0)[0] == "furniture"
    assert classify_text(["扫码查看更多图片"], 0)[0] == "furniture"
    assert classify_text(["游客纷纷扫码看更多展品介绍。"], 0) is None
