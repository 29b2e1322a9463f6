"""Lunar dates from the remembered year tables equal the library's own ``Lunar.fromYmd``."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmill.zh import lunar

L = pytest.importorskip("lunar_python")


def _library_day(year: int, month: int, day: int, leap: bool) -> dt.date:
    s = L.Lunar.fromYmd(year, -month if leap else month, day).getSolar()
    return dt.date(s.getYear(), s.getMonth(), s.getDay())


@pytest.mark.parametrize("year", [2016, 2020, 2023, 2033])  # 2020, 2023 and 2033 have leap months
def test_lunar_days_equal_the_library(year: int) -> None:
    leap = lunar.leap_month(year)
    assert leap == L.LunarYear.fromYear(year).getLeapMonth()
    checked = 0
    for month in range(1, 13):
        for is_leap in ((False, True) if leap == month else (False,)):
            days = L.LunarMonth.fromYm(year, -month if is_leap else month).getDayCount()
            for day in (1, 2, 15, days - 1, days):  # month ends run into the next calendar year
                assert lunar.lunar_day(year, month, day, is_leap) == _library_day(year, month, day, is_leap)
                checked += 1
            first, last = lunar.lunar_month(year, month, is_leap)
            assert (first, last) == (_library_day(year, month, 1, is_leap),
                                     _library_day(year, month, days, is_leap))
    assert checked >= 60


def test_festivals_across_years_in_any_order() -> None:
    # alternating years (the library keeps only its last year) and 除夕 (the day before 春节)
    for year in (2021, 2019, 2021, 2024, 2018):
        assert lunar.festival("春节", year) == _library_day(year, 1, 1, False)
        assert lunar.festival("腊八", year) == _library_day(year, 12, 8, False)
        assert lunar.festival("除夕", year) == _library_day(year + 1, 1, 1, False) - dt.timedelta(days=1)


def test_bad_lunar_dates_are_errors() -> None:
    with pytest.raises(ValueError):
        lunar.lunar_day(2021, 2, 31)
    with pytest.raises(ValueError):
        lunar.lunar_day(2021, 3, 1, leap=True)  # 2021 has no leap month
