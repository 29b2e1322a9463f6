"""Numbers in Chinese news text: amounts of money, counts and percentages.

Record extractors read figures from the mentions of the annotators when
there are any (``money``, ``quantity``, ``percent``); :func:`find_figures`
is the fallback used on a document that has none of a kind, so extraction
also works with the record plugins alone.  Money values are integer yuan.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_MAGNITUDE = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10,
              "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
              "万": Decimal(10) ** 4, "千": Decimal(1000), "百": Decimal(100), "": Decimal(1)}

NUM = r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)"
_PRE = r"(?P<pre>近|约|超过|超|逾|不低于|至少|不超过|最高|达到|大约)?"
_POST = r"(?P<post>余|多)?"
MONEY_RE = re.compile(_PRE + r"(?P<num>" + NUM + r")\s*" + _POST
                      + r"\s*(?P<mag>万亿|千亿|百亿|亿|千万|百万|万|千)?\s*" + _POST.replace("post", "post2")
                      + r"\s*(?P<cur>美元|港元|欧元|元)(?!旦|宵|素|件|器|年|化|月)")
PERCENT_RE = re.compile(r"(?P<num>-?\d+(?:\.\d+)?)\s*(?P<unit>%|％|个百分点)")
COUNT_RE = re.compile(r"(?P<num>" + NUM + r")\s*(?P<post>余|多)?\s*(?P<mag>万|千|百)?\s*(?P<post2>余|多)?"
                      r"\s*(?P<unit>个|项|家|户|宗|条|人|名|座|台|套|所|处|批)")

QUANTITY_RE = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>万亿|亿|万|千)?\s*"
                         r"(?P<unit>千瓦时|千瓦|兆瓦|吨|头|平方米|平方公里|公里|立方米|亩|公顷|辆|件|标箱)")

QUALIFIERS = {"近": "approx", "约": "approx", "大约": "approx", "超": "more_than", "超过": "more_than",
              "逾": "more_than", "余": "more_than", "多": "more_than", "不低于": "at_least",
              "至少": "at_least", "不超过": "up_to", "最高": "up_to"}


def chinese_int(text: str) -> int | None:
    """Value of a Chinese numeral such as ``三百六十三`` or ``十五`` (None if it is not one)."""
    if not text or any(c not in _CN_DIGITS and c not in _CN_UNITS for c in text):
        return None
    total, digit = 0, None
    for c in text:
        if c in _CN_DIGITS:
            digit = _CN_DIGITS[c]
        else:
            total += (1 if digit is None else digit) * _CN_UNITS[c]
            digit = None
    return total + (digit or 0)


def number(text: str) -> Decimal | None:
    """An Arabic (``1,200.5``) or Chinese (``十五``) numeral as a Decimal."""
    text = text.replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        v = chinese_int(text)
        return Decimal(v) if v is not None else None


@attrs.define
class Figure:
    """A number found in the cleaned text: ``kind`` is money, percent or count."""

    kind: str
    start: int
    end: int
    value: Any
    unit: str = ""
    qualifier: str = "exact"
    magnitude: str = ""
    change: str | None = None  # percent: "increase" / "decrease" when the text says so


def _qualifier(m: re.Match) -> str:
    for key in ("pre", "post", "post2"):
        g = m.groupdict().get(key)
        if g and g in QUALIFIERS:
            return QUALIFIERS[g]
    return "exact"


def find_figures(text: str,
                 kinds: tuple[str, ...] = ("money", "percent", "count", "quantity")) -> list[Figure]:
    """Money, percentages, counts and physical quantities in ``text`` (cleaned offsets), in text order."""
    out: list[Figure] = []
    taken: list[tuple[int, int]] = []
    if "money" in kinds:
        for m in MONEY_RE.finditer(text):
            n = number(m.group("num"))
            if n is None or (not m.group("num")[0].isdigit()
                             and (not m.group("mag") or "多元" in m.group())):
                continue
            value = int(n * _MAGNITUDE[m.group("mag") or ""])
            start = m.start("num") if (m.group("pre") or "") not in QUALIFIERS else m.start()
            out.append(Figure("money", start, m.end(), value,
                              "CNY" if m.group("cur") == "元" else m.group("cur"), _qualifier(m),
                              m.group("mag") or ""))
            taken.append((m.start(), m.end()))
    if "percent" in kinds:
        for m in PERCENT_RE.finditer(text):
            unit = "%" if m.group("unit") in "%％" else "pp"
            out.append(Figure("percent", m.start(), m.end(), float(m.group("num")), unit))
    if "count" in kinds:
        for m in COUNT_RE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            n = number(m.group("num"))
            if n is None:
                continue
            mag = m.group("mag") or ""
            value = n * _MAGNITUDE[mag]
            value = int(value) if value == int(value) else float(value)
            out.append(Figure("count", m.start(), m.end(), value, m.group("unit"), _qualifier(m), mag))
    if "quantity" in kinds:
        for m in QUANTITY_RE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            n = Decimal(m.group("num"))
            value = int(n) if n == int(n) else float(n)
            out.append(Figure("quantity", m.start(), m.end(), value, m.group("unit"), "exact",
                              m.group("mag") or ""))
    out.sort(key=lambda f: (f.start, f.end))
    return out
