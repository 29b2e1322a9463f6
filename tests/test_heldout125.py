"""Hundred-and-twenty-fifth held-out set (tests/data/heldout125): listed companies' investment notices in
Hebei, Shandong and Henan.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Jinzhou, Botou, Luannan in Hebei; Ningjin, Xiajin, Changle, Guanxian, Jiaxiang, Jinxiang, Dongming,
Shanxian, Pingyi in Shandong; Xunxian, Xixia, Huaibin, Shangcheng, Neihuang, Fengqiu, Fugou, Tangyin in
Henan): a securities paper's page (a masthead line, an editor line, a kicker over a title, a story
retelling three firms' notices, a stock table's header and rows, two notices with their code lines,
``●`` summaries, numbered parts and sums in ``万元`` with thousands separators, a province's listed
firms' figures, a disclaimer and the publisher's hotline), a finance site's page of five stories (a
menu bar, crumbs, meta lines of time, source and author, a fund-raising approved, an agreement signed
with a county's government, a board's approval, funds raised moved to new works, a province's listed
firms counted and summed, related links, a share line, a licence line) and a regional finance paper's
page (a masthead on two lines, a county's signings with listed firms, a province's listed firms, a
convertible bond approved for works, a county's batch started, a column ``公司速递`` of one-paragraph
items each led by a firm's short name and stock code, a disclaimer, a hotline and an imprint).  Stock
codes, share prices and turnovers are money or nothing, never projects nor a place's statistics.  Each
has a hand-made gold file in the schema of the shared gold set.  The floors sit at the measured level
(see docs/evaluation.md, "Hundred-and-twenty-fifth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT125 = DATA / "heldout125"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 14 of 14 (first 13 of 14)
    "money": {"precision": 1.0, "recall": 0.965},           # 84 of 87
    "projects": {"precision": 0.961, "recall": 1.0},        # 25 of 25, 1 false (first 2 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 6 of 6
    "indicators": {"precision": 1.0, "recall": 0.866},      # 26 of 30 (first 24 of 30, 1 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 43/43, must-not 23/23 (first 12/23)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "dateline"): 1.0,                  # 2/2
    ("articles", "first_words"): 1.0,               # 14/14
    ("articles", "headline"): 0.857,                # 12/14 (first 11/13)
    ("articles", "kicker"): 0.333,                  # 1/3
    ("articles", "reporters"): 1.0,                 # 10/10
    ("articles", "source"): 1.0,                    # 13/13
    ("money", "qualifier"): 1.0,                    # 84/84
    ("projects", "annual_output_cny"): 1.0,         # 11/11
    ("projects", "area"): 1.0,                      # 7/7
    ("projects", "capacity"): 0.772,                # 17/22
    ("projects", "date"): 0.916,                    # 11/12 (first 9/14)
    ("projects", "investment_cny"): 0.857,          # 18/21
    ("projects", "investor"): 0.75,                 # 18/24
    ("projects", "jobs"): 1.0,                      # 4/4
    ("projects", "location"): 0.96,                 # 24/25 (first 20/25)
    ("projects", "location.city"): 0.96,            # 24/25 (first 20/25)
    ("projects", "location.county"): 0.96,          # 24/25 (first 20/25)
    ("projects", "location.detail"): 0.615,         # 8/13 (first 7/13)
    ("projects", "location.province"): 1.0,         # 25/25 (first 23/25)
    ("projects", "stage"): 0.72,                    # 18/25 (first 15/25)
    ("projects", "status"): 0.84,                   # 21/25
    ("batches", "count"): 1.0,                      # 6/6
    ("batches", "event"): 1.0,                      # 6/6
    ("batches", "region"): 1.0,                     # 6/6
    ("batches", "total_cny"): 1.0,                  # 4/4
    ("indicators", "growth_pct"): 1.0,              # 12/12 (first 10/10)
    ("indicators", "metric"): 0.923,                # 24/26 (first 22/24)
    ("indicators", "period"): 0.615,                # 16/26 (first 14/24)
    ("indicators", "region"): 1.0,                  # 26/26 (first 14/24)
    ("indicators", "unit"): 1.0,                    # 26/26
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT125, min_pages=3)


def test_heldout125_scores_reach_floors() -> None:
    check_floors(HELDOUT125, "hundred-and-twenty-fifth held-out set", FLOORS, FIELD_FLOORS)
