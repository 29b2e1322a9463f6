"""Hundred-and-twenty-fourth held-out set (tests/data/heldout124): resources, energy chemicals and
textiles in Xinjiang and Qinghai.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(in Qinghai the Da Qaidam administrative committee with the Yiliping and West Taijinaier salt lakes,
the Qarhan salt lake, the Ganhe park of Xining's development zone, Huangzhong, Huangyuan, Tianjun,
Menyuan, Gonghe with the Talatan; in Xinjiang Yining county, Huocheng, Qapqal, Gongliu and Nilka in Ili,
the Karamay high-tech zone and Dushanzi, the Kuytun–Dushanzi development zone, Jinghe and Bole in
Bortala, Bachu, Shule, Jiashi, Yopurga, Makit, Yarkant, Poskam, Yengisar and Shufu in Kashgar with the
Kashgar development zone): a provincial paper's page with a masthead, a turn line and briefs under
``■ 某地：…`` titles after a column label, a regional news site's page with a meta line and stories
under a ``相关新闻`` label, and a weekly's page with a section's editor line and a story hard-wrapped
at the column width.  Salt-lake lithium and potash, coal to olefins and glycol, polysilicon and
solar glass, cotton spinning and garments; stages in the trade's words (``投料试车``, ``打通全流程``,
``产出合格产品``, ``满负荷生产``), a prefecture's starts held at a main venue with their count and
total, aid to Xinjiang and Qinghai naming the investing province's firm, and statistics told per
prefecture and county.  Each has a hand-made gold file in the schema of the shared gold set.  The
floors sit at the measured level (see docs/evaluation.md, "Hundred-and-twenty-fourth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT124 = DATA / "heldout124"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 20 of 20
    "money": {"precision": 1.0, "recall": 1.0},             # 72 of 72
    "projects": {"precision": 1.0, "recall": 0.970},        # 33 of 34 (first 33 of 34, 6 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 8 of 8 (first 7 of 8)
    "indicators": {"precision": 0.986, "recall": 0.986},    # 72 of 73, 1 false (first 72 of 73, 3 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 50/50, must-not 40/40 (first 35/40)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "dateline"): 1.0,                  # 4/4
    ("articles", "first_words"): 1.0,               # 20/20
    ("articles", "headline"): 0.95,                 # 19/20
    ("articles", "kicker"): 0.75,                   # 3/4 (first 2/4)
    ("articles", "reporters"): 1.0,                 # 14/14 (first 14/18)
    ("articles", "source"): 1.0,                    # 15/15 (first 15/19)
    ("money", "qualifier"): 1.0,                    # 72/72
    ("projects", "annual_output_cny"): 0.666,       # 6/9
    ("projects", "capacity"): 0.967,                # 30/31
    ("projects", "date"): 1.0,                      # 18/18
    ("projects", "investment_cny"): 1.0,            # 32/32 (first 31/32)
    ("projects", "investor"): 0.812,                # 13/16 (first 13/18)
    ("projects", "jobs"): 0.812,                    # 13/16
    ("projects", "location"): 0.909,                # 30/33 (first 28/33)
    ("projects", "location.detail"): 0.764,         # 13/17 (first 10/17)
    ("projects", "stage"): 0.969,                   # 32/33 (first 30/33)
    ("projects", "status"): 0.969,                  # 32/33 (first 31/33)
    ("batches", "count"): 1.0,                      # 8/8
    ("batches", "event"): 1.0,                      # 8/8
    ("batches", "region"): 0.875,                   # 7/8 (first 4/7)
    ("batches", "total_cny"): 0.857,                # 6/7
    ("indicators", "growth_pct"): 1.0,              # 48/48
    ("indicators", "metric"): 1.0,                  # 72/72 (first 67/72)
    ("indicators", "period"): 0.902,                # 65/72
    ("indicators", "region"): 0.930,                # 67/72 (first 61/72)
    ("indicators", "unit"): 1.0,                    # 72/72
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT124, min_pages=3)


def test_heldout124_scores_reach_floors() -> None:
    check_floors(HELDOUT124, "hundred-and-twenty-fourth held-out set", FLOORS, FIELD_FLOORS)
