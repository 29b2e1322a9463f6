"""Seventy-first held-out set (tests/data/heldout71): economy pages of Xinjiang, Tibet and Qinghai papers.

Four pages named ``NNN_<16 hex>.txt`` like the real ones (two dated by their mastheads, two
undated), of places no earlier set names (Hotan's Qira, Bayingolin's Ruoqiang, Aksu's Shaya and
Kalpin, Tacheng's Emin and Yumin, Hami's Yiwu; Shigatse's Lhaze and Ngamring, Shannan's Dranang,
Nagqu's Seni and Baingoin, Qamdo's Baxoi and Zogang, Ngari's Gar; Haixi's Delingha, Golmud, Dulan,
Mangya and Ulan; the Corps cities Aral, Tumxuk, Beitun, Shuanghe and Kunyu): counterpart aid
(``某省援疆资金支持建设的…``, ``某市对口支援某地区…``), clean-energy bases in 万千瓦 and 万千瓦时, a
prefecture's ten months, batches started or signed at once, and a feature on a Corps city's aided
industry.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Seventy-first held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT71 = DATA / "heldout71"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 22 of 22
    "money": {"precision": 1.0, "recall": 1.0},        # 62 of 62
    "projects": {"precision": 1.0, "recall": 0.96},    # 27 of 28 (first 23, with 10 false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 18 of 18 (first 17, with 2 false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 53 of 53 (first 50, with 3 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 53/53, must-not 8/8
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 22/22
    ("articles", "source"): 1.0,            # 22/22
    ("articles", "dateline"): 1.0,          # 14/14
    ("articles", "first_words"): 1.0,       # 22/22
    ("articles", "reporters"): 0.95,        # 21/22
    ("money", "qualifier"): 1.0,            # 62/62
    ("projects", "stage"): 0.96,            # 26/27
    ("projects", "status"): 1.0,            # 27/27 (first 21/23)
    ("projects", "location"): 1.0,          # 27/27 (first 22/23)
    ("projects", "investment_cny"): 0.91,   # 22/24 (first 17/21)
    ("projects", "date"): 0.95,             # 20/21 (first 12/18)
    ("projects", "investor"): 0.86,         # 13/15 (first 11/20)
    ("projects", "capacity"): 0.86,         # 20/23
    ("projects", "jobs"): 1.0,              # 6/6 (first 2/6)
    ("projects", "location.detail"): 0.66,  # 14/21 (first 10/18)
    ("batches", "count"): 1.0,              # 18/18
    ("batches", "event"): 1.0,              # 18/18
    ("batches", "region"): 1.0,             # 18/18 (first 7/17)
    ("batches", "total_cny"): 1.0,          # 7/7
    ("indicators", "metric"): 0.98,         # 52/53
    ("indicators", "unit"): 1.0,            # 53/53
    ("indicators", "region"): 0.96,         # 51/53 (first 34/50)
    ("indicators", "period"): 0.94,         # 0.943 since set 81's rules (48/53 before; first 38/50)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT71, min_pages=4)


def test_heldout71_scores_reach_floors() -> None:
    check_floors(HELDOUT71, "seventy-first held-out set", FLOORS, FIELD_FLOORS)
