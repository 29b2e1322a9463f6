"""Hundred-and-first held-out set (tests/data/heldout101): project review tours and progress reports.

Three pages named ``NNN_<16 hex>.txt`` like the real ones, of places the earlier sets never named
(Bozhou in Anhui with Mengcheng, Qiaocheng, Lixin and Guoyang; Liaoyang in Liaoning with Dengta,
Liaoyang county, Hongwei, Wensheng, Taizihe and Gongchangling; Tongchuan in Shaanxi with Yaozhou,
Yijun, Yintai, Wangyi and its high-tech zone): a city paper's web copy in markdown (a county's
review tour stop by stop, its key projects' progress and ten months, problems and deadlines, a
medicine park's second phase started, a county's ten months, a county's key projects at full
stretch); a print page as extracted text (a county-level city's tour under a title over a figures
line, a county's ten months and a signing, a city's ten months and its key projects, a park's first
phase finished, a resort's frame topped out); and a PDF page of a narrow column with words and
figures cut across lines (``1`` ⏎ ``2.5亿元``), stray blanks and the running head printed between the
halves of a sentence (a district's tour and progress report with its problems and deadlines, a
signing, a city's ten months, a walnut plant, an old town's second phase, a park's third phase, a
hydrogen truck fleet).
Each has a hand-made gold file in the schema of the shared gold set.
The floors sit at the measured level (see docs/evaluation.md, "Hundred-and-first held-out set").
"""

from __future__ import annotations

from tests.heldout_support import DATA, FieldFloors, Floors, check_floors, check_gold_evidence

HELDOUT101 = DATA / "heldout101"

#: kind → {metric: floor}, measured on the set.
FLOORS: Floors = {
    "articles": {"precision": 1.0, "recall": 1.0},          # 16 of 16
    "money": {"precision": 1.0, "recall": 1.0},             # 71 of 71
    "projects": {"precision": 1.0, "recall": 1.0},          # 43 of 43 (before leftovers 37: 42, 1 false)
    "batches": {"precision": 1.0, "recall": 1.0},           # 46 of 46 (first 45 of 46, 4 false)
    "indicators": {"precision": 1.0, "recall": 1.0},        # 56 of 56 (first 55 of 56, 5 false)
    "cleaning": {"precision": 1.0, "recall": 1.0},          # must 37/37, must-not 35/35 (first 35/37, 30/35)
}
#: (kind, field) → floor of field accuracy on matched items.
FIELD_FLOORS: FieldFloors = {
    ("articles", "first_words"): 1.0,               # 16/16
    ("articles", "headline"): 1.0,                  # 16/16 (first 15/16)
    ("articles", "kicker"): 1.0,                    # 5/5 (first 4/5)
    ("articles", "reporters"): 1.0,                 # 14/14
    ("articles", "source"): 1.0,                    # 16/16
    ("money", "qualifier"): 1.0,                    # 71/71
    ("projects", "annual_output_cny"): 1.0,         # 6/6 (first 4/6) (before leftovers 37: 5/6)
    ("projects", "area"): 1.0,                      # 5/5
    ("projects", "capacity"): 0.952,                # 20/21 (first 19/21)
    ("projects", "date"): 0.739,                    # 17/23 (first 17/24; before leftovers 37: 17/25)
    ("projects", "investment_cny"): 1.0,            # 24/24 (before leftovers 37: 23/24)
    ("projects", "investor"): 1.0,                  # 5/5 (first 5/8)
    ("projects", "jobs"): 1.0,                      # 3/3 (first 2/3)
    ("projects", "location"): 1.0,                  # 43/43 (before leftovers 37: 42/42)
    ("projects", "location.city"): 1.0,             # 43/43 (before leftovers 37: 42/42)
    ("projects", "location.county"): 1.0,           # 41/41 (before leftovers 37: 40/40)
    ("projects", "location.detail"): 0.875,         # 35/40 (before leftovers 37: 33/39)
    ("projects", "location.province"): 1.0,         # 43/43 (before leftovers 37: 42/42)
    # a step done and the next event planned (已完成主体施工，计划12月交付使用; 已完成工程中交，计划12月
    # 投料试车) is read as the planned event, a target, as set 100 and earlier sets have it; this
    # set's gold reads the works as under way (a conflict of conventions, section 157)
    ("projects", "stage"): 0.93,                    # 40/43 (first 36/42) (before leftovers 37: 39/42)
    ("projects", "status"): 0.953,                  # 41/43 (first 40/42) (before leftovers 37: 40/42)
    ("batches", "count"): 1.0,                      # 41/41
    ("batches", "event"): 1.0,                      # 46/46 (first 42/45)
    ("batches", "region"): 1.0,                     # 46/46
    ("batches", "total_cny"): 1.0,                  # 28/28
    ("indicators", "growth_pct"): 1.0,              # 43/43
    ("indicators", "metric"): 1.0,                  # 56/56
    ("indicators", "period"): 0.892,                # 50/56 (first 49/55)
    ("indicators", "region"): 1.0,                  # 56/56
    ("indicators", "unit"): 1.0,                    # 56/56
}


def test_every_page_has_a_gold_file_whose_evidence_is_on_the_page() -> None:
    check_gold_evidence(HELDOUT101, min_pages=3)


def test_heldout101_scores_reach_floors() -> None:
    check_floors(HELDOUT101, "hundred-and-first held-out set", FLOORS, FIELD_FLOORS)
