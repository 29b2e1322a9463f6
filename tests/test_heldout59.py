"""Fifty-ninth held-out set (tests/data/heldout59): economic pages in Traditional script.

Four pages named ``NNN_<16 hex>.txt`` like the real ones (three undated, one dated by its
masthead), of Yibin (the city, Cuiping district, Junlian county, the Sanjiang new area) and
Chongqing's Changshou and Liangping districts: a city's and a district's first three quarters as
the statistics bureau gives them (GDP with its rank and the gap to the province, industry, the
investment by kind, retail sales, foreign trade, budget revenue, deposits, incomes), districts'
reports on the investment their key projects did (``完成投资…亿元，占年度计划的…%``), a works
finished and a first product off a line; printed with pinyin reading aids after many characters,
PDF breaks inside words and inside the aids, ``?`` mojibake spots and half-width punctuation.
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Fifty-ninth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT59 = DATA / "heldout59"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 12 of 12
    "money": {"precision": 1.0, "recall": 1.0},        # 65 of 65 (64 before)
    "projects": {"precision": 1.0, "recall": 1.0},     # 12 of 12 (first 11)
    "batches": {"precision": 1.0, "recall": 1.0},      # 23 of 23 (one false first)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 60 of 60 (first 58, five false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 71/71, must-not 56/56
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 12/12
    ("articles", "kicker"): 1.0,            # 3/3
    ("articles", "source"): 1.0,            # 12/12
    ("articles", "reporters"): 1.0,         # 12/12
    ("articles", "first_words"): 1.0,       # 12/12
    ("money", "qualifier"): 1.0,            # 65/65
    ("projects", "stage"): 1.0,             # 12/12
    ("projects", "status"): 1.0,            # 12/12 (first 10/11)
    ("projects", "investment_cny"): 1.0,    # 8/8 (first 7/8)
    ("projects", "location"): 0.91,         # 11/12
    ("projects", "location.detail"): 0.87,  # 7/8
    ("projects", "date"): 1.0,              # 5/5
    ("projects", "investor"): 1.0,          # 7/7
    ("projects", "capacity"): 1.0,          # 7/7 (first 5/7; 6/7 until berths were read, set 74)
    ("projects", "annual_output_cny"): 0.83,  # 5/6
    ("projects", "jobs"): 1.0,              # 3/3
    ("batches", "count"): 1.0,              # 23/23
    ("batches", "event"): 1.0,              # 23/23 (first 22/23)
    ("batches", "region"): 1.0,             # 23/23 (first 21/23)
    ("batches", "total_cny"): 1.0,          # 17/17
    ("indicators", "metric"): 1.0,          # 60/60
    ("indicators", "unit"): 1.0,            # 60/60 (first 57/58)
    ("indicators", "period"): 1.0,          # 58/58 (first 46/58)
    ("indicators", "region"): 1.0,          # 60/60
    ("indicators", "growth_pct"): 1.0,      # 45/45
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT59, min_pages=4)


def test_heldout59_scores_reach_floors() -> None:
    check_floors(HELDOUT59, "fifty-ninth held-out set", FLOORS, FIELD_FLOORS)
