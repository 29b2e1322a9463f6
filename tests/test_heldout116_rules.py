"""Rules the misses of the hundred-and-sixteenth held-out set called for, each on phrasings of its own.

The set is foreign investment and the open economy: foreign firms named in Latin letters beside
their Chinese names, amounts in dollars, euros and yen, signings abroad and online, Sino-foreign
parks, bonded logistics and cross-border trade, on a city paper's page, a commerce bureau's web
release and a digital edition in markdown.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 5, 20))


def _indicators(page: str) -> list:
    return records(page, "indicator")


def _values(page: str) -> list[object]:
    return [r.get("value") for r in _indicators(page)]


# --- dates ---------------------------------------------------------------------------------------------

def test_an_amount_with_one_decimal_after_a_year_like_number_is_no_year_and_month() -> None:
    page = ("1—4月，全省进出口总额3120.4亿元，同比增长5.1%。其中，出口2034.5亿元，增长6.2%；"
            "进口1085.9亿元，增长3.3%。\n")
    periods = {r.get("value"): r.get("period") for r in _indicators(page)}
    assert periods[108590000000] == "2026-01/2026-04"
    assert all(not str(p).startswith("2034") for p in periods.values())


def test_a_dotted_year_and_month_stays_a_date() -> None:
    page = "2025.9，宁海县一座光伏电站开工，总投资3亿元。\n"
    d = doc(page)
    assert any(m.kind == "date" and "2025.9" in d.clean[m.start:m.end] for m in d.mentions)
