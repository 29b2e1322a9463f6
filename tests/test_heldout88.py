"""Eighty-eighth held-out set (tests/data/heldout88): Sichuan and Chongqing economic pages.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Sichuan's Jianyang, Yucheng of Ya'an, Jinkouhe of Leshan, Shunqing of Nanchong; Chongqing's Zhong
County): a provincial economic daily's city news in markdown (a fair's signings, a plant put into
production, a district's quarter of starts and completions, words broken over a blank line, a stray
blank); a city paper's page out of a PDF in Traditional characters with inline pinyin (a quarter's
starts and completions, the first three quarters' figures, a caption); and a county paper's page (a
masthead with its Latin name, a dated head with its editors, a letter-spaced title over a subtitle of
figures, a narrow column, a caption after ``▲``, the three quarters' figures, an imprint foot).  Each
has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Eighty-eighth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT88 = DATA / "heldout88"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 8 of 8
    "money": {"precision": 1.0, "recall": 1.0},        # 47 of 47
    "projects": {"precision": 1.0, "recall": 1.0},     # 15 of 15 (first 14 of 15, one false hit)
    "batches": {"precision": 1.0, "recall": 1.0},      # 13 of 13 (first one false hit)
    "indicators": {"precision": 1.0, "recall": 1.0},  # 29 of 29 (first five false hits, then three)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 42/42, must-not 31/31 (first 26/31)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 8/8 (first 5/8)
    ("articles", "kicker"): 1.0,            # 5/5 (first 2/5)
    ("articles", "source"): 1.0,            # 8/8
    ("articles", "reporters"): 1.0,         # 8/8
    ("articles", "first_words"): 1.0,       # 8/8
    ("money", "qualifier"): 1.0,            # 47/47
    ("projects", "stage"): 1.0,             # 15/15 (first 11/14)
    ("projects", "status"): 1.0,            # 15/15
    ("projects", "investment_cny"): 1.0,    # 15/15 (first 13/14)
    ("projects", "location"): 0.933,        # 14/15 (first 13/14)
    ("projects", "location.detail"): 1.0,   # 10/10 (first 8/9)
    ("projects", "date"): 1.0,              # 15/15 (first 11/14)
    ("projects", "investor"): 1.0,          # 10/10 (first 8/11)
    ("projects", "capacity"): 1.0,          # 10/10 (first 8/10)
    ("projects", "area"): 1.0,              # 6/6
    ("projects", "annual_output_cny"): 1.0,  # 5/5
    ("projects", "jobs"): 1.0,              # 4/4
    ("batches", "count"): 1.0,              # 13/13
    ("batches", "event"): 1.0,              # 13/13 (first 12/13)
    ("batches", "region"): 1.0,             # 13/13
    ("batches", "total_cny"): 1.0,          # 10/10
    ("indicators", "metric"): 1.0,          # 29/29
    ("indicators", "unit"): 1.0,            # 29/29
    ("indicators", "growth_pct"): 1.0,      # 24/24
    ("indicators", "period"): 1.0,          # 29/29
    ("indicators", "region"): 1.0,          # 29/29
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT88, min_pages=3)


def test_heldout88_scores_reach_floors() -> None:
    check_floors(HELDOUT88, "eighty-eighth held-out set", FLOORS, FIELD_FLOORS)
