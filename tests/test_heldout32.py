"""Thirty-second held-out set (tests/data/heldout32): pages whose projects are tables turned into text.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan and Chongqing places
the earlier sets do not name (Dazhou's Xuanhan, Ya'an's Hanyuan; Chongqing's Shizhu and Youyang),
each listing its projects in a table of another form: a PDF table with every cell on its own line
(``序号`` ⏎ ``项目名称`` ⏎ ``建设单位`` ⏎ ``总投资(亿元)`` ⏎ ``建设内容``, amounts bare under the
header's unit, a ``合计`` row); a markdown pipe table on a county portal (``| 序号 | 项目名称 |
总投资（万元） | 建设地点 |`` with its rule row and a sub-total row); a table with cells apart by
runs of spaces or tabs and a place column; a numbered list of items giving each field by its label
(``1.项目名称：…；建设单位：…；建设地点：…；总投资：…；建设内容：…``).  Each lead gives the batch's
count and total and its event (started, signed, completed).  Each page has a hand-made gold file
in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirty-second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT32 = DATA / "heldout32"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4 (first one false hit)
    "money": {"precision": 1.0, "recall": 1.0},        # 9 of 9
    "projects": {"precision": 1.0, "recall": 1.0},    # 18 of 18 (first 8 of 18, five false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 5 of 5 (first one false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 2 of 2 (first 1 of 2)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 9/9
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "reporters"): 1.0,         # 2/2
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 9/9
    ("projects", "stage"): 1.0,             # 18/18 (first 1/8)
    ("projects", "status"): 1.0,            # 18/18 (first 4/8)
    ("projects", "investment_cny"): 1.0,    # 18/18 (first 4/8)
    ("projects", "location"): 1.0,          # 18/18
    ("projects", "location.detail"): 1.0,   # 12/12 (first 0/8)
    ("projects", "date"): 1.0,              # 14/14 (first 1/4)
    ("projects", "investor"): 1.0,          # 14/14 (first 5/8)
    ("projects", "capacity"): 0.87,         # 7/8 (first 0/4)
    ("projects", "area"): 1.0,              # 1/1 (first 0/1)
    ("batches", "count"): 1.0,              # 5/5
    ("batches", "event"): 1.0,              # 5/5
    ("batches", "region"): 1.0,             # 5/5
    ("batches", "total_cny"): 1.0,          # 5/5
    ("indicators", "metric"): 1.0,          # 2/2
    ("indicators", "unit"): 1.0,            # 2/2
    ("indicators", "period"): 1.0,          # 2/2
    ("indicators", "region"): 1.0,          # 2/2
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT32, min_pages=4)


def test_heldout32_scores_reach_floors() -> None:
    check_floors(HELDOUT32, "thirty-second held-out set", FLOORS, FIELD_FLOORS)
