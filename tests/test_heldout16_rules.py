"""Rules the misses of the sixteenth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_markdown import markdown_edits
from tests.cleaning_support import body_text, clean
from tests.heldout_support import page_helpers

_doc, _projects, _indicators = page_helpers(dt.date(2024, 8, 20))


def test_markdown_links_images_and_emphasis_lose_their_marks() -> None:
    page = ("[主页](http://news.example.org/) > [产业](http://news.example.org/cy/) > 详情\n\n"
            "# 某某县新材料产业园首批企业入驻\n\n"
            "![园区一角](http://img.example.org/p/1.png)\n\n"
            "*图为园区标准化厂房。*\n\n"
            "8月19日，某某县新材料产业园首批**5家企业**集中入驻，详见[园区介绍](http://x.example.org/a)。\n\n"
            "__延伸阅读__\n\n"
            "- [某某县上半年工业投资增长9%](http://news.example.org/cy/88.html)\n")
    doc = clean(page)
    for gone in ("](http", "![", "**", "__", "*图为"):
        assert gone not in doc.clean, gone
    for kept in ("主页 > 产业 > 详情", "首批5家企业集中入驻，详见园区介绍。", "图为园区标准化厂房。",
                 "延伸阅读"):
        assert kept in doc.clean, kept
    body = body_text(doc)
    assert "园区一角" not in body
    assert "某某县上半年工业投资增长9%" not in body   # a link to another page is no body text


def test_text_that_only_looks_like_markdown_is_left_alone() -> None:
    for text in ("请填写：姓名______，电话______。", "* 号为必填项", "单价（元）*数量", "见附件[1]（略）"):
        edits, flags = markdown_edits(text)
        assert not edits and not flags, text
