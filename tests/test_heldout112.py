"""Hundred-and-twelfth held-out set (tests/data/heldout112): new materials and semiconductors in
Jiangxi and Hunan, as PDF text of print pages in Traditional characters with inline pinyin.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Longnan with its economic and technological development zone, Dingnan with the Futian park and
Lingbei, Quannan with its industrial park, Xunwu in Ganzhou; Yongxiu with the Yunshan zone, De'an
with its high-tech park, Ruichang with its development zone, Pengze with the Jishan park and
Gongqingcheng in Jiujiang; Liling with its development zone, You county with its high-tech zone and
Wangling, Chaling with its development zone and Yanling with its concentration zone in Zhuzhou): a
county paper's page with a masthead, its Latin name, the page number on a line of its own over the
section and its editors, kickers over their titles (a period's statistic, a gloss of what a wafer fab
will yield once built), a running head between two paragraphs of one story, a caption, a continued-on
line, an advert between rules and a column of briefs opened by ``◆``; a page opened by its number and
section over the paper's name (a silicone cluster, a batch of starts with a sum on the title's second
line, a wafer-level packaging project signed, a lithium-mica plant finished, briefs wrapped at the
column's width); and a page of electronic ceramics, lithium iron phosphate and rare-earth motors with
a batch signed, talks, a planned second phase told by reference and briefs with a site after the sum.
Lines break inside words and figures; stray blanks sit inside words. Each page has a hand-made gold
file in the schema of the shared gold set. The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-twelfth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT112 = DATA / "heldout112"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 14 of 14 (first 14 of 14, 1 false)
    "money": {"precision": 1.0, "recall": 1.0},             # 59 of 59
    "projects": {"precision": 1.0, "recall": 1.0},          # 23 of 23 (first 22 of 23, 4 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 16 of 16 (first 15 of 16)
    "indicators": {"precision": 1.0, "recall": 0.977},      # 43 of 44
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 68/68, must-not 65/65
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 14/14
    ("articles", "headline"): 1.0,                  # 14/14 (first 12/14)
    ("articles", "kicker"): 1.0,                    # 4/4 (first 3/4)
    ("articles", "reporters"): 1.0,                 # 11/11
    ("articles", "source"): 1.0,                    # 11/11
    ("money", "qualifier"): 1.0,                    # 59/59
    ("projects", "annual_output_cny"): 0.875,       # 7/8
    ("projects", "area"): 1.0,                      # 7/7
    ("projects", "capacity"): 1.0,                  # 20/20 (first 17/19)
    ("projects", "date"): 1.0,                      # 18/18
    ("projects", "investment_cny"): 1.0,            # 21/21
    ("projects", "investor"): 1.0,                  # 11/11 (first 10/11)
    ("projects", "jobs"): 1.0,                      # 4/4
    ("projects", "location"): 1.0,                  # 23/23
    ("projects", "location.city"): 1.0,             # 23/23
    ("projects", "location.county"): 1.0,           # 23/23
    ("projects", "location.detail"): 0.894,         # 17/19 (first 16/19)
    ("projects", "location.province"): 1.0,         # 23/23
    ("projects", "stage"): 1.0,                     # 23/23
    ("projects", "status"): 1.0,                    # 23/23
    ("batches", "count"): 1.0,                      # 16/16
    ("batches", "event"): 1.0,                      # 16/16
    ("batches", "region"): 1.0,                     # 16/16
    ("batches", "total_cny"): 1.0,                  # 11/11
    ("indicators", "growth_pct"): 1.0,              # 32/32
    ("indicators", "metric"): 1.0,                  # 43/43
    ("indicators", "period"): 0.93,                 # 40/43
    ("indicators", "region"): 0.93,                 # 40/43
    ("indicators", "unit"): 1.0,                    # 43/43
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT112, min_pages=3)


def test_heldout112_scores_reach_floors() -> None:
    check_floors(HELDOUT112, "hundred-and-twelfth held-out set", FLOORS, FIELD_FLOORS)
