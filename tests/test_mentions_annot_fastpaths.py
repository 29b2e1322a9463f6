"""Shortcuts of the money, quantity, place, organization and person annotators agree with the plain code.

Each shortcut (a per-document scan shared by several finders, results kept per
numeral or per match, a cheap test that skips a pattern or a regex where it
cannot match, bisection instead of a pass over every mention) is checked here
against the plain definition it replaced, on generated text made of the pieces
the rules care about.  The plain definitions are kept below, as first written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.core.model import Article, Document, Mention
from newsmill.plugins import annotate_orgs, annotate_people, annotate_places, annotate_quantity
from newsmill.zh import money, orgs, people, units
from newsmill.zh.gazetteer import (
    _STRONG_FIRST,
    _ZONE_FIRST,
    Gazetteer,
    PlaceMatch,
    Priors,
    _zone_suffix,
)
from newsmill.zh.numbers import split_magnitude
from newsmill.zh.wordscan import find_words

GAZ = Gazetteer.default()

_NUMERIC_PIECES = [
    "1", "2", "35", "4.5", "1,200", "0", "2024", "一", "二", "两", "三", "十", "百", "千", "万", "亿", "萬",
    "零", "几", "数", "元", "圆", "块", "美元", "港币", "人民币", "约", "近", "超过", "不低于", "最高", "达",
    "余", "多", "以上", "左右", "以内", "至", "到", "~", "-", "—", "%", "人", "个", "名", "吨", "千瓦",
    "千瓦时",
    "瓦", "克", "米", "亩", "家", "户", "所", "片", "台套", "个就业岗位", "平方米", "kW", "MW", "p", "投资",
    "营收", "产值", "GDP", "，", "。", "、", "）", " ", "\n", "第", "每", "周", "玉", "大", "年", "月", "日",
    "的", "项目", "企业", "区", "级", "/", "吨/年", "角", "分", "整",
]
numeric_text = st.lists(st.sampled_from(_NUMERIC_PIECES), max_size=40).map("".join)


# -- quantities ------------------------------------------------------------------------------

def _plain_quantity_matches(text: str) -> Iterator[re.Match[str]]:
    """The match loop as first written: the pattern tried at every numeral run."""
    last = 0
    for s in units._Q_START.finditer(text):
        i = s.start()
        if i < last:
            continue
        pre = units._Q_PRE.search(text, max(last, i - 3), i) if i and text[i - 1] in units._Q_PRE_LAST \
            else None
        m = units._Q_RE.match(text, pre.start() if pre else i)
        if m is not None:
            last = m.end()
            yield m


@settings(max_examples=400)
@given(numeric_text)
@example("5千瓦")
@example("三千克")
@example("2024年3月，共3,200名、12个项目")
def test_quantity_runs_skipped_are_runs_the_pattern_cannot_match(text: str) -> None:
    assert [(m.span(), m.groups()) for m in units._quantity_matches(text)] == \
        [(m.span(), m.groups()) for m in _plain_quantity_matches(text)]


@settings(max_examples=400)
@given(numeric_text)
@example("米3米，玉米3米")
@example("第3家、每5人、周2次，3.5个")
def test_quantity_rows_are_the_hits_of_find_quantities(text: str) -> None:
    plain = [(h.start, h.end, format(h.value.normalize(), "f"), h.unit, h.dimension, h.printed_unit,
              h.number, h.qualifier) for h in units.find_quantities(text)]
    assert units.quantity_rows(text) == plain
    assert units.quantity_rows(text) == plain  # a second time, from the kept readings



def _plain_claimed(doc: Document, spans: list[tuple[int, int]]) -> list[bool]:
    """Whether a claimed mention covers each span, by the mask first written."""
    taken = bytearray(len(doc.clean))
    for m in doc.mentions:
        if m.kind in annotate_quantity._CLAIMED:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return [1 in taken[s:e] for s, e in spans]


@settings(max_examples=300)
@given(numeric_text, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8),
                                        st.sampled_from(["money", "percent", "date", "place"])), max_size=8))
@example("300人，5家、12个", [(0, 1, "money"), (4, 0, "date"), (5, 3, "place"), (8, 9, "percent")])
def test_quantities_under_claimed_spans_are_those_the_mask_finds(
        text: str, spans: list[tuple[int, int, str]]) -> None:
    doc = Document.from_text(text, source="t")
    doc.mentions = [Mention(kind, min(s, len(text)), min(s + n, len(text))) for s, n, kind in spans]
    rows = units.quantity_rows(text)
    kept = [r for r, hidden in zip(rows, _plain_claimed(doc, [(r[0], r[1]) for r in rows]))
            if not hidden]
    assert [(m.start, m.end, m.value) for m in annotate_quantity.newsmill_annotate(doc)] == \
        [(r[0], r[1], r[2]) for r in kept]

# -- money -----------------------------------------------------------------------------------

def _plain_currency(m: re.Match[str]) -> str:
    if m.group("yuancur"):
        return money.CURRENCIES[m.group("yuancur")]
    if m.group("precur") and m.group("cur") in (None, "元", "圆"):
        return money.CURRENCIES[m.group("precur")]
    if m.group("cur"):
        return money.CURRENCIES[m.group("cur")]
    if m.group("precur"):
        return money.CURRENCIES[m.group("precur")]
    return "CNY"


def _plain_hits(m: re.Match[str], text: str, strict: bool) -> list[money.MoneyHit]:
    """Turn one regex match into hits, or [] when it is not money."""
    num, mag = m.group("num"), m.group("mag") or ""
    cur = m.group("cur")
    if strict:
        if not cur and not m.group("noun"):
            return []
        if mag.strip() and mag.strip()[0] in "kKwW":
            return []
        end = m.end("cur") if cur else m.end("mag") if mag else m.end("num")
        nxt = text[end:end + 1]
        if cur in ("元", "圆") and nxt in money._NOT_AFTER_YUAN:
            return []
        if nxt == "级":
            return []  # 百亿元级产业 names a size class; no sum is stated
        if cur == "块" and nxt and ("\u4e00" <= nxt <= "\u9fff") and nxt != "钱":
            return []
        if cur in ("元", "圆") and m.group("q") == "多" and not m.group("mag") and nxt \
                and "\u4e00" <= nxt <= "\u9fff" and nxt not in money._DIVERSE_OK \
                and money._diversified(num, text[end:end + 2]):
            return []  # 千亿多元产业: diversified, not "more than … yuan"
        if m.group("noun"):
            if not money._ENDS_BIG.search(num + mag.strip()) or text[end:end + 1] == "级":
                return []
        if not money._HAS_DIGIT.search(num + (m.group("lo") or "")) and not money._HAS_UNIT.search(num + mag):
            return []  # a lone Chinese digit before 元 (三元里, 一元化)
        if m.start() > 0 and text[m.start() - 1] in "第每" and not m.group("pre"):
            return []
    try:
        amount, bounds = money._value(num, mag)
    except (ValueError, KeyError, ArithmeticError):
        return []
    amount += money._subunits(m.group("sub"))
    q = m.group("q")
    post = m.group("post")
    pre = (m.group("pre") or "").rstrip("达了") or None
    if strict and pre in ("近", "过", "超") and m.start() > 0 and text[m.start() - 1] in "最接附通经不超越":
        pre = None  # 最近 / 通过 / 不超: not a qualifier of this amount
    bare = num.strip() in money._BARE_UNITS
    if bare and pre not in money._BARE_OK:
        return []  # 亿元以上企业: no number at all
    if pre in ("上", "破") and not (bare or (pre == "上" and num[:1] in "百千万亿")
                                   or (pre == "破" and text[m.start() - 1:m.start()] in money._BREAK_OK)):
        pre = None  # 上/破 qualify only 上亿元, 破亿元, 上百亿元, and 首破/再破 a number
    if strict and pre is None and not m.group("lo"):
        loose = money._LOOSE_PRE.search(text, max(0, m.start() - 8), m.start())
        if loose:
            pre = loose.group(1)
    qualifier = "exact"
    for word in (pre, q, post):
        if word and word in money.QUALIFIERS:
            qualifier = money.QUALIFIERS[word]
    body, nmag = money.split_magnitude(num)
    if bounds is None and q:
        step = money.step_of(body) * money._mag_value(nmag + mag.strip())
        bounds = (amount, amount + step)
    if bounds is not None and not (pre or post or q):
        qualifier = "approx"
    currency = _plain_currency(m)
    unit = nmag + mag.strip() + (cur or "")
    number = body.replace(",", "").replace("，", "").replace(" ", "")
    start = m.start()
    end = m.end()
    if pre is None and m.group("pre"):
        start = m.end("pre")
    if m.group("precur") == "人民币" and not m.group("pre"):  # a foreign currency stays in the surface
        start = m.start("num") if not m.group("lo") else m.start("lo")
    if m.group("conn") is None:
        per = m.group("per")
        if per is None and strict:
            before = money._PER_BEFORE.search(text, max(0, start - 6), start)
            per = before.group("per") if before else None
        return [money.MoneyHit(start, end, amount, currency, qualifier, unit, number, bounds, per=per)]
    lo, lomag, locur = m.group("lo"), m.group("lomag") or "", m.group("locur")
    try:
        if not lomag and not locur:
            body, hmag = money.split_magnitude(num + mag.strip())
            single = re.fullmatch(r"([一二两三四五六七八九])([十百千拾佰仟])", body)
            # 两到三千 = 2000–3000, 八到九百亿 = 800–900亿
            if single and re.fullmatch(r"[一二两三四五六七八九1-9]", lo):
                body, hmag = single.group(1), single.group(2) + hmag
            inherit = hmag
            try:
                if money.parse_number(lo) >= money.parse_number(body):
                    inherit = ""
            except ValueError:
                pass
            low, _ = money._value(lo, inherit)
        else:
            low, _ = money._value(lo, lomag)
    except (ValueError, KeyError, ArithmeticError):
        return []
    if low >= amount:
        return []
    rng = (low, amount)
    lo_end = m.end("locur") if locur else m.end("lomag") if lomag else m.end("lo")
    lo_start = m.start("pre") if m.group("pre") else m.start("lo")
    lo_unit = (lomag + (locur or "")) if (lomag or locur) else unit
    return [
        money.MoneyHit(lo_start, lo_end, low, currency, qualifier, lo_unit,
                 lo.replace(",", ""), None, rng, "low", m.group("per")),
        money.MoneyHit(m.start("num"), end, amount, currency, qualifier, unit, number, bounds, rng, "high",
                 m.group("per")),
    ]


def _amount_windows(text: str) -> list[re.Match[str]]:
    return list(money._RE.finditer(text)) + list(money._RE_PARSE.finditer(text))


@settings(max_examples=400)
@given(numeric_text)
@example("2万元至20万元")
@example("约3000多万元人民币，两到三千亿元")
@example("每吨3000元，28.11元/股，5元3角2分")
@example("首破500亿元，跌破100亿元，上百亿元，亿元以上")
def test_money_hits_read_from_all_groups_at_once_are_the_plain_hits(text: str) -> None:
    for m in money._RE.finditer(text):
        assert money._hits(m, text, True) == _plain_hits(m, text, True)
    for m in money._RE_PARSE.finditer(text):
        assert money._hits(m, text, False) == _plain_hits(m, text, False)


@settings(max_examples=300)
@given(numeric_text, st.integers(0, 40), st.integers(0, 60))
@example("3000多万元人民币", 0, 20)
def test_money_pattern_without_the_range_part_where_no_connector_can_be_seen(
        text: str, pos: int, end: int) -> None:
    if money._CONN_CHARS.search(text, pos, end) is None:
        def groups(p: re.Pattern[str]) -> list:
            return [(m.span(), m.regs, m.groupdict()) for m in p.finditer(text, pos, end)]
        assert groups(money._RE_NO_RANGE) == groups(money._RE)


@settings(max_examples=300)
@given(numeric_text)
@example("2万元至20万元，3亿元")
def test_money_found_as_with_the_full_pattern_everywhere(text: str) -> None:
    fast = list(money.find_money(text))
    with mock.patch.object(money, "_RE_NO_RANGE", money._RE):
        assert fast == list(money.find_money(text))


def test_the_connector_characters_are_those_of_the_connector_words() -> None:
    words = money._CONN.replace("{1,2}", "").split("|")
    assert set("".join(words)) == set(money._CONN_CHARS.pattern[1:-1])


@given(st.lists(st.sampled_from(["1", "3.5", "1,200", "一", "两", "十", "百", "千", "万", "亿", "几", "数",
                                 "五", "八", "九", " ", "kw", "余"]), min_size=1, max_size=6).map("".join),
       st.sampled_from(["", "万", "亿", "万亿", " 亿", "千万", "k"]))
def test_kept_values_and_number_parts_are_computed_ones(num: str, mag: str) -> None:
    try:
        expected = money._value(num, mag)
    except (ValueError, KeyError, ArithmeticError):
        expected = None
    assert money._value_memo(num, mag) == expected
    assert money._value_memo(num, mag) == expected
    body, nmag = split_magnitude(num)
    has_unit = bool(re.search("[十百千万亿萬億拾佰仟]", num))
    assert money._number_parts(num) == (body, nmag, body.replace(",", "").replace("，", "").replace(" ", ""),
                                        bool(re.search("[0-9]", num)), has_unit,
                                        num.strip() in ("万", "亿", "萬", "億"))


def test_bound_words_before_an_amount_start_with_the_characters_looked_for() -> None:
    words = money._LOOSE_PRE.pattern[1:money._LOOSE_PRE.pattern.index(")")].split("|")
    assert {w[0] for w in words} == {"最", "不", "至"}
    assert money._PER_BEFORE.pattern.startswith("每")


# -- people ----------------------------------------------------------------------------------

_PEOPLE_PIECES = [
    *people._TITLE_LIST[:40], "记者", "通讯员", "实习生", "摄影", "编辑", "文/图", "文/", "图/", "说", "表示",
    "告诉记者", "同志", "先生", "总理", "书记", "张", "王", "李明", "欧阳", "陈家", "某", "，", "：", ":",
    "。",
    "\n", " ", "(", ")", "（", "）", "讯", "电", "□", "■", "▲", "在", "和", "市委", "自贡",
]
people_text = st.lists(st.sampled_from(_PEOPLE_PIECES), max_size=40).map("".join)


def _alternatives(pattern: re.Pattern[str]) -> set[str]:
    """The words of a pattern that starts with a plain alternation."""
    body = pattern.pattern
    if body.startswith("(?:"):
        body = body[3:body.index(")")]
    return set(body.split("|"))


def test_cue_sets_are_the_words_the_four_scans_start_with() -> None:
    credit, after, say, title, paren, marks = (set(words) for words in people._CUE_SETS)
    assert credit == _alternatives(people._CREDIT)
    assert after == _alternatives(people._AFTER_TITLE)
    assert say == _alternatives(people._SAYS)
    assert title == set(people._TITLE_LIST)
    assert paren == set(people._PAREN.pattern[1:3])
    assert marks == set(people._AUTHOR_MARKS) == set(people._AUTHOR_LINE.pattern[2:7])


@settings(max_examples=400)
@given(people_text)
@example("本报记者 张某 通讯员 李明 报道。市委书记王某说：")
def test_scans_from_cue_positions_are_the_full_scans(text: str) -> None:
    credit, after, say, title, paren, marks = people.cue_starts(text)
    for pattern, starts in ((people._CREDIT, credit), (people._AFTER_TITLE, after),
                            (people._SAYS, say), (people._TITLE_RE, title)):
        assert [(m.span(), m.group()) for m in people.matches_at(pattern, text, starts)] == \
            [(m.span(), m.group()) for m in pattern.finditer(text)]
    assert people.find_reporters(text, credit) == people.find_reporters(text)
    assert people.find_officials(text, title) == people.find_officials(text)
    assert people.find_named(text, after, say) == people.find_named(text)
    assert [(m.span(), m.group()) for m in people.matches_at(people._PAREN, text, paren)] == \
        [(m.span(), m.group()) for m in people._PAREN.finditer(text)]
    assert people.find_bylines(text, paren, bool(marks)) == people.find_bylines(text)


@given(people_text)
def test_find_people_is_the_plain_composition(text: str) -> None:
    found = people.find_bylines(text)
    spans = [(p.start, p.end) for p in found]
    for p in [*people.find_reporters(text), *people.find_officials(text), *people.find_named(text)]:
        if not any(a < p.end and p.start < b for a, b in spans):
            found.append(p)
            spans.append((p.start, p.end))
    assert people.find_people(text) == sorted(found, key=lambda p: p.start)


def _plain_title_attrs(doc: Document, p: people.PersonMatch) -> dict[str, str]:
    """The person plugin's ``_title_attrs`` as first written (a pass over every mention)."""
    if not p.title:
        return {}
    out = {"title": p.title}
    if p.title_start >= 0:
        title_end = p.title_start + len(p.title)
        before = [m for m in doc.mentions if m.kind in ("org", "place")
                  and m.start < p.title_start <= m.end <= title_end]
        if before:
            best = min(before, key=lambda m: (m.kind != "org", m.start))
            value = best.value
            out["of"] = value.get("name") if isinstance(value, dict) else str(value)
    return out


_spans = st.tuples(st.integers(0, 30), st.integers(0, 6), st.sampled_from(["org", "place", "money"]))


@given(st.lists(_spans, max_size=25), st.integers(0, 30), st.integers(1, 5))
def test_title_owner_by_bisection_is_the_pass_over_every_mention(
        rows: list[tuple[int, int, str]], title_start: int, title_len: int) -> None:
    mentions = [Mention(kind, s, s + n, {"name": f"{kind}{i}"} if kind == "place" else f"{kind}{i}")
                for i, (s, n, kind) in enumerate(rows)]
    doc = Document(id="d", source="s", raw="", mentions=mentions)
    person = people.PersonMatch(40, 42, "张某", "official", "书" * title_len, title_start)
    owners = annotate_people._TitleOwners(mentions)
    assert annotate_people._title_attrs(owners, person) == _plain_title_attrs(doc, person)


# -- organizations ---------------------------------------------------------------------------

_ORG_PIECES = [
    "局", "委", "部", "厅", "办公室", "政府", "公司", "有限公司", "集团", "银行", "市", "县", "区", "省",
    "州", "统计", "应急", "组织", "宣传", "商务", "发改", "经济和信息化", "自贡市", "四川美裕", "美裕",
    "科技", "全", "内", "东", "格", "结", "的", "与", "和", "签约", "\n", "，", "。", " ",
]
org_text = st.lists(st.sampled_from(_ORG_PIECES), max_size=30).map("".join)


@settings(max_examples=300)
@given(org_text)
@example("统计\n局")
def test_government_core_test_only_skips_windows_the_regex_rejects(text: str) -> None:
    for hi in range(len(text) + 1):
        if orgs._GOV_CORE_END.search(text, max(0, hi - 4), hi):
            assert hi > 0 and text[hi - 1] in orgs._GOV_CORE_LAST


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=12), st.integers(0, 20),
       st.integers(0, 22))
def test_place_at_a_name_start_by_bisection(places: list[tuple[int, int]], start: int,
                                            sfx_start: int) -> None:
    places = sorted(places)
    i = bisect_left(places, (start, sfx_start - 1))
    assert (i < len(places) and places[i][0] == start) == \
        any(ps == start and pe >= sfx_start - 1 for ps, pe in places)


def _plain_org_mentions(doc: Document) -> list[Mention]:
    """Organization mentions of a document (short forms resolved within each article)."""
    text = doc.clean
    places = sorted((m.start, m.end) for m in doc.mentions if m.kind == "place")
    found = orgs.find_orgs(text, places)
    starts = [p[0] for p in places]
    place_names: dict[str, list[str]] = {}
    for o in found:
        lo, hi = bisect_left(starts, o.start), bisect_left(starts, o.end)
        place_names[o.name] = [text[s:e] for s, e in places[lo:hi] if e <= o.end]
    spans = [(a.start, a.end) for a in doc.articles] or [(0, len(text))]
    shorts = []
    org_starts = [o.start for o in found]  # find_orgs returns names in text order
    for s, e in spans:
        inside = [o for o in found[bisect_left(org_starts, s):bisect_left(org_starts, e)] if o.end <= e]
        shorts += orgs.find_short_forms(text, inside, place_names, s, e)
    out = []
    for o in sorted([*found, *shorts], key=lambda o: o.start):
        attrs = {"type": o.type}
        if o.short_for:
            attrs["short_for"] = o.short_for
        out.append(Mention("org", o.start, o.end, o.name, attrs))
    return out


def _doc(text: str, cuts: list[int], places: bool = True, dateline: str | None = None) -> Document:
    """A document of ``text`` with articles between the cut points (the first with ``dateline``),
    and its place mentions."""
    doc = Document.from_text(text, source="t")
    doc.text = text
    bounds = sorted({0, len(text), *(c for c in cuts if c < len(text))})
    doc.articles = [Article(start=a, end=b) for a, b in zip(bounds, bounds[1:]) if b > a]
    if doc.articles:
        doc.articles[0].dateline = dateline
    if places:
        doc.mentions = annotate_places.newsmill_annotate(doc=doc, options={})
    return doc


@settings(max_examples=300)
@given(org_text, st.lists(st.integers(0, 60), max_size=3))
@example("自贡市经济和信息化局与四川美裕科技有限公司签约。美裕科技表示", [])
def test_org_mentions_without_short_forms_work_are_the_plain_ones(text: str, cuts: list[int]) -> None:
    a, b = _doc(text, cuts), _doc(text, cuts)
    got = annotate_orgs.org_mentions(a)
    assert got == _plain_org_mentions(b)



@given(st.lists(st.sampled_from(["四川", "成都", "美裕", "中际", "实业", "集团", "股份", "有限公司", "科技",
                                 "新能源", "发展", "银行", "公司"]), min_size=1, max_size=6).map("".join),
       st.lists(st.sampled_from(["四川", "成都", "自贡"]), max_size=2))
def test_kept_short_forms_are_the_computed_ones(name: str, prefixes: list[str]) -> None:
    assert orgs._kept_short_forms(name, tuple(prefixes)) == tuple(orgs.short_forms(name, prefixes))
    assert orgs._kept_short_forms(name, tuple(prefixes)) == tuple(orgs.short_forms(name, prefixes))


@given(org_text, st.lists(st.tuples(st.integers(0, 30), st.integers(0, 6)), max_size=8), st.integers(0, 30),
       st.integers(0, 30))
def test_anchor_with_place_starts_is_the_tuple_search(text: str, spans: list[tuple[int, int]], start: int,
                                                      suffix_start: int) -> None:
    places = sorted((s, s + n) for s, n in spans)
    assert orgs._anchor(text, start, suffix_start, places, [p[0] for p in places]) == \
        orgs._anchor(text, start, suffix_start, places)

# -- places ----------------------------------------------------------------------------------

_PLACE_PIECES = [
    "自贡", "自贡市", "成都", "新华社", "发", "12月1日", "沿滩区", "沿滩", "广元", "青川县", "青川",
    "四川省", "绵阳", "游仙", "宜宾", "临港",
    "经开区", "高新区", "经济技术开发区", "新区", "本报", "讯", "电", "记者", "籍", "的", "在", "和", "合作",
    "，", "。", "\n", " ", "3月5日",
]
place_text = st.lists(st.sampled_from(_PLACE_PIECES), max_size=40).map("".join)


@settings(max_examples=300)
@given(place_text)
def test_zone_suffix_test_only_skips_positions_without_a_suffix(text: str) -> None:
    for end in range(len(text) + 1):
        if _zone_suffix(text, end) is not None:
            assert text[end:end + 1] in _ZONE_FIRST or text[end + 2:end + 3] in _STRONG_FIRST



@settings(max_examples=300)
@given(place_text)
@example("本报自贡3月5日讯 记者")
@example("新华社成都电 发电量")
def test_dateline_test_only_skips_heads_without_one(text: str) -> None:
    plain = []
    if "讯" in text or "电" in text:
        for m in GAZ.find(text):
            assert text[m.end - 1] in GAZ.end_chars
            if annotate_places._DATELINE_AFTER.match(text, m.end):
                plain = [m.division.key]
                break
    assert annotate_places.dateline_keys(GAZ, text, None) == plain

@given(place_text)
def test_quick_priors_are_the_plain_loop(text: str) -> None:
    found = GAZ.candidates(text)
    plain = Priors()
    for _s, _e, cands, _sfx in found:
        if len(cands) == 1:
            d = GAZ.divisions[cands[0][0]]
            if d.level in ("province", "prefecture"):
                plain.add(d.key, 0.25)
    assert GAZ.quick_priors(found).keys == plain.keys


def _plain_zone_value(m: PlaceMatch) -> dict:
    """The value of a zone built on a place and a suffix, as first written (no memo)."""
    d = m.division
    zone = GAZ.get(GAZ._zone_codes.get((GAZ._zone_parent(d).key, m.zone_type or "")))
    return {"name": m.zone_name, "code": zone.code if zone else None, "level": "zone",
            **GAZ.parts(d.key), "parent_code": d.code, "zone_type": m.zone_type}


@settings(max_examples=300)
@given(place_text, st.sampled_from([1, 2, 4096]))
@example("宜宾临港经开区和广元经开区、自贡高新区，绵阳游仙经开区", 1)
def test_remembered_zone_values_are_computed_ones(text: str, room: int) -> None:
    with mock.patch("newsmill.zh.gazetteer._ZONE_VALUES_MAX", room), \
            mock.patch.object(GAZ, "_zone_values", {}):
        for m in GAZ.find(text, Priors({"510000": 3.0})):
            if m.zone_name:
                first, again = GAZ.value(m), GAZ.value(m)
                assert first == again == _plain_zone_value(m)
                first["name"] = "changed"  # each call hands out its own dict
                assert GAZ.value(m) == _plain_zone_value(m)
                assert len(GAZ._zone_values) <= room


def test_support_of_each_reading_is_the_plain_rule() -> None:
    for cands in GAZ._cands:
        for key, form in cands:
            d = GAZ.divisions[key]
            plain = () if form == "alias" and d.level == "county" else tuple(a.key for a in GAZ.lineage(key))
            assert GAZ._support_of(key, form) == plain


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(1, 4)), max_size=10), st.integers(0, 40))
def test_cover_by_bisection_is_the_set_of_covered_positions(gaps: list[tuple[int, int]], pos: int) -> None:
    found, at = [], 0
    for gap, length in gaps:  # matches in text order, not overlapping
        found.append(PlaceMatch(at + gap, at + gap + length, GAZ.divisions["510300"], "full"))
        at += gap + length
    covered = {i for m in found for i in range(m.start, m.end)}
    starts = [m.start for m in found]
    i = bisect_right(starts, pos) - 1
    assert (i >= 0 and pos < found[i].end) == (pos in covered)


def _plain_place_mentions(doc: Document, gaz: Gazetteer, region: str = "") -> Iterator[Mention]:
    """Every place mention of a document, article by article."""
    text = doc.clean
    found = gaz.candidates(text)
    base = annotate_places.page_priors(gaz, found, region)
    dl = {(a.start, a.end): a.dateline for a in doc.articles}
    starts = [c[0] for c in found]
    backrefs = find_words(text, annotate_places._ZONE_BACKREF_WORDS)  # bare 经开区/高新区 of the page
    backref_starts = [b[0] for b in backrefs]
    for s, e in annotate_places._spans(doc):
        pri = Priors(dict(base.keys))
        # the dateline is looked for in the head of the article only
        head = text[s:min(e, s + annotate_places._DATELINE_HEAD)]
        for key in annotate_places.dateline_keys(gaz, head, dl.get((s, e))):
            for anc in gaz.lineage(key):
                pri.add(anc.key, 2.0)
        inside = [c for c in found[bisect_left(starts, s):bisect_left(starts, e)] if c[1] <= e]
        matches = gaz.resolve(text, inside, pri)
        for m in matches:
            attrs: dict = {"form": m.form}
            if m.ambiguous:
                attrs["alternatives"] = list(m.ambiguous)
            yield Mention("place", m.start, m.end, gaz.value(m), attrs)
        if backrefs:
            hits = [b for b in backrefs[bisect_left(backref_starts, s):bisect_left(backref_starts, e)]
                    if b[1] <= e]
            if hits:
                yield from _plain_zone_backrefs(gaz, hits, matches)


def _plain_zone_backrefs(gaz: Gazetteer, hits: Sequence[tuple[int, int, str]],
                   found: list[PlaceMatch]) -> Iterator[Mention]:
    """Bare 经开区/高新区 (``hits``: their spans in one article) after a named zone of that
    kind in the same article (``found``: the article's place matches)."""
    zones = [(m.start, m.end, gaz.value(m)) for m in found
             if m.zone_name and m.zone_type in ("econ_dev", "high_tech")]
    if not zones:
        return
    covered = {i for m in found for i in range(m.start, m.end)}
    for start, end, word in hits:
        if start in covered or end - 1 in covered:
            continue
        kind = "high_tech" if word == "高新区" else "econ_dev"
        before = [z for z in zones if z[1] <= start and z[2].get("zone_type") == kind]
        if before:
            value = before[-1][2]
            yield Mention("place", start, end, dict(value),
                          {"form": "short", "short_for": value["name"]})


@settings(max_examples=300)
@given(place_text, st.lists(st.integers(0, 80), max_size=3), st.sampled_from(["", "四川省", "510300"]),
       st.sampled_from([None, "自贡", "青川"]))
@example("本报自贡讯 自贡高新区和沿滩区合作。高新区在青川。", [], "", None)
@example("宜宾临港经开区\n\n广元经开区。经开区", [8], "四川省", "自贡")
def test_place_mentions_are_the_plain_ones(text: str, cuts: list[int], region: str,
                                           dateline: str | None) -> None:
    doc = _doc(text, cuts, places=False, dateline=dateline)
    plain = list(_plain_place_mentions(doc, GAZ, region))
    assert list(annotate_places.place_mentions(doc, GAZ, region)) == plain
