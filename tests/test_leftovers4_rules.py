"""Rules for what the held-out sets 42 to 50 still missed, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

dated, records, _projects = rule_helpers(dt.date(2025, 10, 12))


def undated_projects(page: str) -> dict:
    """Project records by name of a page with no date and no year."""
    return {r.get("name"): r for r in records(page, "project", None)}


def test_a_month_without_a_year_is_written_as_a_truncated_month() -> None:
    page = ("园区项目建设提速\n\n总投资4亿元的年产20万吨饲料项目今年3月在某某镇开工。"
            "年产5000吨茶叶精制项目已于9月建成投产。\n")
    found = undated_projects(page)
    dates = {n: r.get("date") for n, r in found.items()}
    assert any(n and "饲料" in n and d == "--03" for n, d in dates.items()), dates
    assert any(n and "茶叶" in n and d == "--09" for n, d in dates.items()), dates


def test_a_day_without_a_year_keeps_its_day() -> None:
    page = "园区项目建设提速\n\n8月1日,总投资3亿元的年产10万吨饲料项目在某某镇开工。\n"
    dates = {n: r.get("date") for n, r in undated_projects(page).items()}
    assert any(n and "饲料" in n and d == "--08-01" for n, d in dates.items()), dates


def test_a_month_with_its_year_known_keeps_the_year() -> None:
    page = "园区项目建设提速\n\n总投资4亿元的年产20万吨饲料项目今年3月在某某镇开工。\n"
    dates = {n: r.get("date") for n, r in _projects(page).items()}
    assert any(n and "饲料" in n and d == "2025-03" for n, d in dates.items()), dates
