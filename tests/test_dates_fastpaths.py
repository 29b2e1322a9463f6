"""The dates annotator's shortcuts (remembered values, table lookups) equal the plain definitions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.zh import dates, timefind

_SHARED = Path(__file__).resolve().parents[1].parent / "shared"

_PIECES = [
    "2023", "2021", "1998", "20230915", "1", "12", "3", "10", "19", "一", "二", "三", "十", "十五",
    "年", "月", "日", "号", "季度", "上旬", "底", "初", "份", "-", "/", ".", "至", "到", "～", "今年", "去年",
    "明年", "前", "后", "个月", "前4个月", "上半年", "近日", "以来", "起", "将", "计划", "，", "。", "\n",
    "“十四五”", "本周", "周三", "国庆", "春节", "项目", "签约",
]
date_text = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)
_BASES = [None, dt.date(2021, 11, 25), dt.date(2023, 1, 3)]

_SNIPPETS = [
    "2021年3月，去年10月签约的项目于今年5月开工，预计明年6月底前投产。",
    "1-10月全市完成投资；前4个月增长12%；一季度、上半年和2020年第三季度均有增长。",
    "本报讯 11月19日，签约仪式举行。据悉，该项目将于12月底前竣工，近日已完成验收。",
    "“十四五”期间，2021-2025年，共安排项目300个；2019年以来累计投资；本周三开会。",
    "2020年全市生产总值增长；去年同期；今年以来；3月15日至4月2日举办展会。",
]


def _plain(monkeypatch: pytest.MonkeyPatch, text: str, base: dt.date | None, mode: str) -> list:
    with monkeypatch.context() as m:
        m.setattr(dates, "_point_value", dates._span_of_point)
        m.setattr(dates, "_try_remembered", dates._try_at)
        return [(h.start, h.end, h.value) for h in dates.find_dates(text, base, mode)]


def _remembered(text: str, base: dt.date | None, mode: str) -> list:
    return [(h.start, h.end, h.value) for h in dates.find_dates(text, base, mode)]


@pytest.mark.parametrize("mode", dates.MODES)
def test_remembered_values_on_snippets(monkeypatch, mode):
    for text in _SNIPPETS:
        for base in _BASES:
            expected = _plain(monkeypatch, text, base, mode)
            assert expected, text
            assert _remembered(text, base, mode) == expected  # first time: computed and kept
            assert _remembered(text, base, mode) == expected  # second time: from the memo


def test_a_value_that_read_the_nearby_year_is_not_kept(monkeypatch):
    dates._POINT_MEMO.clear()
    first = _remembered("2019年的计划：今年3月开工。", None, "past")
    second = _remembered("2022年的计划：今年3月开工。", None, "past")
    assert first[-1][2].start_year == 2019 and second[-1][2].start_year == 2022
    assert second == _plain(monkeypatch, "2022年的计划：今年3月开工。", None, "past")


def test_the_memo_stays_bounded():
    dates._POINT_MEMO.clear()
    for year in range(1900, 2100):
        for month in range(1, 13):
            _remembered(f"{year}年{month}月", None, "past")
    assert 0 < len(dates._POINT_MEMO) <= dates._POINT_MEMO_SIZE


@settings(max_examples=300, deadline=None, derandomize=True)
@given(date_text, st.sampled_from(_BASES), st.sampled_from(dates.MODES))
def test_remembered_values_on_random_texts(text, base, mode):
    with pytest.MonkeyPatch.context() as m:
        m.setattr(dates, "_point_value", dates._span_of_point)
        m.setattr(dates, "_try_remembered", dates._try_at)
        expected = [(h.start, h.end, h.value) for h in dates.find_dates(text, base, mode)]
    assert _remembered(text, base, mode) == expected


def test_remembered_values_on_the_corpus_pages(monkeypatch):
    pages = sorted((_SHARED / "corpus").glob("*.txt"))
    if not pages:
        pytest.skip("../shared/corpus is absent")
    for path in pages:
        text = path.read_text("utf-8")
        for base in _BASES:
            expected = _plain(monkeypatch, text, base, "past")
            assert _remembered(text, base, "past") == expected
            with monkeypatch.context() as m:
                m.setattr(dates, "_point_value", dates._span_of_point)
                m.setattr(dates, "_try_remembered", dates._try_at)
                plain_times = timefind.find_times(text, base)
            assert timefind.find_times(text, base) == plain_times


_DURATION_PIECES = ["1", "3", "12", "2.5", "一", "两", "三", "十", "几", "半", "多", "余", "个", "年",
                    "月", "季度", "周", "天", "小时", "分钟", "零", "以上", "以下", "至", "-", "～", "钟",
                    "春秋", "，"]


def _outcome(fn, text: str) -> object:
    try:
        return fn(text)
    except ValueError as exc:
        return ("error", type(exc), str(exc))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_DURATION_PIECES), min_size=1, max_size=8).map("".join))
def test_remembered_durations_equal_computed_ones(text):
    from newsmill.zh import durations
    expected = _outcome(durations._parse_duration, text)
    assert _outcome(durations.parse_duration, text) == expected
    assert _outcome(durations.parse_duration, text) == expected  # from the memo


def test_remembered_durations_on_known_lengths():
    from newsmill.zh import durations
    for text in ("3个月", "两年半", "36天5小时30分", "3~6个月", "三十年以上", "大半天", "一两天", "年",
                 "3年零"):
        assert _outcome(durations.parse_duration, text) == _outcome(durations._parse_duration, text)


def test_iso_sides_equal_the_formatted_ones():
    days = [(m, d) for m in range(0, 14) for d in range(0, 33)]
    for year in (None, -5, 0, 7, 999, 1000, 2021, 9999, 10000):
        for open_ in (False, True):
            for md in days:
                assert dates._iso_side(open_, year, md) == dates._iso_side_plain(open_, year, md)


def test_festival_names_never_overlap():
    names = timefind._FESTIVAL_NAMES
    ends = timefind._FESTIVAL_ENDS
    assert names and all(n[-1] in ends and len(n) in (2, 3) for n in names)
    for a in names:
        for b in names:
            assert a == b or not (a in b or any(a.endswith(b[:k]) for k in range(1, len(b))))


_FESTIVAL_PIECES = ["春节", "元宵节", "端午", "七夕节", "七夕", "中秋节", "中", "秋", "节", "夕", "旦", "元",
                    "除夕", "元旦", "国庆节", "国庆", "劳动节", "儿童节", "教师节", "圣诞节", "重阳节",
                    "腊八节", "节能", "环节", "，", "2021年", "除夕节"]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_FESTIVAL_PIECES), max_size=20).map("".join))
def test_festival_matches_are_the_pattern_scan(text):
    got = [(f.span(), f.group()) for f in timefind._festival_matches(text)]
    assert got == [(f.span(), f.group()) for f in timefind._FESTIVAL_NAME.finditer(text)]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["1", "2", "0", ",", ".", "5", "一", "两", "二", "三", "五", "十", "百",
                                 "千", "万", "几", "半", "零", "俩", "仨", "亿"]),
                min_size=1, max_size=6).map("".join))
def test_remembered_counts_equal_computed_ones(text):
    from newsmill.zh import durations
    expected = _outcome(durations._count_range, text)
    assert _outcome(durations.count_range, text) == expected
    assert _outcome(durations.count_range, text) == expected  # from the memo


def test_remembered_lunar_conversions_equal_computed_ones():
    from newsmill.zh import lunar

    def outcome(fn, *args):
        try:
            return fn(*args)
        except ValueError as exc:
            return ("error", str(exc))

    for year in (1999, 2020, 2023, 2024):
        assert lunar.leap_month(year) == lunar.leap_month.__wrapped__(year)
        for month in (0, 1, 2, 4, 8, 12):
            for day in (0, 1, 15, 30):
                for leap in (False, True):
                    args = (year, month, day, leap)
                    assert outcome(lunar.lunar_day, *args) == outcome(lunar.lunar_day.__wrapped__, *args)
                    assert outcome(lunar.lunar_day, *args) == outcome(lunar.lunar_day.__wrapped__, *args)
            if month:
                for leap in (False, True):
                    assert outcome(lunar.lunar_month, year, month, leap) == \
                        outcome(lunar.lunar_month.__wrapped__, year, month, leap)
