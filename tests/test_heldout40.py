"""Fortieth held-out set (tests/data/heldout40): numbers and dates written every way such pages use.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan and Chongqing places the
earlier sets name least (Mianyang's Jiangyou and Santai; Chongqing's Fengdu and Wulong; Yibin's
Gongxian and Jiang'an): a city daily's page set in full width (``１２８．６亿元``, ``６．２％``,
ideographic spaces) with a second story in Chinese numerals (``二十三点五亿元``, ``三千万元``,
``二〇二五年``, ``百分之八点二``); an undated county portal's quarter of key projects (``1,200万元``,
``32586.4万元``, ``3月上旬``, ``2026.3.15``, ``今年3月``, ``年内``, ``明年6月``, ``1至3亿元``); a city
daily's quarter of a county's economy in approximations (``约``, ``逾``, ``近``, ``超``, ``以上``,
``左右``, ``余``) and a signing told by agreement; an undated media centre's signing (``26年``,
``3-5亿元``, ``突破百亿元``).  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fortieth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT40 = DATA / "heldout40"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 6 of 6
    "money": {"precision": 1.0, "recall": 1.0},        # 39 of 39
    "projects": {"precision": 1.0, "recall": 1.0},     # 14 of 14
    "batches": {"precision": 1.0, "recall": 1.0},      # 10 of 10 (first 9 of 10)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 15 of 15 (first two false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 38/38, must-not 7/7 (first 5/7)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,            # 6/6
    ("articles", "kicker"): 1.0,              # 1/1
    ("articles", "source"): 1.0,              # 6/6
    ("articles", "reporters"): 1.0,           # 5/5
    ("articles", "first_words"): 1.0,         # 6/6
    ("money", "qualifier"): 1.0,              # 39/39
    ("projects", "stage"): 1.0,               # 14/14 (first 10/14)
    ("projects", "status"): 1.0,              # 14/14 (first 13/14)
    ("projects", "date"): 1.0,                # 13/13 (first 10/13)
    ("projects", "investor"): 1.0,            # 9/9 (first 5/9)
    ("projects", "investment_cny"): 1.0,      # 11/11
    ("projects", "location"): 1.0,            # 14/14
    ("projects", "location.detail"): 1.0,     # 8/8 (first 7/8)
    ("projects", "capacity"): 1.0,            # 6/6 (first 5/6)
    ("projects", "annual_output_cny"): 1.0,   # 3/3
    ("projects", "jobs"): 1.0,                # 1/1
    ("batches", "count"): 1.0,                # 10/10
    ("batches", "event"): 1.0,                # 10/10
    ("batches", "region"): 1.0,               # 10/10
    ("batches", "total_cny"): 1.0,            # 9/9
    ("indicators", "metric"): 1.0,            # 15/15
    ("indicators", "unit"): 1.0,              # 15/15
    ("indicators", "period"): 1.0,            # 15/15
    ("indicators", "region"): 1.0,            # 15/15
    ("indicators", "growth_pct"): 1.0,        # 8/8
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT40, min_pages=4)


def test_heldout40_scores_reach_floors() -> None:
    check_floors(HELDOUT40, "fortieth held-out set", FLOORS, FIELD_FLOORS)
