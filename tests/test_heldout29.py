"""Twenty-ninth held-out set (tests/data/heldout29): city round-ups after a big meeting, county by county.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan places the earlier sets
name least (Guangyuan's Zhaohua, Wangcang, Jiange, Cangxi and its development zone; Bazhong's
Bazhou, Tongjiang, Nanjiang, Pingchang and its development zone; Suining's Chuanshan, Anju, Pengxi,
Daying and its development zone; Zigong's Ziliujing, Gongjing, Rong, Fushun and its high-tech zone),
in the layout of the real page 003: Traditional script with inline pinyin after characters, also
in titles, bylines and units (``億(yì)元``), half-width punctuation, one paragraph a line; each
place's plan in a block of its own (a label line over a sub-head, a paragraph opening with the
place and a colon, a line ``某区：title`` over its text, a marked label ``◆某县``), with the year's
goals (``力争``, ``确保``, ``以上``), projects to sign, start and finish, firms to add, last year's
results and batches.  One page mixes simplified and Traditional sections; one has PDF breaks
inside words and numbers.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Twenty-ninth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT29 = DATA / "heldout29"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 14 of 14 (first 9 of 14, two false)
    "money": {"precision": 1.0, "recall": 1.0},        # 49 of 49 (first 48)
    "projects": {"precision": 1.0, "recall": 1.0},     # 29 of 29 (first two false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 26 of 26 (first 25)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 35 of 35 (first 32)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 44/44, must-not 54/54 (first 41/44, 52/54)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 14/14
    ("articles", "kicker"): 1.0,            # 5/5
    ("articles", "source"): 1.0,            # 14/14
    ("articles", "reporters"): 1.0,         # 14/14
    ("articles", "first_words"): 1.0,       # 14/14
    ("money", "qualifier"): 1.0,            # 49/49
    ("projects", "stage"): 1.0,             # 29/29 (first 27/29)
    ("projects", "status"): 1.0,            # 29/29 (first 27/29)
    ("projects", "investment_cny"): 1.0,    # 19/19 (first 18/19)
    ("projects", "location"): 1.0,          # 29/29 (first 25/29)
    ("projects", "location.detail"): 1.0,   # 9/9 (first 8/12)
    ("projects", "date"): 1.0,              # 8/8 (first 4/8)
    ("projects", "investor"): 1.0,          # 20/20 (first 18/21)
    ("projects", "capacity"): 1.0,          # 11/11 (first 10/11)
    ("batches", "count"): 1.0,              # 26/26
    ("batches", "event"): 1.0,              # 26/26
    ("batches", "region"): 1.0,             # 26/26 (first 22/25)
    ("batches", "total_cny"): 1.0,          # 11/11 (first 10/12)
    ("indicators", "metric"): 1.0,          # 35/35
    ("indicators", "unit"): 1.0,            # 35/35
    ("indicators", "period"): 1.0,          # 35/35 (first 25/32)
    ("indicators", "region"): 1.0,          # 35/35 (first 31/32)
    ("indicators", "growth_pct"): 1.0,      # 15/15 (first 14/15)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT29, min_pages=4)


def test_heldout29_scores_reach_floors() -> None:
    check_floors(HELDOUT29, "twenty-ninth held-out set", FLOORS, FIELD_FLOORS)
