"""Sixty-second held-out set (tests/data/heldout62): Chongqing pages of a district paper and a
municipal economic daily.

Two pages named ``NNN_<16 hex>.txt`` like the real ones: a district daily's page in plain text
(a running head with the editors' names, two-line titles, ``本报讯`` stories speaking of ``我区``,
a caption, a contact footer, blanks inside an amount and names) with a quarter's statistics, a
concentrated start and a park's signing; and a municipal economic daily's page in markdown
(half-width commas, a word broken over lines, a stray blank) with a quarter's investment
promotion by district, industrial statistics and a pumped-storage plant going into production.
Each has a hand-made gold file in the schema of the shared gold set.  The floors sit at the
measured level (see docs/evaluation.md, "Sixty-second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT62 = DATA / "heldout62"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 6 of 6
    "money": {"precision": 1.0, "recall": 1.0},        # 29 of 29
    "projects": {"precision": 1.0, "recall": 1.0},     # 10 of 10
    "batches": {"precision": 1.0, "recall": 1.0},      # 8 of 8 (first 7: a goal sum with no count)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 28 of 28
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 12/12, must not 9/9
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 6/6
    ("articles", "kicker"): 1.0,            # 5/5
    ("articles", "reporters"): 1.0,         # 6/6
    ("articles", "first_words"): 1.0,       # 6/6
    ("money", "qualifier"): 1.0,            # 29/29
    ("projects", "stage"): 1.0,             # 10/10
    ("projects", "status"): 1.0,            # 10/10
    ("projects", "location"): 1.0,          # 10/10 (first 5/10)
    ("projects", "date"): 1.0,              # 7/7
    ("projects", "investor"): 1.0,          # 7/7
    ("projects", "capacity"): 1.0,          # 5/5 (first 4/5)
    ("projects", "investment_cny"): 1.0,    # 9/9
    ("batches", "region"): 1.0,             # 8/8 (first 5/7)
    ("batches", "count"): 1.0,              # 7/7
    ("batches", "total_cny"): 1.0,          # 8/8
    ("indicators", "metric"): 1.0,          # 28/28
    ("indicators", "unit"): 1.0,            # 28/28
    ("indicators", "region"): 1.0,          # 28/28
    ("indicators", "period"): 1.0,          # 28/28
    ("indicators", "growth_pct"): 1.0,      # 25/25
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT62, min_pages=2)


def test_heldout62_scores_reach_floors() -> None:
    check_floors(HELDOUT62, "sixty-second held-out set", FLOORS, FIELD_FLOORS)
