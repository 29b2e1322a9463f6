"""Forty-seventh held-out set (tests/data/heldout47): rural revitalization and county agriculture.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, dated by their mastheads or a portal's
meta line, of Sichuan and Chongqing places the earlier sets name least (Luzhou's Gulin,
Chongqing's Wuxi and Xiushan, Guangyuan's Qingchuan): a county page on high-standard farmland
finished in a village, a works-for-relief batch started (a road to a village, a pumping station
a village cooperative pays for) and a family farm's orchard and sorting centre; a county portal
on rural roads and water works (a tourist road opened to traffic, a water supply scheme's first
phase, a village's drinking-water works) and a village cooperative's homestay cluster; a city
paper's page on village collectives pooling funds (a tea factory, a family farm's plantation, a
cooperative's cattle farm) and their income; a paper's two stories on a signing of rural
projects (a firm partnering a village collective, a cooperative bringing in capital, a family
farm's drying shop) and a homestay cluster's second phase with the county's rural tourism.
Each has a hand-made gold file in the schema of the shared gold.  The floors sit at the
measured level (see docs/evaluation.md, "Forty-seventh held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT47 = DATA / "heldout47"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 5 of 5
    "money": {"precision": 1.0, "recall": 1.0},        # 25 of 25
    "projects": {"precision": 1.0, "recall": 1.0},     # 15 of 15 (first 14 of 15, two false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 2 of 2
    "indicators": {"precision": 1.0, "recall": 1.0},   # 13 of 13 (first 9 of 13, two false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 31/31, must-not 3/3
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 5/5
    ("articles", "source"): 1.0,            # 5/5
    ("articles", "reporters"): 1.0,         # 4/4
    ("money", "qualifier"): 1.0,            # 25/25
    ("projects", "stage"): 1.0,             # 15/15 (first 13/14)
    ("projects", "status"): 1.0,            # 15/15
    ("projects", "date"): 1.0,              # 10/10 (first 9/9)
    ("projects", "investment_cny"): 1.0,    # 15/15
    ("projects", "investor"): 1.0,          # 10/10 (first 5/10)
    ("projects", "location"): 1.0,          # 15/15
    ("projects", "location.detail"): 1.0,   # 13/13 (first 7/13)
    ("projects", "capacity"): 1.0,          # 9/9 (first 7/9)
    ("projects", "area"): 1.0,              # 4/4 (first 0/4)
    ("batches", "count"): 1.0,              # 2/2
    ("batches", "event"): 1.0,              # 2/2
    ("batches", "total_cny"): 1.0,          # 2/2
    ("indicators", "metric"): 1.0,          # 13/13
    ("indicators", "unit"): 1.0,            # 13/13
    ("indicators", "period"): 1.0,          # 13/13 (first 8/9)
    ("indicators", "region"): 1.0,          # 13/13
    ("indicators", "growth_pct"): 1.0,      # 6/6
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT47, min_pages=4)


def test_heldout47_scores_reach_floors() -> None:
    check_floors(HELDOUT47, "forty-seventh held-out set", FLOORS, FIELD_FLOORS)
