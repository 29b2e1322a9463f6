"""Rules the project misses left in sets 68, 69 and older called for, each on phrasings of its own
(other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.units import find_quantities
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 9, 18))


def _read(page: str) -> dict[float, tuple[str, str]]:
    return {r.get("value"): (str(r.get("metric")), str(r.get("period"))) for r in indicators(page)}


# --- numbers: one Chinese digit a rise adds ---------------------------------------------------------

def test_one_chinese_digit_after_a_rise_is_a_count() -> None:
    assert [(q.value, q.unit) for q in find_quantities("较年初净增七家")] == [(7, "家")]
    assert [(q.value, q.unit) for q in find_quantities("园区今年新增三个")] == [(3, "个")]


def test_one_chinese_digit_elsewhere_stays_no_count() -> None:
    assert list(find_quantities("走访三家村")) == []
    assert list(find_quantities("新增一家")) == []
    assert list(find_quantities("九家企业")) == []


# --- statistics: a count added to the level told just before ----------------------------------------

def test_a_count_added_since_the_year_began_names_the_level_it_adds_to() -> None:
    found = _read("科技创新\n\n本报讯 截至6月底，全区高新技术企业达到215家，较年初新增七家。\n")
    assert found[215][0] == "高新技术企业"
    assert found[7] == ("新增高新技术企业", "2025-01/2025-06")


def test_a_fall_from_the_level_is_no_added_count() -> None:
    found = _read("科技创新\n\n本报讯 截至6月底，全区高新技术企业达到215家，较去年同期减少七家。\n")
    assert 7 not in found
