"""Thirty-third held-out set (tests/data/heldout33): indicator-heavy Sichuan pages in the real pages' style.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets
name least (Dazhou's Quxian, Ya'an, Zigong's Yantan high-tech zone, Guangyuan's Cangxi and
Jiange): a news report of a county's government work report (last year's review with
``增长…%``, ``下降…%``, ``提高…个百分点``, two incomes ``分别达到…元和…元，分别增长…%和…%``;
this year's goals ``增长6.5%左右``, ``…以上``; projects done and to come); a city's first three
quarters with ranks (``居全省第4位``) and shares; a park's half-year in a feature with quotes;
two counties' figures in one paragraph (``甲县和乙县分别完成…亿元、…亿元``).  PDF wraps inside
numbers, blanks inside figures, half-width punctuation.  Each has a hand-made gold file in the
schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirty-third held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT33 = DATA / "heldout33"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4
    "money": {"precision": 1.0, "recall": 1.0},        # 37 of 37
    "projects": {"precision": 1.0, "recall": 1.0},     # 10 of 10 (first 8 of 10)
    "batches": {"precision": 1.0, "recall": 1.0},      # 11 of 11 (first 9 of 11)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 48 of 48 (first 42 of 48, two false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 30/30, must-not 6/6 (first 28/30, 4/6)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "reporters"): 1.0,         # 4/4
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 37/37
    ("projects", "stage"): 1.0,             # 9/9 (first 8/8; 8/9 before the leftovers of sets 27-33)
    ("projects", "status"): 1.0,            # 9/9 (first 6/8)
    ("projects", "investment_cny"): 1.0,    # 4/4
    ("projects", "location"): 1.0,          # 9/9
    ("projects", "date"): 1.0,              # 3/3 (first 3/3; 3/4 before the leftovers of sets 27-33)
    ("projects", "investor"): 1.0,          # 2/2
    ("projects", "capacity"): 1.0,          # 3/3
    ("batches", "count"): 1.0,              # 11/11
    ("batches", "event"): 1.0,              # 11/11
    ("batches", "region"): 1.0,             # 11/11
    ("batches", "total_cny"): 1.0,          # 9/9
    ("indicators", "metric"): 1.0,          # 48/48
    ("indicators", "unit"): 1.0,            # 48/48
    ("indicators", "period"): 1.0,          # 48/48 (first 38/42)
    ("indicators", "region"): 1.0,          # 48/48 (first 40/42)
    ("indicators", "growth_pct"): 1.0,      # 35/35 (first 30/32)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT33, min_pages=4)


def test_heldout33_scores_reach_floors() -> None:
    check_floors(HELDOUT33, "thirty-third held-out set", FLOORS, FIELD_FLOORS)
