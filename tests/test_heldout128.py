"""Hundred-and-twenty-eighth held-out set (tests/data/heldout128): government work reports as county
papers print them, and a county paper's page on its two sessions.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Juancheng in Heze, Shandong, with its economic development zone and the towns of Shiji, Hongchuan,
Jiucheng, Jishan, Dongkou, Linpu and Penglou; Suining in Xuzhou, Jiangsu, with its high-tech zone and
the towns of Shaji, Lingcheng, Shuanggou, Wangji, Gupi, Yaoji, Weiji, Liangji and Qing'an; Hai'an in
Nantong, Jiangsu, with its high-tech zone and development zone and the towns of Chengdong, Duntou,
Libao, Qutang, Jiaoxie, Nanmo, Baidian, Yazhou and Dagong): a county paper's special page printing the
abstract of its county's work report (masthead over its pinyin, owner line, dated page line, editors,
the session line opened by a dash, the speaker line, ``各位代表：``, sections ``一、`` and ``（一）``,
last year's results, this year's goals and key projects), a story of the congress's second plenary
with deputies' words, a box of the report's key words and a story of the consultative conference;
a county paper's digital edition printing another county's abstract (menu, page line, list of the
page's titles, a numbered list of key projects ``1．…：…；``, deputies' words with a box of figures,
links, copyright); a county-level city paper's printed page on its two sessions (a figures line with
a column tag over the title, a jump line, a bracketed block of deputies' words, a photo news with two
captions, a signing, briefs opened by ``●``, a box of key figures with the number first and a story
of the year's key projects).  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Hundred-and-twenty-eighth held-out
set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT128 = DATA / "heldout128"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 14 of 14 (first 14 of 14, 1 false)
    "money": {"precision": 1.0, "recall": 0.982},           # 57 of 58 (first 54 of 55, 6 false)
    "projects": {"precision": 0.973, "recall": 0.88},       # 37 of 42, 1 false (first 33 of 42, 2 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 21 of 21 (first 21 of 21, 2 false)
    "indicators": {"precision": 0.972, "recall": 0.878},    # 72 of 82, 2 false (first 70 of 82, 8 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 30/30, must-not 33/33 (first 26/33)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 14/14
    ("articles", "headline"): 1.0,                  # 14/14
    ("articles", "kicker"): 1.0,                    # 3/3
    ("articles", "reporters"): 0.916,               # 11/12
    ("articles", "source"): 0.888,                  # 8/9
    ("money", "qualifier"): 1.0,                    # 57/57
    ("projects", "annual_output_cny"): 1.0,         # 2/2
    ("projects", "capacity"): 0.947,                # 18/19 (first 16/17)
    ("projects", "date"): 0.466,                    # 7/15 (first 5/13)
    ("projects", "investment_cny"): 0.785,          # 11/14 (first 9/12)
    ("projects", "investor"): 0.857,                # 6/7
    ("projects", "jobs"): 1.0,                      # 2/2
    ("projects", "location"): 1.0,                  # 37/37
    ("projects", "location.city"): 1.0,             # 37/37
    ("projects", "location.county"): 1.0,           # 37/37
    ("projects", "location.detail"): 0.875,         # 21/24 (first 18/21)
    ("projects", "location.province"): 1.0,         # 37/37
    ("projects", "stage"): 0.945,                   # 35/37 (first 31/33)
    ("projects", "status"): 0.945,                  # 35/37 (first 32/33)
    ("batches", "count"): 1.0,                      # 21/21
    ("batches", "event"): 0.952,                    # 20/21
    ("batches", "region"): 0.952,                   # 20/21
    ("batches", "total_cny"): 1.0,                  # 9/9
    ("indicators", "growth_pct"): 0.973,            # 37/38 (first 33/36)
    ("indicators", "metric"): 1.0,                  # 72/72
    ("indicators", "period"): 0.986,                # 71/72 (first 60/70)
    ("indicators", "region"): 0.986,                # 71/72
    ("indicators", "unit"): 1.0,                    # 72/72
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT128, min_pages=3)


def test_heldout128_scores_reach_floors() -> None:
    check_floors(HELDOUT128, "hundred-and-twenty-eighth held-out set", FLOORS, FIELD_FLOORS)
