"""Rules the leftovers of the fifty-seventh and sixty-second held-out sets called for, each on
phrasings of its own (other places, other firms, other word order), with cases that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 4, 10))


def batches(page: str) -> list[dict]:
    """Region, event, count and total of every batch of ``page``."""
    return [{k: r.get(k) for k in ("region", "event", "count", "total_cny")}
            for r in doc(page).records if r.kind == "batch"]


# --- batches: a goal for the contract sum of signed projects, with no count ----------------------

def test_contract_sum_of_signed_projects_is_a_batch_with_no_count() -> None:
    page = ("招商引资\n\n本报讯 会议提出,今年绵阳市将开展产业链招商,力争全年新签约项目合同总额突破900亿元。\n")
    assert {"region": "绵阳市", "event": "signed", "count": None, "total_cny": 90000000000} in batches(page)


def test_contract_sum_of_one_project_is_no_batch() -> None:
    page = ("工程中标\n\n本报讯 日前,泸州市某某建设有限公司中标城区污水管网改造项目,项目合同金额3.2亿元。\n")
    assert not [b for b in batches(page) if b["total_cny"] == 320000000]


# --- batches: those counted as having filed their projects are no batch --------------------------

def test_projects_counted_after_their_filing_are_no_batch() -> None:
    page = ("项目推进\n\n本报讯 今年一季度,曲靖市签约项目20个。其中,已有8个完成项目备案,"
            "4个办理了项目核准,预计二季度开工。\n")
    found = batches(page)
    assert not [b for b in found if b["count"] in (8, 4)]
    assert [b for b in found if b["count"] == 20]


def test_projects_counted_with_their_event_still_make_a_batch() -> None:
    page = "项目推进\n\n本报讯 今年一季度,曲靖市已有8个新开工项目完成投资12亿元。\n"
    assert [b for b in batches(page) if b["count"] == 8]
