"""Third held-out set (tests/data/heldout3): layouts and phrasings the first two sets do not have.

Eight pages in the style of Guangdong, Gansu, Shanxi, Ningxia, Hong Kong,
Jilin, Tianjin and Shanghai newspapers, wire copy and portals: a front page
with a 导读 box and a story continued elsewhere, a 新华社 wire story, a series
story with 编者按, subheads and a photo caption, portal pages with crumbs,
a Traditional page with corner quotes and pinyin, a PDF page with numbers
broken across lines and letter-spaced names, a column of ● briefs.  Each has
a hand-made gold file in the schema of the shared gold set.  The floors sit
at the measured level; a rule change that loses quality here fails (see
docs/evaluation.md, "Third held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT3 = DATA / "heldout3"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 13 of 13, 13 predicted (baseline 10, 15)
    "money": {"precision": 1.0, "recall": 1.0},         # 42 of 42, 42 predicted (baseline 38, 42)
    "projects": {"precision": 1.0, "recall": 1.0},     # 20 of 20, 20 predicted (baseline 15, 18)
    "batches": {"precision": 1.0, "recall": 1.0},       # 11 of 11, 11 predicted (baseline 10 of 12)
    "indicators": {"precision": 1.0, "recall": 0.96},   # 24 of 25, 24 predicted (baseline 20, 23)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # must_contain 32/32, must_not 19/19 (baseline 26, 8)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,           # 13/13 (baseline 7/10)
    ("articles", "kicker"): 1.0,             # 5/5 (baseline 2/7)
    ("articles", "source"): 1.0,             # 13/13 (baseline 7/10)
    ("articles", "reporters"): 1.0,          # 12/12 (baseline 3/9)
    ("articles", "first_words"): 1.0,        # 13/13
    ("money", "qualifier"): 1.0,             # 42/42 (baseline 37/38)
    ("batches", "count"): 1.0,               # 10/10
    ("batches", "event"): 1.0,               # 10/10
    ("batches", "total_cny"): 1.0,           # 10/10
    ("batches", "region"): 0.90,             # 10/11 (8/10 before)
    ("projects", "stage"): 1.0,              # 18/18 (baseline 14/15)
    ("projects", "investment_cny"): 1.0,     # 17/17 (baseline 11/15; 16/17 before 投资X元在某区建设)
    ("projects", "date"): 0.91,              # 11/12 (baseline 0/8)
    ("projects", "investor"): 0.75,          # 12/16 (11/16 before amounts in Chinese numerals)
    ("indicators", "unit"): 1.0,             # 20/20
    ("indicators", "period"): 0.95,          # 21/22 (baseline 18/20)
    ("indicators", "region"): 0.91,          # 21/23 (baseline 15/20)
    ("projects", "location"): 0.95,          # 19/20 (11/18 before wire datelines, places in names, 前海)
}



def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT3, min_pages=8)


def test_heldout3_scores_reach_floors() -> None:
    check_floors(HELDOUT3, "third held-out set", FLOORS, FIELD_FLOORS)
