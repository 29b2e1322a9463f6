"""Rules the misses of the eighty-ninth held-out set called for, each on phrasings of its own.

The set is whole pages of Northeast China city party papers (Heilongjiang, Jilin, Liaoning) out of
a PDF: words broken across lines, stray blanks, the running head repeated inside a story, a photo
caption glued to a paragraph; farm-produce and equipment plants signed, started and put into
production, a winter resort's build-out, a county's first ten months.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.t2s import simplify, simplify_edits
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 11, 14))


def _page(body: str) -> str:
    return f"{body}\n"


# --- script: a place name the converter would change ---------------------------------------------

def test_a_county_s_name_keeps_its_character() -> None:
    assert simplify("乾安县5个项目签约") == "乾安县5个项目签约"
    assert simplify("陝西省乾縣開發區") == "陕西省乾县开发区"
    assert list(simplify_edits("项目落户乾安经济开发区")) == []


def test_the_same_character_elsewhere_is_still_simplified() -> None:
    assert simplify("晒乾的玉米") == "晒干的玉米"
    assert simplify("乾燥設備") == "干燥设备"
