"""Sixty-first held-out set (tests/data/heldout61): a provincial daily's city news on foreign investment.

One page named ``NNN_<16 hex>.txt`` like the real ones, in the markdown style of a provincial
economic daily (``## headline``, ``报名某地讯（记者 X 通讯员 Y）``), undated, of a Jiangsu
county-level city no earlier set names (Jingjiang): a foreign-owned firm's added capital in US
dollars (``外商独资企业…（中国）有限公司``, ``追加投资…亿美元``, ``增资扩产``) and the city's
``实际使用外资`` of ten months.  It has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Sixty-first held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT61 = DATA / "heldout61"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 2 of 2
    "money": {"precision": 1.0, "recall": 1.0},        # 2 of 2
    "projects": {"precision": 1.0, "recall": 1.0},     # 1 of 1
    "batches": {"precision": 1.0, "recall": 1.0},      # none on the page
    "indicators": {"precision": 1.0, "recall": 1.0},   # 2 of 2
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 2/2
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 2/2
    ("articles", "source"): 1.0,            # 2/2
    ("articles", "reporters"): 1.0,         # 2/2
    ("articles", "first_words"): 1.0,       # 2/2
    ("money", "qualifier"): 1.0,            # 2/2
    ("projects", "stage"): 1.0,             # 1/1
    ("projects", "status"): 1.0,            # 1/1
    ("projects", "location"): 1.0,          # 1/1
    ("projects", "capacity"): 1.0,          # 1/1
    ("projects", "date"): 0.0,              # 0/1: a past year in the story taken as the page's year
    ("projects", "investor"): 0.0,          # 0/1: firm after `外商独资企业` not taken
    ("indicators", "metric"): 1.0,          # 2/2
    ("indicators", "unit"): 1.0,            # 2/2
    ("indicators", "region"): 1.0,          # 2/2
    ("indicators", "period"): 1.0,          # 2/2 (first 0/2: a firm's settling year read as the page's)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT61, min_pages=1)


def test_heldout61_scores_reach_floors() -> None:
    check_floors(HELDOUT61, "sixty-first held-out set", FLOORS, FIELD_FLOORS)
