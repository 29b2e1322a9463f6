"""Fiftieth held-out set (tests/data/heldout50): a city's round-up of the year's plans, in Traditional script.

Three pages named ``NNN_<16 hex>.txt`` like the real ones (two undated, one dated by its masthead),
of Sichuan and Chongqing places the earlier sets name least (Ziyang's Yanjiang, Anyue, Lezhi and
high-tech zone; Bazhong's Enyang, Nanjiang, Pingchang and development zone; Chongqing's Youyang,
Pengshui and Shizhu): a title and an intro, then one labelled block per county, district or park
(``某某區(qū):`` on its own line, a two-part sub-head, the plan of the year), printed in Traditional
script with pinyin reading aids after many characters, PDF breaks inside words and inside the
aids, ``?`` mojibake spots and half-width punctuation.  Each has a hand-made gold file in the
schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fiftieth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT50 = DATA / "heldout50"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 14 of 14
    "money": {"precision": 1.0, "recall": 1.0},        # 44 of 44
    "projects": {"precision": 1.0, "recall": 1.0},     # 21 of 21 (first with one false hit)
    "batches": {"precision": 1.0, "recall": 1.0},      # 17 of 17
    "indicators": {"precision": 1.0, "recall": 1.0},   # 21 of 21 (first 20, one false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 44/44, must-not 47/47
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 14/14
    ("articles", "kicker"): 1.0,            # 11/11
    ("articles", "source"): 1.0,            # 14/14
    ("articles", "reporters"): 1.0,         # 14/14
    ("articles", "first_words"): 1.0,       # 14/14
    ("money", "qualifier"): 1.0,            # 44/44
    ("projects", "stage"): 1.0,             # 21/21
    ("projects", "status"): 1.0,            # 21/21 (first 16/21)
    ("projects", "investment_cny"): 1.0,    # 18/18
    ("projects", "location"): 1.0,          # 21/21
    ("projects", "capacity"): 1.0,          # 11/11
    ("projects", "investor"): 1.0,          # 16/16 (first 16/17)
    ("projects", "location.detail"): 1.0,   # 4/4
    ("batches", "count"): 1.0,              # 17/17
    ("batches", "event"): 1.0,              # 17/17
    ("batches", "region"): 1.0,             # 17/17
    ("batches", "total_cny"): 1.0,          # 12/12
    ("indicators", "metric"): 1.0,          # 21/21 (first 19/20)
    ("indicators", "unit"): 1.0,            # 20/20
    ("indicators", "period"): 1.0,          # 20/20
    ("indicators", "region"): 1.0,          # 20/20
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT50, min_pages=3)


def test_heldout50_scores_reach_floors() -> None:
    check_floors(HELDOUT50, "fiftieth held-out set", FLOORS, FIELD_FLOORS)
