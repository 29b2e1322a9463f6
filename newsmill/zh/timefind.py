"""Time expressions in running news text: calendar dates plus lengths of time, recurrences,
periods counted back from the publication date, festivals and lunar dates.

:func:`find_times` is what the ``annotate-dates`` plugin runs; the values are those of
:mod:`newsmill.zh.timeexpr` (rules in docs/mentions.md, "Dates and periods").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

import attrs

from newsmill.zh import lunar
from newsmill.zh.dates import DateHit, DateValue, find_dates, is_future_clause, parse_date
from newsmill.zh.durations import (
    _COMP,
    Duration,
    DurationRange,
    _component,
    add_duration,
    count_range,
    parse_duration,
    read_duration,
)
from newsmill.zh.timeexpr import _LDAY, _REL_YEAR, Recurrence, TimeValue, _day, _lunar, _span

__all__ = ["TimeHit", "find_times"]

@attrs.define(slots=True)
class TimeHit:
    """A time expression found in running text: cleaned span and value."""

    start: int
    end: int
    value: TimeValue


#: Lengths, recurrences and "over the last N years" in news.  The count is small (never a
#: 4-digit year), a month needs 个 (``3月`` is March) and a day needs 天 (``3日`` is a date).
_LENGTH = re.compile(
    r"(?<![\d.．第])(?P<every>每(?P<gap>隔)?个?)?(?P<pre>近|未来|今后|过去的?|最近)?"
    r"(?:(?P<lo>\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十百]{1,4})(?:到|至|[-~～—]))?"
    r"(?P<n>\d{1,3}(?:\.\d+)?|[一二两三四五六七八九十百几半]{1,4})(?P<q>[多余])?(?P<ge>个)?(?P<q2>[多余])?(?P<h1>半)?"
    r"(?P<u>周年|年|(?<=个)月|(?<=[个半])季度|周|星期|礼拜|交易日|工作日|天|小时|钟头|分钟)"
    r"(?P<h2>半)?(?P<q3>多)?(?P<suf>以来|来|之内|以内|内)?(?![\d岁份代年])")
_EVERY_WORD = re.compile(
    r"每(?:(?P<w>周|星期)(?P<wd>[一二三四五六日天](?![\d一二三四五六七八九十]))?|(?P<u>年|月|季度|天|日))")
#: Characters before a count that make it part of another expression (上半年, 这一年, 同一天).
_MONTH_AFTER = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月")
_LENGTH_SKIP_BEFORE = set("这同上下前后新的当本今去明每第数")
#: Units of lengths of time; a length ends with one of them right after a count character.
_UNIT_WORD = re.compile(r"周年|年|个月|季度|周|星期|礼拜|交易日|工作日|天|小时|钟头|分钟")
_COUNT_CHARS = set("0123456789.一二两三四五六七八九十百几半多余个")
_LENGTH_PREFIXES = ("过去的", "过去", "未来", "今后", "最近", "近", "每隔个", "每隔", "每个", "每")
_PREFIX_LAST = {p[-1] for p in _LENGTH_PREFIXES}
#: The prefixes by their last character, in the order of :data:`_LENGTH_PREFIXES` (only those can
#: end right before the count).
_PREFIXES_ENDING = {c: tuple(p for p in _LENGTH_PREFIXES if p[-1] == c) for c in _PREFIX_LAST}
_FESTIVAL_NAME = re.compile(
    r"春节|元宵节|端午节|七夕节|中秋节|重阳节|腊八节|除夕|元旦|国庆节|劳动节|儿童节|教师节|圣诞节")
#: The festival names; each ends with one of :data:`_FESTIVAL_ENDS`, and no two overlap (no name
#: holds another, none begins with the end of another): each occurrence is found from its end.
_FESTIVAL_NAMES = frozenset(_FESTIVAL_NAME.pattern.split("|"))
_FESTIVAL_ENDS = "节夕旦"


def _festival_matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_FESTIVAL_NAME` in ``text``, found from their last character
    (``str.find`` skips ahead faster than the pattern's scan, which stops at every 中 or 国)."""
    starts = []
    for ch in _FESTIVAL_ENDS:
        k = text.find(ch)
        while k >= 0:
            if k >= 2 and text[k - 2:k + 1] in _FESTIVAL_NAMES:
                starts.append(k - 2)
            elif k >= 1 and text[k - 1:k + 1] in _FESTIVAL_NAMES:
                starts.append(k - 1)
            k = text.find(ch, k + 1)
    starts.sort()
    return [_FESTIVAL_NAME.match(text, s) for s in starts]  # type: ignore[misc]


_YEAR_BEFORE = re.compile(r"(?:(?<!\d)(?P<y>(?:19|20)\d{2})年?|(?P<ry>今年|去年|明年))$")
_LUNAR_HINT = re.compile(r"农历|阴历|正月|腊月|冬月")
_LUNAR_RUN = re.compile(
    rf"(?:农历|阴历)?闰?(?:正|腊|冬|十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9])月"
    rf"(?:{_LDAY}(?![一二三四五六七八九十])|(?:3[0]|[12]\d|[1-9])(?![\d.%])[日号]?)?")
_YEAR_WORD_BEFORE = re.compile(r"(?:(?<!\d)(?:19|20)\d{2}年|今年|去年|明年|前年|后年)$")
_FIXED_HOLIDAYS = {"元旦": (1, 1), "国庆节": (10, 1), "劳动节": (5, 1), "儿童节": (6, 1), "教师节": (9, 10),
                   "圣诞节": (12, 25)}


#: What :func:`_length_hit_plain` gives for a match that passed its tests on the text around it:
#: ``(start, end, value)`` counted from the match's start, or None, keyed on the match's groups and
#: the base date (the groups are contiguous in :data:`_LENGTH` but for the one-character range
#: separator, so they fix every offset). Emptied when it holds :data:`_LENGTH_MEMO_SIZE` answers.
_LENGTH_MEMO: dict[tuple, tuple[int, int, TimeValue] | None] = {}
_LENGTH_MEMO_SIZE = 4096


def _length_hit(text: str, m: re.Match[str], pub: dt.date | None) -> TimeHit | None:
    """:func:`_length_hit_plain`, its value remembered."""
    if _context_rejects(text, m):
        return None
    start = m.start()
    key = (m.groups(), pub)
    memo = _LENGTH_MEMO
    found = memo.get(key, memo)
    if found is memo:
        h = _length_hit_plain(text, m, pub)
        found = None if h is None else (h.start - start, h.end - start, h.value)
        if len(memo) >= _LENGTH_MEMO_SIZE:
            memo.clear()
        memo[key] = found
    if found is None:
        return None
    return TimeHit(start + found[0], start + found[1], found[2])  # type: ignore[index]


def _context_rejects(text: str, m: re.Match[str]) -> bool:
    """The tests of :func:`_length_hit_plain` that read the text around the match."""
    start = m.start()
    if not m["every"] and not m["pre"] and start and text[start - 1] in _LENGTH_SKIP_BEFORE:
        return True
    end = m.end()
    if not m["every"] and text[end:end + 1] == "一":
        return True
    if m["u"] == "年" and _MONTH_AFTER.match(text, end):
        return True
    return False


def _length_hit_plain(text: str, m: re.Match[str], pub: dt.date | None) -> TimeHit | None:
    start = m.start()
    if not m["every"] and not m["pre"] and start and text[start - 1] in _LENGTH_SKIP_BEFORE:
        return None
    nxt = text[m.end():m.end() + 1]
    if not m["every"] and nxt == "一":
        return None  # 一年一考核: a rhythm, not a length
    if m["u"] == "年" and _MONTH_AFTER.match(text, m.end()):
        return None  # 21年3月: a year written short
    if m["n"][0] == "0" and len(m["n"]) > 1 and m["n"][1].isdigit():
        return None  # 09年: a year written short, never a count
    body = text[m.start("n"):m.end("q3") if m["q3"] else m.end("h2") if m["h2"] else m.end("u")]
    try:
        found = parse_duration(body)
        if m["lo"]:
            if not isinstance(found, Duration) or len(found.parts) != 1:
                return None
            low = Duration(((found.parts[0][0], count_range(m["lo"])[0]),), True)
            found = DurationRange(low, attrs.evolve(found, approx=True))
    except ValueError:
        return None
    if isinstance(found, DurationRange):
        if m["every"] or found.high is None:
            return None
        if not m["pre"] and m["suf"] not in ("以来", "来"):
            return TimeHit(m.start("lo") if m["lo"] else m.start("n"), m.end() - len(m["suf"] or ""), found)
        dur, gran = found.high, "approx"  # 近几年, 未来一两个月: the wider window
    else:
        dur, gran = found, "period"
    if m["every"]:
        return TimeHit(start, m.end("u") if not m["h2"] else m.end("h2"), Recurrence(dur, None, dur.workdays))
    pre, suf = (m["pre"] or "").rstrip("的"), m["suf"] or ""
    back = pre in ("近", "过去", "最近") or (suf in ("以来", "来") and pre not in ("未来", "今后"))
    if pub is not None and back:
        now = dt.datetime(pub.year, pub.month, pub.day)
        return TimeHit(start, m.end(), _span(add_duration(now, dur, -1).date(), pub, gran))
    if pub is not None and pre in ("未来", "今后"):
        now = dt.datetime(pub.year, pub.month, pub.day)
        return TimeHit(start, m.end(), _span(pub, add_duration(now, dur).date(), gran))
    if pre or (suf in ("以来", "来")):
        return None
    return TimeHit(m.start("lo") if m["lo"] else m.start("n"), m.end() - len(suf), dur)


def _festival_hit(text: str, f: re.Match[str], pub: dt.date | None, mode: str) -> TimeHit | None:
    name = f.group()
    m = _YEAR_BEFORE.search(text, max(0, f.start() - 5), f.start())
    before = text[max(0, f.start() - 2):f.start()]
    if m is None and before and (before[-1].isdigit() or (before[-1] == "年" and before[0].isdigit())):
        return None  # a year we do not read (公元1000年春节): better nothing than this year's
    start = m.start() if m else f.start()
    if m and m["y"]:
        year, given = int(m["y"]), True
    elif m and m["ry"] and pub is not None:
        year, given = pub.year + _REL_YEAR[m["ry"]], True
    elif pub is not None:
        year, given = pub.year, False
    else:
        return None

    def on(y: int) -> dt.date:
        if name in _FIXED_HOLIDAYS:
            return dt.date(y, *_FIXED_HOLIDAYS[name])
        return lunar.festival(name, y - 1 if name == "除夕" else y) if name != "除夕" else \
            lunar.festival("除夕", y - 1)

    d = on(year)
    if not given and pub is not None:
        if mode == "past" and d > pub and not is_future_clause(text, start):
            d = on(year - 1)
        elif mode == "future" and d < pub:
            d = on(year + 1)
    return TimeHit(start, f.end(), _day(d))


#: The statutory breaks of the fixed holidays: (first month, first day, last day) of the days off news
#: count a holiday's visitors over (``“五一”假期``: 1 to 5 May; ``国庆黄金周``: 1 to 7 October).
_BREAKS = {"五一": (5, 1, 5), "劳动节": (5, 1, 5), "国庆": (10, 1, 7), "国庆节": (10, 1, 7),
           "十一": (10, 1, 7), "元旦": (1, 1, 3)}
#: A holiday's break named as such: the holiday (``十一`` only in quotes, so ``十一五`` is none), then a word
#: for its days off (``假期``, ``小长假``, ``黄金周``); a year may come first (``2025年国庆假期``).
_BREAK_RE = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年|(?P<ry>今年|去年))?[“\"‘]?"
                       r"(?P<h>五一|劳动节|国庆节?|元旦|(?<=[“\"‘])十一)[”\"’]?"
                       r"(?:国际劳动节)?(?:小长假|长假|假期|黄金周|节假日)")


def _holiday_breaks(text: str, pub: dt.date | None, mode: str, page_year: int | None) -> Iterator[TimeHit]:
    """The days off of a fixed holiday named as a break (``“五一”假期``, ``国庆黄金周``), of the page's
    year, or the year before when the break has not begun by the publication date (past bias);
    ``page_year`` is the page's year when its day is not known."""
    for m in _BREAK_RE.finditer(text):
        month, first, last = _BREAKS[m["h"]]
        if m["y"]:
            year = int(m["y"])
        elif m["ry"] and pub is not None:
            year = pub.year + _REL_YEAR[m["ry"]]
        elif pub is not None:
            year = pub.year
            if mode == "past" and dt.date(year, month, first) > pub and not is_future_clause(text, m.start()):
                year -= 1
        elif page_year is not None and not m["ry"]:
            year = page_year
        else:
            continue
        yield TimeHit(m.start(), m.end(), DateValue(year, (month, first), year, (month, last), "period"))


def _lunar_hits(text: str, pub: dt.date | None, mode: str) -> Iterator[TimeHit]:
    """Lunar dates in running text (``正月初八``, ``农历八月十五``, ``2024年腊月``), past bias applied."""
    for h in _LUNAR_HINT.finditer(text):
        m = _LUNAR_RUN.match(text, h.start())
        if not m:
            continue
        y = _YEAR_WORD_BEFORE.search(text, max(0, m.start() - 5), m.start())
        start = y.start() if y else m.start()
        surface = text[start:m.end()]
        try:
            v = _lunar(surface, pub)
            if v is None or v.start_year is None:
                continue
            if not y and pub is not None and mode != "same":
                # the lunar year is not the calendar one: take the nearest occurrence on the right side
                cands = [c for c in (_lunar(surface, dt.date(pub.year + k, 6, 1)) for k in (-2, -1, 0, 1))
                         if c is not None and c.dates() is not None]
                future = mode == "future" or is_future_clause(text, start)
                if future:
                    after = [c for c in cands if c.dates()[1] >= pub]  # type: ignore[index]
                    v = after[0] if after else v
                else:
                    before = [c for c in cands if c.dates()[0] <= pub]  # type: ignore[index]
                    v = before[-1] if before else v
        except (ValueError, KeyError, IndexError):
            continue
        if v is not None:
            yield TimeHit(start, m.end(), v)


def _compound(text: str, j: int, pub: dt.date | None) -> TimeHit | None:
    """:func:`_compound_plain`, without reading a length that cannot have a second part: when
    no count can start after the first part (and a 零 after it), ``read_duration`` stops there
    (one part, or a range of counts) and the answer is None; the first part is still read
    (``_component``), so what it raises is raised."""
    if j and (text[j - 1] in _LENGTH_SKIP_BEFORE or text[j - 1].isdigit() or text[j - 1] in ".．"):
        return None
    m = _COMP.match(text, j)
    if m is None:
        return None
    _component(m)
    k = m.end() + 1 if text.startswith("零", m.end()) else m.end()
    c = text[k:k + 1]
    if not c or not (c.isdecimal() or c in _COUNT_FIRST):
        return None
    return _compound_plain(text, j, pub)


#: The characters but decimal digits a count (``durations.NUM``) can start with.
_COUNT_FIRST = frozenset("零〇一二两俩仨三四五六七八九十百千万几半")


def _compound_plain(text: str, j: int, pub: dt.date | None) -> TimeHit | None:
    """``7年6个月``, ``2小时30分钟``: a length of several units (read as a whole); followed by
    以来/来, the period counted back from the publication date."""
    if j and (text[j - 1] in _LENGTH_SKIP_BEFORE or text[j - 1].isdigit() or text[j - 1] in ".．"):
        return None
    found = read_duration(text, j)
    if found is None or len(found[0].parts) < 2 or found[0].workdays:
        return None
    dur, end = found
    if text[end:end + 1].isdigit() or text[j:j + 1] == "0":
        return None
    since = _SINCE.match(text, end)
    if since:
        if pub is None:
            return None
        now = dt.datetime(pub.year, pub.month, pub.day)
        return TimeHit(j, since.end(), _span(add_duration(now, dur, -1).date(), pub, "period"))
    return TimeHit(j, end, dur)


_SINCE = re.compile(r"以来|来")
#: ``每年``, ``每月``…: one (immutable) value per unit.
_EVERY_UNIT = {unit: Recurrence(Duration(((unit, Decimal(1)),)), None) for unit in ("Y", "Q", "M", "W", "D")}


def _trigger_pattern() -> str:
    """:data:`_UNIT_WORD` with the test on the character before the unit inside ``re``: each unit
    (a literal, so ``re`` skips ahead on their first characters) needs a count character but
    ``.`` before it, and 年 no four ASCII digits (a year). A unit that fails the test no longer
    hides the units that start inside it, but none of those can pass it (only 个 of a unit's
    characters is a count character, and no unit starts with the character after it)."""
    counts = "".join(sorted(_COUNT_CHARS - {"."}))
    branches = []
    for unit in _UNIT_WORD.pattern.split("|"):
        year = "(?<![0-9]{4}年)" if unit == "年" else ""
        branches.append(f"{unit}(?<=[{counts}]{unit}){year}")
    return "|".join(branches)


#: The units :func:`_triggers_plain` keeps, less the last digits of years written in non-ASCII digits.
_TRIGGER = re.compile(_trigger_pattern())


def _triggers(text: str) -> Iterator[int]:
    """Positions of a count character right before a unit (not the last digit of a year)."""
    for u in _TRIGGER.finditer(text):
        i = u.start() - 1
        if not (text[i] in "0123456789" and i >= 3 and text[i - 3:i].isdigit()):
            yield i


def _triggers_plain(text: str) -> Iterator[int]:
    """:func:`_triggers` by its definition."""
    for u in _UNIT_WORD.finditer(text):
        i = u.start() - 1
        if i >= 0 and text[i] in _COUNT_CHARS and text[i] != "." and not (
                text[i].isdigit() and i >= 3 and text[i - 3:i].isdigit()):
            yield i


def _lengths(text: str, pub: dt.date | None) -> Iterator[TimeHit]:
    """Lengths, recurrences with a count and periods counted back, found from their unit."""
    done = 0
    for p in _triggers(text):
        if p < done:
            continue
        i = p
        while i > done and text[i - 1] in _COUNT_CHARS:
            i -= 1
        if i - 1 > done and text[i - 1] in "到至-~～—" and text[i - 2] in _COUNT_CHARS:
            i -= 1  # 3-5年, 三到六个月: the low count
            while i > done and text[i - 1] in _COUNT_CHARS:
                i -= 1
        if i and text[i - 1] in _PREFIX_LAST:
            for pre in _PREFIXES_ENDING[text[i - 1]]:
                if text.startswith(pre, i - len(pre)) and i - len(pre) >= done:
                    i -= len(pre)
                    break
        for j in range(i, p + 1):
            m = _LENGTH.match(text, j)
            if m is None and text[j:j + 1] in _COUNT_CHARS:
                comp = _compound(text, j, pub)
                if comp is not None:
                    yield comp
                    done = comp.end
                    break
            if m and not (m["every"] or m["pre"] or m["lo"]) and text.startswith("零", m.end("u")):
                comp = _compound(text, j, pub)  # 1年零3个月
                if comp is not None:
                    yield comp
                    done = comp.end
                    break
            if m and m.end() > p + 1:
                h = _length_hit(text, m, pub)
                if h is not None:
                    yield h
                    done = m.end()
                break


def find_times(text: str, pub_date: dt.date | None = None, mode: str = "past",
               year: int | None = None) -> list[TimeHit | DateHit]:
    """Every time expression of ``text``: the dates of :func:`newsmill.zh.dates.find_dates`, plus
    lengths of time (``3个月``), recurrences (``每月``, ``每周一``), periods counted back from the
    publication date (``一年来``, ``近三年``) and festivals (``春节``, ``国庆节``), left to right.

    A date found by ``find_dates`` wins over an overlapping expression, unless the
    expression contains it (``2023年春节``).  ``year`` (only without ``pub_date``) is the year the
    page is of, for the dates of ``find_dates``.
    """
    hits: list[TimeHit | DateHit] = list(find_dates(text, pub_date, mode, year))
    extra: list[TimeHit] = []
    extra += _lengths(text, pub_date)
    if "每" in text:
        for m in _EVERY_WORD.finditer(text):
            unit = "W" if m["w"] else {"年": "Y", "月": "M", "季度": "Q"}.get(m["u"], "D")
            if m["wd"] and pub_date is not None:
                first = parse_date("周" + m["wd"], pub_date, mode)  # past: the last one
                extra.append(TimeHit(m.start(), m.end(), Recurrence(Duration(((unit, Decimal(1)),)), first)))
            else:
                extra.append(TimeHit(m.start(), m.end(), _EVERY_UNIT[unit]))
    # one-character tests first: they cost next to nothing, a two-character search does not
    if ("历" in text and ("农历" in text or "阴历" in text)) or "腊" in text or (
            "冬" in text and "冬月" in text) or ("正" in text and "正月" in text):
        extra += _lunar_hits(text, pub_date, mode)
    if "假" in text or "黄金周" in text:
        extra += _holiday_breaks(text, pub_date, mode, year)
    if "节" in text or "夕" in text or "旦" in text:
        for f in _festival_matches(text):
            try:
                h = _festival_hit(text, f, pub_date, mode)
            except (ValueError, KeyError):
                h = None
            if h is not None:
                extra.append(h)
    if not extra:
        return hits
    starts = [d.start for d in hits]
    for h in sorted(extra, key=lambda x: (x.start, -(x.end - x.start))):
        k = bisect.bisect_left(starts, h.start)
        if k and hits[k - 1].end > h.start:
            k -= 1  # a date that starts before and runs into this expression
        j = k
        while j < len(hits) and hits[j].start < h.end:
            j += 1
        inside = hits[k:j]
        if all(h.start <= d.start and d.end <= h.end and (d.end - d.start) < (h.end - h.start)
               and isinstance(d.value, DateValue) for d in inside):
            hits[k:j] = [h]
            starts[k:j] = [h.start]
    return hits
