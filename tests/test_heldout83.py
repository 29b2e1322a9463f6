"""Eighty-third held-out set (tests/data/heldout83): posts of a county's or a development zone's account.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Guangxi's Ningming, Shandong's Gaotang and its development zone, Hubei's Yuan'an): a reader's copy
of an official account's post, with the account name and its date line (``… 2025-06-18 19:30
发表于广西``), a follow prompt, emoji and symbol bullets (``▶``, ``🔹``, ``📍``, ``✅``), numbered parts
(``PART 1``, ``01`` on a line of its own, ``一、签约：…``), image placeholders and captions, a month's
investment promotion with projects signed, started and put into production, a list of projects as
``项目名称｜总投资｜建设内容`` lines and project cards as ``▶项目名称：`` lines, and end matter (``-END-``,
``来源｜``, ``编辑｜``, ``审核｜``, ``监制｜``, a QR-code line, ``阅读原文``, the button row).  Each has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Eighty-third held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT83 = DATA / "heldout83"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 3 of 3 (first two false hits)
    "money": {"precision": 1.0, "recall": 1.0},        # 31 of 31
    "projects": {"precision": 1.0, "recall": 1.0},     # 16 of 16 (first 14 of 16, two false hits)
    "batches": {"precision": 1.0, "recall": 1.0},      # 13 of 13
    "indicators": {"precision": 1.0, "recall": 1.0},   # 11 of 11
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 35/35, must-not 35/35 (first 19/35)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 3/3
    ("articles", "source"): 1.0,            # 3/3 (first 1/3)
    ("articles", "reporters"): 1.0,         # 2/2 (first 1/2)
    ("articles", "first_words"): 1.0,       # 3/3
    ("money", "qualifier"): 1.0,            # 31/31
    ("projects", "stage"): 1.0,             # 16/16 (first 6/14)
    ("projects", "status"): 1.0,            # 16/16 (first 8/14)
    ("projects", "investment_cny"): 1.0,    # 15/15
    ("projects", "location"): 1.0,          # 16/16
    ("projects", "location.detail"): 0.8,    # 12/15 (first 6/13)
    ("projects", "date"): 1.0,              # 13/13 (first 5/11)
    ("projects", "investor"): 1.0,          # 12/12 (first 6/12)
    ("projects", "capacity"): 1.0,          # 10/10
    ("projects", "area"): 1.0,              # 2/2
    ("projects", "annual_output_cny"): 1.0,  # 3/3
    ("projects", "jobs"): 1.0,              # 3/3 (first 3/4, a utility's people read as jobs)
    ("batches", "count"): 1.0,              # 13/13
    ("batches", "event"): 1.0,              # 13/13
    ("batches", "region"): 1.0,             # 13/13 (first 8/13)
    ("batches", "total_cny"): 1.0,          # 7/7
    ("indicators", "metric"): 1.0,          # 11/11
    ("indicators", "unit"): 1.0,            # 11/11
    ("indicators", "growth_pct"): 1.0,      # 8/8
    ("indicators", "period"): 1.0,          # 11/11
    ("indicators", "region"): 1.0,          # 11/11 (first 9/11)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT83, min_pages=3)


def test_heldout83_scores_reach_floors() -> None:
    check_floors(HELDOUT83, "eighty-third held-out set", FLOORS, FIELD_FLOORS)
