"""Rules the misses of the forty-eighth held-out set called for, each on phrasings of its own.

The set is a provincial economic daily's city news: short stories, each under a ``##`` head with a
``某报某地讯(记者 甲 通讯员 乙)`` byline, about signings, starts, lines put into production, parks
and the month's figures.
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import find_names
from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2024, 6, 12))


def _names(sentence: str) -> list[str]:
    return [n.name for n in find_names(sentence, 0, len(sentence))]


# --- a park that hosts what is told is a place, not a project -------------------------------------

def test_a_park_holding_a_signing_of_projects_is_no_project() -> None:
    assert _names("6月3日,某某县电子信息产业园隆重举行项目集中签约仪式,签约项目5个。") == []


def test_a_park_holding_a_firm_and_its_line_is_no_project() -> None:
    names = _names("落户某某市绿色食品产业园内的某某公司年产10万吨饲料项目正式投产。")
    assert not any(n.endswith("产业园") for n in names), names
    assert any(n.endswith("饲料项目") for n in names), names


def test_a_park_starting_works_of_its_own_is_still_a_project() -> None:
    assert any(n.endswith("产业园") for n in _names("近日,某某县智能家居产业园举行开工仪式。"))
