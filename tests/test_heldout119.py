"""Hundred-and-nineteenth held-out set (tests/data/heldout119): project tours, rankings and batch starts in
Anhui and Hubei.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Anqing with Tongcheng, Huaining, Qianshan, Wangjiang, Susong, Yuexi and the districts of Yixiu, Daguan
and Yingjiang; Huaibei with Suixi and the districts of Xiangshan, Duji and Lieshan; Bengbu with Huaiyuan,
Wuhe, Guzhen and the districts of Huaishang and Yuhui; in Hubei the province-administered cities of
Tianmen, Qianjiang and Xiantao): a print page with a masthead, a quarterly project tour told one site a
paragraph, a caption, a commentary box under ``【短评】`` and briefs; a web copy in half-width
punctuation with a meta line, stories under ``相关阅读`` and a ``责任编辑`` line (a batch started at a main
venue and three sub-venues, a separator plant, a vehicle plant's first vehicle, a tour ranked); and a
page extracted with markdown heading marks (counties ranked by the investment they completed, a batch
started at several venues, a battery plant from signing to full output, briefs). Each has a hand-made
gold file in the schema of the shared gold set. The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-nineteenth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT119 = DATA / "heldout119"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 19 of 19 (first 18 of 19)
    "money": {"precision": 1.0, "recall": 1.0},             # 76 of 76
    "projects": {"precision": 0.925, "recall": 1.0},        # 37 of 37, 3 false (first 33 of 37, 5 false)
    "batches": {"precision": 1.0, "recall": 0.968},         # 31 of 32 (first 31 of 32, 3 false)
    "indicators": {"precision": 1.0, "recall": 0.941},      # 48 of 51 (first 48 of 51, 3 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 37/37, must-not 33/33 (first 27/33)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "dateline"): 1.0,                  # 7/7
    ("articles", "first_words"): 1.0,               # 19/19 (first 18/18)
    ("articles", "headline"): 1.0,                  # 19/19 (first 18/18)
    ("articles", "kicker"): 1.0,                    # 3/3
    ("articles", "reporters"): 1.0,                 # 18/18
    ("articles", "source"): 1.0,                    # 14/14
    ("money", "qualifier"): 1.0,                    # 76/76
    ("projects", "annual_output_cny"): 0.727,       # 8/11 (first 6/9)
    ("projects", "area"): 1.0,                      # 4/4
    ("projects", "capacity"): 0.965,                # 28/29 (first 26/27)
    ("projects", "date"): 0.785,                    # 22/28 (first 20/26)
    ("projects", "investment_cny"): 0.923,          # 24/26 (first 20/22)
    ("projects", "investor"): 0.884,                # 23/26 (first 20/23)
    ("projects", "jobs"): 1.0,                      # 5/5 (first 4/4)
    ("projects", "location"): 1.0,                  # 37/37 (first 33/33)
    ("projects", "location.city"): 1.0,             # 25/25 (first 22/22)
    ("projects", "location.county"): 1.0,           # 37/37 (first 33/33)
    ("projects", "location.detail"): 0.608,         # 14/23 (first 12/20)
    ("projects", "location.province"): 1.0,         # 37/37 (first 33/33)
    ("projects", "stage"): 0.918,                   # 34/37 (first 31/33)
    ("projects", "status"): 0.891,                  # 33/37 (first 30/33)
    ("batches", "count"): 1.0,                      # 29/29
    ("batches", "event"): 1.0,                      # 31/31 (first 29/31)
    ("batches", "region"): 1.0,                     # 31/31 (first 25/31)
    ("batches", "total_cny"): 0.944,                # 17/18
    ("indicators", "growth_pct"): 1.0,              # 32/32
    ("indicators", "metric"): 1.0,                  # 48/48
    ("indicators", "period"): 0.979,                # 47/48
    ("indicators", "region"): 0.916,                # 44/48
    ("indicators", "unit"): 1.0,                    # 48/48
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT119, min_pages=3)


def test_heldout119_scores_reach_floors() -> None:
    check_floors(HELDOUT119, "hundred-and-nineteenth held-out set", FLOORS, FIELD_FLOORS)
