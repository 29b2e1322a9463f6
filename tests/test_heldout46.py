"""Forty-sixth held-out set (tests/data/heldout46): firm-centred stories.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan and Chongqing places the
earlier sets name least (Deyang's Mianzhu, Guang'an's Huaying, Chongqing's Wuxi and Xiushan): a
city daily's profile of one firm telling its plants phase by phase (the first put into production,
the second under way, the third signed); a listed company's announcement of a new investment
(code line, a summary in bullets, the board's approval, the subsidiary investing, funds raised for
its first phase); a city daily's story retelling it with the city's signings of the quarter; a
county portal's report of a firm from one county starting a plant in another, in two phases.
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Forty-sixth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT46 = DATA / "heldout46"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4 (first 0.8 precise)
    "money": {"precision": 1.0, "recall": 1.0},        # 29 of 29
    "projects": {"precision": 1.0, "recall": 1.0},     # 7 of 7 (first 3 of 7)
    "batches": {"precision": 1.0, "recall": 1.0},      # 1 of 1
    "indicators": {"precision": 1.0, "recall": 1.0},   # 3 of 3 (first five false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 40/40, must-not 4/4
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "reporters"): 1.0,         # 3/3
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 29/29
    ("projects", "stage"): 1.0,             # 7/7
    ("projects", "status"): 1.0,            # 7/7
    ("projects", "location"): 1.0,          # 7/7
    ("projects", "investment_cny"): 0.857,  # 6/7
    ("projects", "investor"): 0.714,        # 5/7
    ("projects", "date"): 0.66,             # 4/6 (3/6 before a signing's opening month)
    ("projects", "capacity"): 0.8,          # 4/5
    ("batches", "count"): 1.0,              # 1/1
    ("batches", "event"): 1.0,              # 1/1
    ("indicators", "metric"): 1.0,          # 3/3
    ("indicators", "unit"): 1.0,            # 3/3
    ("indicators", "period"): 1.0,          # 3/3
    ("indicators", "region"): 1.0,          # 3/3
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT46, min_pages=4)


def test_heldout46_scores_reach_floors() -> None:
    check_floors(HELDOUT46, "forty-sixth held-out set", FLOORS, FIELD_FLOORS)
