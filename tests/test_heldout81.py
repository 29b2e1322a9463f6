"""Eighty-first held-out set (tests/data/heldout81): industrial upgrading news.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, of Zhejiang, Jiangsu and Hebei
places the earlier sets name least (Shaoxing's Zhuji, Shengzhou and Xinchang; Zhenjiang's Danyang
and Yangzhong; Hengshui's Anping, Zaoqiang, Wuqiang, Jizhou, Jing county and high-tech zone):
a city's list of key technical-renovation projects with sums and expected gains, a factory visit
with a line put to use, loans and subsidies for equipment renewal, a feature on a county-level
city's ``智改数转`` with an opening run of results, and a bureau's portal listing upgrade projects
as numbered paragraphs.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see the section on the eighty-first held-out set).
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT81 = DATA / "heldout81"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 8 of 8
    "money": {"precision": 1.0, "recall": 1.0},        # 56 of 56
    "projects": {"precision": 1.0, "recall": 1.0},     # 14 of 14 (first 8, three false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 11 of 11
    "indicators": {"precision": 1.0, "recall": 1.0},   # 30 of 30 (first 26, 16 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 29/29
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 8/8
    ("articles", "source"): 1.0,            # 8/8
    ("articles", "reporters"): 1.0,         # 7/7
    ("articles", "first_words"): 1.0,       # 8/8
    ("money", "qualifier"): 1.0,            # 56/56
    ("projects", "stage"): 1.0,             # 13/13 (first 5/8)
    ("projects", "status"): 1.0,            # 13/13
    ("projects", "investment_cny"): 1.0,    # 14/14
    ("projects", "location"): 1.0,          # 14/14 (first 6/8)
    ("projects", "location.detail"): 1.0,   # 7/7
    ("projects", "date"): 1.0,              # 8/8
    ("projects", "investor"): 1.0,          # 14/14
    ("projects", "capacity"): 1.0,          # 9/9
    ("projects", "annual_output_cny"): 1.0,  # 5/5
    ("batches", "count"): 1.0,              # 11/11
    ("batches", "event"): 1.0,              # 11/11 (first 8/11)
    ("batches", "region"): 1.0,             # 11/11
    ("batches", "total_cny"): 1.0,          # 3/3 (first 3/5)
    ("indicators", "unit"): 1.0,            # 30/30
    ("indicators", "period"): 0.96,         # 29/30 (first 22/26)
    ("indicators", "region"): 1.0,          # 30/30 (first 23/26)
    ("indicators", "metric"): 0.93,         # 28/30
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT81, min_pages=3)


def test_heldout81_scores_reach_floors() -> None:
    check_floors(HELDOUT81, "eighty-first held-out set", FLOORS, FIELD_FLOORS)
