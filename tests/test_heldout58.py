"""Fifty-eighth held-out set (tests/data/heldout58): a county's long feature on renewing its industrial park.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, in the style of the real page 001
(title, a kicker line, a ``□`` byline, an opening run of results closed by ``……这是…``, sub-heads,
quotes, a photo story at the end), of Jiangxi, Hunan and Anhui places the earlier sets name least
(Fuzhou's Chongren, Yueyang's Pingjiang, Lu'an's Huoqiu; photo stories from Wuyuan, Xinhua and
Jingxian): standard factory floor for rent, tax and output per mu, idle land cleared, firms bringing
firms, funds bringing projects, joint investors and approximate figures.  Each has a hand-made gold
file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-eighth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT58 = DATA / "heldout58"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 6 of 6 (first 4)
    "money": {"precision": 1.0, "recall": 1.0},         # 55 of 55
    "projects": {"precision": 1.0, "recall": 1.0},      # 12 of 12 (first 6 false hits, then 10 of 12)
    "batches": {"precision": 1.0, "recall": 1.0},       # 7 of 7 (first 2 false hits)
    "indicators": {"precision": 1.0, "recall": 1.0},    # 52 of 52 (first 42 of 52, 11 false, then 5 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # must 45/45, must-not 8/8
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 6/6
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "reporters"): 1.0,         # 6/6
    ("articles", "first_words"): 1.0,       # 6/6
    ("money", "qualifier"): 1.0,            # 55/55
    ("projects", "stage"): 0.916,           # 11/12 (first 6/10)
    ("projects", "status"): 0.916,          # 11/12
    ("projects", "investment_cny"): 1.0,    # 11/11 (first 8/10)
    ("projects", "location"): 1.0,          # 11/11
    ("projects", "capacity"): 0.9,          # 9/10
    ("projects", "investor"): 0.75,         # 9/12 (first 6/10)
    ("projects", "location.detail"): 0.727,  # 8/11
    ("batches", "count"): 1.0,              # 7/7
    ("batches", "event"): 1.0,              # 6/6
    ("batches", "total_cny"): 1.0,          # 4/4
    ("indicators", "metric"): 0.941,        # 48/51
    ("indicators", "unit"): 1.0,            # 51/51
    ("indicators", "period"): 0.86,         # 0.865 since set 81's rules (43/51 before)
    ("indicators", "region"): 0.843,        # 43/51 (first 37/51)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT58, min_pages=3)


def test_heldout58_scores_reach_floors() -> None:
    check_floors(HELDOUT58, "fifty-eighth held-out set", FLOORS, FIELD_FLOORS)
