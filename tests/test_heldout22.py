"""Twenty-second held-out set (tests/data/heldout22): Sichuan and Chongqing pages in the real pages' style.

Six undated pages named ``NNN_<16 hex>.txt`` like the real ones, of places neither the
real pages nor the twentieth set name (Yibin, Leshan's Qianwei, Hechuan, Jiangjin,
Changshou, Bishan, Dazu, Deyang, Luzhou, Panzhihua): an economic daily's page in
markdown with a quarter's 招商引资 figures by stage (签约, 落地, 开工, 投产), size classes
and projects singled out after ``其中``, a caption and an editor line with stray spaces;
a district's start-up and mobilization meeting on a portal (a title over a figures line,
``主要包括:总投资N亿元的甲项目,…``, goals by stage, a route between two places);
a city daily's page of four county briefs credited at their ends; a statistics bureau's
monthly release (rankings ``居全省第3位``, a month's own figure ``5月当月``, balances at
month end, a stray space); a Traditional-script signing report with pinyin notes and
single-newline PDF breaks inside words; a start-up page with a tab-separated table whose
amounts are in 万元.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Twenty-second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT22 = DATA / "heldout22"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 10 of 10
    "money": {"precision": 1.0, "recall": 1.0},        # 57 of 57
    "projects": {"precision": 1.0, "recall": 1.0},     # 29 of 29 (first 23 of 29, two false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 29 of 29 (first 28, three false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 29 of 29 (first 23, two false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 49/49, must-not 35/35 (first 48/49, 31/35)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 10/10
    ("articles", "source"): 1.0,            # 9/9 (first 7/9)
    ("articles", "reporters"): 1.0,         # 9/9
    ("articles", "first_words"): 1.0,       # 10/10
    ("money", "qualifier"): 1.0,            # 57/57
    ("projects", "stage"): 1.0,             # 29/29
    ("projects", "status"): 1.0,            # 29/29
    ("projects", "investment_cny"): 1.0,    # 21/21
    ("projects", "location"): 1.0,          # 29/29 (first 22/23)
    ("projects", "investor"): 1.0,          # 14/14 (first 10/13)
    ("projects", "capacity"): 1.0,          # 15/15 (first 12/14)
    ("projects", "date"): 1.0,              # 18/18 (first 13/15)
    ("batches", "count"): 1.0,              # 28/28
    ("batches", "event"): 1.0,              # 29/29
    ("batches", "region"): 1.0,             # 29/29 (first 25/28)
    ("batches", "total_cny"): 1.0,          # 16/16
    ("indicators", "metric"): 1.0,          # 29/29
    ("indicators", "unit"): 1.0,            # 29/29
    ("indicators", "period"): 1.0,          # 29/29 (first 21/23)
    ("indicators", "region"): 1.0,          # 29/29
    ("indicators", "growth_pct"): 1.0,      # 19/19 (first 18/20)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT22, min_pages=6)


def test_heldout22_scores_reach_floors() -> None:
    check_floors(HELDOUT22, "twenty-second held-out set", FLOORS, FIELD_FLOORS)
