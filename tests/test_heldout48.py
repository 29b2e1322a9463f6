"""Forty-eighth held-out set (tests/data/heldout48): a provincial economic daily's city news pages.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, each in markdown with four short
stories under ``##`` heads and bylines ``四川经济日报某地讯(记者 甲 通讯员 乙)``, of Sichuan places the
earlier sets name least (Nanchong's Yingshan, Peng'an and Xichong; Aba's Wenchuan and Maoxian;
Garze's Kangding; Ziyang's Anyue; Leshan's Muchuan; Ya'an's Tianquan): a signing of a batch with
one project, a park's start, a line put into production, a power station connected to the grid and
the months' figures of a city or prefecture.  Each has a hand-made gold file in the schema of the
shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Forty-eighth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT48 = DATA / "heldout48"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 12 of 12
    "money": {"precision": 1.0, "recall": 1.0},        # 20 of 20
    "projects": {"precision": 1.0, "recall": 1.0},     # 8 of 8 (first 8 of 10 found)
    "batches": {"precision": 1.0, "recall": 1.0},      # 3 of 3
    "indicators": {"precision": 1.0, "recall": 1.0},   # 8 of 8 (first 8 of 9 found)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 13/13
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 12/12
    ("articles", "source"): 1.0,            # 12/12
    ("articles", "dateline"): 1.0,          # 12/12
    ("articles", "reporters"): 1.0,         # 12/12
    ("articles", "first_words"): 1.0,       # 12/12
    ("money", "qualifier"): 1.0,            # 20/20
    ("projects", "stage"): 1.0,             # 8/8
    ("projects", "status"): 1.0,            # 8/8 (first 7/8)
    ("projects", "investment_cny"): 1.0,    # 8/8
    ("projects", "location"): 1.0,          # 8/8
    ("projects", "investor"): 1.0,          # 6/6
    ("projects", "date"): 1.0,              # 3/3
    ("projects", "location.detail"): 1.0,   # 7/7 (first 5/7)
    ("projects", "capacity"): 1.0,          # 7/7 (first 6/7)
    ("projects", "annual_output_cny"): 1.0, # 4/4
    ("batches", "count"): 1.0,              # 3/3
    ("batches", "event"): 1.0,              # 3/3
    ("batches", "region"): 1.0,             # 3/3
    ("batches", "total_cny"): 1.0,          # 3/3
    ("indicators", "metric"): 1.0,          # 8/8
    ("indicators", "unit"): 1.0,            # 8/8
    ("indicators", "period"): 1.0,          # 8/8
    ("indicators", "region"): 1.0,          # 8/8
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT48, min_pages=3)


def test_heldout48_scores_reach_floors() -> None:
    check_floors(HELDOUT48, "forty-eighth held-out set", FLOORS, FIELD_FLOORS)
