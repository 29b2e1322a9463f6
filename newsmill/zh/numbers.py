"""Exact parsing of Arabic, Chinese and mixed numerals, and integer → Chinese numeral.

``parse_number`` reads what news pages print: ``1.5万亿``, ``4000万``,
``十五点八万``, ``1,200万``, ``292 亿`` (stray space), ``两千三百``, ``三万五``
(elided last unit), ``二〇二一`` (digit by digit), financial capitals
(``肆佰叁拾萬``), full-width digits.  Results are :class:`decimal.Decimal`,
never float.  Qualifier words inside an amount (``4000余万``, ``3万多``) are
not numerals; :func:`split_qualifier` takes them out first.
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = [
    "CN_DIGITS",
    "CN_UNITS",
    "NUMERAL_CHARS",
    "parse_number",
    "parse_int",
    "split_qualifier",
    "to_chinese",
    "MAX_CHINESE",
    "normalize_digits",
    "step_of",
    "split_magnitude",
]

#: Chinese (and financial) digit characters and their values.
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2,
    "三": 3, "叁": 3, "參": 3, "仨": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
#: Small units (below 万) and their values.
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Large units (section markers).
LARGE_UNITS: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
#: Every unit character.
CN_UNITS: dict[str, int] = {**SMALL_UNITS, **LARGE_UNITS}
#: Two-character tens written as one character.
_TENS = {"廿": 20, "卅": 30, "卌": 40}
#: Every character that can be part of a Chinese numeral (including the decimal point 点).
NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(_TENS) + "点點"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_ZERO_CHARS = {c for c, v in CN_DIGITS.items() if v == 0}
_QUALIFIER_CHARS = "余多几數数"


_FAST = re.compile(r"([0-9]+(?:\.[0-9]+)?)([十百千万亿]*)")
_FAST_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def normalize_digits(text: str) -> str:
    """Full-width digits → ASCII; drop spaces and thousands separators between digits."""
    s = text.translate(_FULLWIDTH).replace("\u3000", " ").strip()
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch in ", " and 0 < i < len(s) - 1:
            continue  # thousands separators and stray spaces
        out.append(ch)
    return "".join(out)


def split_qualifier(text: str) -> tuple[str, str | None]:
    """Remove ``余``/``多`` from inside or after a numeral: ``4000余万`` → (``4000万``, ``余``)."""
    for q in ("余", "多"):
        if q in text:
            return text.replace(q, "", 1), q
    return text, None


def _tokens(s: str) -> list[tuple[str, Decimal | int]]:
    """Split a normalized numeral into ('num', value) / ('unit', value) / ('zero', 0) / ('point', 0)."""
    toks: list[tuple[str, Decimal | int]] = []
    i, n = 0, len(s)
    while i < n:
        ch = s[i]
        if ch.isdigit() and ch.isascii():
            j, point = i, False
            while j < n and ((s[j].isdigit() and s[j].isascii()) or (s[j] == "." and not point and j + 1 < n
                                                                     and s[j + 1].isdigit())):
                point = point or s[j] == "."
                j += 1
            if point and j + 1 < n and s[j] == "." and s[j + 1].isdigit():
                raise ValueError(f"two decimal points in a number: {s!r}")  # (``3.53.5``)
            toks.append(("num", Decimal(s[i:j])))
            i = j
            continue
        if ch in _ZERO_CHARS:
            toks.append(("zero", 0))
        elif ch in CN_DIGITS:
            toks.append(("digit", CN_DIGITS[ch]))
        elif ch in SMALL_UNITS:
            toks.append(("unit", SMALL_UNITS[ch]))
        elif ch in LARGE_UNITS:
            toks.append(("unit", LARGE_UNITS[ch]))
        elif ch in _TENS:
            toks.append(("tens", _TENS[ch]))
        elif ch in "点點.":
            toks.append(("point", 0))
        else:
            raise ValueError(f"not a numeral character {ch!r} in {s!r}")
        i += 1
    return toks


def parse_number(text: str) -> Decimal:
    """Parse a numeral (Arabic, Chinese or mixed) to an exact :class:`Decimal`.

    Raises :class:`ValueError` for anything that is not a numeral.
    """
    fast = _FAST.fullmatch(text)
    if fast:
        v = Decimal(fast.group(1))
        for ch in fast.group(2):
            v *= _FAST_UNITS[ch]
        return v
    s = normalize_digits(text)
    if not s:
        raise ValueError("empty numeral")
    if s.startswith(("负", "-")):
        return -parse_number(s[1:])
    toks = _tokens(s)
    if not any(k in ("num", "digit", "zero", "tens") for k, _ in toks):
        # a bare unit such as 十 / 百 / 千 / 万 reads as one of it (十 = 10, 千亿 = 1000亿)
        if not toks or toks[0][0] != "unit" or int(toks[0][1]) >= 10**4:
            raise ValueError(f"no digit in {text!r}")
    kinds = [k for k, _ in toks]
    # digit by digit (years, codes): 二〇二一, 一九九八; only digits and zeros
    if len(toks) > 1 and all(k in ("digit", "zero") for k in kinds):
        return Decimal("".join(str(v) for _, v in toks))
    return _evaluate(toks, text)


def _evaluate(toks: list[tuple[str, Decimal | int]], text: str) -> Decimal:
    total = Decimal(0)   # finished parts times 亿
    wan = Decimal(0)     # finished parts times 万 (below 亿)
    sec = Decimal(0)     # below 万
    cur: Decimal | None = None  # pending digit value
    last_unit: int | None = None  # unit right before the pending digit (for 三万五 elision)
    after_zero = False
    i = 0
    while i < len(toks):
        kind, val = toks[i]
        if kind in ("num", "digit"):
            if cur is not None:
                raise ValueError(f"two numbers in a row in {text!r}")
            cur = Decimal(val)
        elif kind == "tens":
            sec += Decimal(val)
            last_unit = 10
        elif kind == "zero":
            if cur is not None:
                raise ValueError(f"misplaced zero in {text!r}")
            after_zero = True
            last_unit = None
        elif kind == "point":
            # Chinese decimal point: the digits after it are a fraction of what came before
            whole = total + wan + sec + (cur or 0)
            total, wan, sec, cur = Decimal(0), Decimal(0), Decimal(0), None
            frac: list[str] = []
            i += 1
            while i < len(toks) and toks[i][0] in ("digit", "zero", "num"):
                v = toks[i][1]
                frac.append(str(v) if toks[i][0] != "num" else str(v).replace(".", ""))
                i += 1
            if not frac:
                raise ValueError(f"nothing after the decimal point in {text!r}")
            cur = whole + Decimal("0." + "".join(frac))
            last_unit = None
            continue
        else:  # unit
            u = int(val)
            if u < 10**4:
                if cur is None and sec == 0 and not after_zero:
                    cur = Decimal(1)  # 十五 = 10 + 5; 千亿 = 1000亿
                elif cur is None:
                    raise ValueError(f"unit without a digit in {text!r}")
                sec += cur * u
                cur = None
                last_unit = u
            elif u == 10**4:
                part = sec + (cur or 0)
                wan += part * u
                sec, cur = Decimal(0), None
                last_unit = u
            else:  # 亿
                part = wan + sec + (cur or 0)
                if part == 0 and cur is None:
                    total *= u  # 万亿 stacked after a finished 亿 part: rare, keep it exact
                else:
                    total += part * u
                wan, sec, cur = Decimal(0), Decimal(0), None
                last_unit = u
            after_zero = False
        i += 1
    if cur is not None and last_unit is not None and last_unit > 10 and not after_zero \
            and toks[-1][0] == "digit":
        cur = cur * last_unit / 10  # 三万五 = 35000, 两千三 = 2300
    return total + wan + sec + (cur or 0)


def parse_int(text: str) -> int:
    """Parse a numeral that must be a whole number."""
    v = parse_number(text)
    if v != v.to_integral_value():
        raise ValueError(f"{text!r} is not a whole number")
    return int(v)


def step_of(printed: str) -> Decimal:
    """The place value of the last written digit of a numeral, before its magnitude words.

    ``3000`` → 1000, ``3.5`` → 0.1, ``十`` → 10, ``十五`` → 1, ``两千三百`` → 100.  Used to
    turn ``3000多`` into the bounds [3000, 4000).
    """
    s = normalize_digits(printed)
    if not s:
        raise ValueError("empty numeral")
    if s[-1].isdigit() and s[-1].isascii():
        j = len(s)
        while j > 0 and (s[j - 1].isdigit() or s[j - 1] == "."):
            j -= 1
        digits = s[j:]
        if "." in digits:
            return Decimal(1).scaleb(-len(digits.split(".")[1]))
        stripped = digits.rstrip("0")
        return Decimal(10) ** (len(digits) - len(stripped)) if stripped else Decimal(1)
    if s[-1] in SMALL_UNITS:
        return Decimal(SMALL_UNITS[s[-1]])
    if s[-1] in _TENS:
        return Decimal(10)
    return Decimal(1)


def split_magnitude(num: str) -> tuple[str, str]:
    """Separate trailing magnitude words.

    ``3千万`` → (``3``, ``千万``); ``一百五十万`` → (``一百五十``, ``万``).

    After Arabic digits 十/百/千 are magnitudes too (``3百``); after Chinese digits
    only 万/亿 are (``九百亿`` → (``九百``, ``亿``)).  ``k``/``w`` count as 千/万.
    """
    i = len(num)
    while i > 0 and num[i - 1] in "万亿萬億kKwW":
        i -= 1
    j = i
    while j > 0 and num[j - 1] in "十百千" and num[:j - 1].replace(",", "").replace(".", "").isdigit():
        j -= 1
    return num[:j], num[j:]


_DIGIT_CHARS = "零一二三四五六七八九"
_SMALL = ((1000, "千"), (100, "百"), (10, "十"))


def _section(n: int) -> str:
    """0 < n < 10000 as Chinese, with 零 for inner gaps."""
    out: list[str] = []
    gap = False
    for value, unit in _SMALL:
        d, n = divmod(n, value)
        if d:
            if gap and out:
                out.append("零")
            out.append(_DIGIT_CHARS[d] + unit)
            gap = False
        else:
            gap = True
    if n:
        if gap and out:
            out.append("零")
        out.append(_DIGIT_CHARS[n])
    return "".join(out)


def _below_yi(n: int) -> str:
    """0 < n < 10**8 as Chinese."""
    if n < 10**4:
        return _section(n)
    hi, lo = divmod(n, 10**4)
    s = _section(hi) + "万"
    if lo:
        s += ("零" if lo < 1000 else "") + _section(lo)
    return s


#: Largest integer :func:`to_chinese` writes (below 一亿亿, where spellings stop being standard).
MAX_CHINESE = 10**16 - 1


def to_chinese(n: int) -> str:
    """An integer as a standard Chinese numeral (``10`` → 十, ``10010`` → 一万零一十).

    ``|n|`` must not exceed :data:`MAX_CHINESE`.
    """
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError("to_chinese expects an int")
    if n < 0:
        return "负" + to_chinese(-n)
    if n > MAX_CHINESE:
        raise ValueError(f"{n} is too large for a standard Chinese numeral")
    if n == 0:
        return "零"
    if n < 10**8:
        s = _below_yi(n)
    else:
        hi, lo = divmod(n, 10**8)
        s = _below_yi(hi) + "亿"
        if lo:
            s += ("零" if lo < 10**7 else "") + _below_yi(lo)
    if s.startswith("一十"):
        s = s[1:]
    return s
