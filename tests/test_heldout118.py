"""Hundred-and-eighteenth held-out set (tests/data/heldout118): lists and notices in Shanxi and Ningxia.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Jiaocheng with its economic development zone and the town of Xiajiaying, Liulin with the town of
Xuecun, Zhongyang, Fangshan with the town of Beiwudang, Lin county, Lan county and Shilou in Lüliang;
Lingwu in Yinchuan, Yanchi with the towns of Gaoshawo and Huianbao, Tongxin and Hongsibao in
Wuzhong, Huinong and Dawukou in Shizuishan, Yuanzhou, Pengyang and Longde in Guyuan; Lucheng with the
town of Dianshang, Zhangzi and Pingshun in Changzhi, Taigu and Zuoquan with the town of Liaoyang in
Jinzhong, Qingxu and Gujiao in Taiyuan, Pingding with the town of Niangziguan in Yangquan, Dai county,
Hequ and Baode in Xinzhou): a government portal's notice under its disclosure box (``索 引 号``,
``发文机关``, ``成文日期``…) publishing a list of projects started together, its table flattened one
row a line with cells apart by single spaces or tabs and two cells wrapped, full-width digits in its
body, and an explanatory piece after it; a print page in Ningxia (coal-chemical and new-materials
projects at every stage, a county's batch of starts, a county's three quarters with ``ＧＤＰ``, projects
approved and filed, briefs each opened by its title on the line of its text); a digital edition in
Shanxi (the projects an office approved or filed in a month, numbered under two labels with their
fields apart by ideographic spaces, a logistics port in operation, a city's ten months of industry and
energy, a park's coking chain at every stage, a batch of signings and briefs).  Each has a hand-made
gold file in the schema of the shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-eighteenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT118 = DATA / "heldout118"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 20 of 20 (first 20 of 20, 2 false)
    "money": {"precision": 1.0, "recall": 1.0},             # 66 of 66
    "projects": {"precision": 1.0, "recall": 0.979},        # 47 of 48 (first 34 of 48, 6 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 20 of 20 (first 16 of 20, 1 false)
    "indicators": {"precision": 0.977, "recall": 0.936},    # 44 of 47, 1 false (first 44 of 47, 7 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 52/52, must-not 40/40 (first 50/52, 33/40)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 20/20
    ("articles", "headline"): 1.0,                  # 20/20 (first 18/20)
    ("articles", "kicker"): 1.0,                    # 6/6 (first 5/7)
    ("articles", "reporters"): 1.0,                 # 18/18
    ("articles", "source"): 1.0,                    # 16/16 (first 15/16)
    ("money", "qualifier"): 1.0,                    # 66/66
    ("projects", "annual_output_cny"): 0.8,         # 4/5 (first 5/6)
    ("projects", "area"): 0.8,                      # 4/5
    ("projects", "capacity"): 0.939,                # 31/33 (first 24/27)
    ("projects", "date"): 0.941,                    # 32/34 (first 17/25)
    ("projects", "investment_cny"): 1.0,            # 40/40 (first 26/27)
    ("projects", "investor"): 1.0,                  # 32/32 (first 18/19)
    ("projects", "jobs"): 0.8,                      # 4/5 (first 5/5)
    ("projects", "location"): 1.0,                  # 47/47 (first 34/34)
    ("projects", "location.city"): 1.0,             # 47/47
    ("projects", "location.county"): 1.0,           # 47/47
    ("projects", "location.detail"): 0.764,         # 13/17 (first 9/13)
    ("projects", "location.province"): 1.0,         # 47/47
    ("projects", "stage"): 0.978,                   # 46/47 (first 31/34)
    ("projects", "status"): 0.978,                  # 46/47 (first 34/34)
    ("batches", "count"): 1.0,                      # 20/20
    ("batches", "event"): 1.0,                      # 20/20 (first 15/16)
    ("batches", "region"): 1.0,                     # 20/20
    ("batches", "total_cny"): 1.0,                  # 15/15 (first 14/15)
    ("indicators", "growth_pct"): 1.0,              # 36/36
    ("indicators", "metric"): 1.0,                  # 44/44
    ("indicators", "period"): 0.977,                # 43/44
    ("indicators", "region"): 0.909,                # 40/44
    ("indicators", "unit"): 1.0,                    # 44/44
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT118, min_pages=3)


def test_heldout118_scores_reach_floors() -> None:
    check_floors(HELDOUT118, "hundred-and-eighteenth held-out set", FLOORS, FIELD_FLOORS)
