"""Second held-out set (tests/data/heldout2): pages of provinces and layouts the rules were not written from.

Ten pages in the style of Shandong, Zhejiang, Jiangsu, Fujian, Yunnan, Inner
Mongolia, Xinjiang, Heilongjiang, Hebei and Hainan newspapers, bulletins and
government portals, each with a hand-made gold file in the schema of the
shared gold set.  The floors sit at the measured level; a rule change that
loses quality here fails (see docs/evaluation.md, "Second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT2 = DATA / "heldout2"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},      # 19 of 19 (baseline 13, 15; 18 before clean-columns)
    "money": {"precision": 1.0, "recall": 1.0},         # 100 of 100 (baseline 98, 101)
    "projects": {"precision": 1.0, "recall": 1.0},      # 37 of 37 (baseline 29, 34)
    "batches": {"precision": 1.0, "recall": 1.0},       # 20 of 20
    "indicators": {"precision": 0.98, "recall": 1.0},  # 59 of 59, 60 predicted (baseline 54, 73)
    "cleaning": {"precision": 1.0, "recall": 1.0},      # 29/29 (baseline: 6 noise strings left)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,           # 19/19 (baseline 11/13)
    ("articles", "source"): 1.0,             # 12/12 (baseline 9/12)
    ("articles", "reporters"): 1.0,          # 11/11 (10/11 before the speaker of a work report)
    ("money", "qualifier"): 1.0,             # 98/98
    ("batches", "count"): 1.0,               # 19/19
    ("batches", "event"): 1.0,               # 20/20 (19/20 before set 27's rules)
    ("batches", "total_cny"): 0.93,          # 14/15 (12/15 before funds arrived, 13/15 before set 27)
    ("batches", "region"): 0.89,             # 18/20 (baseline 12/19)
    ("projects", "investment_cny"): 1.0,     # 26/26 (baseline 20/22)
    ("projects", "stage"): 0.94,             # 35/37 (baseline 19/29)
    ("projects", "status"): 1.0,             # 37/37 (baseline 20/29; 36/37 before set 48)
    # 30/37 (baseline 20/29): the four projects of the two-column page, found since clean-columns,
    # lack the county of a zone named after a county-level city that the page never writes in
    # full (`某阴高新区`); this set's gold gives it, the later sets' gold leaves it empty (section 40)
    ("projects", "location"): 0.8,
    ("projects", "investor"): 0.95,          # 21/22 (baseline 7/18)
    ("projects", "date"): 1.0,               # 20/20 (baseline 5/16)
    ("projects", "jobs"): 1.0,               # 5/5 (baseline 1/5)
    ("projects", "annual_output_cny"): 1.0,  # 10/10 (baseline 7/10)
    ("indicators", "unit"): 1.0,             # 55/55 (baseline 51/54)
    ("indicators", "period"): 1.0,           # 55/55 (baseline 31/54)
    ("indicators", "region"): 0.89,          # 49/55 (baseline 35/54)
    ("indicators", "growth_pct"): 1.0,       # 50/50 (48/50 before rates given in turn, set 31)
}



def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT2, min_pages=10)


def test_heldout2_scores_reach_floors() -> None:
    check_floors(HELDOUT2, "second held-out set", FLOORS, FIELD_FLOORS)
