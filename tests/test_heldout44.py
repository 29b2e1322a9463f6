"""Forty-fourth held-out set (tests/data/heldout44): year-end reviews and annual lists.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan and Chongqing places the
earlier sets name least (Liangshan's Mianning, Chengdu's Jintang, Chongqing's Wuxi and Xiushan):
a county portal's review of its year (``回眸2024·某县这一年``: the year's estimates against their
targets, one event a month, signings, the next year's goals); an undated page of a county's ten
key projects of the year, one a paragraph opened by a dash and the bare name, each with the
stage it reached; a city daily's new year's first-day starts (``新年第一天``) with the last year's
tally; a county daily's year-end stock-taking of a high-tech zone (``年终盘点``).  Each has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Forty-fourth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT44 = DATA / "heldout44"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4
    "money": {"precision": 1.0, "recall": 1.0},        # 34 of 34
    "projects": {"precision": 1.0, "recall": 1.0},     # 21 of 21 (first 12 of 21)
    "batches": {"precision": 1.0, "recall": 1.0},      # 11 of 11 (first 14 predicted)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 9 of 9, 9 predicted (first 14)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 26/26, must-not 3/3 (first 2/3)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "kicker"): 1.0,            # 1/1
    ("articles", "source"): 1.0,            # 3/3
    ("articles", "reporters"): 1.0,         # 2/2
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 34/34
    ("projects", "stage"): 1.0,             # 21/21 (first 11/12)
    ("projects", "status"): 1.0,            # 21/21 (first 8/12)
    ("projects", "investment_cny"): 1.0,    # 19/19
    ("projects", "location"): 1.0,          # 21/21
    ("projects", "location.detail"): 0.81,  # 9/11 (first 5/8; 8/11 before set 53)
    ("projects", "date"): 1.0,              # 18/18
    ("projects", "investor"): 1.0,          # 5/5 (first 3/5)
    ("projects", "capacity"): 1.0,          # 8/8
    ("batches", "count"): 1.0,              # 11/11 (10/11 before the list count)
    ("batches", "event"): 1.0,              # 11/11 (10/11 before the list count)
    ("batches", "region"): 1.0,             # 11/11
    ("batches", "total_cny"): 1.0,          # 7/7 (first 6/7)
    ("indicators", "metric"): 1.0,          # 9/9
    ("indicators", "unit"): 1.0,            # 9/9
    ("indicators", "period"): 1.0,          # 9/9 (first 4/7)
    ("indicators", "region"): 1.0,          # 9/9
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT44, min_pages=4)


def test_heldout44_scores_reach_floors() -> None:
    check_floors(HELDOUT44, "forty-fourth held-out set", FLOORS, FIELD_FLOORS)
