"""Finding and normalizing amounts of money in Chinese news text (pure functions).

:func:`find_money` scans cleaned text and yields :class:`MoneyHit` objects:
exact integer values (Decimal arithmetic, never float), the currency as an ISO
code, a qualifier (``exact``/``approx``/``more_than``/``at_least``/``up_to``)
and, for ranges such as ``2万元至20万元``, one hit per end.  :func:`parse_money`
normalizes a string that is known to be an amount (``三百万``, ``15k左右``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import Any

import attrs

from newsmill.zh.numbers import CN_DIGITS, parse_number, split_magnitude, step_of

__all__ = ["MoneyHit", "MoneyRow", "CURRENCIES", "QUALIFIERS", "SUM_FIGURE", "find_money", "money_rows",
           "parse_money"]

#: Printed currency names → ISO 4217 codes.
CURRENCIES: dict[str, str] = {
    "元": "CNY", "圆": "CNY", "块钱": "CNY", "块": "CNY", "人民币": "CNY",
    "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD", "欧元": "EUR",
    "日元": "JPY", "日币": "JPY", "英镑": "GBP", "韩元": "KRW", "澳元": "AUD",
    "加元": "CAD", "新台币": "TWD", "台币": "TWD", "卢布": "RUB", "泰铢": "THB",
    "新加坡元": "SGD", "瑞士法郎": "CHF", "法郎": "CHF", "卢比": "INR", "澳门元": "MOP",
    "澳门币": "MOP", "葡币": "MOP",  # Macao pataca as Macao papers name it
}
#: Qualifier words → qualifier (words before the number, inside it, or after it).
QUALIFIERS: dict[str, str] = {
    "约": "approx", "大约": "approx", "约合": "approx", "近": "approx", "将近": "approx",
    "接近": "approx", "左右": "approx", "上下": "approx", "前后": "approx", "大概": "approx",
    "超": "more_than", "超过": "more_than", "逾": "more_than", "过": "more_than",
    "突破": "more_than", "超出": "more_than", "高于": "more_than", "多于": "more_than",
    "以上": "more_than", "余": "more_than", "多": "more_than", "有余": "more_than",
    "上": "more_than", "破": "more_than",
    "不低于": "at_least", "不少于": "at_least", "至少": "at_least", "最少": "at_least",
    "起码": "at_least", "(含)以上": "at_least", "（含）以上": "at_least", "及以上": "at_least",
    "不超过": "up_to", "不高于": "up_to", "最高": "up_to", "最多": "up_to", "至多": "up_to",
    "以内": "up_to", "以下": "up_to", "之内": "up_to", "不到": "up_to", "不足": "up_to",
    "低于": "up_to", "少于": "up_to", "小于": "up_to",
}

_NUMCH = "0-9零〇一二两兩三四五六七八九十百千万亿壹贰貳叁肆伍陆陸柒捌玖拾佰仟萬億廿"
_CNCH = "零〇一二两兩三四五六七八九十百千万亿壹贰貳叁肆伍陆陸柒捌玖拾佰仟萬億廿"
_NUM = rf"[{_NUMCH}](?:[{_NUMCH}几数]|[.,，点](?=[0-9{_CNCH}])|[ ](?=[0-9万亿萬億千百]))*"
#: The figure of an amount as rules around it spell it out, in Arabic digits (``2.5``) or in Chinese
#: numerals (``一点五``, ``三千``, ``二十三点五``), for patterns that read ``投资…亿元`` as one sum.
SUM_FIGURE = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]{1,8}(?:点[零〇一二三四五六七八九]{1,4})?)"
_NUM_START = rf"(?:[几数](?=[十百千万亿])|[{_NUMCH}])"
_NUM_FULL = rf"{_NUM_START}(?:[{_NUMCH}几数]|[.,，点](?=[0-9{_CNCH}])|[ ](?=[0-9万亿萬億千百]))*"
_CUR_NAMES = sorted((c for c in CURRENCIES if c not in ("元", "人民币")), key=len, reverse=True)
_CUR = "|".join(map(re.escape, [*_CUR_NAMES, "元", "圆"]))
#: Characters before 约 that make it part of a verb, no qualifier (签约, 履约, 节约, 预约, 集约…).
_YUE_VERBS = frozenset("签履节制预缔违集特相合")
_POST_ONLY = ("余", "多", "有余", "以上", "左右", "上下", "前后", "以内", "以下", "之内", "及以上")
_PRE = "|".join(sorted((q for q in QUALIFIERS if q not in _POST_ONLY and "含" not in q),
                       key=len, reverse=True))
_POST = r"\(含\)以上|（含）以上|及以上|以上|左右|上下|以内|以下|之内|有余|多|余"
_CONN = r"至|到|~|～|－|—{1,2}|–|-{1,2}"
_MONEY_NOUNS = ("产值|税收|营收|营业收入|销售收入|主营业务收入|收入|销售额|投资|资金|融资|资产|利润|市值"
                "|交易额|规模")

#: Units of a price (元/吨, 每股…).
_PER = ("平方米|千瓦时|公斤|千克|小时|平米|股|吨|度|亩|人|户|年|月|天|日|件|台|辆|桶|克|斤|个|次|张"
        "|套|份|只|头|kWh|kg|t|㎡")
_AMOUNT = rf"""
(?P<pre>(?:{_PRE})(?:达|了)?)?
(?:(?P<precur>人民币|港币|新台币)[ ]?)?
(?:(?P<lo>{_NUM_FULL})(?P<loq>余|多)?(?P<lomag>[十百千万亿萬億]+)?[ ]?(?P<locur>{_CUR})?
   (?:\(含\)|（含）)?\ ?(?P<conn>{_CONN})\ ?)?
(?P<num>{_NUM_FULL})(?P<q>余|多)?(?:个(?=[万亿]))?(?P<mag>[ ]?[十百千万亿萬億kKwW]+)?
(?:
  \ ?(?P<cur>{_CUR})(?P<yuancur>欧元|美元|日币|日元|港元|港币)?
  (?P<sub>(?:[{_NUMCH}]+[角毛])?(?:[{_NUMCH}]+分)?)?(?:钱|整)?(?P<rmb>人民币)?(?:/(?P<per>{_PER}))?
  | (?=(?P<noun>{_MONEY_NOUNS}))
  BARE
)
(?P<post>{_POST})?
"""
#: the characters an amount can start with (a qualifier word, a currency before it, a numeral):
#: a lookahead on them lets each position that cannot start an amount fail at once
_FIRST = "".join(sorted({w[0] for w in _PRE.split("|")} | set("人港新几数") | set(_CNCH)))
_RE = re.compile(rf"(?=[0-9{_FIRST}])" + _AMOUNT.replace("BARE", ""), re.VERBOSE)
#: the range part of an amount (``2万元至``): it needs a connector, so where the window holds none
#: the same pattern without it finds the same matches (its groups stay empty), without trying
#: the range at every numeral and backtracking through it
_RANGE_PART = _AMOUNT[_AMOUNT.index("(?:(?P<lo>"):_AMOUNT.index("(?P<num>")]
_RE_NO_RANGE = re.compile(
    rf"(?=[0-9{_FIRST}])" + _AMOUNT.replace(_RANGE_PART, "(?:(?!)(?P<lo>)(?P<loq>)(?P<lomag>)(?P<locur>)"
                                            "(?P<conn>))?\n").replace("BARE", ""), re.VERBOSE)
#: the characters a connector (``_CONN``) is made of
_CONN_CHARS = re.compile("[至到~～－—–-]")
_PER_BEFORE = re.compile(rf"每(?P<per>{_PER})$")
_RE_PARSE = re.compile(_AMOUNT.replace("BARE", "| (?P<bare>)"), re.VERBOSE)
#: A bound word a few characters before the number: 最高补贴200万元, 不超过每户5万元.
_LOOSE_PRE = re.compile(r"(最高|最多|不超过|不高于|至多|不低于|至少|最低|不少于)[\u4e00-\u9fff]{1,4}$")
#: Characters that, right after 元, show a word that is not money (元旦, 元素, 多元化…).
#: Last characters of things counted in 块 (boards, panels, tiles, cards, screens): such a thing
#: right before a number in 块 counts pieces, never a spoken sum of yuan.
_PIECE_NOUN_ENDS = frozenset("板片砖瓦屏膜卡牌饼皂璃")
_NOT_AFTER_YUAN = set("旦宵素件器化首老帅勋音气神代朝谋组胞次维论界宇配")
_DIVERSE_OK = set("的，,。;；、)）和与及用左以资投")
#: What follows a spoken ``N个亿元(以上)`` when the count is of projects of that size class.
_COUNTED_CLASS = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){0,4}?(?:项目|企业|工程)")
#: Words 多元 (diversified) qualifies: after them "X多元" is never an amount of money.
_DIVERSE_WORDS = ("产业", "发展", "结构", "格局", "主体", "业态", "融合", "经营", "文化", "共治")


def _diversified(num: str, after: str) -> bool:
    """True when ``num`` + 多元 + ``after`` reads as "diversified", not "more than num yuan".

    Money needs a counted number: 3万多元补贴, 三亿多元资金.  A bare size word
    (千亿多元产业, 百亿多元) or a word 多元 qualifies (两千亿多元产业) reads as diversified.
    """
    return (not _HAS_DIGIT.search(num) and not _CN_DIGIT.search(num)) or after in _DIVERSE_WORDS


@attrs.define(slots=True)
class MoneyHit:
    """One amount found in a text: cleaned span, exact value and how it is qualified."""

    start: int
    end: int
    amount: Decimal           # exact number of currency units
    currency: str             # ISO 4217
    qualifier: str            # exact | approx | more_than | at_least | up_to
    unit: str                 # printed unit, e.g. 亿元
    number: str               # printed number, normalized (e.g. "4000")
    bounds: tuple[Decimal, Decimal] | None = None   # for 3000多 / 几十万 / 八九亿
    range: tuple[Decimal, Decimal] | None = None
    range_part: str | None = None
    per: str | None = None     # a price: 28.11元/股 → 股, 每吨3000元 → 吨

    @property
    def value(self) -> int:
        """The amount as an integer number of units (half-up rounding of cents)."""
        return int(self.amount.to_integral_value(rounding=ROUND_HALF_UP))


_MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "拾": 10, "佰": 100, "仟": 1000, "万": 10**4, "萬": 10**4,
               "亿": 10**8, "億": 10**8, "k": 1000, "K": 1000, "w": 10**4, "W": 10**4}


_MAG_VALUES: dict[str, Decimal] = {}


def _mag_value(mag: str) -> Decimal:
    """The value of magnitude words (``万亿`` → 10**12); the few spellings met are kept."""
    v = _MAG_VALUES.get(mag)
    if v is None:
        v = Decimal(1)
        for ch in mag.strip():
            v *= _MAGNITUDES[ch]
        if len(_MAG_VALUES) < 256:
            _MAG_VALUES[mag] = v
    return v


def _vague(num: str) -> tuple[Decimal, Decimal] | None:
    """Bounds of vague numerals: 几十万, 数十亿, 十几, 三五百, 八九亿."""
    body, mag = split_magnitude(num)
    scale = _mag_value(mag) if mag else Decimal(1)
    if body in ("几", "数") and mag:
        return scale, 10 * scale  # 数亿 = 1亿 … 10亿
    m = re.fullmatch(r"[几数]([十百千万亿])", body)
    if m:
        u = _mag_value(m.group(1))
        return u * scale, 10 * u * scale
    m = re.fullmatch(r"([一二三四五六七八九十]*)十几", body)
    if m:
        base = parse_number(m.group(1) + "十") if m.group(1) else Decimal(10)
        return base * scale, (base + 10) * scale
    m = re.fullmatch(r"([一二三四五六七八九])([二三四五六七八九])([十百千万亿]?)", body)
    if m and 0 < CN_DIGITS[m.group(2)] - CN_DIGITS[m.group(1)] <= 2:
        u = _mag_value(m.group(3)) if m.group(3) else Decimal(1)
        return CN_DIGITS[m.group(1)] * u * scale, CN_DIGITS[m.group(2)] * u * scale
    return None


_BARE_UNITS = {"亿": Decimal(10**8), "億": Decimal(10**8), "万": Decimal(10**4), "萬": Decimal(10**4)}
#: Characters before 破 that make it "pass the mark of" (首破500亿元, 再破, 双破), not 跌破/打破.
_BREAK_OK = set("首再双连齐均又")
_BARE_OK = ("过", "超", "上", "破", "逾", "近", "超过", "突破", "将近", "接近")
_PLAIN = re.compile(r"[0-9.,]+[十百千万亿]*")
_HAS_DIGIT = re.compile(r"[0-9]")
_HAS_UNIT = re.compile("[十百千万亿萬億拾佰仟]")
_CN_DIGIT = re.compile("[零〇一二两兩三四五六七八九十壹贰貳叁肆伍陆陸柒捌玖拾几]")
_ENDS_BIG = re.compile("[万亿萬億]$")


def _value(num: str, mag: str) -> tuple[Decimal, tuple[Decimal, Decimal] | None]:
    if num.isascii() and num.isdigit():  # the common case: plain digits
        return Decimal(num) * _mag_value(mag), None
    num = num.strip()
    if num in _BARE_UNITS:
        return _BARE_UNITS[num] * _mag_value(mag), None
    if _PLAIN.fullmatch(num):
        return parse_number(num) * _mag_value(mag), None
    vague = _vague(num + mag.strip())
    if vague:
        return vague[0], vague
    if "几" in num or "数" in num:
        raise ValueError(f"vague numeral {num!r}")
    return parse_number(num) * _mag_value(mag), None


def _currency(yuancur: str | None, precur: str | None, cur: str | None) -> str:
    if yuancur:
        return CURRENCIES[yuancur]
    if precur and cur in (None, "元", "圆"):
        return CURRENCIES[precur]
    if cur:
        return CURRENCIES[cur]
    if precur:
        return CURRENCIES[precur]
    return "CNY"


def _subunits(sub: str | None) -> Decimal:
    if not sub:
        return Decimal(0)
    total = Decimal(0)
    for num, unit in re.findall(rf"([{_NUMCH}]+)([角毛分])", sub):
        total += parse_number(num) * (Decimal("0.1") if unit in "角毛" else Decimal("0.01"))
    return total


#: What follows a bare amount that names a class (``过亿元项目``, ``超亿元的企业``).
_CLASS_AFTER = re.compile(r"的?(?:重点|重大|产业|工业|制造业)?(?:项目|企业)")


_VALUES: dict[tuple[str, str], tuple[Decimal, tuple[Decimal, Decimal] | None] | None] = {}
_NUMBERS: dict[str, tuple[str, str, str, bool, bool, bool]] = {}
_MEMO_MAX = 4096


def _value_memo(num: str, mag: str) -> tuple[Decimal, tuple[Decimal, Decimal] | None] | None:
    """:func:`_value`, kept per printed number and magnitude (None where it raises)."""
    key = (num, mag)
    try:
        return _VALUES[key]
    except KeyError:
        pass
    try:
        v: tuple[Decimal, tuple[Decimal, Decimal] | None] | None = _value(num, mag)
    except (ValueError, KeyError, ArithmeticError):
        v = None
    if len(_VALUES) >= _MEMO_MAX:
        _VALUES.clear()
    _VALUES[key] = v
    return v


def _number_parts(num: str) -> tuple[str, str, str, bool, bool, bool]:
    """Facts of a printed numeral, kept per numeral: ``split_magnitude(num)``, the printed number
    without separators, whether it holds an Arabic digit and a unit character, whether it is a
    bare 万/亿."""
    v = _NUMBERS.get(num)
    if v is None:
        body, nmag = split_magnitude(num)
        v = (body, nmag, body.replace(",", "").replace("，", "").replace(" ", ""),
             _HAS_DIGIT.search(num) is not None, _HAS_UNIT.search(num) is not None,
             num.strip() in _BARE_UNITS)
        if len(_NUMBERS) >= _MEMO_MAX:
            _NUMBERS.clear()
        _NUMBERS[num] = v
    return v


_GROUPS = ("pre", "precur", "lo", "lomag", "locur", "conn", "num", "q", "mag", "cur", "yuancur", "sub",
           "per", "noun", "post")


def _hits(m: re.Match[str], text: str, strict: bool) -> list[MoneyHit]:
    """Turn one regex match into hits, or [] when it is not money."""
    (pre_word, precur, lo, lomag, locur, conn, num, q, mag, cur, yuancur, sub, per_unit, noun,
     post) = m.group(*_GROUPS)
    mag = mag or ""
    m_start = m.start()
    body, nmag, number, num_digit, num_unit, bare = _number_parts(num)
    if strict:
        if not cur and not noun:
            return []
        smag = mag.strip()
        if smag and smag[0] in "kKwW":
            return []
        end = m.end("cur") if cur else m.end("mag") if mag else m.end("num")
        nxt = text[end:end + 1]
        if cur in ("元", "圆") and nxt in _NOT_AFTER_YUAN:
            return []
        if nxt == "级":
            return []  # 百亿元级产业 names a size class; no sum is stated
        if text[m.end("num"):m.end("num") + 1] == "个" and _COUNTED_CLASS.match(text, m.end()):
            return []  # 6个亿元以上项目: six projects of a size class, not a spoken 6亿元
        if cur == "块" and nxt and ("\u4e00" <= nxt <= "\u9fff") and nxt != "钱":
            return []
        if cur == "块" and any(c in mag or c in nmag for c in "亿億"):
            return []  # 年产芯片30亿块: pieces; a spoken sum in 块 is never counted in 亿
        if cur == "块" and text[max(0, m_start - 1):m_start] in _PIECE_NOUN_ENDS:
            return []  # 控制板60万块, 光伏板8万块: boards counted, a thing named right before the number
        if cur in ("元", "圆") and q == "多" and not mag and nxt \
                and "\u4e00" <= nxt <= "\u9fff" and nxt not in _DIVERSE_OK \
                and _diversified(num, text[end:end + 2]):
            return []  # 千亿多元产业: diversified, not "more than … yuan"
        if noun:
            if not _ENDS_BIG.search(num + smag) or nxt == "级":
                return []
        if not num_digit and not (lo and _HAS_DIGIT.search(lo)) and not num_unit \
                and not _HAS_UNIT.search(mag):
            return []  # a lone Chinese digit before 元 (三元里, 一元化)
        if m_start > 0 and text[m_start - 1] in "第每" and not pre_word:
            return []
    valued = _value_memo(num, mag)
    if valued is None:
        return []
    amount, bounds = valued
    amount += _subunits(sub)
    pre = (pre_word or "").rstrip("达了") or None
    if strict and pre in ("近", "过", "超") and m_start > 0 and text[m_start - 1] in "最接附通经不超越":
        pre = None  # 最近 / 通过 / 不超: not a qualifier of this amount
    if strict and pre == "约" and m_start > 0 and text[m_start - 1] in _YUE_VERBS:
        pre = None  # 签约58.6亿元 / 节约3000万元: 约 ends a verb, no qualifier
    if bare and pre not in _BARE_OK:
        return []  # 亿元以上企业: no number at all
    if bare and pre in ("过", "超", "上") and _CLASS_AFTER.match(text, m.end()):
        return []  # 过亿元项目: a class of projects, like 亿元以上项目
    if pre in ("上", "破") and not (bare or (pre == "上" and num[:1] in "百千万亿")
                                   or (pre == "破" and text[m_start - 1:m_start] in _BREAK_OK)):
        pre = None  # 上/破 qualify only 上亿元, 破亿元, 上百亿元, and 首破/再破 a number
    if strict and pre is None and not lo:
        lo_at = max(0, m_start - 8)
        # every bound word starts with 最, 不 or 至: without one the search finds nothing
        if text.find("最", lo_at, m_start) >= 0 or text.find("不", lo_at, m_start) >= 0 \
                or text.find("至", lo_at, m_start) >= 0:
            loose = _LOOSE_PRE.search(text, lo_at, m_start)
            if loose:
                pre = loose.group(1)
    qualifier = "exact"
    for word in (pre, q, post):
        if word and word in QUALIFIERS:
            qualifier = QUALIFIERS[word]
    smag = mag.strip()
    if bounds is None and q:
        step = step_of(body) * _mag_value(nmag + smag)
        bounds = (amount, amount + step)
    if bounds is not None and not (pre or post or q):
        qualifier = "approx"
    currency = _currency(yuancur, precur, cur)
    unit = nmag + smag + (cur or "")
    start = m_start
    end = m.end()
    if pre is None and pre_word:
        start = m.end("pre")
    if precur == "人民币" and not pre_word:  # a foreign currency before the number stays in the surface
        start = m.start("num") if not lo else m.start("lo")
    if conn is None:
        per = per_unit
        if per is None and strict and text.find("每", max(0, start - 6), start) >= 0:
            before = _PER_BEFORE.search(text, max(0, start - 6), start)
            per = before.group("per") if before else None
        return [MoneyHit(start, end, amount, currency, qualifier, unit, number, bounds, per=per)]
    lomag = lomag or ""
    try:
        if not lomag and not locur:
            body, hmag = split_magnitude(num + smag)
            single = re.fullmatch(r"([一二两三四五六七八九])([十百千拾佰仟])", body)
            # 两到三千 = 2000–3000, 八到九百亿 = 800–900亿
            if single and re.fullmatch(r"[一二两三四五六七八九1-9]", lo):
                body, hmag = single.group(1), single.group(2) + hmag
            inherit = hmag
            try:
                if parse_number(lo) >= parse_number(body):
                    inherit = ""
            except ValueError:
                pass
            low, _ = _value(lo, inherit)
        else:
            low, _ = _value(lo, lomag)
    except (ValueError, KeyError, ArithmeticError):
        return []
    if low >= amount:
        return []
    rng = (low, amount)
    lo_end = m.end("locur") if locur else m.end("lomag") if lomag else m.end("lo")
    lo_start = m.start("pre") if pre_word else m.start("lo")
    lo_unit = (lomag + (locur or "")) if (lomag or locur) else unit
    return [
        MoneyHit(lo_start, lo_end, low, currency, qualifier, lo_unit,
                 lo.replace(",", ""), None, rng, "low", per_unit),
        MoneyHit(m.start("num"), end, amount, currency, qualifier, unit, number, bounds, rng, "high",
                 per_unit),
    ]


#: Every amount contains a currency name or (for bare 千亿产值) a money noun after 万/亿.
#: (``[元圆币镑铢块]|卢布|法郎|美金|[万亿萬億](?:nouns)``, written to start with one character
#: class so that ``re`` skips ahead to candidates quickly)
_ANCHOR = re.compile(rf"[元圆币镑铢块卢法美万亿萬億](?:(?<=[元圆币镑铢块])|(?<=卢)布|(?<=法)郎|(?<=美)金"
                     rf"|(?<=[万亿萬億])(?:{_MONEY_NOUNS}))")
#: What an amount (with a range's low end) is made of, scanning back from its currency.
_BACK = set(_NUMCH.replace("0-9", "0123456789") + ".,， 余多几数个至到~～-－—–()（）含元圆kKwW"
            + "".join(CURRENCIES))


#: A sum named before its number and printed without 元 (``营收超1.5万亿，``, ``GDP突破6万亿``).
_NOUN_FIRST_WORDS = ("营收", "营业收入", "销售收入", "产值", "总产值", "生产总值", "GDP", "投资", "总投资",
                     "交易额", "销售额", "进出口总额", "进出口额", "税收")
_NOUN_FIRST = re.compile(
    rf"(?=[{''.join(sorted({w[0] for w in _NOUN_FIRST_WORDS}))}])"  # fail fast elsewhere
    rf"(?:{'|'.join(_NOUN_FIRST_WORDS)})"
    # (said as well: ``产值能到六个多亿``, ``投资了三个亿``)
    rf"(?:总额|额)?了?(?:能|可|可以|将|就)?(?:达到|达|为|实现|完成|首|到|有)?"
    rf"(?P<amt>(?:{_PRE})?[0-9.{_CNCH}]*?[0-9{_CNCH}](?:个多|多个|个)?[万萬]?[亿億])$")
#: What may follow such a bare 亿 (end of a clause), so that 亿千瓦时, 亿元级, 亿人次 stay out.
_CLAUSE_END = set("，,。；;、：:）)！？!? \n\u3000")


def _bare_yi_ends(text: str) -> list[int]:
    """Positions right after a 亿 (億) that ends the text, stands before a clause end or follows 个.

    ``str.find`` skips to each 亿 much faster than a regex scan of the whole text.
    """
    out: list[int] = []
    n = len(text)
    for ch in "亿億":
        i = text.find(ch)
        while i >= 0:
            end = i + 1
            spoken = i > 0 and (text[i - 1] == "个" or text[i - 2:i] == "个多") \
                and (end == n or text[end] not in "元圆")
            if end == n or text[end] in _CLAUSE_END or spoken:
                out.append(end)  # 3个亿 is money in any position (the spoken form of 3亿元)
            i = text.find(ch, end)
    out.sort()
    return out


def _noun_first(text: str) -> Iterator[MoneyHit]:
    """Amounts in 亿 without 元 whose money noun stands before them, closing a clause."""
    for end in _bare_yi_ends(text):
        m = _NOUN_FIRST.search(text, max(0, end - 24), end)
        if m is None:
            continue
        try:  # (六个多亿: said for 六多个亿, more than six)
            hit = parse_money(m.group("amt").replace("个多", "多个") + "元")
        except ValueError:
            continue
        if isinstance(hit, tuple):
            continue
        hit.start, hit.end = m.start("amt"), end
        hit.unit = hit.unit[:-1] if hit.unit.endswith("元") else hit.unit
        yield hit


def find_money(text: str) -> Iterator[MoneyHit]:
    """Every amount of money in ``text``, in order; scale words and look-alikes are skipped.

    The full pattern only runs in a window before each currency name, which keeps
    the scan fast on text that has few amounts.  Sums in 亿 printed without 元
    after their money noun (``营收超1.5万亿，``) are added.
    """
    hits = list(_find_with_currency(text))
    if "亿" not in text and "億" not in text:
        yield from hits
        return
    extra = [h for h in _noun_first(text) if not any(h.start < x.end and x.start < h.end for x in hits)]
    yield from sorted(hits + extra, key=lambda h: h.start) if extra else hits


def _find_with_currency(text: str) -> Iterator[MoneyHit]:
    """Amounts found from a currency name (or a money noun right after the number)."""
    last = 0
    n = len(text)
    has_conn = _CONN_CHARS.search
    for a in _ANCHOR.finditer(text):
        if a.start() < last:
            continue
        ws = a.start()
        floor = max(last, a.start() - 40)
        while ws > floor and text[ws - 1] in _BACK:
            ws -= 1
        ws = max(floor, ws - 4)  # room for a qualifier word (不低于, 超过, 人民币)
        we = min(n, a.end() + 14)
        pattern = _RE if has_conn(text, ws, we) else _RE_NO_RANGE
        for m in pattern.finditer(text, ws, we):
            if m.end() <= last:
                continue
            if m.start() >= a.end():
                break  # an amount after this anchor is its own anchor's, read in a window whole
            hits = _hits(m, text, strict=True)
            yield from hits
            last = m.end()
        last = max(last, a.end())


#: One amount as the annotator stores it: start, end, value (integer units) and the attribute
#: dict of its Mention (``qualifier``, ``currency``, ``unit``, ``number``, then ``amount``,
#: ``range``/``range_part``, ``bounds``, ``per`` where set; docs/mentions.md).
MoneyRow = tuple[int, int, int, dict[str, Any]]


def row_of_hit(hit: MoneyHit) -> MoneyRow:
    """The row of one hit (the Mention's value and attributes, as the money annotator stores them)."""
    attrs: dict[str, Any] = {"qualifier": hit.qualifier, "currency": hit.currency,
                             "unit": hit.unit, "number": hit.number}
    value = hit.value
    if hit.amount != value:
        attrs["amount"] = format(hit.amount.normalize(), "f")
    if hit.range is not None:
        attrs["range"] = [int(hit.range[0]), int(hit.range[1])]
        attrs["range_part"] = hit.range_part
    if hit.bounds is not None:
        attrs["bounds"] = [int(hit.bounds[0]), int(hit.bounds[1])]
    if hit.per is not None:
        attrs["per"] = hit.per  # a price, not a sum
    return hit.start, hit.end, value, attrs


#: the numbers of the groups of ``_GROUPS`` in ``_RE`` and ``_RE_NO_RANGE`` (reading groups by
#: number is about three times faster than by name), and of the groups whose ends are read
_GROUP_NUMBERS = tuple(_RE.groupindex[g] for g in _GROUPS)
_PRE_GROUP, _NUM_GROUP, _MAG_GROUP, _CUR_GROUP = (_RE.groupindex[g] for g in ("pre", "num", "mag", "cur"))


#: What an amount without a range yields that depends on its match groups only (``_plan``):
#: yuan (元/圆), kuai (块), the diversified test applies, its numeral has no digit at all, the
#: group whose end is followed by the next character, the qualifier word as stripped, a
#: qualifier word was printed, bare 万/亿, the numeral starts with 百/千/万/亿, 人民币 before
#: the number, the qualifier set by ``q``/``post``, bounds were set, q or post printed, value,
#: ``amount`` attribute, bounds as ints, currency, unit, number, price unit
_Plan = tuple[bool, bool, bool, bool, int, str | None, bool, bool, bool, bool, str | None, bool, bool,
              int, str | None, tuple[int, int] | None, str, str, str, str | None]
_PLANS: dict[tuple[str | None, ...], _Plan | None | bool] = {}
#: a plan that could not be made (an exception while computing it): the match takes the plain path
_SLOW = False


def _plan(groups: tuple[str | None, ...]) -> _Plan | None:
    """The checks and values of :func:`_hits` (strict, no range) that read only the match's groups;
    None when they reject the match whatever surrounds it."""
    (pre_word, precur, lo, lomag, locur, conn, num, q, mag, cur, yuancur, sub, per_unit, noun,
     post) = groups
    mag = mag or ""
    body, nmag, number, num_digit, num_unit, bare = _number_parts(num)
    if not cur and not noun:
        return None
    smag = mag.strip()
    if smag and smag[0] in "kKwW":
        return None
    if cur == "块" and any(c in mag or c in nmag for c in "亿億"):
        return None
    if noun and not _ENDS_BIG.search(num + smag):
        return None
    if not num_digit and not (lo and _HAS_DIGIT.search(lo)) and not num_unit and not _HAS_UNIT.search(mag):
        return None
    valued = _value_memo(num, mag)
    if valued is None:
        return None
    amount, bounds = valued
    amount += _subunits(sub)
    pre0 = (pre_word or "").rstrip("达了") or None
    if bounds is None and q:
        bounds = (amount, amount + step_of(body) * _mag_value(nmag + smag))
    qual_after = None
    for word in (q, post):
        if word and word in QUALIFIERS:
            qual_after = QUALIFIERS[word]
    value = int(amount.to_integral_value(rounding=ROUND_HALF_UP))
    amount_attr = format(amount.normalize(), "f") if amount != value else None
    return (cur in ("元", "圆"), cur == "块", cur in ("元", "圆") and q == "多" and not mag,
            not _HAS_DIGIT.search(num) and not _CN_DIGIT.search(num),
            _CUR_GROUP if cur else _MAG_GROUP if mag else _NUM_GROUP, pre0, bool(pre_word), bare,
            num[:1] in "百千万亿",
            precur == "人民币", qual_after, bounds is not None, bool(q or post), value, amount_attr,
            (int(bounds[0]), int(bounds[1])) if bounds is not None else None,
            _currency(yuancur, precur, cur), nmag + smag + (cur or ""), number, per_unit)


def _row(m: re.Match[str], text: str, groups: tuple[str | None, ...]) -> MoneyRow | None | bool:
    """:func:`_hits` (strict) of a match without a range, as its row: the group-only part from
    :func:`_plan`, kept per groups, the checks on the surrounding text made here.  None when it is
    not money; ``_SLOW`` when the plain path must decide."""
    plan = _PLANS.get(groups, _SLOW)
    if plan is _SLOW and groups not in _PLANS:
        try:
            plan = _plan(groups)
        except (ValueError, KeyError, ArithmeticError):
            plan = _SLOW
        if len(_PLANS) >= _MEMO_MAX:
            _PLANS.clear()
        _PLANS[groups] = plan
    if plan is None or plan is _SLOW:
        return plan
    (yuan, kuai, div_check, div_static, end_group, pre, pre_word, bare, num_big, rmb_first, qual_after,
     has_bounds, q_or_post, value, amount_attr, bounds, currency, unit, number, per) = plan
    end = m.end(end_group)
    nxt = text[end:end + 1]
    if nxt == "级" or (yuan and nxt in _NOT_AFTER_YUAN):
        return None
    num_end = m.end(_NUM_GROUP)
    if text[num_end:num_end + 1] == "个" and _COUNTED_CLASS.match(text, m.end()):
        return None  # 6个亿元以上项目: a count of projects of a size class
    if (kuai or div_check) and nxt and "\u4e00" <= nxt <= "\u9fff":
        if kuai and nxt != "钱":
            return None
        if div_check and nxt not in _DIVERSE_OK and (div_static or text[end:end + 2] in _DIVERSE_WORDS):
            return None
    m_start = m.start()
    before = text[m_start - 1] if m_start > 0 else ""
    if not pre_word and before and before in "第每":
        return None
    if kuai and before in _PIECE_NOUN_ENDS:
        return None  # 控制板60万块: boards counted, a thing named right before the number
    if pre is not None:
        if pre in ("近", "过", "超") and before and before in "最接附通经不超越":
            pre = None
        elif pre == "约" and before and before in _YUE_VERBS:
            pre = None  # 签约58.6亿元: 约 ends the verb
        if bare and pre not in _BARE_OK:
            return None
        if bare and pre in ("过", "超", "上") and _CLASS_AFTER.match(text, m.end()):
            return None
        if pre in ("上", "破") and not (bare or (pre == "上" and num_big)
                                       or (pre == "破" and before in _BREAK_OK)):
            pre = None
    elif bare:
        return None
    if pre is None:
        lo_at = max(0, m_start - 8)
        if text.find("最", lo_at, m_start) >= 0 or text.find("不", lo_at, m_start) >= 0 \
                or text.find("至", lo_at, m_start) >= 0:
            loose = _LOOSE_PRE.search(text, lo_at, m_start)
            if loose:
                pre = loose.group(1)
    qualifier = qual_after or QUALIFIERS.get(pre, "exact") if pre else qual_after or "exact"
    if has_bounds and not (pre or q_or_post):
        qualifier = "approx"
    start = m_start
    if pre is None and pre_word:
        start = m.end(_PRE_GROUP)
    if rmb_first and not pre_word:
        start = m.start(_NUM_GROUP)
    if per is None and text.find("每", max(0, start - 6), start) >= 0:
        found = _PER_BEFORE.search(text, max(0, start - 6), start)
        per = found.group("per") if found else None
    attrs: dict[str, Any] = {"qualifier": qualifier, "currency": currency, "unit": unit, "number": number}
    if amount_attr is not None:
        attrs["amount"] = amount_attr
    if bounds is not None:
        attrs["bounds"] = [bounds[0], bounds[1]]
    if per is not None:
        attrs["per"] = per
    return start, m.end(), value, attrs


def money_rows(text: str) -> list[MoneyRow]:
    """:func:`find_money` as rows (:func:`row_of_hit`), in the same order.

    Amounts repeat across texts (``1亿元``, ``3000万元``): what a match without a range yields
    from its groups alone is kept per groups (:func:`_plan`); the checks on the text around it
    are made for every match.
    """
    rows: list[MoneyRow] = []
    last = 0
    n = len(text)
    has_conn = _CONN_CHARS.search
    back = _BACK
    for a in _ANCHOR.finditer(text):
        a_start = a.start()
        if a_start < last:
            continue
        ws = a_start
        floor = a_start - 40
        if floor < last:
            floor = last
        while ws > floor and text[ws - 1] in back:
            ws -= 1
        ws = ws - 4 if ws - 4 > floor else floor
        a_end = a.end()
        we = a_end + 14
        if we > n:
            we = n
        for m in (_RE if has_conn(text, ws, we) else _RE_NO_RANGE).finditer(text, ws, we):
            m_end = m.end()
            if m_end <= last:
                continue
            if m.start() >= a_end:
                break  # an amount after this anchor is its own anchor's (as in find_money)
            groups = m.group(*_GROUP_NUMBERS)
            row = _row(m, text, groups) if groups[5] is None else _SLOW
            if row is _SLOW:
                rows.extend(map(row_of_hit, _hits(m, text, strict=True)))
            elif row is not None:
                rows.append(row)  # type: ignore[arg-type]
            last = m_end
        if a_end > last:
            last = a_end
    if "亿" not in text and "億" not in text:
        return rows
    extra = [row_of_hit(h) for h in _noun_first(text)
             if not any(h.start < x[1] and x[0] < h.end for x in rows)]
    if extra:
        rows = sorted(rows + extra, key=itemgetter(0))
    return rows


_PARSE_PREFIX = re.compile(r"^(?:人民币|从|在)")
_PARSE_SUFFIX = re.compile(r"(?:人民币|之间)$")


def parse_money(text: str) -> MoneyHit | tuple[MoneyHit, MoneyHit]:
    """Normalize a string known to be an amount (currency defaults to CNY).

    Returns one hit, or a (low, high) pair for a range.  Raises :class:`ValueError`
    when the string is not an amount.
    """
    s = _PARSE_SUFFIX.sub("", _PARSE_PREFIX.sub("", text.strip()))
    m = _RE_PARSE.fullmatch(s)
    if not m:
        raise ValueError(f"not an amount of money: {text!r}")
    hits = _hits(m, s, strict=False)
    if not hits:
        raise ValueError(f"not an amount of money: {text!r}")
    return hits[0] if len(hits) == 1 else (hits[0], hits[1])
