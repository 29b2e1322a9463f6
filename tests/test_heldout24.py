"""Twenty-fourth held-out set (tests/data/heldout24): messy pages, to score cleaning and every stage after it.

Five undated pages named ``NNN_<16 hex>.txt`` like the real ones, of Sichuan and Chongqing
places (Suining, Dazhou, Yongchuan and Tongliang, Guang'an, Neijiang), each with heavy noise
of kinds the tenth set lacks: a PDF page with a masthead, a page line naming its section,
ruled lines, lines wrapped at a fixed width inside words and numbers, a headline cut inside
a word, a footer between two stories, a picture credit and a scene caption ending with a
stop, a jump line (``（下转第2版）``) and a QR-code prompt; a Traditional-script page with
pinyin after characters, units and counters, a letter-spaced line, ASCII full stops and
commas; a page opening with a story continued from page 1 (``（上接第1版）``), its running
head repeated mid-sentence between two columns, a hyphen inside a word at a wrap and an
advert; a statistics release with page numbers between paragraphs and a letter-spaced
line of figures; a portal page with a title split over two lines and a second story run
on under its headline.  Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Twenty-fourth held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT24 = DATA / "heldout24"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},     # 8 of 8 (first 7, one false)
    "money": {"precision": 1.0, "recall": 1.0},        # 31 of 31
    "projects": {"precision": 1.0, "recall": 1.0},     # 13 of 13 (first 12, one false)
    "batches": {"precision": 1.0, "recall": 1.0},      # 8 of 8
    "indicators": {"precision": 1.0, "recall": 1.0},    # 19 of 19 (first 15 of 19, one false)
    "cleaning": {"precision": 1.0, "recall": 1.0},     # must 38/38, must-not 50/50 (first 29/38, 38/50)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "headline"): 1.0,          # 8/8 (first 5/7)
    ("articles", "source"): 1.0,            # 7/7 (first 6/6)
    ("articles", "reporters"): 1.0,         # 4/4
    ("articles", "first_words"): 1.0,       # 8/8 (first 6/7)
    ("money", "qualifier"): 1.0,            # 31/31
    ("projects", "stage"): 1.0,             # 13/13
    ("projects", "status"): 1.0,            # 13/13
    ("projects", "investment_cny"): 1.0,    # 13/13
    ("projects", "location"): 1.0,          # 13/13
    ("projects", "investor"): 1.0,          # 7/7 (first 4/7)
    ("projects", "capacity"): 1.0,          # 8/8 (first 6/7)
    ("projects", "date"): 1.0,              # 9/9 (first 7/8)
    ("batches", "count"): 1.0,              # 8/8
    ("batches", "event"): 1.0,              # 8/8
    ("batches", "region"): 1.0,             # 8/8
    ("batches", "total_cny"): 1.0,          # 7/7
    ("indicators", "metric"): 1.0,          # 19/19
    ("indicators", "unit"): 1.0,            # 18/18
    ("indicators", "period"): 1.0,          # 18/18 (first 14/15)
    ("indicators", "region"): 1.0,          # 18/18 (first 14/15)
    ("indicators", "growth_pct"): 1.0,      # 16/16
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT24, min_pages=5)


def test_heldout24_scores_reach_floors() -> None:
    check_floors(HELDOUT24, "twenty-fourth held-out set", FLOORS, FIELD_FLOORS)
