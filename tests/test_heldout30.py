"""Thirtieth held-out set (tests/data/heldout30): the lifecycle of projects, in Sichuan and Chongqing pages.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, dated by their mastheads, of places no
earlier set names (Chongqing's Dianjiang and Liangping; Deyang's Zhongjiang, Shifang, Guanghan and
Luojiang; Leshan's Jiajiang and Jingyan, Nanchong's Yilong, Ziyang's Lezhi), telling how far
projects have got in words the earlier sets use least: a key-project round (``■重点项目巡礼``) with one
paragraph per project (topped out, equipment being tuned, trial production, ``达产达效``, acceptance,
works done and the share of the year's plan, ``形象进度``), a start whose signing a sidebar (``■链接``)
tells a year before, a column of briefs each opened by ``▲`` and its title and credited at its end,
an inspection tour on a district's portal, and an economic daily's county items under ``■`` titles.
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirtieth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT30 = DATA / "heldout30"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 11 of 11 (first 3 of 11)
    "money": {"precision": 1.0, "recall": 1.0},        # 31 of 31
    "projects": {"precision": 1.0, "recall": 1.0},     # 21 of 21 (first 15 of 21, six false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 8 of 8 (first two false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 1 of 1 (first six false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 24/24, must-not 10/10 (first 22/24, 8/10)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 11/11
    ("articles", "kicker"): 1.0,            # 2/2
    ("articles", "source"): 1.0,            # 9/9
    ("articles", "reporters"): 1.0,         # 11/11
    ("articles", "first_words"): 1.0,       # 11/11
    ("money", "qualifier"): 1.0,            # 31/31
    ("projects", "stage"): 1.0,             # 21/21 (first 14/15)
    ("projects", "status"): 1.0,            # 21/21
    ("projects", "investment_cny"): 1.0,    # 12/12 (first 7/10)
    ("projects", "location"): 1.0,          # 21/21
    ("projects", "location.detail"): 1.0,   # 13/13 (first 7/9; 12/13 before the leftovers of sets 27-33)
    ("projects", "date"): 1.0,              # 10/10 (first 3/9)
    ("projects", "investor"): 1.0,          # 14/14 (first 8/10)
    ("projects", "capacity"): 1.0,          # 13/13 (first 10/10; beds, set 41)
    ("projects", "area"): 1.0,              # 8/8 (first 3/6)
    ("batches", "count"): 1.0,              # 7/7
    ("batches", "event"): 1.0,              # 8/8
    ("batches", "region"): 1.0,             # 8/8
    ("batches", "total_cny"): 1.0,          # 6/6
    ("indicators", "growth_pct"): 1.0,      # 1/1
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT30, min_pages=4)


def test_heldout30_scores_reach_floors() -> None:
    check_floors(HELDOUT30, "thirtieth held-out set", FLOORS, FIELD_FLOORS)
