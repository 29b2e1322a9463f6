"""Seventy-seventh held-out set (tests/data/heldout77): city news on the newest industries.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, in the style of the real page 000
(``##`` kicker over ``#`` headline, ``##`` heads for the other stories, bylines
``某某经济日报某地讯(记者 X 通讯员 Y)`` with the roles in either order, a ``本报讯`` story of the
province's figures, an editor line at the foot, one PDF break inside a word a page), of Hebei, Hubei,
Shanxi and Guangxi places the earlier sets named least (Zhangjiakou's Huailai and Zhangbei, Langfang;
Ezhou, Suizhou's Guangshui, Jingmen's Duodao, Huanggang's Luotian; Shuozhou's Huairen, Yangquan's
Yuxian, Xinzhou's Yuanping and Dingxiang; Wuzhou, Hezhou's Zhongshan, Laibin's Heshan): computing and
data centres lit and put on line, the low-altitude economy (airfields, eVTOL and drone plants, flying
camps), new energy storage and hydrogen (power and energy pairs, GWh, 吉瓦时, 标方), a humanoid robot's
first unit, funds and state platforms as investors, and the figures such industries are counted by
(racks, EFLOPS, the digital economy's core value added).  Each has a hand-made gold file in the
schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Seventy-seventh held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT77 = DATA / "heldout77"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 16 of 16
    "money": {"precision": 1.0, "recall": 1.0},        # 30 of 30
    "projects": {"precision": 1.0, "recall": 0.875},   # 14 of 16 (first 10 of 16, 5 false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 4 of 4
    "indicators": {"precision": 1.0, "recall": 0.96},   # 31 of 32 (first 22 of 31, 4 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 25/25
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 16/16
    ("articles", "kicker"): 1.0,            # 4/4
    ("articles", "source"): 1.0,            # 16/16
    ("articles", "reporters"): 1.0,         # 16/16
    ("articles", "first_words"): 1.0,       # 16/16
    ("money", "qualifier"): 1.0,            # 30/30
    ("projects", "stage"): 0.857,           # 12/14
    ("projects", "status"): 1.0,            # 14/14
    ("projects", "investment_cny"): 1.0,    # 14/14
    ("projects", "location"): 0.928,        # 13/14
    ("projects", "investor"): 0.785,        # 11/14
    ("projects", "capacity"): 0.636,        # 7/11
    ("batches", "count"): 1.0,              # 4/4
    ("batches", "event"): 1.0,              # 4/4 (first 2/4)
    ("batches", "region"): 1.0,             # 4/4
    ("indicators", "metric"): 0.967,        # 30/31 (a goal of landing points named by its clause)
    ("indicators", "unit"): 1.0,            # 29/29
    ("indicators", "period"): 1.0,          # 29/29
    ("indicators", "region"): 0.967,        # 30/31 (first 18/22)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT77, min_pages=4)


def test_heldout77_scores_reach_floors() -> None:
    check_floors(HELDOUT77, "seventy-seventh held-out set", FLOORS, FIELD_FLOORS)
