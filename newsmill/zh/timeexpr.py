"""One Chinese time expression of any kind, resolved against a reference moment.

:func:`parse_time` reads a string known to be a time expression and returns

* a :class:`~newsmill.zh.dates.DateValue` for dates and periods, including
  offsets from the reference (``3天后``, ``两年前``, ``未来7天``, ``3年半以来``, ``20天以后``
  with an open end), lunar dates (``农历正月十五``, ``腊月``, ``闰四月``), lunar
  festivals (``春节``, ``中秋节``, ``除夕``), solar terms (``冬至``), seasons
  (``2021年春``, ``冬季``), times of day that move the day (``夜里12点``, ``次日05:40``);
* a :class:`~newsmill.zh.durations.Duration` or
  :class:`~newsmill.zh.durations.DurationRange` for lengths of time (``3个月``);
* a :class:`Recurrence` for repeated times (``每周一``, ``每年9月``, ``每隔3天``).

Rules are in docs/mentions.md ("Time expressions beyond news dates").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal

import attrs

from newsmill.zh import lunar
from newsmill.zh.dates import DateValue, parse_date
from newsmill.zh.durations import (
    NUM,
    UNIT,
    UNIT_OF,
    Duration,
    DurationRange,
    add_duration,
    count_range,
    parse_duration,
)
from newsmill.zh.numbers import parse_int

__all__ = ["Recurrence", "TimeValue", "parse_time"]


@attrs.frozen
class Recurrence:
    """A repeated time: every ``every``, first (or current) occurrence ``first`` when the text names one."""

    every: Duration
    first: DateValue | None
    workdays: bool = False

    def as_dict(self) -> dict[str, object]:
        """``{"kind": "recurrence", "every": ISO duration, "first": date value | None}`` (+ ``workdays``)."""
        out: dict[str, object] = {"kind": "recurrence", "every": self.every.iso(),
                                  "first": None if self.first is None else self.first.as_dict()}
        if self.workdays:
            out["workdays"] = True
        return out


TimeValue = DateValue | Duration | DurationRange | Recurrence

_REL_YEAR = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2, "大前年": -3, "大后年": 3}
_YEAR = (r"(?:(?P<yn>\d{4}|\d{2}|[零〇一二三四五六七八九]{2,4})年"
         r"|(?P<ry>大前年|大后年|今年|去年|明年|前年|后年))")
_CN = dict(zip("零〇一二三四五六七八九", "00123456789", strict=True))


def _day(d: dt.date, gran: str = "day") -> DateValue:
    return DateValue(d.year, (d.month, d.day), d.year, (d.month, d.day), gran)


def _span(a: dt.date, b: dt.date, gran: str) -> DateValue:
    return DateValue(a.year, (a.month, a.day), b.year, (b.month, b.day), gran)


def _year_num(text: str) -> int:
    digits = "".join(_CN.get(c, c) for c in text)
    n = int(digits)
    return 2000 + n if len(digits) == 2 else n


def _year(m: re.Match[str], base: dt.date | None) -> int | None:
    if m["yn"]:
        return _year_num(m["yn"])
    if m["ry"]:
        return None if base is None else base.year + _REL_YEAR[m["ry"]]
    return None if base is None else base.year


# ------------------------------------------------------------------ lunar calendar
_LMONTH = {"正": 1, "冬": 11, "腊": 12}
_LDAY = (r"(?:初[一二三四五六七八九十\d]{1,2}|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十"
         r"|十[一二三四五六七八九]?|[一二三四五六七八九])")
_LUNAR = re.compile(
    rf"^{_YEAR}?(?P<lun>农历|阴历)?{_YEAR.replace('yn', 'yn2').replace('ry', 'ry2')}?"
    rf"(?:(?P<big>大年)(?P<bd>初[一二三四五六七八九十\d]{{1,2}})"
    rf"|(?P<leap>闰)?(?P<m>正|腊|冬|十[一二]?|[一二三四五六七八九]|\d{{1,2}})月"
    rf"(?:(?P<d>{_LDAY})|(?P<dd>\d{{1,2}})(?P<hao>[日号])?)?)$")
_FEST = "|".join(sorted(lunar.LUNAR_FESTIVALS, key=len, reverse=True))
_FESTIVAL = re.compile(rf"^{_YEAR}?(?:农历|阴历)?(?P<f>{_FEST})节?$")
_TERM = re.compile(rf"^{_YEAR}?(?P<t>{'|'.join(lunar.SOLAR_TERMS)})$")
_SEASON = re.compile(rf"^{_YEAR}?(?P<s>[春夏秋冬])(?P<suf>季|天)?$")
_VACATION = {"暑假": ((7, 1), (8, 31)), "寒假": ((1, 15), (2, 28))}
_VAC = re.compile(rf"^{_YEAR}?(?P<v>暑假|寒假)$")


def _lday(text: str) -> int:
    if text.startswith("初"):
        rest = text[1:]
        return int(rest) if rest.isdigit() else parse_int(rest)
    return parse_int(text.replace("廿", "二十"))


def _lunar(s: str, base: dt.date | None) -> DateValue | None:
    m = _LUNAR.match(s)
    if m and (m["lun"] or m["big"] or m["leap"] or m["m"] in _LMONTH or m["d"]):
        yn = m["yn"] or m["yn2"]
        ry = m["ry"] or m["ry2"]
        y = _year_num(yn) if yn else None
        if y is None and base is not None:
            y = base.year + (_REL_YEAR[ry] if ry else 0)
        if y is None:
            return None
        if m["big"]:
            return _day(lunar.lunar_day(y, 1, _lday(m["bd"])))
        mt = m["m"]
        month = _LMONTH.get(mt) or (int(mt) if mt.isdigit() else parse_int(mt))
        leap = bool(m["leap"])
        if m["d"] or m["dd"]:
            day = _lday(m["d"]) if m["d"] else int(m["dd"])
            return _day(lunar.lunar_day(y, month, day, leap))
        return _span(*lunar.lunar_month(y, month, leap), "month")
    m = _FESTIVAL.match(s)
    if m:
        y = _year(m, base)
        return None if y is None else _day(lunar.festival(m["f"], y))
    m = _TERM.match(s)
    if m:
        y = _year(m, base)
        return None if y is None else _day(lunar.solar_term(m["t"], y))
    m = _SEASON.match(s)
    if m and (m["suf"] or m["yn"] or m["ry"]):
        y = _year(m, base)
        return None if y is None else _span(*lunar.season(m["s"], y), "season")
    m = _VAC.match(s)
    if m:
        y = _year(m, base)
        if y is None:
            return None
        (am, ad), (bm, bd) = _VACATION[m["v"]]
        return _span(dt.date(y, am, ad), dt.date(y, bm, bd), "approx")
    return None


def _lunar_range(s: str, base: dt.date | None) -> DateValue | None:
    """``去年春节到元宵节``: two lunar expressions, the second taking the first's year."""
    parts = re.split(r"(?:至|到|[~～]|—+)", s, maxsplit=1)
    if len(parts) != 2:
        return None
    a = _lunar(parts[0], base)
    if a is None or a.start_year is None:
        return None
    b = _lunar(parts[1], dt.date(a.start_year, 6, 1))
    if b is None:
        return None
    return DateValue(a.start_year, a.start, b.end_year, b.end, "period")


# ------------------------------------------------------------------ offsets from the reference
_PRE = r"(?P<pre>未来的?|今后的?|接下来的?|过去的?|最近的?|近|再过|过|前)?"
_SUF = r"(?P<suf>之后|以后|之前|以前|以来|以内|之内|内|里|后|前)?"
_OFFSET = re.compile(rf"^{_PRE}(?P<body>.+?){_SUF}$")
_FUZZY = re.compile(rf"^(?P<n>{NUM})(?P<q>[多余])?个?(?P<u>{UNIT})$")
_NTH = re.compile(r"^(?P<y>\d{4}年)?第(?P<n>[一二三四五六七八九十百\d]+)(?P<u>天|年)(?P<suf>起)?$")


def _gran(d: Duration) -> str:
    unit, amount = d.parts[-1]
    half = amount != int(amount)
    if unit == "Y":
        return "month" if half else "year"
    if unit in ("M", "Q"):
        return "day" if half else "month"
    if unit == "W" and not half:
        return "week"
    return "day"


def _at(d: dt.date, gran: str) -> DateValue:
    if gran == "year":
        return _span(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year")
    if gran == "month":
        last = calendar.monthrange(d.year, d.month)[1]
        return _span(d.replace(day=1), d.replace(day=last), "month")
    if gran == "week":
        mon = d - dt.timedelta(days=d.weekday())
        return _span(mon, mon + dt.timedelta(days=6), "week")
    return _day(d)


def _open(v: DateValue, end: bool) -> DateValue:
    return attrs.evolve(v, open_end=True) if end else attrs.evolve(v, open_start=True)


def _offset(s: str, now: dt.datetime) -> DateValue | None:
    """Offsets from the reference moment (``3天后``, ``近30天``, ``3年半以来``, ``再过半个小时``)."""
    m = _NTH.match(s)
    if m:
        n = int(m["n"]) if m["n"].isdigit() else parse_int(m["n"])
        if m["y"]:
            if m["u"] != "天":
                return None
            v = _day(dt.date(int(m["y"][:4]), 1, 1) + dt.timedelta(days=n - 1))
        elif m["u"] == "天":
            v = _day(now.date() + dt.timedelta(days=n - 1))
        else:
            y = now.year + n - 1
            v = _span(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
        return _open(v, True) if m["suf"] else v
    m = _OFFSET.match(s)
    if not m:
        return None
    pre, body, suf = m["pre"] or "", m["body"], m["suf"] or ""
    if not pre and not suf:
        return None
    pre = pre.rstrip("的")
    if suf == "里" and pre not in ("过去", "最近", "近"):
        return None
    fz = _FUZZY.match(body) if "几" in body else None
    if fz:  # 二十几年前, 几十年之后: a span between the two counts
        lo, hi, _ = count_range(fz["n"])
        unit = UNIT_OF[fz["u"]]
        sign = -1 if suf in ("前", "之前", "以前") else 1 if suf in ("后", "之后", "以后") else 0
        if not sign or pre:
            return None
        a = add_duration(now, Duration(((unit, lo),)), sign).date()
        b = add_duration(now, Duration(((unit, hi),)), sign).date()
        a, b = min(a, b), max(a, b)
        g = _gran(Duration(((unit, lo),)))
        return DateValue(_at(a, g).start_year, _at(a, g).start, _at(b, g).end_year, _at(b, g).end, "period")
    try:
        dur = parse_duration(body)
    except ValueError:
        return None
    if not isinstance(dur, Duration):
        return None
    gran = _gran(dur)
    today = now.date()
    if pre == "前":
        if suf or dur.parts[-1][0] != "W":
            return None  # 前两天 / 前两年: which days is unclear
        mon = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=int(dur.parts[-1][1]))
        return _span(mon, today, "period")
    if pre in ("过去", "最近", "近"):
        if suf not in ("", "里", "内", "以来"):
            return None
        return _span(add_duration(now, dur, -1).date(), today, "period")
    if pre in ("再过", "过"):
        if suf:
            return None
        return _open(_day(add_duration(now, dur).date()), True)
    if pre in ("未来", "今后", "接下来") or suf in ("以内", "之内", "内"):
        if pre and suf not in ("", "以内", "之内", "内"):
            return None
        target = add_duration(now, dur).date()
        unit, amount = dur.parts[-1]
        if gran in ("year", "month") and unit in ("Y", "M", "Q") and amount == int(amount):
            end = target - dt.timedelta(days=1)  # a window of whole months or years includes today
        elif gran == "month":
            end = _at(target, "month").dates()[1]  # type: ignore[index]
        else:
            end = target
        return _span(today, end, "period")
    if suf == "以来":
        start = add_duration(now, dur, -1).date()
        if dur.approx or dur.parts[-1][1] != int(dur.parts[-1][1]):
            g = "year" if dur.parts[-1][0] == "Y" and dur.approx and gran == "year" else gran
            start = _at(start, g).dates()[0]  # type: ignore[index]
        return _span(start, today, "period")
    back = suf in ("前", "之前", "以前")
    target = add_duration(now, dur, -1 if back else 1).date()
    v = _at(target, gran)
    if suf in ("以后", "之后"):
        return _open(v, True)
    if suf in ("以前", "之前"):
        return _open(v, False)
    return v


# ------------------------------------------------------------------ times of day
_CONN = re.compile(r"\s*(?:至|到|[~～]|—+)\s*")
_NEXT_DAY = re.compile(r"^(?:次日|第二天|翌日)")
_MIDNIGHT = re.compile(r"(?:24|二十四)[时点]|(?:夜里|半夜|午夜|深夜|晚上|夜间)(?:12|十二)点")
_CLOCK_ONLY = re.compile(
    r"^(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|半夜|午夜|深夜|白天|午后|晚)?"
    r"(?:(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})(?:[点时:：](?:\d{1,2}|[一二三四五六七八九十]{1,3}|半|整|[一二三]刻)?分?"
    r"(?:[:：]\d{2})?钟?)?)?$")
_HOUR = re.compile(r"(?P<part>凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|晚)?"
                   r"(?P<h>\d{1,2}|[零一二两三四五六七八九十]{1,3})[点时:：](?P<mi>\d{2})?")


def _side_day(text: str, base: dt.date, mode: str) -> DateValue:
    """One side of a range that may carry 次日 or a midnight clock time."""
    shift = 0
    if _NEXT_DAY.match(text):
        text = _NEXT_DAY.sub("", text)
        shift += 1
    if _MIDNIGHT.search(text):
        shift += 1
    if not text or _CLOCK_ONLY.match(text):
        v = _day(base)
    else:
        v = parse_date(text, base, mode)
    if shift:
        ds = v.dates()
        if ds is None or v.granularity != "day":
            raise ValueError(f"not a date: {text!r}")
        v = _day(ds[0] + dt.timedelta(days=shift))
    return v


def _clock(s: str, base: dt.date, mode: str) -> DateValue | None:
    """Ranges and points whose time of day moves the day (``夜里12点``, ``13:20~次日05:40``)."""
    parts = _CONN.split(s, maxsplit=1)
    if len(parts) == 2 and _CLOCK_ONLY.match(parts[1]) and not _MIDNIGHT.search(parts[1]):
        left = re.sub(r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})[点时]?$", "", parts[0])  # 9~11点
        if not left or _CLOCK_ONLY.match(left):
            return _day(base)
        try:
            return _side_day(left, base, mode)
        except ValueError:
            return None
    if not (_NEXT_DAY.search(s) or _MIDNIGHT.search(s) or "次日" in s):
        return None
    try:
        if len(parts) == 1:
            return _side_day(s, base, mode)
        a = _side_day(parts[0], base, mode)
        b = _side_day(parts[1], dt.date(a.start_year, *a.start) if a.start_year else base, mode)
    except ValueError:
        return None
    return DateValue(a.start_year, a.start, b.end_year, b.end, "period")


def _next_clock(s: str, now: dt.datetime) -> DateValue | None:
    """In ``future`` mode a bare time of day already past today is tomorrow's (``下午三点`` at 15:15)."""
    if not _CLOCK_ONLY.match(s):
        return None
    m = _HOUR.search(s)
    if not m:
        return None
    h = int(m["h"]) if m["h"].isdigit() else parse_int(m["h"])
    if m["part"] in ("下午", "晚上", "晚间", "傍晚", "晚", "夜里", "夜间") and h < 12:
        h += 12
    mi = int(m["mi"]) if m["mi"] else 0
    if (h, mi) <= (now.hour, now.minute):
        return _day(now.date() + dt.timedelta(days=1))
    return _day(now.date())


_TOD_SUFFIX = re.compile(
    r"(?:(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|半夜|午夜|深夜|白天|午后|晚|早)?"
    r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})[点时:：](?:\d{1,2}|[一二三四五六七八九十]{1,3}|半|整|[一二三]刻)?分?钟?"
    r"|凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|半夜|午夜|深夜|白天|午后)$")


def _without_time_of_day(s: str) -> str:
    """``除夕晚上6点半`` → ``除夕``: the day part of an expression that ends with a time of day."""
    m = _TOD_SUFFIX.search(s)
    return s[:m.start()] if m and m.start() > 0 else s


# ------------------------------------------------------------------ parts, lists, quarters
_PART = re.compile(rf"^(?P<x>.+?)(?P<w>前|头|最后|后)(?P<n>{NUM})(?:天|日)$")
_LIST_DAY = re.compile(r"^(\d{1,2}|[一二三]?十?[一二三四五六七八九十])[号日]$")


def _part_of(s: str, base: dt.date | None, mode: str) -> DateValue | None:
    """``这个月前两天``, ``上月最后五天``: the first or last days of a month."""
    m = _PART.match(s)
    if not m:
        return None
    try:
        whole = parse_date(m["x"], base, mode)
    except ValueError:
        return None
    ds = whole.dates()
    if ds is None or whole.granularity not in ("month", "year", "quarter"):
        return None
    n = int(count_range(m["n"])[0])
    if m["w"] in ("前", "头"):
        return _span(ds[0], ds[0] + dt.timedelta(days=n - 1), "period")
    return _span(ds[1] - dt.timedelta(days=n - 1), ds[1], "period")


def _listed(s: str, base: dt.date | None, mode: str) -> DateValue | None:
    """``9月10号，11号，12号``: a list of days spans the first to the last."""
    items = [x for x in re.split(r"[，,、和及]", s) if x]
    if len(items) < 2:
        return None
    try:
        first = parse_date(items[0], base, mode)
    except ValueError:
        return None
    if first.granularity != "day" or first.start_year is None:
        return None
    last = first
    for it in items[1:]:
        m = _LIST_DAY.match(it)
        if not m:
            return None
        d = int(m.group(1)) if m.group(1).isdigit() else parse_int(m.group(1))
        last = _day(dt.date(first.start_year, first.start[0], d))
    return DateValue(first.start_year, first.start, last.end_year, last.end, "period")


# ------------------------------------------------------------------ recurrences
_EVERY = re.compile(r"^每(?P<gap>隔)?(?P<rest>.+)$")
_EVERY_UNIT = re.compile(r"^个?(?P<u>年|月|周末|周|星期|礼拜|工作日|天|日|小时|钟头)(?:的)?")
_EVERY_ISO = {"年": ("Y", 1), "月": ("M", 1), "周末": ("W", 1), "周": ("W", 1), "星期": ("W", 1),
              "礼拜": ("W", 1), "工作日": ("D", 1), "天": ("D", 1), "日": ("D", 1), "小时": ("H", 1),
              "钟头": ("H", 1)}
_WEEKDAY_NEXT = re.compile(r"^[一二三四五六日天1-7]")


def _first_workday(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def _recurrence(s: str, now: dt.datetime | None) -> Recurrence | None:
    m = _EVERY.match(s)
    if not m:
        return None
    rest = m["rest"]
    try:
        dur = parse_duration(rest.lstrip("个"))
    except ValueError:
        dur = None
    if isinstance(dur, Duration):
        return Recurrence(dur, None, dur.workdays)
    if m["gap"]:
        return None
    u = _EVERY_UNIT.match(rest)
    if not u:
        return None
    unit, n = _EVERY_ISO[u["u"]]
    every = Duration(((unit, Decimal(n)),))
    point = rest[u.end():]
    workdays = u["u"] == "工作日"
    if u["u"] in ("周", "星期", "礼拜") and _WEEKDAY_NEXT.match(point):
        point = rest[u.start("u"):]
    elif u["u"] == "周末":
        point = rest[u.start("u"):]
    if point.startswith("工作日"):
        workdays = True
        point = point[3:].lstrip("的")
        if now is not None and not point:
            return Recurrence(every, _day(_first_workday(now.date())), True)
    if not point:
        return Recurrence(every, None, workdays)
    if now is None:
        return None
    try:
        first = parse_time(point, now, "same")
    except ValueError:
        return None
    if not isinstance(first, DateValue):
        return None
    if workdays and first.dates() is not None and first.granularity == "day":
        first = _day(_first_workday(first.dates()[0]))  # type: ignore[index]
    return Recurrence(every, first, workdays)


_OPEN = re.compile(r"^(?P<x>.+?)(?P<w>以后|之后|以前|之前)$")


def _open_after(s: str, now: dt.datetime, mode: str) -> DateValue | None:
    """``今晚八点以后``: from a date on (or up to it), with no other bound."""
    m = _OPEN.match(s)
    if not m:
        return None
    try:
        v = parse_time(m["x"], now, mode)
    except ValueError:
        return None
    if not isinstance(v, DateValue) or v.open_start or v.open_end:
        return None
    return _open(v, m["w"] in ("以后", "之后"))


_WEEKEND = re.compile(r"^(?P<w>上上|上|这|本|下下|下)?个?周末$")
_WEEKEND_SHIFT = {"上上": -2, "上": -1, "这": 0, "本": 0, "下": 1, "下下": 2}


def _weekend(s: str, base: dt.date, mode: str) -> DateValue | None:
    """``周末``, ``上周末``: the Saturday and Sunday of that week (without a word: this week's,
    or the last one in ``past`` mode before Saturday)."""
    m = _WEEKEND.match(s)
    if not m:
        return None
    sat = base - dt.timedelta(days=base.weekday()) + dt.timedelta(days=5)
    if m["w"]:
        sat += dt.timedelta(weeks=_WEEKEND_SHIFT[m["w"]])
    elif mode == "past" and sat > base:
        sat -= dt.timedelta(weeks=1)
    return _span(sat, sat + dt.timedelta(days=1), "period")


# ------------------------------------------------------------------ entry point
def _as_datetime(base: dt.date | dt.datetime | None) -> dt.datetime | None:
    if base is None or isinstance(base, dt.datetime):
        return base
    return dt.datetime(base.year, base.month, base.day)


def parse_time(text: str, base: dt.date | dt.datetime | None = None, mode: str = "same") -> TimeValue:
    """Resolve one time expression of any kind (module doc).

    ``base`` is the reference moment (a date, or a datetime when times of day
    matter); ``mode`` as in :func:`newsmill.zh.dates.parse_date`.  Raises
    :class:`ValueError` when the text is no time expression.
    """
    now = _as_datetime(base)
    day = None if now is None else now.date()
    s = re.sub(r"(左右|前后|许)$", "", text.strip())
    s = re.sub(r"^Q([1-4])(?:季度)?$", r"第\1季度", s)
    if s.startswith("每"):
        r = _recurrence(s, now)
        if r is None:
            raise ValueError(f"not a time expression: {text!r}")
        return r
    try:
        if day is not None:
            v = _clock(s, day, mode)
            if v is not None:
                return v
        core = _without_time_of_day(s)
        v = _lunar(core, day) or _lunar_range(core, day)
        if v is not None:
            return v
        if mode == "future" and now is not None:
            v = _next_clock(s, now)
            if v is not None:
                return v
        try:
            return parse_date(s, day, mode)
        except ValueError:
            pass
        if now is not None:
            v = _offset(core, now) or _open_after(core, now, mode)
            if v is not None:
                return v
        v = _part_of(s, day, mode) or _listed(s, day, mode) or (_weekend(core, day, mode) if day else None)
        if v is not None:
            return v
    except (ValueError, KeyError, OverflowError, IndexError):
        pass
    return parse_duration(s)
