"""Forty-third held-out set (tests/data/heldout43): district and county news of Chongqing.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, dated by a masthead or a portal's meta
line, of Chongqing places the earlier sets name least (Beibei, Wuxi, Shapingba and the Xiyong
bonded zone, Dadukou, Jiangbei, Yuzhong, Xiushan): a municipal daily's district page of two stories
(a district's quarterly starts with the main venue's project and works placed by street or town; a
county's signing of tourism projects and last year's visitors and income, their rates given in
turn); a district media centre's portal page on a bonded zone's signing (projects settled in the
zone, in a logistics park and in the science city's high-tech zone; the zone's and the district's
trade); a municipal daily's story naming several districts (the city's and the central districts'
growth, a list of districts with their rates, a paragraph per district with its projects, the
Liangjiang new area's output and a project there); a county media centre's page on a quarter's
starts and completions (the main venue in the county's own park, works by town and village).
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Forty-third held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT43 = DATA / "heldout43"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 5 of 5
    "money": {"precision": 1.0, "recall": 1.0},        # 28 of 28
    "projects": {"precision": 1.0, "recall": 1.0},     # 15 of 15 (first 14 of 15)
    "batches": {"precision": 1.0, "recall": 1.0},      # 7 of 7 (first one false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 17 of 17 (first 14 of 17)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 25/25, must-not 6/6 (first 5/6)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 5/5
    ("articles", "kicker"): 1.0,            # 2/2
    ("articles", "source"): 1.0,            # 5/5
    ("articles", "reporters"): 1.0,         # 5/5
    ("articles", "first_words"): 1.0,       # 5/5
    ("money", "qualifier"): 1.0,            # 28/28
    ("projects", "stage"): 1.0,             # 15/15 (first 12/14)
    ("projects", "status"): 1.0,            # 15/15
    ("projects", "investment_cny"): 1.0,    # 15/15
    ("projects", "location"): 1.0,          # 15/15 (first 11/14)
    ("projects", "location.detail"): 0.93,  # 14/15 (first 10/14)
    ("projects", "date"): 1.0,              # 14/14 (first 9/13)
    ("projects", "investor"): 1.0,          # 5/5
    ("projects", "capacity"): 1.0,          # 6/6
    ("batches", "count"): 1.0,              # 7/7
    ("batches", "event"): 1.0,              # 7/7
    ("batches", "region"): 0.85,            # 6/7 (first 5/7)
    ("batches", "total_cny"): 1.0,          # 6/6
    ("indicators", "metric"): 1.0,          # 17/17 (first 13/14)
    ("indicators", "unit"): 1.0,            # 17/17
    ("indicators", "period"): 1.0,          # 17/17
    ("indicators", "growth_pct"): 1.0,      # 16/16 (first 11/13)
    ("indicators", "region"): 0.94,         # 16/17 (first 10/14)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT43, min_pages=4)


def test_heldout43_scores_reach_floors() -> None:
    check_floors(HELDOUT43, "forty-third held-out set", FLOORS, FIELD_FLOORS)
