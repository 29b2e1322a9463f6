"""Hundred-and-fourteenth held-out set (tests/data/heldout114): broadcast and brief formats in Henan and
Shaanxi.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Huangchuan with its economic development zone, Gushi, Xi county and Luoshan with the town of Lingshan
in Xinyang; Gaoling and Huyi in Xi'an, the Yangling zone, Sanyuan with the towns of Xiyang and
Dacheng, Jingyang with the town of Anwu and the Jinghe new city, Xingping, Yongshou with the town of
Diantou, Binzhou, Liquan, Qian county and Wugong in Xianyang; Jia county, Wugang, Ye county, Shilong,
Lushan and Ruzhou in Pingdingshan; Lingbao, Mianchi and Shanzhou in Sanmenxia): a broadcaster's web
page of one evening's news transcript (a rundown of the items, items opened by ``本台消息`` or by
``【解说】``, ``【同期声】`` lines with the speaker's post, a shot note, an item credited at its end);
a print page with an agency dispatch reprinted (``新华社西安…电（记者 …）``), a weekly roundup of
projects one line each (``【一周项目速递】``, ``◎某县　某某项目开工　总投资…``) closed by a batch and
``（本报综合）``, and briefs each under a title opened by ``■``; and a digital edition with bracketed
page links, a byline on a line of its own and briefs under a letter-spaced label (``◆ 简 讯 ◆``).
Each has a hand-made gold file in the schema of the shared gold set. The floors sit at the measured
level (see docs/evaluation.md, "Hundred-and-fourteenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT114 = DATA / "heldout114"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 24 of 24 (first 22 of 24, 1 false)
    "money": {"precision": 1.0, "recall": 1.0},             # 63 of 63
    "projects": {"precision": 1.0, "recall": 0.966},        # 29 of 30 (first 22 of 30, 1 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 18 of 18
    "indicators": {"precision": 0.956, "recall": 0.916},    # 44 of 48, 2 false (first 44 of 48, 5 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 49/49, must-not 40/40 (first 31/40)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 24/24 (first 22/22)
    ("articles", "headline"): 0.958,                # 23/24 (first 22/22)
    ("articles", "kicker"): 1.0,                    # 6/6 (first 6/8)
    ("articles", "reporters"): 1.0,                 # 23/23 (first 21/22)
    ("articles", "source"): 1.0,                    # 15/15 (first 13/13)
    ("money", "qualifier"): 1.0,                    # 63/63
    ("projects", "annual_output_cny"): 0.857,       # 6/7
    ("projects", "area"): 1.0,                      # 5/5
    ("projects", "capacity"): 0.888,                # 16/18 (first 14/16)
    ("projects", "date"): 0.882,                    # 15/17
    ("projects", "investment_cny"): 0.962,          # 26/27 (first 19/20)
    ("projects", "investor"): 0.933,                # 14/15 (first 13/14)
    ("projects", "jobs"): 1.0,                      # 3/3
    ("projects", "location"): 1.0,                  # 29/29 (first 22/22)
    ("projects", "location.city"): 1.0,             # 29/29
    ("projects", "location.county"): 1.0,           # 29/29
    ("projects", "location.detail"): 0.562,         # 9/16 (first 8/14)
    ("projects", "location.province"): 1.0,         # 29/29
    ("projects", "stage"): 1.0,                     # 29/29 (first 22/22)
    ("projects", "status"): 1.0,                    # 29/29 (first 22/22)
    ("batches", "count"): 1.0,                      # 18/18
    ("batches", "event"): 1.0,                      # 18/18
    ("batches", "region"): 1.0,                     # 18/18
    ("batches", "total_cny"): 1.0,                  # 9/9
    ("indicators", "growth_pct"): 1.0,              # 29/29
    ("indicators", "metric"): 0.954,                # 42/44
    ("indicators", "period"): 0.954,                # 42/44
    ("indicators", "region"): 0.909,                # 40/44 (first 39/44)
    ("indicators", "unit"): 1.0,                    # 44/44
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT114, min_pages=3)


def test_heldout114_scores_reach_floors() -> None:
    check_floors(HELDOUT114, "hundred-and-fourteenth held-out set", FLOORS, FIELD_FLOORS)
