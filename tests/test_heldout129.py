"""Hundred-and-twenty-ninth held-out set (tests/data/heldout129): cooperation between regions told from
both ends, in Tianjin, Hebei and Guizhou.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Mengcun, Qingxian, Yanshan, Huanghua, Xianxian, Nanpi, Haixing, Suning and Renqiu in Cangzhou with the
Zhongjie park of the Bohai new area; Changshun, Huishui, Luodian, Longli, Pingtang, Weng'an and Fuquan
in Qiannan; Nayong and Hezhang in Bijie; Yutian in Tangshan; Bazhou and Wen'an in Langfang; the Xiqing,
Beichen, Ninghe, Hexi, Hongqiao and Heping districts of Tianjin): a city daily's inside page from print
(industries moved out of Tianjin to the counties of Cangzhou, a batch of cooperation projects signed
with its count and total, an enclave park two regions build together, briefs opened by ``■``); a
prefecture's news site (east–west cooperation and paired assistance seen from Guizhou: aid funds in
``万元``, firms brought to land, workshops where people freed from poverty work, an enclave park with a
batch signed, the prefecture's sums in place and jobs); and a city daily's page from the Tianjin end
(aid to two counties of Guizhou with works built there, a park built with a county of Hebei, a
Guizhou firm's plant in Tianjin, manufacturing moved to Hebei, the city's three quarters, briefs opened
by ``◆``).  The investor is from one province, the site in another; the gold's location is the site.
Each has a hand-made gold file in the schema of the shared gold set.  The floors sit at the measured
level (see docs/evaluation.md, "Hundred-and-twenty-ninth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT129 = DATA / "heldout129"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 15 of 15
    "money": {"precision": 0.988, "recall": 0.988},         # 86 of 87, 1 false
    "projects": {"precision": 0.971, "recall": 0.944},      # 34 of 36, 1 false (first 32 of 36, 8 false)
    "batches": {"precision": 0.846, "recall": 0.916},       # 11 of 12, 2 false
    "indicators": {"precision": 0.872, "recall": 0.803},    # 41 of 51, 6 false
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 34/34, must-not 36/36 (first 34/36)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 15/15
    ("articles", "headline"): 0.933,                # 14/15
    ("articles", "kicker"): 0.857,                  # 6/7
    ("articles", "reporters"): 0.866,               # 13/15
    ("articles", "source"): 0.857,                  # 12/14
    ("money", "qualifier"): 1.0,                    # 86/86
    ("projects", "annual_output_cny"): 0.8,         # 8/10
    ("projects", "area"): 1.0,                      # 12/12
    ("projects", "capacity"): 0.92,                 # 23/25
    ("projects", "date"): 0.913,                    # 21/23
    ("projects", "investment_cny"): 0.968,          # 31/32
    ("projects", "investor"): 1.0,                  # 10/10 (first 10/13)
    ("projects", "jobs"): 0.7,                      # 7/10
    ("projects", "location"): 0.941,                # 32/34 (first 23/32)
    ("projects", "location.city"): 0.941,           # 32/34
    ("projects", "location.county"): 0.969,         # 32/33
    ("projects", "location.detail"): 0.807,         # 21/26 (first 17/24)
    ("projects", "location.province"): 0.941,       # 32/34
    ("projects", "stage"): 0.941,                   # 32/34
    ("projects", "status"): 0.97,                   # 33/34
    ("batches", "count"): 1.0,                      # 11/11
    ("batches", "event"): 0.909,                    # 10/11
    ("batches", "region"): 0.727,                   # 8/11
    ("batches", "total_cny"): 1.0,                  # 9/9 (first 7/9)
    ("indicators", "growth_pct"): 1.0,              # 18/18
    ("indicators", "metric"): 0.878,                # 36/41
    ("indicators", "period"): 0.609,                # 25/41
    ("indicators", "region"): 0.707,                # 29/41
    ("indicators", "unit"): 1.0,                    # 41/41
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT129, min_pages=3)


def test_heldout129_scores_reach_floors() -> None:
    check_floors(HELDOUT129, "hundred-and-twenty-ninth held-out set", FLOORS, FIELD_FLOORS)
