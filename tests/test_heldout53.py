"""Fifty-third held-out set (tests/data/heldout53): key projects started together, in Traditional script.

Three pages named ``NNN_<16 hex>.txt`` like the real ones (two undated, one dated by its masthead),
of Luzhou's places (Longmatan, Naxi, Luxian, Hejiang, Gulin): a city's and two counties' long
reports on a first quarter's key projects started together (``重点项目集中开工``): the total, each
venue's projects with their sums and what they make, a leader's goals, the first months' figures,
and on one page a shorter story of a signing; printed in Traditional script with pinyin reading
aids after many characters, PDF breaks inside words and inside the aids, ``?`` mojibake spots and
half-width punctuation.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-third held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT53 = DATA / "heldout53"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4 (first 3: a masthead joined to the title)
    "money": {"precision": 1.0, "recall": 1.0},        # 59 of 59
    "projects": {"precision": 1.0, "recall": 1.0},     # 21 of 21 (first 20, two false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 23 of 23 (first 22, three false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 20 of 20 (first one false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 51/51, must-not 54/54
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "kicker"): 1.0,            # 2/2
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "reporters"): 1.0,         # 4/4
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 59/59
    ("projects", "stage"): 1.0,             # 21/21 (first 16/20)
    ("projects", "status"): 1.0,            # 21/21 (first 19/20)
    ("projects", "date"): 1.0,              # 21/21 (first 15/20)
    ("projects", "investment_cny"): 1.0,    # 20/20
    ("projects", "location"): 1.0,          # 21/21
    ("projects", "location.detail"): 0.81,  # 9/11
    ("projects", "investor"): 0.81,         # 9/11
    ("projects", "capacity"): 0.9,          # 10/11
    ("batches", "count"): 1.0,              # 22/22
    ("batches", "event"): 1.0,              # 23/23 (first 20/22)
    ("batches", "region"): 1.0,             # 23/23 (first 20/22)
    ("batches", "total_cny"): 1.0,          # 19/19
    ("indicators", "metric"): 1.0,          # 20/20
    ("indicators", "unit"): 1.0,            # 20/20
    ("indicators", "period"): 1.0,          # 20/20 (first 17/20)
    ("indicators", "region"): 1.0,          # 20/20 (first 16/20)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT53, min_pages=3)


def test_heldout53_scores_reach_floors() -> None:
    check_floors(HELDOUT53, "fifty-third held-out set", FLOORS, FIELD_FLOORS)
