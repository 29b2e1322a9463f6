"""Thirty-fifth held-out set (tests/data/heldout35): pages about a year's plan of key projects.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan places the earlier
sets name least (Luzhou; Zigong's districts and counties; Neijiang's Weiyuan): a city daily's
report that the year's list of city-level key projects is out (counts and sums by stage and by
field, the year's planned investment, the largest projects with their sums, goals); a
development-and-reform commission's portal notice of the first quarter's progress of the
provincial key projects in its city (investment done, share of the year's plan, a rate of starts,
ranks in the province, each district's and county's sum, three projects); a county news site's
report of its projects put on the provincial list, one numbered item per project under a head
per stage (``1.甲项目。业主单位：…；总投资52亿元；建设内容：…``).  Each has a hand-made gold file
in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirty-fifth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT35 = DATA / "heldout35"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 3 of 3 (first one false)
    "money": {"precision": 1.0, "recall": 1.0},        # 33 of 33
    "projects": {"precision": 1.0, "recall": 1.0},     # 13 of 13 (first 8 of 13)
    "batches": {"precision": 1.0, "recall": 1.0},      # 15 of 15 (first 14 of 15)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 11 of 11 (first four false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 28/28, must-not 5/5
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 3/3
    ("articles", "kicker"): 1.0,            # 1/1
    ("articles", "source"): 1.0,            # 3/3
    ("articles", "reporters"): 1.0,         # 2/2
    ("articles", "first_words"): 1.0,       # 3/3
    ("money", "qualifier"): 1.0,            # 33/33
    ("projects", "stage"): 1.0,             # 13/13 (first 7/8)
    ("projects", "status"): 1.0,            # 13/13 (first 5/8)
    ("projects", "investment_cny"): 1.0,    # 13/13 (first 7/8)
    ("projects", "location"): 1.0,          # 13/13
    ("projects", "location.detail"): 1.0,   # 4/4
    ("projects", "date"): 1.0,              # 3/3
    ("projects", "investor"): 1.0,          # 8/8 (first 2/3)
    ("projects", "capacity"): 1.0,          # 6/6 (beds, set 41)
    ("batches", "count"): 1.0,              # 15/15
    ("batches", "event"): 1.0,              # 15/15 (first 13/14)
    ("batches", "region"): 1.0,             # 15/15 (first 9/14)
    ("batches", "total_cny"): 1.0,          # 10/10
    ("indicators", "metric"): 1.0,          # 11/11 (first 10/11)
    ("indicators", "unit"): 1.0,            # 11/11
    ("indicators", "period"): 1.0,          # 11/11
    ("indicators", "region"): 1.0,          # 11/11 (first 8/11)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT35, min_pages=3)


def test_heldout35_scores_reach_floors() -> None:
    check_floors(HELDOUT35, "thirty-fifth held-out set", FLOORS, FIELD_FLOORS)
