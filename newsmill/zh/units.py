"""Quantities with units and percentages in Chinese news text (pure functions).

Quantity values are exact decimal strings with Chinese magnitude words
expanded (``2.6万千瓦`` → ``"26000"`` kW, ``1.4万余人`` → ``"14000"`` 人); the
printed number and unit are kept alongside.  Percent values are floats
(``19.0%`` → 19.0), with ``pp`` for 个百分点 and a change direction read from
the verb in front (增长/下降…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import attrs

from newsmill.zh.numbers import parse_number, split_magnitude

__all__ = ["UNITS", "QuantityHit", "QuantityRow", "PercentHit", "find_quantities", "find_percents",
           "quantity_rows", "quantity_spans", "QuantitySpan"]

#: printed unit → (normalized unit, dimension).  Longest names are tried first.
UNITS: dict[str, tuple[str, str]] = {
    "千瓦时": ("kWh", "energy"), "兆瓦时": ("MWh", "energy"), "吉瓦时": ("GWh", "energy"),
    "度电": ("kWh", "energy"),
    "千瓦": ("kW", "power"), "兆瓦": ("MW", "power"), "吉瓦": ("GW", "power"), "瓦": ("W", "power"),
    "吨/年": ("t/a", "capacity"), "吨": ("t", "mass"), "千克": ("kg", "mass"), "公斤": ("kg", "mass"),
    "斤": ("斤", "mass"),
    "平方公里": ("km2", "area"), "平方千米": ("km2", "area"), "平方米": ("m2", "area"),
    "平米": ("m2", "area"), "亩": ("mu", "area"), "公顷": ("ha", "area"),
    "公里": ("km", "length"), "千米": ("km", "length"), "米": ("m", "length"),
    "立方米": ("m3", "volume"), "千升": ("kL", "volume"), "标准箱": ("TEU", "count"),
    "标箱": ("TEU", "count"),
    "TEU": ("TEU", "count"), "颗": ("颗", "count"), "片": ("片", "count"),
    "个基点": ("bp", "rate"), "基点": ("bp", "rate"),
    "个就业岗位": ("岗位", "jobs"), "个岗位": ("岗位", "jobs"), "就业岗位": ("岗位", "jobs"),
    "岗位": ("岗位", "jobs"),
    "人次": ("人次", "people"), "人": ("人", "people"), "名": ("人", "people"),
    "个": ("个", "count"), "家": ("家", "count"), "户": ("户", "count"), "项": ("项", "count"),
    "台套": ("台套", "count"), "台": ("台", "count"), "套": ("套", "count"), "头": ("头", "count"),
    # livestock of every kind counted together, head and sheep alike (``牲畜存栏1286.4万头只``)
    "头只": ("头只", "count"), "头(只)": ("头只", "count"), "头（只）": ("头只", "count"),
    "羽": ("羽", "count"),
    # trips of vehicles, trains, flights and ships through a port (``出入境车辆4.6万辆次``, ``跨境班车
    # 8.6万车次``, ``起降航班1.2万架次``, ``进出港船舶3200艘次``)
    "辆次": ("辆次", "count"), "车次": ("车次", "count"), "架次": ("架次", "count"),
    "艘次": ("艘次", "count"),
    "辆": ("辆", "count"), "座": ("座", "count"), "间": ("间", "count"), "条": ("条", "count"),
    "所": ("所", "count"), "批": ("批", "count"), "件": ("件", "count"), "张": ("张", "count"),
    "只": ("只", "count"), "株": ("株", "count"), "艘": ("艘", "count"), "架": ("架", "count"),
    "盆": ("盆", "count"), "块": ("块", "count"),
    "锭": ("锭", "count"),  # spindles of a spinning mill (``纱锭规模420万锭``)
    "宗": ("宗", "count"), "处": ("处", "count"),
    "栋": ("栋", "count"), "幢": ("幢", "count"),
    "列": ("列", "count"),  # freight trains run (``中欧班列开行42列``)
    "票": ("票", "count"),  # declarations or waybills filed (``申报跨境电商清单1320万票``)
    "单": ("单", "count"),  # orders or parcels of cross-border trade (``跨境电商进口货量达1860万单``)
    "GWh": ("GWh", "energy"), "MWh": ("MWh", "energy"), "kWh": ("kWh", "energy"), "KWh": ("kWh", "energy"),
    "GW": ("GW", "power"), "MW": ("MW", "power"), "kW": ("kW", "power"), "KW": ("kW", "power"),
    "㎡": ("m2", "area"), "㎞": ("km", "length"),
    # computing power of a data or computing centre or a region (``算力规模达到3.2EFLOPS``,
    # ``智能算力600PFlops``, ``新增智能算力2000PFLOPs``)
    "EFLOPS": ("EFLOPS", "compute"), "EFlops": ("EFLOPS", "compute"), "EFLOPs": ("EFLOPS", "compute"),
    "PFLOPS": ("PFLOPS", "compute"), "PFlops": ("PFLOPS", "compute"), "PFLOPs": ("PFLOPS", "compute"),
    "TFLOPS": ("TFLOPS", "compute"),
    # petaflops written by their letter alone (``算力规模达到800P``, ``总算力规模突破1.5万P``); a Latin
    # letter or digit after it (``1200PB``, ``PUE``, ``P2P``) makes it another token
    "P": ("P", "compute"),
}
#: Words that after a counter turn it into something else (3个月 is a duration, 5个百分点 a percent).
_NOT_AFTER = {
    "个": ("月", "小时", "百分点", "工作日", "季度", "星期", "礼拜", "年头"),
    "名": ("单", "录", "称", "义"), "人": ("民", "才", "员", "口", "大", "事", "类", "们"),
    "家": ("庭", "乡", "长", "属", "电", "居", "具", "园", "门"), "台": ("阶", "湾"),
    "头": ("部", "条", "雁"), "座": ("谈",), "条": ("件", "例", "款"), "件": ("事",),
    "米": ("粮",), "项": ("目",), "间": ("隔",), "所": ("有", "在", "以", "得"),
    "批": ("准", "复",), "处": ("理", "置", "于", "在", "长", "室"), "宗": ("旨", "教"),
    "户": ("籍", "口", "外"), "套": ("餐",), "只": ("是", "有", "要"),
    "片": ("区", "面", "刻", "段", "场", "林", "长", "地", "名"), "颗": ("粒",), "盆": ("地", "景", "栽"),
    "块": ("钱",),
    "P": ("高清", "视频", "分辨率", "画质", "屏"),  # a video's lines (``1080P高清``), no computing power
    "列": ("入", "为", "车", "出", "举", "表", "席", "队", "支", "阵", "岛", "国", "强", "传", "位"),
    "票": ("否", "据", "房", "价", "证", "务", "选", "数", "决", "赞", "反", "弃", "当"),
    "单": ("位", "元", "体", "个", "独", "项", "品", "价", "据", "一", "纯", "次", "日", "月", "年", "线",
           "车", "笔", "机", "层", "间", "身", "调", "薄", "向", "列", "号", "词", "字", "科", "产", "株",
           "量", "子", "晶", "季", "台", "套", "户", "人", "店"),
}
#: Words after a counter that :data:`_NOT_AFTER` would block but that start a noun the counter
#: counts (``100户外贸企业``, ``12户外资企业``: firms, no ``户外`` outdoors).
_COUNTED_AFTER = {"户": ("外贸", "外资", "外商", "外企", "外向型")}

_NUMCH = "0-9零〇一二两三四五六七八九十百千万亿"
_NUMCH_Q = "0-9零〇一二两三四五六七八九十百万亿"  # 千 only when not the start of 千瓦/千克/千米
_NUM = rf"(?:[{_NUMCH_Q}]|千(?![瓦克米升]))(?:[{_NUMCH_Q}]|千(?![瓦克米升])|[.,](?=[0-9])| (?=[0-9万亿]))*"
#: the units longest first, as an alternation tries them
_UNITS_LONGEST_FIRST = sorted(UNITS, key=len, reverse=True)
_UNIT_FLAT = "|".join(map(re.escape, _UNITS_LONGEST_FIRST))


def _by_first_character(words: list[str]) -> str:
    """The alternation of ``words`` grouped by first character (``千(?:瓦时|瓦|克|米)|…``), each
    group in the order of ``words``: alternatives with different first characters cannot match
    at the same place, so it matches as the flat alternation does, but ``re`` tries each first
    character once instead of every word."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in groups.items():
        if rests == [""]:
            parts.append(re.escape(first))
        else:
            parts.append(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")")
    return "|".join(parts)


_UNIT_ALT = _by_first_character(_UNITS_LONGEST_FIRST)
_Q_RE = re.compile(
    rf"(?P<pre>约|近|超过|超|逾|达到|达|共|总计|累计|不少于|不低于|至少|最高|近)?"
    rf"(?P<num>{_NUM})(?P<q>余|多)?(?P<mag>[万亿])?(?P<unit>{_UNIT_ALT})(?P<post>以上|左右|以内)?")
_QUALIFIER = {"约": "approx", "近": "approx", "左右": "approx", "超过": "more_than", "超": "more_than",
              "逾": "more_than", "余": "more_than", "多": "more_than", "以上": "more_than",
              "不少于": "at_least", "不低于": "at_least", "至少": "at_least", "最高": "up_to",
              "以内": "up_to"}


@attrs.define(slots=True)
class QuantityHit:
    """A number with a unit: cleaned span, exact value (magnitude words expanded) and units."""

    start: int
    end: int
    value: Decimal
    unit: str            # normalized unit (kW, t, mu, 个, 岗位…)
    dimension: str       # power | energy | mass | area | length | volume | capacity | count | jobs | people
    printed_unit: str    # as printed, with its magnitude word (万千瓦, 万吨, 人)
    number: str          # printed number, normalized
    qualifier: str


_MAG = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}


def _expand(num: str, mag: str) -> Decimal:
    v = parse_number(num)
    for ch in mag:
        v *= _MAG[ch]
    return v


_HAS_DIGIT = re.compile("[0-9]")


def _cn_digits(num: str) -> str:
    """A Chinese numeral in Arabic digits (``二十三`` → ``23``); as printed when it is none."""
    try:
        return format(parse_number(num).normalize(), "f")
    except (ValueError, ArithmeticError):
        return num


_TWO_DIGITS = re.compile("[一二两三四五六七八九]{2}")
_Q_CN = "零〇一二两三四五六七八九十百千万亿"
#: a run of Arabic digits (with . and ,) or of two or more Chinese numerals; written to start
#: with one character class so that ``re`` skips ahead to candidates quickly (an alternation
#: at the top would be tried at every position)
_Q_START = re.compile(rf"[0-9{_Q_CN}](?:(?<=[0-9])[0-9.,]*|(?<![0-9])[{_Q_CN}]+)")
_Q_PRE_WORDS = ("约", "近", "超过", "超", "逾", "达到", "达", "共", "总计", "累计", "不少于", "不低于",
                "至少", "最高")
_Q_PRE = re.compile(rf"(?:{'|'.join(_Q_PRE_WORDS)})$")
#: the search can only find something right after one of these: the last characters of those
#: words, or a newline (``$`` also matches before a newline that ends the window)
_Q_PRE_LAST = frozenset([*(w[-1] for w in _Q_PRE_WORDS), "\n"])


#: what can follow a numeral run of ``_Q_START`` in a match: more of the number (digits, Chinese
#: numerals, a separator, a space), a qualifier or magnitude (余, 多, 万, 亿) or a unit
_Q_NEXT = frozenset("0123456789.,  余多万亿千" + _NUMCH_Q[3:] + "".join(u[0] for u in UNITS))


def _char_class(chars: frozenset[str] | set[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


#: the runs of ``_Q_START`` that a quantity can start with, found by ``re`` alone: a whole run
#: (never a part of one: a digit run does not start after a digit, a run of Chinese numerals
#: not after two of them) followed by a character in ``_Q_NEXT`` (other than one the run
#: could have taken, so that a shorter run cannot match by giving characters back), or ending
#: in 千 (千瓦, 千克, 千米 start a unit inside the run) or at the end of the text; and a single digit
#: a rise adds before a counter (``新增九家``, see :func:`_vague_numeral`)
_AFTER_DIGITS = _char_class(_Q_NEXT - set("0123456789.,"))
_AFTER_CN = _char_class(_Q_NEXT - set(_Q_CN))
_Q_RUN = re.compile(
    rf"[0-9{_Q_CN}](?:(?<=[0-9])(?<![0-9][0-9])[0-9.,]*(?:(?=[{_AFTER_DIGITS}])|\Z)"
    rf"|(?<![0-9])(?<![{_Q_CN}][{_Q_CN}])[{_Q_CN}]+(?:(?=[{_AFTER_CN}])|(?<=千)(?![{_Q_CN}])|\Z)"
    rf"|(?<=增[二两三四五六七八九十])(?=[家个户项]))")


#: What ``_Q_RE``'s number can take after a run (its loop), and what must follow the number for a
#: quantity: a qualifier (余, 多), a unit (千 only before 瓦, 克 or 米, where the number stops)
_NUM_LOOP = rf"(?:[{_NUMCH_Q}]|千(?![瓦克米升])|[.,](?=[0-9])| (?=[0-9万亿]))"
_UNIT_OR_Q = _char_class({u[0] for u in UNITS} - {"千"} | {"余", "多"})
#: ``_Q_RUN`` where a unit or qualifier can still follow the run: a run whose number can only go
#: on into something else (``15亿元``, ``3万美元``, ``2万例``) cannot start a quantity, since no
#: unit starts with a character the number takes; it is dropped inside ``re`` (the match it would
#: be tried at fails), and, not consumed, every run inside it is dropped the same way (they end
#: where it ends).  About half of the runs of news briefs are amounts of money.
_Q_RUN_UNIT = re.compile(_Q_RUN.pattern.replace(
    "|\\Z)", f"|\\Z)(?=(?<=千)[瓦克米升]|{_NUM_LOOP}*(?:[{_UNIT_OR_Q}]|千(?=[瓦克米升])))"))


def _quantity_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of the quantity pattern, tried only where a numeral starts.

    A run followed by a character that can neither continue the number nor start a unit
    (``2024年``, ``3月``, ``50%``) is not tried (``_Q_RUN`` leaves it out); a run ending
    in 千 always is.
    """
    last = 0
    for s in _Q_RUN.finditer(text):
        i = s.start()
        if i < last:
            continue
        pre = _Q_PRE.search(text, max(last, i - 3), i) if i and text[i - 1] in _Q_PRE_LAST else None
        m = _Q_RE.match(text, pre.start() if pre else i)
        if m is not None:
            last = m.end()
            yield m


_COUNTED = frozenset(("count", "people", "jobs"))


def _unit_blocked(text: str, unit: str, unit_end: int) -> bool:
    """The unit is part of a longer word (what :data:`_NOT_AFTER` lists) or of a Latin
    token (``200MWp``, ``5kWx``: not a unit we know)."""
    after = text[unit_end:unit_end + 3]
    not_after = _NOT_AFTER.get(unit)
    if not_after is not None and after.startswith(not_after):
        return not after.startswith(_COUNTED_AFTER.get(unit, ()))
    return unit.isascii() and after[:1].isascii() and after[:1].isalnum()


#: Single Chinese digits read as a count right after a rise (``比年初新增九家``, ``净增三个``): the
#: number a change adds, never part of a name there (``一`` stays out: ``新增一家`` is often "a firm").
_ONE_DIGIT_COUNTS = frozenset("二两三四五六七八九十")
_ONE_DIGIT_COUNTERS = frozenset(("家", "个", "户", "项"))


def _vague_numeral(num: str, unit: str, before: str) -> bool:
    """True when a number written in Chinese numerals alone is no quantity: one character (``三家村``,
    ``一个``) but a digit a rise adds (``新增九家``), a run of two digits (``七八家``: vague), ``一一``,
    ``十一`` or a number of schools (``十三所``: a name)."""
    if len(num) < 2:
        return not (before == "增" and num in _ONE_DIGIT_COUNTS and unit in _ONE_DIGIT_COUNTERS)
    return num in ("一一", "十一") or unit == "所" or _TWO_DIGITS.fullmatch(num) is not None


def find_quantities(text: str) -> Iterator[QuantityHit]:
    """Numbers followed by a unit of measure or a counter."""
    has_digit = _HAS_DIGIT.search
    for m in _quantity_matches(text):
        pre, num, q, qmag, unit, post = m.group("pre", "num", "q", "mag", "unit", "post")
        if _unit_blocked(text, unit, m.end("unit")):
            continue
        num_start = m.start("num")
        if unit == "米" and text[num_start - 1:num_start] in "玉大稻":
            continue
        if not has_digit(num):
            # Chinese numerals only when they are unmistakable (两千三百人, 十二家), never 一个/三家村
            if _vague_numeral(num, unit, text[num_start - 1:num_start]):
                continue  # 七八家 is vague; 十三所 is a name
        if num_start >= 1 and text[num_start - 1] in "第每周":
            continue
        if num.isascii() and num.isdigit():  # the common case: plain digits, no magnitude word
            body, mag = num, qmag or ""
            value = Decimal(num)
            for ch in mag:
                value *= _MAG[ch]
        else:
            packed = num.replace(" ", "") if " " in num else num
            body, mag = split_magnitude(packed)
            if not has_digit(body):
                # as digits do: ``二十三万亩`` → 23, ``万亩``; a bare magnitude (``万亩``) is the number
                body, mag = (_cn_digits(body), mag) if body and mag else (packed, "")
            if qmag:
                mag += qmag
            if mag.endswith("十") and unit in ("千瓦", "千瓦时"):
                continue
            try:
                value = _expand(body, mag)
            except ValueError:
                continue
        norm, dim = UNITS[unit]
        if dim in _COUNTED and not mag and value != value.to_integral_value() \
                and not _per_head(text, num_start):
            continue  # 5.5个 is not a count (but 每万人拥有5G基站23.6个 is a count per head)
        qualifier = "exact"
        for w in (pre, q, post):
            if w in _QUALIFIER:
                qualifier = _QUALIFIER[w]
        s = m.start() if pre in _QUALIFIER else num_start
        yield QuantityHit(s, m.end(), value, norm, dim, mag + unit, body.replace(",", ""), qualifier)


#: One quantity as the annotator stores it: start, end, value (exact decimal string), unit,
#: dimension, printed unit, printed number, qualifier.
QuantityRow = tuple[int, int, str, str, str, str, str, str]
#: what a match yields once its neighbours are known: ``(starts at the qualifier word, value,
#: unit, dimension, printed unit, number, qualifier)``, or None when it is no quantity
_Reading = tuple[bool, str, str, str, str, str, str] | None
_READINGS_MAX = 8192


def _reading(pre: str | None, num: str, q: str | None, qmag: str | None, unit: str,
             post: str | None, before: str, ratio: bool = False) -> _Reading:
    """The part of :func:`find_quantities` that depends only on a match's groups and the
    character before its number (``before``, empty at the start of the text); ``ratio``: the
    count is had per head of a number of people (:func:`_per_head`), where a fraction is read."""
    if unit == "米" and before in "玉大稻":
        return None
    if not _HAS_DIGIT.search(num) and _vague_numeral(num, unit, before):
        return None
    if before and before in "第每周":
        return None
    if num.isascii() and num.isdigit():
        body, mag = num, qmag or ""
        value = Decimal(num)
        for ch in mag:
            value *= _MAG[ch]
    else:
        packed = num.replace(" ", "") if " " in num else num
        body, mag = split_magnitude(packed)
        if not _HAS_DIGIT.search(body):
            # a Chinese numeral keeps its magnitude word apart as digits do (``二十三万亩`` → 23,
            # ``万亩``), its number given in digits; a bare magnitude (``万亩``) is the number
            body, mag = (_cn_digits(body), mag) if body and mag else (packed, "")
        if qmag:
            mag += qmag
        if mag.endswith("十") and unit in ("千瓦", "千瓦时"):
            return None
        try:
            value = _expand(body, mag)
        except ValueError:
            return None
    norm, dim = UNITS[unit]
    if dim in _COUNTED and not mag and not ratio and value != value.to_integral_value():
        return None
    qualifier = "exact"
    for w in (pre, q, post):
        if w in _QUALIFIER:
            qualifier = _QUALIFIER[w]
    return (pre in _QUALIFIER, format(value.normalize(), "f"), norm, dim, mag + unit,
            body.replace(",", ""), qualifier)


#: per unit: the words after it that make it part of a longer word (``_NOT_AFTER``), and whether
#: it is written in Latin letters (then a Latin letter or digit after it blocks it)
_UNIT_BLOCKS: dict[str, tuple[tuple[str, ...] | None, bool]] = {
    u: (_NOT_AFTER.get(u), u.isascii()) for u in UNITS}


#: What a match yields once its neighbours are known, as :func:`quantity_spans` hands it on:
#: ``(starts at the qualifier word, value, Mention attributes)``, or None when it is no quantity
_Kept = tuple[bool, str, dict[str, str]] | None
_KEPT: dict[tuple[tuple[str | None, ...], str, bool], _Kept] = {}

#: A count had per head of a number of people or households, right before the figure (``每万人拥有5G
#: 基站23.6个``, ``每千人口拥有床位6.8张``, ``每百户拥有…``): a ratio, whose fraction is read.
_PER_HEAD = re.compile(r"每[十百千万]+(?:人|人口|户|常住人口)[\u4e00-\u9fff0-9A-Za-z]{0,10}$")


def _per_head(text: str, num_start: int) -> bool:
    """True when a count per head of people (see :data:`_PER_HEAD`) ends right before ``num_start``."""
    return text.find("每", max(0, num_start - 16), num_start) >= 0 \
        and _PER_HEAD.search(text, max(0, num_start - 16), num_start) is not None


def _kept(groups: tuple[str | None, ...], before: str, ratio: bool = False) -> _Kept:
    """:func:`_reading` of a match's groups with its attributes as a Mention stores them."""
    r = _reading(*groups, before, ratio)  # type: ignore[arg-type]
    if r is None:
        return None
    return r[0], r[1], {"unit": r[2], "dimension": r[3], "printed_unit": r[4], "number": r[5],
                        "qualifier": r[6]}


#: One quantity as :func:`quantity_spans` finds it: start, end, value (exact decimal string) and
#: the attributes (``unit``, ``dimension``, ``printed_unit``, ``number``, ``qualifier``), a dict
#: shared by every quantity read the same way: copy it before changing or handing it out.
QuantitySpan = tuple[int, int, str, dict[str, str]]


def quantity_spans(text: str) -> list[QuantitySpan]:
    """:func:`find_quantities` as spans, values and attribute dicts.

    Numbers and units repeat across texts (``3家``, ``100万吨``), so what a match yields is
    kept per match groups and preceding character (:func:`_kept`); the checks on the
    characters after the unit are made for every match (:func:`_unit_blocked`, written out
    here with the facts of each unit from ``_UNIT_BLOCKS``).
    """
    out: list[QuantitySpan] = []
    kept = _KEPT
    blocks = _UNIT_BLOCKS
    pre_last = _Q_PRE_LAST
    match = _Q_RE.match
    last = 0
    for s in _Q_RUN_UNIT.finditer(text):
        i = s.start()
        if i < last:
            continue
        if i and text[i - 1] in pre_last:
            pre = _Q_PRE.search(text, max(last, i - 3), i)
            m = match(text, pre.start() if pre else i)
        else:
            m = match(text, i)
        if m is None:
            continue
        last = m_end = m.end()
        groups = m.groups()
        unit_end = m.end(5)
        not_after, latin = blocks[groups[4]]
        if not_after is not None and text.startswith(not_after, unit_end) \
                and not text.startswith(_COUNTED_AFTER.get(groups[4], ()), unit_end):
            continue
        if latin:
            after = text[unit_end:unit_end + 1]
            if after.isascii() and after.isalnum():
                continue
        num_start = m.start(2)
        ratio = "." in groups[1] and _per_head(text, num_start)  # type: ignore[operator]
        key = (groups, text[num_start - 1] if num_start else "", ratio)
        try:
            r = kept[key]
        except KeyError:
            r = _kept(*key)
            if len(kept) >= _READINGS_MAX:
                kept.clear()
            kept[key] = r
        if r is not None:
            out.append((m.start() if r[0] else num_start, m_end, r[1], r[2]))
    return out


def quantity_rows(text: str) -> list[QuantityRow]:
    """:func:`find_quantities` as plain tuples, the value as its exact decimal string
    (:func:`quantity_spans` with the attributes spread out)."""
    return [(start, end, value, a["unit"], a["dimension"], a["printed_unit"], a["number"], a["qualifier"])
            for start, end, value, a in quantity_spans(text)]

@attrs.define(slots=True)
class PercentHit:
    """A percentage, a change in percentage points or a multiple (翻一番).

    The span covers the figure (``6.8%``, ``3.2个百分点``, ``翻一番``, ``1.5倍``), not the
    verb before it; the verb sets ``change``.
    """

    start: int
    end: int
    value: float
    unit: str                # "%" or "pp"
    change: str | None       # increase | decrease | None
    multiple: float | None = None


_INCREASE = ("增长", "增加", "提高", "上升", "上涨", "提升", "增幅", "涨幅", "增速", "扩大", "增", "涨",
             "高出")
_DECREASE = ("下降", "减少", "降低", "下滑", "回落", "下跌", "收窄", "缩小", "降幅", "跌幅", "减", "降",
             "跌", "低于")
_VERB = "|".join(sorted(_INCREASE + _DECREASE, key=len, reverse=True))
_P_RE = re.compile(
    rf"(?P<verb>(?<!不)(?:{_VERB})(?:了|达|为|至|到)?)?"
    rf"(?:(?P<num>[-−+]?[0-9]+(?:\.[0-9]+)?)\s?(?P<pct>%|％|个百分点|百分点)"
    rf"|百分之(?P<cnum>[{_NUMCH}点]+)"
    rf"|(?P<fan>翻(?P<fann>[一两二三四五]?)番)"
    rf"|(?P<bnum>[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]+)倍)")
#: (not ``增长面``: the share of industries growing, a level)
_LOOKBACK = re.compile(rf"(?<!不)(?P<verb>{_VERB})(?!面)(?:了|达|为|至|到|比)?(?:[\u4e00-\u9fff]{{0,2}})?$")
#: the characters a match of ``_P_RE`` can start with (a verb, a sign or digit, 百分之, 翻, a
#: Chinese numeral before 倍) and those of ``_LOOKBACK`` (a verb): a lookahead on them lets ``re``
#: fail at once at the other positions of a window instead of trying every verb there
_VERB_FIRST = _char_class({v[0] for v in _INCREASE + _DECREASE})
_P_FIRST = _char_class({v[0] for v in _INCREASE + _DECREASE} | set("-−+0123456789百翻一二两三四五六七八九十"))
_P_RE_AT = re.compile(rf"(?=[{_P_FIRST}])" + _P_RE.pattern)
_LOOKBACK_AT = re.compile(rf"(?=[{_VERB_FIRST}])" + _LOOKBACK.pattern)
_FAN = {"": 2, "一": 2, "两": 4, "二": 4, "三": 8, "四": 16, "五": 32}


def _direction(verb: str | None) -> str | None:
    if not verb or verb.endswith(("至", "到")):
        return None  # 提高至30%: a level reached, not a change
    return "decrease" if verb.startswith(_DECREASE) else "increase"


#: ``[%％倍番]|百分`` written as one leading character class (``re`` then skips ahead to those
#: characters instead of trying both branches at every position); a 百 matches only before 分
_P_ANCHOR = re.compile(r"[%％倍番百](?:(?<=百)分)?(?<!百)")


def _percent_matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of the percent pattern in a window before each %, 百分, 倍 or 番."""
    last = 0
    for a in _P_ANCHOR.finditer(text):
        if a.start() < last:
            continue
        ws = max(last, a.start() - 16)
        while ws > last and (text[ws - 1].isdigit() or text[ws - 1] in ".-−+"):
            ws -= 1
        for m in _P_RE_AT.finditer(text, ws, min(len(text), a.end() + 8)):
            if m.end() > last:
                last = m.end()
                yield m
        last = max(last, a.end())


#: A change in tenths after its verb (``增长二成以上``, ``下降两成``, ``提高近三成``).
_TENTHS = re.compile(r"(?P<verb>增长|增加|提高|提升|上升|下降|减少|降低|回落)(?:了|近|超|约|逾)?"
                     r"(?P<n>[一二两三四五六七八九])成(?![本果效员功为])")


#: A contribution to growth given in tenths (``对全县工业增长的贡献率超过六成``): a level, no change.
#: Other rates in tenths (``入驻率超过九成``, like ``占比超七成``) are a park's or a list's make-up, no
#: statistic in the gold.
_RATE_TENTHS = re.compile(r"(?<=贡献率)(?:超过|超|达到|达|近|逾|约|在)?"
                          r"(?P<n>[一二两三四五六七八九])成(?![本果效员功为])")


#: A share of the whole nation's or world's output given in tenths (``产量占全国九成以上``,
#: ``出口量占全球近七成``): a product's standing, a statistic. A share of a province's or a list's make-up
#: (``占全省的六成``, ``占比超七成``) stays out, as above.
_WHOLE_TENTHS = re.compile(r"(?<=占)(?:全国|全球|全世界|世界)(?:的|总量的|市场的)?(?:超过|超|近|约|逾|达)?"
                           r"(?P<n>[一二两三四五六七八九])成(?![本果效员功为])")


def find_tenths(text: str) -> Iterator[PercentHit]:
    """Changes given in tenths (``增长二成以上`` is 20%), contributions to growth (``贡献率超过六成``
    is 60%) and shares of the nation's output (``占全国九成以上``): the figure, as a percentage."""
    if "成" not in text:
        return
    for m in _TENTHS.finditer(text):
        yield PercentHit(m.end("verb"), m.end(), float(parse_number(m.group("n"))) * 10, "%",
                         _direction(m.group("verb")))
    for m in _WHOLE_TENTHS.finditer(text):
        yield PercentHit(m.start("n"), m.end(), float(parse_number(m.group("n"))) * 10, "%", None)
    if "贡献率" in text:
        for m in _RATE_TENTHS.finditer(text):
            yield PercentHit(m.start("n"), m.end(), float(parse_number(m.group("n"))) * 10, "%", None)


def find_percents(text: str) -> Iterator[PercentHit]:
    """Percentages (19%, 百分之五), percentage points (个百分点) and multiples (翻一番, 增长2倍);
    changes in tenths (``增长三成``) come from :func:`find_tenths`."""
    for m in _percent_matches(text):
        verb_word, num, pct, cnum, fan, fann, bnum = m.groups()  # by number: one call
        m_start = m.start()
        # the span is the figure itself; the verb in front only gives the direction
        start = m.end(1) if verb_word else m_start
        verb = verb_word
        if not verb:
            back = _LOOKBACK_AT.search(text, max(0, m_start - 6), m_start)
            verb = back.group("verb") if back else None
        change = _direction(verb)
        if fan is not None:
            mult = _FAN.get(fann, 2)
            yield PercentHit(start, m.end(), float((mult - 1) * 100), "%", "increase", float(mult))
            continue
        if bnum is not None:
            if not verb_word or change != "increase":
                continue  # 是…的2倍 needs a base; only 增长2倍 is a change
            n = float(parse_number(bnum))
            yield PercentHit(start, m.end(), n * 100, "%", change, n + 1)
            continue
        if cnum is not None:
            try:
                value = float(parse_number(cnum))
            except ValueError:
                continue
            yield PercentHit(start, m.end(), value, "%", change)
            continue
        value = float(num.replace("−", "-"))
        unit = "%" if pct in ("%", "％") else "pp"
        if value < 0 and change is None:
            change = "decrease"
        yield PercentHit(start, m.end(), value, unit, change)
