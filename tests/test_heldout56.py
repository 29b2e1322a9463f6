"""Fifty-sixth held-out set (tests/data/heldout56): county pages of briefs in Traditional script.

Three pages named ``NNN_<16 hex>.txt`` like the real ones (two undated, one dated by its masthead),
of Nanchong's Yilong, Langzhong, Nanbu and Gaoping and Suining's Shehong and Anju: five to seven
short items a page, each with its own headline and credit (``本報訊(通訊員 X)``, ``(記者 X 實習生
Y)``), about signings, starts, completions, a market's sales and a month's figures, one item a
small table set with tabs or runs of spaces, one a photo caption, the editor line at the foot;
printed with pinyin reading aids after many characters, PDF breaks inside words and inside the
aids, ``?`` mojibake spots and half-width punctuation.  Each has a hand-made gold file in the
schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-sixth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT56 = DATA / "heldout56"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 19 of 19
    "money": {"precision": 1.0, "recall": 1.0},        # 34 of 34
    "projects": {"precision": 1.0, "recall": 1.0},     # 13 of 13 (first 12, four false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 10 of 10 (first 6)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 22 of 22 (first 14, one false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 45/45, must-not 54/54
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 19/19
    ("articles", "source"): 1.0,            # 19/19
    ("articles", "reporters"): 1.0,         # 19/19
    ("articles", "first_words"): 1.0,       # 19/19
    ("money", "qualifier"): 1.0,            # 34/34
    ("projects", "stage"): 1.0,             # 13/13
    ("projects", "status"): 1.0,            # 13/13
    ("projects", "investment_cny"): 1.0,    # 12/12 (first 11/12)
    ("projects", "location"): 1.0,          # 13/13
    ("projects", "location.detail"): 1.0,   # 10/10
    ("projects", "capacity"): 1.0,          # 9/9 (first 8/9)
    ("projects", "investor"): 1.0,          # 8/8
    ("projects", "date"): 1.0,              # 5/5
    ("projects", "jobs"): 1.0,              # 3/3 (first 2/3)
    ("batches", "count"): 1.0,              # 10/10
    ("batches", "event"): 1.0,              # 10/10
    ("batches", "region"): 1.0,             # 10/10
    ("batches", "total_cny"): 1.0,          # 7/7
    ("indicators", "metric"): 1.0,          # 22/22
    ("indicators", "unit"): 1.0,            # 22/22
    ("indicators", "period"): 1.0,          # 22/22
    ("indicators", "region"): 1.0,          # 22/22 (first 10/14)
    ("indicators", "growth_pct"): 1.0,      # 14/14
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT56, min_pages=3)


def test_heldout56_scores_reach_floors() -> None:
    check_floors(HELDOUT56, "fifty-sixth held-out set", FLOORS, FIELD_FLOORS)
