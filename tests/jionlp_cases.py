"""Runs the JioNLP parser expectations (Apache-2.0 test data, read from ../shared at test time)
against newsmill's money and date normalizers, and classifies what is out of scope."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from newsmill.zh.dates import parse_date
from newsmill.zh.money import parse_money

from .numeric_support import SHARED

CASES = SHARED / "external" / "jionlp-cases"

#: Categories left out of the date normalizer on purpose (see docs/mentions.md).
OUT_OF_SCOPE: list[tuple[str, re.Pattern[str]]] = [
    ("lunar calendar, traditional festivals, solar terms, seasons",
     re.compile(r"农历|阴历|正月|腊月|廿|初[一二三四五六七八九十\d]|闰|除夕|春节|元宵|端午|中秋|七夕|重阳|大年"
                r"|冬至|大寒|小寒|芒种|[春夏秋冬]季?$|[春夏秋冬]季|暑假|寒假"
                r"|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月[一二三四五六七八九十廿]+(?:$|[^日号\d])")),
    ("offsets from the reference moment (N天后, 3年半以来, 未来7天, 过去的一周)",
     re.compile(r"(?:[\d一二两三四五六七八九十几半多]+|半)个?多?半?(?:年|月|周|星期|礼拜|天|日|小时|钟头|分钟|分|秒|刻钟|季度|交易日|工作日)半?多?"
                r"(?:以来|之后|以后|后|之前|以前|前|内|以内|里)|未来|过去|今后|最近|再过|过[两二三四五六七八九十\d]|近[\d一二两三四五六七八九十仨]"
                r"|分半钟|^前[两二三四五六七八九十\d]+个?(?:天|年|周|钟头|分钟)|第[一二三四五六七八九十\d]+(?:天|年)")),
    ("clock times that change the day or span hours only (夜里12点, 24时, 次日05:40, 9~12点半)",
     re.compile(r"夜里12|24时|次日|^\d+~\d+点|^[\d:：]+$|十一点|十二点|点[到至]|[上下]午\d+[点:：][^日号]*[到至~～—]|^\d+[~～]|^夜间")),
    ("lists and mixed ranges (9月10号，11号…, 1985到89年, 2020至2025年前, 6天5晚)",
     re.compile(r"，|,|\d{4}到\d{2}年|至\d{4}年前|^\d+季度.|^Q\d|前\d天|[月年]前[两二三四五六七八九十\d]+[天个]|最后")),
]


def scope_of(case: dict[str, Any]) -> str | None:
    """The out-of-scope category of a time case, or None when it is in scope."""
    exp = case["expected"]
    if not isinstance(exp, dict) or exp.get("type") in ("time_delta", "time_period"):
        return "durations and recurring periods (time_delta, time_period): not dates"
    t = exp.get("time")
    if not isinstance(t, list) or any(x in ("inf", "-inf") for x in t):
        return "open-ended spans (inf)"
    for name, rx in OUT_OF_SCOPE:
        if rx.search(case["input"]):
            return name
    return None


def base_of(tb: dict[str, Any]) -> dt.date | None:
    """The reference date of a case (its wall-clock date; missing month/day read as 1)."""
    kind = tb["kind"]
    if kind == "unix_timestamp":
        return dt.date.fromisoformat(tb["beijing_local"][:10])
    if kind == "ymdhms_list":
        v = [*tb["value"], 1, 1]
        return dt.date(v[0], v[1], v[2])
    if kind == "partial_dict":
        v = tb["value"]
        return dt.date(v["year"], v.get("month", 1), v.get("day", 1))
    if kind == "datetime":
        return dt.date.fromisoformat(tb["value"][:10])
    return None


def time_case_ok(case: dict[str, Any]) -> bool:
    """Whether our resolution has the expected start and end day (times of day are not compared)."""
    exp = case["expected"]
    t = exp.get("time") if isinstance(exp, dict) else None
    if not isinstance(t, list) or len(t) != 2 or not all(isinstance(x, str) for x in t):
        return False
    mode = "future" if case["context"].get("kwargs", {}).get("ret_future") else "same"
    try:
        got = parse_date(case["input"], base_of(case["context"]["time_base"]), mode).as_dict()
    except ValueError:
        return False
    return got["start"] == t[0][:10] and got["end"] == t[1][:10]


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
