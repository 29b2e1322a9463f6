"""Hundred-and-thirtieth held-out set (tests/data/heldout130): how projects are financed, in Hunan and
Guangxi.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Qiyang with the Wuxi street and the towns of Huangnitang and Maozhu, Shuangpai with its industrial
area, Jiangyong with the town of Taochuan and Lanshan with the town of Tafeng and its economic
development zone, in Yongzhou; Luocheng with the town of Siba, Huanjiang with the town of Si'en,
Tian'e, Dahua with the town of Yantan, Donglan, Fengshan and Bama with the town of Jiazhuan, in
Hechi; Luxi with its high-tech zone and the towns of Wuxi, Xixi and Tanxi, Baojing, Yongshun with
the town of Furong and Huayuan, in Xiangxi): a city paper's finance page (a financing fair where
banks sign with projects, a bond quota spent on counted projects, a county fund and its first
stake, a park's loan product, briefs on a PPP project, a firm's bond and a list of rural projects
seeking loans); a city news site's pages (a fair's signings and a list of projects seeking finance,
a hydropower REITs and the pumped-storage plant it funds, a water supply built as a PPP project, a
fund's first stakes and the projects they lever, a park's plant floor built with bonds); and a
county paper's digital edition (a fair with a numbered list of the loans signed, a quarter's batch
of starts, loans outstanding and new, a photo news with its credit in brackets, a PPP project
signed, briefs of the prefecture).  Projects at every stage whose total differs from the loan,
bond or stake that funds them, and loans, deposits, bonds and funds as statistics.  Each has a
hand-made gold file in the schema of the shared gold set.  The floors sit at the measured level
(see docs/evaluation.md, "Hundred-and-thirtieth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT130 = DATA / "heldout130"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 16 of 16 (first 14 of 16)
    "money": {"precision": 1.0, "recall": 1.0},             # 121 of 121
    "projects": {"precision": 0.966, "recall": 0.878},      # 29 of 33, 1 false (first 27 of 33, 4 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 15 of 15 (first 14 of 15, 1 false)
    "indicators": {"precision": 0.787, "recall": 0.902},    # 37 of 41, 10 false (first 35 of 41, 17 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 42/42, must-not 43/43 (first 39/43)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 16/16
    ("articles", "headline"): 1.0,                  # 16/16
    ("articles", "kicker"): 1.0,                    # 6/6
    ("articles", "reporters"): 1.0,                 # 14/14
    ("articles", "source"): 1.0,                    # 13/13 (first 13/13, a false dateline)
    ("money", "qualifier"): 1.0,                    # 121/121
    ("projects", "annual_output_cny"): 1.0,         # 6/6
    ("projects", "area"): 0.857,                    # 6/7
    ("projects", "capacity"): 0.882,                # 15/17
    ("projects", "date"): 0.736,                    # 14/19 (first 10/19)
    ("projects", "investment_cny"): 1.0,            # 28/28
    ("projects", "investor"): 0.833,                # 10/12
    ("projects", "jobs"): 0.8,                      # 4/5
    ("projects", "location"): 1.0,                  # 29/29
    ("projects", "location.detail"): 0.761,         # 16/21
    ("projects", "location.province"): 1.0,         # 29/29
    ("projects", "stage"): 0.758,                   # 22/29 (first 16/27)
    ("projects", "status"): 0.931,                  # 27/29 (first 23/27)
    ("batches", "count"): 1.0,                      # 15/15
    ("batches", "event"): 1.0,                      # 8/8 (first 7/11)
    ("batches", "region"): 0.933,                   # 14/15
    ("batches", "total_cny"): 1.0,                  # 8/8 (first 7/10)
    ("indicators", "growth_pct"): 1.0,              # 17/17
    ("indicators", "metric"): 0.945,                # 35/37
    ("indicators", "period"): 0.837,                # 31/37
    ("indicators", "region"): 0.972,                # 36/37
    ("indicators", "unit"): 1.0,                    # 37/37
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT130, min_pages=3)


def test_heldout130_scores_reach_floors() -> None:
    check_floors(HELDOUT130, "hundred-and-thirtieth held-out set", FLOORS, FIELD_FLOORS)
