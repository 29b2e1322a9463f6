"""Twenty-fifth held-out set (tests/data/heldout25): energy, farming, a project contest and foreign
investment in western Sichuan and Chongqing's mountain counties.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones: an economic daily's report in
markdown of a prefecture's clean-energy projects starting together (a wind farm at whose site the
ceremony is held, a photovoltaic plant in ``MW``, a hydropower station, pumped storage in
preparation, a ``千伏`` line; the batch's total capacity and a line's length, no statistics); a
county portal's farming and rural-tourism page under ``本网讯`` with a media centre as its source
(a base in ``亩``, cattle in ``头``, a capacity after ``年可``); a city daily's ``赛马比拼`` tour of
projects under a masthead (places visited, a ranking of projects, a share of the year's plan);
a city office's foreign-investment page in ``美元`` (a signing whose partner invests ``由其``,
a goal in dollars).  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Twenty-fifth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT25 = DATA / "heldout25"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4
    "money": {"precision": 1.0, "recall": 1.0},        # 23 of 23
    "projects": {"precision": 1.0, "recall": 1.0},     # 13 of 13 (first 13 of 13, three false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 2 of 2 (first one false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 14 of 14 (first 13 of 14, one false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 21/21, must-not 18/18
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "kicker"): 1.0,            # 2/2
    ("articles", "source"): 1.0,            # 4/4 (first 3/4)
    ("articles", "reporters"): 1.0,         # 3/3
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 23/23
    ("projects", "stage"): 1.0,             # 13/13 (first 12/13)
    ("projects", "status"): 1.0,            # 13/13 (first 12/13)
    ("projects", "investment_cny"): 1.0,    # 10/10
    ("projects", "location"): 1.0,          # 13/13 (first 11/13)
    ("projects", "location.detail"): 1.0,   # 6/6 (5/6 before set 27's scenic sites)
    ("projects", "investor"): 1.0,          # 7/7 (first 5/7)
    ("projects", "capacity"): 1.0,          # 10/10 (first 7/10)
    ("projects", "date"): 1.0,              # 7/7 (first 6/8)
    ("projects", "annual_output_cny"): 1.0,  # 2/2
    ("projects", "area"): 1.0,              # 3/3 (2/3 before the base and plantation acreage rules)
    ("batches", "count"): 1.0,              # 2/2
    ("batches", "event"): 1.0,              # 2/2
    ("batches", "region"): 1.0,             # 2/2 (first 0/2)
    ("batches", "total_cny"): 1.0,          # 2/2
    ("indicators", "metric"): 1.0,          # 14/14
    ("indicators", "unit"): 1.0,            # 14/14
    ("indicators", "period"): 1.0,          # 14/14
    ("indicators", "region"): 1.0,          # 14/14
    ("indicators", "growth_pct"): 1.0,      # 6/6
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT25, min_pages=4)


def test_heldout25_scores_reach_floors() -> None:
    check_floors(HELDOUT25, "twenty-fifth held-out set", FLOORS, FIELD_FLOORS)
