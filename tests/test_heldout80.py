"""Eightieth held-out set (tests/data/heldout80): posts of county and development-zone accounts.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, each a reader's copy of a post of a
county's or a development zone's account (Guangxi's Wuxuan, Hubei's Chongyang, Shandong's Linyi
development zone): the account's name and its date line (``… 发表于广西``), a follow prompt,
numbered parts (``01``, ``PART 1``) or ``【】`` sub-heads naming the event of their projects, emoji
and symbol bullets, image and QR-code placeholders, a month's recap of projects signed, started
and put into production, projects as ``项目名称｜总投资｜建设内容`` rows or as cards of labelled
lines, and the account's end matter (``来源：``, ``编辑｜``, ``审核｜``, ``监制｜``, ``阅读原文``,
the button row).  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Eightieth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT80 = DATA / "heldout80"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 3 of 3 (first 2 false hits)
    "money": {"precision": 1.0, "recall": 1.0},        # 51 of 51
    "projects": {"precision": 0.962, "recall": 0.962},  # 26 of 27, 1 false (first 21 of 27, 2 false)
    "batches": {"precision": 0.933, "recall": 1.0},    # 14 of 14, 1 false
    "indicators": {"precision": 1.0, "recall": 0.94},   # 18 of 19
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 31/31, must-not 34/34 (first 19/34)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 3/3
    ("articles", "source"): 1.0,            # 3/3 (first 1/3)
    ("articles", "first_words"): 1.0,       # 3/3
    ("money", "qualifier"): 1.0,            # 51/51
    ("projects", "stage"): 0.96,            # 24/25 (first 9/21)
    ("projects", "status"): 0.96,           # 24/25 (first 13/21)
    ("projects", "investment_cny"): 1.0,    # 24/24
    ("projects", "location"): 1.0,          # 25/25
    ("projects", "location.detail"): 0.88,  # 15/17
    ("projects", "date"): 0.92,             # 13/14 (first 2/10)
    ("projects", "investor"): 0.94,         # 16/17
    ("projects", "capacity"): 0.93,         # 15/16
    ("projects", "annual_output_cny"): 1.0,  # 7/7
    ("batches", "count"): 1.0,              # 14/14
    ("batches", "event"): 1.0,              # 14/14
    ("batches", "total_cny"): 1.0,          # 9/9
    ("batches", "region"): 1.0,             # 14/14
    ("indicators", "metric"): 1.0,          # 18/18
    ("indicators", "unit"): 1.0,            # 18/18
    ("indicators", "period"): 1.0,          # 18/18
    ("indicators", "region"): 1.0,          # 18/18
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT80, min_pages=3)


def test_heldout80_scores_reach_floors() -> None:
    check_floors(HELDOUT80, "eightieth held-out set", FLOORS, FIELD_FLOORS)
