"""Eighty-sixth held-out set (tests/data/heldout86): culture, tourism, health-care and commerce works.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Zhejiang's Quzhou with Kaihua, Jiangshan, Kecheng and Qujiang; Shandong's Yinan; Guizhou's Libo,
Leishan, Zhenning, Sandu, Guiding and Ziyun): a city paper's culture-tourism page from a PDF (a
holiday's visitors and tourism income, a scenic area's upgrade accepted, a resort signed, a hotel on
trial operation, a fitness centre opened), a county portal's story of a hospital's new campus topped
out, an elderly-care centre opened, a fitness centre and a health centre finished, and a provincial
daily's brief column (a holiday's figures, a resort signed, a scenic area's upgrade started, a mall
opened, a stadium accepted, a hotel and a care centre opened, the count of graded scenic areas).
Capacities are beds, rooms, seats and visitors a year; floor areas are 建筑面积.  Each page has a
hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Eighty-sixth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT86 = DATA / "heldout86"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 0.0, "recall": 0.0},
    "money": {"precision": 0.0, "recall": 0.0},
    "projects": {"precision": 0.0, "recall": 0.0},
    "batches": {"precision": 0.0, "recall": 0.0},
    "indicators": {"precision": 0.0, "recall": 0.0},
    "cleaning": {"precision": 0.0, "recall": 0.0},
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT86, min_pages=3)


def test_heldout86_scores_reach_floors() -> None:
    check_floors(HELDOUT86, "eighty-sixth held-out set", FLOORS, FIELD_FLOORS)
