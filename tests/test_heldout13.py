"""Thirteenth held-out set (tests/data/heldout13): posts, cards, speeches and people's own figures.

Six pages: a city account's microblog post (account line, ``… 来自 微博网页版``
posting line, ``#话题#【标题】正文`` in one line, counters); a column of project
cards of ``■label：value`` lines with a progress line; a portal's table with a
column of counties, amounts with their unit and a ``合计`` row; a speech at a
groundbreaking (title, date in brackets, speaker, ``尊敬的…：``, ``今天…隆重举行
…开工仪式``); a farm page whose quotes give a household's area, price and
income; a jobs story with a worker's wage, a company's hiring and a plant's
staff at full production.  Each has a hand-made gold file in the schema of the
shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, "Thirteenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT13 = DATA / "heldout13"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 6 of 6 (baseline 3 of 6)
    "money": {"precision": 1.0, "recall": 1.0},         # 27 of 27
    "projects": {"precision": 1.0, "recall": 1.0},      # 11 of 11 (baseline 8 of 11, two false)
    "batches": {"precision": 1.0, "recall": 1.0},       # 5 of 5
    "indicators": {"precision": 1.0, "recall": 0.83},   # 5 of 6 (baseline 4 of 6, five false)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # must 6/6, must_not 2/2 (baseline 0/2)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,           # 6/6
    ("articles", "source"): 1.0,             # 5/5
    ("articles", "reporters"): 1.0,          # 5/5 (baseline 2/2 of 3 matched articles)
    ("money", "qualifier"): 1.0,             # 27/27
    ("projects", "stage"): 1.0,              # 11/11 (baseline 7/8)
    ("projects", "status"): 1.0,             # 11/11 (baseline 6/8)
    ("projects", "date"): 1.0,               # 8/8
    ("projects", "location"): 1.0,           # 11/11 (baseline 4/8)
    ("projects", "investor"): 1.0,           # 6/6
    ("projects", "jobs"): 1.0,               # 3/3
    ("projects", "annual_output_cny"): 1.0,  # 2/2 (baseline 1/3)
    ("indicators", "period"): 1.0,           # 5/5
    ("indicators", "metric"): 1.0,           # 5/5
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT13, min_pages=6)


def test_heldout13_scores_reach_floors() -> None:
    check_floors(HELDOUT13, "thirteenth held-out set", FLOORS, FIELD_FLOORS)
