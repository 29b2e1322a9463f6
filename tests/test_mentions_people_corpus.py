"""People on the real corpus pages: every reporter of the gold articles is found."""

from __future__ import annotations

import pytest

from tests._pages import gold, pages, processed


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.stem)
def test_gold_reporters_found(page):
    found = {m.value for m in processed(page).mentions
             if m.kind == "person" and m.attributes.get("role") == "reporter"}
    wanted = {r for a in gold(page)["articles"] for r in a["reporters"]}
    assert wanted <= found, sorted(wanted - found)
    # nothing else is credited as a reporter
    assert found <= wanted, sorted(found - wanted)
