"""Sixteenth held-out set (tests/data/heldout16): an approval, a bulletin, a meeting, Markdown, a PDF.

Seven pages: a development and reform commission's approval of a project (``关于…项目核准的批复``
under the office's banner and crumbs, a document number line, the company addressed, numbered
items, amounts in 万元); a district's weekly investment bulletin (issue and week lines in brackets,
sections, talks, a signing, a batch in talks); a district government's executive meeting
(``会议听取了…``, ``会议研究了…``, a subsidy up to a ceiling, ``全区`` figures); a web page saved as
Markdown (link crumbs, an image line, an italic caption, bold subheads, related links) about a plant
put into production (``10GW``); a PDF page of a signing with numbered projects in 亿元 and 万美元
(lines cut inside words, a title cut before its figure, a page number between dashes); a
district's statistical communique (letter-spaced section heads, its title repeated at a page turn);
a provincial daily's page of a story and a commentary (``本报评论员``).  Each has a hand-made gold
file in the schema of the shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, section 22 "Sixteenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT16 = DATA / "heldout16"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 8 of 8 (baseline 8, two false)
    "money": {"precision": 1.0, "recall": 1.0},         # 35 of 35
    "projects": {"precision": 1.0, "recall": 1.0},      # 18 of 18 (baseline 16, five false)
    "batches": {"precision": 1.0, "recall": 1.0},       # 11 of 11
    "indicators": {"precision": 0.95, "recall": 1.0},   # 24 of 24, one false (baseline 22, three false)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # must 23/23, must-not 10/10 (baseline 20/23, 5/10)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,           # 8/8 (baseline 4/8)
    ("articles", "source"): 1.0,             # 8/8 (baseline 4/8)
    ("articles", "reporters"): 1.0,          # 3/3
    ("money", "qualifier"): 1.0,             # 35/35
    ("projects", "stage"): 1.0,              # 18/18 (baseline 12/16)
    ("projects", "status"): 1.0,             # 18/18 (baseline 14/16)
    ("projects", "date"): 0.9,               # 10/11 (baseline 5/9)
    ("projects", "investment_cny"): 1.0,     # 11/11 (baseline 7/9)
    ("projects", "capacity"): 1.0,           # 9/9 (baseline 6/8)
    ("projects", "investor"): 1.0,           # 13/13 (baseline 9/11)
    ("projects", "location"): 0.88,          # 16/18 (baseline 12/16)
    ("batches", "count"): 1.0,               # 11/11
    ("batches", "event"): 1.0,               # 11/11 (baseline 10/11)
    ("indicators", "metric"): 1.0,           # 24/24
    ("indicators", "unit"): 1.0,             # 24/24
    ("indicators", "region"): 1.0,           # 24/24 (baseline 13/22)
    ("indicators", "period"): 1.0,           # 24/24 (baseline 19/22)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT16, min_pages=7)


def test_heldout16_scores_reach_floors() -> None:
    check_floors(HELDOUT16, "sixteenth held-out set", FLOORS, FIELD_FLOORS)
