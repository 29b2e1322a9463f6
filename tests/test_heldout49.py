"""Forty-ninth held-out set (tests/data/heldout49): long features with a photo story after them.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets name
least (Dazhou's Kaijiang and Quxian, Ya'an's Lushan, Meishan's Qingshen; Chongqing's Dianjiang and
Wushan): a county's feature on a chain or a park under a ``□ 本报记者 X`` byline (title, kicker line,
an opening run of results closed by ``……这是…的一组数据``, short sub-heads, projects with their sums,
starts and openings, officials' and managers' quotes, goals), then a photo story on the same page
closed by ``新华社记者 X 摄``.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Forty-ninth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT49 = DATA / "heldout49"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 6 of 6
    "money": {"precision": 1.0, "recall": 1.0},        # 19 of 19
    "projects": {"precision": 1.0, "recall": 1.0},     # 8 of 8 (first 7 of 8 found)
    "batches": {"precision": 1.0, "recall": 1.0},      # 5 of 5
    "indicators": {"precision": 1.0, "recall": 1.0},   # 15 of 15 (first 13 of 16, 14 found)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 16/16
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 6/6
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 6/6
    ("articles", "reporters"): 1.0,         # 6/6
    ("articles", "first_words"): 1.0,       # 6/6
    ("money", "qualifier"): 1.0,            # 19/19
    ("projects", "stage"): 1.0,             # 8/8
    ("projects", "status"): 1.0,            # 8/8
    ("projects", "date"): 1.0,              # 6/6 (--MM; first 0/6)
    ("projects", "location.detail"): 1.0,   # 5/5 (first 1/4)
    ("projects", "investor"): 1.0,          # 5/5
    ("projects", "investment_cny"): 1.0,    # 7/7
    ("batches", "total_cny"): 1.0,          # 4/4
    ("projects", "location"): 1.0,          # 8/8
    ("projects", "capacity"): 1.0,          # 6/6
    ("batches", "count"): 1.0,              # 5/5
    ("batches", "event"): 1.0,              # 5/5
    ("batches", "region"): 1.0,             # 5/5
    ("indicators", "metric"): 1.0,          # 15/15
    ("indicators", "unit"): 1.0,            # 13/13
    ("indicators", "period"): 1.0,          # 8/8
    ("indicators", "region"): 1.0,          # 13/13
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT49, min_pages=3)


def test_heldout49_scores_reach_floors() -> None:
    check_floors(HELDOUT49, "forty-ninth held-out set", FLOORS, FIELD_FLOORS)
