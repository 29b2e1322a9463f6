"""Fifteenth held-out set (tests/data/heldout15): a TV transcript, a report, a ranking, a town.

Five pages: a provincial TV news transcript (``【主持人】``, ``【记者 某某】``,
``【同期声】`` lines under a channel and air-time line); the abstract of a city's
work report (last year's figures, this year's targets, batches to sign and start);
a notice ranking counties by signed projects, signed amounts and funds received
(a table with its caption, units in the header); a newspaper story of one project
called off (``已正式终止``, land taken back) and one plant moved; a town's page on
a county site (amounts in 万元, land in 亩, households in 户).  Each has a
hand-made gold file in the schema of the shared gold set.  The floors sit at the
measured level (see docs/evaluation.md, "Fifteenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT15 = DATA / "heldout15"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 5 of 5 (baseline 5, one false)
    "money": {"precision": 1.0, "recall": 1.0},         # 22 of 22
    "projects": {"precision": 1.0, "recall": 1.0},     # 13 of 13 (baseline 12, one false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 15 of 15 (baseline 9)
    "indicators": {"precision": 1.0, "recall": 1.0},    # 23 of 23 (baseline 16, four false)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # must 7/7
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,        # 5/5
    ("articles", "reporters"): 1.0,         # 3/3 (baseline 1/3)
    ("money", "qualifier"): 1.0,             # 22/22
    ("projects", "status"): 1.0,             # 11/11 (baseline 11/12)
    ("projects", "stage"): 0.83,             # 10/12
    ("projects", "investment_cny"): 1.0,     # 7/7 (baseline 6/7)
    ("projects", "investor"): 1.0,           # 4/4 (baseline 3/4)
    ("projects", "location"): 1.0,           # 12/12 (11/12 before a section's county)
    ("projects", "jobs"): 1.0,               # 1/1 (0/1 before the people given work)
    ("batches", "count"): 1.0,               # 14/14
    ("batches", "total_cny"): 1.0,           # 10/10
    ("indicators", "metric"): 1.0,           # 23/23
    ("indicators", "unit"): 1.0,             # 23/23
    ("indicators", "region"): 1.0,           # 23/23
    ("indicators", "period"): 0.91,          # 21/23 (baseline 12/16)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT15, min_pages=5)


def test_heldout15_scores_reach_floors() -> None:
    check_floors(HELDOUT15, "fifteenth held-out set", FLOORS, FIELD_FLOORS)
