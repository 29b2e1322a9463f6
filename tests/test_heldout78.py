"""Seventy-eighth held-out set (tests/data/heldout78): city news of the newest industries.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, in the style of a provincial
economic daily's city news in markdown (``##`` kicker and ``#`` headline lines, bylines, four
short stories from different cities a page), of Hubei, Shanxi and Hebei places the earlier sets
name least (Jingmen, Ezhou, Suizhou, Huanggang; Datong, Shuozhou, Xinzhou, Lüliang; Zhangjiakou,
Langfang): computing centres lit and racks in use, computing power in EFLOPS and P, the
low-altitude economy (eVTOL, drones, landing points, general airports), new energy storage in
MW/MWh and GWh, hydrogen in tons a year and standard cubic metres, humanoid robots, funds and
state platforms as investors.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (section "Seventy-eighth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT78 = DATA / "heldout78"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},       # 12 of 12
    "money": {"precision": 1.0, "recall": 1.0},          # 43 of 43
    "projects": {"precision": 1.0, "recall": 0.95},      # 20 of 21, 20 found (first 15 of 20; then 19)
    "batches": {"precision": 1.0, "recall": 1.0},        # 4 of 4, 4 found (3 of 4 before section 186)
    "indicators": {"precision": 0.975, "recall": 0.95},  # 41 of 43, 42 found (first 28 of 34)
    "cleaning": {"precision": 1.0, "recall": 1.0},       # must 28/28
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 12/12
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 12/12
    ("articles", "dateline"): 1.0,          # 11/11
    ("articles", "reporters"): 1.0,         # 12/12
    ("articles", "first_words"): 1.0,       # 12/12
    ("money", "qualifier"): 1.0,            # 43/43
    ("projects", "stage"): 0.95,            # 19/20
    ("projects", "status"): 0.95,           # 19/20
    ("projects", "investment_cny"): 0.94,   # 18/19
    ("projects", "location"): 0.8,          # 16/20
    ("projects", "capacity"): 0.70,         # 12/17
    ("projects", "investor"): 0.73,         # 11/15
    ("projects", "location.detail"): 0.54,  # 6/11
    ("batches", "count"): 1.0,              # 3/3
    ("batches", "event"): 1.0,              # 3/3
    ("batches", "region"): 1.0,             # 3/3
    ("batches", "total_cny"): 1.0,          # 2/2
    ("indicators", "metric"): 1.0,          # 40/40
    ("indicators", "unit"): 1.0,            # 40/40
    ("indicators", "period"): 0.97,         # 39/40
    ("indicators", "region"): 0.97,         # 39/40
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT78, min_pages=3)


def test_heldout78_scores_reach_floors() -> None:
    check_floors(HELDOUT78, "seventy-eighth held-out set", FLOORS, FIELD_FLOORS)
