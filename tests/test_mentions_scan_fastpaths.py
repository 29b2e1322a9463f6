"""Faster scans of the numeric, organization and person annotators agree with the plain ones.

Each pattern rewritten for speed (one leading character class instead of an
alternation, an Aho-Corasick automaton instead of a regex alternation, a
``str.find`` walk, a prefilter) is checked against the pattern it replaced, on
generated text made of the pieces those patterns care about.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmill.core.model import Article, Document
from newsmill.plugins.annotate_places import place_mentions
from newsmill.zh import money, orgs, people, units
from newsmill.zh.gazetteer import Gazetteer
from newsmill.zh.numbers import parse_number
from newsmill.zh.wordscan import finditer_from

_NUMERIC_PIECES = [
    "1", "2", "35", "4.5", "1,200", "0", "一", "二", "两", "三", "十", "百", "千", "万", "亿", "億", "萬",
    "零", "〇", "几", "数", "元", "圆", "块", "美元", "卢布", "法郎", "美金", "港币", "人民币", "约", "近",
    "超过", "不低于", "最高", "达", "了", "余", "多", "以上", "左右", "至", "~", "-", "—", "%", "人", "个",
    "吨", "千瓦", "千瓦时", "亩", "家", "投资", "营收", "产值", "税收", "GDP", "销售额", "总额", "，", "。",
    "、", "）", " ", "\n", "第", "每", "年", "月", "的", "项目", "企业", "平台", "增长", "下降", "级",
]
numeric_text = st.lists(st.sampled_from(_NUMERIC_PIECES), max_size=40).map("".join)

#: the patterns as first written (alternations at the top)
_Q_START_PLAIN = re.compile(r"[0-9][0-9.,]*|[零〇一二两三四五六七八九十百千万亿]{2,}")
_ANCHOR_PLAIN = re.compile(rf"[元圆币镑铢块]|卢布|法郎|美金|[万亿萬億](?:{money._MONEY_NOUNS})")
_AMOUNT_PLAIN = re.compile(money._AMOUNT.replace("BARE", ""), re.VERBOSE)
_Q_PRE_PLAIN = re.compile(r"(?:约|近|超过|超|逾|达到|达|共|总计|累计|不少于|不低于|至少|最高)$")


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


@given(numeric_text)
@example("2023年投资1,200万元，约3亿美元")
def test_quantity_start_scan_is_the_alternation(text: str) -> None:
    assert [m.span() for m in units._Q_START.finditer(text)] == \
        [m.span() for m in _Q_START_PLAIN.finditer(text)]


@given(numeric_text)
@example("约\n300人")
def test_quantity_prefix_test_only_skips_searches_that_find_nothing(text: str) -> None:
    for i in range(1, len(text) + 1):
        if text[i - 1] not in units._Q_PRE_LAST:
            assert _Q_PRE_PLAIN.search(text, max(0, i - 3), i) is None


@given(numeric_text)
@example("营收超1.5万亿，GDP突破6万亿")
def test_money_anchor_scan_is_the_alternation(text: str) -> None:
    assert [m.span() for m in money._ANCHOR.finditer(text)] == \
        [m.span() for m in _ANCHOR_PLAIN.finditer(text)]


@settings(max_examples=300)
@given(numeric_text, st.integers(0, 40), st.integers(0, 60))
@example("不低于3000多万元人民币", 0, 20)
def test_money_pattern_with_its_lookahead_is_the_plain_pattern(text: str, pos: int, end: int) -> None:
    assert _spans(money._RE.finditer(text, pos, end)) == _spans(_AMOUNT_PLAIN.finditer(text, pos, end))


@given(numeric_text)
@example("产值1亿")
@example("营收3亿亿，")
def test_bare_yi_positions_are_the_character_loop(text: str) -> None:
    plain = [y.end() for y in re.finditer("[亿億]", text)
             if y.end() == len(text) or text[y.end()] in money._CLAUSE_END]
    assert money._bare_yi_ends(text) == plain


@given(numeric_text)
def test_money_hits_do_not_depend_on_the_scan(text: str) -> None:
    """Every hit comes from a match of the plain pattern at the same place."""
    for hit in money.find_money(text):
        assert 0 <= hit.start < hit.end <= len(text)


@given(st.text(alphabet="0123456789", min_size=1, max_size=12), st.sampled_from(["", "万", "亿"]))
def test_plain_digit_quantities_are_parsed_like_any_numeral(digits: str, mag: str) -> None:
    hits = list(units.find_quantities(f"新增{digits}{mag}吨"))
    if hits:
        assert Decimal(hits[0].value) == parse_number(digits) * (10**4 if mag == "万" else
                                                               10**8 if mag == "亿" else 1)


_ORG_PIECES = [
    *(s for s, _ in orgs._SUFFIXES), *list(orgs.KNOWN_ORGS)[:25], "四川", "美裕", "自贡市", "经济和信息化",
    "科技", "与", "和", "签约", "的", "，", "。", "中国", "新能源", "市", "省",
]
org_text = st.lists(st.sampled_from(_ORG_PIECES), max_size=30).map("".join)


def _alternation(words) -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


@given(org_text)
def test_org_suffix_automaton_is_the_longest_first_regex(text: str) -> None:
    plain = _alternation(s for s, _ in orgs._SUFFIXES)
    assert [(orgs._SUFFIX_LIST[i], s, e) for i, s, e in orgs._SUFFIX_AC.find_matches_as_indexes(text)] \
        == [(m.group(), m.start(), m.end()) for m in plain.finditer(text)]


@given(org_text)
def test_known_org_automaton_is_the_longest_first_regex(text: str) -> None:
    plain = _alternation(orgs.KNOWN_ORGS)
    assert [(orgs._KNOWN_LIST[i], s, e) for i, s, e in orgs._KNOWN_AC.find_matches_as_indexes(text)] \
        == [(m.group(), m.start(), m.end()) for m in plain.finditer(text)]


def test_every_credit_token_holds_a_credit_word() -> None:
    """The prefilter of byline groups: no credit token escapes it."""
    prefixes = ["", "本报", "新华社", "特约", "首席", "见习", "实习"]
    words = ["记者", "通讯员", "实习生", "摄影", "编辑", "撰稿", "文/图", "文/", "图/"]
    for pre, word in itertools.product(prefixes, words):
        assert people._CREDIT_TOKEN.match(pre + word)
        assert people._CREDIT_ANYWHERE.search(pre + word)


@given(st.lists(st.sampled_from(["记者", "通讯员", "张强", "李华", "王", "海外网", " ", "、", "摄",
                                 "文/图", "编辑", "报道"]), max_size=8).map("".join))
def test_byline_groups_without_a_credit_word_give_nothing(group: str) -> None:
    text = f"（{group}）"
    found = people._credit_group(text, 1, len(text) - 1, need_credit=True)
    if not people._CREDIT_ANYWHERE.search(group):
        assert found == []
    for p in found:
        assert text[p.start:p.end] == p.name


@given(numeric_text, st.integers(0, 40), st.integers(0, 60))
@example("营业收入达12.5亿", 0, 11)
def test_noun_first_pattern_with_its_lookahead_is_the_plain_pattern(text: str, pos: int, end: int) -> None:
    plain = re.compile(money._NOUN_FIRST.pattern.split("])", 1)[1])
    assert money._NOUN_FIRST.pattern.startswith("(?=[")
    found, expected = money._NOUN_FIRST.search(text, pos, end), plain.search(text, pos, end)
    assert (found and (found.span(), found.groupdict())) == \
        (expected and (expected.span(), expected.groupdict()))


@given(st.lists(st.sampled_from(["(", "（", ")", "）", "记者", "张强", "\n", " ", "、", "讯", "文"]),
                max_size=30).map("".join))
@example("（记者 张强）(（李华）)")
def test_byline_parentheses_found_from_their_opening_character(text: str) -> None:
    assert [m.span() for m in finditer_from(people._PAREN, text, "(（")] == \
        [m.span() for m in people._PAREN.finditer(text)]


def test_bare_zone_words_refer_back_within_their_own_article_only() -> None:
    first = "德阳经开区今年引进项目十个。经开区负责人介绍，高新区也在扩区。"
    second = "经开区今年新签约项目五个。"
    doc = Document.from_text(first + second)
    doc.text = first + second
    doc.articles = [Article(0, len(first), index=0), Article(len(first), len(doc.text), index=1)]
    found = [(m.start, m.value["name"], m.attributes.get("short_for"))
             for m in place_mentions(doc, Gazetteer.default())]
    bare = first.index("经开区", 5)
    assert found == [(0, "德阳经开区", None), (bare, "德阳经开区", "德阳经开区")]
