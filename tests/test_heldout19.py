"""Nineteenth held-out set (tests/data/heldout19): county portals, zone reports, papers, bulletins.

Six pages of kinds and places the other sets use least (Fujian, Gansu, Hubei,
Guangxi, Xinjiang, Chongqing), half named ``YYYY-MM-DD_slug.txt`` and half
``NNN_slug.txt``: a county's work report on its government portal (last
year's results with rates, this year's goals, projects listed by stage); a
zone's quarter set in Traditional script with pinyin notes and PDF line breaks
inside words; a newspaper page of three short stories with a photo caption and
an editor/layout footer; an investment bureau's monthly bulletin with a table
of signed projects (unit in the header, cells apart by wide gaps) under the
compiler's line; one plant's timeline from signing to trial production; a
signing whose year is only in its first sentence.  Each has a hand-made gold
file in the schema of the shared gold set.  The floors sit at the measured
level (see docs/evaluation.md, "Nineteenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT19 = DATA / "heldout19"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 8 of 8 (first: one false, a table header)
    "money": {"precision": 1.0, "recall": 1.0},        # 49 of 49
    "projects": {"precision": 1.0, "recall": 1.0},     # 23 of 23 (first 22)
    "batches": {"precision": 1.0, "recall": 1.0},      # 23 of 23 (first 22)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 41 of 41 (first 40, two false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 30/30, must-not 16/16
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 8/8 (first 7/8)
    ("articles", "reporters"): 1.0,         # 7/7
    ("articles", "source"): 1.0,            # 8/8 (first 6/8)
    ("articles", "first_words"): 1.0,       # 8/8
    ("money", "qualifier"): 1.0,            # 49/49
    ("projects", "stage"): 1.0,             # 23/23 (first 18/22)
    ("projects", "status"): 1.0,            # 23/23 (first 18/22)
    ("projects", "investment_cny"): 1.0,    # 12/12 (first 7/11)
    ("projects", "date"): 1.0,              # 14/14 (first 6/14)
    ("projects", "investor"): 0.9,          # 16/17 (first 10/17)
    ("projects", "location"): 0.95,         # 22/23 (detail 6/7, first 4/7)
    ("batches", "count"): 1.0,              # 23/23
    ("batches", "event"): 1.0,              # 23/23
    ("batches", "total_cny"): 1.0,          # 15/15 (first 13/15)
    ("indicators", "metric"): 1.0,          # 41/41
    ("indicators", "unit"): 1.0,            # 41/41
    ("indicators", "period"): 1.0,          # 41/41 (first 33/40)
    ("indicators", "region"): 0.9,          # 38/41
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT19, min_pages=6)


def test_heldout19_scores_reach_floors() -> None:
    check_floors(HELDOUT19, "nineteenth held-out set", FLOORS, FIELD_FLOORS)
