"""Hundred-and-eighth held-out set (tests/data/heldout108): private firms, specialised manufacturers and
county industrial clusters in Sichuan and Chongqing.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Dayi with its micro-enterprise park in Jinyuan and Anren, Xindu with its high-tech park, Mulan and
its furniture cluster, Shuangliu with the Xihanggang development zone in Chengdu; Jieshi, Jiangjia
and Mudong in Banan and the Degan park in Jiangjin in Chongqing; Ningnan with its silk cluster,
Huidong with its park of small firms in Shenyuhe, Xide and Ganluo in Liangshan): a county paper's
print page with full-width punctuation, a masthead, an edition line, a caption, an advert and a
column of briefs (a micro-enterprise park's second phase finished, a district's batch of industrial
starts with its signings and talks, a "little giant" firm's third line in production and its fourth
planned, a furniture cluster's output and its fund); a web copy with half-width punctuation, a
"来源" line, tool and footer bars (a park of small firms, a specialised firm's new line financed by
a loan, a biomedicine park's batch of starts, signings, talks, a cluster's output, a grain-oil
cluster under 相关新闻); and a digital edition with a byline on a line of its own (a silk cluster, a
park of small firms opened with a batch of starts, a farm-produce park, a vanadium line in
production, briefs opened by middle dots). Each has a hand-made gold file in the schema of the
shared gold set. The floors sit at the measured level (see docs/evaluation.md, "Hundred-and-eighth
held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT108 = DATA / "heldout108"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 12 of 12 (first 10 of 12)
    "money": {"precision": 1.0, "recall": 1.0},             # 70 of 70
    "projects": {"precision": 1.0, "recall": 0.916},       # 33 of 36, 0 false (first 22 of 36, 1 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 12 of 12
    "indicators": {"precision": 0.926, "recall": 0.94},    # 63 of 67, 5 false (first 60 of 67, 12 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 28/28, must-not 35/35 (first 28/35)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 12/12 (first 10/10)
    ("articles", "headline"): 0.916,                # 11/12 (first 7/10)
    ("articles", "kicker"): 0.857,                  # 6/7 (first 3/6)
    ("articles", "reporters"): 1.0,                 # 10/10
    ("articles", "source"): 1.0,                    # 10/10
    ("money", "qualifier"): 1.0,                    # 70/70
    ("projects", "annual_output_cny"): 1.0,         # 9/9 (first 7/8)
    ("projects", "area"): 0.642,                    # 9/14 (first 6/8)
    ("projects", "capacity"): 0.866,                # 13/15 (first 11/13)
    ("projects", "date"): 0.777,                    # 14/18 (first 10/13)
    ("projects", "investment_cny"): 0.88,           # 22/25 (first 18/21)
    ("projects", "investor"): 0.789,                # 15/19 (first 12/14)
    ("projects", "jobs"): 0.8,                      # 4/5 (first 4/4)
    ("projects", "location"): 0.969,                # 32/33 (first 22/22)
    ("projects", "location.city"): 1.0,             # 33/33
    ("projects", "location.county"): 0.969,         # 32/33 (first 22/22)
    ("projects", "location.detail"): 0.517,         # 15/29 (first 9/17)
    ("projects", "location.province"): 1.0,         # 33/33
    ("projects", "stage"): 0.969,                   # 32/33 (first 21/22)
    ("projects", "status"): 0.969,                  # 32/33 (first 21/22)
    ("batches", "count"): 1.0,                      # 11/11
    ("batches", "event"): 0.916,                    # 11/12
    ("batches", "region"): 1.0,                     # 12/12
    ("batches", "total_cny"): 1.0,                  # 8/8
    ("indicators", "growth_pct"): 1.0,              # 18/18
    ("indicators", "metric"): 0.904,                # 57/63 (first 54/60)
    ("indicators", "period"): 0.809,                # 51/63 (51/62 before; smart factories take the quarters)
    ("indicators", "region"): 0.793,                # 50/63 (first 47/60)
    ("indicators", "unit"): 1.0,                    # 63/63
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT108, min_pages=3)


def test_heldout108_scores_reach_floors() -> None:
    check_floors(HELDOUT108, "hundred-and-eighth held-out set", FLOORS, FIELD_FLOORS)
