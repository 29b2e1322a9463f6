"""Forty-second held-out set (tests/data/heldout42): whole pages of county papers.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, three dated by their mastheads and one
undated, of places the earlier sets name least (Chongqing's Chengkou, Pengshui and Xiushan;
Luzhou's Gulin and Xuyong; Mianyang's Beichuan and Pingwu): five to seven short stories a page,
a lead story with a kicker and a subtitle (one title printed over two lines), a story cut by a
jump line and continued further down the file on a later page under its jump head and
``（上接第1版）``, photo captions between and inside stories, a column of briefs whose titles are
lead-ins (``【…】``, ``**…**``, ``● …　``, ``…　``), and notices, adverts and weather lines mixed in.
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Forty-second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT42 = DATA / "heldout42"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 22 of 22 (first 10 of 22, six false)
    "money": {"precision": 1.0, "recall": 1.0},        # 31 of 31
    "projects": {"precision": 1.0, "recall": 1.0},     # 16 of 16 (first 12 of 16, then one false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 6 of 6 (first four false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 9 of 9 (first eleven false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 43/43, must-not 31/31
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 22/22
    ("articles", "kicker"): 1.0,            # 4/4
    ("articles", "source"): 1.0,            # 14/14
    ("articles", "reporters"): 1.0,         # 22/22
    ("articles", "first_words"): 1.0,       # 22/22
    ("money", "qualifier"): 1.0,            # 31/31
    ("projects", "stage"): 1.0,             # 16/16 (first 11/12)
    ("projects", "status"): 1.0,            # 16/16
    ("projects", "investment_cny"): 1.0,    # 15/15
    ("projects", "location"): 1.0,          # 16/16 (first 10/12)
    ("projects", "location.detail"): 0.93,  # 14/15 (first 9/12)
    ("projects", "date"): 1.0,              # 9/9 (first 4/7)
    ("projects", "area"): 1.0,              # 3/3
    ("projects", "investor"): 1.0,          # 5/5
    ("projects", "capacity"): 0.75,         # 6/8
    ("batches", "count"): 1.0,              # 6/6
    ("batches", "event"): 1.0,              # 6/6
    ("batches", "region"): 1.0,             # 6/6
    ("batches", "total_cny"): 1.0,          # 4/4
    ("indicators", "metric"): 1.0,          # 9/9
    ("indicators", "unit"): 1.0,            # 9/9
    ("indicators", "period"): 1.0,          # 9/9
    ("indicators", "region"): 1.0,          # 9/9
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT42, min_pages=4)


def test_heldout42_scores_reach_floors() -> None:
    check_floors(HELDOUT42, "forty-second held-out set", FLOORS, FIELD_FLOORS)
