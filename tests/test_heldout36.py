"""Thirty-sixth held-out set (tests/data/heldout36): press conferences and interviews on investment.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, dated by a meta line or a masthead, of
Sichuan and Chongqing places the earlier sets name least (Mianyang's Jiangyou and Santai;
Chongqing's Fengdu and Qianjiang): a county-level city's transcript of its half-year press
conference on investment promotion and key projects (``主持人（…）：``, ``发布人（…）：``,
``问（某报记者）：`` turns, a ``【数说上半年】`` box of key figures after the host's closing words);
a city daily's interview with a county head (``记者：`` / ``吴某某：`` turns, a ``数读某县`` box); a
county portal's ``问：`` / ``答：`` with an office's head; a district media centre's report of a
press conference told in the speakers' bare names, a ``■数说上半年`` box.  Projects, their stages
and figures are told inside the answers, with the half-year's indicators and the year's goals.
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirty-sixth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT36 = DATA / "heldout36"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4
    "money": {"precision": 1.0, "recall": 1.0},        # 38 of 38 (first 4 false: the boxes)
    "projects": {"precision": 1.0, "recall": 1.0},     # 16 of 16 (first 14 of 16, one false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 18 of 18
    "indicators": {"precision": 1.0, "recall": 1.0},   # 15 of 15 (first 14 of 15, two false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 22/22, must-not 7/7
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "kicker"): 1.0,            # 1/1
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "reporters"): 1.0,         # 2/2
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 38/38
    ("projects", "stage"): 1.0,             # 16/16 (first 11/14)
    ("projects", "status"): 1.0,            # 16/16 (first 12/14)
    ("projects", "investment_cny"): 1.0,    # 16/16
    ("projects", "location"): 1.0,          # 16/16
    ("projects", "location.detail"): 1.0,   # 6/6 (first 5/6)
    ("projects", "date"): 1.0,              # 9/9 (first 8/9)
    ("projects", "investor"): 1.0,          # 7/7
    ("projects", "capacity"): 1.0,          # 4/4
    ("projects", "annual_output_cny"): 1.0,  # 1/1
    ("projects", "jobs"): 1.0,              # 1/1
    ("batches", "count"): 1.0,              # 18/18
    ("batches", "event"): 1.0,              # 18/18
    ("batches", "region"): 1.0,             # 18/18 (first 13/18)
    ("batches", "total_cny"): 1.0,          # 11/11
    ("indicators", "metric"): 1.0,          # 15/15
    ("indicators", "unit"): 1.0,            # 15/15
    ("indicators", "period"): 1.0,          # 15/15 (first 13/14)
    ("indicators", "region"): 1.0,          # 15/15 (first 11/14)
    ("indicators", "growth_pct"): 1.0,      # 11/11
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT36, min_pages=4)


def test_heldout36_scores_reach_floors() -> None:
    check_floors(HELDOUT36, "thirty-sixth held-out set", FLOORS, FIELD_FLOORS)
