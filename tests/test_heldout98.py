"""Ninety-eighth held-out set (tests/data/heldout98): the digital economy, new energy vehicles and parks.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Shiyan in Hubei with Yunyang, Zhangwan, Maojian, Danjiangkou and Zhuxi; Guiyang in Guizhou with the
Gui'an new area, Guanshanhu, Huaxi, Qingzhen and Xiuwen; Huzhou in Zhejiang with the Nantaihu new
area, Wuxing, Nanxun, Deqing and its Moganshan high-tech zone, Anji): a city paper's print page with
full-width figures and letters mixed with ASCII ones and a title set over two lines (a signing whose
three projects are given only a joint sum, a battery plant's first phase in production, a truck plant
started, a county's starts, a storage-battery signing and talks, brief items, an advert); a city
paper's web copy in markdown (data centres by racks and computing power, a software park signing
firms, a credit line and a fund, the park's revenue and tax, a quarter's figures, a parts park
signed); and a print page whose titles a narrow column cut in two (a wafer fab topped out, a signing
with a joint sum, a zone's revenue and tax, a digital park's tenants, a district's four months).
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Ninety-eighth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT98 = DATA / "heldout98"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 14 of 14 (first 14 of 14, 1 false)
    "money": {"precision": 1.0, "recall": 1.0},             # 69 of 69
    "projects": {"precision": 0.977, "recall": 0.977},      # 43 of 44, 1 false hit (first 39 of 44, 5 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 20 of 20
    "indicators": {"precision": 1.0, "recall": 0.941},      # 64 of 68 (first 60 of 68, 1 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 37/37, must-not 29/29 (first 20/29)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 14/14
    ("articles", "headline"): 1.0,                  # 14/14 (first 10/14)
    ("articles", "kicker"): 1.0,                    # 5/5 (first 5/9)
    ("articles", "reporters"): 1.0,                 # 12/12 (first 12/13)
    ("articles", "source"): 1.0,                    # 13/13
    ("money", "qualifier"): 1.0,                    # 69/69
    ("projects", "annual_output_cny"): 0.875,       # 7/8
    ("projects", "area"): 1.0,                      # 7/7
    ("projects", "capacity"): 0.904,                # 19/21 (first 15/21)
    ("projects", "date"): 0.956,                    # 22/23
    ("projects", "investment_cny"): 1.0,            # 21/21
    ("projects", "investor"): 0.818,                # 9/11 (first 7/11)
    ("projects", "jobs"): 0.8,                      # 4/5
    ("projects", "location"): 0.976,                # 42/43 (first 31/39) (before leftovers 37: 41/43)
    ("projects", "location.city"): 0.973,           # 37/38 (first 32/39) (before leftovers 37: 38/40)
    ("projects", "location.county"): 1.0,           # 33/33 (first 29/30)
    ("projects", "location.detail"): 0.882,         # 30/34 (first 20/29) (before leftovers 37: 28/33)
    ("projects", "location.province"): 1.0,         # 43/43 (first 36/39)
    ("projects", "stage"): 0.976,                   # 42/43 (first 37/39)
    ("projects", "status"): 1.0,                    # 43/43 (first 39/39)
    ("batches", "count"): 1.0,                      # 20/20
    ("batches", "event"): 1.0,                      # 19/19 (first 18/19)
    ("batches", "region"): 1.0,                     # 20/20 (first 17/20) (before leftovers 37: 19/20)
    ("batches", "total_cny"): 1.0,                  # 11/11
    ("indicators", "growth_pct"): 1.0,              # 28/28
    ("indicators", "metric"): 0.89,                 # 57/64 (first 53/60)
    ("indicators", "period"): 1.0,                  # 64/64 (first 59/60)
    ("indicators", "region"): 0.953,                # 61/64 (first 41/60) (before leftovers 37: 56/64)
    ("indicators", "unit"): 1.0,                    # 64/64 (first 60/60)
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT98, min_pages=3)


def test_heldout98_scores_reach_floors() -> None:
    check_floors(HELDOUT98, "ninety-eighth held-out set", FLOORS, FIELD_FLOORS)
