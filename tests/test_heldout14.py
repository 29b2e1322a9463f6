"""Fourteenth held-out set (tests/data/heldout14): lenders, land sales, filings, letters, infographics.

Six pages: a bank's credit and loans to projects beside their investment; a land
sale (``摘牌``, ``竞得…工业用地``) whose buyers start their plants the same day; a
foreign company with a Latin name settling its China headquarters in a zone; a
listed company's filing (code line, ``关于…的公告``, ``●`` summary, numbered card
of the project); a reply to a deputy's suggestion (``某某代表：``, works items,
closing contact line); an infographic's text (labels with their figures on lines
of their own).  Each has a hand-made gold file in the schema of the shared gold
set.  The floors sit at the measured level (see docs/evaluation.md, "Fourteenth
held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT14 = DATA / "heldout14"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 6 of 6 (baseline 6 of 6, three false)
    "money": {"precision": 1.0, "recall": 1.0},         # 27 of 27
    "projects": {"precision": 1.0, "recall": 1.0},      # 10 of 10, none false (baseline 8, six false)
    "batches": {"precision": 1.0, "recall": 1.0},       # 7 of 7 (baseline 4 of 7)
    "indicators": {"precision": 1.0, "recall": 1.0},    # 10 of 10 (baseline 4 of 10, five false)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # must 11/11, must_not 6/6 (baseline 5/6)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,           # 6/6 (baseline 5/6)
    ("articles", "source"): 1.0,             # 6/6 (baseline 4/6)
    ("articles", "reporters"): 1.0,          # 2/2
    ("money", "qualifier"): 1.0,             # 27/27
    ("projects", "stage"): 1.0,              # 9/9 (baseline 6/8)
    ("projects", "status"): 1.0,             # 9/9 (baseline 7/8)
    ("projects", "investment_cny"): 1.0,     # 7/7 (baseline 5/6)
    ("projects", "location"): 1.0,           # 9/9 (baseline 6/8)
    ("projects", "date"): 1.0,               # 5/5 (baseline 3/4)
    ("projects", "investor"): 1.0,           # 4/4 (baseline 1/4)
    ("projects", "capacity"): 1.0,           # 6/6 (baseline 3/5)
    ("projects", "area"): 1.0,               # 3/3 (1/3 before the fifteenth set's rules)
    ("batches", "count"): 1.0,               # 7/7
    ("indicators", "metric"): 1.0,           # 9/9
    ("indicators", "unit"): 1.0,             # 9/9
    ("indicators", "region"): 1.0,           # 10/10 (9/10 before the thirty-seventh set's park subjects)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT14, min_pages=6)


def test_heldout14_scores_reach_floors() -> None:
    check_floors(HELDOUT14, "fourteenth held-out set", FLOORS, FIELD_FLOORS)
