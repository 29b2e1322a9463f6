"""Seventy-second held-out set (tests/data/heldout72): north-eastern city papers' pages out of a PDF.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, of Heilongjiang and Jilin places no earlier
set names (Heihe with Aihui, Sunwu, Nenjiang, Bei'an and Xunke; Jiamusi with Fujin, Tongjiang,
Fuyuan and Huachuan; Tonghua with Ji'an, Liuhe, Huinan, Tonghua county and Meihekou; Suihua with
Anda, Zhaodong, Wangkui, Qing'an, Hailun, Mingshui and Lanxi), as text taken out of a PDF with heavy
noise: fixed-width columns breaking words and figures, stray blanks inside words, names and
between a figure and its unit, titles and sub-heads printed over two lines, mastheads with a serial
number or the paper's name in capitals, a running foot inside a sentence, jump lines with and
without brackets, captions and advert blocks.  The news: winter works on a city's key projects,
trade across the Russian border, grain, soybean, dairy and flax processing, ice-and-snow tourism,
a quarter's and ten months' figures, signings at fairs.  Each has a hand-made gold file in the
schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Seventy-second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT72 = DATA / "heldout72"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 21 of 21 (first 20, with 4 false)
    "money": {"precision": 1.0, "recall": 1.0},        # 63 of 63 (first one false: 签约58.6亿元)
    "projects": {"precision": 1.0, "recall": 0.96},    # 24 of 25 (first 20, with 12 false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 24 of 24 (first 22, with 3 false)
    "indicators": {"precision": 1.0, "recall": 0.91},  # 33 of 36 (first 31, with 11 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 65/65, must-not 43/43
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 21/21
    ("articles", "kicker"): 1.0,            # 3/3 (first 0/2)
    ("articles", "source"): 1.0,            # 20/20
    ("articles", "reporters"): 1.0,         # 20/20 (first 14/19: spaced given names)
    ("articles", "first_words"): 1.0,       # 21/21
    ("money", "qualifier"): 1.0,            # 63/63
    ("projects", "stage"): 1.0,             # 24/24
    ("projects", "status"): 1.0,            # 24/24
    ("projects", "investment_cny"): 1.0,    # 22/22
    ("projects", "location"): 1.0,          # 24/24
    ("projects", "date"): 1.0,              # 12/12
    ("projects", "annual_output_cny"): 1.0,  # 7/7
    ("projects", "capacity"): 0.88,         # 16/18
    ("projects", "investor"): 0.94,         # 18/19
    ("projects", "location.detail"): 0.75,  # 9/12
    ("batches", "count"): 1.0,              # 23/23 (one batch with no count)
    ("batches", "event"): 1.0,              # 24/24
    ("batches", "region"): 0.83,            # 20/24
    ("batches", "total_cny"): 1.0,          # 13/13
    ("indicators", "metric"): 0.96,         # 32/33
    ("indicators", "unit"): 1.0,            # 33/33
    ("indicators", "growth_pct"): 1.0,      # 21/21
    ("indicators", "period"): 0.9,          # 30/33
    ("indicators", "region"): 1.0,          # 33/33 (first 29/32)
    ("cleaning", "must_contain"): 1.0,      # 65/65
    ("cleaning", "must_not_contain"): 1.0,  # 43/43
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT72, min_pages=4)


def test_heldout72_scores_reach_floors() -> None:
    check_floors(HELDOUT72, "seventy-second held-out set", FLOORS, FIELD_FLOORS)
