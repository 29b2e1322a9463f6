"""Organizations on the real corpus pages: gold investors named with a legal or group suffix are found."""

from __future__ import annotations

import re

import pytest

from tests._pages import gold, pages, processed

SUFFIXED = re.compile(r"(?:集团|公司|股份|银行)$")


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.stem)
def test_gold_investors_with_suffix_found(page):
    orgs = [m for m in processed(page).mentions if m.kind == "org"]
    names = {m.surface for m in orgs} | {m.value for m in orgs}
    wanted = {p["investor"] for p in gold(page)["projects"] if p.get("investor")
              and SUFFIXED.search(p["investor"])}
    missing = {w for w in wanted if not any(w in n for n in names)}
    assert not missing, sorted(missing)
