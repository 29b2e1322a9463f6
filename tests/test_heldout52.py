"""Fifty-second held-out set (tests/data/heldout52): a long feature on industrial-chain leaders.

Three undated pages named ``NNN_<16 hex>.txt`` like the real ones, in the style of the real page
001 (title, kicker line, ``□`` byline, an opening run of results closed by ``……这是…``, sub-heads,
quotes, a works told over two or three paragraphs, goals, then a photo story), of places the
earlier sets name least (Mianyang's Anzhou and Yanting, Deyang's Mianzhu, Meishan's Pengshan and
Renshou): a city's chain-leader system and promotion by chain (``链长制``, ``以链招商``,
``以商招商``, ``专班``).  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT52 = DATA / "heldout52"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 6 of 6 (first 5)
    "money": {"precision": 1.0, "recall": 1.0},        # 48 of 48
    "projects": {"precision": 1.0, "recall": 1.0},     # 14 of 14 (first 11 of 14, two false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 14 of 14 (first 11)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 38 of 38 (first ten false, then four, then two)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 23/23
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 6/6
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 5/5
    ("articles", "reporters"): 1.0,         # 6/6
    ("articles", "first_words"): 1.0,       # 6/6
    ("money", "qualifier"): 1.0,            # 48/48
    ("projects", "stage"): 1.0,             # 12/12 (first 7/11)
    ("projects", "status"): 1.0,            # 12/12
    ("projects", "investment_cny"): 1.0,    # 10/10
    ("projects", "location"): 1.0,          # 12/12
    ("projects", "location.detail"): 0.88,  # 8/9 (first 5/8)
    ("projects", "date"): 1.0,              # 10/10 (first 5/9)
    ("projects", "investor"): 1.0,          # 6/6
    ("projects", "capacity"): 1.0,          # 8/8
    ("projects", "annual_output_cny"): 1.0,  # 4/4
    ("projects", "jobs"): 1.0,              # 4/4
    ("batches", "count"): 1.0,              # 14/14
    ("batches", "event"): 1.0,              # 14/14
    ("batches", "region"): 1.0,             # 14/14 (first 10/11)
    ("batches", "total_cny"): 1.0,          # 10/10
    ("indicators", "metric"): 1.0,          # 38/38
    ("indicators", "unit"): 1.0,            # 38/38
    ("indicators", "period"): 1.0,          # 38/38 (first 36/38)
    ("indicators", "region"): 0.97,         # 37/38 (first 34/38)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT52, min_pages=3)


def test_heldout52_scores_reach_floors() -> None:
    check_floors(HELDOUT52, "fifty-second held-out set", FLOORS, FIELD_FLOORS)
