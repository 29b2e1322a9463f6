"""Ninety-second held-out set (tests/data/heldout92): county pages on on-site reviews of projects.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Shandong's Huantai under Zibo, Yishui and Tancheng under Linyi; Anhui's Fengtai under Huainan;
Henan's Wuzhi, Xiuwu and Wen County under Jiaozuo): a provincial daily's county page (a quarter's
review walking from stop to stop, a reporter's notes, related news, an advertisement and a mail line
at the foot, a word broken over a line, a stray blank); a county paper's page (a letter-spaced
masthead over its Latin name, a dated head with the lunar date, the issue and its pages, an imprint
naming who oversees the paper, a review's account, a progress table flattened one row a line, a
picture label over a caption and its credit, a column of briefs, a contact foot with the editor);
and a city portal's page (a head line of date, source and author with roles, a half-year's review,
a progress table one cell a line, related stories printed in full under ``相关阅读：``).  Each has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Ninety-second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT92 = DATA / "heldout92"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},       # 9 of 9 (first 8 of 9, one false hit)
    "money": {"precision": 1.0, "recall": 1.0},          # 75 of 75
    "projects": {"precision": 1.0, "recall": 1.0},       # 28 of 28, no false hit (first four)
    "batches": {"precision": 1.0, "recall": 1.0},        # 30 of 30 (first 28, five false hits)
    "indicators": {"precision": 0.961, "recall": 1.0},   # 25 of 25, one false hit (first four)
    "cleaning": {"precision": 1.0, "recall": 1.0},       # must 36/36, must-not 26/26 (first 14/26)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,           # 9/9
    ("articles", "kicker"): 1.0,             # 2/2
    ("articles", "source"): 0.875,           # 7/8 (first 5/7)
    ("articles", "reporters"): 1.0,          # 8/8 (first 5/7)
    ("articles", "first_words"): 1.0,        # 9/9
    ("money", "qualifier"): 1.0,             # 75/75
    ("projects", "stage"): 0.964,            # 27/28 (first 25/27)
    ("projects", "status"): 0.964,           # 27/28
    ("projects", "investment_cny"): 0.961,   # 25/26 (first 23/25)
    ("projects", "location"): 1.0,           # 28/28 (first 26/27)
    ("projects", "location.detail"): 0.73,   # 19/26
    ("projects", "date"): 0.909,             # 10/11 (first 9/11)
    ("projects", "investor"): 0.863,         # 19/22
    ("projects", "capacity"): 0.684,         # 13/19
    ("projects", "area"): 0.714,             # 5/7
    ("projects", "annual_output_cny"): 1.0,  # 6/6
    ("projects", "jobs"): 0.666,             # 2/3
    ("batches", "count"): 1.0,               # 25/25
    ("batches", "event"): 0.966,             # 29/30 (first 25/28)
    ("batches", "region"): 0.966,            # 29/30
    ("batches", "total_cny"): 1.0,           # 19/19
    ("indicators", "metric"): 1.0,           # 25/25
    ("indicators", "unit"): 1.0,             # 25/25
    ("indicators", "growth_pct"): 1.0,       # 20/20
    ("indicators", "period"): 1.0,           # 25/25
    ("indicators", "region"): 1.0,           # 25/25
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT92, min_pages=3)


def test_heldout92_scores_reach_floors() -> None:
    check_floors(HELDOUT92, "ninety-second held-out set", FLOORS, FIELD_FLOORS)
