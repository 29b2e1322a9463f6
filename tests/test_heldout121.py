"""Hundred-and-twenty-first held-out set (tests/data/heldout121): the digital economy and computing power
in Gansu and Guizhou.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Wanshan with its new district of Xieqiao and its development zone, Songtao, Yinjiang and Dejiang in
Tongren; Kongtong, Huating, Jingchuan, Lingtai and Zhuanglang in Pingliang; the Lanzhou New Area,
Minqin, Gulang and Tianzhu in Wuwei; Maiji, Qin'an, Gangu, Wushan and Zhangjiachuan in Tianshui): a
city paper's page (a dated head with page, section and editors, titles over lines of figures, a caption,
related links, an advert and an imprint foot with the page's mailbox and printer), a city government's
release (crumbs, a meta line counting visits, numbered cross-heads, a glossary, a site's foot) and a
provincial paper's economy page (``本报某地讯（新甘肃·甘肃日报记者 某某）``, an editors' line, a
continuation mark). Data and computing centres put online, started, finished, signed and talked over,
with their racks, PUE and computing power in ``P``; software parks and their phases; batches of
digital projects signed and started with their count and total, a batch in talks; the digital
economy's added value and share of GDP, software revenue, telecom business, 5G base stations in all
and per ten thousand people, homes on gigabit broadband, online government services.  Each has a
hand-made gold file in the schema of the shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-twenty-first held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT121 = DATA / "heldout121"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 15 of 15
    "money": {"precision": 0.986, "recall": 0.986},         # 72 of 73 (a price of 1.50元 read as 2)
    "projects": {"precision": 1.0, "recall": 0.944},        # 34 of 36 (first 28 of 36, 3 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 12 of 12 (first 11 of 12)
    "indicators": {"precision": 0.897, "recall": 0.972},    # 70 of 72, 8 false (first 58 of 72, 12 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 40/40, must-not 38/38 (first 28/38)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "dateline"): 1.0,                  # 5/5
    ("articles", "first_words"): 1.0,               # 15/15
    ("articles", "headline"): 1.0,                  # 15/15 (first 13/15)
    ("articles", "kicker"): 1.0,                    # 7/7 (first 5/7)
    ("articles", "reporters"): 1.0,                 # 13/13 (first 7/13)
    ("articles", "source"): 1.0,                    # 15/15
    ("money", "qualifier"): 1.0,                    # 72/72
    ("projects", "annual_output_cny"): 1.0,         # 6/6
    ("projects", "area"): 0.833,                    # 5/6
    ("projects", "capacity"): 0.789,                # 15/19 (first 13/16)
    ("projects", "date"): 0.75,                     # 18/24 (first 15/21)
    ("projects", "investment_cny"): 0.964,          # 27/28 (first 24/25)
    ("projects", "investor"): 0.666,                # 12/18 (the phases told alone carry their centre's firm)
    ("projects", "jobs"): 0.714,                    # 5/7
    ("projects", "location"): 0.911,                # 31/34 (first 25/28)
    ("projects", "location.city"): 1.0,             # 34/34
    ("projects", "location.county"): 0.903,         # 28/31
    ("projects", "location.detail"): 0.642,         # 9/14 (the phases told alone carry their centre's zone)
    ("projects", "location.province"): 1.0,         # 34/34
    ("projects", "stage"): 0.941,                   # 32/34 (first 26/28)
    ("projects", "status"): 1.0,                    # 34/34
    ("batches", "count"): 1.0,                      # 12/12
    ("batches", "event"): 1.0,                      # 12/12 (first 10/11)
    ("batches", "region"): 0.916,                   # 11/12
    ("batches", "total_cny"): 0.9,                  # 9/10
    ("indicators", "growth_pct"): 1.0,              # 22/22
    ("indicators", "metric"): 0.971,                # 68/70
    ("indicators", "period"): 0.771,                # 54/70
    ("indicators", "region"): 0.971,                # 68/70
    ("indicators", "unit"): 1.0,                    # 70/70
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT121, min_pages=3)


def test_heldout121_scores_reach_floors() -> None:
    check_floors(HELDOUT121, "hundred-and-twenty-first held-out set", FLOORS, FIELD_FLOORS)
