"""Forty-first held-out set (tests/data/heldout41): capacity in units other than output value.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, dated by their mastheads or meta
lines, of Sichuan and Chongqing places the earlier sets name least (Mianyang's Santai, Chengdu's
Qionglai, Chongqing's Banan, Jiulongpo and Nan'an, Dazhou's Tongchuan and Wanyuan): a county
page on livestock projects (a pig farm by the heads it sends to market a year, a layer farm by
its designed stock, a duck abattoir by the birds it handles, a plantation by its mu), a city
portal's signing of food and drink projects (kilolitres of beer, tonnes a year, production
lines, a distillery's new base liquor), a district paper's logistics page (a cold store's
volume, parking places, charging posts, a port's container capacity beside its throughput) and
a city paper's social and energy page (beds, school places, seats, hotel rooms; a solar plant
in megawatts, a wind farm's installed capacity, a store in megawatt-hours).  Yields and sales
beside them are no capacity.  Each has a hand-made gold file in the schema of the shared gold.
The floors sit at the measured level (see docs/evaluation.md, "Forty-first held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT41 = DATA / "heldout41"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 7 of 7
    "money": {"precision": 1.0, "recall": 1.0},        # 27 of 27
    "projects": {"precision": 1.0, "recall": 1.0},     # 20 of 20 (first 17 of 20)
    "batches": {"precision": 1.0, "recall": 1.0},      # 3 of 3
    "indicators": {"precision": 1.0, "recall": 1.0},   # 10 of 10 (first 8 of 10, three false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 30/30, must-not 3/3 (first 29/30, 2/3)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 7/7
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 7/7
    ("articles", "reporters"): 1.0,         # 6/6
    ("money", "qualifier"): 1.0,            # 27/27
    ("projects", "stage"): 1.0,             # 20/20 (first 16/17)
    ("projects", "status"): 1.0,            # 20/20 (first 15/17)
    ("projects", "date"): 1.0,              # 18/18 (first 13/15)
    ("projects", "investment_cny"): 1.0,    # 19/19
    ("projects", "investor"): 1.0,          # 13/13 (first 12/13)
    ("projects", "location"): 1.0,          # 20/20
    ("projects", "location.detail"): 1.0,   # 11/11 (first 6/10)
    ("projects", "capacity"): 1.0,          # 19/19 (first 6/16)
    ("projects", "area"): 1.0,              # 2/2 (first 1/2)
    ("projects", "annual_output_cny"): 1.0,  # 1/1 (first 0/1)
    ("batches", "count"): 1.0,              # 3/3
    ("batches", "event"): 1.0,              # 3/3
    ("batches", "total_cny"): 1.0,          # 3/3
    ("indicators", "metric"): 1.0,          # 10/10
    ("indicators", "unit"): 1.0,            # 10/10
    ("indicators", "period"): 1.0,          # 10/10 (first 7/8)
    ("indicators", "region"): 1.0,          # 10/10
    ("indicators", "growth_pct"): 1.0,      # 7/7
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT41, min_pages=4)


def test_heldout41_scores_reach_floors() -> None:
    check_floors(HELDOUT41, "forty-first held-out set", FLOORS, FIELD_FLOORS)
