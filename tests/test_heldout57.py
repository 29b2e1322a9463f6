"""Fifty-seventh held-out set (tests/data/heldout57): a quarter's concentrated start and signing.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, a provincial economic daily's
city news in markdown (``##`` kicker and ``#`` headline lines, bylines ``某某日报某地讯(记者 X)``),
of Yunnan and Guizhou places the earlier sets never named (Honghe's Mengzi, Mile, Kaiyuan and
Jianshui; Baoshan; Lijiang; Qujing's Luliang, Luoping, Huize and Fuyuan; Wenshan; Pu'er; Nujiang;
Dehong; Lincang's border zone; Diqing; Xishuangbanna; Bijie; Qianxinan; Tongren; Qiandongnan): a
province's quarterly start and signing at a main venue and sub-venues, each city's batch told in
its own words, its projects one by one, and investment fairs' results split by kind.  Each has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-seventh held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT57 = DATA / "heldout57"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 17 of 17
    "money": {"precision": 1.0, "recall": 1.0},        # 115 of 115
    "projects": {"precision": 1.0, "recall": 1.0},     # 48 of 48 (first 38, 5 false; then 45, 3 false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 49 of 49 (first 44, 2 false; then 46, 1 false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 19 of 19 (first 18, 2 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 24/24
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 17/17
    ("articles", "source"): 1.0,            # 17/17
    ("articles", "reporters"): 1.0,         # 17/17
    ("articles", "first_words"): 1.0,       # 17/17
    ("money", "qualifier"): 1.0,            # 115/115
    ("projects", "stage"): 0.93,            # 44/47 (first 21/38)
    ("projects", "status"): 0.93,           # 44/47 (first 28/38)
    ("projects", "investment_cny"): 0.93,   # 43/46
    ("projects", "location"): 0.95,         # 45/47
    ("projects", "date"): 0.909,            # 20/22
    ("projects", "investor"): 0.939,        # 31/33 (first 25/35)
    ("projects", "capacity"): 0.86,         # 31/36
    ("batches", "count"): 1.0,              # 49/49
    ("batches", "event"): 1.0,              # 49/49 (first 42/44)
    ("batches", "region"): 1.0,             # 49/49 (first 31/44)
    ("batches", "total_cny"): 1.0,          # 38/38
    ("indicators", "metric"): 1.0,          # 19/19
    ("indicators", "unit"): 1.0,            # 19/19
    ("indicators", "region"): 1.0,          # 19/19 (first 13/18)
    ("indicators", "period"): 0.94,         # 18/19
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT57, min_pages=4)


def test_heldout57_scores_reach_floors() -> None:
    check_floors(HELDOUT57, "fifty-seventh held-out set", FLOORS, FIELD_FLOORS)
