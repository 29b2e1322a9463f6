"""Fifty-fourth held-out set (tests/data/heldout54): a provincial daily's city news on energy and minerals.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, in markdown (``##`` kicker over a
``#`` title, or a ``##`` title alone), of places the earlier sets name least (Panzhihua's Miyi, Yanbian
and Renhe; Liangshan's Huili, Dechang, Yanyuan and Mianning; Ya'an's Shimian and Hanyuan): solar,
wind and hydropower plants connected or started, storage stations signed, lithium salt, vanadium
and silicon plants lit or making their first goods, a gas pipeline put into service, projects in
phases with their years, two firms' annual reports, and the regions' figures with shares and ranks.
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-fourth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT54 = DATA / "heldout54"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 20 of 20
    "money": {"precision": 1.0, "recall": 1.0},        # 61 of 61
    "projects": {"precision": 1.0, "recall": 0.96},    # 30 of 31 (26 before the phases in turn)
    "batches": {"precision": 1.0, "recall": 1.0},      # 8 of 8
    "indicators": {"precision": 1.0, "recall": 1.0},    # 47 of 47 (44, 42 before)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 20/20
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 20/20
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 20/20
    ("articles", "reporters"): 1.0,         # 19/19
    ("articles", "first_words"): 1.0,       # 20/20
    ("money", "qualifier"): 1.0,            # 61/61
    ("projects", "stage"): 0.933,           # 28/30
    ("projects", "status"): 0.96,           # 28/29
    ("projects", "investment_cny"): 1.0,    # 17/17
    ("projects", "location"): 0.96,         # 28/29 (town named after a city)
    ("projects", "capacity"): 0.86,         # 19/22
    ("projects", "investor"): 0.84,         # 21/25
    ("projects", "date"): 0.9,              # 20/22
    ("projects", "location.detail"): 0.88,  # 16/18
    ("batches", "count"): 1.0,              # 8/8
    ("batches", "event"): 1.0,              # 8/8
    ("batches", "total_cny"): 1.0,          # 7/7
    ("indicators", "metric"): 0.97,         # 43/44
    ("indicators", "unit"): 1.0,            # 42/42
    ("indicators", "period"): 0.93,         # 41/44
    ("indicators", "region"): 0.93,         # 41/44
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT54, min_pages=4)


def test_heldout54_scores_reach_floors() -> None:
    check_floors(HELDOUT54, "fifty-fourth held-out set", FLOORS, FIELD_FLOORS)
