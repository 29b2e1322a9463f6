"""Forty-fifth held-out set (tests/data/heldout45): province-wide pages.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, dated by a masthead or a portal's meta
line, of Sichuan and Chongqing places the earlier sets name least (Panzhihua's Renhe; Liangshan's
Xichang, Huili, Mianning and Dechang; Ganzi and Aba; Chongqing's Yunyang, Wuxi, Chengkou,
Pengshui, Xiushan and Wansheng): a provincial daily's report of the province's start-of-works
day with the cities' counts and sums in one paragraph and the province's list of key projects; a
municipal commission's portal with the districts' counts and sums in a table set with tabs; a
provincial meeting on the key projects held in a city, with a ranking of cities; a prefecture's
daily on its own sub-venue, its counties counted in turn and its share of the provincial list.
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Forty-fifth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT45 = DATA / "heldout45"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4
    "money": {"precision": 1.0, "recall": 1.0},        # 34 of 34
    "projects": {"precision": 1.0, "recall": 1.0},     # 5 of 5
    "batches": {"precision": 1.0, "recall": 1.0},      # 24 of 24 (first 15 of 24)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 13 of 13 (first 12 of 13, three false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 21/21
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "reporters"): 1.0,         # 3/3
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 34/34 (first 33/34)
    ("projects", "stage"): 1.0,             # 5/5 (first 4/5)
    ("projects", "status"): 1.0,            # 5/5
    ("projects", "date"): 1.0,              # 5/5 (first 4/5)
    ("projects", "investment_cny"): 1.0,    # 5/5
    ("projects", "location"): 1.0,          # 5/5 (first 4/5)
    ("projects", "investor"): 1.0,          # 3/3
    ("projects", "capacity"): 1.0,          # 4/4
    ("batches", "count"): 1.0,              # 24/24
    ("batches", "event"): 1.0,              # 24/24
    ("batches", "region"): 1.0,             # 24/24 (first 13/15)
    ("batches", "total_cny"): 1.0,          # 19/19
    ("indicators", "metric"): 1.0,          # 13/13 (first 11/12)
    ("indicators", "unit"): 1.0,            # 13/13
    ("indicators", "period"): 1.0,          # 13/13
    ("indicators", "region"): 1.0,          # 13/13 (first 10/12)
    ("indicators", "growth_pct"): 1.0,      # 4/4
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT45, min_pages=4)


def test_heldout45_scores_reach_floors() -> None:
    check_floors(HELDOUT45, "forty-fifth held-out set", FLOORS, FIELD_FLOORS)
