"""Thirty-eighth held-out set (tests/data/heldout38): project-site tours and progress bulletins.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan and Chongqing places the
earlier sets name least (Chongqing's Fengdu and Qianjiang; Mianyang's Santai; Yibin's Jiang'an,
Gongxian and Pingshan): a Chongqing daily's report of a county's quarterly tour of its key
projects (``观摩组先后来到…等地``, a tour stop looked inside, ``厂区内，…正在进行设备调试``, a
building of a project and its works' state, the half year's counts and sums); a county portal's
progress bulletin (``截至5月底…占年度计划的46.3%``, sums by field, ``计划新开工项目21个，已开工15个``,
a red and black list, ``从形象进度看，…``); a city daily's site meeting whose tour goes through three
counties (``与会人员先后深入甲县、乙县、丙县，现场观摩15个重点项目``) with projects of each county and
the city's nine months; a district portal's tour whose projects are named by short names
(``观摩组先后来到甲二期、乙、丙等项目现场``), with counts of ranked projects and units.  Each has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Thirty-eighth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT38 = DATA / "heldout38"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4
    "money": {"precision": 1.0, "recall": 1.0},        # 23 of 23
    "projects": {"precision": 1.0, "recall": 1.0},     # 20 of 20 (first 18 of 19 found)
    "batches": {"precision": 1.0, "recall": 1.0},      # 21 of 21 (first two false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 9 of 9 (first one false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 33/33, must-not 7/7
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "kicker"): 1.0,            # 2/2
    ("articles", "source"): 1.0,            # 4/4
    ("articles", "reporters"): 1.0,         # 3/3
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 23/23
    ("projects", "stage"): 1.0,             # 20/20 (first 15/18)
    ("projects", "status"): 1.0,            # 20/20 (first 17/18)
    ("projects", "investment_cny"): 1.0,    # 6/6
    ("projects", "location"): 1.0,          # 20/20
    ("projects", "location.detail"): 0.9,   # 10/11 (first 7/9)
    ("projects", "date"): 1.0,              # 6/6 (first 5/7)
    ("projects", "investor"): 1.0,          # 6/6 (first 6/7)
    ("projects", "capacity"): 1.0,          # 6/6 (first 4/5)
    ("batches", "count"): 1.0,              # 20/20
    ("batches", "event"): 1.0,              # 21/21 (first 19/20)
    ("batches", "region"): 1.0,             # 21/21 (first 19/20)
    ("batches", "total_cny"): 1.0,          # 11/11
    ("indicators", "metric"): 1.0,          # 9/9 (first 8/9)
    ("indicators", "unit"): 1.0,            # 9/9
    ("indicators", "period"): 1.0,          # 9/9 (first 8/9)
    ("indicators", "region"): 1.0,          # 9/9 (first 8/9)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT38, min_pages=4)


def test_heldout38_scores_reach_floors() -> None:
    check_floors(HELDOUT38, "thirty-eighth held-out set", FLOORS, FIELD_FLOORS)
