"""The four numeric annotators end to end on a page of our own (Traditional, with pinyin notes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsmill import Pipeline

PAGE = Path(__file__).parent / "data" / "numeric_sample_page.txt"
NUMERIC = ("money", "percent", "date", "quantity")


@pytest.fixture(scope="module")
def doc():  # noqa: ANN201
    p = Pipeline(disable=["hello"])
    if not any(n.startswith("clean-t2s") for n in p.stages()["clean"]):
        pytest.skip("the cleaning plugins are not installed")
    return p.process(PAGE.read_text("utf-8"), pub_date=dt.date(2024, 11, 20))


def test_values_on_the_cleaned_page(doc) -> None:  # noqa: ANN001
    got = [(m.kind, m.surface, m.value) for m in doc.mentions if m.kind in NUMERIC]
    assert ("date", "11月18日", {"start": "2024-11-18", "end": "2024-11-18", "granularity": "day"}) in got
    assert ("money", "约128.5亿元", 12850000000) in got
    assert ("money", "逾30亿元", 3000000000) in got
    assert ("money", "超50亿元", 5000000000) in got
    assert ("date", "明年6月", {"start": "2025-06-01", "end": "2025-06-30", "granularity": "month"}) in got
    assert ("quantity", "1500个就业岗位", "1500") in got
    jan_oct = {"start": "2024-01-01", "end": "2024-10-31", "granularity": "period"}
    assert ("date", "今年1-10月", jan_oct) in got
    assert ("percent", "8.6%", 8.6) in got
    assert ("percent", "1.2个百分点", 1.2) in got
    assert ("quantity", "16个", "16") in got
    assert not any(m.kind == "quantity" and "亿" in m.surface for m in doc.mentions)


def test_raw_spans_point_at_the_printed_characters(doc) -> None:  # noqa: ANN001
    for m in doc.mentions:
        if m.kind not in NUMERIC:
            continue
        raw = doc.raw[m.raw_start:m.raw_end]
        assert raw, m
        # the raw text is the Traditional original: same digits, same length of digits
        assert [c for c in raw if c.isdigit()] == [c for c in m.surface if c.isdigit()], (raw, m.surface)
    money = next(m for m in doc.mentions if m.kind == "money" and m.value == 3000000000)
    assert doc.raw[money.raw_start:money.raw_end] == "逾30億元"
