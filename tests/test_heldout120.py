"""Hundred-and-twentieth held-out set (tests/data/heldout120): border trade and ports in Guangxi and
Yunnan.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Jingxi with the Longbang port and its border economic cooperation zone, Napo with the Pingmeng port,
Debao and Tiandong in Baise; Longzhou with its zone, the Kejia port and the town of Xiadong, and
Tiandeng in Chongzuo; Malipo with the Tianbao port and its zone in Wenshan; Ning'er, Mojiang, Menglian
with the Meng'a port and Ximeng with the Mengka port in Pu'er; Jinping with the Jinshuihe port in
Honghe; Cangyuan with the Yonghe port in Lincang): a Hong Kong paper's web page in Traditional script
(``【某報專訊】記者 … 某地報道``, cross-heads opened by ``■``, a date line with share links, a site
notice), a Macau paper's page in Traditional script (a kicker over a title over a subtitle of figures,
an agency dispatch reprinted, briefs under ``■ 某某：…`` titles, ``【本報綜合報道】``, an imprint of
publisher, address and telephone), and a city news site's page in Simplified script (crumbs opened
by ``您当前的位置``, a meta line, editor lines, a tools bar with a share button naming the apps).
Projects at every stage from talks to production, imported goods processed where they land, logistics
hubs and a cross-border railway, batches signed and started with their count and total, amounts in
``亿元``, ``美元``, ``港元``, ``澳门元`` and ``新加坡元``, and a port's freight, trade and trips.  Each has a
hand-made gold file in the schema of the shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-twentieth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT120 = DATA / "heldout120"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 16 of 16 (first 12 of 16)
    "money": {"precision": 1.0, "recall": 1.0},             # 83 of 83
    "projects": {"precision": 0.972, "recall": 0.947},      # 36 of 38, 1 false (first 28 of 38, 6 false)
    "batches": {"precision": 1.0, "recall": 0.923},         # 12 of 13
    "indicators": {"precision": 1.0, "recall": 0.940},      # 63 of 67 (first 57 of 67, 8 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 57/57, must-not 38/38 (first 33/38)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "dateline"): 1.0,                  # 2/2 (first 1/5)
    ("articles", "first_words"): 1.0,               # 16/16
    ("articles", "headline"): 1.0,                  # 16/16 (first 10/12)
    ("articles", "kicker"): 0.833,                  # 5/6 (first 4/6)
    ("articles", "reporters"): 1.0,                 # 7/7
    ("articles", "source"): 1.0,                    # 12/12
    ("money", "qualifier"): 1.0,                    # 83/83
    ("projects", "annual_output_cny"): 0.857,       # 6/7
    ("projects", "area"): 0.8,                     # 8/10 (first 5/7)
    ("projects", "capacity"): 0.611,                # 11/18 (first 9/14)
    ("projects", "date"): 0.857,                    # 12/14 (first 9/11)
    ("projects", "investment_cny"): 1.0,            # 28/28 (first 21/24)
    ("projects", "investor"): 0.8,                  # 8/10 (first 8/13)
    ("projects", "jobs"): 0.8,                      # 4/5 (first 3/5)
    ("projects", "location"): 0.888,                # 32/36 (first 25/28)
    ("projects", "location.city"): 1.0,             # 36/36
    ("projects", "location.county"): 0.888,         # 32/36
    ("projects", "location.detail"): 0.647,         # 11/17 (first 1/13)
    ("projects", "location.province"): 1.0,         # 36/36
    ("projects", "stage"): 0.916,                   # 33/36 (first 27/28)
    ("projects", "status"): 1.0,                    # 36/36
    ("batches", "count"): 1.0,                      # 12/12
    ("batches", "event"): 0.916,                    # 11/12
    ("batches", "region"): 0.666,                   # 8/12
    ("batches", "total_cny"): 1.0,                  # 7/7
    ("indicators", "growth_pct"): 1.0,              # 36/36
    ("indicators", "metric"): 1.0,                  # 63/63
    ("indicators", "period"): 0.904,                # 57/63 (first 52/57)
    ("indicators", "region"): 0.714,                # 45/63 (first 39/57)
    ("indicators", "unit"): 1.0,                    # 63/63
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT120, min_pages=3)


def test_heldout120_scores_reach_floors() -> None:
    check_floors(HELDOUT120, "hundred-and-twentieth held-out set", FLOORS, FIELD_FLOORS)
