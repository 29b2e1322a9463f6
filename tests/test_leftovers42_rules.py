"""Rules the leftovers of set 109 called for, each on phrasings of its own.

Set 109 is new energy on the northern border (bases, storage, hydrogen trucks, herders' land): a
rank told after a clause of its own, not of the statistic before it.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _stats(page: str) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("unit"), r.get("region"))
            for r in records(page, "indicator")]


def _ranks(page: str) -> list[tuple]:
    return [s for s in _stats(page) if s[2] in ("位", "名")]


# --- indicators: a rank after a clause of its own ----------------------------------------------------

def test_a_rank_after_a_clause_of_its_own_ranks_no_statistic() -> None:
    page = ("截至9月底，巴里坤哈萨克自治县风电装机达到460万千瓦，占全县电力总装机的71.5%，"
            "风电发电量已连续三年超过火电，位居全疆首位。\n")
    assert _ranks(page) == []
    assert any(s[1] == 460 for s in _stats(page))


def test_a_rank_with_its_own_clause_before_the_figure_ranks_no_statistic() -> None:
    page = ("今年前三季度，木垒县光伏装机容量为120万千瓦，同比增长18.2%，"
            "全县新能源发电量首次超过传统能源发电量，居全州第一位。\n")
    assert _ranks(page) == []


def test_a_rank_right_after_the_rate_still_ranks_it() -> None:
    page = "今年前三季度，奇台县固定资产投资同比增长14.6%，增速居全州首位。\n"
    assert len(_ranks(page)) == 1


def test_a_rank_after_a_comparison_with_no_figure_still_ranks_the_rate() -> None:
    page = "今年前三季度，奇台县规模以上工业增加值同比增长11.3%，高于全州平均水平，居全州第2位。\n"
    assert len(_ranks(page)) == 1
