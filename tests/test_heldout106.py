"""Hundred-and-sixth held-out set (tests/data/heldout106): year-end reviews and the year ahead.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Xingtai in Hebei with Ningjin and its economic development zone, Nanhe and its zone, Neiqiu and its
zone, Julu and its zone, Longyao, Nangong, Linxi, Baixiang and Lincheng; Lüliang in Shanxi with
Fenyang, its economic and technological development zone and the towns Sanquan, Jiajiazhuang and
Lijiazhuang and the Wenfeng subdistrict; Jinzhong in Shanxi with Jiexiu and its towns Yi'an, Zhanglan
and Lianfu, Pingyao and Hongshan, Lingshi with Liangdu and Jingsheng, Shouyang with Pingtou, and
Xiyang): a city paper's print page with a masthead, an edition line naming the year looked back on,
a county's year (its key projects counted by stage, a wire harness plant in production, a backsheet
line fitting out, the year's goals), a pet-food park's second phase completed, a mountain county's
starts and signings, a county's key-project list for the next year, an advert, a column of county
items and an imprint; a county-level city's web copy of its government work report with a share bar
(the year's indicators, the key projects counted by stage, works completed and planned, praise and
policy in figures, next year's targets, a numbered list of planned starts); and a PDF page of one
narrow column (a work report's excerpt with its review, goals and tasks, a county's year in tourism
and projects under a byline on a line of its own, a batch of starts whose sum is printed on the
title's second line, a running head between stories, a column of county items).  Each has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Hundred-and-sixth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT106 = DATA / "heldout106"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 10 of 10 (first 9 of 10)
    "money": {"precision": 1.0, "recall": 1.0},             # 93 of 93
    "projects": {"precision": 1.0, "recall": 0.977},        # 43 of 44 (first 42 of 44, 2 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 44 of 44 (first 36 of 44, 2 false)
    "indicators": {"precision": 0.952, "recall": 1.0},      # 81 of 81, 4 false (first 77 of 81, 6 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 33/33, must-not 37/37 (first 32, 34)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 10/10
    ("articles", "headline"): 1.0,                  # 10/10
    ("articles", "kicker"): 1.0,                    # 5/5 (first 4/5)
    ("articles", "reporters"): 0.875,               # 7/8
    ("articles", "source"): 1.0,                    # 7/7
    ("money", "qualifier"): 1.0,                    # 93/93
    ("projects", "annual_output_cny"): 0.833,       # 5/6
    ("projects", "area"): 1.0,                      # 3/3
    ("projects", "capacity"): 0.954,                # 21/22
    ("projects", "date"): 0.64,                     # 16/25
    ("projects", "investment_cny"): 0.969,          # 32/33
    ("projects", "investor"): 0.875,                # 7/8
    ("projects", "jobs"): 1.0,                      # 5/5
    ("projects", "location"): 1.0,                  # 43/43 (first 40/42)
    ("projects", "location.city"): 1.0,             # 42/42
    ("projects", "location.county"): 1.0,           # 42/42 (first 40/42)
    ("projects", "location.detail"): 0.88,          # 22/25 (first 20/24)
    ("projects", "location.province"): 1.0,         # 42/42
    ("projects", "stage"): 0.953,                   # 41/43 (first 39/42)
    ("projects", "status"): 0.953,                  # 41/43 (first 38/42)
    ("batches", "count"): 1.0,                      # 43/43
    ("batches", "event"): 0.954,                    # 42/44 (first 34/36)
    ("batches", "region"): 1.0,                     # 44/44 (first 32/36)
    ("batches", "total_cny"): 0.9,                  # 18/20
    ("indicators", "growth_pct"): 1.0,              # 46/46
    ("indicators", "metric"): 1.0,                  # 81/81
    ("indicators", "period"): 0.975,                # 79/81 (first 72/77)
    ("indicators", "region"): 1.0,                  # 81/81 (first 50/77)
    ("indicators", "unit"): 1.0,                    # 81/81
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT106, min_pages=3)


def test_heldout106_scores_reach_floors() -> None:
    check_floors(HELDOUT106, "hundred-and-sixth held-out set", FLOORS, FIELD_FLOORS)
