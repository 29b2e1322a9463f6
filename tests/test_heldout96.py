"""Ninety-sixth held-out set (tests/data/heldout96): statistics releases and economy pages in Liaoning.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Jinzhou with Linghai, Heishan, Beizhen, Yixian and Taihe District; Dandong with Fengcheng, Kuandian,
Donggang and its Zhenxing, Zhen'an and Yuanbao districts; Benxi with Huanren, Xihu and Nanfen): a city
government's release of the first three quarters with its menu, tools and footer (GDP by sector and
two-year averages, output by sector and type, investment by field, retail sales by kind, trade, budget,
deposits and loans, income, prices, the counties' rates and ranks, a reading of the third quarter
after a bracketed label); a city paper's economy page out of a PDF where projects signed and started
sit beside the figures (a figures story under a comparing gloss, a comment, a signing, two starts on
one day, a district's shares, briefs); and a city paper's page in Traditional characters with inline
pinyin (a figures line under the title, a county's figures with a plant put into production and a
start, a district's sales and another's tourism).  Each has a hand-made gold file in the schema of
the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Ninety-sixth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT96 = DATA / "heldout96"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 14 of 14
    "money": {"precision": 1.0, "recall": 1.0},         # 68 of 68
    "projects": {"precision": 1.0, "recall": 1.0},      # 10 of 10 (first 9)
    "batches": {"precision": 0.875, "recall": 1.0},     # 7 of 7, one false hit
    "indicators": {"precision": 0.993, "recall": 0.986},  # 144 of 146, one false hit (first 138)
    "cleaning": {"precision": 0.973, "recall": 1.0},    # must 37/37, must-not 49/50 (first 40/50)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 14/14 (first 13/14)
    ("articles", "kicker"): 1.0,            # 2/2 (first 1/2)
    ("articles", "source"): 1.0,            # 12/12 (first 12/13)
    ("articles", "reporters"): 1.0,         # 11/11
    ("articles", "first_words"): 1.0,       # 14/14 (first 13/14)
    ("money", "qualifier"): 1.0,            # 68/68
    ("projects", "stage"): 0.9,             # 9/10 (first 8/9)
    ("projects", "status"): 1.0,            # 10/10
    ("projects", "investment_cny"): 1.0,    # 9/9
    ("projects", "location"): 1.0,          # 10/10
    ("projects", "location.detail"): 1.0,   # 7/7 (first 6/7)
    ("projects", "date"): 0.875,            # 7/8 (first 6/8)
    ("projects", "investor"): 1.0,          # 4/4
    ("projects", "capacity"): 1.0,          # 5/5
    ("projects", "area"): 1.0,              # 2/2
    ("batches", "count"): 1.0,              # 7/7
    ("batches", "event"): 1.0,              # 7/7
    ("batches", "region"): 1.0,             # 7/7
    ("batches", "total_cny"): 1.0,          # 5/5
    ("indicators", "metric"): 1.0,          # 144/144 (first 137/138)
    ("indicators", "unit"): 1.0,            # 144/144
    ("indicators", "growth_pct"): 1.0,      # 118/118
    ("indicators", "period"): 1.0,          # 144/144 (first 130/138)
    ("indicators", "region"): 1.0,          # 144/144
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT96, min_pages=3)


def test_heldout96_scores_reach_floors() -> None:
    check_floors(HELDOUT96, "ninety-sixth held-out set", FLOORS, FIELD_FLOORS)
