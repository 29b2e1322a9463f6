"""Rules the misses of the hundred-and-thirteenth held-out set called for, each on phrasings of its own.

The set is development zones and parks reporting to their city in Guangdong and Hainan: a print page
with a masthead, captions and an editor line, a WeChat post in numbered parts with its credits and
related stories, and a web copy of a zone director's interview in question-and-answer layout.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 7, 25))


def _indicators(page: str) -> list[dict]:
    return [{k: f.value for k, f in r.fields.items()} for r in records(page, "indicator")]


def _zones(page: str) -> list[str]:
    d = doc(page)
    return [d.text[m.start:m.end] for m in d.mentions
            if m.kind == "place" and isinstance(m.value, dict) and m.value.get("level") == "zone"]


# --- places: zones ---------------------------------------------------------------------------------------

def test_a_citys_industrial_transfer_park_is_a_zone_and_its_figures_are_its_own() -> None:
    page = ("本报讯 记者从阳春产业转移工业园获悉，今年前5个月，园区实现规上工业总产值42.6亿元，"
            "同比增长11.3%。园区现有入驻企业88家。\n")
    assert "阳春产业转移工业园" in _zones(page)
    assert {r["region"] for r in _indicators(page)} == {"阳春产业转移工业园"}


def test_transfer_of_industry_with_no_park_word_is_no_zone() -> None:
    page = "本报讯 阳春市积极承接珠三角产业转移，今年前5个月，全市规上工业增加值同比增长7.2%。\n"
    assert _zones(page) == []
