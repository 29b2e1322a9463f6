"""Thirty-fourth held-out set (tests/data/heldout34): articles copied from new-media accounts.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, each the text a reader gets
copying an article of a WeChat account of a county media centre or a development zone (Yibin's
Xingwen, Chongqing's Nanchuan, Guang'an's Linshui): the account's name over a posting line
(``2025年03月12日 09:30 四川``), a follow prompt (``点击蓝字 关注我们``, once broken over two
lines), emoji before the title, as pointers and before a sub-head, ``▼``, picture labels
(``图片``), sub-heads numbered ``01``/``02`` or in corner brackets (``「新材料」``), a title
with an exclamation mark inside it, a signing, a completion and a start-up batch with their
projects and figures, then the footer: ``来源：``, ``记者：``/``文字：``, ``编辑：``/``责编：``/``审核：``,
``图片：``, a contribution address, ``点个“在看”``, a list of other posts, ``阅读原文`` and the
button row.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirty-fourth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT34 = DATA / "heldout34"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 3 of 3 (first 2 of 3, three false)
    "money": {"precision": 1.0, "recall": 1.0},        # 19 of 19
    "projects": {"precision": 1.0, "recall": 1.0},     # 9 of 9 (first 8 of 9)
    "batches": {"precision": 1.0, "recall": 1.0},      # 7 of 7 (first one false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 5 of 5
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 21/21, must-not 27/27 (first 11/28)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 3/3
    ("articles", "source"): 1.0,            # 3/3 (first 0/2)
    ("articles", "reporters"): 1.0,         # 3/3 (first 1/2)
    ("articles", "first_words"): 1.0,       # 3/3
    ("money", "qualifier"): 1.0,            # 19/19
    ("projects", "stage"): 1.0,             # 9/9 (first 7/8)
    ("projects", "status"): 1.0,            # 9/9 (first 7/8)
    ("projects", "investment_cny"): 1.0,    # 9/9
    ("projects", "location"): 1.0,          # 9/9
    ("projects", "date"): 1.0,              # 9/9 (first 6/8)
    ("projects", "location.detail"): 0.5,   # 4/8 (first 2/7)
    ("projects", "investor"): 1.0,          # 7/7 (a mountain heading a name is no brand, set 38)
    ("projects", "capacity"): 1.0,          # 5/5
    ("batches", "count"): 1.0,              # 7/7
    ("batches", "event"): 1.0,              # 7/7
    ("batches", "region"): 1.0,             # 7/7
    ("batches", "total_cny"): 1.0,          # 4/4
    ("indicators", "metric"): 1.0,          # 5/5
    ("indicators", "unit"): 1.0,            # 5/5
    ("indicators", "period"): 1.0,          # 5/5
    ("indicators", "region"): 1.0,          # 5/5
    ("indicators", "growth_pct"): 1.0,      # 4/4
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT34, min_pages=3)


def test_heldout34_scores_reach_floors() -> None:
    check_floors(HELDOUT34, "thirty-fourth held-out set", FLOORS, FIELD_FLOORS)
