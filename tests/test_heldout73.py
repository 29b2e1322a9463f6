"""Seventy-third held-out set (tests/data/heldout73): weekly investment-promotion bulletins.

Four pages named ``NNN_<16 hex>.txt`` like the real ones: the weekly bulletins a county commerce
bureau or a development zone posts (Qi county in Henan, Wei county in Hebei, the Qi county zone in
Shanxi, Pingnan in Guangxi), two as printed with a title, an issue number and the issuing office,
two as a government site shows them (site name, breadcrumb, time and source line, font-size and
print buttons).  Numbered parts (this week's work, projects signed, in talks, under way,
figures, next week's plan), items told in one or two lines or as labelled cards (投资主体,
总投资, 建设内容, 进展), weekly and cumulative counts, officials' trips to firms.  Each has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (docs/evaluation.md, "Seventy-third held-out set" and
"Seventy-third held-out set: the rules").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT73 = DATA / "heldout73"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4 (first 3 of 4)
    "money": {"precision": 1.0, "recall": 1.0},        # 60 of 60
    "projects": {"precision": 0.956, "recall": 1.0},   # 44 of 44, 2 false (first 42, 7 false; then 6)
    "batches": {"precision": 0.95, "recall": 1.0},     # 22 of 22, 1 false
    "indicators": {"precision": 1.0, "recall": 1.0},   # 8 of 8 (first 8 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 29/29, must-not 16/16 (first 15/16)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4 (first 1/3)
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 60/60
    ("projects", "stage"): 1.0,             # 44/44
    ("projects", "status"): 1.0,            # 44/44
    ("projects", "investment_cny"): 1.0,    # 35/35
    ("projects", "location"): 0.93,         # 41/44 (first 25/42)
    ("projects", "location.detail"): 0.46,  # 6/13
    ("projects", "date"): 0.75,             # 12/16
    ("projects", "investor"): 0.85,         # 29/34
    ("projects", "capacity"): 0.76,         # 16/21
    ("projects", "area"): 1.0,              # 3/3
    ("batches", "event"): 1.0,              # 22/22
    ("batches", "count"): 1.0,              # 22/22
    ("batches", "region"): 0.72,            # 16/22 (first 15/22)
    ("batches", "total_cny"): 1.0,          # 12/12
    ("indicators", "metric"): 1.0,          # 8/8
    ("indicators", "unit"): 1.0,            # 8/8
    ("indicators", "period"): 1.0,          # 8/8
    ("indicators", "region"): 0.75,         # 6/8 (first 4/8)
    ("cleaning", "must_contain"): 1.0,      # 29/29
    ("cleaning", "must_not_contain"): 1.0,  # 16/16 (first 15/16)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT73, min_pages=4)


def test_heldout73_scores_reach_floors() -> None:
    check_floors(HELDOUT73, "seventy-third held-out set", FLOORS, FIELD_FLOORS)
