"""Hundred-and-twenty-second held-out set (tests/data/heldout122): economic-operation releases and
commentary in Liaoning and Inner Mongolia.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Chaoyang with Beipiao, Lingyuan, Kazuo and Longcheng; Hulunbuir with Zhalantun, Yakeshi, Manzhouli
and its comprehensive bonded zone, Ergun and the Shiwei port, Genhe, Hailar, Evenk and Chen Barag;
Huludao with Xingcheng, Suizhong, Jianchang, Lianshan, Longgang and Nanpiao; Fuxin with Zhangwu and
Xihe; Qingyuan in Fushun): a printed paper's page (a statistics bureau's quarterly release under the
bureau's name with numbered cross-heads, a commentary on the same quarter with a dash subtitle, a
brief; a page header of number, section and editors apart by one blank, a publisher's department and
its booking hotline), an account's post (an original-post line, cross-heads opened by ``▌``, related
stories under ``【延伸阅读】`` and ``【相关新闻】``, like and watching counts) and a news site's page (a
title naming the place and period over a line of further figures, four stories with site bylines).
Indicators are the heart of the set: the three industries, industry by section and by trade, products,
investment by field, retail, trade, finance, income, prices, counties' rates and ranks, each with its
period (first three quarters, first half, first quarter, months and month ends); projects at every
stage and batches started, signed and in talks.  Each has a hand-made gold file in the schema of the
shared gold set.  The floors sit at the measured level (see docs/evaluation.md, "Hundred-and-twenty-
second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT122 = DATA / "heldout122"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 10 of 10 (first 9 of 10)
    "money": {"precision": 1.0, "recall": 1.0},             # 97 of 97
    "projects": {"precision": 1.0, "recall": 0.954},        # 21 of 22 (first 21 of 22, 1 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 15 of 15 (first 14 of 15)
    "indicators": {"precision": 0.988, "recall": 0.976},    # 165 of 169, 2 false (first 160, 3 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 28/28, must-not 25/25 (first 20/25)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 10/10
    ("articles", "headline"): 1.0,                  # 10/10 (first 7/9)
    ("articles", "kicker"): 1.0,                    # 3/3 (first 2/5)
    ("articles", "reporters"): 1.0,                 # 7/7
    ("articles", "source"): 1.0,                    # 9/9 (first 7/9)
    ("money", "qualifier"): 1.0,                    # 97/97
    ("projects", "annual_output_cny"): 0.8,         # 4/5
    ("projects", "area"): 1.0,                      # 4/4
    ("projects", "capacity"): 0.733,                # 11/15
    ("projects", "date"): 1.0,                      # 13/13
    ("projects", "investment_cny"): 0.952,          # 20/21
    ("projects", "investor"): 0.714,                # 5/7 (first 5/8)
    ("projects", "jobs"): 1.0,                      # 3/3
    ("projects", "location"): 1.0,                  # 21/21 (first 20/21)
    ("projects", "location.city"): 1.0,             # 21/21
    ("projects", "location.county"): 1.0,           # 20/20
    ("projects", "location.detail"): 0.75,          # 3/4
    ("projects", "location.province"): 1.0,         # 21/21
    ("projects", "stage"): 1.0,                     # 21/21
    ("projects", "status"): 1.0,                    # 21/21
    ("batches", "count"): 1.0,                      # 15/15
    ("batches", "event"): 1.0,                      # 15/15
    ("batches", "region"): 0.866,                   # 13/15 (first 12/14)
    ("batches", "total_cny"): 1.0,                  # 9/9
    ("indicators", "growth_pct"): 1.0,              # 145/145
    ("indicators", "metric"): 0.987,                # 163/165 (first 157/160)
    ("indicators", "period"): 0.975,                # 161/165 (first 156/160)
    ("indicators", "region"): 0.981,                # 162/165 (first 157/160)
    ("indicators", "unit"): 0.993,                  # 164/165
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT122, min_pages=3)


def test_heldout122_scores_reach_floors() -> None:
    check_floors(HELDOUT122, "hundred-and-twenty-second held-out set", FLOORS, FIELD_FLOORS)
