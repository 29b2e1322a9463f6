"""Sixty-fourth held-out set (tests/data/heldout64): a county's two-sessions digest, in Traditional script.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones (one with a masthead line), of
counties the earlier sets had not named (Huanggang's Qichun and Xiangyang's Nanzhang in Hubei,
Qinzhou's Pubei in Guangxi, Liaoyuan's Dongfeng in Jilin): last year's results (GDP, fixed-asset
investment, tax revenue with their growth), this year's goals (``预期增长7%左右``, ``力争完成…亿元``),
the year's project plan (``计划实施重点项目N个,总投资X亿元,年度计划投资Y亿元``, by stage) and named
projects with their stage, printed in Traditional script with pinyin reading aids after many
characters, PDF breaks inside words and inside the aids, ``?`` mojibake spots and half-width
punctuation.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Sixty-fourth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT64 = DATA / "heldout64"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 5 of 5
    "money": {"precision": 1.0, "recall": 1.0},        # 59 of 59 (first with two false hits)
    "projects": {"precision": 1.0, "recall": 1.0},     # 28 of 28 (first 26 of 29, two false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 27 of 27 (first 26)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 62 of 62 (first 55 of 63, five false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 62/62 (first 60), must-not 64/64
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 5/5 (first 4/5)
    ("articles", "kicker"): 1.0,            # 4/4 (first 3/5)
    ("articles", "source"): 1.0,            # 5/5
    ("articles", "reporters"): 1.0,         # 5/5
    ("articles", "first_words"): 1.0,       # 5/5
    ("money", "qualifier"): 0.98,           # 58/59
    ("projects", "stage"): 1.0,             # 28/28 (first 23/26)
    ("projects", "status"): 0.96,           # 27/28 (first 22/26)
    ("projects", "investment_cny"): 1.0,    # 15/15
    ("projects", "location"): 1.0,          # 28/28
    ("projects", "date"): 1.0,              # 7/7 (first 3/9)
    ("projects", "capacity"): 0.9,          # 11/12
    ("projects", "investor"): 0.84,         # 11/13
    ("projects", "location.detail"): 0.69,  # 9/13
    ("batches", "count"): 1.0,              # 27/27
    ("batches", "event"): 1.0,              # 27/27
    ("batches", "region"): 1.0,             # 27/27
    ("batches", "total_cny"): 1.0,          # 11/11
    ("indicators", "metric"): 1.0,          # 62/62
    ("indicators", "unit"): 1.0,            # 62/62
    ("indicators", "growth_pct"): 1.0,      # 37/37
    ("indicators", "period"): 0.98,         # 61/62 (first 31/55)
    ("indicators", "region"): 1.0,          # 62/62
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT64, min_pages=4)


def test_heldout64_scores_reach_floors() -> None:
    check_floors(HELDOUT64, "sixty-fourth held-out set", FLOORS, FIELD_FLOORS)
