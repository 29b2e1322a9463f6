"""Rules the misses of the sixty-seventh held-out set called for, each on phrasings of its own.

The set is the transcript of a city's, a county's and a district's press conferences on the first
three quarters' economy and on project investment, as their government sites publish them (a meta
line, turns headed by the host, the speaker's post and name, ``记者：`` and ``答：``).
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.bylines import parse_credit_line
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 10, 29))


def indicators(page: str) -> list:
    return records(page, "indicator")


def batches(page: str) -> list:
    return records(page, "batch")


# --- cleaning and bylines: a portal's meta line, tools and footer --------------------------------

def test_a_meta_line_with_views_share_and_font_buttons_is_furniture() -> None:
    for line in ("发布时间：2025-09-12 08:40　　来源：县融媒体中心　　浏览量：862",
                 "信息来源：市商务局　　发布日期：2025年9月12日　　【字号：大 中 小】　　分享到：",
                 "时间：2025-09-12 08:40　　来源：市统计局　　【大】【中】【小】　　【我要打印】",
                 "2025年9月12日 08:40　　来源：某某区融媒体中心　　作者：王 芳　　字号：大 中 小"):
        assert classify_text([line], 0) == ("furniture", "page meta"), line


def test_a_site_owner_named_before_the_word_is_furniture() -> None:
    assert classify_text(["吴忠市人民政府办公室主办　　地址：吴忠市利通区裕民街"], 0)[0] == "furniture"
    assert classify_text(["第三届枸杞博览会由中宁县人民政府主办"], 0) is None


def test_a_meta_line_opening_on_time_gives_the_source() -> None:
    credit = parse_credit_line("时间：2025-09-12 08:40　来源：县发展改革局　【大】【中】【小】　【我要打印】")
    assert credit is not None and credit.source is not None and credit.source.text == "县发展改革局"


def test_a_scene_label_with_its_credit_in_brackets_is_a_caption() -> None:
    assert classify_text(["项目签约仪式现场（马丽 摄）"], 0) == ("caption", "scene label")
    assert classify_text(["全县项目建设现场推进会召开（下转第二版）"], 0) != ("caption", "scene label")
