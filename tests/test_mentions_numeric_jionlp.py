"""JioNLP's parser expectations (money, time; Apache-2.0 data read from ../shared) run against
newsmill's normalizers, and the extractor span cases against the finders.  Rates in docs/mentions.md."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill.zh.dates import find_dates
from newsmill.zh.money import find_money

from .jionlp_cases import CASES, load, money_case_ok, scope_of, time_case_ok

pytestmark = pytest.mark.skipif(not CASES.is_dir(), reason="shared jionlp cases not available")


def test_money_cases() -> None:
    cases = load("money.jsonl")
    ok = sum(money_case_ok(c) for c in cases)
    print(f"\njionlp money cases: {ok}/{len(cases)} = {ok / len(cases):.3f}")
    assert ok / len(cases) >= 0.98


def test_time_cases() -> None:
    cases = load("time.jsonl")
    in_scope = [c for c in cases if scope_of(c) is None]
    ok_all = sum(time_case_ok(c) for c in cases)
    ok_in = sum(time_case_ok(c) for c in in_scope)
    print(f"\njionlp time cases: all {ok_all}/{len(cases)} = {ok_all / len(cases):.3f}; "
          f"in scope {ok_in}/{len(in_scope)} = {ok_in / len(in_scope):.3f}")
    assert ok_in / len(in_scope) >= 0.95
    assert ok_all / len(cases) >= 0.50


def test_money_extract_cases() -> None:
    """Span-level cases: every expected amount must be found with the same span."""
    cases = load("money_extract.jsonl")
    want = found = 0
    for c in cases:
        got = {(h.start, h.end) for h in find_money(c["input"])}
        for e in c["expected"]:
            want += 1
            found += tuple(e["offset"]) in got
    print(f"\njionlp money extract spans: {found}/{want}")
    assert found / want >= 0.5


def test_time_extract_cases() -> None:
    """Span-level cases: an expected expression counts when a found date overlaps it."""
    cases = load("time_extract.jsonl")
    want = found = 0
    for c in cases:
        got = [(h.start, h.end) for h in find_dates(c["input"], dt.date(2021, 6, 14))]
        for e in c["expected"]:
            want += 1
            s, t = e["offset"]
            found += any(a < t and s < b for a, b in got)
    print(f"\njionlp time extract spans (overlap): {found}/{want}")
    assert found / want >= 0.5
