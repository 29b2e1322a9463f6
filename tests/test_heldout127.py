"""Hundred-and-twenty-seventh held-out set (tests/data/heldout127): new-energy vehicles, batteries and
parts in counties and districts of Anhui and Shaanxi.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Hanshan in Ma'anshan with its economic development zone and the towns of Yuncao, Lintou, Tongzha,
Xianzong, Zhaoguan and Taochang; Chencang with the towns of Qianhe, Guozhen and Yangping, Mei County
with Shoushan and Hengqu, Fufeng with Jiangzhang and Famen, and Qianyang with Nanzhai, in Baoji;
Nanzheng with the towns of Liangshan, Xieshui, Dahekan and Huangguan, and Hantai with Laojun, in
Hanzhong): a county paper's front page (masthead in Chinese and pinyin, an owner line naming who
oversees and who publishes it, an issue line with the lunar day, a permit line, a section and page
line between double rules, a contents box with pointers, a batch of parts suppliers signed around a
maker, a first vehicle off the line, the county's ten months, a leader's tour of key projects, a
photo news, a trip to seek investors, a column of briefs, an editor line, an advert and a call to
subscribe); a city daily's inside page (a running head, the page number alone, a section line with
its editors, a lead story in narrow lines cut inside words, a battery plant put into production, a
motor plant whose main works are done, a county's batch of starts, the city's vehicle output and
exports, a caption, a fair's talks, an interiors park finished, a short comment); a district
portal's article page (brand and portal's name apart by a bar, menu, crumbs, page tools, a subtitle
opened by a dash, a meta line, sections led by a stage word and a colon, related news with their own
meta lines, links, share bar and footer).  Each has a hand-made gold file in the schema of the shared
gold set.  The floors sit at the measured level (see docs/evaluation.md, "Hundred-and-twenty-seventh
held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT127 = DATA / "heldout127"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 20 of 20
    "money": {"precision": 1.0, "recall": 1.0},             # 80 of 80 (first 79 of 80, 2 false)
    "projects": {"precision": 0.882, "recall": 0.882},      # 30 of 34, 4 false (first 29 of 34, 5 false)
    "batches": {"precision": 0.933, "recall": 0.875},       # 14 of 16, 1 false (first 11 of 16, 1 false)
    "indicators": {"precision": 0.837, "recall": 0.9},      # 36 of 40, 7 false (first 36 of 40, 11 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 37/37, must-not 47/47 (first 37/47)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 20/20
    ("articles", "headline"): 1.0,                  # 20/20 (first 19/20)
    ("articles", "kicker"): 0.875,                  # 7/8 (first 6/8)
    ("articles", "reporters"): 0.823,               # 14/17
    ("articles", "source"): 0.947,                  # 18/19
    ("money", "qualifier"): 1.0,                    # 80/80
    ("projects", "annual_output_cny"): 0.846,       # 11/13
    ("projects", "area"): 0.8,                      # 8/10
    ("projects", "capacity"): 0.962,                # 26/27 (first 23/26)
    ("projects", "date"): 0.913,                    # 21/23
    ("projects", "investment_cny"): 1.0,            # 28/28
    ("projects", "investor"): 0.909,                # 20/22
    ("projects", "jobs"): 1.0,                      # 8/8
    ("projects", "location"): 1.0,                  # 30/30 (first 27/29)
    ("projects", "location.city"): 1.0,             # 30/30
    ("projects", "location.county"): 1.0,           # 30/30
    ("projects", "location.detail"): 0.888,         # 24/27 (first 20/26)
    ("projects", "location.province"): 1.0,         # 30/30
    ("projects", "stage"): 0.966,                   # 29/30 (first 26/29)
    ("projects", "status"): 1.0,                    # 30/30 (first 28/29)
    ("batches", "count"): 1.0,                      # 14/14
    ("batches", "event"): 1.0,                      # 14/14
    ("batches", "region"): 0.928,                   # 13/14
    ("batches", "total_cny"): 1.0,                  # 12/12
    ("indicators", "growth_pct"): 1.0,              # 26/26
    ("indicators", "metric"): 1.0,                  # 36/36
    ("indicators", "period"): 0.861,                # 31/36
    ("indicators", "region"): 1.0,                  # 36/36
    ("indicators", "unit"): 1.0,                    # 36/36
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT127, min_pages=3)


def test_heldout127_scores_reach_floors() -> None:
    check_floors(HELDOUT127, "hundred-and-twenty-seventh held-out set", FLOORS, FIELD_FLOORS)
