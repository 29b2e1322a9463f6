"""Lengths of time in Chinese (``3个月``, ``两年半``, ``36天5小时30分``, ``3~6个月``) as ISO 8601 durations.

:func:`parse_duration` reads one expression known to be a length of time and
returns a :class:`Duration` (a single length) or a :class:`DurationRange`
(``3年以上7年以下``, ``30~90日``, ``六个月以下``).  Weeks stay weeks (``P4W``),
a quarter is three months (``五个季度`` → ``P15M``), ``刻钟`` is 15 minutes;
counts of working or trading days (``15个交易日``) are days flagged ``workdays``.
``多``/``余``/``几`` after a number make the value approximate.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

import attrs

from newsmill.zh.numbers import parse_number

__all__ = ["Duration", "DurationRange", "parse_duration", "read_duration", "count_range", "NUM", "UNIT",
           "UNIT_OF", "add_duration", "UNIT_ORDER"]

#: A count: Arabic (``35,000``, ``2621.2``, ``2000万``), Chinese (``三十三``, ``两万四千``, ``几十``) or 半.
NUM = r"(?:\d[\d,]*(?:\.\d+)?[十百千万亿]?|[零〇一二两俩仨三四五六七八九十百千万几]+|半)"

#: Unit words → ISO unit letters (``min`` for minutes; ``WD`` for working days, ``Q`` for quarters).
UNIT_OF: dict[str, str] = {
    "周年": "Y", "年": "Y", "载": "Y", "个月": "M", "月": "M", "个季度": "Q", "季度": "Q",
    "个星期": "W", "星期": "W", "个礼拜": "W", "礼拜": "W", "周": "W",
    "个交易日": "WD", "交易日": "WD", "个工作日": "WD", "工作日": "WD",
    "天": "D", "日": "D", "个钟头": "H", "钟头": "H", "个小时": "H", "小时": "H",
    "刻钟": "QH", "分钟": "min", "分": "min", "秒钟": "S", "秒": "S",
}
UNIT = "|".join(sorted(UNIT_OF, key=len, reverse=True))
#: Units from the largest to the smallest (a compound duration goes down this list).
UNIT_ORDER = ("Y", "Q", "M", "W", "WD", "D", "H", "QH", "min", "S")

_COMP = re.compile(
    rf"(?P<n>{NUM})(?P<q1>[多余])?(?P<ge>个)?(?P<q2>[多余])?(?P<h1>半)?(?P<u>{UNIT})(?P<h2>半)?(?P<h3>钟)?(?P<q3>多)?")
_TAIL = re.compile(r"(?:[一二两三四五六七八九十\d]+(?:晚|夜)|春秋)?")
_SEP = re.compile(r"\s*(?:[~～\-－—–]{1,2}|至|到)\s*")
_BOUND = re.compile(r"(以上|以下|之内|以内|内)")
_HALF = Decimal("0.5")


@attrs.frozen
class Duration:
    """One length of time: ``parts`` as (unit letter, amount) from the largest unit down."""

    parts: tuple[tuple[str, Decimal], ...]
    approx: bool = False

    @property
    def workdays(self) -> bool:
        """True when the length counts working or trading days."""
        return any(u == "WD" for u, _ in self.parts)

    def iso(self) -> str:
        """ISO 8601 form: ``P2Y6M``, ``P4W``, ``PT1H30M``, ``P2.5Y`` (quarters as months)."""
        date, time = "", ""
        for unit, amount in self.parts:
            text = _fmt(amount * 3 if unit == "Q" else amount * 15 if unit == "QH" else amount)
            if unit in ("Y", "M", "W", "D"):
                date += text + unit
            elif unit == "Q":
                date += text + "M"
            elif unit == "WD":
                date += text + "D"
            elif unit in ("QH", "min"):
                time += text + "M"
            else:
                time += text + unit
        return "P" + date + ("T" + time if time else "") if date or time else "P0D"

    def as_dict(self) -> dict[str, object]:
        """The mention value: ``{"kind": "duration", "duration": ISO, "approx": bool}`` (+ ``workdays``)."""
        out: dict[str, object] = {"kind": "duration", "duration": self.iso(), "approx": self.approx}
        if self.workdays:
            out["workdays"] = True
        return out


@attrs.frozen
class _CountRange(Duration):
    """A duration whose count is a range (``两三年``): ``high`` holds the upper parts."""

    high: tuple[tuple[str, Decimal], ...] = ()


@attrs.frozen
class DurationRange:
    """A length between two bounds; ``high`` None means no upper bound (``三十年以上``)."""

    low: Duration
    high: Duration | None

    def as_dict(self) -> dict[str, object]:
        """``{"kind": "duration", "min": ISO, "max": ISO | None, "approx": True}``."""
        return {"kind": "duration", "min": self.low.iso(),
                "max": None if self.high is None else self.high.iso(), "approx": True}


def _fmt(x: Decimal) -> str:
    return format(x.normalize(), "f") if x != x.to_integral() else str(int(x))


_PAIR = re.compile(r"([一两二三四五六七八九])([两二三四五六七八九])")


def count_range(text: str) -> tuple[Decimal, Decimal, bool]:
    """A count as (low, high, approximate): ``二十几`` → (20, 30, True), ``几十`` → (20, 100, True).

    Answers (a :class:`ValueError` too) are remembered per string, as for :func:`parse_duration`.
    """
    value, error = _counted(text)
    if error is not None:
        raise ValueError(error)
    return value  # type: ignore[return-value]


@lru_cache(maxsize=4096)
def _counted(text: str) -> tuple[tuple[Decimal, Decimal, bool] | None, str | None]:
    """:func:`_count_range` as (value, None), or (None, message) when it raises ValueError."""
    try:
        return _count_range(text), None
    except ValueError as exc:
        if type(exc) is not ValueError or len(exc.args) != 1:
            raise  # not one of ours: raised again on every call
        return None, exc.args[0]


def _count_range(text: str) -> tuple[Decimal, Decimal, bool]:
    """:func:`count_range` computed."""
    if text == "半":
        return _HALF, _HALF, False
    pair = _PAIR.fullmatch(text)
    if pair:  # 一两天, 三五年: one or two, three to five
        a, b = (parse_number(x) for x in pair.groups())
        if b == a + 1 or (a, b) == (3, 5):
            return a, b, True
    if text == "几":
        return Decimal(2), Decimal(9), True
    if "几" in text:
        if text.startswith("几"):
            step = parse_number("一" + text[1:]) if len(text) > 1 else Decimal(1)
            return 2 * step, 10 * step, True
        head = parse_number(text.replace("几", ""))
        step = Decimal(10) if head >= 10 and head % 10 == 0 else Decimal(1)
        return head, head + step if step == 1 else head + 10, True
    n = parse_number(text.replace(",", ""))
    return n, n, False


def _component(m: re.Match[str]) -> tuple[str, Decimal, Decimal, bool]:
    low, high, approx = count_range(m["n"])
    unit = UNIT_OF[m["u"]]
    if m["h1"] or m["h2"]:
        low += _HALF
        high += _HALF
    if m["h3"] and not m["h2"]:
        raise ValueError("钟 without 半")
    return unit, low, high, approx or bool(m["q1"] or m["q2"] or m["q3"])


def _single(text: str, pos: int = 0) -> tuple[Duration, int] | None:
    """A compound duration starting at ``pos`` (units going down): (duration, end).

    A count that is itself a range (``一两天``, ``几个月``) gives an approximate duration
    whose ``parts`` hold the low count; :func:`parse_duration` turns it into a range."""
    parts: list[tuple[str, Decimal]] = []
    approx = False
    end = pos
    while True:
        skip = 1 if parts and text.startswith("零", end) else 0  # 1年零3个月
        m = _COMP.match(text, end + skip)
        if not m:
            break
        unit, amount, high, ap = _component(m)
        if high != amount:
            if parts:
                break
            t = _TAIL.match(text, m.end())
            return _CountRange(((unit, amount),), True, ((unit, high),)), (t.end() if t else m.end())
        if m["u"] == "月" and not m["ge"] and parts:
            break
        if parts and UNIT_ORDER.index(unit) <= UNIT_ORDER.index(parts[-1][0]):
            break
        if m["u"] == "分" and parts and parts[-1][0] != "H":
            break
        parts.append((unit, amount))
        approx = approx or ap
        end = m.end()
    if not parts:
        return None
    t = _TAIL.match(text, end)
    if t and t.group():
        end = t.end()
        approx = approx or t.group() == "春秋"
    return Duration(tuple(parts), approx), end


def read_duration(text: str, pos: int = 0) -> tuple[Duration, int] | None:
    """The length of time that starts at ``pos`` in ``text`` (units going down), with its end."""
    found = _single(text, pos)
    if found is None or isinstance(found[0], _CountRange):
        return None
    return found


def parse_duration(text: str) -> Duration | DurationRange:
    """One length of time (or a range of lengths); raises :class:`ValueError` when it is not one.

    Answers (the :class:`ValueError` too) are remembered per string: they are immutable and
    depend on nothing else, and news repeats the same few lengths (``3个月``, ``两年``).
    """
    value, error = _parsed(text)
    if error is not None:
        raise ValueError(error)
    return value  # type: ignore[return-value]


@lru_cache(maxsize=4096)
def _parsed(text: str) -> tuple[Duration | DurationRange | None, str | None]:
    """:func:`_parse_duration` as (value, None), or (None, message) when it raises ValueError."""
    try:
        return _parse_duration(text), None
    except ValueError as exc:
        if type(exc) is not ValueError or len(exc.args) != 1:
            raise  # not one of ours: raised again on every call
        return None, exc.args[0]


def _parse_duration(text: str) -> Duration | DurationRange:
    """:func:`parse_duration` computed."""
    s = text.strip().replace("，", ",")
    if s == "大半天":
        return DurationRange(Duration((("D", _HALF),), True), Duration((("D", Decimal("0.9")),), True))
    first = _single(s)
    if first is None:
        # 13—18天, 两万四千到3万秒: a bare number, then a separator, then a full duration
        m = re.match(rf"({NUM})", s)
        sep = _SEP.match(s, m.end()) if m else None
        second = _single(s, sep.end()) if sep else None
        if not m or second is None or second[1] != len(s) or len(second[0].parts) != 1:
            raise ValueError(f"not a duration: {text!r}")
        high = second[0]
        low_n, _, _ = count_range(m.group(1))
        return DurationRange(Duration(((high.parts[0][0], low_n),), True), attrs.evolve(high, approx=True))
    low, end = first
    if end == len(s):
        if low.workdays and len(low.parts) > 1:
            raise ValueError(f"not a duration: {text!r}")
        if isinstance(low, _CountRange):
            return DurationRange(Duration(low.parts, True), Duration(low.high, True))
        return low
    b = _BOUND.match(s, end)
    if b:
        word, end = b.group(), b.end()
        if end == len(s):
            if word == "以上":
                return DurationRange(attrs.evolve(low, approx=True), None)
            return DurationRange(Duration((("D", Decimal(0)),), True), attrs.evolve(low, approx=True))
        if word == "以上":
            rest = s[end:].lstrip(",、 ")
            second = _single(rest)
            if second and rest[second[1]:] in ("以下", "以内", "之内", ""):
                return DurationRange(attrs.evolve(low, approx=True), attrs.evolve(second[0], approx=True))
        raise ValueError(f"not a duration: {text!r}")
    sep = _SEP.match(s, end)
    if sep:
        second = _single(s, sep.end())
        if second and second[1] == len(s):
            return DurationRange(attrs.evolve(low, approx=True), attrs.evolve(second[0], approx=True))
    raise ValueError(f"not a duration: {text!r}")


def _add_months(d: dt.datetime, months: int) -> dt.datetime:
    k = d.year * 12 + d.month - 1 + months
    y, m = divmod(k, 12)
    day = min(d.day, calendar.monthrange(y, m + 1)[1])
    return d.replace(year=y, month=m + 1, day=day)


def _add_workdays(d: dt.datetime, n: int) -> dt.datetime:
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        d += dt.timedelta(days=step)
        if d.weekday() < 5:
            left -= 1
    return d


def add_duration(base: dt.datetime, dur: Duration, sign: int = 1) -> dt.datetime:
    """``base`` moved by ``dur`` (``sign`` -1: back).  Whole years and months follow the calendar;
    a fraction of a year is 365 days pro rata, of a month 30 days; weekends are skipped for workdays."""
    d = base
    for unit, amount in dur.parts:
        whole = int(amount)
        frac = amount - whole
        if unit in ("Y", "M", "Q"):
            months = whole * {"Y": 12, "M": 1, "Q": 3}[unit]
            d = _add_months(d, sign * months)
            days = frac * {"Y": 365, "M": 30, "Q": 91}[unit]
            d += sign * dt.timedelta(days=float(days))
        elif unit == "WD":
            d = _add_workdays(d, sign * whole)
        else:
            seconds = {"W": 604800, "D": 86400, "H": 3600, "QH": 900, "min": 60, "S": 1}[unit]
            d += sign * dt.timedelta(seconds=float(amount * seconds))
    return d
