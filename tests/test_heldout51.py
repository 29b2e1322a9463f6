"""Fifty-first held-out set (tests/data/heldout51): a provincial economic daily's city news.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, in markdown (``##`` kicker and
``#`` headline lines, bylines ``四川经济日报某地讯(记者 X)``, four or five stories a page), of
places the earlier sets name least (Suining's Daying and Pengxi, Neijiang's Longchang and Weiyuan,
Yibin's Junlian and Xingwen, Luzhou's Hejiang): leaders' visits and work meetings setting key
tasks told inline (``一是…；二是…``, ``其一，…``, ``首先是…``), goals, a quarter's results, contracts
honoured and funds in place, an investment week's signings, plants put into trial production, lit
up or with first products off the line; column breaks inside words and photo captions.  Each has
a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-first held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT51 = DATA / "heldout51"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 18 of 18
    "money": {"precision": 1.0, "recall": 1.0},        # 67 of 67
    "projects": {"precision": 1.0, "recall": 1.0},     # 20 of 20 (first 7)
    "batches": {"precision": 0.96, "recall": 1.0},     # 29 of 29, one false hit (first 28)
    "indicators": {"precision": 1.0, "recall": 0.96},   # 63 of 65 (a rate in tenths read, a goal's
    #                                                     迈上…台阶 read; two plan shares left the gold;
    #                                                     firms at an event, 120余家企业参会, as in set 57)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 40/40, must-not 5/5
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 18/18
    ("articles", "kicker"): 1.0,            # 4/4
    ("articles", "source"): 1.0,            # 18/18
    ("articles", "reporters"): 1.0,         # 18/18
    ("articles", "first_words"): 1.0,       # 18/18
    ("money", "qualifier"): 0.98,           # 66/67
    ("projects", "stage"): 0.9,             # 18/20 (first 15/20)
    ("projects", "status"): 0.95,           # 19/20 (first 14/20)
    ("projects", "investment_cny"): 1.0,    # 17/17
    ("projects", "location"): 0.95,         # 19/20 (first 18/20)
    ("projects", "capacity"): 1.0,          # 11/11
    ("projects", "investor"): 1.0,          # 12/12
    ("batches", "count"): 1.0,              # 28/28
    ("batches", "event"): 0.96,             # 27/28 (first 26/28)
    ("batches", "region"): 1.0,             # 28/28 (first 25/28)
    ("batches", "total_cny"): 1.0,          # 12/12 (first 11/12)
    ("indicators", "metric"): 1.0,          # 58/58
    ("indicators", "unit"): 1.0,            # 58/58
    ("indicators", "period"): 1.0,          # 60/60 (first 47/56)
    ("indicators", "region"): 1.0,          # 58/58 (first 55/56)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT51, min_pages=4)


def test_heldout51_scores_reach_floors() -> None:
    check_floors(HELDOUT51, "fifty-first held-out set", FLOORS, FIELD_FLOORS)
