"""Shortcuts of the money and quantity annotators agree with the plain code paths.

``money_rows`` keeps what a match yields from its groups alone and checks the text around
it for every match; ``find_money`` with ``row_of_hit`` is the plain path it must reproduce,
on generated text made of the pieces the rules care about and on the corpus pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.core.model import Document
from newsmill.plugins import annotate_money, annotate_quantity
from newsmill.zh import money, units

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

_MONEY_PIECES = [
    "1", "2", "35", "4.5", "1,200", "0", "2024", "一", "二", "两", "三", "五", "八", "九", "十", "百", "千",
    "万", "亿", "萬", "億", "零", "几", "数", "k", "w", " ", "元", "圆", "块", "钱", "美元", "港币", "港元",
    "人民币", "新台币", "卢布", "美金", "欧元", "约", "近", "超过", "超", "过", "上", "破", "首", "跌", "逾",
    "不低于", "最高", "最低", "不超过", "至少", "达", "了", "余", "多", "以上", "左右", "以内", "(含)", "至",
    "到", "-", "~", "投资", "营收", "产值", "资金", "GDP", "，", "。", "、", "第", "每", "股", "吨", "/",
    "角", "分", "整", "级", "旦", "化", "产业", "发展", "的", "项目", "企业", "重大", "接", "通", "最",
    "单元", "货币", "板块", "公元", "卢比", "法国", "美国", "市值", "规模", "资产",
]
money_text = st.lists(st.sampled_from(_MONEY_PIECES), max_size=40).map("".join)


def _plain_rows(text: str) -> list[money.MoneyRow]:
    return [money.row_of_hit(h) for h in money.find_money(text)]


@settings(max_examples=600)
@given(money_text)
@example("约3000多万元人民币，两到三千亿元，首破500亿元，上百亿元，过亿元项目")
@example("每吨3000元，16.25元/股，5元3角2分，最高补贴200万元，千亿多元产业，3万多元补贴")
@example("人民币5亿元，三元里，30亿块芯片，三万块。营收超1.5万亿，")
def test_money_rows_are_the_plain_hits(text: str) -> None:
    plain = _plain_rows(text)
    assert money.money_rows(text) == plain
    assert money.money_rows(text) == plain  # a second time, from the kept plans
    money._PLANS.clear()
    assert money.money_rows(text) == plain


#: one phrase for each check on the text around an amount (the character after it, before it,
#: a bound word or a price a few characters before it, a class of projects after it)
_CONTEXT_PHRASES = [
    "每3000元", "第1亿元", "千亿多元集团", "两千亿多元产业", "3万多元补贴", "百亿元级产业", "元旦100元素",
    "30亿块芯片", "三万块钱", "三万块。", "5块地", "最近3亿元", "通过5000万元", "不超10亿元", "接近3亿元",
    "过亿元项目", "超亿元的企业", "上亿元", "破亿元", "首破500亿元", "跌破100亿元", "上百亿元", "上3亿元",
    "亿元以上企业", "最高补贴200万元", "不超过每户5万元", "至多各1万元", "每吨3000元", "每股收益0.5元",
    "16.25元/股", "人民币5亿元", "约人民币5亿元", "港币3亿元", "超过人民币2亿元", "1.5万亿元GDP",
    "投资3亿产值", "5亿投资", "8k元", "3w元", "一元化", "三元里", "5元3角2分", "近几十万元", "数亿元",
    "十几万元", "三五百万元", "八九亿元", "3000多万元", "1万余元左右", "十二元",
]


@pytest.mark.parametrize("phrase", _CONTEXT_PHRASES)
@pytest.mark.parametrize("before", ["", "，", "项目", "最", "不", "的"])
def test_money_rows_of_each_context_rule(phrase: str, before: str) -> None:
    for text in (before + phrase, before + phrase + "，", phrase + before):
        assert money.money_rows(text) == _plain_rows(text)


def test_a_plan_that_cannot_be_made_leaves_the_match_to_the_plain_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "投资3000万元，补贴5元3角"
    plain = _plain_rows(text)
    money._PLANS.clear()

    def broken(_: object) -> None:
        raise ValueError("no plan")
    monkeypatch.setattr(money, "_plan", broken)
    assert money.money_rows(text) == plain
    assert set(money._PLANS.values()) == {money._SLOW}
    money._PLANS.clear()


def test_local_dollars_set_on_rows_as_on_hits() -> None:
    text = "台湾地区投资新台币500亿元，另有投资总额逾3,200亿元，100美元"
    mentions = annotate_money.newsmill_annotate(Document.from_text(text))
    assert [m.attributes["currency"] for m in mentions] == ["TWD", "TWD", "USD"]
    assert [(m.start, m.end, m.value, m.attributes) for m in mentions][1:] == \
        [(s, e, v, {**a, "currency": "TWD" if a["currency"] == "CNY" else a["currency"]})
         for s, e, v, a in _plain_rows(text)][1:]


def _shared_texts() -> list[str]:
    texts = [p.read_text("utf-8") for p in sorted((SHARED / "corpus").glob("*.txt"))]
    briefs = SHARED / "external" / "fincuge-finna-news" / "articles.jsonl"
    if briefs.is_file():
        with briefs.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i % 7 == 0:
                    a = json.loads(line)
                    texts.append(f"{a['headline']}\n\n{a['body']}")
    return texts


def test_money_rows_on_real_pages_and_briefs() -> None:
    texts = _shared_texts()
    if not texts:
        pytest.skip("shared data absent")
    money._PLANS.clear()
    for text in texts:
        assert money.money_rows(text) == _plain_rows(text)


# -- quantities ------------------------------------------------------------------------------

_QUANTITY_PIECES = [
    *units.UNITS, "1", "25", "3.5", "1,200", "一", "两", "十", "百", "千", "万", "亿", "余", "多", "约", "近",
    "超过", "以上", "左右", "以内", "月", "百分点", "区", "p", "x", "，", " ", "第", "每", "元", "美元", "例",
    "股", "克", ".", ",", "\n",
]
quantity_text = st.lists(st.sampled_from(_QUANTITY_PIECES), max_size=30).map("".join)
_FLAT_Q_RE = re.compile(units._Q_RE.pattern.replace(units._UNIT_ALT, units._UNIT_FLAT))


@settings(max_examples=400)
@given(quantity_text)
@example("3个就业岗位，5个基点，2千瓦时，4兆瓦，10吨/年，7台套")
def test_units_grouped_by_first_character_match_as_the_flat_alternation(text: str) -> None:
    assert _FLAT_Q_RE.pattern != units._Q_RE.pattern
    for i in range(len(text)):
        fast, flat = units._Q_RE.match(text, i), _FLAT_Q_RE.match(text, i)
        assert (fast and (fast.span(), fast.groups())) == (flat and (flat.span(), flat.groups()))


def test_grouped_alternation_keeps_the_order_within_each_first_character() -> None:
    grouped = units._by_first_character(["千瓦时", "千瓦", "吨/年", "千克", "吨", "个"])
    assert grouped == "千(?:瓦时|瓦|克)|吨(?:/年|)|个"
    assert re.fullmatch(grouped, "吨/年") and re.match(grouped, "千瓦时").group() == "千瓦时"


@settings(max_examples=300)
@given(quantity_text)
@example("12.36亿元，三千克，两千米，5千克，3万美元的2万例")
@example("一万千瓦时，二十三万亩，两万吨")  # a Chinese numeral keeps its magnitude in the unit
def test_quantity_spans_are_the_rows_of_find_quantities(text: str) -> None:
    plain = [(h.start, h.end, format(h.value.normalize(), "f"), h.unit, h.dimension, h.printed_unit,
              h.number, h.qualifier) for h in units.find_quantities(text)]
    units._KEPT.clear()
    for _ in range(2):  # computed, then kept
        spans = units.quantity_spans(text)
        assert [(s, e, v, a["unit"], a["dimension"], a["printed_unit"], a["number"], a["qualifier"])
                for s, e, v, a in spans] == plain
        keys = ["unit", "dimension", "printed_unit", "number", "qualifier"]
        assert [list(a) for *_, a in spans] == [keys] * len(spans)


def test_each_quantity_mention_gets_its_own_attributes() -> None:
    doc = Document.from_text("新增3家企业，又有3家企业落户")
    first = annotate_quantity.newsmill_annotate(doc)
    assert len(first) == 2 and first[0].attributes is not first[1].attributes
    first[0].attributes["unit"] = "changed"
    again = annotate_quantity.newsmill_annotate(doc)
    assert [m.attributes["unit"] for m in again] == ["家", "家"]


def test_both_amount_patterns_number_their_groups_alike() -> None:
    assert money._RE.groupindex == money._RE_NO_RANGE.groupindex
    m = money._RE_NO_RANGE.search("约人民币12.36亿元")
    assert m is not None and m.group(*money._GROUP_NUMBERS) == m.group(*money._GROUPS)


@settings(max_examples=600)
@given(quantity_text)
@example("12.36亿元，3万美元，2万例，5千克，三千瓦，三千克，两千米，1,2.个，7 万吨，一千")
def test_runs_dropped_for_want_of_a_unit_start_no_quantity(text: str) -> None:
    runs = [m.span() for m in units._Q_RUN.finditer(text)]
    kept = [m.span() for m in units._Q_RUN_UNIT.finditer(text)]
    assert set(kept) <= set(runs)
    for i, _ in set(runs) - set(kept):
        for p in range(max(0, i - 3), i + 1):  # at the run, or after a qualifier word before it
            m = units._Q_RE.match(text, p)
            assert m is None or m.start("num") != i


# -- percentages -----------------------------------------------------------------------------

_PERCENT_PIECES = [
    *units._INCREASE, *units._DECREASE, "了", "达", "为", "至", "到", "比", "同比", "1", "3.5", "-2", "−",
    "+", "%", "％", "个百分点", "百分点", "百分之", "五", "十", "点", "翻", "一", "两", "番", "倍", "二",
    "成", "，", " ", "年", "营收", "的", "−1%", "+3.5%",
]
percent_text = st.lists(st.sampled_from(_PERCENT_PIECES), max_size=30).map("".join)


@settings(max_examples=400)
@given(percent_text, st.integers(0, 30), st.integers(0, 60))
@example("营收同比增长3.5%，利润下降了2个百分点，翻一番，增长2倍", 0, 40)
@example("同比−2.5%，环比+3%，百分之五，两倍", 0, 30)
def test_percent_patterns_led_by_their_first_characters_match_as_the_plain_ones(
        text: str, pos: int, end: int) -> None:
    def found(p: re.Pattern[str]) -> list:
        return [(m.span(), m.groups()) for m in p.finditer(text, pos, end)]
    assert found(units._P_RE_AT) == found(units._P_RE)
    for stop in range(len(text) + 1):
        fast = units._LOOKBACK_AT.search(text, max(0, stop - 6), stop)
        plain = units._LOOKBACK.search(text, max(0, stop - 6), stop)
        assert (fast and (fast.span(), fast.groups())) == (plain and (plain.span(), plain.groups()))


def _plain_direction(verb: str | None) -> str | None:
    if not verb or verb.endswith(("至", "到")):
        return None
    for v in units._DECREASE:
        if verb.startswith(v):
            return "decrease"
    return "increase"


def test_direction_by_one_prefix_test_is_the_loop_over_decrease_words() -> None:
    words = units._INCREASE + units._DECREASE
    verbs = [None, "", *(v + tail for v in words for tail in ("", "了", "至", "到", "为"))]
    assert [units._direction(v) for v in verbs] == [_plain_direction(v) for v in verbs]
