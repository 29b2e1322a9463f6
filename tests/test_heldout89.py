"""Eighty-ninth held-out set (tests/data/heldout89): Northeast China city party papers out of a PDF.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Heilongjiang's Qiqihar with Yi'an, Nehe, Keshan, Baiquan, Gannan, Longjiang, Fularji, Meilisi and
Tiefeng; Jilin's Songyuan with Qian Gorlos and its Chagan Lake, Fuyu, Qian'an and Ningjiang;
Liaoning's Tieling with Changtu, Kaiyuan, Xifeng, Diaobingshan, Tieling County and Yinzhou): a city
paper's economic page (a fair's signings, a starch plant put into production, a farm-machine park's
second phase started, a soy-protein plant at work, a cold-chain park's first phase finished, two
briefs); a city paper's county page (a winter resort's build-out told as a feature, a peanut plant
in production, a county's eight starts, a fish plant finished, an oil-field machine maker turned to
farm machines, a market signed); a city paper's county-economy page (a county's first ten months, a
corn plant at work, a crane plant in production, a deer-product plant signed, a straw plant started,
a farm-machine park's signings, a district's sales).  All three carry the PDF's noise: lines broken
inside words and amounts, stray blanks, the running head printed again inside a story, a photo
caption glued to a paragraph, foot lines.  Each has a hand-made gold file in the schema of the
shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Eighty-ninth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT89 = DATA / "heldout89"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 20 of 20
    "money": {"precision": 1.0, "recall": 1.0},         # 70 of 70
    "projects": {"precision": 1.0, "recall": 0.966},    # 29 of 30 (first 26 of 30, one false hit)
    "batches": {"precision": 1.0, "recall": 1.0},       # 15 of 15
    "indicators": {"precision": 1.0, "recall": 0.958},  # 46 of 48, no false hit (first sixteen)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # must 58/58, must-not 41/41 (first 57/58, 30/41)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 20/20 (first 18/20)
    ("articles", "kicker"): 1.0,            # 7/7 (first 5/7)
    ("articles", "source"): 1.0,            # 20/20
    ("articles", "reporters"): 1.0,         # 20/20
    ("articles", "first_words"): 1.0,       # 20/20
    ("money", "qualifier"): 1.0,            # 70/70
    ("projects", "stage"): 0.965,           # 28/29
    ("projects", "status"): 0.965,          # 28/29
    ("projects", "investment_cny"): 1.0,    # 24/24
    ("projects", "location"): 1.0,          # 29/29 (first 23/26)
    # (the resort's second phase, matched since section 144, has no detail)
    ("projects", "location.detail"): 0.611,  # 11/18 (first 11/18)
    ("projects", "date"): 1.0,              # 22/22
    # (the resort's second phase takes the resort's firm, which the gold leaves to the whole)
    ("projects", "investor"): 0.956,        # 22/23 (first 19/22)
    ("projects", "capacity"): 0.913,        # 21/23 (first 20/23)
    ("projects", "area"): 1.0,              # 8/8
    ("projects", "annual_output_cny"): 1.0,  # 12/12
    ("projects", "jobs"): 1.0,              # 11/11 (first 9/11)
    ("batches", "count"): 1.0,              # 15/15
    ("batches", "event"): 1.0,              # 15/15
    ("batches", "region"): 1.0,             # 15/15 (first 13/15)
    ("batches", "total_cny"): 1.0,          # 9/9
    ("indicators", "metric"): 0.978,        # 45/46
    ("indicators", "unit"): 1.0,            # 46/46
    ("indicators", "growth_pct"): 1.0,      # 19/19
    ("indicators", "period"): 0.934,        # 43/46 (first 35/44)
    ("indicators", "region"): 1.0,          # 46/46 (first 43/44)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT89, min_pages=3)


def test_heldout89_scores_reach_floors() -> None:
    check_floors(HELDOUT89, "eighty-ninth held-out set", FLOORS, FIELD_FLOORS)
