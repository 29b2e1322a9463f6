"""Sixty-ninth held-out set (tests/data/heldout69): local television and radio news scripts.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, as county media centres post their
scripts (Shaanxi's Chenggu and Fuping, Henan's Neixiang, Sichuan's Yuexi): a title, a meta line
``来源：某县融媒体中心 | 日期``, the script's parts marked ``【导语】``, ``【解说】``, ``【同期声】``
or ``（同期声）`` with the speaker's name and post, ``【记者出镜】``, ``【口播】``, spoken sentences
with numbers in Chinese numerals, closing credits (``记者：甲 乙  编辑：丙``); one page is a
bulletin of three items under a list of contents, one holds no records at all (a training and a
weather item).  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Sixty-ninth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT69 = DATA / "heldout69"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 7 of 7 (first with 3 false: script labels)
    "money": {"precision": 1.0, "recall": 1.0},        # 22 of 22 (first 21: 六个多亿)
    "projects": {"precision": 1.0, "recall": 1.0},     # 9 of 9 (first 8, with 6 false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 8 of 8
    "indicators": {"precision": 1.0, "recall": 1.0},   # 12 of 12 (first 8, with 5 false; then 11)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 43/43, must-not 27/27
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 7/7
    ("articles", "source"): 1.0,            # 7/7 (first 3/7)
    ("articles", "reporters"): 1.0,         # 7/7 (first 3/7)
    ("articles", "first_words"): 1.0,       # 7/7 (first 3/7)
    ("money", "qualifier"): 1.0,            # 22/22
    ("projects", "stage"): 1.0,             # 9/9
    ("projects", "status"): 1.0,            # 9/9
    ("projects", "investment_cny"): 1.0,    # 9/9 (first 5/8)
    ("projects", "location"): 1.0,          # 9/9 (first 6/8)
    ("projects", "investor"): 1.0,          # 8/8 (first 5/7)
    ("projects", "area"): 1.0,              # 2/2 (first 0/2)
    ("projects", "location.detail"): 0.88,  # 8/9
    ("projects", "date"): 0.87,             # 7/8
    ("projects", "capacity"): 1.0,          # 8/8 (first 2/7; 7/8 before the unit 棒)
    ("batches", "count"): 1.0,              # 8/8
    ("batches", "event"): 1.0,              # 8/8
    ("batches", "region"): 1.0,             # 8/8 (first 4/8)
    ("batches", "total_cny"): 1.0,          # 6/6
    ("indicators", "metric"): 1.0,          # 12/12
    ("indicators", "unit"): 1.0,            # 12/12
    ("indicators", "period"): 1.0,          # 12/12
    ("indicators", "region"): 1.0,          # 12/12
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT69, min_pages=4)


def test_heldout69_scores_reach_floors() -> None:
    check_floors(HELDOUT69, "sixty-ninth held-out set", FLOORS, FIELD_FLOORS)
