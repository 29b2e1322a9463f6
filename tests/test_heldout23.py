"""Twenty-third held-out set (tests/data/heldout23): Sichuan pages in the real pages' style.

Five undated pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier
sets do not name (Chengdu's Pidu, Wenjiang, Pengzhou, Longquanyi and Qingbaijiang, Ziyang's
Anyue, Meishan's Hongya and Dongpo with a park built for Ganzi): an economic daily's
private-economy feature in markdown with its indicators inside the prose (shares, rankings
within a named city, per-capita incomes, goals); an investment-promotion trip on a portal
(``赴…招商``, ``拜访企业``, ``达成合作意向项目``, a signing closing one sentence and the
partner's project in the next); a park's tenth anniversary in Traditional script with pinyin
notes and cumulative figures (``累计``, ``建园以来``); a county's page mixing a tourism, an
industrial and a tea project with visitors in ``人次``; a city daily's page of short items
under a masthead holding its section's name, with a photo caption and an editor line with
spaced names.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Twenty-third held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT23 = DATA / "heldout23"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 8 of 8
    "money": {"precision": 1.0, "recall": 1.0},        # 34 of 34
    "projects": {"precision": 1.0, "recall": 1.0},     # 10 of 10 (first 9 of 10, three false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 6 of 6
    "indicators": {"precision": 1.0, "recall": 1.0},   # 26 of 26 (first 22 of 26)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 34/34, must-not 25/25 (first 22/25)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 8/8
    ("articles", "kicker"): 1.0,            # 4/4 (first 4/5)
    ("articles", "source"): 1.0,            # 7/7 (first 4/7)
    ("articles", "reporters"): 1.0,         # 8/8
    ("articles", "first_words"): 1.0,       # 8/8
    ("money", "qualifier"): 1.0,            # 34/34
    ("projects", "stage"): 1.0,             # 9/9 (first 8/9)
    ("projects", "status"): 1.0,            # 9/9 (first 8/9)
    ("projects", "investment_cny"): 1.0,    # 9/9 (first 8/9)
    ("projects", "location"): 1.0,         # 10/10
    ("projects", "location.detail"): 0.87,  # 7/8 (first 3/7)
    ("projects", "investor"): 1.0,          # 8/8 (first 6/8)
    ("projects", "capacity"): 1.0,         # 7/7 (first 5/7)
    ("projects", "date"): 1.0,              # 6/6
    ("projects", "annual_output_cny"): 1.0,  # 4/4 (first 3/4)
    ("batches", "count"): 1.0,              # 6/6
    ("batches", "event"): 1.0,              # 6/6
    ("batches", "region"): 1.0,            # 6/6
    ("batches", "total_cny"): 1.0,          # 6/6
    ("indicators", "metric"): 0.96,         # 25/26
    ("indicators", "unit"): 1.0,            # 26/26
    ("indicators", "period"): 1.0,          # 26/26 (first 22/26)
    ("indicators", "region"): 1.0,         # 26/26
    ("indicators", "growth_pct"): 1.0,      # 11/11
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT23, min_pages=5)


def test_heldout23_scores_reach_floors() -> None:
    check_floors(HELDOUT23, "twenty-third held-out set", FLOORS, FIELD_FLOORS)
