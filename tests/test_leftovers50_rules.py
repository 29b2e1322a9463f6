"""Rules the leftovers of sets 119 and 120 called for, each on phrasings of their own (places of
Ganzhou's south: Ruijin and its towns)."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 28))


def _batches(page: str) -> list[tuple]:
    return [(r.get("count"), r.get("total_cny"), r.get("event")) for r in records(page, "batch")]


def _stats(page: str) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("unit"), r.get("region"))
            for r in records(page, "indicator")]


def _names(page: str) -> list[str]:
    return [str(r.get("name")) for r in projects(page)]


# --- batches: projects of a kind entered in the statistics ----------------------------------------------

def test_projects_of_a_kind_entered_in_the_statistics_are_no_batch() -> None:
    page = "瑞金市前三季度经济运行稳中向好。\n\n9月，瑞金市纳统产业项目27个，其中5亿元以上项目6个。\n"
    counts = [b[0] for b in _batches(page)]
    assert 27 not in counts and 6 not in counts


def test_projects_of_a_kind_entered_in_the_library_are_no_batch_in_other_order() -> None:
    page = "瑞金经开区项目建设提速。\n\n今年以来，全区累计新入库重点产业项目16个，计划总投资88亿元。\n"
    assert 16 not in [b[0] for b in _batches(page)]


def test_projects_of_a_kind_started_stay_a_batch() -> None:
    page = ("瑞金市重点项目集中开工。\n\n"
            "当天，瑞金市新开工工业项目12个，其中10亿元以上项目3个，总投资46亿元。\n")
    counts = [b[0] for b in _batches(page)]
    assert 12 in counts
