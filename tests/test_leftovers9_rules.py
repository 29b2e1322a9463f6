"""Rules the leftovers of the fifty-first to fifty-ninth held-out sets called for, each on
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


# --- batches: firms counted as those that settled, their agreements' sum two clauses later -------

def test_firms_that_settled_with_their_agreements_sum_later_signed() -> None:
    page = ("以商招商\n\n本报讯 德阳市旌阳区依托龙头企业开展以商招商,去年引进配套企业11家。其中,"
            "由龙头企业介绍落户的有5家,从首次接洽到签约平均不足50天,协议投资额合计28.6亿元。\n")
    assert {"region": "旌阳区", "event": "signed", "count": 5, "total_cny": 2860000000} in batches(page)


def test_firms_that_settled_with_no_sum_are_no_batch() -> None:
    page = ("以商招商\n\n本报讯 德阳市旌阳区依托龙头企业开展以商招商,去年引进配套企业11家。其中,"
            "由龙头企业介绍落户的有5家,从首次接洽到签约平均不足50天。\n")
    assert not [b for b in batches(page) if b["count"] == 5]
