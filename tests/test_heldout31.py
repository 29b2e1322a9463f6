"""Thirty-first held-out set (tests/data/heldout31): pages full of figures that are mostly no projects.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, of a provincial economic daily
(``##``/``#`` heads, several stories a page, ``四川经济日报某地讯(记者 X 通讯员 Y)``), of Sichuan
places the earlier sets name least (Ya'an's Hanyuan and Shimian, Meishan's Danling and Qingshen,
Dazhou's Xuanhan, Kaijiang and Dazhu, Guang'an's Wusheng and Yuechi, Nanchong's Yingshan and
Peng'an, Leshan's Jiajiang, Jingyan and Muchuan, Mianyang's Zitong and Yanting): tourism and
consumption, harvests and acreage, deposits and loans, insurance payouts, a court's and a market
office's cases with fines, a firm's sales and exports, a price report, a job fair, a wage
guideline, a policy's goals and a fund, with one or two projects and batches a page.  Each has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirty-first held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT31 = DATA / "heldout31"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 23 of 23
    "money": {"precision": 1.0, "recall": 1.0},        # 63 of 63
    "projects": {"precision": 1.0, "recall": 1.0},     # 4 of 4
    "batches": {"precision": 1.0, "recall": 1.0},      # 2 of 2
    "indicators": {"precision": 1.0, "recall": 1.0},   # 32 of 32 (first 31 of 32, 37 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 16/16, must-not 2/2
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 23/23
    ("articles", "kicker"): 1.0,            # 2/2
    ("articles", "source"): 1.0,            # 23/23
    ("articles", "dateline"): 1.0,          # 23/23
    ("articles", "reporters"): 1.0,         # 23/23
    ("articles", "first_words"): 1.0,       # 23/23
    ("money", "qualifier"): 1.0,            # 63/63
    ("projects", "stage"): 1.0,             # 4/4
    ("projects", "status"): 1.0,            # 4/4
    ("projects", "investment_cny"): 1.0,    # 4/4
    ("projects", "location"): 1.0,          # 4/4
    ("projects", "location.detail"): 1.0,   # 4/4
    ("projects", "date"): 1.0,              # 4/4
    ("projects", "investor"): 1.0,          # 4/4
    ("projects", "capacity"): 1.0,          # 3/3
    ("batches", "count"): 1.0,              # 2/2
    ("batches", "event"): 1.0,              # 2/2
    ("batches", "region"): 1.0,             # 2/2
    ("batches", "total_cny"): 1.0,          # 2/2
    ("indicators", "metric"): 1.0,          # 32/32 (first 30/31)
    ("indicators", "unit"): 1.0,            # 32/32
    ("indicators", "period"): 1.0,          # 32/32 (first 25/31; 31/32 before the leftovers of sets 27-33)
    ("indicators", "region"): 1.0,          # 32/32
    ("indicators", "growth_pct"): 1.0,      # 11/11 (first 7/11)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT31, min_pages=4)


def test_heldout31_scores_reach_floors() -> None:
    check_floors(HELDOUT31, "thirty-first held-out set", FLOORS, FIELD_FLOORS)
