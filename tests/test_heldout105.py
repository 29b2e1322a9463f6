"""Hundred-and-fifth held-out set (tests/data/heldout105): biomedicine, medical devices and health.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Yangzhou in Jiangsu with Hanjiang and its biomedical park, Jiangdu and its medical-device park,
Yizheng, Gaoyou, Baoying and Guangling; Jinhua in Zhejiang with Dongyang, Lanxi, Pan'an, Wuyi and
Pujiang; Zhoushan with Dinghai, Putuo and Daishan): a city paper's print page with a masthead, an
edition line and an advert between stories (a park's output and its firms, an injectables plant in
trial production after its equipment and process validation, a peptide plant passing its GMP check
and in production, an innovative drug approved and registrations counted that are no projects, an
antibody base in talks, three device plants started together, a dressings maker signing to expand,
an incubator put to use, brief items); a trade weekly's web copy in markdown (a device maker's
expansion started, an API plant in production and its second phase in preparation, a city's
pharmaceutical figures, a herb-processing park started, a research centre opened, a county's health
signing); and a page in Traditional characters out of a PDF with inline pinyin, half-width
punctuation and a running head with the paper's supplement (a marine biomedicine park's plants, an
incubation centre being built, a district's signing with a fermentation base, an excipients plant
started, the city's pharmaceutical figures). Each has a hand-made gold file in the schema of the
shared gold set. The floors sit at the measured level (see docs/evaluation.md, "Hundred-and-fifth
held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT105 = DATA / "heldout105"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 15 of 15
    "money": {"precision": 1.0, "recall": 1.0},             # 52 of 52
    "projects": {"precision": 1.0, "recall": 1.0},          # 21 of 21 (first 19 of 21, 1 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 8 of 8
    "indicators": {"precision": 1.0, "recall": 0.972},      # 36 of 37 (then 1 false: a firm's own papers)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 41/41, must-not 39/39 (first 35/39)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "dateline"): 1.0,                  # 1/1
    ("articles", "first_words"): 1.0,               # 15/15
    ("articles", "headline"): 0.933,                # 14/15
    ("articles", "kicker"): 0.833,                  # 5/6
    ("articles", "reporters"): 1.0,                 # 14/14
    ("articles", "source"): 1.0,                    # 14/14
    ("money", "qualifier"): 1.0,                    # 52/52
    ("projects", "annual_output_cny"): 1.0,         # 5/5
    ("projects", "area"): 0.9,                      # 9/10 (first 7/8)
    ("projects", "capacity"): 0.823,                # 14/17 (first 12/17)
    ("projects", "date"): 1.0,                      # 12/12 (first 11/11)
    ("projects", "investment_cny"): 1.0,            # 21/21 (first 19/19)
    ("projects", "investor"): 0.944,                # 17/18 (first 15/16)
    ("projects", "jobs"): 1.0,                      # 3/3
    ("projects", "location"): 0.904,                # 19/21 (first 17/19)
    ("projects", "location.city"): 1.0,             # 21/21 (first 19/19)
    ("projects", "location.county"): 0.904,         # 19/21 (first 17/19)
    ("projects", "location.detail"): 0.736,         # 14/19 (first 10/17)
    ("projects", "location.province"): 1.0,         # 21/21 (first 19/19)
    ("projects", "stage"): 0.904,                   # 19/21 (first 17/19)
    ("projects", "status"): 1.0,                    # 21/21 (first 18/19)
    ("batches", "count"): 1.0,                      # 8/8
    ("batches", "event"): 1.0,                      # 8/8
    ("batches", "region"): 1.0,                     # 8/8
    ("batches", "total_cny"): 1.0,                  # 5/5
    ("indicators", "growth_pct"): 1.0,              # 20/20
    ("indicators", "metric"): 0.888,                # 32/36
    ("indicators", "period"): 0.861,                # 31/36
    ("indicators", "region"): 0.972,                # 35/36
    ("indicators", "unit"): 1.0,                    # 36/36
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT105, min_pages=3)


def test_heldout105_scores_reach_floors() -> None:
    check_floors(HELDOUT105, "hundred-and-fifth held-out set", FLOORS, FIELD_FLOORS)
