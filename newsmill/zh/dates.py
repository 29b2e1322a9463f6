"""Dates and periods in Chinese news text, resolved against a publication date (pure functions).

:func:`find_dates` scans text and yields :class:`DateHit` objects;
:func:`parse_date` resolves one expression that is known to be a date.
Each value is a start/end pair of ISO dates with a granularity (``day``,
``month``, ``quarter``, ``half``, ``year``, ``period``, ``approx``).

Year resolution (see docs/mentions.md):

* an explicit year wins; 今年/去年/明年… count from the base year;
* without a year, news has a **past bias**: a period that would start after the
  paper's date is moved one year back, unless the clause announces a
  plan or forecast (将, 计划, 力争, 预计, 争取, 拟, 确保…); then a period that
  would end before the paper's date is moved one year forward;
* without a base date, the nearest 4-digit year written before the expression
  in the same paragraph (else after it in that paragraph) is used, else the
  page's year when one is known (``year``: 今年/去年 count from it); without
  either the value stays year-less, written ``--MM-DD`` like ISO 8601's
  truncated form.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator

import attrs

from newsmill.zh.numbers import parse_int

__all__ = ["MODES", "DateHit", "DateValue", "find_dates", "parse_date", "FUTURE_MARKERS", "plan_years",
           "is_future_clause", "month_of",
           "relative_year", "REL_YEAR_FIRST"]

#: Words in a clause that make a date a plan or forecast (no past bias).
FUTURE_MARKERS = ("将", "计划", "力争", "预计", "争取", "拟", "确保", "有望", "目标", "届时", "即将",
                  "准备", "预期", "要在", "启动")


def _iso_side(open_: bool, year: int | None, month_day: tuple[int, int]) -> str:
    """One side of a date value: ``..`` when open, ``--MM-DD`` without a year, else ISO."""
    if open_:
        return ".."
    tail = _MONTH_DAY_TEXT.get(month_day)
    if tail is not None:  # the common case, without format specifications (4x faster)
        if year is None:
            return "-" + tail
        if 1000 <= year <= 9999:
            return str(year) + tail
    return _iso_side_plain(open_, year, month_day)


def _iso_side_plain(open_: bool, year: int | None, month_day: tuple[int, int]) -> str:
    """:func:`_iso_side` by its definition."""
    if open_:
        return ".."
    if year is None:
        return f"--{month_day[0]:02d}-{month_day[1]:02d}"
    return f"{year:04d}-{month_day[0]:02d}-{month_day[1]:02d}"


def month_of(iso: str) -> str:
    """The month of an ISO date: ``2024-03-01`` → ``2024-03``; without its year (``--03-01``) →
    ``--03``, ISO 8601's truncated form (as a day is ``--03-01``)."""
    return iso[:4] if iso.startswith("--") else iso[:7]


#: ``-MM-DD`` of every (month, day) of a year
_MONTH_DAY_TEXT = {(m, d): f"-{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, 32)}


@attrs.frozen(cache_hash=True)
class DateValue:
    """A resolved date or period; ``year`` fields may be None when no year could be found.

    Its hash is computed once (values are keys of the remembered placements and mention values)."""

    start_year: int | None
    start: tuple[int, int]        # (month, day)
    end_year: int | None
    end: tuple[int, int]
    granularity: str
    open_start: bool = False      # no lower bound (``3年以前``): ``start`` is written ``..``
    open_end: bool = False        # no upper bound (``20天以后``): ``end`` is written ``..``

    def as_dict(self) -> dict[str, str]:
        """The mention value: ``{"start", "end", "granularity"}`` with ISO (or ``--MM-DD``) dates.

        An open side is written ``..`` (as in ISO 8601-2 intervals)."""
        return {"start": _iso_side(self.open_start, self.start_year, self.start),
                "end": _iso_side(self.open_end, self.end_year, self.end),
                "granularity": self.granularity}

    def dates(self) -> tuple[dt.date, dt.date] | None:
        """Start and end as :class:`datetime.date` (None when the year is unknown)."""
        if self.start_year is None or self.end_year is None:
            return None
        return dt.date(self.start_year, *self.start), dt.date(self.end_year, *self.end)


@attrs.define(slots=True)
class DateHit:
    """A date expression found in a text: cleaned span and resolved value."""

    start: int
    end: int
    value: DateValue


# ---------------------------------------------------------------- patterns
_CD = "零〇一二三四五六七八九"
_MN = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元(?=月))"
_DN = (r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
       r"|廿[一二三四五六七八九]?|[一二三四五六七八九])")
_CONN = r"(?:[-－—–~～]{1,2}|至|到)"
_REL_YEAR = {"今年": 0, "本年": 0, "当年": 0, "同年": 0, "这一年": 0, "去年": -1, "上年": -1, "上一年": -1,
             "前年": -2, "大前年": -3, "明年": 1, "次年": 1, "下一年": 1, "后年": 2, "大后年": 3}
_REL_DAY = {"今天": 0, "今日": 0, "本日": 0, "当天": 0, "当日": 0, "昨天": -1, "昨日": -1, "前天": -2,
            "大前天": -3, "明天": 1, "明日": 1, "后天": 2, "大后天": 3, "大大后天": 4, "次日": 1,
            "今晚": 0, "当晚": 0, "今早": 0, "今晨": 0, "昨晚": -1, "昨夜": -1, "明晚": 1, "明早": 1}
_RY = "|".join(sorted(_REL_YEAR, key=len, reverse=True))
_RD = "|".join(sorted(_REL_DAY, key=len, reverse=True))


_REL_MONTH = {"上上个月": -2, "上个月": -1, "上一个月": -1, "上月": -1, "本月": 0, "这个月": 0, "这月": 0,
              "当月": 0, "同月": 0, "下个月": 1, "下一个月": 1, "下月": 1, "次月": 1}
_RM = "|".join(sorted(_REL_MONTH, key=len, reverse=True))
_REL_QUARTER = {"上个季度": -1, "上季度": -1, "上一季度": -1, "本季度": 0, "这个季度": 0, "当季": 0,
                "下个季度": 1, "下季度": 1, "下一季度": 1}
_RQ = "|".join(sorted(_REL_QUARTER, key=len, reverse=True))
_REL_WEEK = {"上上周": -2, "上上个星期": -2, "上周": -1, "上个星期": -1, "上星期": -1, "上个礼拜": -1,
             "上礼拜": -1, "上一周": -1, "本周": 0, "这周": 0, "这个星期": 0, "这星期": 0, "这个礼拜": 0,
             "本星期": 0, "下周": 1, "下个星期": 1, "下星期": 1, "下个礼拜": 1, "下礼拜": 1, "下一周": 1,
             "下下周": 2}
_RW = "|".join(sorted(_REL_WEEK, key=len, reverse=True))
_WEEKDAY = r"(?:星期|周|礼拜)(?P<wd>[一二三四五六日天1-7])"
#: What follows a numeral counting things: ``本周一批项目`` is "a batch this week", not Monday.
_COUNTED = r"(?:批|个|项|家|座|条|次|轮|场|位|名|只|台|套|揽子|系列|大|些)"
#: Words after ``前N个月`` that make it the period of a statistic (``增加值前10个月同比增长``).
_STAT_AFTER = re.compile(r"[，,]?(?:同比|累计|共计|合计|全市|全省|全区|全县)")
_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
#: Gregorian holidays: fixed (month, day) or (month, weekday, n-th).
_HOLIDAYS: dict[str, tuple[int, ...]] = {
    "元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "植树节": (3, 12), "愚人节": (4, 1),
    "劳动节": (5, 1), "五一": (5, 1), "青年节": (5, 4), "儿童节": (6, 1), "建党节": (7, 1),
    "建军节": (8, 1), "教师节": (9, 10), "国庆节": (10, 1), "国庆": (10, 1), "十一": (10, 1),
    "圣诞节": (12, 25), "平安夜": (12, 24), "母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4),
}
_HOL = "|".join(sorted(_HOLIDAYS, key=len, reverse=True))


def _point_pattern(loose: bool) -> str:
    year = rf"(?:19|20)\d{{2}}|[{_CD}]{{4}}" + (rf"|\d{{2}}|[{_CD}]{{2}}" if loose else "")
    day_end = r"(?:[日号]|(?=$|至|到|[-~～—]))" if loose else "[日号]"
    loose_alts = r"""
|(?P<bare>(?P<by>(?:19|20)\d{2})(?![\d年]))
|(?P<smd>(?<!\d)(?P<sm>1[0-2]|0?[1-9])[·/\-.](?P<sd>3[01]|[12]\d|0?[1-9])[日号]?(?![\d月]))
|(?P<now>现在|目前|此刻|如今|至今)""" if loose else ""
    return rf"""
(?P<iso>(?<![\d.])(?P<iy>(?:19|20)\d{{2}})[-/.\s](?P<im>1[0-2]|0?[1-9])
    (?:[-/.\s](?P<id>3[01]|[12]\d|0?[1-9]))?(?![\d])(?!\s?(?:[万亿千百]|元|%|％)))
|(?P<compact>(?<!\d)(?P<cy>(?:19|20)\d{{2}})(?P<cm>1[0-2]|0[1-9])(?P<cd>3[01]|[12]\d|0[1-9])(?!\d))
|(?P<yr>(?<![\d.])(?P<ya>(?:19|20)\d{{2}})\s?(?:[-－—–~～]{{1,2}}|至|到)\s?(?P<yb>(?:19|20)\d{{2}})年(?!度))
|(?P<plan>[“"‘]?(?P<plann>十[一二三四五六七八九]|[一二三四五六七八九])五[”"’]?(?P<planpart>期间|时期|规划期间|规划期|末期|末|初期|初|以来|开局之年|开局年|起步之年|收官之年|收官年)?)
|(?P<cent>(?P<centn>上|\d{{1,2}}|[一二三四五六七八九十]{{1,3}})世纪(?:(?P<dec>[1-9]0|[一二三四五六七八九]十)年代)?(?P<cpart>初期|初|末期|末|前期|中期|后期)?)
|(?P<fuzzy>近日|日前|近期|前不久|不久前|近年来|近年|前些天|这几天)
|(?P<since>(?P<sincey>{_RY})?(?:年初|年)以来)
|(?P<jm>今明两年|今明年)
|(?P<twday>[昨今明前])[(（](?P<twd>3[01]|[12]\d|0?[1-9])[)）]日
|(?P<relday>{_RD})
|(?P<rq>{_RQ})(?P<rqpos>初|末)?
|(?P<rw>{_RW})(?:(?:星期|周|礼拜)?(?P<wd>[一二三四五六日天1-7])(?!{_COUNTED}))?
|(?:星期|周|礼拜)(?P<wd2>[一二三四五六日天1-7])(?!{_COUNTED}){loose_alts}
|(?:(?:(?P<y>{year})年|(?P<ry>{_RY}))(?:度)?)?
 (?:
   (?P<m1>{_MN})(?:月份?)?{_CONN}(?P<m2>{_MN})月份?
  |(?:(?P<m>{_MN})月份?|(?<!月)(?<!月份)(?P<rm>{_RM}))(?:的)?
     (?:(?P<d1>{_DN})[日号]?{_CONN}(?P<d2>{_DN})[日号]
       |(?P<d>{_DN}){day_end}
       |第(?P<wn>[一二三四五1-5])个?(?:周|星期|礼拜)(?P<wnd>[一二三四五六日天1-7])?
       |(?P<xun>上旬|中旬|下旬|月初|月中|月底|月末|初|中|底|末))?
  |(?P<qa>[一二三1-3])(?:至|到|[-—–~～])(?P<qb>[二三四2-4])季度
  |(?:第?(?P<q>[一二三四1-4])季(?:度|(?<=第[一二三四1-4]季))|(?P<qfirst>首|头)季度?)(?P<qpos>初|末)?
  |(?:前(?P<qn>[两二三2-3])个?季度|[前首](?P<qn2>[两二三2-3])季(?!度))
  |(?P<nm>前|后|首|头)(?P<nmn>[一二两三四五六七八九十]{{1,2}}|\d{{1,2}})个?月
  |(?P<firstm>首月)|第(?P<nthm>[一二三四五六七八九十]{{1,3}}|\d{{1,2}})个月
  |第(?P<yw>[一二三四五六七八九十]{{1,3}}|\d{{1,2}})个?(?:周|星期|礼拜)
  |(?P<half>上半年|下半年|前半年|后半年)
  |(?P<od>{_DN}){"[日号]" if loose else "日(?![内前])"}
  {"|(?P<hol>" + _HOL + ")" if loose else ""}
  |(?P<ypart>年初|年底|年末|年中|年内|全年|伊始|初|底|末|内)
 )?
"""


def _opens_clause(text: str, i: int) -> bool:
    """True when position ``i`` starts the text, a line or a clause (after punctuation)."""
    return i == 0 or text[i - 1] in "\n，,。；;：:、（(“\"" or text[i - 1].isspace()


def _monday_of(y: int, m: int) -> dt.date:
    d = dt.date(y, m, 1)
    return d + dt.timedelta(days=(7 - d.weekday()) % 7)


def _one_day(d: dt.date) -> DateValue:
    return DateValue(d.year, (d.month, d.day), d.year, (d.month, d.day), "day")


def _week(monday: dt.date, weekday: str | None) -> DateValue:
    if weekday:
        wd = int(weekday) - 1 if weekday.isdigit() else _WD[weekday]
        return _one_day(monday + dt.timedelta(days=wd))
    sun = monday + dt.timedelta(days=6)
    return DateValue(monday.year, (monday.month, monday.day), sun.year, (sun.month, sun.day), "period")


def _num(text: str) -> int:
    return int(text) if text.isdigit() else _md(text)


_POINT = re.compile(_point_pattern(False), re.VERBOSE)
_POINT_LOOSE = re.compile(_point_pattern(True), re.VERBOSE)
_CONN_RE = re.compile(rf"\s?{_CONN}\s?")
_TAIL = re.compile(r"(?P<tail>起至今|以来|至今|起|之前|以前|前)")
_CLAUSE_START = re.compile(r"[。！？；;!?\n]")
#: Every character but white space a match of :data:`_CONN_RE` or :data:`_TAIL` can begin with.
_CONN_TAIL_FIRST = frozenset("-－—–~～至到起以之前")
#: Every character but white space a match of :data:`_CONN_RE` can begin with.
_CONN_FIRST = frozenset("-－—–~～至到")


#: Values of :func:`_span_of_point` for matches of :data:`_POINT`, keyed on the match's groups,
#: the base date and the mode: all a value depends on, unless it reads the year written nearby
#: (then the key holds :data:`_READS_HINT` and the value is kept under the key and that year)
#: or the text before the match (``前4个月``, group ``nm``: never kept).
#: Emptied when it holds :data:`_POINT_MEMO_SIZE` values.
_POINT_MEMO: dict[tuple, tuple[DateValue, bool] | None | object] = {}
_POINT_MEMO_SIZE = 4096
_NM_GROUP = _POINT.groupindex["nm"] - 1
#: Marks a key of :data:`_POINT_MEMO` whose value depends on the year written nearby too.
_READS_HINT = object()


def _point_value(m: re.Match[str], ctx: _Ctx) -> tuple[DateValue, bool] | None:
    """:func:`_span_of_point` of a :data:`_POINT` match, remembered across texts."""
    groups = m.groups()
    if groups[_NM_GROUP] is not None:
        return _span_of_point(m, ctx)
    key = (groups, ctx.base or ctx.year, ctx.mode)
    memo = _POINT_MEMO
    found = memo.get(key, memo)
    if found is _READS_HINT:  # the path up to the first read depends on the key alone
        found = memo.get((key, ctx.year_hint), memo)
    if found is not memo:
        return found  # type: ignore[return-value]
    reads = ctx.hint_reads
    value = _span_of_point(m, ctx)
    if len(memo) >= _POINT_MEMO_SIZE:
        memo.clear()
    if ctx.hint_reads == reads:
        memo[key] = value
    else:  # the value is a function of the key and the year written nearby
        memo[key] = _READS_HINT
        memo[(key, ctx.year_hint)] = value
    return value


def _last_day(y: int | None, m: int) -> int:
    if not 1 <= m <= 12:
        raise ValueError(f"no month {m}")
    if m != 2:
        return _MONTH_DAYS[m]
    return 29 if y is None or calendar.isleap(y) else 28  # year-less: clamped once the year is known


def _max_day(y: int | None, m: int) -> int:
    """The last day a written date may name: a year-less 29 February is not accepted."""
    return 28 if y is None and m == 2 else _last_day(y, m)


def _clamp(year: int, md: tuple[int, int]) -> tuple[int, int]:
    """``(2, 29)`` becomes ``(2, 28)`` in a common year (a year-less February end, see :func:`_last_day`)."""
    return (2, 28) if md == (2, 29) and not calendar.isleap(year) else md


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _md(text: str) -> int:
    if text.isascii() and text.isdigit():
        return int(text)
    if text == "元":
        return 1  # 元月 = January
    return parse_int(text.replace("廿", "二十"))


def _year_of(text: str) -> int:
    if text.isdigit() and len(text) == 4:
        return int(text)
    digits = "".join(str(_md(c)) if not c.isdigit() else c for c in text)
    n = int(digits)
    if len(digits) == 2:
        return 2000 + n if n <= 30 else 1900 + n
    return n


def plan_years(n: int) -> tuple[int, int]:
    """Years of the n-th five-year plan (十四五 → 2021–2025)."""
    if n == 1:
        return 1953, 1957
    if n == 2:
        return 1958, 1962
    start = 1966 + (n - 3) * 5
    return start, start + 4


class _Ctx:
    """Resolution context: base date, mode, the page's year when there is no base date, and
    (computed on first use) a year written nearby."""

    __slots__ = ("base", "mode", "year", "_hint", "_hint_of", "hint_reads")

    def __init__(self, base: dt.date | None, mode: str,
                 hint_of: Callable[[], int | None] | None = None, year: int | None = None) -> None:
        self.base = base
        self.mode = mode          # "past" | "future" | "same"
        self.year = year          # the page's year (no base date): 今年/去年 count from it
        self._hint: int | None = None
        self._hint_of = hint_of
        self.hint_reads = 0       # how often :attr:`year_hint` was read

    @property
    def year_hint(self) -> int | None:
        """A year written nearby, used when base is None."""
        self.hint_reads += 1
        if self._hint_of is not None:
            self._hint, self._hint_of = self._hint_of(), None
        return self._hint


def _span_of_point(m: re.Match[str], ctx: _Ctx) -> tuple[DateValue, bool] | None:
    """Resolve one point match; the flag says whether the year was given (not inferred)."""
    g = m.groupdict()
    base = ctx.base
    if g["iso"] or g["compact"]:
        y = int(g["iy"] or g["cy"])
        mo = int(g["im"] or g["cm"])
        d = g["id"] or g["cd"]
        if d:
            day = int(d)
            if day > _last_day(y, mo):
                return None
            return DateValue(y, (mo, day), y, (mo, day), "day"), True
        return DateValue(y, (mo, 1), y, (mo, _last_day(y, mo)), "month"), True
    if g["yr"]:  # 2021-2025年: the years from one to the other
        a, b = int(g["ya"]), int(g["yb"])
        if a >= b:
            return None
        return DateValue(a, (1, 1), b, (12, 31), "period"), True
    if g["plan"]:
        n = _md(g["plann"])
        if n < 6:
            return None
        a, b = plan_years(n)
        part = g["planpart"] or ""
        if not part and not re.match(r"[“\"‘]", g["plan"]):
            return None  # 十四五 without quotes or 期间 is too ambiguous
        if part.startswith(("末", "收官")):
            return DateValue(b, (1, 1), b, (12, 31), "year"), True
        if part.startswith(("初", "开局", "起步")):
            return DateValue(a, (1, 1), a, (12, 31), "year"), True
        if part == "以来" and base is not None and a <= base.year <= b:
            return DateValue(a, (1, 1), base.year, (base.month, base.day), "period"), True  # so far
        return DateValue(a, (1, 1), b, (12, 31), "period"), True
    if g["fuzzy"]:
        if base is None:
            return None
        word = g["fuzzy"]
        days = 14 if word in ("近日", "日前", "前些天", "这几天") else 0
        days = 60 if word in ("近期", "前不久", "不久前") else days
        if days:
            s = base - dt.timedelta(days=days)
            return DateValue(s.year, (s.month, s.day), base.year, (base.month, base.day), "approx"), False
        return DateValue(base.year - 3, (1, 1), base.year, (base.month, base.day), "approx"), False
    if g["since"]:
        if base is None:
            if ctx.year is None:
                return None
            y = ctx.year + _REL_YEAR.get(g["sincey"] or "今年", 0)  # the page's year: up to an unknown day
            return DateValue(y, (1, 1), None, (12, 31), "period", open_end=True), True
        y = base.year + _REL_YEAR.get(g["sincey"] or "今年", 0)
        return DateValue(y, (1, 1), base.year, (base.month, base.day), "period"), True
    if g["twday"]:  # 昨（1）日: the relative day with its day of the month in brackets
        if base is None:
            return None
        d = base + dt.timedelta(days=_REL_DAY[g["twday"] + "日" if g["twday"] != "前" else "前天"])
        if d.day != int(g["twd"]):
            return None
        return DateValue(d.year, (d.month, d.day), d.year, (d.month, d.day), "day"), True
    if g["relday"]:
        if base is None:
            return None
        d = base + dt.timedelta(days=_REL_DAY[g["relday"]])
        return DateValue(d.year, (d.month, d.day), d.year, (d.month, d.day), "day"), True
    if g.get("bare"):
        y = int(g["by"])
        return DateValue(y, (1, 1), y, (12, 31), "year"), True
    if g.get("smd"):
        mo, day = int(g["sm"]), int(g["sd"])
        if day > _max_day(None if base is None else base.year, mo):
            return None
        return DateValue(None, (mo, day), None, (mo, day), "day"), False
    if g.get("now"):
        if base is None:
            return None
        return _one_day(base), True
    if g["cent"]:
        c = -1 if g["centn"] == "上" else _num(g["centn"])
        if c == -1:
            if base is None:
                return None
            c = base.year // 100
        a, b = (c - 1) * 100, (c - 1) * 100 + 99
        if g["dec"]:
            a = a + _num(g["dec"])
            b = a + 9
        part = g["cpart"] or ""
        width = b - a + 1
        if part.startswith("初") or part == "前期":
            b = a + (width // 5 if width > 10 else 3) - 1
        elif part.startswith("末") or part == "后期":
            a = b - (width // 5 if width > 10 else 3) + 1
        return DateValue(a, (1, 1), b, (12, 31), "period"), True
    if g["jm"]:
        if base is None:
            return None
        return DateValue(base.year, (1, 1), base.year + 1, (12, 31), "period"), True
    if g["rq"]:
        if base is None:
            return None
        q = (base.month - 1) // 3 + _REL_QUARTER[g["rq"]]
        y, q = base.year + q // 4, q % 4 + 1
        a, b = 3 * q - 2, 3 * q
        if g["rqpos"] == "初":
            b = a
        elif g["rqpos"] == "末":
            a = b
        gran = "quarter" if not g["rqpos"] else "month"
        return DateValue(y, (a, 1), y, (b, _last_day(y, b)), gran), True
    if g["rw"] or g["wd2"]:
        if base is None:
            return None
        weeks = _REL_WEEK.get(g["rw"] or "", 0)
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=weeks)
        v = _week(monday, g["wd"] or g["wd2"])
        if not g["rw"]:
            if ctx.mode == "future" and v.dates()[0] < base:  # type: ignore[index]
                v = _week(monday + dt.timedelta(weeks=1), g["wd2"])
            elif ctx.mode == "past" and v.dates()[0] > base:  # type: ignore[index]
                v = _week(monday - dt.timedelta(weeks=1), g["wd2"])
        return v, True
    # year / month / day family
    explicit: int | None = None
    if g["y"]:
        explicit = _year_of(g["y"])
    elif g["ry"]:
        if base is None and ctx.year is not None:
            explicit = ctx.year + _REL_YEAR[g["ry"]]
        elif base is None and ctx.year_hint is None:
            explicit = None
        else:
            explicit = (base.year if base else ctx.year_hint) + _REL_YEAR[g["ry"]]  # type: ignore[operator]
    has_year = bool(g["y"] or g["ry"])
    y = explicit
    if g["m1"]:
        a, b = _md(g["m1"]), _md(g["m2"])
        if not 1 <= a < b <= 12:
            return None
        return DateValue(y, (a, 1), y, (b, _last_day(y, b)), "period"), has_year
    if g["rm"]:
        if base is None:
            return None
        k = base.month - 1 + _REL_MONTH[g["rm"]]
        y, mo = base.year + k // 12, k % 12 + 1
        has_year = True
    if g["m"] or g["rm"]:
        if g["m"]:
            mo = _md(g["m"])
        if not 1 <= mo <= 12:
            return None
        if g["wn"]:
            if y is None:
                y = base.year if base else ctx.year_hint
            if y is None:
                return None
            monday = _monday_of(y, mo) + dt.timedelta(weeks=_num(g["wn"]) - 1)
            if g["wnd"]:
                wd = int(g["wnd"]) - 1 if g["wnd"].isdigit() else _WD[g["wnd"]]
                first = dt.date(y, mo, 1)
                d = first + dt.timedelta(days=(wd - first.weekday()) % 7 + 7 * (_num(g["wn"]) - 1))
                return _one_day(d), has_year
            return _week(monday, None), has_year
        if g["d1"]:
            a, b = _md(g["d1"]), _md(g["d2"])
            if not 1 <= a < b <= _max_day(y, mo):
                return None
            return DateValue(y, (mo, a), y, (mo, b), "period"), has_year
        if g["d"]:
            day = _md(g["d"])
            if not 1 <= day <= _max_day(y, mo):
                return None
            return DateValue(y, (mo, day), y, (mo, day), "day"), has_year
        last = _last_day(y, mo)
        xun = g["xun"]
        if xun:
            a, b = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, last), "初": (1, 5), "中": (11, 20),
                    "底": (25, last), "末": (25, last), "月初": (1, 5), "月中": (11, 20),
                    "月底": (25, last), "月末": (25, last)}[xun]
            return DateValue(y, (mo, a), y, (mo, b), "approx"), has_year
        return DateValue(y, (mo, 1), y, (mo, last), "month"), has_year
    if g["q"] or g["qfirst"]:
        q = 1 if g["qfirst"] else _md(g["q"]) if not g["q"].isdigit() else int(g["q"])
        a, b = 3 * q - 2, 3 * q
        if g["qpos"] == "初":
            return DateValue(y, (a, 1), y, (a, _last_day(y, a)), "month"), has_year
        if g["qpos"] == "末":
            return DateValue(y, (b, 1), y, (b, _last_day(y, b)), "month"), has_year
        return DateValue(y, (a, 1), y, (b, _last_day(y, b)), "quarter"), has_year
    if g["qa"]:
        qa, qb = (int(x) if x.isdigit() else _md(x) for x in (g["qa"], g["qb"]))
        if qa >= qb:
            return None
        return DateValue(y, (3 * qa - 2, 1), y, (3 * qb, _last_day(y, 3 * qb)), "period"), has_year
    if g["qn"] or g["qn2"]:
        qn = g["qn"] or g["qn2"]
        n = _md(qn) if not qn.isdigit() else int(qn)
        return DateValue(y, (1, 1), y, (3 * n, _last_day(y, 3 * n)), "period"), has_year
    if g["nm"]:
        n = _md(g["nmn"]) if not g["nmn"].isdigit() else int(g["nmn"])
        if not 1 <= n <= 12:
            return None
        first = g["nm"] in ("前", "首", "头")
        if not has_year and not (first and (_opens_clause(m.string, m.start())
                                            or _STAT_AFTER.match(m.string, m.end()))):
            return None  # 前4个月 opening a clause, or the period of a statistic (…前4个月同比增长)
        if first:
            return DateValue(y, (1, 1), y, (n, _last_day(y, n)), "period"), has_year
        return DateValue(y, (13 - n, 1), y, (12, 31), "period"), has_year
    if g["firstm"] or g["nthm"]:
        mo = 1 if g["firstm"] else _num(g["nthm"])
        if not has_year or not 1 <= mo <= 12:
            return None
        return DateValue(y, (mo, 1), y, (mo, _last_day(y, mo)), "month"), has_year
    if g["yw"]:
        if y is None:
            return None
        monday = _monday_of(y, 1) + dt.timedelta(weeks=_num(g["yw"]) - 1)
        return _week(monday, None), has_year
    if g.get("hol"):
        spec = _HOLIDAYS[g["hol"]]
        y0 = y if y is not None else base.year if base else ctx.year_hint
        if y0 is None:
            return None
        if len(spec) == 2:
            d = dt.date(y0, spec[0], spec[1])
        else:
            first = dt.date(y0, spec[0], 1)
            d = first + dt.timedelta(days=(spec[1] - first.weekday()) % 7 + 7 * (spec[2] - 1))
        if y is None and len(spec) == 2:
            return DateValue(None, (d.month, d.day), None, (d.month, d.day), "day"), False
        return _one_day(d), has_year
    if g["od"]:
        if base is None or has_year:
            return None
        day = _md(g["od"])
        if not 1 <= day <= 31:
            return None
        y0, mo = base.year, base.month
        if ctx.mode == "past" and day > base.day:
            y0, mo = (y0, mo - 1) if mo > 1 else (y0 - 1, 12)
        if day > _max_day(y0, mo):
            return None
        return _one_day(dt.date(y0, mo, day)), True
    if g["half"]:
        first = g["half"] in ("上半年", "前半年")
        return (DateValue(y, (1, 1), y, (6, 30), "half") if first
                else DateValue(y, (7, 1), y, (12, 31), "half")), has_year
    if g["ypart"]:
        part = g["ypart"]
        if part in ("初", "底", "末", "伊始", "内") and not has_year:
            return None  # 初/底/末 alone are not dates
        if part == "伊始":
            return DateValue(y, (1, 1), y, (1, 31), "approx"), has_year
        if part in ("年初", "初"):
            return DateValue(y, (1, 1), y, (2, _last_day(y, 2)), "approx"), has_year
        if part in ("年底", "年末", "底", "末"):
            return DateValue(y, (11, 1), y, (12, 31), "approx"), has_year
        if part == "年中":
            return DateValue(y, (6, 1), y, (7, 31), "approx"), has_year
        if part == "年内" and y is None:  # 年内 is within the paper's own year, never last year's
            y = ctx.base.year if ctx.base is not None else ctx.year
        return DateValue(y, (1, 1), y, (12, 31), "year"), has_year
    if has_year:
        return DateValue(y, (1, 1), y, (12, 31), "year"), has_year
    return None


def _with_year(v: DateValue, year: int | None) -> DateValue:
    if v.start_year is not None:
        return v
    if year is None:  # the year stays unknown: a February end is the 28th, as in most years
        if (2, 29) in (v.start, v.end):
            return attrs.evolve(v, start=_clamp(2001, v.start), end=_clamp(2001, v.end))
        return v
    shift = 1 if v.end < v.start else 0  # a period that runs over New Year
    return DateValue(year, _clamp(year, v.start), year + shift, _clamp(year + shift, v.end), v.granularity)


def _shift(v: DateValue, k: int) -> DateValue:
    sy, ey = v.start_year + k, v.end_year + k  # type: ignore[operator]
    return DateValue(sy, _clamp(sy, v.start), ey, _clamp(ey, v.end), v.granularity)


#: Values of :func:`_place_year_plain`, keyed on the value and what else it reads: the year written
#: nearby (no base date), else the base date and the mode, or with the ``past`` bias the answer of
#: ``future()`` (always asked there). Emptied at :data:`_POINT_MEMO_SIZE` values.
_PLACE_MEMO: dict[tuple, DateValue] = {}


def _place_year(v: DateValue, ctx: _Ctx, future: Callable[[], bool]) -> DateValue:
    """Give a year-less value its year (past bias unless the clause announces a plan); remembered."""
    if v.start_year is not None:
        return v
    base = ctx.base
    if base is None:
        key: tuple = (v, ctx.year_hint) if ctx.year is None else (v, ctx.year_hint, ctx.year)
    elif ctx.mode == "past":
        key = (v, base, future())
    else:
        key = (v, base, ctx.mode)
    try:
        return _PLACE_MEMO[key]
    except KeyError:
        pass
    placed = _place_year_plain(v, ctx, (lambda: key[2]) if base is not None else future)
    if len(_PLACE_MEMO) >= _POINT_MEMO_SIZE:
        _PLACE_MEMO.clear()
    _PLACE_MEMO[key] = placed
    return placed


def _place_year_plain(v: DateValue, ctx: _Ctx, future: Callable[[], bool]) -> DateValue:
    """:func:`_place_year` by its definition."""
    if v.start_year is not None:
        return v
    if ctx.base is None:
        if ctx.year is not None and v.granularity in _EVENT_GRANULARITIES:
            return _with_year(v, ctx.year)  # a day of the news: the page's year, not one written nearby
        return _with_year(v, ctx.year_hint)
    base = ctx.base
    v = _with_year(v, base.year)
    dates = v.dates()
    if dates is None:
        return v
    start, end = dates
    if ctx.mode == "same":
        return v
    if ctx.mode == "future" or (ctx.mode == "past" and future()):
        if ctx.mode == "past" and v.granularity in ("quarter", "half") and end < base <= end + _JUST_ENDED:
            return v  # 预计一季度…增长 early in April: an estimate of the quarter just ended
        return _shift(v, 1) if end < base else v
    if v.granularity in ("day", "month", "approx"):
        return _shift(v, -1) if start > base else v
    if v.granularity == "quarter" and start <= base:
        return v  # the quarter under way (第四季度重点项目集中开工 in October)
    # a cumulative period (1-10月, 上半年, 一季度) is reported once it is (nearly) over
    return _shift(v, -1) if end > base + dt.timedelta(days=31) else v


#: Granularities of a day the news tells of (placed in the page's year when only that is known);
#: periods (a month, 1-9月, 全年, a quarter) take a year written nearby first, as statistics do.
_EVENT_GRANULARITIES = frozenset(("day", "approx"))


#: How long after a quarter or half-year ends a forecast word still refers to it (an estimate).
_JUST_ENDED = dt.timedelta(days=20)


def _combine(a: DateValue, b: DateValue) -> DateValue:
    return DateValue(a.start_year, a.start, b.end_year, b.end, "period")


def _until(v: DateValue, base: dt.date | None, since: bool) -> DateValue:
    if base is None:
        return v
    if since:
        return DateValue(v.start_year, v.start, base.year, (base.month, base.day), "period")
    return DateValue(base.year, (base.month, base.day), v.end_year, v.end, "period")


def is_future_clause(text: str, pos: int) -> bool:
    """Whether the clause before ``pos`` announces a plan or forecast (:data:`FUTURE_MARKERS`)."""
    lo = pos - 80 if pos > 80 else 0
    last = _LAST_CLAUSE_START.match(text, lo, pos)  # greedy: up to the last clause end in the window
    if last is not None:
        lo = last.end()
    return _FUTURE_MARKER.search(text, lo, pos) is not None


#: From the start of a window to the end of its last clause end (greedy, so the last one).
_LAST_CLAUSE_START = re.compile(r".*[。！？；;!?\n]", re.DOTALL)
#: Any of :data:`FUTURE_MARKERS` (a search bounded by the clause finds what ``in`` finds).
_FUTURE_MARKER = re.compile("|".join(map(re.escape, FUTURE_MARKERS)))


def _is_future_clause_plain(text: str, pos: int) -> bool:
    """:func:`is_future_clause` as first written."""
    clause_start = 0
    for m in _CLAUSE_START.finditer(text, max(0, pos - 80), pos):
        clause_start = m.end()
    clause = text[max(clause_start, pos - 80):pos]
    return any(w in clause for w in FUTURE_MARKERS)


_DEADLINE = re.compile(r"[^，,。；;]{0,12}?(?:前|之前|以前)")


def _future_at(text: str, pos: int) -> bool:
    """Whether a date at ``pos`` lies ahead: its clause announces a plan (unless the date is told as
    done, ``计划实施…项目318个，1—8月已开复工305个``) or it is a deadline."""
    return (is_future_clause(text, pos) and not _DONE_AFTER.match(text, pos)
            and _DONE_BEFORE.search(text, max(0, pos - 4), pos) is None) or _before_deadline(text, pos) \
        or _YEAR_THEN_GOAL.match(text, pos) is not None


#: A done mark right before a date (``项目已于11月18日取得备案``): the day is past, whatever plan an
#: earlier clause of the sentence told (``公司拟…建设甲项目，项目已于…``).
_DONE_BEFORE = re.compile(r"(?<![预将])已(?:经)?(?:于|在)$")


#: The year's word with a goal word right after it (``全年力争…``, ``年内确保…``): the year ahead.
_YEAR_THEN_GOAL = re.compile(r"(?:全年|年内)(?:力争|争取|确保|预计|计划|将)")


#: A date followed by what is done in it (``1—8月已开复工``, ``上半年累计完成``), in its clause.
_DONE_AFTER = re.compile(r"[^，,。；;、\n]{1,8}?(?:份|以来)?[，,]?\s*(?:已经?|累计)(?!经)")


def _before_deadline(text: str, pos: int) -> bool:
    """``年底前`` / ``6月底之前``: a deadline, so the date is not in the past.

    The expression's own leading ``前`` (前三季度, 前两个月) is no deadline.

    :data:`_DEADLINE`'s shortest match ends right after the first 前 from the start (with 之
    or 以 before it, the match takes them as part of 之前/以前, which ends there too), so it
    is at most 10 characters long when that 前 is among the first 10, and it exists when no
    clause mark stands before the start of its ending word.
    """
    p = pos + 1 if text.startswith("前", pos) else pos
    f = text.find("前", p, p + 10)
    if f < 0:
        return False
    word = f - 1 if f > p and text[f - 1] in "之以" else f
    return _DEADLINE_STOP.search(text, p, word) is None


_DEADLINE_STOP = re.compile(r"[，,。；;]")


def _before_deadline_plain(text: str, pos: int) -> bool:
    """:func:`_before_deadline` by its pattern."""
    m = _DEADLINE.match(text, pos + 1 if text.startswith("前", pos) else pos)
    return bool(m) and len(m.group(0)) <= 10


#: A 4-digit year before 年, not inside a longer number (the lookbehind after the first two digits
#: lets ``re`` skip ahead to a 1 or 2 instead of trying every position).
_YEAR_HINT = re.compile(r"(?:19|20)(?<!\d..)\d{2}年")


def _expression(text: str, pos: int, ctx: _Ctx, regex: re.Pattern[str],
                future: Callable[[], bool]) -> tuple[int, DateValue] | None:
    """Parse the date expression that starts at ``pos``: (end, value) or None."""
    m = regex.match(text, pos)
    if not m or m.end() == pos:
        return None
    first = _point_value(m, ctx) if regex is _POINT else _span_of_point(m, ctx)
    if first is None:
        return None
    value, _ = first
    end = m.end()
    nxt = text[end:end + 1]
    if not nxt or (nxt not in _CONN_TAIL_FIRST and not nxt.isspace()):
        return end, _place_year(value, ctx, future)  # neither a second point nor a tail follows
    c = _CONN_RE.match(text, end)
    if c and (value.granularity in ("day", "month", "year", "quarter", "half")):
        m2 = regex.match(text, c.end())
        second = None
        if m2 and m2.end() > c.end():
            second = _point_value(m2, ctx) if regex is _POINT else _span_of_point(m2, ctx)
        if second is not None:
            v2, has_year2 = second
            ry2 = m2.group("ry") if m2 is not None else None  # type: ignore[union-attr]
            if ry2 in ("次年", "下一年", "同年", "当年") and value.start_year is None:
                value = _place_year(value, ctx, future)
            if ry2 in ("次年", "下一年", "同年", "当年") and value.start_year is not None:
                if v2.start_year is None:  # no base date: 同年 is the year just written
                    v2 = _with_year(v2, value.start_year + _REL_YEAR[ry2])
                else:
                    v2 = _shift(v2, value.start_year + _REL_YEAR[ry2] - v2.start_year)
            if v2.start_year is None and value.start_year is not None:
                v2 = _with_year(v2, value.start_year)
                if v2.dates() and value.dates() and v2.dates()[1] < value.dates()[0]:  # type: ignore[index]
                    v2 = _shift(v2, 1)
            if value.start_year is None:
                value = _place_year(value, ctx, future)
                if v2.start_year is None:
                    v2 = _with_year(v2, value.start_year)
            combined = _combine(value, v2)
            ds = combined.dates()
            if ds is None or ds[0] <= ds[1]:
                value, end = combined, m2.end()  # type: ignore[union-attr]
    value = _place_year(value, ctx, future)
    t = _TAIL.match(text, end)
    if t and ctx.base is not None and value.dates() is not None:
        tail = t.group("tail")
        since_ok = value.dates()[0] <= ctx.base  # type: ignore[index]
        if since_ok and (tail in ("以来", "至今", "起至今") or (tail == "起" and ctx.mode == "same")):
            value, end = _until(value, ctx.base, since=True), t.end()
        elif tail in ("之前", "以前", "前") and value.granularity in ("year", "month", "day", "approx"):
            if value.dates()[1] >= ctx.base:  # type: ignore[index]
                value, end = _until(value, ctx.base, since=False), t.end()
    elif t and ctx.year is not None and value.start_year is not None and value.start_year <= ctx.year \
            and t.group("tail") in ("以来", "至今", "起至今"):
        # only the page's year is known: from the start up to a day not known
        value = DateValue(value.start_year, value.start, None, (12, 31), "period", open_end=True)
        end = t.end()
    return end, value


_STARTS_PATTERN = (
    rf"{_RM}|{_RW}|{_RQ}|(?:星期|礼拜)[一二三四五六日天]|(?:19|20)\d{{2}}|[昨今明前][(（]\d{{1,2}}[)）]日|"
    rf"[前首头](?:[一二两三四五六七八九十]{{1,2}}|\d{{1,2}})个?月|[一二三1-3](?:至|到|[-—–~～])[二三四2-4]季度|"
    rf"[{_CD}]{{4}}年|{_RY}|{_RD}|[“\"‘]?(?:十[一二三四五六七八九]|[六七八九])五|近日|日前|近期|前不久|"
    rf"不久前|近年|前些天|这几天|年初以来|{_MN}(?:月|{_CONN})|第?[一二三四1-4]季度|第[一二三四1-4]季|首季度?|前[两二三]个?季度|[前首][两二三2-3]季|"
    rf"上半年|下半年|年初|年底|年末|年中|年内|全年|(?:3[01]|[12]\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?)日")
#: Every character a match of :data:`_STARTS_PATTERN` can begin with (the test suite derives
#: them from the pattern): as a leading lookahead it lets ``re`` skip the positions where no
#: branch can start instead of trying each branch there (about 4x faster searches).
_STARTS_FIRST = "0-9\"‘“〇一二三四五六七八九十零上下不今元全前去同后大头年当日明星昨本次礼第近这首"
_STARTS = re.compile(rf"(?=[{_STARTS_FIRST}])(?:{_STARTS_PATTERN})")


#: Characters that every date expression contains (or an ISO-like digit run); scanning starts there.
_ANCHOR = re.compile(r"[年月日季旬周期拜天五久晚晨夜]|(?:19|20)\d{2}(?:[-/.－—–~～至到]|\d{4}(?!\d))")
#: The two branches of :data:`_ANCHOR` as separate scans: each alone lets ``re`` skip ahead on its
#: first characters (together about 2x faster than the alternation); their matches never overlap
#: (the digit runs hold none of the anchor characters), so merged by position they are its matches.
_ANCHOR_CHAR = re.compile(r"[年月日季旬周期拜天五久晚晨夜]")
_ANCHOR_ISO = re.compile(r"(?:19|20)\d{2}(?:[-/.－—–~～至到]|\d{4}(?!\d))")
_NUMS = "0123456789〇零一二三四五六七八九十"
#: An anchor character counts only next to one of these (checked in Python: cheaper than lookbehinds).
_PREV_OK = {"年": set(_NUMS + "今去明前后上本当同次这全半"), "月": set(_NUMS + "元个份上下本这当同次"),
            "日": set(_NUMS + "近)）"), "季": set("当一二三四两1234"), "周": set("上下本这"),
            "期": set("星近"),
            "拜": set("礼"), "天": set("今昨明前后当"), "五": set("十一二三四六七八九"), "久": set("不"),
            "晚": set("今昨明当"), "晨": set("今"), "夜": set("昨"), "旬": set("上中下")}
_NEXT_OK = {"年": set("初底末中内以度"), "日": set("前"), "季": set("度")}


#: The two-character strings that make an anchor character count: a character of :data:`_PREV_OK`
#: then the anchor, the anchor then one of :data:`_NEXT_OK` (a slice and a set lookup each).
_OK_BEFORE = frozenset(p + ch for ch, ps in _PREV_OK.items() for p in ps)
_OK_AFTER = frozenset(ch + n for ch, ns in _NEXT_OK.items() for n in ns)
#: :data:`_ANCHOR_CHAR` with a first, looser context test done by ``re`` (a character any anchor
#: accepts before it, or one any anchor accepts after it): about half the anchor characters of
#: news text are never handed to the exact test in Python
_ANCHOR_CHAR_NEAR = re.compile(
    _ANCHOR_CHAR.pattern
    + "(?:(?<=[" + "".join(map(re.escape, sorted(set().union(*_PREV_OK.values())))) + "].)"
    + "|(?=[" + "".join(map(re.escape, sorted(set().union(*_NEXT_OK.values())))) + "]))")


def _exact_anchor_pattern() -> str:
    """One pattern whose matches are those of :func:`_anchors`: every branch starts with a literal
    (the digit-run branches of :data:`_ANCHOR_ISO` written once for 19 and once for 20; the anchor
    characters each with their exact context as lookarounds), so ``re`` skips ahead on the set of
    first characters; the branches' matches never overlap (as for :func:`_anchors`)."""
    tail = _ANCHOR_ISO.pattern[len("(?:19|20)"):]
    branches = [century + tail for century in ("19", "20")]
    for ch in _ANCHOR_CHAR.pattern[1:-1]:
        tests = []
        if ch in _PREV_OK:
            tests.append("(?<=[" + "".join(map(re.escape, sorted(_PREV_OK[ch]))) + "]" + ch + ")")
        if ch in _NEXT_OK:
            tests.append("(?=[" + "".join(map(re.escape, sorted(_NEXT_OK[ch]))) + "])")
        branches.append(ch + "(?:" + "|".join(tests) + ")")
    return "|".join(branches)


#: :func:`_anchors` as one scan (about twice as fast: no Python test per anchor character).
_ANCHOR_EXACT = re.compile(_exact_anchor_pattern())


def _anchors(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_ANCHOR` that can be part of a date (anchor characters in context)."""
    isos = list(_ANCHOR_ISO.finditer(text))
    k, n = 0, len(isos)
    next_iso = isos[0].start() if n else -1
    for a in _ANCHOR_CHAR_NEAR.finditer(text):
        i = a.start()
        while next_iso >= 0 and next_iso < i:
            yield isos[k]
            k += 1
            next_iso = isos[k].start() if k < n else -1
        if (i and text[i - 1:i + 1] in _OK_BEFORE) or text[i:i + 2] in _OK_AFTER:
            yield a
    if k < n:
        yield from isos[k:]


def _nearby_year(text: str, i: int, years: list[tuple[int, int]]) -> int | None:
    """The 4-digit year written nearest before ``i`` in its paragraph, else nearest after it."""
    k = bisect.bisect_left(years, (i, 0))
    para_start = text.rfind("\n", 0, i) + 1
    if k > 0 and years[k - 1][0] >= para_start:
        return years[k - 1][1]
    para_end = text.find("\n", i)
    para_end = len(text) if para_end < 0 else para_end
    if k < len(years) and years[k][0] < para_end:
        return years[k][1]
    return None


#: The matches of :data:`_YEAR_HINT`, found from their 年 (a literal: ``re`` skips ahead to each
#: one, about 5x faster than trying the digits at every 1 or 2); they start 4 characters earlier.
_YEAR_BEFORE_NIAN = re.compile(r"年(?<=(?:19|20)\d\d年)(?<!\d.....)")


#: A year word between a written year and a date after it (:meth:`_Years.near`).
#: (a span running up to now, ``一季度以来``, ``开年以来``, is of the page's year, as ``今年`` is)
_REL_YEAR_AFTER = re.compile(r"今年|去年|明年|前年|后年|(?:一季度|首季度?|开年|年初|开春)以来")


#: The end of a clause or sentence (see :meth:`_Years.near`).
_CLAUSE_BREAK = re.compile("[；;。！？]")
#: The end of a sentence.
_SENTENCE_END = re.compile("[。！？]")
#: Right before a later year: the horizon of a plan (``到2025年``, ``至2030年``).
_HORIZON = ("到", "至")


class _Years:
    """The 4-digit years written in a text (:data:`_YEAR_HINT`), found on first use.

    Called, the ``(position, year)`` list :func:`_nearby_year` takes; :meth:`near` is
    :func:`_nearby_year` on separate lists of positions and years (a bisection on integers),
    else ``fallback`` (the page's year, when known)."""

    __slots__ = ("text", "fallback", "_starts", "_values", "_pairs")

    def __init__(self, text: str, fallback: int | None = None) -> None:
        self.text = text
        self.fallback = fallback
        self._starts: list[int] | None = None
        self._values: list[int] = []
        self._pairs: list[tuple[int, int]] | None = None

    def _find(self) -> list[int]:
        text = self.text
        self._starts = starts = [m.start() - 4 for m in _YEAR_BEFORE_NIAN.finditer(text)]
        self._values = [int(text[k:k + 4]) for k in starts]
        return starts

    def __call__(self) -> list[tuple[int, int]]:
        if self._pairs is None:
            starts = self._starts if self._starts is not None else self._find()
            self._pairs = list(zip(starts, self._values))
        return self._pairs

    def near(self, i: int) -> int | None:
        """:func:`_nearby_year` of position ``i``, else :attr:`fallback`."""
        starts = self._starts if self._starts is not None else self._find()
        if not starts:
            return self.fallback
        text = self.text
        k = bisect.bisect_left(starts, i)
        if k and starts[k - 1] > text.rfind("\n", 0, i):
            if self.fallback is not None and self._values[k - 1] > self.fallback \
                    and text[starts[k - 1] - 1:starts[k - 1]] in _HORIZON \
                    and _SENTENCE_END.search(text, starts[k - 1], i):
                # ``到2025年,某州清洁能源装机将突破…。…力争全年…``: a plan's horizon in a sentence
                # before dates nothing after it; the year word is the page's
                return self.fallback
            if self.fallback is not None:
                # ``2023年，某区实现…。今年将确保…3月开工``: a year word after the written year,
                # counted from the page's year, is the year of what follows it
                last = None
                for found in _REL_YEAR_AFTER.finditer(text, starts[k - 1] + 5, i):
                    last = found
                if last is not None:
                    return self.fallback + _REL_YEAR.get(last.group(), 0)
            return self._values[k - 1]
        if k < len(starts):
            para_end = text.find("\n", i)
            if (para_end < 0 or starts[k] < para_end) and not (
                    self.fallback is not None and _CLAUSE_BREAK.search(text, i, starts[k])):
                # (with the page's year known, a year told after a ；or 。 opens what follows:
                # ``一季度，…到位资金…；2024年签约项目履约率…`` keeps the page's year)
                return self._values[k]
        return self.fallback


_REL_YEAR_WORDS = tuple(sorted(_REL_YEAR, key=len, reverse=True))


def relative_year(surface: str) -> int | None:
    """The year offset a date expression states in words (去年3月 → -1, 今年 → 0), else None."""
    if surface[:1] not in _REL_YEAR_FIRST:
        return None
    for word in _REL_YEAR_WORDS:
        if surface.startswith(word):
            return _REL_YEAR[word]
    return None


_REL_YEAR_FIRST = {w[0] for w in _REL_YEAR}
#: The first characters of the words :func:`relative_year` reads (it is None for any other).
REL_YEAR_FIRST = frozenset(_REL_YEAR_FIRST)


MODES = ("past", "same", "future")


def find_dates(text: str, pub_date: dt.date | None = None, mode: str = "past",
               year: int | None = None) -> Iterator[DateHit]:
    """Date expressions in ``text`` resolved against ``pub_date``.

    ``mode`` ``past`` (news: the past bias of the module doc), ``same`` (a year-less
    date falls in the base year) or ``future`` (never before the base date).
    ``year``, used only without ``pub_date``, is the year the page is of: a date
    with no year written nearby falls in it and 今年/去年 count from it (month and
    day stay unknown: 近日, 昨天 are not resolved).
    """
    if mode not in MODES:
        raise ValueError(f"unknown date mode {mode!r} (use one of {', '.join(MODES)})")
    # only texts without a base date that need a year pay for its scan
    years = _Years(text, year if pub_date is None else None)
    pos = 0
    search = _STARTS.search
    try_at = _try_remembered
    for a in _ANCHOR_EXACT.finditer(text):
        a_start = a.start()
        if a_start < pos:
            continue
        ws = max(pos, a_start - 8)
        lim = a.end() + 6
        while True:
            s = search(text, ws, lim)
            if s is None:
                break
            i = s.start()
            if i > a_start:
                break
            found = try_at(text, i, pub_date, years, mode)
            if found is None:
                ws = i + 1
                continue
            end, value = found
            if value is not None:
                yield DateHit(i, end, value)
            pos = end
            if a_start < pos:
                break
            ws = pos


def _try_remembered(text: str, i: int, pub_date: dt.date | None, years: _Years,
                    mode: str) -> tuple[int, DateValue | None] | None:
    """:func:`_try_at` answered from :data:`_POINT_MEMO` and :data:`_PLACE_MEMO` where it can:
    a match without group ``nm`` followed by no connector or tail whose values are remembered
    (the steps of :func:`_expression` that find nothing to do are skipped); else :func:`_try_at`."""
    prev = text[i - 1:i]
    if prev.isdigit() or prev == "." or (prev and prev in "第每") or text[i - 2:i] in ("每年", "每月"):
        return None
    if text.startswith(("后年", "后天"), i) and _after_verb(prev):
        return None
    if text.startswith(("19", "20"), i) and text[i + 4:i + 5] == "年":
        fast = _bare_year(text, i)
        if fast is not None:
            return fast
    m = _POINT.match(text, i)
    if m is None:
        return None
    end = m.end()
    if end == i:
        return None
    nxt = text[end:end + 1]
    if nxt and (nxt in (_CONN_FIRST if pub_date is None and years.fallback is None else _CONN_TAIL_FIRST)
                or nxt.isspace()):
        return _try_at(text, i, pub_date, years, mode)  # a tail is only read given a base date or year
    groups = m.groups()
    if groups[_NM_GROUP] is not None:
        return _try_at(text, i, pub_date, years, mode)
    memo = _POINT_MEMO
    key = (groups, pub_date or years.fallback, mode)
    found = memo.get(key, memo)
    hint: int | None | object = memo
    if found is _READS_HINT:
        hint = years.near(i)
        found = memo.get((key, hint), memo)
    if found is memo:
        return _try_at(text, i, pub_date, years, mode)
    if found is None:
        return None
    value = found[0]  # type: ignore[index]
    if value.start_year is None:
        if pub_date is None:
            if hint is memo:
                hint = years.near(i)
            fallback = years.fallback
            placed = _PLACE_MEMO.get((value, hint) if fallback is None else (value, hint, fallback))
        elif mode == "past":
            future = _future_at(text, i)
            placed = _PLACE_MEMO.get((value, pub_date, future))
        else:
            placed = _PLACE_MEMO.get((value, pub_date, mode))
        if placed is None:
            return _try_at(text, i, pub_date, years, mode)
        value = placed
    if nxt and nxt in "一二三四五六七八九十每" and _BARE_CN_MONTH.fullmatch(text, i, end):
        return end, None
    if value.granularity == "year":
        if nxt and nxt in "度级代" and not text[i:end].endswith("年度"):
            return end, None
        if value.start_year is None:
            return end, None
    return end, value


_BARE_CN_MONTH = re.compile(r"[一二三四五六七八九十]{1,2}月份?")
#: Every character the date patterns can read after ``YYYY年`` (a superset: all characters of
#: their sources); after any other character, ``YYYY年`` is a bare year and skips the patterns.
_AFTER_YEAR_SLOW = frozenset(_point_pattern(False) + _TAIL.pattern + _CONN_RE.pattern)


def _bare_year(text: str, i: int) -> tuple[int, DateValue | None] | None:
    """``2021年`` followed by nothing a date pattern could read: the year (None when unsure)."""
    digits = text[i:i + 4]
    if not (digits.isascii() and digits.isdigit()):
        return None
    nxt = text[i + 5:i + 6]
    if nxt and (nxt in _AFTER_YEAR_SLOW or nxt.isdigit() or nxt.isspace()):
        return None
    if nxt and nxt in "级代":
        return i + 5, None  # 2021年级: not a date (as the full path decides)
    y = int(digits)
    value = _YEAR_VALUES.get(y)
    if value is None:
        value = _YEAR_VALUES[y] = DateValue(y, (1, 1), y, (12, 31), "year")
    return i + 5, value


#: The value of each bare year met (values are immutable: one object serves every mention).
_YEAR_VALUES: dict[int, DateValue] = {}


#: Characters after which ``后年``/``后天`` can still be the date word (至后年, 预计后年, 争取后天).
_BEFORE_REL = set("至到于在从和及或与、将计划拟争取保望定")


def _after_verb(prev: str) -> bool:
    """True when ``prev`` is a Han character that makes the next ``后`` a postposition (建成后)."""
    return bool(prev) and "\u4e00" <= prev <= "\u9fff" and prev not in _BEFORE_REL


def _try_at(text: str, i: int, pub_date: dt.date | None, years: _Years,
            mode: str = "past") -> tuple[int, DateValue | None] | None:
    """The expression starting at ``i``: (end, value), (end, None) for a skipped look-alike, or None."""
    prev = text[i - 1:i]
    if prev.isdigit() or prev == "." or (prev and prev in "第每") or text[i - 2:i] in ("每年", "每月"):
        return None
    if text.startswith(("后年", "后天"), i) and _after_verb(prev):
        return None  # 达产后年产值, 投产后天然气: 后 closes the clause before it
    if text.startswith(("19", "20"), i) and text[i + 4:i + 5] == "年":
        fast = _bare_year(text, i)
        if fast is not None:
            return fast
    ctx = (_Ctx(pub_date, mode) if pub_date is not None
           else _Ctx(None, mode, lambda: years.near(i), years.fallback))
    try:
        found = _expression(text, i, ctx, _POINT,
                            lambda: _future_at(text, i))
    except (ValueError, KeyError, OverflowError):
        return None
    if found is None:
        return None
    end, value = found
    nxt = text[end:end + 1]
    if nxt and nxt in "一二三四五六七八九十每" and _BARE_CN_MONTH.fullmatch(text, i, end):
        return end, None  # 一月一调度, 三月三: a bare Chinese month is only trusted on its own
    if value.granularity == "year" and nxt and nxt in "度级代" and not text[i:end].endswith("年度"):
        return end, None
    if value.granularity == "year" and value.start_year is None:
        return end, None  # 今年 / 全年 with no year known says nothing
    return end, value


_DAYPART = (r"(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|夜间|半夜|午夜|深夜|白天|午后|黎明|"
            r"后半夜|前半夜|全天|(?<![昨今当明])[早晚])")
_CLOCK = (r"(?:[0-9]{1,2}|[零一二两三四五六七八九十]{1,3})[点时:：]"
          r"(?:[0-9一二三]刻|半|整|[0-9]{1,2}|[零一二三四五六七八九十]{1,3})?分?(?:[:：][0-9]{2})?时?"
          r"(?:[0-9零一二三四五六七八九十]{1,3}秒)?钟?(?:许|多钟|多)?")
_TIME_OF_DAY = re.compile(rf"\s*(?:{_DAYPART}?{_CLOCK}|{_DAYPART}(?={_CLOCK}|$|至|到|[-~～—]))")
_WEEKDAY_AFTER_DATE = re.compile(r"(?<=[日号])(?:星期|周|礼拜)[一二三四五六日天]")


def parse_date(text: str, base: dt.date | None = None, mode: str = "same") -> DateValue:
    """Resolve one expression known to be a date.

    ``mode``: ``same`` (a year-less date falls in the base year), ``past`` (news:
    never after ``base``) or ``future`` (never before ``base``).  A time of day
    after the date is ignored.  Raises :class:`ValueError` when not a date.
    """
    s = text.strip().lstrip("从自在于").rstrip("止")
    s = re.sub(r"(左右|前后|许)$", "", s)
    ctx = _Ctx(base, mode)
    body = _WEEKDAY_AFTER_DATE.sub("", _TIME_OF_DAY.sub("", s))
    body = re.sub(r"\s*([至到~～—-]+)\s*", r"\1", body).strip().rstrip("-~～—至到")
    body = body.replace("起至", "至")
    if not body:
        if base is None or body == s:
            raise ValueError(f"not a date: {text!r}")
        return _one_day(base)
    found = _expression(body, 0, ctx, _POINT_LOOSE, lambda: mode == "future")
    if found is None or found[0] != len(body):
        raise ValueError(f"not a date: {text!r}")
    return found[1]
