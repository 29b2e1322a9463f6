"""Hundred-and-twenty-third held-out set (tests/data/heldout123): the ocean economy in Hainan and Fujian.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Xiapu with the towns of Changchun and Xiahu, Fuding with Shacheng, Qinyu and the island of Yushan,
Jiaocheng with Zhangwan, Sandu and Feiluan, the Chengao port area of Sanduao in Ningde; Dongfang with
Basuo, Gancheng, Sigeng and Xinlong in Hainan; Pingtan with Aoqian, Jinjing Bay, Aodong and Suao,
Luoyuan with Bili, Songshan and Jianjiang in Fuzhou; Xiuyu with Dongqiao, Daitou, Pinghai and Yuetang,
and the island of Meizhou in Putian): a city paper's page out of a PDF (a narrow column cut inside
words and figures, stray blanks, letter-spaced names, a running head, a column of county items led by
the county's short name), a county-level city's news site (``某某融媒讯``, an editor line in brackets
after each story, a story with no byline) and a provincial paper's digital edition (a dated page line
with its editors, bracketed previous and next links).  Farming vessels and platforms at sea, offshore
wind, yards and wharves, marine biomedicine, cruise and yacht tourism, desalination, batches signed and
started with their count and total, the marine economy's output and ports' throughput.  Each page has
a hand-made gold file in the schema of the shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-twenty-third held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT123 = DATA / "heldout123"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 23 of 23
    "money": {"precision": 0.988, "recall": 1.0},           # 82 of 82, 1 false
    "projects": {"precision": 1.0, "recall": 0.925},        # 37 of 40
    "batches": {"precision": 1.0, "recall": 1.0},           # 13 of 13
    "indicators": {"precision": 1.0, "recall": 0.966},      # 57 of 59
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 53/53, must-not 52/52
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 23/23
    ("articles", "headline"): 1.0,                  # 23/23
    ("articles", "kicker"): 1.0,                    # 10/10
    ("articles", "reporters"): 1.0,                 # 21/21
    ("articles", "source"): 1.0,                    # 21/21
    ("money", "qualifier"): 1.0,                    # 82/82
    ("projects", "annual_output_cny"): 0.777,       # 7/9
    ("projects", "area"): 1.0,                      # 3/3
    ("projects", "capacity"): 0.566,                # 17/30
    ("projects", "date"): 1.0,                      # 26/26
    ("projects", "investment_cny"): 0.944,          # 34/36
    ("projects", "investor"): 0.812,                # 13/16
    ("projects", "jobs"): 0.5,                      # 2/4
    ("projects", "location"): 0.81,                 # 30/37
    ("projects", "location.city"): 0.92,            # 23/25
    ("projects", "location.county"): 0.828,         # 29/35
    ("projects", "location.detail"): 0.5,           # 15/30
    ("projects", "location.province"): 0.918,       # 34/37
    ("projects", "stage"): 0.973,                   # 36/37
    ("projects", "status"): 1.0,                    # 37/37
    ("batches", "count"): 1.0,                      # 13/13
    ("batches", "event"): 1.0,                      # 13/13
    ("batches", "region"): 0.769,                   # 10/13
    ("batches", "total_cny"): 1.0,                  # 11/11
    ("indicators", "growth_pct"): 1.0,              # 38/38
    ("indicators", "metric"): 1.0,                  # 57/57
    ("indicators", "period"): 0.964,                # 55/57
    ("indicators", "region"): 0.859,                # 49/57
    ("indicators", "unit"): 1.0,                    # 57/57
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT123, min_pages=3)


def test_heldout123_scores_reach_floors() -> None:
    check_floors(HELDOUT123, "hundred-and-twenty-third held-out set", FLOORS, FIELD_FLOORS)
