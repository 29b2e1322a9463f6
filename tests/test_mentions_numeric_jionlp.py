"""JioNLP's parser expectations (money, time; Apache-2.0 data read from ../shared) run against
newsmill's normalizers, and the extractor span cases against the finders.  Rates in docs/mentions.md."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill.zh.money import find_money
from newsmill.zh.timefind import find_times

from .jionlp_cases import CASES, kind_of, load, money_case_ok, time_case_ok

pytestmark = pytest.mark.skipif(not CASES.is_dir(), reason="shared jionlp cases not available")


def test_money_cases() -> None:
    cases = load("money.jsonl")
    ok = sum(money_case_ok(c) for c in cases)
    print(f"\njionlp money cases: {ok}/{len(cases)} = {ok / len(cases):.3f}")
    assert ok / len(cases) >= 0.98


def test_time_cases() -> None:
    """Every case counts (dates, offsets, lunar dates, durations, recurrences); rates per kind printed."""
    cases = load("time.jsonl")
    per_kind: dict[str, list[int]] = {}
    for c in cases:
        row = per_kind.setdefault(kind_of(c), [0, 0])
        row[0] += time_case_ok(c)
        row[1] += 1
    ok_all = sum(r[0] for r in per_kind.values())
    print(f"\njionlp time cases: all {ok_all}/{len(cases)} = {ok_all / len(cases):.3f}")
    for kind, (ok, n) in sorted(per_kind.items()):
        print(f"  {kind:<40} {ok}/{n}")
    assert ok_all / len(cases) >= 0.94  # 403/427 = 0.944 measured (docs/mentions.md)


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
        got = [(h.start, h.end) for h in find_times(c["input"], dt.date(2021, 6, 14))]
        for e in c["expected"]:
            want += 1
            s, t = e["offset"]
            found += any(a < t and s < b for a, b in got)
    print(f"\njionlp time extract spans (overlap): {found}/{want}")
    assert found / want >= 0.85  # 18/21 measured
