"""Eighty-fourth held-out set (tests/data/heldout84): PDF pages of a city party paper of Jiangxi.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Pingxiang and its Shangli, Lianhua, Xiangdong and Anyuan, and its development zone): the text of
whole newspaper pages out of a PDF, the paper's name, date and page over three lines, the running
head repeated inside the columns (also inside a sentence and a figure), narrow columns cut inside
words, names and figures, headlines printed over two lines under kickers or over decks, column
labels, bylines of reporters and correspondents (one with a spaced name, one broken over two lines),
photo captions with their credits and an editor's line at the foot.  The news: projects negotiated,
signed, started, topped out, completed and put into production, a county's batch of projects
started, the year's key projects of a county, and the half-year's figures of the city, a zone and a
county.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Eighty-fourth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT84 = DATA / "heldout84"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},       # 14 of 14
    "money": {"precision": 1.0, "recall": 1.0},          # 48 of 48
    "projects": {"precision": 1.0, "recall": 1.0},       # 17 of 17 (first 16 of 17, four false hits)
    "batches": {"precision": 1.0, "recall": 1.0},        # 19 of 19 (first two false hits)
    "indicators": {"precision": 1.0, "recall": 0.891},   # 33 of 37 (first 32 of 37, three false hits)
    "cleaning": {"precision": 1.0, "recall": 1.0},       # must 42/42 (first 40/42), must-not 44/44
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 14/14 (first 6/14; then 13/14)
    ("articles", "kicker"): 1.0,            # 4/4 (first 1/9; then 4/5)
    ("articles", "source"): 1.0,            # 14/14
    ("articles", "reporters"): 0.928,       # 13/14
    ("articles", "first_words"): 1.0,       # 14/14
    ("money", "qualifier"): 1.0,            # 48/48
    ("projects", "stage"): 0.941,           # 16/17 (first 13/16)
    ("projects", "status"): 1.0,            # 17/17
    ("projects", "investment_cny"): 1.0,    # 15/15
    ("projects", "location"): 1.0,          # 17/17
    ("projects", "location.detail"): 0.866,  # 13/15 (first 11/14)
    ("projects", "date"): 0.916,            # 11/12 (first 8/11)
    ("projects", "investor"): 1.0,          # 11/11 (first 4/12)
    ("projects", "capacity"): 1.0,          # 8/8 (first 7/8)
    ("projects", "area"): 0.833,            # 5/6
    ("projects", "annual_output_cny"): 0.833,  # 5/6
    ("projects", "jobs"): 1.0,              # 3/3
    ("batches", "count"): 1.0,              # 19/19
    ("batches", "event"): 1.0,              # 19/19
    ("batches", "region"): 1.0,             # 19/19
    ("batches", "total_cny"): 1.0,          # 10/10 (first 10/11)
    ("indicators", "metric"): 1.0,          # 33/33
    ("indicators", "unit"): 1.0,            # 33/33
    ("indicators", "growth_pct"): 1.0,      # 21/21
    ("indicators", "period"): 0.909,        # 30/33
    ("indicators", "region"): 1.0,          # 33/33
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT84, min_pages=3)


def test_heldout84_scores_reach_floors() -> None:
    check_floors(HELDOUT84, "eighty-fourth held-out set", FLOORS, FIELD_FLOORS)
