"""Sixty-seventh held-out set (tests/data/heldout67): press conference transcripts on a government site.

Four pages named ``NNN_<16 hex>.txt`` like the real ones, each dated by its meta line, of Gansu's
Qingyang, a prefecture-level city no earlier set names, and of its places (Huan county, Xifeng
district, Zhengning, Qingcheng): the transcripts of the city's, a county's and a district's press
conferences on the first three quarters' economy and on project investment (a meta line with font
and print buttons, turns headed by the host, the speaker's post and name, ``记者：`` and ``答：``;
figures with their gain over the half-year, shares, the key projects' count, spending and progress,
named projects with their stage, special bonds and REITs, the host's closing words, the site's
footer).  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Sixty-seventh held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT67 = DATA / "heldout67"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 4 of 4 (first with a caption as an article)
    "money": {"precision": 1.0, "recall": 1.0},        # 69 of 69
    "projects": {"precision": 1.0, "recall": 1.0},     # 20 of 20 (first 18, five false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 29 of 29 (first 27, one false)
    "indicators": {"precision": 1.0, "recall": 1.0},   # 65 of 65 (first 60, three false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 41/41, must-not 30/30 (first 23/30)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 4/4
    ("articles", "source"): 1.0,            # 4/4 (first 3/4)
    ("articles", "reporters"): 1.0,         # 1/1
    ("articles", "first_words"): 1.0,       # 4/4
    ("money", "qualifier"): 1.0,            # 69/69
    ("projects", "stage"): 1.0,             # 20/20 (first 14/18)
    ("projects", "status"): 1.0,            # 20/20 (first 16/18)
    ("projects", "investment_cny"): 1.0,    # 11/11
    ("projects", "location"): 1.0,          # 20/20 (first 16/18)
    ("projects", "date"): 1.0,              # 10/10 (first 7/10)
    ("projects", "capacity"): 0.9,          # 10/11 (first 6/10)
    ("projects", "investor"): 0.75,         # 6/8
    ("batches", "count"): 1.0,              # 27/27
    ("batches", "event"): 1.0,              # 29/29 (first 23/27)
    ("batches", "region"): 0.96,            # 28/29 (first 24/27)
    ("batches", "total_cny"): 1.0,          # 18/18
    ("indicators", "metric"): 0.98,         # 64/65 (first 57/60)
    ("indicators", "unit"): 1.0,            # 65/65
    ("indicators", "growth_pct"): 1.0,      # 37/37
    ("indicators", "period"): 0.98,         # 64/65
    ("indicators", "region"): 0.98,         # 64/65 (first 57/60)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT67, min_pages=4)


def test_heldout67_scores_reach_floors() -> None:
    check_floors(HELDOUT67, "sixty-seventh held-out set", FLOORS, FIELD_FLOORS)
