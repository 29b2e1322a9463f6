"""Twenty-sixth held-out set (tests/data/heldout26): Sichuan and Chongqing pages in the real pages' style.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets
name least (Deyang's Jingyang, Mianyang's Youxian, Guangyuan's Lizhou, Bazhong's Enyang,
Ziyang's Yanjiang; Chongqing's Fuling, Jiangjin, Tongnan and Rongchang), in phrasings the other
sets use least: a provincial daily's front-page round-up with one paragraph per city under a
bracketed label (``【某阳】…``), each with its own places, batches and projects; an interview
with an official in questions and answers (``记者：…`` / ``答：…``) naming projects and goals;
a page with a commentary (``□ 短评``, ``□ 本报评论员  X``) between two news pieces, under a
running head with no date; an enterprise feature on a portal (a firm's phases, its upgrade,
capacity ``从…提升到…``, output, taxes, jobs, quotes of its chairman).  Each has a hand-made
gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Twenty-sixth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT26 = DATA / "heldout26"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 6 of 6
    "money": {"precision": 1.0, "recall": 1.0},        # 36 of 36
    "projects": {"precision": 1.0, "recall": 1.0},    # 14 of 14 (first 11 of 14, two false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 14 of 14
    "indicators": {"precision": 1.0, "recall": 1.0},   # 6 of 6 (first five false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 27/27, must-not 10/10 (first 9/10)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 6/6
    ("articles", "kicker"): 1.0,            # 3/3 (first 2/4)
    ("articles", "source"): 1.0,            # 6/6 (first 5/6)
    ("articles", "reporters"): 1.0,         # 5/5 (first 4/5)
    ("articles", "first_words"): 1.0,       # 6/6
    ("money", "qualifier"): 1.0,            # 36/36
    ("projects", "stage"): 1.0,             # 14/14 (first 11/11; 13/14 before money spent kept a start)
    ("projects", "status"): 1.0,            # 13/13
    ("projects", "investment_cny"): 1.0,    # 12/12
    ("projects", "location"): 1.0,          # 13/13 (first 8/11)
    ("projects", "location.detail"): 0.9,  # 9/10 (first 3/7)
    ("projects", "date"): 1.0,             # 9/9 (first 6/7)
    ("projects", "investor"): 1.0,          # 8/8
    ("projects", "capacity"): 1.0,          # 6/6
    ("batches", "count"): 1.0,              # 14/14
    ("batches", "event"): 1.0,              # 14/14
    ("batches", "region"): 1.0,             # 14/14 (first 11/14)
    ("batches", "total_cny"): 1.0,          # 10/10
    ("indicators", "metric"): 1.0,          # 6/6
    ("indicators", "unit"): 1.0,            # 6/6
    ("indicators", "period"): 1.0,          # 6/6 (first 4/6)
    ("indicators", "region"): 1.0,          # 6/6
    ("indicators", "growth_pct"): 1.0,      # 4/4
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT26, min_pages=4)


def test_heldout26_scores_reach_floors() -> None:
    check_floors(HELDOUT26, "twenty-sixth held-out set", FLOORS, FIELD_FLOORS)
