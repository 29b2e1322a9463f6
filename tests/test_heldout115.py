"""Hundred-and-fifteenth held-out set (tests/data/heldout115): agriculture, food processing and rural
revitalization in Heilongjiang and Jilin.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Kedong in Qiqihar with the towns of Qianfeng, Yugang, Baoquan and Puyulu and the townships of
Changsheng and Runjin; Wuchang, Shangzhi, Acheng and Hulan in Harbin; Hailin and Linkou in Mudanjiang;
Suileng in Suihua; Jiutai, Shuangyang and Lüyuan in Changchun; Yongji, Changyi and Longtan in Jilin
city; Yanji, Taobei and Hunjiang): a county media centre's page of five releases, each with a meta
line of source, author, time and reads and closed by an editor and a reviewer line, under a bar of
the centre's outlets apart by bars; a provincial paper's print page with a masthead of two lines, a
date and issue line, an edition line naming its page in words (``第5版　乡村振兴·产业　责任编辑：…``),
captions with their credits, briefs under titles opened by ``■`` and an advert between rules; and a
portal's channel page of releases from papers and media centres, each under a meta line of time,
source and author, closed by a data box under ``【数据】``.  Each has a hand-made gold file in the
schema of the shared gold set. The floors sit at the measured level (see docs/evaluation.md,
"Hundred-and-fifteenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT115 = DATA / "heldout115"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 0.96},         # 24 of 25 (first 24 of 25)
    "money": {"precision": 1.0, "recall": 1.0},             # 83 of 83
    "projects": {"precision": 0.925, "recall": 0.925},      # 25 of 27, 2 false (first 25 of 27, 5 false)
    "batches": {"precision": 1.0, "recall": 0.777},         # 7 of 9
    "indicators": {"precision": 0.912, "recall": 0.852},    # 52 of 61, 5 false (first 50 of 61, 12 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 51/51, must-not 59/59 (first 50/51, 53/59)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 24/24
    ("articles", "headline"): 1.0,                  # 24/24 (first 23/24)
    ("articles", "kicker"): 1.0,                    # 4/4 (first 3/4)
    ("articles", "reporters"): 1.0,                 # 21/21
    ("articles", "source"): 1.0,                    # 18/18
    ("money", "qualifier"): 1.0,                    # 83/83
    ("projects", "annual_output_cny"): 0.75,        # 6/8
    ("projects", "area"): 0.833,                    # 5/6
    ("projects", "capacity"): 0.809,                # 17/21 (first 16/21)
    ("projects", "date"): 1.0,                      # 22/22 (first 19/22)
    ("projects", "investment_cny"): 1.0,            # 23/23 (first 21/23)
    ("projects", "investor"): 0.857,                # 12/14 (first 11/14)
    ("projects", "jobs"): 1.0,                      # 5/5
    ("projects", "location"): 0.96,                 # 24/25
    ("projects", "location.city"): 1.0,             # 25/25
    ("projects", "location.county"): 0.96,          # 24/25
    ("projects", "location.detail"): 0.857,         # 18/21 (first 17/21)
    ("projects", "location.province"): 1.0,         # 25/25
    ("projects", "stage"): 0.96,                    # 24/25 (first 23/25)
    ("projects", "status"): 1.0,                    # 25/25
    ("batches", "count"): 1.0,                      # 7/7
    ("batches", "event"): 1.0,                      # 7/7
    ("batches", "region"): 0.857,                   # 6/7
    ("batches", "total_cny"): 0.833,                # 5/6
    ("indicators", "growth_pct"): 1.0,              # 16/16
    ("indicators", "metric"): 0.961,                # 50/52 (first 48/50)
    ("indicators", "period"): 0.865,                # 45/52 (first 37/50)
    ("indicators", "region"): 0.942,                # 49/52 (first 42/50)
    ("indicators", "unit"): 1.0,                    # 52/52
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT115, min_pages=3)


def test_heldout115_scores_reach_floors() -> None:
    check_floors(HELDOUT115, "hundred-and-fifteenth held-out set", FLOORS, FIELD_FLOORS)
