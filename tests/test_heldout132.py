"""Hundred-and-thirty-second held-out set (tests/data/heldout132): a week's economic round-up and a
month's project schedule of Shanxi and Heilongjiang.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(in Xinzhou, Wutai with the towns of Taihuai and Dongye, Fanshi with Shahe, Ningwu with Dongzhai,
Jingle with Dujiacun, Shenchi, Wuzhai, Kelan with its economic and technological development zone,
Pianguan with Laoying and Xinguan, and Xinfu; the city of Jixi with Hulin, Mishan and its port of
Dangbi, Jidong with Xiangyang and Pingyang, and the districts of Jiguan, Hengshan, Didao,
Chengzihe and Mashan; in Linfen, Gu with Beiping and Guyang, Anze with Fucheng and its economic and
technological development zone, Fushan with Tiantan and Xiangshuihe, Xi with Longquan, Pu with
Heilongguan and Pucheng, Fenxi with Yong'an and Sengnian): a city paper's economic weekly page (a
masthead over its pinyin, a digest ``一周经济要闻`` with its span of days in brackets, one-line items
under bracketed counties ``【某县】`` and under triangles, a note of where the page's copy came from,
short stories, an advert); a city paper's inside page (a lead story on the month's scheduling meeting
with a deck of figures under its title, a table of key projects printed with single spaces between
its cells ``序号 项目名称 建设内容 总投资（万元） 年度计划 1-10月完成 形象进度`` closed by a unit and
source note, a photo news opened by a triangle with its credit line, stories and a column of briefs
opened by ``●``); and a city paper's digital edition (its menu, page line and arrowed page links, a
progress report with a bulleted deck and a meta line, the city's statistics, a county's batch of
starts, a photo news, briefs under bracketed stage tags, related links and footer).  Projects at every
stage, batches by count and total, key works by ``项``, and the places' indicators.  Each has a
hand-made gold file in the schema of the shared gold set.  The floors sit at the measured level (see
docs/evaluation.md, "Hundred-and-thirty-second held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT132 = DATA / "heldout132"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 20 of 20 (first 18 of 20, 1 false)
    "money": {"precision": 1.0, "recall": 1.0},             # 91 of 91
    "projects": {"precision": 0.905, "recall": 0.941},      # 48 of 51, 5 false (first 43 of 51, 4 false)
    "batches": {"precision": 0.88, "recall": 0.956},        # 22 of 23, 3 false (first 17 of 21, 3 false)
    "indicators": {"precision": 0.96, "recall": 0.813},     # 48 of 59, 2 false (first 42 of 58, 7 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 32/32, must-not 42/42 (first 39/43)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 20/20
    ("articles", "headline"): 0.95,                 # 19/20 (first 15/18)
    ("articles", "kicker"): 0.8,                    # 4/5 (first 2/5)
    ("articles", "reporters"): 0.944,               # 17/18
    ("articles", "source"): 0.823,                  # 14/17
    ("money", "qualifier"): 1.0,                    # 91/91
    ("projects", "annual_output_cny"): 1.0,         # 8/8
    ("projects", "area"): 0.8,                      # 4/5
    ("projects", "capacity"): 0.823,                # 28/34
    ("projects", "date"): 0.809,                    # 17/21
    ("projects", "investment_cny"): 0.926,          # 38/41 (first 27/36)
    ("projects", "investor"): 0.571,                # 8/14
    ("projects", "jobs"): 1.0,                      # 5/5
    ("projects", "location"): 0.979,                # 47/48 (first 37/43)
    ("projects", "location.city"): 1.0,             # 48/48
    ("projects", "location.county"): 0.979,         # 47/48
    ("projects", "location.detail"): 0.74,          # 20/27
    ("projects", "location.province"): 1.0,         # 48/48
    ("projects", "stage"): 0.895,                   # 43/48
    ("projects", "status"): 0.875,                  # 42/48 (first 40/43)
    ("batches", "count"): 1.0,                      # 22/22
    ("batches", "event"): 0.954,                    # 21/22
    ("batches", "region"): 0.909,                   # 20/22
    ("batches", "total_cny"): 1.0,                  # 14/14 (first 7/11)
    ("indicators", "growth_pct"): 1.0,              # 28/28
    ("indicators", "metric"): 0.958,                # 46/48
    ("indicators", "period"): 0.833,                # 40/48
    ("indicators", "region"): 0.979,                # 47/48
    ("indicators", "unit"): 1.0,                    # 48/48
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT132, min_pages=3)


def test_heldout132_scores_reach_floors() -> None:
    check_floors(HELDOUT132, "hundred-and-thirty-second held-out set", FLOORS, FIELD_FLOORS)
