"""Fifty-fifth held-out set (tests/data/heldout55): a district's investment promotion, told long.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, in the style of the real page 001
(a long feature with a ``□`` byline, an opening run of results, sub-heads and quotes, then a short
news story or a photo story), of Chongqing places the earlier sets name least (Bishan, Tongliang,
Dazu, Rongchang, Hechuan, Tongnan): teams posted in coastal cities, signings by quarter, rates of
start, production and funds in place, parks run with other provinces, firms investing again in a
second phase.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-fifth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT55 = DATA / "heldout55"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 8 of 8
    "money": {"precision": 1.0, "recall": 1.0},        # 43 of 43
    "projects": {"precision": 1.0, "recall": 1.0},     # 14 of 14 (one false hit before)
    "batches": {"precision": 1.0, "recall": 1.0},      # 25 of 25 (first 13)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 24 of 24 (first 22, 15 false; parks counted after)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 31/31, must-not 8/8
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 8/8
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 8/8
    ("articles", "reporters"): 1.0,         # 8/8
    ("articles", "first_words"): 1.0,       # 8/8
    ("money", "qualifier"): 1.0,            # 43/43
    ("projects", "stage"): 0.85,            # 12/14
    ("projects", "status"): 1.0,            # 14/14
    ("projects", "investment_cny"): 0.83,   # 10/12
    ("projects", "location"): 1.0,          # 14/14
    ("projects", "date"): 0.44,             # 4/9 (first 0/9)
    ("projects", "investor"): 0.84,         # 11/13 (first 8/13)
    ("projects", "location.detail"): 0.58,  # 7/12
    ("batches", "count"): 1.0,              # 24/24
    ("batches", "event"): 1.0,              # 24/24
    ("batches", "region"): 1.0,             # 25/25
    ("batches", "total_cny"): 1.0,          # 16/16
    ("indicators", "metric"): 0.95,         # 23/24
    ("indicators", "unit"): 1.0,            # 24/24
    ("indicators", "region"): 1.0,          # 24/24
    ("indicators", "period"): 0.66,         # 12/18
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT55, min_pages=3)


def test_heldout55_scores_reach_floors() -> None:
    check_floors(HELDOUT55, "fifty-fifth held-out set", FLOORS, FIELD_FLOORS)
