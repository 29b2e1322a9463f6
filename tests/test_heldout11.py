"""Eleventh held-out set (tests/data/heldout11): page styles of the north-east, north-west and south.

Eight pages in the style of regional outlets the earlier sets do not have: a
county media centre's WeChat repost (account line, follow prompt, a list of
related posts, read-more and like buttons); a provincial development-and-reform
portal's list of projects as a table with bars between the cells and the unit
in the column heads; a signing round-up listing its projects with circled
numbers (①②③④), Hong Kong and foreign investors, company names with Latin
letters and an amount in US$; a 竣工投产 report with yearly output, tax and
jobs; a statistics bureau's quarterly release (``比上年同期增长``); an
interview in question/answer form with figures inside quotes; a city's
progress report on key projects with 备案, 建成试产 and a park heading a
project's name; a column of briefs each opened by a bracketed stage tag
(``【签约】``, ``【达产】``).  Each has a hand-made gold file in the schema of
the shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, "Eleventh held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT11 = DATA / "heldout11"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 8 of 8
    "money": {"precision": 1.0, "recall": 1.0},         # 48 of 48 (baseline one false: 30亿块)
    "projects": {"precision": 1.0, "recall": 1.0},      # 23 of 23 (baseline 22, two false)
    "batches": {"precision": 1.0, "recall": 1.0},       # 15 of 15
    "indicators": {"precision": 1.0, "recall": 1.0},    # 19 of 19 (baseline 18, two false)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # must 20/20, must_not 11/11 (baseline 6/11)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "source"): 1.0,             # 8/8
    ("articles", "reporters"): 1.0,          # 6/6
    ("money", "qualifier"): 1.0,             # 48/48
    ("projects", "stage"): 1.0,              # 23/23 (baseline 14/22)
    ("projects", "status"): 1.0,             # 23/23 (baseline 19/22)
    ("projects", "investment_cny"): 1.0,     # 16/16 (baseline 11/15)
    ("projects", "date"): 1.0,               # 19/19 (baseline 9/18)
    ("projects", "investor"): 0.92,          # 13/14 (baseline 9/14)
    ("projects", "location"): 0.82,          # 19/23 (baseline 15/22; 洋浦经济开发区 unknown)
    ("projects", "capacity"): 0.94,          # 16/17 (baseline 12/16)
    ("projects", "annual_output_cny"): 1.0,  # 6/6 (baseline 5/7)
    ("batches", "region"): 0.93,             # 14/15
    ("batches", "total_cny"): 1.0,           # 6/6
    ("indicators", "growth_pct"): 1.0,       # 17/17 (baseline 16/17)
    ("indicators", "period"): 1.0,           # 19/19
    ("indicators", "region"): 0.84,          # 16/19 (洋浦 not known as a place)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT11, min_pages=8)


def test_heldout11_scores_reach_floors() -> None:
    check_floors(HELDOUT11, "eleventh held-out set", FLOORS, FIELD_FLOORS)
