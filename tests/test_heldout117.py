"""Hundred-and-seventeenth held-out set (tests/data/heldout117): culture, tourism, health care and services
in Sichuan.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Emeishan in Leshan with its towns and streets, Shengli, Suishan, Huangwan, Longchi, Gaoqiao, Fuxi,
Guihuaqiao, Jiuli, Shuangfu and Luomu; in Ganzi, Luding with the town of Moxi and the Hailuogou and
Yanzigou sites, Daocheng, Danba, Xiangcheng, Dege with the town of Gengqing, Luhuo, Litang, Daofu with
the town of Bamei, Yajiang, Xinlong, Baiyu, Derong and Batang; in Aba, Songpan with the town of
Chuanzhusi and the township of Minjiang, Jiuzhaigou with the towns of Zhangzha and Yongle, Hongyuan
with the town of Waqie, Aba county, Heishui, Xiaojin with the towns of Rilong and Dawei, Rangtang
with the town of Rangke, and Zoige with the town of Tangke): a county-level city's year-end review on
its news site (``回眸2026丨…``, long paragraphs telling several projects month by month under bold
cross-heads, a recommended-reading list); a prefecture paper's page out of a PDF (narrow columns with
words and numbers cut by the wrap and stray blanks, a running head, a title over two lines, captions,
a column of county items under ``县域快讯``, an advert, a subscription line and an imprint); and a
prefecture paper's page with a batch of starts at a main venue and its branch venues, a desk comment
under ``【编后】`` and briefs under ``◆简讯◆`` whose titles run on the line of their text. Each has a
hand-made gold file in the schema of the shared gold set. The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-seventeenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT117 = DATA / "heldout117"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 24 of 24 (first 20 of 24)
    "money": {"precision": 1.0, "recall": 1.0},             # 87 of 87
    "projects": {"precision": 1.0, "recall": 0.886},        # 39 of 44 (first 35 of 44, 1 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 13 of 13 (first 1 false)
    "indicators": {"precision": 1.0, "recall": 0.828},      # 58 of 70, 0 false (first 54 of 70, 11 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 52/52, must-not 47/47 (first 51/52, 41/47)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 24/24 (first 20/20)
    ("articles", "headline"): 1.0,                  # 24/24 (first 19/20)
    ("articles", "kicker"): 1.0,                    # 4/4 (first 3/4)
    ("articles", "reporters"): 1.0,                 # 22/22 (first 16/20)
    ("articles", "source"): 1.0,                    # 18/18
    ("money", "qualifier"): 1.0,                    # 87/87
    ("projects", "area"): 1.0,                      # 17/17 (first 13/15)
    ("projects", "capacity"): 0.75,                 # 15/20 (first 12/17)
    ("projects", "date"): 0.97,                     # 33/34 (first 29/30)
    ("projects", "investment_cny"): 0.945,          # 35/37 (first 30/34)
    ("projects", "investor"): 0.923,                # 12/13 (first 10/12)
    ("projects", "jobs"): 1.0,                      # 4/4
    ("projects", "location"): 0.974,                # 38/39 (first 34/35)
    ("projects", "location.detail"): 0.68,          # 17/25 (first 16/22)
    ("projects", "stage"): 0.948,                   # 37/39 (first 31/35)
    ("projects", "status"): 1.0,                    # 39/39
    ("batches", "count"): 1.0,                      # 12/12
    ("batches", "event"): 1.0,                      # 13/13
    ("batches", "region"): 1.0,                     # 13/13
    ("batches", "total_cny"): 1.0,                  # 11/11
    ("indicators", "growth_pct"): 1.0,              # 32/32
    ("indicators", "metric"): 0.965,                # 56/58 (first 51/54)
    ("indicators", "period"): 0.948,                # 55/58 (first 50/54)
    ("indicators", "region"): 1.0,                  # 58/58
    ("indicators", "unit"): 1.0,                    # 58/58
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT117, min_pages=3)


def test_heldout117_scores_reach_floors() -> None:
    check_floors(HELDOUT117, "hundred-and-seventeenth held-out set", FLOORS, FIELD_FLOORS)
