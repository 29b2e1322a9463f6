"""Seventy-fourth held-out set (tests/data/heldout74): a year's list of key projects as a table in text.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets name least
(Jiangxi's Xinyu with Yushui and Fenyi; Hunan's Yiyang with Heshan, Ziyang, Taojiang, Anhua,
Yuanjiang and Nan county; Anhui's Tongling with Tongguan, Yi'an, Jiaoqu and Zongyang; Gansu's
Longnan with Wudu, Cheng, Hui, Xihe, Tanchang, Liangdang, Wen, Kang and Li): a city paper's story
of the year's list with the list set with tabs, a commission's portal with a list set with bars,
a news site's markdown page with a pipe table, and a PDF page with a table set with blanks whose
rows wrap onto a second line.  Rows are grouped under category heads and carry a
construction-nature column (新开工 / 续建 / 竣工 / 预备).  Each page has a hand-made gold file in
the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Seventy-fourth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT74 = DATA / "heldout74"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 7 of 7 (first 6 of 7)
    "money": {"precision": 1.0, "recall": 1.0},        # 44 of 44
    "projects": {"precision": 1.0, "recall": 1.0},     # 44 of 44 (first 35, eleven false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 34 of 34 (first 30)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 6 of 6 (first three false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 16/16
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 7/7
    ("articles", "source"): 1.0,            # 6/6
    ("articles", "reporters"): 1.0,         # 5/5 (first 4/5)
    ("articles", "first_words"): 1.0,       # 7/7
    ("money", "qualifier"): 1.0,            # 44/44
    ("projects", "stage"): 0.97,            # 43/44 (first 30/35)
    ("projects", "status"): 0.97,           # 43/44 (first 23/35)
    ("projects", "investment_cny"): 1.0,    # 44/44 (first 6/35)
    ("projects", "location"): 1.0,          # 44/44 (first 18/35)
    ("projects", "location.detail"): 1.0,   # 10/10
    ("projects", "investor"): 0.97,         # 35/36 (first 4/28)
    ("projects", "capacity"): 1.0,          # 22/22 (first 8/19)
    ("projects", "area"): 1.0,              # 5/5
    ("batches", "count"): 1.0,              # 34/34
    ("batches", "event"): 1.0,              # 34/34 (first 23/30)
    ("batches", "region"): 1.0,             # 34/34
    ("batches", "total_cny"): 1.0,          # 21/21
    ("indicators", "metric"): 1.0,          # 6/6
    ("indicators", "unit"): 1.0,            # 6/6
    ("indicators", "period"): 1.0,          # 6/6
    ("indicators", "region"): 1.0,          # 6/6
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT74, min_pages=4)


def test_heldout74_scores_reach_floors() -> None:
    check_floors(HELDOUT74, "seventy-fourth held-out set", FLOORS, FIELD_FLOORS)
