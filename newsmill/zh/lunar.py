"""The Chinese lunisolar calendar: lunar dates, traditional festivals, solar terms and seasons.

Conversions use ``lunar_python`` (imported on first use, so documents without a
lunar expression never pay for it); each takes milliseconds, so answers are remembered
per argument (they are immutable dates).  Every function returns Gregorian
:class:`datetime.date` objects; ``year`` is the lunar year for lunar dates and the
Gregorian year for solar terms and seasons.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

__all__ = ["LUNAR_FESTIVALS", "SOLAR_TERMS", "SEASONS", "lunar_day", "lunar_month", "festival",
           "solar_term", "season", "leap_month"]

#: Festivals of the lunar calendar: (lunar month, day); 除夕 is the last day of the lunar year.
LUNAR_FESTIVALS: dict[str, tuple[int, int]] = {
    "春节": (1, 1), "元宵节": (1, 15), "元宵": (1, 15), "上元节": (1, 15), "龙抬头": (2, 2),
    "端午节": (5, 5), "端午": (5, 5), "端阳": (5, 5), "七夕节": (7, 7), "七夕": (7, 7),
    "中元节": (7, 15), "中秋节": (8, 15), "中秋": (8, 15), "重阳节": (9, 9), "重阳": (9, 9),
    "腊八节": (12, 8), "腊八": (12, 8), "小年": (12, 23), "除夕": (0, 0), "大年三十": (0, 0),
}
#: The 24 solar terms, in calendar-year order (小寒 and 大寒 of year Y fall in January of Y + 1).
SOLAR_TERMS = ("立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑",
               "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒")
#: Seasons by the solar terms that open them (春 starts at 立春 and ends the day before 立夏…).
SEASONS: dict[str, tuple[str, str]] = {"春": ("立春", "立夏"), "夏": ("立夏", "立秋"), "秋": ("立秋", "立冬"),
                                       "冬": ("立冬", "立春+")}
#: Names the library gives the terms of the next cycle in its table.
_NEXT = {"冬至": "DONG_ZHI", "小寒": "XIAO_HAN", "大寒": "DA_HAN", "立春+": "LI_CHUN"}


def _lib() -> Any:
    import lunar_python
    return lunar_python


def _solar(s: Any) -> dt.date:
    return dt.date(s.getYear(), s.getMonth(), s.getDay())


@lru_cache(maxsize=256)
def _year(year: int) -> Any:
    """The library's table of a lunar year (its months, leap month), built once per year.

    The library keeps only the last year it built, and a lunar date whose Gregorian day falls
    in the next calendar year builds that year too: dates of alternating years rebuilt both.
    """
    return _lib().LunarYear(year)


def _month(year: int, month: int, leap: bool) -> Any:
    """The library's lunar month (``LunarMonth.fromYm``), from the remembered year."""
    return _year(year).getMonth(-month if leap else month)


@lru_cache(maxsize=1024)
def leap_month(year: int) -> int:
    """The leap month of a lunar year (0 when it has none)."""
    return int(_year(year).getLeapMonth())


@lru_cache(maxsize=1024)
def lunar_day(year: int, month: int, day: int, leap: bool = False) -> dt.date:
    """The Gregorian date of a lunar date; ``month`` 0 with day 0 means 除夕.  Raises ValueError."""
    if month == 0:
        return lunar_day(year + 1, 1, 1) - dt.timedelta(days=1)
    if leap and leap_month(year) != month:
        raise ValueError(f"lunar year {year} has no leap month {month}")
    m = _month(year, month, leap)
    if not 1 <= day <= m.getDayCount():
        raise ValueError(f"no day {day} in lunar month {month} of {year}")
    # the day the library's ``Lunar.fromYmd(…).getSolar()`` gives, without its sexagenary
    # cycles and solar terms
    return _solar(_lib().Solar.fromJulianDay(m.getFirstJulianDay() + day - 1))


@lru_cache(maxsize=1024)
def lunar_month(year: int, month: int, leap: bool = False) -> tuple[dt.date, dt.date]:
    """First and last Gregorian day of a lunar month."""
    if leap and leap_month(year) != month:
        raise ValueError(f"lunar year {year} has no leap month {month}")
    days = _month(year, month, leap).getDayCount()
    first = lunar_day(year, month, 1, leap)
    return first, first + dt.timedelta(days=days - 1)


@lru_cache(maxsize=256)
def festival(name: str, year: int) -> dt.date:
    """The Gregorian date of a lunar festival in lunar year ``year``."""
    month, day = LUNAR_FESTIVALS[name]
    return lunar_day(year, month, day)


@lru_cache(maxsize=64)
def _terms(year: int) -> dict[str, dt.date]:
    table = _lib().Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()
    out = {name: _solar(table[name]) for name in SOLAR_TERMS if name in table}
    for name, key in _NEXT.items():
        out[name] = _solar(table[key])
    return out


def solar_term(name: str, year: int) -> dt.date:
    """The day of solar term ``name`` of calendar year ``year`` (its 小寒/大寒 are in January of year + 1)."""
    return _terms(year)[name]


def season(name: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of a season (春/夏/秋/冬) of ``year``, bounded by solar terms."""
    a, b = SEASONS[name]
    return solar_term(a, year), solar_term(b, year) - dt.timedelta(days=1)
