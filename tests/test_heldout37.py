"""Thirty-seventh held-out set (tests/data/heldout37): projects signed far from where they are built.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan and Chongqing places the
earlier sets name least (Mianyang's Jiangyou, Youxian, Beichuan and Pingwu; Chengkou, Wanyuan and
Xuanhan across the border; Leshan's Ebian and Mabian, Chengdu's Chongzhou; Chongqing's Pengshui):
a city paper's report of its investment fair held in Shenzhen, projects of firms from Shenzhen
and Dongguan built in its counties and zones; a county portal's notice of Sichuan-Chongqing
cooperation projects signed in a neighbouring city, one bulleted item per project with the firm
and the county where it is built; a city paper's page with an enclave park one county builds in
a zone of another city, and a county's fair in Shanghai with a showroom built in Shanghai; a
county news site's list of the projects its fair in Chengdu signed, one line each with the
investor, the amount and the town it settles in.  Each has a hand-made gold file in the schema
of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirty-seventh held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT37 = DATA / "heldout37"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 5 of 5
    "money": {"precision": 1.0, "recall": 1.0},        # 31 of 31
    "projects": {"precision": 1.0, "recall": 1.0},     # 21 of 21 (first one false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 9 of 9
    "indicators": {"precision": 1.0, "recall": 1.0},   # 3 of 3 (first seven false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 20/20, must-not 4/4
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 5/5
    ("articles", "kicker"): 1.0,            # 2/2
    ("articles", "source"): 1.0,            # 5/5
    ("articles", "reporters"): 1.0,         # 4/4
    ("articles", "first_words"): 1.0,       # 5/5
    ("money", "qualifier"): 1.0,            # 31/31
    ("projects", "stage"): 1.0,             # 21/21 (first 16/21)
    ("projects", "status"): 1.0,            # 21/21 (first 20/21)
    ("projects", "investment_cny"): 1.0,    # 21/21 (first 15/21)
    ("projects", "investor"): 1.0,          # 20/20 (first 11/20)
    ("projects", "location"): 1.0,          # 21/21 (first 13/21)
    ("projects", "location.detail"): 1.0,   # 21/21 (first 7/21)
    ("projects", "date"): 1.0,              # 21/21 (first 12/21)
    ("projects", "capacity"): 1.0,          # 6/6
    ("projects", "area"): 1.0,              # 2/2
    ("batches", "count"): 1.0,              # 9/9
    ("batches", "event"): 1.0,              # 9/9
    ("batches", "region"): 1.0,             # 9/9 (first 7/9)
    ("batches", "total_cny"): 1.0,          # 7/7
    ("indicators", "metric"): 1.0,          # 3/3
    ("indicators", "unit"): 1.0,            # 3/3
    ("indicators", "period"): 1.0,          # 3/3
    ("indicators", "region"): 1.0,          # 3/3 (first 2/3)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT37, min_pages=4)


def test_heldout37_scores_reach_floors() -> None:
    check_floors(HELDOUT37, "thirty-seventh held-out set", FLOORS, FIELD_FLOORS)
