"""Runs the JioNLP parser expectations (Apache-2.0 test data, read from ../shared at test time)
against newsmill's money and time normalizers, with the comparison rules of docs/mentions.md."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from newsmill.zh.money import parse_money
from newsmill.zh.timeexpr import parse_time

from .numeric_support import SHARED

CASES = SHARED / "external" / "jionlp-cases"

#: Kinds of time cases, for the per-kind counts printed by the test (decided from the input).
KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("lunar dates, festivals, solar terms, seasons",
     re.compile(r"农历|阴历|正月|腊月|廿|初[一二三四五六七八九十\d]|闰|除夕|春节|元宵|端午|中秋|七夕|重阳|大年"
                r"|冬至|大寒|小寒|芒种|[春夏秋冬]季?$|[春夏秋冬]季|暑假|寒假"
                r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月[一二三四五六七八九十廿]+(?:$|[^日号\d])")),
    ("offsets from the reference (3天后, 近30天)",
     re.compile(r"(?:[\d一二两三四五六七八九十几半多]+|半)个?多?半?(?:年|月|周|星期|礼拜|天|日|小时|钟头|分钟|分|秒|刻钟|季度|交易日|工作日)半?多?"
                r"(?:以来|之后|以后|后|之前|以前|前|内|以内|里)|未来|过去|今后|最近|再过|过[两二三四五六七八九十\d]|近[\d一二两三四五六七八九十仨]"
                r"|分半钟|^前[两二三四五六七八九十\d]+个?(?:天|年|周|钟头|分钟)|第[一二三四五六七八九十\d]+(?:天|年)")),
    ("times of day (夜里12点, 次日05:40)", re.compile(r"[点时:：]")),
]


def kind_of(case: dict[str, Any]) -> str:
    """The kind of a time case: its expected type for durations and recurrences, else by input."""
    exp = case["expected"]
    if isinstance(exp, dict) and exp.get("type") == "time_delta":
        return "durations (time_delta)"
    if isinstance(exp, dict) and exp.get("type") == "time_period":
        return "recurrences (time_period)"
    for name, rx in KINDS:
        if rx.search(case["input"]):
            return name
    return "calendar dates and periods"


def base_of(tb: dict[str, Any]) -> dt.datetime | None:
    """The reference moment of a case (its wall clock; missing month/day read as 1, time as 0)."""
    kind = tb["kind"]
    if kind == "unix_timestamp":
        return dt.datetime.fromisoformat(tb["beijing_local"])
    if kind == "ymdhms_list":
        v = [*tb["value"], 1, 1][:3] + tb["value"][3:]
        return dt.datetime(*v)
    if kind == "partial_dict":
        v = tb["value"]
        return dt.datetime(v["year"], v.get("month", 1), v.get("day", 1), v.get("hour", 0),
                           v.get("minute", 0))
    if kind == "datetime":
        return dt.datetime.fromisoformat(tb["value"])
    return None


_ISO_PART = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
_JIO_UNIT = {"Y": "year", "M": "month", "D": "day", "H": "hour", "S": "second"}


def _delta(iso: str | None, workdays: bool = False) -> dict[str, float]:
    """An ISO 8601 duration in JioNLP's units (weeks as days, workdays apart; None is infinite)."""
    if iso is None:
        return {"infinite": True}
    out: dict[str, float] = {}
    date, _, time = iso[1:].partition("T")
    for num, unit in _ISO_PART.findall(date):
        key = "day" if unit == "W" else "workday" if unit == "D" and workdays else _JIO_UNIT[unit]
        out[key] = out.get(key, 0) + float(num) * (7 if unit == "W" else 1)
    for num, unit in _ISO_PART.findall(time):
        out["minute" if unit == "M" else _JIO_UNIT[unit]] = float(num)
    if list(out.values()) == [0.0]:
        return {"zero": True}
    return out


def _same_days(got: dict[str, Any], t: list[str]) -> bool:
    def day(x: str) -> str:
        return ".." if x in ("inf", "-inf") else x[:10]
    return got["start"] == day(t[0]) and got["end"] == day(t[1])


def time_case_ok(case: dict[str, Any]) -> bool:
    """Whether our resolution matches: the start and end day of a date (times of day are not
    compared; an infinite side must be open), the length of a duration, the interval and first
    occurrence of a recurrence."""
    exp = case["expected"]
    if not isinstance(exp, dict):
        return False
    mode = "future" if case["context"].get("kwargs", {}).get("ret_future") else "same"
    try:
        got = parse_time(case["input"], base_of(case["context"]["time_base"]), mode).as_dict()
    except ValueError:
        return False
    t = exp.get("time")
    kind = got.get("kind")
    if exp.get("type") == "time_delta":
        if kind != "duration":
            return False
        wd = bool(got.get("workdays"))
        if isinstance(t, list):
            return "min" in got and [_delta(got["min"], wd), _delta(got["max"], wd)] == t
        return "duration" in got and _delta(got["duration"], wd) == t
    if exp.get("type") == "time_period":
        if kind != "recurrence" or _delta(got["every"]) != {k: float(v) for k, v in t["delta"].items()}:
            return False
        point = t["point"]
        if point is None or got["first"] is None:
            return point is None and got["first"] is None
        span = point["time"][0] if isinstance(point["time"][0], list) else point["time"]
        return _same_days(got["first"], span)
    if kind is not None or not isinstance(t, list) or len(t) != 2:
        return False
    return _same_days(got, t)


_CURRENCY = {"元": "CNY", "港元": "HKD", "美元": "USD", "欧元": "EUR", "日元": "JPY", "新台币": "TWD",
             "泰铢": "THB", "卢布": "RUB", "韩元": "KRW", "澳元": "AUD"}
_DEFINITION = {"accurate": {"exact"}, "blur": {"approx", "more_than"}, "blur+": {"more_than", "at_least"},
               "blur-": {"up_to", "approx"}}


def money_case_ok(case: dict[str, Any]) -> bool:
    """Whether amount (or range/bounds), currency and qualifier class match the expectation."""
    exp = case["expected"]
    try:
        got = parse_money(case["input"])
    except ValueError:
        return False
    first = got[0] if isinstance(got, tuple) else got
    if _CURRENCY.get(exp["case"]) != first.currency:
        return False
    num = exp["num"]
    if isinstance(num, list):
        lo, hi = Decimal(num[0]), Decimal(num[1])
        if isinstance(got, tuple):
            return (got[0].amount, got[1].amount) == (lo, hi)
        return got.bounds == (lo, hi)
    if isinstance(got, tuple):
        return False
    same = got.amount.quantize(Decimal("0.01")) == Decimal(num)
    return same and got.qualifier in _DEFINITION[exp["definition"]]


def load(name: str) -> list[dict[str, Any]]:
    """The cases of one file."""
    path: Path = CASES / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
