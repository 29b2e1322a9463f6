"""Hundred-and-twenty-sixth held-out set (tests/data/heldout126): county papers of Hebei and Henan with
heavy layout noise.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Quzhou with its economic development zone and the towns of Anzhai, Yizhuang, Huaiqiao, Houcun,
Baizhai and Nanliyue in Handan; Neihuang with its advanced manufacturing zone and the towns of Er'an,
Gaodi, Chuwang, Bocheng, Zhanglong, Mashang, Songcun, Zhongzhao and Jingdian in Anyang; Weishi with
its economic and technological development zone and the towns of Zhuqu, Daying, Caizhuang, Yongxing,
Daqiao, Menlouren, Zhangshi, Gangli, Shibali, Nancao and Shuipo in Kaifeng): a county paper's front
page (masthead in Chinese and pinyin, an owner line, an issue line with the permit of an internal
paper, a weather box with living indices, a contents box, a lead story closed by ``（下转第2版）``, a
photo news with a long caption, a column of briefs opened by ``●本报讯``, an editor line, an imprint,
an advert and a subscription notice); an inside page of another county paper (a running head, a
section line with its editors, a story continued under ``（上接第1版）`` in narrow lines, briefs opened
by ``◆``, a caption opened by ``▲``, two lost-document notices and a foot with the printer and the
price); and a county paper's digital edition (its page line, a weather line, a contents box and a
list of the page's titles, a subtitle opened by a dash, a meta line with source and authors, briefs
under bracketed stage tags, related news, tools and footer). Projects at every stage, monthly batches
signed and started with their count and total, and the counties' indicators.  Each has a hand-made
gold file in the schema of the shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-twenty-sixth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT126 = DATA / "heldout126"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 18 of 18 (first 17 of 18, 1 false)
    "money": {"precision": 1.0, "recall": 1.0},             # 78 of 78
    "projects": {"precision": 0.977, "recall": 0.977},      # 43 of 44, 1 false (first 41 of 44, 1 false)
    "batches": {"precision": 0.944, "recall": 1.0},         # 17 of 17, 1 false
    "indicators": {"precision": 1.0, "recall": 0.842},      # 32 of 38 (first 29 of 37, 4 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 38/38, must-not 53/53 (first 38/53)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 18/18
    ("articles", "headline"): 0.944,                # 17/18
    ("articles", "kicker"): 0.75,                   # 3/4 (first 2/4)
    ("articles", "reporters"): 0.937,               # 15/16
    ("articles", "source"): 0.857,                  # 12/14
    ("money", "qualifier"): 1.0,                    # 78/78
    ("projects", "annual_output_cny"): 0.923,       # 12/13
    ("projects", "area"): 1.0,                      # 13/13
    ("projects", "capacity"): 0.906,                # 29/32
    ("projects", "date"): 0.866,                    # 26/30
    ("projects", "investment_cny"): 1.0,            # 31/31
    ("projects", "investor"): 0.833,                # 15/18
    ("projects", "jobs"): 1.0,                      # 7/7 (first 6/7)
    ("projects", "location"): 0.93,                 # 40/43 (first 33/41)
    ("projects", "location.city"): 0.93,            # 40/43
    ("projects", "location.county"): 0.93,          # 40/43
    ("projects", "location.detail"): 0.891,         # 33/37 (first 25/36)
    ("projects", "location.province"): 1.0,         # 43/43 (first 35/41)
    ("projects", "stage"): 0.976,                   # 42/43
    ("projects", "status"): 1.0,                    # 43/43
    ("batches", "count"): 1.0,                      # 17/17
    ("batches", "event"): 1.0,                      # 17/17
    ("batches", "region"): 0.823,                   # 14/17
    ("batches", "total_cny"): 1.0,                  # 14/14
    ("indicators", "growth_pct"): 1.0,              # 21/21
    ("indicators", "metric"): 0.968,                # 31/32
    ("indicators", "period"): 0.687,                # 22/32
    ("indicators", "region"): 0.968,                # 31/32
    ("indicators", "unit"): 1.0,                    # 32/32
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT126, min_pages=3)


def test_heldout126_scores_reach_floors() -> None:
    check_floors(HELDOUT126, "hundred-and-twenty-sixth held-out set", FLOORS, FIELD_FLOORS)
